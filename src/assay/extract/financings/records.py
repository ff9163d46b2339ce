"""Records of the classes: each class with its offering's terms, as Values with spans."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assay.extract.financings import attached as attached_mod
from assay.extract.financings import fees as fees_mod
from assay.extract.financings import offering, warrants
from assay.extract.financings.classes import OFFER_CONTEXT
from assay.extract.financings.scan import lowered
from assay.extract.financings.securities import Mention, is_gross, security_type
from assay.extract.text import Piece
from assay.model import Financing, Release, Value
from assay.normalise import Doc
from assay.parse.money import Money, find_money, stated_currency

_HEADLINE_RE = re.compile(
    r"[^\n]{0,200}?(?:closes|completes|announces|closing|private\s+placement|financing|offering)[^\n]{0,200}",
    re.IGNORECASE,
)
_CONVERSION_LEAD = re.compile(
    r"(?:conversion|convertible(?:\s+into)?|convert(?:ed)?\s+into)[^.;]{0,80}?(?:price\s+of|at)\s*$", re.IGNORECASE
)
_INTEREST_RE = re.compile(
    r"(?:interest|coupon)\s+(?:at\s+(?:a\s+rate\s+of\s+)?|of\s+|rate\s+of\s+)?(?P<rate>\d{1,2}(?:\.\d+)?)\s*%"
    r"|(?P<rate2>\d{1,2}(?:\.\d+)?)\s*%\s*(?:per\s+annum\s+)?(?:interest|coupon|(?:unsecured\s+)?convertible)",
    re.IGNORECASE,
)
_RUNNING_TOTAL = re.compile(
    r"together\s+with\s+the\s+(?:first|second|third|previous|prior|earlier|initial)|bringing\b|brings\b|"
    r"to\s+date\b|cumulative|all\s+(?:the\s+)?(?:tranches|closings)|in\s+(?:total|aggregate)\b|"
    r"(?:both|three|two)\s+tranches",
)
_APPROXIMATE = re.compile(
    r"(?:approximately|about|approx\.?|roughly|some|over|more\s+than|in\s+excess\s+of|nearly|almost|~|"
    r"minimum\s+of|at\s+least)\s*$",
    re.IGNORECASE,
)
# what an amount naming its currency has
_CURRENCY_HINT = re.compile(
    r"(?:C|CA|CAD|CDN|Cdn|Can|US|U\.S\.|USD|A|AU|AUD|NZ|HK) ?\$|CAD|CDN|USD|AUD|GBP|EUR|[Dd]ollars|£|€"
)
_STATEMENT_HINT = re.compile(r"amounts|figures|references")
_UNIT_CLASSES = ("units", "flow_through_units")


def _val(doc: Doc, value: Any, start: int, end: int) -> Value[Any]:
    return doc.value(value, start, end)


def _computed(value: Any, note: str) -> Value[Any]:
    return Value(value, None, note)


def _status(doc: Doc, low: str, sents: list[Piece], i: int, release: Release) -> Value[str]:
    text = doc.text
    st = offering.status(low, sents[i])
    if st:
        return _val(doc, st, sents[i].start, sents[i].end)
    j = i - 1
    while j >= 0 and i - j <= 4 and "\n\n" not in text[sents[j].end : sents[j + 1].start]:
        st = offering.status(low, sents[j])
        if st:
            return _val(doc, st, sents[j].start, sents[j].end)
        j -= 1
    if release.headline is not None:
        h = release.headline.value
        st = offering.status(h.lower(), Piece(0, len(h), h))
        if st:
            return Value(st, release.headline.span)
    else:
        m = _HEADLINE_RE.search(text, 0, min(len(text), 600))
        if m:
            st = offering.status(low, Piece(m.start(), m.end(), m.group(0)))
            if st:
                return _val(doc, st, m.start(), m.end())
    for s in sents[:i]:
        st = offering.status(low, s)
        if st and OFFER_CONTEXT.search(low, s.start, s.end):
            return _val(doc, st, s.start, s.end)
    return _computed("announced", "no closing stated")


def record(doc: Doc, low: str, sents: list[Piece], c: Mention, release: Release) -> Financing:
    text = doc.text
    f = Financing()
    f.status = _status(doc, low, sents, c.sentence, release)
    f.security = _val(doc, c.security, c.start, c.start + len(text[c.start : c.end].split("(")[0].rstrip()))
    if c.count is not None and c.count_span is not None:
        f.count = _val(doc, c.count, *c.count_span)
        if c.up_to:
            f.extras["up_to"] = _val(doc, True, *c.count_span)
    elif c.price is not None and c.gross is not None:
        n = _exact_count(text, c.price, c.gross)
        if n is not None:
            f.count = _computed(n, "gross proceeds / price")
            if c.gross.up_to:
                f.extras["up_to"] = _val(doc, True, c.gross.start, c.gross.end)
    if c.price is not None:
        f.price = _val(doc, c.price.amount, c.price.start, c.price.end)
    if c.gross is not None:
        f.gross_proceeds = _val(doc, c.gross.amount, c.gross.start, c.gross.end)
        if c.gross.up_to:
            f.extras["up_to"] = _val(doc, True, c.gross.start, c.gross.end)
    elif c.count is not None and c.price is not None:
        f.gross_proceeds = _computed(round(c.count * c.price.amount, 2), "count x price")
    if c.offered is not None:
        f.extras["offering_max_count"] = _val(doc, *c.offered)
    if c.combined is not None:
        f.extras["offering_gross_proceeds"] = _val(doc, c.combined.amount, c.combined.start, c.combined.end)
    for m in (c.price, c.gross, c.combined):
        if m is not None and m.currency:
            f.currency = _val(doc, m.currency, m.start, m.end)
            break
    return f


def _exact_count(text: str, price: Money, gross: Money) -> float | None:
    """The count an offering's proceeds and price give, when they divide exactly and are not approximate."""
    if price.amount <= 0 or _APPROXIMATE.search(text, max(0, gross.start - 25), gross.start):
        return None
    n = gross.amount / price.amount
    whole = round(n)
    if whole < 1 or abs(n - whole) > 1e-4:
        return None
    return float(whole)


