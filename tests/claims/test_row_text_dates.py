"""Twenty-sixth session: the learned event matcher's missed-date guard reads the dates a row's text
records (``critmin.claims.row_text_dates``), on an INVENTED row shaped like events.csv (none is in the
table). A term of a recorded deal stated in the row's text ("from 2026 to 2058", "from 1 July 2024")
is a date the table records (labelling rules 5, 13 and 17i); another year, or another day of the row's
own year, stays a missed date."""

from __future__ import annotations

import pytest

from critmin.claims import row_text_dates as rtd
from critmin.dataset import DATA_DIR

DATA = str(DATA_DIR)

ROW = {"event_id": "per-2024-03-14-bismuth-jv", "date": "2024-03-14", "date_precision": "day",
       "effective_date": "", "end_date": "", "type": "agreement",
       "title": "Peru and Acme agree a state-majority bismuth joint company",
       "what_changed": "Joint company to run the Pasco bismuth output from 2026 to 2058",
       "detail": "Licence renewed for three years from 1 July 2024; the state holds 51 %", "note": "",
       "actors": "PER", "commodities": "bismuth", "source_id": "invented"}


def test_a_year_the_text_writes_is_held() -> None:
    assert rtd.held_by_row_text([("2026-01", "month")], ROW, DATA)
    assert rtd.held_by_row_text([("2058-12", "month"), ("2026", "year")], ROW, DATA)


def test_a_year_the_text_does_not_write_is_not_held() -> None:
    assert not rtd.held_by_row_text([("2031-01", "month")], ROW, DATA)
    # every stated date must be held
    assert not rtd.held_by_row_text([("2026-01", "month"), ("2031", "year")], ROW, DATA)
    assert not rtd.held_by_row_text([], ROW, DATA)


def test_the_rows_own_year_holds_no_other_day_of_it() -> None:
    # the text writes 2024 (the row's own year): another day or month of 2024 is not held by the year alone
    assert not rtd.held_by_row_text([("2024-05-24", "day")], ROW, DATA)
    assert not rtd.held_by_row_text([("2024-10", "month")], ROW, DATA)


def test_a_month_the_text_dates_is_held() -> None:
    # "from 1 July 2024" in the detail, read by the event readers
    assert rtd.held_by_row_text([("2024-07-01", "day")], ROW, DATA)
    assert rtd.held_by_row_text([("2024-07", "month")], ROW, DATA)


def test_the_guard_at_the_call(monkeypatch: pytest.MonkeyPatch) -> None:
    day = "2024-03-20"
    term = "The joint company will start operating in January 2026."
    other = "The joint company will start operating in January 2031."
    assert not rtd.date_missed(["d:miss", "p:actor"], term, day, ROW, DATA)
    assert rtd.date_missed(["d:miss", "p:actor"], other, day, ROW, DATA)
    # no missed date among the features: the guard does not hold the call whatever the text
    assert not rtd.date_missed(["d:hit:day"], other, day, ROW, DATA)
    monkeypatch.setattr(rtd, "ROW_TEXT_DATES", False)
    assert rtd.date_missed(["d:miss"], term, day, ROW, DATA)
