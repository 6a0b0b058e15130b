"""Quantity and share phrasings found in fresh news text (issue 6): net import reliance,
zero output, world totals given with a country's figure, list headings and the like.

Reference figures (``src/critmin/data/observations.csv``): USGS MCS 2025 (usgs_mcs2025_ree),
United States net import reliance for rare-earth compounds and metals 80 % in 2024 and more
than 95 % in 2021-2023; MCS 2023 gives 95 %+ for 2022. The sentences are written for these
tests; facts come from the cited tables, wording does not come from any article.
"""

from __future__ import annotations

import pytest

from .conftest import one

MID_2025 = "2025-06-01"  # MCS 2025 current


# ----------------------------------------------------------------- net import reliance
@pytest.mark.parametrize("sentence", [
    "Last year, 2024, the US imported 80% of the rare earths it consumed.",
    "America's net import reliance for rare earth compounds stood at 80 percent in 2024.",
    "In 2024 the United States was 80% import-dependent for rare earths.",
])
def test_net_import_reliance_matching_the_edition_is_supported(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.claim.measure == "net_import_reliance"
    assert c.claim.country == "USA" and c.claim.commodity == "rare_earths"
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert c.verdict.edition == "MCS 2025"


@pytest.mark.parametrize("sentence", [
    "In 2024 the United States relied on imports for 40% of its rare earths.",
    "The US import reliance for rare earths was 40 percent in 2024.",
])
def test_net_import_reliance_the_edition_contradicts_is_refuted(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.claim.measure == "net_import_reliance"
    assert c.verdict.verdict == "refuted", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "The United States relies on imports for 100% of its gallium.",
    "Reliance on imports of cobalt reached about 70% for the US in 2024.",
    "The U.S. is fully import reliant for its natural graphite.",
])
def test_reliance_on_a_commodity_without_data_is_detected_and_unverifiable(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.claim.measure == "net_import_reliance"
    assert c.verdict.verdict == "unverifiable"
    assert "net import reliance" in (c.verdict.needs or "")


@pytest.mark.parametrize("sentence", [
    "The US relies 100% on imports for 14 of the minerals on its list, rare earths among them.",
    "The U.S. is 100% import reliant for at least a dozen minerals, and 50% or more for 40 others.",
])
def test_reliance_counted_over_many_minerals_is_not_checked_against_one(checker, sentence: str) -> None:
    r = checker.check(sentence, MID_2025)
    rel = [c for c in r.checks if c.claim.measure == "net_import_reliance"]
    assert rel, [(c.claim.kind, c.claim.text) for c in r.checks]
    assert all(c.verdict.verdict == "unverifiable" for c in rel)
    assert all(c.claim.commodity is None for c in rel)


def test_an_import_share_from_a_partner_is_not_reliance(checker) -> None:
    r = checker.check("The US relies on China for 70% of its rare earth imports.", MID_2025)
    assert not [c for c in r.checks if c.claim.measure == "net_import_reliance"]


# ----------------------------------------------------------------- no output at all
# MCS 2024 (usgs_mcs2024_antimony, usgs_mcs2024_tungsten): United States mine production of
# antimony and of tungsten 0 t in 2022 and 2023; MCS 2024 reports Chinese antimony output
# 40,000 t in 2023. The years before 2021 are not in the bundle.
LATE_2024 = "2024-10-01"  # MCS 2024 current


@pytest.mark.parametrize("sentence", [
    "In 2023 the United States did not mine any antimony at all.",
    "Last year American mines produced no tungsten, according to the survey.",
])
def test_no_output_matching_a_zero_is_supported(checker, sentence: str) -> None:
    c = one(checker.check(sentence, LATE_2024), "quantity")
    assert c.claim.value == 0 and c.claim.measure == "production"
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China did not mine any antimony in 2023.",
    "In 2023 China produced no antimony, the agency said.",
])
def test_no_output_where_the_data_show_output_is_refuted(checker, sentence: str) -> None:
    c = one(checker.check(sentence, LATE_2024), "quantity")
    assert c.verdict.verdict == "refuted", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "The United States has not mined tungsten commercially since 2015.",
    "America has had no domestic antimony mining since 2016, the report says.",
])
def test_no_output_since_a_year_the_bundle_lacks_is_judged_on_the_years_held(checker, sentence: str) -> None:
    # README reading C460: zero output in every year the data hold (MCS 2024: 2021-2023) supports
    # "since 2015"; the earlier years are outside the bundle and do not change the verdict (rule 4)
    c = one(checker.check(sentence, LATE_2024), "quantity")
    assert c.claim.comparison == {"since": int(sentence.split("since ")[1][:4])}
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "outside the data" in c.verdict.explanation


