"""Event claims without a date of their own (issue 6): terms of a deal, company and
state transactions, plant operations and measures announced for a day near the article.

The facts come from the bundled ``events.csv`` rows (the US-Ukraine Reconstruction Investment
Fund agreement of 30 April 2025: 50/50 governance, half of the revenue from new licences,
Ukraine keeps its subsoil; the US Department of Defense's purchase of MP Materials preferred
stock and its NdPr price floor of 10 July 2025). The sentences are written for these tests.
"""

from __future__ import annotations

import re

import pytest

from critmin import claims
from critmin.claims.event_terms import (
    TERM_EVENT_TYPES,
    company_deal_elsewhere,
    term_claims,
    term_triggers,
)
from critmin.dataset import DATA_DIR

_DEAL_OPENING = "Washington and Kyiv signed their long-negotiated minerals agreement this week."


def _verdicts(text: str, date: str, needle: str) -> list[tuple[str | None, str]]:
    """(event type, verdict) of the event claims in the sentence holding ``needle``."""
    res = claims.check(text, date=date)
    return [((c.claim.event or {}).get("type"), c.verdict.verdict) for c in res.checks
            if c.claim.kind == "event" and needle.strip() in c.claim.sentence]


def _sentence_events(text: str, date: str) -> list[tuple[str | None, str]]:
    res = claims.check(text, date=date)
    return [((c.claim.event or {}).get("type"), c.verdict.verdict) for c in res.checks if c.claim.kind == "event"]


def _words(s: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", s.lower()))


# -- terms of a deal ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Under the pact, Ukraine keeps title to the mineral wealth beneath its soil.",
    "The accord lets Kyiv retain ownership of the deposits on its territory.",
])
def test_term_the_deal_row_states_is_supported(sentence: str) -> None:
    text = f"{_DEAL_OPENING}\n\n{sentence}"
    got = _verdicts(text, "2025-05-03", sentence)
    assert ("deal_term", "supported") in got


@pytest.mark.parametrize("sentence", [
    "The fund will be governed by the two sides on an equal footing.",
    "Both countries will manage the new fund jointly, officials in Kyiv said.",
])
def test_joint_governance_is_supported(sentence: str) -> None:
    text = f"{_DEAL_OPENING}\n\n{sentence}"
    assert ("deal_term", "supported") in _verdicts(text, "2025-05-03", sentence)


@pytest.mark.parametrize("sentence", [
    "Under the agreement, American buyers gain exclusive rights to purchase Ukrainian lithium.",
    "The deal also gives Washington a veto over sales of Ukrainian ore to third countries.",
])
def test_term_the_row_does_not_state_is_unverifiable(sentence: str) -> None:
    text = f"{_DEAL_OPENING}\n\n{sentence}"
    got = _verdicts(text, "2025-05-03", sentence)
    assert got and all(v == "unverifiable" for _, v in got)


@pytest.mark.parametrize("sentence", [
    "Under the accord, Ukraine will put 30% of the licence revenues into the fund.",
    "Under the deal, the fund will receive 70 percent of the proceeds from new permits.",
])
def test_term_with_a_wrong_share_is_partly_supported(sentence: str) -> None:
    # the row: half of the revenue from new licences; the share is wrong, the revenue term right
    text = f"{_DEAL_OPENING}\n\n{sentence}"
    assert ("deal_term", "partly_supported") in _verdicts(text, "2025-05-03", sentence)


def test_term_with_only_a_wrong_share_is_refuted() -> None:
    sentence = "Under the accord, the fund will receive 70%."
    text = f"{_DEAL_OPENING}\n\n{sentence}"
    assert ("deal_term", "refuted") in _verdicts(text, "2025-05-03", sentence)


def test_old_deal_is_not_the_deal_its_terms_describe() -> None:
    # two years after the agreement, a new deal's terms are not checked against it
    sentence = "Under the accord, Ukraine will put 30% of the licence revenues into the fund."
    text = f"{_DEAL_OPENING}\n\n{sentence}"
    got = _verdicts(text, "2027-05-03", sentence)
    assert all(v == "unverifiable" for _, v in got)


@pytest.mark.parametrize("sentence", [
    "The fund could eventually hold stakes in mining projects.",
    "Kyiv hopes the agreement will give it access to American capital.",
])
def test_intentions_are_no_term(sentence: str) -> None:
    text = f"{_DEAL_OPENING}\n\n{sentence}"
    assert not any(t in TERM_EVENT_TYPES for t, _ in _verdicts(text, "2025-05-03", sentence))


