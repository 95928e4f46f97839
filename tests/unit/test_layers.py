"""Nothing outside ui/ and the GUI entry point imports Qt; inner layers never import outer ones."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "linkdesk"
QT_ALLOWED = {"app.py"}
# layer -> packages it must not import
FORBIDDEN = {
    "domain": (
        "linkdesk.store",
        "linkdesk.services",
        "linkdesk.ui",
        "linkdesk.plan",
        "linkdesk.exchange",
        "linkdesk.directory",
        "linkdesk.commands",
        "linkdesk.cli",
    ),
    "store": ("linkdesk.services", "linkdesk.ui", "linkdesk.commands", "linkdesk.cli"),
    "plan": ("linkdesk.services", "linkdesk.ui", "linkdesk.commands", "linkdesk.cli"),
    "exchange": ("linkdesk.services", "linkdesk.ui", "linkdesk.commands", "linkdesk.cli"),
    "directory": ("linkdesk.services", "linkdesk.ui", "linkdesk.commands", "linkdesk.cli"),
    "services": ("linkdesk.ui", "linkdesk.commands", "linkdesk.cli"),
    # fileio/ (private files, atomic writes, bounded reads) may use domain/ and support/ only.
    "fileio": (
        "linkdesk.store",
        "linkdesk.services",
        "linkdesk.ui",
        "linkdesk.plan",
        "linkdesk.exchange",
        "linkdesk.directory",
        "linkdesk.commands",
        "linkdesk.cli",
        "linkdesk.app",
    ),
    # support/ is a leaf (the support log): every layer may use it, it uses none of them.
    "support": (
        "linkdesk.domain",
        "linkdesk.store",
        "linkdesk.services",
        "linkdesk.ui",
        "linkdesk.plan",
        "linkdesk.exchange",
        "linkdesk.directory",
        "linkdesk.commands",
        "linkdesk.cli",
        "linkdesk.app",
    ),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_ui_imports_qt() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC)
        if rel.parts[0] == "ui" or str(rel) in QT_ALLOWED:
            continue
        if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in _imports(path)):
            offenders.append(str(rel))
    assert offenders == []


def test_imports_point_inward() -> None:
    offenders = []
    for layer, banned in FORBIDDEN.items():
        for path in (SRC / layer).rglob("*.py"):
            bad = [n for n in _imports(path) if n.startswith(banned)]
            if bad:
                offenders.append(f"{path.relative_to(SRC)} -> {bad}")
    assert offenders == []
