"""Properties of in_force over random days and elements."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.events import load_timeline

TL = load_timeline()
ELEMENTS = sorted({s for e in TL.events.values() for s in e.elements})
days = st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2027, 12, 31))


@settings(max_examples=150, deadline=None)
@given(day=days, element=st.one_of(st.none(), st.sampled_from(ELEMENTS)))
def test_in_force_never_returns_a_measure_dated_after_as_of(day, element):
    for c in TL.in_force(day, element):
        assert c.event.first_day <= day
        assert c.start <= day
        assert c.end is None or day <= c.end
        if element:
            assert element in c.event.elements


@settings(max_examples=100, deadline=None)
@given(day=days, element=st.sampled_from(ELEMENTS))
def test_element_filter_narrows(day, element):
    every = {c.event.event_id for c in TL.in_force(day)}
    assert {c.event.event_id for c in TL.in_force(day, element)} <= every


@settings(max_examples=100, deadline=None)
@given(day=days)
def test_no_measure_in_force_while_an_active_suspension_covers_it(day):
    active = {c.event.event_id for c in TL.in_force(day)}
    for ln in TL.links:
        s = TL.events[ln.event_id]
        if ln.relation == "suspends" and s.start <= day and (s.end is None or day <= s.end):
            assert ln.related_event_id not in active
