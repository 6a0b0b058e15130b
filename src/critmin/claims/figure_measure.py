"""Whether a figure's own clause names its measure (issue 6, labelling rule 4).

A tonnage the checker reads as production (or reserves) only from words elsewhere in the
sentence ("Argentina (4 million tons): ... producing 18,000 tons", "Chile has 9.3 million
tons of lithium ... mining practices") and that the edition of the day gives, for the same
country and year, under the other measure is that measure's figure: the writer named no
measure for it, so nothing in the text is wrong. Only when the figure's own clause names the
measure ("produces 1.9 million tons", "reserves of 49,000 t") is the number right but called
by the wrong measure (``partly_supported``).
"""

from __future__ import annotations

import re

__all__ = ["clause_names_measure"]

#: words that name output or reserves, by the measure they name
_MEASURE_WORDS = {
    "production": frozenset({
        "produce", "produces", "produced", "producing", "production", "producer", "producers", "output",
        "outputs", "mine", "mines", "mined", "mining", "extract", "extracts", "extracted", "extracting",
        "extraction", "supply", "supplies", "supplied", "supplying", "generate", "generates", "generated",
        "generating", "yield", "yields", "yielded", "make", "makes", "made", "churned", "churns", "dug",
    }),
    "reserves": frozenset({
        "reserve", "reserves", "deposit", "deposits", "resource", "resources", "endowment", "reservoir",
    }),
}

#: where the figure's clause starts: a comma, colon, semicolon, bracket or dash before it
_CLAUSE_START = re.compile(r"[,;:(\u2014\u2013]|\s-\s")
_WORD = re.compile(r"[a-z]+")
#: how far back the figure's clause is read, in words
_REACH = 8


#: an aside after a figure ("9.3 Mt of lithium—meaning it is economically viable ..."): not the figure's clause
_ASIDE = re.compile(r"[;:()\u2014\u2013]|\s-\s")
_DIGIT = re.compile(r"\d")


def clause_names_measure(before: str, measure: str, after: str = "") -> bool:
    """Whether the figure's clause names ``measure`` ("production" or "reserves"): the words
    before it (``before`` ends where the figure starts) back to the clause's start, or the
    words after it (``after`` starts where it ends) up to an aside or to the clause of the
    next figure ("With 1.9 Mt, the US is a major producer": the clause it opens)."""
    words = _MEASURE_WORDS.get(measure)
    if not words:
        return True
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    clause = before[starts[-1]:] if starts else before
    said = _WORD.findall(clause.lower())[-_REACH:]
    if any(w in words for w in said):
        return True
    aside = _ASIDE.search(after)
    tail = after[:aside.start()] if aside else after
    nxt = _DIGIT.search(tail)
    if nxt is not None:
        cut = tail.rfind(",", 0, nxt.start())
        tail = tail[:cut] if cut >= 0 else ""  # "..., producing 18,000 t": that verb is the next figure's
    return any(w in words for w in _WORD.findall(tail.lower())[:2 * _REACH])


#: a movement verb right before a tonnage: "up by 1,000 t", "rose by some 5,000 t", "fell 2,000 t"
_MOVED_BY = re.compile(
    r"\b(?:up|down|higher|lower|rose|risen|rising|fell|fallen|falling|increased|decreased|grew|grown|dropped|declined"
    r"|climbed|jumped|gained|slipped|slid|shrank|expanded|added|an?\s+(?:increase|decrease|rise|fall|drop|decline|gain)"
    r"\s+of)\s+(?:by\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|just\s+)?$", re.I)
_FROM_YEAR = re.compile(r"\s*(?:from|compared\s+(?:with|to)|over|on|versus|vs\.?)\s+(?:the\s+)?(?:level\s+of\s+|year\s+)?"
                        r"(?P<y>19[89]\d|20[0-3]\d)\b", re.I)
_YEAR = re.compile(r"\b(?:19[89]\d|20[0-3]\d)\b")


def change_amount_year(sentence: str, at: int, end: int, year: int | None) -> int | None:
    """For a tonnage that is the size of a change ("67,000 t in 2024, up by 1,000 t from 2023"),
    the year the change ends in (the later year of the sentence; the year after the one "from"
    names); None when the figure is no change amount. ``at`` and ``end`` are the figure's
    bounds in ``sentence``."""
    if _MOVED_BY.search(sentence, max(0, at - 40), at) is None:
        return None
    after = _FROM_YEAR.match(sentence, end)
    if after is None:
        return year
    base = int(after.group("y"))
    later = [int(y) for y in _YEAR.findall(sentence) if int(y) > base]
    return max(later) if later else base + 1


#: a word of mine output: "platinum production", "mine output", "mined", "mining"
_OUTPUT_WORD = re.compile(r"\b(?:production|output|mined|mining|mine\s+supply)\b", re.I)


def output_named_before(sentence: str, at: int) -> bool:
    """Whether the sentence speaks of output before the figure at ``at`` ("Platinum production,
    especially in South Africa, which accounts for about 70% of global supply"): a "supply" share
    there is a share of that output, not of mined and recycled metal together."""
    return _OUTPUT_WORD.search(sentence, 0, max(0, at)) is not None
