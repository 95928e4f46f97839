"""The report's CSV and PDF: anonymised, golden, formula-safe, and never left half-written."""

from __future__ import annotations

import csv
import errno
import io
import os
from datetime import date
from pathlib import Path
from typing import BinaryIO

import pytest
from pypdf import PdfReader

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.report import ReportData
from linkdesk.domain.report_build import build_report
from linkdesk.exchange import atomic
from linkdesk.exchange.report_csv import report_csv_bytes
from linkdesk.services import reports as reports_module
from linkdesk.services.app_services import AppServices
from tests.reports.dataset import CANARIES, build_known
from tests.reports.old_report_facts import MeasureFact, ReferralFact, aggregate
from tests.reports.old_report_facts import ReportData as FactData

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden" / "report.csv"


def _golden_data() -> ReportData:
    """Fixed facts, counted: the golden CSV must not depend on today's date."""
    d = date(2026, 1, 5)
    referrals = [
        ReferralFact(f"p{i}", "gp" if i < 7 else "self", "active", d, date(2026, 1, 5 + i))
        for i in range(9)
    ]
    ons = [MeasureFact(f"p{i}", "ONS4", "baseline", d, (5, 5, 5, 7)) for i in range(6)] + [
        MeasureFact(f"p{i}", "ONS4", "follow_up", date(2026, 3, 1), (6, 7, 5, 4)) for i in range(6)
    ]
    facts = FactData(
        period_start=date(2025, 4, 1),
        period_end=date(2026, 3, 31),
        referrals=referrals,
        conversations_per_person=[1, 2, 3, 4, 5, 2],
        goal_statuses=["achieved"] * 5 + ["in_progress"] * 3,
        connection_statuses=["attending"] * 6 + ["agreed"],
        # A directory category someone typed as a spreadsheet formula.
        connection_categories=[('=HYPERLINK("http://x")', 6), ("walking groups", 1)],
        connections_not_from_directory=0,
        measures=ons,
        safeguarding_people=2,
    )
    return aggregate(facts)


def test_csv_matches_the_golden_file_and_neutralises_formulas() -> None:
    data = report_csv_bytes(build_report(_golden_data(), date(2026, 4, 2)))
    if os.environ.get("LINKDESK_UPDATE_GOLDEN"):
        GOLDEN.write_bytes(data)
    assert data == GOLDEN.read_bytes()
    text = data.decode("utf-8-sig")
    assert text.startswith("section,measure,value,snomed_code\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    cells = {cell for row in rows for cell in row}
    assert '\'=hyperlink("http://x")' in cells  # a category typed as a formula stays text
    assert "'-3.0" in cells  # anxiety 7 -> 4: a negative number, neutralised
    assert all(len(row) == 4 for row in rows)
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]


@pytest.fixture
def written(services: AppServices, tmp_path: Path) -> list[Path]:
    build_known(services, date.today())
    dest = tmp_path / "shared-drive"
    dest.mkdir()
    return services.reports.write_report(dest)


def test_write_report_names_both_files_by_date(written: list[Path]) -> None:
    today = date.today().isoformat()
    assert [p.name for p in written] == [
        f"{today}_linkdesk-report.csv",
        f"{today}_linkdesk-report.pdf",
    ]
    assert sorted(p.name for p in written[0].parent.iterdir()) == sorted(p.name for p in written)


def test_no_personal_data_in_the_csv_or_pdf(services: AppServices, written: list[Path]) -> None:
    csv_text = written[0].read_text(encoding="utf-8-sig")
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(written[1]).pages)
    assert "871731000000106" in pdf_text
    assert "Referrals by who referred" in pdf_text
    assert "Median days to first contact" in pdf_text
    ids = [row[0] for row in services._workspace.query("SELECT id FROM person")]
    ids += [row[0] for row in services._workspace.query("SELECT id FROM referral")]
    raw_pdf = written[1].read_bytes()
    for secret in [*CANARIES, *ids]:
        assert secret not in csv_text
        assert secret not in pdf_text
        assert secret.encode() not in raw_pdf


def test_export_is_audited_with_counts_only(services: AppServices, written: list[Path]) -> None:
    entry = services._audit.entries("action = 'exported'")[-1]
    assert entry.entity == "report"
    assert entry.person_id is None
    assert "referrals 8" in entry.detail
    assert not any(c in entry.detail for c in CANARIES)


def _failing_write(fail_on: str):  # type: ignore[no-untyped-def]
    """An atomic writer whose disk fills up half-way through files ending in ``fail_on``."""
    real = atomic.atomic_write

    def write_bytes(target: Path, data: bytes, *, overwrite: bool = True) -> str:
        def writer(fh: BinaryIO) -> None:
            fh.write(data[: len(data) // 2])
            if target.name.endswith(fail_on):
                raise OSError(errno.ENOSPC, "No space left on device")
            fh.write(data[len(data) // 2 :])

        return real(target, writer, overwrite=overwrite)

    return write_bytes


@pytest.mark.parametrize("fail_on", [".csv", ".pdf"])
def test_a_full_drive_leaves_no_partial_file(
    services: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_on: str
) -> None:
    build_known(services, date.today())
    monkeypatch.setattr(reports_module, "atomic_write_bytes", _failing_write(fail_on))
    with pytest.raises(LinkDeskError) as caught:
        services.reports.write_report(tmp_path)
    message = str(caught.value)
    assert "not enough space" in message
    assert "\n" not in message
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "test.linkdesk"]
    assert not [n for n in leftovers if "report" in n]
    assert not services._audit.entries("action = 'exported'")


def test_a_missing_destination_is_a_one_line_error(services: AppServices, tmp_path: Path) -> None:
    missing = tmp_path / "unplugged-drive"
    with pytest.raises(LinkDeskError) as caught:
        services.reports.write_report(missing)
    assert "is not available" in str(caught.value)
    assert "\n" not in str(caught.value)
    assert not missing.exists()


def test_pdf_reads_back_with_every_table_title(services: AppServices) -> None:
    from linkdesk.exchange.report_pdf import report_pdf_bytes

    report = build_report(_golden_data(), date(2026, 4, 2))
    reader = PdfReader(io.BytesIO(report_pdf_bytes(report)))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    for table in report.tables:
        assert " ".join(table.title.split()) in text
    assert "counts from 1 to 4 are shown as <5" in text
