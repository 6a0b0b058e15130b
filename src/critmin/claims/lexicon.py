"""Shared word classes of the claim checker: the words of forecasts, plans, intentions,
conditions and possibility (labelling rule 10: none of them states a fact), and the
calendar words, that many rules of the package read.

Each class is a tuple of regex alternatives (``"plans?"`` is "plan" or "plans"), in the order
the rules write them. A rule builds its pattern from the classes it shares with others and
its own extra words, so one list holds each class and the rules cannot drift apart:

    _NOT_YET = re.compile(bounded(MODALS, CONDITIONALS, "once"), re.I)

:func:`without` drops named alternatives from a class where a rule reads fewer of its words,
and :func:`spellings` turns classes into the plain lower-case words a frozenset gate checks
against a sentence's words. Nothing here is compiled: the rules compile their own patterns.
"""
from __future__ import annotations

from collections.abc import Iterable
from re import _parser as _sre  # type: ignore[attr-defined]
from typing import Any

# --------------------------------------------------------------------------- hedges
#: hedges that widen a stated figure to rule 5's band around it ("about 70%", "an estimated 44 Mt")
APPROX_HEDGES = frozenset({"about", "around", "approximately", "approx.", "roughly", "some", "close to",
                           "an estimated", "estimated"})

# --------------------------------------------------------------------------- modal verbs
#: modals of possibility: "output could rise", "Beijing may retaliate"
MODALS = ("could", "would", "might", "may")
#: the modal "may" read in lower case only, so that the month "May" is not taken for it
MAY_LOWER = ("(?-i:may)",)
#: modals of the future: "the ban will take effect", "the ministry shall issue"
FUTURE_MODALS = ("will", "shall")
#: modals of duty: "exporters should apply", "firms must obtain"
DUTY_MODALS = ("should", "must")
#: modals of ability: "China can supply", "it cannot meet"
ABILITY_MODALS = ("can", "cannot")

# --------------------------------------------------------------------------- conditions
#: conditions and open questions: "if prices hold", "unless talks fail", "whether to ban"
CONDITIONALS = ("if", "unless", "whether")

# --------------------------------------------------------------------------- plans and intentions
#: a plan: "plans a new plant", "the planned mine"
PLAN_WORDS = ("plans?", "planned")
#: a plan worded with "to": "plans to build", "is planning to expand"
PLAN_TO = (r"plans?\s+to", r"planning\s+to")
#: an aim: "aims to become", "aiming at"
AIM_WORDS = ("aims?", "aiming")
#: a target: "targets 20% of supply", "a targeted output"
TARGET_WORDS = ("targets?", "targeted", "targeting")
#: an intention: "intends to list", "intending to sell"
INTENT_WORDS = ("intends?", "intending")
#: a wish: "hopes to", "wants to", "seeks to", "seeking a deal"
WISH_WORDS = ("hopes?", "wants?", "seeks?", "seeking")
#: (twenty-third session) a verb of speaking after "want to", "would like to": "I want to emphasize", "we
#: want to stress" frame what the speaker asserts and plan nothing (README rule 10 excludes plans, not emphasis)
SPEECH_AFTER_WISH = (r"emphasi[sz]e|stress|underline|underscore|say|note|point\s+out|make\s+(?:it\s+)?clear"
                     r"|be\s+clear|reiterate|highlight|remind")
#: a proposal: "the proposed tariff", "proposes a ban"
PROPOSAL_WORDS = ("proposed", "proposes")
#: a measure under deliberation: "is considering curbs", "mulling a ban", "weighing limits"
DELIBERATION_WORDS = ("considering", "mulling", "weighing")
#: a threat: "threatens to halt", "threatened curbs"
THREAT_WORDS = ("threaten(?:s|ed|ing)?",)
#: about to happen: "is set to rise", "is poised to overtake"
POISED_TO = (r"set\s+to", r"poised\s+to")

# --------------------------------------------------------------------------- forecasts
#: a forecast: "expects output to rise", "forecasts a deficit", "projected demand"
FORECAST_WORDS = ("expects?", "expected", "forecasts?", "projected")
#: a projection or prediction: "projects growth", "predicts a shortage"
PREDICTION_WORDS = ("projects?", "predicts?", "predicted")

