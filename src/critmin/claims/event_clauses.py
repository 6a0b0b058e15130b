"""Event clauses the structural rule of event_structure.py leaves (issue 6).

Three sentence structures, each a general word class, never a phrase:

* an **aspect verb** before a measure verb: an actor "began restricting exports", "has started to
  curb shipments", "commenced limiting sales": the start of a measure is the measure;
* a **measure as the subject of a verb of scope**: "the new rules cover germanium products",
  "the controls required permission to export", "they also applied to technologies": what a
  measure covers or demands reports the measure itself;
* a **decision in reported speech**: "the ministry said it would freeze the measures",
  "Beijing announced on Thursday that it would suspend the curbs", and a decision quoted before
  its speaker ("China will suspend the controls ..., a spokesperson said"). A modal after a
  reporting verb in the past tense reports what was decided, not a plan (rule 10 of the
  evaluation set keeps plans out; a decision announced is an event).

Every structure is tried only when the sentence holds one of its words (frozenset checks on
the sentence's words before the token walk).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["CLAUSE_EVENT_WORDS", "EXTRA_EVENT_PATTERN", "EXTRA_EVENT_WORDS", "clause_event", "dated_deal_words",
           "extra_event_kind", "extra_event_trigger", "plan_adopted",
           "plan_in_other_clause"]

Token = tuple[str, int, int]

#: verbs of beginning: "began restricting", "started to curb"
_ASPECT_VERBS = frozenset(("began", "begun", "begin", "begins", "started", "start", "starts", "commenced",
                           "commence", "commences"))
#: verbs of a step taken that need "to" before the measure verb: "moved to curb", "acted to restrict"
_STEP_VERBS = frozenset(("moved", "moves", "acted", "opted", "chose", "went"))
#: verbs of stopping before a traded activity in "-ing": "stopped exporting", "ceased shipping"
_STOP_VERBS = frozenset(("stopped", "stops", "ceased", "ceases", "halted", "suspended"))
_TRADE_ING = frozenset(("exporting", "shipping", "selling", "supplying", "importing", "delivering", "buying"))
#: measure verbs in "-ing" after a verb of beginning
_MEASURE_ING = frozenset((
    "restricting", "curbing", "banning", "halting", "suspending", "limiting", "tightening", "prohibiting",
    "blocking", "freezing", "throttling", "barring", "imposing", "requiring", "controlling", "rationing",
    "licensing", "licencing", "enforcing", "applying", "implementing", "withholding", "cutting"))
#: measure verbs in the base form after "to" ("began to restrict") or a modal ("said it would suspend")
_MEASURE_BASE = frozenset((
    "restrict", "curb", "ban", "halt", "suspend", "limit", "tighten", "prohibit", "block", "freeze", "throttle",
    "bar", "impose", "require", "control", "ration", "license", "licence", "enforce", "implement", "withhold",
    "lift", "pause", "ease", "relax", "extend", "expand", "widen", "delay", "postpone", "defer", "stop", "end",
    "scrap", "revoke", "reinstate", "introduce", "cut", "reduce"))
#: verbs of a measure's scope or demand, with a measure (or a pronoun standing for one) as subject
_SCOPE_VERBS = frozenset((
    "cover", "covers", "covered", "affect", "affects", "affected", "apply", "applies", "applied", "target",
    "targets", "targeted", "require", "requires", "required", "mandate", "mandates", "mandated", "include",
    "includes", "included", "extend", "extends", "span", "spans", "encompass", "encompasses", "encompassed"))
#: nouns of a measure that can be the subject of a verb of scope
_SCOPE_SUBJECTS = frozenset((
    "controls", "control", "curbs", "restrictions", "rules", "regulations", "measures", "ban", "bans", "directive",
    "directives", "regime", "licensing", "requirements", "requirement", "embargo", "sanctions", "quotas", "tariffs",
    "duties", "announcement", "notice", "order", "decree", "list", "policy", "law"))
#: pronouns standing for a measure named in the sentence before ("they also applied to ...")
_SCOPE_PRONOUNS = frozenset(("they", "these", "those"))
#: what a measure covers or demands: traded things, permission and licences
_SCOPE_OBJECTS = frozenset((
    "products", "items", "goods", "materials", "technologies", "technology", "metals", "minerals", "elements",
    "exports", "export", "imports", "shipments", "sales", "equipment", "compounds", "alloys", "oxides", "magnets",
    "permission", "permissions", "licence", "licences", "license", "licenses", "permit", "permits", "approval",
    "approvals", "authorisation", "authorization", "exporters", "importers", "companies", "firms", "users",
    "earths", "ores", "concentrates", "anodes", "graphite", "gallium", "germanium", "antimony", "tungsten", "lithium",
    "cobalt", "nickel", "copper", "indium", "bismuth", "tellurium", "molybdenum", "magnesium", "manganese", "vanadium",
    "scandium", "yttrium", "lanthanum", "cerium", "praseodymium", "neodymium", "samarium", "europium", "gadolinium",
    "terbium", "dysprosium", "holmium", "erbium", "thulium", "ytterbium", "lutetium", "palladium", "platinum",
    "rhodium", "uranium", "titanium", "zirconium", "hafnium", "niobium", "tantalum", "beryllium", "silicon",
    "polysilicon", "chips", "semiconductors", "batteries", "cathodes", "superhard", "drones"))
#: verbs of reported speech in the past tense (the decision before the modal is reported)
_REPORTED = frozenset(("said", "announced", "confirmed", "stated", "declared", "told", "decided", "added",
                       "indicated", "signalled", "signaled", "noted"))
#: verbs of reported speech after a quoted decision ("..., a spokesperson said")
_REPORTED_AFTER = _REPORTED | frozenset(("says", "announces", "confirms"))
_MODALS = frozenset(("would", "will"))
#: who reports a decision quoted before the speaker: an official voice, not a company or an analyst
_OFFICIAL_VOICES = frozenset((
    "ministry", "ministries", "spokesperson", "spokesman", "spokeswoman", "government", "official", "officials",
    "minister", "president", "premier", "department", "commission", "agency", "administration", "cabinet",
    "regulator", "mofcom", "state", "council", "office", "secretary", "chancellor", "authorities", "embassy"))
#: what may stand between a reporting verb and the modal: a time, "that", the pronoun or actor
_REPORT_GAP = frozenset((
    "that", "it", "they", "on", "in", "last", "this", "earlier", "late", "week", "month", "year", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "also", "then", "now", "the", "a"))
#: adverbs between a modal or aspect verb and the measure verb
_ADVERBS = frozenset(("also", "temporarily", "immediately", "further", "formally", "officially", "then", "now",
                      "gradually", "partly", "partially", "effectively", "again", "quietly"))
#: what may stand between the subject and a verb of scope or of beginning
_SUBJECT_GAP = frozenset((
    "has", "have", "had", "also", "now", "currently", "already", "then", "since", "first", "initially", "officially",
    "formally", "effectively", "will", "further", "quickly", "recently", "in", "last", "this", "early", "late",
    "earlier", "year", "month", "week", "which", "that", "only", "still"))
_INTENT_WORDS = frozenset((
    "could", "might", "may", "should", "must", "plans", "plan", "planning", "considering", "consider", "mulling",
    "weighing", "threatened", "threatens", "threatening", "propose", "proposes", "proposed", "seeks", "seeking",
    "aims", "intends", "wants", "hopes", "urged", "urges", "called", "calls", "asked", "if", "unless", "whether",
    "likely", "expected", "poised", "ready", "prepared", "vowed", "pledged", "promised", "suggested", "demanded"))
_NEGATIONS = frozenset(("not", "never", "no", "n't", "yet", "without", "nor", "didn't", "doesn't", "won't",
                        "hasn't", "haven't", "wouldn't"))
_BOUNDARIES = frozenset((",", ";", ":", "(", ")", "\u2014", "\u2013", '"', "\u201c", "\u201d", "because", "while",
                         "after", "before", "when", "although", "though", "but", "if", "as"))
_OBJECT_REACH = 7

#: the gate: a sentence without any of these words has none of the three structures
CLAUSE_EVENT_WORDS = _ASPECT_VERBS | _STEP_VERBS | _STOP_VERBS | _SCOPE_VERBS | _MODALS


def _object(toks: list[Token], i: int) -> list[str]:
    """The words after token ``i`` up to a clause boundary (at most ``_OBJECT_REACH``)."""
    out: list[str] = []
    for t, _, _ in toks[i + 1:i + 1 + _OBJECT_REACH]:
        if t in _BOUNDARIES and t != "as":
            break
        out.append(t)
    return out


def _subject_at(toks: list[Token], i: int, is_actor: Callable[[str, int, int], bool]) -> int:
    """The index of the actor right before token ``i`` (over auxiliaries and adverbs), or -1."""
    j = i - 1
    while j >= 0 and not is_actor(*toks[j]) and toks[j][0] in _SUBJECT_GAP:
        j -= 1
    return j if j >= 0 and is_actor(*toks[j]) else -1


def _clean_head(toks: list[Token], i: int) -> bool:
    """No intent, condition or negation before token ``i`` within its clause."""
    head = [t for t, _, _ in toks[max(0, i - 10):i]]
    cut = [n for n, t in enumerate(head) if t in (";", ":", "\u2014")]
    head = head[cut[-1] + 1:] if cut else head
    return _INTENT_WORDS.isdisjoint(head) and _NEGATIONS.isdisjoint(head[-4:])


def _aspect(toks: list[Token], i: int, is_actor: Callable[[str, int, int], bool],
            object_words: frozenset[str]) -> tuple[int, int] | None:
    """"China began restricting exports", "Beijing has started to curb shipments"."""
    k = i + 1
    tok = toks[i][0]
    if k < len(toks) and toks[k][0] == "to" and tok not in _STOP_VERBS:
        k += 1
        verbs = _MEASURE_BASE
    elif tok in _STEP_VERBS:
        return None  # "moved" without "to": a move of prices or goods
    elif tok in _STOP_VERBS:
        verbs = _TRADE_ING  # "stopped exporting rare earths to the US"
    else:
        verbs = _MEASURE_ING
    while k < len(toks) and toks[k][0] in _ADVERBS:
        k += 1
    if k >= len(toks) or toks[k][0] not in verbs:
        return None
    if _subject_at(toks, i, is_actor) < 0 or not _clean_head(toks, i):
        return None
    if verbs is not _TRADE_ING and object_words.isdisjoint(_object(toks, k)):
        return None
    return toks[i][1], toks[k][2]


def _scope(toks: list[Token], i: int) -> tuple[int, int] | None:
    """"The new export rules currently affect gallium products", "the July controls required
    permission", "They also applied to technologies used in ...": a measure (or a pronoun at the
    start of the sentence standing for one) with a verb of scope on traded things or permission."""
    tok = toks[i][0]
    if tok in ("apply", "applies", "applied") and (i + 1 >= len(toks) or toks[i + 1][0] != "to"):
        return None  # "applied for licences" is the exporter's step, not the measure's scope
    j = i - 1
    while j >= 0 and toks[j][0] in _SUBJECT_GAP - {"which", "that", "will"}:
        j -= 1
    if j < 0:
        return None
    subj = toks[j][0]
    if subj in _SCOPE_PRONOUNS:
        if j > 1:  # a pronoun opening the sentence (after at most one word: "But they ...")
            return None
    elif subj not in _SCOPE_SUBJECTS:
        return None
    if not _clean_head(toks, i):
        return None
    obj = _object(toks, i + (1 if tok.startswith("appl") else 0))
    if _SCOPE_OBJECTS.isdisjoint(obj):
        return None
    return toks[i][1], toks[i][2]


def _reported(toks: list[Token], i: int, is_actor: Callable[[str, int, int], bool],
              object_words: frozenset[str]) -> tuple[int, int] | None:
    """"the ministry said it would freeze the measures", "China will suspend the controls ...,
    the ministry said": a modal on a measure verb reported as decided."""
    k = i + 1
    while k < len(toks) and toks[k][0] in _ADVERBS:
        k += 1
    if k >= len(toks) or toks[k][0] not in _MEASURE_BASE:
        return None
    obj = _object(toks, k)
    if object_words.isdisjoint(obj) and "implementation" not in obj:
        return None
    # the subject of the modal: an actor or a pronoun
    j = i - 1
    if j < 0 or not (is_actor(*toks[j]) or toks[j][0] in ("it", "they")):
        return None
    # a reporting verb before it ("said on Thursday that it would"), within a short gap
    g = j - 1
    while g >= 0 and toks[g][0] in _REPORT_GAP and j - g <= 6:
        g -= 1
    before = g >= 0 and toks[g][0] in _REPORTED
    # or a reporting verb after the quoted decision (", the commerce ministry said")
    after = False
    if not before and toks[i][0] == "will":
        tail = [t for t, _, _ in toks[k + 1:]]
        for n, t in enumerate(tail):
            if t in _REPORTED_AFTER and any(x in (",", '"', "\u201d") for x in tail[max(0, n - 6):n]) \
                    and not _OFFICIAL_VOICES.isdisjoint(tail[max(0, n - 6):n]):
                after = True
                break
    if not (before or after):
        return None
    head = [t for t, _, _ in toks[max(0, j - 8):i]]
    if not _NEGATIONS.isdisjoint(head[-4:]) or not _INTENT_WORDS.isdisjoint(head):
        return None
    return toks[k][1], toks[k][2]


