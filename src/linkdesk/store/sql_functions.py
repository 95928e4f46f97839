"""SQL functions LinkDesk adds to every connection to a workspace.

``linkdesk_name_words(text)`` is :func:`linkdesk.domain.names.index_words`: the caseload's
full-text index holds each name folded ("Łukasz" as "lukasz", "O'Brien" also as "obrien"),
written by the ``person_fts`` triggers (schema step ``names_as_written``). The function is
deterministic, so SQLite may use it in triggers and indexes.
"""

from __future__ import annotations

from typing import Any

from linkdesk.domain.names import NameOrder, index_words

NAME_WORDS = "linkdesk_name_words"

# A person's whole name (table alias ``p``), in the order they write it: the SQL twin of
# domain.names.person_name, for lists read straight from SQL (caseload, retention).
FULL_NAME_SQL = (
    f"trim(CASE WHEN p.name_order = '{NameOrder.FAMILY_FIRST.value}'"
    " THEN p.family_name || ' ' || p.given_name"
    " ELSE p.given_name || ' ' || p.family_name END)"
)


def _name_words(value: object) -> str:
    return index_words(value) if isinstance(value, str) else ""


def register(conn: Any) -> None:
    """Add LinkDesk's functions to ``conn`` (a sqlcipher3 connection)."""
    conn.create_function(NAME_WORDS, 1, _name_words, deterministic=True)


# Rebuild the name index from the person table (after an erasure, and when the step runs):
# every entry removed, then each person's folded names written again.
REINDEX_PEOPLE = f"""
INSERT INTO person_fts (person_fts) VALUES ('delete-all');
INSERT INTO person_fts (rowid, given_name, family_name, preferred_name, nhs_number, postcode)
    SELECT rowid, {NAME_WORDS}(given_name), {NAME_WORDS}(family_name),
           {NAME_WORDS}(preferred_name), nhs_number, postcode
    FROM person;
"""
