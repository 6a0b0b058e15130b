"""Dominance told by a noun rather than a verb (issue #6, recall on fresh text).

``qualitative.py`` reads dominance told by a verb ("China dominates graphite mining", "the
market is dominated by Congo"). Fresh copy as often presupposes it in a noun phrase, in
passing, while the sentence is about something else:

* a **possessive noun** -- "China's dominance in the field", "Beijing's near-total control
  over the global supply chain", "South Africa's dominance is largely due to ...", "Chinese
  dominance of refining", "to break China's grip on the market";
* the noun after **its / their** whose holder is the country the sentence names first
  ("Beijing ... to maintain its dominance in the global market");
* (twenty-fourth session) a possessive **"dominant position"** (role, influence, sphere, presence,
  status, standing) -- "China's dominant position in the rare earths market", "outside of China's
  dominant sphere": the adjective and its noun say what "dominance" says (C14320, C14343, C13750);
* a **predicative "(pre)dominant"** -- "with China still a predominant supplier", "Congo,
  the predominant producer of cobalt".

README rule 12 reads each as first place in the stages named (none: production, settled
by mining first); the thirteenth batch's readings confirm that dominance "asserted in
passing" ("break China's dominance of the supply chain") is such a claim, whatever the
frame around the noun phrase (the presupposition holds under "to break", "could
leverage", "amid concerns over"). A degree word of totality ("near-total control",
"almost complete dominance") adds rule 12's near monopoly: more than half of world output.

Not read: dominance nouns of politics or technology ("geopolitical dominance", "military
supremacy", "technological leadership"), export and price controls ("China's export
control on"), a "control" or "leadership" with no object ("its leadership said"), and a
holder that is no country.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from critmin.claims.model import Claim

__all__ = ["TRIGGERS", "noun_dominance_claims"]

#: the words that make a sentence worth this reader (added to qualitative.W_DOMINANCE)
TRIGGERS = frozenset(["dominance", "domination", "dominant", "predominant", "supremacy", "hegemony", "grip", "control",
                      "leadership", "primacy", "preeminence", "pre-eminence"])

#: the noun of dominance; "control", "grip" and "leadership" need an object ("over", "of", "on",
#: "in"), and "control" and "grip" a degree of totality ("near-total control over"): a plain
#: "China's control of the market" was labelled no claim (N1360), "near-total control" a near
#: monopoly (C1610)
_NOUN = r"(?:(?P<free>dominance|domination|supremacy|hegemony|primacy|pre-?eminence|leadership" \
    r"|(?:pre)?dominant\s+(?:market\s+)?(?:position|role|influence|sphere|presence|status|standing)" \
    r"|(?P<mono>stranglehold|chokehold))|(?P<bound>control|grip))"
#: modifiers between the holder and the noun: "near-total", "market", "current and projected"
_MODS = (r"(?:(?!(?:and|or|but|to|of|in|on|over|for|from|with|the|a|an|is|are|was|were|has|have|had|that|which|its"
         r"|their)\b)[\w-]+\s+){0,3}?")
#: after the holder's possessive ("China's dominance", "Beijing's near-total control over") or
#: adjective ("Chinese dominance of", "Congolese control over")
_POSSESSIVE = re.compile(r"(?:['\u2019\u2018]s?)?\s+(?:current\s+and\s+(?:projected\s+)?(?:future\s+)?)?" + _MODS + _NOUN
                         + r"\b", re.I)
#: "its / their dominance", "its near-total grip on"; (twenty-second session) "the country's dominance",
#: "the Asian nation's grip on": the holder named by a common noun, the country the sentences before name
_ITS = re.compile(r"\b(?:its|their|the\s+(?:[\w-]+\s+){0,2}?(?:country|nation)['\u2019]s)\s+" + _MODS + _NOUN + r"\b",
                  re.I)
#: "China, the predominant supplier", "China still a predominant supplier", "Congo is the
#: dominant producer" ("dominant" with an article: the rank reader already takes "the world's
#: dominant supplier" and "dominant supplier" without one)
_PREDICATE = re.compile(
    r"(?:\s*,\s*|\s+(?:(?:is|are|was|were|remains?|remained|has\s+been|had\s+been|became|becomes|becoming|as|being)\s+)?)"
    r"(?:(?:still|now|already|clearly|long|by\s+far|currently|today)\s+)?(?:the|a|an)\s+"
    r"(?:(?:world['\u2019]s|global|overwhelmingly|clearly|undisputed|single)\s+)*(?:pre)?dominant\s+"
    r"(?:[\w-]+\s+){0,2}?(?:suppliers?|producers?|miners?|refiners?|processors?|players?|forces?|sources?|powers?)\b",
    re.I)
#: the object a bound noun needs: "control over", "grip on", "leadership in"
_OBJECT = re.compile(r"\s+(?:over|of|on|in)\b", re.I)
#: an object that names a market: with no commodity in the sentence the noun must have one
#: ("near-total control over the global supply chain"; not "dominance poses risks")
_MARKET_OBJECT = re.compile(r"\s+(?:over|of|on|in|across)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:supply|supplies|market|markets"
                            r"|production|output|processing|refining|mining|reserves|sector|industry|trade)\b"
                            # a market named in an earlier sentence and referred back to: "China's dominance of
                            # these materials", "in this niche" (the commodity carried from the article)
                            r"|\s+(?:over|of|on|in|across)\s+(?:this|these|that|those)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:materials?|minerals?|metals?|elements|niche|segment|commodity|commodities)\b", re.I)
#: (twenty-third session) a modifier that names the market itself: "China's market stranglehold", "its market
#: dominance" (the commodity carried from the article, as for :data:`_MARKET_OBJECT`'s "these materials")
_MARKET_MODIFIER = re.compile(r"\b(?:market|supply|supply[\s-]chain)\s+(?:[\w-]+\s+)?$|\b(?:market|supply)\s+\w+$", re.I)
#: an object that names a downstream industry, not a commodity's output: "dominance in the electric
#: car supply chain", "grip on battery making", "leadership in clean-energy technology"
_DOWNSTREAM_OBJECT = re.compile(
    r"\s+(?:in|of|over|on|across)\s+(?:the\s+)?(?:(?:global|world|worldwide|international|entire)\s+)?"
    r"(?:electric[\s-](?:car|vehicle|vehicles|cars)|EVs?|batter(?:y|ies)|clean[\s-]energy|green[\s-]energy|solar|wind"
    r"|semiconductors?|chips?|tech|technology|technologies|defen[cs]e|auto(?:motive)?|car|manufacturing)\b", re.I)
#: a place after the noun: "China's dominance in Indonesia" (its firms' share of another country)
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?$", re.I)
#: a future or possible act on the holder's dominance: "will deepen Indonesia's dominance",
#: "could erode China's dominance" (no claim: the sentence is about what may happen)
#: a subject's verb between a country and "its": "China used its dominance", "China has leveraged its grip"
_SUBJECT_VERB_ITS = re.compile(r"\s+(?:(?:has|have|had|is|was)\s+)?(?!to\b)[a-z]+(?:ed|s)\s+", re.I)
#: a preposition before the country: "battery makers from Korea to keep its dominance" (Korea is no subject)
_PREP_BEFORE = re.compile(r"\b(?:from|to|in|with|of|by|for|on|at|into|than|like|against)\s+(?:the\s+)?$", re.I)
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|cannot|set\s+to|poised\s+to)\s+(?:\w+\s+){1,2}$", re.I)
#: modifiers that make the noun political, military, technological or a policy, not a market's
_NOT_MARKET = re.compile(
    r"\b(?:geopolitical|political|military|naval|technological|technology|tech|diplomatic|cultural|ideological"
    r"|export|exports|import|price|pricing|quality|border|government|state|party|regulatory|pollution|environmental"
    r"|cost|costs|financial|management|operational|executive|corporate|strategic|air|sea|space|AI)\b", re.I)
#: degree words of totality: rule 12's near monopoly (more than half), not only first place
_TOTAL = re.compile(r"\b(?:total|near-total|complete|near-complete|almost\s+complete|absolute|near-absolute"
                    r"|overwhelming|outright|virtually\s+total)\b", re.I)
#: a negated dominance: "China no longer holds its dominance", "lost its grip on"
_NEGATED = re.compile(r"\b(?:no\s+longer|not|never|lost|loses|losing|ended|without)\s+(?:\w+\s+){0,2}$", re.I)


#: where the noun's object ends: a semicolon, a colon, a dash or a new clause
_OBJECT_END = re.compile(r"[;:\u2014\u2013]|\s-\s|,\s+(?:but|while|whereas|although|though|yet|and|which|who)\b"
                         r"|\b(?:creating|giving|raising|leaving|making|which|that)\b"
                         # (twenty-second session) the verb whose subject the noun phrase is: "The country's dominance
                         # in the sector means a curb in exports could ...": the exports are the predicate's, not a stage
                         r"|\b(?:means|meant|poses|posed|gives|gave|makes|made|allows|allowed|leaves|left|is|was|are|were"
                         r"|has|have|had)\b")


def _clause_end(text: str, pos: int, end: int) -> int:
    """Where the noun's object ends."""
    m = _OBJECT_END.search(text, pos, end)
    return m.start() if m else end


