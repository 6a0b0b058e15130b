"""Verdict readings of non-event claims (issue 6): editions published after the article, a
figure whose clause names no measure, heavy dependence on one supplier, the buyer of "relied
on X for N% of its imports", a share's "of" phrase past a bracketed abbreviation, and the
running year of a consequence clause.

Reference figures (``src/critmin/data/observations.csv``, ``import_sources.csv``):
USGS MCS 2025 (published 2025-01-31): cobalt mine production 2024, Congo (Kinshasa) 220,000 t
of 290,000 t (75.9%); MCS 2026 (published 2026-02-06): 226,000 t of 302,000 t (74.8%).
MCS 2024 (published 2024-01-31): graphite 2023, China 1,230,000 t of 1,600,000 t (76.9%).
MCS 2025: lithium 2024, Argentina reserves 4,000,000 t and mine production 18,000 t; Chile
reserves 9,300,000 t and production 49,000 t; gallium 2024, China 98.7% of primary output;
rare earths 2024, India 2,900 t of 390,000 t (0.7%); US import sources of rare-earth compounds
and metals 2020-2023, China 70%. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import one

MID_2025 = "2025-06-01"  # MCS 2025 current, MCS 2026 not yet published


# ----------------------------------------------------------------- editions published after the article
@pytest.mark.parametrize("sentence", [
    "Congo mined about 70% of the world's cobalt in 2024.",
    "In 2024 the DRC supplied roughly 70 percent of global cobalt output.",
])
def test_a_later_edition_that_matches_is_another_edition(checker, sentence: str) -> None:
    # "about 70%" allows 65%..75%: MCS 2026's 74.8% (published after the article) fits, MCS 2025's 75.9%
    # (current on the day) does not; rule 3 (b), "another edition, older or newer", comes before (c).
    # Dated before IEA CMDE 2025 (2025-05-21), whose 66.5% would support it as a current source (rule 1)
    c = one(checker.check(sentence, "2025-05-01"), "share")
    assert c.verdict.verdict == "supported_by_other_edition", c.verdict.explanation
    assert c.verdict.edition == "MCS 2026"


def test_the_same_share_after_the_later_edition_is_published_is_supported(checker) -> None:
    c = one(checker.check("Congo mined about 70% of the world's cobalt in 2024.", "2026-03-01"), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China was the leading graphite producer in 2023 and mined 50% of the world total.",
    "In 2023, China ranked as the top graphite miner, with 50% of global production.",
])
def test_later_editions_matching_one_part_and_contradicting_another_settle_nothing(checker, sentence: str) -> None:
    # on 2023-11-15 no edition holds 2023; MCS 2024 (later) ranks China first but gives 76.9%
    res = checker.check(sentence, "2023-11-15")
    verdicts = {c.claim.kind: c.verdict.verdict for c in res.checks}
    assert verdicts == {"rank": "unverifiable", "share": "unverifiable"}, \
        [(c.claim.kind, c.verdict.explanation) for c in res.checks]


def test_a_later_edition_alone_that_agrees_still_supports_as_another_edition(checker) -> None:
    c = one(checker.check("China was the leading graphite producer in 2023.", "2023-11-15"), "rank")
    assert c.verdict.verdict == "supported_by_other_edition", c.verdict.explanation


# ----------------------------------------------------------------- a figure whose clause names no measure
@pytest.mark.parametrize("sentence", [
    "Argentina, with 4 million tons of lithium, is a key member of the Lithium Triangle, mining 18,000 tons in 2024.",
    "Chile (9.3 million tons of lithium) leads the region's mining.",
])
def test_a_figure_without_its_own_measure_word_takes_the_measure_the_data_give(checker, sentence: str) -> None:
    res = checker.check(sentence, MID_2025)
    big = next(c for c in res.checks if c.claim.kind == "quantity" and (c.claim.value or 0) >= 1e6)
    assert big.verdict.verdict == "supported", big.verdict.explanation
    assert any(e.measure == "reserves" for e in big.verdict.evidence)


@pytest.mark.parametrize("sentence", [
    "Argentina produced 4 million tons of lithium in 2024.",
    "In 2024 Chile's lithium output was 9.3 million tons.",
    "With 9.3 million tons, Chile is a leading lithium producer.",  # the clause the figure opens names it
])
def test_a_figure_its_clause_calls_production_is_right_only_in_part(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.verdict.verdict == "partly_supported", c.verdict.explanation


# ----------------------------------------------------------------- heavy dependence on one supplier
@pytest.mark.parametrize("sentence", [
    "The world's gallium supply is overwhelmingly reliant on China.",
    "Global gallium output depends largely on China.",
])
def test_heavy_dependence_of_world_supply_is_more_than_half_of_output(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "The United States is heavily dependent on China for its rare earth imports.",
    "America relies mostly on China for rare earth compounds.",
])
def test_heavy_dependence_of_a_buyer_is_more_than_half_of_its_imports(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "70%" in c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "India is heavily reliant on China for rare earths.",  # no import sources for India
    "The US is not reliant on China for rare earths.",     # negated: no threshold
    "Gallium buyers depend on China.",                     # no degree word
])
def test_dependence_the_data_cannot_size_stays_unverifiable(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


# ----------------------------------------------------------------- "relied on X for N% of its imports"
@pytest.mark.parametrize("sentence", [
    "From 2020 to 2023 the United States depended on China for 70% of its rare-earth imports.",
    "Between 2020 and 2023, America relied upon China for 70 percent of its imported rare earth compounds.",
])
def test_its_imports_belong_to_the_country_that_relies(checker, sentence: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert (c.claim.comparison or {}).get("buyer") == "USA" and c.claim.country == "CHN"
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ----------------------------------------------------------------- the share's own "of" phrase, its year
@pytest.mark.parametrize("sentence", [
    "Despite its huge reserves, India contributes less than 1% of world Rare Earth Element (REE) mining.",
    "Despite vast reserves, India holds under 1 percent of global rare earth oxide (REO) production.",
])
def test_a_bracketed_abbreviation_does_not_cut_the_share_phrase(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-07-08"), "share")
    assert c.claim.measure == "production"
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "India accounts for under 1% of global rare earth mining, which led the government to set up a new mission in 2025.",
    "India's share of world rare earth mining is below 1 percent, prompting a national programme launched in 2025.",
])
def test_the_running_year_of_a_consequence_clause_does_not_date_the_share(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-07-08"), "share")
    assert c.claim.year != 2025
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ----------------------------------------------------------------- a compilation copying a later edition
@pytest.mark.parametrize("sentence", [
    "China contributes 82% of annual tungsten mine production.",
    "China now accounts for 82 percent of the world's tungsten output.",
])
def test_a_compilation_copying_a_later_edition_does_not_overturn_the_edition_of_the_day(checker, sentence: str) -> None:
    # on 2026-01-26 MCS 2025 is current: 67,000 of 81,000 t (82.7%) in 2024; "USGS MCS compiled"
    # (2026-01-01) gives 67,000 of 82,000 t (81.7%), the 2024 world total of MCS 2026 (2026-02-06)
    c = one(checker.check(sentence, "2026-01-26"), "share")
    assert c.verdict.verdict == "refuted", c.verdict.explanation
    assert c.verdict.edition == "MCS 2025"


# ----------------------------------------------------------------- an organisation as the source, not the subject
@pytest.mark.parametrize("sentence", [
    "According to figures published by the London-based Cobalt Institute, Indonesia became the second-largest "
    "cobalt producer in 2022.",
    "According to statistics released by the U.K.-based Cobalt Institute, Indonesia now ranks second among cobalt "
    "producers.",
])
def test_a_body_that_released_the_data_is_the_source_not_the_subject(checker, sentence: str) -> None:
    # MCS 2023 (current on 2023-05-10): cobalt mine production 2022, Congo (Kinshasa) 130,000 t,
    # Indonesia 10,000 t (second of 13)
    c = one(checker.check(sentence, "2023-05-10"), "rank")
    assert c.claim.country == "IDN"
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ----------------------------------------------------------------- a tonnage that is the size of a change
@pytest.mark.parametrize("sentence", [
    "In 2024 China mined 67,000 tonnes of tungsten, up by 1,000 tonnes from 2023.",
    "China mined 67,000 t of tungsten in 2024, an increase of 1,000 t over 2023.",
])
def test_a_tonnage_after_up_by_is_the_size_of_the_change(checker, sentence: str) -> None:
    # MCS 2025: China tungsten mine production 66,000 t in 2023, 67,000 t in 2024
    res = checker.check(sentence, "2025-02-25")
    small = next(c for c in res.checks if c.claim.value == 1000)
    assert small.verdict.verdict == "supported", small.verdict.explanation
    assert {e.year for e in small.verdict.evidence} == {2023, 2024}


def test_a_wrong_size_of_change_is_not_read_as_a_level(checker) -> None:
    res = checker.check("China mined 67,000 t of tungsten in 2024, up 5,000 t from 2023.", "2025-02-25")
    small = next(c for c in res.checks if c.claim.value == 5000)
    assert small.verdict.verdict == "partly_supported", small.verdict.explanation
    assert "direction right" in small.verdict.explanation


# ----------------------------------------------------------------- "other countries": the table's last row
@pytest.mark.parametrize("sentence", [
    "World nickel reserves are above 130 million tonnes, with countries outside the top nine holding 9.1 million tonnes.",
    "World nickel reserves exceed 130 Mt; all other countries together hold 9.1 Mt.",
])
def test_a_figure_of_the_countries_a_list_leaves_out_is_the_other_countries_row(checker, sentence: str) -> None:
    # MCS 2024 (current on 2024-01-31): nickel reserves, world more than 130 Mt, "Other countries" 9.1 Mt
    res = checker.check(sentence, "2024-01-31")
    rest = next(c for c in res.checks if c.claim.kind == "quantity" and c.claim.value in (9.1, 9_100_000))
    assert rest.claim.country == "OTH"
    assert rest.verdict.verdict == "supported", rest.verdict.explanation


@pytest.mark.parametrize(("tonnes", "verdict"), [("6,200", "supported"), ("40,000", "refuted")])
def test_other_countries_in_the_figures_own_clause_beat_a_country_named_before(checker, tonnes: str,
                                                                                verdict: str) -> None:
    # MCS 2025: cobalt mine production 2024, "Other countries" 6,200 t
    res = checker.check(f"Congo dominates cobalt mining, while all other countries produced {tonnes} tonnes in 2024.",
                        MID_2025)
    rest = one(res, "quantity")
    assert rest.claim.country == "OTH"
    assert rest.verdict.verdict == verdict, rest.verdict.explanation


# ----------------------------------------------------------------- PGM "supply" in a sentence about output
@pytest.mark.parametrize("sentence", [
    "Platinum mine output is concentrated in South Africa, which accounts for about 70% of global supply.",
    "Platinum production is falling in South Africa, a country that makes up roughly 70 percent of world supply.",
])
def test_supply_in_a_sentence_about_output_is_that_output(checker, sentence: str) -> None:
    # MCS 2025: platinum mine production 2024, South Africa 120,000 kg of 170,000 kg (70.6%)
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation


def test_platinum_supply_alone_still_includes_recycled_metal(checker) -> None:
    c = one(checker.check("South Africa accounts for about 70% of global platinum supply.", MID_2025), "share")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


# ----------------------------------------------------------------- a share set off after a dated tonnage
@pytest.mark.parametrize("sentence", [
    "Indonesia mined 10,000 tonnes of cobalt last year — about 5 percent of world output — after producing almost "
    "none until 2019.",
    "Indonesia's cobalt output hit 10,000 t last year \u2013 roughly 5 percent of global production \u2013 versus very little "
    "before 2020.",
])
def test_a_share_in_apposition_takes_the_year_of_the_tonnage(checker, sentence: str) -> None:
    # MCS 2023 (current on 2023-05-11): cobalt mine production 2022, Indonesia 10,000 t of 190,000 t (5.3%)
    c = one(checker.check(sentence, "2023-05-11"), "share")
    assert c.claim.year == 2022
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ----------------------------------------------------------------- verbs of holding: "possesses", "boasts"
@pytest.mark.parametrize(("sentence", "share"), [
    ("India possesses roughly 7% of known rare earth reserves.", 0.07),
    ("Vietnam boasts close to 4% of known rare earth reserves.", 0.04),
])
def test_possessing_a_percentage_of_known_reserves_is_a_reserves_share(checker, sentence: str, share: float) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.claim.measure == "reserves"
    assert c.claim.share == pytest.approx(share)
    assert not (c.claim.comparison or {}).get("unread_figure")


# ----------------------------------------------------------------- "ranked second worldwide for X"
@pytest.mark.parametrize("sentence", [
    "Brazil has large lithium and rare-earth deposits and is ranked second worldwide for rare earths.",
    "With big deposits of rare earths and of lithium, Brazil ranks second in the world for rare earths.",
])
def test_the_commodity_after_a_rank_is_the_ranks(checker, sentence: str) -> None:
    # MCS 2025: rare-earth reserves 2024, China 44 Mt, Brazil 21 Mt (second); Brazil is eighth in lithium
    c = one(checker.check(sentence, "2025-10-03"), "rank")
    assert c.claim.commodity == "rare_earths"
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ----------------------------------------------------------------- magnets are made, not refined
@pytest.mark.parametrize("sentence", [
    "China turns out more than 90% of the world's rare earth magnets and processes close to 90% of them.",
    "Chinese plants make most of the world's NdFeB magnets, and China refines around 90 percent of them.",
])
def test_a_refining_share_of_magnets_is_a_share_of_rare_earth_refining(checker, sentence: str) -> None:
    # IEA GCMO 2025: China's share of rare-earth refining ~91% in 2024
    res = checker.check(sentence, "2025-06-20")
    refined = max((c for c in res.checks if c.claim.kind == "share"), key=lambda c: c.claim.span)  # "... of them"
    assert refined.claim.commodity == "rare_earths" and refined.claim.stage == "refining"
    assert refined.verdict.verdict == "supported", refined.verdict.explanation


# ----------------------------------------------------------------- tonnes of lithium carbonate are LCE
@pytest.mark.parametrize("sentence", [
    "Argentina holds 6.4 million tons of lithium carbonate in reserves.",
    "Chile's reserves amount to 9.3 million tonnes of lithium carbonate.",  # the metal-content figure, other basis
])
def test_a_tonnage_of_lithium_carbonate_is_on_another_basis(checker, sentence: str) -> None:
    # MCS 2025 gives lithium reserves as metal content (Chile 9,300,000 t; Argentina 4,000,000 t)
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.claim.basis == "LCE"
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


# ----------------------------------------------------------------- "can count on" a stock: reserves
@pytest.mark.parametrize(("sentence", "country"), [
    ("Vietnam can count on about 22 million tonnes of rare earths.", "VNM"),
    ("Brazil counts on some 21 million tons of rare earths.", "BRA"),
])
def test_counting_on_a_tonnage_is_holding_reserves(checker, sentence: str, country: str) -> None:
    # MCS 2024 (current on 2024-01-31): rare-earth reserves 2023, Vietnam 22 Mt, Brazil 21 Mt
    c = one(checker.check(sentence, "2024-01-31"), "quantity")
    assert c.claim.country == country and c.claim.measure == "reserves"
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ----------------------------------------------------------------- "as high as" stresses, it does not round
@pytest.mark.parametrize("sentence", [
    "China's share of world tungsten mining is as high as 86.42%.",
    "Congo's share of global cobalt output reached as high as 79.31% in 2024.",
])
def test_as_high_as_is_read_at_the_stated_precision(checker, sentence: str) -> None:
    # MCS 2025: tungsten 2024, China 67,000 of 81,000 t (82.7%); cobalt 2024, Congo 220,000 of 290,000 t (75.9%)
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.verdict.verdict == "refuted", c.verdict.explanation
