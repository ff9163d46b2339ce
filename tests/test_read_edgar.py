"""EDGAR full-submission files: each press-release exhibit is a release."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from assay.cli import main
from assay.pipeline import extract_document
from assay.read import read_path
from release_files import HEADLINE, PARAGRAPHS, edgar_submission, release_body_html

STATEMENTS = "<html><body><p>CONDENSED INTERIM FINANCIAL STATEMENTS</p><p>Balance sheet ...</p></body></html>"


def _filing(tmp_path: Path, exhibits: list[tuple[str, str, str]], form: str = "6-K") -> Path:
    p = tmp_path / "0001104659-24-031234.txt"
    p.write_text(edgar_submission(exhibits, form=form), encoding="utf-8")
    return p


def test_six_k_press_release_exhibit_with_filing_metadata(tmp_path: Path) -> None:
    release = f"<html><body>{release_body_html()}</body></html>"
    path = _filing(
        tmp_path,
        [("EX-99.1", "PRESS RELEASE DATED MARCH 4, 2024", release), ("EX-99.2", "INTERIM STATEMENTS", STATEMENTS)],
    )
    (doc,) = read_path(path)
    assert doc.format == "edgar"
    assert doc.text.startswith(HEADLINE)
    assert PARAGRAPHS[0] in doc.text
    assert "REPORT OF FOREIGN PRIVATE ISSUER" not in doc.text
    meta = doc.metadata
    assert meta["form_type"] == "6-K"
    assert meta["filer_name"] == "Northbrook Gold Corp."
    assert meta["cik"] == "0001234567"
    assert meta["filing_date"] == "2024-03-05"
    assert meta["accession_number"] == "0001104659-24-031234"
    assert meta["exhibit_type"] == "EX-99.1"
    assert meta["exhibit_format"] == "html"
    assert doc.stem == "0001104659-24-031234_ex-99.1"
    assert extract_document(doc).source.metadata["cik"] == "0001234567"


def test_eight_k_with_two_releases_gives_two_records_through_the_cli(tmp_path: Path) -> None:
    second = "<html><body><h1>Northbrook Gold Announces Annual Meeting Results</h1><p>All nominees elected.</p>"
    path = _filing(
        tmp_path,
        [
            ("EX-99.1", "Press release", f"<html><body>{release_body_html()}</body></html>"),
            ("EX-99.2", "Press release", second + "</body></html>"),
        ],
        form="8-K",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.glob("*.json"))
    assert names == ["0001104659-24-031234_ex-99.1.json", "0001104659-24-031234_ex-99.2.json"]
    record = json.loads((out / names[1]).read_text())
    assert record["source"]["format"] == "edgar"
    assert record["source"]["metadata"]["form_type"] == "8-K"
    assert record["source"]["metadata"]["exhibit_type"] == "EX-99.2"


def test_plain_text_exhibit_and_page_marks(tmp_path: Path) -> None:
    text = f"{HEADLINE}\n\n{PARAGRAPHS[0]}\n<PAGE>\n{PARAGRAPHS[1]}\n"
    path = _filing(tmp_path, [("EX-99.1", "", text)])
    (doc,) = read_path(path)
    assert doc.metadata["exhibit_format"] == "text"
    assert "<PAGE>" not in doc.text
    assert PARAGRAPHS[1] in doc.text


def test_filing_without_exhibits_gives_its_main_document(tmp_path: Path) -> None:
    (doc,) = read_path(_filing(tmp_path, []))
    assert doc.text == "REPORT OF FOREIGN PRIVATE ISSUER"
    assert doc.metadata["exhibit_type"] == "6-K"


def test_dissemination_file_with_sgml_header(tmp_path: Path) -> None:
    nc = (
        "<SUBMISSION>\n<ACCESSION-NUMBER>0001104659-04-015678\n<TYPE>6-K\n<PUBLIC-DOCUMENT-COUNT>2\n"
        "<PERIOD>20040514\n<FILING-DATE>20040517\n<FILER>\n<COMPANY-DATA>\n<CONFORMED-NAME>Kestrel Copper Ltd\n"
        "<CIK>0000987654\n</COMPANY-DATA>\n</FILER>\n"
        "<DOCUMENT>\n<TYPE>6-K\n<SEQUENCE>1\n<TEXT>\nForm 6-K cover\n</TEXT>\n</DOCUMENT>\n"
        f"<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<TEXT>\n<HTML><BODY>{release_body_html()}</BODY></HTML>\n</TEXT>\n"
        "</DOCUMENT>\n</SUBMISSION>\n"
    )
    path = tmp_path / "0001104659-04-015678.nc"
    path.write_text(nc)
    (doc,) = read_path(path)
    assert doc.text.startswith(HEADLINE)
    assert {k: doc.metadata[k] for k in ("form_type", "filer_name", "cik", "filing_date", "period_of_report")} == {
        "form_type": "6-K",
        "filer_name": "Kestrel Copper Ltd",
        "cik": "0000987654",
        "filing_date": "2004-05-17",
        "period_of_report": "2004-05-14",
    }
