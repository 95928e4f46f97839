"""Large import sources are parsed in a child process (directory/child_reader.py): the same
services, report lines and one-line errors as the in-thread reader; closing ends the child;
a child that dies is one clear line; the import through the service is unchanged."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from linkdesk.directory import child_reader
from linkdesk.directory.batch import Meter, Parsed, Skipped
from linkdesk.directory.child_reader import read_sources
from linkdesk.directory.sources import source_size
from linkdesk.domain.errors import LinkDeskError
from linkdesk.services.app_services import AppServices

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TODAY = date(2026, 11, 30)
GOOD = [
    *sorted(p for p in (FIXTURES / "cases").iterdir() if p.name != "organisation-list.json"),
    FIXTURES / "oruk" / "list_page.json",
    FIXTURES / "oruk" / "service.json",
    FIXTURES / "oruk" / "linkdesk.csv",
    FIXTURES / "oruk" / "package",
    *sorted((FIXTURES / "sheets").iterdir()),
]


def _comparable(items: list[Parsed]) -> list[object]:
    """Items with the id each new Service draws at random set aside."""
    return [i if isinstance(i, Skipped) else replace(i, id="") for i in items]


def _read(paths: list[Path], in_child: bool) -> list[Parsed]:
    meter = Meter(total_bytes=sum(source_size(p) for p in paths))
    return list(read_sources(paths, meter, TODAY, in_child=in_child))


def _page(path: Path, count: int) -> Path:
    items = [{"id": f"s{i}", "name": f"Group {i}", "status": "active"} for i in range(count)]
    path.write_text(json.dumps({"contents": items}), encoding="utf-8")
    return path


def test_the_child_reads_what_the_thread_reads() -> None:
    in_thread = _read(GOOD, in_child=False)
    assert len(in_thread) > 20
    assert _comparable(_read(GOOD, in_child=True)) == _comparable(in_thread)
    assert multiprocessing.active_children() == []


def test_errors_are_the_same_one_line(tmp_path: Path) -> None:
    good = _page(tmp_path / "good.json", 300)
    bad = tmp_path / "bad.json"
    bad.write_text('{"contents": [{"id": "x", "name": "Y"}, ', encoding="utf-8")
    missing = tmp_path / "nothing-here.json"
    refused = FIXTURES / "cases" / "organisation-list.json"
    for sources in ([good, bad], [missing], [good, refused]):
        with pytest.raises(LinkDeskError) as in_thread:
            _read(sources, in_child=False)
        with pytest.raises(LinkDeskError) as in_child:
            _read(sources, in_child=True)
        assert str(in_child.value) == str(in_thread.value)
        assert "\n" not in str(in_child.value)
    assert multiprocessing.active_children() == []


def test_closing_early_ends_the_child(tmp_path: Path) -> None:
    source = _page(tmp_path / "page.json", 5000)
    items = read_sources([source], Meter(total_bytes=source_size(source)), TODAY, in_child=True)
    with closing(items):
        first = next(items)
        assert not isinstance(first, Skipped)
        assert first.name == "Group 0"
        (child,) = multiprocessing.active_children()
        assert child.pid is not None
        ours = os.getpriority(os.PRIO_PROCESS, 0)  # the child gives way to the window
        wanted = min(19, ours + child_reader.CHILD_NICENESS)
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == wanted
    assert multiprocessing.active_children() == []  # ended and joined: no zombie


def test_a_child_that_dies_is_one_clear_line(tmp_path: Path) -> None:
    source = _page(tmp_path / "page.json", 20000)
    items = read_sources([source], Meter(total_bytes=source_size(source)), TODAY, in_child=True)
    with closing(items):
        next(items)
        (child,) = multiprocessing.active_children()
        assert child.pid is not None
        os.kill(child.pid, signal.SIGKILL)
        with pytest.raises(LinkDeskError) as raised:
            list(items)  # what was sent before it died, then the line
    assert str(raised.value).startswith("The import stopped: the process reading the files")
    assert "nothing was changed" in str(raised.value)
    assert multiprocessing.active_children() == []


def test_progress_counts_the_childs_bytes(tmp_path: Path) -> None:
    source = _page(tmp_path / "page.json", 2000)
    meter = Meter(total_bytes=source_size(source))
    seen = []
    for n, _item in enumerate(read_sources([source], meter, TODAY, in_child=True)):
        if n % 400 == 0:
            seen.append(meter.read())
    assert seen == sorted(seen)
    assert meter.read() == meter.total_bytes


def test_imports_through_the_child_as_before(
    services: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole import with every source read in a child: the same report and services as
    in-thread; a cancel from the progress report changes nothing and leaves no child."""
    source = _page(tmp_path / "page.json", 1300)
    monkeypatch.setattr(child_reader, "CHILD_FROM_BYTES", 0)

    def cancel(done: int, total: int) -> None:
        assert done == 0 or multiprocessing.active_children()  # the child is reading
        if done >= 500:
            raise LinkDeskError("Import cancelled: nothing was changed.")

    with pytest.raises(LinkDeskError, match="cancelled"):
        services.directory.import_sources([source], progress=cancel)
    assert services._repos.services.count() == 0
    assert multiprocessing.active_children() == []
    report = services.directory.import_sources([source, FIXTURES / "oruk" / "list_page.json"])
    assert (report.added, report.rejected) == (1303, 2)
    assert services._repos.services.count() == 1303
    assert multiprocessing.active_children() == []
