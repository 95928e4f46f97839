"""Maps a domain dataclass to its table: one column per field, same name.

Dates are ISO text, booleans 0/1, lists and dicts JSON (value objects through their to_dict
and from_dict), enums their value. Built once per class.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from enum import Enum
from typing import Any, Generic, TypeVar

from linkdesk.domain.clock import SYSTEM_CLOCK, Clock, utc_now
from linkdesk.domain.errors import NotFoundError
from linkdesk.domain.models import Record

if typing.TYPE_CHECKING:
    from linkdesk.store.workspace import Workspace

T = TypeVar("T", bound=Record)
Converter = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


def _json_list(value: str | None) -> Any:
    # Most stored lists are empty: "[]" needs no parser (a directory search maps 200 services
    # of five lists each on every keystroke).
    return [] if not value or value == "[]" else json.loads(value)


def _converters(tp: Any) -> tuple[Converter, Converter]:
    """(to_db, from_db) for one annotated field type."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        to_db, from_db = _converters(inner)
        return (lambda v: None if v is None else to_db(v)), (
            lambda v: None if v is None else from_db(v)
        )
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        if hasattr(item, "from_dict"):  # a list of small value objects (service schedules)
            from_dict = item.from_dict
            return (
                lambda v: json.dumps([x.to_dict() for x in v], ensure_ascii=False),
                lambda v: [from_dict(d) for d in _json_list(v)],
            )
        return (lambda v: json.dumps(v, ensure_ascii=False)), _json_list
    if origin is dict:  # small maps of plain values (a conversation's form drafts)
        return (lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)), (
            lambda v: json.loads(v or "{}")
        )
    if tp is date:
        return (lambda v: v.isoformat()), date.fromisoformat
    if tp is bool:
        return (lambda v: 1 if v else 0), bool
    if isinstance(tp, type) and issubclass(tp, Enum):
        enum_type = tp
        return (lambda v: enum_type(v).value), enum_type
    return _identity, _identity


