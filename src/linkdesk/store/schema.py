"""Schema migrations, applied in order, each in one transaction with its version bump.

A step is an SQL script (a string) or ``Migration(name, run=fn)`` for a data fix written in
Python (see ``store/migrations.py``). Add new steps at the END of ``MIGRATIONS``, and keep a
stored workspace of the version before yours in tests/fixtures (``make_fixture.py``).
"""

from __future__ import annotations

from collections.abc import Sequence

from linkdesk.store.migrations import Migration
from linkdesk.store.sql_functions import NAME_WORDS, REINDEX_PEOPLE

APPLICATION_ID = 0x4C4B4453  # "LKDS": tells a LinkDesk workspace from another SQLCipher file

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
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
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

# names_as_written: the order a person writes their name in (family name first for
# "Nguyễn Thị Hương"), and a caseload index of folded names, so "lukasz" finds Łukasz and
# "OBrien" finds O'Brien (domain/names.py). The index keeps its columns but its triggers write
# each name through linkdesk_name_words() (store/sql_functions.py, on every connection), and
# the index is rebuilt that way. Deletes pass the same folded values, as FTS5 requires.
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
CREATE TRIGGER person_fts_au AFTER UPDATE ON person BEGIN
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
)
# Every table of the record, in foreign-key order (merges insert in this order).
RECORD_TABLES = ("person", "service", *PERSON_TABLES)

# Ordered list: index i holds the step that takes the schema from version i to i + 1.
MIGRATIONS: Sequence[str | Migration] = (
    V1,  # the record, its indexes, full-text search and the append-only audit log
    V2,  # people can say which pronouns they use
    SERVICE_ALERTS_LANGUAGES_SCHEDULES,  # directory: alerts, languages, schedules (issue 13)
    PLAN_LANGUAGE,  # the plan's language for each person (issue 12)
    Migration("names_as_written", sql=NAMES_AS_WRITTEN),  # name order; folded name search (10)
)
LATEST_VERSION = len(MIGRATIONS)
