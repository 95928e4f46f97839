"""Backup (and merge) of a 20,000-person workspace: prints figures, target backup < 5 s.

    python benchmarks/backup_bench.py [--people 20000] [--json]

Builds a workspace of realistic volume (per person: a referral, a consent, three
conversations with notes, two needs, one or two goals with progress, connections, two
measures, follow-ups; 5,000 directory services; an audit trail), then times
``services.exchange.backup`` (export, atomic copy, read-back verification, manifest) and an
idempotent ``merge`` of that bundle back into the same workspace.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from linkdesk.domain.clock import new_id
from linkdesk.domain.enums import GoalStatus, ServiceSource
from linkdesk.domain.models import (
    Connection,
    Consent,
    Conversation,
    FollowUp,
    Goal,
    GoalProgress,
    Measure,
    Need,
    Person,
    Referral,
    Service,
)
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace

PASSPHRASE = "benchmark passphrase"
WORDS = [
    "garden",
    "choir",
    "walk",
    "library",
    "lonely",
    "bus",
    "money",
    "housing",
    "friend",
    "daughter",
    "café",
    "knitting",
    "football",
    "allotment",
    "anxious",
    "sleep",
    "confidence",
    "volunteer",
    "course",
    "bowls",
    "swimming",
]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def build(services: AppServices, people: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    r = services._repos
    day0 = date(2025, 1, 1)
    with services._workspace.transaction():
        svc = [
            Service(
                name=f"{_text(rng, 3)} {i}",
                description=_text(rng, 30),
                source=ServiceSource.DEMO,
                source_id=f"s{i}",
                categories=["social"],
            )
            for i in range(5000)
        ]
        r.services.insert_many(svc)
        batch: dict[str, list] = {
            k: []
            for k in (
                "people",
                "referrals",
                "consents",
                "conversations",
                "needs",
                "goals",
                "goal_progress",
                "connections",
                "measures",
                "follow_ups",
            )
        }
        audit_rows = []
        for i in range(people):
            p = Person(
                given_name=f"Given{i}",
                family_name=f"Family{i % 5000}",
                phone="07700 900000",
                address=_text(rng, 6),
                postcode="LS1 4AB",
            )
            batch["people"].append(p)
            start = day0 + timedelta(days=rng.randrange(600))
            ref = Referral(person_id=p.id, received_on=start, reason=_text(rng, 15))
            batch["referrals"].append(ref)
            batch["consents"].append(
                Consent(person_id=p.id, scope="store", given=True, decided_on=start)
            )
            convs = [
                Conversation(
                    person_id=p.id,
                    referral_id=ref.id,
                    held_on=start + timedelta(days=14 * k),
                    what_matters=_text(rng, 20),
                    notes=_text(rng, 60),
                )
                for k in range(3)
            ]
            batch["conversations"] += convs
            batch["needs"] += [
                Need(
                    person_id=p.id,
                    conversation_id=convs[0].id,
                    area="loneliness",
                    words=_text(rng, 10),
                )
                for _ in range(2)
            ]
            for _ in range(rng.choice((1, 2))):
                g = Goal(
                    person_id=p.id,
                    conversation_id=convs[0].id,
                    text=_text(rng, 8),
                    why=_text(rng, 10),
                    first_step=_text(rng, 8),
                )
                batch["goals"].append(g)
                batch["goal_progress"].append(
                    GoalProgress(
                        goal_id=g.id,
                        person_id=p.id,
                        noted_on=start,
                        status=GoalStatus.IN_PROGRESS,
                        note=_text(rng, 10),
                    )
                )
                batch["connections"].append(
                    Connection(
                        person_id=p.id,
                        goal_id=g.id,
                        service_id=rng.choice(svc).id,
                        person_action=_text(rng, 8),
                    )
                )
            batch["measures"] += [
                Measure(person_id=p.id, instrument="UCLA3", taken_on=start, answers=[2, 2, 3]),
                Measure(person_id=p.id, instrument="ONS4", taken_on=start, answers=[5, 6, 7, 3]),
            ]
            batch["follow_ups"] += [
                FollowUp(person_id=p.id, due_on=start + timedelta(days=k * 30)) for k in (1, 2)
            ]
            for _ in range(10):
                audit_rows.append(
                    (
                        "2026-01-01T00:00:00.000000Z",
                        "bench",
                        "created",
                        "person",
                        new_id(),
                        p.id,
                        "",
                        "0" * 64,
                        "0" * 64,
                    )
                )
        for key, table in (
            ("people", r.people),
            ("referrals", r.referrals),
            ("consents", r.consents),
            ("conversations", r.conversations),
            ("needs", r.needs),
            ("goals", r.goals),
            ("goal_progress", r.goal_progress),
            ("connections", r.connections),
            ("measures", r.measures),
            ("follow_ups", r.follow_ups),
        ):
            table.insert_many(batch[key])
        services._workspace.executemany(
            "INSERT INTO audit (at, actor, action, entity, entity_id, person_id, detail,"
            " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            audit_rows,
        )
    services._workspace.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--reuse", metavar="DIR", help="keep the built workspace in DIR")
    args = parser.parse_args()
    root = Path(args.reuse) if args.reuse else Path(tempfile.mkdtemp(prefix="linkdesk-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    path = root / "bench.linkdesk"
    try:
        if not path.exists():
            with Workspace.create(path, PASSPHRASE) as ws:
                t0 = time.perf_counter()
                build(AppServices(ws), args.people)
                build_s = time.perf_counter() - t0
        else:
            build_s = 0.0
        with Workspace.open(path, PASSPHRASE) as ws:
            services = AppServices(ws)
            dest = Path(tempfile.mkdtemp(prefix="shared-", dir=root))
            t0, c0 = time.perf_counter(), time.process_time()
            result = services.exchange.backup(dest)
            backup_s = time.perf_counter() - t0
            backup_cpu_s = time.process_time() - c0
            t0 = time.perf_counter()
            services.exchange.backup(dest, thorough=True)
            thorough_s = time.perf_counter() - t0
            size_mb = result.bundle_path.stat().st_size / 1e6
            t0 = time.perf_counter()
            shutil.copyfile(ws.path, root / "plain-copy")
            copy_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            report = services.exchange.merge(result.bundle_path, bundle_passphrase=PASSPHRASE)
            merge_s = time.perf_counter() - t0
            figures = {
                "people": args.people,
                "conversations": result.manifest.counts["conversation"],
                "workspace_mb": round(ws.path.stat().st_size / 1e6, 1),
                "bundle_mb": round(size_mb, 1),
                "build_s": round(build_s, 2),
                "backup_s": round(backup_s, 2),
                "backup_cpu_s": round(backup_cpu_s, 2),  # this process, all threads
                "backup_full_integrity_check_s": round(thorough_s, 2),
                "plain_file_copy_s": round(copy_s, 3),
                "merge_same_bundle_s": round(merge_s, 2),
                "merge_changed": report.changed_anything,
            }
    finally:
        if args.reuse:
            shutil.rmtree(dest, ignore_errors=True)
        else:
            shutil.rmtree(root, ignore_errors=True)
    figures["load_average_1m"] = round(os.getloadavg()[0], 2)  # other work on the machine
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:>22}: {value}")
        print(f"{'target':>22}: backup_s < 5 -> {'OK' if figures['backup_s'] < 5 else 'MISSED'}")


if __name__ == "__main__":
    main()
