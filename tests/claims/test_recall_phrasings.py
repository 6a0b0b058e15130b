"""Recall and verdict rules (issue 6): unsized moves over a span of years,
shares of imports written with "imported by", figures in a relative clause hung on a
country, and shares in words of "the world's supply" whose commodity an earlier sentence
names. Every sentence is written for these tests (two phrasings or more per rule); the
facts come from the bundled data:

* observations.csv, USGS MCS 2023/2024 tungsten mine production, China: 71,000 t (2021,
  MCS 2023), 66,000 t (2022) and 63,000 t (2023, MCS 2024): a fall.
* USGS MCS 2024/2025 rare earths mine production, China: 210,000 t (2022, MCS 2024) and
  270,000 t (2024, MCS 2025): a rise; MCS 2025 world 390,000 t (China 69%).
* import_sources.csv, USGS MCS 2025 Rare Earths p.144: China 70% of U.S. imports of
  rare-earth compounds and metals (2020-23).
* IEA GCMO 2025: China 94% of NdFeB magnet production in 2024.
* USGS MCS 2025 graphite and tungsten: China first, well above half of world mining.
"""

from __future__ import annotations

import pytest

from critmin.claims.period_move import VAGUE_SPAN_YEARS, change_period

from .conftest import of_kind


# ------------------------------------------------------------------ spans of unsized moves
def test_change_period_reads_spans() -> None:
    assert change_period("Output has risen since 2019 thanks to new mines.") == ("since", 2019)
    assert change_period("Output has slipped in recent years.") == ("span", VAGUE_SPAN_YEARS)
    assert change_period("Mining has grown over the past few years.") == ("span", VAGUE_SPAN_YEARS)
    assert change_period("Output rose 5% in 2023.") is None
    assert change_period("A recent report says output rose.") is None


@pytest.mark.parametrize("text", [
    "China's tungsten mining output has been sliding in recent years as licences were cut.",
    "Tungsten production in China has declined over the past few years.",
])
def test_fall_over_recent_years_is_checked_by_sign(checker, text: str) -> None:
    changes = of_kind(checker.check(text, "2024-03-01"), "change")
    assert len(changes) == 1
    assert changes[0].claim.country == "CHN"
    assert changes[0].verdict.verdict == "supported", changes[0].verdict.explanation


@pytest.mark.parametrize("text", [
    "China's rare earth output has risen over recent years.",
    "In recent years China has increased its rare earth production.",
])
def test_rise_over_recent_years_is_checked_by_sign(checker, text: str) -> None:
    changes = of_kind(checker.check(text, "2025-06-01"), "change")
    assert len(changes) == 1
    assert changes[0].verdict.verdict == "supported", changes[0].verdict.explanation


@pytest.mark.parametrize("text", [
    "China's rare earth output has fallen in recent years.",
    "Rare earth production in China has declined over the last few years.",
])
def test_wrong_direction_over_recent_years_is_refuted(checker, text: str) -> None:
    changes = of_kind(checker.check(text, "2025-06-01"), "change")
    assert len(changes) == 1
    assert changes[0].verdict.verdict == "refuted", changes[0].verdict.explanation


# ------------------------------------------------------------------ shares of imports
@pytest.mark.parametrize("text", [
    "Some 70% of the rare earths imported by the United States come from China.",
    "About 70% of rare earth compounds imported into the U.S. were sourced from China.",
])
def test_imported_by_names_the_buyer(checker, text: str) -> None:
    shares = of_kind(checker.check(text, "2025-05-01"), "share")
    assert len(shares) == 1
    assert shares[0].claim.country == "CHN"
    assert shares[0].verdict.verdict == "supported", shares[0].verdict.explanation


# ------------------------------------------------------------------ relative clause on a country
@pytest.mark.parametrize("text", [
    "Despite the new plant, Japan still relies on China, which produces 90% of the world's rare earth magnets.",
    "Even with this factory, Europe leans on China, which makes about 90% of global rare earth magnet output.",
])
def test_figure_in_relative_clause_is_the_countrys(checker, text: str) -> None:
    shares = of_kind(checker.check(text, "2025-12-01"), "share")
    assert len(shares) == 1
    assert shares[0].claim.country == "CHN"
    assert shares[0].verdict.verdict == "supported", shares[0].verdict.explanation


def test_plant_still_scopes_its_own_figure(checker) -> None:
    text = "The new magnet plant in Estonia will make 2,000 t of rare earth magnets a year."
    for c in checker.check(text, "2025-12-01").checks:
        assert c.verdict.verdict != "supported"


