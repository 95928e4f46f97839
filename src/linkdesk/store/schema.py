"""Schema migrations, applied in order, each in one transaction with its version bump.

A step is an SQL script (a string) or ``Migration(name, run=fn)`` for a data fix written in
Python (see ``store/migrations.py``). Add new steps at the END of ``MIGRATIONS``, and keep a
stored workspace of the version before yours in tests/fixtures (``make_fixture.py``).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from typing import Any

from linkdesk.store.migrations import Migration
from linkdesk.store.sql_functions import NAME_WORDS, REINDEX_PEOPLE

APPLICATION_ID = 0x4C4B4453  # "LKDS": tells a LinkDesk workspace from another SQLCipher file

# The triggers that keep the audit log append-only. Their text is compared with the stored
# schema at every open (store/audit_guard.py), so it must not change once released.
AUDIT_NO_UPDATE = """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"""
AUDIT_NO_DELETE = """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"""
# INSERT OR REPLACE deletes the old row without firing delete triggers: refuse it.
AUDIT_NO_REPLACE = """CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit
    WHEN new.seq IS NOT NULL AND EXISTS (SELECT 1 FROM audit WHERE seq = new.seq)
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"""
_AUDIT_KEYS = "('audit_chain_key', 'audit_keyed_from')"
META_KEY_NO_UPDATE = f"""CREATE TRIGGER meta_audit_key_no_update BEFORE UPDATE ON meta
    WHEN old.key IN {_AUDIT_KEYS}
    BEGIN SELECT RAISE(ABORT, 'the audit key cannot change'); END"""
META_KEY_NO_DELETE = f"""CREATE TRIGGER meta_audit_key_no_delete BEFORE DELETE ON meta
    WHEN old.key IN {_AUDIT_KEYS}
    BEGIN SELECT RAISE(ABORT, 'the audit key cannot change'); END"""
META_KEY_NO_REPLACE = f"""CREATE TRIGGER meta_audit_key_no_replace BEFORE INSERT ON meta
    WHEN new.key IN {_AUDIT_KEYS} AND EXISTS (SELECT 1 FROM meta WHERE key = new.key)
    BEGIN SELECT RAISE(ABORT, 'the audit key cannot change'); END"""


def derived_id(*parts: str) -> str:
    """A UUID-shaped id (version-4 layout) that is the same on every laptop for the same
    ``parts``: rows a migration makes from existing records (each laptop upgrading makes them
    for itself) then merge as one row instead of arriving twice. SHA-256 of the parts."""
    h = hashlib.sha256("\x1f".join(("linkdesk-derived", *parts)).encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"


_DERIVED_ID_SQL = "linkdesk_derived_id"


def _sql_run(script: str) -> Any:
    """A Python step running ``script`` statement by statement (inside the step's own
    transaction, which ``executescript`` would commit), with ``linkdesk_derived_id(a, b)``
    (:func:`derived_id`) available to it. The script must hold no triggers."""

    def run(conn: Any) -> None:
        conn.create_function(_DERIVED_ID_SQL, 2, derived_id, deterministic=True)
        statement = ""
        for line in script.splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                conn.execute(statement)
                statement = ""
        if statement.strip():
            raise ValueError("an unfinished statement in a migration script")

    return run


_COMMON = """
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
"""

V1 = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL);

CREATE TABLE person ({_COMMON},
    given_name TEXT NOT NULL,
    family_name TEXT NOT NULL DEFAULT '',
    preferred_name TEXT NOT NULL DEFAULT '',
    date_of_birth TEXT,
    nhs_number TEXT,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    preferred_language TEXT NOT NULL DEFAULT 'English',
    communication_needs TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX person_name ON person (family_name COLLATE NOCASE, given_name COLLATE NOCASE);

CREATE VIRTUAL TABLE person_fts USING fts5(
    given_name, family_name, preferred_name, nhs_number, postcode,
    content='person', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN
    INSERT INTO person_fts (rowid, given_name, family_name, preferred_name, nhs_number, postcode)
    VALUES (new.rowid, new.given_name, new.family_name, new.preferred_name, new.nhs_number,
            new.postcode);
END;
CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN
    INSERT INTO person_fts (person_fts, rowid, given_name, family_name, preferred_name,
                            nhs_number, postcode)
    VALUES ('delete', old.rowid, old.given_name, old.family_name, old.preferred_name,
            old.nhs_number, old.postcode);
END;
CREATE TRIGGER person_fts_au AFTER UPDATE ON person BEGIN
    INSERT INTO person_fts (person_fts, rowid, given_name, family_name, preferred_name,
                            nhs_number, postcode)
    VALUES ('delete', old.rowid, old.given_name, old.family_name, old.preferred_name,
            old.nhs_number, old.postcode);
    INSERT INTO person_fts (rowid, given_name, family_name, preferred_name, nhs_number, postcode)
    VALUES (new.rowid, new.given_name, new.family_name, new.preferred_name, new.nhs_number,
            new.postcode);
END;

CREATE TABLE referral ({_COMMON},
    person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    received_on TEXT NOT NULL,
    source TEXT NOT NULL,
    referrer_name TEXT NOT NULL DEFAULT '',
    referrer_organisation TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    status_changed_on TEXT,
    first_contact_on TEXT,
    closed_on TEXT,
    closure_reason TEXT NOT NULL DEFAULT '',
    snomed_code TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referral_person ON referral (person_id, received_on);
CREATE INDEX referral_status ON referral (status);

CREATE TABLE consent ({_COMMON},
    person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    given INTEGER NOT NULL,
    decided_on TEXT NOT NULL,
    method TEXT NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT '',
    withdrawn_on TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consent_person ON consent (person_id);

CREATE TABLE conversation ({_COMMON},
    person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    referral_id TEXT REFERENCES referral (id) ON DELETE SET NULL,
    held_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    venue TEXT NOT NULL DEFAULT '',
    what_matters TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    safeguarding_concern INTEGER NOT NULL DEFAULT 0,
    safeguarding_note TEXT NOT NULL DEFAULT '',
    current_step TEXT NOT NULL DEFAULT '',
    completed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversation_person ON conversation (person_id, held_on);

CREATE TABLE need ({_COMMON},
    person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    conversation_id TEXT REFERENCES conversation (id) ON DELETE SET NULL,
    area TEXT NOT NULL,
    importance INTEGER NOT NULL DEFAULT 1,
    words TEXT NOT NULL DEFAULT ''
);
CREATE INDEX need_person ON need (person_id);

CREATE TABLE goal ({_COMMON},
    person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    conversation_id TEXT REFERENCES conversation (id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '',
    first_step TEXT NOT NULL DEFAULT '',
    target_date TEXT,
    status TEXT NOT NULL
);
CREATE INDEX goal_person ON goal (person_id);

CREATE TABLE goal_progress ({_COMMON},
    goal_id TEXT NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    conversation_id TEXT REFERENCES conversation (id) ON DELETE SET NULL,
    noted_on TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX goal_progress_goal ON goal_progress (goal_id, noted_on);
CREATE INDEX goal_progress_person ON goal_progress (person_id);

CREATE TABLE service ({_COMMON},
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    categories TEXT NOT NULL DEFAULT '[]',
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT '',
    latitude REAL,
    longitude REAL,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    schedule TEXT NOT NULL DEFAULT '',
    days TEXT NOT NULL DEFAULT '[]',
    cost TEXT NOT NULL DEFAULT '',
    is_free INTEGER NOT NULL DEFAULT 0,
    eligibility TEXT NOT NULL DEFAULT '',
    accessibility TEXT NOT NULL DEFAULT '',
    how_to_get_there TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'manual',
    source_id TEXT NOT NULL DEFAULT '',
    last_checked_on TEXT,
    retired INTEGER NOT NULL DEFAULT 0,
    worker_notes TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX service_source ON service (source, source_id) WHERE source_id <> '';

CREATE VIRTUAL TABLE service_fts USING fts5(
    name, organisation, description, categories, area, accessibility, eligibility,
    content='service', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
CREATE TRIGGER service_fts_ai AFTER INSERT ON service BEGIN
    INSERT INTO service_fts (rowid, name, organisation, description, categories, area,
                             accessibility, eligibility)
    VALUES (new.rowid, new.name, new.organisation, new.description, new.categories, new.area,
            new.accessibility, new.eligibility);
END;
CREATE TRIGGER service_fts_ad AFTER DELETE ON service BEGIN
    INSERT INTO service_fts (service_fts, rowid, name, organisation, description, categories,
                             area, accessibility, eligibility)
    VALUES ('delete', old.rowid, old.name, old.organisation, old.description, old.categories,
            old.area, old.accessibility, old.eligibility);
END;
CREATE TRIGGER service_fts_au AFTER UPDATE ON service BEGIN
    INSERT INTO service_fts (service_fts, rowid, name, organisation, description, categories,
                             area, accessibility, eligibility)
    VALUES ('delete', old.rowid, old.name, old.organisation, old.description, old.categories,
            old.area, old.accessibility, old.eligibility);
    INSERT INTO service_fts (rowid, name, organisation, description, categories, area,
                             accessibility, eligibility)
    VALUES (new.rowid, new.name, new.organisation, new.description, new.categories, new.area,
            new.accessibility, new.eligibility);
END;

CREATE TABLE connection ({_COMMON},
    person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    goal_id TEXT REFERENCES goal (id) ON DELETE SET NULL,
    service_id TEXT REFERENCES service (id) ON DELETE SET NULL,
    conversation_id TEXT REFERENCES conversation (id) ON DELETE SET NULL,
    name TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '',
    person_action TEXT NOT NULL DEFAULT '',
    worker_action TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    status TEXT NOT NULL
);
CREATE INDEX connection_person ON connection (person_id);
CREATE INDEX connection_service ON connection (service_id);

CREATE TABLE measure ({_COMMON},
    person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    conversation_id TEXT REFERENCES conversation (id) ON DELETE SET NULL,
    instrument TEXT NOT NULL,
    timepoint TEXT NOT NULL,
    taken_on TEXT NOT NULL,
    answers TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX measure_person ON measure (person_id, instrument, taken_on);

CREATE TABLE follow_up ({_COMMON},
    person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    referral_id TEXT REFERENCES referral (id) ON DELETE SET NULL,
    due_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    venue TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX follow_up_person ON follow_up (person_id, status, due_on);
CREATE INDEX follow_up_due ON follow_up (status, due_on);

-- Deleted records leave a tombstone so a merge from another laptop does not bring them back.
CREATE TABLE tombstone (
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    PRIMARY KEY (entity, id)
);

-- Append-only, hash-chained. Details never hold names or notes: only ids and actions.
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    person_id TEXT,
    detail TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_person ON audit (person_id);
{AUDIT_NO_UPDATE};
{AUDIT_NO_DELETE};
"""

