"""HTML to the text of the release it holds.

The page is parsed with selectolax (the Lexbor HTML5 parser). Page chrome is
removed (scripts, styles, forms, navigation, banners, sidebars, share and
cookie boxes, page-level headers and footers, link lists), the main content is
chosen (``<article>``, ``<main>``, ``role=main``; on pages without them the
element holding most paragraph text, scored as Readability does, with its
like siblings; else the body), and the rest is
rendered as plain text: one paragraph per block separated by blank lines,
list items as ``- item`` lines, and data tables as markdown pipe tables
(``| a | b |``) so the table readers downstream see rows and columns.

Tables used for page layout (one column, or cells holding whole paragraphs or
other tables) are rendered as ordinary paragraphs. In financial tables, cells
that hold only a currency sign or a closing parenthesis are merged with their
number, and columns empty in every row are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from assay.read.errors import ReadError
from assay.read.grid import clean_cell, pipe_table


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


MAX_DEPTH = 1000
"""Elements nested deeper than this are refused before parsing."""

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,20})\b([^<>]{0,4000})>")
# Void elements, and those whose end tag a page may leave out (the parser closes them).
_VOID = _names(
    "area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option "
    "optgroup thead tbody tfoot colgroup caption rp rt html head body"
)
_SKIP = _names(
    "script style noscript template iframe object embed svg canvas math form button select textarea "
    "input label nav aside dialog head title meta link video audio picture map"
)
_BLOCK = _names(
    "address article blockquote body center dd details dir div dl dt fieldset figcaption figure "
    "footer h1 h2 h3 h4 h5 h6 header hgroup hr li main menu ol p section summary table tbody td tfoot "
    "th thead tr ul caption html"
)
_CHROME_ROLES = _names("navigation banner contentinfo complementary search menu menubar dialog alert")
_CHROME_WORDS = _names(
    "nav navbar navigation menu menubar breadcrumb breadcrumbs sidebar footer cookie cookies consent "
    "share sharing social related subscribe newsletter signup ad ads advert advertisement advertising "
    "sponsored promo popup modal comments comment masthead toolbar skip pagination pager widget "
    "widgets tags trending recommended"
)
_TOKEN_SPLIT = re.compile(r"[\s_\-]+")
_SPACE = re.compile(r"\s+")
_BREAK = "\x00"  # a <br> while a block's text is gathered (the parser leaves no NUL in text)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.IGNORECASE)
# A paragraph that is only a page number, as filings print them between pages.
# (A bare number is kept: releases set table values as paragraphs too.)
_PAGE_NUMBER = re.compile(r"^(?:[-\u2013\u2014]\s*\d{1,3}\s*[-\u2013\u2014]|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)$", re.I)
_MAIN_SELECTORS = ("article", "main", "[role=main]", "[itemprop=articleBody]")
_LAYOUT_CELL_CHARS = 400
_CURRENCY_ONLY = re.compile(r"^(?:[A-Z]{0,3}\$|€|£|¥|\(|\$\(|[A-Z]{0,3}\$\s*\()$")
_CLOSER_ONLY = re.compile(r"^(?:\)|%|\)%|%\))$")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag (first 4 KB), if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def check_depth(html: str, name: str | None, limit: int = MAX_DEPTH) -> None:
    """Refuse markup nested deeper than ``limit`` (a cheap scan of the tags)."""
    depth = 0
    for m in _TAG.finditer(html):
        tag = m.group(2).lower()
        if tag in _VOID or m.group(3).endswith("/"):
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > limit:
                raise ReadError(name, f"HTML nested too deeply (over {limit:,} levels)")


def html_to_text(html: str, name: str | None = None) -> tuple[str, dict[str, str]]:
    """The main text of an HTML page and its metadata (``title``)."""
    check_depth(html, name)
    tree = LexborHTMLParser(html)
    meta: dict[str, str] = {}
    title = tree.css_first("title")
    if title is not None:
        t = _collapse(title.text(deep=True))
        if t:
            meta["title"] = t
    body = tree.body
    if body is None:
        return "", meta
    _remove_chrome(body)
    sizes = _measure(body)
    roots = _main_content(body, sizes)
    blocks: list[str] = []
    if roots[0] is not body:
        heading = _outside_heading(body, roots)
        if heading:
            blocks.append(heading)
    for root in roots:
        blocks.extend(_render(root, sizes))
    return "\n\n".join(blocks), meta


def _tokens(node: LexborNode) -> set[str]:
    attrs = node.attributes
    words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    return set(_TOKEN_SPLIT.split(words)) if words.strip() else set()


def _inside(node: LexborNode, tags: frozenset[str]) -> bool:
    p = node.parent
    while p is not None:
        if p.tag in tags:
            return True
        p = p.parent
    return False


_CONTENT_TAGS = frozenset({"article", "main"})


@dataclass(slots=True)
class _Size:
    """What an element holds, measured once for the whole tree."""

    text: int = 0  # characters of text
    links: int = 0  # characters of link text
    n_links: int = 0
    commas: int = 0
    h1: bool = False
    content: bool = False  # an <article>, <main> or <h1> inside (or itself)
    tables: int = 0  # <table> elements, itself included


def _measure(root: LexborNode) -> dict[int, _Size]:
    """:class:`_Size` of every element under ``root``, in one pass."""
    sizes: dict[int, _Size] = {}
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        tag = node.tag
        if tag == "-text":
            text = node.text_content or ""
            parent = node.parent
            if parent is not None and text.strip():
                size = sizes.get(parent.mem_id)
                if size is None:
                    size = sizes[parent.mem_id] = _Size()
                words = text.split()
                size.text += sum(map(len, words)) + len(words)
                size.commas += text.count(",")
            continue
        if tag is None or tag.startswith("-"):
            continue
        if not done:
            if node.mem_id not in sizes:
                sizes[node.mem_id] = _Size()
            stack.append((node, True))
            stack.extend((c, False) for c in _children(node))
            continue
        size = sizes[node.mem_id]
        if tag == "a":
            size.links = size.text
            size.n_links += 1
        elif tag == "table":
            size.tables += 1
        elif tag == "h1":
            size.h1 = True
        if tag in ("article", "main", "h1"):
            size.content = True
        parent = node.parent
        if parent is not None and node is not root:
            up = sizes.get(parent.mem_id)
            if up is None:
                up = sizes[parent.mem_id] = _Size()
            up.text += size.text
            up.links += size.links
            up.n_links += size.n_links
            up.commas += size.commas
            up.h1 |= size.h1
            up.content |= size.content
            up.tables += size.tables
    return sizes


def _remove_chrome(body: LexborNode) -> None:
    measured: dict[int, _Size] | None = None

    def size_of(node: LexborNode) -> _Size:
        nonlocal measured
        if measured is None:
            measured = _measure(body)
        return measured.get(node.mem_id, _Size())

    doomed: list[LexborNode] = []
    for node in body.traverse():
        tag = node.tag
        if tag in _SKIP:
            doomed.append(node)
            continue
        attrs = node.attributes
        if (
            tag in ("header", "footer")
            and not _inside(node, _CONTENT_TAGS)
            and not (tag == "header" and size_of(node).h1)
        ):
            doomed.append(node)
            continue
        if (attrs.get("role") or "").lower() in _CHROME_ROLES or "hidden" in attrs:
            doomed.append(node)
            continue
        if (attrs.get("aria-hidden") or "").lower() == "true":
            doomed.append(node)
            continue
        if tag in ("article", "main", "body", "table", "tr", "td", "th", "tbody"):
            continue
        if _tokens(node) & _CHROME_WORDS and not size_of(node).content:
            doomed.append(node)
    for node in doomed:
        if node.parent is not None:
            node.decompose()
    # Link lists: judged in document order, so an element is measured before
    # anything inside it is removed.
    sizes = _measure(body)
    for node in list(body.css("ul, ol, div, p, section, td")):
        size = sizes.get(node.mem_id)
        if size is None or size.n_links < 3 or node.parent is None:
            continue
        if size.text and size.links >= 0.8 * size.text:
            node.decompose()


def _main_content(body: LexborNode, sizes: dict[int, _Size]) -> list[LexborNode]:
    """The nodes holding the release: the largest ``<article>``/``<main>``,
    else the densest run of paragraphs, else the whole body."""
    total = sizes[body.mem_id].text
    best: LexborNode | None = None
    best_len = 0
    for sel in _MAIN_SELECTORS:
        for node in body.css(sel):
            n = sizes.get(node.mem_id, _Size()).text
            if n > best_len:
                best, best_len = node, n
    if best is not None and best_len >= 200 and best_len >= 0.25 * total:
        return [best]
    dense = _densest(body, sizes)
    if dense and sum(sizes[n.mem_id].text for n in dense) >= 0.3 * total:
        return dense
    return [body]


def _link_density(size: _Size) -> float:
    return size.links / size.text if size.text else 1.0


def _own_text(node: LexborNode) -> str:
    return " ".join(c.text_content or "" for c in _children(node) if c.tag == "-text")


def _is_paragraph(node: LexborNode, size: _Size) -> bool:
    return node.tag == "p" and size.text >= 80 and _link_density(size) < 0.25


def _densest(body: LexborNode, sizes: dict[int, _Size]) -> list[LexborNode] | None:
    """The element that holds most paragraph text (scored as Readability
    does: paragraphs credit their parent fully and grandparent by half, less
    the share of link text), with those of its siblings that score alike."""
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}

    def credit(node: LexborNode | None, amount: float) -> None:
        if node is None or node.tag in ("html", "body", None):
            return
        scores[node.mem_id] = scores.get(node.mem_id, 0.0) + amount
        nodes[node.mem_id] = node

    for node in body.css("p, pre, td, div"):
        own = node.tag in ("td", "div")
        if own:
            text = _collapse(_own_text(node))
            length, commas = len(text), text.count(",")
        else:
            size = sizes.get(node.mem_id, _Size())
            length, commas = size.text, size.commas
        if length < 25:
            continue
        score = 1 + commas + min(length / 100, 3)
        holder = node if own else node.parent
        credit(holder, score)
        credit(holder.parent if holder is not None else None, score / 2)
    if not scores:
        return None
    final = {k: v * (1 - _link_density(sizes.get(k, _Size()))) for k, v in scores.items()}
    top = max(final, key=lambda k: final[k])
    if final[top] < 5:
        return None
    winner = nodes[top]
    parent = winner.parent
    if parent is None or parent.tag in ("html", None):
        return [winner]
    keep: list[LexborNode] = []
    for sib in _children(parent):
        if sib.mem_id == winner.mem_id:
            keep.append(sib)
        elif sib.tag in ("-text", "-comment") or sib.tag is None:
            continue
        elif final.get(sib.mem_id, 0.0) >= max(3.0, 0.1 * final[top]) or _is_paragraph(
            sib, sizes.get(sib.mem_id, _Size())
        ):
            keep.append(sib)
    return keep


def _outside_heading(body: LexborNode, roots: list[LexborNode]) -> str | None:
    """The page's single ``<h1>`` when the main content does not hold one."""
    if any(root.tag == "h1" or root.css_first("h1") is not None for root in roots):
        return None
    h1s = body.css("h1")
    if len(h1s) != 1:
        return None
    return _collapse(h1s[0].text(deep=True)) or None


