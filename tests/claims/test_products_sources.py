"""Products, stages and sources (issue 6).

* A figure of a product (US rare-earth "compounds and metals", magnets, nickel pig iron,
  cobalt hydroxide, lithium hydroxide) is checked against that product's series when the
  dataset holds one, and is otherwise unverifiable; it is never judged by mine output.
* A bundled publisher named for a quantity it does not publish (the USGS for refining
  shares, the IEA for mine tonnages) does not stop the check (labelling rule 1 of
  benchmarks/claims_eval/README.md); the explanation names the source used.
* A source or edition named in the lines introducing a list applies to every line of it.
* A share or tonnage of ore is not a share or tonnage of rare-earth oxide (rule 6).

Reference figures (``src/critmin/data/observations.csv``): USGS MCS 2025 rare earths, United
States salient statistics: compounds and metals 1,300 t REO in 2024, mineral concentrates
45,000 t; MCS 2026 revises compounds and metals to 4,300 t (2024) and gives 8,900 t (2025);
MCS 2025 mine production 2024: China 270,000 t, world 390,000 t (2023: China 255,000 t);
MCS 2024 (2023): China 240,000 t, United States 43,000 t, Myanmar 38,000 t; IEA GCMO 2025:
China ~91 % of rare-earth refining in 2024; MCS 2025: Indonesia 2,200,000 t nickel, Congo
(Kinshasa) 220,000 t cobalt, China 750,000 kg gallium in 2024; IEA CMDE 2025: China 70 % of
lithium refining in 2024. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
from tests.claims.conftest import one

MID_2025 = "2025-06-30"  # MCS 2025 and IEA GCMO 2025 current
AFTER_MCS2026 = "2026-03-01"


# ------------------------------------------------------------------ products with a series
@pytest.mark.parametrize("sentence", [
    "The United States produced 1,300 tons of rare-earth compounds and metals in 2024.",
    "US output of rare earth compounds & metals came to 1,300 t in 2024.",
])
def test_compounds_and_metals_are_checked_against_their_own_series(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.claim.product == "compounds_and_metals"
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert c.verdict.edition == "MCS 2025"
    assert "compounds and metals" in c.verdict.explanation
    assert all("Compounds and metals" in (e.locator or "") for e in c.verdict.evidence)


@pytest.mark.parametrize("sentence", [
    "American production of rare-earth compounds and metals reached 45,000 tonnes in 2024.",
    "In 2024, the United States produced 45,000 t of rare earth compounds and metals.",
])
def test_mine_output_does_not_confirm_a_compounds_and_metals_figure(checker, sentence: str) -> None:
    # 45,000 t is the US mine (concentrate) output of 2024; the compounds-and-metals line says 1,300 t
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.verdict.verdict == "refuted", c.verdict.explanation
    assert "1,300" in c.verdict.explanation
    assert all("Compounds and metals" in (e.locator or "") for e in c.verdict.evidence)


@pytest.mark.parametrize("sentence", [
    "US refined rare earth output reached 1,300 tonnes in 2024.",
    "Separated rare-earth production in the United States totalled 1,300 t in 2024.",
])
def test_refined_rare_earth_output_is_read_as_the_compounds_and_metals_line(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.claim.stage == "refining"
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "compounds and metals" in c.verdict.explanation


def test_a_product_series_revised_in_a_later_edition(checker) -> None:
    text = ("The USGS says US production of rare-earth compounds and metals rose from 4,300 metric tons in "
            "2024 to an estimated 8,900 metric tons in 2025.")
    got = [c for c in checker.check(text, AFTER_MCS2026).checks if c.claim.kind == "quantity"]
    assert [c.claim.product for c in got] == ["compounds_and_metals", "compounds_and_metals"]
    assert [c.verdict.verdict for c in got] == ["supported", "supported"], [c.verdict.explanation for c in got]
    assert {c.verdict.edition for c in got} == {"MCS 2026"}


# ------------------------------------------------------------------ products without a series
@pytest.mark.parametrize("text,kind", [
    ("China dominates rare earths. It produced 270,000 tonnes of magnets in 2024.", "quantity"),
    ("China dominates rare earths. Magnet output in China rose 6% in 2024.", "change"),
    # ("China dominates rare earths" is now a rank claim of its own; a neutral opener here)
    ("China matters for rare earths. China is the largest magnet producer.", "rank"),
])
def test_magnets_are_not_judged_by_rare_earth_mine_output(checker, text: str, kind: str) -> None:
    # each would be supported by mine output (270,000 t; 255,000 -> 270,000 t is +6 %; first)
    c = one(checker.check(text, MID_2025), kind)
    assert c.claim.commodity == "ndfeb_magnets"
    if kind == "rank":
        # first place read from the IEA's share of magnet production (IEA GCMO 2025: China 94% in
        # 2024, more than half), never from mine output
        assert c.verdict.verdict == "supported", c.verdict.explanation
        assert c.verdict.evidence and all(e.commodity == "ndfeb_magnets" for e in c.verdict.evidence)
        assert {e.edition for e in c.verdict.evidence} == {"IEA GCMO 2025"}
        return
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


@pytest.mark.parametrize("sentence,product", [
    ("Indonesia produced 2.2 million tonnes of nickel pig iron in 2024.", "nickel_pig_iron"),
    ("Indonesian output of nickel pig iron hit 2.2 million tonnes in 2024.", "nickel_pig_iron"),
    ("Congo shipped out 220,000 tonnes of cobalt hydroxide in 2024.", "cobalt_hydroxide"),
    ("China produced 750,000 kilograms of high-purity gallium in 2024.", "high_grade"),
])
def test_an_intermediate_product_is_unverifiable_not_matched_to_metal_content(checker, sentence: str,
                                                                              product: str) -> None:
    # each figure equals the metal-content mine or refinery output of the commodity
    c = next(c for c in checker.check(sentence, MID_2025).checks if c.claim.kind == "quantity")
    assert c.claim.product == product
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
    assert c.verdict.needs


@pytest.mark.parametrize("sentence", [
    "China refines 70% of the world's lithium and 95% of battery-grade lithium hydroxide.",
    "China controls 70% of global lithium refining and 95% of hard-rock lithium processing.",
])
def test_a_share_of_a_narrower_product_is_not_refuted_by_the_whole_refining_share(checker, sentence: str) -> None:
    got = [c for c in checker.check(sentence, MID_2025).checks if c.claim.kind == "share"]
    assert [c.verdict.verdict for c in got] == ["supported", "unverifiable"], [c.verdict.explanation for c in got]
    assert got[0].claim.product is None and got[1].claim.product is not None


@pytest.mark.parametrize("sentence", [
    "China is the largest gallium producer.",
    "China ranks first in the world for gallium production.",
])
def test_a_product_series_standing_for_the_commodity_can_be_ranked(checker, sentence: str) -> None:
    # gallium production is published only as low-purity primary gallium (MCS 2025: China first)
    c = one(checker.check(sentence, MID_2025), "rank")
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------------ sources
@pytest.mark.parametrize("sentence", [
    "According to the USGS, China refines 90% of the world's rare earths.",
    "China refines about 91% of rare earths, the US Geological Survey says.",
])
def test_a_refining_share_attributed_to_the_usgs_is_checked_against_the_iea(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.claim.series == "USGS MCS"
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert c.verdict.edition == "IEA GCMO 2025"
    assert "does not publish" in c.verdict.explanation and "IEA GCMO 2025" in c.verdict.explanation


def test_a_wrong_refining_share_attributed_to_the_usgs_is_refuted(checker) -> None:
    c = one(checker.check("According to USGS data, China refines 60% of global rare earths.", MID_2025), "share")
    assert c.verdict.verdict == "refuted", c.verdict.explanation
    assert c.verdict.edition == "IEA GCMO 2025"


@pytest.mark.parametrize("sentence", [
    "According to the IEA, China mined 270,000 tonnes of rare earths in 2024.",
    "China's rare earth mine output was 270,000 t in 2024, the International Energy Agency said.",
])
def test_a_mine_tonnage_attributed_to_the_iea_is_checked_against_the_usgs(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert c.verdict.edition == "MCS 2025"
    assert "does not publish" in c.verdict.explanation


# ------------------------------------------------------------------ a list under a heading
@pytest.mark.parametrize("text", [
    "Rare earths matter.\nAccording to the 2024 Mineral Commodity Summaries, mine production was as follows:\n"
    "- China: 240,000 tonnes\n- United States: 43,000 tonnes",
    "Rare earths matter.\nRare earth mine output, USGS Mineral Commodity Summaries 2024:\n"
    "China: 240,000 t\nUnited States: 43,000 t",
])
def test_an_edition_named_in_a_list_heading_applies_to_every_line(checker, text: str) -> None:
    got = [c for c in checker.check(text, MID_2025).checks if c.claim.kind == "quantity"]
    assert [c.claim.edition for c in got] == ["MCS 2024", "MCS 2024"]
    assert [c.verdict.verdict for c in got] == ["supported", "supported"], [c.verdict.explanation for c in got]


def test_the_same_list_without_the_edition_is_read_against_the_current_one(checker) -> None:
    text = "Rare earths matter.\nRare earth mine output:\nChina: 240,000 t\nUnited States: 43,000 t"
    got = [c for c in checker.check(text, MID_2025).checks if c.claim.kind == "quantity"]
    assert got and all(c.claim.edition is None for c in got)
    assert "supported" not in [c.verdict.verdict for c in got]


def test_a_publisher_named_in_a_list_heading_selects_its_series(checker) -> None:
    text = ("Rare earths matter.\nUSGS figures for 2024 show the following producers:\n"
            "China: 270,000 t\nMyanmar: 31,000 t")
    got = [c for c in checker.check(text, MID_2025).checks if c.claim.kind == "quantity"]
    assert [c.claim.series for c in got] == ["USGS MCS", "USGS MCS"]
    assert [c.verdict.verdict for c in got] == ["supported", "supported"]


# ------------------------------------------------------------------ ore is not oxide (for tonnages)
@pytest.mark.parametrize("sentence", [
    "China accounts for 69% of rare earth ore production.",
    "China's share of rare-earth ore output was 69% in 2024.",
])
def test_a_share_of_the_ore_mined_is_a_share_of_mine_output(checker, sentence: str) -> None:
    # eighteenth session: the labels read a share of the ore mined as a share of mine output
    # (C2908 "raw ore production accounting for 11%", C3999 "70% of the global extraction of rare
    # earth ores"): MCS 2025, China 270,000 of 390,000 t REO in 2024 = 69.2 %
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China mined 270,000 tonnes of rare-earth ore in 2024.",
    "Rare earth ore output in China came to 270,000 t in 2024.",
])
def test_an_ore_tonnage_is_not_matched_to_an_oxide_row(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


def test_the_same_share_of_mine_production_is_checked(checker) -> None:
    c = one(checker.check("China accounts for 69% of rare earth mine production.", MID_2025), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------------ metal versus oxide prices
@pytest.mark.parametrize("sentence", [
    "Neodymium metal averaged $78 per kilogram in 2023.",
    "In 2023 the average price of terbium metal was $1,300 per kilogram.",
])
def test_a_metal_price_is_not_checked_against_the_oxide_price(checker, sentence: str) -> None:
    # MCS 2025 gives 99.5% neodymium oxide at 78 USD/kg and 99.99% terbium oxide at 1,298 USD/kg
    # for 2023 (MCS 2024: 1,300): the old reading supported both
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.claim.product == "metal"
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Neodymium oxide averaged $78 per kilogram in 2023.",
    "In 2023 the average price of neodymium was $78 per kilogram.",
])
def test_an_oxide_price_or_a_bare_element_price_reads_the_oxide_series(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China exported US $2.9 billion worth of rare earth magnets in 2024.",
    "Exports of permanent magnets from China were worth US $2.9 billion in 2024.",
])
def test_us_before_a_spaced_dollar_sign_is_a_currency_not_the_buyer(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.claim.country == "CHN"


@pytest.mark.parametrize("sentence", [
    "China produced 300,000 tonnes of NdFeB magnets in 2024.",
    "China's output of permanent magnets was 300,000 t in 2024.",
])
def test_magnet_output_needs_magnet_production_data(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.verdict.verdict == "unverifiable"
    assert "magnet production" in (c.verdict.needs or ""), c.verdict.needs


@pytest.mark.parametrize("sentence", [
    "The miner sold 136t at an average price of $48 per kilogram in 2024.",
    "Lithium carbonate sales were 500 t at spot prices of $10,000 a tonne in 2024.",
])
def test_tonnes_followed_by_at_are_not_a_price_per_tonne(checker, sentence: str) -> None:
    units = [c.claim.unit for c in checker.check("Rare earths and lithium. " + sentence, MID_2025).checks
             if c.claim.kind == "quantity" and c.claim.text.strip().rstrip(".").endswith("t")]
    assert units and "USD/t" not in units, units


@pytest.mark.parametrize("sentence", [
    "China holds 85% of rare earth mining capacity.",
    "China's share of global rare-earth mine capacity is 85%.",
])
def test_a_share_of_mining_capacity_is_not_answered_by_separation_capacity(checker, sentence: str) -> None:
    # the only capacity share in the data is SMM's ~85% of rare-earth separation (smelting) capacity
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.claim.stage == "mining"
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


def test_a_share_of_separation_capacity_is_checked_against_it(checker) -> None:
    c = one(checker.check("China controls about 85% of global rare earth separation capacity.", MID_2025), "share")
    assert c.claim.stage == "refining"
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------------ "production" naming no line
@pytest.mark.parametrize("sentence", [
    "US rare earth production was 1,300 tonnes in 2024.",
    "American rare-earth output came to 1,300 t in 2024.",
])
def test_production_equal_to_the_other_usgs_production_line_is_that_line(checker, sentence: str) -> None:
    # MCS 2025 reports US production as mineral concentrates (45,000 t) and compounds and metals (1,300 t)
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "compounds and metals" in c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "The US mined 1,300 tonnes of rare earths in 2024.",
    "US rare earth production was 2,000 tonnes in 2024.",
])
def test_mined_output_or_a_figure_of_neither_line_stays_refuted(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.verdict.verdict == "refuted", c.verdict.explanation


@pytest.mark.parametrize("text", [
    "Rare earths matter.\nThe IEA's latest outlook gives these refining shares for 2024:\n- China: 91%\n- Japan: 1%",
    "Rare earths matter.\nShares of rare earth separation, 2024 (IEA):\nChina: 91%\nJapan: 1%",
])
def test_percentages_listed_under_a_refining_heading_are_refining_shares(checker, text: str) -> None:
    got = [c for c in checker.check(text, MID_2025).checks if c.claim.kind == "share"]
    assert got[0].claim.stage == "refining" and got[0].claim.country == "CHN"
    assert got[0].verdict.verdict == "supported", got[0].verdict.explanation


# ------------------------------------------------------------------ trade in a product
@pytest.mark.parametrize("sentence", [
    "US imports of rare-earth compounds were 8,000 tonnes in 2024.",
    "The United States imported 8,000 t of rare earth compounds in 2024.",
])
def test_imports_of_compounds_are_read_against_the_compounds_line(checker, sentence: str) -> None:
    # MCS 2025, US salient statistics: imports of compounds 8,000 t REO in 2024 (8,920 t in 2023)
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.claim.product == "compounds"
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence,verdict", [
    ("US rare earth compound imports fell 10% in 2024.", "supported"),
    ("US rare earth compound imports rose 10% in 2024.", "refuted"),
])
def test_a_change_in_a_product_trade_line(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, MID_2025), "change")
    assert c.verdict.verdict == verdict, c.verdict.explanation


@pytest.mark.parametrize("text", [
    "China dominates rare earths. It mined 270,000 tonnes of rare earths used in magnets in 2024.",
    "China mined 270,000 t of rare earths, which go into magnets and catalysts, in 2024.",
])
def test_a_use_named_after_the_figure_is_not_its_product(checker, text: str) -> None:
    c = one(checker.check(text, MID_2025), "quantity")
    assert c.claim.commodity == "rare_earths" and c.claim.product is None
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "According to the USGS, China is the largest refiner of cobalt.",
    "China is the world's top cobalt refiner, USGS data show.",
])
def test_a_refining_rank_attributed_to_the_usgs_is_ranked_by_the_iea_table(checker, sentence: str) -> None:
    # IEA CMDE 2025: China refined 196 of 250 kt of cobalt in 2024, first; MCS gives no refinery table
    c = one(checker.check(sentence, MID_2025), "rank")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert c.verdict.edition == "IEA CMDE 2025"


@pytest.mark.parametrize("sentence", [
    "US rare earth concentrate production reached a record 51,000 metric tons in 2025.",
    "The United States produced 51,000 t of rare-earth mineral concentrates in 2025.",
])
def test_us_concentrate_output_is_the_usgs_mineral_concentrates_line(checker, sentence: str) -> None:
    # MCS 2026, US salient statistics: mineral concentrates 51,000 t REO in 2025
    c = one(checker.check(sentence, AFTER_MCS2026), "quantity")
    assert c.claim.product == "mineral_concentrates"
    assert c.verdict.verdict == "supported", c.verdict.explanation


def test_concentrate_of_a_country_without_that_line_stays_unverifiable(checker) -> None:
    # MCS 2025 gives Myanmar's 2024 mine production (31,000 t REO) but no concentrates line
    c = one(checker.check("Myanmar produced 31,000 tonnes of rare earth concentrate in 2024.", MID_2025), "quantity")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


@pytest.mark.parametrize("text", [
    "The US mined 45,000 t of rare earths in 2024. US production of rare-earth compounds and metals was "
    "1,300 t in 2024.",
    "Indonesia mined 2.2 million tonnes of nickel in 2024. Indonesian output of nickel pig iron was "
    "1.6 million tonnes in 2024.",
])
def test_a_product_figure_beside_the_mine_figure_is_no_contradiction(checker, text: str) -> None:
    r = checker.check(text, MID_2025)
    assert len([c for c in r.checks if c.claim.kind == "quantity"]) == 2
    assert r.contradictions == []
