"""What goes on the take-home plan: plain data, assembled by the plan service from the record.

Only what the person should take home is here. Notes, safeguarding flags and scores have no
field, so they cannot be printed by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from linkdesk.domain.enums import FollowUpKind, GoalStatus
from linkdesk.domain.settings import DEFAULT_URGENT_HELP


@dataclass(frozen=True)
class PlanGoal:
    text: str
    why: str = ""
    first_step: str = ""
    target_date: date | None = None
    status: GoalStatus = GoalStatus.NOT_STARTED
    progress_note: str = ""  # the worker's agreed words about how it is going (printed as typed)
    is_new: bool = False  # set since the last plan (marked on a follow-up plan)

    @property
    def achieved(self) -> bool:
        return self.status == GoalStatus.ACHIEVED


@dataclass(frozen=True)
class PlanConnection:
    name: str
    what: str = ""
    when: str = ""
    where: str = ""
    how_to_get_there: str = ""
    cost: str = ""
    contact: tuple[str, ...] = ()  # free-text contact lines, printed as typed
    phone: str = ""
    email: str = ""
    website: str = ""
    free: bool = False  # printed as "Free" in the plan's language when there is no cost text
    person_action: str = ""  # "I will ..."
    worker_action: str = ""  # "My link worker will ..."
    due_on: date | None = None
    is_new: bool = False  # agreed since the last plan (marked on a follow-up plan)


@dataclass(frozen=True)
class PlanMeeting:
    on: date
    kind: FollowUpKind | str = ""  # a kind prints in the plan's language; a str as typed
    venue: str = ""


@dataclass(frozen=True)
class PlanWorker:
    name: str = ""
    phone: str = ""
    email: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class PlanData:
    name: str
    made_on: date
    what_matters: str = ""
    goals: tuple[PlanGoal, ...] = ()
    connections: tuple[PlanConnection, ...] = ()
    next_meeting: PlanMeeting | None = None
    worker: PlanWorker = field(default_factory=PlanWorker)
    # Lines equal to a LinkDesk default are printed in the plan's language; others as typed.
    urgent_help: tuple[str, ...] = tuple(DEFAULT_URGENT_HELP)
    follow_up: bool = False  # an earlier conversation exists: show progress, mark what is new
    language: str = ""  # the person's plan language (a catalogue code); options may override


@dataclass(frozen=True)
class PlanOptions:
    font_size: int = 12  # the regular body size from settings
    large_print: bool = False
    easy_read: bool = False
    # A shipped catalogue's code (linkdesk.plan.language.SHIPPED); "" = the data's language.
    language: str = ""
    qr_codes: bool = True  # the next meeting as a calendar event, services' phone numbers

    @property
    def body_size(self) -> float:
        size = min(max(self.font_size, 12), 28)
        if self.large_print:
            size = max(size, 16)
        if self.easy_read:
            size = max(size + 2, 16)
        return float(size)
