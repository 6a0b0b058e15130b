"""A share of one country's supply that comes from another, told without the word "imports".

"The U.S. relies on China for 70% of its rare earths", "Japan depends on Beijing for half
of its supply", "China provides 70% of America's rare earths", "Malaysia supplies 13% of
the rare earths the United States uses": the percentage is the seller's share of the
buyer's imports (the USGS MCS import-sources line, judged like "70% of U.S. imports come
from China"), not the seller's share of world output and not a share of a national total
the data do not hold.

The reader gives (buyer, seller) or None; it keeps to the clause of the figure and needs
two different countries, the buyer's own supply ("of its", "of America's", "the United
States uses") after the figure, and no other quantity (output, reserves, exports,
capacity) in that phrase.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["SUPPLIED_SHARE_WORDS", "supplied_share"]

#: words without one of which neither form can be in a sentence (a cheap gate)
SUPPLIED_SHARE_WORDS = frozenset({
    "relies", "relied", "rely", "relying", "reliant", "depends", "depend", "depended", "depending", "dependent",
    "supplies", "supplied", "supplying", "provides", "provided", "providing", "ships", "shipped", "sends", "sent",
    "delivers", "delivered", "furnishes", "furnished", "leans", "leaned", "leaning", "counts", "counted", "counting",
    "account", "accounts", "accounted", "accounting", "represents", "represented", "came", "come", "comes",
    "originated", "originate", "originates",
})

#: "relies on China for", "is dependent upon the PRC for", "depends heavily on Beijing for"
_RELIED_ON_FOR = re.compile(
    r"\b(?:relie[sd]|rely|relying|reliant|depends?|depended|depending|dependent|leans?|leaned|leaning|counts?|counted"
    r"|counting)\s+(?:[\w-]+\s+)?(?:up)?on\s+"
    r"(?:the\s+)?(?P<who>[^,;:%\d]{2,40}?)\s+for\s+$", re.I)
#: "China supplies", "Malaysia provided", "Congo ships": the seller's verb right before the figure
_SUPPLY_VERB = re.compile(
    r"\b(?:supplies|supplied|supplying|provides|provided|providing|ships|shipped|sends|sent|delivers|delivered"
    r"|furnishes|furnished|accounts?\s+for|accounted\s+for|accounting\s+for|represents|represented)\s+$", re.I)
#: "... the United States bought came from China": the seller after the buyer's relative clause
_CAME_FROM = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:came|come|comes|originated|originate|originates|(?:was|were)\s+(?:sourced|imported))"
    r"\s+from\s+(?:the\s+)?")
#: "of its", "of their": the buyer's own supply after the figure
_OF_OWN = re.compile(r"\s*of\s+(?:its|their|these|those|such)\b", re.I)  # ("of these vital minerals": the ones named before)
#: "of the rare earths the United States uses": the buyer named inside a relative clause
_OF_WHAT_BUYER_USES = re.compile(
    r"\s*of\s+(?:the|all)\s+(?:[\w-]+\s+){1,4}?(?:that\s+|which\s+)?(?P<who>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+"
    r"(?:uses|used|consumes|consumed|needs|needed|imports|imported|buys|bought)\b(?:\s+abroad|\s+from\s+abroad)?")
#: "of America's", "of the U.S.'s": the buyer's possessive right after "of"
_OF_POSSESSIVE = re.compile(r"\s*of\s+(?:the\s+)?", re.I)
#: a quantity other than the buyer's supply in the phrase after the figure: then it is no import share
_OTHER_QUANTITY = re.compile(
    r"\b(?:output|production|produced|mining|mined|reserves?|exports?|refin\w+|processing|capacity|market|revenue"
    r"|sales|demand\s+growth|deposits?|resources)\b", re.I)
_PHRASE_END = re.compile(r"[;:,.()]|\b(?:and|but|while|whereas|from|in\s+(?:19|20)\d\d)\b", re.I)


def _phrase(text: str, start: int, stop: int) -> str:
    """The words after a figure up to the end of its noun phrase (at most 60 characters)."""
    end = min(stop, start + 60)
    m = _PHRASE_END.search(text, start + 1, end)
    return text[start:m.start() if m else end]


def supplied_share(text: str, lo: int, hi: int, hs: int, end: int, countries: list[Any]) -> tuple[str, str] | None:
    """(buyer, seller) of a share of one country's supply from another, for the figure spanning
    ``hs`` (its hedge included) to ``end`` in the clause ``text[lo:hi]``; ``countries`` are the
    sentence's country mentions (``start``, ``end``, ``value``, ``possessive``). None when the
    figure is no such share."""
    named = [c for c in countries if lo <= c.start < hi and c.value != "WLD"]
    if len(named) < 2 and not any(c.start == c.end for c in countries):
        return None
    before = text[max(lo, hs - 80):hs]
    rel = _RELIED_ON_FOR.search(before)
    if rel is not None:
        at = max(lo, hs - 80)
        w0, w1 = at + rel.start("who"), at + rel.end("who")
        seller = next((c for c in named if w0 <= c.start < w1), None)
        buyer = next((c for c in reversed(countries) if c.start < at + rel.start() and c.start >= lo - 1), None) \
            or next((c for c in countries if c.start == c.end), None)  # "It relies on China for ...": the carried country
        if seller is None or buyer is None or buyer.value == seller.value:
            return None
        own = _OF_OWN.match(text, end, hi)
        if own is None:
            pm = _OF_POSSESSIVE.match(text, end, hi)
            if pm is None or not any(c.start == pm.end() and c.possessive and c.value == buyer.value for c in named):
                return None
            own = pm
        if _OTHER_QUANTITY.search(_phrase(text, own.end(), hi)):
            return None  # "relies on China for 70% of its refining": a stage, not the supply it buys
        return buyer.value, seller.value
    if _SUPPLY_VERB.search(text, max(lo, hs - 20), hs) is None:
        # "70% of the rare earths the US bought came from China": the seller after the clause
        uses = _OF_WHAT_BUYER_USES.match(text, end, hi)
        came = _CAME_FROM.match(text, uses.end(), hi) if uses is not None else None
        if uses is None or came is None:
            return None
        buyer = next((c for c in named if uses.start("who") <= c.start < uses.end("who")), None)
        seller = next((c for c in named if c.start == came.end()), None)
        if buyer is None or seller is None or buyer.value == seller.value \
                or _OTHER_QUANTITY.search(text, end, uses.start("who")):
            return None
        return buyer.value, seller.value
    seller = next((c for c in reversed(named) if c.end <= hs and c.end > c.start), None) \
        or next((c for c in countries if c.start == c.end), None)
    if seller is None:
        return None
    uses = _OF_WHAT_BUYER_USES.match(text, end, hi)
    if uses is not None:
        buyer = next((c for c in named if uses.start("who") <= c.start < uses.end("who")), None)
        tail = text[end:uses.start("who")]
    else:
        pm = _OF_POSSESSIVE.match(text, end, hi)
        buyer = next((c for c in named if pm is not None and c.start == pm.end() and c.possessive), None)
        tail = _phrase(text, buyer.end, hi) if buyer is not None else ""
    if buyer is None or buyer.value == seller.value or _OTHER_QUANTITY.search(tail):
        return None
    return buyer.value, seller.value
