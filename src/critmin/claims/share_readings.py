"""Two readings of a share the stage or the verb decides (issue #6, twenty-fifth session).

* **Control read as capacity** (README rule 21c). "China controls about 85% of rare earth
  processing", "controlling 60% of production, 85% of refining": a country's *control* of a
  share of a later stage (refining, processing, separation) is read by the labels as control of
  that stage's capacity as much as of its output (C1256, C12940, C14304, C15604): the current
  output share (IEA GCMO 2025's ~91 %) supports "controls 90 %", the current capacity share
  (SMM 2025-05-06's ~85 %) supports "controls 85 %". Rule 21c: a capacity reading is supported
  when the current capacity share *or* the current output share of the same stage holds it, and
  an output share that disagrees does not refute it alone. So a refining share said with
  "control" that the output share does not support is tried against the capacity share of the
  same stage; only a *current* capacity share that supports it changes the verdict (a later one
  settles nothing, rule 3), and a share attributed to a series is left to that series.
* **Magnets have one stage.** NdFeB magnets are made at the magnet stage only (IEA GCMO's
  ``production_share|magnet``); "90% of refined rare earth magnet production" or a magnet figure
  in a list whose earlier items name mining or refining ("60% of mining, 85% of refining and 90%
  of magnet manufacturing") is a share of magnet output, not of a mined or refined magnet no
  table holds (C14304, C15558). The share is judged with the stage left to the magnet table.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from critmin.claims.model import Claim, Verdict

__all__ = ["control_through_capacity", "later_stage_settles", "magnet_stage", "said_as_control", "unread_share", "wording_phrase"]

#: commodities made at the magnet stage only
MAGNET_PRODUCTS = frozenset({"ndfeb_magnets"})

#: "controls", "controlling", "control over", "in control of" before the figure, in its clause
_CONTROL = re.compile(r"\bcontrol(?:s|led|ling)?\b", re.I)
#: what ends the clause the control verb governs before the figure
_CLAUSE_BREAK = re.compile(r"[;:.!?]|\s[\u2014\u2013]\s|\b(?:while|whereas|but|although|though)\b", re.I)
#: how far before the figure the verb may stand ("controlling 60% of production, 85% of refining")
_REACH = 120


def said_as_control(claim: Claim) -> bool:
    """The share's figure is governed by "control": the verb (or noun) stands before the figure
    in the same clause, within :data:`_REACH` characters."""
    s = claim.sentence
    at = claim.span[0] - claim.sentence_span[0]
    if not (0 <= at <= len(s)):
        at = s.find(claim.text) if claim.text else -1
        if at < 0:
            return False
    lo = max(0, at - _REACH)
    window = s[lo:at]
    last = max((m.end() for m in _CONTROL.finditer(window)), default=None)
    if last is None:
        return False
    return _CLAUSE_BREAK.search(window, last) is None


def control_through_capacity(claim: Claim, ctx: Any, v: Verdict,
                             judge: Callable[[Claim, Any], Verdict],
                             is_current: Callable[[Claim, Any, str], bool]) -> Verdict:
    """A refining share said with "control" that the output share does not support: the current
    capacity share of the same stage, when it supports it (rule 21c), else ``v`` unchanged."""
    if v.verdict == "supported" or claim.kind != "share" or claim.measure != "production" \
            or claim.stage != "refining" or claim.series or claim.year is not None \
            or claim.commodity in MAGNET_PRODUCTS or not said_as_control(claim):
        return v
    w = judge(dataclasses.replace(claim, measure="capacity"), ctx)
    if w.verdict != "supported" or w.edition is None or not is_current(claim, ctx, w.edition):
        return v
    w.explanation = (f"control of a share of refining, read as control of refining capacity (rule 21c): "
                     f"{w.explanation} (as output: {v.explanation})")
    return w


def magnet_stage(claim: Claim) -> Claim:
    """The claim to judge a magnet share by: a mined or refined stage put on magnets is dropped,
    so that the magnet table's own stage answers (magnets have no other)."""
    if claim.commodity in MAGNET_PRODUCTS and claim.measure == "production" and claim.stage in ("mining", "refining"):
        return dataclasses.replace(claim, stage=None)
    return claim


#: a figure of the sentence (a share or rank told with a number has a phrase of its own)
_FIGURE = re.compile(r"\d")
#: where the object of a dominance word ends
_PHRASE_END = re.compile(r"[;:.!?]|,\s|\s[\u2014\u2013]\s|\b(?:while|whereas|but|which|who|and\s+(?:is|are|has|have|was|were))\b",
                         re.I)


def wording_phrase(claim: Claim, phrase: str) -> str:
    """The words that describe a share or rank told by a dominance word without a figure ("to loosen China's
    stranglehold on a key element"): the clause the word stands in, not the whole sentence,
    whose other clauses ("a mining deal") say nothing of the stage dominated; ``phrase`` (the figure's own
    phrase) for a claim told with a number."""
    if claim.text and _FIGURE.search(claim.text):
        return phrase
    words = _between_marks(claim, _PHRASE_END)
    return phrase if words is None else words


