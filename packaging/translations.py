"""The gettext catalogues for text built outside ui/ (the plan, letters, the person's screen).

    python packaging/translations.py template   # resources/translations/linkdesk.pot
    python packaging/translations.py update     # add new message ids to every .po (untranslated)
    python packaging/translations.py compile    # .po -> .mo beside it (committed)
    python packaging/translations.py check      # exit 1 when a .mo is stale or a .po incomplete

The message ids come from ``linkdesk.plan.messages.all_message_ids()`` (no source scanning:
the list is the code). Compiled ``.mo`` files are committed so PyInstaller and an installed
copy find them under ``resources/translations``; ``tests/plan/test_catalogues.py`` fails when
one differs from what ``compile`` would write, so they never drift from the ``.po``.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from linkdesk.plan.language import DOMAIN, SHIPPED  # noqa: E402
from linkdesk.plan.messages import all_message_ids  # noqa: E402

FOLDER = ROOT / "resources" / "translations"


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
    elif command == "check":
        return check()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
