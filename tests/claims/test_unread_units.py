"""The "unread figure" fallback made broader in one way (claims/unread_units.py): a count of
things of the minerals trade and a yuan price per unit of mass are figures too, a forecast or
plan word blocks only the figures of its own clause, and a tonnage or a price per mass in a
sentence naming no commodity is about the article's running topic. Each is reported as an
``unverifiable`` claim naming the data that would settle it; rule-10 non-claims (forecasts,
plans, budgets, company results, market sizes, definitions) stay unreported. Sentences written
for this test."""

from __future__ import annotations

import pytest

from critmin.claims import unread_units

DATE = "2025-06-01"


def _fallbacks(checker, text: str) -> list:  # type: ignore[no-untyped-def]
    r = checker.check(text, DATE)
    return [c for c in r.checks if (c.claim.comparison or {}).get("unread_figure")]


# (text, words of the claim's text, words the explanation must name)
MUST_CLAIM = [
    # a count of things of the minerals trade: a register would settle it
    ("The country operates 12 lithium mines.", "12 lithium mines", "register of the mines"),
    ("Norway counts 9 rare earth deposits along its coast.", "9 rare earth deposits", "register of the deposits"),
    ("China granted 12 export licences for gallium in the month.", "12 export licences", "licences"),
    ("Quebec hosts 27 graphite projects.", "27 graphite projects", "register of the projects"),
    # a yuan price per unit of mass that the yuan price rule did not read
    ("Dysprosium oxide averaged 1,700 yuan per kilogram over the first half.", "1,700 yuan per kilogram",
     "yuan prices of dysprosium"),
    ("Terbium metal sold at 7,500 yuan/kg in April.", "7,500 yuan/kg", "yuan prices of terbium"),
    # a forecast word in ANOTHER clause leaves the fact clause reported
    ("Germanium exports in the first quarter were 39% below the level of a year earlier, while traders "
     "expect a recovery.", "39%", "germanium"),
    ("Germanium exports in the first quarter sat 39% under the level of a year before, amid fears that "
     "Beijing will tighten its curbs.", "39%", "germanium"),
    # a tonnage or price per mass whose sentence names no commodity: the article's running topic
    ("Antimony has become scarce. It traded at 230,000 yuan a tonne in April, a record.", "230,000 yuan a tonne",
     "antimony"),
    ("Antimony is hard to find. It fetched 240,000 yuan per ton in May.", "240,000 yuan per ton", "antimony"),
]


@pytest.mark.parametrize(("text", "claimed", "names"), MUST_CLAIM)
def test_broader_fallback_reports_unverifiable(checker, text: str, claimed: str, names: str) -> None:  # type: ignore[no-untyped-def]
    got = _fallbacks(checker, text)
    assert len(got) == 1, [(c.claim.kind, c.claim.text) for c in checker.check(text, DATE).checks]
    assert claimed in got[0].claim.text
    assert got[0].verdict.verdict == "unverifiable"
    assert names in got[0].verdict.explanation


def test_a_count_is_a_quantity_claim(checker) -> None:  # type: ignore[no-untyped-def]
    (c,) = _fallbacks(checker, "India has identified 35 rare earth blocks for auction.")
    assert c.claim.kind == "quantity" and c.claim.unit == "count" and c.claim.value == 35


MUST_NOT_CLAIM = [
    # definitions of the group: no count of the world
    "Rare earths are a family of 17 metals with similar properties.",
    "The 17 rare earth elements include neodymium and dysprosium.",
    # a count beside a budget
    "The government set aside $500 million for 12 rare earth projects.",
    "Brussels earmarked EUR 2 billion and $300 million for 47 strategic lithium projects.",
    # a plan or forecast in the figure's own clause
    "The country will award 20 lithium blocks at auction next month.",
    "The miner plans to lift lithium output to 40,000 tonnes amid strong demand.",
    "Prices might reach 900,000 yuan per tonne, though traders doubt it.",
    "Under the new programme, 3,000 tonnes of rare earths will be stockpiled.",
    # a market size next to a forecast: a dollar sum stays blocked sentence-wide
    "The rare earth magnet market is worth $20 billion, and it is expected to double by 2030.",
    "The lithium market is valued at $30 billion, while analysts forecast it to triple.",
    # company results
    "Lynas reported revenue of $150 million from rare earths in the quarter.",
]


@pytest.mark.parametrize("text", MUST_NOT_CLAIM)
def test_rule_10_non_claims_stay_unreported(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _fallbacks(checker, text) == []


def test_clauses_cut_at_conjunctions_and_subordinators() -> None:
    sent = "Exports fell 30% in May, while traders expect a rebound after Beijing eases curbs."
    words = frozenset(sent.lower().replace(",", " ").replace(".", " ").split())
    spans = unread_units.clauses(sent, words)
    assert [sent[a:b] for a, b in spans] == ["Exports fell 30% in May", "traders expect a rebound",
                                             "Beijing eases curbs."]
    assert unread_units.clause_of(spans, sent.index("30%")) == spans[0]


def test_clauses_of_a_simple_sentence_is_the_sentence() -> None:
    sent = "Exports fell 30% in May."
    assert unread_units.clauses(sent, frozenset({"exports", "fell", "in", "may"})) == [(0, len(sent))]
