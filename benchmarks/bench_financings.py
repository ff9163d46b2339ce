"""Speed of the financings extractor: releases per second, and 1 MB inputs that are no release.

    .venv/bin/python benchmarks/bench_financings.py [FILES...]

Without files, the bundled samples are used. Times are CPU seconds, the best
of several rounds.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from assay.extract import financings
from assay.model import Release, Source
from assay.normalise import Doc, normalise

ROOT = Path(__file__).resolve().parent.parent

PATHOLOGICAL = {
    "offer repeated": "private placement of 1,000 units at $0.10 per unit for gross proceeds of $100 " * 12000,
    "offer sentences": "The private placement of 1,000 units at a price of $0.10 per unit closed. " * 14000,
    "unit terms": "placement proceeds price of $1. Each Unit consists of one share and one " * 14000 + " warrant",
    "one word": "placement proceeds " + "a " * 500000,
    "numbers": "placement proceeds price of " + "1,000 " * 170000,
    "fees": "placement proceeds. finder's fees " + "$1 " * 300000,
    "attaching options": "placement of 1,000 shares at $0.10 per share to raise $100. "
    + "one free attaching option for every " * 30000,
    "fees by class": "placement proceeds $1. finder's fee of $1 in respect of the " * 20000,
    "parts of counts": "placement of 1,000 shares including " * 30000 + " at $0.10 per share proceeds",
    "quotes": "placement of 1,000 units (" + '"' * 500000 + ") at $0.10 per unit proceeds",
}


def _run(doc: Doc) -> int:
    release = Release(source=Source(None, "", "txt", len(doc.text)))
    financings.extract(doc, release)
    return len(release.financings)


def _best(docs: list[Doc], rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for d in docs:
            _run(d)
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or sorted((ROOT / "samples").glob("*.txt"))
    docs = [normalise(p.read_text(encoding="utf-8", errors="replace")) for p in paths]
    seconds = _best(docs * 20)
    n = len(docs) * 20
    chars = sum(len(d.text) for d in docs) / len(docs)
    print(f"financings.extract: {n / seconds:,.0f} releases/s ({chars:,.0f} chars each on average)")
    for name, text in PATHOLOGICAL.items():
        doc = normalise(text)
        print(f"  {name:16} {len(text) / 1e6:.1f} MB: {_best([doc], rounds=1):.2f} s")


if __name__ == "__main__":
    main()
