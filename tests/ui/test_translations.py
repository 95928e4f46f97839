"""The worker's screens in every shipped language: catalogues complete and current, the
placeholders kept, no English left behind, right to left turned round, every script shown."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QGuiApplication, QTextLayout
from PySide6.QtWidgets import QApplication

from linkdesk.ui import fonts, i18n
from linkdesk.ui.main_window import SETTINGS
from tests.translations_tool import translations_tool

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "linkdesk" / "ui"


tool = translations_tool


T = tool()
CODES = T.ui_codes()


def test_the_shipped_ui_languages() -> None:
    assert set(CODES) >= {"en", "cy", "ur"}
    shipped = {x.code: x for x in i18n.ui_languages()}
    assert list(shipped)[0] == "en"
    assert shipped["cy"].label == "Cymraeg (Welsh)"
    assert shipped["ur"].rtl
    assert not shipped["cy"].rtl


def test_the_worker_and_the_plan_are_offered_languages_in_one_order() -> None:
    """Settings' list and the plan preview's list agree: English, Welsh, then by name."""
    from linkdesk.plan.language import SHIPPED

    ui = [x.code for x in i18n.ui_languages()]
    assert ui[:2] == ["en", "cy"]
    assert ui == [code for code in SHIPPED if code in ui]


@pytest.mark.parametrize("code", CODES)
def test_every_message_is_translated_with_the_same_placeholders(code: str) -> None:
    assert T.ts_problems(T.ts_path(code)) == []


def test_the_check_finds_a_missing_string_and_a_changed_placeholder(tmp_path: Path) -> None:
    bad = tmp_path / "linkdesk_cy.ts"
    bad.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="cy_GB">'
        "<context><name>X</name>"
        "<message><source>Saved to %1</source><translation>Wedi cadw</translation></message>"
        "<message><source>Plan for %1 %2</source><translation>%2 %1</translation></message>"
        '<message><source>Close</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n page(s)</source><translation>'
        "<numerusform>un dudalen</numerusform><numerusform>%n tudalen %1</numerusform>"
        "</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    problems = T.ts_problems(bad)
    assert len(problems) == 3
    assert "'Saved to %1'" in problems[0]
    assert "['%1']" in problems[0]
    assert "'Close': not translated" in problems[1]
    assert "'%n page(s)'" in problems[2]  # a stray %1 in a plural form; "un" alone is fine


@pytest.mark.parametrize("code", CODES)
def test_each_catalogue_holds_every_string_the_code_shows(code: str, tmp_path: Path) -> None:
    """lupdate on today's code adds nothing new to a copy of the shipped catalogue."""
    copy = tmp_path / T.ts_path(code).name
    shutil.copy(T.ts_path(code), copy)
    T.lupdate_into(code, copy)
    shipped = {(m.context, m.source) for m in T.read_ts(T.ts_path(code))}
    current = {(m.context, m.source) for m in T.read_ts(copy)}
    assert current - shipped == set(), "run: python packaging/translations.py ui-update"
    assert shipped - current == set(), "run: python packaging/translations.py ui-update"


def test_the_domain_words_list_is_current() -> None:
    assert (UI / "domain_strings.py").read_text(encoding="utf-8") == T.domain_strings_source()


@pytest.mark.parametrize("code", CODES)
def test_each_compiled_catalogue_says_what_its_source_says(qapp, code: str) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(f"linkdesk_{code}", str(T.UI_FOLDER))
    for m in T.read_ts(T.ts_path(code)):
        comment = m.comment or None
        if m.numerus:
            got = {translator.translate(m.context, m.source, comment, n) for n in (1, 2, 5, 11)}
            wanted = {t.replace("%Ln", "%n") for t in m.translations}
            assert {g.replace("%Ln", "%n") for g in got} <= wanted, (m.context, m.source)
        else:
            got = translator.translate(m.context, m.source, comment)
            assert got == m.translations[0], (m.context, m.source)


# -- no English left behind -----------------------------------------------------------------

