"""Checkable claims stated without a figure, found from word classes (issue #6, recall).

News copy often asserts what a table can settle without giving the number:

* **dominance** -- "China dominates the mining and refining of graphite", "the cobalt market
  is largely dominated by Congo", "Australia leads the world in lithium", "China sits at the
  top of the production chart", "China holds a near monopoly on rare-earth processing";
* **market moves** -- "nickel ended the year at four-year lows", "prices saw a sharp
  pullback", "cobalt values hit lows unseen since 2017", "a ban drove prices upward",
  "exports began to slump";
* **output that stopped** -- "the US no longer mines antimony", "tungsten has not been
  mined in the US for a decade", "the country produced none".

Each detector is a lexicon (a frozenset of trigger words, tested on the sentence's words
before any regex runs) and one pattern built from it, so new wording of the same class is
caught without a rule per phrase. Readings (README of benchmarks/claims_eval, rule 12):

* a dominance verb or "at the top" is a **rank** claim, first place, one per stage named
  (mining, refining/processing, reserves, magnets, exports; no stage: production, which
  rule 11 matches mining first). "Dominates" asks no threshold beyond first place: the
  labels read "China dominates reserves" (44 of more than 90 Mt) as supported.
* a **monopoly** word ("monopoly", "near-monopoly", "stranglehold") is a **share** claim of
  more than half of world output, plus first place; degrees above half are not refuted.
* a market move without a size is a **change** claim with ``change=None``: the verdict is
  ``unverifiable`` and names the price or trade series that would settle it.
* output that stopped is a **quantity** of 0 t (checked against the latest years).

Forecasts, plans, conditions, generic statements ("when supply falls, prices rise") and
company results are no claims (rule 10).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from critmin.claims import dominance_nouns as _dn
from critmin.claims import leader_apposition as _la
from critmin.claims import lexicon as _lx
from critmin.claims import rank_words as _rw

if TYPE_CHECKING:
    from critmin.claims.model import Claim

__all__ = ["W_AMONG_LEADERS", "W_DOMINANCE", "W_MARKET_MOVE", "W_STOPPED_OUTPUT", "W_VAGUE_SHARE", "add_direction", "among_leaders_claims",
           "dominance_claims", "fastest_growing_claims", "mainly_to_claims", "market_move_claims", "rank_word_claims", "revision_claims", "stopped_output_claims", "triggers",
           "vague_share_claims"]


def _ws(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --------------------------------------------------------------------------- lexicons
#: words that make a sentence worth the dominance detector
W_DOMINANCE = _ws("concentrated dominate dominates dominated dominating monopoly monopolies monopolise monopolises monopolize "
                  "monopolizes monopolised monopolized stranglehold chokehold leads lead leading top tops topped "
                  "controls control controlled controlling leader force player power powerhouse giant dominance "
                  "leadership dominant titan hub heavyweight kingpin") | _dn.TRIGGERS  # + nouns (dominance_nouns.py)
#: words of a market move (verbs in every inflection, nouns, levels)
_MOVE_VERBS = (
    "rise rises rising rose risen increase increases increased increasing grow grows growing grew grown "
    "climb climbs climbed climbing jump jumps jumped jumping surge surges surged surging soar soars soared soaring "
    "spike spikes spiked spiking rally rallies rallied rallying rebound rebounds rebounded rebounding "
    "recover recovers recovered recovering skyrocket skyrockets skyrocketed skyrocketing rocket rockets rocketed "
    "double doubles doubled doubling triple triples tripled tripling fall falls falling fell fallen "
    "drop drops dropped dropping decline declines declined declining decrease decreases decreased decreasing "
    "slump slumps slumped slumping plunge plunges plunged plunging plummet plummets plummeted plummeting "
    "tumble tumbles tumbled tumbling slide slides sliding slid slip slips slipped slipping sink sinks sinking sank "
    "sunk dip dips dipped dipping ease eases eased easing collapse collapses collapsed collapsing "
    "crash crashes crashed crashing weaken weakens weakened weakening soften softens softened softening "
    "shrink shrinks shrinking shrank shrunk contract contracts contracted contracting halve halves halved halving "
    "dwindle dwindles dwindled dwindling retreat retreats retreated retreating strengthen strengthens strengthened "
    "firmed firming slowed slowing")
_MOVE_NOUNS = "pullback pull-back downturn upturn slowdown correction selloff sell-off boom rout spike surge rally " \
              "rebound slump collapse crash plunge decline drop fall rise increase jump dip slide"
_MOVE_LEVELS = "highs lows high low peak peaks unseen highest lowest upward upwards downward downwards higher lower"
W_MARKET_MOVE = _ws(_MOVE_VERBS) | _ws(_MOVE_NOUNS) | _ws(_MOVE_LEVELS) | _ws(
    "drove driven pushed sent up down more fewer less flat unchanged steady stable")
#: market quantities a move can be of
_W_MARKET_QUANTITY = _ws("price prices priced pricing value values export exports exported import imports imported "
                         "shipments shipment output production supply supplies demand stocks inventories inventory "
                         "stockpiles consumption trading traded importing exporting shipping quota quotas "
                         # the price words _QUANTITY already reads: "average quotations fell"
                         "quote quotes quotation quotations")
#: words of output that stopped, and the output verbs one of them must come with
W_STOPPED_OUTPUT = _ws("longer ceased stopped halted ended none not no")
_W_OUTPUT_VERB = _ws("mine mines mined mining produce produces produced producing production extracted extraction "
                     "extracts output shipped exported imported delivered")
_W_LEVEL = _ws("highs lows high low peak peaks unseen highest lowest")


def triggers(words: frozenset[str]) -> dict[str, bool]:
    """The detectors a sentence's words make worth running (cheap frozenset tests)."""
    return {
        "dominance": not words.isdisjoint(W_DOMINANCE),
        "market_move": not words.isdisjoint(W_MARKET_MOVE)
        and (not words.isdisjoint(_W_MARKET_QUANTITY) or not words.isdisjoint(_W_LEVEL)),
        "stopped_output": not words.isdisjoint(W_STOPPED_OUTPUT) and not words.isdisjoint(_W_OUTPUT_VERB),
        "revision": not words.isdisjoint(W_REVISION) and not words.isdisjoint(_W_REVISION_OBJECT),
        # "one of the leading producers", "a large share of": ranks and shares in vague words
        "among_leaders": not (words.isdisjoint(W_AMONG_LEADERS) and words.isdisjoint(_la.ARTICLES)
                              and words.isdisjoint(_la.GROUP_NOUNS))
        and not words.isdisjoint(_W_LEADER_ADJ),  # ("a major producer": leader_apposition.py)
        "vague_share": not words.isdisjoint(W_VAGUE_SHARE) and not words.isdisjoint(_W_VAGUE_SIZE),
        # "is mainly shipped to China": where most of a flow goes, without a figure
        "mainly_to": not words.isdisjoint(W_MAINLY) and not words.isdisjoint(_W_FLOW_VERB),
        # "one of the fastest-growing producers": a growth without its size
        "fastest_growing": not words.isdisjoint(W_FASTEST),
        # "Russia is third among producers", "China has the most reserves" (rank_words.py)
        "rank_words": not words.isdisjoint(_rw.TRIGGERS),
    }

# --------------------------------------------------------------------------- shared guards
#: a forecast, plan, wish, condition or generic statement before the trigger: no claim (rule 10)
_NOT_FACT_BEFORE = re.compile(_lx.bounded(
    _lx.FUTURE_MODALS, _lx.without(_lx.MODALS, "may"), _lx.MAY_LOWER, "should", _lx.ABILITY_MODALS, _lx.CONDITIONALS,
    "when(?:ever)?|once", _lx.FORECAST_WORDS, "forecast", _lx.PREDICTION_WORDS, r"likely|unlikely", _lx.POISED_TO,
    _lx.PLAN_WORDS, _lx.AIM_WORDS, "targets?|intends?", _lx.WISH_WORDS, r"trying|tries|tried|attempts?|bid\s+to"
    r"|ambitions?|efforts?|strategy|risk|risks|threatens?|tend|tends|typically|usually|often|to\s+(?:break|end|"
    r"challenge|counter|reduce|loosen|curb|erode|undermine|cut)"), re.I)
#: company results, share prices and budgets (rule 10)
_FINANCE = re.compile(
    r"\b(?:shares?\s+(?:price|prices|of|in)|share\s+price|stocks?\s+(?:price|market|index)|" + _lx.joined(_lx.FINANCE_WORDS) + "|"
    r"sales|dividends?|valuation|market\s+cap\w*|EBITDA|net\s+income|stock\s+market|equities|bonds?|yields?"
    r"|stock(?!s|\s+of|piles?)|investors?|shareholders?)\b", re.I)
#: a scope ends at a semicolon, a colon, a dash or a contrast
_SCOPE_END = re.compile(r"[;:\u2014\u2013]|\s-\s|,\s+(?:but|while|whereas|although|though|yet)\b|\s(?:but|whereas)\s", re.I)


_MOVE_CLAUSE_END = re.compile(r",\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+", re.I)


