"""Rank and dominance readings of the twentieth session (issue 6).

Reference figures (``src/critmin/data/observations.csv``): rare-earth reserves (t REO) in MCS
2025 (2024): China 44,000,000, Brazil 21,000,000, India 6,900,000, Australia 5,700,000, Russia
3,800,000, Vietnam 3,500,000 (sixth); in MCS 2024 (2023): Vietnam 22,000,000 (second). Graphite
reserves in MCS 2023 (2022): North Korea 2,000,000 t, eleventh of the listed countries. Rare-earth
mine production in MCS 2025 (2024): China 270,000 of 390,000 t (69%, first). Lithium mine
production in MCS 2025 (2024): Argentina 18,000 t, fifth (Australia, Chile, China, Zimbabwe
ahead). The labelling rules are README rules 2, 3, 8, 12 and 14. The sentences are written for
these tests.
"""

from __future__ import annotations

import pytest

from critmin.claims.article_commodity import main_commodity
from critmin.claims.extract import DATA_DIR

from .conftest import one

MID_2025 = "2025-06-01"
LATE_2023 = "2023-11-15"


def _ranks(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "rank"]


# ------------------------------------------------------------- "some of the largest": rule 14
@pytest.mark.parametrize(("text", "date", "verdict"), [
    # fifth: in the first five, a place among the leaders holds (not "first place", which is refuted)
    ("Russia holds some of the world's largest rare earth reserves.", MID_2025, "supported"),
    # eleventh: after the tenth, refuted (rule 14)
    ("North Korea has some of the largest graphite reserves in the world.", LATE_2023, "refuted"),
    # sixth today: too loose to settle, whatever an older edition (Vietnam second in MCS 2024) says
    ("Vietnam has some of the world's largest rare earth reserves.", MID_2025, "unverifiable"),
])
def test_some_of_the_largest_is_a_place_among_the_leaders(checker, text: str, date: str, verdict: str) -> None:
    c = one(checker.check(text, date), "rank")
    assert c.claim.rank_op == "among" and c.claim.rank is None
    assert c.verdict.verdict == verdict, c.verdict.explanation


def test_one_of_the_largest_with_sixth_place_today_is_not_settled_by_an_older_edition(checker) -> None:
    c = one(checker.check("Vietnam is one of the largest holders of rare earth reserves.", MID_2025), "rank")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


# ------------------------------------------------------------- dominance over "critical minerals"
_RARE_EARTH_ARTICLE = (
    "Rare earths are mined in a dozen countries. Rare earth prices fell last year. "
    "The alliance is a bid to counter China's stranglehold on critical minerals.")
_GENERAL_ARTICLE = (
    "Critical minerals are needed for batteries. Governments list critical minerals by risk. "
    "Rare earths are one group. The alliance is a bid to counter China's stranglehold on critical minerals.")


def test_dominance_over_critical_minerals_is_read_for_the_articles_commodity(checker) -> None:
    r = checker.check(_RARE_EARTH_ARTICLE, MID_2025)
    held = [c for c in r.checks if "stranglehold" in c.claim.sentence and c.claim.kind in ("rank", "share")]
    assert held and all(c.verdict.verdict == "supported" and c.claim.commodity == "rare_earths" for c in held), \
        [(c.claim.kind, c.claim.commodity, c.verdict.explanation) for c in held]
    assert all("read for rare_earths" in c.verdict.explanation for c in held)


def test_an_article_about_critical_minerals_in_general_is_not_read_for_one_of_them(checker) -> None:
    r = checker.check(_GENERAL_ARTICLE, MID_2025)
    held = [c for c in r.checks if "stranglehold" in c.claim.sentence and c.claim.kind in ("rank", "share")]
    assert held and all(c.verdict.verdict == "unverifiable" for c in held), \
        [(c.claim.kind, c.claim.commodity, c.verdict.explanation) for c in held]