# ----------------------------------------------------------------- measure and world figures
# MCS 2023 (usgs_mcs2023_graphite): China mined 850,000 t of natural graphite in 2022.
# MCS 2024 (usgs_mcs2024_tungsten): tungsten mine production 2023, China 63,000 t of a
# world 78,000 t. MCS 2024 (usgs_mcs2024_ree) rare-earth reserves: China 44 Mt, Vietnam
# 22 Mt, Brazil 21 Mt, Russia 10 Mt.
EARLY_2024 = "2024-04-01"  # MCS 2024 current


@pytest.mark.parametrize("sentence", [
    "In 2022 China was extracting 850,000 tons of graphite a year.",
    "Chinese miners ended 2022 extracting some 850,000 tonnes of graphite.",
])
def test_extracting_names_mine_production(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2023-10-01"), "quantity")
    assert c.claim.measure == "production" and c.claim.stage in (None, "mining")  # mining is the default stage
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China mined 63,000 tonnes of tungsten in 2023, out of a world total of 78,000 tonnes.",
    "In 2023 China's tungsten output was 63,000 t against global production of 78,000 t.",
])
def test_a_world_total_written_after_a_country_figure_is_the_worlds(checker, sentence: str) -> None:
    qs = [c for c in checker.check(sentence, EARLY_2024).checks if c.claim.kind == "quantity"]
    assert [c.claim.country for c in qs] == ["CHN", "WLD"]
    assert all(c.verdict.verdict == "supported" for c in qs), [c.verdict.explanation for c in qs]


@pytest.mark.parametrize("text", [
    "China sits on reserves of 44 million tonnes of rare earths.\n\nVietnam comes next with 22 million tonnes.",
    "China's rare earth reserves are 44 million MT.\n\nBrazil follows, with 21 million MT.\n\nRussia, with 10 million MT, trails.",
])
def test_list_items_without_a_measure_take_the_lists_measure(checker, text: str) -> None:
    qs = [c for c in checker.check(text, EARLY_2024).checks if c.claim.kind == "quantity"]
    assert len(qs) >= 2
    assert all(c.claim.measure == "reserves" for c in qs)
    assert all(c.verdict.verdict == "supported" for c in qs), [c.verdict.explanation for c in qs]


def test_a_list_measure_does_not_carry_to_a_figure_of_another_order(checker) -> None:
    text = "China holds 44 million tonnes of rare earth reserves.\n\nA new plant will take 5,000 tonnes a year."
    qs = [c for c in checker.check(text, EARLY_2024).checks if c.claim.kind == "quantity"]
    assert all(c.claim.measure != "reserves" for c in qs if c.claim.value == 5000)


# ----------------------------------------------------------------- lists, differences, participles
# MCS 2025 (usgs_mcs2025_pgm), 2024 mine production, kg: platinum South Africa 120,000,
# Russia 18,000; palladium South Africa 72,000, Russia 75,000.
LATE_2025 = "2025-10-01"  # MCS 2025 current


@pytest.mark.parametrize("text", [
    "1. South Africa\nPlatinum output: 120,000 kilograms\nPalladium output: 72,000 kilograms",
    "#2 Russia:\nPlatinum production: 18,000 kg\nPalladium production: 75,000 kg",
])
def test_list_items_take_the_country_of_their_heading(checker, text: str) -> None:
    qs = [c for c in checker.check(text, LATE_2025).checks if c.claim.kind == "quantity"]
    assert len(qs) == 2
    assert all(c.verdict.verdict == "supported" for c in qs), [c.verdict.explanation for c in qs]