def clause_event(toks: list[Token], words: frozenset[str], is_actor: Callable[[str, int, int], bool],
                 object_words: frozenset[str]) -> tuple[int, int] | None:
    """The span (within the sentence) of an event told by one of the three structures of this
    module, or None. ``toks`` are the sentence's lower-case tokens with their spans; ``is_actor``
    says whether a token is an actor; ``object_words`` the measures and traded words."""
    if words.isdisjoint(CLAUSE_EVENT_WORDS) or (toks and toks[-1][0] == "?"):
        return None
    aspect = not words.isdisjoint(_ASPECT_VERBS) or not words.isdisjoint(_STEP_VERBS) \
        or (not words.isdisjoint(_STOP_VERBS) and not words.isdisjoint(_TRADE_ING))
    scope = not words.isdisjoint(_SCOPE_VERBS) and not (words.isdisjoint(_SCOPE_SUBJECTS)
                                                        and words.isdisjoint(_SCOPE_PRONOUNS))
    modal = not words.isdisjoint(_MODALS) and not words.isdisjoint(_MEASURE_BASE)
    for i, (tok, _, _) in enumerate(toks):
        got = None
        if aspect and (tok in _ASPECT_VERBS or tok in _STEP_VERBS or tok in _STOP_VERBS):
            got = _aspect(toks, i, is_actor, object_words)
        elif scope and tok in _SCOPE_VERBS:
            got = _scope(toks, i)
        elif modal and tok in _MODALS:
            got = _reported(toks, i, is_actor, object_words)
        if got is not None:
            return got
    return None


