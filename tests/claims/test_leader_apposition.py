"""A place among the leaders told with an indefinite article (leader_apposition.py, README
rule 14): "Peru, a major copper producer, ..." and "is also a leading miner of". Sentences are
invented; the facts come from USGS MCS 2025 (current 2025-01-31 to 2026-02-05), 2024 mine
production: copper Chile, Congo (Kinshasa), Peru among the first five; cobalt Indonesia second.
"""

from __future__ import annotations

import pytest


def ranks(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "rank"]


@pytest.mark.parametrize(("text", "country", "commodity"), [
    ("Lima, worried about protests in Peru, a major copper producer, delayed the vote last week.", "PER", "copper"),
    ("Indonesia is also a major cobalt producer, and smelters keep opening there.", "IDN", "cobalt"),
])
def test_a_major_producer_is_among_the_leaders(checker, text: str, country: str, commodity: str) -> None:
    r = checker.check(text, "2025-06-01")
    got = ranks(r)
    assert got and got[0].claim.country == country and got[0].claim.rank_op == "among"
    assert got[0].claim.commodity == commodity and got[0].claim.year is None
    assert got[0].verdict.verdict == "supported"


@pytest.mark.parametrize("text", [
    "Peru could become a major lithium producer within a decade.",       # a role not yet held
    "Greenland, a potential rare earth producer, drew envoys in May.",  # idem
])
def test_not_a_world_rank(checker, text: str) -> None:
    assert not [c for c in ranks(checker.check(text, "2025-06-01")) if c.claim.rank_op == "among"]


def test_rank_in_apposition_to_a_country_is_the_countrys(checker) -> None:
    # a company opens the sentence; the rank is set off after the country it describes
    text = ("Canadian miner Northfield Metals is expanding a cobalt refinery amid tension between the US and "
            "Congo, the world's top cobalt producer.")
    got = [c for c in ranks(checker.check(text, "2025-06-01")) if c.claim.rank == 1]
    assert got and got[0].claim.country == "COD" and got[0].verdict.verdict == "supported"


def test_a_leading_position_is_among_the_leaders(checker) -> None:
    got = ranks(checker.check("Peru occupies a leading position in copper mining.", "2025-06-01"))
    assert got and got[0].claim.rank_op == "among" and got[0].verdict.verdict == "supported"
    assert not ranks(checker.check("Peru occupies a leading position in the region.", "2025-06-01"))