def test_a_heading_does_not_claim_a_world_figure(checker) -> None:
    text = "1. South Africa\nWorld platinum output was 170,000 kilograms in 2024."
    qs = [c for c in checker.check(text, LATE_2025).checks if c.claim.kind == "quantity"]
    assert qs and all(c.claim.country == "WLD" for c in qs)


@pytest.mark.parametrize("sentence", [
    "In 2024 Russia mined 3,000 kilograms more palladium than South Africa.",
    "Russian palladium output in 2024 was 3,000 kg higher than South Africa's.",
])
def test_a_difference_between_two_figures_is_not_a_quantity(checker, sentence: str) -> None:
    r = checker.check(sentence, LATE_2025)
    assert not [c for c in r.checks if c.claim.kind == "quantity" and c.claim.value == 3000]


@pytest.mark.parametrize("sentence", [
    "Russia's platinum output lags far behind South Africa's, coming in at 18,000 kilograms in 2024.",
    "In 2024 Russian platinum mining stayed well below South Africa's, totalling about 18,000 kg.",
])
def test_a_figure_in_a_trailing_participle_is_the_subjects(checker, sentence: str) -> None:
    c = one(checker.check(sentence, LATE_2025), "quantity")
    assert c.claim.country == "RUS"
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ----------------------------------------------------------------- report years, stages
# MCS 2025 (usgs_mcs2025_tungsten): China 67,000 of world 81,000 t of tungsten in 2024 (82.7 %).
# The bundle has no tungsten refining shares.
@pytest.mark.parametrize("sentence", [
    "China mines about 83% of the world's tungsten (2025 USGS data).",
    "According to 2025 USGS figures, China accounts for roughly 83% of global tungsten output.",
])
def test_a_year_naming_the_data_release_is_not_the_data_year(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-10-15"), "share")
    assert c.claim.year is None
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China accounts for 83% of tungsten mine production, with processing accounting for more than 90%.",
    "China produces 83% of the world's mined tungsten, while refining makes up over 90%.",
])
def test_a_second_share_takes_only_the_stage_named_with_it(checker, sentence: str) -> None:
    r = checker.check(sentence, "2025-10-15")
    second = [c for c in r.checks if c.claim.kind == "share" and c.claim.value == 90]
    assert len(second) == 1, [(c.claim.text, c.claim.stage) for c in r.checks]
    assert second[0].claim.stage == "refining"
    assert second[0].verdict.verdict == "unverifiable"


# ----------------------------------------------------------------- outside one country, spans
# MCS 2023 (usgs_mcs2023_ree): rare-earth mine production 2022, world 300,000 t, China
# 210,000 t, so 90,000 t outside China. USGS MCS compiled (atlas_usgs_series): China 105,000 t in 2015.
MID_2023 = "2023-10-01"  # MCS 2023 current


@pytest.mark.parametrize("sentence", [
    "Non-Chinese rare earth production rose to 90,000 tonnes in 2022, US data show.",
    "Rare earth mining outside China reached 90,000 t in 2022.",
])
def test_a_figure_outside_one_country_is_the_world_less_that_country(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2023), "quantity")
    assert c.claim.country == "WLD" and c.claim.comparison == {"excluding": ["CHN"]}
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "outside China" in c.verdict.explanation


def test_a_wrong_figure_outside_one_country_is_refuted(checker) -> None:
    c = one(checker.check("Rare earth output outside China came to 150,000 t in 2022.", MID_2023), "quantity")
    assert c.verdict.verdict == "refuted", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Chinese rare earth output rose to 210,000 tonnes between 2015 and 2022.",
    "From 2015 to 2022, China's rare earth mining climbed to 210,000 t.",
])
def test_the_end_value_of_a_span_takes_its_last_year(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2023), "quantity")
    assert c.claim.year == 2022
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China's rare earth output doubled from 105,000 tonnes to 210,000 tonnes in 2022.",
    "Chinese rare earth mining climbed from 105,000 t to 210,000 t by 2022.",
])
def test_the_start_value_of_an_undated_span_is_not_dated_by_its_end(checker, sentence: str) -> None:
    qs = [c for c in checker.check(sentence, MID_2023).checks if c.claim.kind == "quantity"]
    assert [c.claim.value for c in qs] == [210000]
    assert qs[0].verdict.verdict == "supported"