def _currency_fallback(doc: Doc, low: str, fin_pieces: list[Piece]) -> Value[str] | None:
    """The currency the release pins its offering amounts to, if it does."""
    text = doc.text
    # the statement reads "all amounts ...", "dollar figures ...", "references to ..."
    stated = stated_currency(text) if _STATEMENT_HINT.search(low) else None
    if stated is not None:
        return _val(doc, stated[0], stated[1], stated[2])
    seen: dict[str, Money] = {}
    for s in fin_pieces:
        if not _CURRENCY_HINT.search(text, s.start, s.end):
            continue  # no amount here names its currency
        for m in find_money(text, s.start, s.end):
            if m.currency:
                seen.setdefault(m.currency, m)
    if len(seen) == 1:
        m = next(iter(seen.values()))
        return _val(doc, m.currency, m.start, m.end)
    return None


def offering_terms(
    doc: Doc,
    low: str,
    sents: list[Piece],
    fin_pieces: list[Piece],
    classes: list[Mention],
    records: list[Financing],
    release: Release,
    tr: tuple[str, int, int] | None,
) -> None:
    text = doc.text
    release_date: dt.date | None = release.release_date.value if release.release_date is not None else None
    first_start = min(c.start for c in classes)
    after = [s for s in fin_pieces if s.end > first_start]
    scope_start = min(s.start for s in after) if after else 0

    currency = _currency_fallback(doc, low, fin_pieces)
    broker_doc = _doc_brokered(doc, low, fin_pieces)
    kind = offering.kind(low, fin_pieces)
    comps = warrants.compositions(text, low, fin_pieces)
    terms = warrants.warrant_terms(text, low, fin_pieces, release_date)
    hold, free = offering.hold_period(text, low, fin_pieces, release_date, scope_start)
    fees = fees_mod.find_fees(text, low, after or fin_pieces)
    shares = any(c.security == "shares" for c in classes)
    att = attached_mod.attached(text, low, fin_pieces, sents, release_date) if shares else None

    for c, f in zip(classes, records, strict=True):
        if f.currency is None and currency is not None:
            f.currency = currency
        if f.status is not None and f.status.value == "closed" and tr is not None:
            f.tranche = _val(doc, tr[0], tr[1], tr[2])
        s = sents[c.sentence]
        # in a sentence of several offerings, the words just before a class name its offering
        # ("... and a concurrent non-brokered private placement of 2,000,000 flow-through shares")
        several = sum(1 for o in classes if o.sentence == c.sentence) > 1
        b = offering.brokered(low, s.start, c.start, last=True) if several else None
        b = b or offering.brokered(low, s.start, s.end)
        if b is not None and b[0] is not None:
            f.brokered = _val(doc, b[0], b[1], b[2])
        elif b is None and broker_doc is not None:
            f.brokered = broker_doc
        k = (offering.kind(low, [Piece(s.start, c.start, "")], nearest=True) if several else None) or kind
        if k is not None:
            f.extras["offering_type"] = _val(doc, k[0], k[1], k[2])
        if c.security in _UNIT_CLASSES:
            _unit_terms(doc, c, f, comps, terms)
        elif c.security == "shares" and att is not None:
            _attached_terms(doc, c, f, att, terms)
        if c.security == "convertible_debentures":
            _debenture_terms(doc, fin_pieces, f)
        life = f.extras.get("offering_type") is not None and f.extras["offering_type"].value == "life"
        if hold is not None and free != "all" and not (free == "life" and life):
            f.hold_period_months = _val(doc, hold.months, hold.start, hold.end)
            if hold.from_date:
                f.hold_period_months = Value(hold.months, doc.span(hold.start, hold.end), "months to the expiry date")
    if records:
        _fees(doc, fees, records[0], classes, records)
        _extras(doc, low, fin_pieces, records)
        _running_total(doc, low, sents, classes, records)


