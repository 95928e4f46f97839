"""Every coded value has a label wherever labels are given: on the enum itself, and in every
dict in the code that maps an enum's members to words."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from enum import Enum

import pytest

import linkdesk
from linkdesk.domain import enums, referral_rules

# Modules that import Qt are checked too, except the GUI entry point (it starts nothing).
SKIP = {"linkdesk.__main__"}
# Word maps that name only some members on purpose (where they are defined, and why).
PARTIAL = {
    "linkdesk.directory.kinds.ONE": "a plain list is never one item",
    "linkdesk.directory.kinds.MANY": "only kinds a list can hold are named",
}


def _modules() -> list[object]:
    found = []
    for info in pkgutil.walk_packages(linkdesk.__path__, "linkdesk."):
        if info.name not in SKIP:
            found.append(importlib.import_module(info.name))
    return found


def _enums() -> list[type[Enum]]:
    return [
        obj
        for module in (enums, referral_rules)
        for obj in vars(module).values()
        if inspect.isclass(obj) and issubclass(obj, Enum) and obj.__module__ == module.__name__
    ]


@pytest.mark.parametrize("kind", _enums(), ids=lambda k: k.__name__)
def test_every_member_has_a_label(kind: type[Enum]) -> None:
    assert hasattr(kind, "label"), f"{kind.__name__} has no label for the screen"
    for member in kind:
        label = member.label  # type: ignore[attr-defined]  # checked just above
        assert isinstance(label, str)
        assert label.strip(), f"{kind.__name__}.{member.name} has an empty label"


def test_every_mapping_keyed_by_an_enum_covers_all_its_members() -> None:
    """A dict from an enum's members to words must cover every member: a member added later
    would otherwise fail only when it is first shown. (Dicts of other values, such as the
    demo generator's weights, may pick some members on purpose.)"""
    checked = 0
    gaps = []
    partial = {
        id(getattr(importlib.import_module(where.rsplit(".", 1)[0]), where.rsplit(".", 1)[1]))
        for where in PARTIAL
    }
    seen: set[int] = set()
    for module in _modules():
        for name, value in vars(module).items():
            if id(value) in seen:
                continue  # imported from where it is defined: checked there
            seen.add(id(value))
            if not isinstance(value, dict) or not value:
                continue
            if not all(isinstance(v, str) for v in value.values()):
                continue  # not labels
            kinds = {type(key) for key in value}
            if len(kinds) != 1:
                continue
            (kind,) = kinds
            if not (inspect.isclass(kind) and issubclass(kind, Enum)):
                continue
            checked += 1
            missing = set(kind) - set(value)
            if missing and id(value) not in partial:
                gaps.append(f"{module.__name__}.{name}: {sorted(m.name for m in missing)}")
    assert gaps == []
    assert checked >= 3  # the audit labels, the referral sources, the plan's meeting kinds


def test_audit_actions_stored_values_are_unchanged() -> None:
    """Stored audit entries of older workspaces keep meaning the same."""
    assert {a.value for a in enums.AuditAction} == {
        "viewed", "created", "edited", "deleted", "status", "consent", "printed", "exported",
        "imported", "backup", "merged", "erased", "audit_check_failed", "audit_anchor_started",
    }  # fmt: skip
