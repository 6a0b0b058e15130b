"""A country read from another paragraph ("The country ...") is not enough to refute a
claim, unless another claim of the same sentence about that country is supported, which
confirms the reading (issue 6).

Reference figures (``src/critmin/data/observations.csv``): USGS MCS 2025 cobalt, mine
production 2024, Congo (Kinshasa) 220,000 of world 290,000 t (75.9 %, first of the listed
countries); IEA CMDE 2025 gives Congo 67 % of cobalt mining. The sentences are written for
these tests.
"""

from __future__ import annotations

MID_2025 = "2025-06-01"
OPENING = "Congo (Kinshasa) said on Monday it would review its mining code.\n\n"


def by_kind(result):  # type: ignore[no-untyped-def]
    return {c.claim.kind: c for c in result.checks}


def test_a_confirmed_rank_lets_the_share_of_the_same_sentence_be_judged(checker) -> None:
    got = by_kind(checker.check(
        OPENING + "The country is the world's largest cobalt miner and supplies over 90% of the world's cobalt.",
        MID_2025))
    assert got["rank"].claim.country == "COD" and got["rank"].verdict.verdict == "supported"
    # 75.9 % (MCS 2025) is not over 90 %, even loosely (80.5 % and up)
    assert got["share"].verdict.verdict == "refuted", got["share"].verdict.explanation


def test_without_a_confirmed_claim_the_carried_country_stays_unverifiable(checker) -> None:
    got = by_kind(checker.check(OPENING + "The country supplies over 90% of the world's cobalt.", MID_2025))
    assert got["share"].claim.country == "COD"
    assert got["share"].verdict.verdict == "unverifiable", got["share"].verdict.explanation
