"""Every screen of the GUI, for the walkers (fit, mnemonics, focus, tab order, names).

:func:`walk_screens` builds a workspace with a little of everything, then puts the GUI in each
state a worker can see and yields it: the unlock screen (both tabs), every page of the main
window (found from its navigation list, so a new page is walked without being listed here),
the person view, every step of the conversation (found from the window's steps) and its
show-the-person view, and every dialog class in ``linkdesk.ui`` (found by importing the
package: :data:`DIALOGS` says how to open each one, and :func:`missing_dialogs` fails a test
when a new dialog has no entry, so none is left out).
"""

from __future__ import annotations

import importlib
import pkgutil
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

import linkdesk.ui
from linkdesk.app import AppController
from linkdesk.domain.enums import ConsentScope
from linkdesk.domain.models import Person, Referral, Service
from linkdesk.services.app_services import AppServices
from linkdesk.ui.main_window import MainWindow
from linkdesk.ui.ops import ImmediateOps, Operations
from tests.conftest import PASSPHRASE


@dataclass
class Context:
    """What a dialog needs to open: the services, the main window, a person with a record."""

    services: AppServices
    ops: Operations
    window: MainWindow
    person_id: str
    bare_person_id: str  # a person with nothing recorded yet (no consent, no referral)


def _person_dialog(ctx: Context) -> QDialog:
    from linkdesk.ui.person_dialog import PersonDialog

    return PersonDialog(ctx.services, ctx.ops, None, ctx.window)


def _referral_dialog(ctx: Context) -> QDialog:
    from linkdesk.ui.referral_dialog import ReferralDialog

    return ReferralDialog(ctx.services, ctx.ops, ctx.person_id, None, ctx.window)


def _passphrase_dialog(ctx: Context) -> QDialog:
    from linkdesk.ui.settings_page import ChangePassphraseDialog

    return ChangePassphraseDialog(ctx.services, ctx.ops, ctx.window)


def _backup_dialog(ctx: Context) -> QDialog:
    from linkdesk.ui.exchange_dialogs import BackupDialog

    return BackupDialog(ctx.services, ctx.ops, lambda *_args: None, ctx.window)


def _report_dialog(ctx: Context) -> QDialog:
    from linkdesk.ui.exchange_dialogs import ReportDialog

    return ReportDialog("Merge report", ["Added 3 records.", "Nothing in conflict."], ctx.window)


def _erase_dialog(ctx: Context) -> QDialog:
    from linkdesk.ui.exchange_dialogs import EraseDialog

    return EraseDialog("Margaret Okafor", ctx.window)


def _retention_dialog(ctx: Context) -> QDialog:
    from linkdesk.ui.exchange_dialogs import RetentionDialog

    return RetentionDialog(ctx.services, ctx.ops, lambda *_args: False, ctx.window)


def _service_dialog(ctx: Context) -> QDialog:
    from linkdesk.ui.directory.dialog import ServiceDialog

    service = ctx.services.directory.search("walking", 1)[0]
    return ServiceDialog(service, ctx.window)


def _plan_preview(ctx: Context) -> QDialog:
    from linkdesk.ui.plan_preview import PlanPreviewDialog

    return PlanPreviewDialog(ctx.services, ctx.person_id, ops=ctx.ops, parent=ctx.window)


def _help_dialog(ctx: Context) -> QDialog:
    from linkdesk.ui.help_dialog import ShortcutsDialog

    return ShortcutsDialog(ctx.window)


def _progress_dialog(ctx: Context) -> QDialog:
    from linkdesk.ui.ops import ProgressDialog

    return ProgressDialog("Importing services…", "Import", ctx.window, "Cancel")


def _booking_dialog(ctx: Context) -> QDialog:
    from datetime import timedelta

    from linkdesk.ui.booking_dialog import BookingOutcomeDialog

    on = ctx.services.clock.today() - timedelta(days=2)  # overdue: its outcome is wanted
    booked = ctx.services.bookings.book(ctx.person_id, on).follow_up
    return BookingOutcomeDialog(ctx.services, ctx.ops, booked.id, ctx.window)


def _closing_dialog(ctx: Context) -> QDialog:
    from linkdesk.ui.closing_dialog import ClosingDialog

    referral = ctx.services.referrals.current(ctx.person_id)
    assert referral is not None
    return ClosingDialog(ctx.services, ctx.ops, referral.id, ctx.window)


def _letter_preview(ctx: Context) -> QDialog:
    from linkdesk.domain.enums import LetterRecipient
    from linkdesk.ui.letter_preview import LetterPreviewDialog

    return LetterPreviewDialog(
        ctx.services, ctx.person_id, LetterRecipient.GP, ops=ctx.ops, parent=ctx.window
    )


# Every QDialog subclass in linkdesk.ui, by class name, and how to open it.
DIALOGS: dict[str, Callable[[Context], QDialog]] = {
    "PersonDialog": _person_dialog,
    "ReferralDialog": _referral_dialog,
    "ChangePassphraseDialog": _passphrase_dialog,
    "BackupDialog": _backup_dialog,
    "ReportDialog": _report_dialog,
    "EraseDialog": _erase_dialog,
    "RetentionDialog": _retention_dialog,
    "ServiceDialog": _service_dialog,
    "PlanPreviewDialog": _plan_preview,
    "ShortcutsDialog": _help_dialog,
    "ProgressDialog": _progress_dialog,
    "BookingOutcomeDialog": _booking_dialog,
    "ClosingDialog": _closing_dialog,
    "LetterPreviewDialog": _letter_preview,
}
# Top-level windows that are not dialogs, walked through their own states below.
WINDOWS = {"UnlockScreen", "MainWindow", "ConversationWindow"}


