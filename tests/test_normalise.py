"""Normalisation: the genre's noise goes, and every span still points at the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assay.normalise import normalise
from assay.normalise.doc import Doc
from assay.normalise.rules import _PATTERN, _replace

CASES = [
    # (raw, normalised)
    (r"loss was \$5,245,165 or \$0.09", "loss was $5,245,165 or $0.09"),
    ("Ticker Symbol: **EMR-**TSX Venture Exchange", "Ticker Symbol: EMR-TSX Venture Exchange"),
    ("the CeramextTM process", "the Ceramext process"),
    ("Acme® Gold and Zed\u2122 Metals", "Acme Gold and Zed Metals"),
    ("\u201cEmgold\u201d or the \u2018Company\u2019", "\"Emgold\" or the 'Company'"),
    ("1400 \u2013 570 Granville \u2014 Street", "1400 - 570 Granville - Street"),
    ("CDN$0.10\u00a0per\u202fUnit", "CDN$0.10 per Unit"),
    ("explo-\nration program", "exploration program"),
    ("Idaho-\nMaryland", "Idaho-\nMaryland"),
    ("line one\r\nline two\rthree", "line one\nline two\nthree"),
    ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
    ("AT&amp;T &#36;5 and&nbsp;more", "AT&T $5 and more"),
    ("Hugo\u00b4s departure", "Hugo's departure"),
    ("more\u2026", "more..."),
    ("a __bold__ word and ______ blank", "a bold word and ______ blank"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_normalised_text(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize(("raw", "_expected"), CASES)
def test_every_character_maps_back(raw: str, _expected: str) -> None:
    doc = normalise(raw)
    for i, ch in enumerate(doc.text):
        a, b = doc.orig_range(i, i + 1)
        assert 0 <= a < b <= len(raw)
        if ch.isalnum():
            assert ch in raw[a:b]


def test_span_of_an_amount_is_the_original_with_its_escape() -> None:
    raw = r"Emgold's loss was \$5,245,165 or \$0.09 per share"
    doc = normalise(raw)
    i = doc.text.index("$5,245,165")
    span = doc.span(i, i + len("$5,245,165"))
    assert span.text == r"$5,245,165"
    assert raw[span.start - 1 : span.end] == r"\$5,245,165"


def test_span_across_a_removed_marker_covers_it() -> None:
    raw = "Ticker Symbol: **EMR-**TSX Venture Exchange"
    doc = normalise(raw)
    i = doc.text.index("EMR-TSX")
    assert doc.span(i, i + 7).text == "EMR-**TSX"


def test_span_of_joined_word_covers_the_break() -> None:
    raw = "an explo-\r\nration program"
    doc = normalise(raw)
    i = doc.text.index("exploration")
    assert doc.span(i, i + 11).text == "explo-\r\nration"


def test_untouched_text_is_its_own_map() -> None:
    raw = "VANCOUVER, Dec. 18, 2019 /CNW/ - Finlay Minerals Ltd."
    doc = normalise(raw)
    assert doc.text == raw
    assert doc.span(33, 53).text == "Finlay Minerals Ltd."


def test_empty_text() -> None:
    doc = normalise("")
    assert doc.text == ""
    assert doc.span(0, 0).text == ""


_NOISY = st.text(
    alphabet=st.sampled_from(list("aTM(R)\\$*_- \n\r\t&#;x0\u2013\u00a0\u2019\u201c\u2122\u00ad\u2026"))
    | st.characters(),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(_NOISY)
def test_candidate_scan_finds_what_a_full_scan_finds(text: str) -> None:
    full = Doc.rewritten(text, _PATTERN.finditer(text), _replace)
    assert normalise(text).text == full.text


@settings(max_examples=300, deadline=None)
@given(_NOISY)
def test_spans_are_slices_of_the_original(text: str) -> None:
    doc = normalise(text)
    n = len(doc.text)
    for a, b in ((0, n), (0, n // 2), (n // 3, n)):
        span = doc.span(a, b)
        assert text[span.start : span.end] == span.text
