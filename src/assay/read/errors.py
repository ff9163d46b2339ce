"""The one error every reader raises for input it cannot take."""

from __future__ import annotations


class ReadError(Exception):
    """A file that cannot be read as a release, and why.

    ``str(err)`` is one line naming the file and the reason.
    """

    def __init__(self, path: str | None, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path or '<text>'}: {reason}")
