"""Starting a conversation is one unit: the conversation, its first step and the referral's
move to contacted are stored together or not at all (one commit as the window opens)."""

from __future__ import annotations

import pytest

from linkdesk.domain.errors import StorageError
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.services.app_services import AppServices
from linkdesk.services.conversation import STEPS
from tests.day.conftest import add_referred


def test_a_new_conversation_is_stored_with_its_step_and_the_referral_moved(
    day: AppServices,
) -> None:
    pid, rid = add_referred(day, "Start")
    conv = day.conversation.start_or_resume(pid)
    stored = day.conversation.get(conv.id)
    assert stored.current_step == STEPS[0]
    assert day.referrals.get(rid).status == ReferralStatus.CONTACTED
    # The audit says what it said before: created, then edited (its step).
    actions = [e.action for e in day._audit.for_person(pid) if e.entity_id == conv.id]
    assert actions == ["created", "edited"]
    assert day.conversation.start_or_resume(pid).id == conv.id  # resumed, not a second one


def test_a_failed_referral_move_leaves_no_half_started_conversation(
    day: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid, rid = add_referred(day, "Half")

    def refuse(_conversation: object) -> None:
        raise StorageError("the drive refused the write")

    monkeypatch.setattr(day.referrals, "after_conversation_started", refuse)
    with pytest.raises(StorageError):
        day.conversation.start_or_resume(pid)
    assert day.conversation.unfinished(pid) is None
    assert day.referrals.get(rid).status == ReferralStatus.RECEIVED
    monkeypatch.undo()
    conv = day.conversation.start_or_resume(pid)
    assert day.conversation.get(conv.id).current_step == STEPS[0]
    assert day.referrals.get(rid).status == ReferralStatus.CONTACTED
