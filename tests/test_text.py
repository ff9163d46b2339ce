from __future__ import annotations

from assay.extract.text import lines, paragraphs, sentences


def test_sentences_keep_abbreviations_and_amounts_whole() -> None:
    text = (
        "Mr. Robert Pease P.Geo., Chief Geologist of the Company, approved it. The Company "
        "raised $1.5 million at $0.10 per unit. Golden Queen Mining Co. Ltd. (TSX: GQM) is pleased."
    )
    got = [s.text for s in sentences(text)]
    assert got == [
        "Mr. Robert Pease P.Geo., Chief Geologist of the Company, approved it.",
        "The Company raised $1.5 million at $0.10 per unit.",
        "Golden Queen Mining Co. Ltd. (TSX: GQM) is pleased.",
    ]


def test_sentences_offsets_index_the_text() -> None:
    text = "First one.  Second one!\n\nThird without a stop"
    for s in sentences(text):
        assert text[s.start : s.end] == s.text
    assert [s.text for s in sentences(text)] == ["First one.", "Second one!", "Third without a stop"]


def test_lines_and_paragraphs() -> None:
    text = "a\nb\n\n  \nc"
    assert [p.text for p in lines(text)] == ["a", "b", "", "  ", "c"]
    assert [p.text for p in paragraphs(text)] == ["a\nb", "c"]
