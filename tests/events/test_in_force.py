"""Controls in force on a date, against the dates in the legal texts.

Reference dates (sources in data/sources.csv):
* MOFCOM/GAC Announcement No. 18 of 2025 (4 Apr 2025, effective on release): Sm, Gd, Tb,
  Dy, Lu, Sc, Y (ev_mofcom_2025_18_copy).
* Announcement No. 57 of 2025 (9 Oct 2025): Ho, Er, Tm, Eu, Yb from 8 Nov 2025
  (MOFCOM spokesperson, ev_mofcom_qa_2025_10_09); Announcement No. 62 effective on release.
* Announcement No. 70 of 2025: Nos. 55-58, 61, 62 suspended 7 Nov 2025 - 10 Nov 2026
  (ev_gvw_2025_11_export_update); No. 18 not among them.
* Announcement No. 23 of 2023: Ga and Ge licensing from 1 Aug 2023 (ev_mofcom_2023_23_copy).
* Announcement No. 46 of 2024 (3 Dec 2024), clause 2: Ga, Ge, Sb not permitted to the US;
  suspended by No. 72 from 9 Nov 2025 to 27 Nov 2026 (ev_xinhua_2025_11_09_no72).
* Announcement No. 33 of 2024: antimony from 15 Sep 2024 (ev_mofcom_2024_33_copy).
* Announcement No. 10 of 2025: W, Te, Bi, Mo, In from 4 Feb 2025 (ev_xinhua_2025_02_04_w_te).
* Graphite announcement of 20 Oct 2023: from 1 Dec 2023 (ev_xinhua_2023_10_20_graphite).
"""

from __future__ import annotations

import pytest

from critmin.errors import DataError, UnknownEntityError
from critmin.events import Link

from .conftest import ev, make_timeline

NO18 = "cn-2025-04-04-no18-medium-heavy-ree"
NO57 = "cn-2025-10-09-no57-five-ree"
NO62 = "cn-2025-10-09-no62-re-technology"
NO23 = "cn-2023-07-03-ga-ge-controls"
NO46_US = "cn-2024-12-03-us-ga-ge-sb-ban"


def ids(tl, day, element=None, **kw):
    return {c.event.event_id for c in tl.in_force(day, element, **kw)}


def test_dysprosium_controlled_on_2025_06_01(tl):
    assert NO18 in ids(tl, "2025-06-01", "Dy")


def test_dysprosium_not_controlled_before_april_2025(tl):
    assert ids(tl, "2025-04-03", "Dy") == set()


@pytest.mark.parametrize("element", ["Sm", "Gd", "Tb", "Dy", "Lu", "Sc", "Y"])
def test_april_measure_still_in_force_on_2025_12_15(tl, element):
    assert NO18 in ids(tl, "2025-12-15", element)


@pytest.mark.parametrize("element", ["Ho", "Er", "Tm", "Eu", "Yb"])
def test_october_additions_suspended_on_2025_12_15(tl, element):
    assert ids(tl, "2025-12-15", element) == set()


def test_october_additions_not_yet_in_force_before_8_november(tl):
    assert NO57 not in ids(tl, "2025-10-20", "Ho")


def test_technology_control_in_force_until_the_suspension(tl):
    assert NO62 in ids(tl, "2025-10-20", commodity="rare_earths")
    assert NO62 not in ids(tl, "2025-11-07", commodity="rare_earths")


def test_suspension_lapses_after_its_stated_end(tl):
    # No. 70 runs to 10 Nov 2026; without a recorded extension No. 57 applies again.
    assert NO57 not in ids(tl, "2026-11-10", "Ho")
    assert NO57 in ids(tl, "2026-11-11", "Ho")


def test_gallium_to_us_banned_on_2025_01_15(tl):
    assert {NO23, NO46_US} <= ids(tl, "2025-01-15", "Ga", destination="USA")


def test_gallium_to_us_ban_ends_with_the_9_november_2025_suspension(tl):
    assert NO46_US in ids(tl, "2025-11-08", "Ga", destination="USA")
    after = ids(tl, "2025-11-09", "Ga", destination="USA")
    assert NO46_US not in after and NO23 in after  # general licensing stays


def test_us_specific_ban_not_shown_for_other_destinations(tl):
    assert NO46_US not in ids(tl, "2025-01-15", "Ga", destination="JPN")


