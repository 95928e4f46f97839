"""Settings autosave into the encrypted workspace; passphrase change."""

from __future__ import annotations

from linkdesk.ui.ops import ImmediateOps, Operations
from linkdesk.ui.settings_page import ChangePassphraseDialog, SettingsPage
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import stored_settings


def test_settings_save(qtbot, services) -> None:
    page = SettingsPage(services, ops=ImmediateOps())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.saved, timeout=3000) as blocker:
        qtbot.keyClicks(page.worker_name, "Sam Link")  # autosaves after typing pauses
    assert blocker.args[0].worker_name == "Sam Link"
    page.autolock.setValue(12)
    page.urgent.item(0).setText("Crisis line: 0800 000 000")
    page.save_now()
    stored = stored_settings(services)
    assert stored.worker_name == "Sam Link"
    assert stored.autolock_minutes == 12
    assert stored.urgent_help[0] == "Crisis line: 0800 000 000"
    assert services.settings.current.autolock_minutes == 12
    assert "saved" in page.status.text()


def test_change_passphrase(qtbot, services) -> None:
    dialog = ChangePassphraseDialog(services, Operations())  # a real worker thread
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.old.setText("not it at all")
    dialog.new.setText("a brand new phrase")
    dialog.repeat.setText("a brand new phrase")
    dialog.accept()
    assert dialog.isVisible()
    assert "not the current passphrase" in dialog.fields.errors["current"].text()

    dialog.old.setText(PASSPHRASE)
    dialog.repeat.setText("a brand new phrasf")
    dialog.accept()
    assert "different" in dialog.fields.errors["repeat"].text()

    dialog.repeat.setText("a brand new phrase")
    dialog.accept()  # re-encrypts in the background
    assert dialog.busy
    dialog.reject()  # cannot be abandoned halfway
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert services._workspace.passphrase_matches("a brand new phrase")
