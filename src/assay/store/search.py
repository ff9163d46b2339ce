"""Full-text search over releases: SQLite FTS5, or PostgreSQL's text search.

A query is words (all must occur), ``"quoted phrases"``, ``OR`` between
terms and ``-word`` to exclude, as in a web search box. A hyphenated word
(``flow-through``) is the phrase of its parts. Both back ends stem English
words (Porter), so ``financing`` also finds ``financings``.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, Date, text

_TERM = re.compile(r'(-?)"([^"]{0,500})"|(\S+)')
_WORD = re.compile(r"\w+")
SHORT = 12


def _phrase(raw: str) -> str | None:
    words = _WORD.findall(raw)
    return '"' + " ".join(words) + '"' if words else None


def fts5_query(query: str) -> str:
    """The FTS5 form of a web-style query (FTS5's own syntax is not exposed)."""
    positive: list[str] = []
    negative: list[str] = []
    pending_or = False
    for m in _TERM.finditer(query[:2000]):
        neg_quoted, quoted, bare = m.groups()
        if bare is not None and bare == "OR":
            pending_or = bool(positive)
            continue
        negated = bool(neg_quoted) or (bare is not None and bare.startswith("-") and len(bare) > 1)
        phrase = _phrase(quoted if quoted is not None else bare.lstrip("-") if negated else bare)
        if phrase is None:
            continue
        if negated:
            negative.append(phrase)
        elif pending_or:
            positive[-1] = f"{positive[-1]} OR {phrase}"
            pending_or = False
        else:
            positive.append(phrase)
    if not positive:
        return ""
    expr = " AND ".join(f"({p})" for p in positive)
    for n in negative:
        expr = f"({expr}) NOT {n}"
    return expr


_SQLITE = text(
    f"""
    SELECT substr(r.sha256, 1, {SHORT}) AS release, r.release_date AS release_date,
           coalesce(i.name, r.issuer_name) AS issuer, r.headline AS headline,
           snippet(release_search, 1, '[', ']', '...', 16) AS snippet
    FROM release_search
    JOIN releases r ON r.id = release_search.rowid
    LEFT JOIN issuers i ON i.id = r.issuer_id
    WHERE release_search MATCH :q
    ORDER BY bm25(release_search), r.release_date DESC, r.sha256
    LIMIT :limit
    """
).columns(release_date=Date)

_POSTGRESQL = text(
    f"""
    SELECT substr(r.sha256, 1, {SHORT}) AS release, r.release_date AS release_date,
           coalesce(i.name, r.issuer_name) AS issuer, r.headline AS headline,
           ts_headline('english', left(r.text, 500000), q,
                       'StartSel=[, StopSel=], MaxWords=24, MinWords=10, MaxFragments=1') AS snippet
    FROM releases r
    CROSS JOIN websearch_to_tsquery('english', :q) AS q
    LEFT JOIN issuers i ON i.id = r.issuer_id
    WHERE r.search @@ q
    ORDER BY ts_rank(r.search, q) DESC, r.release_date DESC, r.sha256
    LIMIT :limit
    """
).columns(release_date=Date)


def search(conn: Connection, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Releases that match ``query``, best first, with a snippet of the match."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        q = fts5_query(query)
        if not q:
            return []
        rows = conn.execute(_SQLITE, {"q": q, "limit": limit}).mappings().all()
    elif dialect == "postgresql":
        rows = conn.execute(_POSTGRESQL, {"q": query, "limit": limit}).mappings().all()
    else:
        raise NotImplementedError(f"full-text search is not available on {dialect}")
    out = []
    for r in rows:
        d = dict(r)
        d["snippet"] = " ".join((d["snippet"] or "").split())
        out.append(d)
    return out