# v2: people can say which pronouns they use.
V2 = """
ALTER TABLE person ADD COLUMN pronouns TEXT NOT NULL DEFAULT '';
"""

# service_alerts_languages_schedules: what real Open Referral data carries and link workers use:
# the publisher's alert, the languages spoken, how it is attended, and the structured schedules
# (with their validity, so ended ones are not shown as current). Languages become searchable, so
# the service_fts index is rebuilt with a languages column (FTS5 cannot add a column in place).
SERVICE_ALERTS_LANGUAGES_SCHEDULES = """
ALTER TABLE service ADD COLUMN alert TEXT NOT NULL DEFAULT '';
ALTER TABLE service ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';
ALTER TABLE service ADD COLUMN attending TEXT NOT NULL DEFAULT '[]';
ALTER TABLE service ADD COLUMN schedules TEXT NOT NULL DEFAULT '[]';

DROP TRIGGER service_fts_ai;
DROP TRIGGER service_fts_ad;
DROP TRIGGER service_fts_au;
DROP TABLE service_fts;
CREATE VIRTUAL TABLE service_fts USING fts5(
    name, organisation, description, categories, area, accessibility, eligibility, languages,
    content='service', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
CREATE TRIGGER service_fts_ai AFTER INSERT ON service BEGIN
    INSERT INTO service_fts (rowid, name, organisation, description, categories, area,
                             accessibility, eligibility, languages)
    VALUES (new.rowid, new.name, new.organisation, new.description, new.categories, new.area,
            new.accessibility, new.eligibility, new.languages);
END;
CREATE TRIGGER service_fts_ad AFTER DELETE ON service BEGIN
    INSERT INTO service_fts (service_fts, rowid, name, organisation, description, categories,
                             area, accessibility, eligibility, languages)
    VALUES ('delete', old.rowid, old.name, old.organisation, old.description, old.categories,
            old.area, old.accessibility, old.eligibility, old.languages);
END;
CREATE TRIGGER service_fts_au AFTER UPDATE ON service BEGIN
    INSERT INTO service_fts (service_fts, rowid, name, organisation, description, categories,
                             area, accessibility, eligibility, languages)
    VALUES ('delete', old.rowid, old.name, old.organisation, old.description, old.categories,
            old.area, old.accessibility, old.eligibility, old.languages);
    INSERT INTO service_fts (rowid, name, organisation, description, categories, area,
                             accessibility, eligibility, languages)
    VALUES (new.rowid, new.name, new.organisation, new.description, new.categories, new.area,
            new.accessibility, new.eligibility, new.languages);
END;
INSERT INTO service_fts (service_fts) VALUES ('rebuild');
"""

