"""The worker's language reaches the sentences the services build (domain/worker_text):
the person's timeline and a validation message in Welsh through the real GUI, and back."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QListWidget

from linkdesk.domain import english_dates, worker_text
from linkdesk.domain.enums import FollowUpKind
from linkdesk.domain.models import FollowUp
from linkdesk.services.app_services import AppServices
from linkdesk.ui import i18n
from linkdesk.ui.main_window import MainWindow
from linkdesk.ui.ops import ImmediateOps
from linkdesk.ui.person_dialog import PersonDialog
from tests.plan import people


def _timeline(window: MainWindow) -> list[str]:
    found = window.findChild(QListWidget, "timeline")
    assert found is not None
    return [found.item(i).text() for i in range(found.count())]


def test_timeline_and_validation_in_welsh(qtbot, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    pid = people.make_person(services)
    due = services.clock.today() + timedelta(days=9)
    services.people.book_follow_up(
        FollowUp(person_id=pid, due_on=due, kind=FollowUpKind.PHONE, venue="")
    )
    assert i18n.install_language("cy") == "cy"
    assert worker_text.language() == "cy"  # installed with the GUI's language
    window = MainWindow(services, ops=ImmediateOps())
    qtbot.addWidget(window)
    window.show()
    window.show_person(pid)
    lines = _timeline(window)
    goal = people.GOALS[0][0]
    # The goal's words as the person said them, in a Welsh sentence; a CLDR Welsh date.
    assert any(f"Nod wedi'i osod: {goal} (" in line for line in lines)
    welsh_day = worker_text.short_day(due)
    assert welsh_day != english_dates.short_day(due)  # "Mer 9 Rhag 2026", not "Wed 9 Dec…"
    assert any(f"Trefnwyd ffôn ar gyfer {welsh_day}" in line for line in lines)
    assert not any("Goal set" in line or "Booked " in line for line in lines)

    dialog = PersonDialog(services, ImmediateOps(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.given_name.setText("Ffion")
    dialog.date_of_birth.unknown.setChecked(True)
    dialog.nhs_number.setText("943 476 591")
    dialog.accept()
    assert dialog.isVisible()
    error = dialog.fields.errors["nhs_number"]
    assert error.isVisible()
    assert error.text() == "Mae 10 digid mewn rhif GIG, fel 943 476 5919; mae 9 yn hwn."

    assert i18n.install_language("en") == "en"
    assert worker_text.language() == "en"
    window.show_person(pid)
    assert any(f"Goal set: {goal} (" in line for line in _timeline(window))
