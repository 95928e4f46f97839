"""linkdesk plan PATH PERSON --out FILE.pdf: exit codes, output, how people are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkdesk.cli import main
from linkdesk.domain.models import Person
from tests.plan import people
from tests.plan.pdfcheck import font_sizes, reader, text_of


@pytest.fixture
def filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    return people.cli_workspace(
        tmp_path,
        monkeypatch,
        Person(given_name="Sam", family_name="Jones"),
        Person(given_name="Sam", family_name="Smith"),
    )


def test_plan_by_unique_name(filled: tuple[Path, str], tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path, _ = filled
    out = tmp_path / "bronwen.pdf"
    assert main(["plan", str(path), "Bronwen", "--out", str(out)]) == 0
    assert "Saved the plan" in capsys.readouterr().out
    assert "Sing for Wellbeing choir" in text_of(out.read_bytes())


def test_plan_by_id_large_print(filled: tuple[Path, str], tmp_path: Path) -> None:
    path, pid = filled
    out = tmp_path / "large.pdf"
    assert main(["plan", str(path), pid, "--out", str(out), "--large-print"]) == 0
    assert min(font_sizes(out.read_bytes())) >= 16
    easy = tmp_path / "easy.pdf"
    assert main(["plan", str(path), pid, "--out", str(easy), "--easy-read"]) == 0
    assert "What I want to do" in text_of(easy.read_bytes())
    assert len(reader(easy.read_bytes()).pages) >= 2


@pytest.mark.parametrize(("person", "message"), [("Sam", "matches 2 people"), ("Zed", "No one")])
def test_ambiguous_or_unknown_person_is_one_line_exit_1(
    filled: tuple[Path, str],
    tmp_path: Path,
    capsys,
    person: str,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    path, _ = filled
    out = tmp_path / "x.pdf"
    assert main(["plan", str(path), person, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert "linkdesk people" in err
    assert err.count("\n") == 1
    assert not out.exists()


def test_missing_out_is_a_usage_error(filled: tuple[Path, str]) -> None:
    path, _ = filled
    assert main(["plan", str(path), "Bronwen"]) == 2


def test_wrong_passphrase_exits_3(
    filled: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = filled
    monkeypatch.setenv("LINKDESK_PASSPHRASE", "wrong")
    assert main(["plan", str(path), "Bronwen", "--out", str(tmp_path / "p.pdf")]) == 3
    assert not (tmp_path / "p.pdf").exists()


@pytest.mark.parametrize("given", ["cy", "Welsh", "Cymraeg", "CY_gb"])
def test_language_by_code_or_name(filled: tuple[Path, str], tmp_path: Path, given: str) -> None:
    path, pid = filled
    out = tmp_path / "welsh.pdf"
    assert main(["plan", str(path), pid, "--out", str(out), "--language", given]) == 0
    assert "Fy nghynllun" in text_of(out.read_bytes())


@pytest.mark.parametrize("given", ["cyy", "../../etc/passwd", "Klingonese"])
def test_unknown_language_is_a_one_line_usage_error(
    filled: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    given: str,
) -> None:
    path, pid = filled
    out = tmp_path / "none.pdf"
    assert main(["plan", str(path), pid, "--out", str(out), "--language", given]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "en, cy, pl, ur" in err
    assert not out.exists()
