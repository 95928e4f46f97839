"""Realistic synthetic demo data, made through the same services the GUI uses.

Each person gets a referral whose story fits its status (received, contacted, active, closed,
declined), consent decisions, conversations with "what matters to me" in their own words,
needs, goals with progress, connections to the demo directory, ONS4 and UCLA-3 measures, and
follow-ups (upcoming, overdue, done and missed). Deterministic for a seed; dates are relative
to today so follow-ups are upcoming or overdue whenever the demo is made.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from linkdesk.domain.enums import (
    ConnectionStatus,
    ConsentMethod,
    ConsentScope,
    ConversationKind,
    FollowUpKind,
    FollowUpStatus,
    GoalStatus,
    LetterRecipient,
    ReferralSource,
    Timepoint,
)
from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.life_areas import LIFE_AREAS_BY_KEY
from linkdesk.domain.models import (
    Connection,
    Conversation,
    FollowUp,
    Goal,
    Letter,
    Need,
    Referral,
    Service,
)
from linkdesk.domain.referral_rules import ClosureOutcome, ReferralStatus
from linkdesk.domain.working_days import next_working_day
from linkdesk.fileio.protected import ANCHOR_SUFFIX
from linkdesk.services import demo_bank as bank
from linkdesk.services import demo_tables as tables
from linkdesk.store.instance_lock import InstanceLock

if TYPE_CHECKING:
    from linkdesk.services.app_services import AppServices

Progress = Callable[[int, int], None]

BATCH = 500  # people per transaction: fast, and progress shows between batches
DEMO_WORKER = "Sam Taylor (demo link worker)"


@dataclass
class _Plan:
    """What one person's first conversation produced, carried to later ones."""

    goals: list[Goal] = field(default_factory=list)
    connections: list[Connection] = field(default_factory=list)
    baseline_on: date | None = None
    improver: bool = True
    ons: list[int] = field(default_factory=list)
    ucla: list[int] = field(default_factory=list)
    followed_up: bool = False


