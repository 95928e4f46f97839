"""The service card: what, who for, when, where, cost, contact, accessibility, last checked.

Every value comes from records or imports, so it is escaped: data, never markup.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from linkdesk.domain.models import Service
from linkdesk.domain.service_schedule import describe
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, arg, day_month_year, translate

STALE_AFTER_DAYS = 365


CONTEXT = "ServiceCard"  # translation context of this module's words


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def checked_words(service: Service, today: date) -> str:
    if service.last_checked_on is None:
        return translate("ServiceCard", "Not checked yet")
    days = (today - service.last_checked_on).days
    when = day_month_year(service.last_checked_on)
    if days <= 0:
        return translate("ServiceCard", "Checked today")
    if days > STALE_AFTER_DAYS:
        return arg(
            translate(
                "ServiceCard", "Last checked %1: over a year ago, please check it still runs"
            ),
            when,
        )
    return arg(translate("ServiceCard", "Last checked %1"), when)


_WAYS = {
    "in person": QT_TRANSLATE_NOOP("ServiceCard", "In person"),
    "online": QT_TRANSLATE_NOOP("ServiceCard", "Online"),
    "phone": QT_TRANSLATE_NOOP("ServiceCard", "By phone"),
}


def when_lines(service: Service, today: date) -> list[str]:
    """Current and coming times from the structured schedules, else the imported words."""
    if service.schedules:
        return describe(service.schedules, today)
    return [service.schedule] if service.schedule else []


def where_lines(service: Service) -> list[str]:
    """The address one line per line, the postcode, then the area if not already said."""
    lines = [line for line in service.address.split("\n") if line.strip()]
    if service.postcode:
        lines.append(service.postcode)
    if service.area and all(service.area.lower() not in line.lower() for line in lines):
        lines.append(service.area)
    return lines


def card_html(service: Service, today: date) -> str:
    """The card as Qt rich text with every user value escaped."""
    rows: list[tuple[str, str]] = []

    def add(label: str, *values: str) -> None:
        shown = [v for v in values if v and v.strip()]
        if shown:
            rows.append((label, "<br>".join(_text(v) for v in shown)))

    add(translate("ServiceCard", "What it is"), service.description)
    add(translate("ServiceCard", "Kind of support"), ", ".join(service.categories))
    add(translate("ServiceCard", "Who it is for"), service.eligibility)
    add(translate("ServiceCard", "When"), *when_lines(service, today))
    add(
        translate("ServiceCard", "How to attend"),
        ", ".join(translate(CONTEXT, _WAYS.get(w, w)) for w in service.attending),
    )
    add(translate("ServiceCard", "Where"), *where_lines(service))
    add(translate("ServiceCard", "How to get there"), service.how_to_get_there)
    cost = service.cost or (translate("ServiceCard", "Free") if service.is_free else "")
    if service.is_free and service.cost and "free" not in service.cost.lower():
        cost = arg(translate("ServiceCard", "Free: %1"), service.cost)
    add(translate("ServiceCard", "Cost"), cost)
    add(translate("ServiceCard", "Contact"), service.phone, service.email, service.website)
    add(translate("ServiceCard", "Languages"), ", ".join(service.languages))
    add(translate("ServiceCard", "Accessibility"), service.accessibility)
    parts = [f"<h2>{_text(service.name)}</h2>"]
    if service.organisation:
        parts.append(f"<p><i>{_text(service.organisation)}</i></p>")
    if service.retired:
        retired = translate("ServiceCard", "Retired: no longer offered.")
        parts.append(f"<p><b>{escape(retired)}</b></p>")
    if service.alert:  # the publisher's warning comes before anything else
        alert = translate("ServiceCard", "Alert:")
        parts.append(
            '<table width="100%" cellpadding="8" cellspacing="0" border="1" bgcolor="#fff4ce">'
            f"<tr><td><b>{escape(alert)}</b> {_text(service.alert)}</td></tr></table>"
        )
    parts.append('<table cellspacing="0" cellpadding="5">')
    for label, value in rows:
        parts.append(
            f'<tr><td valign="top" style="padding-right: 12px"><b>{escape(label)}</b></td>'
            f"<td>{value}</td></tr>"
        )
    parts.append("</table>")
    parts.append(f"<p><small>{escape(checked_words(service, today))}</small></p>")
    return "".join(parts)


class ServiceCard(QTextBrowser):
    """Read-only, keyboard-focusable card; links are never opened (the app is offline)."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Service details"))
        self.service: Service | None = None
        self.show_service(None)

    def show_service(self, service: Service | None) -> None:
        self.service = service
        if service is None:
            self.setHtml(f"<p>{escape(self.tr('Choose a service to see its details.'))}</p>")
        else:
            self.setHtml(card_html(service, self._today()))

    def set_saved(self, service: Service) -> None:
        """The stored version of the service shown (after its notes were saved)."""
        self.service = service
