"""Extract the release's intercepts: drilled, trenched and channel intervals with grades.

Results tables (:mod:`.tables`) are read first, then prose and bullets
(:mod:`.prose`) outside them; repeats are merged (:mod:`.records`).
"""

from __future__ import annotations

from assay.extract.intercepts import grades, prose, records
from assay.extract.intercepts import tables as results_tables
from assay.model import Release
from assay.normalise import Doc


def extract(doc: Doc, release: Release) -> None:
    """Fill ``release.intercepts`` from ``doc``."""
    text = doc.text
    near = grades.anchors(text)  # cheap: literal searches for grade units
    if not near:
        return
    # aligned tables are looked for only when some unit is more than a bare "%"
    aligned = "(%)" in text or any(text[i] != "%" for i in near)
    from_tables, spans = results_tables.find_intervals(text, aligned)
    from_prose = prose.find_intervals(text, spans, near)
    found = from_prose
    if from_tables:
        found = _reindex(from_prose, from_tables, sorted(from_prose + from_tables, key=lambda f: f.start))
    records.fill_commodities(text, found)
    found = records.dedupe(found)
    release.intercepts.extend(records.to_intercepts(doc, found, len(release.intercepts)))


def _reindex(a: list[prose.Found], b: list[prose.Found], merged: list[prose.Found]) -> list[prose.Found]:
    """Parent indices of ``a`` and ``b`` re-pointed into ``merged``."""
    pos = {id(f): i for i, f in enumerate(merged)}
    for part in (a, b):
        targets = [pos[id(f)] for f in part]
        for f in part:
            if f.parent is not None:
                f.parent = targets[f.parent]
    return merged
