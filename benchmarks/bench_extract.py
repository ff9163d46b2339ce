#!/usr/bin/env python3
"""Benchmark extraction over a corpus of thousands of varied releases.

    python benchmarks/bench_extract.py [CORPUS_DIR] [--sizes 1000,3000,6000] [--seed 7] [--profile]

The corpus is built from the releases in CORPUS_DIR (default: the shared
dev set beside the repository, else the bundled samples/): each variant
shuffles a release's body paragraphs, rewrites its digits and swaps its
capitalised words with other releases' words, deterministically from the
seed, so no two are identical. The corpus is written to a temporary
directory and streamed: each release is read, extracted (normalise, every
extractor, checks) and dropped. The CPU time on one core gives releases/s
and MB/s; a second pass measures the peak memory the pipeline allocates
(tracemalloc: for the whole stream, reading included, and for extracting
one release) beside the process's maximum resident size. At several
corpus sizes this shows the rate and that memory stays flat.
``--per-extractor`` adds the CPU time of each extractor (the least of three
passes) and of the four that read the header, listings, people and
categories together; ``--profile`` the top functions of a profiled run.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import pstats
import random
import re
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

from assay.pipeline import extract_document
from assay.read import read_path, read_text

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = (ROOT.parent / "shared" / "eval" / "dev", Path("/work/shared/eval/dev"), ROOT / "samples")
# the extractors of the record's header, listings, people and categories
CORE = ("header", "listings", "people", "categories")
_CAP_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")
_DIGIT = re.compile(r"\d")


def load(corpus_dir: Path | None) -> list[str]:
    dirs = [corpus_dir] if corpus_dir else [d for d in DEFAULT_DIRS if d.is_dir()]
    for d in dirs:
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(d.glob("*.txt"))]
        if texts:
            print(f"corpus from {d} ({len(texts)} releases)")
            return texts
    sys.exit("no releases (*.txt) found")


def variants(texts: list[str], seed: int) -> Iterator[str]:
    """Endless distinct variants of ``texts``."""
    rng = random.Random(seed)
    words = sorted({w for t in texts for w in _CAP_WORD.findall(t)})
    seen: set[bytes] = set()
    n = 0
    while True:
        base = texts[n % len(texts)]
        sep = "\n\n" if "\n\n" in base else "\n"
        parts = base.split(sep)
        head, body = parts[:3], parts[3:]
        rng.shuffle(body)
        text = sep.join(head + body)
        digits = list("0123456789")
        rng.shuffle(digits)
        text = _DIGIT.sub(lambda m, d=digits: d[int(m.group())] if rng.random() < 0.3 else m.group(), text)
        swap = {w: rng.choice(words) for w in rng.sample(words, min(len(words), 40))}
        text = _CAP_WORD.sub(lambda m, s=swap: s.get(m.group(), m.group()), text)
        n += 1
        key = hashlib.blake2b(text.encode(), digest_size=16).digest()
        if key in seen:
            continue
        seen.add(key)
        yield text


def run(corpus: list[str]) -> None:
    for t in corpus:
        extract_document(read_text(t))


def run_files(paths: list[Path]) -> None:
    """Read and extract each file in turn, keeping no record: what memory a stream of releases needs."""
    for p in paths:
        for d in read_path(p):
            extract_document(d)


def extract_peak(paths: list[Path]) -> int:
    """The most memory extracting one release allocates (reading excluded); tracemalloc must be on."""
    worst = 0
    for p in paths:
        for d in read_path(p):
            tracemalloc.reset_peak()
            base = tracemalloc.get_traced_memory()[0]
            extract_document(d)
            worst = max(worst, tracemalloc.get_traced_memory()[1] - base)
    return worst


def per_extractor(corpus: list[str], passes: int = 3) -> None:
    """CPU milliseconds per release spent in normalising and in each extractor.

    Each figure is the least of ``passes`` passes over the corpus, so that
    other work on the machine inflates it as little as possible.
    """
    from assay.extract import EXTRACTORS
    from assay.model import Release, Source
    from assay.normalise import normalise

    best: dict[str, float] = {}
    for _ in range(passes):
        spent: dict[str, float] = {"normalise": 0.0}
        for text in corpus:
            t = time.process_time()
            doc = normalise(text)
            spent["normalise"] += time.process_time() - t
            release = Release(source=Source(path=None, sha256="", format="text", chars=len(text)))
            for name, fn in EXTRACTORS:
                t = time.process_time()
                fn(doc, release)
                spent[name] = spent.get(name, 0.0) + time.process_time() - t
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    n = len(corpus)
    figures = ", ".join(f"{k} {v / n * 1000:.3f}" for k, v in best.items())
    print(f"CPU ms per release (least of {passes} passes): {figures}")
    ext = sum(v for k, v in best.items() if k != "normalise")
    print(f"extractors alone: {n / ext:.0f} releases/s of CPU" if ext else "extractors alone: -")
    core = sum(best.get(k, 0.0) for k in CORE)
    if core:
        print(f"{', '.join(CORE)}: {core / n * 1000:.3f} ms per release, {n / core:.0f} releases/s of CPU")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus_dir", nargs="?", type=Path)
    ap.add_argument("--sizes", default="1000,3000,6000", help="corpus sizes to run (comma-separated)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--profile", action="store_true", help="profile one run and print the top functions")
    ap.add_argument("--per-extractor", action="store_true", help="print the CPU time of each extractor")
    a = ap.parse_args()
    texts = load(a.corpus_dir)
    sizes = [int(s) for s in a.sizes.split(",")]
    gen = variants(texts, a.seed)
    run([next(gen) for _ in range(20)])  # warm up: compile patterns, import lazily loaded modules
    with tempfile.TemporaryDirectory(prefix="assay-bench-") as tmp:
        # the corpus is written out once and streamed from disk, so the process holds one release at a time
        paths: list[Path] = []
        for i in range(max(sizes)):
            path = Path(tmp) / f"r{i:06d}.txt"
            path.write_text(next(gen), encoding="utf-8")
            paths.append(path)
        print(
            f"{'releases':>9} {'MB':>7} {'CPU s':>8} {'rel/s':>8} {'MB/s':>7} {'peak MB':>8} {'extr. MB':>9} "
            f"{'maxrss MB':>10}"
        )
        for size in sizes:
            batch = paths[:size]
            mb = sum(p.stat().st_size for p in batch) / 1e6
            gc.collect()
            t0 = time.process_time()
            run_files(batch)
            dt = time.process_time() - t0
            gc.collect()
            tracemalloc.start()
            run_files(batch)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            tracemalloc.start()
            ext_peak = extract_peak(batch)
            tracemalloc.stop()
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(
                f"{size:>9} {mb:>7.2f} {dt:>8.2f} {size / dt:>8.0f} {mb / dt:>7.2f} {peak / 1e6:>8.2f} "
                f"{ext_peak / 1e6:>9.2f} {rss:>10.1f}"
            )
        corpus = [p.read_text(encoding="utf-8") for p in paths[: sizes[0]]]
    if a.per_extractor:
        per_extractor(corpus[: sizes[0]])
    if a.profile:
        prof = cProfile.Profile()
        prof.runcall(run, corpus[: sizes[0]])
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