def _ui_classes(base: type) -> set[type]:
    for module in pkgutil.walk_packages(linkdesk.ui.__path__, "linkdesk.ui."):
        if module.name != "linkdesk.ui._stub":
            importlib.import_module(module.name)
    found: set[type] = set()
    todo = [base]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("linkdesk.ui"):
                found.add(sub)
    return found


def missing_dialogs() -> list[str]:
    """Dialog and window classes the walkers would not see (add them to DIALOGS/WINDOWS)."""
    dialogs = {cls.__name__ for cls in _ui_classes(QDialog)}
    windows = {cls.__name__ for cls in _ui_classes(QMainWindow)}
    return sorted((dialogs - set(DIALOGS)) | (windows - WINDOWS))


def fill(services: AppServices) -> tuple[str, str]:
    """A person with a referral, goal, connection and booking; one with nothing yet."""
    for name, cats in (
        ("Tuesday Walking Group", ["walking groups", "physical activity"]),
        ("Chatterbox Cafe", ["social groups", "befriending"]),
        ("Money Matters Advice", ["debt and benefits advice"]),
    ):
        services.directory.save(
            Service(name=name, categories=cats, organisation="Leeds Community Trust"), new=True
        )
    today = services.clock.today()
    person = services.people.add_person(
        Person(
            given_name="Margaret",
            family_name="Okafor-Ellison",
            preferred_name="Maggie",
            date_of_birth=date(1951, 3, 12),
            phone="0113 496 0000",
            address="12 Chapel Street",
            postcode="LS6 2AB",
        ),
        Referral(
            person_id="",
            received_on=today - timedelta(days=10),
            referrer_name="Dr Amina Rahman",
            referrer_organisation="Chapeltown Health Centre",
            reason="Lonely since her husband died; would like to get out more and meet people.",
        ),
    )
    services.people.record_consent(person.id, ConsentScope.STORE, True, recorded_by="worker")
    conv = services.conversation.start_or_resume(person.id)
    goal = services.conversation.save_goal(
        person.id, conv.id, None, text="Walk to the park with a friend", why="", first_step="",
        target_date=today + timedelta(days=30),
    )  # fmt: skip
    services.conversation.add_connection(person.id, conv.id, name="Tuesday walking group")
    del goal
    bare = services.people.add_person(Person(given_name="Łukasz", family_name="Wróbel"))
    return person.id, bare.id


def _activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    qtbot.waitUntil(window.isActiveWindow)


@dataclass
class Screen:
    name: str
    window: QWidget


def open_app(qtbot, workspace_path: Path) -> tuple[AppController, Context]:  # type: ignore[no-untyped-def]
    """A controller unlocked on a filled workspace, the main window shown and active."""
    from linkdesk.store.workspace import Workspace

    ws = Workspace.create(workspace_path, PASSPHRASE)
    person_id, bare_id = fill(AppServices(ws))
    ws.close()
    ops = ImmediateOps()
    controller = AppController(ops=ops, path=workspace_path)
    qtbot.addWidget(controller.unlock_screen)
    controller.unlock_screen.open_passphrase.setText(PASSPHRASE)
    controller.unlock_screen.submit_open()
    window = controller.window
    assert window is not None
    assert controller.services is not None
    qtbot.addWidget(window)
    window.caseload.refresh()
    return controller, Context(controller.services, ops, window, person_id, bare_id)


def walk_screens(
    qtbot,  # type: ignore[no-untyped-def]
    workspace_path: Path,
    *,
    dialogs: bool = True,
    steps: bool = True,
) -> Iterator[Screen]:
    """Every screen state, shown and active, one after another (see the module docstring)."""
    from linkdesk.ui.conversation import open_conversation
    from linkdesk.ui.conversation.step_wellbeing import WellbeingStep

    unlock = AppController(ops=ImmediateOps(), path=workspace_path.with_name("none.linkdesk"))
    qtbot.addWidget(unlock.unlock_screen)
    for tab in range(unlock.unlock_screen.tabs.count()):
        unlock.unlock_screen.tabs.setCurrentIndex(tab)
        _activate(qtbot, unlock.unlock_screen)
        yield Screen(f"unlock, tab {tab + 1}", unlock.unlock_screen)
    unlock.unlock_screen.hide()

    controller, ctx = open_app(qtbot, workspace_path)
    window = ctx.window
    _activate(qtbot, window)
    for row in range(window.nav.count()):
        window.go_to(row)
        item = window.nav.item(row)
        yield Screen(f"main window, {item.text() if item else row}", window)
    window.show_person(ctx.person_id)
    yield Screen("person view", window)
    window.show_person(ctx.bare_person_id)
    yield Screen("person view, nothing recorded", window)

    if steps:
        conversation = open_conversation(window, ctx.services, ctx.person_id, ops=ctx.ops)
        _activate(qtbot, conversation)
        for index, cls in enumerate(conversation.step_classes):
            conversation.go(index)
            yield Screen(f"conversation, step {index + 1} ({cls.title})", conversation)
            page = conversation.current_page
            if isinstance(page, WellbeingStep):
                page.show_question(0)
                yield Screen("conversation, a wellbeing question", conversation)
                page.show_summary()
                yield Screen("conversation, wellbeing scores", conversation)
        conversation.toggle_person_view()
        yield Screen("conversation, shown to the person", conversation)
        conversation.toggle_person_view()
        conversation.close()

    if dialogs:
        for name, make in DIALOGS.items():
            dialog = make(ctx)
            qtbot.addWidget(dialog)
            _activate(qtbot, dialog)
            yield Screen(f"dialog {name}", dialog)
            dialog.hide()
            dialog.deleteLater()
    controller.shutdown()
