"""Wording of a figure → the contract's concept vocabulary.

:data:`CONCEPT_RE` finds a concept's wording in a text; :func:`concept_of`
names the concept of one match. Anything financial that is none of the
vocabulary ("interest income", "operational profit") is ``other`` with its
label kept as the item. :func:`row_concept` does the same for a table row's
label, where a negative value turns "Foreign exchange gain (loss)" into a
loss and "Cash flows (used in) from" into "used in".
"""

from __future__ import annotations

import re

# Ordered: the first alternative that matches at a position wins, so longer wordings come first.
_CONCEPTS: tuple[tuple[str, str], ...] = (
    ("loss_per_share", r"(?:net\s+)?loss\s+per\s+(?:common\s+)?share"),
    ("earnings_per_share", r"(?:net\s+)?(?:earnings|income|profit)\s+per\s+(?:common\s+)?share|\bEPS\b"),
    ("foreign_exchange_loss", r"foreign\s+(?:exchange|currency)(?:\s+translation)?\s+loss(?:es)?"),
    ("foreign_exchange_gain", r"foreign\s+(?:exchange|currency)(?:\s+translation)?\s+gains?"),
    (
        "cash_used_in_operations",
        r"cash(?:\s+flows?)?\s+used\s+(?:in|by|for)\s+(?:operating\s+activities|operations)",
    ),
    (
        "cash_from_operations",
        r"cash(?:\s+flows?)?\s+(?:from|provided\s+by|generated\s+(?:by|from))\s+(?:operating\s+activities|operations)"
        r"|operating\s+cash\s+flows?",
    ),
    (
        "working_capital_deficit",
        r"(?:negative|net)?\s*working\s+capital\s+(?:deficit|deficiency)|negative\s+(?:net\s+)?working\s+capital",
    ),
    (
        "working_capital",
        r"(?<!changes\sin\s)(?<!change\sin\s)(?<!non-cash\s)(?:net\s+|unrestricted\s+)?working\s+capital",
    ),
    ("total_assets", r"total\s+assets"),
    (
        "cash",
        r"cash\s+and\s+(?:cash\s+equivalents|short[-\s]term\s+(?:investments|deposits))(?:\s+and\s+[a-z-]+\s+investments)?"
        r"|cash\s+(?:position|balances?|on\s+hand)|(?<!restricted\s)\bcash(?=\s+(?:of|was|were|totall?ed|stood|is|at)\b)",
    ),
    (
        "exercise_proceeds",
        r"exercise\s+of\s+(?:[a-z-]+\s+){0,4}(?:options|warrants)|(?:options|warrants)\s+(?:were\s+)?exercised",
    ),
    (
        "capitalized_expenditure",
        r"capitali[sz]ed|capital\s+expenditures?"
        r"|(?:sustaining|development|growth|expansion)(?:\s+and\s+(?:sustaining|development|growth|expansion))?"
        r"\s+capital\b",
    ),
    (
        "exploration_expenditure",
        r"exploration(?:\s+and\s+(?:evaluation|development))?(?:\s+(?:expenditures?|costs?|expenses?|spending|work))?",
    ),
    ("research_development_expense", r"research\s+and\s+development|\bR&D\b|research"),
    (
        "administrative_expense",
        r"general\s+and\s+administrative(?:\s+(?:expenses?|expenditures?|costs?))?"
        r"|(?:corporate\s+and\s+)?administrat(?:ive|ion)(?:\s+and\s+(?:corporate|general|office))?"
        r"\s+(?:expenses?|expenditures?|costs?)|\bG&A\b",
    ),
    ("revenue", r"(?:total\s+|gross\s+|net\s+)?(?:revenues?|sales)\b"),
    ("net_income", r"net\s+(?:income|earnings|profit)|(?:income|earnings|profit)\s+for\s+the"),
    (
        "other",
        r"(?:impairment|write-?downs?|write-?offs?|operating|derivative|unrealized|realized)\s+(?:loss(?:es)?|gains?)",
    ),
    ("net_loss", r"(?:consolidated\s+|comprehensive\s+)?(?:net\s+)?loss(?:es)?\b(?!\s+(?:on|from)\b)"),
    ("recovery", r"recover(?:y|ies)"),
    ("other", r"payments\s+to\s+related\s+parties|related[-\s]party\s+(?:payments|transactions|fees)"),
    ("adjusted", r"adjusted\s+(?:net\s+)?(?:income|earnings|loss|EBITDA|cash\s+flow)"),
    (
        "other",
        r"(?:income|profit|expenses?|costs|expenditures?|capex|earnings|EBITDA|royalt(?:y|ies)|impairment|write-?downs?|"
        r"amorti[sz]ation|depreciation|margin)\b",
    ),
)
_NAMES = [name for name, _ in _CONCEPTS]
# one word-start test and one test of the first letter before any alternative is tried
CONCEPT_RE = re.compile(
    r"\b(?=[nlepifcowutrgsamd])(?:" + "|".join(f"(?P<c{i}>{pat})" for i, (_, pat) in enumerate(_CONCEPTS)) + ")",
    re.IGNORECASE,
)

