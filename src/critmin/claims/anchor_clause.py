"""An event named in a clause of time that anchors a change is not a claim of its own.

"Prices have more than doubled since China restricted exports", "When Beijing announced
the curbs, prices jumped 27%", "Since filing the petitions, imports have fallen": the clause
opened by "since", "when" or "ever since" dates the change the main clause states; the
event in it is taken for granted, not asserted (the sentence is about the change). Such an
event claim is dropped when the sentence has a change claim outside that clause (for "when",
a move of prices or trade: "When rebels seized the mines, supplies fell" tells the seizure,
and "..., when Beijing announced the controls" after a date asserts it); a cause
("due to the new controls", "after the ban took effect, which ...") is not a clause of time
and keeps its event.
"""

from __future__ import annotations

import re

from critmin.claims.model import ClaimCheck

__all__ = ["drop_anchoring_events"]

#: the word opening a clause of time, with at most this many characters before the event word
_TIME_OPENER = re.compile(r"\b(?:ever\s+since|since|when|whenever)\s+(?P<rest>[^,.;:]{0,80})$", re.I)
_W_TIME_OPENERS = frozenset({"since", "when", "whenever"})
#: a comma right before the opener: a clause describing what precedes it ("..., when"), not a clause of time
_AFTER_COMMA = re.compile(r",\s*$")
#: the measures of a market's reaction, which a "when" clause dates
_MARKET_MEASURES = frozenset({"price", "exports", "imports"})
#: a year or a date right after "since" makes it a span ("since 2023"), not a clause
_SINCE_YEAR = re.compile(r"^(?:(?:early|late|mid-?)\s*)?(?:\d{4}|[A-Z][a-z]+\s+\d{4})\b")


def _anchoring(sentence: str, at: int) -> tuple[int, int] | None:
    """The span (in the sentence) of a clause of time containing position ``at``, or None."""
    m = _TIME_OPENER.search(sentence, 0, at)
    if m is None or _SINCE_YEAR.match(m.group("rest")):
        return None
    if _AFTER_COMMA.search(sentence, 0, m.start()):
        return None  # "since Aug. 15, when Beijing announced the controls": a clause about the date, which it asserts
    end = sentence.find(",", at)
    return m.start(), (end if end >= 0 else len(sentence))


#: a clause of time that tells an act with its actor: "since China restricted exports", "since Congo
#: first suspended exports" (a name, then a verb in the past tense), not "since the curbs were imposed"
_SINCE_ACTOR = re.compile(r"(?:[Ee]ver\s+)?[Ss]ince\s+(?:[A-Z][\w.\u2019'-]*\s+){1,3}(?:first\s+|later\s+)?[a-z]+ed\b")
#: precisions of a stated date that name a month or a day ("in August 2023", "on 1 July")
_FINE_DATE = frozenset(("day", "month", "range", "week"))


def _dated_in_clause(cc: ClaimCheck) -> bool:
    """The event of a clause of time gives its own month or day ("since China began restricting
    exports in August 2023"): the sentence asserts when the measure came, a claim of its own,
    where "since the controls were imposed" or "last summer" only takes the measure for granted."""
    ev = cc.claim.event or {}
    return any(len(d) >= 2 and d[1] in _FINE_DATE for d in ev.get("dates") or [])


def drop_anchoring_events(checks: list[ClaimCheck]) -> list[ClaimCheck]:
    """The checks without event claims that only date a change of the same sentence."""
    by_sentence: dict[tuple[int, int], list[ClaimCheck]] = {}
    for cc in checks:
        by_sentence.setdefault(cc.claim.sentence_span, []).append(cc)
    drop: set[int] = set()
    for group in by_sentence.values():
        events = [cc for cc in group if cc.claim.kind == "event"]
        changes = [cc for cc in group if cc.claim.kind == "change"]
        if not events or not changes:
            continue
        sentence = events[0].claim.sentence
        if _W_TIME_OPENERS.isdisjoint(re.findall(r"[a-z]+", sentence.lower())):
            continue
        base = events[0].claim.sentence_span[0]
        for ev in events:
            clause = _anchoring(sentence, ev.claim.span[0] - base)
            if clause is None or _dated_in_clause(ev):
                continue
            if ev.verdict.verdict != "unverifiable" and _SINCE_ACTOR.match(sentence, clause[0]):
                # "prices have doubled since China restricted exports of the metal": the move is counted
                # from an act the clause tells with its actor, a recorded event the sentence is a claim
                # about (README rule 16c); "since the controls were imposed" only takes it for granted
                continue
            outside = [ch for ch in changes if not (clause[0] <= ch.claim.span[0] - base < clause[1])]
            if not sentence[clause[0]:clause[0] + 5].lower().startswith(("since", "ever ")):
                # "when ...": a market's reaction (a price or trade move) is dated by it; "When rebels seized
                # the mines, supplies fell" tells the seizure itself
                outside = [ch for ch in outside if ch.claim.measure in _MARKET_MEASURES]
            if outside:
                drop.add(id(ev))
    return [cc for cc in checks if id(cc) not in drop]
