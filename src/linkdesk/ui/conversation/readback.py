"""The plan in plain words (HTML, every user word escaped), for the read-back and the
show-the-person view. Never includes notes or safeguarding flags."""

from __future__ import annotations

from datetime import date
from html import escape

from linkdesk.domain.life_areas import IMPORTANCE_LABELS, LIFE_AREAS_BY_KEY
from linkdesk.services.conversation import PlanSummary


def _date(d: date | None) -> str:
    return d.strftime("%A %d %B %Y") if d else ""


def plan_html(summary: PlanSummary, *, you: bool = False) -> str:
    """``you=True`` speaks to the person ("Your goals"); otherwise it reads back to them."""
    e = escape
    parts: list[str] = []
    who = "you" if you else e(summary.name)
    parts.append(f"<h2>What matters to {who}</h2>")
    if summary.what_matters:
        parts.append(f"<p>&ldquo;{e(summary.what_matters)}&rdquo;</p>".replace("\n", "<br>"))
    else:
        parts.append("<p><i>Not written down yet.</i></p>")
    if summary.needs:
        items = "".join(
            f"<li>{e(LIFE_AREAS_BY_KEY[n.area].label)} - "
            f"{e(IMPORTANCE_LABELS[n.importance]).lower()}"
            + (f": &ldquo;{e(n.words)}&rdquo;" if n.words else "")
            + "</li>"
            for n in summary.needs
            if n.area in LIFE_AREAS_BY_KEY
        )
        parts.append(f"<ul>{items}</ul>")
    parts.append("<h2>Your goals</h2>" if you else "<h2>Goals</h2>")
    if summary.goals:
        items = ""
        for g in summary.goals:
            items += f"<li><b>{e(g.text)}</b>"
            if g.why:
                items += f"<br>Why: {e(g.why)}"
            if g.first_step:
                items += f"<br>First step: {e(g.first_step)}"
            if g.target_date:
                items += f"<br>By {e(_date(g.target_date))}"
            items += f"<br>Now: {e(g.status.label)}</li>"
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append("<p><i>No goals yet.</i></p>")
    parts.append("<h2>Who and what can help</h2>")
    if summary.connections:
        goals = {g.id: g.text for g in summary.goals}
        items = ""
        for c, name in summary.connections:
            items += f"<li><b>{e(name)}</b>"
            if c.goal_id in goals:
                items += f" (for: {e(goals[c.goal_id])})"
            if c.person_action:
                items += f"<br>I will {e(c.person_action)}"
            if c.worker_action:
                items += f"<br>My link worker will {e(c.worker_action)}"
            if c.due_on:
                items += f"<br>By {e(_date(c.due_on))}"
            items += "</li>"
        parts.append(f"<ul>{items}</ul>")
    else:
        parts.append("<p><i>Nothing agreed yet.</i></p>")
    if summary.next_follow_up:
        f = summary.next_follow_up
        where = f" at {e(f.venue)}" if f.venue else ""
        parts.append(
            f"<h2>Next time we meet</h2><p>{e(_date(f.due_on))} - "
            f"{e(f.kind.label.lower())}{where}</p>"
        )
    return "".join(parts)