def _doc_brokered(doc: Doc, low: str, pieces: list[Piece]) -> Value[bool] | None:
    """Brokerage as the whole release states it; nothing when it states a mix."""
    found: list[tuple[bool | None, int, int]] = []
    for s in pieces:
        b = offering.brokered(low, s.start, s.end)
        if b is not None:
            found.append(b)
    if not found or len({b[0] for b in found}) > 1:
        return None
    value, start, end = found[0]
    return None if value is None else _val(doc, value, start, end)


def _unit_terms(
    doc: Doc, c: Mention, f: Financing, comps: list[warrants.Composition], terms: list[warrants.WarrantTerms]
) -> None:
    comp = next((x for x in comps if x.security == c.security), None)
    if comp is None:
        comp = next((x for x in comps if x.security == "units"), None) if c.security == "units" else None
    if comp is None and len(comps) == 1 and comps[0].label.strip().lower() in ("unit", "units"):
        comp = comps[0]  # "each unit consists of ...", said once of every class of units
    if comp is not None:
        f.warrants_per_unit = _val(doc, comp.per_unit, comp.start, comp.end)
    t = (
        next((x for x in terms if x.security == c.security), None)
        or next((x for x in terms if x.security is None), None)
        or (terms[0] if terms else None)
    )
    if t is None:
        return
    if t.price is not None:
        f.warrant_exercise_price = _val(doc, t.price.amount, t.price.start, t.price.end)
    if t.term is not None:
        note = "months to the expiry date" if t.term.from_date else None
        f.warrant_term_months = Value(t.term.months, doc.span(t.term.start, t.term.end), note)


