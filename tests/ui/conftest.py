from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from linkdesk import paths
from linkdesk.ui import appearance


@pytest.fixture(scope="session", autouse=True)
def linkdesk_look(qapp):  # type: ignore[no-untyped-def]
    """The GUI tests see what a worker sees: Fusion, LinkDesk's fonts and style sheet."""
    appearance.apply(qapp)
    return qapp


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Window state and the default workspace folder live in tmp_path, never in $HOME."""
    ui_state = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(ui_state))
    data = tmp_path / "userdata"
    data.mkdir()
    monkeypatch.setattr(paths, "default_workspace_dir", lambda: data)
    yield data
    # No background work of this test runs on into the next one.
    QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture(autouse=True)
def english_screens(qapp: object) -> Iterator[None]:
    """The UI language the app installs at start-up (English, with its plural forms), put
    back after a test that switched to another."""
    from linkdesk.ui import i18n

    i18n.install_language("en")
    yield
    if i18n.current_language() != "en" or i18n.is_right_to_left():
        i18n.install_language("en")
