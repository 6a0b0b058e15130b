"""Events the table holds, recognised in words nobody wrote a rule for: each row's signature.

The sentence rules of :mod:`critmin.claims.extract` read an event claim from the wording they
were written for ("imposed export controls on ...", "signed an agreement on ..."). Fresh
articles name the same recorded events in other words ("Beijing's curbs on heavy rare earths
last April", "the Pentagon's stake in the miner"), and the rules miss them or find no row.
This module reads such sentences from the side of the table: every row of ``events.csv`` gives
a *signature*, computed once per events table, and a sentence is scored against the few rows
whose signature it can meet.

A row's signature holds:

* its parties: the countries of its ``actors``, ``imposed_by`` and ``targets`` (an agency of
  ``actors.csv`` stands for its country too: MOFCOM is China; a company's home country is
  allowed in the sentence but names no party: it is where the firm is based), and the
  agencies themselves.
  The sentence's parties are read with the gazetteer (names, adjectives, aliases), the
  metonyms of ``actor_aliases.csv`` (capitals, leaders) and the agency names of ``actors.csv``;
* its commodities: ``commodities`` and the commodities of ``elements`` ("Dy" is dysprosium),
  a group covering its members (``rare_earths`` covers every rare-earth element, as the
  gazetteer's ``elements`` and ``parent`` columns say), ``critical_minerals`` covering any;
* the words of its kind of action: a lexicon per family of ``type`` (export controls:
  controls, curbs, restrictions, licensing, ban ...; agreements: deal, accord, pact,
  framework, memorandum ...; investment: stake, equity, loan, funding ...; trade remedies:
  tariff, duty, levy, probe ...; suspensions; seizures and closures). A type no family
  lists is read by the words of its own name ("mining_ban": "mining", "ban");
* its dates: the announcement, effective and end dates (``verdict._date_matches``).

A sentence is a claim about a row when it uses a word of the row's kind, names no country
outside the row's parties and no commodity outside its commodities, gives no date the row does
not have (relative dates resolved against the article date), is no forecast, plan, condition
or wish (the shared lexicons of :mod:`critmin.claims.lexicon`), and meets the row firmly:

* a stated date the row has, with a party or a commodity of the row named (a year alone
  needs both), or
* a stated day the row has (announcement, effective or end), with no other row of that
  kind sharing it, or
* with no date: a party and a commodity of the row both named.

Such a sentence is ``supported`` by the row (labelling rule 9; details the row does not
hold change nothing, rule 13). Nothing here is keyed to a row: a row added to the table is
read the same way. The pass (:func:`signature_events`) runs after the rules and the learned
fallback, and touches only sentences the rules left without a claim (a detection) or judged
``unverifiable`` throughout (a matching the rules missed); it never refutes.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import Any

from critmin.claims.lexicon import (
    AIM_WORDS,
    CONDITIONALS,
    DELIBERATION_WORDS,
    FORECAST_WORDS,
    INTENT_WORDS,
    MODALS,
    PLAN_TO,
    POISED_TO,
    PREDICTION_WORDS,
    PROPOSAL_WORDS,
    THREAT_WORDS,
    WISH_WORDS,
    bounded,
    without,
)
from critmin.claims.model import Claim, ClaimCheck, Evidence, Verdict
from critmin.claims.non_claims import framed_or_pending

__all__ = ["FAMILY_WORDS", "family_of", "row_signatures", "sentence_matches", "signature_events"]

#: licences given, the verb first ("began issuing general licences", "granted export licences to")
_LICENCES_GIVEN = r"(?:issu(?:e|es|ed|ing)|grant(?:s|ed|ing)?|approv(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,3}?licen[cs](?:e|es)"

#: the words of each family of event types: what an article calls that kind of action
FAMILY_WORDS: dict[str, tuple[str, ...]] = {
    "control": (
        r"export\s+controls?", r"controls?\s+(?:on|over)\s+(?:the\s+)?exports?", r"control\s+(?:measures|list|regime)",
        r"curbs?", r"curbed", r"curbing",
        r"restrict(?:s|ed|ing|ions?)?", r"licen[cs](?:e|es|ing|ed)", r"permits?", r"bans?", r"banned", r"banning",
        r"embargo(?:es|ed)?", r"export\s+rules", r"blocked", r"blocking", r"halt(?:s|ed|ing)?", r"choked?",
        r"tighten(?:s|ed|ing)?", r"clampdown", r"crackdown", r"squeezed?", r"cut\s+off",
        r"weaponi[sz](?:ed|ing|ation)", r"dual[\s-]use", r"barred", r"prohibit(?:s|ed|ion)?",
        r"shut\s+off",
        # a rule on exports, however named: "export regulations", "limits on exports", "regulation of exports"
        r"exports?\s+(?:regulations?|rules|requirements|limits|measures|licen[cs](?:e|es|ing)|permits?)",
        r"(?:limit|limits|regulations?|rules|requirements)\s+(?:on|of)\s+(?:the\s+)?exports?",
        r"limit(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+)?exports?",
        # "controls" the noun (a determiner or a verb of the measure around it), not the verb of
        # market power ("China controls 90% of output")
        r"(?:the|those|these|its|their|new|initial|stricter|tighter|similar|such|earlier|latest|first|broader"
        r"|expanded|fresh|sweeping|additional)\s+controls",
        r"controls\s+(?:were|was|took|take|takes|came|come|extend|extended|apply|applied|cover|covered|covering"
        r"|remain|meant|require|required)",
    ),
    "suspension": (
        r"suspend(?:s|ed|ing)?", r"suspension", r"paus(?:e|es|ed|ing)", r"lift(?:s|ed|ing)?", r"eased", r"easing",
        r"truce", r"reprieve", r"postpone(?:s|d|ment)?", r"delay(?:s|ed)?", r"waive(?:s|d|r)?", r"halt(?:s|ed)?",
    ),
    "agreement": (
        r"deals?", r"agreements?", r"accords?", r"pacts?", r"frameworks?", r"memorand(?:um|a)", r"mou",
        r"signed", r"signing", r"partnerships?", r"ratif(?:y|ies|ied|ication)", r"treaty",
        r"offer(?:s|ed)?", r"agreed", r"truce", r"talks", r"alliance", r"entered\s+into\s+force", r"in\s+force",
        r"consensus", r"arrangements?", r"joint\s+statement",
    ),
    "legislation": (r"laws?", r"legislation", r"bill", r"regulations?", r"adopted", r"passed", r"enacted", r"act",
                    r"in\s+force", r"entered\s+into\s+force"),
    "investment": (
        r"stakes?", r"equity", r"invest(?:s|ed|ing|ment|ments|or)?", r"loans?", r"funding", r"fund(?:s|ed)?",
        r"financ(?:e|ed|ing)", r"backing", r"backed", r"offtake", r"price\s+floor", r"shareholder",
        r"preferred\s+(?:shares|stock)", r"stockpil(?:e|es|ing)", r"strategic\s+reserve", r"commit(?:s|ted|ment|ments)",
        r"grants?", r"subsid(?:y|ies|ised|ized)", r"bought", r"purchase[sd]?", r"acquir(?:e|ed|ing)",
        r"deals?", r"agreements?",  # an investment is a deal: "a landmark agreement with the Pentagon"
    ),
    "tariff": (r"tariffs?", r"dut(?:y|ies)", r"levy", r"levies"),
    "trade_remedy": (r"anti[\s-]?dumping", r"countervailing", r"dut(?:y|ies)", r"petition(?:s|ed)?",
                     r"determin(?:ation|ed)",
                     r"rul(?:ing|ed)", r"injur(?:y|ed|ious)"),
    "investigation": (r"investigations?", r"probes?", r"inquir(?:y|ies)", r"section\s+232", r"review"),
    "wto": (r"wto", r"disputes?", r"complaints?", r"panel", r"appellate"),
    "sanction": (r"sanction(?:s|ed)?", r"blacklist(?:s|ed)?", r"entity\s+list"),
    "quota": (r"quotas?",),
    # the verb first as well: "began issuing general licences", "granted export licences to"
    "licence": (r"licen[cs](?:e|es)\s+(?:granted|approved|issued)", _LICENCES_GIVEN, r"approv(?:al|als|ed)",
                r"granted"),
    "liberalisation": (r"abolish(?:ed|es)?", r"scrapped", r"lifted", r"removed", r"ended"),
    # a dated step of a mine, plant or project (events.csv ``project_milestone``)
    "milestone": (
        r"first\s+(?:[\w-]+\s+){0,2}?(?:production|output|oxides?|metal|magnets?|shipments?|batch|concentrate|product)",
        r"(?:began|begun|begins|start(?:s|ed)?|commenc(?:e|es|ed))\s+(?:commercial\s+)?(?:production|producing"
        r"|operations?|output|processing|mining)",
        r"commercial\s+production", r"commission(?:ed|ing)", r"inaugurat(?:e|es|ed|ing|ion)", r"open(?:s|ed|ing)",
        r"discover(?:y|ed)", r"resource\s+estimates?",
    ),
    "disruption": (
        r"seiz(?:e|ed|ure)", r"captur(?:e|ed)", r"took\s+control", r"takeover", r"took\s+over", r"overran",
        r"fighting", r"conflict",
        r"clos(?:ed|ure|ing)\s+(?:of\s+)?(?:the\s+|its\s+|all\s+)?(?:\w+\s+)?(?:border|crossings?)",
        r"border\s+closures?", r"sealed", r"halt(?:s|ed)?", r"cut\s+off",
        r"disrupt(?:s|ed|ion|ions)?", r"blockade", r"stopped",
    ),
}

#: the words that name a measure taken, not a state of affairs: a sentence that gives no date
#: must use one of them ("Beijing's curbs on gallium", not "China controls the market")
STRONG_WORDS: dict[str, tuple[str, ...]] = {
    "control": (r"export\s+controls?", r"controls?\s+(?:on|over)\s+(?:the\s+)?exports?", r"control\s+measures",
                r"curbs?", r"curbed", r"export\s+restrictions?", r"restrictions?\s+on\s+(?:the\s+)?exports?",
                r"restricted\s+(?:the\s+)?exports?", r"licen[cs]ing\s+(?:requirements?|regime|rules?|system)",
                r"export\s+licen[cs](?:e|es|ing)", r"export\s+bans?", r"banned\s+(?:the\s+)?exports?",
                r"embargo(?:es|ed)?", r"dual[\s-]use",
                # a verb of stopping or limiting trade with what it stops: "banning rare earth exports",
                # "restrictions on rare-earth shipments", "halt on shipments to Japan"
                r"(?:ban(?:s|ned|ning)?|restrict(?:s|ed|ing|ions?)?|curb(?:s|ed|ing)?|halt(?:s|ed|ing)?|limit(?:s|ed|ing)?"
                r"|block(?:s|ed|ing)?|stop(?:s|ped|ping)?|suspend(?:s|ed|ing)?|tighten(?:s|ed|ing)?)\s+(?:on\s+)?"
                r"(?:[\w'\u2019-]+\s+){0,3}?(?:exports?|shipments?|sales|supply|supplies)"),
    "suspension": (r"suspend(?:s|ed|ing)?", r"suspension", r"paused", r"truce"),
    "agreement": (r"deals?", r"agreements?", r"accords?", r"pacts?", r"frameworks?", r"memorand(?:um|a)", r"mou",
                  r"signed", r"ratif(?:y|ies|ied|ication)", r"treaty"),
    "investment": (r"stakes?", r"equity", r"invested", r"investments?", r"loans?", r"offtake", r"price\s+floor",
                   r"shareholder", r"preferred\s+(?:shares|stock)", r"strategic\s+reserve"),
    "tariff": (r"tariffs?", r"import\s+dut(?:y|ies)", r"levies"),
    "trade_remedy": (r"anti[\s-]?dumping", r"countervailing"),
    "investigation": (r"investigations?", r"probes?", r"section\s+232"),
    "wto": (r"wto",),
    "sanction": (r"sanctions", r"sanctioned", r"entity\s+list", r"blacklisted"),
    "quota": (r"export\s+quotas?",),
    "licence": (r"licen[cs](?:e|es)\s+(?:granted|approved|issued)", _LICENCES_GIVEN),
    "liberalisation": (r"abolish(?:ed|es)?", r"scrapped"),
    "disruption": (r"seiz(?:e|ed|ure)", r"captur(?:e|ed)", r"took\s+control", r"overran", r"sealed", r"blockade",
                   r"closed\s+(?:the\s+)?(?:border|crossings?)"),
    "milestone": (r"first\s+(?:[\w-]+\s+){0,2}?(?:production|output|oxides?|metal|magnets?|shipments?|batch|concentrate)",
                  r"(?:began|begun|start(?:ed)?|commenc(?:e|ed))\s+(?:commercial\s+)?(?:production|producing|operations?)",
                  r"commissioned", r"inaugurated", r"discovery"),
}

#: the family of each event type of the table, by the beginning of its name
_TYPE_FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("export_control", ("control",)),
    ("quota", ("quota",)),
    ("licence", ("licence",)),
    ("liberalisation", ("liberalisation",)),
    ("border_closure", ("control", "disruption")),
    ("suspension", ("suspension",)),
    ("agreement", ("agreement",)),
    ("entry_into_force", ("agreement",)),
    ("ratification", ("agreement",)),
    ("legislation", ("legislation",)),
    ("offer", ("agreement",)),
    ("investment", ("investment",)),
    ("price_floor", ("investment",)),
    ("stockpile", ("investment",)),
    ("tariff", ("tariff",)),
    ("anti_dumping", ("trade_remedy",)),
    ("investigation", ("investigation",)),
    ("sanction", ("sanction",)),
    ("wto", ("wto",)),
    ("supply_disruption", ("disruption", "suspension", "control")),  # a halt of exports is told as a ban too
    ("project_milestone", ("milestone",)),
)

#: a verb saying the measure was taken: an undated sentence must report the act ("Beijing
#: imposed curbs on ...", "since the US introduced tariffs"), not discuss a measure ("the
#: controls pose challenges")
_ACT_VERB = re.compile(
    r"\b(?:impos(?:e|es|ed|ing|ition)|introduc(?:ed|ing|tion)|announc(?:ed|ing|ement)|unveil(?:ed|ing)|sign(?:ed|ing)"
    r"|slapp(?:ed|ing)|placed|put|rolled\s+out|issued|adopted|enacted|launched|took|taken|agreed|reached|struck"
    r"|sealed|filed|ordered|opened|initiated|requir(?:ed|es|ing)|ban(?:s|ned|ning)|restrict(?:s|ed|ing)"
    r"|curb(?:s|ed|ing)|suspend(?:s|ed|ing)|paused|halt(?:s|ed|ing)|block(?:s|ed|ing)|seiz(?:e|es|ed|ing)"
    r"|captur(?:e|es|ed|ing)|closed|invest(?:s|ed|ing)|acquir(?:ed|ing)|bought|extended|expanded|tighten(?:s|ed)"
    r"|added|granted|approved|implement(?:s|ed|ing)|weaponi[sz](?:es|ed|ing)|retaliat(?:ed|ing)|declared|decided"
    r"|offer(?:s|ed|ing)|ready\s+to\s+offer|made|set\s+up|established|created"
    r"|began|begun|started|commenced|produced|discovered|commissioned|inaugurated"
    r"|came\s+into\s+force|took\s+effect|takes\s+effect|entered\s+into\s+force)\b", re.I)
_FAMILY_PATTERNS = {f: re.compile(bounded(ws), re.I) for f, ws in FAMILY_WORDS.items()}
_STRONG_PATTERNS = {f: re.compile(bounded(ws), re.I) for f, ws in STRONG_WORDS.items()}
#: any word of any family: a sentence without one is skipped at once
_ANY_KIND = re.compile(bounded(*FAMILY_WORDS.values()), re.I)
#: the same pattern without the ignore-case flag, for lower-cased text: Python's engine tries a long
#: case-insensitive alternation letter by letter, the case-sensitive one about five times faster.
#: Valid because the pattern holds no upper-case literal (escapes such as \W aside).
_ANY_KIND_LOWER = re.compile(_ANY_KIND.pattern) if not re.search(r"[A-Z]", re.sub(r"\\.", "", _ANY_KIND.pattern)) \
    else _ANY_KIND


def _any_kind(sent: str) -> bool:
    """A word of a kind of action in ``sent`` (``_ANY_KIND``, searched in lower case)."""
    low = _lowered(sent)
    if low is not None and _ANY_KIND_LOWER is not _ANY_KIND:  # (the same search, at the sentence's word starts)
        return _in_sentence(_ANY_KIND_LOWER, sent, low) is not None
    low = sent.lower()
    return (_ANY_KIND_LOWER.search(low) if len(low) == len(sent) else _ANY_KIND.search(sent)) is not None


#: forecasts, plans, conditions, wishes (labelling rule 10): not a statement that an event happened
_NOT_A_FACT = re.compile(
    bounded(without(MODALS, "may", "would"), CONDITIONALS, PLAN_TO, AIM_WORDS, INTENT_WORDS, WISH_WORDS, PROPOSAL_WORDS,
            DELIBERATION_WORDS, THREAT_WORDS, FORECAST_WORDS, without(PREDICTION_WORDS, "projects?"), r"(?-i:may)",
            r"likely", r"possible", r"possibly", r"potential(?:ly)?", r"prospect", r"next\s+target",
            # a demand is no act: "called for the signing of", "urged curbs on"
            r"call(?:s|ed|ing)?\s+for", r"urg(?:e|es|ed|ing)", r"demand(?:s|ed|ing)?", r"push(?:es|ed|ing)?\s+for",
            r"press(?:es|ed|ing)?\s+for", r"lobb(?:y|ies|ied|ying)\s+for",
            r"prepar(?:es|ed|ing)\s+to", r"getting\s+ready\s+to", POISED_TO), re.I)
#: the future ("the licences will be required from 1 December"): a measure announced for a day
#: or month the row has, else no statement of fact
#: an office, named but not read as a party: the party is unknown
_OFFICE = re.compile(r"\b(?:Ministry|Department|Agency|Office|Commission|Bureau|Administration|Council|Parliament"
                     r"|Congress|Senate|Government|Association)\b")
#: a commodity referred back to: "the metal", "these materials", "both minerals", "the two elements"
_BACK_TO_COMMODITY = re.compile(
    r"\b(?:the|these|those|both|two|three|such)\s+(?:(?:two|three|key|critical|strategic|rare|chipmaking)\s+)?"
    r"(?:metals?|minerals?|materials?|elements?|commodities)\b", re.I)
_WOULD = re.compile(r"\bwould\b", re.I)
#: a firm named as such: a corporate suffix ("Acme Minerals Ltd", "Nordic Magnets A/S"), "the company",
#: a firm described by its base ("Ohio-based Acme") or by its trade ("magnet maker Acme")
_FIRM_SAID = re.compile(
    r"\b(?:Ltd|Limited|Inc|Corp|Corporation|LLC|plc|PLC|A/S|Pty|GmbH|AG)\b"
    r"|\b(?:[Tt]he|[Aa]|[Ii]ts)\s+company\b|\b[A-Z][\w-]*-based\s+[A-Z]"
    r"|\b(?:firm|miner|producer|maker|developer|start-?up|manufacturer)\s+[A-Z][a-z]")

#: the rates and amounts a sentence states: a percentage, or money in millions of US dollars
_PCT_FIG = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)", re.I)
#: "$120 million", "US$1.5bn", and the hyphenated adjective "a $120-million contract"
_USD_FIG = re.compile(r"(?:US\s?\$|\$|USD\s?)\s?(\d[\d,]*(?:\.\d+)?)\s*(?:-\s*(?=(?:million|billion|bn|m)\b))?"
                      r"(million|billion|bn|m)?\b", re.I)
_USD_SCALE = {"million": 1.0, "m": 1.0, "billion": 1000.0, "bn": 1000.0}


def _figures(sent: str) -> dict[str, list[float]]:
    """The percentages and the US-dollar amounts (in millions) a sentence states."""
    out: dict[str, list[float]] = {}
    if "%" in sent or "cent" in sent:
        out["percent"] = [float(m.group(1)) for m in _PCT_FIG.finditer(sent)]
    if "$" in sent or "USD" in sent:
        out["USD_million"] = [float(m.group(1).replace(",", "")) * _USD_SCALE.get((m.group(2) or "").lower(), 1e-6)
                              for m in _USD_FIG.finditer(sent)]
    return {k: v for k, v in out.items() if v}


def _other_figure(figs: dict[str, list[float]], e: dict[str, Any]) -> bool:
    """The sentence states a rate or an amount of the row's unit and none of them is the row's
    (within 5 %, labelling rule 5's widest hedge): a tariff of another rate, a deal of another
    size is another event."""
    stated = figs.get(str(e.get("unit") or ""))
    if not stated:
        return False
    try:
        q = float(str(e.get("quantity") or ""))
    except ValueError:
        return False
    return not any(abs(v - q) <= 0.05 * abs(q) + 1e-9 for v in stated)


#: a preposition before a country: the country is the object ("exports to China"), not the agent
_OBJECT_BEFORE = re.compile(r"\b(?:to|on|onto|from|against|with|into|of|for|at|in|by|over|toward|towards)\s+(?:the\s+)?$",
                            re.I)


def _agent_country(sent: str, data_dir: str) -> str | None:
    """The country the sentence names first as its subject ("Washington banned ...", "The United
    States imposed ..."), or None when the first country follows a preposition or none is named."""
    from critmin.claims.extract import patterns, scan_entities

    for a, _b, kind, value, _ in scan_entities(sent, patterns(data_dir)):
        if kind == "country":
            return None if _OBJECT_BEFORE.search(sent, max(0, a - 20), a) is not None else str(value)
    return None
_FUTURE = re.compile(r"\b(?:will|shall|would|going\s+to)\b", re.I)
#: a negated act ("has not banned", "never signed"): the table cannot show an event did not happen
_NEGATED = re.compile(r"\b(?:not(?!\s+only)|never|no(?!\.?\s*\d)|n['\u2019]t|without|denied|refused|rejected)\b", re.I)
#: how far before a word of a kind of action a hedge ("could impose curbs", "a potential deal")
#: or a negation ("did not ban") governs it, in characters
_HEDGE_REACH = 50
_NEGATION_REACH = 25
#: how far after "will" the verb of the act it puts in the future comes ("will soon be formally signed")
_FUTURE_REACH = 30


def family_of(e_type: str) -> tuple[str, ...]:
    """The families of words that name an event of type ``e_type``; a type no family lists
    is named by the words of its own name (returned as ``"words:..."``)."""
    t = e_type.lower().strip()
    for prefix, fams in _TYPE_FAMILIES:
        if t.startswith(prefix):
            return fams
    own = [w for w in re.split(r"[^a-z]+", t) if len(w) > 2]
    return (f"words:{'|'.join(own)}",) if own else ()


#: non-ASCII characters that an ASCII letter matches under ``re.IGNORECASE`` (dotted and dotless
#: i, long s, the Kelvin sign; ``tests/claims/test_speed_signatures.py`` checks there are no others)
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


def _lower_case_only(p: re.Pattern[str]) -> bool:
    """A pattern with no upper-case letter outside its escapes and no inline flag group: compiled
    without ``re.IGNORECASE`` it finds in lower-cased text what it finds ignoring case."""
    bare = re.sub(r"\\.", "", p.pattern)
    return re.search(r"[A-Z]", bare) is None and re.search(r"\(\?[aiLmsux-]", bare) is None


#: the family patterns without the ignore-case flag, for :func:`_kind_named` (see ``_ANY_KIND_LOWER``)
_FAMILY_LOWER = {f: re.compile(p.pattern) for f, p in _FAMILY_PATTERNS.items() if _lower_case_only(p)}
_STRONG_LOWER = {f: re.compile(p.pattern) for f, p in _STRONG_PATTERNS.items() if _lower_case_only(p)}


def _lowered(sentence: str) -> str | None:
    """``sentence`` in lower case when every character keeps its place and no character outside
    ASCII matches an ASCII letter ignoring case, so that a lower-case pattern finds, in it, the
    matches at the places the ignore-case one finds in ``sentence``; otherwise None."""
    last = _LOWERED_LAST
    if last[0] is sentence:
        return last[1]  # (the same sentence, asked once per family by sentence_matches)
    lowered = sentence.lower()
    low = None if len(lowered) != len(sentence) or (
        not sentence.isascii() and not _FOLDS_TO_ASCII.isdisjoint(sentence)) else lowered
    last[:] = [sentence, low]
    return low


#: the last sentence :func:`_lowered` read and its answer (a pure function of the string)
_LOWERED_LAST: list[str | None] = [None, None]


@lru_cache(maxsize=32)
def _own_pattern(spec: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + spec.removeprefix("words:") + r")\w{0,3}\b", re.I)


def _kind_named(sentence: str, fams: tuple[str, ...], strong: bool = False) -> bool:
    """A word of one of the families ``fams`` that the sentence asserts: no forecast, plan,
    condition or possibility just before it ("could impose curbs", "a potential deal") and no
    negation ("did not ban"); such words later in the sentence ("a deal that aims to ...", "a
    move that could hit ...") are about something else."""
    table = _STRONG_PATTERNS if strong else _FAMILY_PATTERNS
    lower = _STRONG_LOWER if strong else _FAMILY_LOWER
    low: str | bool | None = False  # (lower-cased on first use)
    for f in fams:
        if f in lower:
            if low is False:
                low = _lowered(sentence)
            # (_in_sentence: at the words of a sentence of the article, the same first match)
            m = _in_sentence(lower[f], sentence, low) if isinstance(low, str) else _in_sentence(table[f], sentence)
        else:
            m = _in_sentence(table[f] if f in table else _own_pattern(f), sentence)  # the first: the one the clause is about
        if m is None:
            continue
        a = m.start()
        if _NOT_A_FACT.search(sentence, max(0, a - _HEDGE_REACH), a) is None \
                and _NEGATED.search(sentence, max(0, a - _NEGATION_REACH), a) is None:
            return True
    return False


@lru_cache(maxsize=4)
def _agency_countries(data_dir: str) -> dict[str, str]:
    """actor id -> ISO3 country of the actor (``actors.csv``)."""
    p = Path(data_dir) / "actors.csv"
    if not p.exists():
        return {}
    with p.open(encoding="utf-8", newline="") as f:
        return {r["actor_id"]: (r.get("country") or "").strip() for r in csv.DictReader(f)
                if (r.get("country") or "").strip()}


@lru_cache(maxsize=4)
def _companies(data_dir: str) -> frozenset[str]:
    """The actor ids of ``actors.csv`` whose ``kind`` is ``company``."""
    p = Path(data_dir) / "actors.csv"
    if not p.exists():
        return frozenset()
    with p.open(encoding="utf-8", newline="") as f:
        return frozenset(r["actor_id"] for r in csv.DictReader(f) if (r.get("kind") or "").strip() == "company")


@lru_cache(maxsize=4)
def _commodity_members(data_dir: str) -> dict[str, frozenset[str]]:
    """commodity slug -> the slugs it covers (itself, its children by ``parent``, its elements
    by name), from ``commodities.csv``; and element symbol -> slug under the key ``@Dy``."""
    p = Path(data_dir) / "commodities.csv"
    if not p.exists():
        return {}
    with p.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by_symbol: dict[str, str] = {}
    for r in rows:  # a single-element commodity: its symbol names it
        els = [x.strip() for x in (r.get("elements") or "").split(";") if x.strip()]
        if len(els) == 1:
            by_symbol.setdefault(els[0], r["slug"])
    out: dict[str, set[str]] = {r["slug"]: {r["slug"]} for r in rows}
    for r in rows:
        members = {x.strip() for x in (r.get("elements") or "").split(";") if x.strip()}
        out[r["slug"]] |= {by_symbol[x] for x in members if x in by_symbol}
        parent = (r.get("parent") or "").strip()
        if parent in out:
            out[parent].add(r["slug"])
    res = {k: frozenset(v) for k, v in out.items()}
    res.update({f"@{sym}": frozenset({slug}) for sym, slug in by_symbol.items()})
    return res


def _cells(v: Any) -> list[str]:
    return [x.strip() for x in str(v or "").split(";") if x.strip()]


class Signature:
    """What a row of ``events.csv`` is called by: parties, commodities, kind words, dates."""

    __slots__ = ("actor_countries", "agents", "commodities", "countries", "date", "families", "imposed", "imposers",
                 "row", "targets", "umbrella")

    def __init__(self, row: dict[str, Any], data_dir: str) -> None:
        agency = _agency_countries(data_dir)
        members = _commodity_members(data_dir)
        self.row = row
        parties = _cells(row.get("actors")) + _cells(row.get("imposed_by")) + _cells(row.get("targets"))
        self.countries = frozenset(p for p in parties if p.isupper() and len(p) == 3) | frozenset(
            agency[p] for p in parties if p in agency)
        self.agents = frozenset(p for p in parties if not (p.isupper() and len(p) == 3))
        self.targets = frozenset(_cells(row.get("targets")))
        imposed = _cells(row.get("imposed_by"))
        self.imposers = frozenset(imposed) | frozenset(agency[p] for p in imposed if p in agency)
        acting = _cells(row.get("actors")) + imposed
        # a firm's home country is where it is based, not a party to the act: "Canada" in a sentence
        # does not name a US award to a Canadian miner (it stays among the row's countries, so an
        # "Australian miner" beside a Malaysian licence is no other country either)
        firms = _companies(data_dir)
        self.actor_countries = frozenset(p for p in acting if p.isupper() and len(p) == 3) | frozenset(
            agency[p] for p in acting if p in agency and p not in firms)
        coms: set[str] = set()
        for c in _cells(row.get("commodities")):
            coms |= members.get(c, {c})
        for el in _cells(row.get("elements")):
            coms |= members.get(f"@{el}", set())
        self.umbrella = "critical_minerals" in coms
        self.commodities = frozenset(coms)
        self.families = family_of(str(row.get("type") or ""))
        #: a measure one side takes (a control, a tariff, a suspension, a ruling), not a deal between
        #: parties: other countries may be named beside it as its targets or causes
        self.imposed = bool(imposed) or not set(self.families) & {"agreement", "investment", "legislation"}
        self.date = str(row.get("date") or "")[:10]


_SIGNATURES: dict[int, tuple[list[dict[str, Any]], str, list[Signature], dict[str, list[int]], re.Pattern[str] | None]] = {}


def _signatures(events: list[dict[str, Any]], data_dir: str) -> tuple[list[Signature], dict[str, list[int]],
                                                                       re.Pattern[str] | None]:
    hit = _SIGNATURES.get(id(events))
    if hit is not None and hit[0] is events and hit[1] == data_dir:
        return hit[2], hit[3], hit[4]
    sigs = [Signature(e, data_dir) for e in events]
    by: dict[str, list[int]] = {}
    for i, s in enumerate(sigs):
        keys = {f"c:{c}" for c in s.countries} | {f"a:{a}" for a in s.agents} | {f"m:{m}" for m in s.commodities}
        for k in keys:
            by.setdefault(k, []).append(i)
    # the words of types no family lists ("mining_moratorium"): a gate of their own
    own = sorted({f.removeprefix("words:") for s in sigs for f in s.families if f.startswith("words:")})
    gate = re.compile(r"\b(?:" + "|".join(own) + r")", re.I) if own else None
    _SIGNATURES.clear()
    _SIGNATURES[id(events)] = (events, data_dir, sigs, by, gate)
    return sigs, by, gate


def row_signatures(events: list[dict[str, Any]], data_dir: str) -> tuple[list[Signature], dict[str, list[int]]]:
    """The signatures of the rows of ``events`` and an index of them by party and commodity
    (``c:CHN``, ``a:mofcom``, ``m:gallium``), built once per events table."""
    sigs, by, _ = _signatures(events, data_dir)
    return sigs, by


def _own_gate(events: list[dict[str, Any]], data_dir: str) -> re.Pattern[str] | None:
    """The pattern of the words of the table's types that no family lists, if any."""
    return _signatures(events, data_dir)[2]


def _kind_in(sent: str, events: list[dict[str, Any]], data_dir: str) -> bool:
    """A word of a kind of action of any family, or of a type of the table no family lists."""
    if _any_kind(sent):
        return True
    own = _own_gate(events, data_dir)
    return own is not None and own.search(sent) is not None


#: a country named only as a place ("met in Busan, South Korea", "talks in Malaysia") is no party
_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:[A-Z][\w.-]*,?\s+){0,2}$")


#: a year written alone, not a figure ("2,023 t", "2030 targets" come after the article anyway)
_BARE_YEAR = re.compile(r"(?<![\d,.$])\b((?:19[5-9]|20[0-4])\d)\b(?![\d,.]\d|\s*(?:%|per\s*cent|t\b|tonnes|tons))")


def _future(sent: str) -> bool:
    """The measure is to come: "will" just before a word of a kind or a verb of the act ("will
    impose curbs", "the deal will be signed"), or "would" anywhere ("a deal would give ...")."""
    if _in_sentence(_WOULD, sent) is not None:
        return True
    for m in _finditer_in(_FUTURE, sent):
        end = m.end() + _FUTURE_REACH
        if _ANY_KIND.search(sent, m.end(), end) is not None or _ACT_VERB.search(sent, m.end(), end) is not None:
            return True
    return False


def _read(sent: str, day: str, data_dir: str) -> tuple[set[str], set[str], set[str], list[tuple[str, str]]]:
    """The countries, agencies, commodities and dates (stated and end dates) of a sentence,
    read as the fallback's event reader reads them (:mod:`critmin.claims.fallback_events`)."""
    from critmin.claims.fallback_events import _fbev_dates, _fbev_entities

    countries, agents, coms = _fbev_entities(sent, day, data_dir)
    stated, ends = _fbev_dates(sent, day)
    if not stated and not ends:
        # a year the date reader leaves ("China's 2010 halt", "the 2023 ban"): a year, up to the article's
        stated = [(y, "year") for y in dict.fromkeys(_BARE_YEAR.findall(sent)) if y <= day[:4]]
    return set(countries), set(agents), set(coms), stated + ends


_BY = re.compile(r"\bby\b", re.I)
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
#: how far after a possessive country its measure's word may come ("China's new export controls")
_OWNER_REACH = 40
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:U\.?S\.?\s+|US\s+)?$", re.I)


