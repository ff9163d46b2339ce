"""Do HTML and PDF copies of releases give the records their plain text gives?

    python benchmarks/eval_formats.py DEV_DIR [--score SCORE_PY] [--work DIR] [--compare]

Each ``DEV_DIR/NAME.txt`` (markdown-flavoured release text with ``NAME.json``
gold beside it) is converted with real tools:

- HTML: Python-Markdown (tables, line breaks kept) renders the release, which
  is set in one of three kinds of page, in turn: a newswire page with semantic
  markup (header, navigation, cookie banner, breadcrumbs, a sidebar of other
  headlines with money amounts so leaked chrome costs precision, share
  buttons, footer); a company site of ``<div>``\\ s with class names only; and
  an old site laid out with tables.
- PDF: WeasyPrint prints the release alone (as a company's PDF), A4, ruled
  tables, running header and "Page N of M" footer.

The three sets are read by ``assay.read`` and extracted; ``score.py`` scores
each against the gold, and the overall F1 of each is printed with the
difference from plain text. ``--compare`` also measures the alternatives
(trafilatura for HTML, PDFium's text for PDF): word recall and precision of
the read text against the release's words, records F1, and seconds per file. Every span of every
record is checked to index the text the reader produced.
"""

from __future__ import annotations

import argparse
import difflib
import html
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import markdown
import weasyprint

from assay.output.jsonout import write_record
from assay.pipeline import extract_document
from assay.read import Document, read_path

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
WORD = re.compile(r"\w+")

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Resource Wire</title>
<link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}
gtag('js',new Date());</script>
<style>body{{font-family:sans-serif}} .cookie-banner{{position:fixed}}</style>
</head><body>
<div class="cookie-banner" id="cookie-consent">We use cookies to improve your experience.
<button>Accept all</button> <a href="/privacy">Privacy policy</a></div>
<header class="site-header"><a class="logo" href="/">Resource Wire</a>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/markets">Markets</a></li><li><a href="/mining">Mining</a></li><li><a href="/energy">Energy</a></li>
<li><a href="/contact">Contact us</a></li></ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search news"><button>Go</button></form></header>
<div class="layout">
<div class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news">News</a> &rsaquo;
<a href="/news/mining">Mining</a></div>
<main id="content">
<article class="news-release">
{body}
<div class="share-tools"><span>Share this release:</span> <a href="#">Email</a> <a href="#">LinkedIn</a>
<a href="#">X</a> <a href="#">Print</a></div>
</article>
</main>
<aside class="sidebar">
<h3>Related news</h3>
<ul>
<li><a href="/n/1">Northern Copper Ltd. Closes $4.2 Million Private Placement of 8,400,000 Units at $0.50</a></li>
<li><a href="/n/2">Silverline Resources Inc. Reports Net Loss of $1,234,567 for the Year Ended June 30, 2021</a></li>
<li><a href="/n/3">Baltic Gold Corp. Intersects 12.5 g/t Au over 7.0 m in Hole BG-22-07</a></li>
<li><a href="/n/4">Westridge Lithium Announces Appointment of Jane Smith as Chief Financial Officer</a></li>
</ul>
<div class="newsletter-signup"><h3>Get the daily mining brief</h3><form><input placeholder="Email"></form></div>
<div class="ad-slot advert">Advertisement: Trade TSX-V stocks with zero commission.</div>
</aside>
</div>
<footer class="site-footer"><p>&copy; 2024 Resource Wire Inc., 100 King Street West, Toronto, ON.
All rights reserved.</p>
<p><a href="/terms">Terms of use</a> | <a href="/privacy">Privacy</a> | <a href="/sitemap">Site map</a></p></footer>
<script src="/static/analytics.js"></script>
</body></html>
"""

DIV_PAGE = """<html><head><title>{title}</title>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_trackPageview']);</script></head><body>
<div id="wrapper"><div class="logo-bar"><img src="/logo.png" alt="Company logo"> <span>TSX-V: XXX</span></div>
<div class="menu-main"><a href="/">Home</a> | <a href="/about">About Us</a> | <a href="/projects">Projects</a> |
<a href="/investors">Investors</a> | <a href="/news">News Releases</a> | <a href="/contact">Contact</a></div>
<div class="row"><div class="col-8 content-col">
{body}
</div>
<div class="col-4 right-col"><div class="box"><h4>Latest headlines</h4>
<a href="/n/9">Company Reports Q2 Results: Revenue of $12.4 Million</a><br>
<a href="/n/8">Company Closes $3,000,000 Flow-Through Financing</a><br>
<a href="/n/7">Company Drills 2.1 g/t Au over 45 m at Hole 22-14</a><br></div>
<div class="box"><h4>Stock quote</h4><p>Last: $0.42 Change: +0.03 Volume: 125,400</p></div></div></div>
<div class="icons"><a href="https://x.example/co">X</a> <a href="https://in.example/co">LinkedIn</a>
<a href="https://yt.example/co">YouTube</a></div>
<div id="disclaimer-bottom">All content copyright The Company. Website by Mining Web Design Ltd.</div></div>
</body></html>
"""

TABLE_PAGE = """<html><head><title>{title}</title></head><body bgcolor="#ffffff">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/banner.gif" alt="banner"><br>
<a href="/">HOME</a> &middot; <a href="/corporate">CORPORATE</a> &middot; <a href="/properties">PROPERTIES</a> &middot;
<a href="/news">NEWS</a> &middot; <a href="/contact">CONTACT</a></td></tr>
<tr><td width="160" valign="top"><a href="/news/2011">2011 News</a><br><a href="/news/2010">2010 News</a><br>
<a href="/news/2009">2009 News</a><br><a href="/news/2008">2008 News</a><br><a href="/maps">Maps</a></td>
<td valign="top">
{body}
</td></tr>
<tr><td colspan="2"><font size="1">Copyright &copy; 2011. All rights reserved.
Best viewed at 1024 x 768.</font></td></tr>
</table></body></html>
"""

TEMPLATES = (PAGE, DIV_PAGE, TABLE_PAGE)
PDF_CSS = weasyprint.CSS(
    string="""