def _noun_ok(text: str, m: re.Match[str], end: int) -> bool:
    """A noun of market dominance: not political or a policy; "control" and "grip" with a
    degree of totality, they and "leadership" with an object."""
    if _NOT_MARKET.search(m.group(0)):
        return False
    if m.group("bound") and not _TOTAL.search(m.group(0)):
        return False
    return not ((m.group("bound") or m.group("free").lower() == "leadership") and not _OBJECT.match(text, m.end(), end))


def noun_dominance_claims(text: str, s: Any, make: Callable[..., Claim], year_for: Callable[..., int | None],
                          commodity_for: Callable[[int], str | None], pats: Any,
                          stages: Callable[..., list[str]], stage_claim: dict[str, tuple[str, str | None]]) -> list[Claim]:
    """First place (rule 12) of the country that holds a dominance noun of the sentence
    ``s`` (a SentenceScan); ``stages`` and ``stage_claim`` are qualitative.py's readers of
    the stages a phrase names, so that verbs and nouns name stages alike."""
    from critmin.claims.qualitative import stage_commodity

    named = [c for c in s.countries if c.value != "WLD"]
    if not named:
        return []
    found: list[tuple[int, int, Any, bool]] = []  # (noun start, noun end, holder, total)
    real = [c for c in named if c.end > c.start]
    for c in real:
        for pat in (_POSSESSIVE, _PREDICATE) if c.possessive else (_PREDICATE,):
            m = pat.match(text, c.end, s.end)
            if m is None:
                continue
            if pat is not _PREDICATE and not _noun_ok(text, m, s.end):
                continue
            if pat is not _PREDICATE and _FUTURE_BEFORE.search(text, max(s.start, c.start - 40), c.start):
                continue
            if any(c.end < o.start < m.end() for o in real):
                continue
            found.append((c.start, m.end(), c, bool(_TOTAL.search(m.group(0)) or m.groupdict().get("mono"))))
            break
    if not found:
        for m in _ITS.finditer(text, s.start, s.end):
            if not _noun_ok(text, m, s.end):
                continue
            # (a country carried from the sentences before stands, zero-width, at the sentence's start: the
            # holder of an opening "Its dominance of ..." or "The country's dominance in ...", twenty-second session)
            before = [c for c in named if c.start < m.start() or (c.end == c.start and c.start == m.start())]
            # the holder: the country the sentence names first (its subject), or the one carried
            holder = before[0] if before else None
            if before and before[-1].end < m.start() <= before[-1].end + 30 \
                    and _SUBJECT_VERB_ITS.fullmatch(text, before[-1].end, m.start()) \
                    and not _PREP_BEFORE.search(text, max(s.start, before[-1].start - 12), before[-1].start):
                # "after China used its dominance": the subject right before the verb whose object
                # the noun is, not a country an earlier clause named (nineteenth session, C5452)
                holder = before[-1]
            if holder is not None:
                found.append((m.start(), m.end(), holder, bool(_TOTAL.search(m.group(0)) or m.group("mono"))))
                break
    out: list[Claim] = []
    has_commodity = bool(s.commodities)
    for start, end, who, total in found:
        if not has_commodity and not _MARKET_OBJECT.match(text, end, s.end) \
                and not _MARKET_MODIFIER.search(text, start, end):
            continue
        if _DOWNSTREAM_OBJECT.match(text, end, s.end):
            continue  # "Beijing's dominance in the electric car supply chain": no commodity's output
        place = next((o for o in real if end < o.start <= end + 8), None)
        if place is not None and _IN_PLACE.match(text, end, place.start):
            continue  # "China's dominance in Indonesia"
        if _NEGATED.search(text, max(s.start, start - 30), start):
            continue
        commodity = commodity_for(start)
        if commodity is None:
            continue
        hi = _clause_end(text, end, s.end)
        named_stages = stages(text, end, hi)
        for st in named_stages or ["production"]:
            meas, stage = stage_claim[st]
            com = stage_commodity(st, commodity)
            if com is None:
                continue
            year = year_for(start, s.start, s.end, measure=meas)
            name = pats.country_names.get(who.value, who.value)
            c = make("rank", start, end, commodity=com, measure=meas, stage=stage, country=who.value,
                     year=year, rank=1, rank_op="==")
            c.subject = f"{name} first in {stage or meas} ({text[start:end].strip(' ,')})"
            out.append(c)
            if total:
                c2 = make("share", start, end, commodity=com, measure=meas, stage=stage, country=who.value,
                          year=year, value=50.0, unit="percent", hedge="more than", precision=0.0, share=0.5)
                c2.subject = f"{name} share of world {stage or meas} (near-total: more than half)"
                out.append(c2)
        if out:
            break
    return out
