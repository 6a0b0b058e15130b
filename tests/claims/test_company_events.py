"""Event classes: company transactions and operations, enforcement actions,
public pledges, measures in the present progressive, deals as agents, reduced relatives, and
the terms a deal includes. Every sentence here is written for the test (two phrasings a rule)."""

from __future__ import annotations

import re

import pytest

from critmin.claims import check
from critmin.claims.event_structure import structural_event
from critmin.claims.event_terms import term_claims
from critmin.claims.funding import funding_claims
from critmin.dataset import DATA_DIR


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z][a-z'-]*", text.lower()))


def _term_type(text: str, countries: list[str] | None = None, actors: list[str] | None = None) -> str | None:
    got = term_claims(text, 0, len(text), _words(text), countries or [], [], actors or [])
    return str(got[0][2]["type"]) if got else None


def _term_event(text: str, countries: list[str] | None = None) -> dict | None:
    got = term_claims(text, 0, len(text), _words(text), countries or [], [], [])
    return got[0][2] if got else None


@pytest.mark.parametrize("text", [
    "Under the terms, Sumitomo will own 40% of the new JV.",
    "The JV will be 70% owned by the state miner and 30% by its partner.",
    "Its output is committed to Japanese buyers through contracts until 2030.",
    "The miner already holds contracts to supply concentrate to European refiners.",
    "Iluka bought Sierra Rutile in 2016 to add zircon output.",
    "The trader has acquired Norwegian Rare Metals, a small separation start-up.",
    "The pension fund invested in Arafura Resources last year.",
    "The state fund decided to invest $50 million in Arafura Resources.",
    "The price guarantee runs for ten years from the first delivery.",
    "A price guarantee of this kind protects the refiner against dumping.",
])
def test_transactions(text: str) -> None:
    assert _term_type(text) == "transaction"


@pytest.mark.parametrize("text", [
    "The company began construction of its separation plant in Texas.",
    "Work crews started construction on the refinery in March.",
    "The minister inaugurated the country's first sintered magnet factory.",
    "Acme is inaugurating a recycling facility in Ohio this week.",
    "The Kvanefjeld mine entered commercial production in 2022.",
    "The separation plant became fully operational last year.",
    "The circuit began operations in the April-June quarter.",
])
def test_operations(text: str) -> None:
    assert _term_type(text) == "operation"


def test_quarter_of_results_stays_out() -> None:
    assert _term_type("The plant started production as fourth quarter revenue rose.") is None


@pytest.mark.parametrize("text", [
    "Police arrested three executives of the state miner in March.",
    "Authorities stepped up inspections of smelters in the south.",
    "The hobbled programme followed the arrests of two senior officials.",
    "Among those charged was the head of the trading arm.",
])
def test_enforcement_actions(text: str) -> None:
    ev = _term_event(text)
    assert ev is not None and ev.get("action") == "enforcement"


@pytest.mark.parametrize("text", [
    "The arrests shook investor confidence across the sector.",  # the arrests told before: no new event
    "Prosecutors will arrest the owners if they keep mining.",  # a threat, not a step taken
])
def test_no_enforcement_claim(text: str) -> None:
    ev = _term_event(text)
    assert ev is None or ev.get("action") != "enforcement"


def test_enforcement_verdict_is_unverifiable() -> None:
    res = check("Police in Vietnam arrested the chairman of a rare earth miner on tax charges.", date="2024-02-01")
    verdicts = [c.verdict for c in res.checks if c.claim.kind == "event"]
    assert verdicts and verdicts[0].verdict == "unverifiable"
    assert "enforcement" in (verdicts[0].needs or "")


@pytest.mark.parametrize("text,countries", [
    ("Under the accord, both sides pledged to share geological survey data.", ["USA", "AUS"]),
    ("As part of the pact, the two governments committed to build joint stockpiles.", ["USA", "JPN"]),
    ("The tariff pause is part of a wider agreement between Washington and Beijing.", ["USA", "CHN"]),
    ("This accord includes lower tariffs on Chinese goods and a pause of licensing rules.", ["USA", "CHN"]),
])
def test_deal_terms(text: str, countries: list[str]) -> None:
    assert _term_type(text, countries) == "deal_term"


@pytest.mark.parametrize("text", [
    "The partnership between the two miners would include refining and magnet making.",
    "The agreement includes a plan to build two refineries.",
    "The two governments pledged to cooperate more closely on minerals.",  # a pledge with no deal as subject
])
def test_no_deal_term(text: str) -> None:
    assert _term_type(text, ["USA", "JPN"]) != "deal_term"


@pytest.mark.parametrize("text", [
    "The Chinese government is restricting exports of gallium.",
    "Beijing is tightening its controls on rare earth magnets.",
    "The November truce suspended the new export controls.",
    "A June agreement had lifted some of the tariffs on both sides.",
    "The rally followed a trade deal reached with Washington last week.",
    "Shipments slowed after the controls imposed by Beijing in April.",
])
def test_structural_events(text: str) -> None:
    assert structural_event(text, _words(text), []) is not None


@pytest.mark.parametrize("text", [
    "Beijing is not restricting exports of gallium.",
    "Analysts say Beijing is considering restricting exports.",
    "A new agreement could ease the controls.",
    "The agreement will lift the tariffs.",
])
def test_structural_non_events(text: str) -> None:
    assert structural_event(text, _words(text), []) is None


@pytest.mark.parametrize("text,countries", [
    ("The Brazilian National Development Bank has pledged $2 billion for lithium projects.", ["BRA"]),
    ("The Japanese and Indian governments committed USD$500 million each to refinery projects.", ["JPN", "IND"]),
])
def test_public_pledges(text: str, countries: list[str]) -> None:
    got = funding_claims(text, 0, len(text), countries, [], str(DATA_DIR))
    assert got and got[0][2]["type"] == "funding"


@pytest.mark.parametrize("years,want", [("ten", "supported"), ("15", "partly_supported")])
def test_price_guarantee_against_the_floor_row(years: str, want: str) -> None:
    # events.csv records the DoD's 10-year NdPr price floor for MP Materials (10 July 2025)
    res = check("The U.S. Defense Department agreed a price floor for NdPr with MP Materials this month. "
                f"The price guarantee extends over a {years}-year period.", date="2025-07-20")
    ev = [c for c in res.checks if c.claim.kind == "event" and "guarantee" in c.claim.sentence]
    assert ev and ev[0].verdict.verdict == want


@pytest.mark.parametrize("text,want", [
    # events.csv: cn-jpn-2010-shipment-halt, Japan-bound rare-earth shipments stall in 2010 (a supply disruption)
    ("In 2010 Beijing suspended rare earth shipments to Japan during the island dispute.", "supported"),
    ("Back in 2010, China suspended exports of rare earths to Japan.", "supported"),
])
def test_suspended_trade_fits_a_supply_disruption(text: str, want: str) -> None:
    res = check(text, date="2025-10-01")
    ev = [c.verdict.verdict for c in res.checks if c.claim.kind == "event"]
    assert ev and ev[0] == want


def test_suspended_trade_in_another_year_is_not_supported() -> None:
    res = check("China suspended exports of rare earths to Japan in 2016.", date="2025-10-01")
    assert all(c.verdict.verdict != "supported" for c in res.checks if c.claim.kind == "event")


@pytest.mark.parametrize("text,want", [
    # events.csv: us-2025-07-10-dod-mp-equity, DoD becomes MP Materials' largest shareholder (about 15%)
    ("MP Materials opened a magnet line in Texas. The US government is now its largest shareholder with a 15% stake.",
     "supported"),
    ("MP Materials signed a supply deal with a carmaker. The U.S. government, now its largest shareholder, holds a "
     "15% stake in the company.", "supported"),
    ("MP Materials signed a supply deal with a carmaker. The U.S. government, now its largest shareholder, holds a "
     "35% stake in the company.", "unverifiable"),
])
def test_stake_links_the_firm_named_before(text: str, want: str) -> None:
    res = check(text, date="2025-11-01")
    ev = [c.verdict.verdict for c in res.checks if "stake" in c.claim.sentence]
    assert ev and ev[0] == want
