"""Results tables: each cell a figure with its row's concept and its column's period.

Two layouts are read:

- grids found by :func:`assay.extract.tables.find_tables` (pipe tables and
  aligned columns), with a header row (or the line above the table) naming
  the columns' periods;
- statements flattened to one value per line, as converted filings often
  are: a label line, then one line per column value (``|$``, ``|)`` and
  blank lines are filler), with the column headers given line by line
  before the rows — either column by column ("As at" / "May 31, 2023" /
  "As at" / "May 31, 2022") or interleaved ("Three Months" / "Three Months"
  / "Ended March" / "Ended March" / "31, 2004" / "31, 2003");
- rows written on one line with single spaces ("Net loss (1,204,500) (933,100)")
  under a header of years.

A table is read only when it looks financial: a row label in the concept
vocabulary or a statement's wording, and amounts rather than grades. A value
at the very end of a cut-off text is left out (it may be cut short).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from assay.extract.facts.concepts import BALANCE, CONCEPT_RE, OPENING_WORDS, PER_SHARE, row_concept
from assay.extract.facts.draft import Draft
from assay.extract.facts.periods import Period, Periods
from assay.extract.tables import Table, find_tables
from assay.parse.dates import MONTH
from assay.parse.numbers import parse_decimal

_VALUE = re.compile(
    r"[ \t|]*+(?P<neg>\()?[ \t]*+(?:[A-Z]{0,3}\$)?[ \t]*+(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    r"[ \t]*+\)?[ \t|]*+"
)
# words a financial table's rows use; a release without any has no such table
_FINANCIAL_WORDS = (
    "loss",
    "income",
    "earnings",
    "revenue",
    "sales",
    "assets",
    "liabilities",
    "cash",
    "working capital",
    "per share",
    "expense",
    "expenditure",
)
_VALUE_START = re.compile(r"\n[ \t|$(]*\d")
_FIGURE_END = frozenset("0123456789)%")
_PERCENT = re.compile(r"[-+(]?\d[\d.,]*\s*%\)?|n/?m", re.IGNORECASE)
_TOTAL = re.compile(r"\s*total\b", re.IGNORECASE)
_YEARS = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])")
_TOKEN = re.compile(r"[^ \t]++")
_NUM_TOKEN = re.compile(r"\(?(?:[A-Z]{0,3}\$)?\(?(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\)?")
_YEAR_ONLY = re.compile(r"[ \t|]*+(?:19|20)\d\d[ \t|]*+")
_DASH = re.compile(r"[ \t|]*+(?:-++|nil|n/a)[ \t|]*+", re.IGNORECASE)
_FILLER = re.compile(r"[ \t|]*+(?:[A-Z]{0,3}\$|\))?[ \t|]*+")
_PERIOD_WORDS = re.compile(
    rf"(?<![\d,.])(?:19|20)\d\d(?![\d,])|\b(?:months?|ended|quarter|year|as\s+at|as\s+of)\b|{MONTH}", re.IGNORECASE
)
_STATEMENT_WORDS = re.compile(
    r"\b(?:assets|liabilities|equity|deficit|share\s+capital|net\s+(?:loss|income|earnings)|revenues?|expenses|"
    r"cash|operating\s+activities|per\s+share)\b",
    re.IGNORECASE,
)
_SCALE = re.compile(
    r"\bin\s+thousands\b|\bthousands\s+of\b|\(\s*(?:[A-Z]{0,3}\$\s*)?000'?s\s*\)|\$\s*000'?s|\bin\s+millions\b",
    re.IGNORECASE,
)


# a row of quantities or unit metrics, not money: "Gold sold (oz)", "Cash cost per ounce ($/oz)", "Recovery (%)"
_NOT_MONEY_ROW = re.compile(
    r"\((?:[^()]{0,12}/\s*)?(?:oz|ozs|ounces|t|tonnes|tons|lbs?|pounds|g/t|%|m|metres|meters|tpd)\)"
    r"|\bper\s+(?:ounce|oz|tonne|ton|pound|lb)\b|\bounces\b|\btonnes\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Row:
    label: str
    label_start: int
    values: list[tuple[float, bool, int, int] | None] = field(default_factory=list)


def _scale(text: str, end: int) -> float:
    found = [m.group() for m in _SCALE.finditer(text, 0, end)]
    if not found:
        return 1.0
    return 1e6 if "million" in found[-1].lower() else 1e3


def read(text: str, low: str, periods: Periods, currency: str | None, drafts: list[Draft]) -> list[tuple[int, int]]:
    """Append every table cell's figure to ``drafts`` (``low``: ``text`` in lower case, letter for letter);
    return the ranges of text the tables cover."""
    covered: list[tuple[int, int]] = []
    _ROW_CONCEPTS.clear()  # a row's concept is read once for its cells, afresh for each release
    if "\n" not in text:
        return covered
    if len(_VALUE_START.findall(text)) >= 4 or _rows_ending_in_figures(text) >= 2:
        for region in _line_statements(text):
            covered.append(_emit_rows(text, region, periods, currency, drafts))
    if text.count("|") < 6 and text.count("\t") < 6 and text.count("  ") < 6:
        return covered  # too few cell boundaries for a grid
    if not _may_hold_grid(text, low):
        return covered
    for table in find_tables(text):
        if any(a < table.end and table.start < b for a, b in covered):
            continue
        rng = _grid(text, table, periods, currency, drafts)
        if rng is not None:
            covered.append(rng)
    return covered


# ---- one value per line ------------------------------------------------------------------------------------


def may_hold_figures(low: str) -> bool:
    """Whether a release's lower-cased text uses any word a financial table's rows use."""
    return any(w in low for w in _FINANCIAL_WORDS)


def _rows_ending_in_figures(text: str) -> int:
    """How many lines end in two figures or more (a cheap test before the rows are read)."""
    n = 0
    for s in text.split("\n"):
        t = s.rstrip(" \t|")
        if t[-1:] in _FIGURE_END and _TWO_FIGURES_END.search(t, max(0, len(t) - 80)):
            n += 1
    return n


def _line_rows(text: str) -> list[_Row]:
    rows: list[_Row] = []
    current: _Row | None = None
    n = len(text)
    line_start = 0
    for s in text.split("\n"):
        start, line_start = line_start, line_start + len(s) + 1
        if _FILLER.fullmatch(s):
            continue
        vm = _VALUE.fullmatch(s)
        if vm is not None and _YEAR_ONLY.fullmatch(s):
            vm = None  # a year on its own line is a column header
        elif vm is not None or _DASH.fullmatch(s):
            if current is None:
                continue
            if vm is None:
                current.values.append(None)
                continue
            if start + len(s) >= n:  # the text stops here: the figure may be cut short
                continue
            value = parse_decimal(vm.group("num"))
            current.values.append((value, vm.group("neg") is not None, vm.start("num") + start, vm.end("num") + start))
            continue
        current = _trailing_values(s, start) or _Row(s.strip(" \t|"), start)
        rows.append(current)
    return rows


def _trailing_values(s: str, start: int) -> _Row | None:
    """A row written on one line with single spaces: "Net loss (1,234,567) (987,654)"."""
    end = s.rstrip(" \t|")
    if not end or end[-1] not in "0123456789)-%" or len(s) > 200 or "|" in s.strip(" \t|"):
        return None  # pipe tables are read as grids
    tokens = list(_TOKEN.finditer(s))
    values: list[tuple[float, bool, int, int] | None] = []
    cut = len(tokens)
    for t in reversed(tokens):
        text = t.group()
        if text in ("$", ")", "|") or (not values and _PERCENT.fullmatch(text)):
            cut -= 1  # filler, or a last column of changes in per cent
            continue
        nm = _NUM_TOKEN.fullmatch(text)
        if nm is None and not _DASH.fullmatch(text):
            break
        cut -= 1
        if nm is None:
            values.append(None)
        else:
            num = nm.group("num")
            values.append(
                (
                    parse_decimal(num),
                    "(" in text,
                    start + t.start() + nm.start("num"),
                    start + t.start() + nm.end("num"),
                )
            )
    values.reverse()
    label = s[: tokens[cut - 1].end()] if cut > 0 else ""
    found = [v for v in values if v is not None]
    if len(values) < 2 or not found or not re.search(r"[A-Za-z]{2}", label):
        return None
    years = [_YEAR_ONLY.fullmatch(s[a - start : b - start]) is not None for _, _, a, b in found]
    if all(years) or (any(years) and _PERIOD_WORDS.search(label)):
        return None  # a header: "Year ended December 31 2011 2010"
    return _Row(label.strip(" \t|:"), start, values)


def _line_statements(text: str) -> list[list[_Row]]:
    """Runs of rows that make up a one-value-per-line statement."""
    rows = _line_rows(text)
    counts = Counter(len(r.values) for r in rows if len(r.values) >= 2)
    if not counts:
        return []
    n, k = counts.most_common(1)[0]
    valued = [r for r in rows if r.values]
    named = sum(1 for r in valued if _STATEMENT_WORDS.search(r.label) or CONCEPT_RE.search(r.label))
    if k < 2 or named < 1 or (k < 3 and named < 2):
        return []
    amounts = [x for r in valued for x in r.values if x is not None]
    if sum(1 for x in amounts if "." in text[x[2] : x[3]]) * 2 > len(amounts):
        return []  # grades and widths, not amounts
    for r in rows:
        extra = r.values[: max(0, len(r.values) - n)]
        if extra and all(x is not None and x[0] < 100 and "," not in text[x[2] : x[3]] for x in extra):
            r.values = r.values[len(extra) :]  # a column of note numbers before the figures
    region = [r for r in rows if len(r.values) <= n]
    return [region]


def _header_lines(before: list[str]) -> list[str]:
    """The last run of lines naming periods among ``before`` (read backwards)."""
    out: list[str] = []
    for s in reversed(before):
        if _PERIOD_WORDS.search(s) and len(s) < 60:
            out.append(s)
        elif out:
            break
    out.reverse()
    return out


def _columns(header: list[str], n: int, main: Period | None, periods: Periods) -> list[Period | None] | None:
    if not header:
        return None
    years = [h for h in header if _YEAR_ONLY.fullmatch(h)]
    groups = [periods.column(h) for h in header if not _YEAR_ONLY.fullmatch(h)]
    if len(years) == n and groups and n % len(groups) == 0 and all(g is not None for g in groups):
        # groups of columns over a line of years: "Three months ended September 30," / "Nine months ..." / 2022 ...
        out: list[Period | None] = []
        for i, y in enumerate(years):
            g = groups[i * len(groups) // n]
            assert g is not None
            out.append(periods.like(int(y.strip(" \t|")), g))
        return out
    if len(header) % n == 0:
        cols = [periods.column(" ".join(header[c::n])) for c in range(n)]
        if all(p is not None for p in cols) and len(set(cols)) == n:
            return cols
    found = periods.read(" ".join(header))
    if len(found) == n and all(p is not None for p in found):
        return found
    years = _YEARS.findall(" ".join(header))
    if len(years) == n:
        shape = found[0] if found else None
        return [periods.like(int(y), shape) for y in years]
    if len(header) % n == 0:
        k = len(header) // n
        cols = [periods.column(" ".join(header[c * k : (c + 1) * k])) for c in range(n)]
        if all(p is not None for p in cols):
            return cols
    return None


def _emit_rows(
    text: str, region: list[_Row], periods: Periods, currency: str | None, drafts: list[Draft]
) -> tuple[int, int]:
    n = Counter(len(r.values) for r in region if len(r.values) >= 2).most_common(1)[0][0]
    scale = _scale(text, region[-1].label_start)
    cols: list[Period | None] | None = None
    pending: list[str] = []
    start = region[0].label_start
    end = start
    groups: list[list[int]] = [[] for _ in range(n)]  # per column: the rows a "Total" row sums
    for row in region:
        if not row.values:
            pending.append(row.label)
            groups = [[] for _ in range(n)]  # a section heading starts a new group
            continue
        new = _columns(_header_lines(pending), n, periods.main, periods)
        if new is not None:
            cols = new
        pending = []
        if cols is None:
            continue
        total = _TOTAL.match(row.label) is not None
        for c, cell in enumerate(row.values[:n]):
            if cell is None or cell[0] == 0:
                continue
            value, negative, a, b = cell
            if not _add(drafts, row.label, value * scale, scale, negative, a, b, cols[c], currency):
                continue
            end = max(end, b)
            if total and len(groups[c]) >= 2:
                for i in groups[c]:
                    drafts[i].parent = len(drafts) - 1
                groups[c] = [len(drafts) - 1]
            else:
                groups[c].append(len(drafts) - 1)
    return (start, end)


# a cell boundary then a figure; a financial grid has such a cell in a row whose label speaks of money
_CELL_FIGURE = re.compile(r"(?:\||\t|  )[ \t|$(]*+\d")
_ROW_WORD = re.compile(rf"\b(?:{OPENING_WORDS}|assets|liabilities|equity|deficit|per\s+share)")
# the end of a line of two figures or more ("Net loss (1,204,500) (933,100)", perhaps then a change in per cent)
_TWO_FIGURES_END = re.compile(r"[\d)-][ \t|$]+\(?\$?\d[\d,.]*\)?(?:[ \t]+\(?[-+]?\d[\d.,]*\s*%\)?)?$")


def _may_hold_grid(text: str, low: str) -> bool:
    """Whether some line has a label that speaks of money and, after a cell boundary, a figure."""
    line_end = -1
    for m in _CELL_FIGURE.finditer(text):
        if m.start() < line_end:
            continue  # this line was looked at
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.start())
        if line_end < 0:
            line_end = len(text)
        if _ROW_WORD.search(low, max(line_start, m.start() - 300), m.start()):
            return True
    return False


# a row's concept, read once for all its cells
_ROW_CONCEPTS: dict[tuple[str, bool], tuple[str, str | None]] = {}


def _add(
    drafts: list[Draft],
    label: str,
    value: float,
    scale: float,
    negative: bool,
    a: int,
    b: int,
    period: Period | None,
    currency: str | None,
) -> bool:
    """Append the figure of one cell; ``False`` when its row holds no money."""
    if _NOT_MONEY_ROW.search(label):
        return False
    key = (label, negative)
    if key not in _ROW_CONCEPTS:
        _ROW_CONCEPTS[key] = row_concept(label, negative)
    concept, item = _ROW_CONCEPTS[key]
    if concept in PER_SHARE and scale != 1:
        value /= scale  # per-share amounts are never in thousands
    if period is not None and concept in BALANCE:
        period = Period(period.end, None)
    drafts.append(Draft(concept, value, a, b, currency, period, item, label, negative=negative))
    return True


# ---- grids -------------------------------------------------------------------------------------------------

_CELL_VALUE = re.compile(r"(?P<neg>\()?\s*+(?:[A-Z]{0,3}\$)?\s*+(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*+\)?")


def _grid(
    text: str, table: Table, periods: Periods, currency: str | None, drafts: list[Draft]
) -> tuple[int, int] | None:
    heads: list[list[str]] = []  # header rows (cell texts, the label column left out)
    data: list[tuple[str, list[tuple[float, bool, int, int] | None]]] = []
    for row in table.rows:
        if not row:
            continue
        label = row[0].text
        vals: list[tuple[float, bool, int, int] | None] = []
        numeric = True
        for c in row[1:]:
            vm = _CELL_VALUE.fullmatch(c.text)
            if vm:
                num = vm.group("num")
                vals.append(
                    (
                        parse_decimal(num),
                        vm.group("neg") is not None,
                        c.start + vm.start("num"),
                        c.start + vm.end("num"),
                    )
                )
            elif _DASH.fullmatch(c.text) or not c.text.strip() or _PERCENT.fullmatch(c.text):
                vals.append(None)
            else:
                numeric = False
        is_data = numeric and re.search(r"[A-Za-z]", label) is not None and not _PERIOD_WORDS.search(label)
        if not data and not is_data and _PERIOD_WORDS.search(" ".join(c.text for c in row)):
            texts = [c.text for c in row]
            if (texts[0].strip() and not _PERIOD_WORDS.search(texts[0])) or not texts[0].strip():
                texts = texts[1:]
            heads.append(texts)
            continue
        if is_data and any(v is not None for v in vals):
            data.append((label, vals))
        elif data and is_data:
            data.append((label, []))  # a section heading
    header = _grid_header(heads, table.kind == "pipe", periods)
    if header is None:
        prev = text.rfind("\n", 0, max(table.start - 1, 0))
        line = text[prev + 1 : table.start].strip()
        if _PERIOD_WORDS.search(line):
            found = periods.read(line)
            if not found:
                found = [periods.column(t) for t in re.split(r"\t+|\s{2,}", line)]
            if found and all(p is not None for p in found):
                header = found
    if header is None or len(data) < 2:
        return None
    if not any(_STATEMENT_WORDS.search(lab) or CONCEPT_RE.search(lab) for lab, _ in data):
        return None
    scale = _scale(text, table.end)
    positional = table.kind == "pipe" and len(header) == max(len(v) for _, v in data)
    groups: dict[int, list[int]] = {}  # per column: the rows a "Total" row sums
    for label, vals in data:
        if not vals:
            groups = {}
            continue
        total = _TOTAL.match(label) is not None
        k = min(len(vals), len(header))
        for col in range(k):
            j = col if positional else len(vals) - k + col
            cell = vals[j]
            if cell is None or cell[0] == 0:
                continue
            value, negative, a, b = cell
            period = header[j] if positional else header[len(header) - k + col]
            if period is None:
                continue
            if not _add(drafts, label, value * scale, scale, negative, a, b, period, currency):
                continue
            group = groups.setdefault(col, [])
            if total and len(group) >= 2:
                for i in group:
                    drafts[i].parent = len(drafts) - 1
                groups[col] = [len(drafts) - 1]
            else:
                group.append(len(drafts) - 1)
    return (table.start, table.end)


def _grid_header(heads: list[list[str]], pipe: bool, periods: Periods) -> list[Period | None] | None:
    """The periods of a grid's value columns from its header rows: one row ("2022 | 2021"), or a
    row of groups over a row of years ("Three months ended September 30" over "2022 | 2021")."""
    if not heads:
        return None
    last = heads[-1]
    if len(heads) >= 2:
        upper = heads[-2]
        if pipe and len(upper) == len(last):
            # a group's cell spans the empty cells to its right
            spans, group = [], ""
            for cell in upper:
                group = cell.strip() or group
                spans.append(group)
        else:
            groups = [c for c in upper if c.strip()]
            cells = [c for c in last if c.strip()]
            spans = [groups[j * len(groups) // len(cells)] for j in range(len(cells))] if groups and cells else []
            last = cells
        if spans and len(spans) == len(last):
            found = [periods.column(f"{g} {c}") if c.strip() else None for g, c in zip(spans, last, strict=True)]
            if sum(p is not None for p in found) >= 2:
                return found
    cells = last if pipe else [c for c in last if c.strip()]
    found = [periods.column(c) if c.strip() else None for c in cells]
    named = [p for p, c in zip(found, cells, strict=True) if c.strip() and _PERIOD_WORDS.search(c)]
    if named and all(p is not None for p in named):
        return found  # a column that names no period ("% change") is left unread
    return None
