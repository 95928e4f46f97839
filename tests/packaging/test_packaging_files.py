"""The packaging files agree with each other and with pyproject.toml (one version, one icon
name, one package list), and the build makes real icons."""

from __future__ import annotations

import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import linkdesk
from linkdesk.support.system_packages import GUI_PACKAGES

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.linkdesk.LinkDesk"


def _version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def test_one_version() -> None:
    assert linkdesk.__version__ == _version()
    metainfo = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    newest = metainfo.find("releases/release")
    assert newest is not None
    assert newest.get("version") == _version()
    iss = (ROOT / "packaging" / "windows" / "linkdesk.iss").read_text()
    assert not re.search(r'#define\s+AppVersion\s+"', iss), "the version comes from /DAppVersion"
    assert "AppVersion={#AppVersion}" in iss


def test_the_version_read_at_start_is_the_one_importlib_metadata_reads() -> None:
    # linkdesk/__init__.py reads METADATA itself (importing importlib.metadata cost start-up).
    from importlib.metadata import version

    assert linkdesk._read_version() == version("linkdesk") == linkdesk.__version__


def test_icon_and_id_names_match() -> None:
    desktop = (LINUX / f"{APP_ID}.desktop").read_text()
    assert f"Icon={APP_ID}\n" in desktop
    assert "Exec=linkdesk\n" in desktop  # install.sh rewrites this exact line
    metainfo = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("icon") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    assert metainfo.find("developer") is not None
    assert metainfo.find("url[@type='homepage']") is not None
    assert metainfo.find("screenshots/screenshot/image") is not None
    app = (ROOT / "src" / "linkdesk" / "app.py").read_text()
    assert f'setDesktopFileName("{APP_ID}")' in app


def test_inno_setup_is_64_bit_and_complete() -> None:
    iss = (ROOT / "packaging" / "windows" / "linkdesk.iss").read_text()
    for line in (
        "ArchitecturesInstallIn64BitMode=x64compatible",
        "ArchitecturesAllowed=x64compatible",
        r"LicenseFile=..\..\LICENSE",
        r"InfoBeforeFile=..\licenses\THIRD-PARTY-NOTICES.txt",
        "SetupIconFile={#IconFile}",
        r"UninstallDisplayIcon={app}\LinkDesk.exe",
        "AppPublisher={#AppPublisher}",
        "AppPublisherURL={#AppURL}",
    ):
        assert line in iss, line
    assert (
        (ROOT / "LICENSE").read_text().startswith("                    GNU GENERAL PUBLIC LICENSE")
    )
    notices = (ROOT / "packaging" / "licenses" / "THIRD-PARTY-NOTICES.txt").read_text()
    for name in ("Qt", "LGPL", "SQLCipher", "OpenSSL", "ReportLab", "Python", "DejaVu", "Symbola"):
        assert name in notices, name
    assert (ROOT / "packaging" / "licenses" / "LGPL-3.0.txt").exists()


def test_spec_makes_a_console_and_a_windowed_program_on_windows() -> None:
    spec = (ROOT / "packaging" / "linkdesk.spec").read_text()
    assert 'program("linkdesk-cli", True), program("LinkDesk", False)' in spec
    assert 'collect_submodules("linkdesk")' in spec
    assert 'name="linkdesk"' in spec  # dist/linkdesk/


def test_readme_lists_every_system_package() -> None:
    readme = (ROOT / "README.md").read_text()
    missing = [name for name in GUI_PACKAGES if name not in readme]
    assert missing == []


def test_build_makes_ico_and_icns_from_the_svg(tmp_path: Path, qapp) -> None:
    pil = pytest.importorskip("PIL.Image")
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import build
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    icons = build.make_icons(tmp_path)
    with pil.open(icons["ico"]) as ico:
        assert ico.format == "ICO"
        assert (256, 256) in ico.info["sizes"]
        assert (16, 16) in ico.info["sizes"]
    with pil.open(icons["icns"]) as icns:
        assert icns.format == "ICNS"
    with pil.open(icons["png256"]) as png:
        assert png.size == (256, 256)
        assert png.getpixel((128, 128))[3] == 255  # the icon is drawn, not transparent


def test_the_build_compiles_the_catalogues_to_the_committed_bytes() -> None:
    """build.py's first step recompiles every .mo and .qm: the same bytes (reproducible)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import build
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    folder = ROOT / "resources" / "translations"
    compiled = sorted([*folder.rglob("*.mo"), *folder.rglob("*.qm")])
    assert any(p.suffix == ".qm" for p in compiled)
    assert any(p.suffix == ".mo" for p in compiled)
    before = {p: p.read_bytes() for p in compiled}
    build.build_catalogues()
    assert {p: p.read_bytes() for p in compiled} == before


def test_the_version_is_read_from_a_bundles_egg_info_or_a_dist_info(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The bundle copies an editable install's linkdesk.egg-info (packaging/linkdesk.spec).
    egg = tmp_path / "bundle" / "linkdesk.egg-info"
    egg.mkdir(parents=True)
    (egg / "PKG-INFO").write_text("Metadata-Version: 2.4\nName: linkdesk\nVersion: 7.8.9\n\nx\n")
    wheel = tmp_path / "site" / "linkdesk-1.2.3.dist-info"
    wheel.mkdir(parents=True)
    (wheel / "METADATA").write_text("Metadata-Version: 2.4\nName: linkdesk\nVersion: 1.2.3\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "nowhere"), str(egg.parent)])
    assert linkdesk._read_version() == "7.8.9"
    monkeypatch.setattr(sys, "path", [str(wheel.parent), str(egg.parent)])
    assert linkdesk._read_version() == "1.2.3"  # the first on sys.path, as importlib finds it
    monkeypatch.setattr(sys, "path", [str(tmp_path / "nowhere")])
    assert linkdesk._read_version() is None
