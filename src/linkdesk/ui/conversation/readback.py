"""The plan in plain words (HTML, every user word escaped), for the read-back and the
show-the-person view, in the person's language. Never includes notes or safeguarding flags.

The fixed words come from the plan's gettext catalogues (``services.plans.screen_text``: the
same words the printed plan uses, one source for both) and dates from CLDR in that language;
the person's own words are shown exactly as typed. A right-to-left language marks every
block ``dir="rtl"``.
"""

from __future__ import annotations

from html import escape

from linkdesk.domain.text import shown_text
from linkdesk.services.conversation import PlanSummary
from linkdesk.services.plans import ScreenText

FSI, PDI = "\u2068", "\u2069"  # Unicode first-strong isolate and pop (UAX #9)


def words_of(text: str, *, quoted: bool = False) -> str:
    """The person's own words, escaped and set in an isolate: an English sentence in an Urdu
    view (or the other way round) keeps its own order and punctuation, and its quotation
    marks (``quoted``) face the way its own script reads."""
    text = shown_text(text)  # the same rule as the printed plan: no bidi overrides
    if not text:
        return ""
    inner = f"&ldquo;{escape(text)}&rdquo;" if quoted else escape(text)
    return f"{FSI}{inner}{PDI}"


def _fill(template: str, **values: str) -> str:
    """A catalogue template ("Why: {why}") with escaped values (catalogue text escaped too)."""
    return escape(template, quote=False).format(**values)


def plan_html(summary: PlanSummary, words: ScreenText) -> str:
    """The plan as Qt rich text in ``words``' language (the person's)."""
    e = escape
    d = ' dir="rtl"' if words.rtl else ""  # Qt's rich text: block direction
    parts: list[str] = [f"<h2{d}>{e(words.what_matters)}</h2>"]
    if summary.what_matters:
        text = words_of(summary.what_matters, quoted=True).replace("\n", "<br>")
        parts.append(f"<p{d}>{text}</p>")
    else:
        parts.append(f"<p{d}><i>{e(words.not_written)}</i></p>")
    needs = [
        f"<li{d}>{e(words.life_area(n.area))} &ndash; {e(words.importance(n.importance))}"
        + (f": {words_of(n.words, quoted=True)}" if n.words else "")
        + "</li>"
        for n in summary.needs
        if n.importance > 0
    ]
    if needs:
        parts.append(f"<ul{d}>{''.join(needs)}</ul>")
    parts.append(f"<h2{d}>{e(words.goals)}</h2>")
    if summary.goals:
        items = ""
        for g in summary.goals:
            items += f"<li{d}><b>{words_of(g.text)}</b>"
            if g.why:
                items += "<br>" + _fill(words.why, why=words_of(g.why))
            if g.first_step:
                items += "<br>" + _fill(words.first_step, step=words_of(g.first_step))
            if g.target_date:
                items += "<br>" + _fill(words.by, date=e(words.date(g.target_date)))
            items += "<br>" + _fill(words.now, status=e(words.goal_status(g.status))) + "</li>"
        parts.append(f"<ul{d}>{items}</ul>")
    else:
        parts.append(f"<p{d}><i>{e(words.no_goals)}</i></p>")
    parts.append(f"<h2{d}>{e(words.who_can_help)}</h2>")
    if summary.connections:
        goals = {g.id: g.text for g in summary.goals}
        items = ""
        for c, name in summary.connections:
            items += f"<li{d}><b>{words_of(name)}</b>"
            if c.goal_id in goals:
                items += " " + _fill(words.for_goal, goal=words_of(goals[c.goal_id]))
            if c.person_action:
                items += "<br>" + _fill(words.i_will, action=words_of(c.person_action))
            if c.worker_action:
                items += "<br>" + _fill(words.worker_will, action=words_of(c.worker_action))
            if c.due_on:
                items += "<br>" + _fill(words.by, date=e(words.date(c.due_on)))
            items += "</li>"
        parts.append(f"<ul{d}>{items}</ul>")
    else:
        parts.append(f"<p{d}><i>{e(words.nothing_agreed)}</i></p>")
    if summary.next_follow_up:
        f = summary.next_follow_up
        lines = [e(words.date(f.due_on)), e(words.meeting_kind(f.kind))]
        if f.venue:
            lines.append(words_of(f.venue))
        parts.append(f"<h2{d}>{e(words.next_meeting)}</h2><p{d}>{'<br>'.join(lines)}</p>")
    return "".join(parts)
