"""Caseload search as the GUI runs it (model reset included), on 20,000 people.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_caseload.py [--people N]

Prints the p50/p95 time of one debounced search (query + count + model reset) and of
opening a person view.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from linkdesk.domain.models import FollowUp, Person, Referral
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from linkdesk.ui.caseload import CaseloadPage
from linkdesk.ui.ops import Operations
from linkdesk.ui.person_view import PersonView

FIRST = ["Amara", "Bilal", "Chloe", "Dylan", "Eilidh", "Femi", "Grace", "Ioan", "Jade", "Kofi"]
LAST = ["Okafor", "Patel", "Quinn", "Roberts", "Singh", "Thomas", "Usman", "Vaughan", "Xu"]


def build(services: AppServices, n: int) -> list[str]:
    rng = random.Random(3)
    people = [
        Person(
            given_name=rng.choice(FIRST) + str(i % 97),
            family_name=rng.choice(LAST) + str(i % 89),
            date_of_birth=date(1940 + i % 60, 1 + i % 12, 1 + i % 28),
            postcode=f"LS{1 + i % 29} {i % 9}AB",
        )
        for i in range(n)
    ]
    today = date.today()
    with services._workspace.transaction():
        services._repos.people.insert_many(people)
        services._repos.referrals.insert_many(
            Referral(person_id=p.id, received_on=today - timedelta(days=i % 300))
            for i, p in enumerate(people)
        )
        services._repos.follow_ups.insert_many(
            FollowUp(person_id=p.id, due_on=today + timedelta(days=i % 40 - 10))
            for i, p in enumerate(people)
            if i % 2
        )
    return [p.id for p in people]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    ws = Workspace.create(folder / "bench.linkdesk", "benchmark passphrase")
    services = AppServices(ws)
    started = time.perf_counter()
    ids = build(services, args.people)
    print(f"built {args.people} people in {time.perf_counter() - started:.1f} s")
    ops = Operations()
    page = CaseloadPage(services)
    typed = [
        "o",
        "ok",
        "oka",
        "okaf",
        "okafor1",
        "pat",
        "patel3",
        "ls1",
        "chloe 1",
        "",
        "x",
        "sing",
    ]
    times = []
    for _ in range(5):
        for text in typed:
            page.search.setText(text)
            t = time.perf_counter()
            page.refresh()
            app.processEvents()
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(
        f"caseload search (query+count+model reset): p50 {statistics.median(times):.1f} ms, "
        f"p95 {p95:.1f} ms over {len(times)} searches"
    )
    opens = []
    for person_id in ids[:: max(1, len(ids) // 30)][:30]:
        t = time.perf_counter()
        view = PersonView(services, person_id, ops=ops)
        app.processEvents()
        opens.append((time.perf_counter() - t) * 1000)
        view.deleteLater()
    print(f"open person view: median {statistics.median(opens):.1f} ms, max {max(opens):.1f} ms")
    ws.close()


if __name__ == "__main__":
    main()