# plan_language: the language a person's printed plan is in (a catalogue code such as
# "cy"); '' means "follow their preferred language" (linkdesk.plan.language.resolve).
PLAN_LANGUAGE = """
ALTER TABLE person ADD COLUMN plan_language TEXT NOT NULL DEFAULT '';
"""

# audit_keyed_chain: the audit chain is keyed from here on: HMAC-SHA256 with 32 random bytes
# made here and kept in meta (store/audit.py). Entries already made keep their SHA-256 links,
# checked as before. Triggers keep the key fixed and refuse INSERT OR REPLACE on the log.
AUDIT_KEYED_CHAIN = f"""
INSERT OR IGNORE INTO meta (key, value) VALUES ('audit_chain_key', lower(hex(randomblob(32))));
INSERT OR IGNORE INTO meta (key, value)
    VALUES ('audit_keyed_from', (SELECT coalesce(max(seq), 0) + 1 FROM audit));
{AUDIT_NO_REPLACE};
{META_KEY_NO_UPDATE};
{META_KEY_NO_DELETE};
{META_KEY_NO_REPLACE};
"""

# Every trigger that guards the audit log, by name: re-created at each open when missing or
# altered (store/audit_guard.py).
AUDIT_GUARD_TRIGGERS = {
    "audit_no_update": AUDIT_NO_UPDATE,
    "audit_no_delete": AUDIT_NO_DELETE,
    "audit_no_replace": AUDIT_NO_REPLACE,
    "meta_audit_key_no_update": META_KEY_NO_UPDATE,
    "meta_audit_key_no_delete": META_KEY_NO_DELETE,
    "meta_audit_key_no_replace": META_KEY_NO_REPLACE,
}

