"""The commissioner report as one tidy, long-format CSV: section, measure, value, snomed_code."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from linkdesk.domain.report import Report
from linkdesk.domain.suppression import SUPPRESSION_NOTE
from linkdesk.domain.text import csv_safe

HEADER = ("section", "measure", "value", "snomed_code")
ABOUT = "About this report"


def report_rows(report: Report) -> Iterator[tuple[str, str, str, str]]:
    """One row per figure; a table with several value columns gives 'label: column' measures."""
    yield ABOUT, "Period start", report.period_start.isoformat() if report.period_start else "", ""
    yield ABOUT, "Period end", report.period_end.isoformat(), ""
    yield ABOUT, "Produced on", report.produced_on.isoformat(), ""
    yield ABOUT, "Small numbers", SUPPRESSION_NOTE, ""
    for table in report.tables:
        several = len(table.columns) > 2
        for row in table.rows:
            for heading, value in zip(table.columns[1:], row.values, strict=True):
                measure = f"{row.label}: {heading.lower()}" if several else row.label
                yield table.title, measure, value, row.snomed


def report_csv_bytes(report: Report) -> bytes:
    """UTF-8 with a byte-order mark (so spreadsheet programs read it right); every cell safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in report_rows(report):
        writer.writerow([csv_safe(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")
