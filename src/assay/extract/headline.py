"""The headline: the release's title line, as written.

The front matter's ``title:`` wins. Otherwise the headline is looked for in
the *head* of the text — the lines before the dateline or, failing one,
before the first line of prose. The head's first title-like line is the
headline (with the next line when it plainly goes on: ``…for the
Quarter`` / ``Ended June 30, 2010``). Lines that are no title are passed
over: the issuer's name alone, addresses, contacts, date lines, listings,
wire names, distribution notices, captions. A byline (``Mr. Alan Brook
reports``) starts the head afresh: what comes before it is the wire's own
summary. A text that opens with its dateline has no headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from assay.extract.lexicon import LEGAL_SUFFIX_RE, PLACES
from assay.extract.text import Piece, lines
from assay.parse.dates import find_dates

_MAX_HEAD_LINES = 80
_STRIP = " \t#*|>\"'_"
_BOILERPLATE = re.compile(
    r"^(?:EXHIBIT|(?:PRESS|NEWS|MEDIA)\s+RELEASE|FOR\s+IMMEDIATE\s+RELEASE|/?NOT\s+FOR\s+(?:DISTRIBUTION|DISSEMINATION|RELEASE)"
    r"|Press\s+Release\s+No|News\s+Release\s+No|SOURCE\b|Source\s*:|Marketwired?\b|CNW\b|Canada\s+NewsWire|Newsfile\b"
    r"|GLOBE\s+NEWSWIRE|Globe\s*Newswire|Business\s*Wire|PR\s*Newswire|ACCESS\s*(?:WIRE|Newswire)|TheNewswire|Stockwatch"
    r"|\(TheNewswire\)|Newswire|==>|Form\s+\d|Signatures?$|Indicate\s+by|For\s+further\s+information|Contact|Tel\b"
    r"|Phone|Fax|Toll\s+Free|E-?mail|Website|Web\s*site|Trading\s+Symbol|Ticker|Symbol|Listed|Shares\s+Outstanding"
    r"|(?:ASX|TSXV?|CSE|AIM|Media|Market|Company|Corporate)(?:\s*/\s*\w+)?\s+(?:Announcement|Release|Update)s?$"
    r"|Suite\b|Unit\b|P\.?O\.?\s+Box|Click\s+here|View\s+(?:the\s+)?original|Photos?\b|Figure\s+\d|Table\s+\d|READ\s+MORE)",
    re.I,
)
_NOISE = re.compile(
    r"©|\(c\)\s*\d|https?:|www\.|@|/s/"
    r"|\b(?:TSX|TSXV|TSX-V|OTCQB|OTCQX|OTCBB|OTC(?:[ ](?:BB|Pink|Markets))?|ASX|CSE|NYSE|NASDAQ|AIM|FSE|AMEX)"
    r"\s*[:\-]\s*[A-Z0-9]"
    r"|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\b\d{5}(?:-\d{4})?\b|\d+\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd|Drive|Way)\b"
    r"|12g3|\b20-F\b|\bCUSIP\b|\bISIN\b|\bintentionally omitted\b|\.{4}|_{3}"
    r"|\b(?:Exchange|Board|Markets?|Ticker|Symbols?|Registration|Tel|Fax|Phone)\s*:"
)
_DIGIT = re.compile(r"\d")
_BYLINE = re.compile(r"^(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][^\n]{0,60}\breports?$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'&\-]*|\d[\w.,$%/]*")
_ROLE_ONLY = re.compile(
    r"^(?:(?:and|&|of|the|President|Chief|Executive|Financial|Operating|Officer|Director|Chairman|Chair|CEO|CFO|COO|"
    r"Vice|VP|Secretary|Corporate|Manager|Investor|Relations|Senior|General|Geologist|Exploration|Treasurer),?\s*)+$",
    re.I,
)
_CONTINUE_START = re.compile(r"^(?:[a-z]|(?:Ended|Ending|and|&|of|for|to|in|at|on|with|from|the)\b)")
_CONTINUE_END = re.compile(r"(?:,|\b(?:of|for|to|in|at|on|with|from|the|and|&|a|an))$", re.I)


@dataclass(frozen=True, slots=True)
class Headline:
    text: str
    start: int
    end: int


def find_headline(text: str, start: int, head_end: int, issuer: str | None = None) -> Headline | None:
    """The headline among the lines of ``text[start:head_end]`` (a line that is only ``issuer``'s name is none)."""
    names = _name_forms(issuer)
    head = [p for p in _lines(text, start, head_end)]
    begin = 0
    for i, p in enumerate(head):
        if _BYLINE.match(p.text.strip(_STRIP)):
            begin = i + 1
    for i in range(begin, len(head)):
        p = head[i]
        if not is_title_like(p.text) or _words_key(p.text) in names:
            continue
        a, b = _stripped(text, p)
        value = text[a:b]
        nxt = head[i + 1] if i + 1 < len(head) else None
        if nxt is not None and nxt.start == p.end + 1 and nxt.text.strip():
            nt = nxt.text.strip(_STRIP)
            if (_CONTINUE_START.match(nt) or _CONTINUE_END.search(value)) and _joinable(nt):
                b = _stripped(text, nxt)[1]
                value = value + " " + nt
        return Headline(" ".join(value.split()), a, b)
    return None


def _words_key(t: str) -> str:
    return " ".join(_WORD.findall(t.lower()))


@lru_cache(maxsize=256)
def _name_forms(issuer: str | None) -> frozenset[str]:
    """The issuer's name with and without its legal suffix, as word keys (kept: an issuer has many releases)."""
    if not issuer:
        return frozenset()
    forms = {_words_key(issuer)}
    suffixes = list(LEGAL_SUFFIX_RE.finditer(issuer))
    if suffixes and suffixes[-1].start() > 0:
        forms.add(_words_key(issuer[: suffixes[-1].start()]))
    return frozenset(forms)


def _lines(text: str, start: int, end: int) -> list[Piece]:
    return [Piece(p.start + start, p.end + start, p.text) for p in islice(lines(text[start:end]), _MAX_HEAD_LINES)]


def _stripped(text: str, p: Piece) -> tuple[int, int]:
    a, b = p.start, p.end
    while a < b and text[a] in _STRIP:
        a += 1
    while b > a and text[b - 1] in _STRIP:
        b -= 1
    return a, b


def _joinable(t: str) -> bool:
    return bool(t) and not t.endswith(".") and len(t.split()) <= 20 and not _NOISE.search(t)


def is_title_like(line: str) -> bool:
    """Whether a line can be a release's title."""
    t = line.strip(_STRIP)
    if not t or (t.endswith((".", ":", ",", ";")) and not t.endswith("...")):
        return False
    if t.startswith(("(", "-", "•", "·", "[", "!")) or _BOILERPLATE.match(t) or _NOISE.search(t):
        return False
    words = _WORD.findall(t)
    if len(words) < 2 or len(words) > 40:
        return False
    alpha = [w for w in words if w[0].isalpha()]
    if len(alpha) * 2 < len(words) or _ROLE_ONLY.match(t):
        return False
    lower = sum(1 for w in alpha if w[0].islower())
    if len(words) >= 15 and lower * 5 > len(alpha) * 3:
        return False
    if all(w.lower() in PLACES for w in alpha):
        return False
    return not (_is_company_only(t) or _is_date_line(t))


def _is_company_only(t: str) -> bool:
    """A line that is a company's name and nothing more (or its definition)."""
    for m in LEGAL_SUFFIX_RE.finditer(t):
        rest = t[m.end() :].strip(" .,*")
        if not rest or rest.startswith(("(", "/", "|")):
            return True
    return False


def _is_date_line(t: str) -> bool:
    if _DIGIT.search(t) is None:
        return False  # every date holds a digit
    for f in find_dates(t):
        rest = (t[: f.start] + t[f.end :]).strip()
        return len(_WORD.findall(rest)) <= 4
    return False
