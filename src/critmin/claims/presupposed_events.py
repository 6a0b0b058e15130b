"""A country's export measure presupposed as the cause or frame of what the sentence tells.

"Carmakers face shortages due to Beijing's export restrictions on magnets", "buyers ship through
Vietnam to bypass China's export bans", "metals not covered by China's controls", "a venture seen
as crucial in light of China's tightening controls on these minerals": the sentence takes the
measure for granted while it tells something the bundle does not hold (shortages, routing, a
rally). The eleventh batch's reading of labelling rule 4 lets a recorded measure so presupposed
decide the sentence (C2000-C2003, C2224-C2257). Such a mention is an event claim of kind
``control`` by its owner, on the sentence's commodities (or those of the sentences just before),
without a date. It is kept only when the events table settles it (a measure of that owner on
those commodities dated on or before the article): an unrecorded measure merely mentioned in
passing is no claim the checker should list (see ``drop_unsettled``).

A measure said to be recent ("recent Chinese export controls on ...", "China's latest move to
tighten restrictions on ...") is presupposed the same way. Only a cause or frame written with
these words counts: "due to", "because of", "in light of" (also "due to the impact of"),
"to bypass / avoid / circumvent", "(not) covered by", "affected by", and a clause of cause opened by
"as" whose verb is what the measure does to supply ("prices surged as China's export controls
squeeze supplies", seventeenth session). "After", "since" and
"following" open clauses of time that date a move (``anchor_clause.py``), and a bare subject
("China's export curbs pose challenges") is a description, not a presupposition; nor is a
mention after a forecast or a modal ("prices are likely to rise following China's latest ban").
"""

from __future__ import annotations

import re
from typing import Any

from critmin.claims.model import Claim, ClaimCheck

__all__ = ["PRESUPPOSED_WORDS", "drop_unsettled", "presupposed_claim", "price_cause_claim"]

#: what a measure does to supply in a clause of cause opened by "as" ("as China's export controls
#: squeeze supplies", "as Beijing's curbs choke shipments")
_AS_CAUSE_VERBS = ("squeeze", "squeezes", "squeezed", "squeezing", "choke", "chokes", "choked", "choking",
                   "crimp", "crimps", "crimped", "disrupt", "disrupts", "disrupted", "constrain", "constrains",
                   "constrained", "tighten", "tightens", "tightened", "curtail", "curtails", "curtailed")
#: a word of the cause or frame, as the sentence's word set holds it
PRESUPPOSED_WORDS = frozenset({"due", "because", "light", "bypass", "avoid", "circumvent", "evade", "skirt",
                               "covered", "affected", "recent", "latest", "new",
                               # "as China's export controls squeeze supplies": the verbs of a cause in an "as" clause
                               *_AS_CAUSE_VERBS})
