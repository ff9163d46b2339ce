"""The release record: every extracted value with the span of text it came from.

Records are plain dataclasses. Each extracted field holds a :class:`Value`
(the value and its :class:`Span` in the original file's text) or ``None``.
:meth:`Release.to_dict` gives the JSON record: plain values under the
contract's keys, and every span under one separate ``evidence`` key, keyed
by the value's path (``"financings[0].price"``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start:end`` of the original text, and those characters."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Value(Generic[T_co]):
    """An extracted value and where it came from.

    ``span`` is ``None`` only for a value derived from others (a computed
    gross proceeds, say); ``note`` then says how it was derived.
    """

    value: T_co
    span: Span | None = None
    note: str | None = None


def v(value: T, span: Span | None = None, note: str | None = None) -> Value[T]:
    """Shorthand for :class:`Value`."""
    return Value(value, span, note)


def val(x: Value[T] | None) -> T | None:
    """The plain value of an optional :class:`Value`."""
    return None if x is None else x.value


class Record:
    """Base of every record: generic conversion to plain values and evidence."""

    def to_plain(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    def collect_evidence(self, prefix: str, out: dict[str, Any]) -> None:
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            _evidence(getattr(self, f.name), f"{prefix}{f.name}", out)


def _plain(x: Any) -> Any:
    if isinstance(x, Value):
        return _plain(x.value)
    if isinstance(x, Record):
        return x.to_plain()
    if isinstance(x, (list, tuple)):
        return [_plain(i) for i in x]
    if isinstance(x, dict):
        return {k: _plain(i) for k, i in x.items()}
    if isinstance(x, (dt.date, dt.datetime)):
        return x.isoformat()
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return int(x)
    return x


def _evidence(x: Any, path: str, out: dict[str, Any]) -> None:
    if isinstance(x, Value):
        if x.span is not None or x.note:
            ev: dict[str, Any] = x.span.to_dict() if x.span is not None else {}
            if x.note:
                ev["note"] = x.note
            out[path] = ev
    elif isinstance(x, Record):
        x.collect_evidence(path + ".", out)
    elif isinstance(x, (list, tuple)):
        for i, item in enumerate(x):
            _evidence(item, f"{path}[{i}]", out)


@dataclass(slots=True)
class Listing(Record):
    exchange: Value[str]
    symbol: Value[str]


@dataclass(slots=True)
class Person(Record):
    """A named person; ``role`` joins every role the release gives them, ``roles`` keeps each with its span."""

    name: Value[str]
    role: Value[str] | None = None
    designations: list[Value[str]] = field(default_factory=list)
    roles: list[Value[str]] = field(default_factory=list)


@dataclass(slots=True)
class Financing(Record):
    """One class of security in one offering (see the contract's Financing)."""

    status: Value[str] | None = None
    tranche: Value[str] | None = None
    brokered: Value[bool] | None = None
    security: Value[str] | None = None
    count: Value[float] | None = None
    price: Value[float] | None = None
    currency: Value[str] | None = None
    gross_proceeds: Value[float] | None = None
    warrants_per_unit: Value[float] | None = None
    warrant_exercise_price: Value[float] | None = None
    warrant_term_months: Value[float] | None = None
    finder_fee_cash: Value[float] | None = None
    finder_warrants: Value[float] | None = None
    hold_period_months: Value[float] | None = None
    extras: dict[str, Value[Any]] = field(default_factory=dict)

    def to_plain(self) -> dict[str, Any]:
        d = Record.to_plain(self)
        d.update(d.pop("extras"))
        return d

    def collect_evidence(self, prefix: str, out: dict[str, Any]) -> None:
        for f in dataclasses.fields(self):
            if f.name != "extras":
                _evidence(getattr(self, f.name), f"{prefix}{f.name}", out)
        for k, x in self.extras.items():
            _evidence(x, f"{prefix}{k}", out)


@dataclass(slots=True)
class Fact(Record):
    """One reported financial figure for one period (see the contract's Fact)."""

    concept: Value[str]
    value: Value[float]
    item: Value[str] | None = None
    currency: Value[str] | None = None
    period_end: Value[dt.date] | None = None
    period_months: Value[int] | None = None
    label: Value[str] | None = None
    parent: int | None = None  # index of the total this figure is a part of


@dataclass(slots=True)
class Grade(Record):
    value: Value[float]
    unit: Value[str]
    commodity: Value[str]


@dataclass(slots=True)
class Intercept(Record):
    """One drilled, trenched or channel interval with its grades."""

    hole: Value[str] | None
    from_m: Value[float] | None = None
    to_m: Value[float] | None = None
    length_m: Value[float] | None = None
    grades: list[Grade] = field(default_factory=list)
    extras: dict[str, Value[Any]] = field(default_factory=dict)
    parent: int | None = None  # index of the interval an "including" belongs to

    def to_plain(self) -> dict[str, Any]:
        d = Record.to_plain(self)
        d.update(d.pop("extras"))
        return d

    def collect_evidence(self, prefix: str, out: dict[str, Any]) -> None:
        for f in dataclasses.fields(self):
            if f.name != "extras":
                _evidence(getattr(self, f.name), f"{prefix}{f.name}", out)
        for k, x in self.extras.items():
            _evidence(x, f"{prefix}{k}", out)


@dataclass(slots=True)
class Resource(Record):
    """One line of a resource or reserve estimate."""

    category: Value[str]
    commodity: Value[str] | None = None
    tonnes: Value[float] | None = None
    grade: Value[float] | None = None
    grade_unit: Value[str] | None = None
    contained: Value[float] | None = None
    contained_unit: Value[str] | None = None
    cutoff: Value[str] | None = None
    historic: Value[bool] | None = None  # a historic estimate, not current under NI 43-101 / JORC


@dataclass(slots=True)
class Check(Record):
    """An arithmetic check of the release against itself.

    A failing check is information, not an error: ``ok`` is ``False`` and
    ``expected``/``found`` say by how much.
    """

    name: str
    ok: bool
    about: str  # path of the record checked, e.g. "financings[0]"
    expected: float | None = None
    found: float | None = None
    parts: list[float] = field(default_factory=list)
    detail: str = ""


@dataclass(slots=True)
class Source(Record):
    """Where a release was read from."""

    path: str | None
    sha256: str
    format: str
    chars: int
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Release(Record):
    """The record of one news release."""

    source: Source
    issuer: Value[str] | None = None
    release_date: Value[dt.date] | None = None
    headline: Value[str] | None = None
    listings: list[Listing] = field(default_factory=list)
    categories: list[Value[str]] = field(default_factory=list)
    financings: list[Financing] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    intercepts: list[Intercept] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON record: the contract's keys, extras, checks and evidence."""
        d = self.to_plain()
        d["issuer"] = {"name": d["issuer"]}
        evidence: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.name not in ("source", "checks"):
                _evidence(getattr(self, f.name), f.name, evidence)
        if "issuer" in evidence:
            evidence["issuer.name"] = evidence.pop("issuer")
        d["evidence"] = evidence
        return d
