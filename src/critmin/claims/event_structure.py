"""Event claims found by their structure, not by phrases (issue 6).

A sentence reports a policy event when it has

* an **actor** as the subject (a country or its adjective, a capital, leader or office standing
  for it, an agency, or a word referring back to one: "Beijing", "the ministry", "it") and an
  **event verb** in any tense ("tightened", "has signed", "agreed to pause", "now expands"),
  whose object holds a **measure** ("export controls", "the minerals deal", "a one-year hold")
  or, for the verbs that are measures themselves (restrict, curb, ban, halt...), what is traded
  ("exports of", "shipments");
* or a **measure noun as subject** with an event verb in the passive or a verb of taking effect
  ("the deal was signed", "the curbs were paused", "exports ... were halted").

Plans, threats, conditions, questions, negations and calls for a measure are no claims (rule 10
of the evaluation set): a modal or intent word between the subject and the verb, a negation right
before it, "if"/"whether" before it or a question mark end the match. "will" stays a claim only
in reported speech of a decision ("announced it will pause ...").

The sentence is read once, word by word, and only when it holds both an event verb and a measure
or traded word (frozenset checks on its words before any pattern).
"""

from __future__ import annotations

import re

from critmin.claims import lexicon as _lx
from critmin.claims.event_clauses import CLAUSE_EVENT_WORDS, clause_event

__all__ = ["STRUCT_EVENT_VERBS", "STRUCT_OBJECT_WORDS", "structural_event"]


def _forms(*stems: str) -> frozenset[str]:
    out: set[str] = set()
    for s in stems:
        out.update(s.split("|"))
    return frozenset(out)


#: verbs that are a measure by themselves: their object may be what is traded ("curbed exports of")
_MEASURE_VERBS = _forms(
    "restrict|restricts|restricted", "curb|curbs|curbed", "ban|bans|banned", "halt|halts|halted",
    "suspend|suspends|suspended", "limit|limits|limited", "tighten|tightens|tightened",
    "prohibit|prohibits|prohibited", "block|blocks|blocked", "freeze|freezes|froze|frozen",
    "embargoed", "clamp|clamps|clamped", "throttle|throttles|throttled", "bar|bars|barred")
#: verbs that report an event when their object is a measure ("signed a deal", "lifted the ban")
_OBJECT_VERBS = _forms(
    "impose|imposes|imposed", "introduce|introduces|introduced", "announce|announces|announced",
    "unveil|unveils|unveiled", "sign|signs|signed", "ink|inks|inked", "seal|seals|sealed",
    "strike|strikes|struck", "reach|reaches|reached", "agree|agrees|agreed", "approve|approves|approved",
    "adopt|adopts|adopted", "expand|expands|expanded", "widen|widens|widened", "broaden|broadens|broadened",
    "extend|extends|extended", "lift|lifts|lifted", "ease|eases|eased", "relax|relaxes|relaxed",
    "resume|resumes|resumed", "pause|pauses|paused", "confirm|confirms|confirmed", "accept|accepts|accepted",
    "put|puts", "place|places|placed", "slap|slaps|slapped", "levy|levies|levied", "hike|hikes|hiked",
    "raise|raises|raised", "increase|increases|increased", "cut|cuts", "reduce|reduces|reduced",
    "lower|lowers|lowered", "slash|slashes|slashed", "finalise|finalises|finalised", "finalize|finalizes|finalized",
    "conclude|concludes|concluded", "delay|delays|delayed", "defer|defers|deferred",
    "postpone|postpones|postponed", "revoke|revokes|revoked", "scrap|scraps|scrapped",
    "reinstate|reinstates|reinstated", "implement|implements|implemented", "enact|enacts|enacted",
    "issue|issues|issued", "launch|launches|launched", "initiate|initiates|initiated",
    "complete|completes|completed", "retaliate|retaliates|retaliated", "renew|renews|renewed",
    "clinch|clinches|clinched", "ratify|ratifies|ratified", "end|ends|ended", "drop|drops|dropped",
    "declare|declares|declared")  # "declared a one-year suspension"
#: the finding of an official probe, or a ruling: "a Section 232 investigation by Commerce found that ..."
_FINDING_VERBS = frozenset(("found", "concluded", "determined", "ruled"))
_PROBE_NOUNS = frozenset(("investigation", "investigations", "probe", "probes", "inquiry", "review"))
#: what makes a probe an official one (a probe by a newspaper is no policy event)
_OFFICIAL_PROBE = frozenset(("section", "anti-dumping", "antidumping", "countervailing", "trade", "commerce", "ministry",
                             "department", "government", "commission", "wto", "usitc", "itc", "mofcom", "administration"))
