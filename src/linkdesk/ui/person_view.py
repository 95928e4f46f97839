"""One person's record: details, referral and status, consent, conversations, goals, follow-ups."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.enums import CommunicationNeed, ConsentScope, FollowUpStatus, GoalStatus
from linkdesk.domain.nhs import format_nhs_number
from linkdesk.domain.outcomes import PersonOutcomes
from linkdesk.services.app_services import AppServices
from linkdesk.services.outcomes import OutcomeService
from linkdesk.services.people import PersonRecord
from linkdesk.ui import labels
from linkdesk.ui.caseload import follow_up_text, format_date
from linkdesk.ui.i18n import arg
from linkdesk.ui.kept_dialogs import in_person_view
from linkdesk.ui.ops import Failure, Operations
from linkdesk.ui.referral_panel import ReferralPanel
from linkdesk.ui.shortcuts import START_CONVERSATION
from linkdesk.ui.widgets.banner import Banner
from linkdesk.ui.widgets.flow import FlowLayout
from linkdesk.ui.widgets.form import caption_label, make_button, plain_label
from linkdesk.ui.widgets.scroll import ControlsScrollArea


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class PersonView(QWidget):
    """Signals ``back()`` to return to the caseload and ``changed()`` after an edit.

    Built once and refilled for each person (:meth:`show_person`): building its widgets
    under the app's style sheet cost more than half of opening a person. ``person_id`` ""
    builds it showing nobody.
    """

    back = Signal()
    changed = Signal()

    def __init__(
        self,
        services: AppServices,
        person_id: str,
        *,
        ops: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.person_id = person_id
        self.record: PersonRecord | None = None

        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.back_button = make_button(
            self.tr("← &Caseload"), self.tr("Back to the caseload"), self.back.emit
        )
        self.back_button.setToolTip(self.tr("Back to the caseload (Esc)"))
        self.name_label = plain_label()
        self.name_label.setObjectName("personName")
        # Selectable from the start: the heading's large font sits 1 px lower once a text
        # document draws it, so making it selectable on demand would move it (widgets/
        # record_label.py); one label's document is cheap.
        self.name_label.selectable = False
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setAccessibleName(self.tr("Person's name"))
        header.addWidget(self.back_button)
        header.addWidget(self.name_label, 1)
        outer.addLayout(header)

        actions_row = QWidget()
        actions = FlowLayout(actions_row)  # wraps on a narrow window: no cut-off buttons
        self.conversation_button = make_button(
            self.tr("&Start conversation"), self.tr("Start a conversation"), self.start_conversation
        )
        self.conversation_button.setToolTip(
            arg(self.tr("Start or carry on a conversation (%1)"), START_CONVERSATION)
        )
        self.conversation_button.setObjectName("primaryButton")
        actions.addWidget(self.conversation_button)
        actions.addWidget(
            make_button(self.tr("&Print plan…"), self.tr("Print the plan"), self._plan)
        )
        actions.addWidget(
            make_button(self.tr("&Edit details…"), self.tr("Edit the person's details"), self._edit)
        )
        actions.addWidget(
            make_button(
                self.tr("E&xport record…"), self.tr("Export the person's record"), self._export
            )
        )
        actions.addWidget(make_button(self.tr("Erase…"), self.tr("Erase this person"), self._erase))
        outer.addWidget(actions_row)

        self.safeguarding = Banner(kind="danger")
        self.safeguarding.setObjectName("safeguardingBanner")
        outer.addWidget(self.safeguarding)
        self.consent_missing = Banner(kind="warning")  # consent first (issue 10)
        self.consent_missing.setObjectName("consentBanner")
        outer.addWidget(self.consent_missing)

        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self._build_details(), 0, 0)
        self.referral = ReferralPanel(services, person_id, ops=ops)
        self.referral.changed.connect(self._reload)
        grid.addWidget(self.referral, 0, 1)
        grid.addWidget(self._build_consent(), 1, 0)
        grid.addWidget(self._build_work(), 1, 1)
        grid.addWidget(self._build_timeline(), 2, 0)
        grid.addWidget(self._build_outcomes(), 2, 1)
        grid.setRowStretch(3, 1)
        scroll = ControlsScrollArea(body)
        outer.addWidget(scroll, 1)
        self.body_scroll = scroll
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.back.emit)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if person_id:
            self.load()

    def show_person(self, person_id: str) -> None:
        """Show another person here, as a newly built view would (nothing is rebuilt)."""
        self.person_id = person_id
        self.referral.person_id = person_id
        self.referral.status_error.setVisible(False)
        self.load()
        self.body_scroll.verticalScrollBar().setValue(0)

    def forget(self) -> None:
        """Show nobody (the view is kept for the next person): every field emptied."""
        self.person_id = ""
        self.referral.person_id = ""
        self.record = None
        self.referral.record = None
        self.name_label.clear()
        self.safeguarding.clear_message()
        for label in (*self.detail_labels.values(), *self.consent_labels.values()):
            label.clear()
        self.referral.referral_summary.clear()
        self.referral.next_status.clear()
        self.conversations.clear()
        self.goals_summary.clear()
        self.follow_ups.clear()
        self.referral.history.clear()
        self.timeline.clear()
        self.outcomes.show_outcomes(PersonOutcomes(person_id=""))

    def focus_first(self) -> None:
        """Put the focus on "Start conversation" (not a focus proxy: a proxied view left
        "← Caseload", before it, out of the Tab order)."""
        self.conversation_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ----------------------------------------------------------------------------

    def _build_details(self) -> QGroupBox:
        box = QGroupBox(self.tr("Details"))
        form = QFormLayout(box)
        self.detail_labels: dict[str, QLabel] = {}
        for key, title in (
            ("preferred_name", self.tr("Likes to be called")),
            ("pronouns", self.tr("Pronouns")),
            ("date_of_birth", self.tr("Date of birth")),
            ("nhs_number", self.tr("NHS number")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("Email")),
            ("address", self.tr("Address")),
            ("preferred_language", self.tr("Language")),
            ("communication_needs", self.tr("Communication needs")),
        ):
            value = plain_label()
            value.setAccessibleName(title)
            form.addRow(caption_label(arg(self.tr("%1:"), title)), value)
            self.detail_labels[key] = value
        return box

    def _build_consent(self) -> QGroupBox:
        box = QGroupBox(self.tr("Consent"))
        grid = QGridLayout(box)
        self.consent_labels: dict[ConsentScope, QLabel] = {}
        grid.setColumnStretch(0, 1)
        for row, scope in enumerate(ConsentScope):
            what = caption_label(labels.label(scope))
            state = caption_label()  # our words and a date: nothing to copy
            # As wide as the widest text it can show ("Not asked yet", or "Yes, 30 Sept 2026"),
            # so the rows do not jump when a decision is recorded.
            sample = format_date(date(2026, 9, 30))
            texts = [self.tr("Not asked yet")] + [
                arg(self.tr("%1, %2"), answer, sample) for answer in (self.tr("Yes"), self.tr("No"))
            ]
            metrics = state.fontMetrics()
            state.setMinimumWidth(max(metrics.horizontalAdvance(t) for t in texts))
            state.setAccessibleName(arg(self.tr("Decision: %1"), labels.label(scope)))
            yes = make_button(
                self.tr("Yes"),
                arg(self.tr("Record yes: %1"), labels.label(scope)),
                lambda _=False, s=scope: self._consent(s, True),
            )
            no = make_button(
                self.tr("No"),
                arg(self.tr("Record no: %1"), labels.label(scope)),
                lambda _=False, s=scope: self._consent(s, False),
            )
            grid.addWidget(what, row, 0)
            grid.addWidget(state, row, 1)
            grid.addWidget(yes, row, 2)
            grid.addWidget(no, row, 3)
            self.consent_labels[scope] = state
        grid.setRowStretch(len(ConsentScope), 1)  # rows stay together at the top
        return box

    def _build_work(self) -> QGroupBox:
        box = QGroupBox(self.tr("Conversations, goals and follow-ups"))
        column = QVBoxLayout(box)
        self.conversations = QListWidget()
        self.conversations.setAccessibleName(self.tr("Conversations"))
        self.conversations.setMaximumHeight(130)
        label = QLabel(self.tr("Con&versations:"))
        label.setBuddy(self.conversations)
        column.addWidget(label)
        column.addWidget(self.conversations)
        self.goals_summary = plain_label()
        self.goals_summary.setAccessibleName(self.tr("Goals and connections"))
        column.addWidget(self.goals_summary)
        self.follow_ups = QListWidget()
        self.follow_ups.setAccessibleName(self.tr("Follow-ups"))
        self.follow_ups.setMaximumHeight(110)
        label = QLabel(self.tr("Follow-&ups:"))
        label.setBuddy(self.follow_ups)
        column.addWidget(label)
        column.addWidget(self.follow_ups)
        self.outcome_button = make_button(
            self.tr("Record &what happened…"),
            self.tr("Record what happened at the chosen meeting"),
            self._record_outcome,
        )
        self.outcome_button.setToolTip(self.tr("Attended, did not attend, cancelled or rebooked"))
        self.follow_ups.currentRowChanged.connect(lambda _row: self._follow_up_chosen())
        row = QHBoxLayout()
        row.addWidget(self.outcome_button)
        row.addStretch(1)
        column.addLayout(row)
        return box

    def _build_timeline(self) -> QGroupBox:
        box = QGroupBox(self.tr("Timeline, newest first"))
        column = QVBoxLayout(box)
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")  # its entries come from services.timeline
        self.timeline.setAccessibleName(self.tr("Timeline, newest first"))
        self.timeline.setWordWrap(True)
        self.timeline.setMinimumHeight(160)
        label = QLabel(self.tr("Time&line:"))
        label.setBuddy(self.timeline)
        column.addWidget(label)
        column.addWidget(self.timeline)
        return box

    def _build_outcomes(self) -> QGroupBox:
        from linkdesk.ui.outcomes_chart import OutcomesPanel

        box = QGroupBox(self.tr("Wellbeing over time"))
        column = QVBoxLayout(box)
        self.outcomes = OutcomesPanel()
        column.addWidget(self.outcomes)
        return box

    # -- filling -----------------------------------------------------------------------------

    def load(self) -> None:
        """Read the person's record and show it; the audit log's "viewed" entry is written
        on a worker meanwhile (its commit waits for the drive: 5-40 ms on the UI thread at
        50,000 people, issue 15). Should that write fail, the record does not stay on screen:
        the view goes back, and the error is shown."""
        people, person_id = self.services.people, self.person_id
        record = people.record(person_id, audit=False)
        self.record = record
        person = record.person
        today = self.services.clock.today()
        self.name_label.setText(person.full_name)
        if record.has_safeguarding_concern:
            self.safeguarding.show_message(
                self.tr("Safeguarding concern recorded: read the conversation notes first.")
            )
        else:
            self.safeguarding.clear_message()
        if not any(record.consent_for(scope) is not None for scope in ConsentScope):
            self.consent_missing.show_message(
                self.tr(
                    "Consent not recorded: ask first whether notes may be kept "
                    "(step 1 of the conversation, or Yes and No under Consent)."
                )
            )
        else:
            self.consent_missing.clear_message()
        dob = person.date_of_birth
        known = {n.value: labels.label(n) for n in CommunicationNeed}
        needs = [known[n] for n in person.communication_needs if n in known]
        values = {
            "preferred_name": person.preferred_name,
            "pronouns": person.pronouns,
            "date_of_birth": (
                arg(self.tr("%1 (age %2)"), format_date(dob), age_on(dob, today))
                if dob
                else self.tr("Not known")
            ),
            "nhs_number": format_nhs_number(person.nhs_number) if person.nhs_number else "",
            "phone": person.phone,
            "email": person.email,
            "address": ", ".join(p for p in (person.address, person.postcode) if p),
            "preferred_language": person.preferred_language,
            "communication_needs": ", ".join(needs) or self.tr("None recorded"),
        }
        for key, label in self.detail_labels.items():
            label.setText(values[key] or "—")
        self.referral.fill(record)
        for scope, label in self.consent_labels.items():
            consent = record.consent_for(scope)
            if consent is None:
                label.setText(self.tr("Not asked yet"))
            else:
                answer = self.tr("Yes") if consent.given else self.tr("No")
                label.setText(arg(self.tr("%1, %2"), answer, format_date(consent.decided_on)))
        self.conversations.clear()
        for c in record.conversations:
            state = self.tr("finished") if c.completed else self.tr("not finished")
            self.conversations.addItem(
                arg(self.tr("%1: %2 (%3)"), format_date(c.held_on), labels.label(c.kind), state)
            )
        if not record.conversations:
            self.conversations.addItem(self.tr("No conversations yet."))
        achieved = sum(1 for g in record.goals if g.status == GoalStatus.ACHIEVED)
        self.goals_summary.setText(
            arg(
                self.tr("Goals: %1 (%2 achieved). Connections: %3."),
                len(record.goals),
                achieved,
                len(record.connections),
            )
            + "".join(f"\n• {g.text}" for g in record.goals[:5])
        )
        self.follow_ups.clear()
        for f in record.follow_ups:
            when = (
                follow_up_text(f.due_on, today)
                if f.status == FollowUpStatus.BOOKED
                else arg(self.tr("%1 (%2)"), format_date(f.due_on), labels.label(f.status).lower())
            )
            item = QListWidgetItem(arg(self.tr("%1: %2"), when, labels.label(f.kind)))
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            self.follow_ups.addItem(item)
        if not record.follow_ups:
            self.follow_ups.addItem(self.tr("No follow-ups booked."))
        else:  # the meeting that most needs an outcome first: the earliest still booked
            booked = [
                i for i, f in enumerate(record.follow_ups) if f.status == FollowUpStatus.BOOKED
            ]
            self.follow_ups.setCurrentRow(booked[0] if booked else 0)
        self._follow_up_chosen()
        self.timeline.clear()
        for entry in self.services.timeline.for_record(record):
            text = f"{format_date(entry.on)}: {entry.title}"
            if entry.detail:
                text += f" ({entry.detail})"
            if entry.automatic:
                text += " " + self.tr("[automatic]")
            self.timeline.addItem(text)
        if not self.timeline.count():
            self.timeline.addItem(self.tr("Nothing recorded yet."))
        self.outcomes.show_outcomes(OutcomeService.from_measures(person.id, record.measures))
        self.ops.op(self, lambda _progress: people.note_viewed(person_id)).failure(
            lambda failure: self._not_noted(person_id, failure)
        ).run()

    def _not_noted(self, person_id: str, failure: Failure) -> None:
        """The "viewed" entry could not be written: no record shown without it."""
        if self.person_id == person_id:
            self.forget()
            self.back.emit()
        self.ops.show_error(self.window(), "", failure.message)

    # -- actions -----------------------------------------------------------------------------

    def _follow_up_chosen(self) -> None:
        item = self.follow_ups.currentItem()
        self.outcome_button.setEnabled(
            item is not None and bool(item.data(Qt.ItemDataRole.UserRole))
        )

    def _record_outcome(self) -> None:
        """The booking outcome dialog for the chosen meeting (the main window's when shown)."""
        from linkdesk.ui.booking_dialog import BookingOutcomeDialog
        from linkdesk.ui.main_window import MainWindow

        item = self.follow_ups.currentItem()
        follow_up_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not follow_up_id:
            return
        owner = self.window()
        if isinstance(owner, MainWindow):
            owner.record_outcome(str(follow_up_id))  # refreshes this view, Today, the caseload
            return
        _result, accepted = BookingOutcomeDialog.ask(self, self.services, self.ops, follow_up_id)
        if accepted:
            self._reload()

    def _reload(self) -> None:
        self.load()
        self.changed.emit()

    def _consent(self, scope: ConsentScope, given: bool) -> None:
        people, person_id, actor = self.services.people, self.person_id, self.services.actor()
        self.ops.op(
            self,
            lambda _progress: people.record_consent(person_id, scope, given, recorded_by=actor),
        ).success(lambda _consent: self._reload()).now()

    def _edit(self) -> None:
        from linkdesk.ui.person_dialog import PersonDialog

        if self.record is None:
            return
        _, accepted = PersonDialog.ask(
            self,
            self.services,
            self.ops,
            self.record.person,
            reopen=in_person_view(PersonView._edit),
        )
        if accepted:
            self._reload()

    def start_conversation(self) -> None:
        from linkdesk.ui import conversation

        # The main window owns the conversation window, so going back to the caseload (which
        # drops this view) does not close a conversation in progress; it also offers to mark
        # a booking due today attended and refreshes Today and the caseload afterwards.
        from linkdesk.ui.main_window import MainWindow

        owner = self.window()
        if isinstance(owner, MainWindow):
            owner.open_conversation(self.person_id)
            return
        conversation.open_conversation(owner, self.services, self.person_id, ops=self.ops)
        if self.services.is_open:
            self._reload()

    def _plan(self) -> None:
        from linkdesk.ui import plan_preview

        plan_preview.show_plan(self, self.services, self.ops, self.person_id)

    def _export(self) -> None:
        from linkdesk.ui import exchange_actions

        exchange_actions.export_person(self, self.services, self.ops, self.person_id)

    def _erase(self) -> None:
        from linkdesk.ui import exchange_actions

        # A conversation window left open would keep saving into the erased record: close it
        # first (it saves as it goes, so a cancelled erase loses nothing).
        from linkdesk.ui.conversation.window import ConversationWindow

        for window in self.window().findChildren(ConversationWindow):
            if window.person_id == self.person_id and window.isVisible():
                window.close()
        exchange_actions.erase_person(
            self, self.services, self.ops, self.person_id, on_erased=self._erased
        )

    def _erased(self) -> None:
        self.changed.emit()
        self.back.emit()
