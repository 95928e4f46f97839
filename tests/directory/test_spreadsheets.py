"""Spreadsheets as Excel saves them: every encoding and delimiter, read as a stream."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkdesk.directory import textfile
from linkdesk.directory.linkdesk_csv import parse_linkdesk_csv
from linkdesk.directory.sources import parse_source, read_source
from linkdesk.domain.errors import LinkDeskError

ROWS = "name{d}organisation{d}cost{d}days\r\nCafé Crème{d}Zdrowa Głowa{d}£2{d}Wed\r\n"


@pytest.mark.parametrize(
    ("suffix", "delimiter", "encoding", "bom"),
    [
        (".csv", ",", "utf-8", b""),
        (".csv", ",", "utf-8", b"\xef\xbb\xbf"),  # Excel "CSV UTF-8"
        (".csv", ";", "utf-8", b"\xef\xbb\xbf"),  # European Excel
        (".csv", ";", "cp1252", b""),  # Excel "CSV" on a European Windows
        (".csv", ",", "cp1252", b""),  # Excel "CSV" on a UK Windows
        (".txt", "\t", "utf-16-le", b"\xff\xfe"),  # Excel "Unicode Text"
        (".txt", "\t", "utf-16-be", b"\xfe\xff"),
        (".csv", ",", "utf-16-le", b""),  # UTF-16 without a BOM
        (".tsv", "\t", "utf-8", b""),
        (".csv", "|", "utf-8", b""),
    ],
)
def test_every_excel_form_reads_the_same(
    tmp_path: Path, suffix: str, delimiter: str, encoding: str, bom: bytes
) -> None:
    text = ROWS.format(d=delimiter)
    if encoding == "cp1252":
        text = text.replace("Zdrowa Głowa", "Zdrowa Glowa")  # ł is not in Windows-1252
    path = tmp_path / f"sheet{suffix}"
    path.write_bytes(bom + text.encode(encoding))
    batch = parse_linkdesk_csv(path)
    (service,) = batch.services
    assert service.name == "Café Crème"
    assert service.cost == "£2"
    assert service.days == [2]
    assert service.organisation.startswith("Zdrowa G")
    assert batch.skipped == []


def test_missing_name_column_says_how_the_file_was_read(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes("title;where\r\nA;B\r\n".encode("cp1252"))
    with pytest.raises(LinkDeskError) as info:
        parse_source(path)
    assert "no 'name' column" in str(info.value)
    assert "semicolon" in str(info.value)


def test_header_aliases_unknown_columns_and_address_lines(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text(
        "Service Name,Post code,Telephone,Address,Funding notes\r\n"
        'Knit Club,ls6 1aa,0113 000,"Church Hall\nOtley Road\nLeeds",ignore me\r\n',
        encoding="utf-8",
    )
    batch = parse_linkdesk_csv(path)
    (service,) = batch.services
    assert (service.name, service.postcode, service.phone) == ("Knit Club", "LS6 1AA", "0113 000")
    assert service.address == "Church Hall\nOtley Road\nLeeds"
    assert [str(s) for s in batch.skipped] == ["sheet.csv: columns not used: funding_notes"]


def test_a_line_longer_than_a_spreadsheet_row_is_refused(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(textfile, "MAX_LINE_CHARS", 1000)
    path = tmp_path / "one-line.csv"
    path.write_bytes(b"name," + b"x" * 5000)
    with pytest.raises(LinkDeskError, match="a line over 1,000 characters"):
        parse_source(path)


def test_a_file_changed_while_read_imports_nothing(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("name\r\n" + "".join(f"Group {i}\r\n" for i in range(3000)), encoding="utf-8")
    items = read_source(path)
    next(items)
    with path.open("a", encoding="utf-8") as fh:  # someone saves it again mid-import
        fh.write("Group extra\r\n")
    with pytest.raises(LinkDeskError, match="changed while LinkDesk was reading it"):
        list(items)


def test_a_cell_longer_than_the_csv_modules_default_keeps_the_record(tmp_path: Path) -> None:
    # 200,000 characters: over the csv module's default 131,072-character cell limit but
    # well within a row. The description is cut and reported; the service is kept.
    path = tmp_path / "long-cell.csv"
    path.write_text(f'name,description,postcode\r\nLong One,"{"y" * 200_000}",LS1 1AA\r\n')
    batch = parse_linkdesk_csv(path)
    (service,) = batch.services
    assert (service.name, service.postcode) == ("Long One", "LS1 1AA")
    assert len(service.description) == 4000
    assert any("description was cut" in str(s) for s in batch.skipped)


def test_a_cell_longer_than_a_row_may_be_is_one_clear_line(tmp_path: Path) -> None:
    # A quoted cell can run over many lines; past the row limit it is refused in words.
    path = tmp_path / "huge-cell.csv"
    path.write_text('name,description\r\nX,"' + ("y" * 900_000 + "\n") * 2 + '"\r\n')
    with pytest.raises(LinkDeskError) as info:
        parse_source(path)
    message = str(info.value)
    assert message == (
        "huge-cell.csv row 2 has a cell over 1,000,000 characters long: "
        "it is not a spreadsheet LinkDesk can read."
    )
