"""Release files in every format, built by the tests themselves.

One composed release (a closed private placement with a table of drill
results) rendered as a newswire HTML page with its chrome, as a PDF made with
fpdf2, and as an exhibit of an EDGAR full-submission file.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

HEADLINE = "Northbrook Gold Closes $2.5 Million Non-Brokered Private Placement"
PARAGRAPHS = [
    "VANCOUVER, British Columbia, March 4, 2024 -- Northbrook Gold Corp. (TSXV: NBG) (OTCQB: NBGCF) "
    '("Northbrook" or the "Company") is pleased to announce that it has closed its non-brokered private '
    "placement of 10,000,000 units at a price of $0.25 per unit for gross proceeds of $2,500,000.",
    "Each unit consists of one common share and one-half of one common share purchase warrant. Each whole "
    "warrant entitles the holder to acquire one common share at a price of $0.40 for 24 months.",
    "The Company also reports assays from its winter drill program at the Kestrel property:",
]
TABLE = [
    ["Hole", "From (m)", "To (m)", "Length (m)", "Au (g/t)"],
    ["NB-24-01", "12.0", "24.5", "12.5", "3.20"],
    ["NB-24-02", "101.3", "110.0", "8.7", "1.05"],
]
SIGNATURE = "Elena Marsh, President and Chief Executive Officer"
CHROME = [
    "We use cookies to improve your experience",
    "Markets",
    "Silverline Resources Inc. Reports Net Loss of $1,234,567",
    "Copyright 2024 Resource Wire",
    "window.dataLayer",
    "Share this release",
]

TEXT = "\n\n".join([HEADLINE, *PARAGRAPHS, "\n".join("| " + " | ".join(r) + " |" for r in TABLE), SIGNATURE])


def release_body_html() -> str:
    rows = "".join(
        "<tr>" + "".join(f"<{'th' if i == 0 else 'td'}>{c}</{'th' if i == 0 else 'td'}>" for c in r) + "</tr>"
        for i, r in enumerate(TABLE)
    )
    paragraphs = "".join(f"<p>{p.replace('&', '&amp;')}</p>" for p in PARAGRAPHS)
    return f"<h1>{HEADLINE}</h1>{paragraphs}<table>{rows}</table><p><b>{SIGNATURE}</b></p>"


def newswire_page(body: str | None = None) -> str:
    """The release inside a news site's page: header, navigation, sidebar, footer."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE} | Resource Wire</title>
<script>window.dataLayer = window.dataLayer || []; var price = "$9,999,999";</script>
<style>.x {{ color: red }}</style></head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<header class="site-header"><a href="/">Resource Wire</a><nav><ul><li><a href="/">Home</a></li>
<li><a href="/news">News</a></li><li><a href="/markets">Markets</a></li></ul></nav></header>
<main><article class="release">{body if body is not None else release_body_html()}
<div class="share-tools">Share this release: <a href="#">Email</a> <a href="#">LinkedIn</a></div></article></main>
<aside><h3>Related news</h3><ul><li><a href="/1">Silverline Resources Inc. Reports Net Loss of $1,234,567</a></li>
<li><a href="/2">Baltic Gold Corp. Intersects 12.5 g/t Au over 7.0 m</a></li></ul></aside>
<footer><p>Copyright 2024 Resource Wire Inc. All rights reserved.</p></footer>
<script src="/analytics.js"></script></body></html>"""


class _ReleasePdf(FPDF):
    def header(self) -> None:
        self.set_font("helvetica", size=8)
        self.cell(0, 6, "NEWS RELEASE", align="R")
        self.ln(10)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("helvetica", size=8)
        self.cell(0, 10, f"Page {self.page_no()}", align="C")


def release_pdf(path: Path, *, ruled: bool = True, pages: int = 2) -> Path:
    """The release as a PDF: a large headline, wrapped paragraphs, a table, and
    (from page two) more text so running heads repeat."""
    pdf = _ReleasePdf(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 15)
    pdf.multi_cell(0, 8, HEADLINE)
    pdf.ln(4)
    pdf.set_font("helvetica", size=10)
    for p in PARAGRAPHS:
        pdf.multi_cell(0, 5, p)
        pdf.ln(4)
    if ruled:
        with pdf.table(col_widths=(30, 20, 20, 20, 20), width=110, align="LEFT") as t:
            for r in TABLE:
                row = t.row()
                for c in r:
                    row.cell(c)
    else:
        for r in TABLE:
            for i, c in enumerate(r):
                pdf.cell(25 if i else 35, 6, c)
            pdf.ln(6)
    pdf.ln(4)
    for _ in range(pages - 1):
        pdf.add_page()
        pdf.multi_cell(0, 5, "The technical information in this release has been reviewed by a qualified person.")
        pdf.ln(4)
    pdf.multi_cell(0, 5, SIGNATURE)
    pdf.output(str(path))
    return path


def edgar_submission(exhibits: list[tuple[str, str, str]], form: str = "6-K") -> str:
    """A full-submission file: a SEC header, the form's cover document, then
    ``exhibits`` as (type, description, HTML) documents."""
    docs = [
        (form, f"FORM {form}", "<html><body><p>REPORT OF FOREIGN PRIVATE ISSUER</p></body></html>"),
        *exhibits,
    ]
    sections = []
    for seq, (kind, description, html) in enumerate(docs, start=1):
        sections.append(
            f"<DOCUMENT>\n<TYPE>{kind}\n<SEQUENCE>{seq}\n<FILENAME>d{seq}.htm\n<DESCRIPTION>{description}\n"
            f"<TEXT>\n{html}\n</TEXT>\n</DOCUMENT>\n"
        )
    return (
        "<SEC-DOCUMENT>0001104659-24-031234.txt : 20240305\n"
        "<SEC-HEADER>0001104659-24-031234.hdr.sgml : 20240305\n"
        "<ACCEPTANCE-DATETIME>20240305061512\n"
        "ACCESSION NUMBER:\t\t0001104659-24-031234\n"
        f"CONFORMED SUBMISSION TYPE:\t{form}\n"
        "PUBLIC DOCUMENT COUNT:\t\t3\n"
        "CONFORMED PERIOD OF REPORT:\t20240304\n"
        "FILED AS OF DATE:\t\t20240305\n"
        "DATE AS OF CHANGE:\t\t20240305\n\n"
        "FILER:\n\n"
        "\tCOMPANY DATA:\t\n"
        "\t\tCOMPANY CONFORMED NAME:\t\t\tNorthbrook Gold Corp.\n"
        "\t\tCENTRAL INDEX KEY:\t\t\t0001234567\n"
        "\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tGOLD & SILVER ORES [1040]\n"
        "\t\tFISCAL YEAR END:\t\t\t1231\n\n"
        "\tFILING VALUES:\n"
        f"\t\tFORM TYPE:\t\t{form}\n"
        "\t\tSEC ACT:\t\t1934 Act\n"
        "</SEC-HEADER>\n" + "".join(sections) + "</SEC-DOCUMENT>\n"
    )
