"""Rare-earth shares in an edition that gives them only for the magnet rare earths (issue 6):
IEA GCMO 2024 (published 2024-05) reports China's refining share for magnet rare earths,
92 % in 2023 (``observations.csv``, magnet_rees production_share refining, source
news_prozesswaerme_gcmo2024); between its release and IEA GCMO 2025 (2025-05-21) it is the
current IEA edition. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import one

LATE_2024 = "2024-09-01"


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("China refines about 92% of the world's rare earths.", "supported"),
    ("China refines 60% of the world's rare earths.", "refuted"),
])
def test_refining_share_read_through_magnet_rees(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, LATE_2024), "share")
    assert c.verdict.verdict == verdict, c.verdict.explanation
    assert c.verdict.edition == "IEA GCMO 2024"
    assert "magnet" in c.verdict.explanation
    assert any(e.commodity == "magnet_rees" and e.edition == "IEA GCMO 2024" for e in c.verdict.evidence)


def test_an_edition_with_whole_group_shares_uses_them(checker) -> None:
    # IEA GCMO 2025: rare earths refining ~91 % in 2024 (rare_earths production_share)
    c = one(checker.check("China refines about 91% of the world's rare earths.", "2025-08-01"), "share")
    assert c.verdict.verdict == "supported" and c.verdict.edition == "IEA GCMO 2025", c.verdict.explanation
