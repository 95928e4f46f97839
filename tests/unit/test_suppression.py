from __future__ import annotations

from datetime import date

import pytest

from linkdesk.domain.report import financial_year, year_before
from linkdesk.domain.suppression import (
    HIDDEN,
    NO_DATA,
    NOT_SHOWN,
    SUPPRESSED,
    count_text,
    group_texts,
    percent_text,
    statistic_text,
)


@pytest.mark.parametrize(
    ("count", "shown"), [(0, "0"), (1, SUPPRESSED), (4, SUPPRESSED), (5, "5"), (123, "123")]
)
def test_counts_from_one_to_four_are_suppressed(count: int, shown: str) -> None:
    assert count_text(count) == shown


def test_a_single_small_count_in_a_totalled_group_hides_the_next_smallest() -> None:
    # 20 + 3 + 7 = 30: showing 20 and 7 would give the 3 away, so 7 is hidden too.
    assert group_texts([20, 3, 7, 0]) == ["20", SUPPRESSED, HIDDEN, "0"]


def test_small_counts_that_add_up_to_five_or_more_need_no_extra_hiding() -> None:
    assert group_texts([20, 3, 2]) == ["20", SUPPRESSED, SUPPRESSED]


def test_small_counts_that_add_up_to_a_small_number_hide_another() -> None:
    # 1 + 2 = 3 could be worked out from the total: hide 7, then the hidden add up to 10.
    assert group_texts([20, 1, 2, 7]) == ["20", SUPPRESSED, SUPPRESSED, HIDDEN]
    assert group_texts([1, 1]) == [SUPPRESSED, SUPPRESSED]  # nothing else to hide


def test_without_a_total_only_small_counts_are_suppressed() -> None:
    assert group_texts([20, 3, 7], total_shown=False) == ["20", SUPPRESSED, "7"]


def test_statistics_on_fewer_than_five_are_not_shown() -> None:
    assert statistic_text(2.5, 4) == NOT_SHOWN
    assert statistic_text(None, 0) == NO_DATA
    assert statistic_text(2.25, 5) == "2.2"


def test_percentages_that_would_reveal_a_small_number_are_not_shown() -> None:
    assert percent_text(3, 40) == NOT_SHOWN
    assert percent_text(3, 4) == NOT_SHOWN
    assert percent_text(0, 40) == "0%"
    assert percent_text(30, 40) == "75%"
    assert percent_text(0, 0) == NO_DATA


def test_period_helpers() -> None:
    assert year_before(date(2026, 11, 24)) == date(2025, 11, 25)
    assert year_before(date(2028, 2, 29)) == date(2027, 3, 1)
    assert financial_year(date(2026, 11, 24)) == (date(2026, 4, 1), date(2027, 3, 31))
    assert financial_year(date(2026, 2, 1)) == (date(2025, 4, 1), date(2026, 3, 31))
    assert financial_year(date(2026, 11, 24), previous=True) == (
        date(2025, 4, 1),
        date(2026, 3, 31),
    )
