"""Context rules for event claims (issue 6): who a sentence names by metonymy,
measures of another direction or state than the events table records, and measures
announced for a later date.

* **Metonyms** (``actor_aliases.csv``): a capital ("Harare", "Jakarta"), a leader during
  the term of office ("Xi Jinping", "the Trump administration") or an office ("the
  Defense Department", "the Commerce Ministry") stands for its country or agency. A
  leader is read as the country only between ``valid_from`` and ``valid_to``, judged at
  the date the sentence gives or else at the article's date.
* **Imports**: every control, quota and licensing row of ``events.csv`` is on exports;
  a ban on *imports* ("has banned imports of tungsten scrap") is another measure, so the
  export controls on the same commodity cannot settle it.
* **Ongoing and negated states** ("for a number of years", "have not been issued"): the
  sentence states a lasting or absent state, not the dated step a row records.
* **Future measures** ("will start limiting exports ... starting December 1"): the
  effective date a row records for a measure announced on or before the article.

The functions are pure; the tables are read once (cached).
"""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from critmin.claims import lexicon as _lx

__all__ = ["agent_not_imposer", "context_verdict_reason", "event_context_fields", "metonym_parties", "names_metonym",
           "resolve_event_anaphor"]

_FIRST_WORD = re.compile(r"[a-z]+")


@cache
def _alias_table(data_dir: str) -> tuple[tuple[str, re.Pattern[str], str, str, str, str], ...]:
    """(gate word, pattern, refers_to, kind, valid_from, valid_to) for each row of
    ``actor_aliases.csv``, longest alias first (empty when the table is absent)."""
    path = Path(data_dir) / "actor_aliases.csv"
    if not path.exists():
        return ()
    rows = []
    with path.open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            alias = (r.get("alias") or "").strip()
            first = _FIRST_WORD.search(alias.lower())
            if not alias or first is None:
                continue
            pat = re.compile(r"(?<![\w.])" + re.escape(alias).replace(r"\ ", r"\s+") + r"(?![\w-])")
            rows.append((first.group(0), pat, (r.get("refers_to") or "").strip(), (r.get("kind") or "").strip(),
                         (r.get("valid_from") or "").strip(), (r.get("valid_to") or "").strip(), alias))
    rows.sort(key=lambda x: -len(x[6]))
    return tuple(x[:6] for x in rows)


@cache
def _gate_words(data_dir: str) -> frozenset[str]:
    return frozenset(x[0] for x in _alias_table(data_dir))


def _in_term(day: str | None, lo: str, hi: str) -> bool:
    """Whether ``day`` (YYYY[-MM[-DD]]) falls in [lo, hi] at the precision of ``day``;
    no day known: only aliases valid at all times."""
    if not lo and not hi:
        return True
    if not day:
        return False
    n = len(day)
    return (not lo or lo[:n] <= day) and (not hi or day <= hi[:n])


def metonym_parties(sent: str, words: frozenset[str], when: str | None,
                    data_dir: str) -> list[tuple[int, int, str]]:
    """Every actor the sentence names by a metonym valid on ``when``: (start, end, actor),
    with the actor an ISO3 code (upper case) or an actor id of ``actors.csv``; an alias
    inside a longer one found first is not read again ("Donald Trump", not also "Trump")."""
    if words.isdisjoint(_gate_words(data_dir)):
        return []
    if isinstance(words, frozenset):  # (hashable: remembered, as the rules of one sentence ask up to three times)
        return list(_metonym_parties_of(sent, words, when, data_dir))
    return list(_metonym_parties_of.__wrapped__(sent, words, when, data_dir))


def forget_sentences() -> None:
    """Forget the sentences :func:`metonym_parties` remembers (at the start of every article)."""
    _metonym_parties_of.cache_clear()


@lru_cache(maxsize=256)
def _metonym_parties_of(sent: str, words: frozenset[str], when: str | None,
                        data_dir: str) -> tuple[tuple[int, int, str], ...]:
    """:func:`metonym_parties` past its gate (a pure function of its arguments; bounded, and
    emptied at the start of every article: nothing carries from one article to the next)."""
    out: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for gate, pat, ref, _kind, lo, hi in _alias_table(data_dir):
        if gate not in words:
            continue
        for m in pat.finditer(sent):
            if any(a <= m.start() < b for a, b in taken) or not _in_term(when, lo, hi):
                continue
            taken.append((m.start(), m.end()))
            out.append((m.start(), m.end(), ref))
    return tuple(sorted(out))


