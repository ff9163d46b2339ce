"""Every extractor finishes on 1 MB pathological lines.

Each case runs the normaliser and then every extractor of
``assay.extract.EXTRACTORS`` in a child process, so a pattern that
backtracks catastrophically is caught and stopped. The limit is generous:
it is there to catch exponential or quadratic blow-ups, not to time the
code (speed is measured in ``benchmarks/``).
"""

from __future__ import annotations

import multiprocessing as mp
import queue

import pytest

from assay.extract import EXTRACTORS

SIZE = 1_000_000
LIMIT_S = 20.0


def _fill(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


CASES = {
    "digits": _fill("1"),
    "dollars": _fill("$"),
    "commas": _fill(","),
    "dots": _fill("."),
    "spaces": _fill(" "),
    "letters": _fill("a"),
    "dashes": _fill("-"),
    "pipes": _fill("|"),
    "number_list": _fill("1,2,3,"),
    "honorifics": _fill("Mr. "),
    "title_words": _fill("Aa "),
    "capitals": _fill("A "),
    "money": _fill("$1,000,000 "),
    "decimals": _fill("1.2.3."),
    "suffixes": _fill("Ridge Corp. "),
    "tickers": _fill("TSX: "),
    "parens": _fill("("),
    "newlines": _fill("\n"),
    "dateline": _fill("VANCOUVER, "),
    "months": _fill("May 1 "),
    "grades": _fill("1.0 g/t Au over "),
    "names_roles": _fill("John Smith, President and "),
    "quotes": _fill('"'),
    "signatures": _fill("Jane Hill\nPresident\n\n"),
    "contacts": _fill("For further information contact:\nAa Bb / Cc Dd |\n"),
    "votes": _fill("Election of Directors\nAa Bb 1,000,000 99.1\n"),
    "lone_titles": _fill("Mr. Aa "),
    "mixed": _fill("a1$,.- |"),
}


def _run(text: str, out: mp.Queue) -> None:  # type: ignore[type-arg]
    from assay.model import Release, Source
    from assay.normalise import normalise

    doc = normalise(text)
    out.put("normalise")
    release = Release(source=Source(path=None, sha256="", format="text", chars=len(text)))
    for name, fn in EXTRACTORS:
        fn(doc, release)
        out.put(name)


@pytest.mark.parametrize("case", sorted(CASES))
def test_extractors_finish_on_pathological_line(case: str) -> None:
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    out: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    proc = ctx.Process(target=_run, args=(CASES[case], out), daemon=True)
    proc.start()
    expected = ["normalise", *(name for name, _ in EXTRACTORS)]
    done: list[str] = []
    try:
        for step in expected:
            try:
                done.append(out.get(timeout=LIMIT_S))
            except queue.Empty:
                pytest.fail(f"{step} did not finish within {LIMIT_S:.0f} s on 1 MB of {case!r}")
    finally:
        proc.join(timeout=5)
        if proc.is_alive():
            proc.kill()
            proc.join()
    assert done == expected
    assert proc.exitcode == 0
