"""A place among the leaders told with an indefinite article (issue #6, recall on fresh text).

``qualitative.among_leaders_claims`` reads "one of the leading producers" and "ranks among
the biggest miners". Copy says the same with an indefinite article, as a predicate or, in
passing, as an apposition to the country:

* "South Africa is also a major producer of palladium";
* "sanctions against Russia, a major producer of the metal, ...";
* "The Philippines, another major nickel producer, considered ...";
* "Kazakhstan occupies a leading position in tungsten reserves" (a place among the leaders).

README rule 14 (and the labels' reading of "a major producer", C2079) judge it as a place in
the first five of the current table: a rank claim with ``rank_op="among"``. Not read: a
supplier *to* or *for* one buyer ("a key supplier to China", a bilateral flow, not a world
rank), a future or potential role ("could become a major producer", "a potential supplier"),
and companies (the holder must be a country).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from critmin.claims.model import Claim

__all__ = ["ARTICLES", "GROUP_NOUNS", "group_leader_claims", "leader_apposition_claims"]

#: words one of which, with a leader adjective, makes a sentence worth this reader
ARTICLES = frozenset(["a", "another"])
#: (twenty-fifth session) the agent nouns of a group or a title ("the other two major producers", "major producer
#: China"), which make a sentence worth the group reader without an article
GROUP_NOUNS = frozenset(["producers", "suppliers", "miners", "refiners", "processors", "holders", "producer", "supplier",
                         "miner", "refiner", "processor"])

_ADJ = r"(?:major|leading|key|top|big|principal|dominant|prominent|significant|large|important)"
_NOUN = r"(?P<noun>producers?|suppliers?|miners?|refiners?|processors?|exporters?|holders?|sources?)"
#: after the country: ", a major producer of", " is also a leading nickel miner"
_LEADER = re.compile(
    # (nineteenth session: an alias in brackets and a dash set off the apposition too: "Myanmar (Burma) -- a
    # major source of antimony ore")
    r"(?:['\u2019]s?)?(?:\s*\([^()]{1,30}\))?(?:\s*[,\u2014\u2013]\s*(?:itself\s+|also\s+)?|\s+(?:(?:is|are|was|were|remains?|remained|has\s+become|has\s+been"
    r"|became|becomes)\s+)(?:(?:also|still|now|already|long|itself|currently)\s+)?)"
    r"(?:a|another)\s+(?:(?:world|global|globally|very)\s+)?" + _ADJ + r"\s+(?:(?:global|world|international)\s+)?"
    r"(?:(?!(?:of|in|and|the|to|for)\b)[\w-]+\s+){0,2}?" + _NOUN + r"\b", re.I)
#: "occupies a leading position in", "holds one of the top places in": a place among the leaders
_POSITION = re.compile(
    r"\s+(?:(?:also|still|now|currently|firmly)\s+)?(?:occupies|occupied|holds|held|has|had|takes|took|is\s+in|was\s+in)\s+"
    r"(?:a|one\s+of\s+the)\s+(?:(?:world|global)\s+)?(?:leading|top|key|prominent)\s+(?P<noun>positions?|places?|spots?)"
    r"\s+(?:(?:in\s+the\s+world|globally|worldwide)\s+)?(?:in|for|among)\b", re.I)
#: a flow to one buyer, not a world rank: "a key supplier to China", "a major exporter for Japan"
_TO_BUYER = re.compile(r"\s+(?:to|for)\b", re.I)
#: what the noun says of the stage
_NOUN_STAGE = {"refiner": "refining", "processor": "refining", "exporter": "exports", "miner": "mining",
               "holder": "reserves"}
#: a role not yet held: "potential", "emerging", "future", "would-be"
_NOT_YET = re.compile(r"\b(?:potential|emerging|future|would-be|possible|aspiring|budding|new)\b", re.I)


def leader_apposition_claims(text: str, s: Any, make: Callable[..., Claim], year_for: Callable[..., int | None],
                             commodity_for: Callable[[int], str | None], pats: Any, stages: Callable[..., list[str]],
                             stage_claim: dict[str, tuple[str, str | None]], not_fact: re.Pattern[str]) -> list[Claim]:
    """The country of ``s`` (a SentenceScan) called "a major producer" (or miner, refiner,
    exporter, holder) of a commodity: a rank claim among the leaders (README rule 14).
    ``stages`` and ``stage_claim`` are qualitative.py's stage readers, ``not_fact`` its
    pattern of forecasts, plans and conditions."""
    for c in s.countries:
        if c.value == "WLD" or c.end <= c.start:
            continue
        m = _LEADER.match(text, c.end, s.end) or _POSITION.match(text, c.end, s.end)
        if m is None or _NOT_YET.search(m.group(0)) or _TO_BUYER.match(text, m.end(), s.end):
            continue
        if not_fact.search(text, max(s.start, c.start - 20), m.start("noun")):
            continue
        noun = m.group("noun").lower().rstrip("s")
        if noun == "source" and not any(m.end() < x.start <= m.end() + 25 for x in s.commodities):
            continue  # "a major source of antimony ore" is a supplier; "a major source of funding" is not
        stage = _NOUN_STAGE.get(noun)
        if m.re is _POSITION:
            named = stages(text, m.end(), min(s.end, m.end() + 60))
            if not named:
                continue  # "holds a leading position in the region": no stage, no claim
            stage = named[0]
        hi = min(s.end, m.end() + 60)
        if stage is None:
            named = stages(text, m.start("noun"), hi)
            stage = named[0] if named else None
        commodity = commodity_for(m.start("noun"))
        if commodity is None or commodity == "critical_minerals":
            continue
        meas, st = stage_claim.get(stage or "production", ("production", None))
        # an apposition is timeless (the latest year, rule 2), whatever year the sentence's own
        # clause names ("The Philippines, another major producer, considered ... this year")
        year = None if m.group(0).lstrip("'\u2019s").lstrip().startswith(",") \
            else year_for(m.start(), s.start, s.end, measure=meas)
        claim = make("rank", c.start, m.end(), commodity=commodity, measure=meas, stage=st, country=c.value,
                     year=year, rank=None, rank_op="among")
        claim.subject = (f"{pats.country_names.get(c.value, c.value)} among the leaders in {st or meas} "
                         f"(no number of places)")
        return [claim]
    return []


# --------------------------------------------------------------------------- groups (twenty-fifth session)
#: the plural apposition after a list of countries: "the United States and Myanmar, the other two major producers of
#: rare earths" (C7574)
_GROUP_AFTER = re.compile(
    r"\s*,\s*(?:the\s+)?(?:other\s+)?(?:(?:two|three|four|five)\s+)?(?:other\s+)?" + _ADJ
    + r"\s+(?:(?:global|world|international)\s+)?(?:(?!(?:of|in|and|the|to|for)\b)[\w-]+\s+){0,2}?"
    r"(?P<noun>producers|suppliers|miners|refiners|processors|holders)\b", re.I)
#: the plural before a list: "Other major producers like Myanmar, Australia, India, Russia, Brazil and Vietnam" (C15613)
_GROUP_BEFORE = re.compile(
    r"\b(?:other\s+)?" + _ADJ + r"\s+(?:(?:global|world|international)\s+)?(?:(?!(?:of|in|and|the|to|for)\b)[\w-]+\s+){0,2}?"
    r"(?P<noun>producers|suppliers|miners|refiners|processors|holders)\s*,?\s+(?:like|such\s+as|including|namely)\s+$",
    re.I)
#: a title before the name: "from major producer China" (C13684)
_TITLE_BEFORE = re.compile(r"\b(?:from|by|of|with|on|against|and|in)\s+(?:the\s+)?(?:world['\u2019]s\s+)?" + _ADJ
                           + r"\s+(?:(?:global|world)\s+)?(?P<noun>producer|supplier|miner|refiner|processor)\s+$", re.I)
#: what joins the names of a list
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?", re.I)


def _listed(text: str, countries: list[Any], i: int, forward: bool) -> list[Any]:
    """The countries joined in one list with ``countries[i]``, going forward (its first item) or back (its last)."""
    out = [countries[i]]
    j = i
    while True:
        k = j + 1 if forward else j - 1
        if not 0 <= k < len(countries):
            break
        a, b = (countries[j], countries[k]) if forward else (countries[k], countries[j])
        if not _JOIN.fullmatch(text, a.end, b.start):
            break
        out.append(countries[k])
        j = k
    return out if forward else out[::-1]


def group_leader_claims(text: str, s: Any, make: Callable[..., Claim], commodity_for: Callable[[int], str | None],
                        pats: Any, stages: Callable[..., list[str]], stage_claim: dict[str, tuple[str, str | None]],
                        not_fact: re.Pattern[str]) -> list[Claim]:
    """Countries called "major producers" as a group, or "major producer" as a title before the name (README rules
    14 and 21b): a place among the leaders for each, as ``leader_apposition_claims`` reads the singular. Timeless
    (the latest year, rule 2), as an apposition is; not under a forecast or condition, nor of a company."""
    real = [c for c in s.countries if c.end > c.start and c.value != "WLD"]
    if not real:
        return []
    groups: list[tuple[list[Any], re.Match[str]]] = []
    for i, c in enumerate(real):
        m = _GROUP_AFTER.match(text, c.end, s.end)
        if m is not None:
            listed = _listed(text, real, i, forward=False)
            if len(listed) >= 2:
                groups.append((listed, m))
        m = _GROUP_BEFORE.search(text, max(s.start, c.start - 80), c.start)
        if m is not None and (i == 0 or not _JOIN.fullmatch(text, real[i - 1].end, c.start)):
            listed = _listed(text, real, i, forward=True)
            if len(listed) >= 2:
                groups.append((listed, m))
        m = _TITLE_BEFORE.search(text, max(s.start, c.start - 50), c.start)
        if m is not None:
            groups.append(([c], m))
    out: list[Claim] = []
    for listed, m in groups:
        if _NOT_YET.search(m.group(0)) or _TO_BUYER.match(text, m.end(), s.end) \
                or not_fact.search(text, max(s.start, min(m.start(), listed[0].start) - 20), m.start("noun")):
            continue
        noun = m.group("noun").lower().rstrip("s")
        stage = _NOUN_STAGE.get(noun)
        if stage is None:
            named = stages(text, m.start("noun"), min(s.end, m.end() + 60))
            stage = named[0] if named else None
        commodity = commodity_for(m.start("noun"))
        if commodity is None or commodity == "critical_minerals":
            continue
        meas, st = stage_claim.get(stage or "production", ("production", None))
        for c in listed:
            claim = make("rank", min(c.start, m.start()), max(c.end, m.end()), commodity=commodity, measure=meas,
                         stage=st, country=c.value, year=None, rank=None, rank_op="among")
            claim.subject = f"{pats.country_names.get(c.value, c.value)} among the leaders in {st or meas} (a group)"
            out.append(claim)
        if out:
            break
    return out
