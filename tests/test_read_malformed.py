"""A batch of twenty malformed files beside valid ones: twenty one-line
errors naming each file, no crash, a record for every valid release, and an
exit code that says some failed."""

from __future__ import annotations

import json
import os
import random
import zipfile
from pathlib import Path

from click.testing import CliRunner
from fpdf import FPDF

from assay.cli import main
from release_files import TEXT, edgar_submission, newswire_page, release_body_html, release_pdf

MAX_BYTES = 2_000_000


def _pdf_bytes(tmp: Path, **options: object) -> bytes:
    return release_pdf(tmp / "base.pdf", **options).read_bytes()  # type: ignore[arg-type]


def _malformed(d: Path) -> list[Path]:
    rng = random.Random(7)
    files: dict[str, bytes | None] = {
        "empty.txt": b"",
        "whitespace.txt": b"   \n\n\t  \r\n",
        "binary.txt": bytes(range(256)) * 16,
        "random.txt": rng.randbytes(4096),
        "nul.txt": b"\x00" * 8192,
        "controls.txt": bytes(rng.choice(range(1, 9)) for _ in range(2048)),
        "utf16-garbage.txt": bytes(b for _ in range(1024) for b in (rng.randrange(128, 256), 0)),
        "invalid-utf8.txt": b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\xf8\xa1\xa1\xa1\xa1\xfc\xa1" * 60,
        "image.html": b"\x89PNG\r\n\x1a\n" + rng.randbytes(512),
        "chrome-only.html": b"<html><body><nav><a href='/'>Home</a></nav><script>var a=1;</script></body></html>",
        "deep.html": b"<html><body>" + b"<div>" * 100_000 + b"x" + b"</div>" * 100_000 + b"</body></html>",
        "huge.html": b"<html><body>" + b"<p>Northbrook Gold Corp. filler paragraph.</p>\n" * 50_000 + b"</body></html>",
        "truncated.pdf": None,
        "encrypted.pdf": None,
        "scanned.pdf": None,
        "corrupt.pdf": b"%PDF-1.7\n" + rng.randbytes(4096) + b"\n%%EOF\n",
        "archive.pdf": None,
        "edgar-empty.txt": b"<SEC-DOCUMENT>0000000000-24-000001.txt : 20240101\n<SEC-HEADER>\n</SEC-HEADER>\n",
    }
    paths = []
    for name, data in files.items():
        p = d / name
        if data is not None:
            p.write_bytes(data)
        paths.append(p)
    full = _pdf_bytes(d)
    (d / "truncated.pdf").write_bytes(full[: len(full) // 2])
    enc = FPDF()
    enc.set_encryption(owner_password="o", user_password="u")
    enc.add_page()
    enc.set_font("helvetica", size=11)
    enc.cell(0, 10, "Confidential")
    enc.output(str(d / "encrypted.pdf"))
    scan = FPDF()
    scan.add_page()
    scan.rect(20, 20, 80, 40, style="F")
    scan.output(str(d / "scanned.pdf"))
    with zipfile.ZipFile(d / "archive.pdf", "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    (d / "folder.txt").mkdir()
    paths.append(d / "folder.txt")
    if os.geteuid() != 0:
        locked = d / "locked.txt"
        locked.write_text(TEXT)
        locked.chmod(0)
        paths.append(locked)
    else:  # root reads any file: a link to nowhere stands in for an unreadable one
        dangling = d / "dangling.txt"
        dangling.symlink_to(d / "nowhere.txt")
        paths.append(dangling)
    return paths


def _valid(d: Path) -> list[Path]:
    files = {
        "plain.txt": TEXT.encode("utf-8"),
        "legacy.txt": TEXT.replace("--", "\u2013").encode("cp1252"),
        "wide.txt": TEXT.encode("utf-16"),
        "page.html": newswire_page().encode("utf-8"),
        "filing.txt": edgar_submission([("EX-99.1", "Press release", release_body_html())]).encode("utf-8"),
    }
    paths = []
    for name, data in files.items():
        (d / name).write_bytes(data)
        paths.append(d / name)
    paths.append(release_pdf(d / "release.pdf"))
    return paths


def test_twenty_malformed_files_give_twenty_errors_and_valid_files_all_give_records(tmp_path: Path) -> None:
    bad_dir, good_dir, out = tmp_path / "bad", tmp_path / "good", tmp_path / "out"
    bad_dir.mkdir()
    good_dir.mkdir()
    bad = _malformed(bad_dir)
    good = _valid(good_dir)
    assert len(bad) == 20
    args = ["extract", "--out", str(out), "--max-bytes", str(MAX_BYTES)]
    result = CliRunner().invoke(main, args + [str(p) for p in bad + good])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 1
    errors = [ln for ln in result.output.splitlines() if ln.startswith("error: ")]
    assert len(errors) == 20, result.output
    for path in bad:
        (line,) = [e for e in errors if e.startswith(f"error: {path}: ")]
        assert len(line) > len(f"error: {path}: ") + 5
    records = sorted(p.name for p in out.glob("*.json"))
    assert records == sorted(
        ["plain.json", "legacy.json", "wide.json", "page.json", "filing_ex-99.1.json", "release.json"]
    )
    for name in records:
        assert json.loads((out / name).read_text())["source"]["chars"] > 300
    assert "6 record(s) written" in result.output and "20 failed" in result.output


def test_reasons_name_what_is_wrong(tmp_path: Path) -> None:
    bad = _malformed(tmp_path)
    result = CliRunner().invoke(
        main, ["extract", "--out", str(tmp_path / "out"), "--max-bytes", str(MAX_BYTES)] + [str(p) for p in bad]
    )
    reasons = {
        line.split(": ", 2)[1].rsplit("/", 1)[-1]: line.split(": ", 2)[2]
        for line in result.output.splitlines()
        if line.startswith("error: ")
    }
    expected = {
        "empty.txt": "empty",
        "whitespace.txt": "empty",
        "binary.txt": "binary",
        "nul.txt": "binary",
        "image.html": "PNG image",
        "chrome-only.html": "no readable words",
        "deep.html": "nested too deeply",
        "huge.html": "too large",
        "truncated.pdf": "truncated PDF",
        "encrypted.pdf": "encrypted PDF",
        "archive.pdf": "ZIP archive",
        "corrupt.pdf": "corrupt PDF",
        "folder.txt": "is a directory",
        "invalid-utf8.txt": "not text",
        "edgar-empty.txt": "no <DOCUMENT>",
    }
    for name, reason in expected.items():
        assert reason in reasons[name], (name, reasons[name])


def test_ingest_of_malformed_batch_stores_every_valid_release_and_keeps_what_was_stored(tmp_path: Path) -> None:
    bad_dir, good_dir, first_dir = tmp_path / "bad", tmp_path / "good", tmp_path / "first"
    for d in (bad_dir, good_dir, first_dir):
        d.mkdir()
    db = f"sqlite:///{tmp_path / 'releases.db'}"
    runner = CliRunner()
    (first_dir / "earlier.txt").write_text(TEXT.replace("2024", "2023"), encoding="utf-8")
    first = runner.invoke(main, ["ingest", "--db", db, "--jobs", "1", str(first_dir)])
    assert first.exit_code == 0, first.output

    bad = _malformed(bad_dir)
    good = _valid(good_dir)
    args = ["ingest", "--db", db, "--jobs", "1", "--max-bytes", str(MAX_BYTES)]
    result = runner.invoke(main, args + [str(p) for p in bad + good])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 1
    for path in bad:
        assert str(path) in result.output

    listed = runner.invoke(main, ["releases", "--db", db, "--format", "json"])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.output)
    paths = {Path(str(r.get("path") or r.get("source_path") or "")).name for r in rows}
    # the release stored before the batch, and every valid release of the batch
    assert "earlier.txt" in paths
    assert paths == {"earlier.txt", "plain.txt", "legacy.txt", "wide.txt", "page.html", "release.pdf", "filing.txt"}
    assert len(rows) == 7
