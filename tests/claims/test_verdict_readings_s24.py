"""Verdict readings of the twenty-fourth session (issue 6): shares that tell a carried country
apart, dominance told by "dominant position", figures finer than the data, and the sole US
rare-earth producer (README rules 5, 8, 12, 21d).

Reference figures (``src/critmin/data/observations.csv``): USGS MCS 2025, mine production 2024:
cobalt Congo (Kinshasa) 220,000 of world 290,000 t (75.9 %), United States 300 t; rare earths
China 270,000, United States 45,000 of world 390,000 t REO; gallium (primary, low purity) China
750,000 of 760,000 kg. USGS MCS 2024, mine production 2023: cobalt world 230,000 t; graphite
Mozambique 2023 absent, MCS 2025 98,000 t. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from critmin.claims import verdict as _v
from critmin.claims.model import Claim, Verdict
from critmin.claims.subject_scope import sole_producer_country

MID_2025 = "2025-06-01"


def _verdicts(result, kind: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.verdict.verdict for c in result.checks if c.claim.kind == kind]


# -- a share of the world refits a carried country (carried_fit.py) -------------------------------

US_FIRST = "The United States wants to secure supplies of battery metals, officials said on Monday.\n\n"
CONGO_BETWEEN = "Congo (Kinshasa) is in central Africa.\n\n"


def test_a_world_share_refits_a_carried_country_it_fits_alone(checker) -> None:  # type: ignore[no-untyped-def]
    # the paragraph before names the US; over 70 % of world cobalt mining fits Congo alone (75.9 %; China's
    # 78 % of cobalt refining would fit an unstaged "produces" too, and then no country is found)
    got = checker.check(US_FIRST + "It mines over 70% of the world's cobalt, a key battery mineral.", MID_2025)
    shares = [c for c in got.checks if c.claim.kind == "share"]
    assert shares and shares[0].claim.country == "COD", [c.claim.country for c in shares]
    assert shares[0].verdict.verdict == "supported", shares[0].verdict.explanation


def test_a_percentage_without_the_world_does_not_refit(checker) -> None:  # type: ignore[no-untyped-def]
    # a grade is no share of world output: no country is found for it, nothing is supported
    got = checker.check("South Africa's Rainbow is building a plant.\n\n"
                        "Rainbow confirmed it has produced a rare earth product averaging over 55% TREO.", MID_2025)
    assert "supported" not in _verdicts(got, "share")


# -- "dominant position" is a dominance noun (dominance_nouns.py, qualitative.py) -----------------

@pytest.mark.rules_only
@pytest.mark.parametrize("sentence", [
    "Buyers worry about China's dominant position in the gallium market.",
    "China's dominant role in gallium supply worries buyers.",
    "Gallium is a key raw material for semiconductors, and China completely dominates the global market.",
    "China retains dominant influence over global gallium refining, analysts said.",
])
def test_dominant_position_reads_as_first_place(checker, sentence: str) -> None:  # type: ignore[no-untyped-def]
    ranks = [c for c in checker.check(sentence, MID_2025).checks if c.claim.kind == "rank"]
    assert ranks, sentence
    assert ranks[0].claim.country == "CHN" and ranks[0].claim.rank == 1
    assert ranks[0].verdict.verdict == "supported", ranks[0].verdict.explanation


@pytest.mark.rules_only
@pytest.mark.parametrize("sentence", [
    "Beijing's dominant position in politics worries diplomats.",  # no commodity, no market
    "China only dominates the debate, not the gallium market.",    # "only" is no adverb of degree here
])
def test_dominance_phrases_without_a_market_are_not_ranks(checker, sentence: str) -> None:  # type: ignore[no-untyped-def]
    ranks = [c for c in checker.check(sentence, MID_2025).checks if c.claim.kind == "rank"]
    assert not [c for c in ranks if c.verdict.verdict == "supported"], [c.verdict.explanation for c in ranks]


# -- a figure finer than the data: read at the data's precision (verdict.py) ----------------------

def test_last_digit_step() -> None:
    assert _v._last_digit_step(230000.0) == 10000.0
    assert _v._last_digit_step(45500.0) == 100.0
    assert _v._last_digit_step(45455.0) == 1.0
    assert _v._last_digit_step(1794.824) == pytest.approx(0.001)
    assert _v._last_digit_step(0.0) is None


def test_a_finer_world_figure_holds_at_the_datas_precision(checker) -> None:  # type: ignore[no-untyped-def]
    # MCS 2024 (current in September 2024): world cobalt 230,000 t in 2023; 232,000 rounds to it
    got = checker.check("The world mined 232,000 tonnes of cobalt in 2023.", "2024-09-12")
    assert _verdicts(got, "quantity") == ["supported"], [c.verdict.explanation for c in got.checks]


def test_a_finer_figure_that_does_not_round_to_the_data_is_refuted(checker) -> None:  # type: ignore[no-untyped-def]
    # MCS 2025: Mozambique 98,000 t of graphite in 2023; 97,346 t rounds to 97,000 t (C5772)
    got = checker.check("Mozambique produced 97,346 tonnes of graphite in 2023.", "2025-04-08")
    assert _verdicts(got, "quantity") == ["refuted"], [c.verdict.explanation for c in got.checks]


def test_a_figure_as_coarse_as_the_data_keeps_its_own_precision(checker) -> None:  # type: ignore[no-untyped-def]
    # 220,000 t at its own precision (nearest 10,000) against world cobalt 230,000 t (238,000 t in MCS 2025): wrong
    got = checker.check("The world mined 220,000 tonnes of cobalt in 2023.", "2024-09-12")
    assert _verdicts(got, "quantity") == ["refuted"], [c.verdict.explanation for c in got.checks]


# -- the sole US rare-earth producer (README rule 21d) --------------------------------------------

def test_mp_materials_reo_output_is_settled_by_the_us_mine_row(checker) -> None:  # type: ignore[no-untyped-def]
    # MCS 2025 (current on 2025-02-20): US mine production 45,000 t REO in 2024
    got = checker.check("For the full year 2024, MP Materials produced a record 45,455 metric tons of REO in "
                        "concentrate.", "2025-02-20")
    assert _verdicts(got, "quantity") == ["supported"], [c.verdict.explanation for c in got.checks]


def test_another_firms_output_stays_a_company_figure(checker) -> None:  # type: ignore[no-untyped-def]
    got = checker.check("In 2024, Lynas produced 45,000 metric tons of REO.", "2025-02-20")
    assert _verdicts(got, "quantity") == ["unverifiable"]


def test_sole_producer_needs_the_company_verdict_and_the_commodity() -> None:
    claim = Claim(sentence="x", span=(0, 1), kind="quantity", text="x", sentence_span=(0, 1),
                  commodity="rare_earths", measure="production", value=45455.0, unit="t")
    scoped = Verdict("unverifiable", "the figure is for a company ('MP Materials'), not a country total")
    assert sole_producer_country(claim, scoped) == "USA"
    other = Verdict("unverifiable", "the figure is for a company ('Lynas'), not a country total")
    assert sole_producer_country(claim, other) is None
    lithium = Claim(sentence="x", span=(0, 1), kind="quantity", text="x", sentence_span=(0, 1),
                    commodity="lithium", measure="production", value=1.0, unit="t")
    assert sole_producer_country(lithium, scoped) is None


# -- a named buyer's share from a country is an import share (verdict._consumer_share) ------------

@pytest.mark.parametrize("sentence", [
    "Today, over 90% of the EU's rare earth magnets come from China.",
    "Today, more than 90% of rare earth magnets used in Europe come from China.",
])
def test_a_buyers_share_from_china_is_no_production_share(checker, sentence: str) -> None:  # type: ignore[no-untyped-def]
    # IEA GCMO 2025's ~94 % of magnet output would support a production share; the EU's import
    # sources are not in the bundle (import_sources.csv holds US buyers only)
    assert _verdicts(checker.check(sentence, "2025-12-03"), "share") == ["unverifiable"]


def test_the_worlds_share_from_china_stays_a_production_share(checker) -> None:  # type: ignore[no-untyped-def]
    got = checker.check("About 90% of the world's rare earth magnets come from China.", "2025-12-03")
    assert _verdicts(got, "share") == ["supported"], [c.verdict.explanation for c in got.checks]


def test_a_us_import_share_is_still_read_from_import_sources(checker) -> None:  # type: ignore[no-untyped-def]
    # MCS 2025: 70 % of US imports of rare-earth compounds and metals (2020-2023) came from China
    got = checker.check("For example, 70% of the rare earths imported by the US come from China.", "2025-12-03")
    assert _verdicts(got, "share") == ["supported"], [c.verdict.explanation for c in got.checks]


@pytest.mark.parametrize("text", [
    # formerly company or mine figures left unverifiable; README rule 21 (d): the US row settles them
    "US miner MP Materials produced 45,000 tonnes of rare earths in 2024.",
    "In 2024 the Mountain Pass mine in California yielded 45,000 t of rare earths.",
    "The United States' only producer delivered 45,000 tonnes of rare earths in 2024 at Mountain Pass.",
])
def test_the_sole_us_producer_is_settled_by_the_us_row(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    # MCS 2025 (current in June 2025): US mine production 45,000 t REO in 2024
    got = [c for c in checker.check(text, MID_2025).checks if c.claim.kind == "quantity"]
    assert got and {c.verdict.verdict for c in got} == {"supported"}, [c.verdict.explanation for c in got]