#: the owner of the measure: the country by name, adjective or capital
_OWNERS = {"china": "CHN", "chinese": "CHN", "beijing": "CHN"}
_PRESUPPOSED = re.compile(
    r"\b(?:due\s+to|because\s+of|in\s+light\s+of|(?:to|in\s+order\s+to)\s+(?:bypass|avoid|circumvent|evade|skirt)"
    r"|(?:not\s+|directly\s+|already\s+)?(?:covered|affected)\s+by)\s+(?:the\s+(?:impact|effects?)\s+of\s+)?(?:the\s+)?"
    r"(?P<owner>China['\u2019]s|Chinese|Beijing['\u2019]s)\s+"
    r"(?:(?:recent|new|latest|tightening|tighter|sweeping|direct|current|existing|expanded|ongoing)\s+){0,2}"
    r"(?:export\s+|trade\s+)?(?P<noun>controls|restrictions|bans|curbs|ban)\b"
    # "Recent Chinese export controls on ...", "China's recent move to tighten restrictions on ...":
    # a measure said to be recent is one already taken
    r"|\b(?:[Rr]ecent|[Ll]atest|[Nn]ew)\s+(?P<owner2>China['\u2019]s|Chinese|Beijing['\u2019]s)\s+(?:export\s+|trade\s+)?"
    r"(?P<noun2>controls|restrictions|bans|curbs|ban)\b"
    r"|\b(?P<owner3>China['\u2019]s|Beijing['\u2019]s)\s+(?:recent|latest|new)\s+"
    r"(?:move\s+to\s+(?:tighten|impose|expand)\s+(?:its\s+)?)?(?:export\s+|trade\s+)?"
    r"(?P<noun3>controls|restrictions|bans|curbs|ban)\b"
    # "prices surged as China's export controls squeeze supplies": the measure as the cause of a move
    r"|\bas\s+(?P<owner4>China['\u2019]s|Chinese|Beijing['\u2019]s)\s+"
    r"(?:(?:recent|new|latest|tightening|tighter|sweeping|expanded)\s+){0,2}(?:export\s+|trade\s+)?"
    r"(?P<noun4>controls|restrictions|bans|curbs|ban)\s+(?:" + "|".join(_AS_CAUSE_VERBS) + r")\b", re.I)


#: a forecast or plan before the measure: the sentence is no report of what happened (rule 10)
_FORECAST_BEFORE = re.compile(r"\b(?:(?:likely|expected|forecast|poised|set)\s+to|will|would|could|may|might)\b", re.I)


def presupposed_claim(text: str, start: int, end: int, commodities: list[str], near: list[str]) -> Claim | None:
    """The event claim of a measure the sentence ``text[start:end]`` presupposes, or None.

    ``commodities`` are the sentence's commodity slugs, ``near`` those of the sentences just
    before (used when the sentence names none: "these vital minerals")."""
    sent = text[start:end]
    m = _PRESUPPOSED.search(sent)
    if m is None or _FORECAST_BEFORE.search(sent, 0, m.start()):
        return None
    who = m.group("owner") or m.group("owner2") or m.group("owner3") or m.group("owner4")
    owner = _OWNERS[re.split(r"['\u2019]", who)[0].lower()]
    ev: dict[str, Any] = {"type": "control", "date": None, "dates": [], "count": None, "undated": True,
                          "ends": [], "legal": None, "since": False, "actors": [owner], "agent": owner,
                          "commodities": sorted(set(commodities)),
                          "context_commodities": [] if commodities else sorted(set(near)),
                          "roles": {}, "kinds": ["control"], "presupposed": True}
    a, b = start + m.start(), start + m.end()
    return Claim(sentence=sent, span=(a, b), kind="event", text=text[a:b], sentence_span=(start, end),
                 subject="export measure presupposed", event=ev,
                 commodity=sorted(set(commodities))[0] if commodities else None, country=owner)


def drop_unsettled(checks: list[ClaimCheck]) -> list[ClaimCheck]:
    """The checks without presupposed measures the table does not settle (unverifiable)."""
    return [cc for cc in checks if not ((cc.claim.event or {}).get("presupposed")
                                        and cc.verdict.verdict == "unverifiable")]


# -- a single measure named as the cause or start of a price move (README rule 16c, eighteenth session) --
#: one measure, in the singular: a ban, suspension, freeze, embargo or halt (of exports), "the ban on
#: exports of ...", a quota system ("China's restrictions", "a series of export controls": a plural
#: or a series names no single event, rule 16c, and stays with the rules above)
_ONE_MEASURE = (r"(?:(?:export|exports|shipment|shipping|mining)\s+)?(?:ban|suspension|freeze|embargo|halt|moratorium)\b"
                r"|\bban\s+on\s+(?:[\w-]+\s+){0,3}?(?:exports|shipments)\b"
                r"|\b(?:export\s+)?quota\s+(?:system|regime)\b")