def names_metonym(sent: str, words: frozenset[str], data_dir: str) -> bool:
    """Whether the sentence names any actor by a metonym of ``actor_aliases.csv`` (at any date)."""
    if words.isdisjoint(_gate_words(data_dir)):
        return False
    return any(gate in words and pat.search(sent) for gate, pat, *_ in _alias_table(data_dir))


#: what may stand between the subject of a measure verb and the verb ("The Defense Department
#: has banned", "Jakarta on Monday imposed", "the Trump administration last week slapped")
_SUBJECT_GAP = re.compile(
    r"(?:\s+(?:administration|government|officials?|on\s+" + _lx.alternation(_lx.WEEKDAYS) +
    r"|has|have|had|also|then|officially|formally|abruptly|recently|suddenly|now|later|again|quietly"
    r"|last\s+(?:week|month|year)|this\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|(?:late|early)\s+on\s+\w+"
    r"|on\s+\w+\s+\d{1,2}|in\s+\w+))*\s+")

#: the event verb in the passive with its agent: "imposed by the", "announced on Friday by"
_BY_AGENT = re.compile(r"[\w-]+(?:\s+(?:on|in|late|early|last)\s+\w+)?\s+by\s+(?:the\s+)?")

#: a deal whose content is easing measures: "an understanding reached between X and Y to lower tariffs",
#: "a truce to pause the controls" (the event is the deal, not the tariffs it lowers)
_DEAL_TO = re.compile(
    r"\b(?:agreement|deal|understanding|truce|consensus|accord|pact)\s+(?:[\w.'\u2019-]+\s+){0,10}?to\s+"
    r"(?:lower|cut|reduce|suspend|pause|lift|ease|remove|roll\s+back|walk\s+back|delay|halt|scrap)\b", re.I)
_W_DEAL = frozenset(("agreement", "deal", "understanding", "truce", "consensus", "accord", "pact"))

#: a measure on imports: "banned imports of", "an import ban", "imports of X are banned"
_IMPORT_MEASURE = re.compile(
    r"\b(?:ban(?:s|ned|ning)?|restrict(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|halt(?:s|ed|ing)?|curb(?:s|ed)?|barred|stopp(?:ed|ing))"
    r"\s+(?:(?:the|all|any|most)\s+)?imports?\b"
    r"|\bimport\s+(?:bans?|restrictions?|curbs?|prohibitions?|quotas?|licen[cs]es?|permits?)\b"
    r"|\bimports?\s+of\s+(?:[\w-]+\s+){1,5}?(?:are|is|were|was|have\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:banned|prohibited|restricted|halted|barred)\b", re.I)
_EXPORT_WORD = re.compile(r"\bexport", re.I)

#: a lasting state rather than a dated step: "for years", "for a number of years", "for decades"
_FOR_YEARS = re.compile(
    r"\bfor\s+(?:(?:a\s+(?:number|couple)\s+of|several|many|some|a\s+few|more\s+than\s+a|over\s+a|decades\s+and)\s+)?"
    r"(?:years|decades)\b", re.I)
#: a measure's step said not to have happened: "permits have not been issued", "has yet to approve"
_NEGATED_STEP = re.compile(
    r"\b(?:have|has|had|were|was)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:issued|granted|approved|imposed|lifted|signed|announced|introduced|implemented|enforced)\b"
    r"|\b(?:has|have)\s+yet\s+to\s+(?:issue|grant|approve|impose|lift|sign|announce|introduce|implement)\b"
    r"|\bno\s+(?:export\s+)?(?:licen[cs]es|permits|approvals)\s+(?:have|has|had)\s+been\s+(?:issued|granted|approved)\b", re.I)


