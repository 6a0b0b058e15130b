"""Dominance wording claims first place (labelling rule 12; rule 17d for dominance named in
passing). Sentences written for this test; the reference values are the bundled editions': China
is first in rare-earth mine output (USGS MCS 2025: 270,000 of 390,000 t in 2024) and in refined
cobalt (IEA).

1. "domination" is a noun of dominance like "dominance"; "near-total domination" is rule 12's near
   monopoly (more than half);
2. a country a figure leaves out ("outside China") is still the subject of the relative clause that
   follows it ("outside China, which dominates cobalt processing").
"""

from __future__ import annotations

from critmin import claims


def _checks(text: str, date: str) -> list[claims.ClaimCheck]:
    return claims.check(text, date=date).checks


def test_domination_is_read_as_dominance() -> None:
    checks = _checks("Analysts keep pointing to China's near-total domination over rare earth elements.",
                     "2025-11-05")
    ranks = [c for c in checks if c.claim.kind == "rank"]
    shares = [c for c in checks if c.claim.kind == "share"]
    assert ranks and ranks[0].claim.country == "CHN" and ranks[0].claim.rank == 1
    assert ranks[0].verdict.verdict == "supported"
    assert shares and shares[0].claim.hedge == "more than" and shares[0].verdict.verdict == "supported"


def test_domination_of_a_country_not_first_is_refuted() -> None:
    checks = _checks("Observers worry about Brazil's domination of rare earth mining.", "2025-11-05")
    ranks = [c for c in checks if c.claim.kind == "rank"]
    assert ranks and ranks[0].claim.country == "BRA"
    assert ranks[0].verdict.verdict == "refuted"


def test_the_country_left_out_is_the_subject_of_its_relative_clause() -> None:
    text = ("Buyers prefer production outside China, which dominates global cobalt processing.")
    ranks = [c for c in _checks(text, "2025-08-23") if c.claim.kind == "rank"]
    assert ranks and ranks[0].claim.country == "CHN" and ranks[0].claim.rank == 1
    assert ranks[0].verdict.verdict == "supported"


def test_a_country_left_out_without_a_relative_clause_stays_out() -> None:
    # "the largest producer outside China" ranks a subset: China holds no place in it
    checks = _checks("Lynas is the largest producer of rare earths outside China.", "2025-08-23")
    assert all(c.claim.country != "CHN" for c in checks)


def test_an_attribution_between_the_subject_and_the_verb_of_dominance() -> None:
    text = ("Brazil presents itself as an alternative to China, which, according to the Associated Press, "
            "dominates rare earth production worldwide.")
    ranks = [c for c in _checks(text, "2025-05-15") if c.claim.kind == "rank"]
    assert ranks and ranks[0].claim.country == "CHN" and ranks[0].verdict.verdict == "supported"


def test_a_position_said_to_be_dominant() -> None:
    ranks = [c for c in _checks("China's position is even more dominant in the production of rare earths.",
                                "2025-11-04") if c.claim.kind == "rank"]
    assert ranks and ranks[0].claim.country == "CHN" and ranks[0].verdict.verdict == "supported"
    ranks = [c for c in _checks("Brazil's position is dominant in rare earth mining.", "2025-11-04")
             if c.claim.kind == "rank"]
    assert ranks and ranks[0].claim.country == "BRA" and ranks[0].verdict.verdict == "refuted"
