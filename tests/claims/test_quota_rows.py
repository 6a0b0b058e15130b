"""Quota figures checked against the quota rows of the events table (README rule 9)."""

from __future__ import annotations

import pytest

from critmin.claims import quota_rows
from critmin.claims.model import Claim

#: invented rows of an invented quota series (not bundled data): a 2030 and a 2031 quota
_ROWS = [
    {"event_id": "x-2030-quota", "date": "2030-03-02", "end_date": "2030-12-31", "type": "quota",
     "title": "First tungsten mining quota of 2030: 31,400 t", "actors": "VNM;moit", "commodities": "tungsten",
     "what_changed": "Quota 6.5% below the 2029 batch", "quantity": 31400.0, "unit": "t",
     "detail": "Second batch of 18,700 t brought 2030 to 50,100 t", "source_id": "s1"},
    {"event_id": "x-2031-quota", "date": "2031-02", "end_date": "2031-12-31", "type": "quota",
     "title": "Tungsten mining quota of 2031", "actors": "VNM;moit", "commodities": "tungsten",
     "what_changed": "Annual quota raised", "quantity": 53300.0, "unit": "t", "detail": "", "source_id": "s2"},
]


def _claim(kind: str, **kw: object) -> Claim:
    return Claim(sentence="The ministry set the tungsten quota.", span=(0, 1), kind=kind, commodity="tungsten", **kw)


def _interval(value: float, precision: float) -> tuple[float, float]:
    return value - precision, value + precision


def test_rows_are_those_of_the_commodity_country_and_dates_up_to_the_article() -> None:
    c = _claim("quantity", country="VNM")
    assert [e["event_id"] for e in quota_rows.quota_rows(_ROWS, c, "2030-06-01")] == ["x-2030-quota"]
    assert len(quota_rows.quota_rows(_ROWS, c, "2031-02-10")) == 2  # a month row counts from its first day
    assert quota_rows.quota_rows(_ROWS, _claim("quantity", country="LAO"), "2031-06-01") == []
    other = Claim(sentence="", span=(0, 1), kind="quantity", commodity="antimony")
    assert quota_rows.quota_rows(_ROWS, other, "2031-06-01") == []


@pytest.mark.parametrize(("value", "precision", "held"), [
    (31400, 50, True),      # the row's quantity
    (18700, 50, True),      # a batch written in the detail cell
    (50_000, 500, True),    # "50,000 t" rounds the 50,100 t total (rule 5)
    (47_000, 500, False),   # no figure of the rows
])
def test_a_tonnage_is_supported_only_when_a_row_holds_it(value: float, precision: float, held: bool) -> None:
    c = _claim("quantity", value=value, unit="t", year=2030)
    v = quota_rows.quota_verdict(c, _ROWS, _interval(value, precision), None)
    assert (v is not None and v.verdict == "supported") is held


def test_a_row_two_years_from_the_claims_year_does_not_hold_its_figure() -> None:
    c = _claim("quantity", value=31400, unit="t", year=2033)
    assert quota_rows.quota_verdict(c, _ROWS, _interval(31400, 50), None) is None


def test_a_change_written_in_a_row_needs_its_direction() -> None:
    down = _claim("change", change=-0.065, year=2030)
    assert quota_rows.quota_verdict(down, _ROWS, None, 0.0005).verdict == "supported"
    up = _claim("change", change=0.065, year=2030)
    assert quota_rows.quota_verdict(up, _ROWS, None, 0.0005) is None


def test_a_change_derived_from_two_years_rows() -> None:
    # 53,300 t (2031) against 50,100 t (2030) is +6.4%
    c = _claim("change", change=0.064, year=2031)
    v = quota_rows.quota_verdict(c, _ROWS, None, 0.0005)
    assert v is not None and v.verdict == "supported" and len(v.evidence) == 2
    assert quota_rows.quota_verdict(_claim("change", change=0.09, year=2031), _ROWS, None, 0.0005) is None


@pytest.mark.rules_only
def test_the_checker_reads_a_bundled_quota_row(checker) -> None:
    held = checker.check("Beijing's first allotment of 2022 mining quotas for rare earths came to 100,800 tonnes, "
                         "the ministry said.", "2022-04-11")
    assert [c.verdict.verdict for c in held.checks if c.claim.kind == "quantity"] == ["supported"]
    missing = checker.check("Beijing's first allotment of 2022 mining quotas for rare earths came to 104,000 tonnes, "
                            "the ministry said.", "2022-04-11")
    assert [c.verdict.verdict for c in missing.checks if c.claim.kind == "quantity"] == ["unverifiable"]
    early = checker.check("Beijing's first allotment of 2022 mining quotas for rare earths came to 100,800 tonnes, "
                          "the ministry said.", "2021-11-02")  # before the row's date
    assert [c.verdict.verdict for c in early.checks if c.claim.kind == "quantity"] == ["unverifiable"]
