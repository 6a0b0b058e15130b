"""Dominance asserted in passing (README rules 12 and 17 (d), twenty-first session): forms the
dominance readers missed on the readable batches. Sentences are invented for these tests; the
facts come from the bundled data, USGS MCS 2025 (current 2025-01-31 to 2026-02-05), 2024 mine
production: cobalt Congo (Kinshasa) 220,000 of 290,000 t (first, 76 %); graphite China
1,270,000 t (first, more than half)."""

from __future__ import annotations

import pytest

DAY = "2025-06-01"


def ranks(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "rank"]


def shares(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "share"]


@pytest.mark.parametrize(("text", "country", "commodity"), [
    # a left quote typed for the apostrophe, under a wish ("want to break"): still presupposed
    ("Western buyers want to break China\u2018s dominance of graphite mining.", "CHN", "graphite"),
    ("Western governments want to break China's dominance of rare earth processing.", "CHN", "rare_earths"),
    # a noun referring back to the market an earlier sentence names
    ("Cobalt is mined on four continents. Still, Congo's dominance of these metals worries buyers.", "COD", "cobalt"),
    # "historically" between the subject and its verb; "this market" refers back
    ("Graphite is a battery mineral. With China historically dominating this market, Western firms look abroad.",
     "CHN", "graphite"),
    # the noun "domination"
    ("Traders talk about Congo's near-total domination over cobalt supply.", "COD", "cobalt"),
    # a holder's position as the leader
    ("The deal cements China's position as a global leader in graphite mining.", "CHN", "graphite"),
    # an attribution set off by commas between the subject and its verb
    ("Buyers look beyond Congo, which, according to the Associated Press, dominates cobalt mining.", "COD", "cobalt"),
])
def test_dominance_in_passing_is_first_place(checker, text: str, country: str, commodity: str) -> None:
    got = ranks(checker.check(text, DAY))
    assert got, text
    assert (got[0].claim.country, got[0].claim.commodity, got[0].claim.rank) == (country, commodity, 1)
    assert got[0].verdict.verdict == "supported"


def test_dash_apposition_names_what_is_dominated(checker) -> None:
    # the plan ("aims to") governs the main clause, not the reduced relative after the dash
    got = ranks(checker.check("Europe aims to expand the mining of graphite\u2014a sector currently dominated by China"
                              "\u2014within a decade.", DAY))
    assert got and got[0].claim.country == "CHN" and got[0].claim.commodity == "graphite"


def test_comma_apposition_is_not_dropped_as_a_plan(checker) -> None:
    got = ranks(checker.check("Japan is aiming to expand its mining of cobalt, a sector currently dominated by Congo.",
                              DAY))
    assert got and got[0].claim.country == "COD" and got[0].verdict.verdict == "supported"


def test_forecast_clause_does_not_reach_across_a_semicolon(checker) -> None:
    got = ranks(checker.check("Cobalt demand is projected to double by 2035; officials also cite Congo's dominance of "
                              "cobalt mining.", DAY))
    assert got and got[0].claim.country == "COD"


@pytest.mark.parametrize(("text", "country"), [
    ("Cobalt is a battery metal. Congo controls a majority of the supply chain.", "COD"),
    ("Graphite is a battery mineral. Buyers rely on China, which accounts for the bulk of both mining and "
     "processing activity.", "CHN"),
])
def test_majority_of_a_stage_of_the_article_commodity(checker, text: str, country: str) -> None:
    got = shares(checker.check(text, DAY))
    assert got and got[0].claim.country == country and got[0].claim.value == 50.0
    assert got[0].verdict.verdict == "supported"


@pytest.mark.parametrize("text", [
    # a firm's position, not a country's
    "The new line reinforces its position as a global leader in the graphite market.",
    # a dominance that is only aimed at
    "China aims to dominate graphite refining by 2030.",
    # a back-reference to something that is no market ("this area")
    "Cobalt is mined on four continents. Congo's dominance in this area of diplomacy is new.",
])
def test_not_dominance_claims(checker, text: str) -> None:
    got = ranks(checker.check(text, DAY))
    assert not got, [c.claim.subject for c in got]
