"""Share and rank verdicts that depend on context (issue 6): the year a sentence
takes from the one before, hedged ranges, compilations published after the article, shares
of one country's output, later editions' newer years, the measure of a bare rank, and ranks
in apposition.

Reference values are rows of ``src/critmin/data/observations.csv`` (source ids cited per test);
the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import one


def share(result):  # type: ignore[no-untyped-def]
    return one(result, "share")


# ------------------------------------------------------------- year of the sentence before
# usgs_mcs2026_cobalt: Congo (Kinshasa) 230,000 of 310,000 t in 2025 = 74.2% (MCS 2026, published
# 2026-02-06); usgs_mcs2025_cobalt (current in January 2026): 220,000 of 290,000 t in 2024 = 75.9%
@pytest.mark.parametrize("second", [
    "Congo accounts for 74% of global output.",
    "The DRC supplied 74 percent of the world's cobalt.",
])
def test_share_takes_the_year_of_the_sentence_before(checker, second: str) -> None:
    text = f"Global cobalt mine output grew to 310,000 tonnes in 2025.\n\n{second}"
    c = share(checker.check(text, "2026-01-14"))
    assert c.claim.year == 2025
    # only the later MCS 2026 holds 2025, and it matches: another edition (rule 3 b), not refuted
    assert c.verdict.verdict == "supported_by_other_edition", c.verdict.explanation
    assert c.verdict.edition == "MCS 2026"


@pytest.mark.parametrize("text", [
    # a span of years dates nothing in the next sentence
    "Cobalt output rose from 190,000 tonnes in 2022 to 310,000 tonnes in 2025.\n\nCongo accounts for 72% of global output.",
    # a sentence with its own time word keeps it
    "Global cobalt mine output grew to 310,000 tonnes in 2025.\n\nCongo currently accounts for 72% of global output.",
])
def test_no_year_carried_over_a_span_or_into_a_dated_sentence(checker, text: str) -> None:
    c = share(checker.check(text, "2026-01-14"))
    assert c.claim.year is None
    # present tense: MCS 2025's 2024, 75.9% (usgs_mcs2025_cobalt), not 72% (no edition gives 72%: MCS 2024
    # 73.9% for 2023, MCS 2026 74.8% for 2024); carried to 2025 it would be unverifiable (only the later MCS 2026)
    assert c.verdict.verdict == "refuted", c.verdict.explanation


def test_year_not_carried_to_another_stage(checker) -> None:
    text = ("China mined 270,000 tonnes of rare earths in 2024, 69% of the world total.\n\n"
            "It refines about 90% of the world's rare earths.")
    checks = [c for c in checker.check(text, "2025-12-01").checks if c.claim.kind == "share"]
    refined = [c for c in checks if c.claim.stage == "refining"]
    assert refined and refined[0].claim.year is None


# ------------------------------------------------------------- hedged ranges
# usgs_mcs2025_ree: China 270,000 of 390,000 t in 2024 = 69.2% (MCS 2025, current on 2025-06-01)
@pytest.mark.parametrize("sentence", [
    "China mines approximately 70 to 85 percent of global rare earths.",
    "Around 70-85% of rare earth output worldwide comes from China.",
])
def test_hedge_widens_each_end_of_a_range(checker, sentence: str) -> None:
    c = share(checker.check(sentence, "2025-06-01"))
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert c.verdict.edition == "MCS 2025"


def test_unhedged_range_is_not_widened(checker) -> None:
    c = share(checker.check("China mines 70 to 85 percent of global rare earths.", "2025-06-01"))
    assert c.verdict.verdict != "supported", c.verdict.explanation


# ------------------------------------------------------------- compilations published later
# atlas_usgs_series ("USGS MCS compiled", dated 2026): China 105,000 of 111,000 t in 2011 = 94.6%
@pytest.mark.parametrize("sentence", [
    "Back in 2011 the Chinese share of global rare earth mining stood at 97%.",
    "China mined 97% of the world's rare earths in 2011.",
])
def test_later_compilation_does_not_refute(checker, sentence: str) -> None:
    before = share(checker.check(sentence, "2024-06-11"))
    assert before.verdict.verdict == "unverifiable", before.verdict.explanation
    # once the compilation is out (published 2026-01-01), it can
    after = share(checker.check(sentence, "2026-03-01"))
    assert after.verdict.verdict == "refuted", after.verdict.explanation


# ------------------------------------------------------------- a share of one country's output
@pytest.mark.parametrize("sentence", [
    "Small-scale diggers account for about 20% of the cobalt extracted in Congo.",
    "Ore exports accounted for roughly 15 percent of the nickel produced in Indonesia.",
])
def test_share_of_a_national_total_is_unverifiable(checker, sentence: str) -> None:
    c = share(checker.check(sentence, "2024-02-01"))
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
    assert "national total" in c.verdict.explanation


def test_share_of_world_output_named_after_country_still_checked(checker) -> None:
    # usgs_mcs2024_cobalt: Congo 170,000 of 230,000 t in 2023 = 73.9%
    c = share(checker.check("Congo mined 74% of the world's cobalt in 2023.", "2024-02-01"))
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- later editions' newer years
# usgs_mcs2023_ree (current on 2024-01-26): China 210,000 of 300,000 t in 2022 = 70%; IEA GCMO 2024
# (May 2024) gives a 2023 share near 60%, a year no reader had on 2024-01-26
@pytest.mark.parametrize("sentence", [
    "China today accounts for 60 percent of rare earth output worldwide.",
    "China now mines about 60% of global rare earth output.",
])
def test_undated_share_not_supported_by_later_edition_newer_year(checker, sentence: str) -> None:
    c = share(checker.check(sentence, "2024-01-26"))
    assert c.verdict.verdict == "refuted", c.verdict.explanation
    assert c.verdict.edition == "MCS 2023"


# ------------------------------------------------------------- a bare rank takes the measure before
# usgs_mcs2024_lithium: 2023 Australia 86,000 t, Chile 44,000 t, China 33,000 t
@pytest.mark.parametrize("second", ["Next is Chile, ranked second.", "Chile takes second place."])
def test_bare_rank_takes_production_from_sentence_before(checker, second: str) -> None:
    text = f"Australia mined 86,000 tonnes of lithium in 2023.\n\n{second}"
    c = one(checker.check(text, "2024-05-17"), "rank")
    assert c.claim.measure == "production"
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- a rank in apposition
# usgs_mcs2025_nickel: Indonesia 2,200,000 of 3,700,000 t in 2024, first;
# usgs_mcs2025_cobalt: Congo 220,000 t in 2024, first (MCS 2025 current on 2026-01-02)
@pytest.mark.parametrize("sentence", [
    "Indonesia, the world's largest nickel producer, set its ore quota for 2026.",
    "Congo, the world's top cobalt producer, announced export quotas for 2026.",
])
def test_rank_in_apposition_is_as_it_stands(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2026-01-02"), "rank")
    assert c.claim.year is None
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- prose lists
# usgs_mcs2024_graphite: 2023 China 1,230,000 of 1,600,000 t, Mozambique 96,000 t (6.0%); MCS 2024
# was published 2024-01-31, after the article; MCS 2023 (current) has Mozambique at 13% for 2022
@pytest.mark.parametrize("item", [
    "Finishing in second place is Mozambique, with a 6% share.",
    "Landing in second place is Mozambique, with a market share of 6%.",
])
def test_prose_list_item_takes_the_year_of_the_list(checker, item: str) -> None:
    text = f"China accounted for 77% of the world's graphite production in 2023.\n\n{item}"
    checks = [c for c in checker.check(text, "2023-11-15").checks
              if c.claim.kind == "share" and c.claim.country == "MOZ"]
    assert checks and checks[0].claim.year == 2023
    assert checks[0].verdict.verdict != "refuted", checks[0].verdict.explanation


# ------------------------------------------------------------- a verb of holding and a whole market
# usgs_mcs2024_tungsten (current on 2024-11-29): China 63,000 of 78,000 t in 2023 = 80.8%
@pytest.mark.parametrize("sentence", [
    "China has about 80% of global tungsten output.",
    "Chinese firms ended up controlling 80% of the tungsten supply chain.",
])
def test_held_share_of_a_market_is_a_share(checker, sentence: str) -> None:
    c = share(checker.check(sentence, "2024-11-29"))
    assert c.claim.country == "CHN"
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- a coordinated subject
# usgs_mcs2025_tungsten: 2024 China 67,000 t, Russia 2,000 t, North Korea 1,700 t of 81,000 t = 87.3%
@pytest.mark.parametrize("sentence", [
    "North Korea, Russia and China hold close to 90% of the tungsten output.",
    "China, Russia and North Korea hold roughly 90 percent of world tungsten production.",
])
def test_coordinated_subject_shares_one_figure(checker, sentence: str) -> None:
    c = share(checker.check(sentence, "2025-02-06"))
    assert sorted((c.claim.comparison or {}).get("countries") or []) == ["CHN", "PRK", "RUS"]
    assert c.verdict.verdict == "supported", c.verdict.explanation


def test_one_figure_each_is_not_a_group(checker) -> None:
    result = checker.check("China and Vietnam have 83% and 4% of world tungsten output.", "2025-02-06")
    assert not any((c.claim.comparison or {}).get("countries") for c in result.checks)


# ------------------------------------------------------------- "This represents nearly half"
# usgs_mcs2025_ree: China 44 Mt of a world total given as more than 90 Mt (rule 7: 48.9%)
@pytest.mark.parametrize("second", [
    "This is almost half of global reserves.",
    "That is roughly half of the world's reserves.",
])
def test_share_in_words_takes_the_subject_of_the_sentence_before(checker, second: str) -> None:
    text = f"China holds about 44 million tonnes of rare earth reserves.\n\n{second}"
    c = share(checker.check(text, "2025-03-01"))
    assert c.claim.country == "CHN"
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- the share's own verb
# usgs_mcs2025_graphite (current on 2025-06-01): China 1,270,000 of 1,600,000 t mined in 2024 = 79.4%
@pytest.mark.parametrize("sentence", [
    "China mines 60% of the world's graphite and refines over 90%.",
    "China extracts 60 percent of global graphite while it refines more than 90 percent.",
])
def test_mining_verb_keeps_its_figure_at_mining(checker, sentence: str) -> None:
    checks = [c for c in checker.check(sentence, "2025-06-01").checks if c.claim.kind == "share"]
    first = min(checks, key=lambda c: c.claim.span[0])
    assert first.claim.stage == "mining"
    assert first.verdict.verdict == "refuted", first.verdict.explanation  # 79.4%, not 60%


@pytest.mark.parametrize("sentence", [
    "China consumes about 55% of the world's nickel.",
    "China buys roughly 55 percent of global nickel.",
])
def test_consumption_verb_is_not_a_share_of_output(checker, sentence: str) -> None:
    c = share(checker.check(sentence, "2025-06-01"))
    assert c.claim.measure != "production"
    # the dataset holds no consumption by country: never refuted by mine output (usgs_mcs2025_nickel: 3.2%)
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Chinese companies control 80% of cobalt refining in Congo.",
    "Foreign firms run about 70 percent of the copper mining in Zambia.",
])
def test_share_of_a_stage_within_a_country_is_national(checker, sentence: str) -> None:
    checks = [c for c in checker.check(sentence, "2025-06-01").checks if c.claim.kind == "share"]
    assert checks and all(c.verdict.verdict == "unverifiable" for c in checks), \
        [c.verdict.explanation for c in checks]


# ------------------------------------------------------------- the noun of a rank
# usgs_mcs2025_ree: 2024 China 270,000 t, United States 45,000 t (second)
@pytest.mark.parametrize("sentence", [
    "The US is the second-biggest producer of rare earths but has only a small refining sector.",
    "America is the world's second-biggest rare earth producer, while its processing industry is small.",
])
def test_producer_rank_takes_no_stage_from_another_clause(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-06-01"), "rank")
    assert c.claim.stage in (None, "mining")
    assert c.verdict.verdict == "supported", c.verdict.explanation


# usgs_mcs2025_graphite: China first in 2024 mining (1,270,000 t); IEA CMDE 2025: China first in refining
@pytest.mark.parametrize("sentence", [
    "China is the top refiner and the top miner of graphite.",
    "China is the largest refiner of graphite and also its biggest miner.",
])
def test_miner_rank_is_of_mining(checker, sentence: str) -> None:
    ranks = [c for c in checker.check(sentence, "2025-06-01").checks if c.claim.kind == "rank"]
    assert {c.claim.stage for c in ranks} >= {"mining", "refining"}, [(c.claim.text, c.claim.stage) for c in ranks]


# ------------------------------------------------------------- a rank at several stages
# usgs_mcs2025_lithium: 2024 Australia 88,000 t, Chile 49,000 t, China 41,000 t (China third in mining);
# IEA CMDE 2025: China first in lithium refining in 2024
@pytest.mark.parametrize("sentence", [
    "China is the top producer and refiner of lithium.",
    "China is the world's biggest miner and processor of lithium.",
])
def test_rank_over_two_stages_is_right_at_one_and_wrong_at_the_other(checker, sentence: str) -> None:
    ranks = {c.claim.stage or "mining": c.verdict.verdict
             for c in checker.check(sentence, "2025-06-01").checks if c.claim.kind == "rank"}
    assert ranks.get("refining") == "supported", ranks
    assert ranks.get("mining") == "refuted", ranks


# usgs_mcs2025_ree: the United States second in 2024 mining (45,000 t)
@pytest.mark.parametrize("sentence", [
    "The US ranks second in rare earth mining but has little refining.",
    "The United States is ranked second for rare earth output, while its refining lags.",
])
def test_rank_stage_only_from_its_own_clause(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-06-01"), "rank")
    assert c.claim.stage in (None, "mining")
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- an elliptic second rank
# usgs_mcs2025_ree: 2024 reserves India 6.9 Mt third; 2024 mining India 2,900 t, seventh (not fifth)
@pytest.mark.parametrize("sentence", [
    "India ranks third for rare earth reserves and fifth in mining.",
    "India holds the third-biggest rare earth reserves, but only fifth in mine output.",
])
def test_elliptic_rank_is_checked_on_its_own_measure(checker, sentence: str) -> None:
    ranks = {(c.claim.measure, c.claim.rank): c.verdict.verdict
             for c in checker.check(sentence, "2025-06-01").checks if c.claim.kind == "rank"}
    assert ranks.get(("reserves", 3)) == "supported", ranks
    assert ranks.get(("production", 5)) == "refuted", ranks


# ------------------------------------------------------------- two ranks handed out "respectively"
# usgs_mcs2023_graphite (current on 2023-10-10): 2022 China 850,000 t, Mozambique 170,000 t, Madagascar 110,000 t
def test_respective_ranks_of_the_last_two_names(checker) -> None:
    text = "In graphite mining China is first, while Madagascar and Mozambique are coming in second and third respectively."
    ranks = {c.claim.country: (c.claim.rank, c.verdict.verdict)
             for c in checker.check(text, "2023-10-10").checks if c.claim.kind == "rank"}
    assert ranks.get("MDG") == (2, "refuted"), ranks
    assert ranks.get("MOZ") == (3, "refuted"), ranks


def test_respective_ranks_finishing_in(checker) -> None:
    text = ("Behind China in graphite output, Mozambique and Madagascar finished in second and third, "
            "respectively.")
    ranks = {c.claim.country: (c.claim.rank, c.verdict.verdict)
             for c in checker.check(text, "2023-10-10").checks if c.claim.kind == "rank"}
    assert ranks.get("MOZ") == (2, "supported"), ranks
    assert ranks.get("MDG") == (3, "supported"), ranks
