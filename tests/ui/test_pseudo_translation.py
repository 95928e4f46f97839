"""Pseudo-translation: every text of the main screens, with a catalogue that wraps each
message in ⟦…⟧, must come from a catalogue (or be the record's own data). English left on
screen is a string a translator never sees, whatever way it got there (a literal, an f-string,
a word built in code), which a scan of the source cannot promise."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from linkdesk.services.app_services import AppServices
from linkdesk.ui.ops import ImmediateOps
from tests.plan import people

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "translations" / "ui" / "linkdesk_cy.ts"
MARKED = re.compile(r"⟦[^⟦⟧]*⟧")  # innermost first: messages are nested in messages
WORD = re.compile(r"[A-Za-z]{3,}")
# Words that are the same in every language: names, codes, keys, units.
KEPT = re.compile(
    r"(?:LinkDesk|NHS|SNOMED|CSV|PDF|JSON|ONS4|UCLA|Ctrl|Alt|Shift|PgUp|PgDn|Esc|Enter|"
    r"English|Cymraeg|Welsh|polski|Polish|Urdu|Open Referral UK|Chapeltown|Leeds|"
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|"
    r"October|November|December"
    r")\b"  # whole words: "Dec" must not leave "ember" of "December" behind
)
# What is still built in English outside ui/ and shown as it comes (docs/translating.md,
# "Known gaps"): a translation's review status (from the .po header) in a tooltip.
FROM_SERVICES = re.compile(r"machine-drafted.*|source text")


@pytest.fixture
def pseudo(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A catalogue that shows each message as ⟦its English⟧, installed over English."""
    tree = ET.parse(SOURCE)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = f"⟦{source}⟧"
        if not forms:
            translation.text = f"⟦{source}⟧"
        translation.attrib.pop("type", None)
    ts = tmp_path / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "pseudo.qm")], check=True
    )
    translator = QTranslator()
    assert translator.load(str(tmp_path / "pseudo.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def data_strings(services: AppServices, pid: str) -> list[str]:
    """Every text the record holds (shown as typed, never translated), longest first."""
    found: list[str] = []

    def add(obj: object) -> None:
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            for field in dataclasses.fields(obj):
                add(getattr(obj, field.name))
        elif isinstance(obj, list | tuple):
            for item in obj:
                add(item)
        elif isinstance(obj, str) and WORD.search(obj):  # as typed, and capitalised for a list
            found.extend([obj, obj[:1].upper() + obj[1:], *obj.split("\n")])

    add(services.people.record(pid, audit=False))
    add(services.directory.search("", 200))
    add(services.settings.current)
    # Directory categories are data: publishers' words, which LinkDesk's own suggestions
    # (domain/life_areas.py) match as they are written.
    add(services.directory.categories())
    for c in services.conversation.connections(pid):
        add(services.conversation.connection_name(c))
    return sorted(set(found), key=len, reverse=True)


def texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a worker can see or hear on ``root`` now."""
    shown: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = f"{type(w).__name__}:{w.objectName()}"
        shown += [(f"{name} tooltip", w.toolTip()), (f"{name} name", w.accessibleName())]
        if isinstance(w, QLabel | QAbstractButton):
            shown.append((name, w.text()))
        elif isinstance(w, QLineEdit):
            shown.append((f"{name} placeholder", w.placeholderText()))
        elif isinstance(w, QGroupBox):
            shown.append((name, w.title()))
        elif isinstance(w, QComboBox):
            shown += [(name, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            shown += [(name, w.item(i).text()) for i in range(min(w.count(), 20))]
        elif isinstance(w, QTabWidget):
            shown += [(name, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            shown += [
                (f"{name} header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount())
            ]
    return [(where, text) for where, text in shown if text]


# Widgets whose entries are built in English outside ui/ (docs/translating.md, "Known gaps"):
# the person's timeline (services.timeline writes "Goal set: …", "Booked phone for …").
FROM_SERVICES_WIDGETS = ("QListWidget:timeline",)


def english_left(root: QWidget, data: list[str]) -> list[str]:
    left = []
    for where, text in texts(root):
        if where.startswith(FROM_SERVICES_WIDGETS):
            continue
        rest = text
        while MARKED.search(rest):
            rest = MARKED.sub(" ", rest)
        for value in data:
            rest = rest.replace(value, " ")
        rest = FROM_SERVICES.sub(" ", KEPT.sub(" ", rest))
        if WORD.search(rest):
            left.append(f"{where}: {text[:70]!r}")
    return left


def test_no_english_left_on_the_main_screens(qtbot, services: AppServices, pseudo: None) -> None:  # type: ignore[no-untyped-def]
    from linkdesk.ui.conversation import open_conversation
    from linkdesk.ui.main_window import MainWindow
    from linkdesk.ui.person_dialog import PersonDialog
    from linkdesk.ui.plan_preview import PlanPreviewDialog

    pid = people.make_person(services)
    data = data_strings(services, pid)
    window = MainWindow(services, ops=ImmediateOps())
    qtbot.addWidget(window)
    window.show()
    left: list[str] = []
    for page in range(4):  # caseload, directory, reports, settings
        window.go_to(page)
        left += english_left(window, data)
    window.show_person(pid)
    left += english_left(window, data)
    dialog = PersonDialog(services, ImmediateOps(), services.people.get(pid))
    qtbot.addWidget(dialog)
    dialog.show()
    left += english_left(dialog, data)
    conversation = open_conversation(None, services, pid, ops=ImmediateOps())
    qtbot.addWidget(conversation)
    for step in range(len(conversation.step_classes)):
        conversation.go(step)
        left += english_left(conversation, data)
    preview = PlanPreviewDialog(services, pid, ops=ImmediateOps())
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.page_count > 0)
    left += english_left(preview, data)
    conversation.flush()
    assert sorted(set(left)) == []
