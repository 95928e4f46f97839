"""Rules behind a link worker's day: wording of the questions, working days, settings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from linkdesk.domain.enums import FollowUpStatus
from linkdesk.domain.errors import LinkDeskError, ValidationError
from linkdesk.domain.measures import INSTRUMENTS, LONELY, UCLA3, change_meaning, score
from linkdesk.domain.referral_rules import OUTCOME_FOR_REASON, ClosureOutcome
from linkdesk.domain.settings import WorkspaceSettings, settings_from_stored, validate_settings
from linkdesk.domain.working_days import is_working_day, next_working_day, suggest_date
from linkdesk.services.app_services import AppServices


def test_loneliness_questions_are_worded_as_the_gss_publishes_them() -> None:
    assert [i.question for i in UCLA3.items] == [
        "How often do you feel that you lack companionship?",
        "How often do you feel left out?",
        "How often do you feel isolated from others?",
    ]
    for item in UCLA3.items:
        assert [label for _, label in item.answer_labels] == [
            "Hardly ever or never", "Some of the time", "Often"]  # fmt: skip
    (direct,) = LONELY.items
    assert direct.question == "How often do you feel lonely?"
    assert [label for _, label in direct.answer_labels] == [
        "Often/always", "Some of the time", "Occasionally", "Hardly ever", "Never"]  # fmt: skip
    assert "how often (if at all)" in UCLA3.intro
    assert INSTRUMENTS["LONELY"] is LONELY
    assert score("LONELY", [5])[0].meaning == "often/always"
    assert change_meaning("LONELY", "lonely", 5, 2) == "better by 3"


def test_every_follow_up_status_and_outcome_has_a_label() -> None:
    assert all(s.label for s in FollowUpStatus)
    assert all(o.label for o in ClosureOutcome)
    assert set(OUTCOME_FOR_REASON.values()) <= set(ClosureOutcome)


@pytest.mark.parametrize(
    ("day", "region", "expected"),
    [
        (date(2026, 12, 25), "england_wales", date(2026, 12, 29)),  # Christmas, Boxing Day sub
        (date(2027, 1, 2), "scotland", date(2027, 1, 5)),  # 2 January is a holiday in Scotland
        (date(2027, 1, 2), "england_wales", date(2027, 1, 4)),
        (date(2027, 3, 17), "northern_ireland", date(2027, 3, 18)),  # St Patrick's Day
        (date(2026, 12, 25), "none", date(2026, 12, 25)),
    ],
)
def test_next_working_day(day: date, region: str, expected: date) -> None:
    assert next_working_day(day, region) == expected
    assert is_working_day(expected, region)


def test_suggested_dates_skip_weekends() -> None:
    friday = date(2026, 6, 12)
    assert suggest_date(friday, 1) == date(2026, 6, 15)


@pytest.mark.parametrize(
    ("weeks", "days", "region"),
    [(0, 14, "england_wales"), (53, 14, "england_wales"), (6, 0, "england_wales"),
     (6, 14, "mars"), ("6", 14, "england_wales"), (True, 14, "england_wales")],
)  # fmt: skip
def test_day_settings_are_validated(weeks: object, days: object, region: str) -> None:
    settings = replace(
        WorkspaceSettings(),
        not_contacted_weeks=weeks,  # type: ignore[arg-type]
        follow_up_days=days,  # type: ignore[arg-type]
        bank_holiday_region=region,
    )
    with pytest.raises(ValidationError):
        validate_settings(settings)


def test_settings_out_of_range_fall_back_on_load_and_are_refused_on_save(
    services: AppServices,
) -> None:
    fixed, dropped = settings_from_stored(
        {"not_contacted_weeks": 0, "bank_holiday_region": "mars", "follow_up_days": 21}
    )
    assert (fixed.not_contacted_weeks, fixed.bank_holiday_region) == (6, "england_wales")
    assert fixed.follow_up_days == 21
    assert sorted(dropped) == ["bank_holiday_region", "not_contacted_weeks"]
    with pytest.raises(LinkDeskError, match="weeks"):
        services.settings.save(replace(services.settings.current, not_contacted_weeks=99))
    services.settings.save(replace(services.settings.current, not_contacted_weeks=8))
    assert services.today.view().not_contacted_weeks == 8
