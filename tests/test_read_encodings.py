"""Plain-text releases in any encoding read to the same text."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from assay.read import ReadError, read_path

RELEASE = (
    "MONTR\u00c9AL, Qu\u00e9bec, le 4 mars 2024 \u2013 Ressources Boréal Inc. (\u00ab Boréal \u00bb) "
    "(TSXV: RBO) is pleased to announce the \u201cclosing\u201d of its placement of 5,000,000 units at "
    "C$0.20 per unit for gross proceeds of C$1,000,000 \u2014 the Company\u2019s first financing of 2024.\n"
)


@pytest.mark.parametrize(
    "data",
    [
        RELEASE.encode("utf-8"),
        codecs.BOM_UTF8 + RELEASE.encode("utf-8"),
        RELEASE.encode("cp1252"),
        RELEASE.encode("utf-16"),  # with its byte-order mark
        codecs.BOM_UTF16_BE + RELEASE.encode("utf-16-be"),
        RELEASE.encode("utf-16-le"),  # without a byte-order mark
    ],
    ids=["utf-8", "utf-8-bom", "cp1252", "utf-16", "utf-16-be-bom", "utf-16-le-no-bom"],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "release.txt"
    p.write_bytes(data)
    (doc,) = read_path(p)
    assert doc.text == RELEASE
    assert doc.format == "text"


def test_latin1_without_cp1252_punctuation(tmp_path: Path) -> None:
    text = "QU\u00c9BEC, le 4 mars 2024 - Mines d'Or Fran\u00e7ois Lt\u00e9e a cl\u00f4tur\u00e9 son placement.\n"
    p = tmp_path / "release.txt"
    p.write_bytes(text.encode("latin-1"))
    assert read_path(p)[0].text == text


def test_mojibake_is_repaired(tmp_path: Path) -> None:
    p = tmp_path / "release.txt"
    p.write_text(RELEASE.encode("utf-8").decode("cp1252", errors="replace"), encoding="utf-8")
    (doc,) = read_path(p)
    assert "Company\u2019s first financing" in doc.text
    assert "\u00e2\u20ac" not in doc.text


def test_clean_text_is_left_exactly_as_written(tmp_path: Path) -> None:
    text = "Gross proceeds were $1.2 million \u2014 \u201cwell received\u201d \u00e0 Montr\u00e9al.\n"
    p = tmp_path / "release.md"
    p.write_text(text, encoding="utf-8")
    assert read_path(p)[0].text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\r\n  ", "empty"),
        (b"\x00" * 4096, "binary"),
        (bytes(range(1, 9)) * 200, "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xc3\x28 bad", "invalid"),
        (bytes(b for pair in zip(range(128, 256), [0] * 128, strict=True) for b in pair) * 8, "not text"),
        (b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\xf8\xa1\xa1\xa1\xa1\xfc\xa1" * 60, "not text"),
    ],
    ids=["empty", "whitespace", "nul", "controls", "bad-after-bom", "utf16-garbage", "invalid-utf8"],
)
def test_what_is_not_text_is_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(ReadError, match=reason) as e:
        read_path(p)
    assert str(e.value).startswith(f"{p}: ")
