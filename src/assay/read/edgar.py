"""SEC EDGAR full-submission files: the press releases a filing carries.

A full submission (``0001234567-24-000123.txt``) holds a ``<SEC-HEADER>``
(form type, filer name, CIK, filing date, accession number) and one
``<DOCUMENT>`` section per document, each with ``<TYPE>``, ``<SEQUENCE>``,
``<FILENAME>``, ``<DESCRIPTION>`` and the document itself under ``<TEXT>``.

Each press-release exhibit (``EX-99.x`` of a 6-K or 8-K) becomes its own
:class:`Document`, its HTML read like any page, carrying the filing's metadata
and a distinct ``stem`` (``<file stem>_ex-99.1``). Exhibits that are plainly
something else (financial statements, MD&A, certificates, consents, circulars)
are left out unless the filing holds nothing else; a filing without exhibits
gives its main document.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from assay.read.document import Document
from assay.read.errors import ReadError
from assay.read.html import html_to_text

_HEADER_FIELDS = {
    "form_type": ("CONFORMED SUBMISSION TYPE", "TYPE"),
    "filer_name": ("COMPANY CONFORMED NAME", "CONFORMED-NAME"),
    "cik": ("CENTRAL INDEX KEY", "CIK"),
    "filing_date": ("FILED AS OF DATE", "FILING-DATE"),
    "accession_number": ("ACCESSION NUMBER", "ACCESSION-NUMBER"),
    "period_of_report": ("CONFORMED PERIOD OF REPORT", "PERIOD"),
}
_KV = re.compile(r"^[ \t]*([A-Z][A-Z0-9 ,/&'()-]{1,60}):[ \t]*(\S[^\n]{0,200})$", re.MULTILINE)
_SGML = re.compile(r"^[ \t]*<([A-Z][A-Z0-9-]{1,40})>[ \t]*(\S[^\n<]{0,200})$", re.MULTILINE)
_DOC_TAG = re.compile(r"^<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[ \t]*([^\n<]{0,200})", re.MULTILINE)
_HTML = re.compile(r"<(?:html|body|p|div|table|font)\b", re.IGNORECASE)
_PAGE_MARK = re.compile(r"^[ \t]*</?(?:PAGE|PRE|S|C|CAPTION|FN|TABLE)>[^\n]{0,20}$", re.MULTILINE | re.IGNORECASE)
_RELEASE = re.compile(r"press release|news release|\bnews\b", re.IGNORECASE)
_NOT_RELEASE = re.compile(
    r"financial statements|management'?s discussion|\bMD&A\b|certificat|\bconsent\b|circular|"
    r"notice of (?:annual|special|the|meeting)|proxy|annual information form|technical report|"
    r"voting instruction|material change report|annual report|\bcode of\b",
    re.IGNORECASE,
)


def read_edgar(text: str, name: str, sha256: str) -> list[Document]:
    """The press releases of an EDGAR submission as :class:`Document`\\ s."""
    header = _header(text)
    documents = list(_documents(text))
    if not documents:
        raise ReadError(name, "EDGAR submission holds no <DOCUMENT> sections")
    exhibits = [d for d in documents if d["type"].upper().startswith("EX-99")]
    releases = [d for d in exhibits if _is_release(d)] or exhibits
    if not releases:
        releases = documents[:1]
    stem = Path(name).stem
    out: list[Document] = []
    used: set[str] = set()
    for d in releases:
        body, page_meta = _content(d["text"], name)
        if not body.strip():
            continue
        slug = re.sub(r"[^a-z0-9.]+", "-", d["type"].lower()).strip("-") or "doc"
        doc_stem = f"{stem}_{slug}"
        if doc_stem in used:
            doc_stem = f"{doc_stem}_{d['sequence'] or len(used)}"
        used.add(doc_stem)
        meta: dict[str, Any] = dict(header)
        meta.update(
            {
                "exhibit_type": d["type"],
                "exhibit_sequence": d["sequence"],
                "exhibit_filename": d["filename"],
                "exhibit_description": d["description"],
                "exhibit_format": "html" if _HTML.search(d["text"][:5000]) else "text",
                "stem": doc_stem,
            }
        )
        meta.update({k: v for k, v in page_meta.items() if k not in meta})
        meta = {k: v for k, v in meta.items() if v}
        out.append(Document(text=body, path=name, format="edgar", sha256=sha256, metadata=meta))
    if not out:
        raise ReadError(name, "EDGAR submission holds no readable press release")
    return out


def _header(text: str) -> dict[str, str]:
    """Filing metadata from the ``<SEC-HEADER>`` (key: value or SGML tags)."""
    start = text.find("<SEC-HEADER>")
    if start < 0:
        start = text.find("<IMS-HEADER>")
    end = text.find("<DOCUMENT>")
    head = text[max(start, 0) : end if end > 0 else 20000]
    found: dict[str, str] = {}
    for m in _KV.finditer(head):
        found.setdefault(m.group(1).strip(), m.group(2).strip())
    for m in _SGML.finditer(head):
        found.setdefault(m.group(1).strip(), m.group(2).strip())
    out: dict[str, str] = {}
    for key, names in _HEADER_FIELDS.items():
        for n in names:
            if found.get(n):
                out[key] = found[n]
                break
    for key in ("filing_date", "period_of_report"):
        v = out.get(key, "")
        if re.fullmatch(r"\d{8}", v):
            out[key] = f"{v[:4]}-{v[4:6]}-{v[6:]}"
    return out


def _documents(text: str) -> list[dict[str, str]]:
    """The ``<DOCUMENT>`` sections: type, sequence, filename, description, text."""
    out: list[dict[str, str]] = []
    pos = 0
    while True:
        start = text.find("<DOCUMENT>", pos)
        if start < 0:
            break
        end = text.find("</DOCUMENT>", start)
        if end < 0:
            end = len(text)
        section = text[start + len("<DOCUMENT>") : end]
        pos = end + 1
        tags = {m.group(1).lower(): m.group(2).strip() for m in _DOC_TAG.finditer(section[:4000])}
        t0 = section.find("<TEXT>")
        t1 = section.rfind("</TEXT>")
        body = section[t0 + len("<TEXT>") : t1 if t1 > t0 else len(section)] if t0 >= 0 else ""
        out.append(
            {
                "type": tags.get("type", ""),
                "sequence": tags.get("sequence", ""),
                "filename": tags.get("filename", ""),
                "description": tags.get("description", ""),
                "text": body,
            }
        )
    return out


def _is_release(d: dict[str, str]) -> bool:
    if _RELEASE.search(d["description"]):
        return True
    if _NOT_RELEASE.search(d["description"]):
        return False
    lines = [ln for ln in re.sub(r"<[^>]{0,2000}>", " ", d["text"][:6000]).splitlines() if ln.strip()]
    title = " ".join(lines[:3])
    return _NOT_RELEASE.search(title) is None


def _content(body: str, name: str) -> tuple[str, dict[str, str]]:
    """The text of one document's ``<TEXT>``: HTML read as a page, plain text kept."""
    stripped = body.strip()
    if stripped.startswith(("<PDF>", "begin 6", "<XBRL>", "<XML>")):
        return "", {}
    if _HTML.search(body[:5000]):
        return html_to_text(body, name)
    return _PAGE_MARK.sub("", body).strip("\n"), {}
