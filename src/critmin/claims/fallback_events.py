"""Sentences of the learned fallback judged as event claims, when a recorded event settles them.

The learned detector (:mod:`critmin.claims.detector`) turns a sentence no rule read into one
``unverifiable`` claim. Most of its firings on fresh articles are dated event sentences whose
wording no rule covers ("the suspension runs until 27 November 2026", "the licensing rules were
made public on 20 October 2023"), although ``events.csv`` records the event. This module reads
such a sentence as the event rules of :mod:`critmin.claims.extract` read an event sentence:

* the kind of measure: the first match of the rules' ``_EVENT_TYPE`` (export controls,
  licensing, a suspension, a deal, a tariff ...);
* its parties: the countries the gazetteer finds, and the capitals and leaders that stand for
  a country (``actor_aliases.csv``, :func:`event_context.metonym_parties`); when no country is
  named, the one office or agency named ("the Commerce Ministry") is the party, as the rules'
  ``org_agent`` (only an event it is a party to can match);
* its commodities (the gazetteer);
* its dates, read with the rules' date patterns: a day after "until", "through", "expires"
  is the end of the measure, any other the date it was taken or took effect; a day with no year
  takes the year that puts it on or before the article.

The event claim so built is judged by :func:`critmin.claims.verdict.judge` (the event judge,
``_event``, unchanged), and its verdict replaces the fallback's ``unverifiable`` only when it
is ``supported`` or ``refuted`` against a recorded event that agrees with the sentence on all
three of: a stated date (the event's date, effective date or end date), a party (one of the
sentence's countries, else its office, is among the event's actors or imposing parties) and
the class of action (the kind of measure fits the event's type, ``verdict._type_fits``). Anything less (no kind of measure, no party, no
date, a date or party the event does not have, another kind of measure) keeps ``unverifiable``:
the rules are not loosened, only applied to a sentence they did not reach.

Rows of ``src/critmin/data/events.csv`` the tests (tests/claims/test_fallback_events.py) rely on:
``cn-2025-11-09-no72-suspension`` (China suspends its ban on Ga, Ge and Sb exports to the US,
2025-11-09, until 2026-11-27), ``cn-2023-10-20-graphite-controls`` (China requires export
permits for sensitive graphite items, 2023-10-20, effective 2023-12-01) and
``cn-2024-08-15-antimony-controls`` (China requires export licences for antimony items,
2024-08-15, effective 2024-09-15).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from critmin.claims.model import Claim, Verdict

__all__ = ["fallback_event_verdict"]

#: the words of a sentence, as the alias gate of :func:`event_context.metonym_parties` keys them
_FBEV_WORDS = re.compile(r"[a-z]+")
#: the event judge's verdicts that replace the fallback's ``unverifiable``
_FBEV_KEPT = ("supported", "refuted")


def forget_sentences() -> None:
    """Forget the sentences read for the previous article (``extract.new_article`` calls it)."""
    _fbev_dates_of.cache_clear()
    _fbev_entities_of.cache_clear()


def _fbev_dates(sent: str, day: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(stated, ends) as the event rules read them: full dates first, else days without a year
    (new lists each call, read once per sentence within the article)."""
    stated, ends = _fbev_dates_of(sent, day)
    return list(stated), list(ends)


