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
