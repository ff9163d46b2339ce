"""Speed of the facts extractor and of the whole pipeline on the bundled samples.

python benchmarks/facts_speed.py [ROUNDS]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from assay.extract import facts
from assay.model import Release, Source
from assay.normalise import normalise
from assay.pipeline import extract

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    texts = [p.read_text() for p in sorted(SAMPLES.glob("*.txt"))]
    docs = [normalise(t) for t in texts]
    t0 = time.perf_counter()
    for _ in range(rounds):
        for d in docs:
            facts.extract(d, Release(source=Source(None, "", "text", len(d.text))))
    t1 = time.perf_counter()
    for _ in range(rounds):
        for t in texts:
            extract(t)
    t2 = time.perf_counter()
    n = rounds * len(texts)
    kb = sum(len(t) for t in texts) / len(texts) / 1000
    print(f"{n} releases of ~{kb:.1f} KB: facts {n / (t1 - t0):,.0f}/s, whole pipeline {n / (t2 - t1):,.0f}/s")


if __name__ == "__main__":
    main()