#: the measure as the cause or starting point of the move: after a word of cause or time ("due to",
#: "helped by panic over", "after", "following", "since", "credited ... for"), or as the subject of a
#: verb that moves prices ("a prior export ban had driven cobalt prices upward")
_PRICE_CAUSE = re.compile(
    r"\b(?:due\s+to|because\s+of|(?:helped|driven|fuell?ed|spurred|caused|triggered|sparked|boosted)\s+(?:in\s+part\s+)?by"
    r"(?:\s+(?:panic|fears?|concerns?|worries)\s+(?:over|about))?|amid|after|following|since|credited)\s+"
    r"(?:[\w'\u2019.-]+\s+){0,5}?(?P<m>" + _ONE_MEASURE + r")"
    r"|\b(?:the|an?|its|this|that|[\w.-]+['\u2019]s)\s+(?:[\w-]+\s+){0,3}?(?P<m2>" + _ONE_MEASURE + r")"
    r"(?:\s+[\w-]+){0,6}?\s+(?:has\s+|have\s+|had\s+)?(?:driven|pushed|sent|lifted|sparked|triggered|fuell?ed|caused|"
    r"boosted|spurred)\b", re.I)
#: the move itself: a price in the sentence
_PRICE_WORD = re.compile(r"\bprices?\b", re.I)
#: "by (the)" right before a country: the measure's owner named after it
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
#: a series of measures, or measures of no one in particular: no single event (rule 16c)
_SERIES = re.compile(r"\b(?:series|string|wave|raft|number)\s+of\b", re.I)


def price_cause_claim(text: str, start: int, end: int, commodities: list[str], near: list[str],
                      owners: list[tuple[int, str]], carried: str | None) -> Claim | None:
    """The event claim of a single measure named as the cause or start of a price move in the
    sentence ``text[start:end]`` ("A prior export ban had driven cobalt prices upward", "prices
    soared helped by panic over the ban on exports ... by the Democratic Republic of Congo",
    "Tshisekedi credited the export freeze for a 92% rebound in cobalt prices"), or None.

    README rule 16c (and the eleventh batch's reading, C2000): a price move dated from, or caused
    by, an event the sentence names is a claim about that recorded event; the move itself is not
    in the bundle. The measure's owner is the country named nearest to it in the sentence
    (``owners``: (position, ISO3)), else ``carried``, the country the sentence refers back to
    or the last one named before it. Like :func:`presupposed_claim`, the claim is undated and kept
    only when the events table settles it (:func:`drop_unsettled`)."""
    sent = text[start:end]
    if not _PRICE_WORD.search(sent) or _SERIES.search(sent):
        return None
    m = _PRICE_CAUSE.search(sent)
    if m is None or _FORECAST_BEFORE.search(sent, 0, m.start()):
        return None
    g = "m" if m.group("m") else "m2"
    a, b = start + m.start(g), start + m.end(g)
    # the owner is named before the measure ("Congo's export ban") or after "by" ("the ban on exports
    # ... by the Democratic Republic of Congo"); a country after it is a destination ("halt exports to China")
    own = [o for o in owners if o[0] < a or _BY_BEFORE.search(text, max(b, o[0] - 12), o[0])]
    owner = min(own, key=lambda o: abs(o[0] - a))[1] if own else None if owners else carried
    if owner is None or not (commodities or near):
        return None
    ev: dict[str, Any] = {"type": "control", "date": None, "dates": [], "count": None, "undated": True,
                          "ends": [], "legal": None, "since": False, "actors": [owner], "agent": owner,
                          "commodities": sorted(set(commodities)),
                          "context_commodities": [] if commodities else sorted(set(near)),
                          "roles": {}, "kinds": ["control"], "presupposed": True}
    return Claim(sentence=sent, span=(a, b), kind="event", text=text[a:b], sentence_span=(start, end),
                 subject="export measure named as the cause of a price move", event=ev,
                 commodity=sorted(set(commodities))[0] if commodities else None, country=owner)
