"""Find input files and hand each to the reader for its format."""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from assay.read.decode import decode
from assay.read.detect import INPUT_SUFFIXES, sniff_binary, sniff_text
from assay.read.document import Document
from assay.read.edgar import read_edgar
from assay.read.errors import ReadError
from assay.read.html import declared_charset, html_to_text

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files named by ``paths``: files as given, directories walked (input
    files only, sorted), glob patterns expanded. A path that matches nothing,
    or a directory without input files, is yielded as given, so that reading
    it reports the error."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = False
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in INPUT_SUFFIXES:
                    found = True
                    yield child
            if not found:
                yield p  # reading it reports a directory without releases
        elif not p.exists() and glob.has_magic(str(raw)):
            matches = sorted(glob.glob(str(raw), recursive=True))
            yield from (Path(m) for m in matches if Path(m).is_file())
        else:
            yield p


def read_text(text: str, path: str | None = None) -> Document:
    """A :class:`Document` of a release's text already in memory; an HTML page
    given as a string is read as a page (its main text, ``format="html"``)."""
    if not text.strip():
        raise ReadError(path, "empty: no text")
    if sniff_text(text, "") == "html":
        body, meta = html_to_text(text, path)
        if not body.strip():
            raise ReadError(path, "no text: the HTML holds no readable words")
        return Document(text=body, path=path, format="html", metadata=meta)
    return Document(text=text, path=path, format="text")


def read_path(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """The releases in the file at ``path``: one for a plain, HTML or PDF
    release, one per press-release exhibit of an EDGAR filing.

    The format is found from the content (a ``%PDF`` header, EDGAR's
    ``<SEC-DOCUMENT>`` sections, an HTML document start) and then from the
    suffix. Anything that cannot be read raises :class:`ReadError`.
    """
    name = str(path)
    data = _read_bytes(Path(path), name, max_bytes)
    if not data.strip(b" \t\r\n\x0b\x0c"):
        raise ReadError(name, "empty: no text")
    sha = hashlib.sha256(data).hexdigest()
    suffix = Path(path).suffix.lower()
    if sniff_binary(data, suffix, name) == "pdf":
        from assay.read.pdf import read_pdf

        return [_document(read_pdf(data, name), name, "pdf", sha)]
    text = decode(data, name, declared_charset(data))
    kind = sniff_text(text, suffix)
    if kind == "edgar":
        return read_edgar(text, name, sha)
    if kind == "html":
        body, meta = html_to_text(text, name)
        return [_document((body, meta), name, "html", sha)]
    return [Document(text=text, path=name, format="text", sha256=sha)]


def _document(result: tuple[str, dict[str, Any]], name: str, fmt: str, sha: str) -> Document:
    text, meta = result
    if not text.strip():
        raise ReadError(name, f"no text: the {fmt.upper()} holds no readable words")
    return Document(text=text, path=name, format=fmt, sha256=sha, metadata=meta)


def _read_bytes(p: Path, name: str, max_bytes: int) -> bytes:
    try:
        if p.is_dir():
            raise ReadError(name, f"is a directory holding no release files ({', '.join(INPUT_SUFFIXES)})")
        size = p.stat().st_size
        if not p.is_file():
            raise ReadError(name, "not a regular file")
        if size > max_bytes:
            raise ReadError(name, f"too large: {size:,} bytes (limit {max_bytes:,})")
        with p.open("rb") as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise ReadError(name, "no such file") from None
    except IsADirectoryError:
        raise ReadError(name, "is a directory") from None
    except PermissionError:
        raise ReadError(name, "permission denied") from None
    except OSError as e:
        raise ReadError(name, f"cannot be read ({e.strerror or e})") from None
    if len(data) > max_bytes:
        raise ReadError(name, f"too large: over {max_bytes:,} bytes")
    return data
