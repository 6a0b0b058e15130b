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

In a sentence about an official list ("list", "listed", "schedule", "catalogue") a count of its
entries is read too ("the list now includes 50 minerals", "24 critical and strategic minerals",
"ten new commodities have been added"), with entries, commodities and raw materials as things.

Both are gated by the sentence's words before any regex; the fallback's rule-10 guards
(forecasts, plans, budgets, company results, uses, history) apply unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

__all__ = ["COUNTED_THINGS", "LIST_THINGS", "LIST_WORDS", "SpeltCount", "clause_of", "clauses", "counted_figure",
           "spelt_list_count", "yuan_price_figure"]

#: plural nouns of countable things of the minerals trade, as a word class ("elements" and
#: "metals" are left out: "the 17 elements" is the definition of the rare earths, not a count)
COUNTED_THINGS = frozenset((
    "deposits", "mines", "sites", "projects", "plants", "refineries", "smelters", "mills", "facilities",
    "licences", "licenses", "permits", "approvals", "minerals", "companies", "firms",
    "producers", "exporters", "importers", "miners", "blocks", "occurrences", "prospects", "fields",
    "operations", "shipments", "cargoes", "containers"))
_COUNTED_ALT = "|".join(sorted(COUNTED_THINGS, key=len, reverse=True))
#: right after the count: "22 out of the 34 minerals", "130 rare earth deposits", "12 export licences"
_COUNTED_AFTER = re.compile(
    r"(?:\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?\d[\d,]*)?"  # ("300 member companies": an association's size)
    r"(?:\s+(?!of\b|and\b|or\b|in\b|to\b|for\b|members?\b)[A-Za-z][\w-]*){0,3}?\s+(?P<noun>" + _COUNTED_ALT + r")\b", re.I)
#: the words of an official list of minerals ("the critical minerals list", "listed under the
#: act", "Schedule VII"): in such a sentence a count of its entries is a claim about the list
LIST_WORDS = frozenset(("list", "lists", "listed", "schedule", "catalogue", "catalog", "register"))
#: what a list counts besides :data:`COUNTED_THINGS`: "50 commodities", "34 entries", "17 raw materials"
LIST_THINGS = frozenset(("entries", "commodities", "elements", "materials", "metals", "items", "substances"))
_LISTED_ALT = "|".join(sorted(COUNTED_THINGS | LIST_THINGS, key=len, reverse=True))
_LISTED_AFTER = re.compile(  # ("24 critical and strategic minerals": adjectives joined by "and")
    r"(?:\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?\d[\d,]*)?"
    r"(?:\s+(?!of\b|in\b|to\b|for\b)[A-Za-z][\w-]*){0,4}?\s+(?P<noun>" + _LISTED_ALT + r")\b", re.I)
#: "the list includes 50 minerals", "retains all 31 minerals": a list's contents, not a definition
_LIST_CONTENT_BEFORE = re.compile(r"\b(?:includes?|including|comprises?|comprising|contains?|containing|all|covers?"
                                  r"|covering|names?|naming)\s+(?:the\s+)?$", re.I)
#: the count is no count of things: a money sum, a year, a percentage or a part of a date
_NOT_COUNT_BEFORE = re.compile(r"(?:[$\u20ac\u00a3\u00a5]|\b(?:USD|US\$|RMB|CNY|EUR))\s*$|\b(?:in|since|by|from|until)\s+$", re.I)
#: a definition, not a count of the world: "a group of 17 elements", "a family of 15 metals", "comprises 17 metals"
_DEFINED_BEFORE = re.compile(
    r"\b(?:(?:group|family|set|class|series|collection|suite|number)\s+of|comprises?|comprising|consists?\s+of"
    r"|consisting\s+of|made\s+up\s+of|includes?|including|among|called|named|all)\s+(?:the\s+)?$", re.I)
_CURRENCY_WORDS = frozenset(("yuan", "cny", "rmb"))
#: a yuan price per unit of mass: "560,000 yuan per tonne", "7,500 yuan/kg", "RMB 1,200 a kg"
_YUAN_PER_MASS = re.compile(
    r"\s*(?:yuan|CNY|RMB)\s*(?:/\s*|per\s+|an?\s+)(?:metric\s+)?(?P<per>tonne|ton|mt|t|kg|kilogram)s?\b", re.I)


#: a count spelt out in a list's sentence: "ten new commodities have been added", "adds three new entries"
_SPELT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
          "eighteen": 18, "nineteen": 19, "twenty": 20}
