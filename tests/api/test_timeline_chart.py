"""The Timeline page's charts: events as points, lifecycles as bars.

Reference dates are those of the legal texts (MOFCOM announcements, 2024-2025):
No. 46 of 2024 (3 December 2024) banned gallium, germanium and antimony exports to the
United States; No. 72 of 2025 suspended that ban from 9 November 2025. No. 57 of 2025
(9 October 2025) was to apply from 8 November 2025, and No. 70 of 2025 (7 November 2025)
suspended it from that day, so it never applied.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from critmin.api.routes.events import status_periods
from critmin.events import load_timeline


@pytest.fixture(scope="module")
def tl():
    return load_timeline()


def _find(tl, pattern):
    hits = [e for e in tl.events.values() if re.search(pattern, e.event_id)]
    assert len(hits) == 1, [e.event_id for e in hits]
    return hits[0]


def test_ban_on_the_united_states_is_in_force_then_suspended(tl):
    ban = _find(tl, r"2024-12-03-us-ga-ge-sb")
    periods = status_periods(tl, ban, dt.date(2026, 1, 1))
    assert [(p[0], p[1]) for p in periods] == [("in force", dt.date(2024, 12, 3)),
                                               ("suspended", dt.date(2025, 11, 9))]
    assert periods[0][2] == dt.date(2025, 11, 8) and periods[-1][2] == dt.date(2026, 1, 1)
    assert "no72" in periods[-1][3]


def test_a_measure_suspended_before_it_applied_was_only_announced(tl):
    no57 = _find(tl, r"no57")
    periods = status_periods(tl, no57, dt.date(2026, 1, 1))
    assert [p[0] for p in periods] == ["announced", "suspended"]
    assert periods[0][1] == dt.date(2025, 10, 9) and periods[1][1] == dt.date(2025, 11, 8)
    assert "no70" in periods[1][3]


def test_periods_stop_at_the_given_day_and_do_not_overlap(tl):
    until = tl.last_date
    for e in tl.events.values():
        periods = status_periods(tl, e, until)
        for (_, lo, hi, _), nxt in zip(periods, [*periods[1:], None], strict=True):
            assert lo <= hi <= until
            if nxt is not None:
                assert nxt[1] == hi + dt.timedelta(days=1)


def _charts(html):
    out = {}
    for m in re.finditer(r'<script type="application/json" data-chart="([^"]+)">(.*?)</script>', html, re.S):
        out[m.group(1)] = json.loads(m.group(2).replace("<\\/", "</"))
    return out


def test_timeline_page_draws_every_listed_event_and_links_each_point(client):
    html = client.get("/timeline").text
    charts = _charts(html)
    assert {"chart-events", "chart-lifecycles"} <= set(charts)
    listed = set(re.findall(r'<li id="ev-([^"]+)" data-type=', html))
    pts = [c for tr in charts["chart-events"]["data"] for c in tr["customdata"]]
    assert sorted(pts) == sorted(f"#ev-{i}" for i in listed)
    bars = [c for tr in charts["chart-lifecycles"]["data"] for c in tr["customdata"]]
    assert bars and all(c[len("#ev-"):] in listed for c in bars)  # every bar leads to a listed event
    assert {tr["name"] for tr in charts["chart-lifecycles"]["data"]} >= {"in force", "suspended"}
    assert "cdn" not in html.lower()


def test_timeline_charts_follow_the_filters(client):
    html = client.get("/timeline?type=suspension").text
    charts = _charts(html)
    names = {tr["name"] for tr in charts["chart-events"]["data"]}
    assert names == {"suspension"}
    empty = client.get("/timeline?type=suspension&from=1990&to=1991")
    assert empty.status_code == 200
    assert "data-chart=" not in empty.text and "No event matches these filters" in empty.text