def test_the_start_value_of_a_dated_span_takes_its_first_year(checker) -> None:
    s = "Between 2015 and 2022 China's rare earth output went from 105,000 t to 210,000 t."
    qs = [c for c in checker.check(s, MID_2023).checks if c.claim.kind == "quantity"]
    assert [(c.claim.value, c.claim.year) for c in qs] == [(105000, 2015), (210000, 2022)]
    assert all(c.verdict.verdict == "supported" for c in qs), [c.verdict.explanation for c in qs]


# ----------------------------------------------------------------- more share phrasings
# MCS 2024 (usgs_mcs2024_gallium): primary (low-purity) gallium production 2023, China
# 600,000 kg of a world 610,000 kg (98 %). MCS 2024 (usgs_mcs2024_tungsten): tungsten reserves
# China 2,300,000 t of a world 4,400,000 t (52 %); mine production 2023 Vietnam 3,500 t and
# Russia 2,000 t of 78,000 t (4.5 %, 2.6 %).
@pytest.mark.parametrize("sentence", [
    "China produced 98% of the world's gallium in 2023.",
    "In 2023 about 98 percent of global gallium output came from China.",
])
def test_gallium_production_is_its_primary_refinery_output(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2024-12-01"), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert c.verdict.edition == "MCS 2024"


@pytest.mark.parametrize("sentence", [
    "China's 2.3 million tonnes of tungsten reserves make up about 52% of known global reserves.",
    "In 2023 China held roughly 52 percent of the total world reserves of tungsten.",
])
def test_a_share_of_known_or_total_world_reserves(checker, sentence: str) -> None:
    r = checker.check(sentence, EARLY_2024)
    shares = [c for c in r.checks if c.claim.kind == "share"]
    assert len(shares) == 1 and shares[0].claim.measure == "reserves"
    assert shares[0].verdict.verdict == "supported", shares[0].verdict.explanation


@pytest.mark.parametrize("text", [
    "China mined about 81% of the world's tungsten in 2023. Vietnam and Russia followed at roughly 4% and 2-3% respectively.",
    "In 2023 China accounted for 81% of global tungsten mine output. Next came Vietnam and Russia, at 4% and 3%, respectively.",
])
def test_percentages_handed_to_listed_countries_after_a_share_are_shares(checker, text: str) -> None:
    r = checker.check(text, EARLY_2024)
    listed = [c for c in r.checks if c.claim.kind == "share" and c.claim.country in ("VNM", "RUS")]
    assert [c.claim.country for c in listed] == ["VNM", "RUS"]
    assert all(c.verdict.verdict == "supported" for c in listed), [c.verdict.explanation for c in listed]


def test_percentages_after_a_sentence_without_shares_stay_unclaimed(checker) -> None:
    text = "China mined 63,000 t of tungsten in 2023. Vietnam and Russia grew at 4% and 3% respectively."
    r = checker.check(text, EARLY_2024)
    assert not [c for c in r.checks if c.claim.kind == "share"]


@pytest.mark.parametrize(("sentence", "said"), [
    ("Russia mined 2-3% of the world's tungsten in 2023.", "2-3%"),
    ("Russia's share of global tungsten mining was between 2 and 3 percent in 2023.", "between 2 and 3 percent"),
])
def test_a_range_is_stated_as_a_range(checker, sentence: str, said: str) -> None:
    c = one(checker.check(sentence, EARLY_2024), "share")
    assert f"stated {said}" in c.verdict.explanation


# ----------------------------------------------------------------- counts in words, tonnage ranges
# IEA GCMO 2025 (iea_gcmo2025_atlas): China ~94 % of NdFeB magnet production in 2024.
# MCS 2025 (usgs_mcs2025_ree): China mined 270,000 t of rare earths in 2024.
AFTER_GCMO = "2025-08-01"


@pytest.mark.parametrize("sentence", [
    "Nine out of ten rare earth magnets are made in China.",
    "China supplies 9 in 10 of the world's rare earth magnets.",
])
def test_nine_out_of_ten_is_a_share_of_ninety_percent(checker, sentence: str) -> None:
    c = one(checker.check(sentence, AFTER_GCMO), "share")
    assert c.claim.value == pytest.approx(90.0)
    assert c.verdict.verdict == "supported", c.verdict.explanation


def test_one_in_five_that_the_data_contradict_is_refuted(checker) -> None:
    c = one(checker.check("One in five rare earth magnets is made in China.", AFTER_GCMO), "share")
    assert c.claim.value == pytest.approx(20.0)
    assert c.verdict.verdict == "refuted"


@pytest.mark.parametrize(("sentence", "said"), [
    ("In 2024 China mined between 260,000 and 280,000 tonnes of rare earths.", "between 260,000 and 280,000 tonnes"),
    ("China's rare earth output was 265,000-275,000 t in 2024.", "265,000-275,000 t"),
])
def test_a_tonnage_range_is_one_figure_stated_as_a_range(checker, sentence: str, said: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert f"stated {said}" in c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China's rare earth mining rose from 240,000 to 270,000 tonnes in 2024.",
    "In 2024 China lifted rare earth output by 30,000 to 270,000 tonnes.",
])
def test_from_and_by_are_changes_not_ranges(checker, sentence: str) -> None:
    qs = [c for c in checker.check(sentence, MID_2025).checks if c.claim.kind == "quantity"]
    assert [c.claim.value for c in qs] == [270000]