def _by_agent(sent: str, agent: str, day: str, data_dir: str) -> bool:
    """The agency is the agent of a passive ("set by the Commerce Department")."""
    from critmin.claims.event_context import metonym_parties
    from critmin.claims.extract import _event_agent_keys

    starts = [m.start() for _, pat, a in _event_agent_keys(data_dir) if a == agent for m in pat.finditer(sent)]
    words = frozenset(re.findall(r"[a-z]+", sent.lower()))
    starts += [a for a, _, r in metonym_parties(sent, words, day, data_dir) if r == agent]
    return any(_BY_BEFORE.search(sent[max(0, a - 20):a]) is not None for a in starts)


def _owners(sent: str, day: str, data_dir: str) -> set[str]:
    """The countries named in the possessive just before a word of a kind of action ("Japan's
    graphite licensing rules", "Beijing's curbs"): the measure is theirs."""
    from critmin.claims.event_context import metonym_parties
    from critmin.claims.extract import patterns, scan_entities

    found = [(b, v) for _, b, kind, v, _ in scan_entities(sent, patterns(data_dir)) if kind == "country"]
    words = frozenset(re.findall(r"[a-z]+", sent.lower()))
    found += [(b, r) for _, b, r in metonym_parties(sent, words, day, data_dir) if r.isupper()]
    out: set[str] = set()
    for b, v in found:
        if (_POSSESSIVE.match(sent, b) or sent.endswith(("'s", "\u2019s"), 0, b)) \
                and _ANY_KIND.search(sent, b, b + _OWNER_REACH) is not None:
            out.add(v)
    return out