def _attached_terms(
    doc: Doc, c: Mention, f: Financing, att: attached_mod.Attached, terms: list[warrants.WarrantTerms]
) -> None:
    """Options or warrants sold with shares: per share, exercise price and term."""
    if att.per_share is not None:
        f.warrants_per_unit = _val(doc, att.per_share, att.start, att.end)
    elif att.warrant_shares is not None and c.count:
        per = att.warrant_shares / c.count
        if not 0 < per <= 5:
            return
        f.warrants_per_unit = Value(round(per, 6), doc.span(att.start, att.end), "warrant shares / shares sold")
    else:
        return
    t = next((x for x in terms if x.security is None), None)
    price = att.price or (t.price if t is not None else None)
    term = att.term or (t.term if t is not None else None)
    if price is not None:
        f.warrant_exercise_price = _val(doc, price.amount, price.start, price.end)
    if term is not None:
        note = "months to the expiry date" if term.from_date else None
        f.warrant_term_months = Value(term.months, doc.span(term.start, term.end), note)


def _debenture_terms(doc: Doc, pieces: list[Piece], f: Financing) -> None:
    text = doc.text
    for s in pieces:
        if "debenture" not in text[s.start : s.end].lower() and "conver" not in text[s.start : s.end].lower():
            continue
        if "conversion_price" not in f.extras:
            for m in find_money(text, s.start, s.end):
                if _CONVERSION_LEAD.search(text, max(s.start, m.start - 120), m.start):
                    f.extras["conversion_price"] = _val(doc, m.amount, m.start, m.end)
                    break
        if "interest_rate_pct" not in f.extras:
            r = _INTEREST_RE.search(text, s.start, s.end)
            if r:
                g = "rate" if r.group("rate") else "rate2"
                f.extras["interest_rate_pct"] = _val(doc, float(r.group(g)), r.start(g), r.end(g))


def _fees(doc: Doc, fees: fees_mod.Fees, f: Financing, classes: list[Mention], records: list[Financing]) -> None:
    finders = offering.agents(doc.text, lowered(doc.text), fees.sentences, paid_to=True) if fees.sentences else None
    if finders is not None:
        f.extras["finders"] = _val(doc, finders[0], finders[1], finders[2])
    if fees.none_paid is not None and not fees.cash and not fees.warrants:
        f.extras["finder_fees_paid"] = _val(doc, False, *fees.none_paid)
        return
    cash = [(m.amount, m.start, m.end) for m in fees.cash]
    for k, (amounts, scopes) in enumerate(((cash, fees.cash_scope), (fees.warrants, fees.warrant_scope))):
        parts = _by_class(amounts, scopes, records) if len(records) > 1 else {}
        if not parts:
            parts = {0: amounts}
        for i, items in parts.items():
            value = _fee_value(doc, items, "sum of the fees stated" if k == 0 else "sum of the warrants stated")
            if value is None:
                continue
            if k == 0:
                records[i].finder_fee_cash = value
            else:
                records[i].finder_warrants = value
    if fees.shares:
        n, a, b = fees.shares[0]
        f.extras["finder_fee_shares"] = _val(doc, n, a, b)
    if fees.pct is not None:
        pct, a, b = fees.pct
        f.extras["finder_fee_pct"] = _val(doc, pct, a, b)
        closed = f.status is not None and f.status.value == "closed"
        if f.finder_fee_cash is None and fees.pct_base_stated and closed and not fees.conditional:
            base = _stated_base(classes, records)
            if base is not None:
                f.finder_fee_cash = Value(
                    round(base * pct / 100, 2), doc.span(a, b), f"{pct:g}% of gross proceeds of {base:,.2f}"
                )
    if fees.warrant_pct is not None:
        pct, a, b = fees.warrant_pct
        f.extras["finder_warrants_pct"] = _val(doc, pct, a, b)
        closed = f.status is not None and f.status.value == "closed"
        counts = [c.count for c in classes]
        known = all(n is not None and not c.up_to for n, c in zip(counts, classes, strict=True))
        if f.finder_warrants is None and fees.warrant_pct_base_stated and closed and not fees.conditional and known:
            sold = sum(n for n in counts if n is not None)
            f.finder_warrants = Value(
                float(round(sold * pct / 100)), doc.span(a, b), f"{pct:g}% of {sold:,.0f} securities sold"
            )


