"""The Qt half of ``linkdesk --self-test``: plugins, fonts, the icon and a QtPdf render.

Runs with an offscreen QGuiApplication (no screen needed); whether the desktop's own platform
plugin (xcb, windows, cocoa…) would load is checked by loading it as a library, which names
the system libraries it lacks.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QLibraryInfo,
    QPluginLoader,
    QSize,
    QTranslator,
    qVersion,
)
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtSvg import QSvgRenderer

from linkdesk import paths
from linkdesk.services.self_test import Check
from linkdesk.support.system_packages import describe_missing, ldd_missing

LOAD_TIMEOUT_S = 10.0


def _plugin_file(kind: str, name: str) -> str:
    if sys.platform == "win32":
        return f"{kind}/q{name}.dll"
    suffix = ".dylib" if sys.platform == "darwin" else ".so"
    return f"{kind}/libq{name}{suffix}"


def required_plugins() -> list[str]:
    """Plugin files (relative to Qt's plugins folder) this platform's GUI needs."""
    native = {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")
    wanted = [
        _plugin_file("platforms", native),
        _plugin_file("platforms", "offscreen"),
        _plugin_file("iconengines", "svgicon"),
        _plugin_file("imageformats", "svg"),
    ]
    if sys.platform.startswith("linux"):
        wanted.append(_plugin_file("platforms", "wayland"))
    return wanted


def start_offscreen() -> QGuiApplication:
    """The application object for the checks, on the offscreen platform."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([sys.argv[0] if sys.argv else "linkdesk", "--self-test"])
    assert isinstance(app, QGuiApplication)
    return app


def check_plugins(plugin_dir: Path | None = None) -> Check:
    folder = plugin_dir or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    wanted = required_plugins()
    missing = [name for name in wanted if not (folder / name).is_file()]
    if missing:
        return Check("Qt plugins", "FAIL", f"missing in {folder}: " + ", ".join(missing))
    native = folder / wanted[0]
    loader = QPluginLoader(str(native))
    if not loader.load():
        lacking = ldd_missing(native)
        why = describe_missing(lacking) if lacking else loader.errorString()
        return Check("Qt plugins", "FAIL", f"{native.name} does not load: {why}")
    loader.unload()
    names = ", ".join(Path(n).stem.removeprefix("lib") for n in wanted)
    return Check("Qt plugins", "ok", f"Qt {qVersion()}: {names} present; {native.name} loads")


def check_gui_fonts(fonts_dir: Path | None = None) -> Check:
    folder = fonts_dir or paths.resource("fonts")
    files = sorted(folder.glob("*.ttf"))
    if not files:
        return Check("GUI fonts", "FAIL", f"no fonts in {folder}")
    families: list[str] = []
    failed = []
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            failed.append(path.name)
        else:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if failed:
        return Check("GUI fonts", "FAIL", "Qt could not load " + ", ".join(failed))
    return Check("GUI fonts", "ok", "Qt loaded " + ", ".join(sorted(set(families))))


def check_ui_catalogues(folder: Path | None = None) -> Check:
    """Each Qt Linguist catalogue of the screens (resources/translations/ui) has its compiled
    .qm, and Qt loads it."""
    where = folder or paths.resource("translations", "ui")
    sources = sorted(where.glob("linkdesk_*.ts"))
    if not sources:
        return Check("UI languages", "FAIL", f"no catalogues in {where}")
    loaded: list[str] = []
    failed: list[str] = []
    for ts in sources:
        translator = QTranslator()
        (loaded if translator.load(str(ts.with_suffix(".qm"))) else failed).append(ts.stem[9:])
    if failed:
        return Check("UI languages", "FAIL", "Qt could not load " + ", ".join(failed))
    return Check("UI languages", "ok", "catalogues for " + ", ".join(loaded))


def check_icon(svg: Path | None = None) -> Check:
    path = svg or paths.resource("icons", "linkdesk-app.svg")
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        return Check("icon", "FAIL", f"QtSvg cannot read {path}")
    image = QImage(QSize(64, 64), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if _ink(image, transparent=True) == 0:
        return Check("icon", "FAIL", f"{path.name} renders empty")
    return Check("icon", "ok", f"{path.name} renders with QtSvg")


def _ink(image: QImage, transparent: bool = False) -> int:
    """Pixels that are not background (white, or transparent), sampled on a grid."""
    count = 0
    white = QColor("white").rgb()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (pixel.alpha() > 0) if transparent else (pixel.rgb() != white):
                count += 1
    return count


def render_first_page(pdf: bytes, width: int = 300) -> QImage:
    """Page 1 of ``pdf`` rendered by QtPdf, loaded from memory (no temporary file)."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    deadline = time.monotonic() + LOAD_TIMEOUT_S
    while document.status() == QPdfDocument.Status.Loading and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise RuntimeError(f"QtPdf could not load the plan ({document.error().name})")
    points = document.pagePointSize(0)
    size = QSize(width, round(width * points.height() / points.width()))
    image = document.render(0, size)
    document.close()
    return image


def check_render(pdf: bytes) -> Check:
    if not pdf:
        return Check("PDF render", "FAIL", "no plan PDF to render")
    image = render_first_page(pdf)
    ink = _ink(image)
    if image.isNull() or ink == 0:
        return Check("PDF render", "FAIL", "QtPdf rendered a blank page")
    return Check(
        "PDF render", "ok", f"QtPdf rendered page 1 at {image.width()}x{image.height()} offscreen"
    )
