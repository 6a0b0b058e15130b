"""Verdict rules (issue 6): "resources" read as reserves, world totals given as a lower
bound used as the share denominator, shares computed as the ratio of the published figures,
round tens of percent stated to ten points, lists of "Name: figure" lines, a figure right
for reserves but called production, "total output of N" as the world total, and "this
year" dating only the figure it follows.

Reference figures (``src/critmin/data``, USGS Mineral Commodity Summaries):
MCS 2025 Rare Earths (published 2025-01-31): mine production 2024 world 390,000 t, China
270,000 t, Burma 31,000 t, United States 45,000 t; reserves China 44,000,000 t, Brazil
21,000,000 t, United States 1,900,000 t, world "more than 90,000,000" t.
MCS 2025 Tungsten: 2024 world 81,000 t, China 67,000 t. MCS 2025 Cobalt: 2024 world
290,000 t, Congo (Kinshasa) 220,000 t (75.9 %). MCS 2024 Nickel: 2023 Indonesia
1,800,000 t, Philippines 400,000 t. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import one

MID_2025 = "2025-04-01"  # MCS 2025 current, before the IEA outlooks of 2025-05-21
LATE_2024 = "2024-12-27"  # MCS 2024 current


def kinds(result, kind: str):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == kind]


# ------------------------------------------------------------- "resources" read as reserves
@pytest.mark.parametrize("sentence", [
    "Brazil is estimated to hold 21 million tonnes of rare earth resources.",
    "Rare earth resources in Brazil total some 21 million metric tons.",
])
def test_resources_that_match_the_reserve_figure_are_supported(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.claim.measure == "resources"
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "reserves" in c.verdict.explanation and "21,000,000" in c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Brazil has 5 million tonnes of rare earth resources.",
    "Rare earth resources in Brazil come to 60 million tonnes.",
])
def test_resources_are_never_refuted_by_reserves(checker, sentence: str) -> None:
    # resources are at least as large as reserves: a reserve figure cannot refute them
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
    assert c.verdict.needs and "resources" in c.verdict.needs


# ------------------------------------------------------------- lower bound as denominator
@pytest.mark.parametrize("sentence", [
    "Brazil holds 23% of the world's rare earth reserves.",
    "Roughly 23 per cent of global rare earth reserves lie in Brazil.",
])
def test_share_over_a_lower_bound_world_total_is_supported(checker, sentence: str) -> None:
    # 21 of "more than 90" Mt = 23.3 %: rule 7 uses the bound as the denominator
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "23.3%" in c.verdict.explanation and "lower bound" in c.verdict.explanation


def test_share_below_the_lower_bound_ratio_is_refuted(checker) -> None:
    # the bound is the share's denominator (README rule 7; label C494): 21 of more than 90 Mt is 23.3 %
    # (thirteenth session; this was "unsettled" before)
    c = one(checker.check("Brazil holds 12% of global rare earth reserves.", MID_2025), "share")
    assert c.verdict.verdict == "refuted", c.verdict.explanation


# ------------------------------------------------------------- computed shares are point ratios
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Congo supplied 76% of the world's mined cobalt in 2024.", "supported"),        # 75.9 % rounds to 76
    ("Congo supplied 74% of the world's mined cobalt in 2024.", "refuted"),  # 75.9 % is not 74
    ("In 2024 Congolese mines produced 78 per cent of global cobalt.", "refuted"),  # README C409: off -> refuted
])
def test_computed_share_is_the_ratio_of_the_figures(checker, sentence: str, verdict: str) -> None:
    # the rounding of 220,000 and 290,000 does not widen the share (72.9 %..78.9 % before)
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.verdict.verdict == verdict, c.verdict.explanation
    assert "75.9%" in c.verdict.explanation


# ------------------------------------------------------------- round tens of percent
@pytest.mark.parametrize("sentence", [
    "China mined 70% of the world's rare earths in 2024.",      # 69.2 %
    "Chinese mines turned out 80 percent of world tungsten in 2024.",  # 82.7 %
])
def test_round_tens_of_percent_stand_for_ten_points(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "read as" in c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Congo supplied over 80% of the world's mined cobalt in 2024.",
    "More than 80 per cent of global cobalt came from Congo in 2024.",
])
def test_more_than_a_round_ten_needs_a_larger_value(checker, sentence: str) -> None:
    # 75.9 % is inside 75..85 but not over 80 (rule 5: "more than X" requires a larger value)
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.verdict.verdict != "supported", c.verdict.explanation


# ------------------------------------------------------------- lists of "Name: figure"
@pytest.mark.parametrize(("text", "measure"), [
    ("World rare earth mine production: 390,000 metric tons\n\nChina: 270,000 tons\n\nBurma: 31,000 tons",
     "production"),
    ("Global rare earth reserves: 90 million tons\n\nChina: 44 million tons\n\nBrazil: 21 million tons",
     "reserves"),
])
def test_list_lines_share_the_measure_of_the_list(checker, text: str, measure: str) -> None:
    got = kinds(checker.check(text, "2025-07-18"), "quantity")
    assert [c.claim.country for c in got] == ["WLD", "CHN", {"production": "MMR", "reserves": "BRA"}[measure]]
    assert all(c.claim.measure == measure for c in got)
    assert got[1].verdict.verdict == got[2].verdict.verdict == "supported"


# ------------------------------------------------------------- production and reserves swapped
@pytest.mark.parametrize(("sentence", "wrong"), [
    ("With 1.9 million tonnes, the United States is a major rare earth producer.", "production"),
    ("Brazil produced 21 million tons of rare earths in 2024.", "production"),
    ("China's rare earth reserves amount to 270,000 tonnes.", "reserves"),
])
def test_figure_of_the_other_measure_is_partly_supported(checker, sentence: str, wrong: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.claim.measure == wrong
    assert c.verdict.verdict == "partly_supported", c.verdict.explanation
    assert "right for" in c.verdict.explanation


def test_figure_right_for_neither_measure_is_refuted(checker) -> None:
    c = one(checker.check("Brazil produced 9 million tons of rare earths in 2024.", MID_2025), "quantity")
    assert c.verdict.verdict == "refuted", c.verdict.explanation


# ------------------------------------------------------------- "total output of N"
@pytest.mark.parametrize("sentence", [
    "Beijing supplied most of the 2024 total output of 81,000 tons of tungsten.",
    "Chinese mines accounted for the bulk of last year's global production of 81,000 t of tungsten.",
])
def test_total_output_of_a_figure_is_the_world_total(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.claim.country == "WLD"
    assert c.verdict.verdict == "supported", c.verdict.explanation


def test_a_countrys_total_output_stays_the_countrys(checker) -> None:
    c = one(checker.check("China's total output of 67,000 tons of tungsten led the world in 2024.", MID_2025),
            "quantity")
    assert c.claim.country == "CHN"
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- "this year" after another figure
@pytest.mark.parametrize("sentence", [
    "Indonesia, the largest nickel producer, may cut its ore quota from 240 million tonnes this year.",
    "The Philippines, the second-largest nickel producer, shipped 30 million tonnes of ore this year.",
])
def test_this_year_after_another_figure_does_not_date_the_rank(checker, sentence: str) -> None:
    c = one(checker.check(sentence, LATE_2024), "rank")
    assert c.claim.year is None
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "MCS 2024" in c.verdict.explanation


# ------------------------------------------------------------- ties take the positions they cover
# MCS 2025 Rare Earths, mine production 2024: Thailand, Nigeria and Australia 13,000 t each
# (after China, the United States and Burma), India 2,900 t next.
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Nigeria ranked sixth among rare earth producers in 2024.", "supported"),
    ("Thailand is the fifth-largest rare earth producer.", "supported"),
    ("Australia was the fourth-biggest producer of rare earths in 2024.", "supported"),
    ("India is the seventh-largest producer of rare earths.", "supported"),   # after three tied 4th
    ("Nigeria is among the top three rare earth producers.", "refuted"),
])
def test_tied_countries_cover_their_positions(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, MID_2025), "rank")
    assert c.verdict.verdict == verdict, c.verdict.explanation
    if "India" not in sentence:
        assert "#4-6 (tied)" in c.verdict.explanation


# ------------------------------------------------------------- a country the table does not list
@pytest.mark.parametrize("sentence", [
    "Laos is the fifth-largest rare earth producer.",
    "Laos ranks fourth in rare earth mine production.",
])
def test_unlisted_country_cannot_outrank_what_other_countries_hold(checker, sentence: str) -> None:
    # MCS 2025: "other countries" together 1,100 t, below the 13,000 t of positions 4-6
    c = one(checker.check(sentence, MID_2025), "rank")
    assert c.verdict.verdict == "refuted", c.verdict.explanation
    assert "does not list" in c.verdict.explanation and "1,100" in c.verdict.explanation


# ------------------------------------------------------------- "among the countries with the largest"
@pytest.mark.parametrize("sentence", [
    "Brazil is among the countries with the largest rare earth reserves.",
    "This puts Brazil among the few nations having the biggest rare earth deposits.",
])
def test_membership_of_a_group_states_no_rank(checker, sentence: str) -> None:
    assert not kinds(checker.check(sentence, MID_2025), "rank")


# ------------------------------------------------------------- ranges keep their own width
@pytest.mark.parametrize("sentence", [
    "China holds 60-80% of the world's rare earth mine output.",
    "Between 60 and 80 per cent of global rare earth mining takes place in China.",
])
def test_a_range_of_percent_is_not_narrowed(checker, sentence: str) -> None:
    got = kinds(checker.check(sentence, MID_2025), "share")
    assert got, "no share found"
    assert got[0].verdict.verdict == "supported", got[0].verdict.explanation  # 69.2 % lies in 60..80


# ------------------------------------------------------------- attribution picks the series
# IEA Global Critical Minerals Outlook 2025 (published 2025-05-21): China ~60 % of rare-earth
# mining in 2024; USGS MCS 2025: 69.2 %.
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("According to the IEA, China accounts for 70% of rare earth mining.", "refuted"),
    ("The International Energy Agency puts China's share of rare earth mining at 60%.", "supported"),
    ("According to the USGS, China accounts for 60% of rare earth mining.", "refuted"),
    ("China mines 70% of the world's rare earths, the US Geological Survey says.", "supported"),
])
def test_attributed_series_decides_and_ten_points_are_not_loosely_right(checker, sentence: str,
                                                                       verdict: str) -> None:
    # a round ten stands for ten points; being outside them is not "loosely right"
    c = one(checker.check(sentence, "2025-08-01"), "share")
    assert c.verdict.verdict == verdict, c.verdict.explanation


# ------------------------------------------------------------- no country: the world total, confirm only
# MCS 2024 Lithium: world reserves 28,000,000 t (2023); MCS 2023: 26,000,000 t (2022).
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Known lithium reserves stand at 28 million tonnes.", "supported"),
    ("Proven lithium reserves now total some 26 million tonnes.", "supported_by_other_edition"),
])
def test_figure_without_country_matching_the_world_total(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, "2024-06-01"), "quantity")
    assert c.verdict.verdict == verdict, c.verdict.explanation
    assert "world total" in c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Lithium reserves stand at 12 million tonnes.",
    "Reserves of lithium amount to 3 million tonnes.",
])
def test_figure_without_country_is_never_refuted(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2024-06-01"), "quantity")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


# ------------------------------------------------------------- later editions: only ended years
# MCS 2024 Lithium (current on 2024-11-22): 2023 Australia 86,000 t, Chile 44,000 t, China
# 33,000 t (third). MCS 2026 (published 2026) ranks China second for 2025, a year that had not
# begun to end on the article's date.
@pytest.mark.parametrize("sentence", [
    "China is the second-largest lithium producer.",
    "China ranks second in lithium production.",
])
def test_a_later_editions_unfinished_year_does_not_support_a_rank(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2024-11-22"), "rank")
    assert c.verdict.verdict == "refuted", c.verdict.explanation
    assert "MCS 2024" in c.verdict.explanation and "MCS 2026" not in c.verdict.explanation


# ------------------------------------------------------------- counted groups of countries
# MCS 2024 Lithium, 2023: world 180,000 t; Australia 86,000, Chile 44,000, China 33,000 t
# (together 163,000 t = 90.6 %), Argentina 8,630 t (fourth).
@pytest.mark.parametrize("sentence", [
    "Three nations supplied 91% of the world's lithium in 2023: Australia, Chile and China.",
    "In 2023 Chile, China and Australia, three countries, mined 91% of global lithium.",
])
def test_share_of_a_counted_group_is_the_groups(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2024-03-15"), "share")
    assert sorted(c.claim.comparison["countries"]) == ["AUS", "CHL", "CHN"]
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "86,000" in c.verdict.explanation and "33,000" in c.verdict.explanation


def test_share_of_a_group_the_sentence_does_not_name_is_nobodys(checker) -> None:
    c = one(checker.check("Australia and two other countries mined 91% of the world's lithium in 2023.",
                          "2024-03-15"), "share")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Australia, Chile and China, the three largest producers, mined most of the world's lithium in 2023.",
     "supported"),
    ("Chile and Australia are the two largest lithium producers.", "supported"),
    ("Argentina and China are the two biggest lithium producers.", "refuted"),
])
def test_the_n_largest_is_a_top_n_rank_of_the_group(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, "2024-03-15"), "rank")
    assert c.claim.rank_op == "<=" and len(c.claim.comparison["countries"]) == c.claim.rank
    assert c.verdict.verdict == verdict, c.verdict.explanation


# ------------------------------------------------------------- the only sub-series stands for the commodity
# MCS 2024 Gallium (current on 2024-06-01): low-purity primary production 2023, China
# 600,000 kg of a world 610,000 kg (98.4 %); the dataset has no other gallium production series.
@pytest.mark.parametrize(("sentence", "kind"), [
    ("China produces 98% of the world's gallium.", "share"),
    ("Chinese plants turned out 98 per cent of global gallium output in 2023.", "share"),
    ("China produced 600 tonnes of gallium in 2023.", "quantity"),
])
def test_gallium_production_is_low_purity_primary_gallium(checker, sentence: str, kind: str) -> None:
    c = one(checker.check(sentence, "2024-06-01"), kind)
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "600,000" in c.verdict.explanation


# ------------------------------------------------------------- "more than X" needs a larger value
# MCS 2025: tungsten 2024 China 67,000 of 81,000 t (82.7 %); rare earths China 270,000 t.
@pytest.mark.parametrize(("sentence", "kind"), [
    ("China mined more than 83% of the world's tungsten in 2024.", "share"),
    ("Over 275,000 tons of rare earths were mined in China in 2024.", "quantity"),
])
def test_more_than_is_not_met_by_a_value_that_only_rounds_to_it(checker, sentence: str, kind: str) -> None:
    c = one(checker.check(sentence, MID_2025), kind)
    # a figure outside its tolerance is refuted (README rule 5 and readings C409, C500)
    assert c.verdict.verdict == "refuted", c.verdict.explanation


@pytest.mark.parametrize(("sentence", "kind"), [
    ("China mined more than 82% of the world's tungsten in 2024.", "share"),
    ("Over 265,000 tons of rare earths were mined in China in 2024.", "quantity"),
])
def test_more_than_is_met_by_a_larger_value(checker, sentence: str, kind: str) -> None:
    c = one(checker.check(sentence, MID_2025), kind)
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- a dated heading over a list
# MCS 2025 Rare Earths, 2024: Burma 31,000 t (MCS 2024 gave 38,000 t for 2023).
@pytest.mark.parametrize("text", [
    "2024 rare earth production data from the U.S. Geological Survey:\n\nChina: 270,000 tons\n\nBurma: 38,000 tons",
    "Rare earth mine output in 2024, by country:\n\nChina: 270,000 t\n\nBurma: 38,000 t",
])
def test_list_lines_take_the_year_of_their_heading(checker, text: str) -> None:
    got = kinds(checker.check(text, "2025-07-18"), "quantity")
    assert [c.claim.year for c in got] == [2024, 2024]
    assert [c.verdict.verdict for c in got] == ["supported", "refuted"], [c.verdict.explanation for c in got]


def test_list_lines_without_a_dated_heading_keep_no_year(checker) -> None:
    got = kinds(checker.check("Rare earth mine output by country:\n\nChina: 270,000 t\n\nBurma: 38,000 t",
                              "2025-07-18"), "quantity")
    assert [c.claim.year for c in got] == [None, None]