#: an event named by a noun: "announced the signing of the deal", "Commerce's completion of the probe"
_EVENT_NOMINALS = frozenset((
    "signing", "completion", "imposition", "introduction", "lifting", "suspension", "adoption", "ratification",
    "conclusion", "extension", "expansion", "tightening", "easing", "removal", "approval", "launch", "initiation"))
#: what reports such a noun as an event: "announced the signing of", "follows the completion of"
_NOMINAL_REPORTERS = frozenset((
    "announced", "announces", "announcing", "confirmed", "confirms", "confirming", "follows", "followed", "following",
    "welcomed", "welcomes", "marked", "marks", "celebrated", "after"))
#: the present progressive of the measure verbs, after "is"/"are": "the government is
#: restricting exports", "Beijing is tightening its controls"
_PROGRESSIVE = frozenset((
    "restricting", "curbing", "banning", "halting", "suspending", "limiting", "tightening", "prohibiting", "blocking",
    "freezing", "clamping", "throttling", "barring", "imposing", "expanding", "widening", "lifting", "easing",
    "pausing", "extending"))
_BE_NOW = frozenset(("is", "are", "was", "were"))
#: a deal as the agent of a measure verb: "a June agreement had eased some controls"
_DEAL_AGENTS = _forms("agreement|agreements", "deal|deals", "accord|accords", "pact|pacts", "truce",
                         "understanding", "framework", "arrangement", "treaty", "ceasefire")
#: what follows a measure named with a participle after it (a reduced relative clause):
#: "a trade agreement reached with Washington", "the curbs imposed by Beijing in April"
_RELATIVE_NEXT = frozenset(("with", "by", "between", "in", "on", "last", "earlier", "this", "since", "at"))
#: every word the rule starts from (the gate on a sentence's words): verbs and event nouns
_CORE_EVENT_WORDS = _MEASURE_VERBS | _OBJECT_VERBS | _FINDING_VERBS | _EVENT_NOMINALS | _PROGRESSIVE
#: (with the words of the clauses of event_clauses.py: aspect, scope and reported-decision verbs)
STRUCT_EVENT_VERBS = _CORE_EVENT_WORDS | CLAUSE_EVENT_WORDS
#: past participles a measure noun takes in the passive ("the deal was signed", "curbs were paused")
_PARTICIPLES = frozenset(w for w in _MEASURE_VERBS | _OBJECT_VERBS if w.endswith(("ed", "en")) or w in (
    "put", "cut", "struck", "froze", "frozen", "halted", "barred")) - frozenset(("end", "ended", "confirmed", "completed"))
#: measures: the object of an event verb or the subject of a passive
_MEASURE_NOUNS = _forms(
    "control|controls", "curb|curbs", "restriction|restrictions", "limit|limits", "licensing", "licence|licences",
    "license|licenses", "permit|permits", "ban|bans", "embargo|embargoes", "tariff|tariffs", "duty|duties",
    "levy|levies", "quota|quotas", "agreement|agreements", "deal|deals", "accord|accords", "pact|pacts",
    "memorandum", "framework", "treaty", "sanctions", "probe|probes", "investigation|investigations",
    "measures", "suspension", "pause", "hold", "moratorium", "proclamation", "regulation|regulations",
    "regime", "truce", "understanding", "countermeasures", "rule|rules")
#: what a measure verb acts on ("halted shipments", "restricted exports of")
_TRADE_NOUNS = frozenset(("export", "exports", "exporting", "shipments", "sales", "imports", "supply", "supplies", "flow",
                          "flows", "sale"))
_OBJECT_WORDS = _MEASURE_NOUNS | _TRADE_NOUNS
STRUCT_OBJECT_WORDS = _OBJECT_WORDS
#: words standing for an actor as the subject ("the ministry", "officials", "it")
_ACTOR_NOUNS = frozenset((
    "ministry", "government", "administration", "commission", "council", "department", "parliament", "congress",
    "authorities", "officials", "president", "leaders", "sides", "countries", "nations", "bloc", "regulator",
    "regulators", "cabinet", "state", "it", "they", "beijing", "washington", "kyiv", "moscow", "brussels", "tokyo",
    "jakarta", "canberra", "ottawa", "delhi", "seoul", "eu", "us", "u.s.", "uk", "wto", "mofcom", "commerce"))
