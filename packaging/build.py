"""Build the LinkDesk bundle for this machine: ``python packaging/build.py``.

Needs the ``packaging`` extra (``pip install -e '.[packaging]'``). Steps:

0. the catalogues: every ``.po`` compiled to ``.mo`` and every Qt Linguist ``.ts`` to ``.qm``
   (``packaging/translations.py compile`` and ``ui-compile``: pyside6-lrelease), then
   ``translations.py check``; the build stops when a catalogue is incomplete, a
   translation's placeholders differ, or a compiled file differs from what its source makes
   (the spec bundles ``resources/`` whole, so the bundle carries what was checked);
1. the application icons, rendered from ``resources/icons/linkdesk-app.svg`` by QtSvg and
   written as ``.ico`` (Windows) and ``.icns`` (macOS) by Pillow, plus PNGs for Linux;
2. PyInstaller with ``packaging/linkdesk.spec`` into ``dist/linkdesk/``;
3. on Linux, the desktop entry, AppStream metainfo, icons and ``install.sh`` copied into the
   bundle (``dist/linkdesk/install.sh`` installs it); on Windows, the Inno Setup installer
   when ``iscc`` is found, given the version from ``pyproject.toml`` (``/DAppVersion=``);
4. the bundle's size, and what takes the room.

The version comes from ``pyproject.toml`` only. Exit status 0 when the bundle was built.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "linkdesk"
WORK = ROOT / "build"
ICONS = WORK / "icons"
SVG = ROOT / "resources" / "icons" / "linkdesk-app.svg"
APP_ID = "org.linkdesk.LinkDesk"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
PNG_SIZES = (48, 64, 128, 256, 512)  # hicolor sizes for Linux menus (the SVG also goes in)


def project_version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def render_pngs(svg: Path, sizes: tuple[int, ...], out: Path) -> dict[int, Path]:
    """Render ``svg`` at each size (square, transparent) with QtSvg; {size: png path}."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"build: cannot read the icon {svg}")
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out / f"linkdesk-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"build: could not write {path}")
        written[size] = path
    return written


def make_icons(out: Path = ICONS) -> dict[str, Path]:
    """linkdesk.ico, linkdesk.icns and hicolor PNGs in ``out``, all from the one SVG."""
    from PIL import Image

    pngs = render_pngs(SVG, tuple(sorted(set(ICO_SIZES + ICNS_SIZES + PNG_SIZES))), out)
    largest = Image.open(pngs[max(pngs)]).convert("RGBA")
    ico = out / "linkdesk.ico"
    # Pillow writes each size from the largest image; hand it the sharp small renders too.
    Image.open(pngs[256]).convert("RGBA").save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[Image.open(pngs[s]).convert("RGBA") for s in ICO_SIZES if s != 256],
    )
    icns = out / "linkdesk.icns"
    largest.save(
        icns,
        format="ICNS",
        append_images=[Image.open(pngs[s]).convert("RGBA") for s in ICNS_SIZES if s != 1024],
    )
    return {"ico": ico, "icns": icns, **{f"png{s}": pngs[s] for s in PNG_SIZES}}


def build_catalogues() -> None:
    """Compile the person's (.po -> .mo) and the worker's (.ts -> .qm) catalogues, then check.

    Reproducible: both compilers give the same bytes for the same source, so on a clean
    checkout this leaves ``git status`` clean. Raises SystemExit naming the problems.
    """
    tool = [sys.executable, str(ROOT / "packaging" / "translations.py")]
    for step in ("compile", "ui-compile"):
        subprocess.run([*tool, step], check=True, cwd=ROOT)
    checked = subprocess.run([*tool, "check"], cwd=ROOT, capture_output=True, text=True)
    if checked.returncode != 0:
        raise SystemExit("build: the catalogues are not ready:\n" + checked.stdout.strip())
    print(f"build: catalogues compiled and checked in {ROOT / 'resources' / 'translations'}")


def run_pyinstaller() -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK / 'pyinstaller'}",
        str(ROOT / "packaging" / "linkdesk.spec"),
    ]
    subprocess.run(command, check=True, cwd=ROOT)


def add_linux_files(icons: dict[str, Path]) -> None:
    """The installer and desktop integration, inside the bundle (so a tarball of it is enough)."""
    linux = ROOT / "packaging" / "linux"
    share = BUNDLE / "share"
    if share.exists():
        shutil.rmtree(share)
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(linux / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(linux / f"{APP_ID}.metainfo.xml", share / "metainfo")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(SVG, scalable / f"{APP_ID}.svg")
    for size in PNG_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(icons[f"png{size}"], folder / f"{APP_ID}.png")
    shutil.copy2(linux / "install.sh", BUNDLE / "install.sh")
    (BUNDLE / "install.sh").chmod(0o755)


def build_installer(version: str) -> Path | None:
    """Inno Setup (Windows only, when iscc is installed): dist/LinkDesk-VERSION-setup.exe."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    if iscc is None and (default / "Inno Setup 6" / "ISCC.exe").exists():
        iscc = str(default / "Inno Setup 6" / "ISCC.exe")
    if iscc is None:
        print("build: Inno Setup (iscc) not found: no installer made (the bundle is ready).")
        return None
    script = ROOT / "packaging" / "windows" / "linkdesk.iss"
    subprocess.run(
        [iscc, f"/DAppVersion={version}", f"/DIconFile={ICONS / 'linkdesk.ico'}", str(script)],
        check=True,
    )
    return DIST / f"LinkDesk-{version}-setup.exe"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_report(bundle: Path = BUNDLE, top: int = 8) -> list[str]:
    """The bundle's size and its largest parts (folders two levels into _internal, and files)."""
    total = folder_size(bundle)
    internal = bundle / "_internal"
    parts: dict[str, int] = {}
    for child in (internal if internal.is_dir() else bundle).iterdir():
        if child.is_symlink():
            continue  # links to Qt's libraries in PySide6/Qt/lib: counted there
        if child.is_dir():
            for grandchild in child.iterdir():
                if grandchild.is_symlink():
                    continue
                size = folder_size(grandchild) if grandchild.is_dir() else grandchild.stat().st_size
                parts[f"{child.name}/{grandchild.name}"] = size
        else:
            parts[child.name] = child.stat().st_size
    system = sum(v for k, v in parts.items() if "/" not in k and ".so" in k)
    if system:
        parts["(all the libraries from the build machine: libpython, X11, GTK, CUPS…)"] = system
    lines = [f"bundle {bundle}: {total / 2**20:.0f} MiB"]
    for name, size in sorted(parts.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {size / 2**20:6.1f} MiB  {name}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--icons-only", action="store_true", help="make the icons and stop")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    version = project_version()
    print(f"build: LinkDesk {version} for {sys.platform}")
    icons = make_icons()
    if args.icons_only:
        print(f"build: icons in {ICONS}")
        return 0
    build_catalogues()
    run_pyinstaller()
    if sys.platform.startswith("linux"):
        add_linux_files(icons)
    if sys.platform == "win32":
        build_installer(version)
    print("\n".join(size_report()))
    seconds = time.perf_counter() - start
    print(f"build: done in {seconds:.0f} s; try {BUNDLE / 'linkdesk'} --self-test")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