def _collapse(s: str) -> str:
    return _SPACE.sub(" ", s).strip()


def _render(root: LexborNode, sizes: dict[int, _Size]) -> list[str]:
    """Blocks of text (paragraphs, list items, pipe tables) under ``root``."""
    blocks: list[str] = []
    inline: list[str] = []

    def flush() -> None:
        if not inline:
            return
        lines = [_collapse(part) for part in "".join(inline).split(_BREAK)]
        text = "\n".join(line for line in lines if line)
        if text and not _PAGE_NUMBER.match(text):
            blocks.append(text)
        inline.clear()

    # An explicit stack of (node, entering) keeps deep pages off the call stack.
    stack: list[tuple[LexborNode, bool]] = [(root, True)]
    while stack:
        node, entering = stack.pop()
        tag = node.tag
        if not entering:
            if tag in _BLOCK:
                flush()
            continue
        if tag == "-text":
            inline.append(node.text_content or "")
            continue
        if tag is None or tag.startswith("-") or tag in _SKIP:
            continue
        if tag == "br":
            inline.append(_BREAK)
            continue
        if tag == "pre":
            flush()
            text = node.text(deep=True).strip("\n")
            if text.strip():
                blocks.append(text)
            continue
        if tag == "table":
            rows = _table_rows(node) if sizes.get(node.mem_id, _Size()).tables <= 1 else None
            if rows is not None:
                flush()
                if rows:
                    blocks.append(pipe_table(rows))
                continue
        if tag in _BLOCK:
            flush()
        if tag == "li":
            inline.append("- ")
        stack.append((node, False))
        children = list(_children(node))
        stack.extend((c, True) for c in reversed(children))
        if tag in ("td", "th"):
            inline.append(" ")
    flush()
    return blocks


