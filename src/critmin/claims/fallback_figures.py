"""Sentences of the learned fallback judged by the figures they state, when the data hold them.

The learned detector (:mod:`critmin.claims.detector`) turns a sentence no rule read into one
``unverifiable`` claim. Many such sentences state a figure in wording no rule covers ("In 2024,
production amounted to 390 thousand. tone.", "China accounted last year for 48% of internationally
mined antimony", "Annual quotas for 2026 and 2027 are set at 96,600 tons."). This module reads
the sentence's figures (tonnages with their scale word, and percentages; the rules' rounding,
:func:`extract.precision_of`, and the hedge right before the figure), the commodity the gazetteer
finds in it (exactly one; with none, the article's main commodity when one dominates its other
claims), the country it names (exactly one; with none, the world) and the year of each figure
(the last year written before it, else the first after it, else "last year", else the rules'
present-tense default), and asks the rules' judge (:func:`critmin.claims.verdict.judge`,
unchanged) about one reading per figure:

* a tonnage as the country's mine production (reserves when the sentence says reserves or
  deposits), or, in a sentence about a quota or cap, as a quota (the quota rows of
  ``events.csv``, :mod:`critmin.claims.quota_rows`);
* a percentage as the country's share of world mine production (or reserves).

The fallback's ``unverifiable`` is replaced only by a ``supported`` verdict, that is when the
edition current on the date holds the figure at its stated precision; a refuting reading is not
used, since the sentence may be about another quantity than the one read. Sentences about money,
prices, capacity, plans or forecasts (``will``, ``expects``, "by 2030"; for quotas only money and
prices) are not read, and the judge's own subject test keeps a company's or a plant's figure
unverifiable. The rules are not loosened, only applied to a sentence they did not reach.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from critmin.claims.model import Claim, Verdict

__all__ = ["fallback_figure_verdict"]

#: a tonnage or a percentage, with the scale word the rules read ("390 thousand", "2.5 million")
_FIGURE = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
    r"(?:(?P<pct>%|per\s?cent\b|percent\b)"
    r"|(?P<scale>thousand|million|billion)?\.?\s*(?:metric\s+)?(?P<unit>tonnes?|tons?|tone|t\b|mt\b|kt\b))", re.I)
_HEDGES = (("a little more than", "more than"), ("more than", "more than"), ("over", "over"), ("about", "about"),
           ("around", "around"), ("roughly", "roughly"), ("approximately", "approximately"), ("nearly", "nearly"), ("almost", "almost"),
           ("up to", "up to"), ("a maximum of", "up to"), ("less than", "less than"), ("some", "some"))
_HEDGE_BEFORE = re.compile(r"\b(" + "|".join(h.replace(" ", r"\s+") for h, _ in _HEDGES) + r")\s+(?:\w+\s+)?$", re.I)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_WORLD = re.compile(r"\b(?:world(?:wide|['\u2019]s)?|global(?:ly)?|internationally)\b", re.I)
_MONEY = re.compile(r"[$\u20ac\u00a3\u00a5]|\b(?:USD|US\$|dollars?|yuan|euros?|price)\b", re.I)
_YEAR = re.compile(r"\b(20[0-3]\d)\b")
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.I)
_RESERVES = re.compile(r"\breserves?\b|\bdeposits?\b", re.I)
#: words of a figure that is no country total or share of output (prices, money, plans)
_NOT_OUTPUT = re.compile(r"[$\u20ac\u00a3\u00a5]|\b(?:USD|US\$|dollars?|yuan|euros?|price|cost|revenue|capacity"
                         r"|targets?|plan(?:s|ned|ning)?|expect\w*|forecast\w*|project(?:ed|ions?|s)|will|would|could|may|might"
                         r"|aim(?:s|ed|ing)?|intends?|seeks?|hopes?|by\s+20[3-9]\d)\b",
                         re.I)


def _figures(sent: str) -> list[tuple[str, float, float, str | None, int]]:
    """(kind, value, precision, hedge, position) of each tonnage ("quantity", in t) and percentage ("share")."""
    from critmin.claims.extract import precision_of

    out = []
    for m in _FIGURE.finditer(sent):
        hedge_m = _HEDGE_BEFORE.search(sent, max(0, m.start() - 30), m.start())
        hedge = dict(_HEDGES)[" ".join(hedge_m.group(1).lower().split())] if hedge_m else None
        digits = m.group("num")
        v = float(digits.replace(",", ""))
        if m.group("pct"):
            out.append(("share", v, precision_of(digits), hedge, m.start()))
            continue
        unit = m.group("unit")
        # "Mt" alone is megatonnes; "mt" after a scale word ("1.26 million mt", "3 million MT") is metric tons, as the
        # rules' own reader takes it (twenty-sixth session: no one writes "million megatonnes", C4353)
        mega = unit.lower() == "mt" and not m.group("scale")
        unit = unit.lower()
        f = _SCALE.get((m.group("scale") or "").lower(), 1.0) * (1e6 if unit == "mt" and mega else 1e3 if unit == "kt"
                                                                 else 1.0)
        out.append(("quantity", v * f, precision_of(digits) * f, hedge, m.start()))
    return out


def fallback_figure_verdict(claim: Claim, idx: Any, day: str, current: dict[str, str], ctx: Any,
                            data_dir: str, article_commodity: str | None = None) -> tuple[Claim, Verdict] | None:
    """A claim of the fallback's sentence read from the figures it states and its verdict, when
    the edition current on the date holds one of them; else None."""
    from critmin.claims import quota_rows
    from critmin.claims.extract import patterns, scan_entities, search_in_sentence
    from critmin.claims.verdict import judge

    sent = claim.sentence
    quota = search_in_sentence(quota_rows.QUOTA_CONTEXT, sent) is not None
    if not any(ch.isdigit() for ch in sent) or (_MONEY if quota else _NOT_OUTPUT).search(sent):
        return None  # (a quota is a rule of what "will" be allowed: only money and prices are out)
    figures = _figures(sent)
    if not figures:
        return None
    countries: list[str] = []
    commodities: list[str] = []
    for _, _, ent_kind, ent, _ in scan_entities(sent, patterns(data_dir)):
        bucket = countries if ent_kind == "country" else commodities if ent_kind == "commodity" else None
        if bucket is not None and ent not in bucket:
            bucket.append(ent)
    if not commodities and article_commodity:
        commodities = [article_commodity]  # "In 2024, production amounted to ...": the article's commodity
    if len(commodities) != 1:
        return None
    com = commodities[0]
    who = [c for c in countries if c != "WLD"] or (["WLD"] if _WORLD.search(sent) else [])
    article_year = int(day[:4])
    years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(sent)]
    if any(y > article_year for _, y in years) and not quota:
        return None  # a year to come: a plan or a forecast
    last_year = article_year - 1 if _LAST_YEAR.search(sent) else None
    measure = "reserves" if _RESERVES.search(sent) else "production"
    if not who and not quota:
        who = ["WLD"]  # a tonnage of no country: the world's, if it is the world's (the rules' reading)
    for kind, value, prec, hedge, at in figures:
        before = [y for a, y in years if a < at]
        year = before[-1] if before else (years[0][1] if years else last_year)
        readings: list[Claim] = []
        base = replace(claim, kind=kind, commodity=com, year=year, hedge=hedge, precision=prec,
                       text=sent.strip(), comparison=None, event=None)
        if kind == "quantity" and quota:
            readings.append(replace(base, measure="quota", country=who[0] if len(who) == 1 else None,
                                    value=value, unit="t", year=None))
        elif kind == "quantity" and len(who) == 1:
            readings.append(replace(base, measure=measure, stage="mining" if measure == "production" else None,
                                    country=who[0], value=value, unit="t"))
        elif kind == "share" and len(who) == 1 and who[0] != "WLD":
            readings.append(replace(base, measure=measure, stage="mining" if measure == "production" else None,
                                    country=who[0], value=value, unit="percent", share=value / 100))
        for c in readings:
            try:
                v = judge(c, idx, day, current, ctx)
            except Exception:  # keep the fallback's verdict
                continue
            if v.verdict == "supported" and v.evidence:
                v.explanation = (f"{v.explanation} (the sentence, which no rule parsed, was read from the figure it "
                                 f"states: {c.subject or c.measure} of {com}"
                                 f"{' for ' + c.country if c.country else ''})")
                return c, v
    return None