#: a company after a country's name or adjective: "Australian mining company Acme", "Japanese
#: automakers", "Chinese firms" name the firm's nationality, not a party to a state's measure
_FIRM_AFTER = re.compile(
    r"^['\u2019]?s?\s+(?:[\w-]+\s+){0,2}?(?:company|companies|firms?|miners?|producers?|makers?|traders?|exporters?"
    r"|importers?|buyers?|manufacturers?|automakers?|carmakers?|refiners?|suppliers?|customers?|investors?|group|corp"
    r"|corporation|ltd|inc|plc|industry|industries|businesses|smelters?)\b", re.I)


def _not_parties(sent: str, data_dir: str) -> set[str]:
    """The countries the sentence names only as a place ("in South Korea") or as the nationality
    of a firm ("Japanese automakers"): no party to a state's measure."""
    from critmin.claims.extract import patterns, scan_entities

    seen: dict[str, bool] = {}
    for a, b, kind, value, _ in scan_entities(sent, patterns(data_dir)):
        if kind == "country":
            other = _PLACE_BEFORE.search(sent, max(0, a - 40), a) is not None or _FIRM_AFTER.match(sent[b:b + 60]) is not None
            seen[value] = seen.get(value, True) and other
    return {c for c, only in seen.items() if only}


def _firms_own_deal(sent: str, s: Signature, agents: set[str], as_countries: set[str]) -> bool:
    """An undated deal of firms, not the row's: the row is a deal (agreement, investment), the
    sentence names a firm as such (:data:`_FIRM_SAID`: "Acme Minerals Ltd has signed an offtake
    agreement with ..."), and neither a firm or agency of the row nor every country party to it:
    a country and a commodity shared with a state's deal do not make the firms' contract that deal
    (labelling rule 9: a deal is known by its parties)."""
    if not set(s.families) & {"agreement", "investment"} or agents & s.agents:
        return False
    if len(s.actor_countries) >= 2 and s.actor_countries <= as_countries:
        return False
    return _FIRM_SAID.search(sent) is not None


