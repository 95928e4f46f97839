"""The one facade the GUI and the CLI use: every use case of one unlocked workspace.

``AppServices.open(path, passphrase)`` (or ``create``) unlocks a workspace and wires it to
the use cases. Pages and commands use only the public services below; the workspace, its
repositories, the audit log and the settings store stay private, so no page can read a
table or write SQL, and the GUI and the CLI leave the same audit trail for the same action.
"""

from __future__ import annotations

import getpass
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from linkdesk.domain.clock import SYSTEM_CLOCK, Clock
from linkdesk.domain.errors import LinkDeskError, Place
from linkdesk.services.account import AccountService
from linkdesk.services.bookings import BookingService
from linkdesk.services.caseload import CaseloadService
from linkdesk.services.casework import CaseworkService
from linkdesk.services.conversation import ConversationService
from linkdesk.services.integrity import check_report
from linkdesk.services.people import PeopleService
from linkdesk.services.referrals import ReferralService
from linkdesk.services.reminders import ReminderService
from linkdesk.services.settings import SettingsService
from linkdesk.services.timeline import TimelineService
from linkdesk.services.today import TodayService
from linkdesk.store.audit import AuditLog
from linkdesk.store.caseload_queries import CaseloadQueries
from linkdesk.store.repositories import Repositories
from linkdesk.store.settings import SettingsStore
from linkdesk.store.today_queries import TodayQueries
from linkdesk.store.workspace import DatabaseError, Workspace, storage_error

if TYPE_CHECKING:
    from linkdesk.services.directory import DirectoryService
    from linkdesk.services.exchange import ExchangeService
    from linkdesk.services.letters import LetterService
    from linkdesk.services.outcomes import OutcomeService
    from linkdesk.services.plans import PlanService
    from linkdesk.services.reports import ReportService


def preload() -> None:
    """Import the services built on first use (ReportLab, HarfBuzz, the directory readers).

    The GUI calls this on a worker thread while the unlock screen waits for a passphrase, so
    nothing heavy is imported before that screen is shown and nothing is left to import on
    the UI thread afterwards (about 200 ms of start-up, DESIGN §8).
    """
    import babel.dates  # noqa: F401  (English dates, domain/english_dates.py)
    import holidays  # noqa: F401  (bank holidays for bookings, domain/working_days.py)

    import linkdesk.services.directory
    import linkdesk.services.exchange
    import linkdesk.services.letters
    import linkdesk.services.outcomes
    import linkdesk.services.plans
    import linkdesk.services.reports  # noqa: F401
    from linkdesk.plan.language import warm

    warm()  # the language names a first conversation or plan preview looks a person's up in


