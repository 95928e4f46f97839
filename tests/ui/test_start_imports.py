"""Start-up imports only what the unlock screen needs (DESIGN §8: start to unlock < 500 ms).

ReportLab, HarfBuzz, the plan, export and directory-import code and the main window cost
about 200 ms of a 340 ms start when they were imported before the unlock screen; they are
now imported on a worker thread once that screen has painted (``app.preload_modules``).
So are the services and the store (SQLCipher, the workspace, the audit log, the models: about
100 ms of CPU), the subcommands' modules (``cli.gui_only``: a command line that only opens
the GUI builds no subcommand parsers) and ``importlib.metadata`` (the version is read from
METADATA directly).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Run in a child: `linkdesk` as a user starts it, up to the unlock screen's first paint
# (recorded in its paintEvent, before the preload that this paint starts has run).
CHILD = """
import json, os, sys
from linkdesk.ui.unlock import UnlockScreen
seen = []
original = UnlockScreen.paintEvent
def paint(self, event):
    if not seen:
        seen.append(sorted(sys.modules))
        print("MODULES " + json.dumps(seen[0]), flush=True)
    original(self, event)
UnlockScreen.paintEvent = paint
from linkdesk.cli import main
main(["--workspace", sys.argv[1]])
"""

HEAVY = (
    "reportlab",
    "uharfbuzz",
    "bidi",
    "babel",
    "holidays",
    "openpyxl",
    "pypdf",
    "linkdesk.plan",
    "linkdesk.exchange.subject_access_pdf",
    "linkdesk.exchange.report_pdf",
    "linkdesk.directory",
    "linkdesk.services.plans",
    "linkdesk.services.exchange",
    "linkdesk.services.reports",
    "linkdesk.services.directory",
    "linkdesk.services.demo",
    "linkdesk.services.bench",
    "linkdesk.ui.main_window",
    "linkdesk.ui.person_view",
    "linkdesk.ui.kept_dialogs",
    "linkdesk.ui.lock_warning",
    "linkdesk.ui.place",
    # Opened only once a passphrase is typed (the unlock screen imports them on its worker).
    "linkdesk.services.app_services",
    "linkdesk.services.account",
    "linkdesk.store",
    "linkdesk.domain.models",
    "sqlcipher3",
    # The subcommands (only their shared helpers, commands.common, serve the GUI's start).
    "linkdesk.commands.core",
    "linkdesk.commands.exchange",
    "linkdesk.commands.bench",
    "linkdesk.commands.support",
    "importlib.metadata",
    "email",
)


def modules_at_unlock_screen(tmp_path: Path) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LINKDESK_BENCH_QUIT_AT_UNLOCK="1")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "new.linkdesk")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("MODULES ")]
    assert lines, done.stderr[-2000:]
    modules: list[str] = json.loads(lines[0].removeprefix("MODULES "))
    return modules


def test_nothing_heavy_is_imported_before_the_unlock_screen(tmp_path: Path) -> None:
    modules = modules_at_unlock_screen(tmp_path)
    assert "linkdesk.ui.unlock" in modules  # the screen itself was shown
    heavy = [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert heavy == []


def test_preloading_imports_what_the_unlocked_app_uses() -> None:
    code = (
        "import sys; from linkdesk.app import preload_modules; preload_modules(); "
        "print(' '.join(sorted(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = set(done.stdout.split())
    for name in ("reportlab", "linkdesk.services.plans", "linkdesk.ui.main_window"):
        assert name in loaded
