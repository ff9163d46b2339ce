"""The text of one release as a reader produced it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


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
