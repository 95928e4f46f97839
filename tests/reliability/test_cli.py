"""Command-line behaviour: exit codes 1/2/3, refusals that change nothing, JSON keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linkdesk.cli import main
from linkdesk.domain.nhs import is_valid_nhs_number
from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate_demo
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE

CHECK_KEYS = {
    "ok",
    "schema_version",
    "people",
    "referrals",
    "conversations",
    "goals",
    "connections",
    "measures",
    "services",
    "problems",  # each failed check, one sentence (empty when ok)
    "notes",
}


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def small_demo(workspace_path: Path) -> Path:
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        generate_demo(AppServices(ws), people=25, seed=3)
    return workspace_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_json_has_the_documented_keys(
    small_demo: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "check", str(small_demo), "--json", "--passphrase-file", str(passphrase_file)
    )
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert set(report) == CHECK_KEYS
    assert report["ok"] is True
    assert report["problems"] == []
    assert report["people"] == 25
    assert report["services"] >= 60


def test_people_json_lists_everyone_with_status_and_follow_up(
    small_demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "people", str(small_demo), "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 25
    assert set(rows[0]) == {"id", "name", "preferred_name", "referral_status", "next_follow_up"}
    assert {r["referral_status"] for r in rows} <= {
        "received", "contacted", "active", "closed", "declined"
    }  # fmt: skip
    surname = rows[0]["name"].split()[-1]
    code, out, _ = run(capsys, "people", str(small_demo), "--search", surname[:3], "--json")
    assert code == 0
    assert rows[0]["id"] in {r["id"] for r in json.loads(out)}


def test_init_refuses_an_existing_file(
    small_demo: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = small_demo.read_bytes()
    code, _, err = run(capsys, "init", str(small_demo), "--passphrase-file", str(passphrase_file))
    assert code == 1
    assert "already a file" in err
    assert small_demo.read_bytes() == before


def test_usage_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "check")[0] == 2
    assert run(capsys, "no-such-command")[0] == 2
    assert run(capsys, "demo", str(tmp_path / "x.linkdesk"), "--people", "-5")[0] == 2
    monkeypatch.delenv("LINKDESK_PASSPHRASE", raising=False)
    code, _, err = run(capsys, "init", str(tmp_path / "new.linkdesk"))  # no tty, no passphrase
    assert code == 2
    assert "No passphrase given" in err
    assert not (tmp_path / "new.linkdesk").exists()


def test_demo_command_makes_a_checked_workspace_and_refuses_to_overwrite(
    tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.linkdesk"
    args = (
        "demo",
        str(path),
        "--people",
        "12",
        "--seed",
        "5",
        "--passphrase-file",
        str(passphrase_file),
    )
    code, out, err = run(capsys, *args)
    assert code == 0
    assert err == ""  # progress only goes to a terminal
    assert "12 people" in out
    with Workspace.open(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        assert services.check()["ok"] is True
        people = services._repos.people.find()
    assert all(p.nhs_number is None or is_valid_nhs_number(p.nhs_number) for p in people)
    before = path.read_bytes()
    code, _, err = run(capsys, *args)
    assert code == 1
    assert "already a file" in err
    assert path.read_bytes() == before


def test_bench_prints_the_named_figures(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "bench", "--people", "30", "--services", "80", "--json")
    assert code == 0
    figures = json.loads(out)
    for name in (  # every figure of DESIGN §8, each with its unit in the key
        "start_to_unlock_screen_ms",
        "unlock_ms",
        "caseload_search_p95_ms",
        "open_person_ms",
        "open_person_p95_ms",
        "directory_search_p95_ms",
        "plan_pdf_median_ms",
        "backup_s",
        "peak_rss_mb",
        "demo_generate_s",
        "merge_2000_s",
        "reimport_own_backup_s",
        "erase_one_s",
    ):
        assert figures[name] > 0, name
        if name.endswith("_p95_ms"):
            assert figures[f"plain_{name}"] > 0
            assert figures[f"ratio_{name.removesuffix('_ms')}"] > 0
    assert figures["people"] == 30
    assert figures["plan_pdf_median_kb"] > 1  # a real PDF, not an empty one
    assert figures["backup_bundle_mb"] > 0
    assert figures["merge_2000_people"] == 30
    assert figures["merge_2000_records_added"] > 30  # the other laptop's people were merged


def test_output_cut_short_by_a_pipe_is_not_an_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os
    import subprocess
    import sys

    from linkdesk.services.app_services import AppServices
    from linkdesk.services.demo import generate_demo
    from linkdesk.store.workspace import Workspace
    from tests.conftest import PASSPHRASE

    path = tmp_path / "w.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        generate_demo(AppServices(ws), people=300, seed=2)
    env = {**os.environ, "LINKDESK_PASSPHRASE": PASSPHRASE}
    cmd = [sys.executable, "-m", "linkdesk", "people", str(path)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read() if proc.stderr else b""
    assert proc.wait(timeout=60) == 0
    assert b"Broken pipe" not in err
    assert err == b""
