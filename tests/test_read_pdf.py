"""PDF releases: the text layer in reading order, tables kept, bad PDFs refused."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from assay.extract.tables import find_tables
from assay.normalise import normalise
from assay.read import ReadError, read_path
from release_files import HEADLINE, PARAGRAPHS, SIGNATURE, TABLE, release_pdf


def test_paragraphs_are_rejoined_and_headline_stands_alone(tmp_path: Path) -> None:
    (doc,) = read_path(release_pdf(tmp_path / "r.pdf"))
    assert doc.format == "pdf"
    assert doc.metadata["pages"] == 2
    blocks = doc.text.split("\n\n")
    assert blocks[0] == HEADLINE
    for p in PARAGRAPHS:
        assert p in blocks
    assert SIGNATURE in blocks


def test_running_heads_and_page_numbers_are_dropped(tmp_path: Path) -> None:
    (doc,) = read_path(release_pdf(tmp_path / "r.pdf", pages=3))
    assert "NEWS RELEASE" not in doc.text
    assert "Page 1" not in doc.text and "Page 2" not in doc.text


def test_ruled_table_becomes_a_pipe_table(tmp_path: Path) -> None:
    (doc,) = read_path(release_pdf(tmp_path / "r.pdf"))
    assert "| NB-24-01 | 12.0 | 24.5 | 12.5 | 3.20 |" in doc.text
    (table,) = find_tables(normalise(doc.text).text)
    assert [[c.text for c in row] for row in table.rows] == TABLE


def test_unruled_table_keeps_its_columns_apart(tmp_path: Path) -> None:
    (doc,) = read_path(release_pdf(tmp_path / "r.pdf", ruled=False))
    tables = find_tables(normalise(doc.text).text)
    assert len(tables) == 1
    assert tables[0].kind == "aligned"
    assert [[c.text for c in row] for row in tables[0].rows] == TABLE


def test_table_sits_between_the_text_around_it(tmp_path: Path) -> None:
    (doc,) = read_path(release_pdf(tmp_path / "r.pdf"))
    assert doc.text.index(PARAGRAPHS[-1]) < doc.text.index("| Hole |") < doc.text.index(SIGNATURE)


def _encrypted(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="reader")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(0, 10, "Confidential")
    pdf.output(str(path))
    return path


def _no_text(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 80, 40, style="F")
    pdf.output(str(path))
    return path


def _truncated(path: Path) -> Path:
    data = release_pdf(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _corrupt(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    return path


def _zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document>Release</w:document>")
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_encrypted, "encrypted PDF"),
        (_truncated, "truncated PDF"),
        (_corrupt, "corrupt PDF"),
        (_zip, "ZIP archive"),
    ],
)
def test_bad_pdfs_are_refused_with_the_reason(tmp_path: Path, make: Callable[[Path], Path], reason: str) -> None:
    path = make(tmp_path / "bad.pdf")
    with pytest.raises(ReadError, match=reason) as e:
        read_path(path)
    assert str(e.value).startswith(str(path))
    assert "\n" not in str(e.value)


def test_pdf_without_text_layer_is_refused_or_read_by_ocr(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"no text layer|OCR found no text"):
        read_path(_no_text(tmp_path / "scan.pdf"))


def test_non_pdf_named_pdf_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "release.pdf"
    p.write_text("Just some words of a release.")
    with pytest.raises(ReadError, match="not a PDF"):
        read_path(p)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="OCR needs Debian's tesseract-ocr")
def test_scanned_pdf_is_read_by_ocr(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1700, 400), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=36)
    draw.text((60, 60), "Northbrook Gold Closes Private Placement", fill=0, font=font)
    draw.text((60, 160), "Gross proceeds of $2,500,000 were raised.", fill=0, font=font)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=190)
    pdf.output(str(tmp_path / "scan.pdf"))
    (doc,) = read_path(tmp_path / "scan.pdf")
    assert doc.metadata["ocr"] is True
    assert "Northbrook Gold Closes Private Placement" in doc.text
    assert "$2,500,000" in doc.text


def test_a_number_at_the_top_of_a_page_is_kept_unless_every_page_has_one(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.set_auto_page_break(False)
    for page, first in enumerate(("Restricted cash", "12"), start=1):
        pdf.add_page()
        pdf.set_y(12)
        pdf.cell(0, 5, first)
        pdf.set_y(40)
        pdf.multi_cell(0, 5, f"Statement of financial position, page {page} of the release, with its notes.")
    pdf.output(str(tmp_path / "r.pdf"))
    (doc,) = read_path(tmp_path / "r.pdf")
    assert "Restricted cash" in doc.text
    assert "\n\n12\n\n" in doc.text


def test_bytes_after_the_end_marker_do_not_stop_the_reading(tmp_path: Path) -> None:
    path = release_pdf(tmp_path / "r.pdf")
    path.write_bytes(path.read_bytes() + b"\n" + b"\x00 signature block " * 400)
    (doc,) = read_path(path)
    assert doc.text.startswith(HEADLINE)


LEFT = (
    "Kestrel Copper Ltd. reports that drilling at the North zone intersected broad copper mineralization "
    "in all six holes of the winter program, extending the zone by 300 metres to the east."
)
RIGHT = (
    "The Company holds a 100% interest in the property, which lies 40 kilometres north of Timmins, Ontario, "
    "and is reached year-round by a paved highway and a network of forestry roads."
)


def test_two_columns_of_prose_are_read_one_after_the_other(tmp_path: Path) -> None:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Kestrel Copper Extends the North Zone by 300 Metres")
    pdf.set_font("helvetica", size=10)
    top = pdf.get_y() + 4
    for x, text in ((10, LEFT), (110, RIGHT)):
        pdf.set_xy(x, top)
        for _ in range(2):
            pdf.set_x(x)
            pdf.multi_cell(88, 5, text)
            pdf.set_x(x)
            pdf.ln(3)
    pdf.set_xy(10, 150)
    pdf.multi_cell(0, 5, "For further information contact Jane Roe, President and Chief Executive Officer.")
    pdf.output(str(tmp_path / "cols.pdf"))
    (doc,) = read_path(tmp_path / "cols.pdf")
    blocks = doc.text.split("\n\n")
    assert blocks[0] == "Kestrel Copper Extends the North Zone by 300 Metres"
    assert blocks[1:5] == [LEFT, LEFT, RIGHT, RIGHT]
    assert blocks[5].startswith("For further information contact Jane Roe")