def _between_ends(ends: re.Pattern[str], text: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    """The stretch of ``text[lo:hi]`` around ``pos`` between the nearest matches of ``ends``."""
    a, b = lo, hi
    for m in ends.finditer(text, lo, hi):
        if m.end() <= pos:
            a = m.end()
        elif m.start() >= pos:
            b = m.start()
            break
    return a, b


def _move_clause(text: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    """The coordinated clause around ``pos`` ("..., and this output fell again")."""
    return _between_ends(_MOVE_CLAUSE_END, text, lo, hi, pos)


def _scope(text: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    """The stretch of the sentence around ``pos`` between scope ends (semicolons, dashes,
    "but", "while"): coordinated stages ("mining and refining") stay together."""
    return _between_ends(_SCOPE_END, text, lo, hi, pos)


# --------------------------------------------------------------------------- stages
#: the stage words a dominance claim names, in the order claims are made
_STAGE_WORDS = re.compile(
    r"(?P<refining>\b(?:refin(?:e|es|ed|ing|ery|eries|er|ers)|process(?:ing|ed|ors?)|separation|smelting|smelters?"
    r"|chemical\s+conversion|downstream)\b)"
    r"|(?P<mining>\b(?:mining|mine\s+(?:output|production|supply)|mined|extraction|upstream|raw\s+materials?|ores?)\b)"
    r"|(?P<reserves>\b(?:reserves?|deposits)\b)"
    r"|(?P<magnets>\bmagnets?\b)"
    r"|(?P<exports>\b(?:exports?|exporters?)\b)"
    r"|(?P<production>\b(?:production|output|producers?|producing|produces|supply|supplies|suppliers?|market|markets"
    r"|sector|industry|trade)\b)", re.I)
_STAGE_CLAIM = {"refining": ("production", "refining"), "mining": ("production", "mining"),
                "reserves": ("reserves", None), "magnets": ("production", None), "exports": ("exports", None),
                "production": ("production", None)}


#: where the object of a dominance verb ends: a comma or a subordinate clause ("after years of
#: ore export bans", "as demand grows", "which ...")
_OBJECT_END = re.compile(r",|\b(?:after|before|as|because|since|despite|amid|following|thanks|due|when|while|which|who"
                         r"|that|with|through|by|for\s+(?:decades|years|the\s+past)|announced|said|says"
                         r"|and\s+(?:also\s+)?(?:is|are|was|were|has|have|had|sits|holds|accounts|produces|controls|supplies"
                         r"|remains|ranks|tops|leads))\b", re.I)
#: "export bans", "export controls": a policy, not the exports stage
_EXPORT_POLICY = re.compile(r"\s+(?:bans?|controls?|curbs?|quotas?|restrictions?|licen[cs]es?|permits?|duties|taxes)\b", re.I)


def stage_commodity(stage: str, commodity: str) -> str | None:
    """The commodity a dominance claim at ``stage`` is about: magnets are NdFeB magnets (only for
    rare earths and magnets; None for another commodity), and "leads in magnets and refining"
    refines rare earths, not magnets."""
    if stage == "magnets":
        return "ndfeb_magnets" if commodity in ("rare_earths", "magnet_rees", "ndfeb_magnets") else None
    return "rare_earths" if commodity == "ndfeb_magnets" else commodity


def _stages(text: str, a: int, b: int, forward: bool = True) -> list[str]:
    if forward:
        end = _OBJECT_END.search(text, a, b)
        b = end.start() if end is not None and end.start() > a else b
    got = [m.lastgroup or "production" for m in _STAGE_WORDS.finditer(text, a, b)
           if not (m.lastgroup == "exports" and _EXPORT_POLICY.match(text, m.end()))]
    named = [g for g in dict.fromkeys(got) if g != "production"]
    if "production" in got and named == ["refining"]:
        # fourteenth session: "dominance in the production and processing of rare earths": an
        # unstaged production beside refining is mine output (rule 11, mining first), so mining is
        # among the stages and settles them (rule 12, C638; C3998)
        named = ["mining", "refining"]
    if "refining" in named and len(named) > 1 and "mining" in named:
        # "dominates the mining and refining of graphite": checked on the mined stage, the
        # reference series (rule 1); refining has a current source only in some years
        named.remove("refining")
    return named or (["production"] if got else [])


# --------------------------------------------------------------------------- dominance
#: "dominates", "is dominating", "leads the world in", "tops the list", "is at the top of", "sits atop"
_DOMINANCE = re.compile(
    r"\b(?=\w)(?:(?P<passive>\b(?:is|are|was|were|remains?|remained|been|being|be)\s+(?:\w+\s+){0,2}?(?:(?:dominated|controlled"
    r"|monopoli[sz]ed)\s+by|concentrated\s+in)\s+(?:the\s+)?"
    # a reduced relative after what is dominated: "resources largely dominated by China", "a category currently
    # dominated by China"
    r"|\b(?:resources|materials|metals|elements|minerals|categor(?:y|ies)|markets?|sectors?|industry|industries|supply|supplies"
    r"|production|processing|refining|mining|output|chains?)(?:\s*,)?\s+(?:\w+ly\s+){0,2}(?:dominated|controlled|monopoli[sz]ed)"
    r"\s+by\s+(?:the\s+)?)"
    r"|(?P<active>\b(?:dominat(?:es|ed|ing|e)|monopoli[sz](?:es|ed|ing|e)|leads|led|leading|tops|topped)\b"
    # "controls the global market for", "controls world supply of"
    r"|\bcontroll?(?:s|ed|ing)?\s+(?=(?:the\s+)?(?:global|world|worldwide|world['\u2019]s|international)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:market|supply|supplies|production|output|trade|industry|processing|refining|mining)\b)"
    # "maintains its dominance over", "has cemented its lead in", "retains a dominant position in"
    r"|\b(?:has|have|had|holds?|held|maintains?|maintained|retains?|retained|keeps?|kept|extends?|extended|cements?"
    r"|cemented|consolidates?|consolidated|enjoys?|enjoyed)\s+(?:(?:its|their|a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:dominance|dominant\s+(?:position|role|share|influence|presence|hold)|leadership|lead)\s+(?:in|of|over|on)\b"
    # "cements China's position as a global leader in", "China's position is even more dominant in" (a
    # holder's possessive right before: "its position as a global leader" may be a firm's)
    r"|(?<=['\u2019\u2018]s\s)position\s+(?:as\s+(?:a|the)\s+(?:world['\u2019]s\s+|world\s+|global\s+)?(?:leading\s+|dominant\s+|top\s+)?"
    r"(?:leader|player|producer|supplier)|(?:is|was|remains?|remained)\s+(?:\w+\s+){0,2}?dominant)\s+(?:in|of)\b"
    # "the undisputed leader in", "the dominant force in", "the top player in"
    r"|\b(?:is|are|was|were|remains?|remained|has\s+become|have\s+become|became|becomes|emerged\s+as|stands\s+as)\s+"
    r"the\s+(?:world['\u2019]s\s+|world\s+|global\s+)?(?:(?:undisputed|clear|unrivalled|unrivaled|dominant|leading|top|biggest|largest"
    r"|main|premier|principal)\s+)?(?:leader|force|player|power|powerhouse|giant|titan|hub|heavyweight|kingpin)"
    # "the world giant when it comes to", "the main hub for processing"
    r"\s+(?:in|of|on|for|when\s+it\s+comes\s+to|in\s+terms\s+of)\b"
    r"|\b(?:(?:is|are|was|were|remains?|remained|sits?|stands?|stood|comes?|came|ranks?|ranked)\s+(?:\w+\s+){0,2}?"
    r"(?:at|on)\s+(?:the\s+)?top\b|atop\b))"
    r"|(?P<monopoly>\b(?:has|have|had|holds?|held|enjoys?|enjoyed|maintains?|maintained|retains?|retained|wields?"
    r"|exercises?|keeps?|kept)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:monopoly|stranglehold|chokehold)\b)"
    # the noun with its object: "China's near-monopoly on processing", "a de facto monopoly over"
    r"|(?P<monopoly_noun>\b(?:(?:de\s+facto|near|virtual|effective|quasi|outright|total|complete|global)[\s-]+)?"
    r"(?:monopoly|stranglehold|chokehold)\s+(?:over|on|of|in)\b))",
    re.I)
#: what "leads" or "leading" must be followed by to speak of a market rather than a cause ("leading to")
_LEAD_OBJECT = re.compile(
    r"\s+(?:the\s+(?:world|globe|way|pack|field|market|sector|industry|race|rankings?|list|charts?|table)"
    r"|(?:the\s+)?(?:global|world|worldwide|international)\s+(?:[\w-]+\s+){0,2}?(?:production|output|mining|refining"
    r"|processing|reserves|supply|exports|market|trade)"
    r"|globally|worldwide|in\s+(?:the\s+)?(?:world|global|worldwide|[\w-]+\s+)?(?:production|output|mining|refining|processing"
    r"|reserves|supply|exports|[\w-]+\s+(?:production|output|mining|refining|processing|reserves|supply|exports)))", re.I)
#: the object of "tops": a ranking, not a price ("prices topped $20")
_TOP_OBJECT = re.compile(r"\s+(?:the\s+)?(?:global\s+|world\s+)?(?:list|rankings?|charts?|table|league|producers?|world)\b",
                         re.I)
#: a gap between the subject country and its verb: "China, which", "China is known to", "China also"
_SUBJECT_GAP = re.compile(
    r"(?:['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:industry|sector|miners|producers|refiners|companies|firms)\s+)?"
    # "China, which, according to the Associated Press, dominates": an attribution set off by commas
    r"(?:,\s*which\s*,\s*according\s+to\s+[^,;]{1,60},\s*)?"
    r"[\s,]*(?:(?:which|that|who|currently|now|still|also|already|clearly|firmly|largely|overwhelmingly|heavily|increasingly"
    r"|continues\s+to|continued\s+to|continuing\s+to|continue\s+to|is|are|was|were|has|have|had|been|known\s+to|said\s+to|estimated\s+to|thought\s+to"
    # (twenty-third session) a verb that entails what follows: "China has managed to monopolize", "has come to dominate"
    r"|managed\s+to|manages\s+to|come\s+to|came\s+to|comes\s+to|went\s+on\s+to|gone\s+on\s+to"
    r"|long|effectively|virtually|essentially|today|globally|historically|traditionally"
    # (twenty-fourth session) any other adverb of degree or time: "China completely dominates", "utterly dominates"
    r"|(?!only\b)[a-z]+ly|,)\s*)*$", re.I)
#: nothing but an indefinite article between a dash and a passive dominance ("\u2014a sector dominated by")
_ARTICLE_ONLY = re.compile(r"\s*(?:(?:a|an)\s+)?", re.I)
#: a negation of the dominance ("no longer dominates", "does not lead")
_NEGATED = re.compile(r"\b(?:not|no\s+longer|never|n['\u2019]t|ceased\s+to|cease\s+to)\b", re.I)
#: what joins a possessive holder to its monopoly noun: "China's stranglehold", "Beijing's chokehold"
_POSSESSIVE_S = re.compile(r"\w['\u2019]s\b")
_POSSESSIVE_GAP = re.compile(r"(?:['\u2019]s?)?\s+(?:(?:de\s+facto|near|virtual|effective|quasi|outright|total|complete|global)[\s-]+)?")
#: the subject of "concentrated in" that is no output of a tabled commodity: trade flows and chemicals
_NOT_OUTPUT_SUBJECT = re.compile(r"\b(?:imports?|imported|exports?|exported|shipments|sulfate|sulphate|carbonate|hydroxide"
                                 r"|chloride|batter(?:y|ies))\b", re.I)
#: "China's dominance"-type noun phrases in a causal or purpose frame are background, not assertions
#: "has given China a monopoly": "given" as the verb, not the reason of "given China's dominance"
_GIVEN_AS_VERB = re.compile(r"\b(?:has|have|had|was|were|is|are|been)\s+(?:\w+\s+)?given\s+$", re.I)
_ONLY_REASON = re.compile(r"\b(?:thanks\s+to|due\s+to|because\s+of|given|amid|against)\s+$", re.I)


def dominance_claims(text: str, s: Any, make: Callable[..., Claim], year_for: Callable[..., int | None],
                     commodity_for: Callable[[int], str | None], pats: Any) -> list[Claim]:
    """First place (and, for a monopoly, more than half) of a country in the stages a
    dominance wording names: "China dominates the mining and refining of graphite" gives a
    rank-1 claim for graphite mining and one for graphite refining."""
    out: list[Claim] = []
    named = [c for c in s.countries if c.value != "WLD"]
    if not named:
        return out
    # (tried only where a match can start: the same matches)
    from critmin.claims.extract import _finditer_words

    for m in _finditer_words(_DOMINANCE, text, s.start, s.end, getattr(s, "word_starts", None)):
        a, b = _scope(text, s.start, s.end, m.start())
        form = m.lastgroup or "active"
        word = m.group(0).lower()
        if form == "monopoly_noun":
            # the holder is the country just before: "China's near-monopoly on", "gave China a monopoly over"
            left = [c for c in named if a <= c.start < m.start() and m.start() - c.end <= 40]
            who = left[-1] if left else None
            stage_lo, stage_hi = m.end(), b
        elif form == "passive":
            # "the graphite market is largely dominated by China": the country right after "by"
            who = next((c for c in named if abs(c.start - m.end()) <= 4), None)
            if who is not None and word.rstrip().endswith(" in") and any(
                    who.end < c.start and _SUBJECT_LIST_JOIN.fullmatch(text, who.end, c.start) for c in named):
                continue  # "concentrated in China and Mozambique": a group of places, not first place
            if word.rstrip().endswith(" in") and _NOT_OUTPUT_SUBJECT.search(text, a, m.start()):
                continue  # "imports were concentrated in Chile", "manganese sulfate processing is concentrated in
                # China": where a trade flow comes from, or a chemical the data hold no table of
            dash = a - 1
            while dash > s.start and text[dash].isspace():
                dash -= 1
            if a > s.start and _ARTICLE_ONLY.fullmatch(text, a, m.start()) and text[dash] in "\u2014\u2013-":
                # a reduced relative in apposition after a dash ("rare earths, gallium and tantalum --
                # resources largely dominated by China"; "rare earths\u2014a sector currently dominated by China"):
                # what is dominated is the list or noun before the dash
                a = _scope(text, s.start, s.end, dash - 1)[0]
            stage_lo, stage_hi = a, m.start()
        else:
            if word.startswith("lead") or word == "led":
                if not _LEAD_OBJECT.match(text, m.end(), b):
                    continue  # "leading to", "led by": a cause or an agent, not a market lead
            elif word.startswith("top") and not _TOP_OBJECT.match(text, m.end(), b):
                continue  # "prices topped $20/kg"
            left = [c for c in named if a <= c.start < m.start()]
            who = left[-1] if left else None
            if who is not None and not _SUBJECT_GAP.match(text, who.end, m.start()) \
                    and not (who.end == who.start and who.start == s.start):
                # "the Asian country ... is leading": a carried country (zero-width) is the subject
                who = None
            if who is None and left == [] and s.carried_country is not None:
                who = next((c for c in named if c.end == c.start), None)
            stage_lo, stage_hi = m.end(), b
        together = _dominant_group(text, left, who) if form == "active" and who is not None else []
        if who is None:
            continue
        # "efforts to break China's stranglehold on rare earths": the aim is to end a stranglehold the
        # sentence takes as given, so the possessive noun phrase is still asserted (the labels read the
        # presupposition as a claim: C2873, C2938, C3265, C4476, C6351)
        presupposed = form == "monopoly_noun" and bool(_POSSESSIVE_S.search(text, who.start, min(m.start(), who.end + 2))) \
            and bool(_POSSESSIVE_GAP.fullmatch(text, who.end, m.start()))
        if (not presupposed and _NOT_FACT_BEFORE.search(text, a if form == "monopoly_noun" else max(a, who.start - 12),
                                                        m.start())) \
                or _NEGATED.search(text, max(a, m.start() - 25), m.start() + 4) \
                or _FINANCE.search(text, who.start, b) or (_ONLY_REASON.search(text, max(s.start, who.start - 20), who.start)
                                                           and not _GIVEN_AS_VERB.search(text, max(s.start, who.start - 30), who.start)):
            continue
        named_stages = _stages(text, stage_lo, stage_hi, forward=form != "passive")
        if not named_stages and not any(a <= c.start < b for c in s.commodities) \
                and not (form == "passive" and market_back_ref(text, a, m)):
            continue  # "China leads the world in electric-vehicle sales": neither a stage nor a commodity
        stages = named_stages \
            or (["production"] if form != "passive" else _stages(text, m.end(), b) or ["production"])
        commodity = commodity_for(m.start())
        if commodity is None:
            continue
        monopoly = form in ("monopoly", "monopoly_noun") or "monopol" in word
        for st in stages:
            meas, stage = _STAGE_CLAIM[st]
            com = stage_commodity(st, commodity)
            if com is None:
                continue
            year = year_for(m.start(), s.start, s.end, measure=meas)
            if len(together) > 1:
                # "China and Myanmar dominate mining": each holds one of the first places, none need be first
                for iso in together:
                    c = make("rank", m.start(), m.end(), commodity=com, measure=meas, stage=stage, country=iso,
                             year=year, rank=len(together), rank_op="<=")
                    c.subject = f"{pats.country_names.get(iso, iso)} among the first {len(together)} in {stage or meas}" \
                        f" ({m.group(0).strip()})"
                    out.append(c)
                continue
            c = make("rank", m.start(), m.end(), commodity=com, measure=meas, stage=stage, country=who.value,
                     year=year, rank=1, rank_op="==")
            c.subject = f"{pats.country_names.get(who.value, who.value)} first in {stage or meas} ({m.group(0).strip()})"
            out.append(c)
            if monopoly:
                c2 = make("share", m.start(), m.end(), commodity=com, measure=meas, stage=stage, country=who.value,
                          year=year, value=50.0, unit="percent", hedge="more than", precision=0.0, share=0.5)
                c2.subject = f"{pats.country_names.get(who.value, who.value)} share of world {stage or meas} (a monopoly: more than half)"
                out.append(c2)
        if out:
            return out
    adjective = adjective_dominance_claims(text, s, make, year_for, commodity_for, pats)
    if adjective:
        return adjective
    # -- dominance told by a noun: "China's dominance in the field", "its grip on" (dominance_nouns.py)
    return _dn.noun_dominance_claims(text, s, make, year_for, commodity_for, pats, _stages, _STAGE_CLAIM)


#: (twenty-fourth session) the bare market a passive dominance speaks of, referring back to the article's commodity:
#: "new players into a market dominated by China", "The market is dominated by China", "this sector, largely
#: controlled by China": a determiner right before "market", "sector" or "industry" (at most "global" or "world"
#: between), so that "the EV market dominated by China" names another market and stays unread
_MARKET_BACK_REF = re.compile(
    r"\b(?:a|the|this|that)\s+(?:(?:global|world|worldwide|international|entire|whole)\s+)?(?:market|sector|industry)"
    r"(?:\s*,)?\s+(?:(?:is|was|are|were|remains?|remained|has\s+been|had\s+been|being)\s+)?(?:\w+ly\s+){0,2}"
    r"(?:dominated|controlled)\s+by\s+(?:the\s+)?$", re.I)


def market_back_ref(text: str, a: int, m: re.Match[str]) -> bool:
    """A passive dominance (``m``, its clause starting at ``a``) over a bare market that refers back to the
    article's commodity: the commodity of the sentences before, as "dominance of these materials" takes it
    (README rule 12; C7550: "a significant new player in a market dominated by China")."""
    return _MARKET_BACK_REF.search(text, max(a, m.start() - 60), m.end()) is not None


#: "this China-dominated market", "the China-controlled rare earth sector": a hyphenated dominance whose
#: holder is the country right before it
_ADJECTIVE_DOMINANCE = re.compile(
    r"-(?:dominated|controlled)\s+(?:(?:global|world|worldwide|international)\s+)?(?:[\w-]+\s+){0,2}?"
    # (not "supply chains": "away from Chinese-dominated supply chains" names the chains of whole industries, N5597)
    r"(?:market|sector|industry|supply|supplies)\b(?![\s-]+chains?\b)", re.I)


def adjective_dominance_claims(text: str, s: Any, make: Callable[..., Claim], year_for: Callable[..., int | None],
                               commodity_for: Callable[[int], str | None], pats: Any) -> list[Claim]:
    """First place (README rule 12) of the country a hyphenated dominance names ("there will be no
    short-term implications for this China-dominated market", C16331): the market is the commodity's the
    sentence names, or the article's (the sentences before). Not under a modal, a condition or a negation
    before it, nor of a downstream market ("China-dominated EV market")."""
    out: list[Claim] = []
    for who in s.countries:
        if who.end <= who.start or who.value == "WLD":
            continue
        m = _ADJECTIVE_DOMINANCE.match(text, who.end, s.end)
        if m is None:
            continue
        if _DOWNSTREAM_WORD.search(m.group(0)) or _NEGATED.search(text, max(s.start, who.start - 25), who.start) \
                or _NOT_FACT_BEFORE.search(text, max(s.start, who.start - 30), who.start):
            continue
        commodity = next((c.value for c in s.commodities if who.start - 40 <= c.start < m.end() + 30), None) \
            or commodity_for(who.start)
        com = stage_commodity("production", commodity) if commodity else None
        if com is None:
            continue
        year = year_for(who.start, s.start, s.end, measure="production")
        c = make("rank", who.start, m.end(), commodity=com, measure="production", stage=None, country=who.value,
                 year=year, rank=1, rank_op="==")
        c.subject = f"{pats.country_names.get(who.value, who.value)} first in production ({text[who.start:m.end()].strip()})"
        out.append(c)
        break
    return out


#: a downstream market inside a hyphenated dominance's phrase: "China-dominated EV market"
_DOWNSTREAM_WORD = re.compile(r"\b(?:EVs?|electric|batter(?:y|ies)|solar|wind|car|cars|auto|automotive|chips?|semiconductors?"
                              r"|magnets?|tech|technology|manufacturing|equity|stock)\b", re.I)


#: what joins the names of a list of subjects: "A and B", "A, B and C", "A & B"
_SUBJECT_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?", re.I)


def _dominant_group(text: str, left: list[Any], who: Any) -> list[str]:
    """The countries of a list ending in ``who`` right before a dominance verb ("China and
    Myanmar dominate", "Congo, Indonesia and Australia lead"): their ISO3 codes in order, or
    [] when ``who`` stands alone. ``left`` are the clause's countries before the verb."""
    if who.end == who.start or who not in left:
        return []
    group = [who]
    i = left.index(who)
    while i > 0 and left[i - 1].end < left[i].start \
            and _SUBJECT_LIST_JOIN.fullmatch(text, left[i - 1].end, left[i].start):
        i -= 1
        group.insert(0, left[i])
    return list(dict.fromkeys(c.value for c in group)) if len(group) > 1 else []


# --------------------------------------------------------------------------- market moves
def _trie(words: list[str]) -> str:
    """One regex alternation for ``words`` sharing prefixes ("ris(?:e|es|ing)"): Python's ``re``
    then tries a letter once instead of once per word."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        end = "" in node
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return emit(tree)


_MOVE = re.compile(
    r"\b(?=\w)(?:"  # (tried only at word starts: one check instead of every alternative at every character)
    # "four-year lows", "a 14-year high", "record lows", "multi-year highs", "all-time high"
    r"(?P<level>\b(?:(?:\w+|\d+)[\s-]+(?:year|month|decade)|multi[\s-]?year|record|all[\s-]time|historic|decade)"
    r"[\s-]+(?:highs?|lows?|peaks?)\b"
    r"|\b(?:highest|lowest)\s+(?:levels?|point|prices?|since)\b|\b(?:unseen|not\s+seen)\s+since\b)"
    # "drove prices upward", "pushed exports lower", "sent prices higher"
    # the particle before the object: "pulled down prices", "pushed up nickel prices"
    r"|(?P<push>\b(?:pulled|pulling|pushed|pushing|dragged|dragging|drove|driven|driving|knocked|knocking|forced|forcing"
    r"|sent|sending|lifted|lifting)\s+(?:down|up)\s+(?=(?:[\w-]+\s+){0,3}?(?:prices?|values?|exports?|imports?|output"
    r"|production|shipments?|supply|demand)\b)"
    r"|\b(?:drove|driven|pushed|pushing|sent|sending|lifted|dragged|forced)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:up|upward|upwards|higher|down|downward|downwards|lower)\b"
    # "edged lower", "continued to inch higher", "ticked up": a small move in a direction
    r"|\b(?:edged?|edging|inched?|inching|ticked|ticking|moved|moving|trended|trending|crept|creeping|drifted|drifting)"
    r"\s+(?:up|down|lower|higher|upward|upwards|downward|downwards)\b)"
    # "production was lower compared to the previous year", "exports were higher than in 2022"
    r"|(?P<compare>\b(?:was|were|came\s+in|stood|ended)\s+(?:[\w-]+ly\s+|much\s+|far\s+|a\s+(?:little|bit)\s+)?"
    r"(?:lower|higher|down|up|smaller|larger|bigger)\s+(?:(?:compared|as\s+compared)\s+(?:to|with)|than|from|on|versus)\s+"
    r"(?:in\s+)?(?:the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|before|ago)"
    r"|last\s+year|(?:19|20)\d\d)\b)"
    # "a downward trend", "the rising trend in prices"
    r"|(?P<trend>\b(?:upward|downward|rising|falling|declining)\s+trends?\b)"
    # "importing many more tonnes", "far fewer shipments": a comparison with an earlier time
    r"|(?P<more>\b(?:many|far|much|significantly|considerably|substantially|sharply)\s+(?:more|fewer|less)\b)"
    # "kept at a flat rate from the year before", "output held steady", "prices were unchanged"
    r"|(?P<flat>\b(?:remained|remain|remains|was|were|held|holds|kept|stayed|stays|stood)\s+(?:\w+\s+){0,3}?"
    r"(?:flat|unchanged|steady|stable)\b)"
    # a moved price as the subject of a past verb: "lower nickel prices have hurt miners"
    r"|(?P<adjmove>\b(?:lower|higher|falling|rising|declining|soaring|surging|plunging|slumping|sliding|tumbling"
    r"|collapsing|weaker|depressed)\s+(?:[\w-]+\s+){0,3}?(?=(?:prices|quotations|values)\b))"
    r"|(?P<verb>\b" + _trie(_MOVE_VERBS.split()) + r"\b)"
    r"|(?P<noun>\b" + _trie(_MOVE_NOUNS.split()) + r"\b))", re.I)
#: ``_MOVE`` without its one alternative that may start at any word, "four-year lows" (a word or a
#: number before "year", "month" or "decade"): every match of that alternative ends with the word
#: "high", "low" or "peak" (or their plurals), so in a sentence without one of them the two patterns
#: find the same matches, and this one can be tried only at the words a match can start with
#: (``extract._finditer_words``; ``tests/claims/test_speed_session18.py`` checks both)
_MOVE_ANY_WORD = r"(?:\w+|\d+)[\s-]+(?:year|month|decade)|"
_MOVE_WORD_LED = re.compile(_MOVE.pattern.replace(_MOVE_ANY_WORD, "", 1), _MOVE.flags)
_W_LEVEL_END = frozenset(("high", "highs", "low", "lows", "peak", "peaks"))


def _moves(text: str, s: Any) -> Any:
    """``_MOVE.finditer(text, s.start, s.end)``: with ``_MOVE_WORD_LED`` at the article's words
    that can start a match when the sentence's words (``s.words``) hold no word that ends a
    match of the alternative it leaves out (and the article no character that folds onto an
    ASCII letter, which the words would not show)."""
    ws, words = getattr(s, "word_starts", None), getattr(s, "words", None)
    if ws is None or not ws.ok or ws.text is not text or words is None or not words.isdisjoint(_W_LEVEL_END):
        return _MOVE.finditer(text, s.start, s.end)
    from critmin.claims.extract import _finditer_words

    return _finditer_words(_MOVE_WORD_LED, text, s.start, s.end, ws)


#: the direction of a move word, by its stem (checked against two annual figures when the
#: sentence names the year and the country: rule 3 of the labels, e.g. "fell again in 2024")
_DOWN = re.compile(r"^(?:fall|fell|drop|declin|decreas|slump|plung|plummet|tumbl|slid|slip|sink|sank|sunk|dip|eas"
                   r"|collaps|crash|weaken|soften|shrink|shrank|shrunk|contract|halv|dwindl|retreat|slow|pull|downturn"
                   r"|correction|sell|rout|down|lower|smaller)", re.I)
_UP = re.compile(r"^(?:ris|rose|increas|grow|grew|climb|jump|surg|soar|spik|rall|rebound|recover|skyrocket|rocket|doubl"
                 r"|tripl|strengthen|firm|upturn|boom|up|higher|larger|bigger)", re.I)


def _direction(form: str, m: re.Match[str]) -> int:
    """+1 (up), -1 (down) or 0 (a level or an unknown word) of a move match."""
    word = m.group(0).lower()
    if form == "compare":
        word = re.sub(r"^(?:was|were|came\s+in|stood|ended)\s+(?:[\w-]+ly\s+|much\s+|far\s+|a\s+(?:little|bit)\s+)?", "", word)
    elif form == "push":
        word = word.split()[-1]
    elif form == "trend":
        word = "down" if word.startswith(("down", "fall", "declin")) else "up"
    elif form in ("level", "flat"):
        return 0
    elif form == "more":
        word = word.split()[-1]
        return 1 if word == "more" else -1
    return -1 if _DOWN.match(word) else 1 if _UP.match(word) else 0


#: the past tense or participle of a move verb: a move that happened ("fell", "has risen")
_W_MOVE_PAST = frozenset(w for w in _MOVE_VERBS.split() if w.endswith("ed")) | _ws(
    "rose risen fell fallen grew grown sank sunk shrank shrunk slid")
_HAPPENED_BEFORE = re.compile(
    r"\b(?:has|have|had|began\s+to|begun\s+to|started\s+to|continued\s+to|saw|seen|sees|see|seeing|witnessed|experienced"
    r"|recorded|posted|suffered|registered|marked|led\s+to|leading\s+to|triggered|caused|sparked|amid|after|following"
    # support verbs of a noun move: "prices staged a rebound", "extended their slide", "logged a drop"
    r"|staged|extended|resumed|mounted|logged|notched|booked|endured|underwent|undergone)"
    r"(?:\s+[\w-]+){0,4}\s+$", re.I)
_NOUN_DETERMINER = re.compile(r"\b(?:a|an|the|this|that|its|their|recent|sharp|steep|further|latest)\s+(?:[\w-]+\s+){0,2}$",
                              re.I)
#: move words spelt alike as verb and noun ("a rebound", "the rise"): after a determiner, a noun
_W_MOVE_NOUN_FORMS = _ws(_MOVE_NOUNS) | _ws("recovery climb dive")
#: a verb of happening right before a noun move and its determiner: "staged a rebound", "saw their
#: sharpest drop" (a bare "the price slump" or "a price rebound" is background, labelled no claim)
_SUPPORTED_NOUN = re.compile(
    r"\b(?:saw|seen|sees|witnessed|experienced|recorded|posted|suffered|registered|staged|extended|resumed|mounted"
    r"|logged|notched|booked|endured|underwent|undergone)\s+(?:a|an|the|its|their|another)\s+(?:[\w-]+\s+){0,2}$",
    re.I)
_IS_ING = re.compile(r"\b(?:is|are|was|were|been|keep|keeps|kept)\s+(?:\w+\s+)?$", re.I)
_QUANTITY = re.compile(
    r"\b(?=\w)(?:\b(?P<price>prices?|priced|pricing|values?|trading|traded|quotes?|quotations?)\b"
    r"|\b(?P<exports>exports?|exported|exporting|shipments?|shipped|shipping)\b"
    r"|\b(?P<imports>imports?|imported|importing|purchases)\b|\b(?P<quota>quotas?)\b"
    r"|\b(?P<production>output|production|supply(?![\s-]+chains?)|supplies)\b|\b(?P<consumption>demand|consumption)\b"
    r"|\b(?P<stocks>stocks|inventories|inventory|stockpiles)\b)", re.I)
#: between a transitive move verb and its object quantity: "increased its exports", never
#: "decreasing its dependence on China's exports"
_OBJECT_GAP = re.compile(r"(?:\s+(?!(?:on|of|to|for|from|with|by|as|than|that|which|in|into|and|or)\b)[\w'\u2019-]+){0,4}\s+",
                         re.I)
#: an amount the figure rules read as the claim ("rose to $310", "fell 12%") is not repeated here
_TO_FIGURE_AFTER = re.compile(r"\s+(?:to|at|by|from)\s+(?:[A-Za-z-]+\s+){0,2}?(?:US|A|C)?[$\u20ac\u00a3]?\s?\d"
                              # "output rose $1bn": a move in value, which no tonnage settles
                              r"|\s+(?:US|A|C)?[$\u20ac\u00a3]\s?\d")
#: a time or a degree that anchors a move of a national quantity ("in 2023", "last year", "since
#: March", "sharply", "over the past decade")
_ANCHOR = re.compile(
    r"\b(?:19[89]\d|20[0-3]\d|" + _lx.joined(_lx.MONTHS) +
    r"|quarters?|months?|weeks?|years?|decades?|since|recent(?:ly)?|ago|so\s+far|year[\s-]on[\s-]year|annual(?:ly)?"
    r"|sharply|steeply|significantly|substantially|dramatically|markedly|considerably|strongly|rapidly|steadily"
    r"|slightly|modestly|massively|greatly|further|again)\b", re.I)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?$", re.I)
_EXPLICIT_YEAR = re.compile(r"\b(?:19[89]\d|20[0-3]\d)\b")
#: two years that bound a move: "from 2020 to 2024", "between 2022 and 2024", "in 2020-2024"
_YEAR_SPAN = re.compile(r"\b(?:from|between|in)\s+(?P<y0>(?:19[89]|20[0-3])\d)\s*(?:to|and|-|\u2013|through|until)\s*"
                        r"(?P<y1>(?:19[89]|20[0-3])\d)\b", re.I)
#: "demand rises as ...", "prices fall when ...": a generic statement
_GENERIC = re.compile(r"\b(?:when|whenever|if|as\s+long\s+as|tends?\s+to|typically|usually|generally|often)\b", re.I)


def market_move_claims(text: str, s: Any, make: Callable[..., Claim],
                       country_for: Callable[[int, int, int], str | None], year_for: Callable[..., int | None],
                       commodity_for: Callable[[int], str | None], sub_annual: re.Pattern[str],
                       topic_country: str | None = None, taken: list[tuple[int, int]] | None = None) -> list[Claim]:
    """One change claim of unstated size (``change=None``) for a market move: a movement word
    (verb, noun or level) with a market quantity (price, exports, imports, output, supply,
    demand, stocks) in its clause, or a level ("four-year lows") whose subject is a commodity.
    Only moves that happened: a forecast, a plan, a condition or a generic statement is none."""
    for m in _moves(text, s):  # (_MOVE.finditer(text, s.start, s.end))
        form = m.lastgroup or "verb"
        a, b = _scope(text, s.start, s.end, m.start())
        ca, cb = _move_clause(text, a, b, m.start())
        if taken and any(x <= m.start() < y or ca <= x < cb for x, y in taken):
            continue  # a change the figure rules read in this clause ("fell 4.6% in 2023")
        word = m.group(0).lower()
        if _NOT_FACT_BEFORE.search(text, a, b if form in ("noun", "trend") else m.start()) or _GENERIC.search(text, a, b) \
                or _FINANCE.search(text, a, b):
            continue  # (a noun move: no modal anywhere in its clause, "a rise in demand is expected")
        if form == "adjmove" and (_NOT_FACT_BEFORE.search(text, a, b) or not _ADJ_MOVE_PAST.search(text, m.end(), cb)):
            continue  # "higher prices encourage output", "lower prices would hurt": no move that happened
        if form == "verb" and word in _W_MOVE_NOUN_FORMS \
                and _SUPPORTED_NOUN.search(text, max(a, m.start() - 40), m.start()):
            form = "noun"  # "prices staged a rebound", "saw a sharp drop": a verb's spelling as the noun of a verb
        if form == "verb":
            if not (word in _W_MOVE_PAST or _HAPPENED_BEFORE.search(text, max(a, m.start() - 40), m.start())
                    or (word.endswith("ing") and _IS_ING.search(text, max(a, m.start() - 20), m.start()))):
                continue  # a bare infinitive ("to rise"), the present ("demand increases as ..."), an adjective
            if _TO_FIGURE_AFTER.match(text, m.end(), b):
                continue
        elif form == "noun" and not _HAPPENED_BEFORE.search(text, max(a, m.start() - 40), m.start()) \
                and not _NOUN_DETERMINER.search(text, max(a, m.start() - 40), m.start()):
            continue  # a noun move needs a determiner or a verb of happening: "a price pullback", "saw a slump"
        near = [q for q in _QUANTITY.finditer(text, a, b) if abs(q.start() - m.start()) <= 80
                and (q.start() < m.start() or form != "verb" or _OBJECT_GAP.fullmatch(text, m.end(), q.start()))]
        if not near:
            if form != "level" or not s.commodities or not any(a <= c.start < b for c in s.commodities):
                continue  # a level whose subject is the commodity: "nickel ended the year at four-year lows"
            meas = "price"
        else:
            inside = [q for q in near if m.start() <= q.start() < m.end()]  # "pushed prices higher": its object
            subject = [q for q in near if q.start() < m.start()]  # the subject first: "the price ... edged lower amid demand"
            q = inside[0] if inside else subject[-1] if subject else min(near, key=lambda q: abs(q.start() - m.start()))
            if form == "push" and word.split()[-1] in ("down", "up"):
                # "a supply glut pulled down cobalt prices": the object after the particle
                q = next((x for x in near if x.start() >= m.end()), q)
            meas = q.lastgroup or "price"
        commodity = commodity_for(m.start())
        if commodity is None:
            continue
        country = country_for(m.start(), a, b) if any(a <= c.start < b for c in s.countries) else None
        carried = False
        if country is None and topic_country is not None and meas != "price" and q_before(near, m) \
                and not any(0 <= q.start() - c.end <= 3 or 0 <= c.start - q.end() <= 12 for q in near for c in s.commodities):
            # (a bare "production", "this output"; "lithium production increased" is a world statement)
            # "However, in 2023, production was lower ...": the country the article spoke of just before
            country, carried = topic_country, True
        if meas != "price" and country in (None, "WLD"):
            continue  # "demand has risen", "supply grew rapidly": a trend with no country is no checkable figure
        if meas != "price" and form in ("verb", "noun") and not _ANCHOR.search(text, a, b) \
                and not _PERFECT_BEFORE.search(text, max(a, m.start() - 20), m.start()):
            continue  # a bare "Indonesia's nickel output rose": no time or degree, too vague to name a series
        monthly = sub_annual.search(text, a, b) is not None
        c = make("change", m.start(), m.end(), commodity=commodity, measure=meas,
                 country=country, year=year_for(m.start(), ca, cb), change=None)
        c.comparison = {"unsized": "move", "sub_annual": monthly, "from_peak": form == "level"}
        direction = _direction(form, m)
        if direction and meas != "price" and not monthly and _EXPLICIT_YEAR.search(text, ca, cb):
            c.comparison["direction"] = direction  # "output fell in 2023": checkable as a sign
            span_years = _YEAR_SPAN.search(text, ca, cb)
            if span_years is not None and int(span_years.group("y0")) < int(span_years.group("y1")):
                # eleventh session: "rose from 2020 to 2024", "fell between 2022 and 2024": the sign
                # between the two years named, not between the first and the year before it
                c.year = int(span_years.group("y1"))
                c.comparison["from_year"] = int(span_years.group("y0"))
        c.subject = f"change in {meas} (size not stated)"
        if carried:
            c.country_source = "previous_sentence"
        return [c]
    return []


#: the past or perfect verb that makes "lower prices ..." a move that happened
_ADJ_MOVE_PAST = re.compile(r"\b(?:has|have|had)\s+(?:also\s+|already\s+)?(?:been\s+)?[\w-]+(?:ed|en|t)\b"
                            r"|\b(?:hit|hurt|weighed|squeezed|forced|prompted|eroded|dented|caused|led|left|spurred"
                            r"|encouraged|boosted|pushed|dragged|curbed|cut|triggered|sparked|made|drove|slashed)\b", re.I)


def q_before(near: list[re.Match[str]], m: re.Match[str]) -> bool:
    """The quantity is the subject of the move ("production was lower", "exports fell"): a
    bare national quantity that can take the country of the sentences before."""
    return any(q.start() < m.start() for q in near)


# --------------------------------------------------------------------------- output that stopped
_STOPPED = re.compile(
    r"\bno\s+longer\s+(?P<a>mines?|mined|produces?|produced|extracts?|mining|producing)\b"
    r"|\b(?:stopped|ceased|halted|ended)\s+(?P<b>mining|producing|production|extraction|output)\b"
    r"|\b(?:has|have|had)\s+not\s+been\s+(?:commercially\s+)?(?P<c>mined|produced|extracted)\b"
    r"|\bis\s+no\s+longer\s+(?:commercially\s+)?(?P<d>mined|produced|extracted)\b"
    r"|\b(?:produced|produces|mined|mines)\s+(?P<e>none)\b"
    # "no marketable antimony was mined in the United States": output of zero
    r"|\bno\s+(?P<whatmined>(?:[\w-]+\s+){1,3}?)(?:has|have|had|was|were)\s+(?:been\s+)?(?:commercially\s+)?"
    r"(?P<f>mined|produced|extracted)\b"
    # "no gallium has been shipped to Korea since May": a trade flow of zero
    r"|\bno\s+(?P<what>(?:[\w-]+\s+){1,3}?)(?:has|have|had|was|were)\s+(?:been\s+)?"
    r"(?P<trade>shipped|exported|imported|delivered|sent)\b", re.I)
#: the partner of a flow: "to Europe", "from China", "into the United States"
_FLOW_PARTNER = re.compile(r"[^.;]{0,60}?\b(?P<dir>to|into|from)\s+(?:the\s+)?(?P<who>(?-i:[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)*))",
                           re.I)
_PERIOD = re.compile(r"\b(?:since|in|during|for)\s+(?:the\s+)?(?:(?:first|second|third|last|past)\s+)?(?:"
                     + _lx.joined(_lx.MONTHS) +
                     r"|months?|weeks?|quarters?)\b[^.;,]{0,12}", re.I)


def stopped_output_claims(text: str, s: Any, make: Callable[..., Claim],
                          country_for: Callable[[int, int, int], str | None], year_for: Callable[..., int | None],
                          commodity_for: Callable[[int], str | None], pats: Any) -> list[Claim]:
    """Output that stopped or is absent: a quantity of 0 t for the country ("the US no longer
    mines antimony", "tungsten has not been mined in the US for a decade")."""
    for m in _STOPPED.finditer(text, s.start, s.end):
        a, b = _scope(text, s.start, s.end, m.start())
        if _NOT_FACT_BEFORE.search(text, a, m.start()):
            continue
        cty = country_for(m.start(), a, b)
        if cty in (None, "WLD"):
            continue
        inside = [c for c in s.commodities if a <= c.start < b]
        if m.group("whatmined"):  # the commodity is what was not mined: "no marketable antimony was mined"
            inside = [c for c in inside if m.start("whatmined") <= c.start < m.end("whatmined")]
        if not inside:
            continue
        com = min(inside, key=lambda c: abs(c.start - m.start())).value
        if m.group("trade"):
            return _zero_flow(text, s, make, m, a, b, year_for, pats)
        verb = next(g for k, g in m.groupdict().items() if g and k != "whatmined").lower()
        mining = verb.startswith("min")
        c = make("quantity", m.start(), m.end(), commodity=com, measure="production", stage="mining" if mining else None,
                 country=cty, year=year_for(m.start(), a, b), value=0.0, unit="t", precision=0.0)
        c.subject = f"{pats.country_names.get(cty, cty)} production of {pats.commodity_names.get(com, com)} (none)"
        return [c]
    return []


def _zero_flow(text: str, s: Any, make: Callable[..., Claim], m: re.Match[str], a: int, b: int,
               year_for: Callable[..., int | None], pats: Any) -> list[Claim]:
    """ "No gallium has been shipped to Korea since May": exports (imports) of
    zero, by one trader to one partner or over part of a year; the dataset holds yearly totals."""
    inside = [c for c in s.commodities if m.start("what") <= c.start < m.end("what")]
    if not inside:
        return []
    com = inside[0].value
    measure = "imports" if m.group("trade").lower() == "imported" else "exports"
    trader: str | None = None
    partner: str | None = None
    for f in _FLOW_PARTNER.finditer(text, m.end(), b):
        who = next((c.value for c in s.countries if f.start("who") <= c.start < f.end("who")), f.group("who"))
        if f.group("dir").lower() == "from":
            trader = trader or who
        else:
            partner = partner or who
    if trader is None:
        trader = next((c.value for c in s.countries if c.end > c.start and c.value != partner), None)
    c = make("quantity", m.start(), m.end(), commodity=com, measure=measure, country=None if partner else trader,
             year=year_for(m.start(), a, b), value=0.0, unit="t", precision=0.0)
    period = _PERIOD.search(text, m.end(), b)
    c.comparison = {}
    if partner:
        c.comparison["partner"] = partner
    if period:
        c.comparison["period"] = period.group(0).strip()
    name = pats.country_names.get(trader or "", trader or "")
    c.subject = f"{name} {measure} of {pats.commodity_names.get(com, com)} (none){' to ' + partner if partner else ''}"
    return [c]


# --------------------------------------------------------------------------- revisions between editions
#: words of a revised estimate ("revised down its estimate", "cut its estimate of ... reserves")
W_REVISION = _ws("revised revises revising cut cuts slashed slashes lowered lowers downgraded downgrades raised raises "
                 "upgraded upgrades lifted lifts reduced reduces increased increases")
_W_REVISION_OBJECT = _ws("estimate estimates assessment assessments figure figures tally down downward downwards up "
                         "upward upwards")
_REVISION = re.compile(
    r"\b(?=\w)(?:(?P<rev>revis(?:ed|es|ing))\s+(?:[\w'\u2019-]+\s+){0,5}?(?P<rdir>down|downward|downwards|up|upward|upwards)\b"
    r"|(?P<cut>cut|cuts|slashed|slashes|lowered|lowers|reduced|reduces|downgraded|downgrades|raised|raises|increased"
    r"|increases|upgraded|upgrades|lifted|lifts)\s+(?:(?:its|their|the|a)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:estimates?|assessments?|figures?|tally)\b)", re.I)
_REVISION_NOT_FIGURE = re.compile(r"\b(?:forecasts?|projections?|outlook|guidance|targets?|quotas?|prices?|tariffs?)\b", re.I)
_DOWN_WORDS = ("down", "downward", "downwards", "cut", "cuts", "slashed", "slashes", "lowered", "lowers", "reduced",
               "reduces", "downgraded", "downgrades")


def revision_claims(text: str, s: Any, make: Callable[..., Claim], country_for: Callable[[int, int, int], str | None],
                    commodity_for: Callable[[int], str | None], pats: Any) -> list[Claim]:
    """A revision of a country's reserves (or output) estimate between two editions, stated
    without figures ("the USGS revised down its estimate of Vietnam's reserves"): a change
    claim with ``comparison["revision"]`` = -1 (down) or +1 (up), checked against the current
    edition and the one before it."""
    for m in _REVISION.finditer(text, s.start, s.end):
        a, b = _scope(text, s.start, s.end, m.start())
        if _NOT_FACT_BEFORE.search(text, a, m.start()) or _REVISION_NOT_FIGURE.search(text, a, b):
            continue
        meas = None
        for q in _STAGE_WORDS.finditer(text, a, b):
            if q.lastgroup == "reserves":
                meas = "reserves"
                break
            if q.lastgroup in ("mining", "production") and meas is None and q.group(0).lower() in (
                    "production", "output", "mining", "mine production", "mine output"):
                meas = "production"
        cty = country_for(m.start(), a, b)
        if meas is None or cty in (None, "WLD") or not any(a <= c.start < b for c in s.countries):
            continue
        commodity = commodity_for(m.start())
        if commodity is None:
            continue
        word = (m.group("rdir") or m.group("cut")).lower()
        direction = -1 if word in _DOWN_WORDS else 1
        c = make("change", m.start(), m.end(), commodity=commodity, measure=meas, country=cty, change=None)
        c.comparison = {"unsized": "revision", "revision": direction}
        c.subject = (f"revision of {pats.country_names.get(cty, cty)} {meas} of "
                     f"{pats.commodity_names.get(commodity, commodity)} ({'down' if direction < 0 else 'up'})")
        return [c]
    return []


# --------------------------------------------------------------------------- ranks and shares in vague words
#: words of a place among the leaders without a number ("one of the leading producers",
#: "ranks among the world's biggest miners")
W_AMONG_LEADERS = _ws("one among")
_W_LEADER_ADJ = _ws("largest biggest leading top major main key principal foremost dominant greatest")
_AMONG_LEADERS = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|has\s+become|have\s+become|became|ranks?|ranked|ranking|stands?|stood|counts?"
    r"|counted|emerged\s+as|features?|figures?)\s+(?:(?:also|still|now|currently|consistently|firmly|already|long)\s+)?"
    r"(?:as\s+)?(?:one\s+of|among)\s+(?:the\s+)?(?:world['\u2019]s\s+|globe['\u2019]s\s+|global\s+)?"
    r"(?P<adj>largest|biggest|leading|top|major|main|key|principal|foremost|dominant|greatest)\s+"
    r"(?!(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozen)\b)(?:[\w-]+\s+){0,3}?"
    r"(?P<noun>producers?|miners?|refiners?|processors?|exporters?|suppliers?|holders?|sources?|countries|nations"
    r"|players)\b", re.I)
#: what the noun says of the stage: producers/miners/suppliers, refiners/processors, exporters
_LEADER_NOUN_STAGE = {"refiner": "refining", "processor": "refining", "exporter": "exports", "miner": "mining",
                      "holder": "reserves"}
#: a named number of places is a ranked claim the figure rules read ("one of the top three")
_LEADER_NUMBER = re.compile(r"\btop[\s-]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


def _subject_country(text: str, s: Any, named: list[Any], a: int, at: int) -> Any:
    """The country that is the subject of the predicate at ``at`` (the last one named in the
    clause before it, right before its verb), or None when there is none, when it only says where
    something is ("the mine in Brazil is one of the largest producers", "a company in China holds
    a large share"), or when the predicate is not stated as fact or is negated."""
    left = [c for c in named if a <= c.start < at]
    who = left[-1] if left else None
    if who is not None and not _SUBJECT_GAP.match(text, who.end, at) \
            and not (who.end == who.start and who.start == s.start):
        return None
    if who is None or _LOCATIVE_BEFORE.search(text, max(s.start, who.start - 12), who.start):
        return None
    if _NOT_FACT_BEFORE.search(text, max(a, who.start - 12), at) or _NEGATED.search(text, max(a, at - 25), at + 4):
        return None
    return who


def among_leaders_claims(text: str, s: Any, make: Callable[..., Claim], year_for: Callable[..., int | None],
                         commodity_for: Callable[[int], str | None], pats: Any) -> list[Claim]:
    """A country "one of the leading producers" (or "among the biggest miners") of a commodity:
    a rank claim without a number of places (``rank_op="among"``), judged as a place in the
    first five (README rule 14, ``verdict._among_leaders``)."""
    named = [c for c in s.countries if c.value != "WLD"]
    if not named:
        return []
    for m in _AMONG_LEADERS.finditer(text, s.start, s.end):
        a, b = _scope(text, s.start, s.end, m.start())
        if _LEADER_NUMBER.search(text, m.start(), m.end()):
            continue
        who = _subject_country(text, s, named, a, m.start())
        if who is None or _FINANCE.search(text, who.start, b):
            continue
        noun = m.group("noun").lower().rstrip("s")
        stage = _LEADER_NOUN_STAGE.get(noun)
        if stage is None:
            named_stages = _stages(text, m.start("noun"), b)
            stage = named_stages[0] if named_stages else None
            if noun in ("countrie", "nation", "player", "source") and stage is None:
                continue  # "one of the key countries" in what? no stage, no claim
        if not any(a <= c.start < b for c in s.commodities):
            continue
        commodity = commodity_for(m.start())
        if commodity is None:
            continue
        meas, st = _STAGE_CLAIM.get(stage or "production", ("production", None))
        c = make("rank", m.start(), m.end(), commodity=commodity, measure=meas, stage=st, country=who.value,
                 year=year_for(m.start(), s.start, s.end, measure=meas), rank=None, rank_op="among")
        c.subject = f"{pats.country_names.get(who.value, who.value)} among the leaders in {st or meas} (no number of places)"
        return [c]
    # -- "Russia, a major producer of the metal," / "is also a leading miner" (leader_apposition.py)
    single = _la.leader_apposition_claims(text, s, make, year_for, commodity_for, pats, _stages, _STAGE_CLAIM,
                                          _NOT_FACT_BEFORE)
    # -- (twenty-fifth session) "the United States and Myanmar, the other two major producers", "other major
    # producers like Myanmar, Australia, ...", "from major producer China"
    return single or _la.group_leader_claims(text, s, make, commodity_for, pats, _stages, _STAGE_CLAIM,
                                             _NOT_FACT_BEFORE)


#: a share in words without a size: "a large share of", "a significant portion of", "a sizeable chunk of"
W_VAGUE_SHARE = _ws("share portion chunk part proportion slice fraction")
_W_VAGUE_SIZE = _ws("large significant sizeable sizable substantial big major considerable hefty huge massive "
                    "notable outsized good")
_VAGUE_SHARE = re.compile(
    r"\b(?:(?:accounts?|accounted|accounting)\s+for|(?:produces?|produced|producing|mines?|mined|controls?|controlled"
    r"|controlling|supplies|supplied|supplying|refines?|refined|processes|processed|holds?|held|hosts?|hosted|has|have|had"
    r"|provides?|provided|represents?|represented|makes?\s+up|made\s+up|contributes?|contributed))\s+"
    r"(?P<share>(?:a|an)\s+(?:(?:very|fairly|rather|quite)\s+)?(?:large|significant|sizeable|sizable|substantial|big|major"
    r"|considerable|hefty|huge|massive|notable|outsized|good)\s+(?:share|portion|chunk|part|proportion|slice|fraction))"
    r"\s+of\s+(?:the\s+)?(?P<world>world['\u2019]s|global|worldwide|international)?", re.I)


def vague_share_claims(text: str, s: Any, make: Callable[..., Claim], year_for: Callable[..., int | None],
                       commodity_for: Callable[[int], str | None], pats: Any) -> list[Claim]:
    """A country's share of world output in words without a size ("China controls a large
    share of global graphite output"): a share claim with ``comparison["unsized"] = "share"``,
    ``unverifiable`` (no threshold to test), but a claim all the same (README rule 10)."""
    named = [c for c in s.countries if c.value != "WLD"]
    if not named:
        return []
    for m in _VAGUE_SHARE.finditer(text, s.start, s.end):
        a, b = _scope(text, s.start, s.end, m.start())
        who = _subject_country(text, s, named, a, m.start())
        if who is None or _FINANCE.search(text, who.start, m.start("share")) or _FINANCE.search(text, m.end("share") + 3, b):
            continue  # (the share word itself is no share price: "a large share of")
        if _VAGUE_NOT_WORLD.match(text, m.end()):
            continue  # "a large share of its exports", "of China's imports": not a share of world output
        if not any(m.end() <= c.start < b for c in s.commodities):
            continue
        commodity = commodity_for(m.end())
        if commodity is None:
            continue
        stages = _stages(text, m.end(), b)
        meas, st = _STAGE_CLAIM.get(stages[0] if stages else "production", ("production", None))
        c = make("share", m.start("share"), m.end("share"), commodity=commodity, measure=meas, stage=st,
                 country=who.value, year=year_for(m.start(), s.start, s.end, measure=meas), value=None, unit="percent")
        c.comparison = {"unsized": "share"}
        c.subject = f"{pats.country_names.get(who.value, who.value)} share of world {st or meas} (size not stated)"
        return [c]
    return []


#: a country that only locates the subject: "the mine in China is one of the largest producers"
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|of|near|outside|across|throughout)\s+(?:the\s+)?$", re.I)
_VAGUE_NOT_WORLD = re.compile(r"\s*(?:its|their|his|her|our|these|those|this|that|them|[A-Z][\w.-]*['\u2019]s)\b")


# --------------------------------------------------------------------------- flows mainly to one partner
W_MAINLY = _ws("mainly mostly largely chiefly primarily predominantly principally")
_W_FLOW_VERB = _ws("shipped exported sold sent")
_MAINLY_TO = re.compile(
    r"\b(?:is|are|was|were|gets?|got|goes|go|went|being|been)\s+(?:mainly|mostly|largely|chiefly|primarily|predominantly"
    r"|principally)\s+(?P<verb>shipped|exported|sold|sent)\s+to\s+(?:the\s+)?", re.I)


def mainly_to_claims(text: str, s: Any, make: Callable[..., Claim], year_for: Callable[..., int | None],
                     commodity_for: Callable[[int], str | None], pats: Any) -> list[Claim]:
    """ "Nickel ore output in the Philippines is mainly shipped to China": more than half of
    a country's exports go to one partner (the first named), a share of exports by partner
    the dataset does not hold (``unverifiable``, naming the data that would settle it)."""
    named = [c for c in s.countries if c.value != "WLD" and c.end > c.start]
    for m in _MAINLY_TO.finditer(text, s.start, s.end):
        a, b = _scope(text, s.start, s.end, m.start())
        if _NOT_FACT_BEFORE.search(text, a, m.start()) or _FINANCE.search(text, a, b):
            continue
        partner = next((c for c in named if c.start == m.end()), None)
        trader = next((c for c in reversed(named) if a <= c.start < m.start()), None)
        if partner is None or trader is None or trader.value == partner.value:
            continue
        if not any(a <= c.start < b for c in s.commodities):
            continue
        commodity = commodity_for(m.start())
        if commodity is None:
            continue
        c = make("share", m.start(), m.end(), commodity=commodity, measure="exports", country=trader.value,
                 year=year_for(m.start(), s.start, s.end), value=None, unit="percent")
        c.comparison = {"unsized": "share", "partner": partner.value}
        c.subject = (f"{pats.country_names.get(trader.value, trader.value)} exports of "
                     f"{pats.commodity_names.get(commodity, commodity)} mainly to "
                     f"{pats.country_names.get(partner.value, partner.value)}")
        return [c]
    return []


# --------------------------------------------------------------------------- among the fastest-growing
W_FASTEST = _ws("fastest fastest-growing fastest-rising fastest-expanding")
_FASTEST = re.compile(
    r"\b(?:is|are|was|were|remains?|remained|has\s+become|have\s+become|became|has\s+emerged\s+as|have\s+emerged\s+as"
    r"|emerged\s+as|ranks?\s+as)\s+(?:(?:one\s+of|among)\s+)?(?:the\s+)?(?:world['\u2019]s\s+|global\s+)?"
    r"fastest[\s-](?:growing|rising|expanding)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>producers?|miners?|refiners?|processors?|exporters?|importers?|suppliers?|sources?)\b", re.I)


def fastest_growing_claims(text: str, s: Any, make: Callable[..., Claim], year_for: Callable[..., int | None],
                           commodity_for: Callable[[int], str | None], pats: Any) -> list[Claim]:
    """ "Vietnam has emerged as one of the fastest-growing producers of rare earths": a growth
    of a country's output (exports ...) without its size or years, a change claim of unstated
    size (``unverifiable``)."""
    named = [c for c in s.countries if c.value != "WLD"]
    for m in _FASTEST.finditer(text, s.start, s.end):
        a, b = _scope(text, s.start, s.end, m.start())
        left = [c for c in named if a <= c.start < m.start()]
        who = left[-1] if left else None
        if who is not None and not _SUBJECT_GAP.match(text, who.end, m.start()) \
                and not (who.end == who.start and who.start == s.start):
            who = None
        if who is None or _LOCATIVE_BEFORE.search(text, max(s.start, who.start - 12), who.start) \
                or _NOT_FACT_BEFORE.search(text, max(a, who.start - 12), m.start()) or _FINANCE.search(text, who.start, b):
            continue
        if not any(a <= c.start < b for c in s.commodities):
            continue
        commodity = commodity_for(m.start())
        if commodity is None:
            continue
        noun = m.group("noun").lower()
        meas = "exports" if noun.startswith("export") else "imports" if noun.startswith("import") else "production"
        c = make("change", m.start(), m.end(), commodity=commodity, measure=meas, country=who.value,
                 year=year_for(m.start(), s.start, s.end), change=None)
        c.comparison = {"unsized": "move", "sub_annual": False, "from_peak": False}
        c.subject = f"growth of {pats.country_names.get(who.value, who.value)} {meas} (size not stated)"
        return [c]
    return []


def rank_word_claims(text: str, s: Any, make: Callable[..., Claim], year_for: Callable[..., int | None],
                     commodity_for: Callable[[int], str | None], pats: Any) -> list[Claim]:
    """Ranks told by a bare ordinal or "the most" (rank_words.py), with this module's guards."""
    return _rw.rank_word_claims(text, s, make, year_for, commodity_for, pats, _NOT_FACT_BEFORE, _scope)


def add_direction(c: Claim, word: str, text: str, lo: int, hi: int) -> None:
    """Make, in place, a change of unstated size read by extract's unsized-change rule ("output
    rose sharply in 2024", "output fell from 2022 to 2024") checkable by its sign, as the
    movement rule above does (README rule 12): when its clause names a year, its measure is no
    price and it runs over whole years. Two years bounding it ("from 2020 to 2024", "between
    2022 and 2024") are its ends (eleventh session)."""
    info = c.comparison if c.comparison is not None else {}
    if c.measure in (None, "price", "quota") or info.get("sub_annual") or info.get("from_peak") or info.get("direction"):
        return
    if not _EXPLICIT_YEAR.search(text, lo, hi):
        return
    w = word.lower()
    direction = -1 if _DOWN.match(w) else 1 if _UP.match(w) else 0
    if not direction:
        return
    info["direction"] = direction
    span_years = _YEAR_SPAN.search(text, lo, hi)
    if span_years is not None and int(span_years.group("y0")) < int(span_years.group("y1")):
        c.year = int(span_years.group("y1"))
        info["from_year"] = int(span_years.group("y0"))
    c.comparison = info
