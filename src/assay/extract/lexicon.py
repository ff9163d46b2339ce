"""Word lists the header, listings and people extractors share."""

from __future__ import annotations

import re
from collections.abc import Iterator


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# Legal suffixes that end a company's name, longest first.
LEGAL_SUFFIX = (
    r"(?:Co\.,?\s+Ltd\.?|Pty\.?\s+Ltd\.?|Corporation|Incorporated|Limited|Company|Corp\.?|Inc\.?|Ltd\.?|"
    r"Ltée|Ltee|Limitée|Plc|PLC|plc|LLC|L\.L\.C\.|S\.A\.|N\.L\.|NL|AG|SE|"
    r"CORPORATION|INCORPORATED|LIMITED|CORP\.?|INC\.?|LTD\.?)"
)
LEGAL_SUFFIX_RE = re.compile(rf"(?<![A-Za-z]){LEGAL_SUFFIX}(?![A-Za-z])")
# The same without the look-behind, which keeps the engine from skipping ahead to the
# suffixes' first letters; legal_suffixes checks the character before instead.
_SUFFIX_SCAN = re.compile(rf"{LEGAL_SUFFIX}(?![A-Za-z])")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def legal_suffixes(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The matches of :data:`LEGAL_SUFFIX_RE` in ``text[start:end]``, found faster."""
    stop = len(text) if end is None else end
    pos = start
    while (m := _SUFFIX_SCAN.search(text, pos, stop)) is not None:
        if m.start() > 0 and text[m.start() - 1] in _ASCII_LETTERS:
            pos = m.start() + 1
            continue
        yield m
        pos = m.end()


# Words that make a capitalised run a company rather than a person.
COMPANY_WORDS = frozenset(
    words(
        """
    company companies corporation corp inc incorporated ltd limited plc llc llp lp sa ag nl pty
    resources resource mining mines mine minerals mineral metals metal gold silver copper zinc
    nickel uranium lithium energy exploration explorations capital group holdings ventures partners
    consulting consultants media finance financial securities exchange trust bank services
    communications advisors advisory management industries international global royalty royalties
    investments investment fund funds laboratories laboratory labs newswire wire news
    """
    )
)

# Places that open datelines and address blocks.
PLACES = frozenset(
    words(
        """
    vancouver toronto montreal calgary edmonton winnipeg ottawa quebec halifax saskatoon
    kelowna burlington sudbury timmins london perth melbourne brisbane
    denver reno elko vegas las spokane tucson santiago lima mexico city johannesburg british
    columbia ontario alberta manitoba saskatchewan nova scotia new brunswick newfoundland labrador
    yukon nunavut northwest territories canada usa united states kingdom australia nevada arizona
    idaho alaska colorado utah california montana wyoming peru chile argentina ecuador brazil
    colombia bc ab on qc sk mb nl ns nb yt nt nv az ak co ut ca usa uk wa
    """
    )
)
