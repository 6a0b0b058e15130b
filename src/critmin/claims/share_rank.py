"""Share and rank rules (issue 6, s6-share): which year, edition and denominator a share or a
rank is of, as small hooks called from :mod:`extract` and :mod:`verdict`.

* A sentence that names no year takes the year the sentence before it gives the same series
  (commodity and measure), before the present-tense default (labelling rule 13: "A year
  stated in the previous sentence for the same series carries into a sentence that names
  none").
* A hedged range ("approximately 70-85%") widens each stated end by the hedge (rule 5: the
  hedge allows 5% of the stated value, and a range holds if any value in it does).
* A compilation published after the article cannot refute (rules 3 and 11): it settles
  nothing against a sentence written before it existed.
"""

from __future__ import annotations

import re
from typing import Any

from critmin.claims.model import Claim

__all__ = ["s6_carry_series_year", "s6_dated_series", "s6_hedged_range", "s6_later_compilation"]

#: words that date a sentence by themselves ("currently", "last year"): no year is carried into it
_S6_OWN_TIME = re.compile(
    r"\b(?:currently|today|now|nowadays|at\s+present|presently|this\s+year|last\s+year|next\s+year|"
    r"as\s+of|so\s+far|to\s+date|historically|once|formerly|previously|by\s+(?:the\s+end|\d{4}))\b", re.I)

#: claim kinds a carried year applies to
_S6_CARRY_KINDS = frozenset({"share", "rank"})


def s6_dated_series(found: list[Claim], years: list[Any], date: str | None = None) -> dict[tuple[str, str, str], int]:
    """(commodity, measure, stage) -> year of the claims of a sentence that states exactly one
    year (written in it, not read from elsewhere; a span "from 2010 to 2022" dates nothing),
    and not a year after the article's (a projection)."""
    stated = {int(y.value) for y in years if isinstance(y.value, int | float) or str(y.value).isdigit()}
    if len(stated) != 1:
        return {}
    year = stated.pop()
    if date and year > int(str(date)[:4]):
        return {}
    out: dict[tuple[str, str, str], int] = {}
    for c in found:
        if c.year == year and c.commodity and c.measure and c.kind != "event":
            out.setdefault(_s6_series(c), year)
    return out


def _s6_series(c: Claim) -> tuple[str, str, str]:
    stage = c.stage or ("mining" if c.measure == "production" else "")
    return c.commodity or "", c.measure or "", stage


def s6_carry_series_year(sentence: str, found: list[Claim], series: dict[tuple[str, str, str], int]) -> None:
    """ "Global cobalt output grew in 2025 ... The DRC holds 72% of global output": a share
    or rank of the same series (commodity, measure and stage) in the next sentence, which names no year and no time
    of its own, is of that year."""
    if not series or _S6_OWN_TIME.search(sentence):
        return
    for c in found:
        if c.year is None and c.kind in _S6_CARRY_KINDS and c.commodity and c.measure and not c.undated:
            y = series.get(_s6_series(c))
            if y is not None:
                c.year = y


#: the two ends of a stated range of percentages ("70-85%", "60 to 70 percent")
_S6_RANGE_ENDS = re.compile(r"(?P<a>\d+(?:\.\d+)?)\s*%?\s*(?:-|\u2013|\u2014|to|and)\s*(?P<b>\d+(?:\.\d+)?)")
#: hedges that allow 5% of the stated value (rule 5)
_S6_APPROX = frozenset({"about", "around", "approximately", "approx.", "roughly", "some", "close to"})


def s6_hedged_range(claim: Claim, interval: tuple[float, float]) -> tuple[float, float]:
    """A range of percentages under an approximate hedge ("approximately 70-85%", "around 60 to
    70 percent"): each stated end allows 5% of itself (rule 5: the hedge allows 5% of the
    stated value; a range holds if any value in it does), so the range reads 0.95 x low ..
    1.05 x high (as fractions) when that is wider than ``interval``."""
    if (claim.hedge or "").lower() not in _S6_APPROX or claim.unit != "percent":
        return interval
    m = _S6_RANGE_ENDS.search(claim.text or "")
    if m is None:
        return interval
    lo, hi = float(m.group("a")) / 100, float(m.group("b")) / 100
    if not lo < hi:
        return interval
    return min(interval[0], lo * 0.95), max(interval[1], hi * 1.05)


def s6_later_compilation(series: str, published: str, date: str, compilations: dict[str, str]) -> bool:
    """Whether an edition is a compilation of another series published after the article
    (labelling rule 11: such a compilation settles nothing, so it may support as another
    edition but never refute)."""
    return series in compilations and bool(published) and published[:10] > date[:10]


#: "20% of the cobalt mined in the DRC", "a third of the graphite produced in China": a share whose
#: "of" phrase is the output of one place (a participle of output, then "in/from/by" a country),
#: so the denominator is that country's total, not the world's
_S6_NATIONAL_OF = re.compile(
    r"\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?!world|global)(?:[\w-]+\s+){0,3}?"
    r"(?:mined|produced|extracted|refined|processed|dug\s+up|made|output|production|supply)\s+"
    r"(?:in|from|by|within)\s+(?:the\s+)?", re.I)
_S6_NATIONAL_WORDS = frozenset({"mined", "produced", "extracted", "refined", "processed", "dug", "made", "output",
                                "production", "supply"})


def s6_national_share(text: str, end: int, stop: int, country_starts: list[int], words: frozenset[str] | set[str]) -> bool:
    """Whether the percentage ending at ``end`` is of one country's output ("of the cobalt mined
    in the DRC"): the "of" phrase after it closes on a country named at that point."""
    if words.isdisjoint(_S6_NATIONAL_WORDS):
        return False
    m = _S6_NATIONAL_OF.match(text, end, min(stop, end + 80))
    return m is not None and m.end() in country_starts


#: the comma that opens an apposition right after a name ("Congo, the world's leading producer, ...")
_S6_APPOS_OPEN = re.compile(r",\s*$")
_S6_APPOS_CLOSE = re.compile(r"\s*(?:,|\u2014|\u2013|;|\))")


def s6_appositive_rank(text: str, start: int, end: int, country_ends: list[int]) -> bool:
    """Whether the rank phrase at ``start:end`` is set in apposition to a country named just
    before it ("The DRC, the world's leading cobalt producer, has imposed ... for 2026"): a
    description of the country as it stands (rule 2, present tense), so a year elsewhere in the
    sentence, which dates the sentence's own news, is not the rank's."""
    before = text[max(0, start - 4):start]
    m = _S6_APPOS_OPEN.search(before)
    if m is None or _S6_APPOS_CLOSE.match(text, end) is None:
        return False
    comma = start - (len(before) - m.start())
    return any(0 <= comma - e <= 1 for e in country_ends)
