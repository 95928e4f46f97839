"""Built-in wellbeing measures, asked exactly as the UK's harmonised standards publish them.

- ONS4 personal wellbeing: the four ONS questions, each 0 to 10 (GSS "Personal well-being"
  harmonised standard; ONS "Personal well-being user guidance").
- UCLA-3 loneliness: the three items of the GSS "Loneliness harmonised principle" (13 May 2020,
  https://gss.civilservice.gov.uk/policy-store/loneliness-indicators/), answered "Hardly ever or
  never", "Some of the time" or "Often", scored 1 to 3 each, total 3 to 9.
- The direct loneliness question of the same principle, "How often do you feel lonely?", with
  its five published answers. Stored as 1 (never) to 5 (often/always), so higher is lonelier,
  as on UCLA-3; the answers are offered in the published order, most often first.

The principle introduces its questions with "The next four questions are about relationships with
others. For each one, please say how often (if at all) you feel that way." LinkDesk asks UCLA-3
and the direct question as two steps, so each says "The next questions" instead of a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from linkdesk.domain.errors import ValidationError


@dataclass(frozen=True, slots=True)
class Item:
    key: str
    question: str
    low: int
    high: int
    # Labels for each answer value (for large answer buttons); empty means a 0-10 scale.
    answer_labels: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Instrument:
    key: str
    title: str
    intro: str
    items: tuple[Item, ...]


ONS4 = Instrument(
    key="ONS4",
    title="Personal wellbeing (ONS4)",
    intro=(
        "Next I would like to ask you four questions about your feelings on aspects of your "
        "life. There are no right or wrong answers. For each of these questions I'd like you to "
        "give an answer on a scale of 0 to 10, where 0 is 'not at all' and 10 is 'completely'."
    ),
    items=(
        Item("life_satisfaction", "Overall, how satisfied are you with your life nowadays?", 0, 10),
        Item(
            "worthwhile",
            "Overall, to what extent do you feel that the things you do in your life are "
            "worthwhile?",
            0,
            10,
        ),
        Item("happiness", "Overall, how happy did you feel yesterday?", 0, 10),
        Item(
            "anxiety",
            "On a scale where 0 is 'not at all anxious' and 10 is 'completely "
            "anxious', overall, how anxious did you feel yesterday?",
            0,
            10,
        ),
    ),
)

_UCLA_ANSWERS = ((1, "Hardly ever or never"), (2, "Some of the time"), (3, "Often"))
_RELATIONSHIPS_INTRO = (
    "The next questions are about relationships with others. For each one, please say how "
    "often (if at all) you feel that way."
)

UCLA3 = Instrument(
    key="UCLA3",
    title="Loneliness (UCLA 3-item)",
    intro=_RELATIONSHIPS_INTRO,
    items=(
        Item(
            "companionship",
            "How often do you feel that you lack companionship?",
            1,
            3,
            _UCLA_ANSWERS,
        ),
        Item("left_out", "How often do you feel left out?", 1, 3, _UCLA_ANSWERS),
        Item("isolated", "How often do you feel isolated from others?", 1, 3, _UCLA_ANSWERS),
    ),
)

# The direct question: answers in the published order (most often first), valued 5 down to 1.
_LONELY_ANSWERS = (
    (5, "Often/always"),
    (4, "Some of the time"),
    (3, "Occasionally"),
    (2, "Hardly ever"),
    (1, "Never"),
)

LONELY = Instrument(
    key="LONELY",
    title="Loneliness (direct question)",
    intro=_RELATIONSHIPS_INTRO,
    items=(Item("lonely", "How often do you feel lonely?", 1, 5, _LONELY_ANSWERS),),
)

INSTRUMENTS = {ONS4.key: ONS4, UCLA3.key: UCLA3, LONELY.key: LONELY}


def validate_answers(instrument: Instrument, answers: Sequence[int | None]) -> None:
    """Raise ValidationError when an answer is out of range or the count is wrong."""
    if len(answers) != len(instrument.items):
        raise ValidationError(
            f"{instrument.title} has {len(instrument.items)} questions, not {len(answers)}."
        )
    for item, value in zip(instrument.items, answers, strict=True):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"The answer to '{item.question}' must be a whole number.")
        if not item.low <= value <= item.high:
            raise ValidationError(
                f"The answer to '{item.question}' must be between {item.low} and {item.high}."
            )


@dataclass(frozen=True, slots=True)
class ScoreLine:
    """One score with its plain-English meaning."""

    label: str
    value: int | None
    meaning: str


def _ons_band(key: str, value: int) -> str:
    # ONS thresholds (Measuring National Well-being): anxiety runs the other way.
    if key == "anxiety":
        if value <= 1:
            return "very low anxiety"
        if value <= 3:
            return "low anxiety"
        if value <= 5:
            return "medium anxiety"
        return "high anxiety"
    if value <= 4:
        return "low"
    if value <= 6:
        return "medium"
    if value <= 8:
        return "high"
    return "very high"


_ONS_LABELS = {
    "life_satisfaction": "Life satisfaction",
    "worthwhile": "Feeling things are worthwhile",
    "happiness": "Happiness yesterday",
    "anxiety": "Anxiety yesterday",
}


def ucla_total(answers: Sequence[int | None]) -> int | None:
    """UCLA-3 total from 3 (least lonely) to 9 (most lonely); None if any item is missing."""
    validate_answers(UCLA3, answers)
    if any(a is None for a in answers):
        return None
    return sum(a for a in answers if a is not None)


def ucla_meaning(total: int) -> str:
    # A total of 6 or more is the commonly used cut-off for loneliness.
    if total <= 5:
        return "not often lonely"
    if total <= 7:
        return "lonely some of the time"
    return "often lonely"


def score(instrument_key: str, answers: Sequence[int | None]) -> list[ScoreLine]:
    """Scores for a set of answers, each with a plain-English meaning."""
    instrument = INSTRUMENTS[instrument_key]
    validate_answers(instrument, answers)
    if instrument is ONS4:
        return [
            ScoreLine(
                _ONS_LABELS[item.key],
                value,
                _ons_band(item.key, value) if value is not None else "not answered",
            )
            for item, value in zip(ONS4.items, answers, strict=True)
        ]
    if instrument is LONELY:
        (value,) = answers
        labels = dict(LONELY.items[0].answer_labels)
        return [
            ScoreLine(
                "How often lonely",
                value,
                labels[value].lower() if value is not None else "not answered",
            )
        ]
    total = ucla_total(answers)
    return [
        ScoreLine(
            "Loneliness score (3 to 9)",
            total,
            ucla_meaning(total) if total is not None else "not all questions answered",
        )
    ]


def change_direction(instrument_key: str, item_key: str, before: int, after: int) -> int:
    """1 when the change from ``before`` to ``after`` is for the better, -1 for the worse,
    0 for none (lower is better for loneliness and anxiety)."""
    diff = after - before
    if diff == 0:
        return 0
    lower_is_better = instrument_key in (UCLA3.key, LONELY.key) or item_key == "anxiety"
    return 1 if (diff < 0 if lower_is_better else diff > 0) else -1


def change_meaning(instrument_key: str, item_key: str, before: int, after: int) -> str:
    """Plain words for a change from baseline, remembering which direction is better."""
    direction = change_direction(instrument_key, item_key, before, after)
    if direction == 0:
        return "no change"
    return f"{'better' if direction > 0 else 'worse'} by {abs(after - before)}"
