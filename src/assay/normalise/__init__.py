"""Normalise: turn a release's raw text into the text extractors search.

:func:`normalise` removes the genre's noise in one pass while keeping a map
back to the original characters (see :class:`~assay.normalise.doc.Doc`).
"""

from assay.normalise.doc import Doc
from assay.normalise.rules import normalise

__all__ = ["Doc", "normalise"]
