"""The JSON record of a release, as a file or a line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assay.model import Release


def dumps(release: Release, indent: int | None = None) -> str:
    """The JSON text of ``release``'s record."""
    return json.dumps(release.to_dict(), indent=indent, ensure_ascii=False)


def write_record(record: dict[str, Any], path: Path) -> None:
    """Write a record to ``path`` whole or not at all (write, then rename)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(record, indent=1, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
