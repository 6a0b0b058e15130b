"""Dates a row's text records: the missed-date guard of the learned event matcher reads them.

The learned matcher (:mod:`critmin.claims.event_matcher`) makes no call when the sentence states
dates and none of them is a date of the row (``d:miss``: the guard ``_date_not_held``): a wrong date
is not ``supported``. But a row's ``date``, ``effective_date`` and ``end_date`` are not all the dates
the table records of the event: its ``title``, ``what_changed``, ``detail`` and ``note`` state the
terms of a deal or measure ("a joint company to run Atacama lithium output from 2025 to 2060", "25 %
on permanent magnets from 2026", "renewed for three years from 1 July"). A sentence that states
such a term ("These new contracts will be effective from January 2031 through December 2060") states
a date the table records, so it is no missed date (labelling rules 5 and 13: a detail the table
states; rule 17i: a term of a recorded deal is a detail of the recorded event). This is the date
counterpart of the sums of money a row's text states (``event_matcher._text_amounts``, ``fig:text``).

A stated date is held by the row's text (:func:`held_by_row_text`) when

* its year is written in the text as a number of its own and is not the year of the row's own
  date (the row's year in its text says nothing of another day or month of that year: "On May 24,
  2024, the DOE published ..." is not held by a row of 13 May 2024 whose text writes "2024"), or
* a date the event readers read in the text (:func:`critmin.claims.event_signatures._read`) meets it
  at the precision of a month at least (the coarser of the two).

Every stated date must be held. The guard is applied at the call, after training (the training
script applies no guard), so neither learned part is retrained. ``ROW_TEXT_DATES`` switches it off.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

#: (twenty-sixth session; switch for measuring) dates the row's text records count as the row's dates
#: for the missed-date guard of the learned event matcher
ROW_TEXT_DATES = True

_TEXT_FIELDS = ("title", "what_changed", "detail", "note")
_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d,])")


def row_text(e: dict[str, Any]) -> str:
    """The row's title, what_changed, detail and note, joined."""
    return " ".join(str(e.get(k) or "") for k in _TEXT_FIELDS)


@lru_cache(maxsize=4096)
def _text_dates(text: str, day: str, data_dir: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The years written in ``text`` and the dates the event readers read in it (ISO prefixes)."""
    from critmin.claims.event_signatures import _read

    years = frozenset(_YEAR.findall(text))
    try:
        dates = tuple(d for d, _ in _read(text, day, data_dir)[3])
    except Exception:  # an odd text must not sink the call: only the years are read
        dates = ()
    return years, dates


def held_by_row_text(stated: list[tuple[str, str]], e: dict[str, Any], data_dir: str) -> bool:
    """Whether every date of ``stated`` ((ISO prefix, precision), as the event readers give them)
    is one the row's text records (see the module's docstring). False when nothing is stated."""
    if not stated:
        return False
    own = str(e.get("date") or "")[:4]
    day = str(e.get("date") or "")[:10]
    if len(day) < 10:
        day = (day + "-01-01")[:10] if len(day) in (4, 7) else "2100-01-01"
    years, dates = _text_dates(row_text(e), day, data_dir)
    for d, _ in stated:
        if d[:4] in years and d[:4] != own:
            continue
        if any(len(t) >= 7 and len(d) >= 7 and t[:7] == d[:7] and t[:min(len(t), len(d))] == d[:min(len(t), len(d))]
               for t in dates):
            continue
        return False
    return True


def date_missed(feats: list[str], sent: str, day: str, e: dict[str, Any], data_dir: str) -> bool:
    """The matcher's missed-date guard (``d:miss`` among the pair's features) unless every date the
    sentence states is one the row's text records (:func:`held_by_row_text`)."""
    if "d:miss" not in feats:
        return False
    if not ROW_TEXT_DATES:
        return True
    from critmin.claims.event_signatures import _read

    return not held_by_row_text(_read(sent, day, data_dir)[3], e, data_dir)
