"""Step 5: connections — directory services (suggested from the life areas) or free text,
each linked to a goal with who does what by when, and a status.

The right-hand form says which connection it edits ("Editing connection: …"); with none
chosen (as after every resume) it is empty and disabled, never one picked by chance."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.dates import DateRule, parse_date
from linkdesk.domain.enums import ConnectionStatus
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.models import Connection, Service
from linkdesk.ui import labels
from linkdesk.ui.conversation.autosave import not_record_data
from linkdesk.ui.conversation.base import (
    Guidance,
    ItemList,
    StepContext,
    StepPage,
    button,
    date_field,
    elided,
    heading,
    large_font,
    line_edit,
    prose,
)
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, arg
from linkdesk.ui.widgets.columns import ReflowColumns

EMPTY_DIRECTORY = QT_TRANSLATE_NOOP(
    "ConnectionsStep",
    "The directory has no services yet - that's fine. Type what you agreed in the box below "
    "(for example 'Tuesday walking group at the park') and press Enter.",
)


def _service_text(service: Service) -> str:
    extra = " - ".join(p for p in (service.organisation, service.schedule, service.cost) if p)
    return f"{service.name}" + (f"  ({extra})" if extra else "")


class ConnectionsStep(StepPage):
    key = "connections"
    title = QT_TRANSLATE_NOOP("Steps", "Connections")
    FORM = "connections.form"  # the autosave key of the editor's text fields

    def __init__(
        self,
        ctx: StepContext,
        areas_source: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.areas_source = areas_source  # callable -> chosen life-area keys
        self.connection_id: str | None = None
        self._searches = 0  # directory look-ups started; only the latest one's answer shows
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Who and what could help?")))
        # Left: find something. Right: what was agreed. Side by side when there is room,
        # one above the other in a narrow window (150 %), never scrolling sideways.
        left = QVBoxLayout()
        right = QVBoxLayout()
        self.columns = ReflowColumns(left, right)
        outer.addWidget(self.columns, 1)
        search_label, self.search = line_edit(
            self.tr("&Find a service"),
            self.tr("Find a service"),
            self.tr("walking, debt advice, choir…"),
        )
        not_record_data(self.search, "a search of the directory, not part of the record")
        left.addWidget(search_label)
        left.addWidget(self.search)
        self.results_label = QLabel(self.tr("Suggested for what matters to them"))
        left.addWidget(self.results_label)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Services found"))
        self.results.setWordWrap(True)
        self.results.setSpacing(3)
        self.results_label.setBuddy(self.results)
        left.addWidget(self.results, 1)
        self.empty_note = prose(self.tr(EMPTY_DIRECTORY))
        self.empty_note.setAccessibleName(self.tr("The directory is empty"))
        left.addWidget(self.empty_note)
        self.add_service = button(self.tr("A&dd this service"), self.tr("Add this service"))
        left.addWidget(self.add_service)
        free_label, self.free_text = line_edit(
            self.tr("Something not in the director&y"),
            self.tr("Connection not in the directory"),
            self.tr("type it and press Enter"),
        )
        self.free_guidance = Guidance(self.tr("Connection guidance"))
        left.addWidget(free_label)
        left.addWidget(self.free_text)
        left.addWidget(self.free_guidance)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._to_results)
        self.results.itemActivated.connect(lambda _item: self._add_selected())
        self.add_service.clicked.connect(self._add_selected)
        self.free_text.returnPressed.connect(self._add_free_text)
        self.draft_id: str | None = None
        ctx.saver.watch(self.free_text, self._save_free_text)

        # Right: what was agreed, and who does what by when.
        self.agreed = ItemList()
        self.agreed.setAccessibleName(self.tr("Connections agreed"))
        self.agreed.setWordWrap(True)
        self.agreed.setSpacing(3)
        agreed_label = QLabel(self.tr("Connections agr&eed"))
        agreed_label.setBuddy(self.agreed)
        right.addWidget(agreed_label)
        right.addWidget(self.agreed, 1)
        self.agreed.currentItemChanged.connect(self._picked)
        editing_row = QHBoxLayout()
        self.editing = QLabel()
        self.editing.setTextFormat(Qt.TextFormat.PlainText)
        self.editing.setFont(large_font(1.05, bold=True))
        self.editing.setWordWrap(True)
        self.editing.setAccessibleName(self.tr("The connection this form edits"))
        editing_row.addWidget(self.editing, 1)
        self.new_button = button(self.tr("Ne&w connection"), self.tr("New connection"))
        self.new_button.clicked.connect(self.new_connection)
        editing_row.addWidget(self.new_button)
        right.addLayout(editing_row)
        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        # Labels above the fields: beside them, in this half-width column at large type, the
        # goal and "I will..." text was cut to a dozen letters.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.goal = QComboBox()
        self.goal.setAccessibleName(self.tr("Which goal it helps with"))
        goal_label = QLabel(self.tr("Helps with &goal"))
        goal_label.setBuddy(self.goal)
        form.addRow(goal_label, self.goal)
        person_label, self.person_action = line_edit(
            self.tr("&I will…"), self.tr("I will"), self.tr("e.g. go along on Tuesday")
        )
        worker_label, self.worker_action = line_edit(
            self.tr("&My link worker will…"),
            self.tr("My link worker will"),
            self.tr("e.g. ring them"),
        )
        due_label, self.due = date_field(
            self.tr("&By when"), self.tr("By when"), DateRule.FUTURE, ctx
        )
        self.due_guidance = self.due.message  # the date in words, or what is wrong
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Connection status"))
        for status in ConnectionStatus:
            self.status.addItem(labels.label(status), status)
        status_label = QLabel(self.tr("S&tatus"))
        status_label.setBuddy(self.status)
        form.addRow(person_label, self.person_action)
        form.addRow(worker_label, self.worker_action)
        form.addRow(due_label, self.due)
        form.addRow(status_label, self.status)
        right.addWidget(self.editor)
        for edit in (self.person_action, self.worker_action, self.due):
            ctx.saver.watch(edit, lambda _t: self._save(), key=self.FORM)
        self.goal.activated.connect(lambda _i: ctx.saver.now(self._save, key=self.FORM))
        self.status.activated.connect(lambda _i: ctx.saver.now(self._save, key=self.FORM))
        self.editor.setEnabled(False)
        self._show_editing()

    def first_focus(self) -> QWidget:
        return self.search

    # -- finding -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._search(self.search.text())
        self._fill_goals()
        self._fill_agreed()

    def _search(self, text: str) -> None:
        """Find services for ``text`` (else suggest them for the chosen life areas) on a
        worker: at 5,000 services the suggestions take 50-120 ms, too long for the UI thread
        (DESIGN §8). The list keeps what it shows until the answer lands; a newer search
        makes an older answer moot."""
        directory, wanted = self.ctx.services.directory, text.strip()
        areas = [] if wanted else self.areas_source()

        def find(_progress: object) -> tuple[str, list[Service]]:
            if directory.is_empty():
                return "empty", []
            if wanted:
                return "matching", directory.search(text, 30)
            found = directory.suggest_for_areas(areas, 12)
            return ("suggested", found) if found else ("all", directory.search("", 30))

        self._searches += 1
        generation = self._searches
        if self.ctx.ops is None:
            self._found(generation, wanted, find(None))
            return
        self.ctx.ops.op(self, find).success(
            lambda answer: self._found(generation, wanted, answer)
        ).run()

    def _found(self, generation: int, wanted: str, answer: tuple[str, list[Service]]) -> None:
        if generation != self._searches:
            return  # the worker typed on: a newer search is coming
        kind, found = answer
        empty = kind == "empty"
        self.empty_note.setVisible(empty)
        self.results.setVisible(not empty)
        self.results_label.setVisible(not empty)
        self.add_service.setVisible(not empty)
        if kind == "matching":
            self.results_label.setText(arg(self.tr("Services matching '%1'"), wanted))
        elif kind == "suggested":
            self.results_label.setText(self.tr("Suggested for what matters to them"))
        elif kind == "all":
            self.results_label.setText(self.tr("All services"))
        self.results.clear()
        for service in found:
            item = QListWidgetItem(_service_text(service))
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)

    def _to_results(self) -> None:
        if self.results.count():
            self.results.setFocus()

    def _add_selected(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        ctx, service_id = self.ctx, str(item.data(Qt.ItemDataRole.UserRole))
        # Already agreed and still open: the service shows that one, it does not add twice.
        self._add(
            lambda: ctx.conv.add_service_connection(ctx.person_id, ctx.conversation.id, service_id)[
                0
            ]
        )

    def _save_free_text(self, text: str) -> None:
        """Typed free text is saved as a connection as it is typed (a draft until Enter)."""
        name = text.strip()
        if not name:
            return
        ctx = self.ctx
        if self.draft_id is None:
            made = ctx.conv.add_connection(ctx.person_id, ctx.conversation.id, name=name)
            self.draft_id = self.connection_id = made.id
            self._fill_agreed()
            return
        if ctx.conv.rename_connection(self.draft_id, name) is not None:
            self._fill_agreed()

    def _add_free_text(self) -> None:
        name = self.free_text.text().strip()
        if not name:
            self.free_guidance.say(self.tr("Type what the connection is, then press Enter."))
            return
        self.free_guidance.say("")
        self.ctx.saver.flush()
        if self.draft_id is None:  # typed and Enter before the debounce ran
            self._save_free_text(name)
        self.connection_id, self.draft_id = self.draft_id, None
        with self.ctx.saver.muted():
            self.free_text.clear()
        self._fill_agreed()
        self.person_action.setFocus()

    def _add(self, make: Callable[[], Connection]) -> None:
        made: list[Connection] = []
        self.ctx.saver.now(lambda: made.append(make()))
        if made:
            self.connection_id = made[0].id
            self._fill_agreed()
            self.person_action.setFocus()

    # -- agreed connections --------------------------------------------------------------------

    def _fill_goals(self) -> None:
        current = self.goal.currentData()
        self.goal.clear()
        self.goal.addItem(self.tr("Not linked to a goal"), None)
        for goal in self.ctx.conv.goals(self.ctx.person_id):
            self.goal.addItem(goal.text, goal.id)
        self.goal.setCurrentIndex(max(0, self.goal.findData(current)))

    def _fill_agreed(self) -> None:
        self.agreed.blockSignals(True)
        self.agreed.clear()
        conv = self.ctx.conv
        connections = conv.connections(self.ctx.person_id)
        if self.connection_id not in {c.id for c in connections}:
            self.connection_id = None  # none chosen: the form says so, it never guesses
        for connection in connections:
            item = QListWidgetItem(
                arg(
                    self.tr("%1  (%2)"),
                    conv.connection_name(connection),
                    labels.label(connection.status),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, connection.id)
            self.agreed.addItem(item)
            if connection.id == self.connection_id:
                self.agreed.setCurrentItem(item)
        self.agreed.blockSignals(False)
        self._load()

    def _picked(self, item: QListWidgetItem | None) -> None:
        self.ctx.saver.flush()
        self.connection_id = str(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self._load()

    def new_connection(self) -> None:
        """Stop editing the chosen connection; find or type the next one."""
        self.ctx.saver.flush()
        self.connection_id = None
        self.agreed.blockSignals(True)
        self.agreed.setCurrentRow(-1)
        self.agreed.blockSignals(False)
        self._load()
        self.search.setFocus()

    def _show_editing(self) -> None:
        connection = self.ctx.conv.connection(self.connection_id) if self.connection_id else None
        if connection is None:
            text = self.tr("No connection chosen: pick one in the list, or add one")
        else:
            name = self.ctx.conv.connection_name(connection)
            text = arg(self.tr("Editing connection: %1"), elided(name or "…"))
        self.editing.setText(text)
        self.editing.setAccessibleDescription(text)
        self.new_button.setEnabled(connection is not None)

    def _load(self) -> None:
        self.ctx.saver.release(self.FORM)
        self.editor.setEnabled(self.connection_id is not None)
        ctx = self.ctx
        connection = ctx.conv.connection(self.connection_id) if self.connection_id else None
        typed_due = (
            ctx.conv.forms.connection_due(ctx.conversation.id, connection.id)
            if connection
            else None
        )
        self._fill_goals()
        with self.ctx.saver.muted():
            self.person_action.setText(connection.person_action if connection else "")
            self.worker_action.setText(connection.worker_action if connection else "")
            if typed_due:  # typed and not stored (cannot be read, or passed)
                self.due.setText(typed_due)
            else:
                self.due.set_value(connection.due_on if connection else None)
        self.goal.setCurrentIndex(
            max(0, self.goal.findData(connection.goal_id if connection else None))
        )
        status = connection.status if connection else ConnectionStatus.AGREED
        self.status.setCurrentIndex(self.status.findData(status))
        self.due.say(self._due_problem(typed_due) if typed_due else "")
        self._show_editing()

    def _due_problem(self, typed: str) -> str:
        """Guidance for a "by when" kept as typed (shown again after a resume)."""
        try:
            return self.ctx.conv.check_target_date(parse_date(typed))
        except ValidationError as exc:
            return str(exc)

    def _save(self) -> None:
        if self.connection_id is None:
            return
        goal = self.goal.currentData()
        connection, problem = self.ctx.conv.forms.plan_connection(
            self.ctx.conversation.id,
            self.connection_id,
            goal_id=str(goal) if goal is not None else None,
            person_action=self.person_action.text(),
            worker_action=self.worker_action.text(),
            status=ConnectionStatus(self.status.currentData()),
            due_text=self.due.text(),
        )
        self.due.say(problem)
        for row in range(self.agreed.count()):
            item = self.agreed.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == connection.id:
                name = self.ctx.conv.connection_name(connection)
                item.setText(arg(self.tr("%1  (%2)"), name, labels.label(connection.status)))