# ----------------------------------------------------------------- subsets, national totals, growth
# MCS 2025 (usgs_mcs2025_ree): Burma 31,000 of 390,000 t of rare earths in 2024 (8 %); the
# bundle has no heavy/light rare-earth split. IEA CMDE 2025 (iea_cmde_2025) gives China's share
# of refined nickel.
@pytest.mark.parametrize("sentence", [
    "Myanmar now supplies nearly half of the world's heavy rare earths.",
    "Burma accounts for about 50% of global heavy rare earth output.",
])
def test_a_share_of_heavy_rare_earths_is_not_checked_against_all_rare_earths(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-08-01"), "share")
    assert c.claim.basis == "heavy rare earths"
    assert c.verdict.verdict == "unverifiable"


def test_a_tonnage_of_light_rare_earths_is_another_basis(checker) -> None:
    c = one(checker.check("China mined 270,000 t of light rare earths in 2024.", MID_2025), "quantity")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Indonesian firms hold just 10% of the nickel mining in the country.",
    "Chinese smelters make up about 60% of the country's nickel refining, Indonesia says.",
])
def test_a_share_of_a_national_total_is_not_a_world_share(checker, sentence: str) -> None:
    r = checker.check(sentence, "2025-08-01")
    shares = [c for c in r.checks if c.claim.kind == "share"]
    assert shares and all(c.verdict.verdict == "unverifiable" for c in shares)


@pytest.mark.parametrize("sentence", [
    "Indonesia is expected to deliver 90% of nickel supply growth.",
    "China accounted for 60% of the global increase in lithium refining.",
])
def test_a_share_of_growth_is_not_a_share_of_output(checker, sentence: str) -> None:
    r = checker.check(sentence, "2025-08-01")
    assert not [c for c in r.checks if c.claim.kind == "share"]


@pytest.mark.parametrize("sentence", [
    "More than a quarter (28%) of refined nickel production occurs in China.",
    "About 30% of the world's nickel refining occurred in China in 2024.",
])
def test_share_of_output_that_occurs_in_a_country(checker, sentence: str) -> None:
    r = checker.check(sentence, "2025-08-01")
    shares = [c for c in r.checks if c.claim.kind == "share"]
    assert shares and all(c.claim.country == "CHN" for c in shares)


