"""Figures next to a share (issue 6): a tonnage in brackets right after "X% of global
output" is the share's own country's amount, not the world's; "the second largest producer,
Mozambique, ..." ranks the country set off by commas, not the one named earlier.

Reference figures (``src/critmin/data/observations.csv``), USGS MCS 2023 graphite (natural),
mine production 2022, t gross weight (usgs_mcs2023_graphite): China 850,000 (first),
Mozambique 170,000 (second), world 1,300,000. MCS 2023 was published 2023-01-31; MCS 2024
on 2024-01-31. The sentences are written for these tests.
"""

from __future__ import annotations

MID_2023 = "2023-09-01"


def test_a_bracketed_tonnage_after_a_share_is_the_countrys(checker) -> None:
    res = checker.check("China is far and away the biggest graphite miner, with about 65% of global "
                        "production in 2022 (850,000 tons).", MID_2023)
    q = [c for c in res.checks if c.claim.kind == "quantity"]
    assert [(c.claim.country, c.verdict.verdict) for c in q] == [("CHN", "supported")], \
        [c.verdict.explanation for c in q]


def test_the_country_in_apposition_is_the_ranked_one(checker) -> None:
    res = checker.check("China mines most graphite; in 2022 the second largest producer, Mozambique, "
                        "mined 13% of the world's graphite.", MID_2023)
    r = [c for c in res.checks if c.claim.kind == "rank"]
    assert [(c.claim.country, c.claim.rank) for c in r] == [("MOZ", 2)]
    assert r[0].verdict.verdict == "supported", r[0].verdict.explanation


def test_a_list_of_ranks_is_not_an_apposition(checker) -> None:
    res = checker.check("In 2022 China was the second largest graphite producer, Mozambique the first.", MID_2023)
    r = [c for c in res.checks if c.claim.kind == "rank" and c.claim.rank == 2]
    assert [c.claim.country for c in r] == ["CHN"]