@lru_cache(maxsize=256)
def _fbev_dates_of(sent: str, day: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """:func:`_fbev_dates`, remembered: a pure function of its arguments that the fallback's
    event reader and the signature pass ask of the same sentences (bounded, emptied by
    :func:`forget_sentences` at the start of every article)."""
    from critmin.claims.extract import _DATE, _UNTIL, _parse_date, partial_date_spans

    spans: list[tuple[int, str, str]] = [(m.start(), d, "day") for m in _DATE.finditer(sent)
                                         if (d := _parse_date(m))]
    if not spans and day:
        spans = [(a, d, p) for a, _, d, p in partial_date_spans(sent, day, past=True)]
    stated: list[tuple[str, str]] = []
    ends: list[tuple[str, str]] = []
    for a, d, p in spans:
        (ends if _UNTIL.search(sent, max(0, a - 30), a) else stated).append((d, p))
    return tuple(stated), tuple(ends)


def _fbev_entities(sent: str, day: str, data_dir: str) -> tuple[list[str], list[str], list[str]]:
    """The countries (ISO3, with those a metonym stands for), the other actors (ministries,
    agencies: ``actor_aliases.csv`` ids) and the commodities the sentence names (new lists
    each call, read once per sentence within the article)."""
    countries, agents, commodities = _fbev_entities_of(sent, day, data_dir)
    return list(countries), list(agents), list(commodities)


@lru_cache(maxsize=256)
def _fbev_entities_of(sent: str, day: str, data_dir: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """:func:`_fbev_entities`, remembered like :func:`_fbev_dates_of`."""
    from critmin.claims.event_context import metonym_parties
    from critmin.claims.extract import _agents_in, patterns, scan_entities

    countries: set[str] = set()
    commodities: set[str] = set()
    for _, _, kind, value, _ in scan_entities(sent, patterns(data_dir)):
        (countries if kind == "country" else commodities if kind == "commodity" else set()).add(value)
    words = frozenset(_FBEV_WORDS.findall(sent.lower()))
    named = {r for _, _, r in metonym_parties(sent, words, day, data_dir)}
    countries |= {r for r in named if r.isupper()}
    agents = ({r for r in named if not r.isupper()} | set(_agents_in(sent, data_dir))) - countries
    return tuple(sorted(countries)), tuple(sorted(agents)), tuple(sorted(commodities))


def _fbev_row(idx: Any, event_id: str) -> dict[str, Any] | None:
    return next((e for e in idx.events or () if str(e.get("event_id") or "") == event_id), None)


def fallback_event_verdict(claim: Claim, idx: Any, day: str, current: dict[str, str], ctx: Any,
                           data_dir: str) -> tuple[Claim, Verdict] | None:
    """The event claim a fallback sentence makes and its verdict, when a recorded event whose
    date, party and class of action agree with the sentence settles it; else None."""
    from critmin.claims.extract import _EVENT_TYPE
    from critmin.claims.verdict import _date_matches, _end_matches, _type_fits, judge

    sent = claim.sentence
    if claim.kind != "event" or idx.events is None or not any(ch.isdigit() for ch in sent):
        return None
    typ = _EVENT_TYPE.search(sent)
    if typ is None or typ.lastgroup is None:
        return None  # no kind of measure named: no class of action to agree on
    kind = typ.lastgroup
    stated, ends = _fbev_dates(sent, day)
    if not stated and not ends:
        return None
    actors, agents, coms = _fbev_entities(sent, day, data_dir)
    if not actors and len(agents) != 1:
        return None  # no party, or several offices and no country to tell which is acting
    ev: dict[str, Any] = {"type": kind, "date": stated[0][0] if stated else None, "count": None,
                          "context_commodities": [], "undated": False, "dates": stated, "ends": ends,
                          "legal": None, "since": False, "actors": actors, "commodities": coms, "roles": {}}
    if not actors:
        ev["org_agent"] = agents[0]  # "set by the commerce ministry": only an event it is a party to
    c = replace(claim, event=ev, country=actors[0] if actors else None, commodity=coms[0] if coms else None,
                subject=f"{kind}" + (f" on {stated[0][0]}" if stated else f" until {ends[0][0]}"))
    try:
        v = judge(c, idx, day, current, ctx)
    except Exception:  # keep the fallback's verdict
        return None
    if v.verdict not in _FBEV_KEPT or not v.evidence:
        return None
    e = _fbev_row(idx, v.evidence[0].edition)
    if e is None:
        return None
    e_parties = {x.strip() for x in f"{e.get('actors') or ''};{e.get('imposed_by') or ''}".split(";")}
    if e_parties.isdisjoint(actors or agents):
        return None  # another party's event
    if _type_fits(kind, str(e.get("type") or "").lower()) is not True:
        return None  # another class of action
    if not (any(_date_matches(d, p, e) for d, p in stated) or _end_matches(ends, e) is True):
        return None  # the event the judge chose is not of the date stated
    v.explanation = (f"{v.explanation} (the sentence, which no rule parsed, was read as an event claim: "
                     f"{kind}, {', '.join(actors or agents)}, {', '.join(d for d, _ in stated + ends)})")
    return c, v
