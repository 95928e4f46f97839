"""The message back to the GP and the referrer: assemble, build (in memory), save, record.

Consent rules: the narrative (reason, what matters, needs, support, outcomes, closure outcome)
is included only when the person's latest decision for the recipient's scope (share with GP,
share with referrer) is *given* and not withdrawn; otherwise only identifiers, dates and codes,
and the letter says so. Each letter saved or printed is recorded (a ``letter`` row with the
recipient, date, consent flag and codes; never its text) and in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from linkdesk.domain.clock import SYSTEM_CLOCK, Clock
from linkdesk.domain.enums import (
    AuditAction,
    ConnectionStatus,
    ConsentScope,
    FollowUpStatus,
    LetterRecipient,
    Timepoint,
)
from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.letter import SNOMED_TERMS, ChartSeries, CodedEntry, LetterData, OutcomeLine
from linkdesk.domain.life_areas import LIFE_AREAS_BY_KEY
from linkdesk.domain.measures import LONELY, ONS4, UCLA3, change_meaning, ucla_total
from linkdesk.domain.models import Letter, Measure, Referral
from linkdesk.domain.referral_rules import (
    SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING,
    SNOMED_SOCIAL_PRESCRIBING_DECLINED,
    ReferralStatus,
)
from linkdesk.domain.settings import WorkspaceSettings
from linkdesk.exchange.atomic import atomic_write_bytes
from linkdesk.plan.letter import build_letter_pdf
from linkdesk.services.people import PeopleService, PersonRecord
from linkdesk.store.audit import AuditLog
from linkdesk.store.day_records import DayRecords
from linkdesk.store.repositories import Repositories

_SCOPE = {
    LetterRecipient.GP: ConsentScope.SHARE_GP,
    LetterRecipient.REFERRER: ConsentScope.SHARE_REFERRER,
}
_IMPORTANCE = {1: "matters a little", 2: "matters", 3: "matters a lot"}
_ONS_SHORT = {
    "life_satisfaction": "Life satisfaction (ONS4, 0-10)",
    "worthwhile": "Things done are worthwhile (ONS4, 0-10)",
    "happiness": "Happiness yesterday (ONS4, 0-10)",
    "anxiety": "Anxiety yesterday (ONS4, 0-10, lower is better)",
}
UCLA_LABEL = "Loneliness (UCLA-3, 3-9, lower is better)"
LONELY_LABEL = "How often lonely (1 never to 5 often/always)"


@dataclass(frozen=True)
class SavedLetter:
    path: Path
    letter: Letter


def codes_for(referral: Referral | None) -> tuple[CodedEntry, ...]:
    """The SNOMED CT codes the practice should enter for this episode (see domain/letter.py)."""
    if referral is None:
        return ()
    if referral.status == ReferralStatus.DECLINED:
        on = referral.closed_on or referral.status_changed_on
        return (
            CodedEntry(
                SNOMED_SOCIAL_PRESCRIBING_DECLINED,
                SNOMED_TERMS[SNOMED_SOCIAL_PRESCRIBING_DECLINED],
                on,
            ),
        )
    if referral.first_contact_on is not None:
        return (
            CodedEntry(
                SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING,
                SNOMED_TERMS[SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING],
                referral.first_contact_on,
            ),
        )
    return ()


class LetterService:
    def __init__(
        self,
        repos: Repositories,
        audit: AuditLog,
        people: PeopleService,
        settings: Callable[[], WorkspaceSettings],
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.repos = repos
        self.audit = audit
        self.people = people
        self._settings = settings
        self._today = clock.today

    # -- consent -------------------------------------------------------------------------------

    @staticmethod
    def consent_given(record: PersonRecord, to: LetterRecipient) -> bool:
        decision = record.consent_for(_SCOPE[LetterRecipient(to)])
        return decision is not None and decision.given and decision.withdrawn_on is None

    def may_share(self, person_id: str, to: LetterRecipient) -> bool:
        """True when the letter to ``to`` may carry the narrative (for the GUI to say so)."""
        return self.consent_given(self.people.record(person_id, audit=False), to)

    # -- assembling ----------------------------------------------------------------------------

    def letter_data(self, person_id: str, to: LetterRecipient) -> LetterData:
        to = LetterRecipient(to)
        record = self.people.record(person_id, audit=False)
        person, referral = record.person, record.current_referral
        narrative = self.consent_given(record, to)
        s = self._settings()
        notes: list[str] = []
        if referral is None:
            notes.append("No referral is recorded for this person in LinkDesk.")
        elif referral.status.is_open:
            notes.append("Support is still going on: this is an update, not a closing letter.")
        base = LetterData(
            recipient=to,
            made_on=self._today(),
            narrative=narrative,
            name=person.full_name,
            date_of_birth=person.date_of_birth,
            nhs_number=person.nhs_number,
            address=person.address,
            postcode=person.postcode,
            received_on=referral.received_on if referral else None,
            source=referral.source.label if referral else "",
            referrer=", ".join(
                p for p in (referral.referrer_name, referral.referrer_organisation) if p
            )
            if referral
            else "",
            first_contact_on=referral.first_contact_on if referral else None,
            status=referral.status.label if referral else "",
            closed_on=referral.closed_on if referral else None,
            addressed_to=self._addressed_to(to, referral),
            codes=codes_for(referral),
            worker_name=s.worker_name,
            worker_organisation=s.organisation,
            worker_phone=s.worker_phone,
            worker_email=s.worker_email,
            notes=tuple(notes),
        )
        if not narrative:
            return base
        return self._with_narrative(base, record, referral)

    @staticmethod
    def _addressed_to(to: LetterRecipient, referral: Referral | None) -> str:
        if to == LetterRecipient.REFERRER:
            if referral is None:
                return ""
            return ", ".join(
                p for p in (referral.referrer_name, referral.referrer_organisation) if p
            )
        if (
            referral is not None
            and referral.source.value == "gp"
            and referral.referrer_organisation
        ):
            return f"The GP, {referral.referrer_organisation}"
        return "The person's GP practice"

    def _with_narrative(
        self, base: LetterData, record: PersonRecord, referral: Referral | None
    ) -> LetterData:
        what_matters = next((c.what_matters for c in record.conversations if c.what_matters), "")
        needs = tuple(
            f"{LIFE_AREAS_BY_KEY[n.area].label if n.area in LIFE_AREAS_BY_KEY else n.area}"
            f" ({_IMPORTANCE.get(n.importance, 'matters')})"
            + (f": {n.words}" if n.words.strip() else "")
            for n in record.needs
        )
        support = tuple(
            f"{self._connection_name(c.name, c.service_id)} ({c.status.label.lower()})"
            for c in record.connections
            if c.status != ConnectionStatus.SUGGESTED
        )
        goals = tuple(f"{g.text} ({g.status.label.lower()})" for g in record.goals)
        held = [c for c in record.conversations if c.completed]
        attended = sum(1 for f in record.follow_ups if f.status == FollowUpStatus.ATTENDED)
        missed = sum(1 for f in record.follow_ups if f.status.is_missed)
        contacts = f"Conversations held: {len(held)}."
        if held:
            contacts += (
                f" First on {held[-1].held_on:%d/%m/%Y}, latest on {held[0].held_on:%d/%m/%Y}."
            )
        contacts += f" Booked meetings attended: {attended}; not attended: {missed}."
        outcomes, chart = outcome_lines(record.measures)
        closed = referral is not None and referral.status == ReferralStatus.CLOSED
        return replace(
            base,
            reason=referral.reason if referral else "",
            what_matters=what_matters,
            needs=needs,
            support=support,
            goals=goals,
            contacts=contacts,
            outcomes=outcomes,
            chart=chart,
            closure_outcome=(
                referral.closure_outcome.label
                if closed and referral is not None and referral.closure_outcome
                else ""
            ),
            closure_reason=referral.closure_reason if closed and referral is not None else "",
        )

    def _connection_name(self, name: str, service_id: str | None) -> str:
        if name:
            return name
        if service_id:
            found = DayRecords(self.repos).service_name(service_id)
            if found:
                return found
        return "A service no longer in the directory"

    # -- building, saving, recording -------------------------------------------------------------

    def build_pdf(self, person_id: str, to: LetterRecipient) -> bytes:
        """The letter as PDF bytes (a preview: nothing is recorded until saved or printed)."""
        return build_letter_pdf(self.letter_data(person_id, to))

    def save_pdf(self, person_id: str, to: LetterRecipient, path: Path) -> SavedLetter:
        """Write the letter where the user picked, atomically; record it and audit it."""
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            raise LinkDeskError(f"Save the letter as a .pdf file (not {path.name}).")
        data = self.letter_data(person_id, to)
        atomic_write_bytes(path, build_letter_pdf(data))
        return SavedLetter(path, self._record(person_id, data, AuditAction.EXPORTED))

    def record_printed(self, person_id: str, to: LetterRecipient) -> Letter:
        """Note that the letter went to a printer (after the GUI printed it)."""
        return self._record(person_id, self.letter_data(person_id, to), AuditAction.PRINTED)

    def _record(self, person_id: str, data: LetterData, action: AuditAction) -> Letter:
        record = self.people.record(person_id, audit=False)
        referral = record.current_referral
        letter = Letter(
            person_id=person_id,
            referral_id=referral.id if referral else None,
            recipient=data.recipient.value,
            made_on=data.made_on,
            narrative=data.narrative,
            codes=[c.code for c in data.codes],
        )
        with self.repos.ws.transaction():
            self.repos.letters.insert(letter)
            self.audit.record(
                action,
                "letter",
                letter.id,
                person_id=person_id,
                detail=f"to={data.recipient.value}; narrative={'yes' if data.narrative else 'no'}",
            )
        return letter

    def for_person(self, person_id: str) -> list[Letter]:
        return self.repos.letters.for_person(person_id, newest_first=True)

    def import_letter(self, letter: Letter) -> Letter:
        """Record a letter made elsewhere, as it stands (demo data, imports), with the same
        audit entry as one saved here."""
        with self.repos.ws.transaction():
            self.repos.letters.insert(letter)
            self.audit.record(
                AuditAction.EXPORTED,
                "letter",
                letter.id,
                person_id=letter.person_id,
                detail=f"to={letter.recipient}; narrative={'yes' if letter.narrative else 'no'}",
            )
        return letter


ValueOf = Callable[[Measure], "int | None"]


def _item_value(index: int) -> ValueOf:
    def value(m: Measure) -> int | None:
        return m.answers[index] if index < len(m.answers) else None

    return value


def _ucla_value(m: Measure) -> int | None:
    return ucla_total(m.answers) if len(m.answers) == len(UCLA3.items) else None


def outcome_lines(
    measures: list[Measure],
) -> tuple[tuple[OutcomeLine, ...], tuple[ChartSeries, ...]]:
    """Start vs latest follow-up for each score, and each score over time (for the chart)."""
    lines: list[OutcomeLine] = []
    series: list[ChartSeries] = []
    for instrument in (ONS4, UCLA3, LONELY):
        taken = sorted(
            (m for m in measures if m.instrument == instrument.key), key=lambda m: m.taken_on
        )
        if not taken:
            continue
        start = next((m for m in taken if m.timepoint == Timepoint.BASELINE), taken[0])
        later = [m for m in taken if m is not start and m.taken_on >= start.taken_on]
        latest = later[-1] if later else None
        keys: list[tuple[str, str, int, int, ValueOf]]
        if instrument is UCLA3:
            keys = [("total", UCLA_LABEL, 3, 9, _ucla_value)]
        else:
            keys = [
                (
                    item.key,
                    _ONS_SHORT.get(item.key, LONELY_LABEL),
                    item.low,
                    item.high,
                    _item_value(i),
                )
                for i, item in enumerate(instrument.items)
            ]
        for key, label, low, high, value_of in keys:
            before = value_of(start)
            if latest is not None:
                after = value_of(latest)
                meaning = (
                    change_meaning(instrument.key, key, before, after)
                    if before is not None and after is not None
                    else "not answered both times"
                )
                lines.append(OutcomeLine(label, before, after, meaning))
            points = tuple((m.taken_on, v) for m in taken if (v := value_of(m)) is not None)
            if len(points) >= 2:
                series.append(ChartSeries(label, points, low, high))
    return tuple(lines), tuple(series)
