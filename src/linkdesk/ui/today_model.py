"""Today's lists as one Qt item model: a heading row per list, its people under it.

Entry point: ``TodayModel``; ``set_lists(sections, said)`` shows a new ``TodayView`` with one
model reset. Nothing is built per row when a view arrives: a row's cells, its screen-reader
text and its :class:`TodayRow` are worked out in ``data()`` the first time the view (or a
screen reader, or type-ahead) asks, and kept until the next reset. At 50,000 people Today holds
~12,000 rows; built as items they cost the UI thread ~0.4-1 s of CPU (issue 15).

A flat table (``QAbstractTableModel``), shown by ``TodayPage`` in a ``QTableView`` whose
heading rows span the three columns: a ``QTreeView`` lays out every row of an expanded
branch on each reset, calling back into Python for each (~70-250 ms of UI thread for 12,600
rows, measured), while a table view asks only about the rows on screen.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPixmap

from linkdesk.domain.enums import ConversationKind, FollowUpKind, ReferralSource
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.domain.today import (
    NotContacted,
    TodayBooking,
    UnfinishedConversation,
    WaitingReferral,
)
from linkdesk.ui import labels
from linkdesk.ui.caseload import format_date
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, arg, translate, weekday_name

Index = QModelIndex | QPersistentModelIndex
Entry = TodayBooking | WaitingReferral | UnfinishedConversation | NotContacted

# What each row asks for: the key of its list and the ids Enter needs.
ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 3  # who, when, what
INDENT_PX = 16  # how far in a person's name sits from their list's heading (+ Qt's spacing)

STEP_NAMES = {
    "consent": QT_TRANSLATE_NOOP("TodayPage", "welcome and consent"),
    "matters": QT_TRANSLATE_NOOP("TodayPage", "what matters"),
    "areas": QT_TRANSLATE_NOOP("TodayPage", "life areas"),
    "goals": QT_TRANSLATE_NOOP("TodayPage", "goals"),
    "connections": QT_TRANSLATE_NOOP("TodayPage", "connections"),
    "wellbeing": QT_TRANSLATE_NOOP("TodayPage", "wellbeing check"),
    "agree": QT_TRANSLATE_NOOP("TodayPage", "agree the plan"),
    "finish": QT_TRANSLATE_NOOP("TodayPage", "finish"),
}


@dataclass(frozen=True)
class TodayRow:
    """What a person's row stands for (the model's UserRole)."""

    section: str  # a key of domain.today.LIST_KEYS
    person_id: str
    follow_up_id: str = ""
    conversation_id: str = ""


@dataclass(frozen=True)
class Section:
    """One list as the page shows it: its key, its title ("Due today"), its heading with the
    count ("Due today (3)"), the sentence shown when it is empty, and its entries."""

    key: str
    title: str
    heading: str
    empty: str
    entries: list[Any]


def _tr(text: str) -> str:
    return translate("TodayPage", text)


def days_text(days: int) -> str:
    # The main window's "%n day(s)" (self.tr there, so lupdate records its plural forms;
    # pyside6-lupdate takes no plural from a module-level translate()).
    return translate("MainWindow", "%n day(s)", None, days)


def _label(enum_type: type[FollowUpKind] | type[ConversationKind], value: str) -> str:
    try:
        return labels.label(enum_type(value))
    except ValueError:
        return value


def _who(name: str, preferred: str) -> str:
    return arg(translate("TodayPage", "%1 (%2)"), name, preferred) if preferred else name


def booking_cells(b: TodayBooking, section: str) -> tuple[str, str, str]:
    kind = _label(FollowUpKind, b.kind)
    detail = arg(translate("TodayPage", "%1, %2"), kind, b.venue) if b.venue else kind
    if section == "overdue":
        when = arg(
            translate("TodayPage", "%1 overdue, was %2"),
            days_text(b.days_overdue),
            format_date(b.due_on),
        )
    elif section == "this_week":
        when = arg(
            translate("TodayPage", "%1 %2"), weekday_name(b.due_on.weekday()), format_date(b.due_on)
        )
    else:
        when = translate("TodayPage", "Today")
    return _who(b.name, b.preferred_name), when, detail


def waiting_cells(w: WaitingReferral) -> tuple[str, str, str]:
    try:
        source = labels.label(ReferralSource(w.source))
    except ValueError:
        source = w.source
    when = arg(
        translate("TodayPage", "%1, received %2"),
        days_text(w.days_waiting),
        format_date(w.received_on),
    )
    return (
        _who(w.name, w.preferred_name),
        when,
        arg(translate("TodayPage", "Referred by %1"), source),
    )


def unfinished_cells(u: UnfinishedConversation) -> tuple[str, str, str]:
    step = STEP_NAMES.get(u.step)
    where = (
        arg(translate("TodayPage", "Resume at %1"), _tr(step))
        if step
        else translate("TodayPage", "Resume")
    )
    kind = _label(ConversationKind, u.kind)
    return (
        _who(u.name, u.preferred_name),
        format_date(u.held_on),
        arg(translate("TodayPage", "%1: %2"), kind, where),
    )


def not_contacted_cells(n: NotContacted) -> tuple[str, str, str]:
    if n.days_since is None or n.last_contact_on is None:
        when = translate("TodayPage", "Never contacted")
    else:
        when = arg(
            translate("TodayPage", "%1 since %2"),
            days_text(n.days_since),
            format_date(n.last_contact_on),
        )
    try:
        status = labels.label(ReferralStatus(n.status))
    except ValueError:
        status = n.status
    return _who(n.name, n.preferred_name), when, arg(translate("TodayPage", "Referral: %1"), status)


def row_of(key: str, entry: Entry) -> TodayRow:
    """The :class:`TodayRow` of ``entry`` in the list ``key``."""
    if isinstance(entry, TodayBooking):
        return TodayRow(key, entry.person_id, follow_up_id=entry.follow_up_id)
    if isinstance(entry, UnfinishedConversation):
        return TodayRow(key, entry.person_id, conversation_id=entry.conversation_id)
    return TodayRow(key, entry.person_id)


def cells_of(key: str, entry: Entry) -> tuple[str, str, str]:
    """The three texts (who, when, what) of ``entry`` in the list ``key``."""
    if isinstance(entry, TodayBooking):
        return booking_cells(entry, key)
    if isinstance(entry, WaitingReferral):
        return waiting_cells(entry)
    if isinstance(entry, UnfinishedConversation):
        return unfinished_cells(entry)
    return not_contacted_cells(entry)


_HEADING, _NOTE, _PERSON = 0, 1, 2
_PASSIVE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_CHOOSABLE = _PASSIVE | Qt.ItemFlag.ItemIsSelectable


class TodayModel(QAbstractTableModel):
    """Rows top to bottom: for each list its heading, then its people (or, when it has none,
    the sentence that says so). Columns: who, when, what. Headings and sentences are not
    selectable; a person's row gives its :class:`TodayRow` in ``ROLE`` and, in column 0, a
    screen reader's text ("Overdue: record what happened: Ama Owusu, 3 days overdue, …")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sections: list[Section] = []
        self._starts: list[int] = []  # the row of each heading
        self._total = 0
        self._said = "%1: %2"
        self.headers: tuple[str, ...] = ("", "", "")
        self._bold = QFont()
        self._bold.setBold(True)
        self._made: dict[int, tuple[TodayRow, tuple[str, str, str]]] = {}  # rows asked for
        # People sit one step in from their heading, as in a tree: an empty picture before
        # the name (drawn by Qt's own delegate, on the side the language starts from; no
        # Python painting, which runs for every cell and waits for the interpreter).
        self.indent = QPixmap(INDENT_PX, 1)
        self.indent.fill(QColor(0, 0, 0, 0))

    # -- filling -----------------------------------------------------------------------------

    def set_lists(self, sections: list[Section], said: str, bold: QFont | None = None) -> None:
        """Show ``sections`` (one reset; nothing per row). ``said`` is the translated
        "%1: %2" that joins a list's title and a row's cells for screen readers."""
        self.beginResetModel()
        self.sections = sections
        self._said = said
        if bold is not None:
            self._bold = bold
        self._made = {}
        starts, row = [], 0
        for section in sections:
            starts.append(row)
            row += 1 + max(len(section.entries), 1)
        self._starts = starts
        self._total = row
        self.endResetModel()

    def clear(self) -> None:
        self.set_lists([], self._said)

    # -- where rows are ----------------------------------------------------------------------

    def _locate(self, row: int) -> tuple[int, int, int]:
        """(kind, section number, entry number) of ``row``."""
        s = bisect_right(self._starts, row) - 1
        offset = row - self._starts[s]
        if offset == 0:
            return _HEADING, s, -1
        if not self.sections[s].entries:
            return _NOTE, s, -1
        return _PERSON, s, offset - 1

    def _made_row(self, row: int, s: int, n: int) -> tuple[TodayRow, tuple[str, str, str]]:
        made = self._made.get(row)
        if made is None:
            section = self.sections[s]
            entry = section.entries[n]
            made = (row_of(section.key, entry), cells_of(section.key, entry))
            self._made[row] = made
        return made

    def heading_rows(self) -> list[int]:
        """The row of each list's heading, top to bottom (each spans the three columns)."""
        return list(self._starts)

    def note_rows(self) -> list[int]:
        """The rows of the empty lists' sentences (each spans the three columns)."""
        return [
            start + 1
            for start, section in zip(self._starts, self.sections, strict=True)
            if not section.entries
        ]

    def today_row(self, row: int) -> TodayRow | None:
        """The person row ``row`` stands for (None: a heading, a sentence, out of range)."""
        if not 0 <= row < self._total:
            return None
        kind, s, n = self._locate(row)
        return self._made_row(row, s, n)[0] if kind == _PERSON else None

    def find(self, wanted: TodayRow) -> int | None:
        """The row of ``wanted`` in this view (None: not in it any more)."""
        for start, section in zip(self._starts, self.sections, strict=True):
            if section.key != wanted.section:
                continue
            for n, entry in enumerate(section.entries):
                if row_of(section.key, entry) == wanted:
                    return start + 1 + n
        return None

    def first_person_row(self) -> int | None:
        for start, section in zip(self._starts, self.sections, strict=True):
            if section.entries:
                return start + 1
        return None

    def all_rows(self) -> list[TodayRow]:
        """Every person row, top to bottom."""
        return [row_of(s.key, entry) for s in self.sections for entry in s.entries]

    def text(self, row: int, column: int = 0) -> str:
        """The text shown at ``row``, ``column`` ("" when none)."""
        value = self.data(self.index(row, column))
        return value if isinstance(value, str) else ""

    # -- Qt's model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802 (Qt name)
        self, section: int, orientation: Qt.Orientation, role: int = 0
    ) -> str | None:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMNS
        ):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CHOOSABLE if self._locate(index.row())[0] == _PERSON else _PASSIVE

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < self._total:
            return None
        kind, s, n = self._locate(row)
        if kind == _PERSON:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._made_row(row, s, n)[1][column]
            if role == ROLE:
                return self._made_row(row, s, n)[0]
            if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
                cells = self._made_row(row, s, n)[1]
                return arg(self._said, self.sections[s].title, ", ".join(cells))
            if role == Qt.ItemDataRole.DecorationRole and column == 0:
                return self.indent
            return None
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            section = self.sections[s]
            return section.heading if kind == _HEADING else section.empty
        if role == Qt.ItemDataRole.FontRole and kind == _HEADING:
            return self._bold
        return None
