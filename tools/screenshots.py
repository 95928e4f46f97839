"""Regenerate the docs screenshots from a real demo workspace (``services.demo.generate_demo``).

docs/unlock.png, caseload.png, person.png, directory.png, reports.png and settings.png: taken at
1440x900 with ImageMagick's ``import``, then scaled to 70% with ``convert``. Run under a virtual
X server:

    xvfb-run -a -s '-screen 0 1440x900x24' python tools/screenshots.py docs/
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from linkdesk.app import DEMO_PASSPHRASE, AppController, _configure_application
from linkdesk.ui.main_window import DIRECTORY, REPORTS, SETTINGS

SCALE = "70%"


def pick_person(services) -> str:  # type: ignore[no-untyped-def]
    """Someone whose record shows most of the person view: an active referral, goals and
    follow-ups, and a safeguarding concern (the banner) when the demo has one."""
    best, best_score = "", -1
    for row in services.repos.caseload("", 500):
        record = services.people.record(row.person_id, audit=False)
        active = row.referral_status is not None and row.referral_status.value == "active"
        score = (
            4 * active
            + 3 * record.has_safeguarding_concern
            + min(len(record.goals), 3)
            + min(len(record.follow_ups), 2)
        )
        if score > best_score:
            best, best_score = row.person_id, score
    return best


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    _configure_application(app)
    controller = AppController()
    controller.unlock_screen.setGeometry(0, 0, 1440, 900)
    folder = Path(tempfile.mkdtemp(prefix="linkdesk-shots-"))

    def shoot(name: str) -> None:
        app.processEvents()
        target = out / name
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        subprocess.run(["convert", str(target), "-resize", SCALE, str(target)], check=True)
        print(f"{target}: {target.stat().st_size // 1024} KB")

    def later(ms: int, step: Callable[[], None]) -> None:
        QTimer.singleShot(ms, step)

    def made() -> None:
        if controller.window is None:  # the demo is still being generated
            later(200, made)
            return
        person = pick_person(controller.services)
        controller.lock()
        controller.unlock_screen.setGeometry(0, 0, 1440, 900)
        controller.unlock_screen.open_passphrase.setText(DEMO_PASSPHRASE[:6])
        later(500, lambda: locked(person))

    def locked(person: str) -> None:
        shoot("unlock.png")
        controller.unlock_screen.open_passphrase.setText(DEMO_PASSPHRASE)
        controller.unlock_screen.submit_open()
        later(1500, lambda: unlocked(person))

    def unlocked(person: str) -> None:
        if controller.window is None:
            later(200, lambda: unlocked(person))
            return
        controller.window.setGeometry(0, 0, 1440, 900)
        later(500, lambda: caseload(person))

    def caseload(person: str) -> None:
        shoot("caseload.png")
        controller.window.show_person(person)
        later(500, person_view)

    def person_view() -> None:
        shoot("person.png")
        window = controller.window
        window.go_to(DIRECTORY)
        page = window.pages.currentWidget()
        page.search.setText("walk")
        later(800, lambda: directory(page))

    def directory(page) -> None:  # type: ignore[no-untyped-def]
        if page.results.count():
            page.results.setCurrentRow(0)  # the card shows the first service found
        later(300, lambda: directory_card())

    def directory_card() -> None:
        shoot("directory.png")
        controller.window.go_to(REPORTS)
        later(2500, reports)  # the figures are counted in the background

    def reports() -> None:
        shoot("reports.png")
        controller.window.go_to(SETTINGS)
        later(500, settings)

    def settings() -> None:
        shoot("settings.png")
        controller.shutdown()
        app.quit()

    controller.show()
    controller.start_demo(folder)  # the real generator: 300 made-up people, seed 1
    later(300, made)
    code = app.exec()
    shutil.rmtree(folder, ignore_errors=True)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
