"""The timeline tables: sourced, typed, resolvable, and without impossible link cycles."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from critmin.dataset import load_dataset, read_schema
from critmin.events import CONTROL_TYPES, ELEMENT_SYMBOLS, Link

from .conftest import ev, make_timeline


def test_dataset_validates_with_timeline_tables():
    frames = load_dataset(tables=["events", "event_links", "actors", "relations", "sources", "units",
                                  "commodities", "countries", "editions"])
    assert len(frames["events"]) >= 60


def test_no_integrity_problems(tl):
    assert tl.problems() == []


def test_every_event_and_link_is_sourced(tl):
    assert all(e.source_id in tl.sources for e in tl.events.values())
    assert all(ln.source_id in tl.sources for ln in tl.links)
    tiers = {tl.sources[e.source_id]["reliability"] for e in tl.events.values()}
    assert tiers <= {"legal_text", "official_statement", "news", "secondary_quotation", "dataset"}


def test_sixty_events_from_2009_to_2026(tl):
    years = {e.first_day.year for e in tl.events.values()}
    assert len(tl.events) >= 60
    assert min(years) == 2009 and max(years) == 2026


def test_types_and_relations_follow_the_schema(tl):
    types = set(read_schema("events").column("type").allowed)
    assert {e.type for e in tl.events.values()} <= types
    assert types >= CONTROL_TYPES
    rels = set(read_schema("event_links").column("relation").allowed)
    assert {ln.relation for ln in tl.links} <= rels


def test_links_reference_existing_events_and_point_back_in_time(tl):
    for ln in tl.links:
        assert ln.event_id in tl.events and ln.related_event_id in tl.events
        # a suspension, expansion or replacement cannot predate what it acts on
        assert tl.events[ln.event_id].last_day >= tl.events[ln.related_event_id].first_day, ln


def test_every_element_is_a_symbol(tl):
    assert all(s in ELEMENT_SYMBOLS for e in tl.events.values() for s in e.elements)


def test_problems_reports_cycles_unknown_actors_and_bad_precision():
    a, b = ev("a", "2020-01-01"), ev("b", "2020-02-01")
    src = "ev_gvw_2025_11_export_update"
    cyclic = make_timeline([a, b], [Link("a", "b", "suspends", src), Link("b", "a", "suspends", src)])
    assert any("cycle" in p for p in cyclic.problems())
    broken = make_timeline([replace(a, actors=("nobody",), date_precision="month")],
                           [Link("a", "ghost", "expands", src)])
    probs = broken.problems()
    assert any("unknown actor 'nobody'" in p for p in probs)
    assert any("date_precision" in p for p in probs)
    assert any("unknown event 'ghost'" in p for p in probs)


def test_suspension_windows_are_inside_their_stated_dates(tl):
    for e in tl.events.values():
        if e.type == "suspension":
            assert e.end is not None and e.end > e.start
            assert e.start >= dt.date(2009, 1, 1)
