"""HTML pages: the release without the page's chrome, tables kept as tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from assay.extract.tables import find_tables
from assay.normalise import normalise
from assay.pipeline import extract_document
from assay.read import ReadError, read_path
from assay.read.html import MAX_DEPTH, html_to_text
from release_files import CHROME, HEADLINE, PARAGRAPHS, SIGNATURE, TABLE, newswire_page


def _read(tmp_path: Path, html: str | bytes, name: str = "page.html") -> str:
    p = tmp_path / name
    if isinstance(html, str):
        p.write_text(html, encoding="utf-8")
    else:
        p.write_bytes(html)
    (doc,) = read_path(p)
    assert doc.format == "html"
    return doc.text


def test_newswire_page_keeps_the_release_and_drops_the_chrome(tmp_path: Path) -> None:
    text = _read(tmp_path, newswire_page())
    assert text.startswith(HEADLINE)
    for p in PARAGRAPHS:
        assert p in text
    assert SIGNATURE in text
    for chrome in CHROME:
        assert chrome not in text


def test_table_becomes_a_pipe_table_the_table_reader_reads(tmp_path: Path) -> None:
    text = _read(tmp_path, newswire_page())
    assert "| Hole | From (m) | To (m) | Length (m) | Au (g/t) |" in text
    (table,) = find_tables(normalise(text).text)
    assert table.kind == "pipe"
    assert [[c.text for c in row] for row in table.rows] == TABLE


def test_page_title_is_metadata_and_source_records_the_format(tmp_path: Path) -> None:
    p = tmp_path / "release.htm"
    p.write_text(newswire_page(), encoding="utf-8")
    (doc,) = read_path(p)
    assert doc.metadata["title"].startswith("Northbrook Gold Closes")
    release = extract_document(doc)
    assert release.source.format == "html"
    assert release.source.chars == len(doc.text)
    assert release.source.metadata["title"] == doc.metadata["title"]


DIV_SOUP = """<html><body>
<div id="top-bar"><div class="navbar"><a href="/">Home</a> <a href="/about">About</a>
<a href="/ir">Investors</a></div></div>
<div class="row"><div class="col-md-8 content-area">
<h1>Kestrel Copper Reports Third Quarter Results</h1>
<p>TORONTO, Ontario, November 12, 2023 -- Kestrel Copper Ltd. (TSX: KCL) reported a net loss of $1,204,331 for the
three months ended September 30, 2023.</p>
<p>Cash at September 30, 2023 was $4,512,000.</p></div>
<div class="col-md-4"><ul><li><a href="/n1">Kestrel drills 40 m of 1.2% Cu</a></li>
<li><a href="/n2">Kestrel AGM results</a></li>
<li><a href="/n3">Kestrel closes $3 million financing</a></li></ul></div></div>
<div class="site-footer">Kestrel Copper Ltd. | 1 First Street, Toronto | Privacy</div></body></html>"""


def test_page_without_article_markup_drops_link_lists_and_footer(tmp_path: Path) -> None:
    text = _read(tmp_path, DIV_SOUP)
    assert text.splitlines()[0] == "Kestrel Copper Reports Third Quarter Results"
    assert "reported a net loss of $1,204,331 for the three months ended September 30, 2023." in text
    for chrome in ("Investors", "closes $3 million financing", "Privacy", "About"):
        assert chrome not in text


FINANCIAL_TABLE = """<html><body><p>Selected results:</p><table>
<tr><td></td><td colspan="3" align="center">Three Months Ended</td>
<td colspan="3" align="center">Three Months Ended</td></tr>
<tr><td></td><td colspan="3">March 31, 2004</td><td colspan="3">March 31, 2003</td></tr>
<tr><td>Net loss</td><td>$</td><td>(689,586</td><td>)</td><td>$</td><td>(364,139</td><td>)</td></tr>
<tr><td>Loss per share</td><td>&nbsp;</td><td>(0.01</td><td>)</td><td>&nbsp;</td><td>(0.01</td><td>)</td></tr>
</table></body></html>"""


def test_financial_table_signs_join_their_numbers_and_spans_align(tmp_path: Path) -> None:
    text = _read(tmp_path, FINANCIAL_TABLE)
    lines = [ln for ln in text.splitlines() if ln.startswith("|")]
    assert lines[0] == "|  | Three Months Ended | Three Months Ended |"
    assert "| Net loss | $(689,586) | $(364,139) |" in lines
    assert "| Loss per share | (0.01) | (0.01) |" in lines


@pytest.mark.parametrize(
    "html",
    [
        "<table><tr><td><p>"
        + "A long paragraph of a release laid out in a table cell. " * 10
        + "</p></td></tr></table>",
        "<table><tr><td>Only one column here</td></tr><tr><td>and a second row</td></tr></table>",
        "<table><tr><td><table><tr><td>inner cell</td></tr></table></td><td>outer cell</td></tr></table>",
    ],
    ids=["long-cell", "one-column", "nested"],
)
def test_layout_tables_become_paragraphs(html: str) -> None:
    text, _ = html_to_text(f"<html><body>{html}</body></html>")
    assert "|" not in text
    assert text.strip()


def test_declared_legacy_charset_is_used(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
        "<body><p>MONTR\u00c9AL, Qu\u00e9bec \u2013 the \u201cCompany\u201d raised C$1.5 million.</p></body></html>"
    )
    text = _read(tmp_path, page.encode("cp1252"))
    assert text == "MONTR\u00c9AL, Qu\u00e9bec \u2013 the \u201cCompany\u201d raised C$1.5 million."


def test_html_is_found_by_content_whatever_the_suffix(tmp_path: Path) -> None:
    text = _read(tmp_path, newswire_page(), name="release.txt")
    assert text.startswith(HEADLINE)


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 100_000])
def test_deeply_nested_html_is_refused(tmp_path: Path, depth: int) -> None:
    p = tmp_path / "deep.html"
    p.write_text("<html><body>" + "<div>" * depth + "text" + "</div>" * depth + "</body></html>")
    with pytest.raises(ReadError, match="nested too deeply"):
        read_path(p)


def test_nesting_within_the_limit_is_read(tmp_path: Path) -> None:
    depth = MAX_DEPTH - 10
    text = _read(tmp_path, "<html><body>" + "<div>" * depth + "Deep words" + "</div>" * depth + "</body></html>")
    assert text == "Deep words"


def test_page_of_chrome_only_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "empty.html"
    p.write_text("<html><body><nav><a href='/'>Home</a></nav><script>var a = 1;</script></body></html>")
    with pytest.raises(ReadError, match="no readable words"):
        read_path(p)


def test_a_page_given_as_a_string_is_read_as_a_page() -> None:
    from assay.pipeline import extract

    release = extract(newswire_page())
    assert release.source.format == "html"
    assert release.source.chars < len(newswire_page())


SECTIONS = """<html><body><div class="top"><a href="/">Home</a> <a href="/a">About</a> <a href="/b">Projects</a></div>
<div class="wrap"><div class="left"><div class="release-text"><h2>Kestrel Drills 40 m of 1.2% Cu</h2>
<p>{p}{p}{p}</p><p>{p}{p}</p><p>{p}</p></div>
<div class="about"><h3>About Kestrel</h3>
<p>Kestrel Copper Ltd. is a Toronto-based explorer, focused on copper, gold and silver in Ontario.</p></div>
<div class="contact"><p>For further information: Jane Roe, CEO, 416-555-0100, jroe@kestrel.example</p></div></div>
<div class="right"><div class="quote"><p>Last: $0.42 Change: +0.03</p></div></div></div>
<div class="bottom">Copyright Kestrel. Website design by Web Co.</div></body></html>""".format(
    p="Kestrel Copper Ltd. (TSX: KCL) reported drilling results from its property, with grades and widths below. "
)


def test_sections_beside_the_release_body_are_kept_and_the_side_column_is_not(tmp_path: Path) -> None:
    text = _read(tmp_path, SECTIONS)
    assert text.startswith("Kestrel Drills 40 m of 1.2% Cu")
    assert "About Kestrel" in text
    assert "For further information: Jane Roe, CEO" in text
    assert "Last: $0.42" not in text
    assert "Copyright" not in text
    assert "Projects" not in text


def test_page_numbers_between_filing_pages_are_dropped() -> None:
    body = "".join(
        f"<p>Paragraph {n} of the release, with words.</p><p align='center'>{mark}</p><hr>"
        for n, mark in ((1, "-2-"), (2, "Page 3 of 4"), (3, "\u2013 4 \u2013"))
    )
    text, _ = html_to_text(f"<html><body>{body}<p>12</p></body></html>")
    assert text.split("\n\n") == [
        "Paragraph 1 of the release, with words.",
        "Paragraph 2 of the release, with words.",
        "Paragraph 3 of the release, with words.",
        "12",
    ]
