"""Ingest speed: releases per second into SQLite (or --db URL).

Two figures:
- ingest: `Store.ingest` of N generated release files (~4 KB each): read,
  extract (in worker processes) and store, several releases per transaction,
  each in its own savepoint;
- store only: the storing process's part, writing N already extracted and
  prepared records, each with a
  financing, two facts, an intercept with its grade, a listing, a person,
  categories and checks (what the store itself costs per release).

    .venv/bin/python benchmarks/bench_ingest.py [-n 2000] [--db URL] [--jobs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from assay.pipeline import extract
from assay.store import Store
from assay.store.ingest import Group
from assay.store.writer import prepare
from releasegen import generate

TARGET = 300.0


def _fresh(url: str | None, tmp: Path, name: str) -> Store:
    if url is None:
        return Store(str(tmp / f"{name}.db"))
    store = Store(url)
    with store.engine.begin() as conn:
        for table in ("releases", "issuers", "failures"):
            conn.exec_driver_sql(f"DELETE FROM {table}")
    store._known.clear()
    return store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=2000, help="releases")
    ap.add_argument("--db", default=None, help="database URL (default: a new SQLite file)")
    ap.add_argument("--jobs", type=int, default=None, help="extracting processes (default: one per CPU)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="db-bench-") as d:
        tmp = Path(d)
        news = tmp / "news"
        news.mkdir()
        records = [generate(i, restated=i % 13 == 0) for i in range(args.n)]
        for i, (_, text) in enumerate(records):
            (news / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        size = sum(len(t) for _, t in records) / len(records)

        store = _fresh(args.db, tmp, "ingest")
        t0 = time.perf_counter()
        c0 = time.process_time()
        report = store.ingest([news], jobs=args.jobs)
        ingest_s = time.perf_counter() - t0
        parent_ms = (time.process_time() - c0) / args.n * 1000
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        workers_ms = (children.ru_utime + children.ru_stime) / args.n * 1000
        assert report.stored == args.n and not report.failures, report
        t0 = time.perf_counter()
        again = store.ingest([news], jobs=args.jobs)
        rerun_s = time.perf_counter() - t0
        assert again.present == args.n and again.stored == 0
        store.close()

        c0 = time.process_time()
        prepared = [prepare(release, text) for release, text in records]
        prepare_ms = (time.process_time() - c0) / args.n * 1000
        store = _fresh(args.db, tmp, "store")
        t0 = time.perf_counter()
        c0 = time.process_time()
        with Group(store.engine, store._known) as group:
            for p in prepared:
                group.store(p)
        store_s = time.perf_counter() - t0
        store_cpu = time.process_time() - c0
        counts = store.counts()
        where = store.dialect
        store.close()

        sample = records[: min(200, args.n)]
        c0 = time.process_time()
        for _, text in sample:
            extract(text)
        extract_ms = (time.process_time() - c0) / len(sample) * 1000

    rate = args.n / ingest_s
    store_rate = args.n / store_s
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; database: {where}")
    print(f"releases: {args.n:,} generated, {size:,.0f} characters each on average")
    print(f"ingest (read + extract + store): {ingest_s:6.2f} s  {rate:8.0f} releases/s  (target {TARGET:.0f})")
    print(
        f"  CPU per release: {parent_ms:.2f} ms storing process, {workers_ms:.2f} ms extracting processes;"
        f" on {os.cpu_count()} free cores at most"
        f" {1000 / max(parent_ms, (parent_ms + workers_ms) / (os.cpu_count() or 1)):.0f} releases/s"
    )
    print(f"re-ingest (all already stored):  {rerun_s:6.2f} s  {args.n / rerun_s:8.0f} releases/s")
    store_ms = store_cpu / args.n * 1000
    print(
        f"store only (rows prepared):      {store_s:6.2f} s  {store_rate:8.0f} releases/s"
        f"  ({store_ms:.2f} ms CPU per release: {1000 / store_ms:.0f}/s on a free core)"
    )
    print(f"preparing rows (done by the extracting processes in an ingest): {prepare_ms:.2f} ms CPU per release")
    print(f"extraction alone: {extract_ms:.2f} ms CPU per release ({1000 / extract_ms:.0f}/s per core)")
    print(
        f"stored: {counts['releases']:,} releases, {counts['issuers']} issuers, {counts['financings']:,} financings, "
        f"{counts['facts']:,} facts, {counts['intercepts']:,} intercepts, {counts['restatements']} restatements flagged"
    )
    for name, r in (("ingest", rate), ("store only", store_rate)):
        print(f"{name}: {'meets' if r >= TARGET else 'BELOW'} the target of {TARGET:.0f} releases/s")


if __name__ == "__main__":
    main()
