"""The checks of ``linkdesk --self-test`` that need no Qt: modules, resources, workspace, plan.

Each check returns a :class:`Check`. The workspace check works in a private temporary folder
(0700, removed afterwards) on made-up data only, so the self-test writes nothing personal.
"""

from __future__ import annotations

import importlib
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import linkdesk
from linkdesk import paths
from linkdesk.domain import worker_text
from linkdesk.domain.models import Goal, Person, Referral
from linkdesk.plan.fonts import font_files, register_all_fonts, register_fonts, register_symbol_font
from linkdesk.plan.language import catalogue_files
from linkdesk.services.app_services import AppServices
from linkdesk.store.engine_info import sqlcipher_version
from linkdesk.store.workspace import Workspace
from linkdesk.support.bundle_manifest import bundled_manifest, resource_files, source_modules

PASSPHRASE = "self-test passphrase, made up"  # a throwaway workspace of made-up data
GIVEN, FAMILY = "Selftest", "Example"
# An Urdu preferred name: every plan below shapes right-to-left Nastaliq text with HarfBuzz.
PREFERRED = "\u0639\u0627\u0626\u0634\u06c1"  # عائشہ (Ayesha)
SQLITE_HEADER = b"SQLite format 3\x00"
# What the GUI and the plan cannot do without (a missing one fails the self-test by name).
REQUIRED_RESOURCES = (
    *font_files(),  # DejaVu Sans, Symbola and each community script's Noto font
    *catalogue_files(),  # the plan's compiled gettext catalogues
    *worker_text.catalogue_files(),  # the worker's sentences (timeline, messages)
    "icons/linkdesk-app.svg",
    "styles/linkdesk.qss",
)


@dataclass(frozen=True)
class Check:
    """One line of the self-test. ``status`` is "ok", "warn" (works, but worth knowing) or
    "FAIL"; ``detail`` says what was found or, on failure, what is missing."""

    name: str
    status: str
    detail: str

    @property
    def failed(self) -> bool:
        return self.status == "FAIL"


def guarded(name: str, check: Callable[[], Check]) -> Check:
    """Run one check; an exception becomes a FAIL line naming its type and message."""
    try:
        return check()
    except Exception as exc:  # the self-test reports every fault as a line, never a traceback
        return Check(name, "FAIL", f"{type(exc).__name__}: {exc}")


def expected_contents() -> tuple[list[str], list[str], str]:
    """(modules, resources, where the list came from): the bundle's manifest when frozen,
    else the source tree this process runs from."""
    manifest = bundled_manifest()
    if manifest is not None:
        return manifest["modules"], manifest["resources"], "bundle manifest"
    package_dir = Path(linkdesk.__file__).resolve().parent
    return (
        source_modules(package_dir),
        resource_files(paths.resources_dir()),
        "source tree",
    )


def check_modules(modules: list[str], source: str) -> Check:
    missing = []
    for name in modules:
        try:
            importlib.import_module(name)  # by name on purpose: proving each one is there
        except ImportError as exc:
            missing.append(f"{name} ({exc})")
    if not modules:
        return Check("modules", "FAIL", f"no module list ({source})")
    if missing:
        return Check("modules", "FAIL", f"{len(missing)} missing: " + "; ".join(missing))
    return Check("modules", "ok", f"all {len(modules)} LinkDesk modules import ({source})")


def check_resources(resources: list[str], source: str) -> Check:
    root = paths.resources_dir()
    wanted = list(dict.fromkeys([*REQUIRED_RESOURCES, *resources]))
    missing = [name for name in wanted if not (root / name).is_file()]
    if missing:
        return Check("resources", "FAIL", f"missing in {root}: " + ", ".join(missing))
    return Check("resources", "ok", f"all {len(wanted)} files in {root} ({source})")


def check_plan_fonts() -> Check:
    regular, bold = register_fonts()
    symbols = register_symbol_font()
    names = register_all_fonts()  # every shipped file loads (the plan registers them lazily)
    return Check(
        "plan fonts",
        "ok",
        f"ReportLab registered {regular}, {bold}, {symbols} and {len(names) - 3} more",
    )


