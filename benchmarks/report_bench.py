"""Time the commissioner report on a large synthetic workspace.

    python benchmarks/report_bench.py [--people 20000]

Records are bulk-inserted (not through the services) so the set-up stays quick; the timed
parts are the real ones: compute(), overview() and write_report().
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from linkdesk.domain.enums import ConnectionStatus, GoalStatus, ReferralSource, Timepoint
from linkdesk.domain.models import (
    Connection,
    Conversation,
    FollowUp,
    Goal,
    Measure,
    Person,
    Referral,
    Service,
)
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace

CATEGORIES = ["befriending", "walking groups", "debt and benefits advice", "gardening", "food"]


def fill(services: AppServices, people: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    repos = services._repos
    today = date.today()
    directory = [
        Service(name=f"Service {i}", categories=rng.sample(CATEGORIES, 2), source_id=str(i))
        for i in range(500)
    ]
    with services._workspace.transaction():
        repos.services.insert_many(directory)
        for start in range(0, people, 1000):
            batch = range(start, min(people, start + 1000))
            ps, rs, cs, gs, ns, ms, fs = [], [], [], [], [], [], []
            for i in batch:
                p = Person(given_name=f"P{i}")
                received = today - timedelta(days=rng.randint(0, 500))
                contact = received + timedelta(days=rng.randint(0, 30))
                status = rng.choice(list(ReferralStatus))
                ps.append(p)
                rs.append(
                    Referral(
                        person_id=p.id,
                        received_on=received,
                        source=rng.choice(list(ReferralSource)),
                        status=status,
                        first_contact_on=None if status == ReferralStatus.RECEIVED else contact,
                    )
                )
                for k in range(3):
                    c = Conversation(person_id=p.id, held_on=contact + timedelta(days=20 * k))
                    cs.append(c)
                    g = Goal(
                        person_id=p.id,
                        conversation_id=c.id,
                        text="goal",
                        status=rng.choice(list(GoalStatus)),
                    )
                    gs.append(g)
                    ns.append(
                        Connection(
                            person_id=p.id,
                            conversation_id=c.id,
                            goal_id=g.id,
                            service_id=rng.choice(directory).id,
                            status=rng.choice(list(ConnectionStatus)),
                        )
                    )
                ons = [rng.randint(0, 10) for _ in range(4)]
                ms.append(Measure(person_id=p.id, instrument="ONS4", taken_on=contact, answers=ons))
                ms.append(
                    Measure(
                        person_id=p.id,
                        instrument="ONS4",
                        timepoint=Timepoint.FOLLOW_UP,
                        taken_on=contact + timedelta(days=40),
                        answers=[rng.randint(0, 10) for _ in range(4)],
                    )
                )
                fs.append(FollowUp(person_id=p.id, due_on=today + timedelta(rng.randint(-20, 30))))
            for table, rows in (
                (repos.people, ps),
                (repos.referrals, rs),
                (repos.conversations, cs),
                (repos.goals, gs),
                (repos.connections, ns),
                (repos.measures, ms),
                (repos.follow_ups, fs),
            ):
                table.insert_many(rows)  # type: ignore[attr-defined]


def _median_ms(fn, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.create(Path(tmp) / "bench.linkdesk", "correct horse battery")
        services = AppServices(ws)
        t0 = time.perf_counter()
        fill(services, args.people)
        setup_s = round(time.perf_counter() - t0, 1)
        out = Path(tmp) / "out"
        out.mkdir()
        figures = {
            "people": args.people,
            "setup_s": setup_s,
            "report_compute_median_ms": _median_ms(services.reports.compute),
            "report_all_time_median_ms": _median_ms(
                lambda: services.reports.compute(all_time=True)
            ),
            "caseload_overview_median_ms": _median_ms(services.reports.overview),
            "report_write_median_ms": _median_ms(lambda: services.reports.write_report(out), 3),
        }
        ws.close()
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
