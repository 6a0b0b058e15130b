"""Dates with their precision: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

Sources often give only a year or a month ("mining since 2011", "shut from mid-February
2025"). A :class:`PartialDate` keeps that precision as the interval of days it may mean:
``2022`` is 2022-01-01 .. 2022-12-31. As-of questions compare a day with that interval:

* :func:`started_by` -- the period had begun by the day (its first possible day is on or
  before it). This is the rule used for "status as of a date"; when the day falls inside
  the interval, :func:`is_uncertain` says so and results carry a ``date_uncertain`` flag.
* :func:`ended_before` -- a period given by its last date (``valid_to``) is over on the
  day only if the day is after its last possible day (``valid_to`` is inclusive).

No pandas here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from critmin.errors import CritminError

__all__ = [
    "DateParseError",
    "PartialDate",
    "as_of_day",
    "ended_before",
    "is_uncertain",
    "parse_date",
    "started_by",
]

_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
PRECISIONS = ("year", "month", "day")


class DateParseError(CritminError):
    """A date is not YYYY, YYYY-MM or YYYY-MM-DD, or is not a real date."""


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to a precision, as the closed interval ``start .. end`` of days."""

    start: dt.date
    end: dt.date
    precision: str
    text: str

    def __str__(self) -> str:
        return self.text


def parse_date(value: object, *, where: str = "") -> PartialDate:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or a ``datetime.date``).

    Raises
    ------
    DateParseError
        Naming the value (and ``where`` it came from) when it is not such a date.
    """
    if isinstance(value, PartialDate):
        return value
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate(value, value, "day", value.isoformat())
    text = str(value).strip() if value is not None else ""
    at = f" in {where}" if where else ""
    m = _RE.match(text)
    if not m:
        raise DateParseError(
            f"{text!r}{at} is not a date",
            hint="use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-06-01)",
        )
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    try:
        if month is None:
            return PartialDate(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", text)
        mon = int(month)
        if day is None:
            last = calendar.monthrange(year, mon)[1]
            return PartialDate(dt.date(year, mon, 1), dt.date(year, mon, last), "month", text)
        d = dt.date(year, mon, int(day))
        return PartialDate(d, d, "day", text)
    except ValueError as err:
        raise DateParseError(f"{text!r}{at} is not a real date ({err})") from None


def as_of_day(value: object | None = None, *, where: str = "as-of date") -> dt.date:
    """The day an as-of question is asked for: a full date; ``None`` means today.

    A year or month is read as its last day (everything known by the end of it).
    """
    if value is None or value == "":
        return dt.date.today()
    return parse_date(value, where=where).end


def started_by(start: object, day: dt.date) -> bool:
    """True when a period beginning at ``start`` may have begun by ``day``."""
    return parse_date(start).start <= day


def ended_before(end: object | None, day: dt.date) -> bool:
    """True when a period whose last date is ``end`` (inclusive) is over on ``day``."""
    if end is None or (isinstance(end, float) and end != end) or end == "":
        return False
    return parse_date(end).end < day


def is_uncertain(start: object, day: dt.date) -> bool:
    """True when ``day`` falls inside the imprecise ``start`` (it may not have begun yet)."""
    p = parse_date(start)
    return p.start <= day < p.end