# every wording above opens with one of these words: :data:`CONCEPT_RE` is tried only where one starts
# (scanned for in lower case, where the first letters alone rule most positions out)
OPENING_WORDS = (
    r"net|loss|earnings|income|profit|eps|foreign|cash|operating|negative|working|unrestricted|total|"
    r"exercise|options|warrants|capital|sustaining|development|growth|expansion|exploration|research|r&d|"
    r"general|corporate|administrat|g&a|revenue|sales|gross|impairment|write|derivative|unrealized|realized|"
    r"consolidated|comprehensive|recover|payments|related|adjusted|expense|costs|expenditure|capex|ebitda|"
    r"royalt|amorti|depreciation|margin"
)
_OPENING = re.compile(rf"\b(?:{OPENING_WORDS})")


def has_concept_words(low: str) -> bool:
    """Whether a lower-cased text holds any word a concept's wording opens with."""
    return _OPENING.search(low) is not None


def lower(text: str) -> str:
    """``text`` in lower case, letter for letter (so that its offsets stay those of ``text``)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower()[:1] for c in text)


def find_concepts(text: str, start: int = 0, end: int | None = None, low: str | None = None) -> list[re.Match[str]]:
    """The matches of :data:`CONCEPT_RE` in ``text[start:end]`` (``low``: the whole text in lower case,
    when the caller has it)."""
    end = len(text) if end is None else end
    if low is None or len(low) != len(text):
        low, offset = text[start:end].lower(), start
        openings = _OPENING.finditer(low)
    else:
        offset = 0
        openings = _OPENING.finditer(low, start, end)
    out: list[re.Match[str]] = []
    last = start
    match = CONCEPT_RE.match
    for o in openings:
        pos = o.start() + offset
        if pos < last:
            continue
        m = match(text, pos, end)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


BALANCE = frozenset({"cash", "working_capital", "working_capital_deficit", "total_assets"})
PER_SHARE = frozenset({"loss_per_share", "earnings_per_share"})

# the concept a figure takes when its sign is the other way
_FLIP = {
    "net_income": "net_loss",
    "earnings_per_share": "loss_per_share",
    "cash_from_operations": "cash_used_in_operations",
    "working_capital": "working_capital_deficit",
    "foreign_exchange_gain": "foreign_exchange_loss",
}


def concept_of(m: re.Match[str]) -> str:
    """The concept a match of :data:`CONCEPT_RE` names (``recovery`` and ``other`` included)."""
    assert m.lastgroup is not None
    name = _NAMES[int(m.lastgroup[1:])]
    return "other" if name == "adjusted" else name  # a non-GAAP measure is none of the vocabulary


_STOP = frozenset({"and", "or", "a", "an", "the", "of", "in", "its", "our", "for", "total", "consolidated", "was"})
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z-]*)\s+$")


def label_start(text: str, m: re.Match[str]) -> int:
    """Where the label of an ``other`` figure begins: up to two words before its head word
    ("interest income", "operational profit")."""
    start = m.start()
    for _ in range(2):
        w = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if w is None or w.group(1).lower() in _STOP:
            break
        start = w.start(1)
    return start


def flipped(concept: str) -> str:
    """The concept of a negative figure of ``concept``."""
    return _FLIP.get(concept, concept)


_ALT = re.compile(r"\s*\((?P<alt>[^()]{1,20})\)\s*")
_OPPOSITES = {
    "loss": ("gain", "income", "earnings", "profit"),
    "losses": ("gains",),
    "decrease": ("increase",),
    "used in": ("from", "provided by", "generated from"),
    "deficit": ("surplus",),
    "deficiency": ("surplus",),
    "gain": ("loss",),
    "gains": ("losses",),
    "income": ("loss",),
    "earnings": ("loss",),
    "profit": ("loss",),
}


def signed_label(label: str, negative: bool) -> str:
    """The label as it reads for a figure of this sign: "Foreign exchange gain (loss) on cash" reads
    "Foreign exchange loss on cash" for a negative figure and "... gain on cash" otherwise."""
    m = _ALT.search(label)
    if not m:
        return label
    alt = m.group("alt").strip()
    before, after = label[: m.start()], label[m.end() :]
    if not negative:
        return " ".join(f"{before} {after}".split())
    opposites = _OPPOSITES.get(alt.lower(), ())
    words_before = before.split()
    if words_before and words_before[-1].lower() in opposites:
        return " ".join([*words_before[:-1], alt, after]).strip()
    for o in opposites:
        if after.lower().startswith(o + " ") or after.lower() == o:
            return " ".join(f"{before} {alt} {after[len(o) :]}".split())
    return " ".join(f"{before} {alt} {after}".split())


_CASH_ROW = re.compile(r"cash(?:\s+and\s+(?:cash\s+equivalents|short[-\s]term\s+investments))?", re.IGNORECASE)
_PLAIN = frozenset({"cash", "total_assets", "working_capital", "revenue", "net_loss", "net_income"})
_PLAIN_PREFIX = re.compile(r"\s*(?:(?:net|consolidated|basic|diluted|and|total)\s+)*", re.IGNORECASE)
_TAIL_OK = re.compile(
    r"\s*+(?:and\s+comprehensive\s+(?:loss|income)\s*+)?(?:\([^()]*+\))?\s*+"
    r"(?:for\s+the\s+(?:period|year|quarter))?\s*+"
)
_ROW_OTHER_HINT = re.compile(r"restricted|investing|financing|increase|decrease|current\s+assets", re.IGNORECASE)


def row_concept(label: str, negative: bool) -> tuple[str, str | None]:
    """The concept and item of a table row's label for a figure of this sign."""
    text = signed_label(label, negative)
    if _CASH_ROW.fullmatch(text.strip(" :")):
        return "cash", None
    m = CONCEPT_RE.search(text)
    concept = concept_of(m) if m else "other"
    if m and m.start() > 0 and concept in _PLAIN and not _PLAIN_PREFIX.fullmatch(text[: m.start()]):
        # a concept's wording inside a longer label ("Total current assets") is that label's item
        concept = "other"
    if (
        m
        and concept in ("cash", "total_assets", "revenue", "net_loss")
        and not _TAIL_OK.fullmatch(text[m.end() :].rstrip(": "))
    ):
        # "Cash flows used in investing activities" is not cash
        concept = "other"
    if _ROW_OTHER_HINT.search(text) and concept not in ("foreign_exchange_loss", "foreign_exchange_gain"):
        concept = "other"
    if concept in ("recovery",):
        concept = "other"
    # a label naming both signs ("Foreign exchange loss (gain)") has been read for this sign already
    both_signs = negative and signed_label(label, True) != signed_label(label, False)
    if negative and concept != "net_loss" and not both_signs:
        concept = flipped(concept)
    item: str | None = None
    if concept == "other":
        item = text.strip(" :").lower()
    elif concept.startswith("foreign_exchange"):
        on = re.search(r"\b(?:on|from)\s+(.+)$", text)
        item = on.group(1).strip(" :").lower() if on else None
    return concept, item
