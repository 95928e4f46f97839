"""The service card shows what link workers use: the alert first, current times only,
address lines, how to attend and languages; every value escaped."""

from __future__ import annotations

from datetime import date

from linkdesk.directory.schedules import parse_schedule
from linkdesk.domain.models import Service
from linkdesk.ui.directory.card import ServiceCard, card_html


def _service() -> Service:
    monthly, _ = parse_schedule({"freq": "MONTHLY", "byday": "1MO", "opens_at": "14:00",
                                 "closes_at": "16:00"})  # fmt: skip
    ended, _ = parse_schedule({"byday": "FR", "valid_to": "2019-12-31", "opens_at": "09:00"})
    assert monthly
    assert ended
    return Service(
        name="Memory Café",
        organisation="Oakley <Memory> Support",
        description="Songs and chat.",
        alert="Closed on 6 April <b>for Easter</b>",
        address="Central Library\n86 Kirkstall Road\nSeacroft",
        postcode="LS14 6AA",
        area="Leeds",
        languages=["English", "Polish"],
        attending=["in person", "phone"],
        schedules=[monthly, ended],
        schedule="First Monday of the month, 2pm to 4pm",
        days=[0],
    )


def test_card_text_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = ServiceCard(lambda: date(2026, 3, 3))
    qtbot.addWidget(card)
    card.setHtml(card_html(_service(), today=date(2026, 3, 3)))
    text = card.toPlainText()
    assert text.index("Alert: Closed on 6 April <b>for Easter</b>") < text.index("What it is")
    assert "First Monday of the month, 2pm to 4pm; next Monday 6 April" in text
    assert "Friday" not in text  # that schedule ended in 2019
    lines = text.splitlines()
    where = lines.index("Central Library")
    assert lines[where + 1 : where + 5] == ["86 Kirkstall Road", "Seacroft", "LS14 6AA", "Leeds"]
    assert "In person, By phone" in text
    assert "English, Polish" in text
    assert "Oakley <Memory> Support" in text  # shown as typed, never as markup


def test_card_says_when_every_time_listed_has_ended() -> None:
    service = _service()
    service.schedules = service.schedules[1:]
    html = card_html(service, today=date(2026, 3, 3))
    assert "No current times: the times listed ended on 31 December 2019" in html


def test_a_manual_service_without_schedules_shows_its_words() -> None:
    html = card_html(Service(name="Knit", schedule="Thursdays 2pm"), today=date(2026, 3, 3))
    assert "Thursdays 2pm" in html
