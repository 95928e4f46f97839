"""LinkDesk's two kinds of catalogue, made and checked in one place (docs/translating.md).

gettext, for text built outside ui/ (the plan, letters, what the person sees on screen):

    python packaging/translations.py template   # resources/translations/linkdesk.pot
    python packaging/translations.py update     # add new message ids to every .po (untranslated)
    python packaging/translations.py compile    # .po -> .mo beside it (committed)

Qt Linguist, for the worker's screens (ui/ and app.py):

    python packaging/translations.py ui-update        # ui/domain_strings.py, then lupdate -> .ts
    python packaging/translations.py ui-compile       # lrelease: each .ts -> .qm (committed)
    python packaging/translations.py ui-add CODE      # start a new UI language (an empty .ts)

    python packaging/translations.py check      # exit 1 when anything is stale or incomplete

The gettext message ids come from ``linkdesk.plan.messages.all_message_ids()`` (no source
scanning: the list is the code). The Qt messages are found by ``pyside6-lupdate`` in the
source (``self.tr(...)``, ``translate("Context", ...)``, ``QT_TRANSLATE_NOOP``) plus the
English words the domain gives (enum labels, life areas, wellbeing scores), which
``ui-update`` lists in the generated ``src/linkdesk/ui/domain_strings.py`` first. The ``.ts``
files carry no source locations (``-locations none``), so a changed line number elsewhere
never changes a catalogue, and ``-no-obsolete`` drops messages the code no longer has.

Compiled ``.mo`` and ``.qm`` files are committed, so PyInstaller (which copies
``resources/`` whole) and an installed copy find them with no build step; both are rebuilt
from their sources byte for byte. ``tests/plan/test_catalogues.py`` and
``tests/ui/test_translations.py`` fail when one is stale, incomplete, or a translation's
placeholders (``{name}``; ``%1``, ``%n``) differ from its source.
"""

from __future__ import annotations

import enum
import inspect
import io
import itertools
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from linkdesk.plan.language import DOMAIN, SHIPPED  # noqa: E402
from linkdesk.plan.messages import all_message_ids  # noqa: E402

FOLDER = ROOT / "resources" / "translations"
UI_FOLDER = FOLDER / "ui"
UI_CATALOGUE = "linkdesk"  # linkdesk_<code>.ts / .qm
UI_SOURCES = (ROOT / "src" / "linkdesk" / "ui", ROOT / "src" / "linkdesk" / "app.py")
DOMAIN_STRINGS = ROOT / "src" / "linkdesk" / "ui" / "domain_strings.py"
# The region each UI language's .ts names (Qt picks its plural rules from it).
UI_REGIONS = {"en": "en_GB", "cy": "cy_GB", "ur": "ur_PK", "pl": "pl_PL", "ar": "ar"}


def po_path(code: str) -> Path:
    return FOLDER / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def template() -> Catalog:
    catalog = Catalog(project="LinkDesk", domain=DOMAIN, fuzzy=False)
    for message_id in all_message_ids():
        flags = ["python-brace-format"] if "{" in message_id else []
        catalog.add(message_id, flags=flags)
    return catalog


def compiled(po: Path) -> bytes:
    """The .mo bytes for a .po file (deterministic: same input, same bytes)."""
    with po.open("rb") as f:
        catalog = read_po(f)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def write_template() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    with (FOLDER / f"{DOMAIN}.pot").open("wb") as f:
        write_po(f, template(), width=100, omit_header=False, sort_output=False)


def update() -> None:
    for code in SHIPPED[1:]:
        path = po_path(code)
        with path.open("rb") as f:
            catalog = read_po(f)
        catalog.update(template(), no_fuzzy_matching=True)
        with path.open("wb") as f:
            write_po(f, catalog, width=100, sort_output=False)


def compile_all() -> None:
    for code in SHIPPED[1:]:
        po = po_path(code)
        po.with_suffix(".mo").write_bytes(compiled(po))


# -- Qt Linguist: the worker's screens -----------------------------------------------------------

# Qt's own words on LinkDesk's screens (dialog buttons, the text fields' menu), for languages
# Qt ships no catalogue of its own for (Welsh, Urdu); Qt's catalogue wins where it has one.
QT_OWN = {
    # Qt's own convention: "RTL" in a right-to-left language's catalogue, "LTR" otherwise.
    "QGuiApplication": ("QT_LAYOUT_DIRECTION",),
    "QPlatformTheme": ("OK", "Save", "Open", "Cancel", "Close", "Apply", "Reset", "Help",
                       "Discard", "&Yes", "&No", "Yes to &All", "N&o to All", "Abort", "Retry",
                       "Ignore", "Restore Defaults", "Save All", "Don't Save"),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    "QWidgetTextControl": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete",
                           "Select All", "Copy &Link Location"),
}  # fmt: skip


