"""File dialogs open in a folder the worker knows, never the program's folder (issue 10)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths

from linkdesk.ui import file_dialogs
from linkdesk.ui.file_dialogs import remember, starting_folder, starting_path


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(file_dialogs, "_last_folder", None)
    monkeypatch.chdir(tmp_path)  # "the program's folder": never offered


def test_documents_first_then_the_last_folder_used(tmp_path: Path) -> None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = documents if Path(documents).is_dir() else str(Path.home())
    assert starting_folder() == expected
    assert starting_folder() != os.getcwd()
    chosen = tmp_path / "exports"
    chosen.mkdir()
    remember(chosen / "plan.pdf")
    assert starting_folder() == str(chosen)
    assert starting_path("plan.pdf") == str(chosen / "plan.pdf")
    assert starting_path("/elsewhere/plan.pdf") == "/elsewhere/plan.pdf"


@pytest.mark.parametrize(
    ("start", "want"),
    [
        ("given folder", "given folder"),  # an existing folder
        ("given folder/backup.ldbackup", "given folder"),  # a file in one
        ("gone/away", None),  # a folder no longer there: the fallback
        ("relative", None),  # relative paths mean the program's folder: never
    ],
)
def test_a_given_start(tmp_path: Path, start: str, want: str | None) -> None:
    (tmp_path / "given folder").mkdir()
    (tmp_path / "relative").mkdir()
    given = start if start == "relative" else str(tmp_path / start)
    expected = str(tmp_path / want) if want else starting_folder()
    assert starting_folder(given) == expected


def test_every_file_dialog_in_the_gui_starts_in_a_known_folder() -> None:
    """Each QFileDialog call's folder argument goes through starting_folder/starting_path
    (or a path they made): none passes a bare file name, which Qt opens in the program's
    folder. Read from the source, so a new file dialog is checked too."""
    import ast

    import linkdesk.ui

    root = Path(linkdesk.ui.__file__).parent
    calls = 0
    for source in root.rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "QFileDialog"
                and node.func.attr.startswith("get")
            ):
                continue
            calls += 1
            folder = ast.unparse(node.args[2]) if len(node.args) > 2 else ""
            assert "starting_" in folder, f"{source.name}:{node.lineno} opens in {folder!r}"
    assert calls >= 8  # the walk found the dialogs
