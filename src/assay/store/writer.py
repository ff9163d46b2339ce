"""Write one release's record into the tables, inside the caller's transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, update

from assay import __version__, model
from assay.store import issuers, restate
from assay.store.bulk import Inserter, Raw, encoded
from assay.store.known import Known
from assay.store.names import person_key, property_key
from assay.store.schema import (
    Category,
    Check,
    Fact,
    Failure,
    Financing,
    Grade,
    Intercept,
    Listing,
    Person,
    PersonMention,
    Property,
    Release,
    Resource,
    table_of,
)

_t: dict[str, Table] = {
    m.__tablename__: table_of(m)
    for m in (Category, Check, Failure, Fact, Financing, Grade, Intercept, Listing, Person, PersonMention)
}
_t.update({m.__tablename__: table_of(m) for m in (Property, Release, Resource)})  # type: ignore[misc]


def _columns(record_type: type, table: str) -> tuple[str, ...]:
    """Fields of a record type that have a column of the same name."""
    return tuple(f.name for f in dataclasses.fields(record_type) if f.name in _t[table].c and f.name != "extras")


FINANCING_FIELDS = _columns(model.Financing, "financings")
RESOURCE_FIELDS = _columns(model.Resource, "resources")
PROPERTY_CONCEPTS = frozenset({"exploration_expenditure", "capitalized_expenditure"})
PROPERTY_EXTRAS = ("property", "project")
GRAMS_PER_TONNE = {"g/t": 1.0, "ppm": 1.0, "ppb": 0.001, "oz/t": 34.285714}


def _unmapped(rec: model.Record, mapped: tuple[str, ...]) -> dict[str, Any]:
    """Plain values of a record's fields that have no column of their own."""
    return {
        f.name: model._plain(getattr(rec, f.name))
        for f in dataclasses.fields(rec)  # type: ignore[arg-type]
        if f.name not in mapped and f.name != "extras" and getattr(rec, f.name) is not None
    }


def _plain_extras(extras: dict[str, model.Value[Any]]) -> dict[str, Any]:
    return {k: model._plain(x) for k, x in extras.items()}


_SET_ROLE = update(_t["people"]).where(_t["people"].c.id == bindparam("person_id")).values(role=bindparam("new_role"))
_FORGET_FAILURE = Raw(delete(_t["failures"]).where(_t["failures"].c.path == bindparam("failed_path")))
_INSERTERS: dict[str, Inserter] = {}
Evidence = dict[tuple[str, int], dict[str, Any]]
_ROW_PATH = re.compile(r"(\w+)\[(\d+)\](?:\.(.*))?")


def _insert(conn: Connection, table: str, rows: list[dict[str, Any]], ids: bool = False) -> list[int]:
    name = conn.dialect.name
    inserter = _INSERTERS.get(name)
    if inserter is None:
        inserter = _INSERTERS[name] = Inserter(conn.dialect)
    return inserter.insert(conn, _t[table], rows, ids)


def split_evidence(evidence: dict[str, Any]) -> dict[tuple[str, int], dict[str, Any]]:
    """A record's evidence by row: ``"facts[2].value"`` → ``{("facts", 2): {"value": ...}}``."""
    out: dict[tuple[str, int], dict[str, Any]] = {}
    for path, span in evidence.items():
        m = _ROW_PATH.fullmatch(path)
        if m:
            out.setdefault((m.group(1), int(m.group(2))), {})[m.group(3) or "value"] = span
    return out


def _sub(evidence: dict[str, Any], prefix: str) -> dict[str, Any]:
    return {k[len(prefix) :]: x for k, x in evidence.items() if k.startswith(prefix)}


class _Properties:
    """Property rows of one issuer, found or created by name."""

    def __init__(self, conn: Connection, known: Known, issuer_id: int | None) -> None:
        self.conn = conn
        self.known = known
        self.issuer_id = issuer_id

    def id(self, name: Any) -> int | None:
        if not isinstance(name, str) or not name.strip():
            return None
        key = (self.issuer_id, property_key(name))
        found = self.known.properties.get(key) if self.issuer_id is not None else None
        if found is None:
            found = _insert(
                self.conn, "properties", [{"issuer_id": self.issuer_id, "name": name.strip(), "key": key[1]}], ids=True
            )[0]
            if self.issuer_id is not None:
                self.known.properties[key] = found
        return found


