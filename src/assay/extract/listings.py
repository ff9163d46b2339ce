"""Extract the release's listings: every exchange and ticker the issuer gives.

Forms read (exchange names per :mod:`.exchanges`):

- exchange then symbol: ``(TSXV: FYL)``, ``(TSX VENTURE:PGR)``, ``(TSX: MND,
  MND.WT)``, ``TSX Venture Exchange: EMR``, ``FRANKFURT/FREIVERKEHR
  XETRA:GSR``, ``TSX-CZN``;
- symbol then exchange: ``(EMR: TSX-V)``, ``(PGOL:OTC)``, ``ZAC: TSX
  Venture; ZCTSF: OTC Markets``, ``Ticker Symbol: EMR-TSX Venture Exchange``;
- prose: ``listed on the TSX Venture Exchange under the symbol "VLLC"``,
  ``in Frankfurt/Berlin with symbol M1W``;
- ``Ticker: CAN / Market: AIM``.

A class of the same security (``MND.WT`` beside ``MND``) is not a second
listing. An exchange named without a ticker is no listing.
"""

from __future__ import annotations

import re

from assay.extract.exchanges import EXCHANGE_RUN, exchange_codes
from assay.model import Listing, Release, Value
from assay.normalise import Doc

_SYM = r"[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?(?![A-Za-z0-9])"
_NOT_SYMBOL = frozenset(
    """
    THE AND FOR NOT INC LTD CORP ARE ITS HAS WAS OF ON IN TO AT BY OR AN A I V VENTURE EXCHANGE
    NEWS NOTE PLC USA US CEO CFO AGM NI QP
    """.split()
)

_EXCH_SYM = re.compile(rf"(?P<ex>{EXCHANGE_RUN})(?:[ \t]*:[ \t]*|-)(?P<syms>{_SYM})")
_MORE_SYM = re.compile(rf"[ \t]*,[ \t]*({_SYM})")
_SYM_EXCH = re.compile(
    rf"(?:(?<=[(;,\"])|(?<=[(;,\"][ \t])|(?<=^)|(?<=Symbol:[ \t])|(?<=Symbol:))(?P<sym>{_SYM})"
    rf"(?:[ \t]*:[ \t]*|-)(?P<ex>{EXCHANGE_RUN})(?=[ \t]*(?:[);,\]|/]|$))",
    re.M,
)
_TICKER_SYMBOL = re.compile(
    rf"(?:(?i:ticker|trading|stock)[ \t]+)?(?i:symbols?)[ \t]*:[ \t]*(?P<sym>{_SYM})[ \t]*-[ \t]*(?P<ex>{EXCHANGE_RUN})"
)
_UNDER_SYMBOL = re.compile(
    rf"(?P<ex>{EXCHANGE_RUN})(?:[ \t]*\([^()\n]{{1,20}}\))?[^.\n]{{0,60}}?\b(?:under|with)[ \t]+(?:the[ \t]+)?"
    rf"(?:(?:trading|ticker|stock)[ \t]+)?symbols?[ \t]+[\"']?(?P<sym>{_SYM})"
)
_SYMBOL_ON = re.compile(
    rf"\bsymbols?[ \t]+[\"']?(?P<sym>{_SYM})[\"']?[ \t]+on[ \t]+the[ \t]+(?P<ex>{EXCHANGE_RUN})"
)
_TICKER_MARKET = re.compile(rf"Ticker[ \t]*:[ \t]*(?P<sym>{_SYM})[ \t]*/[ \t]*Market[ \t]*:[ \t]*(?P<ex>{EXCHANGE_RUN})")


def extract(doc: Doc, release: Release) -> None:
    """Fill ``release.listings`` from ``doc``."""
    text = doc.text
    found: list[tuple[str, str, int, int, int, int]] = []  # code, symbol, ex span, sym span

    for m in _EXCH_SYM.finditer(text):
        codes = exchange_codes(m.group("ex"))
        spans = [m.span("syms")]
        while len(spans) < 5 and (more := _MORE_SYM.match(text, spans[-1][1])) is not None:
            spans.append(more.span(1))
        for a, b in spans:
            sym = text[a:b]
            if text[b : b + 3].lstrip(" \t").startswith(":") or exchange_codes(sym):
                break
            for code in codes:
                found.append((code, sym, m.start("ex"), m.end("ex"), a, b))
    for rx in (_SYM_EXCH, _TICKER_SYMBOL, _UNDER_SYMBOL, _SYMBOL_ON, _TICKER_MARKET):
        for m in rx.finditer(text):
            if exchange_codes(m.group("sym")):
                continue
            for code in exchange_codes(m.group("ex")):
                found.append((code, m.group("sym"), m.start("ex"), m.end("ex"), m.start("sym"), m.end("sym")))

    found.sort(key=lambda f: f[4])
    seen: set[tuple[str, str]] = set()
    kept: list[tuple[str, str, int, int, int, int]] = []
    for f in found:
        code, sym = f[0], f[1]
        if not _valid_symbol(sym, code) or (code, sym) in seen:
            continue
        seen.add((code, sym))
        kept.append(f)
    for code, sym, ea, eb, sa, sb in kept:
        base = sym.split(".", 1)[0]
        if "." in sym and (code, base) in seen:
            continue
        release.listings.append(Listing(exchange=doc.value(code, ea, eb), symbol=_symbol(doc, sym, sa, sb)))


def _valid_symbol(sym: str, code: str) -> bool:
    if sym in _NOT_SYMBOL or not any(c.isalpha() for c in sym):
        return False
    return not (code == "TSX" and sym.startswith("V") and len(sym) <= 1)


def _symbol(doc: Doc, sym: str, a: int, b: int) -> Value[str]:
    return doc.value(sym.upper(), a, b)
