"""The wording that marks each category, as compiled patterns.

``HEAD`` cues count in the headline and the lead paragraph; ``STRONG`` cues
count anywhere in the body outside boilerplate (an "About" section,
forward-looking statements); ``WEAK`` cues count in the body only when met
twice.
"""

from __future__ import annotations

import re

from assay.extract.fold import Folded
from assay.parse.trie import trie_alternation

_F = re.IGNORECASE

HEAD: dict[str, re.Pattern[str]] = {
    "financial_results": re.compile(
        r"financial\s+(?:results|statements|highlights)|(?:quarter(?:ly)?|annual|year[- ]end|full[- ]year|interim|"
        r"first|second|third|fourth|Q[1-4]|fiscal(?:\s+(?:19|20)\d\d)?)\s+(?:(?:19|20)\d\d\s+)?(?:financial\s+)?results"
        r"|results\s+for\s+the\s+(?:(?:three|six|nine|twelve)\s+months|quarter|year|fiscal|period|first|second|third|"
        r"fourth)|(?:three|six|nine|twelve)\s+months\s+ended|management'?s\s+discussion\s+and\s+analysis|\bMD&A\b",
        _F,
    ),
    "financing": re.compile(
        r"private\s+placement|financing|\boffering\b|bought\s+deal|flow[- ]through|convertible\s+(?:debenture|note)s?"
        r"|subscription\s+receipts|credit\s+facility|loan\s+facility|\braises?\s+\$|\braised\s+\$|\bprospectus\b",
        _F,
    ),
    "exploration_results": re.compile(
        r"\bdrill(?:s|ed|ing)?\b|intersect|intercept|\bassays?\b|trench|sampl(?:e|es|ing)\b|\bhits?\b|g/t|grades?\b"
        r"|channel\s+samples?|geophysic|\bsurvey\s+results|mineraliz(?:ation|ed)\s+(?:over|at)|discover(?:y|s|ed)\b",
        _F,
    ),
    "resource_estimate": re.compile(
        r"resource\s+estimate|mineral\s+resources?\b|\breserves?\b|preliminary\s+economic\s+assessment|\bPEA\b|"
        r"pre-?feasibility|feasibility\s+study|\bMRE\b|\bNI\s+43-101\s+(?:compliant\s+)?(?:resource|technical\s+report)",
        _F,
    ),
    "production": re.compile(
        r"\bproduction\s+(?:results|update|report|guidance|of\s+[\d,.]{1,20})|\bproduced\s+[\d,.]{1,20}\s+(?:ounces|oz|tonnes|pounds|lbs)"
        r"|commercial\s+production|gold\s+pour|record\s+production|(?:quarterly|annual)\s+production",
        _F,
    ),
    "property_transaction": re.compile(
        r"option\s+(?:and\s+purchase\s+)?agreements?|purchase\s+agreements?|acquisition(?!\s+(?:cost|expense|debt))"
        r"|\bacquire[sd]?\s+(?:(?:a|an|the|its|all|100%)\s+)*(?:[\d.]{1,12}%\s+)?"
        r"(?:(?:undivided|additional|remaining)\s+)?"
        r"(?:interest|property|properties|claims|project|mine|mineral|land|tenements?|licen[cs]es?|concessions?)\b"
        r"|letter\s+of\s+intent|\bLOI\b|joint\s+venture(?!\s+partner)|earn[- ]in"
        r"|\boptions?\s+(?:to\s+acquire|on|of)\s+(?:the\s+)?[A-Z]|purchase\s+of\s+(?:the\s+)?(?:mineral|property|properties|claims|[A-Z])|sale\s+of\s+(?:the\s+)?"
        r"(?:[A-Z]\w+\s+)?(?:property|project|mine|claims)|\bdivest",
        _F,
    ),
    "management_change": re.compile(
        r"\bappoint(?:s|ed|ment)?\b|\bresign(?:s|ed|ation)?\b|\bretire(?:s|d|ment)?\b|steps?\s+down|directorate\s+change"
        r"|board\s+changes?|management\s+changes?|\bnew\s+(?:director|ceo|president|chair(?:man)?|cfo|coo)\b"
        r"|joins?\s+(?:the\s+)?board|\bwelcomes?\b",
        _F,
    ),
    "other_corporate": re.compile(
        r"stock\s+options?|incentive\s+options?|options?\s+grant|grants?\s+(?:of\s+)?(?:\w+\s+){0,3}options"
        r"|annual\s+(?:general\s+)?(?:and\s+special\s+)?meeting|\bAGM\b|name\s+change|change\s+(?:its\s+|of\s+)?name"
        r"|consolidation|\blisting\b|list\s+its\s+(?:common\s+)?shares|(?:begin|commence)s?\s+trading|normal\s+course"
        r"\s+issuer\s+bid|\bNCIB\b|shares\s+for\s+debt|debt\s+settlement|investor\s+relations\s+(?:agreement|consultant|"
        r"services|firm)|\bdividend|warrant\s+(?:extension|amendment)|extension\s+of\s+(?:the\s+)?(?:expiry|warrants)"
        r"|\bESTMA\b|corporate\s+update|results\s+of\s+(?:the\s+)?(?:annual|special)",
        _F,
    ),
}

