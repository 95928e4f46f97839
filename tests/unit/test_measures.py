from __future__ import annotations

import pytest

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.measures import change_meaning, score, ucla_total


def test_ons4_bands() -> None:
    lines = score("ONS4", [3, 6, 8, 7])
    assert [(line.value, line.meaning) for line in lines] == [
        (3, "low"),
        (6, "medium"),
        (8, "high"),
        (7, "high anxiety"),
    ]
    assert score("ONS4", [10, 9, 0, 0])[3].meaning == "very low anxiety"


def test_ucla_total_and_meaning() -> None:
    assert ucla_total([1, 1, 1]) == 3
    assert ucla_total([3, 3, 3]) == 9
    assert ucla_total([2, None, 3]) is None
    assert score("UCLA3", [3, 2, 3])[0].meaning == "often lonely"
    assert score("UCLA3", [1, 2, 1])[0].meaning == "not often lonely"


@pytest.mark.parametrize(
    ("instrument", "answers"),
    [
        ("ONS4", [11, 0, 0, 0]),
        ("ONS4", [-1, 0, 0, 0]),
        ("ONS4", [1, 2, 3]),
        ("UCLA3", [0, 1, 1]),
        ("UCLA3", [4, 1, 1]),
        ("UCLA3", [True, 1, 1]),
    ],
)
def test_out_of_range_is_refused(instrument: str, answers: list[int]) -> None:
    with pytest.raises(ValidationError):
        score(instrument, answers)


def test_change_direction() -> None:
    assert change_meaning("ONS4", "happiness", 4, 7) == "better by 3"
    assert change_meaning("ONS4", "anxiety", 8, 5) == "better by 3"
    assert change_meaning("UCLA3", "total", 5, 8) == "worse by 3"
    assert change_meaning("ONS4", "worthwhile", 5, 5) == "no change"


@pytest.mark.parametrize(
    ("value", "meaning", "anxiety_meaning"),
    [
        (0, "low", "very low anxiety"),
        (1, "low", "very low anxiety"),
        (2, "low", "low anxiety"),
        (3, "low", "low anxiety"),
        (4, "low", "medium anxiety"),
        (5, "medium", "medium anxiety"),
        (6, "medium", "high anxiety"),
        (7, "high", "high anxiety"),
        (8, "high", "high anxiety"),
        (9, "very high", "high anxiety"),
        (10, "very high", "high anxiety"),
    ],
)
def test_ons4_band_boundaries(value: int, meaning: str, anxiety_meaning: str) -> None:
    lines = score("ONS4", [value, value, value, value])
    assert [line.meaning for line in lines] == [meaning, meaning, meaning, anxiety_meaning]


@pytest.mark.parametrize(
    ("answers", "total", "meaning"),
    [
        ([1, 2, 2], 5, "not often lonely"),
        ([2, 2, 2], 6, "lonely some of the time"),
        ([3, 3, 1], 7, "lonely some of the time"),
        ([3, 3, 2], 8, "often lonely"),
    ],
)
def test_ucla_cut_offs(answers: list[int], total: int, meaning: str) -> None:
    (line,) = score("UCLA3", answers)
    assert (line.value, line.meaning) == (total, meaning)


def test_unanswered_items_are_said_plainly() -> None:
    assert score("ONS4", [None, 5, None, 5])[0].meaning == "not answered"
    assert score("UCLA3", [1, None, 1])[0].meaning == "not all questions answered"
    with pytest.raises(ValidationError):
        score("ONS4", [5.5, 1, 1, 1])  # type: ignore[list-item]


def test_change_meaning_at_the_ends() -> None:
    assert change_meaning("ONS4", "life_satisfaction", 0, 10) == "better by 10"
    assert change_meaning("ONS4", "anxiety", 0, 10) == "worse by 10"
    assert change_meaning("UCLA3", "total", 9, 3) == "better by 6"