def domain_strings() -> list[tuple[str, str]]:
    """(context, English) for every word the domain gives the GUI to show, in a fixed order:
    enum labels (context: the enum's name; domain/enums.py, names.py, referral_rules.py and
    caseload.py),
    outcome score kinds, bank holiday regions, life areas, importance, closure reasons and the
    wellbeing instruments' titles, score labels and meanings; then Qt's own (``QT_OWN``)."""
    from linkdesk.domain import caseload, enums, names, outcomes, referral_rules, working_days
    from linkdesk.domain.life_areas import IMPORTANCE_LABELS, LIFE_AREAS
    from linkdesk.domain.measures import INSTRUMENTS, score

    found: list[tuple[str, str]] = []
    for module in (enums, names, referral_rules, caseload):
        for name, cls in inspect.getmembers(module, inspect.isclass):
            labelled = isinstance(getattr(cls, "label", None), property)
            if issubclass(cls, enum.Enum) and cls.__module__ == module.__name__ and labelled:
                found += [(name, member.label) for member in cls]
    for area in LIFE_AREAS:
        found += [("LifeArea", area.label), ("LifeArea", area.prompt)]
    found += [("Importance", text) for _, text in sorted(IMPORTANCE_LABELS.items())]
    found += [("ClosureReason", text) for text in referral_rules.CLOSURE_REASONS]
    kinds = [v for v in vars(outcomes).values() if isinstance(v, outcomes.ScoreKind)]
    found += [("ScoreKind", kind.label) for kind in dict.fromkeys(kinds)]
    found += [("BankHolidayRegion", label) for label, _ in working_days.REGIONS.values()]
    for key, instrument in INSTRUMENTS.items():
        found.append(("Wellbeing", instrument.title))
        low = min(item.low for item in instrument.items)
        high = max(item.high for item in instrument.items)
        values: list[int | None] = [None, *range(low, high + 1)]
        for answers in itertools.product(values, repeat=len(instrument.items)):
            if len(set(answers)) > 2 and len(instrument.items) > 3:
                continue  # ONS4: each item's bands are met with all four answers the same
            for line in score(key, answers):
                found += [("Wellbeing", line.label), ("Wellbeing", line.meaning)]
    from linkdesk.domain.suppression import SUPPRESSION_NOTE

    found.append(("Report", SUPPRESSION_NOTE))
    for context, texts in QT_OWN.items():
        found += [(context, text) for text in texts]
    return list(dict.fromkeys(found))


def domain_strings_source() -> str:
    """The text of ``src/linkdesk/ui/domain_strings.py``."""
    lines = [
        "# ruff: noqa: E501 - the domain's sentences are kept whole",
        '"""Generated by ``python packaging/translations.py ui-update``: do not edit.',
        "",
        "The English words the domain gives the GUI (and Qt's own button words), listed for",
        "pyside6-lupdate; ``ui/labels.py`` looks them up. A test fails when this is stale.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "STRINGS = (",
    ]
    for context, text in domain_strings():
        # Double-quoted literals and line breaks as ruff format writes them (JSON's escapes
        # are Python's): one line when it fits in 100 characters, else the arguments below.
        ctx, quoted = json.dumps(context), json.dumps(text, ensure_ascii=False)
        one = f"    QT_TRANSLATE_NOOP({ctx}, {quoted}),"
        if len(one) <= 100:
            lines.append(one)
        elif len(f"        {ctx}, {quoted}") <= 100:
            lines += ["    QT_TRANSLATE_NOOP(", f"        {ctx}, {quoted}", "    ),"]
        else:
            lines += ["    QT_TRANSLATE_NOOP(", f"        {ctx},", f"        {quoted},", "    ),"]
    lines += [")", ""]
    return "\n".join(lines)


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (PySide6-Essentials has both)."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found: install PySide6-Essentials (pip).")
    return found


def ui_codes() -> list[str]:
    """The UI languages with a .ts catalogue (source language English has none)."""
    return sorted(p.stem.removeprefix(f"{UI_CATALOGUE}_") for p in UI_FOLDER.glob("*.ts"))


def ts_path(code: str) -> Path:
    return UI_FOLDER / f"{UI_CATALOGUE}_{code}.ts"


def ui_source_files() -> list[str]:
    files: list[Path] = []
    for source in UI_SOURCES:
        files += sorted(source.rglob("*.py")) if source.is_dir() else [source]
    return [str(f.relative_to(ROOT)) for f in files]


