"""Read: turn a file (or a string) into the text of one or more releases.

Every reader returns :class:`Document` objects: the release's text, the
format it came from and any metadata the container carried. Input that
cannot be read raises :class:`ReadError` naming the file and the reason.
"""

from assay.read.errors import ReadError
from assay.read.files import DEFAULT_MAX_BYTES, Document, expand_paths, read_path, read_text

__all__ = ["DEFAULT_MAX_BYTES", "Document", "ReadError", "expand_paths", "read_path", "read_text"]
