"""Fixtures for the timeline tests: the bundled timeline, and small synthetic ones."""

from __future__ import annotations

import pytest

from critmin.events import Event, Link, Timeline, load_timeline


@pytest.fixture(scope="session")
def tl() -> Timeline:
    return load_timeline()


def make_timeline(events: list[Event], links: list[Link]) -> Timeline:
    """A timeline on synthetic events, with the bundled actors, commodities and sources."""
    base = load_timeline()
    return Timeline({e.event_id: e for e in events}, links, base.actors, base.commodity_elements,
                    base.memberships, base.sources, base.data_dir)


def ev(event_id: str, date: str, type: str = "export_control", **kw) -> Event:
    precision = {4: "year", 7: "month", 10: "day"}[len(date)]
    kw.setdefault("elements", ("Dy",))
    return Event(event_id=event_id, date=date, date_precision=precision, type=type, title=event_id,
                 actors=("CHN",), imposed_by=("CHN",), source_id="ev_mofcom_2025_18_copy", **kw)