def test_a_year_before_to_is_not_the_low_end_of_a_range(checker) -> None:
    s = "China lifted rare earth output from about 31,000 t in 1994 to 270,000 t in 2024."
    qs = [c for c in checker.check(s, MID_2025).checks if c.claim.kind == "quantity"]
    last = [c for c in qs if c.claim.value == 270000]
    assert len(last) == 1 and last[0].claim.year == 2024
    assert last[0].verdict.verdict == "supported"


@pytest.mark.parametrize("sentence", [
    "China mined 270k tonnes of rare earths in 2024.",
    "In 2024 Chinese rare earth output hit 270K metric tons.",
])
def test_a_k_suffix_means_thousand(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.claim.value == 270000
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ----------------------------------------------------------------- hosts, same year, continuing sentences
# MCS 2025 (usgs_mcs2025_ree) rare-earth reserves: Australia 5.7 Mt, China 44 Mt, Brazil 21 Mt,
# India 6.9 Mt. MCS 2024 (usgs_mcs2024_cobalt): cobalt mine production, Congo (Kinshasa)
# 170,000 t and Indonesia 17,000 t in 2023, Indonesia 9,600 t in 2022. MCS 2023
# (usgs_mcs2023_cobalt): world 190,000 t in 2022 and 165,000 t in 2021.
@pytest.mark.parametrize("sentence", [
    "Australia is home to about 5.7 million tonnes of rare earths.",
    "China, Brazil and India host 44 Mt, 21 Mt and 6.9 Mt of rare earths respectively.",
])
def test_hosting_a_tonnage_speaks_of_reserves(checker, sentence: str) -> None:
    qs = [c for c in checker.check(sentence, MID_2025).checks if c.claim.kind == "quantity"]
    assert qs and all(c.claim.measure == "reserves" for c in qs)
    assert all(c.verdict.verdict == "supported" for c in qs), [c.verdict.explanation for c in qs]


def test_hosting_a_mine_is_not_a_reserve_figure(checker) -> None:
    c = one(checker.check("Australia, which hosts the Mt Weld mine, produced 13,000 tonnes of rare earths in 2024.",
                          MID_2025), "quantity")
    assert c.claim.measure == "production"


@pytest.mark.parametrize("sentence", [
    "China controls 99.9% of global heavy REE production.",
    "Light rare earths from Australia make up 5% of world output.",
])
def test_heavy_or_light_ree_shares_are_a_subset(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.verdict.verdict == "unverifiable"


@pytest.mark.parametrize("sentence", [
    "Congo mined 170,000 tons of cobalt in 2023, and Indonesia 17,000 tons in the same year.",
    "In 2023 the DRC produced 170,000 t of cobalt while Indonesia produced 17,000 t that year, up from 9,600 t in 2022.",
])
def test_in_the_same_year_takes_the_year_named_before(checker, sentence: str) -> None:
    qs = [c for c in checker.check(sentence, "2024-06-01").checks if c.claim.kind == "quantity" and c.claim.value == 17000]
    assert len(qs) == 1 and qs[0].claim.year == 2023
    assert qs[0].verdict.verdict == "supported", qs[0].verdict.explanation


@pytest.mark.parametrize("text", [
    "World cobalt mine output was 190,000 metric tons in 2022. This was up from 165,000 metric tons the previous year.",
    "Global cobalt mining reached 190,000 t in 2022. That is an increase on the prior year's 165,000 t.",
])
def test_a_sentence_continuing_the_last_keeps_its_subject_and_year(checker, text: str) -> None:
    qs = [c for c in checker.check(text, "2023-03-01").checks if c.claim.kind == "quantity" and c.claim.value == 165000]
    assert len(qs) == 1 and (qs[0].claim.country, qs[0].claim.year) == ("WLD", 2021)
    assert qs[0].verdict.verdict == "supported", qs[0].verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China's share in the US supply of rare earths exceeds 70%.",
    "Australia's share of Japan's rare earth market is about 30%.",
])
def test_a_share_of_one_countrys_market_is_not_a_world_share(checker, sentence: str) -> None:
    r = checker.check(sentence, MID_2025)
    shares = [c for c in r.checks if c.claim.kind == "share"]
    assert shares and all(c.verdict.verdict == "unverifiable" for c in shares), [c.verdict.explanation for c in shares]


