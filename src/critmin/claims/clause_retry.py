"""A fact in one clause of a sentence whose other clause is a plan, a forecast or an offer.

Sentence-wide guards of rule 10 (benchmarks/claims_eval/README.md) drop every figure of a
sentence that contains a plan word ("aims", "could", "will"): right for "the firm aims to
lift output to 60,000 t", wrong for two independent clauses joined by a dash, a semicolon
or a reporting participle, where only one of them is the plan:

* "The deal aims to cut reliance on imports -- China refines about 90% of the world's
  supply" (a dash, an en dash or an em dash between two clauses);
* "Exports may recover next year; in 2023 they fell by a third" (a semicolon);
* "Moscow could sell 1 Mt a year, noting that it once shipped 15% of US imports" (a
  participle of saying -- noting, adding, saying, stressing -- that opens a clause of its own);
* "China, which aims to keep its lead, mined 270,000 t in 2024" (a relative clause set off by
  commas: the main clause after it is read with the subject named before it).

:func:`clause_claims` runs only on a sentence from which nothing was drawn at all (extract.py
calls it last): it cuts the sentence at those joints and reads each clause as a sentence of
its own, with the same rules and the same rule-10 guards applied to that clause only. A plan
clause stays a non-claim; a fact clause next to it is read. The claims' sentence is their
clause, so the verdict's reading of the subject ("the new refinery aims ...") stays in the
plan clause too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from critmin.claims.model import Claim

__all__ = ["clause_claims", "clause_joints"]

#: cheap character test before any regex: a dash with spaces, a semicolon, or a comma before a participle
_JOINT_CHARS = ("\u2013", "\u2014", " - ", ";", ", ")
#: words of saying that open a clause of their own after a comma ("..., noting that ...")
_W_SAYING = frozenset({"noting", "adding", "saying", "stressing", "stating", "explaining", "recalling",
                       "pointing", "observing", "remarking", "underlining", "highlighting"})
_JOINT = re.compile(
    r"\s[\u2013\u2014]\s?|\s?[\u2013\u2014]\s|\s-\s|;\s"
    r"|,\s+(?:noting|adding|saying|stressing|stating|explaining|recalling|pointing\s+out|observing|remarking"
    r"|underlining|highlighting)\s+(?:that\s+)?", re.I)
#: the shortest clause worth reading on its own (a figure needs a subject and a verb)
_MIN_CLAUSE = 12
#: a relative clause set off by commas between a subject and its verb: "China, which aims to keep
#: its lead, mined 270,000 t" -- the plan is the relative clause's; the main clause goes on after it
_W_RELATIVE = frozenset({"which", "who", "whose"})
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,;:]{3,120}?,\s+", re.I)


def clause_joints(sent: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each clause of ``sent`` (offsets in ``sent``) when it has two or more
    clauses joined as above; an empty list otherwise."""
    if not any(ch in sent for ch in _JOINT_CHARS):
        return []
    if ", " in sent and not any(ch in sent for ch in _JOINT_CHARS[:4]) and words.isdisjoint(_W_SAYING):
        return []
    cuts = [(m.start(), m.end()) for m in _JOINT.finditer(sent)]
    if not cuts:
        return []
    spans, a = [], 0
    for x, y in cuts:
        spans.append((a, x))
        a = y
    spans.append((a, len(sent)))
    return [(x, y) for x, y in spans if y - x >= _MIN_CLAUSE]


def _relative_cut(sent: str, words: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) in ``sent`` of the first relative clause set off by commas, or None."""
    if words.isdisjoint(_W_RELATIVE) or ", " not in sent:
        return None
    m = _RELATIVE.search(sent)
    return (m.start(), m.end()) if m is not None else None


def _words_of(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]+", text.lower()))


def clause_claims(text: str, s: Any, read: Callable[[Any], list[Claim]],
                  drop: Callable[[str, int, frozenset[str], list[Claim], str | None], list[Claim]],
                  date: str | None) -> list[Claim]:
    """Claims of each clause of sentence ``s`` read on its own by ``read`` (the sentence rules
    of extract.py on a scan narrowed to the clause), each clause's rule-10 guards applied by
    ``drop`` to that clause only. Empty when the sentence has a single clause."""
    spans = clause_joints(text[s.start:s.end], s.words)
    subject_for: dict[int, list[Any]] = {}
    if len(spans) < 2:
        cut = _relative_cut(text[s.start:s.end], s.words)
        if cut is None:
            return []
        # the main clause without its relative clause: the subject before it, the predicate after
        head = [c for c in s.countries if s.start <= c.start < s.start + cut[0] and c.end > c.start]
        spans = [(cut[1], len(text[s.start:s.end]))]
        if head:
            subject_for[cut[1]] = [type(head[-1])(s.start + cut[1], s.start + cut[1], head[-1].kind, head[-1].value,
                                                  True)]
    out: list[Claim] = []
    for x, y in spans:
        a, b = s.start + x, s.start + y
        clause = text[a:b]
        if not any(ch.isdigit() for ch in clause):
            continue  # only figures are read again: words-only rules already saw the whole sentence
        words = _words_of(clause)

        def inside(ms: list[Any], a: int = a, b: int = b) -> list[Any]:
            return [m for m in ms if a <= m.start < b]

        named = [c for c in inside(s.countries) if c.end > c.start]
        carried = subject_for.get(x) or [c for c in s.countries if c.end == c.start]
        sub = replace(s, start=a, end=b, countries=named or carried,
                      commodities=inside(s.commodities) or list(s.commodities), numbers=inside(s.numbers),
                      measures=inside(s.measures), years=inside(s.years), clauses=None, words=words,
                      reports_past=None)
        if not sub.numbers:
            continue
        got = read(sub)
        if got:
            got = drop(clause, a, words, got, date)
        out.extend(got)
    return out
