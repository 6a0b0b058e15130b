"""A share set in apposition to a tonnage (issue 6, labelling rule 2): "mined 8,000 t of
cobalt in 2023 — 4 percent of world output — against ... before 2020". The share
restates the tonnage as a part of the world's, so it is of the tonnage's year; a year written
later in the sentence, outside the apposition, dates something else.
"""

from __future__ import annotations

import re

from critmin.claims.model import Claim

__all__ = ["date_apposed_shares"]

#: the words between a tonnage and a share set off after it: no figure, ending in a dash, bracket or comma
_GAP = re.compile(r"[^\d;.]{0,45}?(?:\s[\u2014\u2013-]|\u2014|\(|,)\s*(?:or\s+|about\s+|around\s+|some\s+|roughly\s+)?$")
#: the share's own phrase, up to the end of the apposition
_OWN_TAIL = re.compile(r"[^\u2014\u2013();,]{0,60}")
_YEAR = re.compile(r"\b(?:19[89]\d|20[0-3]\d)\b")


def date_apposed_shares(claims: list[Claim]) -> None:
    """Give, in place, a share set off right after a dated tonnage of the same sentence and
    commodity that tonnage's year, unless the share's own phrase writes a year."""
    last: Claim | None = None
    for c in sorted(claims, key=lambda x: x.span):
        if c.kind == "quantity" and c.year is not None:
            last = c
            continue
        if c.kind != "share" or last is None or last.sentence_span != c.sentence_span or c.year == last.year \
                or (last.commodity and c.commodity and last.commodity != c.commodity):
            continue
        s0 = c.sentence_span[0]
        gap = c.sentence[last.span[1] - s0:c.span[0] - s0]
        if not gap or _GAP.fullmatch(gap) is None:
            continue
        tail = _OWN_TAIL.match(c.sentence, c.span[1] - s0)
        if tail is not None and _YEAR.search(tail.group(0)):
            continue  # "9,500 t in 2022, 5% of supply in 2021": the share names its own year
        c.year = last.year
