"""Subject access export: stable JSON shape (golden file), readable PDF, audit, no partials."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from linkdesk.exchange.subject_access import TOP_LEVEL_KEYS, shape
from linkdesk.services.app_services import AppServices
from tests.exchange.helpers import add_person, files_in

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden" / "subject_access_shape.json"


def test_json_shape_matches_golden_file(services: AppServices, dest: Path) -> None:
    pid = add_person(services, "Ann")
    paths = services.exchange.export_person(pid, dest)
    doc = json.loads(paths[0].read_text(encoding="utf-8"))
    assert tuple(doc) == TOP_LEVEL_KEYS
    got = shape(doc)
    if os.environ.get("LINKDESK_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, indent=2, sort_keys=True) + "\n")
    assert got == json.loads(GOLDEN.read_text())
    goal = doc["goals"][0]
    assert goal["text"] == "Join a choir (Ann)"
    assert {"why", "first_step", "status", "progress"} <= set(goal)
    assert goal["progress"][0]["status"] == "in_progress"
    assert doc["measures"][0]["scores"][0]["value"] == 7  # UCLA3 2+3+2
    assert doc["connections"][0]["service_name"] == "Community choir"
    assert doc["referrals"][0]["received_on"] == "2026-01-05"  # ISO dates
    assert {e["action"] for e in doc["audit"]} >= {"created", "consent", "status"}


def test_pdf_is_readable_and_escapes_text(services: AppServices, dest: Path) -> None:
    pid = add_person(services, "<b>Ann</b> & co")
    json_path, pdf_path = services.exchange.export_person(pid, dest)
    assert files_in(dest) == sorted([json_path.name, pdf_path.name])
    pages = PdfReader(io.BytesIO(pdf_path.read_bytes())).pages
    text = " ".join(" ".join(p.extract_text() for p in pages).split())
    assert "Everything LinkDesk holds about <b>Ann</b> & co" in text
    assert "not encrypted" in text
    assert "Join a choir" in text
    assert "Conversations (1)" in text
    entry = services._audit.entries("action = 'exported'")[-1]
    assert entry.person_id == pid


def test_failed_pdf_write_leaves_neither_file(
    services: AppServices, dest: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = add_person(services, "Ann")
    from linkdesk.services import exchange as exchange_mod

    real = exchange_mod.atomic_write_bytes

    def fail_pdf(target: Path, data: bytes, *, overwrite: bool = True) -> str:
        if target.suffix == ".pdf":
            from linkdesk.domain.errors import LinkDeskError

            raise LinkDeskError("There is not enough space on the drive.")
        return real(target, data, overwrite=overwrite)

    monkeypatch.setattr(exchange_mod, "atomic_write_bytes", fail_pdf)
    with pytest.raises(Exception, match="not enough space"):
        services.exchange.export_person(pid, dest)
    assert files_in(dest) == []
    assert services._audit.entries("action = 'exported'") == []
