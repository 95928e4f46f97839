"""How the demo caseload is spread: shares of statuses, sources and outcomes (weights)."""

from __future__ import annotations

from linkdesk.domain.enums import ConnectionStatus, GoalStatus, ReferralSource
from linkdesk.domain.referral_rules import ClosureOutcome, ReferralStatus

STATUS_WEIGHTS = {
    ReferralStatus.RECEIVED: 8,
    ReferralStatus.CONTACTED: 10,
    ReferralStatus.ACTIVE: 47,
    ReferralStatus.CLOSED: 27,
    ReferralStatus.DECLINED: 8,
}
SOURCE_WEIGHTS = {
    ReferralSource.GP: 52,
    ReferralSource.PRACTICE_NURSE: 12,
    ReferralSource.SOCIAL_CARE: 12,
    ReferralSource.SELF: 10,
    ReferralSource.VCSE: 11,
    ReferralSource.OTHER: 3,
}
# How long ago each kind of referral arrived (days).
AGE_RANGE = {
    ReferralStatus.RECEIVED: (0, 14),
    ReferralStatus.CONTACTED: (5, 45),
    ReferralStatus.ACTIVE: (40, 260),
    ReferralStatus.CLOSED: (70, 600),
    ReferralStatus.DECLINED: (10, 400),
}
CLOSURE_WEIGHTS = {
    "Goals met": 50,
    "Person chose to stop": 14,
    "Referred on to another service": 12,
    "Moved away": 7,
    "Could not contact": 12,
    "Died": 2,
    "Other": 3,
}
GOAL_ENDINGS = {
    GoalStatus.IN_PROGRESS: 35,
    GoalStatus.ACHIEVED: 45,
    GoalStatus.CHANGED: 12,
    GoalStatus.STOPPED: 8,
}
CONNECTION_ENDINGS = {
    ConnectionStatus.ATTENDING: 40,
    ConnectionStatus.COMPLETED: 22,
    ConnectionStatus.REFERRED: 18,
    ConnectionStatus.DECLINED: 12,
    ConnectionStatus.AGREED: 8,
}
# How closed episodes ended, and the reasons given for each outcome.
CLOSURE_OUTCOMES = {
    ClosureOutcome.GOALS_MET: 40,
    ClosureOutcome.GOALS_PARTLY_MET: 22,
    ClosureOutcome.GOALS_NOT_MET: 6,
    ClosureOutcome.PERSON_WITHDREW: 14,
    ClosureOutcome.MOVED_AWAY: 6,
    ClosureOutcome.COULD_NOT_CONTACT: 12,
}
CLOSURE_REASONS_BY_OUTCOME = {
    ClosureOutcome.GOALS_MET: ["Goals met", "Goals met"],
    ClosureOutcome.GOALS_PARTLY_MET: ["Referred on to another service", "Goals met", "Other"],
    ClosureOutcome.GOALS_NOT_MET: ["Referred on to another service", "Not eligible", "Other"],
    ClosureOutcome.PERSON_WITHDREW: ["Person chose to stop"],
    ClosureOutcome.MOVED_AWAY: ["Moved away"],
    ClosureOutcome.COULD_NOT_CONTACT: ["Could not contact"],
}