def _licences_granted(sent: str) -> bool:
    """The sentence reports licences granted under a control ("has begun issuing some licences",
    "granted temporary export licences", policy_acts._GRANTED), not the control that requires them:
    only a row of licences granted can be the event (labelling rule 9)."""
    if "grant" not in sent and "issu" not in sent and "approv" not in sent:
        return False
    from critmin.claims.policy_acts import _GRANTED

    got = _GRANTED.search(sent)
    return got is not None and got.group("v3") is None and got.group("v2") is None


def sentence_matches(sent: str, day: str, events: list[dict[str, Any]], data_dir: str,
                     reading: tuple[set[str], set[str], set[str], list[tuple[str, str]]] | None = None,
                     context: tuple[set[str], set[str], set[str]] | None = None,
                     ) -> list[tuple[int, dict[str, Any], str]]:
    """The rows of ``events`` (dated on or before ``day``) the sentence firmly names, best
    first: (strength, row, why). Empty when the sentence names no recorded event.

    ``context`` is the (countries, agencies, commodities) of the sentence before: a sentence
    that names no commodity but refers back to one ("controls on the metal", "these
    materials") is about the commodities of the sentence before."""
    from critmin.claims.verdict import _date_matches, _end_matches, other_remedy

    if not _kind_in(sent, events, data_dir):
        return []
    sigs, by = row_signatures(events, data_dir)
    countries, agents, coms, dates = reading if reading is not None else _read(sent, day, data_dir)
    carried = False
    if context is not None and not coms and context[2] and _BACK_TO_COMMODITY.search(sent) is not None:
        # "imposed controls on the metal": the commodities of the sentence before
        coms, carried = set(context[2]), True
    agency = _agency_countries(data_dir)
    if countries:
        countries = countries - _not_parties(sent, data_dir)
    as_countries = countries | {agency[a] for a in agents if a in agency}
    keys = {f"c:{c}" for c in as_countries} | {f"a:{a}" for a in agents} | {f"m:{m}" for m in coms}
    cand: set[int] = set()
    for k in keys:
        cand.update(by.get(k, ()))
    if dates and not keys:
        cand = set(range(len(sigs)))  # "the measures take effect on 1 December": the date and kind alone
    if not cand:
        return []  # no row shares a party, a commodity or (with none named) a date: nothing below can match
    future = _future(sent)
    owners = _owners(sent, day, data_dir) if ("'" in sent or "\u2019" in sent) else set()
    by_office = [a for a in agents if _by_agent(sent, a, day, data_dir)] if agents and _BY.search(sent) else []
    would = _in_sentence(_WOULD, sent) is not None  # the conditional: no measure taken, whatever its date
    # with no date to tie it to a row, any hedge or modal in the sentence leaves it open
    # ("the signing ... could come next month")
    hedged = _in_sentence(_NOT_A_FACT, sent) is not None or _in_sentence(_FUTURE, sent) is not None \
        or framed_or_pending(sent)  # "hailed the deal as ...", "the deal still requires ratification" (rule 10)
    named: dict[tuple[str, bool], bool] = {}

    def kind_named(fams: tuple[str, ...], strong: bool = False) -> bool:
        # (_kind_named of several families is true when it is for one of them: each family is
        # searched once per sentence, whichever rows share it)
        for f in fams:
            got = named.get((f, strong))
            if got is None:
                got = named[(f, strong)] = _kind_named(sent, (f,), strong)
            if got:
                return True
        return False
    figs = _figures(sent)
    remedy = "dumping" in sent.lower() or "countervailing" in sent.lower()
    subject: list[str | None] = []  # (read on first use: most sentences never need it)
    out: list[tuple[int, dict[str, Any], str]] = []
    families_named: dict[tuple[str, ...], bool] = {}  # (kind_named of a row's families, asked once per tuple)
    act_said: list[bool] = []

    def act_verb() -> bool:  # (``_ACT_VERB`` in the sentence: searched once, when first asked)
        if not act_said:
            act_said.append(_in_sentence(_ACT_VERB, sent) is not None)
        return act_said[0]
    on_day = day[:10]
    granted = _licences_granted(sent)
    for i in sorted(cand):
        s = sigs[i]
        if not s.date or s.date > on_day:
            continue  # an event after the article cannot be what it reports (labelling rule 9)
        if granted and "licence" not in s.families:
            continue  # "Beijing has issued temporary export licences": grants under a control, not the control
        fams_ok = families_named.get(s.families)
        if fams_ok is None:
            fams_ok = families_named[s.families] = kind_named(s.families)
        if not fams_ok:
            continue
        e = s.row
        if remedy and other_remedy(sent, e):
            continue  # a countervailing duty is no Section 301 tariff, a final ruling no preliminary one
        if figs and _other_figure(figs, e):
            continue  # "tariffs as high as 145%" against a row of 125%: another measure
        if s.targets and s.imposers:
            if not subject:
                subject.append(_agent_country(sent, data_dir))
            if subject[0] in s.targets and subject[0] not in s.imposers:
                continue  # "Washington banned exports to China" against China's ban on the US
        if by_office and s.targets and not (countries & s.imposers) \
                and all(a not in s.imposers and agency.get(a) in s.targets for a in by_office):
            # the measure is said to be taken by an office of the country it targets ("set by the
            # Commerce Department" for China's suspension of a ban on the US): another measure
            continue
        outside = as_countries - s.countries
        party = bool(as_countries & s.actor_countries) or bool(agents & s.agents)
        hits = [(d, p) for d, p in dates if _date_matches(d, p, e) or _end_matches([(d, p)], e) is True]
        if owners and not owners & s.actor_countries:
            continue  # "Japan's licensing rules": another country's measure
        if outside and not (party and len(s.actor_countries) == 1 and s.imposed) and not (
                len(s.actor_countries) > 1 and s.actor_countries <= as_countries and any(p != "year" for _, p in hits)
                and str(e.get("date_precision") or "day") != "year"):
            # a country outside the row's parties: another event, unless the row is a measure one
            # country imposed and that country is named ("China curbed exports after US tariffs"),
            # or every party of the row is named with its date ("... to cut their reliance on China")
            continue
        if coms and not s.umbrella and not coms & s.commodities:
            continue  # only other commodities named: another measure
        extra = len(coms - s.commodities - {"critical_minerals"}) if not s.umbrella else 0
        shared = bool(coms & s.commodities) or (s.umbrella and bool(coms))
        if extra and not hits and len(coms & s.commodities) < 2:
            continue  # other commodities beside one of the row's, and no date of it: another measure
        if dates:
            if not hits:
                continue  # a date the row does not have: not this event (another one, or a wrong date)
            # a month or a day against a row known to the year only agrees with its year alone
            fine = any(p != "year" for _, p in hits) and str(e.get("date_precision") or "day") != "year"
            if would or (future and not any(p in ("day", "month") for _, p in hits)):
                continue  # "will" with no day or month the row has: a forecast, not the measure announced
            if fine and (party or shared):
                out.append((3 + party + shared - carried, e, "date"))
            elif not fine and party and shared and not carried:
                out.append((3, e, "year"))
            elif not fine and party and not coms and not future and not hedged and s.imposed \
                    and kind_named(s.families, strong=True) and act_verb():
                # "earlier this year, Beijing imposed export restrictions": a measure of that party,
                # kind and year is in the table, whatever it covered (a measure one side imposes: a
                # country signs many deals a year, and the year alone does not say which)
                out.append((2, e, "year"))
            elif any(p == "day" for _, p in hits) and not (as_countries or coms or agents) \
                    and str(e.get("date_precision") or "day") == "day" \
                    and _OFFICE.search(sent) is None:  # an office the gazetteer does not know: an unknown party
                # (the kind and the day alone: only a row known to the day agrees on the day; one known
                # to the month matches any day of it, another filing or meeting of that month)
                out.append((2, e, "day"))
        elif not future and not hedged and (
                (party and shared) or (len(s.actor_countries) >= 2 and s.actor_countries <= as_countries)) \
                and kind_named(s.families, strong=True) and act_verb() \
                and not _firms_own_deal(sent, s, agents, as_countries):
            # no date: the measure's party and commodity, or every country party to a deal, named
            out.append((2, e, "undated"))
        elif not future and not hedged and agents & s.agents and _recent(s.date, on_day):
            # no date, but the row's own firm or agency and its kind, and the row dated within days of
            # the article: the news of the day ("Lynas has secured a renewal of its licence")
            out.append((2, e, "recent"))
    # the firmest first; among equals the latest (the measure in force on the article's day)
    out.sort(key=lambda t: (t[0], str(t[1].get("date") or "")), reverse=True)
    day_only = [o for o in out if o[2] == "day"]
    if day_only and len(day_only) == len(out) and len({id(o[1]) for o in day_only}) > 1:
        fams = {f for o in day_only for f in family_of(str(o[1].get("type") or ""))}
        if len(fams) == len(day_only):  # (several rows of several kinds on that day: the kind tells)
            return out
        return []  # several rows of one kind on that day: the sentence does not say which
    return out


