"""Dates of a document about an event are not the event's date (claims/document_dates.py; labelling
rules 9 and 13): they neither pick a row nor refute one."""

from __future__ import annotations

import datetime as dt

import pytest

from critmin.claims.document_dates import document_dates, reports_row


def _span(sentence: str, words: str, iso: str) -> list[tuple[int, int, str]]:
    a = sentence.index(words)
    return [(a, a + len(words), iso)]


@pytest.mark.parametrize(("sentence", "words", "iso", "document"), [
    ("In a letter of clarification from the Director General of the Authority (MMRA), dated October 28, the "
     "government recognises the plan.", "October 28", "2025-10-28", True),
    ("The letter was dated February 17.", "February 17", "2026-02-17", True),
    ("The US and Kazakhstan signed a memorandum, according to a Nov. 7 note by the ministry.", "Nov. 7",
     "2025-11-07", True),
    ("Talks have begun, the envoy said in a statement released on March 31.", "March 31", "2025-03-31", True),
    # the date of the measure itself, not of a paper about it
    ("The sanctions, dated August 23, 2024, were among 400 entities.", "August 23, 2024", "2024-08-23", False),
    ("The May 14, 2024, report stated that USTR would keep the tariffs.", "May 14, 2024", "2024-05-14", False),
    ("China announced the controls on October 9.", "October 9", "2025-10-09", False),
])
def test_document_dates(sentence: str, words: str, iso: str, document: bool) -> None:
    assert (iso in document_dates(sentence, _span(sentence, words, iso))) is document


def test_reports_row_window() -> None:
    row = {"date": "2025-03-30"}
    assert reports_row(["2025-03-31"], row)          # reported the next day
    assert not reports_row(["2025-03-29"], row)      # a document before the event cannot report it
    assert not reports_row(["2025-10-28"], {"date": "2025-04-24"})  # months apart: another happening
    assert reports_row(["2026-02-17"], {"date": "2026-02"})         # a row dated to the month


def _verdicts(text: str, day: str) -> list[str]:
    from critmin import claims

    return [c.verdict.verdict for c in claims.check(text, date=dt.date.fromisoformat(day)).checks]


def test_note_date_does_not_refute_the_recorded_mou() -> None:
    # events.csv records the US-Kazakhstan MoU on 6 November 2025; the ministry's note of the 7th reports it
    got = _verdicts("The US and Kazakhstan signed a government-to-government memorandum of understanding on "
                    "critical minerals, according to a Nov. 7 note by Kazakhstan's Ministry of Industry and "
                    "Construction.", "2025-11-20")
    assert "refuted" not in got
    assert "supported" in got


def test_letter_date_alone_names_no_row() -> None:
    got = _verdicts("The letter was dated February 17.", "2026-03-01")
    assert "supported" not in got
