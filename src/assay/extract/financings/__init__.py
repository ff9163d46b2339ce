"""Extract the release's financings: one record per class of security offered.

The sentences about an offering are found first; in them, counts of
securities with their prices are the classes (:mod:`.securities`). Each class
then takes its offering's terms: status, tranche and brokerage
(:mod:`.offering`), unit composition and warrant terms (:mod:`.warrants`),
finder's fees (:mod:`.fees`) and hold period (:mod:`.offering`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from assay.check.tolerance import agrees
from assay.extract.financings import fees as fees_mod
from assay.extract.financings import offering, warrants
from assay.extract.financings.securities import (
    Mention,
    attach_prices,
    count_mentions,
    is_gross,
    is_price,
    price_only_mentions,
    security_type,
)
from assay.extract.text import Piece, paragraphs, sentences
from assay.model import Financing, Release, Value
from assay.normalise import Doc
from assay.parse.money import Money, find_money, stated_currency

# Searched in the lower-cased text: plain alternations without IGNORECASE scan fast.
_GATE = re.compile(
    r"placement|offering|financing|tranche|bought\s+deal|flow[- ]?through|debenture|subscription\s+receipt|"
    r"gross\s+proceeds|units\b"
)
_ANCHOR = re.compile(
    r"proceeds|price\s+of|per\s+(?:[a-z-]+\s+){0,3}?(?:unit|share|debenture|receipt)|principal\s+amount|\bat\s+\$"
)
_FIN_SENTENCE = re.compile(
    r"placement|offering|financing|tranche|bought\s+deal|flow[- ]?through|debenture|subscri|prospectus|"
    r"underwrit|\bunits?\b|warrant|finder|commission|hold\s+period|resale|proceeds|rais(?:e|ed|ing)\b|"
    r"(?:lead|sole|co-lead)\s+agent|\bas\s+agents?\b|bookrunner"
)
_GATE_CONTEXT = re.compile(
    r"placement|offering|financing|tranche|bought\s+deal|flow[- ]?through|debenture|subscri|rais(?:e|ed|ing)\b|"
    r"prospectus|underwrit|units?\b"
)
_BOILERPLATE = re.compile(
    r"forward[- ]looking|securities\s+act\s+of\s+1933|not\s+been\s+(?:and\s+will\s+not\s+be\s+)?registered|"
    r"does\s+not\s+constitute\s+an\s+offer|neither\s+(?:the\s+)?tsx|cautionary|not\s+for\s+(?:distribution|dissemination)"
)
# Bounds that keep the work linear on inputs that are no release at all.
_READ_CHARS = 60_000  # read at most this much of a release's offering paragraphs
_PARAGRAPH_CHARS = 12_000
_SENTENCE_CHARS = 2_000
_MAX_CLASSES = 16
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_OFFER_CONTEXT = re.compile(
    r"placement|offering|financing|tranche|bought\s+deal|subscri|rais(?:e|ed|ing)\b|prospectus|underwrit|"
    r"\blife\b|flow[- ]?through|gross\s+proceeds|debenture",
)
_SECURITY_WORD = re.compile(
    r"(?:convertible\s+)?debentures?|flow[- ]?through\s+(?:units?|shares?)|\bunits\b|common\s+shares|"
    r"subscription\s+receipts?",
    re.IGNORECASE,
)
_NOT_AN_OFFERING = re.compile(r"exercis|settle|\bdebt\b|consideration|acquisition|in\s+exchange\s+for")
_HEADLINE_RE = re.compile(
    r"[^\n]{0,200}?(?:closes|completes|announces|closing|private\s+placement|financing|offering)[^\n]{0,200}",
    re.IGNORECASE,
)
_CONVERSION_LEAD = re.compile(
    r"(?:conversion|convertible\s+into|convert(?:ed)?\s+into)[^.;]{0,80}?(?:price\s+of|at)\s*$", re.IGNORECASE
)
_INTEREST_RE = re.compile(
    r"(?:interest|coupon)\s+(?:at\s+(?:a\s+rate\s+of\s+)?|of\s+|rate\s+of\s+)?(?P<rate>\d{1,2}(?:\.\d+)?)\s*%"
    r"|(?P<rate2>\d{1,2}(?:\.\d+)?)\s*%\s*(?:per\s+annum\s+)?(?:interest|coupon|(?:unsecured\s+)?convertible)",
    re.IGNORECASE,
)
_RUNNING_TOTAL = re.compile(
    r"together\s+with\s+the\s+(?:first|second|third|previous|prior|earlier|initial)|bringing\b|brings\b|"
    r"to\s+date\b|cumulative|all\s+(?:the\s+)?(?:tranches|closings)|in\s+total\b|(?:both|three|two)\s+tranches",
)
_STATEMENT_HINT = re.compile(r"amounts|figures|references")
_TRANCHE_WORDS = re.compile(r"first|second|third|fourth|fifth|final|initial|last|1st|2nd|3rd|4th", re.IGNORECASE)
_UNIT_CLASSES = ("units", "flow_through_units")


def _val(doc: Doc, value: Any, start: int, end: int) -> Value[Any]:
    return doc.value(value, start, end)


def _computed(value: Any, note: str) -> Value[Any]:
    return Value(value, None, note)


# --- classes -----------------------------------------------------------------


def _has_context(low: str, sents: list[Piece], i: int) -> bool:
    if _OFFER_CONTEXT.search(low, sents[i].start, sents[i].end):
        return True
    return i > 0 and bool(_OFFER_CONTEXT.search(low, sents[i - 1].start, sents[i - 1].end))


def _find_classes(
    text: str, low: str, sents: list[Piece], fin: list[int]
) -> tuple[list[Mention], list[Mention], dict[int, Money]]:
    """Priced classes, counts without a price, and each sentence's stated proceeds."""
    priced: list[Mention] = []
    unpriced: list[Mention] = []
    totals: dict[int, Money] = {}
    price_only: list[Mention] = []
    for i in fin:
        s = sents[i]
        ms = count_mentions(text, low, s.start, s.end, i)
        if ms and not _has_context(low, sents, i):
            ms = []
        free = attach_prices(text, ms, s.start, s.end)
        gross_free = [m for m in free if is_gross(text, m, s.start)]
        here = [m for m in ms if m.price is not None]
        priced.extend(here)
        unpriced.extend(m for m in ms if m.price is None)
        if gross_free:
            totals[i] = gross_free[0]
        if not here and _OFFER_CONTEXT.search(low, s.start, s.end):
            for p in price_only_mentions(text, low, s.start, s.end, i, free):
                p.gross = gross_free[0] if gross_free else None
                price_only.append(p)
    return priced + price_only, unpriced, totals


