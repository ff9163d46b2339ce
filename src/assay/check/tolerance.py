"""How close two figures must be to agree."""

from __future__ import annotations

REL_TOL = 0.005


def agrees(expected: float, found: float, rel_tol: float = REL_TOL, abs_tol: float = 0.01) -> bool:
    """Whether ``found`` is ``expected`` to within rounding as releases write it."""
    return abs(expected - found) <= max(rel_tol * max(abs(expected), abs(found)), abs_tol)
