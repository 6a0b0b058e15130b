"""Verdict rules of the seventeenth session (date_event claims on fresh text).

Sentences are invented for these tests. Reference rows, from src/critmin/data/events.csv:
``nam-2023-06-08-unprocessed-mineral-export-ban`` (Namibia bans exports of unprocessed lithium ore,
cobalt, manganese, graphite and rare earths, 2023-06-08) and the Indonesian nickel-ore export
bans (2014-01-12, 2019-09-02).
"""
from __future__ import annotations

import pytest

from critmin.claims import check
from critmin.claims.verdict import _EXPORTS_HALTED

pytestmark = pytest.mark.rules_only


def _event_checks(text: str, date: str) -> list[tuple[str, str]]:
    r = check(text, date=date)
    return [(c.verdict.verdict, " ".join(e.edition for e in c.verdict.evidence)) for c in r.checks
            if c.claim.kind == "event"]


# -- a suspension of the exports themselves is an export ban (or a halt), not a measure eased

@pytest.mark.parametrize("text", [
    "Namibia has suspended exports of unprocessed graphite ore with immediate effect.",
    "Namibia has announced a suspension of raw graphite exports.",
    "Namibia suspended graphite exports in June 2023.",
])
def test_suspended_exports_are_the_countrys_export_ban(text: str) -> None:
    got = _event_checks(text, "2023-07-20")
    assert got and got[0][0] == "supported"
    assert "nam-" in got[0][1]


def test_suspended_exports_before_any_such_ban_stay_unverifiable() -> None:
    got = _event_checks("Namibia has suspended exports of unprocessed graphite ore.", "2022-05-10")
    assert got and all(v == "unverifiable" for v, _ in got)


@pytest.mark.parametrize("text", [
    "The ministry suspended its export controls on germanium for a year.",
    "Beijing paused export licences for some magnets.",
    "The government suspended the export ban on bauxite.",
    "Beijing has suspended its ban on gallium exports to the United States.",
])
def test_a_measure_suspended_is_not_an_export_halt(text: str) -> None:
    assert _EXPORTS_HALTED.search(text) is None


@pytest.mark.parametrize("text", [
    "Kinshasa suspended cobalt exports for four months.",
    "the suspension of all raw mineral exports",
    "the company paused its concentrate shipments",
    "Ankara suspended tin, tungsten, and bismuth exports to two buyers",
])
def test_exports_as_the_object_of_a_suspension(text: str) -> None:
    assert _EXPORTS_HALTED.search(text) is not None


# -- a deal firms made is not a state's deal that shares its country and commodity

@pytest.mark.parametrize("text", [
    "Kestrel Minerals Ltd has signed an offtake agreement with a trading house for its Australian rare earths.",
    "The company signed a rare earth supply agreement with Australia.",
])
def test_firms_deal_is_not_a_states_deal_of_the_table(text: str) -> None:
    got = _event_checks(text, "2023-06-01")
    assert got and all(v == "unverifiable" for v, _ in got)


def test_a_states_deal_with_every_party_named_still_holds() -> None:
    # both countries party to the row named, no firm: the row is the deal (Japan-Australia, March 2023)
    got = _event_checks("Japan and Australia signed an agreement on rare earth supply.", "2023-06-01")
    assert got and got[0][0] == "supported"


def test_firm_said_as_such() -> None:
    from critmin.claims.event_signatures import _FIRM_SAID

    for said in ("Acme Metals Inc signed", "Tallinn-based Nordmag agreed", "magnet maker Vexor signed", "the company said"):
        assert _FIRM_SAID.search(said) is not None, said
    for unsaid in ("the government signed", "Estonia agreed with Finland"):
        assert _FIRM_SAID.search(unsaid) is None, unsaid


# -- a measure presupposed as the cause of a price move (presupposed_events.py)

@pytest.mark.parametrize(("text", "date"), [
    ("Tellurium quotes in Rotterdam have jumped to record highs as China's export controls squeeze supplies.",
     "2025-03-19"),
    ("Germanium is now soaring due to the impact of China's export ban, traders in Hamburg said.", "2024-12-20"),
])
def test_measure_causing_a_price_move_is_a_claim(text: str, date: str) -> None:
    got = _event_checks(text, date)
    assert got and got[0][0] == "supported"