# -- transactions --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The Pentagon now holds preferred shares in rare earth miner MP Materials, making it its largest shareholder.",
    "Washington took an equity stake in the Mountain Pass operator MP Materials this summer.",
])
def test_state_stake_in_a_company_is_supported(sentence: str) -> None:
    got = _sentence_events(sentence, "2025-09-01")
    assert ("transaction", "supported") in got


@pytest.mark.parametrize("sentence", [
    "A ten-year minimum price for NdPr, guaranteed by the defence department, backs MP Materials.",
    "MP Materials now has a price floor for its NdPr output for the next 10 years.",
])
def test_price_floor_is_supported(sentence: str) -> None:
    got = _sentence_events(sentence, "2025-09-01")
    assert any(v == "supported" for _, v in got)


def test_transaction_of_parties_the_table_lacks_is_unverifiable() -> None:
    got = _sentence_events("Glencore bought a 10% stake in a Canadian nickel refiner.", "2025-09-01")
    assert got and all(v == "unverifiable" for _, v in got)


def test_company_deal_is_no_state_agreement() -> None:
    e = {"type": "agreement", "actors": "USA;CHN", "commodities": "rare_earths"}
    ev = {"actors": ["USA"]}
    data = str(DATA_DIR)
    assert company_deal_elsewhere("American miner MP Materials signed a memorandum with a Saudi firm.", ev, e, data)
    assert not company_deal_elsewhere("The US government and MP Materials signed a memorandum.", ev, e, data)
    assert not company_deal_elsewhere("The US and China signed a memorandum on tariffs.", ev, e, data)


# -- plant and mine operations ------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The antimony smelter in Guangxi was shut down in March after power shortages.",
    "Output at the tungsten mine resumed last month after a two-year halt.",
    "The producer said on Monday it would put its lithium plant into care and maintenance.",
    "The Australian miner has placed its nickel operations in care and maintenance.",
])
def test_plant_operation_is_an_unverifiable_event(sentence: str) -> None:
    got = _sentence_events(sentence, "2024-06-01")
    assert got and all(v == "unverifiable" for _, v in got)


@pytest.mark.parametrize("sentence", [
    "The company plans to restart the lithium refinery next year.",
    "Analysts expect the nickel smelter to reopen once prices recover.",
    "Revenue rose sharply last quarter as the cobalt plant ramped up.",
])
def test_plans_and_results_are_no_operation(sentence: str) -> None:
    assert not any(t == "operation" for t, _ in _sentence_events(sentence, "2024-06-01"))


# -- measures announced for a day near the article ---------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Beijing will begin restricting shipments of antimony this weekend, the ministry said.",
    "The US will impose new duties on imported palladium from Russia, the miner said.",
])
def test_announced_measure_is_a_claim(sentence: str) -> None:
    assert _sentence_events(sentence, "2024-09-12")


def test_possible_measure_is_no_announcement() -> None:
    got = term_claims(s := "China could restrict exports of the metal next week, traders said.", 0, len(s),
                      _words(s), ["CHN"], ["antimony"], [])
    assert got == []


# -- the gate --------------------------------------------------------------------------------------
def test_gate_skips_sentences_without_the_trigger_words() -> None:
    assert not term_triggers(_words("China mined 270,000 tonnes of rare earths in 2024."))["deal_terms"]
    assert term_triggers(_words("Under the deal, the fund keeps ownership of its assets."))["deal_terms"]
    assert term_triggers(_words("The plant was commissioned in 2019."))["deal_terms"]


# -- wider forms --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The export credit agency approved a A$50 million loan for the graphite refinery last year.",
    "The lithium developer secured a conditional grant from the energy ministry in March.",
])
def test_loans_and_grants_given_are_transactions(sentence: str) -> None:
    assert any(t in ("transaction", "funding") for t, _ in _sentence_events(sentence, "2024-06-01"))


@pytest.mark.parametrize("sentence", [
    "The Malaysian rare earth plant came online in 2012 after years of protests.",
    "The cobalt refinery produced its first batch of sulphate in January.",
])
def test_plants_starting_are_operations(sentence: str) -> None:
    assert ("operation", "unverifiable") in _sentence_events(sentence, "2024-06-01")


