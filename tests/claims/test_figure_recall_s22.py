"""Figure claims the checker missed on the newest readable batches (twenty-second session): a role
rank set off after a country under another clause's plan, dominance held by "its" or "the country's",
the starting figure of a forecast, zero output in a passive or a relative clause, and the word
classes read when every claim the rules drew was a rule-10 non-claim. Sentences are invented for
these tests; the facts come from the bundled data: USGS MCS 2025 (current 2025-01-31 to 2026-02-05)
gives cobalt mine production 2023 Indonesia 19,000 t of a world 238,000 t (8.0 %), rare-earth mine
production 2024 China first, graphite mine production 2024 China first; MCS 2024 (current on
2024-06-01) gives Japan 3,000 kg of gallium for 2023 and the United States no tungsten output."""

from __future__ import annotations

import pytest

from .conftest import of_kind

DAY = "2025-06-01"


# --- a role rank set off after a country: the main clause's plan does not reach it (README rule 10)
@pytest.mark.parametrize("text", [
    "The agreement comes as the United States seeks to diversify its supply chains away from China, the world's "
    "largest producer of rare earths.",
    "Whether it is graphite in Uganda or rare earths in Malawi, Washington aims to secure access to deposits that can "
    "reduce its dependence on China, the world's leading supplier of rare earths.",
])
def test_apposed_role_rank_is_read_past_a_plan(checker, text: str) -> None:
    got = of_kind(checker.check(text, DAY), "rank")
    assert got, text
    assert (got[0].claim.country, got[0].claim.commodity, got[0].claim.rank) == ("CHN", "rare_earths", 1)
    assert got[0].verdict.verdict == "supported"


@pytest.mark.parametrize("text", [
    "The United States seeks to become the world's largest producer of rare earths.",  # the aim itself
    "Australia plans to build new plants and aims to be the world's largest producer of rare earths.",
])
def test_an_aimed_place_stays_a_plan(checker, text: str) -> None:
    assert not of_kind(checker.check(text, DAY), "rank"), text


# --- dominance held by a pronoun or "the country" at the sentence's start (README rule 12)
def test_its_dominance_opening_a_sentence_is_the_country_before(checker) -> None:
    got = of_kind(checker.check("China restricts exports. Its dominance of the rare earth supply chain is no accident.",
                                DAY), "rank")
    assert got and (got[0].claim.country, got[0].claim.commodity, got[0].claim.rank) == ("CHN", "rare_earths", 1)


def test_the_countrys_dominance_names_no_stage_of_the_predicate(checker) -> None:
    # "a curb in exports" belongs to the predicate ("means ..."), not to the dominance: mining, not exports
    got = of_kind(checker.check("China restricts graphite exports. The country's dominance in the sector means a curb "
                                "in exports could hurt battery makers.", DAY), "rank")
    assert got and got[0].claim.country == "CHN" and got[0].claim.measure == "production"
    assert got[0].verdict.verdict == "supported"


def test_its_dominance_without_a_market_is_no_claim(checker) -> None:
    assert not of_kind(checker.check("China restricts graphite exports. Its dominance poses risks.", DAY), "rank")


# --- "night vision" is a use, not an aim
def test_night_vision_is_no_aim(checker) -> None:
    got = of_kind(checker.check("Germanium is a technological metal. The metal, used for fiber optic cables and night "
                                "vision devices, experienced a notable drop in exports.", DAY), "change")
    assert got and got[0].claim.commodity == "germanium" and got[0].claim.measure == "exports"


# --- the starting figure of a forecast states what was (rule 10 excludes the forecast, not its start)
def test_forecast_baseline_is_checked(checker) -> None:
    res = checker.check("Indonesia's share of cobalt mine output is expected to rise from 8% in 2023 to 20% by 2030.",
                        DAY)
    got = of_kind(res, "share")
    assert len(got) == 1 and (got[0].claim.country, got[0].claim.year, got[0].claim.value) == ("IDN", 2023, 8.0)
    assert got[0].verdict.verdict == "supported"
    wrong = of_kind(checker.check("Indonesia's share of cobalt mine output is expected to rise from 14% in 2023 to "
                                  "20% by 2030.", DAY), "share")
    assert wrong and wrong[0].verdict.verdict == "refuted"


@pytest.mark.parametrize("text", [
    "Indonesia's share of cobalt mine output is expected to rise to 20% by 2030.",
    # a start in the article's own year is itself an estimate of the running year, not what was
    "Indonesia's share of cobalt mine output is expected to rise from 8% in 2025 to 20% by 2030.",
])
def test_forecast_without_a_past_start_stays_a_forecast(checker, text: str) -> None:
    assert not of_kind(checker.check(text, DAY), "share"), text


# --- zero output in words
@pytest.mark.parametrize(("text", "country", "commodity", "verdict"), [
    ("Gallium is not produced in Japan.", "JPN", "gallium", "refuted"),
    ("No gallium is produced in Japan.", "JPN", "gallium", "refuted"),
    ("Tungsten is a rare metal and the U.S. hasn't had any domestic production of the metal since 2015.",
     "USA", "tungsten", "supported"),
    ("Access to uranium, which France does not domestically produce, is critical.", "FRA", "uranium", "unverifiable"),
])
def test_zero_output_in_words(checker, text: str, country: str, commodity: str, verdict: str) -> None:
    got = of_kind(checker.check(text, "2024-06-01"), "quantity")
    assert got, text
    assert (got[0].claim.country, got[0].claim.commodity, got[0].claim.value) == (country, commodity, 0.0)
    assert got[0].verdict.verdict == verdict


# --- a sentence whose only figure is a rule-10 non-claim keeps the word classes the rules leave
def test_rank_beside_a_share_price_move(checker) -> None:
    res = checker.check("Lithium prices and shares surged after Zimbabwe, one of the world\u2019s top producers, "
                        "suspended concentrate exports, fueling fears that global supplies will tighten.", "2026-02-26")
    got = of_kind(res, "rank")
    assert got and got[0].claim.country == "ZWE" and got[0].claim.commodity == "lithium"
    assert not of_kind(res, "change")  # the share price move stays a non-claim


# --- a small mass in words needs no scale word ("five tons"); "a ton of" is no figure
def test_small_mass_in_words(checker) -> None:
    got = of_kind(checker.check("The US plant has a production capacity of roughly five tons of rare earth magnets per "
                                "year.", DAY), "quantity")
    assert got and (got[0].claim.value, got[0].claim.unit, got[0].claim.hedge) == (5.0, "t", "about")
    assert not of_kind(checker.check("A ton of graphite mined in China costs a lot.", DAY), "quantity")