# the lead paragraph: the headline's cues, stricter where a lead often
# mentions a category only in passing
_LEAD: dict[str, re.Pattern[str]] = dict(HEAD)
_LEAD["exploration_results"] = re.compile(
    r"results?\s+(?:from|of)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,5}?(?:holes?|drill(?:ing)?|sampling|trenching|assays?)\b"
    r"|assay\s+results|drill(?:ing)?\s+results|\bintersect|\bintercept|\bg/t\b|\bgrading\b",
    _F,
)
_LEAD["resource_estimate"] = re.compile(
    r"(?:updated|maiden|initial|new|first|independent)\s+(?:(?:NI\s+43-101|mineral)\s+)*resource\s+estimates?"
    r"|resource\s+estimates?\s+(?:has|have)\s+been\s+completed|results\s+of\s+(?:a|an|the|its)\s+(?:independent\s+)?"
    r"(?:PEA|preliminary\s+economic\s+assessment|pre-?feasibility|feasibility)",
    _F,
)

# a change of office needs an office near the verb, and not an adviser's
OFFICE = re.compile(
    r"\b(?:director|directors|directorate|board|management\s+(?:team|changes?)|ceo|cfo|coo|president|chair|chairman"
    r"|chairwoman|officer|vice[- ]president|vp|secretary|chief|treasurer|controller|general\s+manager)\b",
    _F,
)
LEAD: dict[str, Folded] = {k: Folded(v.pattern) for k, v in _LEAD.items()}
HEADLINE: dict[str, Folded] = {k: Folded(v.pattern) for k, v in HEAD.items()}

# a category that the lead may give only when the headline gave none
LEAD_ONLY_ALONE = frozenset({"other_corporate"})
NOT_OFFICE = re.compile(
    r"\b(?:consultant|auditors?|agent|investor\s+relations|market\s+maker|underwriters?|advis[eo]rs?)\b", _F
)

_STRONG: dict[str, re.Pattern[str]] = {
    "financing": re.compile(
        r"\b(?:closed|closing\s+of|completed|completion\s+of|announce[sd]?|arranged)\s+(?:(?:the|a|an|its|their|his)\s+)?"
        r"(?:[\w$,.-]+\s+){0,5}?(?:private\s+placement|financing|offering)\b",
        _F,
    ),
    "production": re.compile(
        r"(?:sale|sales|production)\s+of\s+[\d,.]{1,20}\s+(?:ounces|oz|tonnes|pounds|lbs)"
        r"|produced\s+[\d,.]{1,20}\s+(?:ounces|oz|tonnes|pounds|lbs)|(?:ounces|oz)\s+(?:of\s+gold\s+)?(?:were\s+)?"
        r"(?:produced|poured|sold)|achieved\s+(?:commercial|design)\s+(?:mine\s+)?production",
        _F,
    ),
    "property_transaction": re.compile(
        r"\b(?:entered\s+into|signed|executed|completed|closed|closing\s+of|completion\s+of)\s+(?:(?:a|an|the|its|our|"
        r"their)\s+)?(?:[\w-]+\s+){0,3}?(?:option|purchase|acquisition|joint\s+venture|earn-in|lease|sale)\b",
        _F,
    ),
    "management_change": re.compile(
        r"\bappoint(?:s|ed|ment\s+of)\b|\bresign(?:s|ed|ation\s+of)\b|\bretire[sd]?\s+as|\bsteps?\s+down\s+as"
        r"|\bwelcomes?\s+(?:mr\.|ms\.|mrs\.|dr\.)?\s*[a-z]",
        _F,
    ),
}