def test_a_share_of_the_world_market_is_still_a_world_share(checker) -> None:
    c = one(checker.check("China's share of the global rare earth market was 69% in 2024.", MID_2025), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize(("sentence", "said"), [
    ("Two-thirds of the world's rare earths were mined in China in 2024.", "two-thirds (66.7%)"),
    ("China mined nine out of ten tonnes of the world's rare earths in 2024.", "nine out of ten (90%)"),
])
def test_a_share_in_words_is_stated_in_words(checker, sentence: str, said: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert said in c.verdict.explanation.lower()  # never the bare 66.6667%


# MCS 2025 import sources (import_sources.csv): China 70% of US rare-earth imports, 2020-2023.
@pytest.mark.parametrize("sentence", [
    "The U.S. imports 70% of its rare earth compounds from China.",
    "America bought about 70 percent of its rare earths from China between 2020 and 2023.",
])
def test_a_buyer_importing_a_share_from_a_partner(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.claim.comparison == {"buyer": "USA"} and c.claim.country == "CHN"
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China has no rare earth production quota for foreign firms.",
    "China has not produced official figures on rare earth smuggling since 2020.",
])
def test_no_output_wording_about_quotas_or_figures_is_not_a_zero(checker, sentence: str) -> None:
    r = checker.check(sentence, MID_2025)
    assert not [c for c in r.checks if c.claim.kind == "quantity" and c.claim.value == 0]


# MCS 2025 (usgs_mcs2025_ree): US net import reliance 100% in 2020, more than 95% in 2021-2023,
# 80% in 2024; import sources 2020-2023: China 70%, Malaysia 13%.
@pytest.mark.parametrize("sentence", [
    "In 2024, 80% of U.S. consumption of rare earths relied on imports, most of which came from China.",
    "Some 80 percent of U.S. rare earth demand in 2024 depended on foreign sources.",
])
def test_a_share_of_consumption_met_by_imports_is_reliance(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.claim.measure == "net_import_reliance"
    assert c.verdict.verdict == "supported", c.verdict.explanation


def test_a_partners_share_of_the_imports_is_not_reliance(checker) -> None:
    s = "In 2024 the US relied on imports for 80% of its rare earths, 70% of which came from China."
    rel = [c for c in checker.check(s, MID_2025).checks if c.claim.measure == "net_import_reliance"]
    assert [c.claim.value for c in rel] == [80]


@pytest.mark.parametrize("sentence", [
    "In 2020 U.S. reliance on imports of rare earths was 100%, and from 2021 to 2023 it exceeded 95%.",
    "America's rare earth import dependence stood at 100% in 2020 and exceeded 95% in 2023.",
])
def test_reliance_takes_the_year_of_its_own_clause(checker, sentence: str) -> None:
    rel = [c for c in checker.check(sentence, MID_2025).checks if c.claim.measure == "net_import_reliance"]
    assert [c.claim.year for c in rel] == [2020, 2023]
    assert all(c.verdict.verdict == "supported" for c in rel), [c.verdict.explanation for c in rel]


@pytest.mark.parametrize("sentence", [
    "Between 2020 and 2023 China accounted for 70% of rare earth imports in the United States.",
    "Malaysia supplied 13% of rare earth imports into the US from 2020 to 2023.",
])
def test_imports_in_a_country_name_the_buyer(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.claim.comparison == {"buyer": "USA"}
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China accounted for 77% of U.S. rare earth imports in 2024.",
    "In 2019, 80% of US rare earth imports came from China.",
])
def test_an_import_share_for_a_year_outside_the_published_period_is_unverifiable(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.claim.comparison == {"buyer": "USA"}
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
    assert "2020-2023" in c.verdict.explanation
