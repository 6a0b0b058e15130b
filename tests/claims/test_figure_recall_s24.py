"""Figure claims the checker missed on the newest readable batches (twenty-fourth session): a rank whose
reference ends the sentence or precedes a joined verb ("the second-largest reserves after Chile.", "...
following China and could play a role") under a subject named by an anaphor; dominance over a bare market
("a market dominated by China") or a hyphenated "China-dominated market", the market being the article's
commodity; a rank stated in a where-clause after a modal clause. Sentences are invented for these tests;
the facts come from the bundled data: USGS MCS 2025 (current 2025-01-31 to 2026-02-05) gives lithium
reserves (2024) Chile 9.3 Mt, Australia 7.0 Mt; rare-earth reserves China 44 Mt, Brazil 21 Mt; nickel
reserves Indonesia 55 Mt, Australia 24 Mt; China first in tungsten and rare-earth mine production."""

from __future__ import annotations

import pytest

from .conftest import of_kind

DAY = "2025-06-01"


def _ranks(checker, text: str) -> list:  # type: ignore[no-untyped-def]
    return of_kind(checker.check(text, DAY), "rank")


# --- a rank's reference that ends the sentence or precedes a joined verb (README rule 7; label C4013)
@pytest.mark.rules_only
@pytest.mark.parametrize(("text", "iso", "commodity"), [
    ("Australia mines lithium. The country possesses the second-largest lithium reserves after Chile.",
     "AUS", "lithium"),
    ("Brazil wants to develop its deposits. The South American country has the second-largest reserves of rare "
     "earth elements following China and could play an important role in diversifying supply chains.",
     "BRA", "rare_earths"),
])
def test_the_anaphor_keeps_the_rank_when_the_reference_ends_its_phrase(checker, text: str, iso: str,
                                                                       commodity: str) -> None:
    got = [c for c in _ranks(checker, text) if c.claim.rank == 2]
    assert len(got) == 1, text
    c = got[0].claim
    assert (c.country, c.commodity, c.measure) == (iso, commodity, "reserves")
    assert got[0].verdict.verdict == "supported"


@pytest.mark.rules_only
def test_a_reference_followed_by_its_own_verb_is_no_reference(checker) -> None:
    # "after China imposed curbs": China is the subject of a clause of its own, the sentence no rank of "it"
    text = "Australia mines lithium. Its exports rose after China imposed new curbs."
    assert _ranks(checker, text) == []


# --- dominance over the article's market (README rule 12; labels C7550, C16331)
@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "Kazakhstan lifted its duties on tungsten. There will be no short-term implications for this China-dominated "
    "market.",
    "Kazakhstan lifted its duties on tungsten. This would make Kazakhstan a new player in a market dominated by China.",
])
def test_dominance_over_the_article_market(checker, text: str) -> None:
    got = [c for c in _ranks(checker, text) if c.claim.country == "CHN"]
    assert len(got) == 1, text
    c = got[0].claim
    assert (c.commodity, c.measure, c.rank, c.rank_op) == ("tungsten", "production", 1, "==")
    assert got[0].verdict.verdict == "supported"


@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    # another market named before "dominated", or the chains of whole industries (non-claim N5597)
    "Kazakhstan lifted its duties on tungsten. It is a new player in the battery market dominated by China.",
    "Kazakhstan lifted its duties on tungsten. The pact moves both countries away from Chinese-dominated supply "
    "chains.",
    "Kazakhstan lifted its duties on tungsten. The China-dominated EV market is growing.",
])
def test_other_markets_are_not_the_article_commodity(checker, text: str) -> None:
    assert [c for c in _ranks(checker, text) if c.claim.country == "CHN"] == [], text


# --- a where-clause of fact after a modal clause (label C9436)
@pytest.mark.rules_only
def test_a_where_clause_states_its_rank(checker) -> None:
    text = ("Indonesia wants a battery industry. Success would have implications far beyond the Southeast Asian "
            "nation, where the president has put the world's largest nickel reserves at the forefront of his plan.")
    got = _ranks(checker, text)
    assert len(got) == 1
    c = got[0].claim
    assert (c.country, c.commodity, c.measure, c.rank) == ("IDN", "nickel", "reserves", 1)
    assert got[0].verdict.verdict == "supported"


@pytest.mark.rules_only
def test_a_modal_where_clause_stays_an_aim(checker) -> None:
    text = "Peru mines copper. The firm could invest in Peru, where miners would become the world's largest producers."
    assert _ranks(checker, text) == []
