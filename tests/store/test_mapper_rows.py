"""Records read back from rows: the positional fast path builds exactly what the field-by-field
conversion built before it (issue 15's directory keystrokes), for every table of demo data."""

from __future__ import annotations

from typing import Any

import pytest

from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate_demo
from linkdesk.store.mapper import Table


def _by_name(table: Table[Any], row: Any) -> Any:
    """The reference: every field converted by name, the record built from keywords."""
    values = {f: conv(v) for f, conv, v in zip(table.fields, table._from_db, row, strict=True)}
    return table.cls(**values)


def test_every_table_reads_the_same_records_as_field_by_field(services: AppServices) -> None:
    generate_demo(services, people=25, seed=3)
    repos = services._repos
    tables = [t for t in vars(repos).values() if isinstance(t, Table)]
    assert len(tables) >= 12
    seen = 0
    for table in tables:
        for row in services._workspace.query(table.select_sql):
            assert table.from_row(row) == _by_name(table, row)
            seen += 1
    assert seen > 500


def test_a_row_of_the_wrong_width_is_refused(services: AppServices) -> None:
    table = services._repos.people
    with pytest.raises(ValueError, match="columns"):
        table.from_row(("only one",))
