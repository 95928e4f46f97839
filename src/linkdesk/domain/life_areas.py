"""The life areas a person can say matter to them, with the words shown for each."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LifeArea:
    key: str
    label: str
    prompt: str
    # Directory categories that commonly help with this area (for suggestions).
    categories: tuple[str, ...]


LIFE_AREAS: tuple[LifeArea, ...] = (
    LifeArea(
        "loneliness",
        "Feeling lonely or isolated",
        "Who do you see in a usual week?",
        ("befriending", "social groups", "arts and crafts"),
    ),
    LifeArea(
        "mental_wellbeing",
        "Mood and mental wellbeing",
        "How have you been feeling lately?",
        ("mental wellbeing", "peer support", "arts and crafts"),
    ),
    LifeArea(
        "physical_activity",
        "Being more active",
        "What would you like to be able to do?",
        ("walking groups", "physical activity", "gardening"),
    ),
    LifeArea(
        "money",
        "Money and debt",
        "Is money a worry at the moment?",
        ("debt and benefits advice", "food"),
    ),
    LifeArea("housing", "Housing", "How are things where you live?", ("housing",)),
    LifeArea(
        "work_learning",
        "Work, learning and volunteering",
        "Is there something you would like to learn or do?",
        ("employment", "learning", "volunteering", "digital skills"),
    ),
    LifeArea("caring", "Caring for someone", "Do you look after anyone?", ("carers support",)),
    LifeArea(
        "long_term_condition",
        "Living with a health condition",
        "How does your health affect your days?",
        ("long-term conditions", "peer support"),
    ),
    LifeArea("food", "Food and cooking", "Are you able to eat well?", ("food", "cooking")),
    LifeArea(
        "transport", "Getting out and about", "How do you get around?", ("transport", "befriending")
    ),
    LifeArea(
        "confidence",
        "Confidence",
        "What would help you feel more confident?",
        ("peer support", "learning", "arts and crafts"),
    ),
    LifeArea(
        "digital",
        "Phones, computers and the internet",
        "Would help with technology be useful?",
        ("digital skills",),
    ),
)

LIFE_AREAS_BY_KEY = {area.key: area for area in LIFE_AREAS}

# How much an area matters now: 0 not chosen .. 3 a lot.
IMPORTANCE_LABELS = {1: "A little", 2: "Quite a lot", 3: "A lot"}
