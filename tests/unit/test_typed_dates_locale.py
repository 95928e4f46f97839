"""Typed dates read the same whatever the machine's locale (the GUI sets it from the
desktop): "12 Mar 1971" on a Welsh desktop is 12 March 1971, not an error."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from linkdesk.domain.dates import parse_date
from linkdesk.domain.errors import ValidationError
from tests.locales import desktop_locale

TYPED = {
    "12 Mar 1971": date(1971, 3, 12),
    "12 march 1971": date(1971, 3, 12),
    "1 Sept 2026": date(2026, 9, 1),
    "30 Sep. 2026": date(2026, 9, 30),
    "12/03/1971": date(1971, 3, 12),
}


@pytest.mark.parametrize("desktop", ["C", "cy_GB", "pl_PL"])
def test_month_names_are_read_the_same_on_any_desktop(tmp_path: Path, desktop: str) -> None:
    pytest.importorskip("PySide6")
    if desktop == "C":
        assert {text: parse_date(text) for text in TYPED} == TYPED
        return
    with desktop_locale(desktop, tmp_path):
        assert {text: parse_date(text) for text in TYPED} == TYPED


@pytest.mark.parametrize("text", ["31 Feb 2026", "12 Ma 1971", "12 Mawrth 1971", "12 Marchy 1971"])
def test_what_is_not_a_date_is_still_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_date(text)
