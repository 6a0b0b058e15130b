"""Shares of PGM "supply" (issue 6): palladium and platinum market supply counts recycled
metal, so a share of it is not a share of mine production (labelling rule 6, another basis)
and is unverifiable; "mine supply" is mine production and is judged; other metals' "supply"
stays their output.

Reference figures (``src/critmin/data/observations.csv``): USGS MCS 2025 palladium, mine
production 2024 in kg: Russia 75,000 of world 190,000 (39 %); MCS 2025 lithium 2024: China
about 17 % of world mine production. The sentences are written for these tests.
"""

from __future__ import annotations

from .conftest import one

MID_2025 = "2025-06-01"


def test_a_share_of_palladium_supply_is_unverifiable(checker) -> None:
    c = one(checker.check("Russia provides around 40% of the world's palladium supply.", MID_2025), "share")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
    assert "recycled" in (c.verdict.needs or "")


def test_a_share_of_palladium_mine_supply_is_judged(checker) -> None:
    c = one(checker.check("Russia accounts for about 39% of global palladium mine supply.", MID_2025), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation


def test_supply_of_other_metals_is_their_output(checker) -> None:
    c = one(checker.check("China accounts for 60% of global lithium supply.", MID_2025), "share")
    assert c.verdict.verdict == "refuted", c.verdict.explanation
