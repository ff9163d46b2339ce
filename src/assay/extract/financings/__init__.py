"""Extract the release's financings: one record per class of security offered.

The sentences about an offering are found first; in them, counts of
securities with their prices are the classes (:mod:`.securities`). Each class
then takes its offering's terms: status, tranche and brokerage
(:mod:`.offering`), unit composition and warrant terms (:mod:`.warrants`),
finder's fees (:mod:`.fees`) and hold period (:mod:`.offering`).
"""

from __future__ import annotations

import re

from assay.extract.financings import classes, offering, records
from assay.extract.financings.scan import lowered
from assay.extract.text import Piece, paragraphs, sentences
from assay.model import Release
from assay.normalise import Doc

# Searched in the lower-cased text: plain alternations (no IGNORECASE, no leading \b, each
# branch opening on a letter rather than a group) scan fast.
_GATE = re.compile(
    r"placement|offering|financing|tranche|bought\s+deal|flow[- ]?through|debenture|subscription\s+receipt|"
    r"gross\s+proceeds|units\b|to\s+raise"
)
_ANCHOR = re.compile(
    r"proceeds|price\s+of|per\s+(?:[a-z-]+\s+){0,3}?(?:unit|share|debenture|receipt)|principal\s+amount|at\s+\$|"
    r"priced\s+at|to\s+raise"
)
_FIN_SENTENCE = re.compile(
    r"placement|offering|financing|tranche|bought\s+deal|flow[- ]?through|debenture|subscri|prospectus|"
    r"underwrit|units?\b|warrant|finder|commission|hold\s+period|resale|restricted\s+period|four[- ]month|"
    r"proceeds|rais(?:e|ed|ing)\b|"
    r"lead\s+agent|sole\s+agent|co-lead\s+agent|as\s+agents?\b|bookrunner"
)
_GATE_CONTEXT = re.compile(
    r"placement|offering|financing|tranche|bought\s+deal|flow[- ]?through|debenture|subscri|rais(?:e|ed|ing)\b|"
    r"prospectus|underwrit|units?\b"
)
_BOILERPLATE = re.compile(
    r"forward[- ]looking|securities\s+act\s+of\s+1933|not\s+been\s+(?:and\s+will\s+not\s+be\s+)?registered|"
    r"does\s+not\s+constitute\s+an\s+offer|neither\s+(?:the\s+)?tsx|cautionary|not\s+for\s+(?:distribution|dissemination)"
)
# Bounds that keep the work linear on inputs that are no release at all.
_READ_CHARS = 60_000  # read at most this much of a release's offering paragraphs
_PARAGRAPH_CHARS = 12_000
_SENTENCE_CHARS = 2_000
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_TRANCHE_WORDS = re.compile(r"first|second|third|fourth|fifth|final|initial|last|1st|2nd|3rd|4th", re.IGNORECASE)


def _sentences(text: str, low: str) -> list[Piece]:
    """The sentences of the paragraphs about an offering.

    A paragraph with an offering's figures, the one before it and the few
    after it (where unit terms, fees and hold periods are stated) are read;
    boilerplate (forward-looking statements, U.S. securities law) is not.
    """
    paras = [
        p
        for p in paragraphs(text)
        if not (
            _BOILERPLATE.search(low, p.start, min(p.end, p.start + 400)) and not _ANCHOR.search(low, p.start, p.end)
        )
    ]
    keep: set[int] = set()
    for k, p in enumerate(paras):
        if p.start < 800 and _GATE_CONTEXT.search(low, p.start, p.end):
            keep.add(k)  # the headline and dateline
        if _ANCHOR.search(low, p.start, p.end) and _GATE_CONTEXT.search(low, p.start, p.end):
            keep.update(range(max(0, k - 1), min(len(paras), k + 5)))
    out: list[Piece] = []
    budget = _READ_CHARS
    for k in sorted(keep):
        p = paras[k]
        end = min(p.end, p.start + _PARAGRAPH_CHARS, p.start + budget)
        if end <= p.start:
            break
        budget -= end - p.start
        if _FIN_SENTENCE.search(low, p.start, end):
            for s in sentences(text, p.start, end):
                if s.end - s.start > _SENTENCE_CHARS:  # no real sentence is this long
                    s = Piece(s.start, s.start + _SENTENCE_CHARS, text[s.start : s.start + _SENTENCE_CHARS])
                out.append(s)
    return out


def extract(doc: Doc, release: Release) -> None:
    """Fill ``release.financings`` from ``doc``."""
    text = doc.text
    low = lowered(text)
    if not _GATE.search(low) or not _ANCHOR.search(low):
        return
    sents = _sentences(text, low)
    fin = [i for i, s in enumerate(sents) if _FIN_SENTENCE.search(low, s.start, s.end)]
    fin_pieces = [sents[i] for i in fin]
    tr = offering.tranche(low, fin_pieces)
    tranche_words = {w.lower() for w in _TRANCHE_WORDS.findall(text, tr[1], tr[2])} if tr else set()
    found = classes.resolve(text, low, sents, fin, tranche_words)
    release_date = release.release_date.value if release.release_date is not None else None
    found = classes.drop_background(text, sents, found, release_date)
    if not found:
        return
    out = [records.record(doc, low, sents, c, release) for c in found]
    records.offering_terms(doc, low, sents, fin_pieces, found, out, release, tr)
    release.financings.extend(out)
