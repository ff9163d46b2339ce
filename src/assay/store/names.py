"""Keys that make two spellings of one name compare equal."""

from __future__ import annotations

import re
import unicodedata

LEGAL_SUFFIXES = frozenset(
    {"CORPORATION", "CORP", "INC", "INCORPORATED", "LTD", "LIMITED", "LTEE", "LLC", "PLC", "SA", "AG", "NL"}
    | {"PTY", "ULC", "LP", "CO", "COMPANY", "NV", "BV", "GMBH", "AB", "ASA", "SPA", "SE"}
)
_NON_WORD = re.compile(r"[^A-Z0-9& ]+")
_SPACES = re.compile(r"\s+")
_PROPERTY_WORDS = frozenset({"PROPERTY", "PROPERTIES", "PROJECT", "CLAIMS", "THE"})


def _words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").upper()
    folded = _NON_WORD.sub(" ", folded.replace("'", "").replace(".", "").replace("-", " "))
    return _SPACES.sub(" ", folded.replace("&", " AND ")).split()


def company_key(name: str) -> str:
    """``"Emgold Mining Corporation"``, ``"EMGOLD MINING CORP."`` → ``"EMGOLD MINING"``."""
    words = _words(name)
    if words and words[0] == "THE":
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def has_legal_suffix(name: str) -> bool:
    """Whether a name ends with a legal form (Inc., Ltd., Corp., ...)."""
    words = _words(name)
    return len(words) > 1 and words[-1] in LEGAL_SUFFIXES


def person_key(name: str) -> str:
    """``"David G. Watkinson"`` → ``"DAVID G WATKINSON"``."""
    return " ".join(_words(name))


def property_key(name: str) -> str:
    """``"the Idaho-Maryland Property"`` → ``"IDAHO MARYLAND"``."""
    words = [w for w in _words(name) if w not in _PROPERTY_WORDS]
    return " ".join(words) or " ".join(_words(name))


def is_upper(name: str) -> bool:
    """Whether a name is written in capitals only (a letterhead, say)."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)