def _fee_value(doc: Doc, items: list[tuple[float, int, int]], note: str) -> Value[Any] | None:
    """One fee from the amounts stated for it: the amount, or their total."""
    if not items:
        return None
    if len(items) == 1:
        return _val(doc, *items[0])
    amounts = [a for a, _, _ in items]
    top = max(amounts)
    # "an aggregate of $15,000, being $10,000 to A and $5,000 to B": the aggregate
    total = top if abs(sum(amounts) - 2 * top) <= 0.005 * top else sum(amounts)
    return Value(total, doc.span(items[0][1], items[-1][2]), note)


def _by_class(
    items: list[tuple[float, int, int]], scopes: list[str | None], records: list[Financing]
) -> dict[int, list[tuple[float, int, int]]]:
    """Fees stated class by class, each with its class; empty when the release states none so.

    A fee stated for no class is the offering's total when it equals the classes' fees together,
    and otherwise goes to the first class if that has none of its own."""
    out: dict[int, list[tuple[float, int, int]]] = {}
    loose: list[tuple[float, int, int]] = []
    for item, scope in zip(items, scopes, strict=True):
        i = _class_of(scope, records) if scope is not None else None
        if i is None:
            loose.append(item)
        else:
            out.setdefault(i, []).append(item)
    if not out:
        return {}
    scoped = sum(a for group in out.values() for a, _, _ in group)
    rest = [x for x in loose if abs(x[0] - scoped) > 0.005 * scoped]
    if rest and 0 not in out:
        out[0] = rest
    return out


def _class_of(scope: str, records: list[Financing]) -> int | None:
    """The one record whose class a phrase ("the FT Units", "the flow-through portion") names."""
    kinds = [f.security.value if f.security is not None else "" for f in records]
    if scope.endswith(("portion", "component")):
        ft = security_type(f"{scope} shares").startswith("flow_through")
        found = [i for i, k in enumerate(kinds) if k.startswith("flow_through") == ft]
    else:
        kind = security_type(scope)
        found = [i for i, k in enumerate(kinds) if k == kind]
    return found[0] if len(found) == 1 else None


def _stated_base(classes: list[Mention], records: list[Financing]) -> float | None:
    """The offering's stated gross proceeds, when the release states them."""
    combined = next((c.combined for c in classes if c.combined is not None), None)
    if combined is not None and not combined.up_to:
        return combined.amount
    if any(c.gross is None or c.gross.up_to for c in classes):
        return None
    return sum(c.gross.amount for c in classes if c.gross is not None)


def _running_total(doc: Doc, low: str, sents: list[Piece], classes: list[Mention], records: list[Financing]) -> None:
    """The proceeds of all tranches together, when the release adds them up."""
    text = doc.text
    own = {c.sentence for c in classes}
    first = min(c.sentence for c in classes)
    for i in range(first, min(len(sents), first + 12)):
        s = sents[i]
        if i in own or not _RUNNING_TOTAL.search(low, s.start, s.end):
            continue
        for m in find_money(text, s.start, s.end):
            if is_gross(text, m, s.start):
                for f in records:
                    f.extras["running_total"] = _val(doc, m.amount, m.start, m.end)
                return


def _extras(doc: Doc, low: str, pieces: list[Piece], records: list[Financing]) -> None:
    text = doc.text
    use = offering.use_of_proceeds(text, low, pieces)
    ins = offering.insiders(low, pieces)
    ag = offering.agents(text, low, pieces)
    for f in records:
        if use is not None:
            f.extras["use_of_proceeds"] = _val(doc, use[0], use[1], use[2])
        if ins is not None:
            f.extras["insider_participation"] = _val(doc, True, ins.start, ins.end)
        if ag is not None:
            f.extras["agents"] = _val(doc, ag[0], ag[1], ag[2])
