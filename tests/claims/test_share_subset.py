"""Rare-earth shares in an edition that gives them only for the magnet rare earths (issue 6):
IEA GCMO 2024 (published 2024-05) reports China's refining share for magnet rare earths,
92 % in 2023 (``observations.csv``, magnet_rees production_share refining, source
news_prozesswaerme_gcmo2024); between its release and IEA GCMO 2025 (2025-05-21) it is the
current IEA edition. Since December 2026 they answer only shares of the magnet rare earths (the
labels read them as another basis for all rare earths). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import one

LATE_2024 = "2024-09-01"


@pytest.mark.parametrize(("sentence", "verdict"), [
    # IEA GCMO 2025 (published after the date) gives ~91% of all rare earths: a later edition agrees
    ("China refines about 92% of the world's rare earths.", "supported_by_other_edition"),
    # ... or disagrees, which cannot show what the sources said on the day (rule 3)
    ("China refines 60% of the world's rare earths.", "unverifiable"),
])
def test_magnet_ree_shares_do_not_answer_a_rare_earth_share(checker, sentence: str, verdict: str) -> None:
    # the magnet rare earths are another basis than all rare earths (README rule 6; labels C1689,
    # C1717, C2121, C2050: "IEA GCMO 2024 holds magnet REEs only, another basis")
    # (on 2025-01-15 GCMO 2024 is current; GCMO 2025's 2024 shares are later, for a year that has ended)
    c = one(checker.check(sentence, "2025-01-15"), "share")
    assert c.verdict.verdict == verdict, c.verdict.explanation
    assert c.verdict.edition != "IEA GCMO 2024"


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("China refines about 92% of the world's magnet rare earths.", "supported"),
    ("China refines 60% of the world's magnet rare earths.", "refuted"),
])
def test_magnet_ree_share_named_as_such_uses_them(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, LATE_2024), "share")
    assert c.verdict.verdict == verdict, c.verdict.explanation
    assert c.verdict.edition == "IEA GCMO 2024"


def test_an_edition_with_whole_group_shares_uses_them(checker) -> None:
    # IEA GCMO 2025: rare earths refining ~91 % in 2024 (rare_earths production_share)
    c = one(checker.check("China refines about 91% of the world's rare earths.", "2025-08-01"), "share")
    assert c.verdict.verdict == "supported" and c.verdict.edition == "IEA GCMO 2025", c.verdict.explanation
