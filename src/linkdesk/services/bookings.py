"""Bookings and what became of them: book, rebook, record an outcome, suggest the next date.

Rules (each applies however the booking is reached: Finish step, person view, Today, CLI):
- One upcoming booking per person: booking again replaces the upcoming one (moved in place when
  it was made today, a same-day correction; otherwise marked *rebooked* and linked to the new
  one), so a follow-up never proposes or makes a second upcoming booking.
- A booking dated in the past is recorded, with a gentle warning returned to the caller (it is
  then overdue until its outcome is recorded). A weekend or bank holiday gets a warning too.
- An outcome can be changed as often as needed; each change is kept as history and the booking
  always shows the latest. Undoing *rebooked* withdraws the replacement while it is still only
  booked, so no stale booking is left behind.
- Finishing a conversation settles every booking due by its date: the latest is *attended*
  (held as that conversation), earlier ones *did not attend*; each is marked automatic in the
  history so the worker can see and correct it.
Every call commits at once and writes an audit entry holding ids and statuses only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from linkdesk.domain.clock import SYSTEM_CLOCK, Clock
from linkdesk.domain.enums import AuditAction, FollowUpKind, FollowUpStatus
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Conversation, FollowUp
from linkdesk.domain.settings import WorkspaceSettings
from linkdesk.domain.worker_text import day_name, wt, wt_noop
from linkdesk.domain.working_days import DEFAULT_REGION, REGIONS, bank_holiday, suggest_date
from linkdesk.services.history import StatusHistory
from linkdesk.store.audit import AuditLog
from linkdesk.store.repositories import Repositories

PAST_WARNING = wt_noop(
    "That date has passed, so the booking is recorded as overdue. "
    "Record whether they came (attended or did not attend)."
)
OUTCOMES = tuple(s for s in FollowUpStatus if s.is_outcome)


@dataclass(frozen=True, slots=True)
class BookingResult:
    """A booking made or moved. ``replaced``: the upcoming booking it replaced (now rebooked,
    or the same row moved when ``moved_in_place``). ``warnings``: gentle notes to show."""

    follow_up: FollowUp
    replaced: FollowUp | None = None
    moved_in_place: bool = False
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OutcomeResult:
    """An outcome recorded. ``withdrawn``: the replacement booking removed because the booking
    is no longer rebooked. ``changed``: False when the outcome was already this one."""

    follow_up: FollowUp
    previous: FollowUp | None = None
    changed: bool = True
    withdrawn: FollowUp | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the Finish step should offer: ``upcoming`` when a booking already exists (offer to
    keep or move it, never a second one), else a working day ``on``."""

    on: date
    upcoming: FollowUp | None = None


