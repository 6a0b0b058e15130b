"""The period of a change stated without a size.

"Output has been falling in recent years", "production has declined over the past few
years", "has increased its output since 2014": a direction over a span of years, which
the sign of the change between the first and the last year of the span settles (README
rule 12). ``change_period`` reads the span from the sentence; the verdict compares the
figure of the span's first year with that of its last (the latest data year of the
edition of the day, or the year named).

Assumption (labelled, not data): "recent years", "the past few years" and "lately" are
read as the last two data years before the latest one (a window of two years), the
shortest span that the plural "years" allows.
"""

from __future__ import annotations

import re

#: words that must appear in the sentence before any regex runs
_PERIOD_GATE = frozenset({"recent", "recently", "few", "several", "since", "lately"})

_VAGUE_PERIOD = re.compile(
    r"\b(?:in|over|during|for)\s+(?:the\s+)?(?:recent|past\s+(?:few|several)|last\s+(?:few|several)"
    r"|previous\s+(?:few|several))\s+years\b|\bin\s+recent\s+years\b|\bover\s+recent\s+years\b", re.I)
_SINCE_YEAR = re.compile(r"\bsince\s+(?P<y>(?:19|20)\d\d)\b", re.I)

#: the span, in years, of "recent years" and "the past few years" (an assumption, above)
VAGUE_SPAN_YEARS = 2


def change_period(sentence: str, words: frozenset[str] | None = None) -> tuple[str, int] | None:
    """("since", year) for "since 2014"; ("span", years) for "in recent years" and "over the
    past few years"; None when the sentence states neither."""
    if words is None:
        words = frozenset(re.findall(r"[a-z]+", sentence.lower()))
    if not words & _PERIOD_GATE:
        return None
    m = _SINCE_YEAR.search(sentence)
    if m is not None:
        return "since", int(m.group("y"))
    if _VAGUE_PERIOD.search(sentence):
        return "span", VAGUE_SPAN_YEARS
    return None
