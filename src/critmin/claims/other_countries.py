"""Figures of "other countries" (issue 6): the USGS tables end with a row "Other countries"
(country ``OTH`` in ``observations.csv``), the total of every country the table does not list.

"Reserves in countries outside these top nine make up 9.1 Mt", "all other countries mined
12,000 t": a tonnage whose holder is the countries left out of a list is that row's figure,
not the world's (a sentence naming "world" elsewhere made such figures world totals, refuted
against the world row).
"""

from __future__ import annotations

import re

from critmin.claims.model import Claim

__all__ = ["OTHER_COUNTRIES", "read_other_countries"]

#: the ISO-like code of the "Other countries" row
OTHER_COUNTRIES = "OTH"

#: the holder of the figure is the countries a list leaves out
_OTHERS = re.compile(
    r"\b(?:(?:all|the)\s+)?(?:other|remaining)\s+(?:producing\s+|producer\s+)?(?:countries|nations|producers)\b"
    r"|\b(?:countries|nations|producers)\s+(?:outside|beyond)\s+(?:of\s+)?(?:the|these|those)\s+"
    r"(?:(?:top|leading|main|major|largest|biggest)\s+)?(?:\w+\s+)?(?:countries|nations|producers|holders|ones)?", re.I)
#: what breaks the link between that holder and a later figure
_BREAK = re.compile(r"[;.]|\b(?:while|whereas|but|and\s+(?:the\s+)?world)\b", re.I)
#: a cheap test before the pattern: one of these words must be in the sentence
_GATE = ("other", "outside", "remaining", "beyond")


def read_other_countries(claims: list[Claim]) -> None:
    """Set, in place, the country of quantities whose clause names the countries left out of
    a list as their holder ("other countries", "countries outside the top five") to the "Other
    countries" row: for a world or unplaced figure, or any figure when no comma stands
    between that holder and the figure."""
    for c in claims:
        if c.kind != "quantity" or c.comparison:
            continue
        low = c.sentence.lower()
        if not any(w in low for w in _GATE):
            continue
        at = c.span[0] - c.sentence_span[0]
        if not 0 <= at <= len(c.sentence):
            continue
        head = c.sentence[max(0, at - 90):at]
        found = list(_OTHERS.finditer(head))
        if not found or _BREAK.search(head, found[-1].end()) is not None:
            continue
        if c.country in (None, "WLD") or "," not in head[found[-1].end():]:
            # ("Congo leads, while all other countries mined 6,000 t": the holder in the figure's own clause)
            c.country = OTHER_COUNTRIES