class BookingService:
    def __init__(
        self,
        repos: Repositories,
        audit: AuditLog,
        settings: Callable[[], WorkspaceSettings],
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.repos = repos
        self.audit = audit
        self._settings = settings
        self._today = clock.today
        self.history = StatusHistory(repos)
        self.records = self.history.records

    # -- reading -------------------------------------------------------------------------------

    def today(self) -> date:
        """The date this service works to (its injected clock)."""
        return self._today()

    def get(self, follow_up_id: str) -> FollowUp:
        return self.repos.follow_ups.get(follow_up_id)

    def for_person(self, person_id: str) -> list[FollowUp]:
        """Every booking, newest date first."""
        return self.repos.follow_ups.for_person(person_id, newest_first=True)

    def upcoming(self, person_id: str) -> FollowUp | None:
        """The booked meeting after today (a meeting today is the one being held)."""
        found = self.records.booked_after(person_id, self._today())
        return found[0] if found else None

    def due(self, person_id: str, on: date | None = None) -> list[FollowUp]:
        """Booked meetings due today or overdue, oldest first: what starting a conversation
        offers to mark attended."""
        return self.records.booked_by(person_id, on or self._today())

    def missed_count(self, person_id: str) -> int:
        return self.records.count_with_status(person_id, FollowUpStatus.DID_NOT_ATTEND)

    def region(self) -> str:
        region = self._settings().bank_holiday_region
        return region if region in REGIONS else DEFAULT_REGION

    def suggest(self, person_id: str, *, days: int | None = None) -> Suggestion:
        """The next meeting to offer: the upcoming booking if there is one, else a working day
        ``days`` (default: the follow-up interval setting) from today."""
        upcoming = self.upcoming(person_id)
        if upcoming is not None:
            return Suggestion(upcoming.due_on, upcoming)
        interval = days or self._settings().follow_up_days
        return Suggestion(suggest_date(self._today(), interval, self.region()))

    def warnings_for(self, due_on: date) -> tuple[str, ...]:
        """Gentle notes about a chosen date ('' for an ordinary working day from today on), in
        the worker's language (``domain/worker_text``)."""
        notes: list[str] = []
        if due_on < self._today():
            notes.append(wt(PAST_WARNING))
        if due_on.weekday() >= 5:
            notes.append(wt("That is a {day}.", day=day_name(due_on)))
        elif bank_holiday(due_on, self.region()):
            notes.append(wt("That is a bank holiday."))
        return tuple(notes)

    # -- booking -------------------------------------------------------------------------------

    def book(
        self,
        person_id: str,
        due_on: date,
        *,
        kind: FollowUpKind = FollowUpKind.IN_PERSON,
        venue: str = "",
        referral_id: str | None = None,
        note: str = "",
    ) -> BookingResult:
        """Book a meeting; it replaces the upcoming one (see the module rules)."""
        self.repos.people.get(person_id)  # a clear error when the person has gone
        today = self._today()
        warnings = self.warnings_for(due_on)
        referral_id = referral_id or self._current_referral(person_id)
        upcoming = self.upcoming(person_id) if due_on > today else None
        if upcoming is not None and upcoming.booked_on == today:
            before = FollowUp(**vars(upcoming))
            upcoming.due_on, upcoming.kind, upcoming.venue = due_on, kind, venue.strip()
            upcoming.referral_id = referral_id or upcoming.referral_id
            upcoming.note = note.strip() or upcoming.note
            with self.repos.ws.transaction():
                self.repos.follow_ups.update(upcoming)
                self.audit.record(
                    AuditAction.EDITED,
                    "follow_up",
                    upcoming.id,
                    person_id=person_id,
                    detail="moved",
                )
            return BookingResult(upcoming, before, moved_in_place=True, warnings=warnings)
        new = FollowUp(
            person_id=person_id,
            referral_id=referral_id,
            due_on=due_on,
            kind=kind,
            venue=venue.strip(),
            note=note.strip(),
            booked_on=today,
        )
        with self.repos.ws.transaction():
            self.repos.follow_ups.insert(new)
            self.history.booking_changed(new, "", on=today)
            self.audit.record(AuditAction.CREATED, "follow_up", new.id, person_id=person_id)
            if upcoming is not None:
                self._mark_rebooked(upcoming, new, today)
        return BookingResult(new, upcoming, warnings=warnings)

    def rebook(
        self,
        follow_up_id: str,
        due_on: date,
        *,
        kind: FollowUpKind | None = None,
        venue: str | None = None,
        reason: str = "",
    ) -> BookingResult:
        """Move a booking to another date: it is marked rebooked and a new booking made.

        Rebooking one already rebooked moves its replacement instead (no chain of stale rows).
        """
        old = self.get(follow_up_id)
        if old.status == FollowUpStatus.REBOOKED and old.rebooked_to:
            replacement = self.records.follow_up(old.rebooked_to)
            if replacement is not None and replacement.status == FollowUpStatus.BOOKED:
                return self.rebook(replacement.id, due_on, kind=kind, venue=venue, reason=reason)
        today = self._today()
        new = FollowUp(
            person_id=old.person_id,
            referral_id=old.referral_id,
            due_on=due_on,
            kind=kind or old.kind,
            venue=(venue if venue is not None else old.venue).strip(),
            booked_on=today,
        )
        with self.repos.ws.transaction():
            self.repos.follow_ups.insert(new)
            self.history.booking_changed(new, "", on=today)
            self.audit.record(AuditAction.CREATED, "follow_up", new.id, person_id=old.person_id)
            self._mark_rebooked(old, new, today, reason)
        return BookingResult(new, old, warnings=self.warnings_for(due_on))

    def _mark_rebooked(self, old: FollowUp, new: FollowUp, on: date, reason: str = "") -> None:
        previous = old.status
        old.status, old.outcome_on, old.rebooked_to = FollowUpStatus.REBOOKED, on, new.id
        self.repos.follow_ups.update(old)
        self.history.booking_changed(old, previous.value, on=on, reason=reason)
        self.audit.record(
            AuditAction.STATUS,
            "follow_up",
            old.id,
            person_id=old.person_id,
            detail=old.status.value,
        )

    def record(self, follow_up: FollowUp, *, reason: str = "") -> FollowUp:
        """Write a booking exactly as given (history, demo data, imports): no replacing, no
        warnings. Its booking and any outcome go into the history on their own dates."""
        follow_up.booked_on = follow_up.booked_on or self._today()
        if follow_up.status.is_outcome and follow_up.outcome_on is None:
            follow_up.outcome_on = follow_up.due_on
        with self.repos.ws.transaction():
            self.repos.follow_ups.insert(follow_up)
            status = follow_up.status
            follow_up.status = FollowUpStatus.BOOKED
            self.history.booking_changed(follow_up, "", on=follow_up.booked_on)
            follow_up.status = status
            if status.is_outcome and follow_up.outcome_on is not None:
                self.history.booking_changed(
                    follow_up, FollowUpStatus.BOOKED.value, on=follow_up.outcome_on, reason=reason
                )
            self.audit.record(
                AuditAction.CREATED, "follow_up", follow_up.id, person_id=follow_up.person_id
            )
        return follow_up

    # -- outcomes ------------------------------------------------------------------------------

    def set_outcome(
        self,
        follow_up_id: str,
        status: FollowUpStatus,
        *,
        on: date | None = None,
        reason: str = "",
        conversation_id: str | None = None,
        automatic: bool = False,
    ) -> OutcomeResult:
        """Record what became of a booking, or put it back to booked (an undo).

        Rebooked needs the new date: use :meth:`rebook`. Changing away from rebooked withdraws
        a replacement that is still only booked.
        """
        if status == FollowUpStatus.REBOOKED:
            raise ValidationError(wt("To rebook, choose the new date."), field="due_on")
        follow_up = self.get(follow_up_id)
        previous = FollowUp(**vars(follow_up))
        when = on or self._today()
        if follow_up.status == status and (
            status == FollowUpStatus.BOOKED or conversation_id in (None, follow_up.conversation_id)
        ):
            return OutcomeResult(follow_up, previous, changed=False)
        withdrawn = None
        with self.repos.ws.transaction():
            if previous.status == FollowUpStatus.REBOOKED and follow_up.rebooked_to:
                withdrawn = self._withdraw(follow_up.rebooked_to, follow_up.person_id)
            follow_up.status = status
            follow_up.rebooked_to = None
            follow_up.outcome_on = when if status.is_outcome else None
            if status == FollowUpStatus.ATTENDED:
                follow_up.conversation_id = conversation_id or follow_up.conversation_id
            else:
                follow_up.conversation_id = None
            self.repos.follow_ups.update(follow_up)
            self.history.booking_changed(
                follow_up, previous.status.value, on=when, reason=reason, automatic=automatic
            )
            self.audit.record(
                AuditAction.STATUS,
                "follow_up",
                follow_up.id,
                person_id=follow_up.person_id,
                detail=status.value,
            )
        return OutcomeResult(follow_up, previous, withdrawn=withdrawn)

    def mark_attended(
        self, follow_up_id: str, *, conversation_id: str | None = None, on: date | None = None
    ) -> OutcomeResult:
        """What starting a conversation offers for a booking due today or overdue."""
        return self.set_outcome(
            follow_up_id, FollowUpStatus.ATTENDED, on=on, conversation_id=conversation_id
        )

    def _withdraw(self, follow_up_id: str, person_id: str) -> FollowUp | None:
        found = self.records.follow_up(follow_up_id)
        if found is None or found.status != FollowUpStatus.BOOKED:
            return None  # already held or dealt with: it stands on its own now
        self.repos.follow_ups.delete(follow_up_id)
        self.audit.record(AuditAction.DELETED, "follow_up", follow_up_id, person_id=person_id)
        return found

    def settle_at_finish(self, conversation: Conversation) -> list[OutcomeResult]:
        """Finishing a conversation leaves no booking due by its date still booked: the latest
        is attended (held as this conversation), any earlier ones did not attend."""
        due = self.due(conversation.person_id, conversation.held_on)
        results = []
        for i, follow_up in enumerate(due):
            latest = i == len(due) - 1
            results.append(
                self.set_outcome(
                    follow_up.id,
                    FollowUpStatus.ATTENDED if latest else FollowUpStatus.DID_NOT_ATTEND,
                    on=conversation.held_on,
                    conversation_id=conversation.id if latest else None,
                    reason="Recorded when the conversation was finished",
                    automatic=True,
                )
            )
        return results

    def cancel_open(self, person_id: str, *, on: date, reason: str) -> list[OutcomeResult]:
        """Cancel (by the worker) every booking still open, e.g. when the referral closes."""
        open_ones = self.records.booked(person_id)
        return [
            self.set_outcome(
                f.id, FollowUpStatus.CANCELLED_BY_WORKER, on=on, reason=reason, automatic=True
            )
            for f in open_ones
        ]

    def _current_referral(self, person_id: str) -> str | None:
        referrals = self.repos.referrals.for_person(person_id, newest_first=True)
        open_ones = [r for r in referrals if r.status.is_open]
        chosen = open_ones or referrals
        return chosen[0].id if chosen else None
