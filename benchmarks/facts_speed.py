"""Speed of the facts extractor and of the whole pipeline on the bundled samples.

python benchmarks/facts_speed.py [ROUNDS] [DIRECTORY of *.txt releases, default the bundled samples]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from assay.extract import facts
from assay.model import Release, Source
from assay.normalise import normalise
from assay.pipeline import extract

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else SAMPLES
    texts = [p.read_text() for p in sorted(folder.glob("*.txt"))]
    docs = [normalise(t) for t in texts]

    def facts_only() -> None:
        for d in docs:
            facts.extract(d, Release(source=Source(None, "", "text", len(d.text))))

    def pipeline() -> None:
        for t in texts:
            extract(t)

    # the best of five runs of CPU time, so that other work on the machine counts least
    n = rounds * len(texts)
    kb = sum(len(t) for t in texts) / len(texts) / 1000
    rates = []
    for fn in (facts_only, pipeline):
        best = min(_cpu(fn, rounds) for _ in range(5))
        rates.append(n / best)
    print(
        f"{n} releases of ~{kb:.1f} KB: facts {rates[0]:,.0f}/s ({1000 / rates[0]:.3f} ms each), "
        f"whole pipeline {rates[1]:,.0f}/s"
    )


def _cpu(fn: Callable[[], None], rounds: int) -> float:
    t0 = time.process_time()
    for _ in range(rounds):
        fn()
    return time.process_time() - t0


if __name__ == "__main__":
    main()
