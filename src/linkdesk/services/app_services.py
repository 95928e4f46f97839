"""Wires one open workspace to the use cases built on it (done once, at unlock)."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import date

from linkdesk.domain.clock import today as clock_today
from linkdesk.domain.day_settings import check_day_settings
from linkdesk.domain.errors import LinkDeskError, ValidationError
from linkdesk.services.bookings import BookingService
from linkdesk.services.caseload import CaseloadService
from linkdesk.services.casework import CaseworkService
from linkdesk.services.conversation import ConversationService
from linkdesk.services.directory import DirectoryService
from linkdesk.services.exchange import ExchangeService
from linkdesk.services.letters import LetterService
from linkdesk.services.outcomes import OutcomeService
from linkdesk.services.people import PeopleService
from linkdesk.services.plans import PlanService
from linkdesk.services.referrals import ReferralService
from linkdesk.services.reports import ReportService
from linkdesk.services.timeline import TimelineService
from linkdesk.services.today import TodayService
from linkdesk.store.audit import AuditLog
from linkdesk.store.caseload_queries import CaseloadQueries
from linkdesk.store.repositories import Repositories
from linkdesk.store.settings import SettingsStore, WorkspaceSettings
from linkdesk.store.today_queries import TodayQueries
from linkdesk.store.workspace import Workspace


def sanitise_day_settings(settings: WorkspaceSettings) -> WorkspaceSettings:
    """A stored value out of range (edited by hand, or from an older version) falls back to
    its default on load, one field at a time, rather than breaking Today or bookings."""
    defaults = WorkspaceSettings()
    for name in ("not_contacted_weeks", "follow_up_days", "bank_holiday_region"):
        values = {
            "not_contacted_weeks": defaults.not_contacted_weeks,
            "follow_up_days": defaults.follow_up_days,
            "bank_holiday_region": defaults.bank_holiday_region,
        }
        values[name] = getattr(settings, name)
        try:
            check_day_settings(
                values["not_contacted_weeks"],
                values["follow_up_days"],
                str(values["bank_holiday_region"]),
            )
        except ValidationError:
            setattr(settings, name, getattr(defaults, name))
    return settings


class AppServices:
    """The use cases for one unlocked workspace. Widgets receive only the ones they use."""

    def __init__(self, workspace: Workspace, today: Callable[[], date] = clock_today) -> None:
        """``today``: the clock the day's services (bookings, referrals, Today, caseload,
        letters) work to; tests and ``--on`` pass a fixed one."""
        self.workspace = workspace
        self.clock = today
        self.repos = Repositories(workspace)
        self.settings_store = SettingsStore(workspace)
        self._settings = sanitise_day_settings(self.settings_store.load())
        self.audit = AuditLog(workspace, self.actor)
        self.people = PeopleService(self.repos, self.audit, today)
        self.casework = CaseworkService(self.repos, self.audit, today)
        self.directory = DirectoryService(self.repos, self.audit)
        self.plans = PlanService(self.repos, self.audit, lambda: self._settings, today)
        self.bookings = BookingService(self.repos, self.audit, lambda: self._settings, today)
        self.referrals = ReferralService(self.repos, self.people, self.bookings, today)
        self.conversation = ConversationService(
            self.repos, self.audit, self.people, self.casework, self.bookings, self.referrals
        )
        self.reports = ReportService(workspace, self.audit, today)
        self.outcomes = OutcomeService(self.repos, self.reports)
        self.timeline = TimelineService(self.repos)
        self.letters = LetterService(
            self.repos, self.audit, self.people, lambda: self._settings, today
        )
        self.caseload = CaseloadService(CaseloadQueries(workspace), today)
        self.today = TodayService(
            TodayQueries(workspace), lambda: self._settings.not_contacted_weeks, today
        )
        self.exchange = ExchangeService(
            workspace, self.repos, self.audit, self.settings_store, lambda: self._settings
        )

    def actor(self) -> str:
        """Who is recorded in the audit log: the worker's name from settings, else the OS user."""
        if self._settings.worker_name:
            return self._settings.worker_name
        try:
            return getpass.getuser()
        except (OSError, KeyError):
            return "link worker"

    @property
    def settings(self) -> WorkspaceSettings:
        return self._settings

    def save_settings(self, settings: WorkspaceSettings) -> None:
        if settings.autolock_minutes < 1 or settings.autolock_minutes > 240:
            raise LinkDeskError("Auto-lock must be between 1 and 240 minutes.")
        check_day_settings(
            settings.not_contacted_weeks, settings.follow_up_days, settings.bank_holiday_region
        )
        self.settings_store.save(settings)
        self._settings = settings
        self.audit.record("edited", "settings", "workspace")

    def check(self) -> dict[str, object]:
        """Integrity and counts, in the shape `linkdesk check --json` prints."""
        counts = self.repos.counts()
        ok = self.workspace.integrity_ok() and self.audit.verify() is None
        return {
            "ok": ok,
            "schema_version": self.workspace.schema_version,
            "people": counts["people"],
            "referrals": counts["referrals"],
            "conversations": counts["conversations"],
            "goals": counts["goals"],
            "connections": counts["connections"],
            "measures": counts["measures"],
            "services": counts["services"],
        }