def test_main_commodity_counts_products_for_their_parent() -> None:
    text = "NdPr oxide prices rose. Magnet makers buy NdPr. Lithium fell. Rare earths are mined in China."
    assert main_commodity(text, str(DATA_DIR)) == "rare_earths"  # NdPr oxide x2 + rare earths > lithium
    assert main_commodity("Lithium rose. Cobalt fell.", str(DATA_DIR)) is None  # a tie
    assert main_commodity("Critical minerals matter. Critical minerals again. Lithium too.", str(DATA_DIR)) is None


# ------------------------------------------------------------- an anaphor naming a region
def test_region_anaphor_refers_to_the_last_country_of_that_region(checker) -> None:
    text = ("Brazil has clay deposits of heavy rare earths. China buys most of the ore. "
            "The South American country holds the world's second-largest rare earth reserves.")
    c = one(checker.check(text, MID_2025), "rank")
    assert c.claim.country == "BRA"
    assert c.verdict.verdict == "supported", c.verdict.explanation


def test_opening_region_anaphor_takes_the_first_country_of_that_region_after_it(checker) -> None:
    text = ("The South American country holds the world's second-largest rare earth reserves. "
            "China leads, and Brazil follows.")
    c = one(checker.check(text, MID_2025), "rank")
    assert c.claim.country == "BRA", c.verdict.explanation


# ------------------------------------------------------------- a place as it stands, dated by another figure
@pytest.mark.parametrize("text", [
    "Argentina, which is the fifth largest lithium producer in the world, will produce 130,000 tonnes in 2025.",
    "China, the largest producer of rare earths, raised exports in the first five months of 2025.",
])
def test_a_place_as_it_stands_is_read_in_the_present_tense(checker, text: str) -> None:
    rk = _ranks(checker.check(text, MID_2025))
    assert len(rk) == 1 and rk[0].verdict.verdict == "supported", [c.verdict.explanation for c in rk]
    assert rk[0].verdict.edition == "MCS 2025"


def test_a_place_dated_in_the_main_clause_keeps_its_year(checker) -> None:
    # the year of the sentence's own clause dates the place: no edition of the day holds 2025
    rk = _ranks(checker.check("In 2025 Argentina was the fifth largest lithium producer in the world.", MID_2025))
    assert len(rk) == 1 and rk[0].verdict.verdict != "supported", rk[0].verdict.explanation


# ------------------------------------------------------------- a capacity share attributed to a series without one
@pytest.mark.parametrize("text", [
    "China controls about 85% of global rare earth refining capacity, according to the International Energy Agency.",
    "According to the US Geological Survey, China controls about 85% of global rare earth processing capacity.",
])
def test_capacity_share_attributed_to_a_series_without_capacity_shares_is_open(checker, text: str) -> None:
    # IEA GCMO and USGS MCS publish no capacity shares (rule 1: the attribution selects the series;
    # rule 6: an output share is another quantity); the bundle's capacity figure (SMM, ~85%) is not theirs
    c = one(checker.check(text, MID_2025), "share")
    assert c.claim.measure == "capacity"
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


def test_unattributed_capacity_share_is_still_checked_against_the_bundled_capacity_source(checker) -> None:
    c = one(checker.check("China controls about 85% of global rare earth refining capacity.", MID_2025), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- a source named after "from" or "by"
def test_a_publisher_after_report_from_is_the_source_not_the_subject(checker) -> None:
    # MCS 2023 (current on 2023-07-10): China 540,000 of 550,000 kg of primary gallium in 2022 = 98.2%;
    # the UK centre is not bundled, so the USGS is the reference (rule 1) and 94% is refuted
    text = ("China produces 94% of the world's gallium according to last year's report from the "
            "UK Critical Minerals Intelligence Centre.")
    c = one(checker.check(text, "2023-07-10"), "share")
    assert c.verdict.verdict == "refuted", c.verdict.explanation


def test_a_figure_produced_by_a_company_is_still_the_companys(checker) -> None:
    c = one(checker.check("Rare earth output of 13,000 t in 2024 was produced by Lynas Rare Earths Ltd.", MID_2025),
            "quantity")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