# Qt calls that put text on screen: (name, index of the text argument).
TEXT_CALLS = {
    "setText": 0, "setWindowTitle": 0, "setToolTip": 0, "setPlaceholderText": 0,
    "setAccessibleName": 0, "setAccessibleDescription": 0, "setTitle": 0, "addItem": 0,
    "addMenu": 0, "setStatusTip": 0, "setSuffix": 0, "setWhatsThis": 0, "show_message": 0,
    "say": 0, "QLabel": 0, "QPushButton": 0, "QCheckBox": 0, "QGroupBox": 0, "QRadioButton": 0,
    "QAction": 0, "QListWidgetItem": 0, "heading": 0, "prose": 0, "button": 0, "make_button": 0,
    "line_edit": 0, "text_box": 0, "plain_label": 0, "caption_label": 0, "Guidance": 0,
    "Banner": 0, "warn": 1,
    "information": 1, "warning": 1, "critical": 1, "question": 1, "about": 1,
}  # fmt: skip
WORDS = re.compile(r"[A-Za-z]{2,}")


def _english(node: ast.AST) -> str:
    """English words written straight into a literal or an f-string ("" when none)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if WORDS.search(node.value) else ""
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        return " ".join(p for p in parts if isinstance(p, str) and WORDS.search(p))
    if isinstance(node, ast.BinOp):
        return _english(node.left) or _english(node.right)
    return ""


def test_no_english_is_written_straight_onto_a_screen() -> None:
    """Every text a widget shows goes through tr()/translate(): a literal or an f-string with
    words in it, handed straight to a Qt text call, is a string a translator never sees."""
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            index = TEXT_CALLS.get(name)
            if index is None or len(node.args) <= index:
                continue
            if english := _english(node.args[index]):
                offenders.append(f"{path.relative_to(UI)}:{node.lineno} {english[:50]!r}")
    assert offenders == []


def test_every_translated_text_is_found_by_lupdate() -> None:
    """tr()/translate() of a variable only works when the variable's text was marked with
    QT_TRANSLATE_NOOP under the same context (lupdate cannot read variables)."""
    marked = {(m.context, m.source) for m in T.read_ts(T.ts_path("cy"))}
    contexts = {c for c, _ in marked}
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "tr":
                if node.args and isinstance(node.args[0], ast.Constant):
                    continue
                if path.name in ("i18n.py", "labels.py"):
                    continue
                if isinstance(node.args[0], ast.Name | ast.Subscript | ast.Attribute):
                    continue  # a marked constant (checked by the walk below)
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert offenders == []
    assert {"Steps", "LifeArea", "Wellbeing", "GoalStatus", "QPlatformTheme"} <= contexts


# -- installing a language -------------------------------------------------------------------


def test_welsh_screens_and_back_to_english(qapp, qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from linkdesk.ui.main_window import MainWindow
    from linkdesk.ui.ops import ImmediateOps

    assert i18n.install_language("cy_GB") == "cy"
    window = MainWindow(services, ops=ImmediateOps())
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Ffeil", "&Mynd", "&Cymorth"]
    assert window.nav.item(0).text() == "Heddiw"
    assert window.nav.item(1).text() == "Llwyth achosion"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert i18n.short_date(__import__("datetime").date(2026, 12, 8)) == "8 Rhag 2026"
    assert i18n.install_language("xx") == "en"  # no catalogue: English
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_urdu_turns_the_screens_round(qapp, qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from linkdesk.ui.main_window import MainWindow
    from linkdesk.ui.ops import ImmediateOps
    from linkdesk.ui.widgets.form import plain_label

    i18n.install_language("ur")
    window = MainWindow(services, ops=ImmediateOps())
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert window.nav.item(0).text() == "آج"
    assert window.nav.item(1).text() == "کیس لوڈ"
    # The section list sits on the right, the pages to its left.
    assert window.nav.mapTo(window, window.nav.rect().center()).x() > window.width() // 2
    assert QApplication.translate("QPlatformTheme", "Cancel") == "منسوخ کریں"
    # An English value in an Urdu sentence keeps its order: isolated, the line RTL.
    line = i18n.arg(QApplication.translate("ReferralPanel", "Reason: %1"), "Lonely, since May.")
    assert line == "\u200fوجہ: \u2068Lonely, since May.\u2069"
    assert plain_label("Chloe").alignment() & Qt.AlignmentFlag.AlignRight
    assert i18n.arg("%1 %2.pdf", "Chloe", "2026", isolate=False) == "Chloe 2026.pdf"


def test_choosing_a_language_in_settings_rebuilds_the_window_in_it(
    qapp, qtbot, workspace_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from linkdesk.app import AppController
    from linkdesk.services.app_services import AppServices
    from linkdesk.ui.ops import ImmediateOps
    from tests.conftest import PASSPHRASE

    AppServices.create(workspace_path, PASSPHRASE).close()
    controller = AppController(ops=ImmediateOps(), path=workspace_path)
    controller.unlock_screen.open_passphrase.setText(PASSPHRASE)
    controller.unlock_screen.submit_open()
    qtbot.waitUntil(lambda: controller.window is not None)
    old = controller.window
    assert old is not None
    page = old.settings_page
    page.ui_language.setCurrentIndex(page.ui_language.findData("cy"))
    page.ui_language.activated.emit(page.ui_language.currentIndex())
    qtbot.waitUntil(lambda: controller.window is not old)
    window = controller.window
    assert window is not None
    assert window.menuBar().actions()[0].text() == "&Ffeil"
    assert window.pages.currentIndex() == SETTINGS  # back on Settings
    assert QSettings().value(i18n.SETTINGS_KEY) == "cy"  # the unlock screen speaks it next time
    controller.lock()
    assert controller.unlock_screen.windowTitle() == "LinkDesk: datgloi"
    controller.shutdown()


# -- every script on screen ------------------------------------------------------------------

SAMPLES = {
    "Urdu": "میری دادی اردو بولتی ہیں",
    "Bengali": "আমি বাংলায় কথা বলি",
    "Gurmukhi": "ਮੈਂ ਪੰਜਾਬੀ ਬੋਲਦਾ ਹਾਂ",
    "Chinese": "我会说中文",
    "Gujarati": "હું ગુજરાતી બોલું છું",
    "emoji": "🙂👍🏽",
}


@pytest.mark.parametrize("script", list(SAMPLES))
def test_typed_text_in_every_script_is_drawn_with_a_real_glyph(qapp, script: str) -> None:  # type: ignore[no-untyped-def]
    font = fonts.apply_script_fallbacks()
    assert font.families()[1:] == [
        f for f in fonts.FALLBACK_FAMILIES if f in fonts.register_fonts()
    ]
    layout = QTextLayout(SAMPLES[script], QFont(QGuiApplication.font()))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs
    for run in runs:
        assert 0 not in run.glyphIndexes(), (script, run.rawFont().familyName())
    if script == "Urdu":  # one font draws the whole word, so its letters join
        families = {r.rawFont().familyName() for r in runs if r.glyphIndexes()}
        assert "Noto Naskh Arabic" in families
        assert "DejaVu Sans" not in families


def test_a_desktop_font_with_arabic_but_not_urdu_letters_is_replaced(qapp) -> None:  # type: ignore[no-untyped-def]
    fonts.register_fonts()
    assert fonts.splits_arabic_words("DejaVu Sans")
    assert not fonts.splits_arabic_words(fonts.UI_FONT)
    assert fonts.script_font(QFont("DejaVu Sans")).families()[0] == fonts.UI_FONT
    assert fonts.script_font(QFont("Noto Naskh Arabic")).families()[0] == "Noto Naskh Arabic"


def test_a_referral_history_in_welsh() -> None:
    """The person view's status history: the heading, the statuses and "(automatic)" are
    the UI language's (the newcomer found "History:" and "(automatic)" in English)."""
    from datetime import date

    from linkdesk.domain.models import StatusChange
    from linkdesk.ui.referral_panel import history_text

    change = StatusChange(
        person_id="p",
        referral_id="r",
        changed_on=date(2026, 11, 3),
        from_status="received",
        to_status="contacted",
        automatic=True,
    )
    i18n.install_language("cy")
    text = history_text([change])
    i18n.install_language("en")
    assert text.startswith("Hanes:\n")
    assert "(yn awtomatig)" in text
    assert "Received" not in text
    assert "Contacted" not in text
    assert history_text([change]).startswith("History:\n")
