"""Read: turn a file (or a string) into the text of one or more releases.

Every reader returns :class:`Document` objects: the release's text, the
format it came from (``text``, ``html``, ``pdf``, ``edgar``) and any
metadata the container carried. For HTML, PDF and EDGAR input the text is
what the reader extracted, and every span of a record indexes that text.
Input that cannot be read raises :class:`ReadError` naming the file and the
reason.
"""

from assay.read.document import Document
from assay.read.errors import ReadError
from assay.read.files import DEFAULT_MAX_BYTES, expand_paths, read_path, read_text

__all__ = ["DEFAULT_MAX_BYTES", "Document", "ReadError", "expand_paths", "read_path", "read_text"]