def write_domain_strings() -> None:
    DOMAIN_STRINGS.write_text(domain_strings_source(), encoding="utf-8")


def lupdate_into(code: str, ts: Path) -> None:
    """Run pyside6-lupdate for one UI language into ``ts`` (merging what it holds)."""
    # English is the source: its catalogue holds only the plural forms ("1 page", "2 pages"
    # for "%n page(s)"), as Qt expects of a source language.
    plural_only = ["-pluralonly"] if code == "en" else []
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
         *plural_only, "-target-language", UI_REGIONS.get(code, code), *ui_source_files(),
         "-ts", str(ts)],
        cwd=ROOT, check=True,
    )  # fmt: skip


def ui_update(codes: list[str] | None = None) -> None:
    write_domain_strings()
    for code in codes or ui_codes():
        lupdate_into(code, ts_path(code))


def qm_bytes(ts: Path, out_dir: Path) -> bytes:
    """What lrelease makes of ``ts`` (written into ``out_dir``)."""
    out = out_dir / ts.with_suffix(".qm").name
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(out)], check=True)
    return out.read_bytes()


def ui_compile() -> None:
    for code in ui_codes():
        qm_bytes(ts_path(code), UI_FOLDER)


def ui_add(code: str) -> None:
    UI_FOLDER.mkdir(parents=True, exist_ok=True)
    if ts_path(code).exists():
        raise SystemExit(f"{ts_path(code).name} is there already.")
    ui_update([code])
    print(f"Made {ts_path(code).relative_to(ROOT)}: translate it (Qt Linguist), then ui-compile.")


class TsMessage(NamedTuple):
    context: str
    source: str
    comment: str
    numerus: bool
    translations: tuple[str, ...]  # one, or one per plural form
    finished: bool


def read_ts(path: Path) -> list[TsMessage]:
    """Every message of a .ts file (obsolete and vanished ones left out)."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform") if translation is not None else []
            texts = tuple(f.text or "" for f in forms) if forms else (
                (translation.text or "") if translation is not None else "",)  # fmt: skip
            messages.append(
                TsMessage(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    translations=texts,
                    finished=kind != "unfinished" and all(t.strip() for t in texts),
                )
            )
    return messages


_QT_PLACEHOLDER = re.compile(r"%(?:L?[1-9n])")


def qt_placeholders(text: str) -> list[str]:
    """Qt's place markers in a text, sorted (``%1``..``%9``, ``%n``; ``%Ln`` counts as ``%n``)."""
    return sorted(m.replace("%L", "%") for m in _QT_PLACEHOLDER.findall(text))


def ts_problems(path: Path) -> list[str]:
    """Unfinished messages and placeholders that differ from the source, one line each."""
    problems = []
    for m in read_ts(path):
        where = f"{path.name} [{m.context}] {m.source[:50]!r}"
        if not m.finished:
            problems.append(f"{where}: not translated")
            continue
        wanted = qt_placeholders(m.source)
        for text in m.translations:
            got = qt_placeholders(text)
            # A plural form may leave the number out ("one page"): %n is then optional.
            if m.numerus and "%n" in wanted and "%n" not in got:
                got = sorted([*got, "%n"])
            if got != wanted:
                problems.append(f"{where}: placeholders {got} differ from {wanted}")
    return problems


def check() -> int:
    problems = []
    wanted = set(all_message_ids())
    for code in SHIPPED[1:]:
        po = po_path(code)
        with po.open("rb") as f:
            catalog = read_po(f)
        done = {m.id for m in catalog if m.id and m.string and not m.fuzzy}
        if missing := wanted - done:
            problems.append(f"{code}: {len(missing)} untranslated")
        if po.with_suffix(".mo").read_bytes() != compiled(po):
            problems.append(f"{code}: .mo is stale; run 'compile'")
    if DOMAIN_STRINGS.read_text(encoding="utf-8") != domain_strings_source():
        problems.append("ui/domain_strings.py is stale; run 'ui-update'")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for code in ui_codes():
            problems += ts_problems(ts_path(code))
            qm = ts_path(code).with_suffix(".qm")
            if not qm.exists() or qm.read_bytes() != qm_bytes(ts_path(code), Path(tmp)):
                problems.append(f"{qm.name} is stale; run 'ui-compile'")
    for line in problems:
        print(line)
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "template":
        write_template()
    elif command == "update":
        write_template()
        update()
    elif command == "compile":
        compile_all()
    elif command == "ui-update":
        ui_update()
    elif command == "ui-compile":
        ui_compile()
    elif command == "ui-add" and len(argv) > 2:
        ui_add(argv[2])
    elif command == "check":
        return check()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
