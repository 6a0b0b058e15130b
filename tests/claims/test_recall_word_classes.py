"""Claims found by the word-class fallback of recall.py (issue 6, recall on fresh text): ranks
by market role, passive dominance, changes written as nouns, dependence on a supplier, figures
in moz, koz, tU and pounds, and uranium in the gazetteer. Every sentence is written for these
tests (two phrasings or more per rule); the facts come from the bundled data:

* observations.csv, USGS MCS 2025 (current 2025-01-31 to 2026-02-05), 2024 mine production:
  cobalt Congo (Kinshasa) 220,000 t first, Indonesia 28,000 t second; graphite China first;
  lithium Chile second after Australia.
* No price series by day or month, no trade by partner, no consumption ranks and no uranium
  figures are bundled: claims about them are found and stay unverifiable.
"""

from __future__ import annotations

import pytest

from critmin.claims.recall import triggers

from .conftest import of_kind


# ------------------------------------------------------------------------------- ranks by role
@pytest.mark.parametrize("text", [
    "Indonesia is now the world's second-largest supplier of cobalt.",  # ("has become": rule 15's year)
    "Indonesia, these days the second-biggest source of the world's cobalt, keeps adding smelters.",
])
def test_ordinal_role_is_a_rank(checker, text: str) -> None:
    ranks = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert len(ranks) == 1
    c = ranks[0]
    assert (c.claim.country, c.claim.commodity, c.claim.rank) == ("IDN", "cobalt", 2)
    assert c.verdict.verdict == "supported"


@pytest.mark.parametrize("text", [
    "Chile is the No. 2 lithium producer.",
    "In lithium, Chile remains the number two producer.",
])
def test_numbered_role_is_a_rank(checker, text: str) -> None:
    ranks = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert [(c.claim.country, c.claim.rank) for c in ranks] == [("CHL", 2)]


@pytest.mark.parametrize("text, iso", [
    ("Madagascar is a major exporter of graphite.", "MDG"),
    ("Turkey mines graphite in two provinces, and the nation is a significant exporter of it.", "TUR"),
])
def test_size_adjective_role_is_a_place_among_leaders(checker, text: str, iso: str) -> None:
    ranks = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert len(ranks) == 1
    assert (ranks[0].claim.country, ranks[0].claim.rank_op, ranks[0].claim.measure) == (iso, "among", "exports")


@pytest.mark.parametrize("text", [
    "Glencore, the world's biggest supplier of cobalt, reported weaker volumes.",
    "Albemarle, the leading producer of lithium outside China, opened a new office.",
])
def test_company_in_first_place_is_found_but_unsettled(checker, text: str) -> None:
    ranks = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert len(ranks) == 1
    assert ranks[0].claim.country is None
    assert ranks[0].verdict.verdict == "unverifiable"


def test_consumer_rank_is_found_and_unsettled(checker) -> None:
    for text in ("China is the largest consumer of tungsten.", "Japan ranks as the third-largest importer of gallium."):
        r = checker.check(text, "2025-06-01")
        assert r.checks, text
        assert all(c.verdict.verdict == "unverifiable" for c in r.checks), text


@pytest.mark.parametrize("text", [
    "Jinchuan is a major producer of cobalt in Gansu.",  # a company, no country's place
    "Congo aims to become the largest refiner of cobalt.",  # an ambition (rule 10)
    "Trafigura is a key buyer of cobalt hydroxide.",
])
def test_no_rank_for_companies_with_vague_places_or_ambitions(checker, text: str) -> None:
    assert of_kind(checker.check(text, "2025-06-01"), "rank") == []


# ------------------------------------------------------------------------------- passive dominance
@pytest.mark.parametrize("text", [
    "World graphite supply is dominated by output in China.",
    "For years the graphite trade has been dominated by China.",
])
def test_passive_dominance_is_first_place(checker, text: str) -> None:
    ranks = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert ranks and ranks[0].claim.country == "CHN" and ranks[0].claim.rank == 1
    assert ranks[0].verdict.verdict == "supported"


# ------------------------------------------------------------------------------- changes as nouns
@pytest.mark.parametrize("text, measure", [
    ("Export curbs led to a steep rise in the price of antimony.", "price"),
    ("Weak demand caused a sudden fall in shipments of cobalt from Congo.", "exports"),
    ("Cobalt miners saw sharp declines in output after the ban.", "production"),
])
def test_change_written_as_a_noun(checker, text: str, measure: str) -> None:
    changes = of_kind(checker.check(text, "2025-06-01"), "change")
    assert len(changes) == 1
    assert changes[0].claim.measure == measure and changes[0].claim.change is None
    assert changes[0].verdict.verdict == "unverifiable"


