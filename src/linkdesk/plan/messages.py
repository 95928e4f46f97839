"""Every fixed sentence LinkDesk prints or shows the person, as gettext message ids.

The English text is the message id. ``{field}`` marks where the person's (or worker's) words go:
a translation keeps the same fields. ``all_message_ids()`` is the catalogue template's source
(``packaging/translations.py`` writes ``resources/translations/linkdesk.pot`` from it), and a test
fails when a shipped catalogue lacks one or changes its fields.
"""

from __future__ import annotations

from linkdesk.domain.life_areas import IMPORTANCE_LABELS, LIFE_AREAS
from linkdesk.domain.measures import INSTRUMENTS
from linkdesk.domain.settings import DEFAULT_URGENT_HELP

# -- the take-home plan ---------------------------------------------------------------------------
TITLE = "My plan"
BELONGS = "This plan belongs to {name}."
ME = "me"
MADE_WITH = "We made it together on {date}, with {worker}."
MADE = "We made it together on {date}."
LOOKED_AGAIN_WITH = "We looked at it again together on {date}, with {worker}."
LOOKED_AGAIN = "We looked at it again together on {date}."

H_MATTERS = "What matters to me"
H_GOALS = "My goals"
H_GOALS_EASY = "What I want to do"
H_STEPS = "My first small steps"
H_STEPS_EASY = "My first steps"
H_SEE = "Who I will see"
H_NEXT = "Next time we meet"
H_NEXT_EASY = "When we meet next"
H_WORKER = "My link worker"
H_URGENT = "If you need help urgently"
H_URGENT_EASY = "If I need help now"

MATTERS_EMPTY = "We will talk about this next time we meet."
GOALS_EMPTY = "We have not written any goals yet. We will do this together."
STEPS_EMPTY = "We will choose a first small step together."
TICK = "Tick each one when you have done it."
SEE_EMPTY = "No one yet. We will find the right people together."
NEXT_EMPTY = "Your link worker will get in touch to arrange this."
WORKER_EMPTY = "Ask at your GP practice for the social prescribing link worker."

WHY = "Why it matters to me:"
BY_DATE = "I would like to do this by:"
BY_DATE_EASY = "When I want to do it by:"
PROGRESS = "How it is going:"
WHAT = "What it is:"
WHEN = "When:"
WHERE = "Where:"
HOW_TO_GET_THERE = "How to get there:"
COST = "Cost:"
CONTACT = "Contact:"
I_WILL = "I will:"
WORKER_WILL = "My link worker will:"
BY = "By:"
HOW = "How:"
PHONE = "Phone:"
EMAIL = "Email:"
WEBSITE = "Website:"
FREE = "Free"
A_SERVICE = "A service"  # a connection typed without a name
NEW = "New"

# Goal status in plain words (the worker's choice of status; their note follows it)
NOT_STARTED = "Not started yet"
IN_PROGRESS = "Still working on it"
ACHIEVED = "Done!"
CHANGED = "We changed this goal"
STOPPED = "We stopped this goal"

IN_PERSON = "In person"
PHONE_CALL = "Phone call"
VIDEO_CALL = "Video call"
HOME_VISIT = "Home visit"

FOOTER_OWNER = "My plan: {name}"
FOOTER_PAGE = "Page {number} of {total}"
UNPRINTABLE = "[text in a script this plan cannot print]"
QR_MEETING = "Scan this with your phone's camera to put the meeting in your calendar."
QR_PHONE = "Scan to ring"
EVENT_SUMMARY = "Meeting with my link worker"

# -- the "show the person" screen -----------------------------------------------------------------
SCREEN_TITLE = "Your plan, {name}"
SCREEN_MATTERS = "What matters to you"
SCREEN_GOALS = "Your goals"
SCREEN_WHY = "Why: {why}"
SCREEN_FIRST_STEP = "First step: {step}"
SCREEN_BY = "By {date}"
SCREEN_NOW = "Now: {status}"
SCREEN_HELP = "Who and what can help"
SCREEN_FOR = "(for: {goal})"
SCREEN_I_WILL = "I will {action}"
SCREEN_WORKER_WILL = "My link worker will {action}"
SCREEN_NEXT = H_NEXT
SCREEN_NOT_YET = "Not written down yet."
SCREEN_NO_GOALS = "No goals yet."
SCREEN_NOTHING = "Nothing agreed yet."


def plan_message_ids() -> list[str]:
    """The plan's and the screen's own sentences (module constants, in order)."""
    seen: dict[str, None] = {}
    for name, value in globals().items():
        if name.isupper() and isinstance(value, str):
            seen.setdefault(value)
    return list(seen)


def record_message_ids() -> list[str]:
    """Words that come from the record's fixed lists: life areas, wellbeing questions, help."""
    ids: list[str] = []
    for area in LIFE_AREAS:
        ids += [area.label, area.prompt]
    ids += list(IMPORTANCE_LABELS.values())
    for instrument in INSTRUMENTS.values():
        ids += [instrument.title, instrument.intro]
        for item in instrument.items:
            ids.append(item.question)
            ids += [label for _, label in item.answer_labels]
    ids += DEFAULT_URGENT_HELP
    return ids


def all_message_ids() -> list[str]:
    """Every message id, each once, in a stable order."""
    return list(dict.fromkeys([*plan_message_ids(), *record_message_ids()]))
