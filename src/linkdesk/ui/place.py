"""Where the worker was when LinkDesk locked, so unlocking takes them back there.

:func:`remember` reads the place from the windows before they are dropped: the main window's
geometry (so it keeps its size), its section, the person shown, the caseload search text,
and each open conversation window (its person, step, geometry and whether the person was
being shown). :func:`return_to` puts it back on the new windows after the unlock.

The place is kept in memory only, for the same workspace, and never written anywhere (it
holds a person's id and a search text). What was typed in a conversation is saved as it is
typed (autosave), so reopening the window at its step shows every word.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QWidget

from linkdesk.domain.errors import LinkDeskError
from linkdesk.ui.ops import Operations

if TYPE_CHECKING:  # only for types: the services and the main window come after the unlock screen
    from linkdesk.services.app_services import AppServices
    from linkdesk.ui.main_window import MainWindow


@dataclass(frozen=True)
class ConversationPlace:
    person_id: str
    step: int  # index into the window's steps
    geometry: QByteArray
    showing_person: bool


@dataclass(frozen=True)
class Place:
    path: Path  # the workspace: the place is used only when this one is unlocked again
    geometry: QByteArray
    maximized: bool
    section: int  # the main window's navigation row
    person_id: str | None  # the person view shown, if one was
    search: str  # the caseload search text
    conversations: list[ConversationPlace] = field(default_factory=list)


def remember(window: MainWindow, path: Path) -> Place:
    """The place on screen now (call before the windows close)."""
    from linkdesk.ui.conversation.window import ConversationWindow

    view = window.person_view
    shown = view is not None and window.caseload_stack.currentWidget() is view
    conversations = [
        ConversationPlace(w.person_id, w.current, w.saveGeometry(), w.showing_person)
        for w in _top_level(ConversationWindow)
        if w.isVisible()
    ]
    return Place(
        path=path,
        geometry=window.saveGeometry(),
        maximized=window.isMaximized(),
        section=window.nav.currentRow(),
        person_id=view.person_id if shown and view is not None else None,
        search=window.caseload.search.text(),
        conversations=conversations,
    )


def return_to(place: Place, window: MainWindow, services: AppServices, ops: Operations) -> None:
    """Put the worker back where :func:`remember` found them (on the new main window).

    A person erased meanwhile (on another machine, by a merge) is simply not shown again."""
    from linkdesk.ui.conversation import open_conversation

    window.restoreGeometry(place.geometry)
    if place.maximized:
        window.showMaximized()
    window.caseload.search.setText(place.search)
    if place.person_id is not None:
        with contextlib.suppress(LinkDeskError):
            window.show_person(place.person_id)
    else:
        window.go_to(place.section)
    for conv in place.conversations:
        with contextlib.suppress(LinkDeskError):
            opened = open_conversation(window, services, conv.person_id, ops=ops)
            if not opened.property("refreshesViews"):  # as the person view opens it
                opened.setProperty("refreshesViews", True)
                opened.closed.connect(window.refresh_views)
            opened.restoreGeometry(conv.geometry)
            opened.go(conv.step)
            if conv.showing_person:
                opened.toggle_person_view()


_W = TypeVar("_W", bound=QWidget)


def _top_level(kind: type[_W]) -> list[_W]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)]
