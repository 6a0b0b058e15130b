"""Verdict rules on the data side of non-event claims (twelfth session)."""

from __future__ import annotations

import pytest


def _ranks(checker, text: str, day: str) -> list[str]:
    return [c.verdict.verdict for c in checker.check(text, day).checks if c.claim.kind == "rank"]


@pytest.mark.rules_only
def test_first_place_in_refining_settled_by_a_published_refining_share(checker) -> None:
    # USGS lists refined rare-earth output (compounds and metals) for too few countries to rank;
    # IEA GCMO 2025 (May 2025) gives China's refining share, above half: first place
    text = "Beijing is the largest refiner of rare earths by a wide margin."
    assert _ranks(checker, text, "2025-12-01") == ["supported"]
    # before that edition the current IEA outlook gives only the magnet rare earths' share (another basis)
    assert _ranks(checker, text, "2024-10-01") == ["unverifiable"]