@pytest.mark.parametrize("text", [
    "A further drop in cobalt prices would hurt miners in Congo.",
    "The reasons for the decline in exports of gallium include weak demand.",
])
def test_change_noun_without_a_report_is_no_claim(checker, text: str) -> None:
    assert of_kind(checker.check(text, "2025-06-01"), "change") == []


# ------------------------------------------------------------------------------- dependence
@pytest.mark.parametrize("text", [
    "Japan is heavily reliant on China for rare earths.",
    "Most of the gallium Europe uses is largely sourced from China.",
])
def test_dependence_on_a_supplier_is_a_share(checker, text: str) -> None:
    shares = of_kind(checker.check(text, "2025-06-01"), "share")
    assert len(shares) == 1
    assert shares[0].verdict.verdict == "unverifiable"


@pytest.mark.parametrize("text", [
    "Europe wants to reduce its dependence on China for rare earths.",
    "Japan could become less reliant on China for gallium.",
])
def test_dependence_as_a_wish_is_no_claim(checker, text: str) -> None:
    assert of_kind(checker.check(text, "2025-06-01"), "share") == []


# ------------------------------------------------------------------------------- units and uranium
@pytest.mark.parametrize("text, value, unit", [
    ("South Africa mined 3.9 moz of platinum in 2023.", 3.9e6, "oz"),
    ("The Russian mines turned out 650 koz of palladium in 2023.", 6.5e5, "oz"),
    ("Kazakhstan produced 21,100 tU of uranium in 2023.", 21100.0, "t"),
])
def test_figures_in_unread_units(checker, text: str, value: float, unit: str) -> None:
    qs = of_kind(checker.check(text, "2025-06-01"), "quantity")
    assert len(qs) == 1
    assert qs[0].claim.value == pytest.approx(value) and qs[0].claim.unit == unit
    assert qs[0].verdict.verdict == "unverifiable"


def test_price_per_pound_is_no_quantity_in_pounds(checker) -> None:
    r = checker.check("Cobalt hydroxide traded near $7 a pound in March.", "2025-06-01")
    assert all(c.claim.unit != "lb" for c in r.checks)


@pytest.mark.parametrize("text", [
    "Kazakhstan mined about 21,000 tonnes of uranium in 2023.",
    "Namibia was the third-largest producer of uranium in 2023.",
])
def test_uranium_claims_are_found(checker, text: str) -> None:
    r = checker.check(text, "2025-06-01")
    assert r.checks and all(c.claim.commodity == "uranium" for c in r.checks)
    assert all(c.verdict.verdict == "unverifiable" for c in r.checks)


def test_triggers_are_cheap_word_tests() -> None:
    assert triggers(frozenset(["the", "largest", "supplier"]))
    assert triggers(frozenset(["caused", "a", "drop", "in", "prices"]))
    assert triggers(frozenset(["heavily", "reliant", "on"]))
    assert triggers(frozenset(["mined", "3", "moz"]))
    assert not triggers(frozenset(["the", "mine", "opened", "last", "spring"]))


# ------------------------------------------------------------------------------- verb moves, sites, foreign suppliers
@pytest.mark.parametrize("text", [
    "Indonesia's nickel output continues to rise, deepening its lead.",
    "A wave of new smelters pushed Indonesian exports of nickel to surge.",
])
def test_quantity_moving_after_a_cause_or_as_a_trend(checker, text: str) -> None:
    changes = of_kind(checker.check(text, "2025-06-01"), "change")
    assert len(changes) == 1 and changes[0].claim.change is None


def test_quantity_move_as_a_forecast_is_no_claim(checker) -> None:
    assert of_kind(checker.check("Nickel prices are expected to rise next year.", "2025-06-01"), "change") == []


@pytest.mark.parametrize("text", [
    "Western Australia hosts Greenbushes, the world's biggest hard-rock lithium mine.",
    "Mountain Pass is the sole operating rare earth mine in North America.",
])
def test_place_of_a_site_names_no_country(checker, text: str) -> None:
    ranks = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert len(ranks) == 1
    assert ranks[0].claim.country is None and ranks[0].verdict.verdict == "unverifiable"


@pytest.mark.parametrize("text", [
    "Japan has long been heavily reliant on foreign nations, notably China, for its supply of gallium.",
    "Korea depends on overseas suppliers for almost all of its graphite.",
])
def test_dependence_on_foreign_suppliers(checker, text: str) -> None:
    assert of_kind(checker.check(text, "2025-06-01"), "share")


# ------------------------------------------------------------------------------- lead verbs
@pytest.mark.parametrize("text, iso", [
    ("Australia led lithium output in 2024.", "AUS"),
    ("China topped global graphite production in 2024.", "CHN"),
    ("Congo heads the list of cobalt miners.", "COD"),
])
def test_lead_verb_is_first_place(checker, text: str, iso: str) -> None:
    ranks = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert [(c.claim.country, c.claim.rank) for c in ranks] == [(iso, 1)]
    assert ranks[0].verdict.verdict == "supported"