class Table(Generic[T]):
    """CRUD for one record type. Every write stamps ``updated_at``; deletes leave tombstones.

    ``order`` is the table's own order (column names, oldest first), used by
    :meth:`for_person`. Services never pass SQL: queries beyond these are named methods of
    :class:`linkdesk.store.repositories.Repositories`, built on :meth:`where`.
    """

    def __init__(
        self,
        workspace: Workspace,
        cls: type[T],
        name: str,
        *,
        order: tuple[str, ...] = ("created_at",),
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.ws = workspace
        self.cls = cls
        self.name = name
        self.order = order
        self._clock = clock
        hints = typing.get_type_hints(cls)
        self.fields = [f.name for f in dataclasses.fields(cls)]
        self._to_db = [_converters(hints[f])[0] for f in self.fields]
        self._from_db = [_converters(hints[f])[1] for f in self.fields]
        # Reading: only the columns that need converting are touched, and the record is built
        # from positions (a directory keystroke maps 200 services of 20 columns; issue 15).
        self._convert = [(i, conv) for i, conv in enumerate(self._from_db) if conv is not _identity]
        self._positional = all(f.init and not f.kw_only for f in dataclasses.fields(cls))
        cols = ", ".join(self.fields)
        self.select_sql = f"SELECT {cols} FROM {name}"
        # Every write also stores the record's clock reading (``hlc``, see domain/hlc.py):
        # it lives in the store, not in the domain objects.
        self._insert_sql = (
            f"INSERT INTO {name} ({cols}, hlc) VALUES ({', '.join('?' for _ in self.fields)}, ?)"
        )
        updates = ", ".join(f"{f} = ?" for f in self.fields if f != "id")
        self._update_sql = f"UPDATE {name} SET {updates}, hlc = ? WHERE id = ?"
        self._version_sql = f"SELECT coalesce(hlc, updated_at) FROM {name} WHERE id = ?"

    # -- conversion --------------------------------------------------------------------------

    def to_row(self, obj: T) -> tuple[Any, ...]:
        return tuple(
            conv(getattr(obj, f)) for f, conv in zip(self.fields, self._to_db, strict=True)
        )

    def from_row(self, row: Sequence[Any]) -> T:
        """The record for one row of ``select_sql``'s columns (in ``fields`` order)."""
        if len(row) != len(self.fields):
            raise ValueError(f"{self.name}: {len(row)} columns for {len(self.fields)} fields")
        values = list(row)
        for i, conv in self._convert:
            values[i] = conv(values[i])
        if self._positional:
            return self.cls(*values)
        return self.cls(**dict(zip(self.fields, values, strict=True)))

    # -- reads -------------------------------------------------------------------------------

    def get(self, record_id: str) -> T:
        rows = self.ws.query(f"{self.select_sql} WHERE id = ?", (record_id,))
        if not rows:
            raise NotFoundError(f"That {self.name.replace('_', ' ')} record no longer exists.")
        return self.from_row(rows[0])

    def find_by_id(self, record_id: str) -> T | None:
        rows = self.ws.query(f"{self.select_sql} WHERE id = ?", (record_id,))
        return self.from_row(rows[0]) if rows else None

    def order_by(self, *, newest_first: bool = False) -> str:
        """The table's own order as SQL (for named queries in ``store/`` only)."""
        return ", ".join(f"{c} DESC" if newest_first else c for c in self.order)

    def find(self, where: str = "1", params: tuple[Any, ...] = (), order: str = "") -> list[T]:
        """Rows matching ``where`` (SQL), in ``order`` or the table's own order.

        For named queries inside ``store/`` (and tests): services call those, never this
        with SQL of their own (tests/unit/test_layers.py checks).
        """
        sql = f"{self.select_sql} WHERE {where} ORDER BY {order or self.order_by()}"
        return [self.from_row(r) for r in self.ws.query(sql, params)]

    def for_person(self, person_id: str, *, newest_first: bool = False) -> list[T]:
        """Everything about one person, in the table's order (oldest first unless asked)."""
        return self.find("person_id = ?", (person_id,), self.order_by(newest_first=newest_first))

    def count(self) -> int:
        return int(self.ws.scalar(f"SELECT count(*) FROM {self.name}"))

    def is_empty(self) -> bool:
        """True when the table holds no row: one page read, where count() reads them all."""
        return not self.ws.scalar(f"SELECT EXISTS (SELECT 1 FROM {self.name})")

    # -- writes ------------------------------------------------------------------------------

    def insert(self, obj: T) -> T:
        now = utc_now(self._clock)
        obj.created_at = obj.created_at or now
        obj.updated_at = obj.updated_at or now
        self.ws.execute(self._insert_sql, (*self.to_row(obj), self.ws.stamp()))
        return obj

    def insert_many(self, objs: Iterable[T]) -> None:
        now = utc_now(self._clock)
        hlc = self.ws.stamp()  # one reading for the batch: each row is its own record
        rows = []
        for obj in objs:
            obj.created_at = obj.created_at or now
            obj.updated_at = obj.updated_at or now
            rows.append((*self.to_row(obj), hlc))
        self.ws.executemany(self._insert_sql, rows)

    def update(self, obj: T) -> T:
        # The new version's reading comes after the one it replaces, whatever the wall clock.
        hlc = self.ws.stamp(self.ws.scalar(self._version_sql, (obj.id,)))
        obj.updated_at = utc_now(self._clock)
        row = self.to_row(obj)
        cur = self.ws.execute(self._update_sql, (*row[1:], hlc, obj.id))
        if cur.rowcount == 0:
            raise NotFoundError(f"That {self.name.replace('_', ' ')} record no longer exists.")
        return obj

    def delete(self, record_id: str, *, tombstone: bool = True) -> None:
        with self.ws.transaction():
            hlc = self.ws.stamp(self.ws.scalar(self._version_sql, (record_id,)))
            self.ws.execute(f"DELETE FROM {self.name} WHERE id = ?", (record_id,))
            if tombstone:
                self.ws.execute(
                    "INSERT OR REPLACE INTO tombstone (entity, id, deleted_at, hlc)"
                    " VALUES (?, ?, ?, ?)",
                    (self.name, record_id, utc_now(self._clock), hlc),
                )