def _mentions_tranche(text: str, m: Mention, words: set[str]) -> bool:
    window = text[max(0, m.start - 80) : m.end + 120].lower()
    return any(re.search(rf"\b{w}\b[^.;]{{0,30}}?(?:tranche|closing)", window) for w in words)


def _dedupe(classes: list[Mention], text: str, tranche_words: set[str]) -> list[Mention]:
    """One mention per class: a class restated, or given once per tranche, is one class."""
    out: list[Mention] = []
    for c in classes:
        same = next(
            (
                o
                for o in out
                if o.security == c.security
                and o.price is not None
                and c.price is not None
                and abs(o.price.amount - c.price.amount) < 1e-9
            ),
            None,
        )
        if same is None:
            out.append(c)
            continue
        k = out.index(same)
        if c.count is None or same.count == c.count:
            if same.gross is None:
                same.gross = c.gross
        elif same.count is None:
            out[k] = c
        elif tranche_words:
            if _mentions_tranche(text, c, tranche_words) and not _mentions_tranche(text, same, tranche_words):
                out[k] = c
        elif re.search(r"upsiz|increas|amend", text, re.IGNORECASE):
            out[k] = c  # a resized offering: the later terms stand
    return out


def _pick_count(text: str, c: Mention, counts: list[Mention], tranche_words: set[str]) -> Mention | None:
    cands = [u for u in counts if u.security == c.security and u.count is not None]
    if not cands:
        return None
    if tranche_words:
        for u in cands:
            if _mentions_tranche(text, u, tranche_words):
                return u
    if c.price is not None:
        for u in cands:
            if u.gross is not None and u.count is not None and agrees(u.count * c.price.amount, u.gross.amount):
                return u
    return cands[0]