_SPELT_COUNT = re.compile(r"\b(?P<n>" + "|".join(_SPELT) + r")\s+(?:(?:new|more|additional|further|other|critical"
                          r"|strategic)\s+){0,2}(?P<noun>" + "|".join(sorted(LIST_THINGS | {"minerals"}, key=len, reverse=True))
                          + r")\b", re.I)


@dataclass
class SpeltCount:
    """A count written in words, with the fields of ``extract.Number`` the fallback reads."""

    start: int
    end: int
    value: float
    digits: str
    unit: str | None = None
    precision: float = 0.5
    hedge: str | None = None
    per: str | None = None
    currency: bool = False
    scale: float = 1.0
    hedge_start: int | None = None


def spelt_list_count(text: str, s: Any) -> tuple[Any, str, int] | None:
    """The first count of a list's entries written in words ("ten new commodities"), in a
    sentence about a list; ``(count, noun, end of the noun)`` or None."""
    if s.words.isdisjoint(LIST_WORDS) or s.words.isdisjoint(_SPELT):
        return None
    m = _SPELT_COUNT.search(text, s.start, s.end)
    if m is None:
        return None
    n = SpeltCount(m.start(), m.end("n"), float(_SPELT[m.group("n").lower()]), m.group("n"))
    return n, m.group("noun").lower(), m.end()


def counted_figure(text: str, s: Any) -> tuple[Any, str, int] | None:
    """The first bare whole number of the sentence that counts one of :data:`COUNTED_THINGS`
    (``(number, noun, end of the noun)``), or None. Years, money sums and hedged fractions are no
    counts, and a sentence with a money sum counts nothing (its counts are a budget's)."""
    listing = not s.words.isdisjoint(LIST_WORDS) and not s.words.isdisjoint(LIST_THINGS | COUNTED_THINGS)
    if (s.words.isdisjoint(COUNTED_THINGS) and not listing) \
            or any(n.currency or (n.unit or "").startswith("USD") for n in s.numbers):
        return None  # (a count beside a money sum is a budget's: "$500 million for 12 projects")
    if not s.numbers:
        return spelt_list_count(text, s) if listing else None
    after = _LISTED_AFTER if listing else _COUNTED_AFTER
    for n in s.numbers:
        if n.unit is not None or n.currency or n.value != int(n.value) or n.value < 2:
            continue
        if 1900 <= n.value <= 2100 and "," not in n.digits:
            continue  # a year
        if _NOT_COUNT_BEFORE.search(text, max(s.start, n.start - 12), n.start):
            continue
        if _DEFINED_BEFORE.search(text, max(s.start, n.start - 30), n.start) and not (
                listing and _LIST_CONTENT_BEFORE.search(text, max(s.start, n.start - 30), n.start)):
            continue
        m = after.match(text, n.end, s.end)
        if m is not None:
            return n, m.group("noun").lower(), m.end()
    return spelt_list_count(text, s) if listing else None


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


#: cheap test before the clause regex: the characters or words a clause joint needs
_JOINT_WORDS = frozenset(("while", "whereas", "but", "though", "although", "and", "as", "with", "yet",
                          "amid", "after", "because", "despite", "following", "ahead", "due"))
#: where one clause ends and the next begins: a semicolon, a colon, a dash, a comma before a
#: conjunction ("..., while", "..., but", "..., and", "..., with"), "while"/"whereas" on their own,
#: or a word of cause or time opening a subordinate part ("amid", "after", "because", "due to")
_CLAUSE_JOINT = re.compile(
    r"\s*[;:\u2013\u2014]\s*|\s+-\s+|,\s+(?:while|whereas|but|though|although|and|as|with|yet|even\s+as)\b\s*"
    r"|\s+(?:while|whereas|although)\s+"
    # a subordinate clause or phrase of cause or time: "fell 30% amid fears that Beijing will ..."
    r"|,?\s+(?:amid|after|because|despite|following|ahead\s+of|due\s+to)\s+", re.I)


def clauses(sent: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """The clauses of a sentence as ``(start, end)`` offsets into it (one span when it has no joint)."""
    if words.isdisjoint(_JOINT_WORDS) and not any(ch in sent for ch in ";:\u2013\u2014-"):
        return [(0, len(sent))]
    out, at = [], 0
    for m in _CLAUSE_JOINT.finditer(sent):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, len(sent)))
    return out


def clause_of(spans: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The clause (of :func:`clauses`) an offset falls in."""
    return next((c for c in spans if c[0] <= at < c[1]), spans[-1])