#: what may stand between the subject and the verb: auxiliaries, adverbs, a time phrase
_FILLER = frozenset((
    "has", "have", "had", "also", "further", "now", "then", "formally", "officially", "already", "quickly", "recently",
    "initially", "first", "since", "jointly", "again", "abruptly", "effectively", "temporarily", "swiftly", "later",
    "on", "in", "last", "this", "earlier", "week", "month", "year", *_lx.spellings(_lx.WEEKDAYS), "today", "yesterday", "late", "early", "finally", "just", "partly", "partially",
    "quietly", "suddenly", "once", "originally", "both", "all", "each", "which", "that", "who", "sharply", "significantly",
    "dramatically", "unilaterally", "publicly", "subsequently", "eventually", "ultimately", "reportedly", "said",
    "announced", "confirmed", "it", "they", "will", "then", "had", "steadily", "tightly"))
#: words between the verb and its object ("signed a long-awaited minerals deal", "agreed to pause")
_OBJECT_REACH = 7
#: intent, condition or possibility before the verb: no event yet (rule 10)
_INTENT = _lx.spellings(
    _lx.MODALS, _lx.DUTY_MODALS, _lx.PLAN_WORDS, "planning", _lx.DELIBERATION_WORDS, _lx.PROPOSAL_WORDS, _lx.CONDITIONALS
) | frozenset((
    "considers", "consider", "mulls", "weighs", "threatened", "threatens", "threatening",
    "propose", "proposing", "seeks", "seeking", "aims", "aiming", "intends", "intend",
    "wants", "want", "hopes", "hope", "urged", "urges", "called", "calls", "asked", "pressing", "pushing",
    "likely", "expected", "poised", "ready", "prepared", "preparing", "vowed", "vows",
    "pledged", "pledges", "promised", "promises", "suggested", "appealed", "demanded", "demands", "wanted"))
_NEGATION = frozenset(("not", "never", "no", "n't", "yet", "without", "nor"))
#: reported speech of a decision, before "will": "announced it will pause", "said on Sunday it will"
_REPORTING = frozenset(("announced", "said", "says", "confirmed", "decided", "stated", "declared", "told"))
_BE_PAST = frozenset(("was", "were", "been", "is", "are"))

_WORD = re.compile(r"[A-Za-z][A-Za-z.'\u2019-]*[A-Za-z]|[A-Za-z]|[,;:()?\u2014\u2013\"\u201c\u201d]")
#: words that end a subject or an object (a clause boundary)
_BOUNDARY = frozenset((",", ";", ":", "(", ")", "\u2014", "\u2013", '"', "\u201c", "\u201d", "because", "while", "after",
                       "before", "as", "when", "although", "though", "but", "which", "who", "whose", "where"))


def _tokens(sent: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).lower().replace("\u2019", "'"), m.start(), m.end()) for m in _WORD.finditer(sent)]


def _is_actor(tok: str, start: int, end: int, actor_spans: list[tuple[int, int]]) -> bool:
    if tok in _ACTOR_NOUNS:
        return True
    return any((a <= start and end <= b) or start <= a < end for a, b in actor_spans)


#: a duration written before an event noun: "90-day", "one-year", "12-month"
_DATED_NOMINAL = re.compile(r"(?:\d+|one|two|three|six|nine|twelve)-(?:day|week|month|year)$")


def _nominal_event(toks: list[tuple[str, int, int]], i: int, actor_spans: list[tuple[int, int]]) -> bool:
    """An event named by a noun with a measure after "of" ("the signing of the minerals deal"),
    reported by a verb before it ("announced the signing of ...") or owned by an actor ("Commerce's
    completion of a Section 232 investigation"), with no intent before it ("called for the lifting of")."""
    if i + 1 >= len(toks) or toks[i + 1][0] != "of":
        return False
    obj: list[str] = []
    for t, _, _ in toks[i + 2:i + 8]:
        if t in _BOUNDARY:
            break
        obj.append(t)
    if _MEASURE_NOUNS.isdisjoint(obj):
        return False
    head = [t for t, _, _ in toks[max(0, i - 10):i]]
    if not _INTENT.isdisjoint(head) or not _NEGATION.isdisjoint(head[-4:]):
        return False
    j = i - 1
    while j >= 0 and toks[j][0] in ("the", "a", "its", "their", "formal", "official", "final", "long-awaited"):
        j -= 1
    if j < 0:
        return False
    tok, a, b = toks[j]
    if tok in _NOMINAL_REPORTERS:
        return True
    if _DATED_NOMINAL.match(toks[i - 1][0]) or toks[i - 1][0] in ("recent", "latest", "temporary") or (
            toks[i - 1][0] in ("day", "week", "month", "year") and i >= 2
            and toks[i - 2][0] in ("a", "the", "its", "their", "recent", "latest", "temporary")):
        return True  # "a recent 90-day easing of export controls", "the one-year suspension of the curbs"
    return tok.endswith("'s") and _is_actor(tok[:-2], a, b - 2, actor_spans)