# link_workers_day: a link worker's day. Bookings have an outcome (attended, did not
# attend, cancelled by the person or by the worker, rebooked) and keep when they were booked
# and when the outcome was recorded; closing a referral records its outcome; every referral
# status change and booking outcome is kept as history (status_change); each message back to
# the GP or referrer made is recorded (letter: its facts, never its text). Existing rows are
# carried over: the old follow-up values become the new ones, closed referrals get the outcome
# their reason implies, and each referral's history starts with what is known (received, then
# its current status).
LINK_WORKERS_DAY_SQL = f"""
ALTER TABLE follow_up ADD COLUMN booked_on TEXT;
ALTER TABLE follow_up ADD COLUMN outcome_on TEXT;
ALTER TABLE follow_up ADD COLUMN conversation_id TEXT
    REFERENCES conversation (id) ON DELETE SET NULL;
ALTER TABLE follow_up ADD COLUMN rebooked_to TEXT;
UPDATE follow_up SET
    booked_on = substr(created_at, 1, 10),
    outcome_on = CASE WHEN status <> 'booked' THEN due_on END,
    status = CASE status WHEN 'done' THEN 'attended' WHEN 'missed' THEN 'did_not_attend'
                         WHEN 'cancelled' THEN 'cancelled_by_worker' ELSE status END;

ALTER TABLE referral ADD COLUMN closure_outcome TEXT;
UPDATE referral SET closure_outcome = CASE closure_reason
        WHEN 'Goals met' THEN 'goals_met'
        WHEN 'Person chose to stop' THEN 'person_withdrew'
        WHEN 'Could not contact' THEN 'could_not_contact'
        WHEN 'Moved away' THEN 'moved_away' END
    WHERE status = 'closed';

CREATE TABLE status_change ({_COMMON},
    person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    referral_id TEXT REFERENCES referral (id) ON DELETE CASCADE,
    follow_up_id TEXT REFERENCES follow_up (id) ON DELETE CASCADE,
    changed_on TEXT NOT NULL,
    from_status TEXT NOT NULL DEFAULT '',
    to_status TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    automatic INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX status_change_person ON status_change (person_id, changed_on);
CREATE INDEX status_change_referral ON status_change (referral_id, changed_on);
CREATE INDEX status_change_follow_up ON status_change (follow_up_id);

INSERT INTO status_change (id, created_at, updated_at, person_id, referral_id, changed_on,
                           from_status, to_status, outcome, reason)
SELECT {_DERIVED_ID_SQL}(id, 'received'), created_at, created_at, person_id, id, received_on,
       '', 'received', '', ''
FROM referral;
INSERT INTO status_change (id, created_at, updated_at, person_id, referral_id, changed_on,
                           from_status, to_status, outcome, reason)
SELECT {_DERIVED_ID_SQL}(id, 'status'), updated_at, updated_at, person_id, id,
       coalesce(status_changed_on, closed_on, received_on), 'received', status,
       coalesce(closure_outcome, ''), closure_reason
FROM referral WHERE status <> 'received';

CREATE TABLE letter ({_COMMON},
    person_id TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    referral_id TEXT REFERENCES referral (id) ON DELETE SET NULL,
    recipient TEXT NOT NULL,
    made_on TEXT NOT NULL,
    narrative INTEGER NOT NULL,
    codes TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX letter_person ON letter (person_id, made_on);

-- Today's lists and the caseload read these (store/today_queries.py, caseload_queries.py).
-- Covering indexes, so a list reads its index alone rather than a table row per item (each
-- row read costs a page decrypt on a cold cache): booked meetings by date, referrals waiting
-- for first contact, each person's referrals in order, and people's names by id.
CREATE INDEX conversation_unfinished ON conversation (held_on) WHERE completed = 0;
CREATE INDEX need_area ON need (area, person_id);
CREATE INDEX referral_source ON referral (source);
CREATE INDEX follow_up_booked ON follow_up (due_on, person_id, kind, venue, id)
    WHERE status = 'booked';
CREATE INDEX referral_received ON referral (received_on, person_id, source, id)
    WHERE status = 'received';
CREATE INDEX referral_open ON referral
    (person_id, received_on, created_at, id, status, first_contact_on)
    WHERE status IN ('contacted', 'active');
DROP INDEX referral_person;
CREATE INDEX referral_person ON referral
    (person_id, received_on, status, created_at, id, first_contact_on, source);
CREATE INDEX person_names ON person (id, given_name, family_name, preferred_name);
"""
# Each referral's history rows get ids derived from the referral's id (not random ones): two
# laptops upgrading the same referral make the same rows, which a merge then takes as one.
LINK_WORKERS_DAY = Migration("link_workers_day", run=_sql_run(LINK_WORKERS_DAY_SQL))

