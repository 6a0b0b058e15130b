"""Shares written in brackets after each country.

"Reserves are held by A (32%), B (17.5%) and C (7%)", "mine output came from A (70%) and B
(10%)": each bracketed percentage right after a country is that country's share of the
world quantity the sentence names (reserves, production, exports...). One share claim per
country; runs only on a sentence no other rule drew a claim from (before the generic
unread figure of extract.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from critmin.claims.model import Claim

#: the bracket that follows the country: "(15.5%)", "( about 7 % )", "(7 per cent)"
_PAREN_PCT_AFTER = re.compile(
    r"(?:\s*\((?-i:[A-Z])[\w .'-]{0,20}\))?"  # "Congo (Kinshasa) (76%)": a bracketed part of the name first
    r"\s*\(\s*(?:(?:about|around|roughly|approximately|nearly|almost|some|~)\s*)?\d[\d.,]*\s*(?:%|per\s*cent|percent)"
    r"\s*\)", re.I)
#: measures a bracketed list can share out (not prices, not grades)
_PAREN_MEASURES = frozenset({"production", "reserves", "exports", "imports", "capacity", "resources"})
#: a share of something that is not the world's total ("of its exports", "of revenue")
_PAREN_NOT_WORLD = re.compile(
    r"\b(?:revenue|revenues|sales|profit|profits|earnings|stake|stakes|shares?\s+(?:rose|fell|gained|lost)"
    r"|tariffs?|dut(?:y|ies)|grade|purity|growth|inflation|GDP|votes?)\b", re.I)


def paren_share_claims(text: str, s: Any, article: Sequence[Any], article_date: str | None) -> list[Claim]:
    """Share claims for "Country (N%)" items of a sentence; empty when it has none."""
    if "(" not in text[s.start:s.end] or not any(n.unit == "percent" for n in s.numbers):
        return []
    sent = text[s.start:s.end]
    if _PAREN_NOT_WORLD.search(sent):
        return []
    items = []
    for c in s.countries:
        if c.end <= c.start or c.value == "WLD":
            continue
        m = _PAREN_PCT_AFTER.match(text, c.end, s.end)
        if m is None:
            continue
        n = next((x for x in s.numbers if x.unit == "percent" and m.start() <= x.start < m.end()), None)
        if n is not None and 0 < n.value <= 100:
            items.append((c, n))
    if not items:
        return []
    commodity = s.commodities[0].value if s.commodities else None
    if commodity is None and article:
        before = [c for c in article if c.start < s.start]
        commodity = (before[-1] if before else article[0]).value
    if commodity is None or not s.measures:
        return []
    meas = min(s.measures, key=lambda x: abs(x.start - items[0][0].start))
    if meas.kind not in _PAREN_MEASURES:
        return []
    article_year = int(article_date[:4]) if article_date else None
    years = [int(y.value) for y in s.years]
    if article_year is not None and any(y > article_year for y in years):
        return []  # a forecast
    out = []
    for c, n in items:
        cl = Claim(sentence=sent, span=(n.start, n.end), kind="share", text=text[n.start:n.end],
                   sentence_span=(s.start, s.end), commodity=commodity, measure=meas.kind,
                   stage=meas.value or None, country=c.value, year=years[0] if len(years) == 1 else None,
                   value=n.value, unit="percent", hedge=n.hedge, precision=n.precision, share=n.value / 100.0)
        cl.subject = f"{text[c.start:c.end]} share of world {meas.kind}"
        out.append(cl)
    return out