def test_a_cause_after_a_forecast_is_no_claim() -> None:
    # a forecast before the cause: no measure reported (rule 10)
    got = _event_checks("Tellurium prices will climb as China's export controls squeeze supplies.", "2025-03-19")
    assert all(v != "supported" for v, _ in got)


# -- a stated date that is another row's date counts as right only for a row the sentence names beside it

def _rows() -> dict[str, dict]:
    from critmin.claims import Checker

    return {str(e.get("event_id")): e for e in Checker.from_store().index.events}


def test_an_unrelated_rows_date_is_no_right_date() -> None:
    from critmin.claims.verdict import _other_event_dated

    rows = _rows()
    events = list(rows.values())
    pangwa = rows["mmr-2024-10-19-kia-takes-pangwa"]
    # a seizure by the KIA "on July 11": the mine suspension of that day in Australia shares nothing with it
    ev = {"type": "disruption", "actors": [], "agents": ["kia"], "commodities": []}
    assert _other_event_dated([("2024-07-11", "day")], ev, set(), pangwa, events, "2024-12-01") is None


def test_the_measure_a_suspension_eases_keeps_its_date() -> None:
    from critmin.claims.verdict import _other_event_dated

    rows = _rows()
    events = list(rows.values())
    pause = rows["cn-2025-11-09-no72-suspension"]
    # "imposed in December 2024, the suspension runs until ...": the ban suspended shares the row's
    # country and commodities, so its month is a right date named beside the suspension
    ev = {"type": "suspension", "actors": [], "agents": [], "commodities": []}
    got = _other_event_dated([("2024-12", "month")], ev, set(), pause, events, "2025-11-20")
    assert got is not None and "2024-12 is the date of" in got


# -- a plant or mine that starts or stops, against the firms' milestones and halts in the events table

@pytest.mark.parametrize(("text", "date"), [
    # ncl-2024-02-12-koniambo-care-maintenance
    ("Glencore has put its Koniambo nickel smelter into care and maintenance.", "2024-03-01"),
])
def test_a_recorded_halt_supports_the_operation(text: str, date: str) -> None:
    got = _event_checks(text, date)
    assert got and got[0][0] == "supported" and "koniambo" in got[0][1]


@pytest.mark.parametrize(("text", "date"), [
    ("Glencore has put its Raglan nickel mine into care and maintenance.", "2024-03-01"),  # another plant
    ("Tamarind Nickel has put its Raglan nickel smelter into care and maintenance.", "2024-03-01"),  # another firm
    ("Glencore put its Koniambo nickel smelter into care and maintenance in 2021.", "2024-03-01"),  # another year
    ("Glencore restarted production at its Koniambo nickel smelter.", "2024-03-01"),  # a start, not the halt
    ("Glencore has put its Koniambo nickel smelter into care and maintenance.", "2023-11-01"),  # before the row
])
def test_an_operation_the_table_does_not_hold_stays_open(text: str, date: str) -> None:
    got = _event_checks(text, date)
    assert all(v != "supported" for v, _ in got)


# -- a transaction is linked first to the deal row holding the firms the sentence names

def test_a_joint_venture_is_the_deal_with_the_firm_named() -> None:
    # sau-2025-11-19-mp-maaden-refinery-jv (a "JV" in its title) against MP Materials' other deals
    got = _event_checks("MP Materials and Maaden have set up a joint venture with the Pentagon to refine rare earths "
                        "in Saudi Arabia.", "2025-11-25")
    assert got and got[0][0] == "supported" and "maaden" in got[0][1]


def test_jv_is_a_joint_venture() -> None:
    from critmin.claims.event_terms import _term_concepts

    assert "joint" in _term_concepts("the two firms set up a nickel JV")


# -- a law or regulation said to be made is of the kind of a legislation row

def test_regulations_issued_are_the_legislation_row() -> None:
    # cn-2024-06-29-rare-earth-management-regulations
    got = _event_checks("Beijing has issued new regulations governing the rare earth industry.", "2024-08-01")
    assert got and got[0][0] == "supported" and "regulations" in got[0][1]


@pytest.mark.parametrize(("text", "date"), [
    ("Beijing has issued new regulations governing the rare earth industry.", "2024-05-01"),  # before the row
    ("Ottawa has introduced rules on lithium mining.", "2024-08-01"),  # no such law in the table
])
def test_regulations_the_table_lacks_stay_open(text: str, date: str) -> None:
    got = _event_checks(text, date)
    assert all(v != "supported" for v, _ in got)
