"""Dates that date a document about an event, not the event (labelling rules 9 and 13).

A sentence often dates the paper that reports a measure rather than the measure itself: "a
letter of clarification ... dated October 28", "according to a Nov. 7 note by Kazakhstan's
Ministry", "the special envoy said in a statement released on March 31", "the regulator said in
a statement dated Sunday". Such a date names the document (a letter, note, statement, filing,
report), which ``events.csv`` does not hold: it can neither pick a row nor refute one. A row
that happens to share the document's date is another happening (a framework agreed that day is
no regulator's letter), and a recorded event reported a day later in a statement keeps its own
date (rule 13: details the bundle does not hold do not change the verdict).

:func:`document_dates` finds those dates among a sentence's date spans; the event rules give
them the role ``"document"`` (``extract._fresh_event_fields``), and ``verdict._event`` leaves
them out of both the choice of row and the comparison of dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: the nouns of a document that carries a date of its own
_DOC = (r"(?:letter|note|notice|memo(?:randum)?|circular|filing|statement|release|press\s+release|report"
        r"|bulletin|document|notification|directive)")
#: "a statement released on March 31", "in a note published on Friday": a document's noun and a verb of releasing
_BEFORE = re.compile(
    rf"\b{_DOC}s?\s+(?:was\s+|were\s+)?(?:released|issued|published|posted|sent|filed|circulated)\s+(?:on\s+)?$",
    re.I)
#: "a letter ... dated October 28": "dated" after a document's noun in the same clause (not "the sanctions, dated
#: August 23", where the date is the measure's own)
_DATED = re.compile(r"\bdated\s+(?:on\s+)?$", re.I)
_DOC_NOUN = re.compile(rf"\b{_DOC}s?\b(?![^.;]*\b(?:{_DOC})s?\b)[^.;]*$", re.I)
#: "according to a Nov. 7 note", "in its March 3 filing": an article and the date before the noun (not "report",
#: "statement" or "release", which can be the recorded event itself: "the May 14, 2024, report stated ...")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|its|their|his|her|the)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s*(?:,\s*\d{4}\s*,?\s*)?(?:letter|note|notice|memo(?:randum)?|circular|filing)\b", re.I)
#: how far before the date the cue may start
_WINDOW = 60
#: how far before "dated" the document's noun may be
_DATED_WINDOW = 140


def document_dates(sentence: str, spans: Iterable[tuple[int, int, str]]) -> set[str]:
    """The stated dates (ISO strings) of ``spans`` (start, end, date within ``sentence``) that date
    a document: written after "dated" in a clause that names a document ("a letter ... dated"), after
    a document's noun and a verb of releasing ("a statement released on"), or between an article and
    a document's noun ("a Nov. 7 note")."""
    out: set[str] = set()
    for a, b, d in spans:
        if not d or a < 0 or b > len(sentence):
            continue
        before = sentence[max(0, a - _WINDOW):a]
        dated = _DATED.search(before) is not None and _DOC_NOUN.search(sentence[max(0, a - _DATED_WINDOW):a]) is not None
        if dated or _BEFORE.search(before) or (_ARTICLE_BEFORE.search(before) and _NOUN_AFTER.match(sentence, b)):
            out.add(d)
    return out


#: how long before its document a recorded event may be that the document reports ("have begun talks",
#: said in a statement released the next day); a row further from it is another happening
REPORT_DAYS = 45


def reports_row(doc_dates: Iterable[str], e: dict[str, object]) -> bool:
    """Whether a row can be what a document of ``doc_dates`` reports: one of its dates (announcement or
    effective) falls on or up to :data:`REPORT_DAYS` days before one of them, at the precision both hold."""
    import datetime as dt

    days = [str(e.get(k) or "")[:10] for k in ("date", "effective_date")]
    for doc in doc_dates:
        try:
            hi = dt.date.fromisoformat(doc[:10])
        except ValueError:
            continue
        lo = (hi - dt.timedelta(days=REPORT_DAYS)).isoformat()
        for d in days:
            if not d:
                continue
            n = len(d)  # a row dated to a month or a year: compare at its precision
            if lo[:n] <= d <= hi.isoformat()[:n]:
                return True
    return False
