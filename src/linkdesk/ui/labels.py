"""Words the domain gives in English (enum labels, life areas, wellbeing scores, closure
reasons), shown to the worker in the UI language.

The English stays in ``domain/`` (one source); ``ui/domain_strings.py``, generated from it by
``python packaging/translations.py ui-update``, lists each one for pyside6-lupdate under a
context named for where it comes from (the enum's class name, "LifeArea", "Wellbeing", ...),
and ``tests/ui/test_translations.py`` fails when that list is stale. Here each is looked up.
"""

from __future__ import annotations

from enum import Enum
from typing import Protocol

from linkdesk.domain.life_areas import IMPORTANCE_LABELS, LIFE_AREAS_BY_KEY
from linkdesk.ui.i18n import translate

# Contexts of the generated strings (packaging/translations.py writes the same names).
LIFE_AREA = "LifeArea"
IMPORTANCE = "Importance"
CLOSURE = "ClosureReason"
WELLBEING = "Wellbeing"


class Labelled(Protocol):
    @property
    def label(self) -> str: ...


def label(member: Labelled) -> str:
    """An enum member's label in the UI language ("Not started" -> "Heb ddechrau")."""
    context = type(member).__name__ if isinstance(member, Enum) else "Label"
    return translate(context, member.label)


def life_area(key: str) -> str:
    """A life area's label; the key itself when it is not a known area."""
    area = LIFE_AREAS_BY_KEY.get(key)
    return translate(LIFE_AREA, area.label) if area else key


def life_area_prompt(key: str) -> str:
    area = LIFE_AREAS_BY_KEY.get(key)
    return translate(LIFE_AREA, area.prompt) if area else ""


def importance(level: int) -> str:
    """ "A little" / "Quite a lot" / "A lot" (levels 1-3); "" for others."""
    text = IMPORTANCE_LABELS.get(level, "")
    return translate(IMPORTANCE, text) if text else ""


def closure_reason(reason: str) -> str:
    """A closure reason (stored as its English words) in the UI language."""
    return translate(CLOSURE, reason) if reason else ""


def wellbeing(text: str) -> str:
    """A wellbeing instrument's title, a score's label or its meaning in the UI language."""
    return translate(WELLBEING, text) if text else ""