# ------------------------------------------------------------------ shares in words
@pytest.mark.parametrize("text", [
    "Rare earths feed magnet makers. China controls most of the world's supply, and its licences decide who gets any.",
    "Rare earths are hard to replace. China produces the bulk of the world's output.",
])
def test_world_supply_takes_the_article_commodity(checker, text: str) -> None:
    shares = of_kind(checker.check(text, "2025-10-30"), "share")
    assert len(shares) == 1
    c = shares[0]
    assert (c.claim.country, c.claim.commodity, c.claim.measure) == ("CHN", "rare_earths", "production")
    assert c.verdict.verdict == "supported", c.verdict.explanation


def test_world_supply_chains_are_no_share(checker) -> None:
    text = "Rare earths are hard to replace. China shapes most of the world's supply chains."
    assert of_kind(checker.check(text, "2025-10-30"), "share") == []


@pytest.mark.parametrize("text", [
    "The vast majority of tungsten mining takes place in China.",
    "Most graphite production occurs in China.",
])
def test_share_located_by_occurs_in(checker, text: str) -> None:
    shares = of_kind(checker.check(text, "2025-06-01"), "share")
    assert len(shares) == 1
    assert shares[0].claim.country == "CHN"
    assert shares[0].verdict.verdict == "supported", shares[0].verdict.explanation


# ------------------------------------------------------------------ ranks
@pytest.mark.parametrize("text", [
    "Cobalt goes into most batteries. The DRC is the main producer, and Indonesia comes next.",
    "Graphite anodes need a steady feed. China remains the top supplier, by a wide margin.",
])
def test_country_is_the_role_takes_the_article_commodity(checker, text: str) -> None:
    ranks = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert len(ranks) == 1
    assert ranks[0].claim.rank == 1
    assert ranks[0].verdict.verdict == "supported", ranks[0].verdict.explanation


def test_company_role_takes_no_article_commodity(checker) -> None:
    text = "Graphite anodes need a steady feed. Syrah is the main supplier to the plant."
    assert of_kind(checker.check(text, "2025-06-01"), "rank") == []


@pytest.mark.parametrize("text", [
    "New mines are eroding China's position as a monopolistic supplier of rare earths.",
    "China acts as a monopoly supplier of rare earths.",
])
def test_monopolistic_supplier_is_first_place(checker, text: str) -> None:
    ranks = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert len(ranks) == 1
    assert (ranks[0].claim.country, ranks[0].claim.rank) == ("CHN", 1)
    assert ranks[0].verdict.verdict == "supported", ranks[0].verdict.explanation


@pytest.mark.parametrize("text", [
    "China is the leading producer of rare earth magnets.",
    "For NdFeB magnets, China remains the dominant producer.",
])
def test_first_place_from_a_published_share_above_half(checker, text: str) -> None:
    ranks = of_kind(checker.check(text, "2025-12-01"), "rank")
    assert len(ranks) == 1
    assert ranks[0].claim.commodity == "ndfeb_magnets"
    assert ranks[0].verdict.verdict == "supported", ranks[0].verdict.explanation


def test_second_place_is_not_read_from_a_share(checker) -> None:
    text = "Japan is the second-largest producer of rare earth magnets."
    ranks = of_kind(checker.check(text, "2025-12-01"), "rank")
    assert len(ranks) == 1
    assert ranks[0].verdict.verdict == "unverifiable"


# ------------------------------------------------------------------ bracketed shares
# USGS MCS 2024 antimony reserves (2023): China 640,000 t, Russia 350,000 t, Bolivia 310,000 t,
# Australia 140,000 t of more than 2,000,000 t (rule 7: the bound is the denominator);
# MCS 2025 cobalt mine production (2024): Congo (Kinshasa) 220,000 t, Indonesia 28,000 t of 290,000 t.
@pytest.mark.parametrize(("text", "date", "want"), [
    ("Most other antimony reserves sit in Bolivia (15.5%) and Australia (7%).", "2024-08-22", {"BOL", "AUS"}),
    ("Antimony reserves are spread across China (32%), Russia (17.5%) and Bolivia (15.5%).", "2024-08-22",
     {"CHN", "RUS", "BOL"}),
    ("Cobalt mine production was led by Congo (Kinshasa) (76%) and Indonesia (10%).", "2025-06-01", {"COD", "IDN"}),
])
def test_bracketed_shares_after_countries(checker, text: str, date: str, want: set[str]) -> None:
    shares = of_kind(checker.check(text, date), "share")
    assert {c.claim.country for c in shares} == want
    assert all(c.verdict.verdict == "supported" for c in shares), [c.verdict.explanation for c in shares]


def test_bracketed_wrong_share_is_refuted(checker) -> None:
    shares = of_kind(checker.check("Antimony reserves are held mostly by China (60%).", "2024-08-22"), "share")
    assert len(shares) == 1 and shares[0].verdict.verdict == "refuted"


