"""Speed of the intercept and resource extractors on releases of the genre.

Run: ``python benchmarks/bench_intercepts.py [FILES...]`` (default: the bundled samples
and a composed exploration release). Prints releases per second for each extractor.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from assay.extract import intercepts, resources
from assay.model import Release, Source
from assay.normalise import normalise

ROOT = Path(__file__).resolve().parent.parent

EXPLORATION = (
    """Vancouver, British Columbia - Example Gold Corp. (TSXV: EXG) reports drill results from the Dome zone.

Highlights:
- Hole DZ-24-014 intersected 12.5 metres grading 3.20 g/t gold from 45.0 metres, including 2.0 m at 11.85 g/t Au.
- 16.0m @ 2.16g/t Au, incl 7m @ 3.83g/t Au from 37m in DZ-24-015
- Trench TR-24-03 returned 2.61 g/t Au over 14.0 metres.

| Hole ID | From (m) | To (m) | Length (m) | Au (g/t) | Ag (g/t) |
| --- | --- | --- | --- | --- | --- |
| DZ-24-014 | 45.0 | 57.5 | 12.5 | 3.20 | 14.1 |
| including | 49.0 | 51.0 | 2.0 | 11.85 | 40.2 |
| DZ-24-015 | 30.0 | 46.0 | 16.0 | 2.16 | 2.0 |

The Dome zone hosts an Indicated Mineral Resource of 12.1 million tonnes at 1.15 g/t Au for 447,000 ounces of
gold and an Inferred Mineral Resource of 4.3 million tonnes at 0.98 g/t Au for 135,000 ounces, at a 0.35 g/t Au
cut-off grade. Lengths are core lengths; true widths are estimated at 70 to 85% of core length.
"""
    + "The Company's qualified person has reviewed the technical content of this news release. " * 20
)


def main() -> None:
    paths = [Path(p) for p in sys.argv[1:]] or sorted((ROOT / "samples").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths] + [EXPLORATION]
    docs = [normalise(t) for t in texts]
    size = sum(len(t) for t in texts) / len(texts)
    for name, fn in (("intercepts", intercepts.extract), ("resources", resources.extract)):
        rounds = 0
        start = time.perf_counter()
        while time.perf_counter() - start < 2.0:
            for d in docs:
                fn(d, Release(source=Source(path=None, sha256="", format="txt", chars=len(d.text))))
            rounds += 1
        elapsed = time.perf_counter() - start
        print(f"{name}: {rounds * len(docs) / elapsed:,.0f} releases/s (mean {size:,.0f} chars)")


if __name__ == "__main__":
    main()