def _between_marks(claim: Claim, marks: re.Pattern[str]) -> str | None:
    """The stretch of the claim's sentence around its span, from the last mark before it to the first
    after it; None when the span is not in the sentence."""
    s = claim.sentence
    at = claim.span[0] - claim.sentence_span[0]
    if not 0 <= at < len(s):
        return None
    lo = max((m.end() for m in marks.finditer(s, 0, at)), default=0)
    hi = marks.search(s, claim.span[1] - claim.sentence_span[0])
    return s[lo:hi.start() if hi else len(s)]


def later_stage_settles(claim: Claim, v: Verdict, w: Verdict) -> bool:
    """A first place told by a dominance word, with no stage and no figure: refuted or unsettled at mining,
    held at a later stage only by an edition other than the current one (README rules 3b, 13, 16d)."""
    return claim.rank == 1 and claim.rank_op == "==" and not (claim.text and _FIGURE.search(claim.text)) \
        and v.verdict in ("refuted", "unverifiable") and w.verdict == "supported_by_other_edition"


#: words of a percentage that is no country's share of world output or reserves
_NOT_WORLD_SHARE = re.compile(
    r"\b(?:imports?|imported|exports?|exported|shipments?|demand|consum\w*|capacity|sales|revenues?|stakes?|owns?|owned"
    r"|tariffs?|dut(?:y|ies)|tax\w*|prices?|grades?|purity|pure|stocks?|inventor\w*|recycl\w*|growth|grew|rose|fell|increase\w*"
    r"|decrease\w*|declin\w*|jump\w*|drop\w*|budget|fund\w*|investment|approv\w*|licen[cs]\w*|applications?|tests?"
    r"|will|would|could|expect\w*|forecast\w*|project\w*|by\s+20[3-9]\d)\b", re.I)
_RESERVE_WORDS = re.compile(r"\breserves?\b|\bdeposits?\b", re.I)
#: what sets a clause apart: a dash, a bracket, a semicolon or colon, a contrast
_CLAUSE_MARK = re.compile(r"[;:(),\u2014\u2013]|\s-\s"
                          r"|\b(?:but|while|whereas|although|though)\b", re.I)


def _clause_of(claim: Claim) -> str:
    """The clause of the sentence the claim's figure stands in."""
    clause = _between_marks(claim, _CLAUSE_MARK)
    return claim.sentence if clause is None else clause


def unread_share(claim: Claim, judge: Callable[[Claim], Verdict]) -> Verdict | None:
    """A percentage no rule tied to a series (``extract._unread_figure_claims``), in a sentence that names one
    country and one commodity ("Indonesia -- now accounting for about 60 percent of global production --",
    "China monopolizing 90% of the rare earth supply chain", "they make about 90% of them"): read as the country's
    share of world output (of reserves, when the sentence says reserves) at any stage, as the learned fallback's
    figures are (``fallback_figures``). Only a ``supported`` reading is used: the sentence may be about another
    quantity, which the data cannot refute. None when the reading is not tried or does not hold."""
    comp = claim.comparison or {}
    if claim.kind != "share" or claim.unit != "percent" or claim.value is None or not claim.country \
            or claim.country in ("WLD", "OTH") or not claim.commodity or claim.commodity == "critical_minerals" \
            or comp.get("unread_figure") is not True or comp.get("counted") \
            or claim.measure not in (None, "production", "reserves") or _NOT_WORLD_SHARE.search(_clause_of(claim)):
        return None
    if _one_country_named(claim.sentence) != claim.country:
        return None  # several countries ("Russia - 11 per cent; Zimbabwe - 8 per cent"), or the figure's is carried
    if _BASKET.search(claim.sentence):
        return None  # "for 19 of 20 key materials, ... a 70 percent market share": a basket's share
    measure = "reserves" if _RESERVE_WORDS.search(claim.sentence) else "production"
    read = dataclasses.replace(claim, measure=measure, stage=None, share=claim.value / 100, comparison=None,
                               precision=claim.precision if claim.precision is not None else 0.5)
    v = judge(magnet_stage(read))
    if v.verdict != "supported":
        return None
    v.explanation = f"a percentage no rule read, as {claim.country}'s share of world {measure}: {v.explanation}"
    return v


#: a basket of commodities: "key materials", "critical minerals", "19 of 20 materials"
_BASKET = re.compile(r"\b(?:critical|strategic|key|rare|battery|energy|transition)\s+(?:raw\s+)?(?:minerals|materials|metals)\b"
                     r"|\b\d+\s+(?:of\s+(?:the\s+)?\d+\s+)?(?:[\w-]+\s+)?(?:minerals|materials|metals|elements|commodities)\b", re.I)


def _one_country_named(sentence: str) -> str | None:
    """The one country the sentence names (ISO3), or None when it names none or several."""
    from critmin.claims.extract import patterns, scan_entities
    from critmin.dataset import DATA_DIR

    named = {value for _s, _e, kind, value, _p in scan_entities(sentence, patterns(str(DATA_DIR))) if kind == "country"}
    return named.pop() if len(named) == 1 else None
