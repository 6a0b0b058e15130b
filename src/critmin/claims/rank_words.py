"""Ranks told by a bare ordinal or by "the most" (issue #6, recall on fresh text).

The rank reader of ``extract.py`` reads an ordinal with its noun ("the third-largest
producer", "third place", "ranks third"). Copy as often puts the ordinal alone in the
predicate, or says first place with "the most":

* **a bare ordinal** after the country and a verb of position -- "Russia is third among
  tungsten producers", "Brazil stands at third overall", "Russia sits fourth", "Vietnam is
  second, with 3,400 t", "comes in at number three", "lies second on the list";
* **"the most"** -- "China has the most rare-earth reserves", "Australia mines the most
  lithium", "Congo produces the most cobalt of any country";
* **a superlative of richness** -- "Chile has the richest lithium reserves", "holds the world's
  second most abundant deposits" (reserves; "some of the richest" is no rank).

Each is a rank claim (README rule 8 ranks) of the measure its clause names; with none, the
measure of the sentence before (a list told in prose) or production (README rule 11: a
production naming no stage, mining first). Not read: "first" with no word of place after it
("was first to", "first in line"), ordinals of time or sequence ("the second time", "a
third round", "second half"), and "the most" of anything but output or reserves ("the most
advanced project", "the most exposed").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from critmin.claims import lexicon as _lx

if TYPE_CHECKING:
    from critmin.claims.model import Claim

__all__ = ["DESTINATION_WORDS", "TRIGGERS", "coordinated_ranks", "destination_not_holder", "not_market_rank", "opening_as_rank",
           "rank_word_claims"]

_ORDS = {w: i for i, w in enumerate(_lx.ORDINALS, start=1)}
_NUMS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_NUMERIC = {f"{i}{suf}": i for i, suf in ((1, "st"), (2, "nd"), (3, "rd"), *((k, "th") for k in range(4, 11)))}
#: the words one of which makes a sentence worth this reader
TRIGGERS = frozenset(_lx.ORDINALS) | frozenset(_NUMERIC) | {"most", "number", "richest", "wealthiest"}

_ORD_WORD = "|".join([*_lx.ORDINALS, *_NUMERIC])
#: a country's position: "is third", "stands at third", "sits fourth", "comes in at number three",
#: "was placed fifth", "lies second"
_POSITION = re.compile(
    r"(?:['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were)\s+|\s*,?\s+(?:(?:currently|now|still|also|globally|firmly)\s+)?"
    r"(?:is|are|was|were|remains?|remained|stands?|stood|sits?|sat|lies|lay|lying|comes?|came|coming|finished|ends?|ended"
    r"|placed|places|ranks?|ranked|ranking)\s+)"
    r"(?:(?:in|at|as)\s+){0,2}(?:(?:a\s+(?:distant|close)|a|distant|close)\s+)?"
    r"(?:(?:number|No\.?)\s+(?P<num>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b|(?P<ord>" + _ORD_WORD + r")\b)"
    # what may follow the ordinal: a word of place, never a noun it qualifies ("the second time")
    r"(?=\s*(?:[,.;:)]|$|\s(?:overall|globally|worldwide|internationally|in\s+the\s+world|among|in|on\s+the\s+(?:list|table|ranking)"
    r"|behind|after|with|for|by)\b))",
    re.I)
#: after "first": only a word of place makes it a rank ("first in line", "first to" are not)
_FIRST_OK = re.compile(r"\s*(?:[,.;]|$|\s(?:overall|globally|worldwide|in\s+the\s+world|among)\b)", re.I)
#: "has the most reserves", "mines the most lithium", "produces the most cobalt"
_MOST = re.compile(
    r"\s+(?:(?:currently|now|still|also|globally)\s+)?(?P<verb>has|have|had|holds?|held|possess(?:es|ed)?|boasts?|boasted"
    r"|mines?|mined|produces?|produced|extracts?|extracted|refines?|refined|processes|processed|supplies|supplied"
    r"|exports?|exported)\s+(?:by\s+far\s+)?the\s+most\b"
    r"(?!\s+(?:advanced|important|promising|exposed|vulnerable|significant|critical|valuable|recent|likely|of\s+its))",
    re.I)
#: a superlative of richness before reserves: "has the richest lithium reserves", "holds the world's
#: second most abundant deposits", "is home to the most extensive reserves"
_RICHEST = re.compile(
    r"\s+(?:(?:currently|now|still|also)\s+)?(?:has|have|had|holds?|held|possess(?:es|ed)?|boasts?|boasted|is\s+home\s+to"
    r"|was\s+home\s+to|sits?\s+on|hosts?)\s+(?:what\s+(?:is|are)\s+)?(?:some\s+of\s+)?the\s+(?:world['\u2019]s\s+|globe['\u2019]s\s+)?"
    r"(?:(?P<ord>" + "|".join(_lx.ORDINALS[1:]) + r")[\s-]+)?(?:richest|most\s+abundant|most\s+extensive|wealthiest"
    r"|most\s+substantial)\s+(?:(?:known|proven|identified)\s+)?(?:[\w-]+\s+){0,3}?(?:reserves?|deposits?)\b", re.I)
_VERB_MEASURE = {"min": ("production", "mining"), "extract": ("production", "mining"), "produc": ("production", None),
                 "suppl": ("production", None), "refin": ("production", "refining"), "process": ("production", "refining"),
                 "export": ("exports", None)}
#: time and sequence after an ordinal: not a rank
_NOT_RANK_AFTER = re.compile(r"\s*(?:time|half|quarter|round|phase|stage|year|month|day|week|tranche|batch|term|consecutive"
                             r"|straight|successive|in\s+(?:line|command|a\s+row|succession|turn))\b", re.I)


#: the noun right after an ordinal superlative that ranks no market: "the world's second-largest
#: economy", "the third-biggest trading partner", "the most populous country"
_NOT_MARKET_NOUN = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:econom(?:y|ies)|trading\s+partners?|democrac(?:y|ies)|military|militaries|armies|army"
    r"|populations?|emitters?|polluters?|GDP)\b", re.I)


def not_market_rank(after: str) -> bool:
    """The text ``after`` an ordinal superlative names what no bundled table ranks ("... economy",
    "... trading partner"): no rank claim (a description of the country, rule 10)."""
    return _NOT_MARKET_NOUN.match(after) is not None


#: what joins two rank phrases of one subject: "the largest cobalt producer and the second-largest
#: copper producer", "the top miner, as well as the third refiner"
_RANK_JOIN = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:the\s+)?(?:world['\u2019]s\s+|global\s+)?", re.I)


def coordinated_ranks(found: list[Claim], text: str, countries: list[tuple[int, int, str]]) -> None:
    """Give, in place, a rank phrase coordinated with the one before it ("Congo is the largest
    cobalt producer and the second-largest copper producer, ahead of China") the subject of
    that first rank, not a country named after it. ``countries`` are the sentence's (start,
    end, ISO3)."""
    ranks = sorted((c for c in found if c.kind == "rank" and c.country and c.country != "WLD"), key=lambda c: c.span)
    for r1, r2 in pairwise(ranks):
        if r2.country == r1.country or r2.span[0] <= r1.span[1]:
            continue
        if any(r1.span[1] <= a < r2.span[0] for a, _, _ in countries):
            continue
        if _RANK_JOIN.fullmatch(text, r1.span[1], r2.span[0]) is None:
            continue
        if any(r1.span[0] <= a < r1.span[1] or a < r1.span[0] for a, _, iso in countries if iso == r2.country):
            continue  # the second rank's country is named before: a list of subjects, not one
        r2.country = r1.country
        r2.subject = f"rank of {r1.country} (coordinated with the rank before)"


#: an opening "As <a role>," phrase: "As the world's largest cobalt producer, Congo ..."
_OPENING_AS = re.compile(r"[\s\"'\u201c(]*As\s+(?P<role>[^,;:]{3,120}?),")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def opening_as_rank(found: list[Claim], text: str, start: int) -> None:
    """Leave, in place, a rank told in an opening "As <rank phrase>," without the year of the
    main clause ("As Africa's leading lithium producer, Zimbabwe banned ore exports in 2022":
    the year dates the ban; the role is timeless, the latest year of the current edition, README
    rule 2), as an apposition after the country already is."""
    m = _OPENING_AS.match(text, start)
    if m is None or _YEAR.search(m.group("role")):
        return
    for c in found:
        if c.kind == "rank" and c.year is not None and m.start("role") <= c.span[0] < m.end("role"):
            c.year = None


#: words one of which a sentence needs for destination_not_holder
DESTINATION_WORDS = frozenset(["to", "into", "toward", "towards", "against", "on"])
#: a country named as the destination or target of a flow or a measure: "halted exports to China",
#: "restricted shipments to the United States", "sanctions against Russia"
_DESTINATION_BEFORE = re.compile(
    r"\b(?:exports?|exported|exporting|shipments?|shipped|shipping|sales|sold|supplies|supplied|deliveries|delivered"
    r"|sent|bans?|banned|banning|sanctions|tariffs|duties|restrictions|restricted|controls|curbs|embargo)\b"
    r"(?:\s+[\w-]+){0,4}?\s+(?:to|into|towards?|against|on)\s+(?:the\s+)?$", re.I)


def destination_not_holder(found: list[Claim], text: str, countries: list[tuple[int, int, str]],
                           carried: str | None) -> None:
    """Give, in place, a rank or share whose only country is named after it as the destination
    of a flow or the target of a measure ("The world's biggest cobalt miner, with 76% of
    output, halted exports to China") the country carried from the sentences before (the
    unnamed subject's), or none: the destination holds neither the rank nor the share.
    ``countries`` are the sentence's named (start, end, ISO3); ``carried`` the ISO3 a
    back-reference of the sentence takes, if any."""
    for c in found:
        if c.kind not in ("rank", "share") or not c.country or c.country == "WLD" or (c.comparison or {}).get("countries"):
            continue
        named = [(a, b) for a, b, iso in countries if iso == c.country]
        if not named or any(a < c.span[1] for a, _ in named):
            continue
        if any(a < c.span[0] for a, _, _ in countries):
            continue  # a country named before the figure may be its subject
        if all(_DESTINATION_BEFORE.search(text, max(0, a - 60), a) for a, _ in named):
            c.country = carried if carried and carried != c.country else None
            c.country_source = "previous_sentence" if c.country else None


def _measure(s: Any, lo: int, hi: int, pos: int) -> tuple[str, str | None]:
    """The measure a rank at ``pos`` ranks: the nearest measure word of its clause, else the
    sentence before's (a list told in prose), else production."""
    inside = [m for m in s.measures if lo <= m.start < hi]
    if inside:
        m = min(inside, key=lambda x: abs(x.start - pos))
        return m.kind, (m.value or None)
    if s.carry is not None and s.carry[0] in ("production", "reserves"):
        return s.carry
    return "production", None


def rank_word_claims(text: str, s: Any, make: Callable[..., Claim], year_for: Callable[..., int | None],
                     commodity_for: Callable[[int], str | None], pats: Any, not_fact: re.Pattern[str],
                     clause: Callable[[str, int, int, int], tuple[int, int]]) -> list[Claim]:
    """A rank claim for a country of ``s`` (a SentenceScan) placed by a bare ordinal or said to
    produce or hold "the most". ``not_fact`` is qualitative.py's pattern of forecasts, plans
    and conditions; ``clause`` its scope of a position (between semicolons, dashes, "but")."""
    for c in s.countries:
        if c.value == "WLD" or c.end <= c.start:
            continue
        rank = None
        m = _POSITION.match(text, c.end, s.end)
        if m is not None:
            word = (m.group("ord") or m.group("num")).lower()
            rank = _ORDS.get(word) or _NUMERIC.get(word) or _NUMS.get(word) or (int(word) if word.isdigit() else None)
            if rank == 1 and m.group("ord") and not _FIRST_OK.match(text, m.end(), s.end):
                rank = None
            if rank is not None and _NOT_RANK_AFTER.match(text, m.end(), s.end):
                rank = None
            meas_verb = None
        else:
            m = _MOST.match(text, c.end, s.end)
            if m is not None:
                rank = 1
                v = m.group("verb").lower()
                meas_verb = next((mv for stem, mv in _VERB_MEASURE.items() if v.startswith(stem)), None)
            else:
                m = _RICHEST.match(text, c.end, s.end)
                if m is not None and " some of " not in m.group(0).lower():
                    rank = _ORDS[m.group("ord").lower()] if m.group("ord") else 1
                    meas_verb = ("reserves", None)
        if rank is None or m is None:
            continue
        if not_fact.search(text, max(s.start, c.start - 20), m.end()):
            continue
        lo, hi = clause(text, s.start, s.end, m.start())
        if not any(lo <= x.start < hi for x in s.commodities) and s.carry is None:
            continue  # neither a commodity in the clause nor a list before it: no market named
        commodity = commodity_for(m.start())
        if commodity is None or commodity == "critical_minerals":
            continue
        meas, stage = meas_verb or _measure(s, lo, hi, m.start())
        if meas not in ("production", "reserves", "exports"):
            continue
        claim = make("rank", c.start, m.end(), commodity=commodity, measure=meas, stage=stage, country=c.value,
                     year=year_for(m.start(), s.start, s.end, measure=meas), rank=rank, rank_op="==")
        claim.subject = f"rank of {pats.country_names.get(c.value, c.value)} in {stage or meas} ({m.group(0).strip(' ,')})"
        return [claim]
    return []