def _priced_later(text: str, low: str, sents: list[Piece], unpriced: list[Mention]) -> list[Mention]:
    """A count whose price the next sentence gives ("Each Unit will be priced at $0.125")."""
    for u in unpriced:
        if not _has_context(low, sents, u.sentence):
            continue
        for j in (u.sentence, u.sentence + 1):
            if j >= len(sents):
                break
            s = sents[j]
            for m in find_money(text, max(s.start, u.end), s.end):
                if is_price(text, m, s.start) and (m.per is None or m.per in u.label.lower()):
                    u.price = m
                    u.end = max(u.end, m.end) if j == u.sentence else u.end
                    return [u]
    return []


def _closed_part(text: str, c: Mention, counts: list[Mention], tranche_words: set[str]) -> None:
    """An offering of "up to" N of which a part closed: the part closed is the class's count."""
    for u in counts:
        if u.security != c.security or u.up_to or u.count is None or c.count is None or u.count >= c.count:
            continue
        fits = u.gross is not None and c.price is not None and agrees(u.count * c.price.amount, u.gross.amount)
        if fits or (tranche_words and _mentions_tranche(text, u, tranche_words)):
            if c.count_span is not None:
                c.offered = (c.count, *c.count_span)
            c.count, c.count_span, c.up_to = u.count, u.count_span, False
            c.gross = u.gross
            return


def _gross_only(text: str, low: str, sents: list[Piece], fin: list[int]) -> list[Mention]:
    """An offering stated by its proceeds alone ("convertible debentures for aggregate proceeds of C$10,000,000")."""
    for i in fin:
        s = sents[i]
        if not _OFFER_CONTEXT.search(low, s.start, s.end) or _NOT_AN_OFFERING.search(low, s.start, s.end):
            continue
        w = _SECURITY_WORD.search(text, s.start, s.end)
        if not w:
            continue
        for m in find_money(text, s.start, s.end):
            if is_gross(text, m, s.start):
                label = w.group(0)
                return [Mention(security_type(label), label, w.start(), w.end(), i, gross=m, up_to=m.up_to)]
    return []


def _assign_gross(classes: list[Mention], totals: dict[int, Money]) -> None:
    """Each class's own proceeds; a total for several classes stays a combined total."""
    by_sentence: dict[int, list[Mention]] = {}
    for c in classes:
        by_sentence.setdefault(c.sentence, []).append(c)
    for i, group in by_sentence.items():
        total = totals.get(i)
        if len(group) == 1:
            if group[0].gross is None and total is not None:
                group[0].gross = total
            continue
        stated = [c.gross for c in group if c.gross is not None]
        if len(stated) == 1 and all(c.count is not None and c.price is not None for c in group):
            parts = sum((c.count or 0) * (c.price.amount if c.price else 0) for c in group)
            holder = next(c for c in group if c.gross is not None)
            own = (holder.count or 0) * (holder.price.amount if holder.price else 0)
            if not agrees(own, stated[0].amount) and agrees(parts, stated[0].amount, rel_tol=0.01):
                for c in group:
                    c.gross = None
                    c.combined = stated[0]
        elif not stated and total is not None:
            for c in group:
                c.combined = total


# --- records -----------------------------------------------------------------


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
        if st and _OFFER_CONTEXT.search(low, s.start, s.end):
            return _val(doc, st, s.start, s.end)
    return _computed("announced", "no closing stated")


def _record(doc: Doc, low: str, sents: list[Piece], c: Mention, release: Release) -> Financing:
    text = doc.text
    f = Financing()
    f.status = _status(doc, low, sents, c.sentence, release)
    f.security = _val(doc, c.security, c.start, c.start + len(text[c.start : c.end].split("(")[0].rstrip()))
    if c.count is not None and c.count_span is not None:
        f.count = _val(doc, c.count, *c.count_span)
        if c.up_to:
            f.extras["up_to"] = _val(doc, True, *c.count_span)
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


def _currency_fallback(doc: Doc, low: str, fin_pieces: list[Piece]) -> Value[str] | None:
    """The currency the release pins its offering amounts to, if it does."""
    text = doc.text
    # the statement reads "all amounts ...", "dollar figures ...", "references to ..."
    stated = stated_currency(text) if _STATEMENT_HINT.search(low) else None
    if stated is not None:
        return _val(doc, stated[0], stated[1], stated[2])
    seen: dict[str, Money] = {}
    for s in fin_pieces:
        for m in find_money(text, s.start, s.end):
            if m.currency:
                seen.setdefault(m.currency, m)
    if len(seen) == 1:
        m = next(iter(seen.values()))
        return _val(doc, m.currency, m.start, m.end)
    return None