# conversation_drafts: every field of the conversation autosaves as it is typed, including what
# is not a record yet (the next meeting until it is booked, a goal's other fields before its
# words, a date that cannot be read yet): kept with the conversation as JSON, {} when none.
CONVERSATION_DRAFTS = """
ALTER TABLE conversation ADD COLUMN drafts TEXT NOT NULL DEFAULT '{}';
"""

# report_indexes: covering indexes for the commissioner report and the caseload overview
# (store/report_queries.py), so a report reads small index pages instead of whole rows of
# notes and text: at 50,000 people it read 2.8 s of CPU and filled 150 MB of page cache, and
# now reads a fraction of that (issue 15; docs/benchmarks.md).
REPORT_INDEXES = """
CREATE INDEX conversation_held ON conversation (id, held_on);
CREATE INDEX conversation_person_referral ON conversation (person_id, held_on, referral_id);
CREATE INDEX conversation_safeguarding ON conversation (held_on, person_id)
    WHERE safeguarding_concern = 1;
CREATE INDEX referral_received_on ON referral
    (received_on, person_id, source, status, first_contact_on, id);
CREATE INDEX goal_report ON goal (conversation_id, created_at, status);
CREATE INDEX connection_report ON connection (conversation_id, created_at, status, service_id);
CREATE INDEX measure_taken ON measure (taken_on, timepoint, person_id);
"""

# names_as_written: the order a person writes their name in (family name first for
# "Nguyễn Thị Hương"), and a caseload index of folded names, so "lukasz" finds Łukasz and
# "OBrien" finds O'Brien (domain/names.py). The index keeps its columns but its triggers write
# each name through linkdesk_name_words() (store/sql_functions.py, on every connection), and
# the index is rebuilt that way. Deletes pass the same folded values, as FTS5 requires; the
# update trigger still fires only when an indexed column changes (as clock_readings_... made it).
NAMES_AS_WRITTEN = f"""
ALTER TABLE person ADD COLUMN name_order TEXT NOT NULL DEFAULT 'given_first';

DROP TRIGGER person_fts_ai;
DROP TRIGGER person_fts_ad;
DROP TRIGGER person_fts_au;
CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN
    INSERT INTO person_fts (rowid, given_name, family_name, preferred_name, nhs_number, postcode)
    VALUES (new.rowid, {NAME_WORDS}(new.given_name), {NAME_WORDS}(new.family_name),
            {NAME_WORDS}(new.preferred_name), new.nhs_number, new.postcode);
END;
CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN
    INSERT INTO person_fts (person_fts, rowid, given_name, family_name, preferred_name,
                            nhs_number, postcode)
    VALUES ('delete', old.rowid, {NAME_WORDS}(old.given_name), {NAME_WORDS}(old.family_name),
            {NAME_WORDS}(old.preferred_name), old.nhs_number, old.postcode);
END;
CREATE TRIGGER person_fts_au
AFTER UPDATE OF given_name, family_name, preferred_name, nhs_number, postcode ON person BEGIN
    INSERT INTO person_fts (person_fts, rowid, given_name, family_name, preferred_name,
                            nhs_number, postcode)
    VALUES ('delete', old.rowid, {NAME_WORDS}(old.given_name), {NAME_WORDS}(old.family_name),
            {NAME_WORDS}(old.preferred_name), old.nhs_number, old.postcode);
    INSERT INTO person_fts (rowid, given_name, family_name, preferred_name, nhs_number, postcode)
    VALUES (new.rowid, {NAME_WORDS}(new.given_name), {NAME_WORDS}(new.family_name),
            {NAME_WORDS}(new.preferred_name), new.nhs_number, new.postcode);
END;
{REINDEX_PEOPLE}
"""

