"""Dominance told by a noun (dominance_nouns.py, README rule 12): a possessive holder
("Congo's dominance of cobalt mining"), "its" with the sentence's first country, and a
predicative "(pre)dominant supplier". Sentences are invented for these tests; the facts
come from the bundled data, USGS MCS 2025 (current 2025-01-31 to 2026-02-05), 2024 mine
production: cobalt Congo (Kinshasa) 220,000 of 290,000 t (first, 76%), Indonesia 28,000 t;
graphite China 1,270,000 t (first); copper Chile first; lithium Australia first.
"""

from __future__ import annotations

import pytest


def ranks(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "rank"]


@pytest.mark.parametrize(("text", "country", "commodity"), [
    ("Investors fret that Congo's dominance of cobalt mining leaves buyers exposed.", "COD", "cobalt"),
    ("Wire makers fear that Chilean dominance in copper mining keeps prices high.", "CHL", "copper"),
    ("Graphite buyers in Europe worry about Beijing's overwhelming grip on the global market.", "CHN", "graphite"),
    ("Canberra courts battery makers from Korea to keep its dominance in the global lithium market.", "AUS", "lithium"),
    ("Anode makers said that, with China still the predominant supplier of graphite, prices could swing.",
     "CHN", "graphite"),
])
def test_noun_dominance_is_first_place(checker, text: str, country: str, commodity: str) -> None:
    r = checker.check(text, "2025-06-01")
    got = ranks(r)
    assert got, text
    assert got[0].claim.country == country and got[0].claim.rank == 1
    assert got[0].claim.commodity == commodity
    assert got[0].verdict.verdict == "supported"


def test_noun_dominance_refuted_for_a_country_not_first(checker) -> None:
    r = checker.check("Indonesia's dominance of cobalt mining worries Western buyers.", "2025-06-01")
    got = ranks(r)
    assert got and got[0].claim.country == "IDN" and got[0].verdict.verdict == "refuted"


def test_total_control_is_a_near_monopoly(checker) -> None:
    r = checker.check("Refiners fear Congo's near-total control over cobalt supply.", "2025-06-01")
    shares = [c for c in r.checks if c.claim.kind == "share"]
    assert shares and shares[0].claim.country == "COD" and shares[0].verdict.verdict == "supported"


@pytest.mark.parametrize("text", [
    # political or technological dominance, a plain "control" (labelled no claim), a place
    "China's geopolitical dominance worries graphite buyers in Europe.",
    "China's control of the graphite market has raised concerns in Europe.",
    "Congo's dominance in Zambia's cobalt belt is growing.",
    # a downstream industry, not the commodity's output
    "Graphite buyers fret over Chile's dominance in the electric car supply chain.",
    # no commodity in the sentence and no market as the noun's object
    "Congo's dominance poses risks to Western industries.",
])
def test_not_market_dominance(checker, text: str) -> None:
    r = checker.check(text, "2025-06-01")
    assert not ranks(r), [c.claim.subject for c in ranks(r)]


def test_unstaged_dominance_matches_the_stage_the_country_leads(checker) -> None:
    # README rule 11 and the thirteenth batch's reading: a supply chain naming no stage is read at
    # mining first, then at refining (IEA CMDE 2025: China first in refined cobalt in 2024)
    got = ranks(checker.check("Carmakers say the cobalt supply chain is dominated by China.", "2025-06-01"))
    assert got and got[0].claim.country == "CHN" and got[0].verdict.verdict == "supported"
    mined = ranks(checker.check("China mines more cobalt than any other country.", "2025-06-01"))
    assert mined and mined[0].verdict.verdict == "refuted"


def test_reduced_relative_set_off_by_commas(checker) -> None:
    got = ranks(checker.check("The graphite supply chain, largely controlled by China, is under strain.", "2025-06-01"))
    assert got and got[0].claim.country == "CHN" and got[0].verdict.verdict == "supported"
