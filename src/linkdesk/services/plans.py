"""The take-home plan use cases: assemble it from the record, build it, save it, audit it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from linkdesk.domain.clock import SYSTEM_CLOCK
from linkdesk.domain.enums import AuditAction, ConnectionStatus, FollowUpStatus, GoalStatus
from linkdesk.domain.errors import LinkDeskError, NotFoundError, ValidationError
from linkdesk.domain.measures import Instrument
from linkdesk.domain.models import Connection, Conversation, Goal, Person, Service
from linkdesk.domain.settings import DEFAULT_URGENT_HELP, WorkspaceSettings
from linkdesk.domain.worker_text import wt
from linkdesk.exchange.atomic import atomic_write_bytes
from linkdesk.plan.language import (
    Language,
    Resolution,
    code_for,
    languages,
    normalise_code,
    resolve,
)
from linkdesk.plan.model import (
    PlanConnection,
    PlanData,
    PlanGoal,
    PlanMeeting,
    PlanOptions,
    PlanWorker,
)
from linkdesk.plan.screen import ScreenText, instrument_in
from linkdesk.plan.take_home import build_plan_pdf
from linkdesk.store.audit import AuditLog
from linkdesk.store.repositories import Repositories

__all__ = ["Language", "PlanData", "PlanOptions", "PlanService", "Resolution", "ScreenText"]

# Connections the person has said no to, or finished with, are not part of the plan ahead.
_HIDDEN_CONNECTIONS = {ConnectionStatus.DECLINED, ConnectionStatus.COMPLETED}


def _is_new(record: Goal | Connection, latest: Conversation | None, follow_up: bool) -> bool:
    """Agreed in the latest conversation of a follow-up (or added since it began)."""
    if not follow_up or latest is None:
        return False
    if record.conversation_id:
        return record.conversation_id == latest.id
    return record.created_at >= latest.created_at


class PlanService:
    def __init__(
        self,
        repos: Repositories,
        audit: AuditLog,
        settings: Callable[[], WorkspaceSettings],
        today: Callable[[], date] = SYSTEM_CLOCK.today,
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
        conversations = r.conversations.for_person(person_id, newest_first=True)
        what_matters = next((c.what_matters for c in conversations if c.what_matters.strip()), "")
        latest = conversations[0] if conversations else None
        follow_up = len(conversations) > 1
        notes = self._progress_notes(person_id)
        goals = [
            PlanGoal(
                text=g.text,
                why=g.why,
                first_step=g.first_step,
                target_date=g.target_date,
                status=g.status,
                progress_note=notes.get(g.id, ""),
                is_new=_is_new(g, latest, follow_up),
            )
            for g in r.goals.for_person(person_id)
            if g.status != GoalStatus.STOPPED
        ]
        connections = [
            replace(self._connection(c), is_new=_is_new(c, latest, follow_up))
            for c in r.connections.for_person(person_id)
            if c.status not in _HIDDEN_CONNECTIONS
        ]
        booked = [
            f
            for f in r.follow_ups.for_person(person_id)
            if f.status == FollowUpStatus.BOOKED and f.due_on >= today
        ]
        meeting = (
            PlanMeeting(on=booked[0].due_on, kind=booked[0].kind, venue=booked[0].venue)
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
            follow_up=follow_up,
            language=resolve(person.preferred_language, person.plan_language).language.code,
        )

    def _progress_notes(self, person_id: str) -> dict[str, str]:
        """Each goal's latest progress note (the worker's agreed words), by goal id."""
        notes: dict[str, str] = {}
        for p in self.repos.goal_progress.for_person(person_id):
            if p.note.strip():
                notes[p.goal_id] = p.note
        return notes

    def _connection(self, c: Connection) -> PlanConnection:
        service: Service | None = None
        if c.service_id:
            try:
                service = self.repos.services.get(c.service_id)
            except NotFoundError:
                service = None  # removed from the directory: the connection still prints
        if service is None:
            return PlanConnection(
                name=c.name,  # the plan says "A service" in its language when empty
                what=c.details,
                person_action=c.person_action,
                worker_action=c.worker_action,
                due_on=c.due_on,
            )
        lines = [*service.address.split("\n"), service.postcode]  # address lines, one per line
        where = ", ".join(p.strip() for p in lines if p.strip())
        return PlanConnection(
            name=c.name or service.name,
            what=c.details or service.description,
            when=service.schedule,
            where=where,
            how_to_get_there=service.how_to_get_there,
            cost=service.cost,
            free=service.is_free,
            phone=service.phone,
            email=service.email,
            website=service.website,
            person_action=c.person_action,
            worker_action=c.worker_action,
            due_on=c.due_on,
        )

    # -- language ------------------------------------------------------------------------------

    @staticmethod
    def languages() -> list[Language]:
        """The languages a plan can be printed in (English first, each with its review status)."""
        return languages()

    def plan_language(self, person_id: str, override: str = "") -> Resolution:
        """The language this person's plan prints in: ``override`` (a code chosen at print
        time), else their plan language, else their preferred language, else English. The
        resolution's ``note`` is one line for the worker when it falls back to English."""
        person = self.repos.people.get(person_id)
        return resolve(person.preferred_language, override.strip() or person.plan_language)

    @staticmethod
    def language_code(text: str) -> str:
        """The CLDR code of a language given by code or name, English or native ("cy",
        "Welsh", "Cymraeg" -> "cy"; "Bengali" -> "bn"), the way the preferred-language field
        reads it; "" when it is no language at all ("cyy", a path)."""
        return code_for(text)

    @staticmethod
    def resolve_language(preferred_language: str, plan_language: str = "") -> Resolution:
        """The language a plan would print in for these two fields (the person dialog shows
        it as the worker types): ``plan_language`` (a code) wins, else the free-text
        preferred language ("Welsh", "Cymraeg", "cy"), else English with a ``note``."""
        return resolve(preferred_language, plan_language)

    @staticmethod
    def screen_text(code: str) -> ScreenText:
        """Every fixed word of the show-the-person view in a plan language (the GUI's
        read-back and F11 view; dates, goal statuses, life areas through its methods).
        ValidationError for a language with no catalogue."""
        return ScreenText.for_language(code)

    @staticmethod
    def wellbeing_instrument(code: str, instrument: str) -> Instrument:
        """A built-in wellbeing instrument ("ONS4", "UCLA3") with its questions and answer
        labels in a plan language, worded as the GSS harmonised standards word them in
        English (``domain/measures.py``). KeyError for an unknown instrument;
        ValidationError for a language with no catalogue."""
        return instrument_in(code, instrument)

    def set_plan_language(self, person_id: str, code: str) -> Person:
        """Keep a language for this person's plans ("" to follow their preferred language).

        ValidationError for a language with no catalogue."""
        person = self.repos.people.get(person_id)
        person.plan_language = normalise_code(code) if code.strip() else ""
        if person.plan_language and person.plan_language not in {x.code for x in languages()}:
            raise ValidationError(wt("There is no plan in {code} yet.", code=repr(code.strip())))
        with self.repos.ws.transaction():
            self.repos.people.update(person)
            self.audit.record(AuditAction.EDITED, "person", person.id, person_id=person.id)
        return person

    # -- building ------------------------------------------------------------------------------

    def options(
        self, *, large_print: bool = False, easy_read: bool = False, language: str = ""
    ) -> PlanOptions:
        """Print options from settings; ``language`` "" prints in the plan data's language."""
        size = self._settings().plan_font_size
        return PlanOptions(
            font_size=size, large_print=large_print, easy_read=easy_read, language=language
        )

    @staticmethod
    def render(data: PlanData, options: PlanOptions) -> bytes:
        """Build the PDF from data already read (pure: safe on a background thread)."""
        return build_plan_pdf(data, options)

    def build_pdf(
        self,
        person_id: str,
        *,
        large_print: bool = False,
        easy_read: bool = False,
        language: str = "",
    ) -> bytes:
        """The plan as PDF bytes, in memory only, in ``language`` (a code) or the person's."""
        data = self.plan_data(person_id)
        code = self.plan_language(person_id, language).language.code
        options = self.options(large_print=large_print, easy_read=easy_read, language=code)
        return build_plan_pdf(data, options)

    def save_pdf(
        self,
        person_id: str,
        path: Path,
        *,
        large_print: bool = False,
        easy_read: bool = False,
        language: str = "",
    ) -> Path:
        """Write the plan to a path the user picked, atomically; note it in the audit log."""
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            raise LinkDeskError(f"Save the plan as a .pdf file (not {path.name}).")
        pdf = self.build_pdf(
            person_id, large_print=large_print, easy_read=easy_read, language=language
        )
        atomic_write_bytes(path, pdf)
        self.audit.record(
            AuditAction.EXPORTED, "plan", person_id, person_id=person_id, detail="pdf"
        )
        return path

    def record_printed(self, person_id: str) -> None:
        """Note in the audit log that the plan went to a printer (no personal text)."""
        self.repos.people.get(person_id)  # a clear error when the person has gone
        self.audit.record(AuditAction.PRINTED, "plan", person_id, person_id=person_id)
