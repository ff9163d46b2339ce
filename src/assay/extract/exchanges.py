"""Stock exchanges as releases name them, mapped to the record's codes."""

from __future__ import annotations

import re

# code -> pattern of its names; tried in this order at each position
_ALIASES: tuple[tuple[str, str], ...] = (
    ("TSXV", r"(?i:TSX[ .\-]?V(?:enture)?(?:[ ]+Exchange)?(?![A-Za-z])|Canadian[ ]+Venture[ ]+Exchange)|TSXV|CDNX"),
    ("TSX", r"(?i:Toronto[ ]+Stock[ ]+Exchange)|TSX"),
    ("CSE", r"(?i:Canadian[ ]+Securities[ ]+Exchange)|CSE|CNSX"),
    ("NEO", r"(?i:Cboe[ ]+Canada|NEO[ ]+Exchange)|NEO"),
    (
        "OTC",
        r"(?i:OTC[ ]?(?:QB|QX)(?:[ ]+Venture[ ]+Market)?|OTC[ ]?Pink|OTC[ \-]?BB|OTC[ ]+Bulletin[ ]+Board"
        r"|OTC[ ]+Markets?(?:[ ]+Group)?|OTCPK|Pink[ ]+Sheets|OTC(?![A-Za-z]))",
    ),
    (
        "NYSE_AMERICAN",
        r"(?i:NYSE[ ]?American|NYSE[ ]?MKT|NYSE[ ]?Amex|American[ ]+Stock[ ]+Exchange)|NYSE-A(?![A-Za-z])|AMEX",
    ),
    ("NYSE", r"(?i:New[ ]+York[ ]+Stock[ ]+Exchange)|NYSE"),
    ("NASDAQ", r"(?i:NASDAQ)"),
    ("ASX", r"(?i:Australian[ ]+Securities[ ]+Exchange)|ASX"),
    ("AIM", r"AIM"),
    ("LSE", r"(?i:London[ ]+Stock[ ]+Exchange)|LSE"),
    ("FSE", r"(?i:Frankfurt(?:[ ]+Stock)?(?:[ ]+Exchange)?|Freiverkehr|Xetra)|FSE|FRA|FWB"),
    ("JSE", r"(?i:Johannesburg[ ]+Stock[ ]+Exchange)|JSE"),
    ("BVL", r"(?i:Lima[ ]+Stock[ ]+Exchange|Bolsa[ ]+de[ ]+Valores[ ]+de[ ]+Lima)|BVL"),
    ("OTHER", r"(?i:Berlin|Stuttgart|Munich|Dusseldorf|Hamburg)(?:[ ]+(?:Stock[ ]+)?Exchange)?|BMV"),
)

CODES = {name: ("NYSE-AMERICAN" if name == "NYSE_AMERICAN" else name) for name, _ in _ALIASES}

EXCHANGE = "|".join(f"(?P<{name}>{rx})" for name, rx in _ALIASES)
EXCHANGE_RE = re.compile(rf"(?<![A-Za-z0-9])(?:{EXCHANGE})(?![a-z0-9])")
# one or more exchanges named together: "Frankfurt/Berlin", "FRANKFURT/FREIVERKEHR XETRA"
_ANY = "|".join(f"(?:{rx})" for _, rx in _ALIASES)
_ONE = rf"(?<![A-Za-z0-9])(?:{_ANY})(?![a-z0-9])"
EXCHANGE_RUN = rf"{_ONE}(?:[ ]*/[ ]*{_ONE}|[ ]{_ONE}){{0,3}}"


def exchange_codes(run: str) -> list[str]:
    """The codes of the exchanges named in ``run``, in order, without repeats."""
    out: list[str] = []
    for m in EXCHANGE_RE.finditer(run):
        code = CODES[m.lastgroup or ""]
        if code not in out:
            out.append(code)
    return out