# person_count: the number of people KEPT in the file (one row), so the caseload's "of N
# people" after every keystroke reads one page instead of counting all the person ids (at
# 50,000 people about 500 pages, each decrypted and HMAC-checked on a cold cache: 12 ms
# against 2.3 ms plain; issue 15). Triggers keep it under every write that adds or removes a
# person: create, import, merge, erasure, demo and bench generation (a backup or a bundle
# copies it with the rows). INSERT OR REPLACE deletes the old row without firing delete
# triggers, and an UPSERT that updates fires no insert trigger: LinkDesk uses neither on
# person, and person_count_no_replace refuses both (like audit_no_replace), so the figure is
# right or the write fails. Read it through store/repositories.py PersonTable.count(); `check`
# compares it with the people counted, and a bundle whose figure disagrees with its rows is
# refused as damaged (store/bundle.py).
# The same step makes the rest of a caseload keystroke read fewer cold pages (measured with
# the plain copy at 50,000 people, a one-letter search: 1,667 pages besides the count's 553,
# now about 820): person_name also covers the caseload's columns, so its 500 rows come from
# the index instead of 500 scattered table pages; each person's latest referral and first
# booked meeting come from small indexes (a referral's three columns; booked meetings only)
# instead of the wide covering ones (1,800 and 2,500 pages, one page per person either way).
PERSON_COUNT = """
CREATE TABLE person_count (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n INTEGER NOT NULL CHECK (n >= 0)
);
INSERT INTO person_count (id, n) SELECT 1, count(*) FROM person;
CREATE TRIGGER person_count_ai AFTER INSERT ON person BEGIN
    UPDATE person_count SET n = n + 1 WHERE id = 1;
END;
CREATE TRIGGER person_count_ad AFTER DELETE ON person BEGIN
    UPDATE person_count SET n = n - 1 WHERE id = 1;
END;
CREATE TRIGGER person_count_no_replace BEFORE INSERT ON person
    WHEN EXISTS (SELECT 1 FROM person WHERE id = new.id)
    BEGIN SELECT RAISE(ABORT, 'a person with this id is already here'); END;
DROP INDEX person_name;
CREATE INDEX person_name ON person (family_name COLLATE NOCASE, given_name COLLATE NOCASE,
    id, preferred_name, date_of_birth, name_order);
CREATE INDEX referral_latest ON referral (person_id, received_on, status);
CREATE INDEX follow_up_booked_person ON follow_up (person_id, due_on) WHERE status = 'booked';
"""

# caseload_rows: each person's caseload row kept in ONE place, so a keystroke reads contiguous
# pages instead of about three scattered ones per matching person (the person row by rowid
# after the name-index match, the latest referral, the booked meetings), each decrypted and
# HMAC-checked on a cold cache (issue 15, the cold encrypted/plain ratio). ``caseload_row``
# holds exactly what the caseload list (store/repositories.py ``Repositories.caseload``) shows:
# the names, name order, preferred name, date of birth, the status of the LATEST referral (by
# received_on, ties to the greatest status: what the list's old ``ORDER BY received_on DESC
# LIMIT 1`` read from ``referral_latest``) and the first booked meeting. It is stored in the
# list's order (WITHOUT ROWID, keyed by the folded names then the person's id), so a page in
# name order is a few neighbouring pages; ``caseload_row_person`` holds the same columns by
# the rowid the name index (person_fts) answers, so a narrow search reads that index alone.
# Cold pages of a keystroke on the plain 50,000 copy (sqlite3 .stats, after the name index's
# own): "a" 734 -> 14, "m" 898 -> 166, "jone" (502 people) 1,269 -> 453. No foreign key:
# erasure's person_tables() must not see it (the person's delete trigger removes the row).
# Triggers recompute a person's row after every insert, update and delete of their person,
# referral and follow_up rows, so every write path keeps it (create and edit, status changes,
# bookings held, missed or cancelled, closure, import, merge's INSERT ... SELECT and UPDATE
# ... FROM, erasure, demo and bench generation; a backup or restore copies it with the rows).
# Each recompute reads the person's own rows, so an INSERT OR REPLACE on a child table (its
# delete fires no trigger) still leaves the row right; person refuses REPLACE already.


def caseload_rule(table: str, person: str) -> str:
    """SQL: the value of the caseload row's column that ``table`` decides, for the person
    whose id is ``person`` (an SQL expression): ``referral`` the status of their latest
    referral (by received_on, ties to the greatest status), ``follow_up`` their first booked
    meeting. The one rule the migration seeds with, the triggers keep and `check` compares."""
    return {
        "referral": "(SELECT r.status FROM referral r"
        f" WHERE r.person_id = {person} ORDER BY r.received_on DESC, r.status DESC LIMIT 1)",
        "follow_up": "(SELECT min(f.due_on) FROM follow_up f"
        f" WHERE f.person_id = {person} AND f.status = 'booked')",
    }[table]