#: the explanation of the learned fallback's claims (critmin.claims.detector): a sentence no rule
#: parsed, whatever kind the detector guessed, is open to the signatures like one with no claim
_FALLBACK = re.compile(r"the sentence reads as a checkable statement \(detector score")
#: the verdicts that leave a sentence open to the signatures: the fallback's, and the event
#: judge's when it found no row ("no matching event", a row found but nothing compared, a year
#: alone); a verdict the rules gave for a reason (a lasting state, a step not taken, another rate,
#: another party or company) stays
_OPEN = re.compile(_FALLBACK.pattern + r"|^no (?:matching|such|suspension) event|^no measure from|^no event (?:of|on) "
                   r"|^no \w+ event of that date|found, but the claim states nothing the table records"
                   r"|^the sentence names the event only by its year")


#: how many days before the article a row may be dated to be the news an undated sentence reports
_RECENT_DAYS = 7


def _recent(row_date: str, day: str) -> bool:
    """The row is dated within :data:`_RECENT_DAYS` before ``day`` (a row known to the month only:
    the article's month)."""
    import datetime as dt

    if len(row_date) == 7:
        return row_date == day[:7]
    try:
        gap = (dt.date.fromisoformat(day) - dt.date.fromisoformat(row_date)).days
    except ValueError:
        return False
    return 0 <= gap <= _RECENT_DAYS


