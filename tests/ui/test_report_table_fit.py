"""A report table is fitted to its rows again only when its width, font or values changed:
going back to Reports refitted every table at every visit (issue 15: typing during a
report stalled the UI)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from linkdesk.domain.report import ReportRow, ReportTable
from linkdesk.ui.report_table import ReportTableView

TABLE = ReportTable(
    "waits",
    "How long people waited for first contact",
    ("Days waited", "Referrals"),
    tuple(ReportRow(f"Band {i} with a label long enough to wrap", (str(i),)) for i in range(6)),
)


def _counted(view: ReportTableView) -> list[int]:
    fits: list[int] = []
    original = view.resizeRowsToContents

    def counting() -> None:
        fits.append(1)
        original()

    view.resizeRowsToContents = counting  # type: ignore[method-assign]
    return fits


def test_fitted_again_only_when_width_font_or_values_change(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    view = ReportTableView(TABLE)
    QVBoxLayout(holder).addWidget(view)
    holder.resize(600, 600)
    holder.show()
    qtbot.waitExposed(holder)
    fits = _counted(view)
    tall = view.height()

    view.hide()
    view.show()  # the same width and font: nothing to fit
    assert fits == []
    assert view.height() == tall

    holder.resize(200, 600)  # narrower: the labels wrap onto more lines
    qtbot.waitUntil(lambda: view.width() < 300)
    assert fits
    assert view.height() > tall

    fits.clear()
    view.hide()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.setFont(font)
    view.show()  # a bigger font while hidden: fitted when shown
    assert fits

    fits.clear()
    view.show_values(
        ReportTable(
            TABLE.key,
            TABLE.title,
            TABLE.columns,
            (*TABLE.rows[:-1], ReportRow(TABLE.rows[-1].label, ("99",))),
        )
    )
    assert fits  # a value changed
    assert view.text_at(TABLE.rows[-1].label) == "99"
