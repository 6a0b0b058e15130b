"""A share of the countries a sentence has just listed, taken together.

"A has 32% of the world's reserves and B 17.5%, so the two hold 50%", "A and B mine 60% and
20%: together, 80%": a share after two or more shares of named countries whose subject is a
count ("the two", "both", "three nations") or "together" / "combined" is the share of those
countries summed, not of a country named in passing ("two rivals of the United States").
"""

from __future__ import annotations

import re

from critmin.claims.model import Claim

_GROUP_WORDS = frozenset({"two", "both", "three", "four", "together", "combined", "jointly", "collectively", "pair"})
_GROUP_SUBJECT = re.compile(
    r"\b(?P<n>two|both|three|four)\b|\b(?:together|combined|jointly|collectively|the\s+pair)\b", re.I)
_GROUP_COUNT = {"two": 2, "both": 2, "three": 3, "four": 4}


def group_shares(found: list[Claim], text: str, words: frozenset[str]) -> None:
    """Rewrite, in place, a share told of "the two" / "together" into the share of the
    countries of the shares before it in the same sentence."""
    if words.isdisjoint(_GROUP_WORDS):
        return
    shares = [c for c in found if c.kind == "share" and c.share is not None and not c.comparison]
    for i, c in enumerate(shares):
        before = shares[:i]
        group = list(dict.fromkeys(b.country for b in before if b.country and b.country != "WLD"))
        if len(group) < 2 or any(b.measure != c.measure or b.commodity != c.commodity for b in before):
            continue
        m = _GROUP_SUBJECT.search(text, before[-1].span[1], c.span[0])
        if m is None:
            continue
        n = _GROUP_COUNT.get((m.group("n") or "").lower())
        if n is not None and n != len(group):
            continue
        c.country = group[0]
        c.comparison = {"countries": group}
        c.subject = f"{' + '.join(group)} share of world {c.measure}"


#: a group named by a count or "together" standing for the countries of the sentence before:
#: "The two countries hold", "Both nations mine", "Together they produce", "these producers"
CARRIED_GROUP_WORDS = frozenset({"two", "both", "three", "four", "together", "combined", "jointly", "collectively",
                                  "pair", "these", "those", "between"})
_CARRIED_GROUP_SUBJECT = re.compile(
    r"\b(?:(?:these|those|both)\s+(?:(?P<n>two|three|four)\s+)?|the\s+(?P<n3>two|three|four)\s+)(?:[\w-]+\s+)?"
    r"(?:countries|nations|producers|states|economies|neighbou?rs|suppliers|miners)\b"
    r"|\bthe\s+(?P<n2>two|three|four|pair)\b|\b(?:together|combined|jointly|collectively|between\s+them)\b", re.I)
_GROUP_MEASURES = frozenset({"production", "reserves", "exports", "capacity"})


def carried_group_shares(found: list[Claim], text: str, start: int, words: frozenset[str],
                         before: list[tuple[int, int, str]]) -> None:
    """Rewrite, in place, a share whose subject is a group named in the sentence before ("Argentina
    and Chile lead. The two countries hold 53% of reserves", "Together they mine 57%") into the
    share of those countries summed. ``start`` is the sentence's start; ``before`` the countries
    (start, end, ISO3) named in the sentence before it. A count must match the countries named;
    a share that already names its own country is left as it is."""
    if words.isdisjoint(CARRIED_GROUP_WORDS):
        return
    group = list(dict.fromkeys(v for _, _, v in before if v != "WLD"))
    if len(group) < 2:
        return
    for c in found:
        if c.kind != "share" or c.share is None or c.comparison or c.country not in (None, "WLD") \
                or c.measure not in _GROUP_MEASURES:
            continue
        m = _CARRIED_GROUP_SUBJECT.search(text, start, c.span[0])
        if m is None:
            continue
        word = (m.group("n") or m.group("n2") or m.group("n3") or "").lower()
        n = {"two": 2, "pair": 2, "three": 3, "four": 4}.get(word) or (2 if m.group(0).lower().startswith("both") else None)
        if n is not None and n != len(group):
            continue
        c.country = group[0]
        c.comparison = {"countries": group}
        c.subject = f"{' + '.join(group)} share of world {c.measure}"


#: the words one of which a share "from A and B" needs
FROM_GROUP_WORDS = frozenset({"from", "in", "by"})
#: "... comes from", "is mined in", "are produced by": the source verb before a list of countries
_FROM_VERB = re.compile(
    r"\s*(?:[\w'\u2019-]+\s+){0,8}?(?:comes?|came|coming|originates?|originated|originating|(?:is|are|was|were)\s+(?:\w+ly\s+)?"
    r"(?:mined|produced|sourced|supplied|extracted|refined|processed|held|located|found))\s+(?:\w+\s+)?(?:from|in|by)\s+"
    # "comes from just four countries: Australia, Chile, China and Argentina" (twenty-second session, C7091)
    r"(?:(?:just|only|the)\s+)?(?:(?P<n>two|three|four|five|six|[2-9])\s+(?:countries|nations|producers)\s*[:\u2014\u2013-]\s*)?$",
    re.I)
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: what joins the names of a list: "A and B", "A, B and C"
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?", re.I)


def from_group_shares(found: list[Claim], text: str, countries: list[tuple[int, int, str]], end: int) -> None:
    """Rewrite, in place, a share of the world said to come from a list of countries ("about
    60% of the world's lithium comes from Australia and Chile", "70% of cobalt is mined in
    Congo and Indonesia") into the share of those countries summed, as README rule 1's
    "several countries together" (the list is the share's source, not one country of it).
    ``countries`` are the sentence's (start, end, ISO3) in order; ``end`` the sentence's end."""
    for c in found:
        if c.kind != "share" or c.share is None or c.comparison:
            continue
        after = [x for x in countries if c.span[1] <= x[0] <= c.span[1] + 120 and x[1] <= end and x[2] != "WLD"]
        verb = _FROM_VERB.fullmatch(text, c.span[1], after[0][0]) if len(after) >= 2 else None
        if verb is None:
            continue
        group = [after[0]]
        for x in after[1:]:
            if _LIST_JOIN.fullmatch(text, group[-1][1], x[0]) is None:
                break
            group.append(x)
        isos = list(dict.fromkeys(x[2] for x in group))
        n = verb.group("n")
        if len(isos) < 2 or (n is not None and _COUNT.get(n.lower(), int(n) if n.isdigit() else 0) != len(isos)):
            continue
        if c.country not in (None, "WLD", isos[0]):
            continue
        c.country = isos[0]
        c.comparison = {"countries": isos}
        c.subject = f"{' + '.join(isos)} share of world {c.measure}"
