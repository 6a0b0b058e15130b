"""Recall on unseen text (issue 6): claims the checker used to drop because they carry no
figure, or a figure the annual tables cannot settle. Every one is a claim (README rule 10:
production, trade, price and reserve statements are claims even when the bundle cannot
check them); forecasts, plans, opinions and company results stay out.

1. changes without a size ("hit a record high", "grew sharply", "more than double June's",
   "raised its quota") and price moves from a peak or without years: unverifiable, naming
   the series that would settle them (daily/monthly prices, monthly customs data, quotas);
2. shares in words: "most of / the bulk of" (more than half), "almost all / nearly all"
   (90% or more), for one country or a listed group;
3. a report named by its release month ("data published in January 2024 by the USGS"):
   a claim about the release, and the edition of the sentence's figures;
4. comparisons without figures: "a fraction of", "small compared with", "dwarfed by".

Reference rows (``src/critmin/data``), USGS Mineral Commodity Summaries 2025 (data year
2024): platinum mine production South Africa 120,000 kg, Russia 18,000 kg, world 170,000 kg;
cobalt Congo (Kinshasa) 220,000 t of 290,000 t; gallium (primary) China 750,000 kg of
760,000 kg; lithium Chile 49,000 t of 240,000 t, Australia 88,000 t (first); rare earths
China 270,000 t, United States 45,000 t, Australia 13,000 t. MCS 2023 (data year 2022): rare
earths China 210,000 t. editions.csv: MCS 2024 published 2024-01-31, MCS 2025 2025-01-31.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import one

MID_2025 = "2025-06-15"
EARLY_2024 = "2024-03-01"


# ------------------------------------------------------------------ 1. changes without a size
@pytest.mark.parametrize(("sentence", "needs"), [
    ("Dysprosium prices touched a record high in the spring.", "daily or monthly prices of dysprosium"),
    ("Tungsten prices are now at an all-time high.", "daily or monthly prices of tungsten"),
    ("Prices of neodymium have crashed more than 70% from their peak.", "daily or monthly prices of neodymium"),
    ("Cobalt prices sank 45% from last year's highs.", "daily or monthly prices of cobalt"),
    ("Antimony prices have rocketed by almost 250 per cent.", "daily or monthly prices of antimony"),
    ("Gallium prices slid sharply over the past six months.", "daily or monthly prices of gallium"),
])
def test_price_moves_the_annual_averages_cannot_settle(checker, sentence: str, needs: str) -> None:
    c = one(checker.check(sentence, MID_2025), "change")
    assert c.claim.measure == "price"
    assert c.verdict.verdict == "unverifiable"
    assert c.verdict.needs == needs


@pytest.mark.parametrize("sentence", [
    "China's germanium exports in May were more than double those of April.",
    "Antimony exports from China in September were less than half the previous month's level.",
    "China's graphite exports tumbled sharply in the third quarter.",
])
def test_monthly_trade_changes_need_monthly_customs_data(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "change")
    assert c.claim.measure == "exports" and c.claim.country == "CHN"
    assert c.verdict.verdict == "unverifiable"
    assert "monthly customs data" in (c.verdict.needs or "")


@pytest.mark.parametrize("sentence", [
    "Beijing raised its rare earth mining quota for the first half of the year.",
    "China's industry ministry cut the annual tungsten quota.",
])
def test_a_quota_raised_or_cut_is_a_claim_about_quotas(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "change")
    assert c.claim.measure == "quota" and c.claim.country == "CHN"
    assert c.verdict.verdict == "unverifiable"
    assert "quotas" in (c.verdict.needs or "")


@pytest.mark.parametrize(("sentence", "country"), [
    ("Indonesia's nickel output has grown rapidly over the past decade.", "IDN"),
    ("Australian lithium production increased significantly in recent years.", "AUS"),
    ("Japan's rare earth imports dropped steeply.", "JPN"),
])
def test_a_change_of_unstated_size_is_reported_not_dropped(checker, sentence: str, country: str) -> None:
    c = one(checker.check(sentence, MID_2025), "change")
    assert c.claim.country == country and c.claim.change is None
    if "recent years" in sentence:
        # "in recent years" gives the span, so the sign of the change settles it (README rule 12):
        # Australian lithium mine output 74,700 t in 2022 (usgs_mcs2024) -> 88,000 t in 2024 (usgs_mcs2025)
        assert c.verdict.verdict == "supported", c.verdict.explanation
        assert sorted((e.year, e.value) for e in c.verdict.evidence) == [(2022, 74700.0), (2024, 88000.0)]
        return
    assert c.verdict.verdict == "unverifiable"
    assert "size" in c.verdict.explanation and c.verdict.needs


def test_a_dated_annual_change_with_a_figure_is_still_checked(checker) -> None:
    # MCS 2025: China 270,000 t in 2024 (255,000 t in 2023 after revision): a sized annual
    # change is compared with the tables, not reported as a change of unstated size
    c = one(checker.check("China's rare earth mine production rose 12.5% in 2024.", MID_2025), "change")
    assert c.claim.change == pytest.approx(0.125)
    assert c.verdict.verdict != "unverifiable"
    assert c.verdict.evidence


@pytest.mark.parametrize("sentence", [
    "Dysprosium prices could hit a record high next year.",
    "Analysts expect lithium output to increase significantly by 2030.",
    "Lynas shares hit a record high as rare earth stocks rallied.",
    "The miner's revenue increased significantly in the quarter.",
    "The company plans to raise its rare earth quota request.",
    "Nickel output in Indonesia rose.",  # no degree, no period: too vague to name a series
    "If supply tightens, gallium prices would rise sharply.",
    "Tungsten prices may climb to a record high this year.",
])
def test_forecasts_plans_and_markets_stay_out(checker, sentence: str) -> None:
    assert [c for c in checker.check(sentence, MID_2025).checks if c.claim.kind == "change"] == []


# ------------------------------------------------------------------ 2. shares in words
@pytest.mark.parametrize(("sentence", "country", "verdict"), [
    # 120,000 + 18,000 of 170,000 kg = 81%: more than half
    ("Most of the world's platinum comes from South Africa and Russia.", "ZAF", "supported"),
    ("The bulk of global cobalt is mined in the Democratic Republic of the Congo.", "COD", "supported"),
    # 750,000 of 760,000 kg = 98.7%: nearly all
    ("Nearly all of the world's gallium is produced in China.", "CHN", "supported"),
    ("China accounts for virtually all global gallium production.", "CHN", "supported"),
    # 49,000 of 240,000 t = 20%: not most
    ("Most of the world's lithium comes from Chile.", "CHL", "refuted"),
    ("The majority of global rare earth output comes from the United States.", "USA", "refuted"),
])
def test_shares_in_words(checker, sentence: str, country: str, verdict: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.claim.country == country
    assert c.verdict.verdict == verdict


def test_a_share_in_words_of_a_subset_is_unverifiable(checker) -> None:
    c = one(checker.check("China accounts for almost all heavy rare earth production.", MID_2025), "share")
    assert c.verdict.verdict == "unverifiable"
    assert "heavy rare earths" in (c.verdict.needs or "")


def test_a_group_share_in_words_counts_both_countries(checker) -> None:
    c = one(checker.check("Most of the world's platinum comes from South Africa and Russia.", MID_2025), "share")
    assert c.claim.comparison == {"countries": ["ZAF", "RUS"]}


@pytest.mark.parametrize("sentence", [
    "Most of the cobalt mined is used in batteries.",
    "Most of China's gallium is exported to Japan.",
    "Most analysts believe China will keep almost all of its graphite refining.",
    "Almost all smartphones contain some rare earth elements.",
    "Rare earths are used in most electric vehicle motors.",
])
def test_uses_opinions_and_national_totals_are_no_share_claims(checker, sentence: str) -> None:
    assert [c for c in checker.check(sentence, MID_2025).checks if c.claim.kind == "share"] == []


# ------------------------------------------------------------------ 3. a report named by its release
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Data published in January 2024 by the USGS show China mined 240,000 tons of rare earths.", "supported"),
    ("USGS figures released in March 2024 show China mined 240,000 tons of rare earths.", "refuted"),
])
def test_a_release_month_is_a_claim_about_the_release(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, EARLY_2024 if "January" in sentence else "2024-06-01"), "event")
    assert c.claim.event["type"] == "publication"
    assert c.verdict.verdict == verdict
    assert c.verdict.edition == "MCS 2024"


@pytest.mark.parametrize("sentence", [
    "Data published in January 2024 by the USGS show China mined 240,000 tons of rare earths.",
    "According to USGS statistics released in January 2024, China mined 240,000 tons of rare earths.",
])
def test_a_release_month_names_the_edition_not_a_month_of_output(checker, sentence: str) -> None:
    # read in mid-2025 (MCS 2025 current, 270,000 t for 2024): the figure is the named
    # edition's (MCS 2024: 240,000 t for 2023), not a monthly figure
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.claim.edition == "MCS 2024"
    assert c.verdict.verdict == "supported"


def test_a_month_of_output_stays_a_part_of_a_year(checker) -> None:
    c = one(checker.check("China mined 20,000 tons of rare earths in January 2024.", MID_2025), "quantity")
    assert c.verdict.verdict == "unverifiable"


# ------------------------------------------------------------------ 4. comparisons without figures
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("US rare earth production is only a fraction of China's.", "supported"),
    ("Australia's rare earth output is small compared with that of China.", "supported"),
    ("America's rare earth mining is dwarfed by China's.", "supported"),
    ("China's rare earth output is a fraction of Australia's.", "refuted"),
    ("Chinese rare earth production is tiny compared to US output.", "refuted"),
])
def test_comparisons_without_figures(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, MID_2025), "comparison")
    assert c.claim.comparison is not None and c.claim.comparison["op"] == "<"
    assert c.verdict.verdict == verdict


def test_dwarfs_still_reads_as_larger(checker) -> None:
    c = one(checker.check("China's rare earth output dwarfs that of the United States.", MID_2025), "comparison")
    assert c.claim.comparison is not None and c.claim.comparison["op"] == ">"
    assert c.verdict.verdict == "supported"


# ------------------------------------------------------------------ ranks
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Australia holds the first-place position in lithium mining.", "supported"),
    ("Chile holds the first-place position in lithium mining.", "refuted"),
])
def test_a_hyphenated_place_is_a_rank(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, MID_2025), "rank")
    assert c.claim.rank == 1
    assert c.verdict.verdict == verdict


@pytest.mark.parametrize("text", [
    "China exported 4,100 tonnes of rare earths in May. That was up 18% from April.",
    "Chinese exports of rare earths reached 4,100 tonnes in May. This was down 12% on the month before.",
])
def test_a_change_without_its_measure_takes_the_one_before(checker, text: str) -> None:
    c = [x for x in checker.check(text, MID_2025).checks if x.claim.kind == "change"]
    assert len(c) == 1 and c[0].claim.measure == "exports"
    assert c[0].verdict.verdict == "unverifiable"
    assert "monthly" in (c[0].verdict.needs or "")


# MCS 2025 rare-earth reserves (2024): China 44,000,000 t, Brazil 21,000,000 t, India
# 6,900,000 t (India third); lithium mine production (2024): Australia 88,000 t first, Chile
# 49,000 t second; rare-earth mine production: China 270,000 t, United States 45,000 t second.
@pytest.mark.parametrize(("sentence", "country", "rank", "verdict"), [
    ("Only China and Brazil hold larger rare earth reserves than India.", "IND", 3, "supported"),
    ("Only China has bigger rare earth reserves than India.", "IND", 2, "refuted"),
    ("Chile's lithium output is surpassed only by Australia's.", "CHL", 2, "supported"),
    ("Australia's lithium production is exceeded only by that of Chile.", "AUS", 2, "refuted"),
    ("The United States ranks behind only China in rare earth mining.", "USA", 2, "supported"),
])
def test_a_rank_given_by_who_is_larger(checker, sentence: str, country: str, rank: int, verdict: str) -> None:
    c = one(checker.check(sentence, MID_2025), "rank")
    assert (c.claim.country, c.claim.rank) == (country, rank)
    assert c.verdict.verdict == verdict


def test_exceeded_by_is_no_claim_that_the_subject_exceeds(checker) -> None:
    res = checker.check("Chile's lithium output is exceeded only by Australia's.", MID_2025)
    assert [c for c in res.checks if c.claim.kind == "comparison" and (c.claim.comparison or {}).get("op") == ">"] == []


@pytest.mark.parametrize("sentence", [
    "Only a few countries have larger rare earth reserves than India.",
    "Only China could have larger rare earth reserves than India by 2030.",
])
def test_no_rank_without_the_countries_listed(checker, sentence: str) -> None:
    assert [c for c in checker.check(sentence, MID_2025).checks if c.claim.kind == "rank"] == []


@pytest.mark.parametrize(("text", "country", "verdict"), [
    ("India's rare earth reserves are put at 6.9 million tonnes. Only China and Brazil have larger reserves.",
     "IND", "supported"),
    ("Australia holds 5.7 million tonnes of rare earth reserves. Only China and Brazil possess bigger reserves.",
     "AUS", "refuted"),  # MCS 2025: Australia fourth (India, 6.9 Mt, is third)
])
def test_a_bare_only_larger_ranks_the_country_before(checker, text: str, country: str, verdict: str) -> None:
    c = one(checker.check(text, MID_2025), "rank")
    assert (c.claim.country, c.claim.rank) == (country, 3)
    assert c.verdict.verdict == verdict


# MCS 2025 rare-earth reserves table (2024) has rows for Vietnam (3,500,000 t) and Greenland
# (1,500,000 t); its lithium production table has no row for Malaysia.
@pytest.mark.parametrize(("sentence", "country", "verdict"), [
    ("The U.S. Geological Survey lists Vietnam among the countries with reserves of rare earths.", "VNM", "supported"),
    ("The USGS does not list Greenland among the main rare earth reserve holders.", "GRL", "refuted"),
    ("The USGS doesn't include Malaysia among lithium producers.", "MYS", "supported"),
    ("USGS data do not count Vietnam among the leading rare earth reserve holders.", "VNM", "refuted"),
])
def test_whether_a_source_lists_a_country(checker, sentence: str, country: str, verdict: str) -> None:
    c = one(checker.check(sentence, MID_2025), "rank")
    assert c.claim.country == country and c.claim.rank is None
    assert c.verdict.verdict == verdict
    assert c.verdict.edition == "MCS 2025"


def test_listing_needs_a_named_source(checker) -> None:
    res = checker.check("Analysts do not count Vietnam among the leading rare earth reserve holders.", MID_2025)
    assert [c for c in res.checks if c.claim.kind == "rank"] == []


@pytest.mark.parametrize(("sentence", "change"), [
    ("Chinese rare earth mine output has risen 12.5% since 2023.", 0.125),
    ("Gallium prices have fallen 40% from their peak.", -0.40),
    ("Congo's cobalt production has grown 20% in 2024.", 0.20),
])
def test_perfect_participles_are_change_verbs(checker, sentence: str, change: float) -> None:
    c = one(checker.check(sentence, MID_2025), "change")
    assert c.claim.change == pytest.approx(change)


@pytest.mark.parametrize(("sentence", "change"), [
    ("Terbium prices were 35% lower in March than in late 2024.", -0.35),
    ("Cobalt prices are now 40% higher than a year earlier.", 0.40),
])
def test_a_price_against_an_earlier_time_is_a_change(checker, sentence: str, change: float) -> None:
    c = one(checker.check(sentence, MID_2025), "change")
    assert c.claim.change == pytest.approx(change)
    assert c.verdict.verdict == "unverifiable"
    assert (c.verdict.needs or "").startswith("daily or monthly prices")


@pytest.mark.parametrize("sentence", [
    "China's rare earth mine output plunged 30% in 2024.",
    "China's rare earth mine output collapsed 30% in 2024.",
])
def test_falls_in_new_words_are_falls(checker, sentence: str) -> None:
    # MCS 2025: 255,000 t (2023) -> 270,000 t (2024), a rise: a stated fall is refuted
    c = one(checker.check(sentence, MID_2025), "change")
    assert c.claim.change == pytest.approx(-0.30)
    assert c.verdict.verdict == "refuted"


def test_a_comparison_between_countries_is_no_change(checker) -> None:
    res = checker.check("Australia's lithium reserves are 30% higher than Chile's.", MID_2025)
    assert [c for c in res.checks if c.claim.kind == "change"] == []


@pytest.mark.parametrize("text", [
    "China mined 270,000 tonnes of rare earths in 2024. The Asian nation's output was 255,000 tonnes in 2023.",
    "China mined 270,000 tonnes of rare earths in 2024. The East Asian country mined 255,000 tonnes in 2023.",
])
def test_a_country_named_by_its_region_is_the_one_before(checker, text: str) -> None:
    # MCS 2025: China 255,000 t in 2023
    checks = [c for c in checker.check(text, MID_2025).checks if c.claim.kind == "quantity"]
    assert [c.claim.country for c in checks] == ["CHN", "CHN"]
    assert checks[1].verdict.verdict == "supported"


@pytest.mark.parametrize(("sentence", "country"), [
    ("China generates roughly 70% of mined rare earths.", "CHN"),  # MCS 2025: 270,000 of 390,000 t = 69%
    ("Congo yields around 75% of the world's cobalt.", "COD"),  # MCS 2025: 220,000 of 290,000 t = 76%
])
def test_generates_and_yields_are_share_verbs(checker, sentence: str, country: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.claim.country == country
    assert c.verdict.verdict == "supported"


@pytest.mark.parametrize("sentence", [
    "The miner generates 40% of its revenue from NdPr oxide.",
    "Magnet sales account for 60% of Lynas's revenues.",
])
def test_a_percentage_of_company_results_is_no_share_claim(checker, sentence: str) -> None:
    assert [c for c in checker.check(sentence, MID_2025).checks if c.claim.kind == "share"] == []


@pytest.mark.parametrize(("sentence", "partner"), [
    ("There have been no shipments of germanium to the United States since October.", "United States"),
    ("Europe has received no imports of antimony from China since the autumn.", "China"),
])
def test_no_trade_with_one_partner_needs_customs_data_by_partner(checker, sentence: str, partner: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.claim.country is None  # the partner is not the trader
    assert c.verdict.verdict == "unverifiable"
    assert "by partner" in (c.verdict.needs or "") and partner in (c.verdict.needs or "")


@pytest.mark.parametrize("sentence", [
    "Australia's lithium output may surpass Chile's if prices recover.",
    "US rare earth production could outstrip China's within a decade, the company hopes.",
])
def test_a_comparison_still_to_come_is_no_claim(checker, sentence: str) -> None:
    assert [c for c in checker.check(sentence, MID_2025).checks if c.claim.kind == "comparison"] == []


@pytest.mark.rules_only  # what the rules read; the learned fallback is judged by its measured budget
@pytest.mark.parametrize("sentence", [
    "Most of the new mines will not start production before 2030.",
    "Nearly all analysts agree that China will keep its lead in refining.",
    "Only China and the United States have the capacity to build such plants, officials said.",
    "The ministry is expected to raise the rare earth quota next year.",
    "Demand for magnets is forecast to double by 2035.",
    "Almost all of the country's graphite goes into batteries.",
])
def test_plans_opinions_and_uses_stay_non_claims(checker, sentence: str) -> None:
    assert checker.check(sentence, MID_2025).checks == []


# US net import reliance for rare earth compounds and metals: MCS 2019 100% (2018), MCS 2024
# ">95" (2023), MCS 2025 80% (2024). "Almost all" reads as 90% or more: MCS 2025's 80% does not
# match, MCS 2019's 100% does (README rule 3b: supported by another edition).
@pytest.mark.parametrize(("sentence", "date", "verdicts"), [
    ("The United States relies on imports for almost all of its rare earths.", "2024-06-01",
     ("supported", "supported_by_other_edition")),
    ("America imports nearly all of the rare earths it uses.", "2024-06-01", ("supported", "supported_by_other_edition")),
    ("The United States relies on imports for almost all of its rare earths.", MID_2025, ("supported_by_other_edition",)),
])
def test_nearly_all_imported_is_a_reliance_of_ninety_percent_or_more(checker, sentence: str, date: str,
                                                                     verdicts: tuple[str, ...]) -> None:
    c = one(checker.check(sentence, date), "share")
    assert c.claim.measure == "net_import_reliance" and c.claim.hedge == "nearly"
    assert c.verdict.verdict in verdicts
    assert "80 percent" in c.verdict.explanation or date != MID_2025  # the current edition is shown disagreeing
