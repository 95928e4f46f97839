"""What the person sees or hears on screen, in their language: the "show the person" view and
the wellbeing questions. Same catalogues as the plan (``plan/language.py``), no Qt.

For the GUI: ``ScreenText.for_language("cy")`` gives every fixed string of the show-the-person
view (fill ``{fields}`` with ``.format``; the person's own words go in untranslated), and
``instrument_in("cy", "ONS4")`` gives an instrument with its title, introduction, questions and
answer labels in that language. Welsh wording is machine-drafted (see each catalogue's review
status); the English is the ONS / GSS harmonised standard wording in ``domain/measures.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from linkdesk.domain.enums import FollowUpKind, GoalStatus
from linkdesk.domain.life_areas import IMPORTANCE_LABELS, LIFE_AREAS_BY_KEY
from linkdesk.domain.measures import INSTRUMENTS, Instrument
from linkdesk.plan import messages as m
from linkdesk.plan.language import Catalogue, catalogue

_GOAL_STATUS = {
    GoalStatus.NOT_STARTED: m.NOT_STARTED,
    GoalStatus.IN_PROGRESS: m.IN_PROGRESS,
    GoalStatus.ACHIEVED: m.ACHIEVED,
    GoalStatus.CHANGED: m.CHANGED,
    GoalStatus.STOPPED: m.STOPPED,
}
_MEETING_KIND = {
    FollowUpKind.IN_PERSON: m.IN_PERSON,
    FollowUpKind.PHONE: m.PHONE_CALL,
    FollowUpKind.VIDEO: m.VIDEO_CALL,
    FollowUpKind.HOME_VISIT: m.HOME_VISIT,
}


@dataclass(frozen=True)
class ScreenText:
    """The show-the-person view's words in one language (templates keep their ``{fields}``)."""

    language: str
    rtl: bool
    title: str  # "Your plan, {name}"
    what_matters: str  # heading
    goals: str  # heading
    why: str  # "Why: {why}"
    first_step: str  # "First step: {step}"
    by: str  # "By {date}"
    now: str  # "Now: {status}"
    who_can_help: str  # heading
    for_goal: str  # "(for: {goal})"
    i_will: str  # "I will {action}"
    worker_will: str  # "My link worker will {action}"
    next_meeting: str  # heading
    not_written: str
    no_goals: str
    nothing_agreed: str
    _cat: Catalogue

    @classmethod
    def for_language(cls, code: str) -> ScreenText:
        """ValidationError when ``code`` has no shipped catalogue."""
        cat = catalogue(code)
        return cls(
            language=cat.language.code,
            rtl=cat.language.rtl,
            title=cat(m.SCREEN_TITLE),
            what_matters=cat(m.SCREEN_MATTERS),
            goals=cat(m.SCREEN_GOALS),
            why=cat(m.SCREEN_WHY),
            first_step=cat(m.SCREEN_FIRST_STEP),
            by=cat(m.SCREEN_BY),
            now=cat(m.SCREEN_NOW),
            who_can_help=cat(m.SCREEN_HELP),
            for_goal=cat(m.SCREEN_FOR),
            i_will=cat(m.SCREEN_I_WILL),
            worker_will=cat(m.SCREEN_WORKER_WILL),
            next_meeting=cat(m.SCREEN_NEXT),
            not_written=cat(m.SCREEN_NOT_YET),
            no_goals=cat(m.SCREEN_NO_GOALS),
            nothing_agreed=cat(m.SCREEN_NOTHING),
            _cat=cat,
        )

    def date(self, d: date) -> str:
        """A day written out in this language (CLDR), e.g. "Dydd Mawrth, 8 Rhagfyr 2026"."""
        return self._cat.long_date(d)

    def goal_status(self, status: GoalStatus) -> str:
        """A goal's status in plain words ("Still working on it")."""
        return self._cat(_GOAL_STATUS[status])

    def meeting_kind(self, kind: FollowUpKind) -> str:
        return self._cat(_MEETING_KIND[kind])

    def life_area(self, key: str) -> str:
        """A life area's label; the key itself when it is not a known area."""
        area = LIFE_AREAS_BY_KEY.get(key)
        return self._cat(area.label) if area else key

    def life_area_prompt(self, key: str) -> str:
        area = LIFE_AREAS_BY_KEY.get(key)
        return self._cat(area.prompt) if area else ""

    def importance(self, level: int) -> str:
        """ "A little" / "Quite a lot" / "A lot" (levels 1-3, domain/life_areas.py)."""
        label = IMPORTANCE_LABELS.get(level, "")
        return self._cat(label) if label else ""


def instrument_in(code: str, instrument: str) -> Instrument:
    """A built-in wellbeing instrument (``"ONS4"``, ``"UCLA3"``) with its title, introduction,
    questions and answer labels in the language ``code``; keys and ranges unchanged.

    KeyError for an unknown instrument; ValidationError for a language with no catalogue.
    """
    cat = catalogue(code)
    source = INSTRUMENTS[instrument]
    items = tuple(
        replace(
            item,
            question=cat(item.question),
            answer_labels=tuple((value, cat(label)) for value, label in item.answer_labels),
        )
        for item in source.items
    )
    return replace(source, title=cat(source.title), intro=cat(source.intro), items=items)
