"""Walks LinkDesk's accessible tree over the real AT-SPI bus (run by the system Python, which
has pyatspi; the test in tests/ui/test_a11y_bus.py starts it). Prints one JSON object: the
window names seen, every focusable control without a name, each rating row with its value,
and rating rows (groups of radio buttons) without a name or a chosen value.

    python3 tests/a11y_walk.py
"""

from __future__ import annotations

import json
import sys

import pyatspi  # type: ignore[import-not-found]


def walk(node, path, out, depth=0):  # type: ignore[no-untyped-def]
    if depth > 40:
        return
    try:
        role = node.getRoleName()
        name = node.name or ""
        states = node.getState()
        count = node.childCount
    except Exception:  # noqa: BLE001 (a node went away mid-walk)
        return
    showing = states.contains(pyatspi.STATE_SHOWING)
    if not showing and depth > 2:
        return
    focusable = states.contains(pyatspi.STATE_FOCUSABLE)
    if focusable and not name.strip() and role not in ("page tab list", "list", "table cell"):
        out["unnamed"].append(f"{path} > {role}")
    radios = [c for c in _children(node) if c.getRoleName() == "radio button"]
    if radios:  # a rating row: a named group whose value is its checked answer
        checked = [c.name for c in radios if c.getState().contains(pyatspi.STATE_CHECKED)]
        if not name.strip() or len(checked) != 1:
            out["ratings_without_value"].append(f"{path} > {role}:{name}")
        else:
            out["ratings"].append(f"{name} = {checked[0]}")
    for i in range(min(count, 500)):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, f"{path} > {role}:{name[:30]}", out, depth + 1)


def _children(node):  # type: ignore[no-untyped-def]
    try:
        return [c for c in (node.getChildAtIndex(i) for i in range(node.childCount)) if c]
    except Exception:  # noqa: BLE001
        return []


def main() -> int:
    desktop = pyatspi.Registry.getDesktop(0)
    out: dict[str, list[str]] = {
        "apps": [],
        "windows": [],
        "unnamed": [],
        "ratings": [],
        "ratings_without_value": [],
    }
    for app in desktop:
        if app is None or "linkdesk" not in (app.name or "").lower():
            continue
        out["apps"].append(app.name)
        for window in app:
            if window is None:
                continue
            out["windows"].append(window.name)
            walk(window, window.name, out)
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
