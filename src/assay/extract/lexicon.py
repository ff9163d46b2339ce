"""Word lists the header, listings and people extractors share."""

from __future__ import annotations

import re


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