class AppServices:
    """The use cases for one unlocked workspace.

    Public: ``people``, ``casework``, ``conversation``, ``directory``, ``plans``, ``reports``,
    ``exchange``, ``reminders``, ``settings`` (the settings owner), ``account`` (the
    passphrase) and ``clock``; for a link worker's day (docs/day.md) ``bookings``,
    ``referrals``, ``today``, ``caseload``, ``timeline``, ``letters`` and ``outcomes``;
    :meth:`actor`, :meth:`check`, :meth:`counts`, :meth:`bulk`,
    :attr:`is_open`, :attr:`path`, :meth:`close`. ``directory``, ``plans``, ``reports``,
    ``exchange``, ``letters`` and ``outcomes`` are built (and their modules imported) the
    first time they are used.
    """

    def __init__(self, workspace: Workspace, *, clock: Clock = SYSTEM_CLOCK) -> None:
        self._workspace = workspace
        self.clock = clock
        # The workspace's merge clock (domain/hlc.py) reads the same time as everything else.
        workspace.clock.wall = clock.now
        self._repos = Repositories(workspace, clock)
        self._audit = AuditLog(workspace, self.actor, clock)
        self.settings = SettingsService(SettingsStore(workspace, clock), self._audit)
        self.account = AccountService(workspace, self._audit)
        self.people = PeopleService(self._repos, self._audit, clock=clock)
        self.casework = CaseworkService(self._repos, self._audit, clock=clock)
        self.bookings = BookingService(
            self._repos, self._audit, lambda: self.settings.current, clock=clock
        )
        self.referrals = ReferralService(self._repos, self.people, self.bookings, clock=clock)
        self.conversation = ConversationService(
            self._repos,
            self._audit,
            self.people,
            self.casework,
            self.bookings,
            self.referrals,
            clock=clock,
        )
        self.timeline = TimelineService(self._repos)
        self.caseload = CaseloadService(CaseloadQueries(workspace), clock=clock)
        self.today = TodayService(
            TodayQueries(workspace), lambda: self.settings.current.not_contacted_weeks, clock=clock
        )
        self.reminders = ReminderService(self.settings, self.people, clock)
        self._directory: DirectoryService | None = None
        self._plans: PlanService | None = None
        self._reports: ReportService | None = None
        self._exchange: ExchangeService | None = None
        self._letters: LetterService | None = None
        self._outcomes: OutcomeService | None = None
        self._building = threading.Lock()  # two threads asking first build one service

    # -- services built on first use -------------------------------------------------------------

    @property
    def directory(self) -> DirectoryService:
        with self._building:
            if self._directory is None:
                from linkdesk.services.directory import DirectoryService

                self._directory = DirectoryService(self._repos, self._audit, clock=self.clock)
            return self._directory

    @property
    def plans(self) -> PlanService:
        with self._building:
            if self._plans is None:
                from linkdesk.services.plans import PlanService

                self._plans = PlanService(
                    self._repos, self._audit, lambda: self.settings.current, today=self.clock.today
                )
            return self._plans

    @property
    def reports(self) -> ReportService:
        with self._building:
            if self._reports is None:
                from linkdesk.services.reports import ReportService

                self._reports = ReportService(self._workspace, self._audit, today=self.clock.today)
            return self._reports

    @property
    def exchange(self) -> ExchangeService:
        with self._building:
            if self._exchange is None:
                from linkdesk.services.exchange import ExchangeService

                self._exchange = ExchangeService(
                    self._workspace, self._repos, self._audit, self.settings, clock=self.clock
                )
            return self._exchange

    @property
    def letters(self) -> LetterService:
        with self._building:
            if self._letters is None:
                from linkdesk.services.letters import LetterService

                self._letters = LetterService(
                    self._repos,
                    self._audit,
                    self.people,
                    lambda: self.settings.current,
                    clock=self.clock,
                )
            return self._letters

    @property
    def outcomes(self) -> OutcomeService:
        reports = self.reports  # built first: the lock is not re-entrant
        with self._building:
            if self._outcomes is None:
                from linkdesk.services.outcomes import OutcomeService

                self._outcomes = OutcomeService(self._repos, reports)
            return self._outcomes

    # -- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, passphrase: str, *, clock: Clock = SYSTEM_CLOCK) -> AppServices:
        """Unlock the workspace at ``path`` (migrating an older one) and wire its use cases.

        Errors: UnlockError (wrong passphrase, not a workspace), WorkspaceInUseError,
        LinkDeskError (missing, damaged or newer file). Safe on a worker thread.
        """
        return cls._wire(Workspace.open(path, passphrase), clock)

    @classmethod
    def create(cls, path: Path, passphrase: str, *, clock: Clock = SYSTEM_CLOCK) -> AppServices:
        """Make a new, empty workspace at ``path`` (never over an existing file)."""
        return cls._wire(Workspace.create(path, passphrase), clock)

    @classmethod
    def _wire(cls, workspace: Workspace, clock: Clock) -> AppServices:
        try:
            return cls(workspace, clock=clock)
        except DatabaseError as exc:  # e.g. a damaged page met while reading the settings
            conn = workspace.conn if workspace.is_open else None
            typed = storage_error(exc, workspace.path, Place.WORKSPACE, conn=conn)
            workspace.close()
            if typed is None:
                raise
            raise typed from None
        except BaseException:
            workspace.close()
            raise

    @staticmethod
    def check_looks_like_workspace(path: Path) -> None:
        """Cheap checks before asking for a passphrase (LinkDeskError when it is not one)."""
        Workspace.check_looks_like_workspace(path)

    # -- the open workspace --------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._workspace.is_open

    @property
    def path(self) -> Path:
        return self._workspace.path

    @property
    def schema_version(self) -> int:
        return self._workspace.schema_version

    def close(self) -> None:
        """Checkpoint and close the workspace (releases its lock). Safe to call twice."""
        self._workspace.close()

    def prepare_readers(self) -> None:
        """Derive the key that opens read connections without a key derivation of their own
        (store/reader.py): one key derivation, so call it off the UI thread. Afterwards a
        search typed while an import or a merge writes is read on its own connection at once.
        Also fills the directory's category list (a read of every service, kept until one
        changes; read on a reader of its own), so opening the directory page does not wait
        for it.
        """
        if self._workspace.is_open:
            self._workspace.prepare_readers()
            # On a reader: on the shared connection this read held every query the UI made
            # meanwhile (a person opened then waited 25-75 ms at 50,000 people, issue 15).
            with self._workspace.reader() as reader, reader.snapshot():
                self.directory.categories(reader)

    def storage_error(self, exc: BaseException) -> LinkDeskError | None:
        """The typed error for a database or drive fault met while using this workspace (a
        page check runs on its connection before anything is called damaged), or None when
        it is not a drive, lock or damage problem."""
        conn = self._workspace.conn if self._workspace.is_open else None
        return storage_error(exc, self._workspace.path, Place.WORKSPACE, conn=conn)

    def actor(self) -> str:
        """Who is recorded in the audit log: the worker's name from settings, else the OS user."""
        settings = getattr(self, "settings", None)  # None while the owner is being built
        name = settings.worker_name if settings is not None else ""
        if name:
            return name
        try:
            return getpass.getuser()
        except (OSError, KeyError):
            return "link worker"

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Many writes as one transaction with one cached audit chain (the demo generator,
        large imports): all or nothing, and several times faster. Errors inside must not be
        caught there (see ``Workspace.bulk`` and ``AuditLog.batch``)."""
        with self._workspace.bulk(), self._audit.batch():
            yield

    def counts(self) -> dict[str, int]:
        """Rows per kind of record (``people``, ``referrals``, ``conversations``, …)."""
        return self._repos.counts()

    def check(self, backups: Path | None = None) -> dict[str, object]:
        """Integrity and counts, in the shape `linkdesk check --json` prints (see
        :func:`linkdesk.services.integrity.check_workspace`): the file, its pages, its
        records and its audit log, each failure named in ``problems``."""
        return check_report(self._workspace, self._audit, backups)
