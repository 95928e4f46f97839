"""One Table per record type, plus the named queries the use cases need.

Services ask for what they need by name (``unfinished_conversations(person_id)``); they never
pass SQL. Coded values (statuses, kinds) go into SQL as parameters, never as literals.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from linkdesk.domain.clock import SYSTEM_CLOCK, Clock
from linkdesk.domain.models import (
    CaseloadRow,
    Connection,
    Consent,
    Conversation,
    FollowUp,
    Goal,
    GoalProgress,
    Letter,
    Measure,
    Need,
    Person,
    PersonRecord,
    Referral,
    Service,
    StatusChange,
)
from linkdesk.domain.names import fold, search_words
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.store.mapper import Table
from linkdesk.store.schema import caseload_rule
from linkdesk.store.sql_functions import FULL_NAME_SQL

if TYPE_CHECKING:
    from linkdesk.store.workspace import Workspace


# Above this many matches the caseload is read in name order (see Repositories.caseload).
BROAD_MATCH = 1000


def fts_prefix_query(text: str) -> str:
    """Turn typed words into an FTS5 query where every word is a quoted prefix."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " AND ".join(f'"{w}"*' for w in words)


def caseload_match(search: str) -> str:
    """The FTS5 query for text typed in the caseload search ("" for no search): NHS-number
    prefixes for digits, every column when digits are mixed in (a postcode), else names."""
    digits = search.replace(" ", "")
    if digits.isdigit() and len(digits) >= 3:
        return f'nhs_number : "{digits}"*'
    if any(c.isdigit() for c in search):
        return fts_prefix_query(fold(search))  # e.g. a postcode: "LS8 2"
    # Letters only: names, folded as the index holds them ("Łukasz" as "lukasz", "O'Brien" as
    # "obrien"; domain/names.py). Most postcodes in one area start alike, so "L" would
    # otherwise match everyone in Leeds.
    words = " AND ".join(f'"{w}"*' for w in search_words(search))
    return f"{{given_name family_name preferred_name}} : ({words})" if words else ""


class PersonTable(Table[Person]):
    """The person table; its count is the figure the file keeps (schema.py PERSON_COUNT)."""

    def count(self) -> int:
        """How many people the workspace holds: person_count's one row, kept by triggers on
        every insert and delete of a person, so a keystroke reads one page instead of every
        person id (about 500 pages at 50,000 people, each decrypted on a cold cache)."""
        return int(self.ws.scalar("SELECT n FROM person_count WHERE id = 1"))

    def counted(self) -> int:
        """The people counted one by one (every person id read): for checks of the kept
        figure (`linkdesk check`), never per keystroke."""
        return int(self.ws.scalar("SELECT count(*) FROM person"))


# Each person's caseload row as the record says it should be (schema.py CASELOAD_ROWS keeps
# it by triggers), and as it is kept: `linkdesk check` compares the two.
_CASELOAD_COLUMNS = (
    "person_id, family_name, given_name, person_rowid, name_order, preferred_name,"
    " date_of_birth, status, next_due"
)
_CASELOAD_COMPUTED = (
    "SELECT p.id, p.family_name, p.given_name, p.rowid, p.name_order, p.preferred_name,"
    f" p.date_of_birth, {caseload_rule('referral', 'p.id')},"
    f" {caseload_rule('follow_up', 'p.id')} FROM person p"
)
_CASELOAD_KEPT = f"SELECT {_CASELOAD_COLUMNS} FROM caseload_row"


