"""Extract the release's header: issuer name, release date and headline.

The three are found in the head of the text (see :mod:`.frontmatter`,
:mod:`.release_date`, :mod:`.issuer`, :mod:`.headline`). A front matter
block, where there is one, gives the headline and a fallback date; the
body's dateline is preferred for the date, since copies are often posted a
day after the release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assay.extract.frontmatter import FrontMatter, front_matter
from assay.extract.headline import find_headline
from assay.extract.issuer import find_issuer
from assay.extract.release_date import HEAD_CHARS, HeaderDate, complete_year, header_dates
from assay.extract.text import lines
from assay.model import Release
from assay.normalise import Doc
from assay.parse.dates import find_dates

NEAR_CHARS = 1200
_PROSE_END = re.compile(r"[.:;\"']\s*$")
_PROSE_MIN_WORDS = 8
_PROSE_ALWAYS_WORDS = 30


@dataclass(frozen=True, slots=True)
class Head:
    """The head of a release: its front matter, header dates, dateline and where the head ends."""

    front: FrontMatter
    dates: tuple[HeaderDate, ...]
    dateline: HeaderDate | None
    end: int


@lru_cache(maxsize=8)
def head(text: str) -> Head:
    """The :class:`Head` of ``text`` (kept for the extractors that run after the header)."""
    fm = front_matter(text)
    head_limit = min(len(text), fm.end + HEAD_CHARS)
    # most datelines are in the first lines: look further only when none is there
    near = min(head_limit, fm.end + NEAR_CHARS)
    found = header_dates(text, fm.end, near)
    if not any(d.dateline for d in found) and near < head_limit:
        cut = text.rfind("\n", fm.end, near) + 1 or fm.end
        found = [d for d in found if d.line_start < cut] + header_dates(text, cut, head_limit)
    dates = tuple(found)
    dateline = next((d for d in dates if d.dateline), None)
    end = dateline.line_start if dateline is not None else first_prose_line(text, fm.end, head_limit)
    return Head(fm, dates, dateline, end)


def head_range(text: str) -> tuple[int, int]:
    """Where the body starts (after any front matter) and where its head ends."""
    h = head(text)
    return h.front.end, h.end


def extract(doc: Doc, release: Release) -> None:
    """Fill ``release.issuer``, ``release.release_date`` and ``release.headline``."""
    text = doc.text
    h = head(text)
    fm, dates, dateline, head_end = h.front, h.dates, h.dateline, h.end
    body = fm.end

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

    company = find_issuer(text, body)
    if company is not None:
        release.issuer = doc.value(company.name, company.start, company.end)

    if fm.title is not None:
        a, b = fm.title
        release.headline = doc.value(" ".join(text[a:b].split()), a, b)
    else:
        title = find_headline(text, body, head_end, company.name if company is not None else None)
        if title is not None:
            release.headline = doc.value(title.text, title.start, title.end)


def first_prose_line(text: str, start: int, end: int) -> int:
    """The start of the first line of running prose in ``text[start:end]``."""
    for p in lines(text[start:end]):
        t = p.text.strip()
        n = len(t.split())
        if n >= _PROSE_ALWAYS_WORDS or (n >= _PROSE_MIN_WORDS and _PROSE_END.search(t)):
            return p.start + start
    return end