def test_lead_verb_with_several_countries_is_a_place_in_the_first_n(checker) -> None:
    ranks = of_kind(checker.check("Congo, Indonesia and Russia lead cobalt mining.", "2025-06-01"), "rank")
    assert sorted(c.claim.country for c in ranks) == ["COD", "IDN", "RUS"]
    assert {(c.claim.rank, c.claim.rank_op) for c in ranks} == {(3, "<=")}


def test_lead_as_a_cause_is_no_rank(checker) -> None:
    assert of_kind(checker.check("Higher demand could lead output of nickel in Indonesia to rise.", "2025-06-01"),
                   "rank") == []


# ------------------------------------------------------------------------------- compared with every other country
@pytest.mark.parametrize("text, iso", [
    ("Congo produces more cobalt than any other country.", "COD"),
    ("No country mines more lithium than Australia.", "AUS"),
])
def test_more_than_any_other_is_first_place(checker, text: str, iso: str) -> None:
    ranks = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert [(c.claim.country, c.claim.rank) for c in ranks] == [(iso, 1)]
    assert ranks[0].verdict.verdict == "supported"


@pytest.mark.parametrize("text", [
    "China's graphite output is bigger than that of all other countries combined.",
    "Congo mines more cobalt than all the other producers put together.",
])
def test_more_than_all_others_combined_is_a_share_above_half(checker, text: str) -> None:
    shares = of_kind(checker.check(text, "2025-06-01"), "share")
    assert len(shares) == 1
    assert shares[0].claim.value == 50.0 and shares[0].claim.hedge == "more than"
    assert shares[0].verdict.verdict == "supported"


@pytest.mark.parametrize("text, ratio", [
    ("Cobalt output in Congo is roughly eight times that of Indonesia.", 8.0),
    ("Cobalt output in Congo is about 7.9 times that of Indonesia.", 7.9),
])
def test_times_that_of_is_a_ratio(checker, text: str, ratio: float) -> None:
    comps = of_kind(checker.check(text, "2025-06-01"), "comparison")
    assert len(comps) == 1
    assert comps[0].claim.comparison == {"other": "IDN", "op": "ratio", "ratio": ratio}


@pytest.mark.parametrize("text", [
    "Canada's Teck Resources, the biggest producer of germanium outside China, runs a smelter in Trail.",
    "Chile's SQM, the leading producer of lithium outside Australia, reported its volumes.",
])
def test_company_after_a_country_possessive_holds_the_place(checker, text: str) -> None:
    ranks = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert len(ranks) == 1 and ranks[0].claim.country is None
    assert ranks[0].verdict.verdict == "unverifiable"


@pytest.mark.parametrize("text", [
    "Australia is the biggest supplier of lithium outside China.",
    "Canada is the second-largest producer of nickel after Indonesia among Western allies.",
])
def test_place_in_a_subset_is_no_world_rank_of_the_country(checker, text: str) -> None:
    r = checker.check(text, "2025-06-01")
    assert not [c for c in of_kind(r, "rank") if c.claim.country in ("AUS", "CAN") and c.claim.rank == 1]


# ------------------------------------------------------------------------------- fractions the share reader skips
@pytest.mark.parametrize("text, iso, value, hedge", [
    ("Myanmar supplied roughly a tenth of mined rare earths in 2024.", "MMR", 10.0, "about"),
    ("Australia mines nearly two fifths of the world's lithium.", "AUS", 40.0, "nearly"),
    ("In cobalt, Congo alone turns out over three quarters.", "COD", 75.0, "more than"),
])
def test_fraction_words_are_shares(checker, text: str, iso: str, value: float, hedge: str) -> None:
    shares = of_kind(checker.check(text, "2025-06-01"), "share")
    assert len(shares) == 1
    c = shares[0].claim
    assert (c.country, c.value, c.hedge) == (iso, pytest.approx(value), hedge)


def test_fraction_of_something_else_is_no_share(checker) -> None:
    r = checker.check("The mine runs three shifts, one sixth of them at night, producing graphite.", "2025-06-01")
    assert of_kind(r, "share") == []


# ------------------------------------------------------------------------------- precision guards
@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "Tesla is the largest buyer of lithium hydroxide from the plant.",  # a company's purchases
    "Japan's Sumitomo is the main customer for the nickel matte.",  # a company after a possessive
    "Critics say Europe is too dependent on China for magnets and rare earths.",  # a judgement
    "A tonne of ore yields about 3 lb of uranium.",  # a grade
    "Germany, the EU's largest consumer of rare earths, wants new suppliers.",  # a regional place
])
def test_company_judgement_grade_and_region_give_no_claim(checker, text: str) -> None:
    assert checker.check(text, "2025-06-01").checks == []
