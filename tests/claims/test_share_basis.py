"""A share of ore tonnage is another basis than the data's contained metal (issue 6, labelling
rule 6): the data's shares neither support nor refute it; graphite, whose data are gross
weight, is still checked.

Reference figures (``src/critmin/data/observations.csv``): USGS MCS 2024 lithium, mine
production 2022 in t lithium content: Australia 74,700 of world 146,000 (51 %); USGS MCS 2023
graphite (gross weight) 2022: China 850,000 of 1,300,000 t (65 %). MCS 2024 was published
2024-01-31 (MCS 2023 current in mid-2023). The sentences are written for these tests.
"""

from __future__ import annotations

MID_2024 = "2024-06-01"


def test_a_share_of_lithium_ore_is_unverifiable_not_refuted(checker) -> None:
    res = checker.check("Australia supplied 80% of the world's lithium ore production in 2022.", MID_2024)
    got = [c for c in res.checks if c.claim.kind == "share"]
    assert [c.claim.basis for c in got] == ["gross weight"]
    assert got[0].verdict.verdict == "unverifiable", got[0].verdict.explanation
    assert "ore" in (got[0].verdict.needs or "")


def test_the_same_share_of_lithium_output_is_judged(checker) -> None:
    # 51 % (MCS 2024) is far from 80 %
    res = checker.check("Australia supplied 80% of the world's lithium production in 2022.", MID_2024)
    got = [c for c in res.checks if c.claim.kind == "share"]
    assert [c.verdict.verdict for c in got] == ["refuted"], [c.verdict.explanation for c in got]


def test_a_share_of_graphite_ore_is_checked_on_gross_weight(checker) -> None:
    res = checker.check("China produced about 65% of the world's graphite ore in 2022.", "2023-06-01")
    got = [c for c in res.checks if c.claim.kind == "share"]
    assert [c.verdict.verdict for c in got] == ["supported"], [c.verdict.explanation for c in got]