def _children(node: LexborNode) -> Iterable[LexborNode]:
    child = node.child
    while child is not None:
        yield child
        child = child.next


def _cell_text(cell: LexborNode) -> str:
    """A cell's text, with a space wherever a line break or block would be."""
    parts: list[str] = []
    for node in cell.traverse(include_text=True):
        if node.tag == "-text":
            parts.append(node.text_content or "")
        elif node.tag == "br" or node.tag in _BLOCK:
            parts.append(" ")
    return "".join(parts)


def _own_rows(table: LexborNode) -> list[LexborNode]:
    """The ``<tr>`` elements of ``table`` itself, not of tables inside it."""
    rows: list[LexborNode] = []
    stack = list(reversed(list(_children(table))))
    while stack:
        node = stack.pop()
        if node.tag == "tr":
            rows.append(node)
        elif node.tag in ("thead", "tbody", "tfoot"):
            stack.extend(reversed(list(_children(node))))
    return rows


def _table_rows(table: LexborNode) -> list[list[str]] | None:
    """The cleaned cells of a data table; None for a table used for layout.

    A cell spanning several columns is put in the first of them that holds
    values in other rows, so headers stand over their numbers.
    """
    grid: list[list[tuple[str, int, int]]] = []
    for tr in _own_rows(table):
        row: list[tuple[str, int, int]] = []
        col = 0
        for cell in _children(tr):
            if cell.tag not in ("td", "th"):
                continue
            text = clean_cell(_cell_text(cell))
            if len(text) > _LAYOUT_CELL_CHARS:
                return None
            try:
                span = min(max(int(cell.attributes.get("colspan") or 1), 1), 50)
            except ValueError:
                span = 1
            row.append((text, col, span))
            col += span
        grid.append(_merge_signs(row))
    occupied = {c for row in grid for text, c, span in row if text and span == 1}
    placed: list[dict[int, str]] = []
    for row in grid:
        cells: dict[int, str] = {}
        for text, c, span in row:
            if not text:
                continue
            target = next((k for k in range(c, c + span) if k in occupied), c)
            cells[target] = f"{cells[target]} {text}" if target in cells else text
        if cells:
            placed.append(cells)
    columns = sorted({c for cells in placed for c in cells})
    if len(columns) < 2:
        return None if placed else []
    return [[cells.get(c, "") for c in columns] for cells in placed]


def _merge_signs(row: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Join cells holding only ``$`` or ``(`` to the next, ``)`` or ``%`` to the previous."""
    out = list(row)
    for i, (cell, _, _) in enumerate(out):
        if cell and _CURRENCY_ONLY.match(cell):
            for j in range(i + 1, len(out)):
                if out[j][0]:
                    out[j] = (cell + out[j][0], out[j][1], out[j][2])
                    out[i] = ("", out[i][1], out[i][2])
                    break
    for i, (cell, _, _) in enumerate(out):
        if cell and _CLOSER_ONLY.match(cell):
            for j in range(i - 1, -1, -1):
                if out[j][0]:
                    out[j] = (out[j][0] + cell, out[j][1], out[j][2])
                    out[i] = ("", out[i][1], out[i][2])
                    break
    return out
