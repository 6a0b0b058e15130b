"""Verdict causes on claims the checker finds (issue 6, verdict accuracy): each rule is a
general reading of benchmarks/claims_eval/README.md, tested on sentences written here.

Reference figures (``src/critmin/data/observations.csv``, USGS Mineral Commodity Summaries
"World Mine Production and Reserves" tables and IEA Global Critical Minerals Outlook 2025):

* gallium, low-purity primary production 2024 (MCS 2025): China 750,000 of 760,000 kg = 98.7 %;
* graphite mine production 2022 (MCS 2023): China 850,000 of 1,300,000 t = 65.4 %;
* tungsten 2024 (MCS 2025): mine production China 67,000 of 81,000 t = 82.7 %; reserves
  China 2,400,000 t of a world total printed as "> 4,600,000 t"; MCS 2024 (2023): reserves
  China 2,300,000 of 4,400,000 t = 52.3 %;
* rare earths 2024: IEA GCMO 2025 China ~91 % of refining and ~60 % of mining; MCS 2025
  China 270,000 of 390,000 t mined = 69.2 %;
* cobalt world mine production: MCS 2024 230,000 t (2023) and 197,000 t (2022); MCS 2023
  190,000 t (2022) and 165,000 t (2021).

Editions (``editions.csv``): MCS 2023 2023-01-31, MCS 2024 2024-01-31, MCS 2025 2025-01-31,
MCS 2026 2026-02-06, "USGS MCS compiled" 2026-01-01 (values of the newest MCS edition
reporting each year, up to MCS 2026), IEA GCMO 2025 2025-05-21.
"""

from __future__ import annotations

import pytest

from .conftest import one


# ------------------------------------------------------------- a share outside its tolerance
@pytest.mark.parametrize(("sentence", "date"), [
    ("Chinese refiners supplied 94% of the world's primary gallium in 2024.", "2025-06-01"),
    ("China produces 67 per cent of the world's natural graphite.", "2023-10-20"),
    ("China's share of global graphite mine output is 63%.", "2023-10-20"),
])
def test_share_outside_its_stated_precision_is_refuted(checker, sentence: str, date: str) -> None:
    # 98.7 % is not 94 %; 65.4 % is neither 67 % nor 63 %: wrong, not "loosely right" (README C409, C500)
    c = one(checker.check(sentence, date), "share")
    assert c.verdict.verdict == "refuted", c.verdict.explanation


