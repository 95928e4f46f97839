"""A second launch on the same workspace brings the running LinkDesk window forward.

The running instance listens on a local socket (a named pipe on Windows) whose name is a hash
of the workspace path and the user, so nothing about the path shows in the socket's name and
other users' LinkDesk windows are never reached. A second launch connects, asks the first to
come forward, and exits; if nothing answers (no LinkDesk there, or a stale socket left by a
crash), it starts as usual and the workspace's instance lock still keeps one writer.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from linkdesk.support.log import get_logger

RAISE = b"raise\n"
RAISED = b"raised\n"
CONNECT_MS = 300  # a running LinkDesk answers in a few ms; a stale socket refuses at once
ANSWER_MS = 2000

log = get_logger("ui.single_instance")


def server_name(workspace: Path) -> str:
    """``linkdesk-`` and 20 hex digits of sha256(user, resolved workspace path)."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    try:
        where = str(workspace.expanduser().resolve())
    except OSError:
        where = str(workspace.expanduser().absolute())
    digest = hashlib.sha256(f"{user}\0{where}".encode()).hexdigest()[:20]
    return f"linkdesk-{digest}"


def ask_running_instance(workspace: Path) -> bool:
    """True when a LinkDesk already on ``workspace`` answered and came forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(workspace))
    if not socket.waitForConnected(CONNECT_MS):
        return False
    if not _ours(socket.fullServerName()):
        # The name is predictable and the socket lives in the shared temp folder: another
        # user's socket there must not make this launch quit (a local denial of service).
        log.warning("single-instance socket owned by another user: ignored")
        socket.abort()
        return False
    socket.write(RAISE)
    socket.flush()
    answered = False
    if socket.waitForReadyRead(ANSWER_MS):
        answered = bytes(socket.readAll().data()).startswith(RAISED)
    socket.disconnectFromServer()
    return answered


def _ours(socket_path: str) -> bool:
    """On POSIX, the socket file must belong to this user (named pipes on Windows are
    per-session and checked by the system)."""
    if os.name != "posix" or not socket_path:
        return True
    try:
        return os.lstat(socket_path).st_uid == os.getuid()
    except OSError:
        return False


class InstanceBeacon(QObject):
    """Listens for later launches on the workspace this window is on; emits ``raise_requested``."""

    raise_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server: QLocalServer | None = None
        self.name = ""

    def listen(self, workspace: Path) -> bool:
        """Answer for ``workspace`` from now on (and no longer for the previous one)."""
        name = server_name(workspace)
        if name == self.name and self._server is not None:
            return True
        self.close()
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            # A socket file left by a crashed LinkDesk: nobody answered on it (we asked
            # before starting), so it is safe to remove and take over.
            QLocalServer.removeServer(name)
            if not server.listen(name):
                log.warning("single-instance socket not available: %s", server.serverError().name)
                server.deleteLater()
                return False
        server.newConnection.connect(self._answer)
        self._server = server
        self.name = name
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
        self._server = None
        self.name = ""

    def _answer(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE):
            log.info("another launch on this workspace: window brought forward")
            socket.write(RAISED)  # answer first: the other launch is waiting to exit
            socket.waitForBytesWritten(ANSWER_MS)
            self.raise_requested.emit()