class DemoGenerator:
    def __init__(self, services: AppServices, seed: int, today: date) -> None:
        self.s = services
        self.rng = random.Random(seed)
        self.today = today
        self.phrases = bank.load("phrases")
        self.used_nhs: set[str] = set()
        self.by_category: dict[str, list[Service]] = {}
        self.reason_area = "loneliness"  # the life area the current referral is mostly about
        self.next_meetings = 0
        self.open_cases = 0

    # -- directory ---------------------------------------------------------------------------

    def add_directory(self, extra: int = 0) -> None:
        made = bank.demo_services(self.rng, self.today)
        made += bank.bench_services(self.rng, self.today, extra)
        for service in made:
            self.s.directory.save(service, new=True)
        for service in made[:80]:  # people are connected to the core demo services
            for category in service.categories:
                self.by_category.setdefault(category, []).append(service)

    # -- one person --------------------------------------------------------------------------

    def add_person(self) -> None:
        rng, today = self.rng, self.today
        person = bank.make_person(rng, today, self.used_nhs)
        status: ReferralStatus = bank.weighted(rng, tables.STATUS_WEIGHTS)
        low, high = tables.AGE_RANGE[status]
        received = today - timedelta(days=rng.randint(low, high))
        source: ReferralSource = bank.weighted(rng, tables.SOURCE_WEIGHTS)
        orgs = self.phrases["referrer_orgs"][source.value]
        reason, self.reason_area = rng.choice(self.phrases["referral_reasons"])
        referral = Referral(
            person_id="",
            received_on=received,
            source=source,
            referrer_name=rng.choice(self.phrases["referrer_names"][source.value]),
            referrer_organisation=rng.choice(orgs),
            reason=reason,
        )
        self.s.people.add_person(person, referral)
        pid, people = person.id, self.s.people
        if status == ReferralStatus.RECEIVED:
            self._next_follow_up(pid, referral, kind=FollowUpKind.PHONE, chance=0.6)
            return
        contact_on = min(today, self._weekday(received + timedelta(days=rng.randint(1, 10))))
        self._consent(pid, contact_on)
        people.change_referral_status(referral.id, ReferralStatus.CONTACTED, on=contact_on)
        if status == ReferralStatus.CONTACTED:
            self._next_follow_up(pid, referral, kind=FollowUpKind.IN_PERSON, chance=0.95)
            return
        if status == ReferralStatus.DECLINED or (
            status == ReferralStatus.CLOSED and rng.random() < 0.12
        ):
            ends = min(today, contact_on + timedelta(days=rng.randint(0, 14)))
            if status == ReferralStatus.DECLINED:
                people.change_referral_status(referral.id, status, on=ends)
            else:
                people.change_referral_status(
                    referral.id,
                    status,
                    on=ends,
                    closure_reason="Could not contact",
                    outcome=ClosureOutcome.COULD_NOT_CONTACT,
                )
            return
        first_on = min(today, self._weekday(contact_on + timedelta(days=rng.randint(3, 21))))
        # As finishing the first conversation does it (marked automatic in the history).
        people.change_referral_status(
            referral.id, ReferralStatus.ACTIVE, on=first_on, automatic=True
        )
        self._casework(pid, referral, first_on, closing=status == ReferralStatus.CLOSED)

    def _weekday(self, day: date) -> date:
        """Meetings fall on working days (no weekends or bank holidays)."""
        return next_working_day(day)

    def _pick(self, key: str) -> str:
        return str(self.rng.choice(self.phrases[key]))

    def _consent(self, pid: str, on: date) -> None:
        rng = self.rng
        method = bank.weighted(
            rng,
            {ConsentMethod.VERBAL: 55, ConsentMethod.PHONE: 25, ConsentMethod.WRITTEN: 20},
        )
        chances = {
            ConsentScope.STORE: 0.99,
            ConsentScope.SHARE_GP: 0.88,
            ConsentScope.SHARE_SERVICES: 0.8,
        }
        if rng.random() < 0.5:
            chances[ConsentScope.SHARE_REFERRER] = 0.7
        for scope, chance in chances.items():
            self.s.people.record_consent(
                pid, scope, rng.random() < chance, method=method, on=on, recorded_by=DEMO_WORKER
            )
        if rng.random() < 0.03:  # changed their mind later
            later = min(self.today, on + timedelta(days=rng.randint(10, 60)))
            self.s.people.record_consent(
                pid,
                ConsentScope.SHARE_SERVICES,
                False,
                method=ConsentMethod.PHONE,
                on=later,
                recorded_by=DEMO_WORKER,
                note="Asked us not to pass details on any more.",
            )

    def _casework(self, pid: str, referral: Referral, first_on: date, *, closing: bool) -> None:
        rng, today = self.rng, self.today
        dates = [first_on]
        wanted = rng.choice([2, 3, 3, 4, 4, 5, 6]) if closing else 6  # active: up to recent weeks
        while len(dates) <= wanted:
            nxt = self._weekday(dates[-1] + timedelta(days=rng.randint(21, 56)))
            if nxt >= today:
                break
            dates.append(nxt)
        plan = _Plan(improver=rng.random() < 0.68)
        for i, held_on in enumerate(dates):
            last = i == len(dates) - 1
            if i == 0:
                kind = ConversationKind.FIRST
            elif closing and last:
                kind = ConversationKind.CLOSING
            else:
                kind = ConversationKind.REVIEW if i % 3 == 0 else ConversationKind.FOLLOW_UP
            if i > 0:  # the meeting that brought them back (booked at the one before)
                self._meeting_history(pid, referral, dates[i - 1], held_on)
            self._conversation(pid, referral, held_on, kind, plan, i, closing and last)
        if closing:
            outcome = bank.weighted(rng, tables.CLOSURE_OUTCOMES)
            reason = rng.choice(tables.CLOSURE_REASONS_BY_OUTCOME[outcome])
            self.s.people.change_referral_status(
                referral.id,
                ReferralStatus.CLOSED,
                on=dates[-1],
                closure_reason=reason,
                outcome=outcome,
            )
            if rng.random() < 0.6:
                self._letter(pid, referral, dates[-1])
        else:
            if rng.random() < 0.03:
                self._unfinished(pid, referral, dates[-1])
            # Every 10th open case has nothing booked: some drift out of touch (Today's list).
            self.open_cases += 1
            chance = 0.0 if self.open_cases % 10 == 4 else 1.0
            self._next_follow_up(pid, referral, kind=None, chance=chance, after=dates[-1])

    def _meeting_history(self, pid: str, referral: Referral, booked: date, held: date) -> None:
        """The booking for ``held``: mostly attended; some missed, cancelled or rebooked first."""
        rng = self.rng
        roll = rng.random()
        earlier = self._weekday(held - timedelta(days=7))
        if booked < earlier < held and roll < 0.12:
            self._follow_up(pid, referral, earlier, FollowUpStatus.DID_NOT_ATTEND, booked_on=booked)
        elif booked < earlier < held and roll < 0.16:
            self._follow_up(
                pid, referral, earlier, FollowUpStatus.CANCELLED_BY_PERSON, booked_on=booked
            )
        elif booked < earlier < held and roll < 0.20:
            attended = self._follow_up(
                pid, referral, held, FollowUpStatus.ATTENDED, booked_on=earlier
            )
            self._follow_up(
                pid,
                referral,
                earlier,
                FollowUpStatus.REBOOKED,
                booked_on=booked,
                outcome_on=max(booked, earlier - timedelta(days=2)),
                rebooked_to=attended.id,
            )
            return
        self._follow_up(pid, referral, held, FollowUpStatus.ATTENDED, booked_on=booked)

    def _unfinished(self, pid: str, referral: Referral, last: date) -> None:
        """A follow-up conversation started and left part-way (Today offers to resume it)."""
        held = max(last, self.today - timedelta(days=self.rng.randint(0, 6)))
        conv = self.s.casework.start_conversation(
            pid,
            kind=ConversationKind.FOLLOW_UP,
            held_on=held,
            venue=self._pick("venues"),
            referral_id=referral.id,
        )
        conv.current_step = self.rng.choice(["matters", "areas", "goals", "connections"])
        conv.what_matters = self._pick("follow_up_words")
        self.s.casework.save_conversation(conv)

    def _letter(self, pid: str, referral: Referral, on: date) -> None:
        """The message back to the GP at closure (its facts: the demo makes no PDF)."""
        record = self.s.people.record(pid, audit=False)
        shared = record.consent_for(ConsentScope.SHARE_GP)
        letter = Letter(
            person_id=pid,
            referral_id=referral.id,
            recipient=LetterRecipient.GP.value,
            made_on=on,
            narrative=bool(shared and shared.given),
            codes=[referral.snomed_code] if referral.snomed_code else [],
        )
        self.s.letters.import_letter(letter)

    def _conversation(
        self,
        pid: str,
        referral: Referral,
        held_on: date,
        kind: ConversationKind,
        plan: _Plan,
        index: int,
        is_exit: bool,
    ) -> None:
        rng, cw = self.rng, self.s.casework
        venue = self._pick("venues")
        conv = cw.start_conversation(
            pid, kind=kind, held_on=held_on, venue=venue, referral_id=referral.id
        )
        conv.what_matters = bank.what_matters(rng) if index == 0 else self._update_words(plan)
        conv.notes = self._pick("first_notes" if index == 0 else "review_notes")
        if rng.random() < 0.02:
            conv.safeguarding_concern = True
            conv.safeguarding_note = self._pick("safeguarding_notes")
        conv.current_step = "plan"
        conv.completed = True
        cw.save_conversation(conv)
        if index == 0:
            self._first_plan(pid, conv, plan)
        else:
            self._review(conv, plan, is_exit)

    def _update_words(self, plan: _Plan) -> str:
        rng = self.rng
        if rng.random() < 0.75:
            return self._pick("follow_up_words")
        return bank.what_matters(rng)

    def _first_plan(self, pid: str, conv: Conversation, plan: _Plan) -> None:
        rng, cw = self.rng, self.s.casework
        others = [a for a in LIFE_AREAS_BY_KEY if a != self.reason_area]
        areas = [self.reason_area, *rng.sample(others, rng.choice([0, 1, 1, 2, 2, 3]))]
        for area in areas:
            cw.save_need(
                Need(
                    person_id=pid,
                    conversation_id=conv.id,
                    area=area,
                    importance=rng.choice([1, 2, 2, 3, 3, 3]),
                    words=rng.choice(self.phrases["need_words"][area]),
                ),
                new=True,
            )
        for area in areas[: rng.choice([1, 1, 2, 2, 3])]:
            text, why, first_step = rng.choice(self.phrases["goals"][area])
            goal = Goal(
                person_id=pid,
                conversation_id=conv.id,
                text=text,
                why=f"{why[0].upper()}{why[1:]}.",
                first_step=first_step,
                target_date=conv.held_on + timedelta(days=rng.randint(28, 120)),
            )
            cw.save_goal(goal, new=True, today=conv.held_on)
            plan.goals.append(goal)
            self._connect(pid, conv, goal, area, plan)
        if rng.random() < 0.85:
            plan.baseline_on = conv.held_on
            plan.ons = [rng.randint(2, 7), rng.randint(2, 7), rng.randint(1, 7), rng.randint(3, 10)]
            plan.ucla = [rng.choice([1, 2, 2, 3, 3]) for _ in range(3)]
            cw.record_measure(pid, "ONS4", list(plan.ons), conversation_id=conv.id, on=conv.held_on)
            if rng.random() < 0.9:
                cw.record_measure(
                    pid, "UCLA3", list(plan.ucla), conversation_id=conv.id, on=conv.held_on
                )

    def _connect(self, pid: str, conv: Conversation, goal: Goal, area: str, plan: _Plan) -> None:
        rng = self.rng
        options = [
            s for c in LIFE_AREAS_BY_KEY[area].categories for s in self.by_category.get(c, [])
        ]
        connection = Connection(
            person_id=pid,
            goal_id=goal.id,
            conversation_id=conv.id,
            person_action=self._pick("person_actions"),
            worker_action=self._pick("worker_actions") if rng.random() < 0.8 else "",
            due_on=conv.held_on + timedelta(days=rng.randint(5, 21)),
            status=ConnectionStatus.AGREED if rng.random() < 0.8 else ConnectionStatus.SUGGESTED,
        )
        if options and rng.random() < 0.85:
            connection.service_id = rng.choice(options).id
        else:
            connection.name, connection.details = rng.choice(self.phrases["free_connections"])
        self.s.casework.save_connection(connection, new=True)
        plan.connections.append(connection)

    def _review(self, conv: Conversation, plan: _Plan, is_exit: bool) -> None:
        rng, cw = self.rng, self.s.casework
        for goal in plan.goals:
            if goal.status in (GoalStatus.ACHIEVED, GoalStatus.STOPPED, GoalStatus.CHANGED):
                continue
            status = (
                bank.weighted(rng, tables.GOAL_ENDINGS)
                if goal.status == GoalStatus.IN_PROGRESS or is_exit
                else GoalStatus.IN_PROGRESS
            )
            note = rng.choice(self.phrases["progress_notes"][status.value])
            cw.record_goal_progress(
                goal.id, status, note=note, conversation_id=conv.id, on=conv.held_on
            )
            goal.status = status
        for connection in plan.connections:
            if connection.status in (ConnectionStatus.AGREED, ConnectionStatus.SUGGESTED):
                connection.status = bank.weighted(rng, tables.CONNECTION_ENDINGS)
                cw.save_connection(connection, new=False)
        due = plan.baseline_on and (conv.held_on - plan.baseline_on).days >= 42
        if due and (is_exit or not plan.followed_up):
            point = Timepoint.EXIT if is_exit and plan.followed_up else Timepoint.FOLLOW_UP
            plan.followed_up = True
            ons, ucla = self._changed_scores(plan)
            cw.record_measure(
                conv.person_id,
                "ONS4",
                ons,
                timepoint=point,
                conversation_id=conv.id,
                on=conv.held_on,
            )
            if plan.ucla:
                cw.record_measure(
                    conv.person_id,
                    "UCLA3",
                    ucla,
                    timepoint=point,
                    conversation_id=conv.id,
                    on=conv.held_on,
                )

    def _changed_scores(self, plan: _Plan) -> tuple[list[int | None], list[int | None]]:
        rng = self.rng

        def move(value: int, better_up: bool, low: int, high: int, span: int) -> int:
            step = rng.randint(0, span) if plan.improver else rng.randint(-1, 1)
            return max(low, min(high, value + (step if better_up else -step)))

        ons = [move(v, True, 0, 10, 3) for v in plan.ons[:3]] + [move(plan.ons[3], False, 0, 10, 3)]
        ucla = [move(v, False, 1, 3, 1) for v in plan.ucla]
        plan.ons, plan.ucla = ons, ucla
        ons_answers: list[int | None] = list(ons)
        if rng.random() < 0.03:
            ons_answers[rng.randrange(4)] = None  # preferred not to answer one
        ucla_answers: list[int | None] = list(ucla)
        return ons_answers, ucla_answers

    # -- follow-ups --------------------------------------------------------------------------

    def _follow_up(
        self,
        pid: str,
        referral: Referral,
        on: date,
        status: FollowUpStatus,
        *,
        booked_on: date | None = None,
        kind: FollowUpKind | None = None,
        outcome_on: date | None = None,
        rebooked_to: str | None = None,
    ) -> FollowUp:
        rng = self.rng
        drawn = bank.weighted(
            rng,
            {
                FollowUpKind.IN_PERSON: 55,
                FollowUpKind.PHONE: 30,
                FollowUpKind.HOME_VISIT: 10,
                FollowUpKind.VIDEO: 5,
            },
        )
        follow_up = FollowUp(
            person_id=pid,
            referral_id=referral.id,
            due_on=on,
            kind=kind or drawn,
            status=status,
            booked_on=min(booked_on or on, on),
            outcome_on=(outcome_on or on) if status.is_outcome else None,
            rebooked_to=rebooked_to,
        )
        return self.s.bookings.record(follow_up)

    def _next_follow_up(
        self,
        pid: str,
        referral: Referral,
        *,
        kind: FollowUpKind | None,
        chance: float,
        after: date | None = None,
    ) -> None:
        """The next meeting: mostly upcoming, a few due today, a few overdue (not yet settled)."""
        rng, today = self.rng, self.today
        if rng.random() >= chance:
            return
        booked = after or max(referral.received_on, today - timedelta(days=rng.randint(1, 14)))
        # A steady spread whatever the size: every 9th next meeting is overdue (not yet
        # settled), every 15th due today (on a working day), the rest in the next six weeks.
        self.next_meetings += 1
        if self.next_meetings % 15 == 3 and next_working_day(today) == today:
            due = today
        elif self.next_meetings % 9 == 2:
            due = self._weekday(today - timedelta(days=rng.randint(1, 21)))
            if due >= today:
                due = today - timedelta(days=1)
        else:
            due = self._weekday(today + timedelta(days=rng.randint(1, 42)))
        self._follow_up(
            pid, referral, due, FollowUpStatus.BOOKED, booked_on=min(booked, due), kind=kind
        )


