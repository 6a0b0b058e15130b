"""Two more kinds of figure for the "unread figure" fallback (extract._unread_figure_claims).

The fallback reports, as ``unverifiable``, a figure with a unit about a commodity that no
specific rule tied to a series. Its units were tonnes, percentages and dollar prices only, so
two broad classes of checkable figure went unreported although no series of the dataset
holds them:

* a count of things of the minerals trade -- deposits, mines, sites, projects, plants,
  refineries, licences, permits, minerals, elements, companies -- ("India lists 130 rare earth
  deposits", "Ukraine holds 22 of the 34 critical minerals", "Beijing granted 12 export
  licences"): a register of those things would settle it;
* a price in Chinese currency per unit of mass that the yuan price rule of extract.py did not
  read ("averaged 560,000 yuan per tonne", "sold at 7,500 yuan/kg"): daily or monthly yuan
  prices would settle it.

Both are gated by the sentence's words before any regex; the fallback's rule-10 guards
(forecasts, plans, budgets, company results, uses, history) apply unchanged.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["counted_figure", "yuan_price_figure", "COUNTED_THINGS"]

#: plural nouns of countable things of the minerals trade, as a word class
COUNTED_THINGS = frozenset((
    "deposits", "mines", "sites", "projects", "plants", "refineries", "smelters", "mills", "facilities",
    "licences", "licenses", "permits", "approvals", "minerals", "elements", "metals", "companies", "firms",
    "producers", "exporters", "importers", "miners", "blocks", "occurrences", "prospects", "fields",
    "operations", "shipments", "cargoes", "containers"))
_COUNTED_ALT = "|".join(sorted(COUNTED_THINGS, key=len, reverse=True))
#: right after the count: "22 out of the 34 minerals", "130 rare earth deposits", "12 export licences"
_COUNTED_AFTER = re.compile(
    r"(?:\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?\d[\d,]*)?"
    r"(?:\s+(?!of\b|and\b|or\b|in\b|to\b|for\b)[A-Za-z][\w-]*){0,3}?\s+(?P<noun>" + _COUNTED_ALT + r")\b", re.I)
#: the count is no count of things: a money sum, a year, a percentage or a part of a date
_NOT_COUNT_BEFORE = re.compile(r"(?:[$\u20ac\u00a3\u00a5]|\b(?:USD|US\$|RMB|CNY|EUR))\s*$|\b(?:in|since|by|from|until)\s+$", re.I)
#: a definition, not a count of the world: "a group of 17 elements", "a family of 15 metals", "comprises 17 metals"
_DEFINED_BEFORE = re.compile(
    r"\b(?:(?:group|family|set|class|series|collection|suite|number)\s+of|comprises?|comprising|consists?\s+of"
    r"|consisting\s+of|made\s+up\s+of|includes?|including|among|called|named|all)\s+(?:the\s+)?$", re.I)
_CURRENCY_WORDS = frozenset(("yuan", "cny", "rmb"))
#: a yuan price per unit of mass: "560,000 yuan per tonne", "7,500 yuan/kg", "RMB 1,200 a kg"
_YUAN_PER_MASS = re.compile(
    r"\s*(?:yuan|CNY|RMB)\s*(?:/\s*|per\s+|an?\s+)(?:metric\s+)?(?P<per>tonne|ton|t|kg|kilogram)s?\b", re.I)


def counted_figure(text: str, s: Any) -> tuple[Any, str, int] | None:
    """The first bare whole number of the sentence that counts one of :data:`COUNTED_THINGS`
    (``(number, noun, end of the noun)``), or None. Years, money sums and hedged fractions are no counts."""
    if s.words.isdisjoint(COUNTED_THINGS):
        return None
    for n in s.numbers:
        if n.unit is not None or n.currency or n.value != int(n.value) or n.value < 2:
            continue
        if 1900 <= n.value <= 2100 and "," not in n.digits:
            continue  # a year
        if _NOT_COUNT_BEFORE.search(text, max(s.start, n.start - 12), n.start) \
                or _DEFINED_BEFORE.search(text, max(s.start, n.start - 30), n.start):
            continue
        m = _COUNTED_AFTER.match(text, n.end, s.end)
        if m is not None:
            return n, m.group("noun").lower(), m.end()
    return None


def yuan_price_figure(text: str, s: Any) -> tuple[Any, str, int] | None:
    """The first number of the sentence followed by a yuan price per tonne or kilogram
    (``(number, unit, end of the unit)`` with unit ``CNY/t`` or ``CNY/kg``), or None."""
    if s.words.isdisjoint(_CURRENCY_WORDS):
        return None
    for n in s.numbers:
        m = _YUAN_PER_MASS.match(text, n.end, s.end)
        if m is not None:
            return n, "CNY/kg" if m.group("per").lower().startswith("k") else "CNY/t", m.end()
    return None