_WEAK: dict[str, re.Pattern[str]] = {
    "property_transaction": re.compile(
        r"option\s+agreement|purchase\s+agreement|joint\s+venture\s+agreement|letter\s+of\s+intent|\bacquire\s+"
        r"(?:a|an|the)\s+(?:\d+%\s+)?interest|acquisition\s+of\s+(?:the\s+)?[A-Z]",
        0,
    ),
    "exploration_results": re.compile(
        r"\bassay\s+results|drill(?:ing)?\s+results|\bintersected\b|\bintercepted\b|\bgrading\s+[\d.]{1,12}",
        _F,
    ),
}

# the words each body cue begins with: the body is scanned once for them
_STARTS = {
    "financing": "closed|closing|completed|completion|announce|arranged",
    "production": "sale|production|produced|ounces|oz|achieved",
    "property_transaction": "entered|signed|executed|completed|closed|closing|completion",
    "management_change": "appoint|resign|retire|step|welcome",
}
_WEAK_STARTS = {
    "property_transaction": "option|purchase|joint|letter|acquire|acquisition",
    "exploration_results": "assay|drill|intersected|intercepted|grading",
}
STRONG: dict[str, Folded] = {k: Folded(v.pattern, starts=_STARTS[k]) for k, v in _STRONG.items()}
WEAK: dict[str, Folded] = {k: Folded(v.pattern, starts=_WEAK_STARTS[k]) for k, v in _WEAK.items()}
# every start word -> the (kind, category) cues that may begin there; one scan of the body finds them all
GATE_WORDS: dict[str, list[tuple[str, str]]] = {}
for _kind, _starts in (("strong", _STARTS), ("weak", _WEAK_STARTS)):
    for _cat, _words in _starts.items():
        for _w in _words.split("|"):
            GATE_WORDS.setdefault(_w, []).append((_kind, _cat))
BODY_GATE = re.compile(trie_alternation(set(GATE_WORDS)))
# the same words after a space, scanned for in bytes where every character but a letter or digit is a space:
# the engine then stops at spaces only, where BODY_GATE alone stops at almost every letter
GATE_AFTER_SPACE = re.compile(f" ({BODY_GATE.pattern})".encode())

# the first words of a heading that opens a boilerplate section ("About the Company", "Forward-looking
# statements"); spaces are written as within a line so that a scan of the whole text keeps to one line
_SP = r"[^\S\n]"
_BOILERPLATE_WORDS = (
    rf"(?:About{_SP}|Forward[- ]Looking|Cautionary|Caution{_SP}|Qualified{_SP}+Persons?|Technical{_SP}+Notes"
    rf"|Notes?{_SP}+to|Quality{_SP}+(?:Control|Assurance)|QA/QC|Neither{_SP}|This{_SP}+news{_SP}+release|Disclaimer"
    rf"|Safe{_SP}+Harbou?r)"
)
# a boilerplate heading, matched on a stripped line
BOILERPLATE_HEAD = re.compile(r"^\W{0,4}" + _BOILERPLATE_WORDS, re.I)
# the line breaks before lines that may be such headings, found in one scan of the text; each line is then
# confirmed with BOILERPLATE_HEAD
BOILERPLATE_LINE = Folded(rf"\n{_SP}*[^\w\n]{{0,4}}" + _BOILERPLATE_WORDS)
# a phrase that marks its line as boilerplate; each branch starts a word, checked in code (see fold.py)
FORWARD = Folded(r"\bforward[- ]looking|\bno\s+regulatory\s+authority|\baccepts?\s+(?:no\s+)?responsibility")
HEADING_MAX_WORDS = 12