@contextmanager
def private_folder() -> Iterator[Path]:
    """A new 0700 folder in the temp folder, removed (with everything in it) afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="linkdesk-self-test-"))  # mkdtemp makes it 0700
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check_workspace(folder: Path) -> tuple[Check, bytes]:
    """Create an encrypted workspace, write made-up records, reopen, read them back and build
    the person's plan PDF (returned for the render check)."""
    mode = stat.S_IMODE(folder.stat().st_mode)
    if os.name == "posix" and mode != 0o700:
        return Check("workspace", "FAIL", f"temporary folder is {mode:o}, not 700"), b""
    path = folder / "self-test.linkdesk"
    start = time.perf_counter()
    with Workspace.create(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        person = services.people.add_person(
            Person(given_name=GIVEN, family_name=FAMILY, preferred_name=PREFERRED),
            Referral(person_id="", received_on=services.clock.today()),
        )
        services.casework.save_goal(
            Goal(person_id=person.id, text="Walk to the park", first_step="Find my shoes"),
            new=True,
        )
        # A booked meeting puts its date and QR code on the plan (ReportLab's barcodes).
        services.bookings.book(person.id, services.clock.today() + timedelta(days=14))
    if path.read_bytes()[:16] == SQLITE_HEADER:
        return Check("workspace", "FAIL", "the workspace file is not encrypted"), b""
    with Workspace.open(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        back = services.people.get(person.id)
        if (back.given_name, back.family_name) != (GIVEN, FAMILY):
            return Check("workspace", "FAIL", "read back something other than was written"), b""
        if not ws.integrity_ok():
            return Check("workspace", "FAIL", "integrity check failed"), b""
        pdf = services.plans.build_pdf(person.id)
        languages = check_plan_languages(services, person.id)
    ms = (time.perf_counter() - start) * 1000
    detail = f"SQLCipher {sqlcipher_version()}: created, written, reopened, read back ({ms:.0f} ms)"
    if languages.failed:
        return languages, pdf
    return Check("workspace", "ok", f"{detail}; {languages.detail}"), pdf


def check_plan_languages(services: AppServices, person_id: str) -> Check:
    """A plan in every shipped language (catalogue, CLDR dates, the script's fonts)."""
    built = []
    for language in services.plans.languages():
        pdf = services.plans.build_pdf(person_id, language=language.code)
        if not pdf.startswith(b"%PDF-"):
            return Check("plan languages", "FAIL", f"no plan PDF in {language.code}")
        built.append(language.code)
    return Check("plan languages", "ok", "plans in " + ", ".join(built))


def check_plan_pdf(pdf: bytes) -> Check:
    if not pdf.startswith(b"%PDF-"):
        return Check("plan PDF", "FAIL", "the plan build did not return a PDF")
    return Check("plan PDF", "ok", f"built in memory ({len(pdf):,} bytes)")


def check_import_reader(folder: Path) -> Check:
    """The directory import's reader process (directory/child_reader.py) starts and reads
    made-up services: in the bundle, that proves its entry point hands the child its task
    (``multiprocessing.freeze_support``) instead of starting LinkDesk again."""
    from datetime import date

    from linkdesk.directory.batch import Meter
    from linkdesk.directory.child_reader import read_sources

    source = folder / "services.json"
    source.write_text('{"contents": [{"id": "s1", "name": "Self-test group"}]}', "utf-8")
    items = list(read_sources([source], Meter(), date.today(), in_child=True))
    names = [getattr(item, "name", "") for item in items]
    if names != ["Self-test group"]:
        return Check("import reader", "FAIL", f"its process read {len(items)} items, not 1")
    return Check("import reader", "ok", "services read in a process of its own")


def check_log(log_file: Path | None, problem: str) -> Check:
    if log_file is None:
        return Check("support log", "warn", problem or "no log file")
    return Check("support log", "ok", f"writing to {log_file}")
