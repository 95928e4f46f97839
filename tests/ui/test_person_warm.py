"""The person view's warm-up before the first open (ui/person_warm.py, issue 15): it reads and
writes nothing, leaves the view empty, and a person shown afterwards looks exactly as in a
view never warmed; the main window warms its spare view once, only if nobody is opened first."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QListWidget, QStackedWidget

from linkdesk.services.app_services import AppServices
from linkdesk.ui import main_window as main_window_module
from linkdesk.ui.main_window import MainWindow
from linkdesk.ui.ops import ImmediateOps
from linkdesk.ui.person_view import PersonView
from linkdesk.ui.person_warm import warm_up
from tests.reports.dataset import build_known


def _shown(view: PersonView) -> dict[str, Any]:
    """What the view shows: every label's text and every list's items, by place."""
    labels = [w.text() for w in view.findChildren(QLabel)]
    lists = [[w.item(i).text() for i in range(w.count())] for w in view.findChildren(QListWidget)]
    return {
        "labels": labels,
        "lists": lists,
        "outcomes": view.outcomes.table.rowCount(),
        "next_status": [
            view.referral.next_status.itemText(i) for i in range(view.referral.next_status.count())
        ],
        "outcome_button": view.outcome_button.isEnabled(),
    }


_STACKS: list[QStackedWidget] = []  # kept alive until the test's widgets are closed


def _in_stack(qtbot: Any, services: AppServices) -> PersonView:
    stack = QStackedWidget()
    _STACKS.append(stack)
    qtbot.addWidget(stack)
    stack.resize(1100, 700)
    stack.addWidget(QLabel("the caseload"))
    view = PersonView(services, "", ops=ImmediateOps())
    stack.addWidget(view)  # hidden behind the caseload, as the spare view is
    return view


def test_warm_up_reads_writes_and_keeps_nothing(qtbot: Any, services: AppServices) -> None:
    build_known(services, date.today())
    workspace = services._workspace
    view = _in_stack(qtbot, services)
    empty = _shown(view)
    statements: list[str] = []
    for name in ("query", "execute", "executemany"):
        real = getattr(workspace, name)
        setattr(
            workspace, name, lambda sql, *a, _real=real: statements.append(sql) or _real(sql, *a)
        )
    changes = workspace.conn.total_changes
    warm_up(view)
    assert statements == []  # nothing read (no wait for a worker's statement) or written
    assert workspace.conn.total_changes == changes
    assert view.record is None
    assert view.person_id == ""
    # As forget() leaves a view for the next person (the button is set again by each fill).
    assert {**_shown(view), "outcome_button": None} == {**empty, "outcome_button": None}
    assert not view.isVisible()


def test_a_person_shown_after_the_warm_up_looks_the_same(qtbot: Any, services: AppServices) -> None:
    build_known(services, date.today())
    people = [r.person_id for r in services.people.search("", limit=20)]
    assert len(people) >= 3
    warmed, cold = _in_stack(qtbot, services), _in_stack(qtbot, services)
    warm_up(warmed)
    for person_id in people:
        warmed.show_person(person_id)
        cold.show_person(person_id)
        assert warmed.name_label.text()
        assert _shown(warmed) == _shown(cold)


def test_the_main_window_warms_its_spare_view_once_before_anyone_is_opened(
    qtbot: Any, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_known(services, date.today())
    warmed: list[PersonView] = []
    monkeypatch.setattr(main_window_module, "warm_up", lambda view: warmed.append(view))
    window = MainWindow(services, ops=ImmediateOps())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window._spare_view is not None)
    qtbot.waitUntil(lambda: bool(warmed))
    assert warmed == [window._spare_view]
    person_id = services.people.search("", limit=1)[0].person_id
    window.show_person(person_id)
    assert window.person_view is warmed[0]
    window._warm_person_view()  # a warm-up turn that comes after an open does nothing
    window.show_caseload()
    window._warm_person_view()  # nor once the view has been used
    assert len(warmed) == 1


def test_nobody_opened_before_the_warm_up_turn_means_no_warm_up(
    qtbot: Any, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_known(services, date.today())
    warmed: list[PersonView] = []
    monkeypatch.setattr(main_window_module, "warm_up", lambda view: warmed.append(view))
    window = MainWindow(services, ops=ImmediateOps())
    qtbot.addWidget(window)
    window._prebuild_person_view()  # the spare view is built; its warm-up turn is queued
    window.show_person(services.people.search("", limit=1)[0].person_id)
    qtbot.waitUntil(lambda: window._filled)
    window._warm_person_view()
    assert warmed == []