def _gram_metres(value: float, unit: str, length: float | None) -> tuple[float | None, float | None]:
    factor = GRAMS_PER_TONNE.get(unit.strip().lower())
    if factor is None:
        return None, None
    gpt = value * factor
    return gpt, (gpt * length if length is not None else None)


@dataclasses.dataclass(slots=True)
class Prepared:
    """The rows of one release, made from its record without the database.

    Ids (the release's, its issuer's, people's and properties') are filled
    in by :func:`write_prepared`; a fact or an intercept keeps the name of
    its property under ``"property"`` until then. Plain values only, so a
    worker process can prepare a release and send it cheaply.
    """

    key: str
    who: issuers.IssuerFacts
    release: dict[str, Any]
    categories: list[dict[str, Any]]
    listings: list[dict[str, Any]]
    people: list[dict[str, Any]]
    financings: list[dict[str, Any]]
    facts: list[dict[str, Any]]
    intercepts: list[dict[str, Any]]
    grades: list[list[dict[str, Any]]]  # per intercept
    resources: list[dict[str, Any]]
    checks: list[dict[str, Any]]
    source_path: str | None


def prepare(release: model.Release, text: str, key: str | None = None) -> Prepared:
    """The rows of ``release`` (read from ``text``), stored under ``key`` (by default its source's hash)."""
    name = model.val(release.issuer)
    date = model.val(release.release_date)
    listings = tuple((str(x.exchange.value), str(x.symbol.value)) for x in release.listings)
    who = issuers.IssuerFacts(
        name=name,
        listings=listings,
        former_names=issuers.former_names(text, name),
        release_date=date,
    )
    categories = [str(c.value) for c in release.categories]
    record = release.to_dict()
    ev = split_evidence(record["evidence"])
    key = key or release.source.sha256
    people = []
    for i, p in enumerate(release.people):
        person = str(p.name.value)
        people.append(
            {
                "idx": i,
                "name": person,
                "key": person_key(person),
                "role": model.val(p.role),
                "designations": encoded([model.val(d) for d in p.designations]),
                "evidence": encoded(ev.get(("people", i), {})),
            }
        )
    intercepts = []
    grades = []
    for i, x in enumerate(release.intercepts):
        length = model.val(x.length_m)
        intercept_ev = ev.get(("intercepts", i), {})
        intercepts.append(
            {
                "property": next((model.val(x.extras[k]) for k in PROPERTY_EXTRAS if k in x.extras), None),
                "idx": i,
                "hole": model.val(x.hole),
                "from_m": model.val(x.from_m),
                "to_m": model.val(x.to_m),
                "length_m": length,
                "parent_idx": x.parent,
                "extras": encoded(_plain_extras(x.extras)),
                "evidence": encoded({k: e for k, e in intercept_ev.items() if not k.startswith("grades[")}),
            }
        )
        rows = []
        for j, g in enumerate(x.grades):
            value, unit = float(g.value.value), str(g.unit.value)
            gpt, gm = _gram_metres(value, unit, length)
            rows.append(
                {
                    "idx": j,
                    "value": value,
                    "unit": unit,
                    "commodity": str(g.commodity.value),
                    "grade_gpt": gpt,
                    "gram_metres": gm,
                    "evidence": encoded(_sub(intercept_ev, f"grades[{j}].")),
                }
            )
        grades.append(rows)
    return Prepared(
        key=key,
        who=who,
        release={
            "sha256": key,
            "issuer_name": name,
            "release_date": date,
            "headline": model.val(release.headline),
            "path": release.source.path,
            "format": release.source.format,
            "chars": release.source.chars,
            "categories": encoded(categories),
            "record": encoded(record),
            "text": text,
            "assay_version": __version__,
        },
        categories=[
            {"category": c, "evidence": encoded(ev.get(("categories", i), {}))} for i, c in enumerate(categories)
        ],
        listings=[
            {"idx": i, "exchange": e, "symbol": s, "evidence": encoded(ev.get(("listings", i), {}))}
            for i, (e, s) in enumerate(listings)
        ],
        people=people,
        financings=[
            {
                "idx": i,
                **{k: model.val(getattr(f, k)) for k in FINANCING_FIELDS},
                "extras": encoded({**_unmapped(f, FINANCING_FIELDS), **_plain_extras(f.extras)}),
                "evidence": encoded(ev.get(("financings", i), {})),
            }
            for i, f in enumerate(release.financings)
        ],
        facts=[
            {
                "property": model.val(f.item) if f.concept.value in PROPERTY_CONCEPTS else None,
                "idx": i,
                "concept": f.concept.value,
                "item": model.val(f.item),
                "value": float(f.value.value),
                "currency": model.val(f.currency),
                "period_end": model.val(f.period_end),
                "period_months": model.val(f.period_months),
                "label": model.val(f.label),
                "parent_idx": f.parent,
                "evidence": encoded(ev.get(("facts", i), {})),
            }
            for i, f in enumerate(release.facts)
        ],
        intercepts=intercepts,
        grades=grades,
        resources=[
            {
                "idx": i,
                **{k: model.val(getattr(r, k)) for k in RESOURCE_FIELDS},
                "evidence": encoded(ev.get(("resources", i), {})),
            }
            for i, r in enumerate(release.resources)
        ],
        checks=[
            {
                "name": c.name,
                "ok": c.ok,
                "about": c.about,
                "expected": c.expected,
                "found": c.found,
                "parts": encoded(list(c.parts)),
                "detail": c.detail,
                "fact_id": None,
                "other_fact_id": None,
            }
            for c in release.checks
        ],
        source_path=release.source.path,
    )


