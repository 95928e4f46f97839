"""The guided co-production conversation (issue 3).

Entry point used by the person view: ``open_conversation(parent, services, person_id, ops=ops)``.
It resumes the person's unfinished conversation at the step where it stopped, or starts a
new one (a first conversation, else a follow-up). The returned window has ``flush()`` (save
what is pending: call before locking) and a ``finished`` signal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from linkdesk.domain.enums import ConversationKind
    from linkdesk.services.app_services import AppServices
    from linkdesk.ui.conversation.window import ConversationWindow
    from linkdesk.ui.ops import Operations


def open_conversation(
    parent: QWidget | None,
    services: AppServices,
    person_id: str,
    *,
    ops: Operations,
    kind: ConversationKind | None = None,
) -> ConversationWindow:
    """Open (and show) the conversation window for one person."""
    from linkdesk.ui.conversation.window import ConversationWindow

    if parent is not None:  # one window per person: two would autosave over each other
        for open_window in parent.findChildren(ConversationWindow):
            if open_window.person_id == person_id and open_window.isVisible():
                open_window.raise_()
                open_window.activateWindow()
                return open_window
    window = ConversationWindow(services, person_id, ops=ops, kind=kind, parent=parent)
    if parent is not None:  # closed windows must not pile up under the main window
        from PySide6.QtCore import Qt

        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    from linkdesk.ui.windows import fit_to_screen

    fit_to_screen(window, 1280, 820)  # on a 768-high laptop Back/Next stay on screen
    window.show()
    window.activateWindow()
    return window
