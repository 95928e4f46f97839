"""One owner for the settings: every field checked on save and on load, copies handed out,
and the backup job's write serialised with the page's."""

from __future__ import annotations

import dataclasses
import json
import logging
import threading

import pytest

from linkdesk.domain.errors import ValidationError
from linkdesk.domain.settings import (
    DEFAULT_URGENT_HELP,
    WorkspaceSettings,
    settings_from_stored,
    validate_settings,
)
from linkdesk.services.app_services import AppServices
from tests.exchange.helpers import stored_settings

BAD_VALUES = [
    ("autolock_minutes", 0),
    ("autolock_minutes", 241),
    ("autolock_minutes", "5"),
    ("autolock_minutes", True),
    ("plan_font_size", 9),
    ("plan_font_size", 25),
    ("backup_reminder_days", -1),
    ("backup_reminder_days", 91),
    ("retention_months", 0),
    ("worker_name", "x" * 201),
    ("worker_email", 42),
    ("urgent_help", "call 111"),
    ("urgent_help", ["ok", 3]),
    ("urgent_help", ["line"] * 21),
    ("urgent_help", ["x" * 301]),
    ("last_backup_at", "yesterday"),
    ("last_backup_at", 5),
    ("last_backup_dir", "a\x00b"),
    ("ui_language", "Welsh please"),
    ("ui_language", 7),
]


@pytest.mark.parametrize(("name", "value"), BAD_VALUES)
def test_saving_a_bad_value_is_refused_and_names_its_field(
    services: AppServices, name: str, value: object
) -> None:
    before = stored_settings(services)
    bad = dataclasses.replace(services.settings.current, **{name: value})
    with pytest.raises(ValidationError) as caught:
        services.settings.save(bad)
    assert caught.value.field == name
    assert "\n" not in str(caught.value)
    assert stored_settings(services) == before  # nothing was written
    assert services.settings.current == before


@pytest.mark.parametrize(("name", "value"), BAD_VALUES)
def test_a_bad_stored_value_falls_back_to_its_default_on_load(name: str, value: object) -> None:
    good = {"worker_name": "Sam", "autolock_minutes": 9}
    settings, dropped = settings_from_stored({**good, name: value})
    assert dropped == [name]
    default = getattr(WorkspaceSettings(), name)
    expected = good.get(name, default) if name not in good else default
    assert getattr(settings, name) == expected
    if name != "worker_name":
        assert settings.worker_name == "Sam"  # the good values are kept


def test_every_field_has_a_rule() -> None:
    assert validate_settings(WorkspaceSettings()) == WorkspaceSettings()
    names = {f.name for f in dataclasses.fields(WorkspaceSettings)}
    for name in names:  # each rule refuses a value of the wrong kind
        with pytest.raises(ValidationError):
            validate_settings(dataclasses.replace(WorkspaceSettings(), **{name: object()}))


def test_saving_tidies_text_and_writes_one_audit_entry(services: AppServices) -> None:
    before = len(services._audit.entries())
    changed = dataclasses.replace(
        services.settings.current, worker_name="  Sam   Link ", urgent_help=["  NHS 111 ", ""]
    )
    saved = services.settings.save(changed)
    assert saved.worker_name == "Sam Link"
    assert saved.urgent_help == ["NHS 111"]
    assert stored_settings(services) == saved
    entries = services._audit.entries()[before:]
    assert [(e.action, e.entity) for e in entries] == [("edited", "settings")]
    services.settings.save(changed)  # the same again: nothing to write, no entry
    assert len(services._audit.entries()) == before + 1


def test_readers_get_copies(services: AppServices) -> None:
    copy = services.settings.current
    copy.worker_name = "Not saved"
    copy.urgent_help.append("Not saved either")
    assert services.settings.current.worker_name == ""
    assert services.settings.current.urgent_help == DEFAULT_URGENT_HELP


def test_damaged_stored_settings_never_stop_an_unlock(workspace_path, caplog) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSPHRASE

    services = AppServices.create(workspace_path, PASSPHRASE)
    services.settings.save(dataclasses.replace(services.settings.current, worker_name="Sam"))
    with services._workspace.transaction():
        for key, raw in (("autolock_minutes", json.dumps(-3)), ("plan_font_size", "{not json")):
            services._workspace.execute("UPDATE setting SET value = ? WHERE key = ?", (raw, key))
    services.close()
    with caplog.at_level(logging.WARNING, logger="linkdesk"):
        reopened = AppServices.open(workspace_path, PASSPHRASE)
    try:
        assert reopened.settings.dropped == ["autolock_minutes", "plan_font_size"]
        assert reopened.settings.current.autolock_minutes == 5
        assert reopened.settings.current.plan_font_size == 12
        assert reopened.settings.current.worker_name == "Sam"
        assert "autolock_minutes" in caplog.text
    finally:
        reopened.close()


def test_backup_record_and_page_save_do_not_overwrite_each_other(services: AppServices) -> None:
    """The backup job (a worker thread) and the settings page (the UI thread) both write."""
    start = threading.Barrier(2)

    def backups() -> None:
        start.wait()
        for i in range(50):
            with services._workspace.transaction():
                services.settings.record_backup(f"2026-01-01T00:00:{i:02d}.000000Z", "/share")

    worker = threading.Thread(target=backups)
    worker.start()
    start.wait()
    for minutes in range(1, 51):
        current = services.settings.current
        services.settings.save(dataclasses.replace(current, autolock_minutes=minutes))
    worker.join()
    final = stored_settings(services)
    assert final.autolock_minutes == 50
    assert final.last_backup_at == "2026-01-01T00:00:49.000000Z"
    assert final.last_backup_dir == "/share"


def test_the_ui_language_is_kept_as_a_plain_code() -> None:
    for typed, kept in (("cy_GB", "cy"), (" UR-pk ", "ur"), ("", "")):
        tidy = validate_settings(dataclasses.replace(WorkspaceSettings(), ui_language=typed))
        assert tidy.ui_language == kept
