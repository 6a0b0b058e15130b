"""Export measures presupposed as the cause or frame of what a sentence tells
(claims/presupposed_events.py). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from critmin.claims import check


def _events(text: str, date: str) -> list[tuple[str, str]]:
    res = check(text, date=date)
    return [(c.claim.text, c.verdict.verdict) for c in res.checks if c.claim.kind == "event"]


@pytest.mark.parametrize(("text", "date"), [
    ("Magnet makers in Vietnam face delays due to Beijing's export restrictions on rare earths.", "2025-08-01"),
    ("Traders route the metal through third countries to circumvent China's export bans on gallium.", "2025-03-01"),
    ("Antimony oxide not covered by Chinese export controls still trades freely in Rotterdam.", "2024-10-01"),
])
def test_a_recorded_measure_presupposed_is_supported(text: str, date: str) -> None:
    got = _events(text, date)
    assert got and got[0][1] == "supported", got


@pytest.mark.parametrize(("text", "date"), [
    # no Chinese measure on copper in the table: a mention in passing, not listed
    ("Smelters in Zambia cut runs due to China's export restrictions on copper cathode.", "2025-08-01"),
    # before any recorded measure on graphite
    ("Anode makers in Korea stockpiled graphite to avoid China's export controls.", "2022-05-01"),
    # a description, not a cause or frame
    ("China's export curbs on germanium pose challenges for chip makers.", "2024-05-01"),
])
def test_no_presupposed_claim(text: str, date: str) -> None:
    # (other rules may still read a measure here; this rule adds none)
    res = check(text, date=date)
    assert not [c for c in res.checks if (c.claim.event or {}).get("presupposed")]


def test_a_measure_said_to_be_recent() -> None:
    # cn-2025-04-04-no18-medium-heavy-ree
    got = _events("Recent Chinese export restrictions on several heavy rare earths have pushed Tokyo to look "
                  "for other sources.", "2025-05-02")
    assert got and got[0][1] == "supported", got
    got = _events("Beijing's latest move to tighten restrictions on rare earth magnets alarmed carmakers in Seoul.",
                  "2025-05-02")
    assert got and got[0][1] == "supported", got


def test_no_presupposed_claim_after_a_forecast() -> None:
    res = check("Gallium prices are likely to climb further following China's latest export ban.", date="2025-01-06")
    assert not [c for c in res.checks if (c.claim.event or {}).get("presupposed")]


# eighteenth session: one measure named as the cause or start of a price move (README rule 16c)
_CONGO = "Congo, the top cobalt miner, relies on the metal for most of its export earnings.\n\n"


def _causes(text: str, date: str) -> list[tuple[str, str, str | None]]:
    res = check(text, date=date)
    return [(c.claim.text, c.verdict.verdict, c.claim.country) for c in res.checks
            if c.claim.subject == "export measure named as the cause of a price move"]


@pytest.mark.parametrize(("text", "date"), [
    # no country in the sentence: the one named just before (the DRC's suspension of 22 February 2025)
    (_CONGO + "A prior export ban had driven cobalt prices upward.", "2025-12-22"),
    # the owner after "by"
    ("Cobalt prices soared on Monday helped in part by panic over the ban on exports of the metal by the "
     "Democratic Republic of Congo.", "2025-03-11"),
    (_CONGO + "Congo's export suspension has pushed cobalt prices to a two-year high.", "2025-10-01"),
])
def test_a_recorded_measure_causing_a_price_move_is_supported(text: str, date: str) -> None:
    got = _causes(text, date)
    assert got and got[0][1] == "supported" and got[0][2] == "COD", got


@pytest.mark.parametrize(("text", "date"), [
    # before the suspension of 22 February 2025: nothing recorded, so nothing listed
    (_CONGO + "A prior export ban had driven cobalt prices upward.", "2024-06-01"),
    # a series of measures names no single event (rule 16c)
    (_CONGO + "Cobalt prices rose after a series of export bans.", "2025-12-22"),
    # a forecast (rule 10)
    (_CONGO + "Cobalt prices are likely to rise following the export ban.", "2025-12-22"),
    # a country after the measure is its destination, not its owner (the owner here is a company)
    ("NdPr oxide prices skyrocketed following MP Materials' decision to halt exports to China.", "2025-08-27"),
])
def test_no_price_cause_claim(text: str, date: str) -> None:
    assert not _causes(text, date)
