"""Personal names, professional designations and the words that are neither.

:data:`NAME` matches a capitalised given name, an optional initial, and one
or two family names (with particles: ``Hugo de Vries``, ``Anna Van
der Berg``, ``Olivier Vadnais-Leblanc``, ``Michael O'Connor``). A match is
only a candidate: :func:`clean_name` trims words that are not names
(``Chief``, ``Resources``, ``Vancouver``) and rejects what is left when it is
not a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assay.extract.lexicon import COMPANY_WORDS, PLACES, words

# a capitalised name word: Smith, McIntyre, MacDonald, O'Connor, D'Angelo, Vadnais-Leblanc (written so
# that it starts with a capital letter, which lets the engine skip ahead)
# (Latin-1 letters too: François, Siobhán, Ólafur)
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff"
_W1 = rf"[{_UP}](?:c[{_UP}]|ac[{_UP}]|'[{_UP}])?[{_LO}]+"
_W = rf"{_W1}(?:-{_W1})?"
_INITIAL = r"[A-Z]\.(?:[ ]?[A-Z]\.)?"
_PARTICLES = ("de", "da", "del", "della", "der", "di", "du", "van", "von", "dos", "das", "ten", "ter", "la", "le")
_PARTICLE = "(?:" + "|".join(_PARTICLES) + ")"
# A name's first word is followed by a space and a capital (a word, an initial) or a particle. Tested
# just after the first letter, this turns away the many capitalised words of prose at little cost.
_THEN_NAME = rf"(?=\S*[ ][{_UP}{''.join(sorted({p[0] for p in _PARTICLES}))}])"
_W_FIRST = rf"[{_UP}]{_THEN_NAME}(?:c[{_UP}]|ac[{_UP}]|'[{_UP}])?[{_LO}]+(?:-{_W1})?"
NAME = rf"{_W_FIRST}(?:[ ]{_INITIAL})?(?:[ ](?:{_PARTICLE}[ ]){{0,2}}{_W}){{1,2}}(?![{_UP}{_LO}])"
HONORIFIC = r"(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.?"
HONORIFIC_BEFORE = re.compile(rf"{HONORIFIC}[ ]+$")

DESIGNATION = (
    r"(?:P\.[ ]?Eng\.?|P\.[ ]?Geo(?:l|ph)?\.?|P\.[ ]?G\.|P\.Geol\.?|C\.A\.|CPA(?:,[ ]?C[AM]A?)?|CA|CFA|MBA|CGA|CMA|"
    r"Ph\.?[ ]?D\.?|PhD|M\.?Sc\.?|B\.?Sc\.?(?:[ ]?\(Hons\))?|MSc|BSc|FAusIMM(?:[ ]?\(CP\))?|MAusIMM(?:[ ]?\(CP\))?|"
    r"MAIG|RPGeo|FSEG|FGS|FGC|CPG|PGeo|PEng|P\.Eng|QP|ICD\.D|Q\.C\.|LL\.B\.|CEng|FIMMM|MIMMM|SME-RM|Pr\.Sci\.Nat\.?|"
    r"Eng\.?|ing\.?|geo\.?|Geo\.?)(?![A-Za-z])"
)
DESIGNATION_RE = re.compile(DESIGNATION)
# ", P.Geo., B.Sc. (Hons)" after a name
DESIGNATIONS_AFTER = re.compile(rf"(?:,?[ ]{{0,2}}{DESIGNATION}){{1,8}}")

NOT_NAME = (
    frozenset(
        w.lower()
        for w in words(
            """
    The This That These Those There Their They Then Than Also About Above After Again All Any As At
    Before Both But By Each Either For From Further Furthermore However If In Including Into It Its
    Many More Most Neither No Nor Not Now Of On Once Only Or Other Our Over Please Since So Some
    Such Through To Today Under Until Upon Very We What When Where Whether Which While Who Whose Why
    With Within Without Yet You Your Following During Pursuant Subject Additionally Accordingly
    Although Because Based Consequently Thus Hence President Chief Executive Officer Officers
    Director Directors Chairman Chairwoman Chair Vice Manager Secretary Treasurer Geologist
    Geologists Engineer Founder Partner Senior General Corporate Investor Investors Relations
    Operations Operating Financial Technical Independent Lead Interim Acting Qualified Person
    Persons Board Consultant Superintendent Geology Communications Development Business Head
    Principal Managing Associate Analyst Advisor Adviser Counsel Legal Controller Member Members
    Trustee Executives Project Projects Property Properties Mine Zone Zones Deposit Deposits Area
    Areas Target Targets Claims North South East West Northern Southern Eastern Western Central
    Upper Lower Lake River Mountain Mountains Hills Creek Valley Basin Bay Island Ridge Range
    Camp Belt District Trend Vein Veins Shaft Pit Road Highway Street Avenue Drive Suite Floor Tel
    Telephone Phone Fax Email Website Toll Free Web Cell Mobile News Release Releases Press Media
    Note Notes Table Tables Figure Figures Highlights Summary Results Result Update Report Reports
    Statement Statements Information Contact Contacts Announcement Announces Announced January
    February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Quarter Year Annual Fiscal Month Months Day Days Week
    Canadian American Australian British National Regulation Instrument Standards Policy Policies
    Services Provider Act Agreement Agreements Offering Placement Private Units Unit Shares Share
    Warrants Warrant Option Options Stock Common Preferred Series Class Tranche Closing Financing
    Proceeds Capital Fund Drilling Drill Hole Holes Core Assay Assays Sample Samples Sampling
    Program Programs Exploration Resource Resources Reserve Reserves Mineral Minerals Mineralization
    Estimate Estimates Feasibility Study Gold Silver Copper Zinc Lead Nickel Cobalt Uranium Lithium
    Platinum Palladium Iron Rare Earth Graphite Forward Looking Cautionary Safe Harbour Harbor
    Disclaimer Neither Regulatory Approval Approvals God Lord Group Team Inc Ltd Corp Plc Llc Llp
    Limited Corporation Company Exchange Market Markets Venture Mr Mrs Ms Dr Prof Sir Madam Dear Sincerely Regards Yours
    Announces Announce Appoints Appointed Reports Closes Completes Files Grants Intersects Receives Signs Acquires
    Expands Commences Provides Welcomes Names Elects Adds Confirms Launches Begins Starts Enters Extends Increases
    Updates Strengthens Hires Retains Engages Identifies Discovers Drills Hits Returns Intercepts Continues Approves
    Says Joins Named Elected Promotes Promoted Resigns Retires Steps Congratulates Thanks Mourns Honours Honors
    Respectfully Signed Behalf Best Thank Thanks Welcome Congratulations Technology Technologies
    Process Plant Mill Facility Facilities Laboratory Lab Labs Method Methods Gram Grams Tonnes
    Tonne Ounces Ounce Metres Meters Feet Percent Total Totals Average New Old First Second Third
    Final Phase Stage Initial Maiden Historic Historical Current Previous Preliminary Economic
    Assessment Management Discussion Analysis Meeting Meetings Shareholders Shareholder Election
    Elected Vote Votes Proxy Circular Auditor Auditors Special Certain Several Various Other Others
    Total Number Recent Covid Coronavirus Internet Online Ticker Symbol Symbols Listing Listed
    Trading Bulletin Pink Sheets
    """
        )
    )
    | COMPANY_WORDS
    | PLACES
)


@lru_cache(maxsize=4096)
def clean_name(raw: str) -> str | None:
    """``raw`` without leading or trailing words that are no part of a name, or ``None``."""
    words = raw.split()
    while words and _bad(words[0]):
        words.pop(0)
    while words and (_bad(words[-1]) or _is_initial(words[-1]) or _is_particle(words[-1])):
        words.pop()
    names = [w for w in words if not _is_initial(w) and not _is_particle(w)]
    if len(names) < 2 or any(_bad(w) for w in names) or _is_particle(words[0]) or _is_initial(words[0]):
        return None
    return " ".join(words)


_W_RE = re.compile(_W)
_INITIAL_RE = re.compile(_INITIAL)
_PARTICLE_RE = re.compile(_PARTICLE)


def single_name_ok(word: str) -> bool:
    """Whether a lone surname after an honorific (``Mr. Aldo``) can be a name."""
    return bool(_W_RE.fullmatch(word)) and not _bad(word)


def _bad(w: str) -> bool:
    return w.lower().strip(".,'") in NOT_NAME


def _is_initial(w: str) -> bool:
    # an initial is "J." or "J.R." / "J. R.": its second character is a full stop
    return w[1:2] == "." and bool(_INITIAL_RE.fullmatch(w))


def _is_particle(w: str) -> bool:
    # particles are lower case; a name word starts with a capital
    return w[:1].islower() and bool(_PARTICLE_RE.fullmatch(w))


def name_key(name: str) -> str:
    """A key under which two writings of one person's name agree."""
    words = [w for w in name.lower().replace(".", " ").split() if len(w) > 1]
    return f"{words[0]} {words[-1]}" if len(words) >= 2 else (words[0] if words else "")


def surname(name: str) -> str:
    words = name.split()
    return words[-1].lower() if words else ""
