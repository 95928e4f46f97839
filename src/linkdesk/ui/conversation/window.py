"""The conversation window: header, rail of steps, the current step, worker-only notes,
and the show-the-person view (F11 / Ctrl+Shift+P).

Step pages (and the show-the-person view) are built the first time they are shown, so
opening the window builds one page, not eight: the UI thread never blocks long (DESIGN §8).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLayout,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.enums import ConversationKind
from linkdesk.domain.life_areas import LIFE_AREAS
from linkdesk.services.app_services import AppServices
from linkdesk.services.conversation import STEPS, FinishResult
from linkdesk.ui import labels
from linkdesk.ui.conversation.autosave import Autosaver, SavedIndicator
from linkdesk.ui.conversation.base import (
    Guidance,
    StepContext,
    StepPage,
    button,
    heading,
    large_font,
    wrapped,
)
from linkdesk.ui.conversation.notes_panel import NotesPanel
from linkdesk.ui.conversation.rail import StepRail
from linkdesk.ui.conversation.show_person import ShowPersonView
from linkdesk.ui.conversation.step_agree import AgreeStep
from linkdesk.ui.conversation.step_areas import AreasStep
from linkdesk.ui.conversation.step_connections import ConnectionsStep
from linkdesk.ui.conversation.step_consent import ConsentStep
from linkdesk.ui.conversation.step_finish import FinishStep
from linkdesk.ui.conversation.step_goals import GoalsStep
from linkdesk.ui.conversation.step_matters import MattersStep
from linkdesk.ui.conversation.step_wellbeing import WellbeingStep
from linkdesk.ui.i18n import arg, day_month_year
from linkdesk.ui.ops import Operations
from linkdesk.ui.widgets.focus_chain import move_after
from linkdesk.ui.widgets.scroll import ControlsScrollArea

PERSON_VIEW_KEYS = ("F11", "Ctrl+Shift+P")

# Widths in em of the large font: (rail, notes) on a wide window and on a narrow one. A
# 1366x768 screen leaves about 70 em at 100 %, 58 em at 125 % and 48 em at 150 %: on a narrow
# window the rail shows step numbers alone (the footer names the step), so the step keeps
# 28 em or more (and scrolls, never clips, where it needs more).
WIDE_COLUMNS = (12, 15)
NARROW_COLUMNS = (3, 15)
WIDE_FROM_EM = 64  # the window's width, in em, from which the wide columns are used


class ConversationWindow(QMainWindow):
    finished = Signal()
    closed = Signal()  # after the last save, so other views can show what was stored

    def __init__(
        self,
        services: AppServices,
        person_id: str,
        *,
        ops: Operations,
        kind: ConversationKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setFont(large_font())
        self.services = services
        self.ops = ops
        self.person_id = person_id
        self.current = -1
        conversation = services.conversation.start_or_resume(person_id, kind=kind)
        self.saver = Autosaver(self)
        language = services.plans.plan_language(person_id)  # the person's: what they see
        self.ctx = StepContext(
            services, person_id, conversation, self.saver, language.language.code, ops
        )
        self.finish_result: FinishResult | None = None  # what finishing settled, for the caller
        person = services.people.get(person_id)
        self.setWindowTitle(self.tr("Conversation - LinkDesk"))
        self.setAccessibleName(arg(self.tr("Conversation with %1"), person.display_name))

        self.modes = QStackedWidget()
        self.setCentralWidget(self.modes)
        worker = QWidget()
        self.modes.addWidget(worker)
        outer = QVBoxLayout(worker)
        header = QHBoxLayout()
        outer.addLayout(header)
        title = heading(
            arg(
                self.tr("%1 - %2, %3"),
                person.display_name,
                labels.label(conversation.kind),
                day_month_year(conversation.held_on),
            ),
            1.2,
        )
        header.addWidget(title, 1)
        self.saved = SavedIndicator(self.saver)
        header.addWidget(self.saved)
        self.person_button = button(self.tr("Show the person (F11)"), self.tr("Show the person"))
        self.person_button.clicked.connect(self.toggle_person_view)
        header.addWidget(self.person_button)

        # A drive problem holding saves back is said here (field problems are said by the field).
        self.save_problem = Guidance(self.tr("Save problem"))
        self.saver.problem_changed.connect(self.save_problem.say)
        outer.addWidget(self.save_problem)
        # The person's language has no catalogue yet: said once, under the header.
        self.language_note = wrapped(language.note)
        self.language_note.setObjectName("languageNote")
        self.language_note.setStyleSheet("color: #8a4b00;")
        self.language_note.setVisible(bool(language.note))
        outer.addWidget(self.language_note)

        body = QHBoxLayout()
        outer.addLayout(body, 1)
        self.step_classes: list[type[StepPage]] = [
            ConsentStep,
            MattersStep,
            AreasStep,
            GoalsStep,
            ConnectionsStep,
            WellbeingStep,
            AgreeStep,
            FinishStep,
        ]
        assert [c.key for c in self.step_classes] == list(STEPS)
        self.built: dict[int, StepPage] = {}  # step index -> page, built when first shown
        self.rail = StepRail([c.step_title() for c in self.step_classes])
        self.rail.step_chosen.connect(lambda i: self.go(i, ask=True))
        body.addWidget(self.rail)
        self.stack = QStackedWidget()
        # The step scrolls (both ways, when it must) rather than set the window's minimum
        # size: pages are built when first shown, and the window must neither jump wider
        # mid-talk nor outgrow a laptop screen (docs/walkthrough.md).
        self.step_area = ControlsScrollArea(self.stack)
        body.addWidget(self.step_area, 1)
        self.notes = NotesPanel(self.ctx)
        body.addWidget(self.notes)
        self._columns: tuple[int, int] | None = None

        footer = QHBoxLayout()
        outer.addLayout(footer)
        self.back = button(self.tr("< Back  (Ctrl+PgUp)"), self.tr("Previous step"))
        self.next = button(self.tr("Next  (Ctrl+PgDn) >"), self.tr("Next step"))
        self.back.clicked.connect(lambda: self.go(self.current - 1, ask=True))
        self.next.clicked.connect(lambda: self.go(self.current + 1, ask=True))
        footer.addWidget(self.back)
        self.where = wrapped()  # "Step 3 of 8: Life areas"
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        footer.addWidget(self.where, 1)
        footer.addWidget(self._language_chooser())
        footer.addWidget(self.next)

        self.person_view: ShowPersonView | None = None  # built on first F11
        # Layouts of pages built before the window is first shown: held back until then, so
        # a page is laid out once, at its real width, not first at a new widget's 100 px
        # (where every wrapped label is many lines to shape) and again when shown.
        self._held_layouts: list[QLayout] = []
        self._consent_asked = False  # leaving consent with nothing recorded asks once

        self._shortcuts()
        self._large_type(self)
        self._fit_columns()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._app_state)

        start = conversation.current_step if conversation.current_step in STEPS else STEPS[0]
        self.go(STEPS.index(start))

    def _language_chooser(self) -> QComboBox:
        """ "The person's language": what they see and hear (the read-back, the show-the-person
        view, the wellbeing questions) and their plan; kept as their plan language. A chooser
        alone in the footer (named by its tooltip and accessible name), so the window still
        fits a laptop screen at 150 %."""
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("The person's language"))
        self.language.setToolTip(self.tr("The person's language"))
        # Narrow (the list shows the names whole), so "Step 2 of 8: What matters to you" beside
        # it keeps to one line and the footer no taller than its buttons.
        self.language.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.language.setMinimumContentsLength(9)
        for choice in self.services.plans.languages():
            self.language.addItem(choice.label, choice.code)
            self.language.setItemData(
                self.language.count() - 1,
                arg(self.tr("Translation: %1"), choice.review),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.person_language)))
        self.language.activated.connect(lambda _index: self.set_person_language())
        return self.language

    def set_person_language(self, code: str | None = None) -> None:
        """Show the person's screens in ``code`` (else the chooser's) and keep it as their
        plan language; the step shown and the show-the-person view follow at once."""
        chosen = code if code is not None else str(self.language.currentData() or "")
        if not chosen or chosen == self.ctx.person_language:
            return
        plans, person_id = self.services.plans, self.person_id
        if not self.saver.now(lambda: plans.set_plan_language(person_id, chosen)):
            self.language.setCurrentIndex(self.language.findData(self.ctx.person_language))
            return
        self.ctx.person_language = chosen
        self.language.setCurrentIndex(self.language.findData(chosen))
        self.language_note.setVisible(False)
        if self.showing_person and self.person_view is not None:
            self.person_view.show_summary(self.ctx.conv.summary(person_id), self.ctx.words())
        else:
            self.current_page.refresh()

    def _fit_columns(self) -> None:
        """The rail and notes at their wide or narrow widths, for the window's width."""
        em = QFontMetrics(large_font()).horizontalAdvance("M")
        columns = WIDE_COLUMNS if self.width() >= em * WIDE_FROM_EM else NARROW_COLUMNS
        if columns != self._columns:
            self._columns = columns
            self.rail.setFixedWidth(em * columns[0])
            self.rail.set_compact(columns == NARROW_COLUMNS)
            self.notes.setFixedWidth(max(em * columns[1], self.notes.minimumSizeHint().width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_columns()

    @staticmethod
    def _large_type(root: QWidget) -> None:
        """Widgets polished by the style sheet before they had this window as a parent stop
        inheriting its font: set it on those (one shared font, once per built part)."""
        font = large_font()
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
                widget.setFont(font)

    def page(self, index: int) -> StepPage:
        """The page of one step, built (and added to the stack) the first time it is asked for."""
        page = self.built.get(index)
        if page is None:
            cls = self.step_classes[index]
            # Built inside the stack: its widgets take the window's style and font as they
            # are made, not again all at once when the whole page is moved into it.
            if cls is ConnectionsStep:
                page = ConnectionsStep(self.ctx, self._chosen_areas)
            else:
                page = cls(self.ctx)
            if isinstance(page, FinishStep):
                page.finish_requested.connect(self.finish)
                page.print_requested.connect(self.print_plan)
            self.built[index] = page
            layout = page.layout()
            if layout is not None and not self.isVisible():
                layout.setEnabled(False)  # until setVisible: see _held_layouts
                self._held_layouts.append(layout)
            self.stack.addWidget(page)
            self._large_type(page)
            move_after(self.rail, page)  # Tab: rail, then the step, then the notes
        return page

    def _chosen_areas(self) -> list[str]:
        """Life areas that matter, most first: from the areas step when it was built, else
        from what is stored (the same thing: every choice there is saved before a step change)."""
        areas = self.built.get(STEPS.index("areas"))
        if isinstance(areas, AreasStep):
            return areas.chosen_keys()
        record = self.services.people.record(self.person_id, audit=False)
        needs = {n.area: n.importance for n in record.needs}
        chosen = [(needs.get(a.key, 0), i, a.key) for i, a in enumerate(LIFE_AREAS)]
        return [k for v, _, k in sorted(chosen, key=lambda t: (-t[0], t[1])) if v]

    # -- navigation ----------------------------------------------------------------------------

    def _shortcuts(self) -> None:
        for i in range(len(self.step_classes)):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, lambda i=i: self.go(i, ask=True))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.go(self.current - 1, ask=True))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.go(self.current + 1, ask=True))
        for keys in PERSON_VIEW_KEYS:
            QShortcut(QKeySequence(keys), self, self.toggle_person_view)
        QShortcut(QKeySequence.StandardKey.Save, self, self.flush)
        QShortcut(QKeySequence("Escape"), self, self._escape)

    def go(self, index: int, *, ask: bool = False) -> None:
        """Show a step (any order); what was typed is saved first. ``ask``: the worker is
        moving on (Next, Back, the rail, Alt+number), so leaving consent with nothing
        recorded stops once to say so."""
        if not 0 <= index < len(self.step_classes):
            return
        if self.modes.currentIndex() != 0:
            self.modes.setCurrentIndex(0)
        self.flush()
        if ask and self._ask_about_consent(index):
            return
        page = self.page(index)
        page.refresh()
        # The scroll area sizes itself to the step shown, not to the tallest step built:
        # other steps are Ignored by the layout, and the new step starts at its top.
        for built in self.built.values():
            policy = QSizePolicy.Policy.Preferred if built is page else QSizePolicy.Policy.Ignored
            built.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(page)
        self.stack.updateGeometry()
        self.step_area.verticalScrollBar().setValue(0)
        self.rail.mark_current(index)
        self.where.setText(
            arg(
                self.tr("Step %1 of %2: %3"),
                index + 1,
                len(self.step_classes),
                self.step_classes[index].step_title(),
            )
        )
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(self.step_classes) - 1)
        if index != self.current:
            self.current = index
            ctx = self.ctx
            self.saver.now(lambda: ctx.conv.set_step(ctx.conversation.id, page.key))
        self._focus_step()

    def _ask_about_consent(self, index: int) -> bool:
        """Consent first: leaving the consent step with nothing recorded stops there once and
        says so (inline, no dialog); going on again carries on. True when it stopped."""
        here = self.built.get(self.current)
        if (
            self._consent_asked
            or not isinstance(here, ConsentStep)
            or index == self.current
            or here.anything_recorded()
        ):
            return False
        self._consent_asked = True
        here.ask_first()
        return True

    def _focus_step(self) -> None:
        target = self.current_page.first_focus()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt API)
        if visible:
            for layout in self._held_layouts:
                layout.setEnabled(True)  # laid out as the window shows, at its real size
            self._held_layouts.clear()
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._focus_step()

    @property
    def current_page(self) -> StepPage:
        return self.page(self.current)

    def toggle_person_view(self) -> None:
        self.flush()
        if self.modes.currentIndex() == 0:
            view = self.person_view
            if view is None:
                view = self.person_view = ShowPersonView()
                view.back.clicked.connect(self.toggle_person_view)
                self.modes.addWidget(view)
                self._large_type(view)
                move_after(self.next, view)
            view.show_summary(self.ctx.conv.summary(self.person_id), self.ctx.words())
            self.modes.setCurrentWidget(view)
            view.back.setFocus()
        else:
            self.modes.setCurrentIndex(0)
            self.go(self.current)

    def _escape(self) -> None:
        if self.showing_person:
            self.toggle_person_view()

    @property
    def showing_person(self) -> bool:
        return self.modes.currentIndex() == 1

    # -- saving and closing --------------------------------------------------------------------

    def flush(self) -> bool:
        """Save whatever is pending now (called on step change, close, lock, sleep)."""
        return self.saver.flush()

    def _app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.flush()

    def print_plan(self) -> None:
        from linkdesk.ui.plan_preview import show_plan

        self.flush()
        show_plan(self, self.services, self.ops, self.person_id)

    def finish(self) -> None:
        self.flush()
        # The day's finish: completed, the bookings due by today settled, the referral moved.
        self.finish_result = self.ctx.conv.finish_conversation(self.ctx.conversation.id)
        self.finished.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.flush()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.applicationStateChanged.disconnect(self._app_state)
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