def _offering_terms(
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
        if c.security == "convertible_debentures":
            _debenture_terms(doc, fin_pieces, f)
        if hold is not None and not free:
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
    if fees.none_paid is not None and not fees.cash and not fees.warrants:
        f.extras["finder_fees_paid"] = _val(doc, False, *fees.none_paid)
        return
    if fees.cash:
        total = fees.cash_total
        if len(fees.cash) == 1:
            m = fees.cash[0]
            f.finder_fee_cash = _val(doc, m.amount, m.start, m.end)
        elif total is not None:
            f.finder_fee_cash = Value(total, doc.span(fees.cash[0].start, fees.cash[-1].end), "sum of the fees stated")
    if fees.warrants:
        total_w = fees.warrant_total
        n0, a0, b0 = fees.warrants[0]
        if len(fees.warrants) == 1:
            f.finder_warrants = _val(doc, n0, a0, b0)
        elif total_w is not None:
            f.finder_warrants = Value(total_w, doc.span(a0, fees.warrants[-1][2]), "sum of the warrants stated")
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


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def _sentences(text: str, low: str) -> list[Piece]:
    """The sentences of the paragraphs about an offering.

    A paragraph with an offering's figures, the one before it and the few
    after it (where unit terms, fees and hold periods are stated) are read;
    boilerplate (forward-looking statements, U.S. securities law) is not.
    """
    paras = [p for p in paragraphs(text) if not _BOILERPLATE.search(low, p.start, min(p.end, p.start + 400))]
    keep: set[int] = set()
    for k, p in enumerate(paras):
        if p.start < 800 and _GATE_CONTEXT.search(low, p.start, p.end):
            keep.add(k)  # the headline and dateline
        if _ANCHOR.search(low, p.start, p.end) and _GATE_CONTEXT.search(low, p.start, p.end):
            keep.update(range(max(0, k - 1), min(len(paras), k + 5)))
    out: list[Piece] = []
    budget = _READ_CHARS
    for k in sorted(keep):
        p = paras[k]
        end = min(p.end, p.start + _PARAGRAPH_CHARS, p.start + budget)
        if end <= p.start:
            break
        budget -= end - p.start
        if _FIN_SENTENCE.search(low, p.start, end):
            for s in sentences(text, p.start, end):
                if s.end - s.start > _SENTENCE_CHARS:  # no real sentence is this long
                    s = Piece(s.start, s.start + _SENTENCE_CHARS, text[s.start : s.start + _SENTENCE_CHARS])
                out.append(s)
    return out


def extract(doc: Doc, release: Release) -> None:
    """Fill ``release.financings`` from ``doc``."""
    text = doc.text
    low = _lower(text)
    if not _GATE.search(low) or not _ANCHOR.search(low):
        return
    sents = _sentences(text, low)
    fin = [i for i, s in enumerate(sents) if _FIN_SENTENCE.search(low, s.start, s.end)]
    fin_pieces = [sents[i] for i in fin]
    classes, unpriced, totals = _find_classes(text, low, sents, fin)
    classes, unpriced = classes[:_MAX_CLASSES], unpriced[:_MAX_CLASSES]

    tr = offering.tranche(low, fin_pieces)
    tranche_words = {w.lower() for w in _TRANCHE_WORDS.findall(text, tr[1], tr[2])} if tr else set()

    classes = _dedupe(classes, text, tranche_words)
    for c in classes:
        if c.count is None:
            u = _pick_count(text, c, unpriced, tranche_words)
            if u is not None:
                c.count, c.count_span, c.up_to = u.count, u.count_span, u.up_to
                if u.gross is not None:
                    c.gross = u.gross
        elif c.up_to and c.price is not None:
            _closed_part(text, c, unpriced, tranche_words)
    if not classes:
        classes = _priced_later(text, low, sents, unpriced)
    if not classes:
        classes = [u for u in unpriced if u.gross is not None and _has_context(low, sents, u.sentence)][:1]
    if not classes:
        classes = _gross_only(text, low, sents, fin)
    if not classes:
        return
    _assign_gross(classes, totals)
    records = [_record(doc, low, sents, c, release) for c in classes]
    _offering_terms(doc, low, sents, fin_pieces, classes, records, release, tr)
    release.financings.extend(records)