def test_a_fund_named_with_a_capital_is_no_term() -> None:
    s = "An adviser to the Russian Direct Investment Fund spoke about rare earths on Tuesday."
    assert term_claims(s, 0, len(s), _words(s), ["RUS"], ["rare_earths"], []) == []


def test_firm_nationality_is_no_party_of_a_state_deal() -> None:
    # an Australian company's offtake is not the US-Australia framework of 20 October 2025
    s = "Australian mining company Acme Metals signed an offtake agreement for its rare earth oxide."
    got = _sentence_events(s, "2025-10-25")
    assert got and all(v == "unverifiable" for _, v in got)


@pytest.mark.parametrize(("sentence", "date"), [
    # Announcement No. 33 of 2024 (15 August 2024) takes effect on Sunday 15 September 2024
    ("China will start restricting exports of antimony on Sunday, the commerce ministry said.", "2024-09-12"),
    ("Beijing will begin to curb shipments of antimony this weekend, the ministry said.", "2024-09-12"),
])
def test_measure_announced_for_a_near_day_is_checked(sentence: str, date: str) -> None:
    assert any(v == "supported" for _, v in _sentence_events(sentence, date))


@pytest.mark.parametrize("sentence", [
    "The Defense Department became the largest shareholder of rare earth miner MP Materials.",
    "The Department of Defense bought preferred stock in the rare earth producer MP Materials.",
])
def test_agency_named_in_other_words_links_its_transaction(sentence: str) -> None:
    assert ("transaction", "supported") in _sentence_events(sentence, "2025-08-01")


@pytest.mark.parametrize("sentence", [
    "The Defense Department took an equity stake in rare earth magnet maker Acme Magnetics.",
    "The Pentagon acquired shares in Acme Magnetics, a rare earth magnet startup.",
])
def test_stake_in_another_company_is_another_transaction(sentence: str) -> None:
    got = _sentence_events(sentence, "2025-11-04")
    assert got and all(v == "unverifiable" for _, v in got)


_FRAMEWORK_OPENING = "Washington and Canberra signed a critical minerals framework on Monday."


@pytest.mark.parametrize("sentence", [
    "The framework commits both countries to invest at least $1 billion each within six months.",
    "Under the framework, each government will put $1 billion into projects within half a year.",
])
def test_sum_the_deal_row_states_is_supported(sentence: str) -> None:
    # events.csv: US-Australia framework of 20 October 2025, "at least US$1 billion each within six months"
    text = f"{_FRAMEWORK_OPENING}\n\n{sentence}"
    assert ("deal_term", "supported") in _verdicts(text, "2025-10-25", sentence)


@pytest.mark.parametrize("sentence", [
    "The framework commits both countries to invest $7 billion each.",
    "Under the framework, each government will put $250 million into projects.",
])
def test_sum_the_row_lacks_is_unverifiable_not_refuted(sentence: str) -> None:
    text = f"{_FRAMEWORK_OPENING}\n\n{sentence}"
    got = [v for t, v in _verdicts(text, "2025-10-25", sentence) if t == "deal_term"]
    assert got == ["unverifiable"]


# ------------------------------------------------------------- the sentence gate (speed)
def _words(sentence: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", sentence.lower()))


@pytest.mark.parametrize("sentence", [
    "Magnet makers have long sought contracts with miners.",  # a transaction noun, no transaction
    "The project still lacks financing and permits for construction.",  # operation and money words, no event
])
def test_gate_is_off_when_no_kind_pattern_reads_the_sentence(sentence: str) -> None:
    words = _words(sentence)
    assert term_triggers(words)["deal_terms"]  # the word test alone lets it through
    assert not term_triggers(words, sentence)["deal_terms"]
    # and the rules of the module find nothing there either
    assert term_claims(sentence, 0, len(sentence), words, [], [], [], []) == []


@pytest.mark.parametrize("sentence", [
    "The Pentagon bought a 15% stake in the magnet maker last month.",
    "The refinery in Malaysia resumed operations after the floods.",
])
def test_gate_stays_on_when_a_kind_pattern_reads_the_sentence(sentence: str) -> None:
    words = _words(sentence)
    assert term_triggers(words, sentence)["deal_terms"]
    assert term_claims(sentence, 0, len(sentence), words, ["USA"], [], [], [])