@pytest.mark.parametrize("text", [
    "Lynas shares rose in Australia (4%) and the US (2%) after its antimony news.",
    "Antimony sales grew in China (12%) and Russia (5%).",
])
def test_bracketed_percent_of_other_things_is_no_world_share(checker, text: str) -> None:
    for c in of_kind(checker.check(text, "2024-08-22"), "share"):
        assert c.verdict.verdict != "supported"


# ------------------------------------------------------------------ a figure's own verb and clause
# USGS MCS 2025: China 270,000 t of 390,000 t rare-earth mine production in 2024 (69.2%);
# IEA GCMO 2025: China 91% of rare-earth refining in 2024.
@pytest.mark.parametrize("text", [
    "China mines about 69% of the world's rare earths, refines around 90%, and controls the heavy rare earth trade.",
    "Today China produces 69% of global rare earths, processes about 90%, and dominates the heavy rare earth chain.",
])
def test_each_share_keeps_its_own_verb_and_clause(checker, text: str) -> None:
    shares = sorted(of_kind(checker.check(text, "2025-09-01"), "share"), key=lambda c: c.claim.value)
    assert [c.claim.value for c in shares] == [69.0, 90.0]
    assert shares[0].claim.stage != "refining"
    assert shares[1].claim.basis is None
    assert all(c.verdict.verdict == "supported" for c in shares), [c.verdict.explanation for c in shares]


def test_subset_in_the_figures_own_phrase_still_counts(checker) -> None:
    text = "China refines about 99% of the world's heavy rare earths, and exports a share of them."
    shares = of_kind(checker.check(text, "2025-09-01"), "share")
    assert len(shares) == 1 and shares[0].claim.basis == "heavy rare earths"


@pytest.mark.parametrize("text", [
    "China holds 92% of global rare earth output at the processing stage.",
    "Beijing's firms handle about 91% of world rare earth supply at the refining level, by most counts, in China.",
])
def test_stage_named_after_the_share(checker, text: str) -> None:
    shares = of_kind(checker.check(text, "2025-10-20"), "share")
    assert len(shares) == 1 and shares[0].claim.stage == "refining"
    assert shares[0].verdict.verdict == "supported", shares[0].verdict.explanation


# ------------------------------------------------------------------ shares of the countries just listed
# USGS MCS 2024 antimony reserves (2023): China 640,000 t + Russia 350,000 t of more than
# 2,000,000 t (49.5% over the bound); MCS 2025 cobalt (2024): Congo (Kinshasa) 220,000 t +
# Indonesia 28,000 t of 290,000 t (85.5%).
@pytest.mark.parametrize(("text", "date", "verdict"), [
    ("China holds 32% of the world's antimony reserves and Russia 17.5% of world reserves, so the two "
     "hold about 50% of the world's antimony reserves.", "2024-08-22", "supported"),
    ("Congo (Kinshasa) mined 76% of the world's cobalt and Indonesia 10% of world output, which means both "
     "mined 86% of global cobalt output.", "2025-06-01", "supported"),
    ("Congo (Kinshasa) mined 76% of the world's cobalt and Indonesia 10% of world output, so both "
     "mined 60% of global cobalt output.", "2025-06-01", "refuted"),
])
def test_share_of_the_two_is_their_sum(checker, text: str, date: str, verdict: str) -> None:
    shares = of_kind(checker.check(text, date), "share")
    grouped = [c for c in shares if (c.claim.comparison or {}).get("countries")]
    assert len(grouped) == 1, [(c.claim.country, c.claim.value) for c in shares]
    assert len(grouped[0].claim.comparison["countries"]) == 2
    assert grouped[0].verdict.verdict == verdict, grouped[0].verdict.explanation


def test_count_that_does_not_fit_the_list_groups_nothing(checker) -> None:
    text = ("China holds 32% of the world's antimony reserves and Russia 17.5% of world reserves, while three "
            "others hold 36% of world antimony reserves.")
    shares = of_kind(checker.check(text, "2024-08-22"), "share")
    assert not any((c.claim.comparison or {}).get("countries") for c in shares)


# ------------------------------------------------------------------ "since" an event in a year
# USGS MCS 2023/2024 antimony mine production: United States 0 t (2021-2023); Australia 4,000 t (2021).
@pytest.mark.parametrize(("text", "verdict"), [
    ("The US has not mined antimony since the closure of its last mine in 2001.", "supported"),
    ("The U.S. has had no antimony mining since the shutdown of a mine in Idaho in 2001.", "supported"),
    ("Australia has not mined antimony since the closure of its mine in 2001.", "refuted"),
])
def test_zero_output_since_an_event_year(checker, text: str, verdict: str) -> None:
    qs = of_kind(checker.check(text, "2024-08-22"), "quantity")
    assert len(qs) == 1
    assert (qs[0].claim.comparison or {}).get("since") == 2001
    assert qs[0].verdict.verdict == verdict, qs[0].verdict.explanation
