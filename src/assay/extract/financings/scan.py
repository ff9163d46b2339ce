"""The lower-cased text the extractor scans: plain alternations without IGNORECASE scan fast."""

from __future__ import annotations

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lowered(text: str) -> str:
    """``text`` lower-cased, character for character (offsets stay the same)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)
