"""The whole pipeline for one release: read → normalise → extract → check."""

from __future__ import annotations

import os
from pathlib import Path

from assay.check import run_checks
from assay.extract import run_extractors
from assay.model import Release, Source
from assay.normalise import normalise
from assay.read import Document, read_path, read_text


def extract_document(document: Document) -> Release:
    """The checked record of one read :class:`Document`."""
    doc = normalise(document.text)
    release = Release(
        source=Source(
            path=document.path,
            sha256=document.sha256,
            format=document.format,
            chars=len(document.text),
            metadata=dict(document.metadata),
        )
    )
    run_extractors(doc, release)
    run_checks(release)
    return release


def extract(source: str | os.PathLike[str]) -> Release:
    """The record of one release, from a path or from the release's text.

    A :class:`~pathlib.Path`, or a string naming an existing file, is read
    from disk; any other string is taken as the release's text. A file that
    holds several releases (a filing with several exhibits) gives the first;
    use :func:`extract_all` for all of them.
    """
    return extract_all(source)[0]


def extract_all(source: str | os.PathLike[str]) -> list[Release]:
    """The records of every release in a path, or of one release's text."""
    if isinstance(source, Path) or (
        isinstance(source, str) and "\n" not in source and len(source) < 4096 and Path(source).is_file()
    ):
        documents = read_path(source)
    else:
        documents = [read_text(str(source))]
    return [extract_document(d) for d in documents]
