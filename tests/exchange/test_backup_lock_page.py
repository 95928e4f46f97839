"""The backup's page copy and SQLite's lock-byte page (issue 15).

The page holding byte 2**30 of a database is never written by SQLite and never read by the
copy (Windows locks bytes in it): the bundle holds zeros there and its HMAC is not checked,
as ``cipher_integrity_check`` skips it. A real file reaches it only past 1 GiB, so here the
lock page is moved to a small page number and the copy compared page by page.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest

from linkdesk.services.app_services import AppServices
from linkdesk.store import bundle as bundle_module
from linkdesk.store.cipher_pages import PageFormat
from tests.exchange.helpers import PAGE_SIZE, people_page_format

PAGE = PAGE_SIZE


@pytest.mark.parametrize("where", ["first", "inside", "last"])
def test_the_lock_page_is_skipped_wherever_it_falls_in_a_chunk(tmp_path: Path, where: str) -> None:
    source = tmp_path / "pages.bin"
    source.write_bytes(b"".join(bytes([n]) * 100 for n in range(1, 21)))  # 20 pages of 100
    lock = {"first": 6, "inside": 8, "last": 10}[where]
    with source.open("rb") as src:
        before = bundle_module._read_pages(src, 5, 1, 100, lock)
        chunk = bundle_module._read_pages(src, 5, 6, 100, lock)
        after = bundle_module._read_pages(src, 5, 11, 100, lock)
    assert before == b"".join(bytes([n]) * 100 for n in range(1, 6))
    assert isinstance(chunk, bytes)
    assert len(chunk) == 500
    for n in range(6, 11):
        page = chunk[(n - 6) * 100 : (n - 5) * 100]
        assert page == (bytes(100) if n == lock else bytes([n]) * 100)
    assert after == b"".join(bytes([n]) * 100 for n in range(11, 16))  # the reader moved on


def test_a_copy_across_the_lock_page_holds_zeros_there_and_every_other_page(
    services: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = people_page_format(services, 30)
    ws = services._workspace
    original = ws.path.read_bytes()
    count = len(original) // PAGE
    lock = count - 2
    monkeypatch.setattr(PageFormat, "lock_page", property(lambda self: lock))
    monkeypatch.setattr(bundle_module, "COPY_PAGES", 4)  # the lock page inside a chunk
    out = BytesIO()
    kinds: set[type] = set()

    def write(chunk: bytes) -> None:
        kinds.add(type(chunk))
        out.write(chunk)

    bundle_module.copy_checked_pages(ws.path, write, pages, count)
    copied = out.getvalue()
    assert kinds == {bytes}  # immutable: the read back compares the very object written
    assert len(copied) == len(original)
    for n in range(2, count + 1):
        page = copied[(n - 1) * PAGE : n * PAGE]
        assert page == (bytes(PAGE) if n == lock else original[(n - 1) * PAGE : n * PAGE])
    assert pages.header_versions(copied[:PAGE]) == b"\x01\x01"
