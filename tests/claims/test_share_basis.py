"""A share of the ore mined is read as a share of mine output (eighteenth session: the labels read
it so, C202, C581, C1802, C2266, C2908, C3999; README rule 6 concerns tonnages, and an ore tonnage
stays another basis); graphite, whose data are gross weight, is checked as before.

Reference figures (``src/critmin/data/observations.csv``): USGS MCS 2024 lithium, mine
production 2022 in t lithium content: Australia 74,700 of world 146,000 (51 %); USGS MCS 2023
graphite (gross weight) 2022: China 850,000 of 1,300,000 t (65 %). MCS 2024 was published
2024-01-31 (MCS 2023 current in mid-2023). The sentences are written for these tests.
"""

from __future__ import annotations

MID_2024 = "2024-06-01"


def test_a_share_of_lithium_ore_is_read_as_a_share_of_mine_output(checker) -> None:
    # 51 % (MCS 2024, lithium content) is far from 80 %: refuted, as C1802 ("the world's largest
    # producer of lithium ore, accounting for 52%" against 47.8 %) was labelled
    res = checker.check("Australia supplied 80% of the world's lithium ore production in 2022.", MID_2024)
    got = [c for c in res.checks if c.claim.kind == "share"]
    assert [c.verdict.verdict for c in got] == ["refuted"], [c.verdict.explanation for c in got]
    res = checker.check("Australia supplied 51% of the world's lithium ore production in 2022.", MID_2024)
    got = [c for c in res.checks if c.claim.kind == "share"]
    assert [c.verdict.verdict for c in got] == ["supported"], [c.verdict.explanation for c in got]


def test_an_ore_tonnage_is_still_another_basis(checker) -> None:
    # 3 Mt of "lithium ore" is no lithium content (MCS 2024: Australia 74,700 t in 2022)
    res = checker.check("Australia mined 3 million tonnes of lithium ore in 2022.", MID_2024)
    got = [c for c in res.checks if c.claim.kind == "quantity"]
    assert got and all(c.verdict.verdict == "unverifiable" for c in got), [c.verdict.explanation for c in got]


def test_the_same_share_of_lithium_output_is_judged(checker) -> None:
    # 51 % (MCS 2024) is far from 80 %
    res = checker.check("Australia supplied 80% of the world's lithium production in 2022.", MID_2024)
    got = [c for c in res.checks if c.claim.kind == "share"]
    assert [c.verdict.verdict for c in got] == ["refuted"], [c.verdict.explanation for c in got]


def test_a_share_of_graphite_ore_is_checked_on_gross_weight(checker) -> None:
    res = checker.check("China produced about 65% of the world's graphite ore in 2022.", "2023-06-01")
    got = [c for c in res.checks if c.claim.kind == "share"]
    assert [c.verdict.verdict for c in got] == ["supported"], [c.verdict.explanation for c in got]
