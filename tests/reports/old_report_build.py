"""The report built from a fact per record, as before issue 15's session 6: the oracle the
report built from counts worked out in SQL must equal (a copy of domain/report_build.py)."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from datetime import date

from linkdesk.domain.enums import (
    ConnectionStatus,
    FollowUpStatus,
    GoalStatus,
    ReferralSource,
    Timepoint,
)
from linkdesk.domain.measures import ONS4, UCLA3
from linkdesk.domain.outcomes import SCORES, change_distribution_table, improvement
from linkdesk.domain.referral_rules import (
    SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING,
    SNOMED_SOCIAL_PRESCRIBING_DECLINED,
    ReferralStatus,
)
from linkdesk.domain.report import Report, ReportRow, ReportTable
from linkdesk.domain.suppression import (
    HIDDEN,
    NOT_SHOWN,
    SMALLEST_SHOWN,
    count_text,
    group_texts,
    is_exact,
    is_small,
    percent_text,
    statistic_text,
)
from linkdesk.domain.worker_text import wt_noop
from tests.reports.old_report_facts import MeasureFact, ReportData

# Days from referral to first contact, as (label, lowest day, highest day or None).
WAIT_BANDS: tuple[tuple[str, int, int | None], ...] = (
    (wt_noop("0 to 7 days"), 0, 7),
    (wt_noop("8 to 14 days"), 8, 14),
    (wt_noop("15 to 28 days"), 15, 28),
    (wt_noop("29 to 56 days"), 29, 56),
    (wt_noop("More than 56 days"), 57, None),
)
NOT_CONTACTED = wt_noop("Not contacted yet")
OTHER_CATEGORIES = wt_noop("Other categories (fewer than 5 each)")
NOT_FROM_DIRECTORY = wt_noop("Not from the directory")
_ONS_LABELS = {
    "life_satisfaction": wt_noop("Life satisfaction (ONS4, 0 to 10)"),
    "worthwhile": wt_noop("Things I do are worthwhile (ONS4, 0 to 10)"),
    "happiness": wt_noop("Happiness yesterday (ONS4, 0 to 10)"),
    "anxiety": wt_noop("Anxiety yesterday (ONS4, 0 to 10, lower is better)"),
}
UCLA_LABEL = wt_noop("Loneliness (UCLA-3, 3 to 9, lower is better)")
SNOMED_MEANINGS = {
    SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING: wt_noop("Referral to social prescribing service"),
    SNOMED_SOCIAL_PRESCRIBING_DECLINED: wt_noop("Social prescribing declined"),
}


def _grouped(
    key: str,
    title: str,
    columns: tuple[str, str],
    items: Sequence[tuple[str, int]],
    note: str = "",
    codes: dict[str, str] | None = None,
) -> ReportTable:
    """Rows that add up to a total, with the total as the last row (``codes``: SNOMED by label)."""
    codes = codes or {}
    texts = group_texts([n for _, n in items])
    rows = [
        ReportRow(label, (text,), codes.get(label, ""))
        for (label, _), text in zip(items, texts, strict=True)
    ]
    rows.append(
        ReportRow(
            wt_noop("Total"),
            (count_text(sum(n for _, n in items)),),
            codes.get(wt_noop("Total"), ""),
        )
    )
    return ReportTable(key, title, columns, tuple(rows), note)


def _days_band(days: int) -> str:
    for label, low, high in WAIT_BANDS:
        if days >= low and (high is None or days <= high):
            return label
    return WAIT_BANDS[0][0]  # a first contact recorded before the referral: counts as 0 days


def _referral_tables(data: ReportData) -> list[ReportTable]:
    refs = data.referrals
    by_source = Counter(r.source for r in refs)
    by_status = Counter(r.status for r in refs)
    total = len(refs)
    status_table = _grouped(
        "referrals_by_status",
        wt_noop("Referrals by where they are now"),
        (wt_noop("Status"), wt_noop("Referrals")),
        [(s.label, by_status[s.value]) for s in ReferralStatus],
        wt_noop("The status today of each referral received in the period."),
        codes={
            ReferralStatus.DECLINED.label: SNOMED_SOCIAL_PRESCRIBING_DECLINED,
            wt_noop("Total"): SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING,
        },
    )

    waits = [
        max(0, (r.first_contact_on - r.received_on).days)
        for r in refs
        if r.first_contact_on is not None
    ]
    bands = Counter(_days_band(d) for d in waits)
    band_items = [(label, bands[label]) for label, _, _ in WAIT_BANDS]
    band_items.append((NOT_CONTACTED, total - len(waits)))
    median = statistics.median(waits) if waits else None
    mean = statistics.fmean(waits) if waits else None
    bands_table = _grouped(
        "first_contact_days",
        wt_noop("How long people waited for first contact"),
        (wt_noop("Days waited"), wt_noop("Referrals")),
        band_items,
    )
    # Contacted = total - not contacted: hidden whenever "not contacted" is hidden.
    contacted = count_text(len(waits))
    if is_exact(contacted) and not is_exact(bands_table.row(NOT_CONTACTED).values[0]):
        contacted = HIDDEN
    return [
        _grouped(
            "referrals_by_source",
            wt_noop("Referrals by who referred"),
            (wt_noop("Referred by"), wt_noop("Referrals")),
            [(s.label, by_source[s.value]) for s in ReferralSource],
        ),
        status_table,
        ReportTable(
            "first_contact",
            wt_noop("Time from referral to first contact"),
            (wt_noop("Measure"), wt_noop("Value")),
            (
                ReportRow(wt_noop("Referrals with a first contact"), (contacted,)),
                ReportRow(
                    wt_noop("Median days to first contact"), (statistic_text(median, len(waits)),)
                ),
                ReportRow(
                    wt_noop("Average (mean) days to first contact"),
                    (statistic_text(mean, len(waits)),),
                ),
            ),
            wt_noop(
                "Counted from the day the referral was received to the first contact with "
                "the person."
            ),
        ),
        bands_table,
        ReportTable(
            "snomed",
            wt_noop("Coded events (SNOMED CT)"),
            (wt_noop("Event"), wt_noop("Referrals")),
            (
                ReportRow(
                    SNOMED_MEANINGS[SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING],
                    status_table.row(wt_noop("Total")).values,
                    SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING,
                ),
                ReportRow(
                    SNOMED_MEANINGS[SNOMED_SOCIAL_PRESCRIBING_DECLINED],
                    status_table.row(ReferralStatus.DECLINED.label).values,
                    SNOMED_SOCIAL_PRESCRIBING_DECLINED,
                ),
            ),
            wt_noop(
                "Every referral received in the period is a referral to social prescribing; "
                "declined counts those the person declined."
            ),
        ),
    ]


def _contact_and_goal_tables(data: ReportData) -> list[ReportTable]:
    per_person = data.conversations_per_person
    seen = len(per_person)
    goals = Counter(data.goal_statuses)
    set_ = len(data.goal_statuses)
    achieved = goals[GoalStatus.ACHIEVED.value]
    by_status = _grouped(
        "goals_by_status",
        wt_noop("Goals by status"),
        (wt_noop("Status"), wt_noop("Goals")),
        [(s.label, goals[s.value]) for s in GoalStatus],
    )
    achieved_text = by_status.row(GoalStatus.ACHIEVED.label).values[0]
    percent = percent_text(achieved, set_) if is_exact(achieved_text) or not achieved else HIDDEN
    if percent == HIDDEN and is_small(achieved):
        percent = NOT_SHOWN
    return [
        ReportTable(
            "contacts",
            wt_noop("Conversations with each person"),
            (wt_noop("Measure"), wt_noop("Value")),
            (
                ReportRow(wt_noop("People with at least one conversation"), (count_text(seen),)),
                ReportRow(wt_noop("Conversations held"), (count_text(sum(per_person)),)),
                ReportRow(
                    wt_noop("Median conversations per person"),
                    (statistic_text(statistics.median(per_person) if seen else None, seen),),
                ),
                ReportRow(
                    wt_noop("Average (mean) conversations per person"),
                    (statistic_text(statistics.fmean(per_person) if seen else None, seen),),
                ),
            ),
            wt_noop(
                "Counts conversations held in the period, for the people who had at least one."
            ),
        ),
        ReportTable(
            "goals",
            wt_noop("Goals people set"),
            (wt_noop("Measure"), wt_noop("Value")),
            (
                ReportRow(wt_noop("Goals set"), (count_text(set_),)),
                ReportRow(wt_noop("Goals achieved"), (achieved_text,)),
                ReportRow(wt_noop("Goals achieved (percentage)"), (percent,)),
            ),
            wt_noop("Goals set in the period, with their status today."),
        ),
        by_status,
    ]


def _connection_tables(data: ReportData) -> list[ReportTable]:
    statuses = Counter(data.connection_statuses)
    shown: list[tuple[str, int]] = []
    other = 0
    for category, n in sorted(data.connection_categories, key=lambda c: (-c[1], c[0])):
        # Rare categories are merged: it protects small numbers and any odd category name.
        if n >= SMALLEST_SHOWN:
            shown.append((category.strip()[:60].capitalize(), n))
        else:
            other += n
    if other:
        shown.append((OTHER_CATEGORIES, other))
    shown.append((NOT_FROM_DIRECTORY, data.connections_not_from_directory))
    return [
        ReportTable(
            "connections_by_category",
            wt_noop("Connections by directory category"),
            (wt_noop("Category"), wt_noop("Connections")),
            tuple(ReportRow(label, (count_text(n),)) for label, n in shown),
            wt_noop(
                "Connections made in the period. A service listed under several categories "
                "counts once in each, so these do not add up to the total."
            ),
        ),
        _grouped(
            "connections_by_status",
            wt_noop("Connections by status"),
            (wt_noop("Status"), wt_noop("Connections")),
            [(s.label, statuses[s.value]) for s in ConnectionStatus],
        ),
    ]


Answers = tuple[int | None, ...]


def pairs(
    measures: Sequence[MeasureFact], instrument: str, period_start: date | None
) -> list[tuple[Answers, Answers]]:
    """(baseline answers, latest follow-up answers) per person who has both."""
    by_person: dict[str, list[MeasureFact]] = {}
    for m in measures:
        if m.instrument == instrument:
            by_person.setdefault(m.person_key, []).append(m)
    pairs: list[tuple[Answers, Answers]] = []
    for items in by_person.values():
        baselines = sorted(
            (m for m in items if m.timepoint == Timepoint.BASELINE.value), key=lambda m: m.taken_on
        )
        if not baselines:
            continue
        first = baselines[0]
        later = [
            m
            for m in items
            if m.timepoint != Timepoint.BASELINE.value
            and m.taken_on >= first.taken_on
            and (period_start is None or m.taken_on >= period_start)
        ]
        if later:
            latest = max(later, key=lambda m: m.taken_on)
            pairs.append((first.answers, latest.answers))
    return pairs


def _change_row(
    label: str, values: Sequence[tuple[int, int]], *, lower_is_better: bool
) -> ReportRow:
    n = len(values)
    before = statistics.fmean(b for b, _ in values) if n else None
    after = statistics.fmean(a for _, a in values) if n else None
    change = (after - before) if before is not None and after is not None else None
    improved = sum(1 for b, a in values if (a < b if lower_is_better else a > b))
    return ReportRow(
        label,
        (
            count_text(n),
            statistic_text(before, n),
            statistic_text(after, n),
            statistic_text(change, n),
            percent_text(improved, n),
        ),
    )


def _wellbeing_table(data: ReportData) -> ReportTable:
    rows: list[ReportRow] = []
    ons = pairs(data.measures, ONS4.key, data.period_start)
    for i, item in enumerate(ONS4.items):
        values = [
            (before, after)
            for b, a in ons
            if len(b) > i
            and len(a) > i
            and (before := b[i]) is not None
            and (after := a[i]) is not None
        ]
        rows.append(
            _change_row(_ONS_LABELS[item.key], values, lower_is_better=item.key == "anxiety")
        )
    ucla = [
        (sum(x or 0 for x in b), sum(x or 0 for x in a))
        for b, a in pairs(data.measures, UCLA3.key, data.period_start)
        if len(b) == len(a) == len(UCLA3.items) and None not in b and None not in a
    ]
    rows.append(_change_row(UCLA_LABEL, ucla, lower_is_better=True))
    return ReportTable(
        "wellbeing",
        wt_noop("Wellbeing at the start and at the latest follow-up"),
        (
            wt_noop("Measure"),
            wt_noop("People"),
            wt_noop("Average at start"),
            wt_noop("Average at follow-up"),
            wt_noop("Average change"),
            wt_noop("Improved"),
        ),
        tuple(rows),
        wt_noop(
            "People with a first (baseline) score and a later follow-up score taken in the period. "
            "Improved means a higher score, or a lower one for anxiety and loneliness."
        ),
    )


def _change_table(data: ReportData) -> ReportTable:
    changes: dict[str, list[int]] = {}
    for instrument in (ONS4.key, UCLA3.key):
        found = pairs(data.measures, instrument, data.period_start)
        for kind in (k for k in SCORES if k.instrument == instrument):
            values = changes.setdefault(kind.key, [])
            for before_answers, after_answers in found:
                before, after = kind.value(before_answers), kind.value(after_answers)
                if before is not None and after is not None:
                    values.append(improvement(kind, before, after))
    return change_distribution_table(changes)


def _booking_table(data: ReportData) -> list[ReportTable]:
    counts = dict(data.booking_outcomes)
    by_status = _grouped(
        "bookings_by_outcome",
        wt_noop("Booked meetings by what happened"),
        (wt_noop("Outcome"), wt_noop("Meetings")),
        [(s.label, counts.get(s.value, 0)) for s in FollowUpStatus],
        wt_noop(
            "Meetings booked for a day in the period. Booked means no outcome is recorded yet; "
            "did not attend counts missed appointments."
        ),
    )
    held = counts.get(FollowUpStatus.ATTENDED.value, 0)
    missed = counts.get(FollowUpStatus.DID_NOT_ATTEND.value, 0)
    missed_text = by_status.row(FollowUpStatus.DID_NOT_ATTEND.label).values[0]
    rate = percent_text(missed, held + missed) if is_exact(missed_text) or not missed else HIDDEN
    if rate == HIDDEN and is_small(missed):
        rate = NOT_SHOWN
    return [
        by_status,
        ReportTable(
            "missed_appointments",
            wt_noop("Missed appointments"),
            (wt_noop("Measure"), wt_noop("Value")),
            (
                ReportRow(wt_noop("Meetings not attended"), (missed_text,)),
                ReportRow(wt_noop("Share of held or missed meetings that were missed"), (rate,)),
            ),
            wt_noop("Of the meetings that were either attended or not attended."),
        ),
    ]


def build_report(data: ReportData, produced_on: date) -> Report:
    """All tables of the commissioner report, suppressed and formatted."""
    people_referred = len({r.person_key for r in data.referrals})
    summary = ReportTable(
        "summary",
        wt_noop("At a glance"),
        (wt_noop("Measure"), wt_noop("Number")),
        (
            ReportRow(wt_noop("People referred"), (count_text(people_referred),)),
            ReportRow(
                wt_noop("Referrals received"),
                (count_text(len(data.referrals)),),
                SNOMED_REFERRAL_TO_SOCIAL_PRESCRIBING,
            ),
            ReportRow(
                wt_noop("People with a safeguarding concern noted"),
                (count_text(data.safeguarding_people),),
            ),
        ),
        wt_noop("Safeguarding is a count of people only; no details are included."),
    )
    tables = [
        summary,
        _wellbeing_table(data),
        _change_table(data),
        *_referral_tables(data),
        *_contact_and_goal_tables(data),
        *_connection_tables(data),
        *_booking_table(data),
    ]
    return Report(data.period_start, data.period_end, produced_on, tuple(tables))
