"""The person's timeline (newest first): referral and status changes, contacts, bookings and
their outcomes, goals and their changes, measures, connections, consent changes and letters.

Titles and details are in the worker's language (``domain/worker_text``; English unless the
GUI set another), with CLDR dates in it; the person's own words (goal text, first steps,
reasons, venues) and service names go into the sentences as they are.

Read-only and a handful of indexed reads per person (< 50 ms on 20,000 people, see
``linkdesk bench``). Notes and safeguarding details are never put in an entry.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from linkdesk.domain.enums import (
    ConnectionStatus,
    ConsentMethod,
    ConsentScope,
    FollowUpKind,
    FollowUpStatus,
    GoalStatus,
    LetterRecipient,
    Timepoint,
)
from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.measures import INSTRUMENTS, score
from linkdesk.domain.models import PersonRecord
from linkdesk.domain.referral_rules import ClosureOutcome, ReferralStatus
from linkdesk.domain.timeline import TimelineEntry, TimelineKind
from linkdesk.domain.worker_text import label, short_day, wpt, wt, wt_noop
from linkdesk.store.day_records import DayRecords
from linkdesk.store.repositories import Repositories

# How consent was given, in the words the timeline has always used (the coded values).
_METHOD_WORDS = {
    ConsentMethod.VERBAL: wt_noop("verbal"),
    ConsentMethod.WRITTEN: wt_noop("written"),
    ConsentMethod.PHONE: wt_noop("phone"),
    ConsentMethod.ONLINE: wt_noop("online"),
}


def _day(stamp: str) -> date:
    return date.fromisoformat(stamp[:10])


class TimelineService:
    def __init__(self, repos: Repositories) -> None:
        self.repos = repos

    def for_person(self, person_id: str) -> list[TimelineEntry]:
        """Every entry for one person, newest first (NotFoundError if they have gone)."""
        return self._entries(self.repos.person_record(person_id))

    def for_record(self, record: PersonRecord) -> list[TimelineEntry]:
        """The same entries as :meth:`for_person`, from a record already read
        (``PeopleService.record``): only the status changes and letters, which a record
        does not hold, are read (the person view shows both without reading them twice)."""
        # The record lists these two newest first; the timeline reads them oldest first.
        return self._entries(
            replace(
                record,
                referrals=record.referrals[::-1],
                conversations=record.conversations[::-1],
            )
        )

    def _entries(self, rows: PersonRecord) -> list[TimelineEntry]:
        r, person_id = self.repos, rows.person.id
        entries: list[TimelineEntry] = []
        conversations = rows.conversations
        held = {c.id: c.held_on for c in conversations}
        changes = r.status_changes.for_person(person_id)

        for ref in rows.referrals:
            who = ", ".join(p for p in (ref.referrer_name, ref.referrer_organisation) if p)
            entries.append(
                TimelineEntry(
                    ref.received_on,
                    TimelineKind.REFERRAL_RECEIVED,
                    wt("Referral received from {source}", source=label(ref.source)),
                    who,
                    "referral",
                    ref.id,
                    ReferralStatus.RECEIVED.value,
                    order=ref.created_at,
                )
            )
        for ch in changes:
            if ch.referral_id is None or not ch.from_status:
                continue
            to = ReferralStatus(ch.to_status)
            title = wt("Referral {status}", status=label(to).lower())
            detail = ch.reason
            if ch.outcome:
                outcome = label(ClosureOutcome(ch.outcome)).lower()
                title = wt("{title}: {outcome}", title=title, outcome=outcome)
                detail = "" if ch.reason == ClosureOutcome(ch.outcome).label else ch.reason
            entries.append(
                TimelineEntry(
                    ch.changed_on,
                    TimelineKind.REFERRAL_STATUS,
                    title,
                    detail,
                    "referral",
                    ch.referral_id,
                    to.value,
                    ch.automatic,
                    ch.created_at,
                )
            )

        for c in conversations:
            kind = label(c.kind)
            entries.append(
                TimelineEntry(
                    c.held_on,
                    TimelineKind.CONVERSATION,
                    kind if c.completed else wt("{kind} (not finished)", kind=kind),
                    c.venue,
                    "conversation",
                    c.id,
                    c.kind.value,
                    order=c.created_at,
                )
            )

        with_history = {ch.follow_up_id for ch in changes if ch.follow_up_id and ch.from_status}
        for f in rows.follow_ups:
            how = label(FollowUpKind(f.kind)).lower()
            entries.append(
                TimelineEntry(
                    f.booked_on or _day(f.created_at),
                    TimelineKind.BOOKING_MADE,
                    wt("Booked {how} for {date}", how=how, date=short_day(f.due_on)),
                    f.venue,
                    "follow_up",
                    f.id,
                    FollowUpStatus.BOOKED.value,
                    order=f.created_at,
                )
            )
            if f.status.is_outcome and f.id not in with_history:  # made before history was kept
                entries.append(self._outcome(f.outcome_on or f.due_on, f.due_on, f.status, f.id))
        due = {f.id: f.due_on for f in rows.follow_ups}
        for ch in changes:
            if ch.follow_up_id is None or not ch.from_status:
                continue
            entries.append(
                self._outcome(
                    ch.changed_on,
                    due.get(ch.follow_up_id),
                    FollowUpStatus(ch.to_status),
                    ch.follow_up_id,
                    ch.reason,
                    ch.automatic,
                    ch.created_at,
                )
            )

        goals = {g.id: g for g in rows.goals}
        for g in goals.values():
            made = held.get(g.conversation_id or "") or _day(g.created_at)
            entries.append(
                TimelineEntry(
                    made,
                    TimelineKind.GOAL_SET,
                    wt("Goal set: {goal}", goal=g.text),
                    g.first_step,
                    "goal",
                    g.id,
                    GoalStatus.NOT_STARTED.value,
                    order=g.created_at,
                )  # fmt: skip
            )
        for p in rows.goal_progress:
            goal = goals.get(p.goal_id)
            text = goal.text if goal else wt("a goal")
            entries.append(
                TimelineEntry(
                    p.noted_on,
                    TimelineKind.GOAL_PROGRESS,
                    wt("{status}: {goal}", status=label(p.status), goal=text),
                    p.note,
                    "goal",
                    p.goal_id,
                    p.status.value,
                    order=p.created_at,
                )  # fmt: skip
            )

        for m in rows.measures:
            instrument = INSTRUMENTS.get(m.instrument)
            title = wpt("Wellbeing", instrument.title) if instrument else m.instrument
            try:
                lines = score(m.instrument, m.answers)
                detail = "; ".join(
                    f"{wpt('Wellbeing', line.label)} {'-' if line.value is None else line.value}"
                    for line in lines
                )
            except (KeyError, LinkDeskError):
                detail = ""  # answers an older version stored differently: still listed
            entries.append(
                TimelineEntry(
                    m.taken_on,
                    TimelineKind.MEASURE,
                    wt(
                        "{instrument} ({timepoint})",
                        instrument=title,
                        timepoint=label(Timepoint(m.timepoint)),
                    ),
                    detail,
                    "measure",
                    m.id,
                    m.timepoint.value,
                    order=m.created_at,
                )  # fmt: skip
            )

        for n in rows.connections:
            made = held.get(n.conversation_id or "") or _day(n.created_at)
            name = n.name or self._service_name(n.service_id)
            entries.append(
                TimelineEntry(
                    made,
                    TimelineKind.CONNECTION,
                    wt(
                        "Connection: {service} ({status})",
                        service=name,
                        status=label(ConnectionStatus(n.status)).lower(),
                    ),
                    n.person_action,
                    "connection",
                    n.id,
                    n.status.value,
                    order=n.created_at,
                )  # fmt: skip
            )

        for decision in rows.consents:
            scope = label(ConsentScope(decision.scope))
            entries.append(
                TimelineEntry(
                    decision.decided_on,
                    TimelineKind.CONSENT,
                    wt("Consent given: {scope}", scope=scope)
                    if decision.given
                    else wt("Consent not given: {scope}", scope=scope),
                    wt(_METHOD_WORDS.get(decision.method, decision.method.value)),
                    "consent",
                    decision.id,
                    "given" if decision.given else "refused",
                    order=decision.created_at,
                )  # fmt: skip
            )

        for letter in r.letters.for_person(person_id):
            recipient = label(LetterRecipient(letter.recipient))
            codes = ", ".join(letter.codes) or wt("none")
            entries.append(
                TimelineEntry(
                    letter.made_on,
                    TimelineKind.LETTER,
                    wt("Message back to the {recipient}", recipient=recipient),
                    wt("with the summary of support (consent); codes {codes}", codes=codes)
                    if letter.narrative
                    else wt("without the summary of support (consent); codes {codes}", codes=codes),
                    "letter",
                    letter.id,
                    letter.recipient,
                    order=letter.created_at,
                )  # fmt: skip
            )

        entries.sort(key=lambda e: (e.on, e.order), reverse=True)
        return entries

    def _outcome(
        self,
        on: date,
        due_on: date | None,
        status: FollowUpStatus,
        follow_up_id: str,
        reason: str = "",
        automatic: bool = False,
        order: str = "",
    ) -> TimelineEntry:
        said = label(status)
        if due_on:
            said = wt("{status} (meeting of {date})", status=said, date=short_day(due_on))
        return TimelineEntry(
            on,
            TimelineKind.BOOKING_OUTCOME,
            said,
            reason,
            "follow_up",
            follow_up_id,
            status.value,
            automatic,
            order,
        )

    def _service_name(self, service_id: str | None) -> str:
        if not service_id:
            return wt("a service")
        found = DayRecords(self.repos).service_name(service_id)
        return found or wt("a service no longer in the directory")
