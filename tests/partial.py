"""Run the extractors up to a given one on a snippet, and check the spans of the record."""

from __future__ import annotations

from assay.extract import EXTRACTORS
from assay.model import Release, Source
from assay.normalise import normalise


def run(text: str, upto: str) -> Release:
    """The release after the extractors up to and including ``upto``."""
    doc = normalise(text)
    release = Release(source=Source(path=None, sha256="", format="text", chars=len(text)))
    for name, fn in EXTRACTORS:
        fn(doc, release)
        if name == upto:
            break
    return release


def spans_ok(text: str, release: Release) -> bool:
    """Whether every span of the record is the slice of ``text`` it claims."""
    evidence = release.to_dict()["evidence"]
    return all(text[e["start"] : e["end"]] == e["text"] for e in evidence.values() if "start" in e)
