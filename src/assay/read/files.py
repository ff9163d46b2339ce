"""Find input files and hand each to the reader for its format."""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assay.read.decode import decode
from assay.read.errors import ReadError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
INPUT_SUFFIXES = (".txt", ".md", ".text")


@dataclass(slots=True)
class Document:
    """The text of one release as read from its source."""

    text: str
    path: str | None = None
    format: str = "text"
    sha256: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    @property
    def stem(self) -> str:
        """The name outputs are written under (``DIR/<stem>.json``)."""
        if self.metadata.get("stem"):
            return str(self.metadata["stem"])
        return Path(self.path).stem if self.path else self.sha256[:16]


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Files named by ``paths``: files as given, directories walked (input
    files only, sorted), glob patterns expanded. A path that matches nothing
    is yielded as given, so that reading it reports the error."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in INPUT_SUFFIXES:
                    yield child
        elif not p.exists() and glob.has_magic(str(raw)):
            matches = sorted(glob.glob(str(raw), recursive=True))
            yield from (Path(m) for m in matches if Path(m).is_file())
        else:
            yield p


def read_text(text: str, path: str | None = None) -> Document:
    """A :class:`Document` of text already in memory."""
    if not text.strip():
        raise ReadError(path, "empty: no text")
    return Document(text=text, path=path, format="text")


def read_path(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document]:
    """The releases in the file at ``path`` (one for a plain release)."""
    name = str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise ReadError(name, "not a regular file")
        if size > max_bytes:
            raise ReadError(name, f"too large: {size:,} bytes (limit {max_bytes:,})")
        data = p.read_bytes()
    except FileNotFoundError:
        raise ReadError(name, "no such file") from None
    except IsADirectoryError:
        raise ReadError(name, "is a directory") from None
    except PermissionError:
        raise ReadError(name, "permission denied") from None
    except OSError as e:
        raise ReadError(name, f"cannot be read ({e.strerror or e})") from None
    if not data.strip():
        raise ReadError(name, "empty: no text")
    text = decode(data, name)
    doc = read_text(text, name)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    return [doc]
