"""What goes on the take-home plan: plain data, assembled by the plan service from the record.

Only what the person should take home is here. Notes, safeguarding flags and scores have no
field, so they cannot be printed by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from linkdesk.domain.settings import DEFAULT_URGENT_HELP


@dataclass(frozen=True)
class PlanGoal:
    text: str
    why: str = ""
    first_step: str = ""
    target_date: date | None = None
    achieved: bool = False


@dataclass(frozen=True)
class PlanConnection:
    name: str
    what: str = ""
    when: str = ""
    where: str = ""
    how_to_get_there: str = ""
    cost: str = ""
    contact: tuple[str, ...] = ()
    person_action: str = ""  # "I will ..."
    worker_action: str = ""  # "My link worker will ..."
    due_on: date | None = None


@dataclass(frozen=True)
class PlanMeeting:
    on: date
    kind: str = ""  # "In person", "Phone call", ...
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
    urgent_help: tuple[str, ...] = tuple(DEFAULT_URGENT_HELP)


@dataclass(frozen=True)
class PlanOptions:
    font_size: int = 12  # the regular body size from settings
    large_print: bool = False
    easy_read: bool = False

    @property
    def body_size(self) -> float:
        size = min(max(self.font_size, 12), 28)
        if self.large_print:
            size = max(size, 16)
        if self.easy_read:
            size = max(size + 2, 16)
        return float(size)
