"""The take-home plan use cases: assemble it from the record, build it, save it, audit it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from linkdesk.domain.enums import ConnectionStatus, FollowUpKind, FollowUpStatus, GoalStatus
from linkdesk.domain.errors import LinkDeskError, NotFoundError
from linkdesk.domain.models import Connection, Service
from linkdesk.exchange.atomic import atomic_write_bytes
from linkdesk.plan.model import (
    PlanConnection,
    PlanData,
    PlanGoal,
    PlanMeeting,
    PlanOptions,
    PlanWorker,
)
from linkdesk.plan.take_home import build_plan_pdf
from linkdesk.store.audit import AuditLog
from linkdesk.store.repositories import Repositories
from linkdesk.store.settings import DEFAULT_URGENT_HELP, WorkspaceSettings

# Connections the person has said no to, or finished with, are not part of the plan ahead.
_HIDDEN_CONNECTIONS = {ConnectionStatus.DECLINED, ConnectionStatus.COMPLETED}
_MEETING_KIND = {
    FollowUpKind.IN_PERSON: "In person",
    FollowUpKind.PHONE: "Phone call",
    FollowUpKind.VIDEO: "Video call",
    FollowUpKind.HOME_VISIT: "Home visit",
}


class PlanService:
    def __init__(
        self,
        repos: Repositories,
        audit: AuditLog,
        settings: Callable[[], WorkspaceSettings],
        today: Callable[[], date] = date.today,
    ) -> None:
        self.repos = repos
        self.audit = audit
        self._settings = settings
        self._today = today

    # -- assembling ----------------------------------------------------------------------------

    def plan_data(self, person_id: str) -> PlanData:
        """What the plan shows, taken from the record (never notes, flags or scores)."""
        r = self.repos
        person = r.people.get(person_id)
        today = self._today()
        conversations = r.conversations.for_person(person_id, "held_on DESC, created_at DESC")
        what_matters = next((c.what_matters for c in conversations if c.what_matters.strip()), "")
        goals = [
            PlanGoal(
                text=g.text,
                why=g.why,
                first_step=g.first_step,
                target_date=g.target_date,
                achieved=g.status == GoalStatus.ACHIEVED,
            )
            for g in r.goals.for_person(person_id, "created_at")
            if g.status != GoalStatus.STOPPED
        ]
        connections = [
            self._connection(c)
            for c in r.connections.for_person(person_id, "created_at")
            if c.status not in _HIDDEN_CONNECTIONS
        ]
        booked = [
            f
            for f in r.follow_ups.for_person(person_id, "due_on")
            if f.status == FollowUpStatus.BOOKED and f.due_on >= today
        ]
        meeting = (
            PlanMeeting(
                on=booked[0].due_on, kind=_MEETING_KIND[booked[0].kind], venue=booked[0].venue
            )
            if booked
            else None
        )
        s = self._settings()
        return PlanData(
            name=person.display_name,
            made_on=today,
            what_matters=what_matters,
            goals=tuple(goals),
            connections=tuple(connections),
            next_meeting=meeting,
            worker=PlanWorker(s.worker_name, s.worker_phone, s.worker_email, s.organisation),
            urgent_help=tuple(line for line in s.urgent_help if line.strip())
            or tuple(DEFAULT_URGENT_HELP),
        )

    def _connection(self, c: Connection) -> PlanConnection:
        service: Service | None = None
        if c.service_id:
            try:
                service = self.repos.services.get(c.service_id)
            except NotFoundError:
                service = None  # removed from the directory: the connection still prints
        if service is None:
            return PlanConnection(
                name=c.name or "A service",
                what=c.details,
                person_action=c.person_action,
                worker_action=c.worker_action,
                due_on=c.due_on,
            )
        contact = tuple(
            f"{label}: {value}"
            for label, value in (
                ("Phone", service.phone),
                ("Email", service.email),
                ("Website", service.website),
            )
            if value.strip()
        )
        lines = [*service.address.split("\n"), service.postcode]  # address lines, one per line
        where = ", ".join(p.strip() for p in lines if p.strip())
        cost = service.cost or ("Free" if service.is_free else "")
        return PlanConnection(
            name=c.name or service.name,
            what=c.details or service.description,
            when=service.schedule,
            where=where,
            how_to_get_there=service.how_to_get_there,
            cost=cost,
            contact=contact,
            person_action=c.person_action,
            worker_action=c.worker_action,
            due_on=c.due_on,
        )

    # -- building ------------------------------------------------------------------------------

    def options(self, *, large_print: bool = False, easy_read: bool = False) -> PlanOptions:
        size = self._settings().plan_font_size
        return PlanOptions(font_size=size, large_print=large_print, easy_read=easy_read)

    @staticmethod
    def render(data: PlanData, options: PlanOptions) -> bytes:
        """Build the PDF from data already read (pure: safe on a background thread)."""
        return build_plan_pdf(data, options)

    def build_pdf(
        self, person_id: str, *, large_print: bool = False, easy_read: bool = False
    ) -> bytes:
        """The plan as PDF bytes, in memory only."""
        data = self.plan_data(person_id)
        return build_plan_pdf(data, self.options(large_print=large_print, easy_read=easy_read))

    def save_pdf(
        self, person_id: str, path: Path, *, large_print: bool = False, easy_read: bool = False
    ) -> Path:
        """Write the plan to a path the user picked, atomically; note it in the audit log."""
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            raise LinkDeskError(f"Save the plan as a .pdf file (not {path.name}).")
        pdf = self.build_pdf(person_id, large_print=large_print, easy_read=easy_read)
        atomic_write_bytes(path, pdf)
        self.audit.record("exported", "plan", person_id, person_id=person_id, detail="pdf")
        return path

    def record_printed(self, person_id: str) -> None:
        """Note in the audit log that the plan went to a printer (no personal text)."""
        self.repos.people.get(person_id)  # a clear error when the person has gone
        self.audit.record("printed", "plan", person_id, person_id=person_id)
