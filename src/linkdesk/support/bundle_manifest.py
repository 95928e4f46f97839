"""What a LinkDesk bundle must hold: every LinkDesk module and every shipped resource file.

``packaging/build.py`` writes this list into the bundle (``linkdesk-bundle.json``) from the
source tree it was built from; ``linkdesk --self-test`` checks each entry is really there, so
a module the freezer's import analysis missed (one imported by name, say) or a resource left
out of the spec fails CI by name instead of failing a link worker later.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

MANIFEST_NAME = "linkdesk-bundle.json"


def source_modules(package_dir: Path, package: str = "linkdesk") -> list[str]:
    """Dotted names of every module under ``package_dir`` (``__init__`` as the package)."""
    names = []
    for path in sorted(package_dir.rglob("*.py")):
        parts = list(path.relative_to(package_dir).with_suffix("").parts)
        if parts[-1] == "__main__":
            continue  # the entry script, not an importable module of the bundle
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join([package, *parts]))
    return names


def resource_files(resources_dir: Path) -> list[str]:
    """Every file under ``resources_dir``, as POSIX paths relative to it."""
    return sorted(
        p.relative_to(resources_dir).as_posix() for p in resources_dir.rglob("*") if p.is_file()
    )


def build_manifest(package_dir: Path, resources_dir: Path, version: str) -> dict[str, Any]:
    return {
        "version": version,
        "modules": source_modules(package_dir),
        "resources": resource_files(resources_dir),
    }


def bundled_manifest() -> dict[str, Any] | None:
    """The manifest inside a frozen bundle, or None when running from source."""
    root = getattr(sys, "_MEIPASS", None)
    if root is None:
        return None
    path = Path(root) / MANIFEST_NAME
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"version": "?", "modules": [], "resources": [], "problem": f"{path} unreadable"}
    return data
