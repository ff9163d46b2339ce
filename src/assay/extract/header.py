"""Extract the release's header: issuer name, release date and headline.

The three are found in the head of the text (see :mod:`.frontmatter`,
:mod:`.release_date`, :mod:`.issuer`, :mod:`.headline`). A front matter
block, where there is one, gives the headline and a fallback date; the
body's dateline is preferred for the date, since copies are often posted a
day after the release.
"""

from __future__ import annotations

import re

from assay.extract.frontmatter import front_matter
from assay.extract.headline import find_headline
from assay.extract.issuer import find_issuer
from assay.extract.release_date import HEAD_CHARS, complete_year, header_dates
from assay.extract.text import lines
from assay.model import Release
from assay.normalise import Doc
from assay.parse.dates import find_dates

_PROSE_END = re.compile(r"[.:;\"']\s*$")
_PROSE_MIN_WORDS = 8
_PROSE_ALWAYS_WORDS = 30


def head_range(text: str) -> tuple[int, int]:
    """Where the body starts (after any front matter) and where its head ends."""
    body = front_matter(text).end
    head_limit = min(len(text), body + HEAD_CHARS)
    dates = header_dates(text, body, head_limit)
    dateline = next((d for d in dates if d.dateline), None)
    return body, dateline.line_start if dateline is not None else first_prose_line(text, body, head_limit)


def extract(doc: Doc, release: Release) -> None:
    """Fill ``release.issuer``, ``release.release_date`` and ``release.headline``."""
    text = doc.text
    fm = front_matter(text)
    body = fm.end
    head_limit = min(len(text), body + HEAD_CHARS)
    dates = header_dates(text, body, head_limit)
    dateline = next((d for d in dates if d.dateline), None)
    head_end = dateline.line_start if dateline is not None else first_prose_line(text, body, head_limit)

    chosen = dateline or (dates[0] if dates else None)
    if chosen is not None:
        when = complete_year(text, chosen.found)
        if when is not None:
            release.release_date = doc.value(when, chosen.found.start, chosen.found.end)
    if release.release_date is None and fm.date is not None:
        a, b = fm.date
        for f in find_dates(text, a, b):
            when = f.date()
            if when is not None:
                release.release_date = doc.value(when, f.start, f.end)
            break

    if fm.title is not None:
        a, b = fm.title
        release.headline = doc.value(" ".join(text[a:b].split()), a, b)
    else:
        h = find_headline(text, body, head_end)
        if h is not None:
            release.headline = doc.value(h.text, h.start, h.end)

    company = find_issuer(text, body)
    if company is not None:
        release.issuer = doc.value(company.name, company.start, company.end)


def first_prose_line(text: str, start: int, end: int) -> int:
    """The start of the first line of running prose in ``text[start:end]``."""
    for p in lines(text[start:end]):
        t = p.text.strip()
        n = len(t.split())
        if n >= _PROSE_ALWAYS_WORDS or (n >= _PROSE_MIN_WORDS and _PROSE_END.search(t)):
            return p.start + start
    return end