def _verdict(e: dict[str, Any], why: str) -> Verdict:
    title = str(e.get("title") or e.get("event_id") or "")
    date = str(e.get("date") or "")[:10]
    eff = str(e.get("effective_date") or "")[:10]
    when = f"dated {date}" + (f", effective {eff}" if eff and eff != date else "")
    how = {"date": "its parties or commodities and its date", "year": "its parties, commodities and year",
           "day": "its kind and day", "undated": "its parties and commodities (the sentence gives no date)",
           "recent": f"its party and kind, and the row is dated within {_RECENT_DAYS} days before the article "
                     "(the sentence gives no date)"}[why]
    ev = Evidence(edition=str(e.get("event_id") or ""), source_id=str(e.get("source_id") or ""),
                  commodity=str(e.get("commodities") or ""), measure="event", country=str(e.get("actors") or ""),
                  year=None, value=None, unit="", published=date, locator=title, current=True)
    return Verdict("supported", f"{title}: in the events table, {when} (the sentence names {how})", [ev])


#: how the event judge says the firms a sentence names are in no row (``verdict._other_firms_event``)
_OTHER_PARTIES = "; closest, of other parties: "


def _state(checks: list[ClaimCheck], mine: list[int]) -> str:
    """How the rules left a sentence: ``open`` (no claim, the fallback's, or the event judge found
    no row), ``judged`` (an event claim left ``unverifiable`` for want of a row of those parties,
    that rate or that term), ``settled`` (a verdict, a figure read, or a reason of meaning: a
    lasting state, a step not taken, an organisation acting)."""
    from critmin.claims.event_context import context_verdict_reason

    state = "open"
    for k in mine:
        v, c = checks[k].verdict, checks[k].claim
        if v.verdict != "unverifiable":
            return "settled"
        if _FALLBACK.match(v.explanation):
            continue
        if c.kind != "event" or (c.event or {}).get("org_agent") or context_verdict_reason(dict(c.event or {})) is not None:
            return "settled"
        if _OTHER_PARTIES in v.explanation:
            return "settled"  # the judge found the sentence's own firms in no row: another party's event
        if not _OPEN.search(v.explanation):
            state = "judged"
    return state