_CASELOAD_COLUMN = {"referral": "status", "follow_up": "next_due"}


def _caseload_refresh(person: str, table: str) -> str:
    """SQL: recompute the part of the caseload row that ``table`` decides, for the person
    whose id is ``person``."""
    return (
        f"UPDATE caseload_row SET {_CASELOAD_COLUMN[table]} = {caseload_rule(table, person)}"
        f" WHERE person_rowid = (SELECT rowid FROM person WHERE id = {person});"
    )


_CASELOAD_WATCHED = {
    "referral": "person_id, received_on, status",
    "follow_up": "person_id, status, due_on",
}


def _caseload_child_triggers(table: str) -> str:
    refresh_new = _caseload_refresh("new.person_id", table)
    refresh_old = _caseload_refresh("old.person_id", table)
    return f"""
CREATE TRIGGER caseload_row_{table}_ai AFTER INSERT ON {table} BEGIN
    {refresh_new}
END;
CREATE TRIGGER caseload_row_{table}_au AFTER UPDATE OF {_CASELOAD_WATCHED[table]} ON {table}
BEGIN
    {refresh_new}
END;
CREATE TRIGGER caseload_row_{table}_au_moved AFTER UPDATE OF person_id ON {table}
    WHEN old.person_id IS NOT new.person_id BEGIN
    {refresh_old}
END;
CREATE TRIGGER caseload_row_{table}_ad AFTER DELETE ON {table} BEGIN
    {refresh_old}
END;
"""


CASELOAD_ROWS = (
    """
CREATE TABLE caseload_row (
    family_name TEXT NOT NULL,
    given_name TEXT NOT NULL,
    person_id TEXT NOT NULL,
    person_rowid INTEGER NOT NULL,
    name_order TEXT NOT NULL,
    preferred_name TEXT NOT NULL,
    date_of_birth TEXT,
    status TEXT,
    next_due TEXT,
    PRIMARY KEY (family_name COLLATE NOCASE, given_name COLLATE NOCASE, person_id)
) WITHOUT ROWID;
INSERT INTO caseload_row (family_name, given_name, person_id, person_rowid, name_order,
                          preferred_name, date_of_birth, status, next_due)
    SELECT p.family_name, p.given_name, p.id, p.rowid, p.name_order, p.preferred_name,
        p.date_of_birth,
        """
    + caseload_rule("referral", "p.id")
    + ",\n        "
    + caseload_rule("follow_up", "p.id")
    + """
    FROM person p
    ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, p.id;
-- Covering: a narrow search reads only this index, in the rowid order person_fts answers.
CREATE INDEX caseload_row_person ON caseload_row (person_rowid, name_order, preferred_name,
    date_of_birth, status, next_due);
CREATE TRIGGER caseload_row_person_ai AFTER INSERT ON person BEGIN
    INSERT INTO caseload_row (family_name, given_name, person_id, person_rowid, name_order,
                              preferred_name, date_of_birth)
    VALUES (new.family_name, new.given_name, new.id, new.rowid, new.name_order,
            new.preferred_name, new.date_of_birth);
"""
    + "    "
    + _caseload_refresh("new.id", "referral")
    + "\n    "
    + _caseload_refresh("new.id", "follow_up")
    + """
END;
CREATE TRIGGER caseload_row_person_au
AFTER UPDATE OF family_name, given_name, id, name_order, preferred_name, date_of_birth ON person
BEGIN
    UPDATE caseload_row SET family_name = new.family_name, given_name = new.given_name,
        person_id = new.id, name_order = new.name_order, preferred_name = new.preferred_name,
        date_of_birth = new.date_of_birth
    WHERE person_rowid = new.rowid;
END;
CREATE TRIGGER caseload_row_person_ad AFTER DELETE ON person BEGIN
    DELETE FROM caseload_row WHERE person_rowid = old.rowid;
END;
"""
    + "".join(_caseload_child_triggers(t) for t in _CASELOAD_WATCHED)
)

# Tables holding rows about one person (person_id ... ON DELETE CASCADE), parents first.
PERSON_TABLES = (
    "referral",
    "consent",
    "conversation",
    "need",
    "goal",
    "goal_progress",
    "connection",
    "measure",
    "follow_up",
    "status_change",
    "letter",
)
# Every table of the record, in foreign-key order (merges insert in this order).
RECORD_TABLES = ("person", "service", *PERSON_TABLES)

