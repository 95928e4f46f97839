"""Wellbeing outcomes over time: per person (for the chart on the person view) and the spread of
change across people (for Reports, small numbers suppressed).

Scores: the four ONS4 items (0 to 10; lower anxiety is better) and the UCLA-3 total (3 to 9;
lower is better). A person's change is their latest follow-up or exit score minus their first
baseline score, counted as *better* or *worse* by which direction is good for that score.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.measures import ONS4, UCLA3, ucla_total
from linkdesk.domain.report import ReportRow, ReportTable
from linkdesk.domain.suppression import count_text, group_texts
from linkdesk.domain.worker_text import wt_noop

Answers = Sequence["int | None"]


@dataclass(frozen=True, slots=True)
class ScoreKind:
    key: str  # "ONS4.life_satisfaction", ..., "UCLA3.total"
    label: str
    instrument: str
    low: int
    high: int
    lower_is_better: bool
    value: Callable[[Answers], int | None]


def _item(index: int) -> Callable[[Answers], int | None]:
    def value(answers: Answers) -> int | None:
        return answers[index] if index < len(answers) else None

    return value


def _ucla(answers: Answers) -> int | None:
    if len(answers) != len(UCLA3.items):
        return None
    try:
        return ucla_total(list(answers))
    except LinkDeskError:  # an answer out of range in an old or merged record
        return None


# How a time point is said in a score's spoken summary (the outcomes table), in the worker's
# language where shown (domain/worker_text).
TIMEPOINT_WORDS = {
    "baseline": wt_noop("baseline"),
    "follow_up": wt_noop("follow up"),
    "exit": wt_noop("exit"),
}
SCORES: tuple[ScoreKind, ...] = (
    *(
        ScoreKind(
            f"ONS4.{item.key}",
            {
                "life_satisfaction": wt_noop("Life satisfaction (ONS4)"),
                "worthwhile": wt_noop("Things I do are worthwhile (ONS4)"),
                "happiness": wt_noop("Happiness yesterday (ONS4)"),
                "anxiety": wt_noop("Anxiety yesterday (ONS4, lower is better)"),
            }[item.key],
            ONS4.key,
            0,
            10,
            item.key == "anxiety",
            _item(i),
        )
        for i, item in enumerate(ONS4.items)
    ),
    ScoreKind(
        "UCLA3.total",
        wt_noop("Loneliness (UCLA-3 total, lower is better)"),
        UCLA3.key,
        3,
        9,
        True,
        _ucla,
    ),
)


@dataclass(frozen=True, slots=True)
class ScorePoint:
    on: date
    timepoint: str  # Timepoint value
    value: int
    change: int | None  # from the baseline, as measured (not "better"); None for the baseline


@dataclass(frozen=True)
class ScoreSeries:
    kind: ScoreKind
    points: tuple[ScorePoint, ...] = ()

    @property
    def baseline(self) -> ScorePoint | None:
        return next((p for p in self.points if p.timepoint == "baseline"), None)

    @property
    def latest_change(self) -> int | None:
        later = [p for p in self.points if p.change is not None]
        return later[-1].change if later else None


@dataclass(frozen=True)
class PersonOutcomes:
    person_id: str
    series: tuple[ScoreSeries, ...] = field(default_factory=tuple)

    @property
    def has_follow_up(self) -> bool:
        return any(s.latest_change is not None for s in self.series)


# Change bands, by improvement (positive = better whichever way the score runs).
CHANGE_BANDS: tuple[tuple[str, int, int], ...] = (
    (wt_noop("Worse by 3 or more"), -99, -3),
    (wt_noop("Worse by 1 or 2"), -2, -1),
    (wt_noop("No change"), 0, 0),
    (wt_noop("Better by 1 or 2"), 1, 2),
    (wt_noop("Better by 3 or more"), 3, 99),
)


def improvement(kind: ScoreKind, before: int, after: int) -> int:
    return before - after if kind.lower_is_better else after - before


def change_distribution_table(changes: dict[str, list[int]]) -> ReportTable:
    """People per change band for each score (``changes``: score key -> improvements), with
    primary and complementary suppression across each score's bands (total shown)."""
    rows: list[ReportRow] = []
    for kind in SCORES:
        values = changes.get(kind.key, [])
        counts = [sum(1 for v in values if low <= v <= high) for _, low, high in CHANGE_BANDS]
        texts = group_texts(counts)
        rows.append(ReportRow(kind.label, (*texts, count_text(len(values)))))
    return ReportTable(
        "wellbeing_change",
        wt_noop("How much wellbeing changed, person by person"),
        (wt_noop("Measure"), *(label for label, _, _ in CHANGE_BANDS), wt_noop("People")),
        tuple(rows),
        wt_noop(
            "People with a first (baseline) score and a later follow-up score taken in the period: "
            "their latest score against their first. Better means a higher score, or a lower one "
            "for anxiety and loneliness."
        ),
    )
