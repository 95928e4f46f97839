"""The unlock / create screen on real SQLCipher files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from linkdesk.store.workspace import Workspace
from linkdesk.ui.ops import ImmediateOps, Operations
from linkdesk.ui.unlock import UnlockScreen
from linkdesk.ui.widgets.passphrase import caps_lock_from_key, strength_hint
from tests.conftest import PASSPHRASE


def make_workspace(path: Path) -> Path:
    Workspace.create(path, PASSPHRASE).close()
    return path


def screen_for(qtbot, path: Path | None, ops: Operations | None = None) -> UnlockScreen:  # type: ignore[no-untyped-def]
    screen = UnlockScreen(path, create_path=None, ops=ops or ImmediateOps())
    qtbot.addWidget(screen)
    screen.show()
    return screen


def test_unlock_success_in_the_background(qtbot, workspace_path: Path) -> None:
    make_workspace(workspace_path)
    screen = screen_for(qtbot, workspace_path, Operations())
    qtbot.keyClicks(screen.open_passphrase, PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked, timeout=15000) as blocker:
        qtbot.keyClick(screen.open_passphrase, Qt.Key.Key_Return)  # Return submits
    workspace = blocker.args[0]  # the services of the unlocked workspace
    assert workspace.is_open
    assert screen.open_passphrase.text() == ""  # the passphrase is not kept in the widget
    workspace.close()
    # Unlocked on a worker thread, closed on this one: the instance lock must be free again.
    Workspace.open(workspace_path, PASSPHRASE).close()


def test_wrong_passphrase_shows_message_and_leaves_file_unchanged(
    qtbot, workspace_path: Path
) -> None:
    make_workspace(workspace_path)
    before = workspace_path.read_bytes()
    screen = screen_for(qtbot, workspace_path)
    screen.open_passphrase.setText("not the passphrase")
    with qtbot.assertNotEmitted(screen.unlocked):
        screen.unlock_button.click()
    assert screen.open_error.isVisible()
    assert "Wrong passphrase" in screen.open_error.text()
    assert screen.focusWidget() is screen.open_passphrase
    assert workspace_path.read_bytes() == before
    assert screen.tabs.isEnabled()  # not stuck busy


def test_already_open_elsewhere(qtbot, workspace_path: Path) -> None:
    held = Workspace.create(workspace_path, PASSPHRASE)
    try:
        screen = screen_for(qtbot, workspace_path)
        screen.open_passphrase.setText(PASSPHRASE)
        screen.unlock_button.click()
        assert "already open" in screen.open_error.text()
    finally:
        held.close()


def test_missing_and_corrupt_files(qtbot, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.linkdesk"
    screen = screen_for(qtbot, missing)
    screen.open_passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    assert "There is no workspace" in screen.open_error.text()
    assert not missing.exists()

    corrupt = tmp_path / "random.linkdesk"
    corrupt.write_bytes(b"\x01" * 4096)
    screen.open_path.edit.setText(str(corrupt))
    screen.unlock_button.click()
    assert "not a LinkDesk workspace" in screen.open_error.text()
    assert corrupt.read_bytes() == b"\x01" * 4096


def test_create_refuses_mismatched_passphrases(qtbot, tmp_path: Path) -> None:
    target = tmp_path / "new.linkdesk"
    screen = screen_for(qtbot, None)
    screen.tabs.setCurrentIndex(1)
    screen.create_path.edit.setText(str(target))
    screen.new_passphrase.setText("purple kettle sunrise")
    screen.repeat_passphrase.setText("purple kettle sunrice")
    with qtbot.assertNotEmitted(screen.unlocked):
        screen.create_button.click()
    assert "different" in screen.create_error.text()
    assert not target.exists()


def test_create_workspace(qtbot, tmp_path: Path) -> None:
    target = tmp_path / "new.linkdesk"
    screen = screen_for(qtbot, None)
    screen.tabs.setCurrentIndex(1)
    screen.create_path.edit.setText(str(target))
    screen.new_passphrase.setText("purple kettle sunrise")
    screen.repeat_passphrase.setText("purple kettle sunrise")
    with qtbot.waitSignal(screen.unlocked) as blocker:
        qtbot.keyClick(screen.repeat_passphrase, Qt.Key.Key_Return)
    blocker.args[0].close()
    assert target.exists()
    Workspace.open(target, "purple kettle sunrise").close()


def test_file_picker_goes_through_the_wrapper(qtbot, tmp_path: Path, monkeypatch) -> None:
    from linkdesk.ui import file_dialogs

    chosen = tmp_path / "picked.linkdesk"
    monkeypatch.setattr(file_dialogs, "choose_workspace", lambda parent, start: chosen)
    screen = screen_for(qtbot, None)
    screen.open_path._choose = file_dialogs.choose_workspace  # as built at construction
    screen.open_path.button.click()
    assert screen.open_path.edit.text() == str(chosen)


def test_strength_hint_and_caps_lock(qtbot, tmp_path: Path) -> None:
    assert strength_hint("abc")[0] == 0
    assert strength_hint("password1")[0] <= 1
    assert strength_hint("purple kettle sunrise orbit")[0] >= 3
    assert caps_lock_from_key("A", shift=False) is True
    assert caps_lock_from_key("a", shift=True) is True
    assert caps_lock_from_key("a", shift=False) is False
    assert caps_lock_from_key("1", shift=False) is None

    screen = screen_for(qtbot, None)
    screen.tabs.setCurrentIndex(1)
    qtbot.keyClicks(screen.new_passphrase, "abc")
    assert "Too short" in screen.strength.text()
    assert not screen.create_caps.isVisible()
    qtbot.keyClick(screen.new_passphrase, "Q")  # upper case without Shift: caps lock is on
    assert screen.create_caps.isVisible()
    qtbot.keyClick(screen.new_passphrase, "q")
    assert not screen.create_caps.isVisible()
