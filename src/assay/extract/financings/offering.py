"""What an offering is: its status, tranche, brokerage, kind and hold period.

These are read from the sentences about the offering: the class's own
sentence first, then its paragraph, then the headline.
"""

from __future__ import annotations

import datetime as dt
import re

from assay.extract.financings.periods import Period, find_expiry, find_period, has_extra_day
from assay.extract.text import Piece

_PREVIOUSLY = re.compile(
    r"previously\s+announced|announced\s+(?:on|in|by)|news\s+releases?\s+(?:dated|of)|as\s+announced",
)
CLOSED = re.compile(
    r"\b(?:closed|closes|closing\s+of|announces?\s+(?:the\s+)?(?:final\s+|first\s+)?closing|completed|completes|completion\s+of|has\s+issued|have\s+been\s+issued|"
    r"were\s+issued|was\s+issued|issued\s+(?:a\s+total|an\s+aggregate)|raised|has\s+received\s+(?:gross\s+)?proceeds|"
    r"(?:the\s+)?company\s+issued|were\s+sold|(?:has|have|company|it)\s+sold|sold\s+(?:an\s+aggregate\s+of\s+)?\d|"
    r"successfully)\b",
)
ANNOUNCED = re.compile(
    r"\b(?:announces?\s+(?:a|an|that|its\s+intention|the\s+(?:launch|pricing|terms))|proposed|proposes|intends?|"
    r"will\s+(?:issue|offer|consist|sell)|up\s+to|arranged|arranges|plans?\s+to|is\s+offering|launch\w*|"
    r"has\s+(?:entered|engaged)|upsize\w*|increase[sd]?\s+(?:the\s+size|its)|expected\s+to\s+close|"
    r"anticipated|to\s+be\s+issued|seeks?|amend\w*|firm\s+commitments?|entered\s+into)\b",
)
_FUTURE_CLOSE = re.compile(
    r"(?:expected|anticipated|scheduled)\s+to\s+(?:close|complete)|closing\s+(?:is|will)|will\s+close|"
    r"(?:first|final|initial)\s+closing\s+(?:of\s+the\s+\w+\s+)?(?:is|will)|"
    r"(?:closing|completion)\s+of\s+the\s+(?:\w+\s+){1,3}?(?:is|remains|will\s+be)\s+(?:subject|conditional)",
)
_TRANCHE_RE = re.compile(
    r"\b(?P<t>first|second|third|fourth|fifth|final|initial|1st|2nd|3rd|4th|last)"
    r"(?:\s+and\s+(?P<t2>final|last))?\s+(?:tranche|closing)\b"
    r"|\btranche\s+(?P<n>1|2|3|4|one|two|three|four)\b",
)
_TRANCHE_NAMES = {
    "first": "first",
    "initial": "first",
    "1st": "first",
    "second": "second",
    "2nd": "second",
    "third": "third",
    "3rd": "third",
    "fourth": "fourth",
    "4th": "fourth",
    "fifth": "fifth",
    "final": "final",
    "last": "final",
    "1": "first",
    "one": "first",
    "2": "second",
    "two": "second",
    "3": "third",
    "three": "third",
    "4": "fourth",
    "four": "fourth",
}
_BROKERED_RE = re.compile(
    r"\b(?P<mixed>(?:non[- ]?)?brokered\s+(?:portion|tranche|component)|partially\s+brokered)"
    r"|\b(?P<non>non[- ]?brokered)"
    r"|\b(?P<yes>brokered|bought[- ]deal|underwrit\w+|agency\s+agreement|lead\s+agents?|best[- ]efforts|"
    r"(?:sole|lead|co-lead)\s+(?:agent|underwriter|bookrunner|manager)s?|as\s+agents?|the\s+agents?|"
    r"placement\s+agents?)\b",
)
_KIND_RE = re.compile(
    r"(?P<bought_deal>bought[- ]deal)|(?P<life>life\b|listed\s+issuer\s+financing\s+exemption)|"
    r"(?P<prospectus>prospectus(?:\s+supplement)?\s+offering|public\s+offering|"
    r"short[- ]form\s+prospectus\b(?!\s+exempt)|registered\s+direct\s+offering)|"
    r"(?P<rights>rights\s+offering)|"
    r"(?P<private_placement>private\s+placement|placement)"
)
HOLD_RE = re.compile(
    r"hold\s+period|resale\s+restrictions?|restricted\s+period|statutory\s+hold|four[- ]month\s+hold|"
    r"seasoning\s+period",
)
_NO_HOLD = re.compile(
    r"not\s+(?:be\s+)?subject\s+to\s+(?:any\s+|a\s+)?(?:statutory\s+)?(?:hold\s+period|resale\s+restrictions?)|"
    r"free[- ]trading|(?:immediately\s+|freely\s+)trad(?:e)?able",
)
_LIFE_WORDS = re.compile(r"\blife\b|listed\s+issuer\s+financing")
_USE_RE = re.compile(
    r"proceeds\b[^.;]{0,120}?\b(?:will|are|is|shall|to)\s+be\s+(?:used|allocated|applied|directed|spent)\s+"
    r"(?:by\s+the\s+company\s+)?(?:primarily\s+|principally\s+|mainly\s+)?(?:for|to|towards?|on)\s+"
    r"(?P<use>[^.;]{3,300})"
    r"|proceeds\b[^.;]{0,120}?\b(?:used|allocated)\s+(?:exclusively\s+|primarily\s+)?(?:for|to|towards?)\s+"
    r"(?P<use2>[^.;]{3,300})"
    r"|\buse\s+(?:the\s+)?(?:net\s+|gross\s+)?proceeds\b[^.;]{0,80}?\b(?:for|to|towards?)\s+(?P<use3>[^.;]{3,300})",
)
_INSIDER_RE = re.compile(
    r"insiders?\b|related\s+party|(?:ceo|director|officer|chairman)s?\b[^.;]{0,80}?"
    r"\b(?:subscribed|participated|purchased|acquired)",
)
_AGENT_RE = re.compile(
    r"(?:led\s+by|agency\s+agreement\s+with|underwritten\s+by|syndicate\s+of\s+underwriters\s+led\s+by|"
    r"engaged)\s+(?P<names>[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|and|&|of))*(?:\s*,?\s*(?:Inc|Corp|Ltd|LLC|LP|"
    r"Limited)\.?)?(?:\s+and\s+[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,5}(?:\s*,?\s*(?:Inc|Corp|Ltd|LLC|LP|"
    r"Limited)\.?)?)?)",
)