@page { size: A4; margin: 22mm 18mm;
  @top-right { content: "NEWS RELEASE"; font-size: 8pt; color: #555 }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.35 }
h1 { font-size: 15pt }
table { border-collapse: collapse; font-size: 8.5pt; margin: 6pt 0 }
td, th { border: 0.5pt solid #444; padding: 2pt 4pt }
p { margin: 0 0 7pt 0 }
"""
)


def release_html(text: str) -> tuple[str, str]:
    """The release's body as HTML, and its title: markdown rendered, front matter
    shown as a page shows it (title as the heading, then the date)."""
    title = ""
    head = ""
    m = FRONT_MATTER.match(text)
    if m:
        fields = dict(re.findall(r'^(title|date):\s*"?(.*?)"?\s*$', m.group(1), re.MULTILINE))
        title = fields.get("title", "")
        if title:
            head += f"<h1>{html.escape(title)}</h1>\n"
        if fields.get("date"):
            head += f'<p class="dateline"><time>{html.escape(fields["date"])}</time></p>\n'
        text = text[m.end() :]
    body = markdown.markdown(text, extensions=["tables", "nl2br", "sane_lists"])
    if not title:
        first = next((ln.strip(" #*") for ln in text.splitlines() if ln.strip()), "")
        title = first[:120]
    return head + body, title


def convert(dev: Path, work: Path) -> dict[str, list[Path]]:
    sets: dict[str, list[Path]] = {"text": [], "html": [], "pdf": []}
    for fmt in ("html", "pdf"):
        (work / fmt).mkdir(parents=True, exist_ok=True)
    for i, src in enumerate(sorted(dev.glob("*.txt"))):
        text = src.read_text(encoding="utf-8")
        body, title = release_html(text)
        page = work / "html" / f"{src.stem}.html"
        template = TEMPLATES[i % len(TEMPLATES)]
        page.write_text(template.format(title=html.escape(title), body=body), encoding="utf-8")
        pdf = work / "pdf" / f"{src.stem}.pdf"
        doc = f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
        weasyprint.HTML(string=f"{doc}<body>{body}</body></html>").write_pdf(pdf, stylesheets=[PDF_CSS])
        sets["text"].append(src)
        sets["html"].append(page)
        sets["pdf"].append(pdf)
    return sets


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def word_match(reference: str, got: str) -> tuple[float, float]:
    """Recall and precision of ``got``'s words against ``reference``'s, in order."""
    a, b = words(reference), words(got)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    return same / max(len(a), 1), same / max(len(b), 1)


def score(dev: Path, out: Path, score_py: Path) -> float:
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        subprocess.run(
            [sys.executable, str(score_py), str(dev), str(out), "--json", f.name],
            check=True,
            capture_output=True,
        )
        return float(json.loads(Path(f.name).read_text())["overall_f1"])


Reader = Callable[[Path], Document]


def run(readers: dict[str, tuple[list[Path], Reader]], dev: Path, work: Path, score_py: Path) -> dict[str, dict]:
    results: dict[str, dict] = {}
    plain = {p.stem: p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))}
    for label, (files, reader) in readers.items():
        out = work / "out" / label
        out.mkdir(parents=True, exist_ok=True)
        recall, precision, failed = [], [], 0
        t0 = time.perf_counter()
        texts = {}
        for path in files:
            try:
                texts[path.stem] = reader(path)
            except Exception as e:  # noqa: BLE001 - a failure is a figure here
                print(f"  {label}: {path.name}: {e}", file=sys.stderr)
                failed += 1
        seconds = (time.perf_counter() - t0) / max(len(files), 1)
        spans = wrong = 0
        for stem, document in texts.items():
            record = extract_document(document).to_dict()
            for span in record.get("evidence", {}).values():
                if "start" not in span:  # a derived value: a note, no span
                    continue
                spans += 1
                wrong += document.text[span["start"] : span["end"]] != span["text"]
            write_record(record, out / f"{stem}.json")
            r, p = word_match(plain[stem], document.text)
            recall.append(r)
            precision.append(p)
        results[label] = {
            "f1": score(dev, out, score_py),
            "recall": sum(recall) / max(len(recall), 1),
            "precision": sum(precision) / max(len(precision), 1),
            "seconds": seconds,
            "failed": failed,
            "spans": f"{spans - wrong}/{spans}",
        }
    return results


def _first(path: Path) -> Document:
    return read_path(path)[0]


def _trafilatura(path: Path) -> Document:
    import trafilatura

    text = trafilatura.extract(
        path.read_text(encoding="utf-8"),
        output_format="markdown",
        include_tables=True,
        include_comments=False,
        favor_recall=True,
    )
    return Document(text=text or "", path=str(path), format="html")


def _pdfium(path: Path) -> Document:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    pages = [doc[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(doc))]
    return Document(text="\n\n".join(pages), path=str(path), format="pdf")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dev", type=Path, help="folder of NAME.txt releases with NAME.json gold")
    ap.add_argument("--score", type=Path, default=None, help="score.py (default: DEV/../score.py)")
    ap.add_argument("--work", type=Path, default=None, help="folder for the converted files and records")
    ap.add_argument("--compare", action="store_true", help="also measure trafilatura and PDFium's plain text")
    a = ap.parse_args()
    score_py = a.score or a.dev.parent / "score.py"
    work = a.work or Path(tempfile.mkdtemp(prefix="assay-formats-"))
    sets = convert(a.dev, work)
    readers: dict[str, tuple[list[Path], Reader]] = {
        "text": (sets["text"], _first),
        "html": (sets["html"], _first),
        "pdf": (sets["pdf"], _first),
    }
    if a.compare:
        readers["html-trafilatura"] = (sets["html"], _trafilatura)
        readers["pdf-pdfium-text"] = (sets["pdf"], _pdfium)
    results = run(readers, a.dev, work, score_py)
    base = results["text"]["f1"]
    print(f"{'set':18} {'F1':>6} {'vs text':>8} {'word R':>7} {'word P':>7} {'s/file':>7} failed  spans in text")
    for label, r in results.items():
        print(
            f"{label:18} {r['f1']:6.3f} {r['f1'] - base:+8.3f} {r['recall']:7.3f} {r['precision']:7.3f} "
            f"{r['seconds']:7.3f} {r['failed']:6}  {r['spans']}"
        )
    print(f"converted files and records: {work}")


if __name__ == "__main__":
    main()
