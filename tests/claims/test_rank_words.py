"""Ranks told by a bare ordinal or "the most" (rank_words.py). Sentences are invented; the
facts come from USGS MCS 2025 (current 2025-01-31 to 2026-02-05): tungsten mine production
2024 China 67,000 t (first), Vietnam 3,400 t (second), Russia (third); lithium reserves Chile
first; cobalt mine production Congo (Kinshasa) first.
"""

from __future__ import annotations

import pytest


def ranks(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "rank"]


@pytest.mark.parametrize(("text", "country", "rank", "measure", "verdict"), [
    ("Among tungsten miners, Russia sits third.", "RUS", 3, "production", "supported"),
    ("In tungsten output, Vietnam stands at second overall.", "VNM", 2, "production", "supported"),
    ("Vietnam comes in at number four in tungsten production.", "VNM", 4, "production", "refuted"),
    ("Chile has the most lithium reserves of any country.", "CHL", 1, "reserves", "supported"),
    ("Congo mines the most cobalt, by a wide margin.", "COD", 1, "production", "supported"),
])
def test_bare_ordinals_and_the_most(checker, text: str, country: str, rank: int, measure: str, verdict: str) -> None:
    got = ranks(checker.check(text, "2025-06-01"))
    assert got, text
    assert (got[0].claim.country, got[0].claim.rank, got[0].claim.measure) == (country, rank, measure)
    assert got[0].verdict.verdict == verdict


@pytest.mark.parametrize("text", [
    "Russia was third in line for tungsten deliveries from the plant.",
    "Chile was first to tax lithium brine, years before Peru.",
    "It was the second time Vietnam cut tungsten royalties.",
    "Chile has the most advanced lithium brine projects in the region.",
])
def test_ordinals_of_sequence_are_no_ranks(checker, text: str) -> None:
    assert not ranks(checker.check(text, "2025-06-01"))


def test_an_economys_rank_is_no_market_rank(checker) -> None:
    # "the third-largest economy" describes the country; the dominance verb is the claim
    text = "Peru, the region's third-largest economy, dominates nothing, but Chile dominates copper mining."
    got = ranks(checker.check(text, "2025-06-01"))
    assert [(c.claim.country, c.claim.rank) for c in got] == [("CHL", 1)]


@pytest.mark.parametrize("text", [
    "Congo holds a 76-per-cent share of world cobalt mining.",
    "Congo holds a 76-percent share of world cobalt mining.",
])
def test_hyphenated_percent_is_a_share(checker, text: str) -> None:
    # a percentage written as a compound adjective (extract.clean_text spaces it, same length)
    got = [c for c in checker.check(text, "2025-06-01").checks if c.claim.kind == "share"]
    assert got and got[0].claim.value == 76 and got[0].verdict.verdict == "supported"


def test_coordinated_rank_keeps_its_subject(checker) -> None:
    # the second rank phrase is Congo's, not that of the country named after it
    text = "Congo is the largest cobalt miner and the second-largest copper producer, well ahead of Indonesia."
    got = ranks(checker.check(text, "2025-06-01"))
    assert [(c.claim.country, c.claim.rank) for c in got] == [("COD", 1), ("COD", 2)]


@pytest.mark.parametrize(("text", "rank"), [
    ("Chile has the richest lithium reserves on the planet.", 1),
    ("Australia holds the second most abundant lithium deposits.", 2),
])
def test_superlative_of_richness_ranks_reserves(checker, text: str, rank: int) -> None:
    got = ranks(checker.check(text, "2025-06-01"))
    assert got and got[0].claim.measure == "reserves" and got[0].claim.rank == rank
    assert got[0].verdict.verdict == "supported"


def test_important_is_no_import(checker) -> None:
    got = ranks(checker.check("Vietnam is the second most important tungsten producer.", "2025-06-01"))
    assert got and got[0].claim.measure == "production" and got[0].verdict.verdict == "supported"


def test_opening_as_role_takes_no_year_of_the_main_clause(checker) -> None:
    text = "As the world's largest cobalt miner, Congo halted shipments in March 2025."
    got = ranks(checker.check(text, "2025-06-01"))
    assert got and got[0].claim.year is None and got[0].verdict.verdict == "supported"


def test_destination_holds_no_rank_or_share(checker) -> None:
    text = "The top cobalt producer, with 76% of world output, restricted shipments to Zambia."
    got = [c for c in checker.check(text, "2025-06-01").checks if c.claim.kind in ("rank", "share")]
    assert got and all(c.claim.country != "ZMB" and c.verdict.verdict != "refuted" for c in got)


@pytest.mark.rules_only
@pytest.mark.parametrize(("text", "country", "verdict"), [
    # the producer is the country of the sentence before; a wrong one is never refuted (carried)
    ("Congo's cobalt shipments slowed in March. Exports from the world's largest cobalt producer were "
     "9,300 tonnes in March.", "COD", "supported"),
    ("Indonesia's cobalt shipments slowed in March. Exports from the world's largest cobalt producer were "
     "9,300 tonnes in March.", "IDN", "unverifiable"),
    # the year dates the shipments, not the rank (MCS 2025, current on the day, ranks 2024)
    ("Congo's cobalt trade was hit. The world's biggest cobalt miner last year shipped 210,000 tonnes, "
     "customs data showed.", "COD", "supported"),
])
def test_an_unnamed_world_leader_is_the_country_of_the_sentence_before(
        checker, text: str, country: str, verdict: str) -> None:
    got = [(c.claim.country, c.claim.rank, c.verdict.verdict) for c in ranks(checker.check(text, "2025-06-01"))]
    assert got == [(country, 1, verdict)], got


@pytest.mark.rules_only
def test_a_leader_in_apposition_to_a_name_takes_no_country_from_another_sentence(checker) -> None:
    text = "China's cobalt imports rose. Kinshasa, the world's biggest cobalt producer, halted exports in May."
    assert all(c.claim.country != "CHN" for c in ranks(checker.check(text, "2025-06-01")))
