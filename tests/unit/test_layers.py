"""The layers the build enforces (docs/architecture.md):

* nothing outside ``ui/`` and the GUI entry point imports Qt;
* imports point inward: domain <- store, directory, plan, exchange <- services <- ui, commands;
* the middle layers do not import each other, except the few edges declared below;
* the GUI and the command line reach the record only through ``services``: they import no
  repository, store, importer or exporter, touch no repository or audit log, write no SQL;
* services ask repositories for named queries: they pass no SQL of their own.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "linkdesk"
QT_ALLOWED = {"app.py"}
MIDDLE = ("store", "directory", "plan", "exchange")
OUTER = ("linkdesk.services", "linkdesk.ui", "linkdesk.commands", "linkdesk.cli", "linkdesk.app")
# layer -> packages it must not import
FORBIDDEN = {
    "domain": (*(f"linkdesk.{m}" for m in MIDDLE), *OUTER),
    **{m: OUTER for m in MIDDLE},
    "services": ("linkdesk.ui", "linkdesk.commands", "linkdesk.cli", "linkdesk.app"),
    # fileio/ (private files, atomic writes, bounded reads): below every middle layer, it uses
    # only domain/ and support/.
    "fileio": (*(f"linkdesk.{m}" for m in MIDDLE), *OUTER),
    # support/ is a leaf (the support log): every layer may use it, it uses none of them.
    "support": ("linkdesk.domain", *(f"linkdesk.{m}" for m in MIDDLE), *OUTER),
}
# The only imports between middle layers, each with its reason.
SIDEWAYS_ALLOWED = {
    ("store", "linkdesk.exchange.merge_report"): "the merge fills in the report it returns "
    "(a plain dataclass; it belongs in domain/ once the merge rewrite settles)",
    ("exchange", "linkdesk.plan.fonts"): "every PDF LinkDesk writes uses the plan's fonts",
    ("exchange", "linkdesk.plan.text"): "…and the plan's escaped, shaped paragraphs",
    ("exchange", "linkdesk.store.failures"): "atomic writes name a drive problem with the one "
    "classification of OS errors (it moves to a leaf with the shared file helpers)",
}
# The GUI and the CLI: only services, domain, support and paths from the rest of LinkDesk.
FRONT = ("ui", "commands", "cli.py", "app.py")
FRONT_BANNED = tuple(f"linkdesk.{m}" for m in MIDDLE)
# Attribute names that reach past the services facade, on the facade or on one of its
# services (``services._repos``, ``self.services._workspace``, ``ctx.conv.repos``...).
INTERNALS = {"repos", "_repos", "audit", "_audit", "workspace", "_workspace", "ws", "conn"}
SERVICE_NAMES = {
    "people", "casework", "conversation", "conv", "directory", "plans", "reports",
    "exchange", "settings", "account", "reminders",
}  # fmt: skip
SQL_CALLS = {"execute", "executemany", "executescript", "query", "scalar", "find"}
SQL_TEXT = re.compile(
    r"\b(SELECT\s|INSERT\s+INTO|DELETE\s+FROM|UPDATE\s+\w+\s+SET|PRAGMA\s|ATTACH\s|DETACH\s"
    r"|CREATE\s+(TABLE|INDEX|TRIGGER)|ORDER\s+BY|WHERE\s)"
)


def _tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"))


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _files(*parts: str) -> list[Path]:
    found: list[Path] = []
    for part in parts:
        target = SRC / part
        found += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    return found


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


def test_middle_layers_do_not_import_each_other() -> None:
    offenders = []
    used: set[tuple[str, str]] = set()
    for layer in MIDDLE:
        others = tuple(f"linkdesk.{m}" for m in MIDDLE if m != layer)
        for path in (SRC / layer).rglob("*.py"):
            for name in _imports(path):
                if not name.startswith(others):
                    continue
                if (layer, name) in SIDEWAYS_ALLOWED:
                    used.add((layer, name))
                else:
                    offenders.append(f"{path.relative_to(SRC)} -> {name}")
    assert offenders == []
    assert used == set(SIDEWAYS_ALLOWED), "an allowed edge is no longer used: remove it"


def test_gui_and_cli_reach_the_record_only_through_services() -> None:
    offenders = []
    for path in _files(*FRONT):
        rel = path.relative_to(SRC)
        bad = [n for n in _imports(path) if n.startswith(FRONT_BANNED)]
        if bad:
            offenders.append(f"{rel} imports {bad}")
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Attribute) and node.attr in INTERNALS:
                owner = ast.unparse(node.value).split(".")[-1]
                if owner.endswith("services") or owner in SERVICE_NAMES:
                    offenders.append(f"{rel}:{node.lineno} uses {ast.unparse(node)}")
    assert offenders == []


def test_no_sql_outside_store() -> None:
    """SQL text appears only in store/ (the GUI, the CLI and the services write none)."""
    offenders = []
    for path in _files("services", *FRONT, "domain", "plan", "exchange", "directory"):
        for node in ast.walk(_tree(path)):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and SQL_TEXT.search(text):
                rel = path.relative_to(SRC)
                offenders.append(f"{rel}:{node.lineno} {text[:40]!r}")
    assert offenders == []


def test_services_pass_no_sql_to_repositories() -> None:
    """Services call named queries; they never hand SQL (or a raw connection) to store/."""
    offenders = []
    for path in _files("services"):
        rel = path.relative_to(SRC)
        for node in ast.walk(_tree(path)):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            if node.func.attr in SQL_CALLS and any(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
            ):
                offenders.append(f"{rel}:{node.lineno} .{node.func.attr}(<SQL>)")
    assert offenders == []


# Where a modal ``exec()`` is allowed: dialogs that ask the worker for input and return it
# (the ``ask(...) -> (value, accepted)`` style), Qt's print dialog, and the app's own loop.
# None of them waits for background work: that goes through ui/ops.py and its callbacks.
# ``exec_kept`` (ui/kept_dialogs.py) is the one ``exec()`` every form dialog's ``ask`` runs
# through, so that a lock can keep what was typed.
EXEC_ALLOWED = {"ask", "ask_printer", "confirm", "run_gui", "exec_kept"}
# The self-test checks QtPdf before any event loop runs (``linkdesk --self-test``); the bench
# drives the real GUI from outside, in a child process of its own, as a test would
# (``linkdesk bench``: it waits for painting and results to time them; never in the app).
EVENT_LOOP_ALLOWED = {"ui/self_check.py", "ui/bench_support.py"}


def _functions(tree: ast.AST) -> list[ast.FunctionDef]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]


def test_nothing_waits_in_a_nested_event_loop() -> None:
    offenders = []
    for path in _files("ui", "app.py"):
        rel = str(path.relative_to(SRC))
        tree = _tree(path)
        if rel not in EVENT_LOOP_ALLOWED:
            for node in ast.walk(tree):
                if isinstance(node, ast.Name | ast.Attribute):
                    name = node.id if isinstance(node, ast.Name) else node.attr
                    if name in ("QEventLoop", "processEvents"):
                        offenders.append(f"{rel}:{node.lineno} {name}")
        for function in _functions(tree):
            for node in ast.walk(function):
                is_exec = (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "exec"
                )
                if is_exec and function.name not in EXEC_ALLOWED and rel not in EVENT_LOOP_ALLOWED:
                    offenders.append(f"{rel}:{node.lineno} exec() in {function.name}()")
    assert offenders == []


def test_every_type_ignore_names_its_code_and_says_why() -> None:
    """``# type: ignore[code]  # why`` (or the why on the line above): never a bare ignore."""
    offenders = []
    for path in SRC.rglob("*.py"):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            if "type: ignore" not in line:
                continue
            match = re.search(r"#\s*type:\s*ignore(\[[\w\-, ]+\])?(.*)$", line)
            if match is None:
                continue
            reason_after = match.group(2).strip().lstrip("#").strip()
            above = lines[number - 2].strip() if number > 1 else ""
            if match.group(1) is None or not (reason_after or above.startswith("#")):
                offenders.append(f"{path.relative_to(SRC)}:{number}")
    assert offenders == []
