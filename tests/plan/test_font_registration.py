"""Plan fonts are registered when text needs them, not all at once (issue 15: memory).

ReportLab keeps each registered TrueType font parsed in memory (the CJK subset and Symbola
about 7 MB each), so a Latin plan or report must not load the other scripts' fonts. Each
check runs in a fresh interpreter: this test process has usually registered them all.
"""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = r"""
import json, sys
from datetime import date
from reportlab.pdfbase import pdfmetrics
from linkdesk.plan.model import PlanData, PlanGoal, PlanOptions
from linkdesk.plan.take_home import build_plan_pdf

def registered():
    return sorted(n for n in pdfmetrics.getRegisteredFontNames() if n.startswith("LinkDesk"))

out = {}
data = PlanData(name="Jo Bloggs", made_on=date(2026, 11, 24), what_matters="Walking, 3 days",
                goals=(PlanGoal("Join the choir", why="Friends", first_step="Ring Sam"),))
out["latin_pdf"] = len(build_plan_pdf(data, PlanOptions(language="en")))
out["after_latin"] = registered()
words = sys.argv[1]
data = PlanData(name="Jo", made_on=date(2026, 11, 24), what_matters=words)
out["mixed_pdf"] = len(build_plan_pdf(data, PlanOptions(language="en")))
out["after_mixed"] = registered()
print(json.dumps(out))
"""


def _run(words: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, words],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_latin_plan_loads_only_the_base_font_and_other_scripts_load_when_needed() -> None:
    found = _run("I go to مسجد and 合唱团")
    assert found["after_latin"] == ["LinkDeskSans", "LinkDeskSans-Bold"]
    after = found["after_mixed"]
    assert isinstance(after, list)
    for name in ("LinkDeskArabic", "LinkDeskArabic-Bold", "LinkDeskCJK"):
        assert name in after
    assert "LinkDeskBengali" not in after  # no Bengali text: not loaded
    assert "LinkDeskSymbols" not in after
    assert isinstance(found["mixed_pdf"], int)
    assert found["mixed_pdf"] > 1000


def test_self_test_still_loads_every_shipped_font() -> None:
    from reportlab.pdfbase import pdfmetrics

    from linkdesk.plan.fonts import BY_FONT_NAME, register_all_fonts

    names = register_all_fonts()
    assert names == sorted(BY_FONT_NAME)
    for name in names:
        assert pdfmetrics.getFont(name).face.charToGlyph  # parsed, with a cmap