# clock_readings_and_cheap_erasure: merges order changes by a hybrid logical clock
# (domain/hlc.py), not by wall clocks that disagree between laptops: every record and
# tombstone carries its reading in ``hlc``. Rows
# written before keep NULL and are read as derived from updated_at / deleted_at, so upgrading
# does not rewrite every page of a large workspace. Erasure and renames remove a person's
# words from the name index's segments at once (FTS5 secure-delete, no whole-file VACUUM),
# and the index triggers fire only when an indexed column changes. Every foreign key's child
# column gets an index: deleting a record otherwise scans each table that may point to it
# (seconds per erased person on a large workspace).
CLOCK_READINGS_AND_CHEAP_ERASURE = (
    "".join(f"ALTER TABLE {t} ADD COLUMN hlc TEXT;\n" for t in RECORD_TABLES)
    + """ALTER TABLE tombstone ADD COLUMN hlc TEXT;
CREATE INDEX conversation_referral ON conversation (referral_id);
CREATE INDEX need_conversation ON need (conversation_id);
CREATE INDEX goal_conversation ON goal (conversation_id);
CREATE INDEX goal_progress_conversation ON goal_progress (conversation_id);
CREATE INDEX connection_goal ON connection (goal_id);
CREATE INDEX connection_conversation ON connection (conversation_id);
CREATE INDEX measure_conversation ON measure (conversation_id);
CREATE INDEX follow_up_referral ON follow_up (referral_id);
CREATE INDEX follow_up_conversation ON follow_up (conversation_id);
CREATE INDEX letter_referral ON letter (referral_id);
INSERT INTO person_fts (person_fts, rank) VALUES ('secure-delete', 1);
-- Words left behind delete markers by renames before this version go now (one merge of the
-- name index's segments; it is small beside the file).
INSERT INTO person_fts (person_fts) VALUES ('optimize');
DROP TRIGGER person_fts_au;
CREATE TRIGGER person_fts_au
AFTER UPDATE OF given_name, family_name, preferred_name, nhs_number, postcode ON person BEGIN
    INSERT INTO person_fts (person_fts, rowid, given_name, family_name, preferred_name,
                            nhs_number, postcode)
    VALUES ('delete', old.rowid, old.given_name, old.family_name, old.preferred_name,
            old.nhs_number, old.postcode);
    INSERT INTO person_fts (rowid, given_name, family_name, preferred_name, nhs_number, postcode)
    VALUES (new.rowid, new.given_name, new.family_name, new.preferred_name, new.nhs_number,
            new.postcode);
END;
DROP TRIGGER service_fts_au;
CREATE TRIGGER service_fts_au
AFTER UPDATE OF name, organisation, description, categories, area, accessibility, eligibility,
                languages ON service BEGIN
    INSERT INTO service_fts (service_fts, rowid, name, organisation, description, categories,
                             area, accessibility, eligibility, languages)
    VALUES ('delete', old.rowid, old.name, old.organisation, old.description, old.categories,
            old.area, old.accessibility, old.eligibility, old.languages);
    INSERT INTO service_fts (rowid, name, organisation, description, categories, area,
                             accessibility, eligibility, languages)
    VALUES (new.rowid, new.name, new.organisation, new.description, new.categories, new.area,
            new.accessibility, new.eligibility, new.languages);
END;
"""
)

# Ordered list: index i holds the step that takes the schema from version i to i + 1.
# (A new record table made by a later step needs its ``hlc TEXT`` column too.)
MIGRATIONS: Sequence[str | Migration] = (
    V1,  # the record, its indexes, full-text search and the append-only audit log
    V2,  # people can say which pronouns they use
    SERVICE_ALERTS_LANGUAGES_SCHEDULES,  # directory: alerts, languages, schedules (issue 13)
    PLAN_LANGUAGE,  # the plan's language for each person (issue 12)
    AUDIT_KEYED_CHAIN,  # the audit log keyed (HMAC) and its guards (issue 14)
    LINK_WORKERS_DAY,  # a link worker's day: booking outcomes, history, letters (issue 9)
    CLOCK_READINGS_AND_CHEAP_ERASURE,  # merge order by clock readings; erasure without VACUUM
    CONVERSATION_DRAFTS,  # what the conversation's forms hold before it is a record (issue 17)
    Migration("report_indexes", sql=REPORT_INDEXES),  # a report reads indexes (issue 15)
    Migration("names_as_written", sql=NAMES_AS_WRITTEN),  # name order; folded name search (10)
    Migration(
        "person_count", sql=PERSON_COUNT
    ),  # people counted once; a caseload's cold pages (15)
    Migration("caseload_rows", sql=CASELOAD_ROWS),  # a keystroke reads one place (15)
)
# The first version with person_count (store/bundle.py checks a bundle's figure from it on).
PERSON_COUNT_VERSION = 1 + next(
    i
    for i, step in enumerate(MIGRATIONS)
    if isinstance(step, Migration) and step.name == "person_count"
)
LATEST_VERSION = len(MIGRATIONS)
