"""The single-instance socket lives in the shared temp folder under a predictable name:
another user's socket there must not make a launch quit (a local denial of service)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from linkdesk.ui import single_instance
from tests.ui.test_install_support import _answer, _second_launch


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() != 0, reason="needs root to hand the socket to another user"
)
def test_a_socket_owned_by_another_user_is_not_obeyed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.linkdesk"
    squatter = single_instance.InstanceBeacon()  # stands in for another user's program
    assert squatter.listen(path)
    socket_file = Path(QDir.tempPath()) / single_instance.server_name(path)
    os.chown(socket_file, 65534, 65534)  # now it belongs to "nobody"
    try:
        launch = _second_launch(path)
        assert _answer(qtbot, launch) == "False"  # not "already open": this launch carries on
    finally:
        os.chown(socket_file, os.getuid(), os.getgid())
        squatter.close()