def generate_demo(
    services: AppServices, *, people: int = 300, seed: int = 1, progress: Progress | None = None
) -> None:
    """Fill an empty workspace with ``people`` synthetic people (deterministic for a seed)."""
    generate(services, people=people, seed=seed, progress=progress)


def generate(
    services: AppServices,
    *,
    people: int = 300,
    seed: int = 1,
    progress: Progress | None = None,
    extra_services: int = 0,
    today: date | None = None,
) -> None:
    """The generator behind :func:`generate_demo`; benchmarks add extra services."""
    if not services.settings.current.worker_name:  # the name printed on plans
        services.settings.save(
            replace(
                services.settings.current,
                worker_name=DEMO_WORKER,
                worker_phone="01632 960123",
                organisation="Demo Primary Care Network",
            )
        )
    gen = DemoGenerator(services, seed, today or services.clock.today())
    with services.bulk():
        gen.add_directory(extra_services)
    done = 0
    while done < people:
        size = min(BATCH, people - done)
        with services.bulk():
            for i in range(1, size + 1):
                gen.add_person()
                if progress and i % 100 == 0 and i < size:
                    progress(done + i, people)
        done += size
        if progress:
            progress(done, people)


def remove_old_demos(folder: Path) -> None:
    """Delete earlier demo workspaces (``demo-*.linkdesk``) that no LinkDesk window has open."""
    for old in folder.glob("demo-*.linkdesk"):
        lock = InstanceLock(old)
        try:
            lock.acquire()
        except LinkDeskError:  # WorkspaceInUseError among them: in use, leave it
            continue
        try:
            for suffix in ("-wal", "-shm", ANCHOR_SUFFIX):
                Path(f"{old}{suffix}").unlink(missing_ok=True)
            old.unlink(missing_ok=True)
        finally:
            lock.release(close=True)  # the file is gone: keep no descriptor of it
            if lock.lock_file is not None:  # only where the lock needs a file (not Linux)
                lock.lock_file.unlink(missing_ok=True)
