"""Every input the shell shows has an accessible name (buttons take theirs from their text)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from linkdesk.app import AppController
from linkdesk.domain.models import Person
from linkdesk.ui.ops import ImmediateOps
from linkdesk.ui.person_dialog import PersonDialog
from linkdesk.ui.referral_dialog import ReferralDialog
from linkdesk.ui.settings_page import ChangePassphraseDialog
from tests.conftest import PASSPHRASE

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or isinstance(widget, QHeaderView):
            continue  # parts of a spin box, combo box or table
        if widget.window() is not root:
            continue  # a combo box's popup list, named by the combo box
        if isinstance(widget, QAbstractButton):
            if not (widget.text() or widget.accessibleName()) and widget.isVisibleTo(root):
                missing.append(f"{type(widget).__name__}")
        elif isinstance(widget, INPUTS) and not widget.accessibleName():
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own internals (e.g. scroll area viewports)
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_input_has_an_accessible_name(qtbot, workspace_path: Path) -> None:
    controller = AppController(ops=ImmediateOps(), path=workspace_path)
    qtbot.addWidget(controller.unlock_screen)
    assert unnamed(controller.unlock_screen) == []

    from linkdesk.store.workspace import Workspace

    Workspace.create(workspace_path, PASSPHRASE).close()
    controller.unlock_screen.open_passphrase.setText(PASSPHRASE)
    controller.unlock_screen.submit_open()
    window = controller.window
    qtbot.addWidget(window)
    person = window.services.people.add_person(Person(given_name="Ann"))
    window.caseload.refresh()
    for section in range(5):  # the other pages are built when first visited
        window.go_to(section)
    window.show_person(person.id)
    assert unnamed(window) == []
    for dialog in (
        PersonDialog(window.services, window.ops, None),
        ReferralDialog(window.services, window.ops, person.id, None),
        ChangePassphraseDialog(window.services, window.ops),
    ):
        qtbot.addWidget(dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
    controller.shutdown()
