"""Dates with precision and the as-of rules."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from critmin.dates import (
    DateParseError,
    as_of_day,
    ended_before,
    is_uncertain,
    parse_date,
    started_by,
)


def test_precisions() -> None:
    y = parse_date("2022")
    assert (y.precision, y.start, y.end) == ("year", dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    m = parse_date("2024-02")
    assert (m.precision, m.start, m.end) == ("month", dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    d = parse_date("2025-06-01")
    assert (d.precision, d.start, d.end) == ("day", dt.date(2025, 6, 1), dt.date(2025, 6, 1))


@pytest.mark.parametrize("bad", ["", "2025-6-1", "25-06-01", "2025-13", "2025-02-30", "June 2025", None])
def test_bad_dates_name_the_value(bad) -> None:
    with pytest.raises(DateParseError) as err:
        parse_date(bad, where="site_status.csv line 3")
    assert "site_status.csv line 3" in err.value.message


def test_as_of_reads_a_month_as_its_last_day() -> None:
    assert as_of_day("2025-06") == dt.date(2025, 6, 30)
    assert as_of_day("2025-06-01") == dt.date(2025, 6, 1)


def test_started_uncertain_and_ended() -> None:
    day = dt.date(2022, 6, 1)
    assert started_by("2022", day) and is_uncertain("2022", day)
    assert not started_by("2022-06-02", day)
    assert started_by("2022-06-01", day) and not is_uncertain("2022-06-01", day)
    assert not ended_before("2022-06", day) and ended_before("2022-05", day)
    assert not ended_before(None, day) and not ended_before("", day)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_every_day_lies_inside_its_month_and_year(d: dt.date) -> None:
    for text in (d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]):
        p = parse_date(text)
        assert p.start <= d <= p.end
        assert started_by(text, d) and not ended_before(text, d)