#: a clause break between a measure verb's object and a later word: a comma, a dash or "and"
_CLAUSE_BREAK = re.compile(r"[,;\u2014\u2013]|\band\b", re.I)


def plan_in_other_clause(sent: str, verb: tuple[int, int] | None, programme: re.Pattern[str]) -> bool:
    """Whether every programme or plan word of ``sent`` ("plans", "scheme", "subsidy") stands in
    another clause than the measure verb the structural rule found at ``verb`` ("will suspend the
    export control measures for one year, and will study specific plans"): the plan is then not
    what the measure verb acts on, and the sentence still reports the measure."""
    if verb is None:
        return False
    hits = [m.start() for m in programme.finditer(sent)]
    return bool(hits) and all(h > verb[1] and _CLAUSE_BREAK.search(sent, verb[1], h) is not None for h in hits)


_MONTH_WORDS = frozenset(("january", "february", "march", "april", "june", "july", "august", "september", "october",
                          "november", "december", "may"))
#: deals named by their month ("the July agreement", "the April 30 deal"), which no event verb of the
#: sentence need accompany
_DATED_DEAL_NOUNS = frozenset(("agreement", "deal", "accord", "pact", "truce"))


def dated_deal_words(words: frozenset[str]) -> bool:
    """Whether a sentence's words may name a deal by its month (the gate of that event rule)."""
    return not words.isdisjoint(_DATED_DEAL_NOUNS) and not words.isdisjoint(_MONTH_WORDS)


