"""Hole, trench and channel ids as releases write them: "MB-21-04", "KRD041", "61-214"."""

from __future__ import annotations

import re

# an id token: letters, digits and joiners, with at least one digit (checked in ``is_hole_id``)
HOLE = r"[A-Z0-9][A-Za-z0-9]{0,14}(?:[-_./][A-Za-z0-9]{1,10}){0,4}"
_KEYWORD = (
    r"(?:(?:drill|core|diamond|RC|reverse\s+circulation|DD|discovery|step-?out|infill)[\s-]*)?"
    r"(?:hole|drill-?hole|DDH|borehole|trench|channel(?:\s+sample)?|sample)"
)
# "hole MB-21-04", "Trench TR-3", "DDH 22-01", "drill hole #5-12"
KEYED_RE = re.compile(
    rf"\b(?P<kind>{_KEYWORD})\s*(?:#|no\.?|number|id)?\s*[:,]?\s*(?P<hole>{HOLE})(?![\w-])",
    re.IGNORECASE,
)
# an id that starts with its kind: "DDH-22-01", "RC21-004", "TR-03"
PREFIXED_RE = re.compile(
    r"\b(?P<hole>(?:DDH|DH|RCD|RC|DD|AC|TR|CH)[-_]?\d[A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+){0,4})(?![\w-])"
)
# a line or bullet that starts with an id: "MB-21-04: 12.5 m @ ...", "- KRD041 returned ..."
LEADING_RE = re.compile(
    rf"(?:^|\n)[ \t]*(?:[-*•+▪●]\s*)?(?P<hole>{HOLE})(?:[ ]{{2,}}|\t|\s*(?::|-\s|,|returned|intersected|intercepted|"
    r"assayed|cut|yielded|graded|encountered|included))",
    re.IGNORECASE,
)
# an id just after an interval: "(KRD039)", "in KRD041", "in hole 61-215", "and in hole X"
TRAILING_RE = re.compile(
    # on the same line, or wrapped to the next when in parentheses or after "in"
    r"\)?(?:[ \t,:]{0,4}|[ \t,:]{0,3}\n[ \t]*(?=\(|in\s|from\s))(?:down-?hole\s+)?(?:and\s+)?"
    rf"(?:(?P<paren>\()\s*(?:{_KEYWORD}\s*)?|(?:in|from|within|on)\s+(?:(?P<kw2>{_KEYWORD})\s*)?"
    rf"|(?P<kw>{_KEYWORD})\s*)(?:#|no\.?)?\s*(?P<hole>{HOLE})(?![\w-])"
    r"(?!\s*(?:returned|intersected|intercepted|assayed|cut|ran|graded|yielded|encountered|averaged|:))",
    re.IGNORECASE,
)
_UNITISH = re.compile(r"^\d+(?:\.\d+)?(?:m|ft|km|mm|cm|g|t|kg|oz|k|M)$|^\d{4}$|^\d+(?:\.\d+)?$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_SHORT = re.compile(r"^\d{1,3}[A-Za-z]?$")  # "hole 5", "hole 54A", "hole 1a"
_NOT_IDS = frozenset({"NI-43-101", "43-101", "NI43-101", "QA/QC"})


def is_hole_id(text: str, keyed: bool = False) -> bool:
    """Whether ``text`` reads as a hole id (not a plain number, year or quantity).

    ``keyed``: the id follows a word such as "hole" or "trench", so a short
    number ("hole 5") is one too.
    """
    t = text.strip().rstrip(".")
    if keyed and _SHORT.match(t):
        return True
    if len(t) < 3 or not _DIGIT.search(t) or _UNITISH.match(t) or t.upper() in _NOT_IDS:
        return False
    if "-" not in t and not any(c.isalpha() for c in t):
        return False
    # mostly upper case: "KRD041", "MB-21-04", "T-2207Ca" but not ordinary words with a digit
    lower = sum(1 for c in t if c.islower())
    return lower <= 1


def kind_of(keyword: str | None) -> str | None:
    """ "trench" or "channel" when the keyword names one, else ``None`` (a drill hole)."""
    if not keyword:
        return None
    k = keyword.lower()
    if "trench" in k:
        return "trench"
    if "channel" in k:
        return "channel"
    return None
