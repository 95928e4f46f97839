"""``Operations.in_slices``: UI-thread work one short step per turn of the event loop (issue
15: building Reports' tables at once blocked typing), and the Reports page built that way."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from linkdesk.services.app_services import AppServices
from linkdesk.ui.ops import ImmediateOps, Operations
from linkdesk.ui.reports_page import ReportsPage
from tests.reports.dataset import build_known


def test_steps_run_in_order_one_per_turn(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[str] = []
    ticks: list[int] = []

    def step(name: str) -> None:
        done.append(name)
        QTimer.singleShot(0, lambda: ticks.append(len(done)))  # runs between two steps

    Operations().in_slices(parent, [lambda n=n: step(n) for n in "abc"])
    assert done == ["a"]  # the first at once, the rest later
    qtbot.waitUntil(lambda: done == ["a", "b", "c"])
    qtbot.waitUntil(lambda: len(ticks) == 3)
    assert ticks[:2] == [1, 2]  # the event loop ran between the steps


def test_steps_stop_when_the_parent_goes(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    done: list[int] = []
    Operations().in_slices(parent, [lambda: done.append(1), lambda: done.append(2)])
    shiboken6.delete(parent)  # deleted before the next turn
    marker: list[bool] = []
    QTimer.singleShot(20, lambda: marker.append(True))
    qtbot.waitUntil(lambda: bool(marker))
    assert done == [1]


def test_immediate_ops_runs_every_step_now() -> None:
    parent = QWidget()
    done: list[int] = []
    ImmediateOps().in_slices(parent, [lambda: done.append(1), lambda: done.append(2)])
    assert done == [1, 2]


def test_reports_tables_built_in_slices_and_a_resize_meanwhile(
    qtbot, services: AppServices
) -> None:  # type: ignore[no-untyped-def]
    build_known(services, date.today())
    page = ReportsPage(services, ops=Operations())
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: bool(page._views) and page.report is None, timeout=10_000)
    page.resize(300, 800)  # one table to a row now: built again, and loading still finishes
    qtbot.waitUntil(lambda: page.report is not None and not page._loading, timeout=10_000)
    assert page._columns == 1
    assert page.table_view("summary").text_at("Referrals received") == "8"
    assert len(page._views) == len(page.report.tables)
    assert page.status_label.text().startswith("Figures for")
