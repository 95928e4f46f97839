"""Kind 10: the same passphrase opens the same workspace whatever encoded it.

Unicode NFC and NFD forms of one text, workspaces keyed before passphrases were
normalised, passphrase files saved by Windows tools (BOM, UTF-16), and the global
``--passphrase-file`` given before or after the subcommand.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import sqlcipher3

from linkdesk.cli import main
from linkdesk.domain.errors import UnlockError
from linkdesk.fileio.passphrase_file import decode_text, read_passphrase_file
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.exchange.helpers import add_person

CASES = Path(__file__).resolve().parents[1] / "fixtures" / "passphrase"
CASE_PASSPHRASE = "a made-up passphrase for tests 42"  # what both case files hold
ACCENTED = "Crème brûlée à Llanfair 42"  # several letters NFC and NFD spell differently
NFC = unicodedata.normalize("NFC", ACCENTED)
NFD = unicodedata.normalize("NFD", ACCENTED)


def _raw_opens(path: Path, key: bytes) -> bool:
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.dbapi2.DatabaseError:
        return False
    finally:
        conn.close()


def test_nfc_and_nfd_open_the_same_workspace(workspace_path: Path) -> None:
    assert NFC != NFD
    with Workspace.create(workspace_path, NFD) as ws:  # typed on a Mac
        add_person(AppServices(ws), "Ann")
    with Workspace.open(workspace_path, NFC) as ws:  # typed on Windows
        assert AppServices(ws).people.count() == 1
        assert ws.passphrase_matches(NFD)
        assert ws.passphrase_matches(NFC)
    assert _raw_opens(workspace_path, NFC.encode("utf-8"))  # keyed on the normal form


@pytest.mark.parametrize("old_form", [NFD, NFC], ids=["keyed-nfd", "keyed-nfc"])
@pytest.mark.parametrize("typed", [NFD, NFC], ids=["typed-nfd", "typed-nfc"])
def test_workspaces_keyed_before_normalisation_open_and_move_to_nfc(
    workspace_path: Path, old_form: str, typed: str
) -> None:
    with Workspace.create(workspace_path, "a plain ascii passphrase") as ws:
        add_person(AppServices(ws), "Bea")
        ws._rekey(old_form.encode("utf-8"))  # as an older LinkDesk keyed it: the raw bytes
    with Workspace.open(workspace_path, typed) as ws:
        assert AppServices(ws).people.count() == 1
    assert _raw_opens(workspace_path, NFC.encode("utf-8"))
    assert not _raw_opens(workspace_path, NFD.encode("utf-8"))


def test_a_wrong_passphrase_is_still_wrong_in_every_form(workspace_path: Path) -> None:
    Workspace.create(workspace_path, NFC).close()
    before = workspace_path.read_bytes()
    with pytest.raises(UnlockError):
        Workspace.open(workspace_path, NFD.replace("42", "43"))
    assert workspace_path.read_bytes() == before  # nothing re-keyed or written


@pytest.mark.parametrize("name", ["utf8-bom.txt", "utf16.txt"])
def test_passphrase_files_from_windows_tools(name: str) -> None:
    assert read_passphrase_file(CASES / name) == CASE_PASSPHRASE


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (CASE_PASSPHRASE.encode("utf-16-le"), CASE_PASSPHRASE),  # no BOM
        (CASE_PASSPHRASE.encode("utf-16-be"), CASE_PASSPHRASE),
        (b"\xef\xbb\xbf" + NFD.encode() + b"\r\n", NFD + "\r\n"),
        ("xyzzy\r\n".encode("utf-32"), "xyzzy\r\n"),  # Python writes the BOM
    ],
)
def test_decoding(data: bytes, text: str) -> None:
    assert decode_text(data) == text


@pytest.mark.parametrize(
    "body", [b"first line\r\nsecond", b"first line\rsecond", b"first line\n", b"first line"]
)
def test_only_the_first_line_counts(tmp_path: Path, body: bytes) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(body)
    assert read_passphrase_file(path) == "first line"


@pytest.fixture
def case_workspace(workspace_path: Path) -> Path:
    with Workspace.create(workspace_path, CASE_PASSPHRASE) as ws:
        add_person(AppServices(ws), "Cy")
    return workspace_path


@pytest.mark.parametrize("name", ["utf8-bom.txt", "utf16.txt"])
@pytest.mark.parametrize("where", ["before", "after"])
def test_the_cli_opens_with_windows_files_and_global_options(
    case_workspace: Path, name: str, where: str, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.delenv("LINKDESK_PASSPHRASE", raising=False)
    option = ["--passphrase-file", str(CASES / name)]
    command = ["people", str(case_workspace)]
    argv = option + command if where == "before" else command + option
    code = main(argv)
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert "Cy Tester" in out


def test_the_option_after_the_subcommand_wins(
    case_workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all\n", encoding="utf-8")
    code = main(["--passphrase-file", str(wrong), "check", str(case_workspace),
                 "--passphrase-file", str(CASES / "utf16.txt")])  # fmt: skip
    assert code == 0, capsys.readouterr().err


def test_the_gui_receives_the_global_passphrase_file(
    monkeypatch: pytest.MonkeyPatch, case_workspace: Path
) -> None:
    seen: dict[str, object] = {}

    def fake_run_gui(**kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    import linkdesk.app

    monkeypatch.setattr(linkdesk.app, "run_gui", fake_run_gui)
    assert main(["--workspace", str(case_workspace), "--passphrase-file",
                 str(CASES / "utf8-bom.txt")]) == 0  # fmt: skip
    assert seen["passphrase"] == CASE_PASSPHRASE
    assert (seen["workspace"], seen["demo"]) == (str(case_workspace), False)


def test_a_bad_passphrase_file_stops_before_the_gui_opens(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import linkdesk.app

    monkeypatch.setattr(linkdesk.app, "run_gui", lambda **kwargs: pytest.fail("GUI opened"))
    assert main(["--passphrase-file", str(tmp_path / "missing.txt")]) == 2
    assert "no passphrase file" in capsys.readouterr().err


def test_bundle_passphrases_are_normalised_too(workspace: Workspace, tmp_path: Path) -> None:
    services = AppServices(workspace)
    add_person(services, "Dee")
    shared = tmp_path / "shared"
    shared.mkdir()
    bundle = services.exchange.backup(shared, bundle_passphrase=NFD).bundle_path  # a Mac
    restored = services.exchange.restore(bundle, tmp_path / "r.linkdesk", bundle_passphrase=NFC)
    assert restored.counts["person"] == 1
    report = services.exchange.merge(bundle, bundle_passphrase=NFC)  # typed on Windows
    assert report.bundle_workspace_id == workspace.workspace_id
