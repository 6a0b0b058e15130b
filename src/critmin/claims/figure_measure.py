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


def clause_names_measure(before: str, measure: str) -> bool:
    """Whether the words of the figure's clause before it (``before`` ends where the figure
    starts) name ``measure`` ("production" or "reserves")."""
    words = _MEASURE_WORDS.get(measure)
    if not words:
        return True
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    clause = before[starts[-1]:] if starts else before
    said = _WORD.findall(clause.lower())[-_REACH:]
    return any(w in words for w in said)
