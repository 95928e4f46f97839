"""Where LinkDesk finds its shipped resources and keeps the default workspace."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs


def resources_dir() -> Path:
    """resources/ beside src/ in a checkout, or inside a frozen (PyInstaller) bundle."""
    if env := os.environ.get("LINKDESK_RESOURCES"):
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_workspace_dir() -> Path:
    """The platform's user data folder (never a network share)."""
    return Path(platformdirs.user_data_dir("LinkDesk", appauthor=False))


def default_workspace_path() -> Path:
    return default_workspace_dir() / "workspace.linkdesk"