def test_gallium_licensing_starts_1_august_2023(tl):
    assert NO23 not in ids(tl, "2023-07-31", "Ga")
    assert NO23 in ids(tl, "2023-08-01", "Ga")


@pytest.mark.parametrize(("element", "before", "on"), [
    ("Sb", "2024-09-14", "2024-09-15"), ("W", "2025-02-03", "2025-02-04"), ("In", "2025-02-03", "2025-02-04"),
])
def test_effective_dates(tl, element, before, on):
    assert ids(tl, before, element) - ids(tl, on, element) == set()
    assert len(ids(tl, on, element)) > len(ids(tl, before, element))


def test_graphite_from_1_december_2023(tl):
    g = "cn-2023-10-20-graphite-controls"
    assert g not in ids(tl, "2023-11-30", commodity="graphite")
    assert g in ids(tl, "2023-12-01", commodity="graphite")


def test_commodity_matches_by_element_and_name(tl):
    assert NO18 in ids(tl, "2025-06-01", commodity="dysprosium")
    assert NO18 in ids(tl, "2025-06-01", commodity="rare earths")


def test_quota_years(tl):
    assert "cn-2013-re-export-quota" in ids(tl, "2013-06-30")
    assert "cn-2013-re-export-quota" not in ids(tl, "2014-01-01")


def test_bad_inputs_raise_clear_errors(tl):
    with pytest.raises(DataError, match="not a date"):
        tl.in_force("2025-02-30", "Dy")
    with pytest.raises(DataError, match="not a day"):
        tl.in_force("2025-06", "Dy")
    with pytest.raises(UnknownEntityError, match="unknown element 'Qq'"):
        tl.in_force("2025-06-01", "Qq")


# -- synthetic lifecycles ---------------------------------------------------------------
SRC = "ev_gvw_2025_11_export_update"


def test_suspended_then_reinstated():
    m = ev("m", "2020-01-01")
    s = ev("s", "2020-03-01", type="suspension", end_date="2020-06-30")
    t = make_timeline([m, s], [Link("s", "m", "suspends", SRC)])
    assert ids(t, "2020-02-29") == {"m"}
    assert ids(t, "2020-03-01") == set() and ids(t, "2020-06-30") == set()
    assert ids(t, "2020-07-01") == {"m"}


def test_revoked_suspension_reinstates_early():
    m = ev("m", "2020-01-01")
    s = ev("s", "2020-03-01", type="suspension", end_date="2020-12-31")
    r = ev("r", "2020-05-01", type="liberalisation")
    t = make_timeline([m, s, r], [Link("s", "m", "suspends", SRC), Link("r", "s", "revokes", SRC)])
    assert ids(t, "2020-04-01") == set()
    assert ids(t, "2020-05-01") == {"m"}


def test_replaced_measure_ends_and_extension_moves_the_end():
    m = ev("m", "2020-01-01", end_date="2020-06-30")
    x = ev("x", "2020-06-01", type="offer_statement", end_date="2020-12-31")
    n = ev("n", "2021-01-01")
    t = make_timeline([m, x, n], [Link("x", "m", "extends", SRC), Link("n", "m", "replaces", SRC)])
    assert "m" in ids(t, "2020-09-01")
    assert ids(t, "2021-01-02") == {"n"}


def test_extended_measure_reports_the_extended_end():
    m = ev("m", "2021-03-01", end_date="2021-08-31")
    x = ev("x", "2021-08-20", type="policy_decision", end_date="2022-02-28")
    t = make_timeline([m, x], [Link("x", "m", "extends", SRC)])
    assert [c.end.isoformat() for c in t.in_force("2021-07-01")] == ["2021-08-31"]
    assert [c.end.isoformat() for c in t.in_force("2021-11-15")] == ["2022-02-28"]
    assert t.in_force("2022-03-01") == []


def test_imprecise_dates_start_on_the_first_day_of_their_period():
    t = make_timeline([ev("y", "2020", end_date="2020-12-31"), ev("mo", "2020-05")], [])
    assert ids(t, "2020-01-01") == {"y"}
    assert ids(t, "2020-05-01") == {"y", "mo"}
    caveats = {c.event.event_id: c.caveat for c in t.in_force("2020-05-02")}
    assert "month" in caveats["mo"]
