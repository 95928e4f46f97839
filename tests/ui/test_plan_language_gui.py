"""The plan's language in the GUI: per person, at print time, and the same bytes as the CLI on
a desktop whose locale is Welsh or Polish (dates never from the machine's locale)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from linkdesk.ui.ops import ImmediateOps, Operations
from linkdesk.ui.person_dialog import PersonDialog
from linkdesk.ui.plan_preview import PlanPreviewDialog
from tests.conftest import PASSPHRASE
from tests.locales import desktop_locale
from tests.plan import people
from tests.plan.pdfcheck import text_of


@pytest.fixture
def workspace_file(tmp_path: Path) -> tuple[Path, str]:
    """A closed workspace holding Bronwen, whose plan language is Welsh."""
    path = tmp_path / "plan.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        pid = people.make_person(services)
        services.plans.set_plan_language(pid, "cy")
    return path, pid


def cli_plan(path: Path, pid: str, out: Path, *extra: str) -> bytes:
    """`linkdesk plan` in a fresh process with a plain C locale (no Qt, no desktop)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "LOCPATH"))}
    env |= {"LANG": "C.UTF-8", "LINKDESK_PASSPHRASE": PASSPHRASE}
    done = subprocess.run(
        [sys.executable, "-m", "linkdesk", "plan", str(path), pid, "--out", str(out), *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return out.read_bytes()


@pytest.mark.parametrize("desktop", ["cy_GB", "pl_PL"])
def test_the_gui_prints_the_same_plan_as_the_cli_on_a_welsh_or_polish_desktop(
    qtbot, workspace_file: tuple[Path, str], tmp_path: Path, desktop: str
) -> None:  # type: ignore[no-untyped-def]
    path, pid = workspace_file
    with desktop_locale(desktop, tmp_path) as c_library_too:
        assert c_library_too or not shutil.which("localedef")
        services = AppServices.open(path, PASSPHRASE)
        try:
            dialog = PlanPreviewDialog(services, pid, ops=ImmediateOps())
            qtbot.addWidget(dialog)
            qtbot.waitUntil(lambda: dialog.page_count > 0)
            assert dialog.plan_language == "cy"  # the person's plan language
            welsh = dialog.pdf_bytes
            dialog.language.setCurrentIndex(dialog.language.findData("pl"))
            qtbot.waitUntil(lambda: dialog.pdf_bytes != welsh and dialog.page_count > 0)
            polish = dialog.pdf_bytes
            dialog.close()
        finally:
            services.close()
    assert cli_plan(path, pid, tmp_path / "cy.pdf") == welsh
    assert cli_plan(path, pid, tmp_path / "pl.pdf", "--language", "pl") == polish
    welsh_text, polish_text = text_of(welsh), text_of(polish)
    assert "Beth sy'n bwysig i mi" in welsh_text or "Beth sy’n bwysig i mi" in welsh_text
    assert "What matters to me" not in welsh_text
    assert people.WHAT_MATTERS.split(".")[0] in welsh_text  # their words, untranslated
    assert "What matters to me" not in polish_text


def test_the_plan_language_is_chosen_in_the_person_dialog(qtbot, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    person = services.people.add_person(
        Person(given_name="Dafydd", family_name="Rees", preferred_language="Welsh")
    )
    dialog = PersonDialog(services, ImmediateOps(), person)
    qtbot.addWidget(dialog)
    combo = dialog.plan_language
    assert combo.currentData() == ""  # follows the preferred language…
    assert "Cymraeg (Welsh)" in combo.itemText(0)  # …which is Welsh
    assert not dialog.plan_language_note.isVisibleTo(dialog)
    dialog.language.setText("Bengali")  # no plan in Bengali yet: English, and a note
    assert "English" in combo.itemText(0)
    assert "Bengali" in dialog.plan_language_note.text()
    assert dialog.plan_language_note.isVisibleTo(dialog)
    combo.setCurrentIndex(combo.findData("pl"))
    assert not dialog.plan_language_note.isVisibleTo(dialog)
    dialog.accept()
    saved = services.people.get(person.id)
    assert saved.plan_language == "pl"
    assert saved.preferred_language == "Bengali"
    assert services.plans.plan_language(person.id).language.code == "pl"


def test_a_language_chosen_at_print_time_is_saved_in_that_language(
    qtbot, services: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from linkdesk.ui import plan_preview

    pid = people.make_person(services)  # preferred language not set: English
    dialog = PlanPreviewDialog(services, pid, ops=ImmediateOps())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count > 0)
    assert dialog.plan_language == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("ur"))
    qtbot.waitUntil(lambda: "ہ" in text_of(dialog.pdf_bytes) or "ے" in text_of(dialog.pdf_bytes))
    monkeypatch.setattr(plan_preview, "choose_save_path", lambda parent, s: tmp_path / "ur.pdf")
    assert dialog.save_plan() == tmp_path / "ur.pdf"
    assert (tmp_path / "ur.pdf").read_bytes() == services.plans.build_pdf(pid, language="ur")
    assert services.people.get(pid).plan_language == ""  # one print, not a new default


def test_a_language_chosen_in_the_preview_is_rendered_off_the_ui_thread(
    qtbot, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    pid = people.make_person(services)  # preferred language not set: English
    rendered_on: list[int] = []
    real_render = services.plans.render

    def render(data, options):  # type: ignore[no-untyped-def]
        rendered_on.append(threading.get_ident())
        return real_render(data, options)

    monkeypatch.setattr(services.plans, "render", render)
    dialog = PlanPreviewDialog(services, pid, ops=Operations())  # a real worker thread
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count > 0, timeout=20_000)
    english = dialog.pdf_bytes
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    # The choice returns at once: the Welsh plan arrives later, from the worker.
    assert dialog.pdf_bytes == english
    qtbot.waitUntil(lambda: dialog.pdf_bytes != english and dialog.page_count > 0, timeout=20_000)
    assert len(rendered_on) == 2
    assert threading.get_ident() not in rendered_on
    assert dialog.pdf_bytes == services.plans.build_pdf(pid, language="cy")
