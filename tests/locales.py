"""Setting the machine's locale as a Welsh or Polish desktop does, for tests that prove
LinkDesk's words and dates never follow it."""

from __future__ import annotations

import contextlib
import locale
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def desktop_locale(name: str, tmp_path: Path) -> Iterator[bool]:
    """Qt's default locale and the C library's LC_TIME set as a Welsh or Polish desktop sets
    them (glibc's locale compiled into tmp_path when the system has no copy); yields whether
    LC_TIME could be set too."""
    from PySide6.QtCore import QLocale  # Qt only where a test has it loaded already

    before_qt = QLocale()
    QLocale.setDefault(QLocale(name))
    wanted = f"{name}.UTF-8"
    set_c = False
    old_locpath = os.environ.get("LOCPATH")
    try:
        try:
            locale.setlocale(locale.LC_TIME, wanted)
            set_c = True
        except locale.Error:
            localedef = shutil.which("localedef")
            if localedef:
                folder = tmp_path / "locales"
                folder.mkdir(exist_ok=True)
                made = subprocess.run(
                    [localedef, "-i", name, "-f", "UTF-8", str(folder / wanted)],
                    capture_output=True,
                )
                if made.returncode in (0, 1):  # 1: warnings only
                    os.environ["LOCPATH"] = str(folder)
                    with contextlib.suppress(locale.Error):
                        locale.setlocale(locale.LC_TIME, wanted)
                        set_c = True
        yield set_c
    finally:
        locale.setlocale(locale.LC_TIME, "C")
        if old_locpath is None:
            os.environ.pop("LOCPATH", None)
        else:
            os.environ["LOCPATH"] = old_locpath
        QLocale.setDefault(before_qt)
