from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


@pytest.fixture
def make_services(tmp_path: Path) -> Iterator[object]:
    """Open more workspaces (other laptops) in tmp_path; all closed afterwards."""
    opened: list[Workspace] = []

    def make(name: str) -> AppServices:
        folder = tmp_path / name
        folder.mkdir()
        ws = Workspace.create(folder / f"{name}.linkdesk", PASSPHRASE)
        opened.append(ws)
        return AppServices(ws)

    yield make
    for ws in opened:
        ws.close()
