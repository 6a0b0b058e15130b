"""Restatements: a sentence that re-tells an event another sentence of the article was matched to.

An article names an event once with its date, party and kind ("Washington and Tokyo signed a framework
on critical minerals on Tuesday"), then re-tells it and its terms in later sentences that name few of
those cues ("Together, they will identify key projects ...", "The proclamation also notes that ...",
"... within 180 days of this framework's establishment"). Labelling rule 13 reads such a sentence as
the recorded event when what it states is what the row records (a detail the table does not state
stays ``unverifiable``), and rule 17i reads a term of a recorded deal as a detail of it.

The learned event matcher (:mod:`critmin.claims.event_matcher`) already weighs a row that the rules
cite in another sentence of the article (``art:cited``, one of its strongest features); the rows the
matcher itself called in the article were not read so, because it reads the article's citations
before its own calls (as in training). After its pass, the sentences it left open are read once more
(:func:`match_restatements`), the rows it called in the article's other sentences counted as cited;
a call is made only to one of those rows (the event the article re-tells), at the matcher's own
threshold, second stage and guards, with a first-stage probability of ``RESTATEMENT_FLOOR`` at least. Its explanation says so. The training script reads the rules'
citations only and applies no such pass, so neither learned part is retrained. A further pass finds
no more calls on the readable articles (measured, twenty-sixth session).

``RESTATEMENTS`` switches it off.
"""

from __future__ import annotations

from typing import Any

from critmin.claims.model import ClaimCheck

#: (twenty-sixth session; switch for measuring) the second pass of the matcher over restatements
RESTATEMENTS = True

#: the first-stage probability a restatement's call needs at least (above the second stage's floor of 0.3): the
#: call rests on the matcher's own call in another sentence. Cross-validated by batch (the checker's second
#: stage and guards over held-out first-stage scores): at 0.3 46 right / 20 over-calls, at 0.4 39 / 16, at 0.5
#: 37 / 9
RESTATEMENT_FLOOR = 0.5

#: the explanation of a call of the learned matcher (critmin.claims.event_matcher._verdict)
_MATCHER_WORDS = "matched by the learned event matcher"
_WHY = "; another sentence of the article was matched to this row, which this one re-tells"


def matcher_rows(checks: list[ClaimCheck]) -> frozenset[str]:
    """The event ids the learned matcher's calls cite (evidence of the events table)."""
    return frozenset(ev.edition for cc in checks if _MATCHER_WORDS in cc.verdict.explanation
                     for ev in cc.verdict.evidence if ev.measure == "event" and ev.edition)


def match_restatements(checks: list[ClaimCheck], events: list[dict[str, Any]] | None, day: str, data_dir: str,
                       cited: frozenset[str]) -> None:
    """After :func:`critmin.claims.event_matcher.match_open_events`: the sentences it left open read
    again with the rows it called counted as cited (``cited``: the rules' citations, read before its
    calls), a call made only to one of those rows."""
    if not RESTATEMENTS or not events:
        return
    called = matcher_rows(checks) - cited
    if not called:
        return
    from critmin.claims.event_matcher import match_open_events

    match_open_events(checks, events, day, data_dir, cited=cited | called, only=called, why=_WHY,
                      least=RESTATEMENT_FLOOR)