_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|November|December"
                "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
#: event wording by word class that the event pattern of extract.py takes in (one alternative
#: each, spliced into it; every match starts at a word of letters, for its word-start prefilter):
#: a body's ruling or vote ("the USITC ruled that", "the commission voted"), a blacklisting
#: ("blacklisted 14 foreign firms"), a plan or declaration adopted by governments ("the G7
#: endorsed an action plan"), talks that produced a deal ("talks produced a truce"), a
#: retaliation with a measure ("hit back with controls on"), a measure coming into force
#: ("the tariff kicked in")
EXTRA_EVENT_PATTERN = (
    r"|(?P<ruled>(?:USITC|ITC|WTO|International\s+Trade\s+Commission|Commerce(?:\s+Department)?|(?i:tribunal|court|panel"
    r"|commission|regulator))\s+(?:(?:has|had|also|then|unanimously|formally|finally)\s+)?"
    r"(?:ruled|voted|determined|found|concluded|decided)\b)"
    r"|(?P<blacklisted>(?:blacklisted|blacklists|sanctioned|sanctions)(?=\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:companies|firms|entities|businesses|individuals|suppliers|manufacturers|contractors)\b))"
    r"|(?P<adopted_plan>(?:adopted|endorsed|approved|signed|issued|agreed\s+on)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:action\s+plan|declaration|charter|roadmap|joint\s+statement|communiqu[e\u00e9]))"
    r"|(?P<talks_yielded>(?:produced|delivered|brought|yielded|secured)\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:truce|deal|agreement|accord|framework|consensus|ceasefire)s?(?=\b))"
    r"|(?P<retaliated>(?:retaliated|responded|hit\s+back|struck\s+back|countered|replied)\s+(?:[\w'\u2019-]+\s+){0,12}?"
    r"(?:with|by)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:controls|curbs|restrictions|bans?|tariffs|duties|sanctions|levies"
    r"|restricting|banning|curbing|imposing|limiting|announcing|introducing|unveiling|tightening))"
    r"|(?P<kicked_in>(?:kick(?:ed|s)|came)\s+in(?=\s+(?:on|from|at|in|last|this|early|late)\b)|became\s+effective"
    r"|went\s+live)"
    # "a summit between Xi and Trump in Busan, South Korea, on October 30": a meeting dated by its day
    r"|(?P<summit_between>(?:summit|meeting|talks)(?=\s+between\s+(?:[\w.,'\u2019-]+\s+){1,14}?on\s+(?:" + _MONTH_NAMES
    + r")\.?\s+\d{1,2}\b))"
)
#: the trigger words of those alternatives that are rare enough to run the event pattern alone
EXTRA_EVENT_WORDS = frozenset((
    "blacklisted", "blacklists", "sanctioned", "endorsed", "declaration", "charter", "roadmap", "communique",
    "retaliated", "kicked", "kicks", "summit"))
