"""Extract the release's listings: every exchange and ticker the issuer gives.

Forms read (exchange names per :mod:`.exchanges`):

- exchange then symbol: ``(TSXV: FYL)``, ``(TSX VENTURE:PGR)``, ``(TSX: MND,
  MND.WT)``, ``TSX Venture Exchange: EMR``, ``FRANKFURT/FREIVERKEHR
  XETRA:GSR``, ``TSX-CZN``;
- symbol then exchange: ``(EMR: TSX-V)``, ``(PGOL:OTC)``, ``ZAC: TSX
  Venture; ZCTSF: OTC Markets``, ``Ticker Symbol: EMR-TSX Venture Exchange``;
- prose: ``listed on the TSX Venture Exchange under the symbol "VLLC"``,
  ``in Frankfurt/Berlin with symbol M1W``, ``under the symbol "ABC" on the
  TSX``;
- ``Ticker: CAN / Market: AIM``;
- a label between exchange and ticker: ``TSX Venture Exchange Symbol: ABC``,
  ``ASX Code: XYZ``.

The text is scanned once for exchange names; each form is then tried at or
just before each name. A class of the same security (``MND.WT`` beside
``MND``) is not a second listing. An exchange named without a ticker is no
listing.
"""

from __future__ import annotations

import re

from assay.extract.exchanges import CANDIDATE_RE, EXCHANGE_RUN, at_boundary, exchange_codes
from assay.extract.lexicon import words
from assay.model import Listing, Release
from assay.normalise import Doc

_SYM = r"[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?(?![A-Za-z0-9])"
_NOT_SYMBOL = frozenset(
    words(
        """
    THE AND FOR NOT INC LTD CORP ARE ITS HAS WAS OF ON IN TO AT BY OR AN A I V VENTURE EXCHANGE NEWS
    NOTE PLC USA US CEO CFO AGM NI QP
    """
    )
)
_BEFORE = 80
_MAX_NAMES = 1000  # exchange names looked at; a release names a handful

_RUN = re.compile(EXCHANGE_RUN)
# after the exchange(s)
# a label may stand between the exchange and its colon: "TSX Venture Exchange Symbol: ABC",
# "ASX Code: XYZ", "NYSE American Ticker: ABC"
_THEN_SYMBOL = re.compile(
    rf"(?:[ \t]+(?i:(?:ticker[ \t]+)?symbol|code|ticker|stock[ \t]+code))?(?:[ \t]*:[ \t]*|-)(?P<sym>{_SYM})"
)
_MORE_SYM = re.compile(rf"[ \t]*,[ \t]*({_SYM})")
_UNDER_SYMBOL = re.compile(
    rf"(?:[ \t]*\([^()\n]{{1,20}}\))?[^.\n]{{0,60}}?\b(?:under|with)[ \t]+(?:the[ \t]+)?"
    rf"(?:(?:trading|ticker|stock)[ \t]+)?symbols?[ \t]+[\"']?(?P<sym>{_SYM})"
)
_DELIMITER = re.compile(r"[ \t]*(?:[);,\]|/]|$)", re.M)
# before the exchange(s): the text up to the exchange's name ends with one of these
_SYMBOL_BEFORE = re.compile(
    rf"(?:(?P<ticker>(?i:symbols?)[ \t]*:[ \t]*)(?P<tsym>{_SYM})[ \t]*-[ \t]*"
    rf"|(?P<psym>{_SYM})(?:[ \t]*:[ \t]*|-)"
    rf"|\bsymbols?[ \t]+[\"']?(?P<osym>{_SYM})[\"']?[ \t]+on[ \t]+the[ \t]+"
    rf"|Ticker[ \t]*:[ \t]*(?P<msym>{_SYM})[ \t]*/[ \t]*Market[ \t]*:[ \t]*)$"
)
# what the text before the exchange ends with (spaces aside) for one of those: a cheap test first
_BEFORE_ENDS = (":", "-", "the")
_PAREN_BEFORE = re.compile(r"(?:[(;,\"][ \t]?|^|Symbol:[ \t]?)$", re.M)

_Found = tuple[str, str, int, int, int, int]  # code, symbol, exchange span, symbol span


def extract(doc: Doc, release: Release) -> None:
    """Fill ``release.listings`` from ``doc``."""
    text = doc.text
    found: list[_Found] = []
    covered = 0
    for n, hit in enumerate(CANDIDATE_RE.finditer(text)):
        if n >= _MAX_NAMES:
            break
        s = hit.start()
        if s < covered or not at_boundary(text, s):
            continue
        run = _RUN.match(text, s)
        if run is None:
            continue
        e = run.end()
        covered = e
        codes = exchange_codes(run.group())
        found.extend(_after(text, codes, s, e))
        found.extend(_before(text, codes, s, e))
    _keep(doc, release, found)


def _after(text: str, codes: tuple[str, ...], s: int, e: int) -> list[_Found]:
    out: list[_Found] = []
    m = _THEN_SYMBOL.match(text, e)
    if m is not None:
        spans = [m.span("sym")]
        while len(spans) < 5 and (more := _MORE_SYM.match(text, spans[-1][1])) is not None:
            spans.append(more.span(1))
        for a, b in spans:
            sym = text[a:b]
            if text[b : b + 3].lstrip(" \t").startswith(":") or exchange_codes(sym):
                break
            out.extend((code, sym, s, e, a, b) for code in codes)
        return out
    u = _UNDER_SYMBOL.match(text, e)
    if u is not None and not exchange_codes(u.group("sym")):
        out.extend((code, u.group("sym"), s, e, u.start("sym"), u.end("sym")) for code in codes)
    return out


def _before(text: str, codes: tuple[str, ...], s: int, e: int) -> list[_Found]:
    lo = max(0, s - _BEFORE)
    if not text[lo:s].rstrip(" \t").endswith(_BEFORE_ENDS):
        return []
    m = _SYMBOL_BEFORE.search(text, lo, s)
    if m is None:
        return []
    group = next(g for g in ("tsym", "psym", "osym", "msym") if m.group(g))
    a, b = m.span(group)
    sym = text[a:b]
    if not at_boundary(text, a) or exchange_codes(sym):
        return []
    # "(EMR: TSX-V)": in a parenthesis or list, and the exchange's name ends there
    if group == "psym" and (_PAREN_BEFORE.search(text, max(0, a - 10), a) is None or _DELIMITER.match(text, e) is None):
        return []
    return [(code, sym, s, e, a, b) for code in codes]


def _keep(doc: Doc, release: Release, found: list[_Found]) -> None:
    found.sort(key=lambda f: f[4])
    seen: set[tuple[str, str]] = set()
    kept: list[_Found] = []
    for f in found:
        code, sym = f[0], f[1]
        if not _valid_symbol(sym, code) or (code, sym) in seen:
            continue
        seen.add((code, sym))
        kept.append(f)
    for code, sym, ea, eb, sa, sb in kept:
        if "." in sym and (code, sym.split(".", 1)[0]) in seen:
            continue
        release.listings.append(Listing(exchange=doc.value(code, ea, eb), symbol=doc.value(sym, sa, sb)))


def _valid_symbol(sym: str, code: str) -> bool:
    if sym in _NOT_SYMBOL or not any(c.isalpha() for c in sym):
        return False
    return not (code == "TSX" and sym == "V")