class Repositories:
    """Every table of the record, built once per open workspace."""

    def __init__(self, workspace: Workspace, clock: Clock = SYSTEM_CLOCK) -> None:
        self.ws = workspace
        c, ws = clock, workspace
        # Each table's own order (oldest first): what ``for_person`` returns.
        self.people = PersonTable(ws, Person, "person", clock=c)
        self.referrals = Table(
            ws, Referral, "referral", order=("received_on", "created_at"), clock=c
        )
        self.consents = Table(ws, Consent, "consent", order=("decided_on", "created_at"), clock=c)
        self.conversations = Table(
            ws, Conversation, "conversation", order=("held_on", "created_at"), clock=c
        )
        self.needs = Table(ws, Need, "need", clock=c)
        self.goals = Table(ws, Goal, "goal", clock=c)
        self.goal_progress = Table(
            ws, GoalProgress, "goal_progress", order=("noted_on", "created_at"), clock=c
        )
        self.connections = Table(ws, Connection, "connection", clock=c)
        self.measures = Table(ws, Measure, "measure", order=("taken_on", "created_at"), clock=c)
        self.follow_ups = Table(ws, FollowUp, "follow_up", order=("due_on", "created_at"), clock=c)
        self.services = Table(ws, Service, "service", order=("name COLLATE NOCASE",), clock=c)
        self.status_changes = Table(
            ws, StatusChange, "status_change", order=("changed_on", "created_at"), clock=c
        )
        self.letters = Table(ws, Letter, "letter", order=("made_on", "created_at"), clock=c)

    # -- named queries ---------------------------------------------------------------------------

    def person_record(self, person_id: str, *, newest_first: bool = False) -> PersonRecord:
        """One person and their rows in the nine tables keyed by ``person_id`` that make up a
        record (not the audit log, status changes or letters): each list in its table's own
        order, oldest first, but referrals and conversations newest first with
        ``newest_first``. Ten indexed reads; NotFoundError when no person has this id.

        The one read behind ``PeopleService.record``, the timeline and a subject access
        request."""
        person = self.people.get(person_id)
        return PersonRecord(
            person=person,
            referrals=self.referrals.for_person(person_id, newest_first=newest_first),
            consents=self.consents.for_person(person_id),
            conversations=self.conversations.for_person(person_id, newest_first=newest_first),
            needs=self.needs.for_person(person_id),
            goals=self.goals.for_person(person_id),
            goal_progress=self.goal_progress.for_person(person_id),
            connections=self.connections.for_person(person_id),
            measures=self.measures.for_person(person_id),
            follow_ups=self.follow_ups.for_person(person_id),
        )

    def unfinished_conversations(self, person_id: str) -> list[Conversation]:
        """Conversations not marked completed, newest first."""
        t = self.conversations
        return t.find(
            "person_id = ? AND completed = 0", (person_id,), t.order_by(newest_first=True)
        )

    def needs_in_area(self, person_id: str, area: str) -> list[Need]:
        """The person's needs in one life area, newest first (there should be one)."""
        t = self.needs
        return t.find(
            "person_id = ? AND area = ?", (person_id, area), t.order_by(newest_first=True)
        )

    def goal_history(self, goal_id: str) -> list[GoalProgress]:
        """Every progress row of one goal, oldest first."""
        return self.goal_progress.find("goal_id = ?", (goal_id,))

    def goal_progress_in_conversation(
        self, goal_id: str, conversation_id: str
    ) -> list[GoalProgress]:
        """A goal's progress rows noted in one conversation (one is expected), by creation."""
        return self.goal_progress.find(
            "goal_id = ? AND conversation_id = ?", (goal_id, conversation_id), "created_at"
        )

    def measures_in_conversation(self, conversation_id: str, instrument: str) -> list[Measure]:
        return self.measures.find(
            "conversation_id = ? AND instrument = ?", (conversation_id, instrument)
        )

    def measures_of(self, person_id: str, instrument: str) -> list[Measure]:
        """One person's answers to one instrument, oldest first."""
        return self.measures.find("person_id = ? AND instrument = ?", (person_id, instrument))

    def services_by_name(self, *, include_retired: bool = True) -> list[Service]:
        where = "1" if include_retired else "retired = 0"
        return self.services.find(where)

    def people_with_nhs_numbers(self, limit: int) -> list[Person]:
        """Up to ``limit`` people who have an NHS number, in the order they were added."""
        return self.people.find("nhs_number IS NOT NULL", (), f"rowid LIMIT {int(limit)}")

    def first_goals(self, limit: int) -> list[Goal]:
        """Up to ``limit`` goals, in the order they were added (benchmark samples)."""
        return self.goals.find("1", (), f"rowid LIMIT {int(limit)}")

    def caseload(self, search: str = "", limit: int = 500) -> list[CaseloadRow]:
        """People matching the typed text (names, NHS number, postcode), by surname."""
        # Each person's row is kept in one place (schema.py CASELOAD_ROWS): the list's order
        # is caseload_row's own, and caseload_row_person holds the same columns by rowid.
        base = (
            f"SELECT p.person_id, {FULL_NAME_SQL}, p.preferred_name, p.date_of_birth,"
            " p.status, p.next_due FROM caseload_row p"
        )
        order = (
            " ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, p.person_id"
            " LIMIT :limit"
        )
        match = caseload_match(search)
        if match:
            # A broad match (one typed letter, or the first digits of many NHS numbers) is
            # fastest read in name order, stopping at the limit; a narrow one is fastest
            # fetched by rowid from the covering index and sorted. Counting the matches first
            # is cheap (FTS only).
            hits = self.ws.scalar(
                "SELECT count(*) FROM person_fts WHERE person_fts MATCH ?", (match,)
            )
            # ("+" keeps the planner off the rowid index, so it reads the table in its order.)
            broad = hits > BROAD_MATCH
            hint = "" if broad else " INDEXED BY caseload_row_person"
            sql = (
                f"{base}{hint} WHERE {'+' if broad else ''}p.person_rowid IN"
                f" (SELECT rowid FROM person_fts WHERE person_fts MATCH :match){order}"
            )
            params: dict[str, object] = {"match": match, "limit": limit}
        else:
            sql, params = base + order, {"limit": limit}
        return [
            CaseloadRow(
                r[0],
                r[1],
                r[2],
                date.fromisoformat(r[3]) if r[3] else None,
                ReferralStatus(r[4]) if r[4] else None,
                date.fromisoformat(r[5]) if r[5] else None,
            )
            for r in self.ws.query(sql, params)
        ]

    def caseload_rows_wrong(self) -> int:
        """How many kept caseload rows differ from what the record says (missing, extra or
        changed; 0 when every row is right): for `linkdesk check`, never per keystroke (it
        reads every person, referral and booking)."""
        return int(
            self.ws.scalar(
                f"SELECT count(*) FROM (SELECT * FROM ({_CASELOAD_KEPT} EXCEPT"
                f" {_CASELOAD_COMPUTED}) UNION ALL SELECT * FROM ({_CASELOAD_COMPUTED} EXCEPT"
                f" {_CASELOAD_KEPT}))"
            )
        )

    def counts(self) -> dict[str, int]:
        tables = {
            "referrals": "referral",
            "conversations": "conversation",
            "needs": "need",
            "goals": "goal",
            "connections": "connection",
            "measures": "measure",
            "follow_ups": "follow_up",
            "services": "service",
            "consents": "consent",
        }
        counted = {
            key: int(self.ws.scalar(f"SELECT count(*) FROM {t}")) for key, t in tables.items()
        }
        return {"people": self.people.count(), **counted}
