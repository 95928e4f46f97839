"""A canary typed into every text field never appears in any file, in UTF-8 or UTF-16."""

from __future__ import annotations

import dataclasses
import os
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from linkdesk.domain.enums import ConsentScope, GoalStatus, ReferralSource
from linkdesk.domain.models import (
    Connection,
    FollowUp,
    Goal,
    Need,
    Person,
    Referral,
    Service,
)
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE

MAX_SCAN_BYTES = 64 * 1024 * 1024
SHARED_TMP = Path(tempfile.gettempdir())


def _needles(canary: str) -> list[bytes]:
    return [canary.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def _files_to_scan(folders: list[Path], since: float) -> list[Path]:
    found = []
    for folder in folders:
        for root, dirs, names in os.walk(folder):
            if Path(root) == SHARED_TMP:
                dirs.clear()  # the shared temp folder: its own files only (other apps use it)
            for name in names:
                path = Path(root) / name
                try:
                    info = path.stat()
                except OSError:
                    continue  # vanished (another process's temp file)
                if info.st_mtime >= since and info.st_size <= MAX_SCAN_BYTES:
                    found.append(path)
    return found


def _leaks(folders: list[Path], since: float, canary: str) -> list[str]:
    leaks = []
    for path in _files_to_scan(folders, since):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if any(needle in data for needle in _needles(canary)):
            leaks.append(str(path))
    return leaks


def _fill_every_field(services: AppServices, c: str) -> None:
    """The canary in every free-text field of every record type, through the services."""
    today = date.today()
    person = Person(
        given_name=f"{c}given",
        family_name=f"{c}family",
        preferred_name=f"{c}preferred",
        phone=f"{c}phone",
        email=f"{c}@example.org",
        address=f"{c} address line",
        preferred_language=f"{c}language",
        communication_needs=[f"{c}need"],
        pronouns=f"{c}pronouns",
    )
    referral = Referral(
        person_id="",
        received_on=today,
        source=ReferralSource.OTHER,
        referrer_name=f"{c}referrer",
        referrer_organisation=f"{c}org",
        reason=f"{c}reason",
    )
    services.people.add_person(person, referral)
    pid = person.id
    services.people.record_consent(
        pid, ConsentScope.STORE, True, recorded_by=f"{c}by", note=f"{c}consent"
    )
    services.people.change_referral_status(referral.id, ReferralStatus.CONTACTED)
    cw = services.casework
    conv = cw.start_conversation(pid, venue=f"{c}venue", referral_id=referral.id)
    conv.what_matters = f"{c} what matters to me"
    conv.notes = f"{c}notes"
    conv.safeguarding_concern = True
    conv.safeguarding_note = f"{c}safeguarding"
    conv.current_step = f"{c}step"
    cw.save_conversation(conv)
    cw.save_need(Need(person_id=pid, area="loneliness", words=f"{c}words"), new=True)
    goal = cw.save_goal(
        Goal(person_id=pid, text=f"{c}goal", why=f"{c}why", first_step=f"{c}step1"), new=True
    )
    cw.record_goal_progress(goal.id, GoalStatus.IN_PROGRESS, note=f"{c}progress")
    service = services.directory.save(
        Service(
            **{
                f.name: f"{c}{f.name}"
                for f in dataclasses.fields(Service)
                if f.type in ("str", str) and f.name not in ("id", "created_at", "updated_at")
            }
            | {"categories": [f"{c}category"], "email": f"{c}@example.org"}
        ),
        new=True,
    )
    cw.save_connection(
        Connection(
            person_id=pid,
            goal_id=goal.id,
            service_id=service.id,
            name=f"{c}connection",
            details=f"{c}details",
            person_action=f"I will {c}",
            worker_action=f"My link worker will {c}",
        ),
        new=True,
    )
    cw.record_measure(pid, "UCLA3", [1, 2, 3])
    services.people.book_follow_up(
        FollowUp(
            person_id=pid,
            due_on=today + timedelta(days=3),
            venue=f"{c}fvenue",
            note=f"{c}fnote",
        )
    )
    services.people.change_referral_status(
        referral.id, ReferralStatus.CLOSED, closure_reason=f"{c}closure"
    )
    services.settings.save(
        dataclasses.replace(
            services.settings.current, worker_name=f"{c}worker", organisation=f"{c}o"
        )
    )
    services.people.record(pid)  # viewing writes an audit entry too


def test_the_scanner_finds_a_planted_canary(tmp_path: Path) -> None:
    canary = f"CANARY{uuid.uuid4().hex[:12]}"
    (tmp_path / "planted.bin").write_bytes(b"x" + canary.encode("utf-16-be") + b"y")
    assert _leaks([tmp_path], time.time() - 60, canary) == [str(tmp_path / "planted.bin")]


def test_canary_never_reaches_any_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    canary = f"CANARY{uuid.uuid4().hex[:12]}"
    since = time.time() - 1
    # Any temporary file (Python's or SQLite's) lands in a private folder that is scanned
    # in full; the shared temp folder is scanned too.
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    for name in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(name, str(private_tmp))
    folders = [tmp_path, SHARED_TMP]
    path = tmp_path / "canary.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        _fill_every_field(services, canary)
        assert services.people.search(canary[:8])  # it really was stored (and is searchable)
        assert Path(f"{path}-wal").exists()  # scanned while open, WAL included
        assert _leaks(folders, since, canary) == []
    assert _leaks(folders, since, canary) == []
    with Workspace.open(path, PASSPHRASE) as ws:  # reopening changes nothing either
        assert AppServices(ws).people.search(f"{canary}given")
    assert _leaks(folders, since, canary) == []


def test_canary_never_reaches_the_support_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every field filled with the canary, then the CLI used on it the way support would see
    (searches, a plan, failures naming the canary): the log folder holds events, not data."""
    from linkdesk.cli import main
    from linkdesk.support.log import log_unexpected
    from linkdesk.support.logfile import LOG_NAME, teardown_logging

    canary = f"CANARY{uuid.uuid4().hex[:12]}"
    since = time.time() - 1
    logs = tmp_path / "logs"
    monkeypatch.setenv("LINKDESK_LOG_DIR", str(logs))
    path = tmp_path / "canary.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        _fill_every_field(AppServices(ws), canary)
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(f"{canary} wrong passphrase")
    out = tmp_path / "exports"
    out.mkdir()
    runs = [
        (["people", str(path), "--search", canary, "--passphrase-file", str(secret)], 0),
        (["directory", "search", str(path), canary, "--passphrase-file", str(secret)], 0),
        (
            ["plan", str(path), f"{canary}given", "--out", str(out / "plan.pdf")]
            + ["--passphrase-file", str(secret)],
            0,
        ),
        (
            ["plan", str(path), f"{canary}nobody", "--out", str(out / "x.pdf")]
            + ["--passphrase-file", str(secret)],
            1,
        ),
        (["check", str(path), "--passphrase-file", str(wrong)], 3),
        (["check", str(tmp_path / f"{canary}.linkdesk"), "--passphrase-file", str(secret)], 1),
        (["init", str(path), "--passphrase-file", str(secret)], 1),
    ]
    try:
        for argv, code in runs:
            assert main(argv) == code, argv
        try:
            raise ValueError(f"{canary} in an exception message")
        except ValueError as exc:
            log_unexpected(exc, "canary check")
        assert main(["diagnostics", "--json"]) == 0
    finally:
        teardown_logging()
    shown = capsys.readouterr()
    assert canary in shown.out + shown.err  # the commands really did see it
    log_text = (logs / LOG_NAME).read_text(encoding="utf-8")
    assert "people ended: exit 0" in log_text
    assert "check failed: UnlockError (exit 3)" in log_text
    assert "unexpected canary check: builtins.ValueError" in log_text
    assert _leaks([logs], since, canary) == []