#: common words that name such an event only with a word of its class beside them
_YIELD_VERBS = frozenset(("produced", "delivered", "brought", "yielded", "secured"))
_YIELD_NOUNS = frozenset(("truce", "deal", "agreement", "accord", "framework", "consensus", "ceasefire"))
_RULING_VERBS = frozenset(("ruled", "voted", "determined", "found", "concluded", "decided"))
_RULING_BODIES = frozenset(("usitc", "itc", "wto", "commission", "commerce", "tribunal", "court", "panel", "regulator"))
_ANSWER_VERBS = frozenset(("responded", "hit", "struck", "countered", "replied"))
_ANSWER_WORDS = frozenset(("back", "with", "by"))
_IN_FORCE_WORDS = frozenset(("effective", "live"))


_ANY_EXTRA_WORD = EXTRA_EVENT_WORDS | _YIELD_VERBS | _RULING_VERBS | _ANSWER_VERBS | {"became", "went"}


def extra_event_trigger(words: frozenset[str]) -> bool:
    """Whether a sentence's words may hold one of the alternatives of :data:`EXTRA_EVENT_PATTERN`
    (frozenset tests: a common verb counts only beside a word of its class)."""
    if words.isdisjoint(_ANY_EXTRA_WORD):
        return False
    return (not words.isdisjoint(EXTRA_EVENT_WORDS)
            or (not words.isdisjoint(_YIELD_VERBS) and not words.isdisjoint(_YIELD_NOUNS))
            or (not words.isdisjoint(_RULING_VERBS) and not words.isdisjoint(_RULING_BODIES))
            or (not words.isdisjoint(_ANSWER_VERBS) and not words.isdisjoint(_ANSWER_WORDS))
            or (("became" in words or "went" in words) and not words.isdisjoint(_IN_FORCE_WORDS)))