_AGENT_WORDS = re.compile(r"agent|underwrit|led\s+by")
_FINDER_WORDS = re.compile(r"finder|broker|compensation|agent")
_NAME_STOP = re.compile(r"\b(?:Inc|Corp|Ltd|Co|L\.P)\.(?=\s+(?!and\b|&)[A-Z])")


_AGENT_BEFORE_RE = re.compile(
    r"(?P<names>[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|and|&|of)){0,8}?)\s*,?\s+(?:acted|is\s+acting|will\s+act|acts)\s+"
    r"as\s+(?:the\s+)?(?:sole|lead|co-lead)?\s*(?:agent|underwriter|bookrunner|finder)",
)


_PAID_TO_RE = re.compile(
    r"\b(?:paid|payable|issued|granted)\b[^.;]{0,160}?\bto\s+"
    r"(?!TSX|CSE|NEO|ASX|Exchange|The\b|Section|Part\b|National|Multilateral|Rule|Regulation|Policy)"
    r"(?P<names>[A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|and|&|of))*)"
)
_TRAILING_JOIN = re.compile(r"(?:\s+(?:and|&|of))+$")


def status(low: str, s: Piece) -> str | None:
    """``closed`` or ``announced`` as one sentence (of the lower-cased text) says, or ``None``."""
    t = _PREVIOUSLY.sub(" ", low[s.start : s.end])
    if _FUTURE_CLOSE.search(t):
        return "announced"
    if CLOSED.search(t):
        return "closed"
    if ANNOUNCED.search(t):
        return "announced"
    return None


