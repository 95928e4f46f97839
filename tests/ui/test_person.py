"""Add/edit person and referral dialogs, and the person view."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from linkdesk.domain.enums import ConsentScope
from linkdesk.domain.models import Conversation, Person, Referral
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.ui.caseload import CaseloadPage
from linkdesk.ui.ops import ImmediateOps
from linkdesk.ui.person_dialog import PersonDialog
from linkdesk.ui.person_view import PersonView
from linkdesk.ui.referral_dialog import ReferralDialog

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse


def test_add_person_dialog_validates_inline_then_saves(qtbot, services) -> None:
    dialog = PersonDialog(services, ImmediateOps(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # empty name
    assert dialog.isVisible()
    assert "first name" in dialog.fields.errors["given_name"].text()
    assert dialog.fields.errors["given_name"].isVisible()

    dialog.given_name.setText("Grace")
    dialog.family_name.setText("Hopper")
    dialog.accept()
    assert dialog.date_of_birth.problem == "Type the date, or tick Not known."
    dialog.date_of_birth.unknown.setChecked(True)
    dialog.nhs_number.setText("123 456 7890")
    dialog.accept()
    assert dialog.isVisible()
    assert "NHS number" in dialog.fields.errors["nhs_number"].text()
    assert not dialog.fields.errors["given_name"].isVisible()
    assert services.people.count() == 0

    dialog.nhs_number.setText("943 476 5919")
    dialog.needs[next(iter(dialog.needs))].setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()
    saved = dialog.result_value
    assert saved is not None
    stored = services.people.record(saved.id)
    assert stored.person.nhs_number == "9434765919"
    assert stored.person.date_of_birth is None
    assert stored.person.communication_needs == ["large_print"]
    assert stored.current_referral is not None  # recorded in the same step

    page = CaseloadPage(services)
    qtbot.addWidget(page)
    assert [row.name for row in page.model.rows] == ["Grace Hopper"]


def test_edit_person_keeps_id(qtbot, services) -> None:
    person = services.people.add_person(Person(given_name="Ann", family_name="Lee"))
    dialog = PersonDialog(services, ImmediateOps(), person)
    qtbot.addWidget(dialog)
    dialog.preferred_name.setText("Annie")
    dialog.postcode.setText("ls14ap")
    dialog.accept()
    stored = services.people.get(person.id)
    assert (stored.preferred_name, stored.postcode) == ("Annie", "LS1 4AP")


def test_referral_dialog_adds(qtbot, services) -> None:
    person = services.people.add_person(Person(given_name="Ann"))
    dialog = ReferralDialog(services, ImmediateOps(), person.id, None)
    qtbot.addWidget(dialog)
    dialog.form.reason.setPlainText("Lonely since moving")
    dialog.accept()
    referrals = services.people.record(person.id).referrals
    assert [r.reason for r in referrals] == ["Lonely since moving"]


def make_referred(services) -> Person:  # type: ignore[no-untyped-def]
    return services.people.add_person(
        Person(given_name="Tom", family_name="Reed"),
        Referral(person_id="", received_on=date.today()),
    )


def test_referral_status_change(qtbot, services, monkeypatch) -> None:
    person = make_referred(services)
    view = PersonView(services, person.id, ops=ImmediateOps())
    qtbot.addWidget(view)
    options = [
        view.referral.next_status.itemData(i) for i in range(view.referral.next_status.count())
    ]
    assert options[0] is None  # "Choose…": nothing is pre-selected
    view.referral.status_button.click()
    assert "Choose the new status" in view.referral.status_error.text()
    options = [ReferralStatus(o) for o in options[1:]]
    assert options == [ReferralStatus.CONTACTED, ReferralStatus.CLOSED, ReferralStatus.DECLINED]
    view.referral.next_status.setCurrentIndex(view.referral.next_status.findData("contacted"))
    with qtbot.waitSignal(view.changed):  # the panel's change reloads the whole view
        view.referral.status_button.click()
    assert services.people.record(person.id).current_referral.status == ReferralStatus.CONTACTED
    assert "Status: Contacted" in view.referral.referral_summary.text()

    view.referral.next_status.setCurrentIndex(view.referral.next_status.findData("closed"))
    asked: list[str] = []

    def fake_ask(parent, services, ops, referral_id, reopen=None):  # type: ignore[no-untyped-def]
        asked.append(referral_id)
        return None, None  # cancelled: nothing changes

    from linkdesk.ui import closing_dialog

    monkeypatch.setattr(closing_dialog.ClosingDialog, "ask", staticmethod(fake_ask))
    view.referral.status_button.click()  # closing goes through the closing dialog
    assert asked == [services.people.record(person.id).current_referral.id]
    assert services.people.record(person.id).current_referral.status == ReferralStatus.CONTACTED
    assert "Received → Contacted" in view.referral.history.text()


def test_consent_and_safeguarding(qtbot, services) -> None:
    person = make_referred(services)
    view = PersonView(services, person.id, ops=ImmediateOps())
    qtbot.addWidget(view)
    assert view.safeguarding.isHidden()
    assert view.consent_labels[ConsentScope.SHARE_GP].text() == "Not asked yet"
    view._consent(ConsentScope.SHARE_GP, True)
    assert view.consent_labels[ConsentScope.SHARE_GP].text().startswith("Yes")
    assert services.people.record(person.id).consent_for(ConsentScope.SHARE_GP).given

    services._repos.conversations.insert(
        Conversation(person_id=person.id, held_on=date.today(), safeguarding_concern=True)
    )
    view.load()
    assert not view.safeguarding.isHidden()
    assert "Safeguarding" in view.safeguarding.text()


def test_person_view_calls_entry_points(qtbot, services, monkeypatch) -> None:
    from linkdesk.ui import conversation, exchange_actions, plan_preview

    person = make_referred(services)
    calls: list[str] = []

    class FakeWindow(QWidget):
        closed = Signal()

    def fake_conversation(parent, services, pid, *, ops):  # type: ignore[no-untyped-def]
        calls.append(f"conv:{pid}")
        return FakeWindow()

    def fake_erase(parent, services, ops, pid, *, on_erased):  # type: ignore[no-untyped-def]
        on_erased()

    monkeypatch.setattr(conversation, "open_conversation", fake_conversation)
    monkeypatch.setattr(plan_preview, "show_plan", lambda p, s, o, pid: calls.append("plan"))
    monkeypatch.setattr(exchange_actions, "export_person", lambda p, s, o, pid: calls.append("exp"))
    monkeypatch.setattr(exchange_actions, "erase_person", fake_erase)
    view = PersonView(services, person.id, ops=ImmediateOps())
    qtbot.addWidget(view)
    view.conversation_button.click()
    view._plan()
    view._export()
    with qtbot.waitSignal(view.back):
        view._erase()
    assert calls == [f"conv:{person.id}", "plan", "exp"]


def test_bad_input_gets_one_inline_message_and_nothing_typed_is_lost(qtbot, services) -> None:
    """Issue 10's bad input: an impossible or future date of birth, a two-digit year, a
    preferred name without a given name, a very long name."""
    from linkdesk.domain.names import NameOrder

    dialog = PersonDialog(services, ImmediateOps(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preferred_name.setText("Maggie")
    dialog.nhs_number.setText("943 476 5919")
    dialog.date_of_birth.setText("31/02/1980")
    dialog.accept()
    assert dialog.isVisible()
    assert "given name as well" in dialog.fields.errors["given_name"].text()
    dialog.given_name.setText("Margaret")
    dialog.accept()
    assert (
        dialog.date_of_birth.problem
        == "There is no 31 February 1980: February has 29 days that year."
    )
    assert not dialog.fields.errors["given_name"].isVisible()
    dialog.date_of_birth.setText("12/03/2071")
    dialog.accept()
    assert dialog.date_of_birth.problem.startswith("A date of birth cannot be in the future")
    dialog.family_name.setText("x" * 300)
    dialog.date_of_birth.setText("12-3-71")  # two digits: 1971, never 2071
    dialog.accept()
    assert "too long: 300 characters" in dialog.fields.errors["family_name"].text()
    assert services.people.count() == 0  # nothing saved wrong
    assert (dialog.preferred_name.text(), dialog.nhs_number.text()) == ("Maggie", "943 476 5919")
    dialog.family_name.setText("Nguyễn")
    dialog.given_name.setText("Thị Hương")
    dialog.name_order.setCurrentIndex(dialog.name_order.findData(NameOrder.FAMILY_FIRST.value))
    dialog.accept()
    assert not dialog.isVisible()
    saved = services.people.get(dialog.result_value.id)
    assert saved.date_of_birth == date(1971, 3, 12)
    assert saved.full_name == "Nguyễn Thị Hương"
    assert [row.name for row in services.people.search("nguyen")] == ["Nguyễn Thị Hương"]


def test_an_unknown_postcode_warns_but_saves(qtbot, services) -> None:
    dialog = PersonDialog(services, ImmediateOps(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.given_name.setText("Pat")
    dialog.date_of_birth.unknown.setChecked(True)  # "not known" only when chosen
    dialog.postcode.setText("QQ1 1QQ")
    dialog.postcode.editingFinished.emit()
    warning = dialog.fields.errors["postcode"]
    assert warning.isVisible()
    assert "saved as typed" in warning.text()
    assert warning.property("kind") == "warning"  # amber, not the red of an error
    dialog.postcode.setText("bfpo 105")
    dialog.postcode.editingFinished.emit()
    assert not warning.isVisible()  # British Forces post is a real address
    dialog.postcode.setText("QQ1 1QQ")
    dialog.accept()
    assert not dialog.isVisible()
    assert services.people.get(dialog.result_value.id).postcode == "QQ1 1QQ"


def test_viewing_a_person_is_audited_on_a_worker(qtbot, services, monkeypatch) -> None:
    """One "viewed" entry per person shown, written on a worker (its commit waits for the
    drive), not on the UI thread that reads the record and paints it."""
    import threading

    from linkdesk.ui.ops import Operations

    first, second = make_referred(services), make_referred(services)
    writers: list[threading.Thread] = []
    note = services.people.note_viewed

    def noting(person_id: str) -> None:
        writers.append(threading.current_thread())
        note(person_id)

    monkeypatch.setattr(services.people, "note_viewed", noting)
    ops = Operations()
    view = PersonView(services, "", ops=ops)
    qtbot.addWidget(view)
    for person in (first, second):
        view.show_person(person.id)
        assert view.name_label.text() == "Tom Reed"
        qtbot.waitUntil(lambda: not ops.busy)
    assert len(writers) == 2
    assert all(w is not threading.main_thread() for w in writers)
    for person in (first, second):
        actions = [e.action for e in services._audit.for_person(person.id)]
        assert actions.count("viewed") == 1
    assert services._audit.verify() is None


def test_a_view_not_audited_is_not_left_on_screen(qtbot, services, monkeypatch) -> None:
    """If the "viewed" entry cannot be written, the record goes and the error is shown."""
    from linkdesk.domain.errors import LinkDeskError

    person = make_referred(services)

    def refused(_person_id: str) -> None:
        raise LinkDeskError("The drive is full.")

    monkeypatch.setattr(services.people, "note_viewed", refused)
    ops = ImmediateOps()
    ops.show_error = lambda _parent, _title, message: ops.messages.append(message)  # type: ignore[method-assign]
    view = PersonView(services, "", ops=ops)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.back):
        view.show_person(person.id)
    assert view.person_id == ""
    assert view.name_label.text() == ""
    assert view.detail_labels["phone"].text() == ""
    assert "The drive is full." in ops.messages
    assert [e.action for e in services._audit.for_person(person.id)].count("viewed") == 0


def test_record_text_made_selectable_moves_no_pixel(qtbot, services) -> None:
    """The person view's record labels are sized and drawn as plain text until the pointer
    reaches them (widgets/record_label.py): making every one selectable changes nothing
    on screen, neither a size nor a pixel."""
    from linkdesk.ui.widgets.record_label import RecordLabel

    person = services.people.add_person(
        Person(
            given_name="Bartholomew",
            family_name="Featherstonehaugh-Quince",
            address="Flat 3, 12 Long Street Name That Wraps, Somewhere Quite Far Away",
            postcode="LS7 3AB",
            email="someone.with.a.long.address@example.co.uk",
            phone="07700 900123",
        ),
        Referral(person_id="", received_on=date.today(), reason="Lonely since moving"),
    )
    services._repos.conversations.insert(
        Conversation(person_id=person.id, held_on=date.today(), safeguarding_concern=True)
    )
    view = PersonView(services, person.id, ops=ImmediateOps())
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    labels = [w for w in view.findChildren(RecordLabel) if w.selectable and w.isVisible()]
    assert len(labels) >= 10
    assert not any(w.textInteractionFlags() & SELECTABLE for w in labels)
    before = view.grab().toImage()
    shapes = [w.geometry() for w in labels]
    for label in labels:
        label.make_selectable()
    assert all(w.textInteractionFlags() & SELECTABLE for w in labels)
    view.layout().activate()
    assert [w.geometry() for w in labels] == shapes
    assert view.grab().toImage() == before
