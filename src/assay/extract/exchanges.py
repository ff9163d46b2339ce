"""Stock exchanges as releases name them, mapped to the record's codes.

Names are matched case-sensitively in their usual writings (``Frankfurt``,
``FRANKFURT``): an ignore-case alternation would be tried at every position
of a release, this one only where a capital letter stands.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assay.parse.trie import trie_alternation


def _both(*phrases: str) -> str:
    """Each phrase as written and in capitals, words joined by runs of spaces."""
    out: list[str] = []
    for p in phrases:
        for v in (p, p.upper()):
            rx = "[ ]+".join(v.split())
            if rx not in out:
                out.append(rx)
    return "|".join(out)


# code -> pattern of its names; tried in this order at each position
_ALIASES: tuple[tuple[str, str], ...] = (
    (
        "TSXV",
        r"TSX[ .\-]?V(?:enture|ENTURE)?(?:[ ]+(?:Exchange|EXCHANGE))?(?![A-Za-z])|CDNX|"
        + _both("Canadian Venture Exchange"),
    ),
    ("TSX", _both("Toronto Stock Exchange") + "|TSX"),
    ("CSE", _both("Canadian Securities Exchange") + "|CSE|CNSX"),
    ("NEO", _both("Cboe Canada", "NEO Exchange") + "|NEO"),
    (
        "OTC",
        r"OTC(?:[ ]?(?:QB|QX)(?:[ ]+Venture[ ]+Market)?|[ ]?(?:Pink|PINK)|[ \-]?BB|[ ]+(?:Bulletin[ ]+Board|"
        r"BULLETIN[ ]+BOARD)|[ ]+(?:Markets?|MARKETS?)(?:[ ]+(?:Group|GROUP))?|PK)?(?![A-Za-z])|"
        + _both("Pink Sheets"),
    ),
    (
        "NYSE_AMERICAN",
        r"NYSE[ ]?(?:American|AMERICAN|MKT|Amex|AMEX)|NYSE-A(?![A-Za-z])|AMEX|" + _both("American Stock Exchange"),
    ),
    ("NYSE", _both("New York Stock Exchange") + "|NYSE"),
    ("NASDAQ", r"NASDAQ|Nasdaq"),
    ("ASX", _both("Australian Securities Exchange") + "|ASX"),
    ("AIM", r"AIM"),
    ("LSE", _both("London Stock Exchange") + "|LSE"),
    (
        "FSE",
        r"(?:Frankfurt|FRANKFURT)(?:[ ]+(?:Stock|STOCK))?(?:[ ]+(?:Exchange|EXCHANGE))?|"
        + _both("Freiverkehr", "Xetra")
        + "|FSE|FRA|FWB",
    ),
    ("JSE", _both("Johannesburg Stock Exchange") + "|JSE"),
    ("BVL", _both("Lima Stock Exchange", "Bolsa de Valores de Lima") + "|BVL"),
    (
        "OTHER",
        "(?:"
        + _both("Berlin", "Stuttgart", "Munich", "Dusseldorf", "Hamburg")
        + r")(?:[ ]+(?:Stock[ ]+)?Exchange)?|BMV",
    ),
)

CODES = {name: ("NYSE-AMERICAN" if name == "NYSE_AMERICAN" else name) for name, _ in _ALIASES}

# the boundary before a name is checked by the caller (a look-behind here would be tried everywhere)
EXCHANGE_RE = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in _ALIASES) + r"(?![a-z0-9])")
_ANY = "|".join(f"(?:{rx})" for _, rx in _ALIASES)
_ONE = rf"(?:{_ANY})(?![a-z0-9])"
# one or more exchanges named together: "Frankfurt/Berlin", "FRANKFURT/FREIVERKEHR XETRA"
EXCHANGE_RUN = rf"{_ONE}(?:[ ]*/[ ]*{_ONE}|[ ]{_ONE}){{0,3}}"


_LATER_WORDS = frozenset(
    {
        "stock",
        "exchange",
        "venture",
        "enture",
        "bulletin",
        "board",
        "markets",
        "market",
        "group",
        "sheets",
        "securities",
        "valores",
        "canada",
        "york",
        "mkt",
    }
)
# the first word of every name above, as a plain alternation of literals: the fast way to
# find where a name may start
_FIRST_WORDS = sorted(
    {
        w
        for _, rx in _ALIASES
        for w in re.findall(r"(?<![A-Za-z\[-])[A-Z][A-Za-z]{2,}", rx)
        if w.lower() not in _LATER_WORDS
    },
    key=len,
    reverse=True,
)
CANDIDATE_RE = re.compile(trie_alternation(_FIRST_WORDS))


def at_boundary(text: str, pos: int) -> bool:
    """Whether a name may start at ``pos`` (no letter or digit just before)."""
    return pos == 0 or not text[pos - 1].isalnum()


@lru_cache(maxsize=1024)
def exchange_codes(run: str) -> tuple[str, ...]:
    """The codes of the exchanges named in ``run``, in order, without repeats (kept: releases repeat them)."""
    out: list[str] = []
    for m in EXCHANGE_RE.finditer(run):
        if not at_boundary(run, m.start()):
            continue
        code = CODES[m.lastgroup or ""]
        if code not in out:
            out.append(code)
    return tuple(out)
