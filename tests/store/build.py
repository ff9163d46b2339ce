"""Records of hand-written releases: values with spans found in the text."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from assay.model import Fact, Financing, Grade, Intercept, Listing, Person, Release, Source, Span, Value


class Spans:
    """Values spanning the first occurrence (after the previous one) of what a release writes."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __call__(self, written: str, value: Any = None) -> Value[Any]:
        start = self.text.find(written)
        if start < 0:
            raise ValueError(f"{written!r} is not in the release")
        return Value(written if value is None else value, Span(start, start + len(written), written))


def release(
    text: str,
    name: str | None,
    date: str | None = None,
    listings: tuple[tuple[str, str, str], ...] = (),
    path: str | None = None,
) -> tuple[Release, Spans]:
    """A release of ``text`` with its header filled in; ``listings`` are (written, exchange, symbol)."""
    s = Spans(text)
    r = Release(
        source=Source(path=path, sha256=hashlib.sha256(text.encode()).hexdigest(), format="text", chars=len(text)),
        issuer=s(name) if name else None,
        release_date=s(date, dt.datetime.strptime(date, "%B %d, %Y").date()) if date else None,
        listings=[Listing(exchange=s(w, e), symbol=s(sym, sym)) for w, e, sym in listings],
    )
    return r, s


def fact(
    s: Spans, concept: str, written: str, end: str | None, months: int | None = None, item: str | None = None
) -> Fact:
    value = float(written.replace(",", "").lstrip("$"))
    return Fact(
        concept=Value(concept),
        value=s(written, value),
        item=Value(item) if item else None,
        currency=Value("CAD"),
        period_end=Value(dt.date.fromisoformat(end)) if end else None,
        period_months=Value(months) if months else None,
    )


def financing(s: Spans, count: str, price: str, gross: str, status: str = "closed") -> Financing:
    return Financing(
        status=Value(status),
        security=Value("units"),
        count=s(count, float(count.replace(",", ""))),
        price=s(price, float(price)),
        currency=Value("CAD"),
        gross_proceeds=s(gross, float(gross.replace(",", ""))),
    )


def intercept(
    s: Spans, hole: str, length: str, grades: list[tuple[str, str, str]], parent: int | None = None
) -> Intercept:
    return Intercept(
        hole=s(hole),
        length_m=s(length, float(length)),
        grades=[Grade(value=s(v, float(v)), unit=Value(u), commodity=Value(c)) for v, u, c in grades],
        parent=parent,
    )


def person(s: Spans, name: str, role: str) -> Person:
    return Person(name=s(name), role=s(role))