def _people(
    conn: Connection, known: Known, release_id: int, issuer_id: int | None, people: list[dict[str, Any]]
) -> None:
    mentions = []
    for p in people:
        key, role = p["key"], p["role"]
        entry = known.people.get((issuer_id, key)) if issuer_id is not None else None
        if entry is None:
            person_id = _insert(
                conn, "people", [{"issuer_id": issuer_id, "name": p["name"], "key": key, "role": role}], ids=True
            )[0]
            if issuer_id is not None:
                known.people[(issuer_id, key)] = [person_id, role]
        else:
            person_id = int(entry[0])  # type: ignore[call-overload]
            if role and role != entry[1]:
                conn.execute(_SET_ROLE, {"person_id": person_id, "new_role": role})
                entry[1] = role
        mentions.append({**p, "release_id": release_id, "person_id": person_id})
    _insert(conn, "person_mentions", mentions)


def write(
    conn: Connection,
    release: model.Release,
    text: str,
    known: Known,
    now: dt.datetime | None = None,
    key: str | None = None,
) -> int:
    """Insert ``release`` (read from ``text``) under ``key`` (by default its
    source's hash) and every row of its record; the new release's id."""
    return write_prepared(conn, prepare(release, text, key), known, now)


def write_prepared(conn: Connection, prepared: Prepared, known: Known, now: dt.datetime | None = None) -> int:
    """Insert a prepared release and its rows, inside the caller's transaction; the new release's id."""
    known.ensure(conn)
    issuer_id = issuers.resolve(conn, prepared.who, known)
    release_row = {
        **prepared.release,
        "issuer_id": issuer_id,
        "ingested_at": now or dt.datetime.now(dt.UTC).replace(tzinfo=None),
    }
    release_id = _insert(conn, "releases", [release_row], ids=True)[0]
    base = {"release_id": release_id}
    owned = {**base, "issuer_id": issuer_id}
    _insert(conn, "categories", [{**base, **r} for r in prepared.categories])
    _insert(conn, "listings", [{**owned, **r} for r in prepared.listings])
    _people(conn, known, release_id, issuer_id, prepared.people)
    props = _Properties(conn, known, issuer_id)
    _insert(conn, "financings", [{**owned, **r} for r in prepared.financings])
    fact_rows = [{**owned, **r, "property_id": props.id(r["property"])} for r in prepared.facts]
    for row, fact_id in zip(fact_rows, _insert(conn, "facts", fact_rows, ids=True), strict=True):
        row["id"] = fact_id
    intercept_rows = [{**owned, **r, "property_id": props.id(r["property"])} for r in prepared.intercepts]
    ids = _insert(conn, "intercepts", intercept_rows, ids=True)
    _insert(
        conn,
        "grades",
        [{**base, **g, "intercept_id": i} for i, rows in zip(ids, prepared.grades, strict=True) for g in rows],
    )
    _insert(conn, "resources", [{**owned, **r} for r in prepared.resources])
    checks = [{**base, **c} for c in prepared.checks]
    checks += restate.compare(conn, release_id, issuer_id, fact_rows)
    _insert(conn, "checks", checks)
    if prepared.source_path:
        _FORGET_FAILURE.rows(conn, {"failed_path": prepared.source_path})
    return release_id
