"""``linkdesk --self-test``: proves an installed bundle works, one line per check.

Exit 0 when every check passed (a "warn" line does not fail it), 1 otherwise. Each failing
line names what is missing (a module, a resource, a Qt plugin, a font, a system library).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from linkdesk import __version__
from linkdesk.services import self_test as checks
from linkdesk.services.self_test import Check, guarded
from linkdesk.support.log import get_logger
from linkdesk.support.logfile import LogSetup


def _say(check: Check) -> None:
    print(f"{check.status:<4}  {check.name}: {check.detail}", flush=True)


def run_self_test(log_setup: LogSetup | None = None) -> int:
    start = time.perf_counter()
    frozen = "bundle" if getattr(sys, "frozen", False) else "Python environment"
    print(f"LinkDesk {__version__} self-test ({frozen}, {sys.executable})", flush=True)
    results: list[Check] = []

    def run(name: str, check: Callable[[], Check]) -> Check:
        result = guarded(name, check)
        results.append(result)
        _say(result)
        return result

    modules, resources, source = checks.expected_contents()
    run("modules", lambda: checks.check_modules(modules, source))
    run("resources", lambda: checks.check_resources(resources, source))
    run("plan fonts", checks.check_plan_fonts)
    pdf = b""
    with checks.private_folder() as folder:

        def workspace() -> Check:
            nonlocal pdf
            result, pdf = checks.check_workspace(folder)
            return result

        run("workspace", workspace)
        run("import reader", lambda: checks.check_import_reader(folder))
    removed = not folder.exists()
    left = "removed" if removed else "was left behind"
    run("temporary files", lambda: Check("temporary files", "ok" if removed else "FAIL", left))
    run("plan PDF", lambda: checks.check_plan_pdf(pdf))
    try:
        from linkdesk.ui import self_check  # Qt: imported only now, so a broken Qt is a line
    except ImportError as exc:
        why = f"cannot import Qt: {exc}"
        run("Qt", lambda: Check("Qt", "FAIL", why))
    else:
        run("Qt", lambda: Check("Qt", "ok", self_check.start_offscreen().platformName()))
        run("Qt plugins", self_check.check_plugins)
        run("GUI fonts", self_check.check_gui_fonts)
        run("UI languages", self_check.check_ui_catalogues)
        run("icon", self_check.check_icon)
        run("PDF render", lambda: self_check.check_render(pdf))
    if log_setup is not None:
        run("support log", lambda: checks.check_log(log_setup.log_file, log_setup.problem))
    failed = [r.name for r in results if r.failed]
    seconds = time.perf_counter() - start
    get_logger("self_test").info(
        "self-test %s in %.1f s; failed: %s", "failed" if failed else "passed", seconds, failed
    )
    if failed:
        print(f"Self-test FAILED ({len(failed)} of {len(results)}): {', '.join(failed)}.")
        return 1
    print(f"Self-test passed: {len(results)} checks in {seconds:.1f} s.")
    return 0
