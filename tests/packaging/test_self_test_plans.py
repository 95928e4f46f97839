"""The self-test builds a plan in every shipped language, with a right-to-left name and a
booked meeting (its QR code), so a bundle missing a catalogue, a script's font or ReportLab's
barcode modules fails it by name."""

from __future__ import annotations

from linkdesk.services.plans import PlanService
from linkdesk.services.self_test import check_workspace, private_folder


def test_the_workspace_check_prints_a_plan_in_every_language() -> None:
    with private_folder() as folder:
        check, pdf = check_workspace(folder)
    assert check.status == "ok", check.detail
    codes = [language.code for language in PlanService.languages()]
    assert len(codes) >= 4
    assert check.detail.endswith("plans in " + ", ".join(codes))
    assert pdf.startswith(b"%PDF-")
