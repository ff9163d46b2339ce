"""Check: test a release's figures against its own arithmetic.

Each check function reads a :class:`~assay.model.Release` and returns
:class:`~assay.model.Check` records; a failing check is information in the
record, never an error.
"""

from __future__ import annotations

from collections.abc import Callable

from assay.check import facts, financings
from assay.model import Check, Release

CHECKS: tuple[Callable[[Release], list[Check]], ...] = (financings.check, facts.check)


def run_checks(release: Release) -> None:
    """Append every check of ``release`` to ``release.checks``."""
    for fn in CHECKS:
        release.checks.extend(fn(release))
