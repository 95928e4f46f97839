"""The Qt half of the self-test names a missing plugin or font, and renders a real plan."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from PySide6.QtCore import QLibraryInfo
from reportlab.pdfgen import canvas

from linkdesk import paths
from linkdesk.services.self_test import guarded
from linkdesk.ui import self_check


def test_missing_plugin_is_named(qapp, tmp_path: Path) -> None:
    real = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    for name in self_check.required_plugins()[1:]:  # all but the native platform plugin
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(real / name, tmp_path / name)
    check = self_check.check_plugins(tmp_path)
    assert check.failed
    assert self_check.required_plugins()[0] in check.detail


def test_plugins_present_here(qapp) -> None:
    check = self_check.check_plugins()
    assert not check.failed, check.detail


def test_missing_font_is_named(qapp, tmp_path: Path) -> None:
    assert self_check.check_gui_fonts(tmp_path).failed
    (tmp_path / "Broken.ttf").write_bytes(b"not a font")
    check = self_check.check_gui_fonts(tmp_path)
    assert check.failed
    assert "Broken.ttf" in check.detail
    good = self_check.check_gui_fonts(paths.resource("fonts"))
    assert not good.failed
    assert "DejaVu Sans" in good.detail


def test_render_draws_ink_and_rejects_garbage(qapp) -> None:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(100, 700, "A plan page")
    page.save()
    assert not self_check.check_render(out.getvalue()).failed
    assert self_check.check_render(b"").failed
    garbage = guarded("PDF render", lambda: self_check.check_render(b"%PDF-1.4 broken"))
    assert garbage.failed
    assert "QtPdf could not load the plan" in garbage.detail


def test_icon_renders(qapp, tmp_path: Path) -> None:
    assert not self_check.check_icon().failed
    (tmp_path / "bad.svg").write_text("<svg")
    assert self_check.check_icon(tmp_path / "bad.svg").failed
