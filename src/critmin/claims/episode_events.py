"""A past episode of conflict over a commodity, named by a word of conflict and its year.

"The two countries clashed over cobalt in 2012", "since a 2015 diplomatic row with Chile over
lithium", "Beijing first weaponised graphite exports in 2019", "down from 80% in 2016, when a
dispute forced Seoul to look elsewhere": the sentence states that a dispute over the commodity
happened in that year between the countries it names. Labelling rule 4 (and the tenth batch's
reading, C1630-C1695) lets such a recorded episode decide the sentence, so it is an event claim
of the kind ``disruption`` (a halt of trade, events.csv type ``supply_disruption``), dated by its
year and judged like any other: supported when the table holds the episode, unverifiable when
it does not. Without a year, a commodity or a word of conflict the sentence is left to the
other rules ("amid the trade dispute with Beijing" names no past episode).
"""

from __future__ import annotations

import re
from typing import Any

from critmin.claims.model import Claim

__all__ = ["EPISODE_WORDS", "episode_claim"]

#: words of conflict (lower case, as the sentence's word set holds them)
EPISODE_WORDS = frozenset({
    "dispute", "disputes", "row", "clash", "clashed", "clashes", "spat", "standoff", "feud", "feuded",
    "weaponize", "weaponized", "weaponise", "weaponised", "weaponizing", "weaponising",
})
_CONFLICT = re.compile(
    r"\b(?:disputes?|row|clash(?:ed|es)?|spat|stand-?off|feud(?:ed)?|weaponi[sz](?:e|ed|ing))\b", re.I)
#: a year close enough to the word of conflict to date it (same clause, either side)
_REACH = 70
#: "the trade row": a row of figures or seats is no conflict; "in a row" is a run of years
_NOT_CONFLICT_ROW = re.compile(r"\b(?:in\s+a|third|second|fourth|fifth|consecutive)\s+(?:straight\s+)?row\b"
                               r"|\brow\s+(?:of|houses?|crops?)\b", re.I)
#: what ends a clause
_CLAUSE_MARKS = (",", ";", "\u2014", "\u2013 ", ":", "(", ")")
#: a plan or a fear, not a past episode ("could weaponise", "threatens to weaponise")
_NOT_PAST = re.compile(r"\b(?:could|may|might|would|will|threat(?:en)?s?\s+to|risk\s+of|fears?\s+of)\s+(?:\w+\s+){0,2}$",
                       re.I)


def _clause(sent: str, a: int, b: int) -> tuple[int, int]:
    """The clause around ``sent[a:b]``: from the punctuation before it to the one after it."""
    lo = max(sent.rfind(p, 0, a) for p in _CLAUSE_MARKS) + 1
    his = [i for i in (sent.find(p, b) for p in _CLAUSE_MARKS) if i >= 0]
    return lo, (min(his) if his else len(sent))


def episode_claim(text: str, start: int, end: int, years: list[tuple[int, int, int]],
                  parties: list[tuple[int, int, str]], commodities: list[str],
                  article_date: str | None, sentence_year: int | None = None) -> Claim | None:
    """The event claim of a past episode of conflict in the sentence ``text[start:end]``, or None.

    ``years`` are the sentence's years as (start, end, year) in the text, ``parties`` the countries
    (start, end, ISO3 in the text) the sentence names itself or by metonym, ``commodities`` its
    commodity slugs; ``sentence_year`` a year that dates the whole sentence ("in September of that
    year", the year of the sentences before), used when no year is written near the word of
    conflict. The parties of the episode are those of the clause holding the word of
    conflict ("Korea's dependence has not fallen since China weaponised exports against Japan in
    2010": China and Japan, not Korea)."""
    if not (years or sentence_year) or not commodities:
        return None
    sent = text[start:end]
    this_year = int(article_date[:4]) if article_date else None
    for m in _CONFLICT.finditer(sent):
        if m.group(0).lower() == "row" and _NOT_CONFLICT_ROW.search(sent, max(0, m.start() - 20), m.end() + 12):
            continue
        if _NOT_PAST.search(sent, max(0, m.start() - 40), m.start()):
            continue
        at = start + m.start()
        near = [y for a, b, y in years if abs((a if a > at else b) - at) <= _REACH
                and (this_year is None or y < this_year)]
        if not near and sentence_year is not None and (this_year is None or sentence_year < this_year):
            near = [sentence_year]
        if not near:
            continue
        lo, hi = _clause(sent, m.start(), m.end())
        named = sorted({iso for a, b, iso in parties if lo <= a - start < hi})
        # the year closest to the word of conflict dates it
        year = min(near, key=lambda y: min((abs(a - at) for a, b, yy in years if yy == y), default=0))
        ev: dict[str, Any] = {"type": "disruption", "date": str(year), "dates": [(str(year), "year")],
                              "count": None, "context_commodities": [], "undated": False, "ends": [],
                              "legal": None, "since": False, "actors": named,
                              "commodities": sorted(set(commodities)), "roles": {}, "kinds": ["disruption"],
                              "episode": True}
        return Claim(sentence=sent, span=(at, start + m.end()), kind="event", text=m.group(0),
                     sentence_span=(start, end), subject=f"dispute in {year}", event=ev,
                     commodity=sorted(set(commodities))[0], country=named[0] if named else None)
    return None
