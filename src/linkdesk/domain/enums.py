"""Coded values used across the record. Values are stored; labels are shown."""

from __future__ import annotations

from enum import StrEnum


class ReferralSource(StrEnum):
    GP = "gp"
    PRACTICE_NURSE = "practice_nurse"
    SOCIAL_CARE = "social_care"
    SELF = "self"
    VCSE = "vcse"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _SOURCE_LABELS[self]


_SOURCE_LABELS = {
    ReferralSource.GP: "GP",
    ReferralSource.PRACTICE_NURSE: "Practice nurse",
    ReferralSource.SOCIAL_CARE: "Social care",
    ReferralSource.SELF: "Self-referral",
    ReferralSource.VCSE: "Voluntary or community group",
    ReferralSource.OTHER: "Other",
}


class ConsentScope(StrEnum):
    STORE = "store"
    SHARE_GP = "share_gp"
    SHARE_REFERRER = "share_referrer"
    SHARE_SERVICES = "share_services"

    @property
    def label(self) -> str:
        return {
            ConsentScope.STORE: "Keep notes about me in LinkDesk",
            ConsentScope.SHARE_GP: "Share updates with my GP",
            ConsentScope.SHARE_REFERRER: "Share updates with the person who referred me",
            ConsentScope.SHARE_SERVICES: "Share my details with services I am connected to",
        }[self]


class ConsentMethod(StrEnum):
    VERBAL = "verbal"
    WRITTEN = "written"
    PHONE = "phone"
    ONLINE = "online"

    @property
    def label(self) -> str:
        return {
            ConsentMethod.VERBAL: "Said out loud (verbal)",
            ConsentMethod.WRITTEN: "Signed a form (written)",
            ConsentMethod.PHONE: "On the phone",
            ConsentMethod.ONLINE: "Online",
        }[self]


class ConversationKind(StrEnum):
    FIRST = "first"
    FOLLOW_UP = "follow_up"
    REVIEW = "review"
    CLOSING = "closing"

    @property
    def label(self) -> str:
        return {
            ConversationKind.FIRST: "First conversation",
            ConversationKind.FOLLOW_UP: "Follow-up",
            ConversationKind.REVIEW: "Review",
            ConversationKind.CLOSING: "Closing conversation",
        }[self]


class GoalStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    CHANGED = "changed"
    STOPPED = "stopped"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class ConnectionStatus(StrEnum):
    SUGGESTED = "suggested"
    AGREED = "agreed"
    REFERRED = "referred"
    ATTENDING = "attending"
    DECLINED = "declined"
    COMPLETED = "completed"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Timepoint(StrEnum):
    BASELINE = "baseline"
    FOLLOW_UP = "follow_up"
    EXIT = "exit"

    @property
    def label(self) -> str:
        return {"baseline": "Start", "follow_up": "Follow-up", "exit": "End"}[self.value]


class FollowUpKind(StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    HOME_VISIT = "home_visit"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class FollowUpStatus(StrEnum):
    """A booked meeting and what became of it (booked -> one outcome; outcomes can be corrected).

    Values written before schema v3 ("done", "missed", "cancelled") still read, as attended,
    did not attend and cancelled by the worker, so a bundle from an older laptop never fails.
    """

    BOOKED = "booked"
    ATTENDED = "attended"
    DID_NOT_ATTEND = "did_not_attend"
    CANCELLED_BY_PERSON = "cancelled_by_person"
    CANCELLED_BY_WORKER = "cancelled_by_worker"
    REBOOKED = "rebooked"

    @classmethod
    def _missing_(cls, value: object) -> FollowUpStatus | None:
        return _LEGACY_FOLLOW_UP.get(str(value))

    @property
    def label(self) -> str:
        return _FOLLOW_UP_LABELS[self]

    @property
    def is_outcome(self) -> bool:
        """True for every status but booked: the meeting's date has been dealt with."""
        return self != FollowUpStatus.BOOKED

    @property
    def is_missed(self) -> bool:
        """Did not attend: what the caseload and reports count as a missed appointment."""
        return self == FollowUpStatus.DID_NOT_ATTEND


_FOLLOW_UP_LABELS = {
    FollowUpStatus.BOOKED: "Booked",
    FollowUpStatus.ATTENDED: "Attended",
    FollowUpStatus.DID_NOT_ATTEND: "Did not attend",
    FollowUpStatus.CANCELLED_BY_PERSON: "Cancelled by the person",
    FollowUpStatus.CANCELLED_BY_WORKER: "Cancelled by the link worker",
    FollowUpStatus.REBOOKED: "Rebooked",
}
_LEGACY_FOLLOW_UP = {
    "done": FollowUpStatus.ATTENDED,
    "missed": FollowUpStatus.DID_NOT_ATTEND,
    "cancelled": FollowUpStatus.CANCELLED_BY_WORKER,
}


class CommunicationNeed(StrEnum):
    LARGE_PRINT = "large_print"
    INTERPRETER = "interpreter"
    EASY_READ = "easy_read"
    BSL = "bsl"
    HEARING_LOOP = "hearing_loop"

    @property
    def label(self) -> str:
        return {
            "large_print": "Large print",
            "interpreter": "Interpreter",
            "easy_read": "Easy read",
            "bsl": "British Sign Language",
            "hearing_loop": "Hearing loop",
        }[self.value]


class ServiceSource(StrEnum):
    OPEN_REFERRAL = "openreferral"
    CSV = "csv"
    MANUAL = "manual"
    DEMO = "demo"

    @property
    def label(self) -> str:
        return {
            ServiceSource.OPEN_REFERRAL: "Open Referral UK",
            ServiceSource.CSV: "CSV file",
            ServiceSource.MANUAL: "Added by hand",
            ServiceSource.DEMO: "Demo data",
        }[self]


class AuditAction(StrEnum):
    """What an audit entry records (stored as the value; never personal text)."""

    VIEWED = "viewed"
    CREATED = "created"
    EDITED = "edited"
    DELETED = "deleted"
    STATUS = "status"
    CONSENT = "consent"
    PRINTED = "printed"
    EXPORTED = "exported"
    IMPORTED = "imported"
    BACKUP = "backup"
    MERGED = "merged"
    ERASED = "erased"
    # Written by LinkDesk itself when an open finds the audit log tampered with or its anchor
    # gone (store/audit_guard.py); the detail names entry numbers only.
    AUDIT_CHECK_FAILED = "audit_check_failed"
    AUDIT_ANCHOR_STARTED = "audit_anchor_started"

    @property
    def label(self) -> str:
        return _AUDIT_LABELS[self]


_AUDIT_LABELS = {
    AuditAction.VIEWED: "Viewed",
    AuditAction.CREATED: "Created",
    AuditAction.EDITED: "Edited",
    AuditAction.DELETED: "Deleted",
    AuditAction.STATUS: "Status changed",
    AuditAction.CONSENT: "Consent recorded",
    AuditAction.PRINTED: "Printed",
    AuditAction.EXPORTED: "Exported",
    AuditAction.IMPORTED: "Imported",
    AuditAction.BACKUP: "Backed up",
    AuditAction.MERGED: "Merged",
    AuditAction.ERASED: "Erased",
    AuditAction.AUDIT_CHECK_FAILED: "Audit log check failed",
    AuditAction.AUDIT_ANCHOR_STARTED: "Audit anchoring restarted",
}


class LetterRecipient(StrEnum):
    GP = "gp"
    REFERRER = "referrer"

    @property
    def label(self) -> str:
        return {"gp": "GP", "referrer": "Referrer"}[self.value]