# --------------------------------------------------------------------------- calendar
#: the months, in full: "in January", "October 9"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
#: the ordinal words of a place in an order: "the third-largest", "fifth on the list"
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
#: the days of the week, as written: "on Monday" (``spellings`` gives them in lower case)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# --------------------------------------------------------------------------- figures and markets
#: the scale words of a number: "2.5 million tonnes", "a billion dollars"
SCALE_WORDS = ("thousand", "million", "billion")
#: a company's results: "revenue rose", "profits fell", "quarterly earnings"
FINANCE_WORDS = ("revenues?", "profits?", "earnings")
#: the verbs of a move of a share price: "shares soared", "the stock slid"
SHARE_MOVES = ("soared", "surged", "jumped", "rose", "climbed", "gained", "fell", "dropped", "slid", "slumped", "tumbled",
               "plunged", "doubled", "tripled", "rallied", "added", "lost", "sank", "spiked")

#: verbs of a fall that the change reader did not list, past and present: "prices shed 20%",
#: "output slipped 4%", "the price eases 3%"
MOVE_DOWN_VERBS = ("shed", "sheds", "lost", "loses", "slipped", "slips", "eased", "eases", "retreated", "retreats",
                   "sagged", "sags", "tanked", "nosedived", "dived", "dove", "shrank", "shrunk", "contracted",
                   "weakened", "softened", "dwindled", "slumps", "slides", "tumbles", "plunges", "plummets",
                   "sinks", "dips", "declines", "drops", "decreases")
#: verbs of a rise that the change reader did not list: "exports advanced 12%", "prices rallied 30%"
MOVE_UP_VERBS = ("advanced", "advances", "rallied", "rallies", "firmed", "recovered", "expanded",
                 "strengthened", "surges", "jumps", "climbs", "soars", "gains", "spikes", "leaps", "increases",
                 "grows")


Part = str | Iterable[str]


def words(*parts: Part) -> tuple[str, ...]:
    """The alternatives of ``parts`` (classes and single alternatives) in order, each once."""
    out: list[str] = []
    for part in parts:
        for alt in ((part,) if isinstance(part, str) else part):
            if alt not in out:
                out.append(alt)
    return tuple(out)


def without(group: Iterable[str], *drop: str) -> tuple[str, ...]:
    """``group`` less the alternatives ``drop`` (each must be in it: a typo is an error)."""
    have = tuple(group)
    missing = [d for d in drop if d not in have]
    if missing:
        raise ValueError(f"not in the class {have}: {missing}")
    return tuple(a for a in have if a not in drop)


def joined(*parts: Part) -> str:
    """``a|b|c``: the alternatives of ``parts``, in order, to write inside a group of one's own.
    A string part is one alternative or several already joined by ``|``."""
    return "|".join(words(*parts))


def alternation(*parts: Part) -> str:
    """``(?:a|b|c)`` of the alternatives of ``parts``, in order."""
    return "(?:" + joined(*parts) + ")"


def bounded(*parts: Part) -> str:
    r"""``\b(?:a|b|c)\b``: one of the alternatives of ``parts`` as a whole word or phrase."""
    return r"\b" + alternation(*parts) + r"\b"


def _expand(items: Any) -> set[str]:
    """The strings a parsed finite pattern (letters, ``?``, groups, branches, sets) matches."""
    out = {""}
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            got = {chr(av)}
        elif name == "IN" and all(str(o) == "LITERAL" for o, _ in av):
            got = {chr(v) for _, v in av}
        elif name == "SUBPATTERN":
            got = _expand(av[-1])
        elif name == "BRANCH":
            got = set().union(*(_expand(b) for b in av[1]))
        elif name == "MAX_REPEAT" and av[0] == 0 and av[1] == 1:
            got = {""} | _expand(av[2])
        else:
            raise ValueError(f"not a finite word pattern: {name}")
        out = {a + b for a in out for b in got}
    return out


def spellings(*parts: Part) -> frozenset[str]:
    """Every lower-case word the alternatives of ``parts`` match: ``"plans?"`` gives "plan" and
    "plans". Only finite patterns of letters (no spaces, no ``\\w*``) can be spelt out."""
    out: set[str] = set()
    for alt in words(*parts):
        got = _expand(_sre.parse(alt))
        if any(not w.isalpha() for w in got):
            raise ValueError(f"not a single word: {alt!r}")
        out |= {w.lower() for w in got}
    return frozenset(out)
