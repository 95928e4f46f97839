"""Errors that carry a one-line message fit to show a link worker."""

from __future__ import annotations


class LinkDeskError(Exception):
    """Base class: ``str(error)`` is a plain-English sentence for the user."""

    exit_code = 1


class UnlockError(LinkDeskError):
    """Wrong passphrase, or the file is not a LinkDesk workspace."""

    exit_code = 3


class WorkspaceInUseError(LinkDeskError):
    """The workspace is already open in another LinkDesk window."""


class ValidationError(LinkDeskError):
    """Input that breaks a rule; ``field`` names the offending field when known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(LinkDeskError):
    """A record that was asked for does not exist."""


class Cancelled(LinkDeskError):
    """The worker stopped a long job (an import, a demo being made) before it finished."""

    def __init__(self, message: str = "Stopped: nothing was changed.") -> None:
        super().__init__(message)
