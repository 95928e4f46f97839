"""Shaped words kept between plans (issue 15): only the catalogues' own words, never a
person's; and a plan built with them kept is the same document as one built without."""

from __future__ import annotations

from dataclasses import replace

from linkdesk.plan import fonts
from linkdesk.plan.language import catalogue_words
from linkdesk.plan.model import PlanOptions
from linkdesk.plan.take_home import build_plan_pdf
from tests.plan.scriptcheck import pypdf_text
from tests.plan.test_languages import typical

PERSONAL = "ہمسائیگیوںوالا"  # a made-up Urdu word in no catalogue


def test_only_catalogue_words_are_kept_between_plans() -> None:
    data = typical()
    data = replace(data, what_matters=f"{PERSONAL} {data.what_matters}")
    fonts._KEPT.clear()
    first = build_plan_pdf(data, PlanOptions(language="ur"))
    kept = dict(fonts._KEPT)
    assert kept  # the Urdu headings were shaped and kept
    words = catalogue_words()
    assert all(text in words for _font, _size, text in kept)
    assert not any(PERSONAL in text for _font, _size, text in kept)
    second = build_plan_pdf(data, PlanOptions(language="ur"))  # built from the kept shapes
    assert fonts.kept_shapes() == len(kept)
    assert pypdf_text(second) == pypdf_text(first)
