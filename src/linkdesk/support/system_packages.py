"""The system libraries Qt's X11 (xcb) platform plugin needs on Linux, and their packages.

The PySide6 wheels bring Qt itself but not the X11/xcb client libraries: on a bare Debian or
Ubuntu desktop several ``libxcb-*`` packages are missing and Qt aborts with "Could not load
the Qt platform plugin xcb". The GUI checks for them first (:func:`missing_packages`) and
names the packages to install; README, ``.ci/run`` and the self-test use the same list.

The sonames are those ``ldd`` lists for PySide6 6.12's ``libqxcb.so`` and QtGui/QtWidgets/
QtPdf on Debian 12, each mapped to its Debian/Ubuntu package (``dpkg -S``).
"""

from __future__ import annotations

import ctypes
import os
import re
import subprocess
import sys
from pathlib import Path

# soname -> Debian/Ubuntu package (same names on Debian 12/13 and Ubuntu 22.04/24.04).
SONAME_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
GUI_PACKAGES = sorted(set(SONAME_PACKAGES.values()))
_NOT_FOUND = re.compile(r"^\s*(\S+) => not found", re.MULTILINE)


def apt_command(packages: list[str]) -> str:
    return "sudo apt-get install " + " ".join(packages)


def missing_sonames() -> list[str]:
    """The sonames above that the dynamic loader cannot find (Linux only; [] elsewhere)."""
    if not sys.platform.startswith("linux"):
        return []
    bundled = getattr(sys, "_MEIPASS", None)  # a frozen bundle carries most of them itself
    missing = []
    for soname in SONAME_PACKAGES:
        if bundled and (Path(bundled) / soname).exists():
            continue
        try:
            ctypes.CDLL(soname)  # Qt loads these anyway; a present library costs ~0.1 ms
        except OSError:
            missing.append(soname)
    return missing


def missing_packages() -> list[str]:
    """The Debian/Ubuntu packages to install for the sonames that are missing."""
    return sorted({SONAME_PACKAGES[name] for name in missing_sonames()})


def will_use_xcb() -> bool:
    """True when Qt will pick its X11 plugin (Linux, no other platform asked for, an X display)."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(";")[0].startswith("xcb")
    return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")


def ldd_missing(binary: Path) -> list[str]:
    """Sonames ``ldd`` reports as "not found" for ``binary`` ([] when ldd is unavailable)."""
    try:
        done = subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    return sorted(set(_NOT_FOUND.findall(done.stdout)))


def describe_missing(sonames: list[str]) -> str:
    """One line naming the missing libraries and, where known, the command that installs them."""
    packages = sorted({SONAME_PACKAGES[s] for s in sonames if s in SONAME_PACKAGES})
    line = "missing system libraries: " + ", ".join(sonames)
    if packages:
        line += f"; on Debian/Ubuntu: {apt_command(packages)}"
    return line