#: the kind of event each alternative names (None: the kind the sentence's measure words give)
_EXTRA_KINDS: dict[str, str | None] = {"ruled": "determination", "blacklisted": None, "adopted_plan": "agreement",
                                       "talks_yielded": "agreement", "retaliated": None, "kicked_in": None,
                                       "summit_between": "agreement"}
#: a meeting still ahead ("ahead of a summit between ... on October 30"): no event yet
_AHEAD = re.compile(r"\b(?:will|would|shall|expected|planned|scheduled|due|ahead\s+of|upcoming|set\s+to|plans?)\b", re.I)


_RETALIATION_MEASURE = re.compile(
    r"\b(?:with|by)\s+(?:[\w'\u2019-]+\s+){0,3}?(?P<m>controls|curbs|restrictions|bans?|tariffs|duties|levies|sanctions"
    r"|restricting|banning|curbing|imposing|limiting|announcing|introducing|unveiling|tightening)", re.I)


def _retaliation_kind(text: str) -> str | None:
    """The kind of the measure a retaliation answers with ("responded to US sanctions by announcing
    export controls": controls, not the sanctions it answers)."""
    got = list(_RETALIATION_MEASURE.finditer(text))
    if not got:
        return None
    tail = text[got[-1].start("m"):].lower()
    if tail.startswith(("tariff", "dut", "lev")):
        return "tariff"
    if tail.startswith("sanction"):
        return "sanction"
    return "control"


def extra_event_kind(evs: list[re.Match[str]], sent: str = "") -> tuple[str | None] | None:
    """For event matches of extract.py, the kind named by the first alternative of
    :data:`EXTRA_EVENT_PATTERN` among them, in a 1-tuple (its kind may be None), or None when
    none of them is one of these alternatives (or the meeting it names is still ahead)."""
    for m in evs:
        for g, kind in _EXTRA_KINDS.items():
            if m.re.groupindex.get(g) and m.group(g):
                if g == "summit_between" and _AHEAD.search(sent):
                    return None
                if g == "retaliated":
                    return (_retaliation_kind(m.group(g)),)
                return (kind,)
    return None


_ADOPTED_PLAN = re.compile(
    r"\b(?:adopted|endorsed|approved|signed|issued|agreed\s+on)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,4}?"
    r"action\s+plans?\b", re.I)


def plan_adopted(sent: str) -> bool:
    """Whether the plan a sentence names was adopted by governments ("the G7 adopted a critical
    minerals action plan"): an agreed action plan is an event, not a plan for later (rule 10)."""
    return "plan" in sent and _ADOPTED_PLAN.search(sent) is not None
