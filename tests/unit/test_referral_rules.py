from __future__ import annotations

import pytest

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.referral_rules import (
    ReferralStatus as S,
)
from linkdesk.domain.referral_rules import (
    check_transition,
    snomed_code_for,
)


def test_forward_path_allowed() -> None:
    check_transition(S.RECEIVED, S.CONTACTED)
    check_transition(S.CONTACTED, S.ACTIVE)
    check_transition(S.ACTIVE, S.CLOSED, "Goals met")
    check_transition(S.RECEIVED, S.DECLINED)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (S.CLOSED, S.ACTIVE),
        (S.DECLINED, S.CONTACTED),
        (S.ACTIVE, S.RECEIVED),
        (S.RECEIVED, S.ACTIVE),
    ],
)
def test_backward_or_skipping_refused(a: S, b: S) -> None:
    with pytest.raises(ValidationError):
        check_transition(a, b, "reason")


def test_closing_needs_a_reason() -> None:
    with pytest.raises(ValidationError, match="why"):
        check_transition(S.ACTIVE, S.CLOSED, "  ")


def test_snomed_codes() -> None:
    assert snomed_code_for(S.DECLINED) == "871711000000103"
    assert snomed_code_for(S.ACTIVE) == "871731000000106"