def event_context_fields(sent: str, words: frozenset[str], ev: dict[str, Any], verb_at: int,
                         when: str | None, data_dir: str,
                         countries: list[tuple[int, int, str]] | None = None,
                         possessive: list[tuple[int, int, str]] | None = None) -> None:
    """Add to an event claim's fields (``ev``, built by extract.py) what the rules of this
    module read: the parties and agencies named by metonym, the metonym that is the
    subject of the measure verb (``agent``), a measure on imports and a lasting or
    negated state."""
    named = metonym_parties(sent, words, when, data_dir)
    if named:
        actors = set(ev.get("actors") or [])
        agents = set(ev.get("agents") or [])
        for _, _, ref in named:
            (actors if ref.isupper() else agents).add(ref)
        ev["actors"], ev["agents"] = sorted(actors), sorted(agents)
    # the subject of the measure verb: a metonym or a country with "government", "administration"
    # or a time phrase between ("The Defense Department has banned", "the US government earlier
    # this week widened")
    before = sorted([x for x in named if x[1] <= verb_at] + [x for x in countries or [] if x[1] <= verb_at])
    if before and not ev.get("agent"):
        _, b, ref = before[-1]
        if b == verb_at or _SUBJECT_GAP.fullmatch(sent, b, verb_at):
            ev["agent"] = ref  # an agency's own id: a measure of the Pentagon is not one of MOFCOM
    if not ev.get("agent") and "by" in words:
        # the agent of a passive: "duties announced by China's finance ministry", "controls imposed by Washington"
        by = _BY_AGENT.match(sent, verb_at)
        if by is not None:
            after = [x for x in sorted(named + list(possessive or [])) if x[0] == by.end()]
            if after:
                ev["agent"] = after[0][2]
    if "as" in words and ev.get("dates") and words.isdisjoint(("will", "would", "shall")) and _AS_OF.search(sent):
        _mark_as_of(sent, ev)  # "As of November 10, China has suspended ...": the day of a state ("will ... as of
        # December 1" is a start date instead)
    places = _place_only_countries(sent, words, countries or [], ev)
    if places:
        ev["places"] = sorted(places)  # "talks in South Korea": where it happened, not a party
        ev["actors"] = [a for a in ev.get("actors") or [] if a not in places]
    if str(ev.get("type") or "") in ("tariff", "suspension", "control", "") and not words.isdisjoint(_W_DEAL) \
            and _DEAL_TO.search(sent):
        ev["type"] = "agreement"  # "an understanding reached ... to lower tariffs": the deal is the event
    if ("import" in words or "imports" in words) and _IMPORT_MEASURE.search(sent) \
            and not _EXPORT_WORD.search(sent):
        ev["imports"] = True
    if ("years" in words or "decades" in words) and _FOR_YEARS.search(sent):
        # only in the clause of the event verb, or opening the sentence ("For years, China has ..."):
        # "The KIA, which has fought for decades, captured two mines" states the capture
        lo = max(sent.rfind(",", 0, verb_at), sent.rfind(";", 0, verb_at)) + 1
        his = [i for i in (sent.find(",", verb_at), sent.find(";", verb_at)) if i >= 0]
        hi = min(his) if his else len(sent)
        if any(lo <= m.start() < hi or m.start() < 4 for m in _FOR_YEARS.finditer(sent)):
            ev["ongoing"] = True
    if not words.isdisjoint(("not", "never", "yet", "no")) and _NEGATED_STEP.search(sent):
        ev["negated"] = True


#: "as of" / "as at" before a date: the day a state holds, not the day the event happened
_AS_OF = re.compile(r"\bas\s+(?:of|at)\s+(?P<rest>[^,;]{3,30})", re.I)
_MONTH_WORD = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+"
                         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


def _mark_as_of(sent: str, ev: dict[str, Any]) -> None:
    """Give the role ``as_of`` to the stated day that "as of" introduces (matched by its day of
    the month): the verdict then reads it as a bound (the event on or before it), not the event's date."""
    roles = dict(ev.get("roles") or {})
    for m in _AS_OF.finditer(sent):
        day = _MONTH_WORD.search(m.group("rest"))
        if day is None:
            continue
        num = int(day.group(1) or day.group(2))
        for d, p in ev.get("dates") or []:
            if p == "day" and len(d) == 10 and int(d[8:10]) == num:
                roles[d] = "as_of"
    ev["roles"] = roles