def tranche(low: str, pieces: list[Piece]) -> tuple[str, int, int] | None:
    """The tranche the release closes: the first tranche named in a closing sentence."""
    fallback = None
    for s in pieces:
        m = _TRANCHE_RE.search(low, s.start, s.end)
        if not m:
            continue
        name = _TRANCHE_NAMES[(m.group("t2") or m.group("t") or m.group("n")).lower()]
        if "closing" in m.group(0).lower() and name != "final":
            continue
        if status(low, s) == "closed":
            return name, m.start(), m.end()
        if fallback is None:
            fallback = (name, m.start(), m.end())
    return fallback


def brokered(low: str, start: int, end: int, last: bool = False) -> tuple[bool | None, int, int] | None:
    """Whether ``low[start:end]`` says the offering is brokered; ``None`` value for a mix.

    The first statement counts, or with ``last`` the one nearest ``end``."""
    found = None
    for m in _BROKERED_RE.finditer(low, start, end):
        b = (None if m.group("mixed") else m.group("non") is None, m.start(), m.end())
        if not last:
            return b
        found = b
    return found


def kind(low: str, pieces: list[Piece], nearest: bool = False) -> tuple[str, int, int] | None:
    """The kind of offering: bought deal, LIFE, prospectus, rights or private placement.

    The most specific kind named counts, or with ``nearest`` the last one named."""
    order = ("bought_deal", "life", "prospectus", "rights", "private_placement")
    found = [(m.lastgroup or "", m.start(), m.end()) for s in pieces for m in _KIND_RE.finditer(low, s.start, s.end)]
    if not found:
        return None
    if nearest:
        # the last kind named, with the words right before it ("a bought deal private placement")
        last = found[-1]
        found = [k for k in found if k[2] >= last[1] - 15]
    return min(found, key=lambda k: order.index(k[0]))


def hold_period(
    text: str, low: str, pieces: list[Piece], release_date: dt.date | None, after: int
) -> tuple[Period | None, str | None]:
    """The hold period of the securities sold, and which are free trading: ``"all"``, ``"life"`` (those sold
    under the listed issuer financing exemption) or ``None``."""
    free = None
    for s in pieces:
        if _NO_HOLD.search(low, s.start, s.end):
            free = "life" if _LIFE_WORDS.search(low, s.start, s.end) else "all"
            break
    first = None
    for s in pieces:
        h = HOLD_RE.search(low, s.start, s.end)
        if not h:
            continue
        # the period next to the words "hold period", not a warrant term elsewhere in the sentence
        near = max(s.start, h.start() - 40)
        p = find_period(text, near, min(s.end, h.end() + 120))
        if p is not None and has_extra_day(text, p.end):
            p = Period(p.months, p.start, p.end)
        if p is None or p.months > 36:
            p = find_expiry(text, near, s.end, release_date)
        if p is None:
            continue
        if s.start >= after and not _FINDER_WORDS.search(low, s.start, s.end):
            return p, free
        if first is None:
            first = p
    return first, free


def use_of_proceeds(text: str, low: str, pieces: list[Piece]) -> tuple[str, int, int] | None:
    for s in pieces:
        m = _USE_RE.search(low, s.start, s.end)
        if m:
            g = next(k for k in ("use", "use2", "use3") if m.group(k))
            return text[m.start(g) : m.end(g)].strip(), m.start(g), m.end(g)
    return None


def insiders(low: str, pieces: list[Piece]) -> Piece | None:
    for s in pieces:
        if _INSIDER_RE.search(low, s.start, s.end):
            return s
    return None


def agents(text: str, low: str, pieces: list[Piece], paid_to: bool = False) -> tuple[str, int, int] | None:
    """The agents or underwriters named (with ``paid_to``: the finders fees were paid to)."""
    for s in pieces:
        if not paid_to and not _AGENT_WORDS.search(low, s.start, s.end):
            continue
        if paid_to:
            m = _PAID_TO_RE.search(text, s.start, s.end)
        else:
            m = _AGENT_RE.search(text, s.start, s.end) or _AGENT_BEFORE_RE.search(text, s.start, s.end)
        if m:
            names = m.group("names")
            stop = _NAME_STOP.search(names)
            if stop:
                names = names[: stop.end()]
            names = _TRAILING_JOIN.sub("", names).strip(" ,")
            return names, m.start("names"), m.start("names") + len(names)
    return None
