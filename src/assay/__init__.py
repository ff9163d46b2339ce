"""Assay: news releases of resource companies in, verified source-linked records out.

>>> import assay
>>> release = assay.extract("samples/002_fcad98c9ea8e1307.txt")  # doctest: +SKIP
>>> release.to_dict()["financings"][0]["price"]  # doctest: +SKIP
0.1
"""

from assay.model import Release, Span, Value
from assay.pipeline import extract, extract_all, extract_document
from assay.read import ReadError

__version__ = "0.1.0"

__all__ = ["ReadError", "Release", "Span", "Value", "__version__", "extract", "extract_all", "extract_document"]
