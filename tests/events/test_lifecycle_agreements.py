"""Lifecycles of measures and agreements by country."""

from __future__ import annotations

import pytest

from critmin.errors import UnknownEntityError


def test_lifecycle_starts_with_the_measure_and_is_ordered(tl):
    for eid in tl.events:
        steps = tl.lifecycle(eid)
        assert steps[0].event.event_id == eid and steps[0].depth == 0
        later = [s.event.first_day for s in steps[1:]]
        assert later == sorted(later)
        assert all(s.event.last_day >= steps[0].event.first_day for s in steps[1:])


def test_october_rare_earth_measure_is_suspended_in_its_lifecycle(tl):
    # Announcement No. 70 of 2025 suspends No. 57 (ev_gvw_2025_11_export_update)
    steps = tl.lifecycle("cn-2025-10-09-no57-five-ree")
    assert [(s.event.event_id, s.relation) for s in steps[1:]] == [("cn-2025-11-07-no70-suspension", "suspends")]


def test_april_measure_lifecycle_shows_expansions_then_their_suspension(tl):
    steps = tl.lifecycle("cn-2025-04-04-no18-medium-heavy-ree")
    rel = {s.event.event_id: s.relation for s in steps}
    assert rel["cn-2025-10-09-no57-five-ree"] == "expands"
    assert rel["cn-2025-11-07-no70-suspension"] == "suspends"
    # the suspension acts on the expansions, not on No. 18 itself
    no70 = next(s for s in steps if s.event.event_id == "cn-2025-11-07-no70-suspension")
    assert "cn-2025-04-04-no18-medium-heavy-ree" not in no70.acts_on.split(";")
    assert "cn-2025-10-09-no57-five-ree" in no70.acts_on.split(";")
    # unrelated steps of the same trade deal are not pulled in
    assert "cn-2025-11-09-no72-suspension" not in rel


def test_palladium_case_lifecycle_follows_the_federal_register_sequence(tl):
    # 90 FR 41032 (initiation 19 Aug 2025), 90 FR 46791 (postponement 30 Sep 2025),
    # 91 FR 11949 (preliminary CVD 11 Mar 2026)
    order = [s.event.event_id for s in tl.lifecycle("pd-2025-07-30-ad-cvd-petition")]
    assert order.index("pd-2025-08-19-cvd-initiation") < order.index("pd-2025-09-30-cvd-prelim-postponed")
    assert order.index("pd-2025-09-30-cvd-prelim-postponed") < order.index("pd-2026-03-11-cvd-prelim")
    assert order.index("pd-2026-03-11-cvd-prelim") < order.index("pd-2026-05-cvd-final")


def test_section_232_investigation_ends_in_proclamation_11001(tl):
    # EO of 15 Apr 2025 -> report of 24 Oct 2025 -> Proclamation 11001 of 14 Jan 2026 (no tariff now),
    # as summarised by Thompson Hine (ev_thompsonhine_2026_01_s232)
    steps = tl.lifecycle("us-2025-04-15-section-232-order")
    assert [s.event.date for s in steps][-2:] == ["2025-10-24", "2026-01-14"]
    assert steps[-1].event.type == "policy_decision"


def test_wto_case_chain(tl):
    order = [s.event.event_id for s in tl.lifecycle("wto-2012-03-ds431-complaints")]
    assert order[:4] == ["wto-2012-03-ds431-complaints", "wto-2014-03-26-panel-report",
                         "cn-2014-04-25-wto-appeal", "wto-2014-08-07-appellate-body"]


def test_unknown_event_is_named(tl):
    with pytest.raises(UnknownEntityError, match="unknown event 'cn-2025-10-09-no57-five-re'"):
        tl.lifecycle("cn-2025-10-09-no57-five-re")


@pytest.mark.parametrize("country", ["UKR", "Ukraine", "ukr"])
def test_agreements_ukraine_include_30_april_2025(tl, country):
    found = {e.event_id: e for e in tl.agreements(country)}
    agreement = found["us-ukr-2025-04-30-reconstruction-fund-agreement"]
    assert agreement.date == "2025-04-30"  # signed in Washington on 30 April 2025 (Kyiv Independent text)
    assert "ukr-2025-05-08-ratification" in found  # ratified by the Rada on 8 May 2025


def test_agreements_through_agencies_and_blocs(tl):
    jpn = {e.event_id for e in tl.agreements("JPN")}
    assert "g7-2025-06-17-critical-minerals-action-plan" in jpn
    assert "us-jpn-2025-10-28-framework" in jpn
    assert all(tl.events[e].type in {"agreement", "ratification", "entry_into_force"} for e in jpn)
    assert "us-ukr-2025-04-30-reconstruction-fund-agreement" not in jpn


def test_query_filters(tl):
    ga = tl.query(element="Ga")
    assert ga and all("Ga" in e.elements for e in ga)
    from_2025 = tl.query(date_from="2025-01-01", date_to="2025-12-31", type="export_control")
    assert from_2025 and all(e.first_day.year == 2025 and e.type == "export_control" for e in from_2025)
    rdif = tl.query(actor="Russian Direct Investment Fund")
    assert [e.event_id for e in rdif] == ["rus-2025-03-18-rdif-rare-earth-us-partners",
                                         "rus-us-2025-03-30-rdif-talks"]
    us = tl.query(actor="USA")
    # USTR (a US agency) voiced concern about the 2011 quota; the event names USTR, not USA
    assert "cn-2010-12-28-2011-first-quota-batch" in {e.event_id for e in us}
    with pytest.raises(UnknownEntityError):
        tl.query(type="coup")