#: a preposition of place right before a country ("in South Korea", "held at Busan, South Korea")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|inside|across)\s+(?:the\s+)?(?:[A-Z][\w-]+,\s+)?$"
                           # "in the occupied territories of Ukraine", "from areas of Ukraine"
                           r"|\b(?:in|at|near|inside|across|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:territor(?:y|ies)|regions?|areas?|parts?|provinces?|lands?)\s+of\s+$")
_W_PLACE = frozenset(("in", "at", "near", "inside", "across"))


def _place_only_countries(sent: str, words: frozenset[str], countries: list[tuple[int, int, str]],
                          ev: dict[str, Any]) -> set[str]:
    """Countries the sentence names only as the place of the event ("talks between Xi and
    Trump in South Korea", "the summit held in Malaysia"), while two other countries remain its
    parties: the place is no party, so a deal of the two others is the one meant."""
    if words.isdisjoint(_W_PLACE) or len(set(ev.get("actors") or [])) < 3:
        return set()
    placed: dict[str, bool] = {}
    for a, _, iso in countries:
        at_place = _PLACE_BEFORE.search(sent, max(0, a - 45), a) is not None
        placed[iso] = placed.get(iso, True) and at_place
    places = {iso for iso, only in placed.items() if only}
    if len(set(ev.get("actors") or []) - places) < 2:
        return set()
    return places


def context_verdict_reason(ev: dict[str, Any]) -> str | None:
    """Why no row of the events table can settle the claim (None: one may): a measure on
    imports (the table's controls are on exports), a lasting state ("for years") or a
    step said not to have happened."""
    kind = str(ev.get("type") or "")
    if ev.get("imports") and kind in ("", "control", "suspension", "None"):
        return "the sentence is about a measure on imports; the table's export controls are another measure"
    if ev.get("negated"):
        return "the sentence says a step has not happened (a state, not a dated event the table records)"
    if ev.get("ongoing") and not ev.get("dates") and not ev.get("legal"):
        return "the sentence states a lasting state ('for years'), not a dated step the table records"
    return None


#: a measure named only by referring back: "These measures", "the ban", "That part of the ban",
#: "the rule taking effect", "the curbs" (a measure the sentences before have named)
_ANAPHOR_NP = re.compile(
    r"\b(?:these|those|this|that|the|such|both)\s+(?:(?:part|parts|portion|element)\s+of\s+(?:the|these|those|this)\s+)?"
    r"(?:new\s+|latest\s+|same\s+|earlier\s+|original\s+|initial\s+|export\s+)?"
    r"(?:measures?|curbs?|controls?|restrictions?|bans?|rules?|regulations?|move|moves|policy|requirements?)\b"
    r"(?!\s+(?:on|of|for|against|to|covering)\s)", re.I)
_W_ANAPHOR = frozenset(("measure", "measures", "curb", "curbs", "control", "controls", "restriction", "restrictions",
                        "ban", "bans", "rule", "rules", "regulation", "regulations", "move", "moves", "policy",
                        "requirement", "requirements"))


_OTHER_MEASURE_BETWEEN = re.compile(
    r"\b(?:controls?|restrictions?|tariffs?|curbs?|bans?|duties|sanctions|quotas?|measures?)\b|\bby\s+(?:the\s+)?[A-Z]")


#: the event verb with a measure of its own as object: "imposed a 25% tariff", "announced new export controls"
_OWN_OBJECT = re.compile(
    r"\w+\s+(?:(?:an?|the|new|its|their|fresh|blanket|additional|further|sweeping|\d+(?:\.\d+)?\s*(?:%|percent)"
    r"|[\w-]+)\s+){0,3}?(?:tariffs?|controls?|restrictions?|curbs?|bans?|duties|sanctions|quotas?)\b", re.I)


