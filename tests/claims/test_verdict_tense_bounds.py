"""Share, rank and quantity verdicts: the present perfect of a place and strict bounds
(thirteenth session; labelling rules 5 and 15 of ``benchmarks/claims_eval/README.md``).

Reference figures (``src/critmin/data/observations.csv``), tungsten mine production, t W
content: MCS 2025 (published 2025-01-31) China 67,000 t and Vietnam 3,400 t in 2024, of a world
81,000 t; no edition current in mid-2025 holds 2025. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from critmin.claims.verdict import claim_interval

from .conftest import one

MID_2025 = "2025-06-01"  # MCS 2025 current


def test_more_than_needs_a_larger_value_at_least_allows_the_value() -> None:
    lo, _ = claim_interval(0.30, 0.005, "more than")
    assert lo > 0.30 + 1e-8
    lo, _ = claim_interval(0.30, 0.005, "at least")
    assert lo == pytest.approx(0.30)


@pytest.mark.rules_only
def test_more_than_the_exact_figure_is_refuted(checker) -> None:
    c = one(checker.check("China mined more than 67,000 tonnes of tungsten in 2024.", MID_2025), "quantity")
    assert c.verdict.verdict == "refuted", c.verdict.explanation
    c = one(checker.check("China mined at least 67,000 tonnes of tungsten in 2024.", MID_2025), "quantity")
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.rules_only
def test_has_become_names_the_article_year(checker) -> None:
    # the simple present reads the latest data year (2024: China first) ...
    c = one(checker.check("China is the world's largest tungsten producer.", MID_2025), "rank")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    # ... the present perfect the article's year, 2025, which no edition of the day holds
    c = one(checker.check("China has become the world's largest tungsten producer.", MID_2025), "rank")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
    assert "2025" in c.verdict.explanation


@pytest.mark.rules_only
def test_has_become_with_a_year_keeps_that_year(checker) -> None:
    c = one(checker.check("China has become the world's largest tungsten producer in 2024.", MID_2025), "rank")
    assert c.verdict.verdict == "supported", c.verdict.explanation


# IEA CMDE 2025 (published 2025-05-21): China 196.1 of 250.2 kt of refined cobalt in 2024 (78.4 %);
# no edition current in March 2024 holds refined cobalt by country. MCS 2024: Congo first in mining.
EARLY_2024 = "2024-03-01"


@pytest.mark.rules_only
def test_a_share_only_a_later_edition_holds_is_matched_at_its_latest_year(checker) -> None:
    c = one(checker.check("China refines about 80% of the world's cobalt.", EARLY_2024), "share")
    assert c.verdict.verdict == "supported_by_other_edition", c.verdict.explanation
    assert c.verdict.edition == "IEA CMDE 2025"
    # disagreeing, a later edition cannot refute it (rule 3)
    c = one(checker.check("China refines about 50% of the world's cobalt.", EARLY_2024), "share")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


@pytest.mark.rules_only
def test_a_later_only_share_beside_a_part_of_the_day_stays_unchecked(checker) -> None:
    r = checker.check("Congo is the largest cobalt miner, and China refines about 80% of the world's cobalt.",
                      EARLY_2024)
    assert one(r, "rank").verdict.verdict == "supported"
    assert one(r, "share").verdict.verdict == "unverifiable", one(r, "share").verdict.explanation


# MCS 2025 tungsten: China first in 2024 (67,000 t); the data rank no country's germanium output.
@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "Tungsten is one of several critical mineral markets dominated by China.",
    "Vietnam shipped less tungsten last year. China remains the top producer of these critical minerals.",
    "China is the dominant producer of both germanium and tungsten.",
])
def test_a_rank_of_an_umbrella_or_unranked_commodity_is_read_for_the_one_named(checker, text: str) -> None:
    c = one(checker.check(text, MID_2025), "rank")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "tungsten" in c.verdict.explanation


@pytest.mark.rules_only
def test_the_specific_reading_never_refutes(checker) -> None:
    # Brazil mines no tungsten the table lists: the umbrella rank stays open, it is not refuted
    c = one(checker.check("Tungsten is one of several critical mineral markets dominated by Brazil.", MID_2025),
            "rank")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
    c = one(checker.check("Chile is the top producer of critical minerals.", MID_2025), "rank")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


# MCS 2025 rare earths 2024: China first in mine output; the data give all rare earths (REO) only.
@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "Laos is the world's biggest source of heavy REEs.",
    "The global supply of light rare earths is overwhelmingly dominated by China.",
])
def test_a_rank_in_a_group_of_the_rare_earths_is_another_basis(checker, text: str) -> None:
    c = one(checker.check(text, MID_2025), "rank")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
    assert "rare earths" in c.verdict.explanation and "basis" in c.verdict.explanation


@pytest.mark.rules_only
def test_a_group_named_in_another_clause_leaves_the_rank_alone(checker) -> None:
    c = one(checker.check("Its ores carry heavy rare earths, but China is the world's largest rare earth miner.",
                          MID_2025), "rank")
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.rules_only
def test_an_estimated_figure_in_the_present_takes_no_old_year_from_the_sentence_before(checker) -> None:
    # "an estimated" is a hedge, not a past verb: the present tense reads MCS 2025's 2024 reserves
    # (China 2,400,000 t of tungsten), not the 2019 of the sentence before
    r = checker.check("Austria had 10,000 tonnes of tungsten reserves in 2019, according to the USGS. China holds "
                      "the most tungsten reserves, with an estimated 2.4 million tonnes.", MID_2025)
    c = next(c for c in r.checks if c.claim.kind == "quantity" and c.claim.country == "CHN")
    assert c.claim.year is None
    assert c.verdict.verdict == "supported", c.verdict.explanation


# MCS 2025 cobalt reserves, 2024: other countries 800,000 t, world 11,000,000 t.
@pytest.mark.rules_only
def test_the_rest_of_the_world_is_the_other_countries_row_never_the_world(checker) -> None:
    c = one(checker.check("The rest of the world holds about 800,000 tonnes of cobalt reserves.", MID_2025),
            "quantity")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    # a figure the row does not match may leave out other countries than the edition's: not refuted
    c = one(checker.check("The rest of the world holds 2.5 million tonnes of cobalt reserves.", MID_2025),
            "quantity")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


def test_an_estimated_range_allows_five_percent_at_each_end() -> None:
    from critmin.claims.model import Claim
    from critmin.claims.share_rank import hedged_range

    c = Claim(sentence="", span=(0, 0), kind="share", text="an estimated 40-60%", unit="percent",
              hedge="an estimated")
    lo, hi = hedged_range(c, (0.395, 0.605))
    assert lo == pytest.approx(0.38) and hi == pytest.approx(0.63)


@pytest.mark.rules_only
def test_an_estimated_range_is_supported_within_the_hedge(checker) -> None:
    # MCS 2025: China 67,000 of 81,000 t of tungsten in 2024 = 82.7 %, inside 0.95 x 85 %
    c = one(checker.check("China supplies an estimated 85-95% of the world's tungsten.", MID_2025), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.rules_only
def test_a_year_written_with_a_month_dates_an_event_not_the_share(checker) -> None:
    # MCS 2025 (current in January 2026): China 82.7 % of tungsten mine output in 2024
    r = checker.check("Since April 2025, China, which mines about 80% of the world's tungsten, has required "
                      "licences for its exports.", "2026-01-10")
    c = one(r, "share")
    assert c.claim.year is None
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert c.verdict.edition == "MCS 2025"


# MCS 2025 rare-earth reserves, 2024: Brazil 21 Mt of more than 90 Mt (23.3 % over the bound, rule 7);
# MCS 2024, 2023: 21 of 110 Mt (19.1 %).
@pytest.mark.rules_only
def test_a_bound_share_in_a_sentence_of_the_day_is_refuted_not_rescued_by_an_older_total(checker) -> None:
    r = checker.check("Brazil holds about 19% of global rare earth reserves, with 21 million tonnes.", MID_2025)
    assert one(r, "quantity").verdict.verdict == "supported"
    c = one(r, "share")
    assert c.verdict.verdict == "refuted", c.verdict.explanation
    # alone, the older edition's match stands (rule 3 (b))
    c = one(checker.check("Brazil holds about 19% of global rare earth reserves.", MID_2025), "share")
    assert c.verdict.verdict == "supported_by_other_edition", c.verdict.explanation


# MCS 2025: Chile's lithium reserves 9,300,000 t (2024).
@pytest.mark.rules_only
def test_a_governments_own_reserve_figure_is_a_national_inventory_not_refuted(checker) -> None:
    c = one(checker.check("Chile holds lithium reserves of 5 million tonnes.", MID_2025), "quantity")
    assert c.verdict.verdict == "refuted", c.verdict.explanation
    c = one(checker.check("The Chilean government identified lithium reserves of 5 million tonnes.", MID_2025),
            "quantity")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
    assert "national" in c.verdict.explanation


@pytest.mark.rules_only
def test_will_beside_a_year_already_ended_is_a_rewriters_tense_not_a_forecast(checker) -> None:
    # MCS 2025: China 67,000 of 81,000 t of tungsten mined in 2024 (82.7 %)
    c = one(checker.check("In 2024, China will mine about 83% of the world's tungsten.", MID_2025), "share")
    assert c.claim.year == 2024
    assert c.verdict.verdict == "supported", c.verdict.explanation
    # a year still to come stays a forecast, which no rule reads as a fact
    assert not [x for x in checker.check("China will mine about 83% of the world's tungsten in 2030.", MID_2025).checks
                if x.claim.kind == "share" and x.claim.year is None]


@pytest.mark.rules_only
def test_what_a_commodity_is_refined_into_is_no_product_of_the_share(checker) -> None:
    c = one(checker.check("China refines about 80% of the world's cobalt into battery-grade sulfate.", EARLY_2024),
            "share")
    assert c.claim.product is None
    assert c.verdict.verdict == "supported_by_other_edition", c.verdict.explanation
    c = one(checker.check("China refines about 80% of the world's battery-grade cobalt sulfate.", EARLY_2024), "share")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


# MCS 2022 (current in mid-2022) holds, in the bundle, China's rare-earth mine output for 2021 and
# one other country's: a partial table of two.
@pytest.mark.rules_only
def test_a_partial_table_ranks_the_countries_it_lists_only(checker) -> None:
    c = one(checker.check("China is the top rare earth producer.", "2022-06-01"), "rank")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert c.verdict.edition == "MCS 2022"
    c = one(checker.check("Australia is the top rare earth producer.", "2022-06-01"), "rank")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