def _kind_starts(text: str) -> list[int]:
    """Where the matches of ``_ANY_KIND.finditer(text)`` start (searched in lower case, as
    :func:`_any_kind`), tried only at the article's words that can start one when
    :func:`extract_claims` found them for this text (:func:`extract.article_word_starts`)."""
    from critmin.claims.extract import article_word_starts

    low = text.lower()
    if len(low) != len(text):
        return [m.start() for m in _ANY_KIND.finditer(text)]
    ws = article_word_starts(text)
    cands = ws.candidates(_ANY_KIND) if ws is not None and ws.ok else None
    if cands is None:
        return [m.start() for m in _ANY_KIND_LOWER.finditer(low)]
    out: list[int] = []
    pos = 0
    match = _ANY_KIND_LOWER.match
    for st in cands:  # (every match starts at one of them: extract._word_beginnings)
        if st >= pos:
            m = match(low, st)
            if m is not None:
                out.append(st)
                pos = m.end()
    return out


def signature_events(checks: list[ClaimCheck], text: str, sents: list[tuple[int, int]], events: list[dict[str, Any]] | None,
                     day: str, data_dir: str) -> None:
    """Sentences of ``text`` that name a recorded event by its signature: a sentence with no
    claim gains an event claim, ``supported`` by the row; in a sentence whose claims are all
    ``unverifiable`` event claims, the first takes the row's verdict. Nothing else changes.

    One scan of the text finds the words of a kind of action; only the sentences holding one
    are read further, and the claims are found by their place (no scan of every claim per
    sentence)."""
    if not events:
        return
    kinds = _kind_starts(text)
    own = _own_gate(events, data_dir)
    if own is not None:
        from critmin.claims.extract import _finditer_words, article_word_starts

        # (tried only at the article's words that can start one, when extract_claims found them)
        kinds = sorted({*kinds, *(m.start() for m in _finditer_words(own, text, 0, len(text), article_word_starts(text)))})
    if not kinds:
        return
    starts = sorted((cc.claim.span[0], cc.claim.span[1], k) for k, cc in enumerate(checks))
    begins = [x[0] for x in starts]
    widest = max((x[1] - x[0] for x in starts), default=0)
    replace: dict[int, Verdict] = {}
    added: list[ClaimCheck] = []
    for n, (a, b) in enumerate(sents):
        i = bisect_left(kinds, a)
        if i == len(kinds) or kinds[i] >= b:
            continue  # no word of a kind of action in the sentence
        sent = text[a:b]
        lo = bisect_left(begins, a - widest)
        mine = [k for s0, s1, k in starts[lo:bisect_left(begins, b)] if s0 < b and s1 > a]
        state = _state(checks, mine)
        if state == "settled":
            continue  # the rules settled it, read a figure, or left it open for a reason of meaning
        context: tuple[set[str], set[str], set[str]] | None = None
        if n and _BACK_TO_COMMODITY.search(sent) is not None:  # "the metal": the commodities of the sentence before
            _, _, coms, _ = _read(text[sents[n - 1][0]:sents[n - 1][1]], day, data_dir)
            context = (set(), set(), coms)
        found = sentence_matches(sent, day, events, data_dir, context=context)
        if state == "judged":  # the event judge read it and found no row: only a dated match overrules it
            found = [f for f in found if f[2] in ("date", "day")]
        if not mine:  # (the news of the day settles a claim found, but finds none: no sentence becomes a claim by it)
            found = [f for f in found if f[2] != "recent"]
        if not found:
            continue
        e = found[0][1]
        v = _verdict(e, found[0][2])
        if mine:
            replace[min(mine)] = v
            continue
        c = Claim(sentence=sent, span=(a, b), kind="event", text=sent, sentence_span=(a, b),
                  subject=str(e.get("title") or ""), event={"type": "signature", "event_id": e.get("event_id")})
        added.append(ClaimCheck(c, v))
    for k, v in replace.items():
        checks[k] = ClaimCheck(checks[k].claim, v)
    for cc in reversed(added):  # each before the first claim that starts after it: the reading order stays
        a = cc.claim.span[0]
        at = next((i for i, o in enumerate(checks) if o.claim.span[0] > a), len(checks))
        checks.insert(at, cc)


# speed (seventeenth session): the sentence-wide searches of this module tried only where a match
# can start (extract._lead; each 1.6-2.2x faster alone on the readable sentences). (extract.py does
# not import this module: the import is safe at load time.)
# (eighteenth session: _in_sentence, a sentence-wide search of a sentence of the article, tried at its words)
from critmin.claims.extract import _lead  # noqa: E402
from critmin.claims.extract import finditer_in_sentence as _finditer_in  # noqa: E402
from critmin.claims.extract import search_in_sentence as _in_sentence  # noqa: E402

_NOT_A_FACT, _ACT_VERB, _WOULD, _BACK_TO_COMMODITY, _NEGATED = (
    _lead(p) for p in (_NOT_A_FACT, _ACT_VERB, _WOULD, _BACK_TO_COMMODITY, _NEGATED))
# (eighteenth session: the future and bare-year searches every reading of an open sentence makes)
_FUTURE, _BARE_YEAR = (_lead(p) for p in (_FUTURE, _BARE_YEAR))
if _ANY_KIND_LOWER is not _ANY_KIND:
    _ANY_KIND_LOWER = _lead(_ANY_KIND_LOWER)
