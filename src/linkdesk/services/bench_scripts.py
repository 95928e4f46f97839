"""Plan PDF timings per language and per script for ``linkdesk bench`` (DESIGN §8: < 150 ms).

Each figure is the median build time (ms) of real plans from the workspace: once in every
shipped language, and once with the person's words replaced by text in each community script
(made-up sentences), so shaping, bidi and font fallback are all timed.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from typing import Any

from linkdesk.plan.language import SHIPPED
from linkdesk.plan.model import PlanData, PlanOptions

SCRIPT_SAMPLES = {
    "arabic": ("ur", "أريد أن أخرج من البيت أكثر وأن ألتقي بجاراتي في المقهى كل أسبوع"),
    "urdu": (
        "ur",
        "مجھے اپنے پوتے پوتیوں کے ساتھ زیادہ وقت گزارنا ہے اور ہر ہفتے باغبانی کلب جانا ہے۔",
    ),
    "bengali": ("en", "আমি আবার সেলাই শিখতে চাই এবং নতুন বন্ধুদের সাথে দেখা করতে চাই।"),
    "chinese": ("en", "我想认识新朋友，每个星期去社区中心参加合唱团。"),
    "gurmukhi": ("en", "ਮੈਂ ਹਫ਼ਤੇ ਵਿੱਚ ਦੋ ਵਾਰ ਤੁਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ ਅਤੇ ਨਵੇਂ ਦੋਸਤ ਬਣਾਉਣੇ ਚਾਹੁੰਦਾ ਹਾਂ।"),
    "gujarati": ("en", "હું દર અઠવાડિયે બગીચામાં જવા માંગુ છું અને નવા મિત્રો બનાવવા માંગુ છું."),
    "devanagari": ("en", "मैं हर हफ्ते पार्क में टहलना चाहता हूँ और नए दोस्त बनाना चाहता हूँ।"),
    "tamil": ("en", "நான் ஒவ்வொரு வாரமும் தோட்டத்திற்குச் செல்ல விரும்புகிறேன்."),
    "polish": ("pl", "Chcę częściej wychodzić z domu i poznać nowych ludzi w Łodzi."),
    "welsh": ("cy", "Dw i eisiau mynd i'r côr a chael paned yn y caffi gyda ffrindiau."),
}


def _in_script(data: PlanData, text: str) -> PlanData:
    goals = tuple(replace(g, text=text, why=text, first_step=text) for g in data.goals)
    connections = tuple(replace(c, person_action=text) for c in data.connections)
    return replace(
        data, name=text.split()[0], what_matters=text, goals=goals, connections=connections
    )


def _median(plans: Any, plan_data: list[PlanData], options: PlanOptions) -> float:
    times = []
    for data in plan_data * 2:
        start = time.perf_counter()
        pdf: bytes = plans.render(data, options)
        times.append((time.perf_counter() - start) * 1000)
        if not pdf.startswith(b"%PDF-"):
            raise RuntimeError("the plan build did not return a PDF")
    return round(statistics.median(times), 1)


def measure_languages_and_scripts(
    plans: Any, person_ids: list[str], figures: dict[str, Any]
) -> None:
    """Add ``plan_pdf_median_ms_<language>`` and ``plan_pdf_median_ms_script_<script>``."""
    if not person_ids:
        return
    data = [plans.plan_data(pid) for pid in person_ids[:10]]
    size = plans.options().font_size
    for code in SHIPPED:
        options = PlanOptions(font_size=size, language=code)
        figures[f"plan_pdf_median_ms_{code}"] = _median(plans, data, options)
    for script, (code, text) in SCRIPT_SAMPLES.items():
        options = PlanOptions(font_size=size, language=code)
        samples = [_in_script(d, text) for d in data]
        figures[f"plan_pdf_median_ms_script_{script}"] = _median(plans, samples, options)
    every = [v for k, v in figures.items() if k.startswith("plan_pdf_median_ms_")]
    figures["plan_pdf_worst_median_ms"] = max(every)