def test_share_within_its_stated_precision_stays_supported(checker) -> None:
    c = one(checker.check("China produces 65 per cent of the world's natural graphite.", "2023-10-20"), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- compilations copy editions not yet out
@pytest.mark.parametrize("sentence", [
    "China contributes 82% of annual tungsten mine production.",
    "China's mines supply 82% of the world's tungsten output.",
])
def test_compilation_copying_a_later_edition_is_not_current(checker, sentence: str) -> None:
    # on 2026-01-26 MCS 2025 is current (82.7 %); the compilation's 2024 world total comes from
    # MCS 2026 (published 2026-02-06), so it cannot support the figure as the current one
    c = one(checker.check(sentence, "2026-01-26"), "share")
    assert c.verdict.verdict != "supported", c.verdict.explanation
    assert "MCS 2025 (current)" in c.verdict.explanation


# ------------------------------------------------------------- lower-bound world totals (rule 7)
@pytest.mark.parametrize("sentence", [
    "China holds 52% of the world's tungsten reserves.",
    "About 52 percent of global tungsten reserves lie in China.",
])
def test_current_share_over_a_lower_bound_comes_before_an_older_edition(checker, sentence: str) -> None:
    # MCS 2025: 2.4 of "more than 4.6" Mt = 52.2 % (current); MCS 2024's 52.3 % must not make it
    # supported_by_other_edition
    c = one(checker.check(sentence, "2025-06-01"), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert c.verdict.edition == "MCS 2025"


@pytest.mark.parametrize("sentence", [
    "World tungsten reserves are estimated at about 4.6 million tonnes.",
    "Global reserves of tungsten stand at 4.6 million metric tons.",
])
def test_total_repeating_the_printed_lower_bound_is_supported(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-06-01"), "quantity")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert c.verdict.edition == "MCS 2025"


@pytest.mark.parametrize("sentence", [
    "World tungsten reserves are 6 million tonnes.",
    "Global reserves of tungsten total roughly 5.5 million tons.",
])
def test_total_above_the_printed_lower_bound_stays_unsettled(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-06-01"), "quantity")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


# ------------------------------------------------------------- an unstaged production share (rule 11)
@pytest.mark.parametrize("sentence", [
    "China supplies over 90% of the world's rare earth output.",
    "About 91 percent of global rare earth production comes from China.",
])
def test_unstaged_production_share_may_match_refining(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-10-22"), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert c.verdict.edition == "IEA GCMO 2025"


@pytest.mark.parametrize("sentence", [
    "China mines over 90% of the world's rare earths.",
    "More than 90 percent of the world's mined rare earths come from China.",
])
def test_mined_share_stays_at_mining(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-10-22"), "share")
    assert c.verdict.verdict == "refuted", c.verdict.explanation


# ------------------------------------------------------------- one edition per dated series
@pytest.mark.parametrize("sentence", [
    "World cobalt mine output reached 230,000 tons in 2023, up from 190,000 tons in 2022.",
    "Global cobalt production was 190,000 t in 2022 and climbed to 230,000 t in 2023.",
])
def test_sentence_mixing_a_current_and_a_superseded_year_is_partly_right(checker, sentence: str) -> None:
    r = checker.check(sentence, "2024-10-01")
    got = {c.claim.year: c.verdict.verdict for c in r.checks if c.claim.kind == "quantity"}
    assert got == {2023: "supported", 2022: "refuted"}, [(c.claim.year, c.verdict.explanation) for c in r.checks]


@pytest.mark.parametrize("sentence", [
    "World cobalt mine output was 190,000 tons in 2022.",
    "In 2022 the world mined 190,000 t of cobalt.",
])
def test_superseded_figure_alone_is_supported_by_its_edition(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2024-10-01"), "quantity")
    assert c.verdict.verdict == "supported_by_other_edition", c.verdict.explanation
    assert c.verdict.edition == "MCS 2023"


# ------------------------------------------------------------- "no output since" a year (README C460)
# MCS 2024 and MCS 2025: US tungsten and antimony mine production 0 t in 2021-2024.
@pytest.mark.parametrize(("sentence", "date"), [
    ("The United States has not mined any tungsten since 2014.", "2025-03-01"),
    ("U.S. mines have not produced antimony since 2012.", "2024-10-01"),
])
def test_no_output_since_a_year_is_judged_on_the_years_the_data_hold(checker, sentence: str, date: str) -> None:
    c = one(checker.check(sentence, date), "quantity")
    assert c.claim.comparison and "since" in c.claim.comparison
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China has not mined any tungsten since 2019.",
    "There has been no tungsten mining in China since 2020.",
])
def test_output_in_a_held_year_refutes_no_output_since(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-03-01"), "quantity")
    assert c.verdict.verdict == "refuted", c.verdict.explanation


# ------------------------------------------------------------- a group's share ("collectively")
# MCS 2025, tungsten 2024: China 67,000 t, Russia 2,000 t, North Korea 1,700 t of 81,000 t = 87.3 %.
@pytest.mark.parametrize("sentence", [
    "Analysts note that China, Russia and North Korea collectively mine about 87% of the world's tungsten.",
    "China, Russia and North Korea altogether account for nearly 90 percent of global tungsten output.",
])
def test_collectively_makes_one_share_of_the_listed_countries(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-06-01"), "share")
    assert c.claim.comparison and set(c.claim.comparison["countries"]) == {"CHN", "RUS", "PRK"}
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- the figure's own measure noun
# MCS 2025 rare earths: reserves China 44,000,000 t, Brazil 21,000,000 t; mine production 2024
# China 270,000 t, Brazil 20 t.
@pytest.mark.parametrize("sentence", [
    "China leads rare earth production with 44 million tonnes of reserves.",
    "Brazil, a minor rare earth producer, sits on 21 million tons in proven reserves.",
])
def test_noun_after_the_figure_names_its_measure(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-06-01"), "quantity")
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China produced 44 million tonnes of rare earths in 2024.",
    "In 2024 Brazil mined 21 million tons of rare earths.",
])
def test_production_figure_equal_to_reserves_stays_partly_right(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-06-01"), "quantity")
    assert c.verdict.verdict == "partly_supported", c.verdict.explanation


# ------------------------------------------------------------- prices the annual averages cannot settle
# MCS 2026: antimony metal 2024 annual average 10.2 USD/lb (about 22,500 USD/t), published 2026-02-06.
@pytest.mark.parametrize("sentence", [
    "Current trading prices for antimony exceed USD 22,000 per ton.",
    "At current prices, antimony sells for more than $22,000 a tonne.",
])
def test_current_price_is_a_price_at_a_date(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2024-08-19"), "quantity")
    assert c.claim.measure == "price"
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


@pytest.mark.parametrize(("sentence", "date", "verdict"), [
    ("Antimony prices averaged more than $22,000 a ton in 2024.", "2024-08-19", "unverifiable"),
    ("In 2024, antimony traded above USD 22,000 per tonne.", "2024-09-30", "unverifiable"),
    # once 2024 has ended and MCS 2026 is out, its annual average settles the same sentence
    ("Antimony prices averaged more than $22,000 a ton in 2024.", "2026-03-01", "supported"),
])
def test_price_in_a_year_still_running_is_unverifiable(checker, sentence: str, date: str, verdict: str) -> None:
    c = one(checker.check(sentence, date), "quantity")
    assert c.verdict.verdict == verdict, c.verdict.explanation


# ------------------------------------------------------------- a change in apposition to a quota
# MCS 2025: China rare-earth mine production 255,000 t (2023), 270,000 t (2024). The change is the
# quota's, never output's; since the twelfth session the quota rows of events.csv settle it when
# they hold it (rare-earth mining quotas 255,000 t in 2023 and 270,000 t in 2024: +5.9%), and no
# row holds tungsten quotas.
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("China set its first 2024 tungsten mining quota at 58,000 tons, a 6.5% decrease from the previous year.",
     "unverifiable"),
    ("Beijing set the 2024 rare earth mining quota at 270,000 tonnes, up 5.9% from a year earlier.", "supported"),
])
def test_change_set_after_a_quota_figure_is_the_quotas(checker, sentence: str, verdict: str) -> None:
    r = checker.check(sentence, "2025-05-15")
    ch = one(r, "change")
    assert ch.claim.measure == "quota"
    assert ch.verdict.verdict == verdict, ch.verdict.explanation
    assert all(e.measure == "quota" for e in ch.verdict.evidence)


def test_change_of_output_next_to_a_quota_is_still_output(checker) -> None:
    r = checker.check("Chinese rare earth output rose 5.9% in 2024 to 270,000 tonnes, in line with its quota.",
                      "2025-05-15")
    ch = one(r, "change")
    assert ch.claim.measure == "production" and ch.verdict.verdict == "supported", ch.verdict.explanation


# ------------------------------------------------------------- only a superseded edition holds the year
# MCS 2023 (published 2023-01-31): Russia mine production 2021, platinum 21,000 kg, palladium
# 86,000 kg. MCS 2024 (current from 2024-01-31) holds 2022-2023 only in the dataset.
@pytest.mark.parametrize("sentence", [
    "Russia mined 19,000 kilograms of platinum in 2021.",
    "In 2021 Russia produced 74,000 kg of palladium.",
])
def test_only_a_superseded_edition_cannot_refute(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2024-03-15"), "quantity")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
    assert "MCS 2024" in (c.verdict.needs or "")
    # while MCS 2023 was current, it refutes the same sentence
    c = one(checker.check(sentence, "2023-06-01"), "quantity")
    assert c.verdict.verdict in ("refuted", "partly_supported"), c.verdict.explanation


# ------------------------------------------------------------- a difference between two figures is no level
# MCS 2024 (2023): palladium mine production Russia 92,000 kg, South Africa 71,000 kg.
@pytest.mark.parametrize("sentence", [
    "Russia's palladium output last year was just 6,000 kilograms shy of South Africa's.",
    "South African palladium production in 2023 was some 21,000 kg behind Russia's.",
])
def test_gap_between_two_producers_is_not_refuted_as_a_level(checker, sentence: str) -> None:
    r = checker.check(sentence, "2024-03-15")
    assert all(c.verdict.verdict != "refuted" for c in r.checks), [c.verdict.explanation for c in r.checks]


# ------------------------------------------------------------- a rank's own commodity ("producer of X")
# MCS 2023 (2022): cobalt Australia 5,900 t, 4th of 13; rare earths Australia 18,000 t, 3rd of 15.
@pytest.mark.parametrize("sentence", [
    "Australia is the fourth-largest producer of cobalt and the third-largest producer of rare earths.",
    "Australia is the world's fourth biggest cobalt producer and the third-largest supplier of rare earths.",
])
def test_each_rank_takes_the_commodity_its_producer_noun_names(checker, sentence: str) -> None:
    r = checker.check(sentence, "2023-03-12")
    got = {c.claim.commodity: (c.claim.rank, c.verdict.verdict) for c in r.checks if c.claim.kind == "rank"}
    assert got == {"cobalt": (4, "supported"), "rare_earths": (3, "supported")}, got


# ------------------------------------------------------------- "A overtook B as the Nth": the rank is A's
# MCS 2025 (2024): rare earths Myanmar 31,000 t, 3rd; Australia 13,000 t (4th-6th, tied); nickel
# Indonesia 2,200,000 t, 1st; Philippines 330,000 t, 2nd.
@pytest.mark.parametrize(("sentence", "country"), [
    ("Myanmar overtook Australia as the third-largest rare earth producer.", "MMR"),
    ("Indonesia has replaced the Philippines as the largest nickel producer.", "IDN"),
])
def test_overtaking_subject_holds_the_rank(checker, sentence: str, country: str) -> None:
    c = one(checker.check(sentence, "2025-06-01"), "rank")
    assert c.claim.country == country
    assert c.verdict.verdict == "supported", c.verdict.explanation


def test_overtaken_country_is_not_given_the_rank(checker) -> None:
    c = one(checker.check("The Philippines overtook Indonesia as the largest nickel producer.", "2025-06-01"), "rank")
    assert c.claim.country == "PHL" and c.verdict.verdict == "refuted", c.verdict.explanation


# ------------------------------------------------------------- "from X% to Y%": two figures, not a range
# MCS 2024: China graphite mine production 1,210,000 of 1,680,000 t in 2022 (72.0 %) and
# 1,230,000 of 1,600,000 t in 2023 (76.9 %).
@pytest.mark.parametrize("sentence", [
    "Between 2022 and 2023, China's share of global graphite production rose from 72% to 77%.",
    "China's share of global graphite mining increased from 72% to 77% from 2022 to 2023.",
])
def test_from_to_shares_are_two_figures_with_their_years(checker, sentence: str) -> None:
    r = checker.check(sentence, "2024-05-01")
    got = {c.claim.text: (c.claim.year, c.verdict.verdict) for c in r.checks if c.claim.kind == "share"}
    assert got == {"72%": (2022, "supported"), "77%": (2023, "supported")}, got


@pytest.mark.parametrize("sentence", [
    "Between 2022 and 2023, China's share of global graphite production rose from 72% to 79%.",
    "China's share of global graphite mining increased from 65% to 77% from 2022 to 2023.",
])
def test_from_to_shares_with_one_wrong_end_are_not_a_range(checker, sentence: str) -> None:
    r = checker.check(sentence, "2024-05-01")
    got = sorted(c.verdict.verdict for c in r.checks if c.claim.kind == "share")
    assert got == ["refuted", "supported"], [c.verdict.explanation for c in r.checks]


def test_a_plain_percentage_range_stays_one_figure(checker) -> None:
    # MCS 2024: China 240,000 of 350,000 t of rare earths in 2023 (68.6 %)
    c = one(checker.check("China produces 60 to 70 percent of the world's rare earths.", "2024-05-01"), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- "down from X": the year before
# MCS 2025: rare earths Australia 16,000 t (2023), 13,000 t (2024); cobalt Congo 175,000 t (2023),
# 220,000 t (2024).
@pytest.mark.parametrize(("sentence", "years"), [
    ("Australia's rare earth output was 13,000 tonnes in 2024, down from 16,000 tonnes.", [2024, 2023]),
    ("Congo mined 220,000 tonnes of cobalt last year, up from 175,000 tonnes.", [2024, 2023]),
])
def test_figure_a_change_started_from_is_the_year_before(checker, sentence: str, years: list[int]) -> None:
    r = checker.check(sentence, "2025-06-01")
    qs = sorted((c for c in r.checks if c.claim.kind == "quantity"), key=lambda c: c.claim.span)
    assert [c.claim.year for c in qs] == years
    assert all(c.verdict.verdict == "supported" for c in qs), [c.verdict.explanation for c in qs]


def test_from_figure_with_its_own_year_keeps_it(checker) -> None:
    r = checker.check("Australia's rare earth output was 13,000 tonnes in 2024, down from 16,000 tonnes in 2023.",
                      "2025-06-01")
    assert sorted(c.claim.year for c in r.checks if c.claim.kind == "quantity") == [2023, 2024]


# ------------------------------------------------------------- a carried product is not mined
# MCS 2025 (2024): rare earths Brazil 20 t, reserves 21,000,000 t; Vietnam 300 t.
@pytest.mark.parametrize("second", [
    "Despite its huge reserves, Brazil produced only 20 tonnes in 2024.",
    "With vast deposits, Brazil mined just 20 tonnes in 2024.",
])
def test_sentence_on_reserves_or_mining_takes_the_raw_material_of_a_carried_product(checker, second: str) -> None:
    text = f"Exports of rare earth magnets jumped this spring.\n\n{second}"
    c = one(checker.check(text, "2025-06-01"), "quantity")
    assert c.claim.commodity == "rare_earths"
    assert c.verdict.verdict == "supported", c.verdict.explanation


def test_carried_product_stays_without_words_of_mining(checker) -> None:
    text = "Exports of rare earth magnets jumped this spring.\n\nJapan made 7,000 tonnes in 2024."
    c = one(checker.check(text, "2025-06-01"), "quantity")
    assert c.claim.commodity == "ndfeb_magnets"


# ------------------------------------------------------------- unsized production changes with their years
# MCS 2025: tungsten China 66,000 t (2023), 67,000 t (2024); rare earths China 255,000 t (2023),
# 270,000 t (2024). MCS 2023: world cobalt 165,000 t (2021); MCS 2024: 230,000 t (2023).
@pytest.mark.parametrize(("sentence", "date", "verdict"), [
    ("Chinese rare earth output rose sharply in 2024.", "2025-03-01", "supported"),
    ("China's tungsten mine production fell steeply in 2024.", "2025-03-01", "refuted"),
    ("Global cobalt output has risen markedly over the past two years.", "2024-10-01", "supported"),
    ("Global cobalt output declined markedly over the last two years.", "2024-10-01", "refuted"),
])
def test_unsized_production_change_is_checked_for_its_direction(checker, sentence: str, date: str,
                                                                 verdict: str) -> None:
    c = one(checker.check(sentence, date), "change")
    assert c.claim.change is None
    assert c.verdict.verdict == verdict, c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Russian palladium imports into the US declined substantially in 2024.",
    "World cobalt production has increased significantly.",
])
def test_unsized_change_without_years_or_of_trade_stays_unverifiable(checker, sentence: str) -> None:
    r = checker.check(sentence, "2025-06-01")
    assert all(c.verdict.verdict == "unverifiable" for c in r.checks if c.claim.kind == "change")


# ------------------------------------------------------------- a quantity outside its tolerance
# MCS 2025 (2024): cobalt Congo 220,000 t; nickel Indonesia 2,200,000 t.
@pytest.mark.parametrize("sentence", [
    "Congo mined 210,000 tonnes of cobalt in 2024.",
    "In 2024 Indonesia produced 2.1 million tons of nickel.",
])
def test_quantity_close_but_outside_its_precision_is_refuted(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-06-01"), "quantity")
    assert c.verdict.verdict == "refuted", c.verdict.explanation
    assert "close" in c.verdict.explanation


# MCS 2023 (2021): platinum mine production South Africa, Russia, Zimbabwe 1st-3rd; graphite
# Ukraine 8th of 20. MCS 2024 (current from 2024-01-31) holds 2022-2023 only in the dataset.
@pytest.mark.parametrize("sentence", [
    "Zimbabwe was the second-largest platinum producer in 2021.",
    "In 2021 Ukraine ranked seventh among graphite producers.",
])
def test_rank_only_a_superseded_edition_holds_cannot_be_refuted(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2024-06-01"), "rank")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
    c = one(checker.check(sentence, "2023-06-01"), "rank")
    assert c.verdict.verdict == "refuted", c.verdict.explanation


# MCS 2023 (2021): platinum Russia 21,000 kg, South Africa 142,000 kg, Zimbabwe 14,700 kg.
@pytest.mark.parametrize("sentence", [
    "In 2021 Russia mined more platinum than South Africa.",
    "In 2021 Zimbabwe produced twice as much platinum as Russia.",
])
def test_comparison_only_a_superseded_edition_holds_cannot_be_refuted(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2024-03-15"), "comparison")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
    c = one(checker.check(sentence, "2023-03-15"), "comparison")
    assert c.verdict.verdict == "refuted", c.verdict.explanation


# ------------------------------------------------------------- "the country" in an article about one country
# MCS 2024 (2023): nickel Indonesia 1,800,000 t, Philippines 400,000 t; MCS 2025 (2024): Indonesia 2,200,000 t.
def _about_indonesia(last: str) -> str:
    return ("Indonesia mined 2.2 million tonnes of nickel in 2024.\n\n"
            "Indonesia holds 55 million tonnes of nickel reserves.\n\n"
            f"{last}")


@pytest.mark.parametrize("last", [
    "The country's mine output reached 1.5 million tons of nickel in 2023.",
    "Its nickel production was 1.5 million tonnes in 2023.",
])
def test_carried_country_that_is_the_articles_subject_is_judged(checker, last: str) -> None:
    r = checker.check(_about_indonesia(last), "2024-06-01")
    c = next(c for c in r.checks if c.claim.country_source is not None)
    assert c.claim.country == "IDN"
    assert c.verdict.verdict == "refuted", c.verdict.explanation


def test_carried_country_in_an_article_about_several_stays_cautious(checker) -> None:
    text = ("Indonesia mined 1.8 million tonnes of nickel in 2023.\n\n"
            "The Philippines mined 400,000 tonnes of nickel in 2023.\n\n"
            "The country's mine output reached 1.5 million tons of nickel in 2023.")
    r = checker.check(text, "2024-06-01")
    c = next(c for c in r.checks if c.claim.country_source is not None)
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
