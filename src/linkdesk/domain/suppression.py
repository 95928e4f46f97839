"""Small-number suppression for anonymised reports.

Rules (the same in every output: CSV, PDF, the Reports page and ``linkdesk report``):

- A count from 1 to 4 is shown as ``<5``; 0 and counts of 5 or more are shown as they are.
- In a table whose rows add up to a total that is shown, the suppressed counts could be
  worked out by subtraction; while what they add up to is itself 1 to 4, the next smallest
  count is hidden too and shown as ``*``. The same figure shown in another table (for
  example goals achieved) follows what its home table shows.
- An average, median or percentage worked out from fewer than 5 people or records is not
  shown (``n<5``); a percentage whose top number is 1 to 4 is not shown either, because it
  would give that small number away.
"""

from __future__ import annotations

from collections.abc import Sequence

SMALLEST_SHOWN = 5
SUPPRESSED = "<5"
HIDDEN = "*"
NOT_SHOWN = "n<5"
NO_DATA = "no data"

SUPPRESSION_NOTE = (
    "To protect privacy, counts from 1 to 4 are shown as <5. Where a small number could "
    "still be worked out by subtraction from a total, another count is hidden too (*). "
    "Averages and percentages based on fewer than 5 are not shown (n<5)."
)


def is_small(count: int) -> bool:
    return 0 < count < SMALLEST_SHOWN


def count_text(count: int) -> str:
    """One count on its own: ``<5`` for 1 to 4, else the number."""
    return SUPPRESSED if is_small(count) else str(count)


def group_texts(counts: Sequence[int], *, total_shown: bool = True) -> list[str]:
    """Counts that add up to a shown total: primary plus complementary suppression."""
    texts = [count_text(c) for c in counts]
    if not total_shown:
        return texts
    hidden = {i for i, c in enumerate(counts) if is_small(c)}
    # The hidden cells add up to total minus the shown ones: keep that sum from being small.
    while is_small(sum(counts[i] for i in hidden)):
        others = sorted((c, i) for i, c in enumerate(counts) if c > 0 and i not in hidden)
        if not others:
            break
        hidden.add(others[0][1])
        texts[others[0][1]] = HIDDEN
    return texts


def is_exact(text: str) -> bool:
    """True when a shown count is the real number (not ``<5`` or ``*``)."""
    return text.isdigit()


def statistic_text(value: float | None, n: int, *, decimals: int = 1) -> str:
    """An average or median over ``n`` people or records."""
    if n == 0 or value is None:
        return NO_DATA
    if n < SMALLEST_SHOWN:
        return NOT_SHOWN
    return f"{value:.{decimals}f}"


def percent_text(numerator: int, denominator: int) -> str:
    if denominator == 0:
        return NO_DATA
    if denominator < SMALLEST_SHOWN or is_small(numerator):
        return NOT_SHOWN
    return f"{round(100 * numerator / denominator)}%"