def structural_event(sent: str, words: frozenset[str], actor_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span (within ``sent``) of the verb of an event the sentence reports by its structure
    (actor + event verb + measure object, or measure subject + passive event verb), or None.

    ``words`` are the sentence's lower-case words; ``actor_spans`` the spans (within ``sent``) of
    the countries, metonyms and agencies it names."""
    if words.isdisjoint(STRUCT_EVENT_VERBS) or words.isdisjoint(_OBJECT_WORDS) or sent.rstrip().endswith("?"):
        return _clause_hook(sent, words, actor_spans)
    toks = _drop_asides(_tokens(sent))
    for i, (tok, a, b) in enumerate(toks):
        if tok not in _CORE_EVENT_WORDS:
            continue
        if tok in _EVENT_NOMINALS and _nominal_event(toks, i, actor_spans):
            return a, b
        if tok in _PROGRESSIVE:  # "Beijing is tightening its controls"
            if _event(toks, i, actor_spans):
                return a, b
            continue
        if tok in _EVENT_NOMINALS and tok not in _MEASURE_VERBS | _OBJECT_VERBS:
            continue
        if tok in _PARTICIPLES and i > 0 and toks[i - 1][0] in _MEASURE_NOUNS and _event(toks, i, actor_spans):
            return a, b  # "a trade agreement reached with Washington"
        # -- what comes before: the subject, with fillers between it and the verb
        j = i - 1
        while j >= 0 and not _is_actor(*toks[j], actor_spans) and toks[j][0] in _FILLER:
            j -= 1
        # "has been", "were now" right before a participle: a passive (handled below)
        k = i - 1
        while k >= 0 and toks[k][0] in _FILLER and toks[k][0] not in ("has", "have", "had", "it", "they"):
            k -= 1
        passive = k >= 0 and toks[k][0] in _BE_PAST | {"been"}
        head = [t for t, _, _ in toks[max(0, i - 12):i]]
        if not _NEGATION.isdisjoint(head[-3:]) or not _INTENT.isdisjoint(head) or "be" in head[-2:] or "to" in head[-1:]:
            continue  # "has not lifted", "plans to impose", "could ban", "will be signed", "to sign"
        if "will" in head[-4:] and _REPORTING.isdisjoint(head):
            continue  # "the US will reduce tariffs": a commitment, unless reported as decided
        if tok in _FINDING_VERBS:
            if passive:
                continue
            # the finding of an official probe ("A completed Section 232 investigation by Commerce found
            # that ...") or a ruling of an actor ("The WTO ruled last November that ...")
            subj = [t for t, _, _ in toks[max(0, i - 9):i]]
            cut = [n for n, t in enumerate(subj) if t in _BOUNDARY or t == "that"]
            subj = subj[cut[-1] + 1:] if cut else subj
            if (not _PROBE_NOUNS.isdisjoint(subj) and not _OFFICIAL_PROBE.isdisjoint(subj)) \
                    or (tok == "ruled" and j >= 0 and _is_actor(*toks[j], actor_spans)):
                return a, b
            continue
        if passive:
            if tok not in _PARTICIPLES:
                continue
            # the subject of the passive: a measure noun (or what is traded, for a measure verb)
            while k >= 0 and toks[k][0] in _FILLER | _BE_PAST | {"been"}:
                k -= 1
            subj = [t for t, _, _ in toks[max(0, k - 5):k + 1]]
            cut = [n for n, t in enumerate(subj) if t in _BOUNDARY]
            subj = subj[cut[-1] + 1:] if cut else subj
            if not _MEASURE_NOUNS.isdisjoint(subj) or (tok in _MEASURE_VERBS and not _TRADE_NOUNS.isdisjoint(subj)):
                return a, b
            continue
        if j >= 0 and toks[j][0] in _DEAL_AGENTS and not passive and "will" not in head[-4:]:
            # a deal as the agent: "a June agreement had eased some controls"
            obj7 = [t for t, _, _ in toks[i + 1:i + 1 + _OBJECT_REACH]]
            cut7 = [n for n, t in enumerate(obj7) if t in _BOUNDARY and t != "as"]
            if not _MEASURE_NOUNS.isdisjoint(obj7[:cut7[0]] if cut7 else obj7):
                return a, b
        if j < 0 or not _is_actor(*toks[j], actor_spans):
            # a possessive actor before an office ("China's Commerce Ministry confirmed"): the office is
            # an actor noun; anything else is no subject
            continue
        # -- what comes after: the object, up to a clause boundary
        obj: list[str] = []
        for t, _, _ in toks[i + 1:i + 1 + _OBJECT_REACH]:
            if t in _BOUNDARY and t != "as":
                break
            obj.append(t)
        if "that" in obj[:1]:
            continue  # "announced that ...": the clause that follows is read on its own
        wanted = _OBJECT_WORDS if tok in _MEASURE_VERBS else _MEASURE_NOUNS
        if not wanted.isdisjoint(obj):
            return a, b
    return clause_event(toks, words, lambda t, a, b: _is_actor(t, a, b, actor_spans), _OBJECT_WORDS)


#: adverbs set off by commas inside a clause ("That part of the ban, however, has been suspended")
_ASIDES = frozenset(("however", "meanwhile", "though", "also", "too", "moreover", "therefore", "nonetheless",
                     "nevertheless", "instead", "reportedly", "initially", "indeed", "now", "again", "finally"))


def _drop_asides(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens without an adverb set off by two commas, which splits no clause."""
    if not any(t in _ASIDES for t, _, _ in toks):
        return toks
    out: list[tuple[str, int, int]] = []
    i = 0
    while i < len(toks):
        if toks[i][0] == "," and i + 2 < len(toks) and toks[i + 1][0] in _ASIDES and toks[i + 2][0] == ",":
            i += 3
            continue
        out.append(toks[i])
        i += 1
    return out


def _clause_hook(sent: str, words: frozenset[str], actor_spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The clauses of event_clauses.py in a sentence the main rule's gate leaves (a verb of
    scope on permission: "the controls required permission", no measure or traded word)."""
    if words.isdisjoint(CLAUSE_EVENT_WORDS) or sent.rstrip().endswith("?"):
        return None
    return clause_event(_tokens(sent), words, lambda t, a, b: _is_actor(t, a, b, actor_spans), _OBJECT_WORDS)


def _event(toks: list[tuple[str, int, int]], i: int, actor_spans: list[tuple[int, int]]) -> bool:
    """Two structures of an event the main rule leaves: an actor with "is"/"are" and
    a measure verb in "-ing" on what is traded or a measure ("the government is restricting
    exports"), and a measure followed by the participle of an event verb and its agent, place or
    time ("a trade agreement reached with Washington", "the controls imposed by Beijing")."""
    tok = toks[i][0]
    head = [t for t, _, _ in toks[max(0, i - 12):i]]
    if not _NEGATION.isdisjoint(head[-3:]) or not _INTENT.isdisjoint(head):
        return False
    if tok in _PROGRESSIVE:
        j = i - 1
        while j >= 0 and toks[j][0] in _FILLER and toks[j][0] not in _BE_NOW:
            j -= 1
        if j < 1 or toks[j][0] not in _BE_NOW:
            return False
        j -= 1
        while j >= 0 and not _is_actor(*toks[j], actor_spans) and toks[j][0] in _FILLER:
            j -= 1
        if j < 0 or not _is_actor(*toks[j], actor_spans):
            return False
        obj: list[str] = []
        for t, _, _ in toks[i + 1:i + 1 + _OBJECT_REACH]:
            if t in _BOUNDARY and t != "as":
                break
            obj.append(t)
        return not _OBJECT_WORDS.isdisjoint(obj)
    # a reduced relative: the measure right before the participle, its agent, place or time right after
    return i + 1 < len(toks) and toks[i + 1][0] in _RELATIVE_NEXT and toks[i - 1][0] in _MEASURE_NOUNS