def resolve_event_anaphor(sent: str, words: frozenset[str], ev: dict[str, Any], prev: dict[str, Any],
                          at: int = 0) -> bool:
    """A sentence that names its measure only by referring back ("These measures, imposed in
    retaliation ... earlier this year", "the rule taking effect in September") and names no
    commodity of its own: the measure is the event claim of the sentences just before
    (``prev``), so its parties, commodities and kind are that event's. Returns whether the
    claim was read as such a reference."""
    if words.isdisjoint(_W_ANAPHOR) or ev.get("commodities") or ev.get("legal") \
            or str(ev.get("type") or "") in ("publication", "funding"):
        return False
    # the referring phrase must be what the event words are about: the event words (from ``at``)
    # are the phrase itself or follow it closely ("These measures, imposed ..."), with no other
    # measure or agent between ("The restrictions are ... in retaliation for export controls
    # imposed by the United States" is about another measure)
    m = next((x for x in _ANAPHOR_NP.finditer(sent) if x.start() <= at), None)
    if m is None or (m.end() < at and (at - m.end() > 60 or ev.get("agent") or _OWN_OBJECT.match(sent, at)
                                      or _OTHER_MEASURE_BETWEEN.search(sent, m.end(), min(len(sent), at + 16)))):
        return False  # (an agent right before the event verb is its subject, not the phrase)
    coms = list(prev.get("commodities") or []) or list(prev.get("context_commodities") or [])
    actors = list(prev.get("actors") or [])
    if not coms and not actors:
        return False
    if ev.get("agent") and actors and ev["agent"] not in actors:
        return False  # "The move came minutes after Trump imposed a tariff": another party's measure
    ev["commodities"] = sorted(set(coms))
    if actors:
        ev["actors"] = sorted(set(actors))
    if prev.get("type") and str(prev.get("type")) not in ("publication", "funding"):
        ev["type"] = prev["type"]
    ev["anaphor"] = True
    return True


@cache
def _actor_countries(data_dir: str) -> dict[str, str]:
    """actor id -> its country (ISO3) from ``actors.csv``."""
    path = Path(data_dir) / "actors.csv"
    if not path.exists():
        return {}
    with path.open(newline="", encoding="utf-8") as fh:
        return {r["actor_id"]: (r.get("country") or "") for r in csv.DictReader(fh)}


def agent_not_imposer(ev: dict[str, Any], e: dict[str, Any], data_dir: str) -> bool:
    """The sentence's agent of the measure (the subject of its verb, or the agent of a passive)
    is neither the party that imposed the event's measure nor of its country ("duties announced
    by China's finance ministry" against a US tariff on Chinese goods, whose actors name China
    as its target): another measure. False when the event records no imposing party."""
    agent = str(ev.get("agent") or "")
    imposed = {x.strip() for x in str(e.get("imposed_by") or "").split(";") if x.strip()}
    if not agent or not imposed or agent in imposed:
        return False
    where = _actor_countries(data_dir)
    imposer_countries = {x if x.isupper() else where.get(x, "") for x in imposed} - {""}
    agent_country = agent if agent.isupper() else where.get(agent, "")
    return bool(agent_country) and agent_country not in imposer_countries


#: what a deal records when it pauses a measure: "one-year pause of China's October measures"
_PAUSE_IN_DEAL = re.compile(r"\b(?:paus\w*|suspen\w+|freez\w*|froze|delay\w*|postpon\w+|defer\w*|hold)\b", re.I)


def suspension_in_deal(ev: dict[str, Any], e: dict[str, Any]) -> bool:
    """Whether a claimed suspension ("Beijing said it would suspend its new controls") is the term
    of a deal of the table that records the pause in its title or content, on the commodities the
    sentence names (or on any, when it names none): the measure was suspended under that deal, so
    the deal is the event the sentence reports ("suspended its gallium ban" is not a deal that
    paused rare-earth rules, however broad the deal's "critical minerals")."""
    if str(ev.get("type") or "") != "suspension" or not str(e.get("type") or "").lower().startswith("agreement"):
        return False
    coms = set(ev.get("commodities") or []) - {"critical_minerals"}
    e_coms = {x.strip() for x in str(e.get("commodities") or "").split(";") if x.strip()} - {"critical_minerals"}
    if coms and coms.isdisjoint(e_coms):
        return False
    return _PAUSE_IN_DEAL.search(f"{e.get('title') or ''} {e.get('what_changed') or ''}") is not None
