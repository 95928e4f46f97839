"""Language names matched without loading whole CLDR locales (issue 15: GUI memory)."""

from __future__ import annotations

import subprocess
import sys

from babel import Locale

from linkdesk.plan.language import _COMMUNITY, SHIPPED, code_for, own_name


def test_own_names_are_babels_display_names() -> None:
    for code in (*SHIPPED, *_COMMUNITY):
        assert own_name(code) == str(Locale.parse(code).display_name), code


def test_native_names_still_resolve() -> None:
    assert code_for("Cymraeg") == "cy"
    assert code_for(str(Locale.parse("bn").display_name)) == "bn"
    assert code_for(str(Locale.parse("ar").display_name)) == "ar"


SCRIPT = r"""
import babel.localedata
from linkdesk.plan.language import code_for
assert code_for("Bengali") == "bn"
# Babel's cache of loaded locales (babel.localedata.load keeps each for the process's life)
print(" ".join(sorted(babel.localedata._cache)))
"""


def test_matching_a_language_keeps_no_other_locale_loaded() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, timeout=120
    )
    loaded = set(done.stdout.split())
    assert not loaded & {"bn", "ar", "zh", "pa", "cy", "ur"}, loaded
