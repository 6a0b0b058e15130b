"""The year of the sentence before (labelling rule 13, C1042).

"In 2023, Myanmar mined 43,000 t of rare earths. Nigeria's output was 7,200 t.": the second
sentence names no year, and its figure is of the same series (commodity and measure) as a
figure the sentence just before dates with the one year written in it (a span, "from 2022
to 2025", dates nothing after it). That year carries into the
second sentence before the present-tense default (the latest year of the edition of the
day) applies; a sentence in the present takes it only when it is the latest year or later
(C1042: "dominates the market with 72%" after a sentence on 2025). A sentence that marks its own time ("now", "currently", "this year", "so far")
or writes any year keeps what the extractor read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from critmin.claims.model import Claim

__all__ = ["carry_previous_year"]

#: a written year
_YEAR_WRITTEN = re.compile(r"(?<![\w$.,])(?:19[89]\d|20[0-3]\d)(?![\w%]|[.,]\d)")
#: words by which a sentence dates itself (the present, a running period) and keeps the default
_OWN_TIME = re.compile(r"\b(?:now|currently|current|today|at\s+present|presently|this\s+year|so\s+far|to\s+date"
                       r"|latest|recent(?:ly)?|annual(?:ly)?|per\s+year|a\s+year|each\s+year|every\s+year|yearly)\b", re.I)
#: the gap between two adjacent sentences: spaces and at most one paragraph break
_ADJACENT_GAP = re.compile(r"\s*")
#: the kinds whose figure a carried year dates
_DATED_KINDS = ("quantity", "share", "change")


def _series(c: Claim) -> tuple[str | None, str | None, str | None]:
    return c.commodity, c.measure, c.stage


#: a verb in the past: the sentence reports what a dated time saw ("was", "came to", "mined")
#: ("an estimated 44 Mt", "a combined 50%", "the listed countries": a participle after an article is
#: an adjective, not the sentence's verb)
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|came|stood|rose|fell|grew|fallen|risen|grown"
                        r"|(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)[a-z]{3,}ed)\b", re.I)


def carry_previous_year(claims: list[Claim], text: str, date: str,
                        latest: Callable[[Claim], int | None] | None = None) -> None:
    """Set, in place, the year of figures that name none to the year written for a figure of
    the same series in the sentence right before (see the module docstring); a year after the
    article's (a projection) never carries. A sentence in the present ("Mozambique mines
    96,000 t") takes it only when it is not older than ``latest(claim)``, the latest year of
    the editions of the day: the present is then that year, not an earlier one."""
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence_span, []).append(c)
    spans = sorted(by_sentence)
    for before, here in pairwise(spans):
        undated = [c for c in by_sentence[here] if c.kind in _DATED_KINDS and c.year is None and c.commodity
                   and c.measure and c.measure != "price" and not c.undated and not c.edition_ref
                   and (c.value is not None or c.change is not None)
                   and not (c.comparison or {}).get("period") and not (c.comparison or {}).get("sub_annual")]
        if not undated or not _ADJACENT_GAP.fullmatch(text, before[1], here[0]):
            continue
        sent = text[here[0]:here[1]]
        if _YEAR_WRITTEN.search(sent) or _OWN_TIME.search(sent):
            continue
        prev = text[before[0]:before[1]]
        written = {int(y) for y in _YEAR_WRITTEN.findall(prev)}
        if len(written) != 1:
            continue  # "rose from 190,000 t in 2022 to 310,000 t in 2025": a span dates nothing after it
        dated = {_series(c): c.year for c in by_sentence[before] if c.year is not None and c.year in written
                 and c.year < int(date[:4]) and c.kind in _DATED_KINDS}
        past = _PAST_VERB.search(sent) is not None
        for c in undated:
            year = dated.get(_series(c))
            if year is None:
                continue
            newest = latest(c) if latest is not None and not past else None
            if past or (newest is not None and year >= newest):
                c.year = year
