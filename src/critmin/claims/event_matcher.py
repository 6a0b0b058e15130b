"""A learned matcher of sentences to rows of the events table: "which recorded event, if any,
does this sentence report?"

The rules (:mod:`critmin.claims.verdict`, :mod:`named_events`, :mod:`policy_acts`) and the
signatures of :mod:`critmin.claims.event_signatures` match an event sentence to a row of
``events.csv`` by hand-written conditions. On fresh text many event claims whose event IS in
the table still end ``unverifiable`` because no condition fits the wording. This module scores
(sentence, row) pairs with a logistic model whose features carry over to rows never seen in
training: they say WHICH FIELDS of the row the sentence meets or contradicts, never which row
it is (no event id, no title word).

* **Candidates** (:func:`candidates`): the rows dated on or before the article (labelling
  rule 9) that share at least one cue with the sentence: a party (a country named, by name,
  adjective, possessive or metonym, or an agency of ``actors.csv`` / ``actor_aliases.csv``,
  read by the event readers of :mod:`critmin.claims.fallback_events`), a commodity or element
  (``commodities.csv``: a group covers its members), a date the row has (announcement,
  effective or end date, read as the event rules read dates) or its legal reference; and the
  rows the rules cite in the article's other sentences (``ART_CANDIDATES``). A stated sum the
  row neither holds as its quantity nor states in its text drops the row. Rows are
  indexed by cue once per events table (:func:`row_index`).
* **Features** of a pair (:func:`pair_features`, binary): the row's imposing party / target /
  other actor named or not, a country outside the row's parties, the possessive owner of the
  measure, the agent of the sentence being the row's target; the row's commodities named
  (exactly, or by a group), other commodities, none; the stated element count against the
  row's elements; a word of the row's type family asserted (not hedged or negated), strongly
  or not, words of other families; each stated date against ``date`` / ``effective_date`` /
  ``end_date`` at its precision, or mismatched, or none; the legal reference; a stated rate or
  amount against ``quantity``; the days between the row and the article; how many candidates
  share the cues and the row's rank among them by cues met; whether the sentence is a
  forecast, plan, conditional or negation; conjunctions of the party, commodity, date and
  kind cues; how many content words of the row's title and ``what_changed`` the sentence uses
  (:func:`content_words`, ``tw:``).
* **Weights** come from ``scripts/train_event_matcher.py`` (the training articles of the
  labelled set: positives are the rows cited by claims labelled ``supported``, negatives the
  other candidates, and every candidate of ``unverifiable`` claims and non-claims), with a
  threshold chosen by leave-one-batch-out cross-validation for a high precision of the
  ``supported`` calls. They ship in ``event_matcher_weights.json`` beside this module, read
  at the first use.

Use (:func:`match_open_events`, ``Checker.matcher``): after the rules, the learned fallback and
the signatures, a sentence whose claims are all ``unverifiable`` with no row cited and no reason
of meaning given (:func:`open_sentences`: an event claim, the fallback's claims or figures no
series holds) takes the best candidate when its probability clears the threshold: ``supported`` by that row, saying it
was matched by the learned matcher. It never refutes.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any

from critmin.claims import lexicon as _lx
from critmin.claims.model import ClaimCheck, Evidence, Verdict

__all__ = ["WEIGHTS_PATH", "MatcherWeights", "Reading", "candidates", "content_words", "load_weights", "match_open_events",
           "pair_features", "rank_rows", "read_sentence", "row_index"]

#: the sentence-alone features of :func:`sentence_act` (switch for measuring them)
SENTENCE_ACT = True
#: read only the open sentences that use a word of a kind of action (:func:`may_report_event`)?
#: Off since the seventeenth session: the gate left out sentences whose act no family lists ("idle
#: a plant", "selected", "terminated talks", "launches a strategy"); the model reads the missing
#: kind word as a feature (``s:nokind``, ``k:none``) and the threshold is chosen over every open
#: sentence (the cross-validated calls stay right 75 % of the time)
KIND_GATE = False
#: the rows the rules cite in the article's other sentences are candidates of an open sentence whatever cues it
#: shares with them (nineteenth session; switch for measuring)
ART_CANDIDATES = True
#: a stated sum of money or tonnage the row's text holds (not its ``quantity``) is no other figure: the row stays
#: a candidate (``fig:text``) and may be called (nineteenth session; switch for measuring)
TEXT_AMOUNTS = True
#: percentages of the row's text count as its figures too (``fig:text``; switch for measuring)
TEXT_PERCENT = True
#: the specific commodities the sentence names (not a group of ``commodities.csv`` such as ``rare_earths``)
#: among the row's own (``ms:own``) or none of them (``ms:not_own``): "dysprosium and terbium" meets the
#: licences for the seven medium and heavy rare earths, not the five others of a later announcement, which
#: the group ties on ``m:exact`` (twenty-third session; switch for measuring)
SPECIFIC_COMMODITIES = True
#: a price per unit ("$110 per kilogram", "US$30 a pound") is read as US dollars a kilogram (``USD/kg``, the
#: table's unit of prices), not as a sum of money in millions: it is a figure of the row that holds that price (a
#: candidate, ``fig:match``), and a sum the row does not hold for any other (twenty-third session; switch for measuring)
PRICES = True
#: "$110 per kilogram", "US$ 30/kg", "$12,000 a tonne": the amount and its unit (read where the US-dollar figures are)
_PRICE = re.compile(r"(?:US\s?\$|\$|USD\s?)\s?(\d[\d,]*(?:\.\d+)?)\s*(?:a|an|per|/)\s*"
                    r"(kilograms?|kilos?|kgs?|metric\s+tonnes?|metric\s+tons?|tonnes?|tons?|t|pounds?|lbs?)\b", re.I)
_PER_KG = {**dict.fromkeys(("kilogram", "kilograms", "kilo", "kilos", "kg", "kgs"), 1.0),
           **dict.fromkeys(("tonne", "tonnes", "ton", "tons", "t"), 1e-3),
           **dict.fromkeys(("pound", "pounds", "lb", "lbs"), 1 / 0.45359237)}
#: the shipped weights (package data)
WEIGHTS_PATH = Path(__file__).with_name("event_matcher_weights.json")

#: a legal reference written in a sentence ("Announcement No. 18", "Section 232", "Order 14156")
_LEGAL_LIKE = re.compile(r"\b(?:No\.?\s*\d+|Section\s+\d+|Order\s+(?:No\.?\s*)?\d+|Regulation\s+\(EU\)|Decree\s+\d+"
                         r"|Announcement\s+\d+|\d{4}/\d+)", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17}
#: a count of elements or items: "seven rare earth elements", "12 minerals", "five heavy rare earths"
_COUNT = re.compile(r"\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:elements|metals|minerals|rare\s+earths|items|materials|commodities)\b", re.I)
_NORM = re.compile(r"[^a-z0-9]+")
#: a tonnage: "18,125 tonnes", "96,600 metric tons", "2 million tonnes", "40 kt"
_TONNAGE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[,\s]\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|k|m)?\s*"
                      r"(?:metric\s+)?(tonnes|tons|tonne|ton|t|kt|mt)\b", re.I)
_TON_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "": 1.0}
_UNIT_SCALE = {"kt": 1e3, "mt": 1e6}
#: a market move (a price or a trade flow that rose or fell): the event is at most its cause
_MARKET = re.compile(r"\b(?:prices?|exports?|imports?|shipments?|volumes?|output)\b.{0,60}?\b(?:fell|fall(?:s|en)?|rose|ris(?:e|es|en)"
                     r"|plunged|plummet(?:ed|ing)?|surged|soared|jumped|dropped|declin(?:ed|es)|doubled|increased|decreased"
                     r"|shot\s+up)\b|\b(?:fell|rose|plunged|surged|soared|jumped|dropped|declined|doubled)\b.{0,40}?\b(?:prices?|exports?)\b",
                     re.I)
#: a clause of cause or time that presupposes an event ("since China restricted", "after the ban", "due to")
_CAUSE = re.compile(r"\b(?:since|after|following|due\s+to|because\s+of|as\s+a\s+result\s+of|amid|when)\b", re.I)
#: a holding or a role, not an act: "holds a 20% stake", "the operator of", "majority-owned by"
_HOLDING = re.compile(r"\b(?:stakes?|shareholders?|shareholding|owns|owned|owner|operators?|operates|operated|subsidiary"
                      r"|controlling|equity|joint\s+venture|partner(?:ed|s)?\s+with)\b", re.I)

#: what the sentence asserts, read from the sentence alone (one feature of every pair of the sentence):
#: a verb of acting in a past form ("imposed", "took effect", "has banned", "were signed") ...
_PAST_IRREGULAR = frozenset(("took", "taken", "put", "struck", "bought", "made", "began", "begun", "set up",
                             "came into force", "took effect", "entered into force"))
_AUX_BEFORE = re.compile(r"\b(?:has|have|had|was|were|been)\s+(?:\w+\s+)?$", re.I)
#: ... a state or a description in the present ("is", "remains", "controls", "accounts for") ...
_STATE = re.compile(r"\b(?:is|are|remains?|accounts?\s+for|controls?|dominates?|holds?|produces?|supplies|depends?\s+on"
                    r"|relies\s+on|has\s+long|have\s+long)\b", re.I)
#: ... a duty or an ability, no act ("exporters must apply", "the rule can be waived") ...
_DUTY = re.compile(r"\b(?:" + "|".join(_lx.DUTY_MODALS + _lx.ABILITY_MODALS) + r"|need\s+to|needs\s+to|has\s+to|have\s+to)\b", re.I)
#: ... background: a lasting span or the past at large ("for decades", "since 2010", "historically") ...
_BACKGROUND = re.compile(r"\b(?:for\s+(?:decades|years|months)|since\s+(?:the\s+)?(?:\d{4}|\d{4}s)|historically|in\s+the\s+past"
                         r"|long\s+been|traditionally|over\s+the\s+(?:past|last)\s+(?:decade|\w+\s+years))\b", re.I)
#: ... reported speech or an opinion ("said", "according to", "believes", "warned")
_SPEECH = re.compile(r"\b(?:said|says|told|according\s+to|stated|noted|warned|argued|believes?|thinks?|claimed)\b|[\"\u201c\u201d]",
                     re.I)


def sentence_act(sent: str, dated: bool, actor: bool) -> list[str]:
    """Features of the sentence alone, the same for every row: whether it asserts a dated act
    (a verb of acting in a past form, a date, a named party: ``sa:pda``), an act in the present
    (``sa:n..``) or none (``sa:0..``); and whether it describes a state, a duty, background or
    reported speech rather than an act. A sentence that reports an event is told from one that
    only mentions its subject whatever row is compared with it."""
    from critmin.claims import event_signatures as es

    past = present = False
    for m in _finditer_in(es._ACT_VERB, sent):
        w = m.group(0).lower()
        if w.endswith("ed") or " ".join(w.split()) in _PAST_IRREGULAR or _AUX_BEFORE.search(sent, max(0, m.start() - 30), m.start()):
            past = True
            break
        present = True
    out = [f"sa:{'p' if past else 'n' if present else '0'}{'d' if dated else '0'}{'a' if actor else '0'}"]
    if not past and _in_sentence(_STATE, sent):
        out.append("sx:state")
    if _in_sentence(_DUTY, sent):
        out.append("sx:duty")
    if _in_sentence(_BACKGROUND, sent):
        out.append("sx:background")
    if _SPEECH.search(sent):
        out.append("sx:speech")
    return out


def _norm(s: str) -> str:
    return _NORM.sub(" ", s.lower()).strip()


@dataclass
class Reading:
    """What a sentence names: parties, commodities, dates and the cues of its mood."""

    sentence: str
    day: str
    countries: set[str]          # ISO3, places and firms' nationalities left out, agencies' countries added
    agents: set[str]
    commodities: set[str]
    dates: list[tuple[str, str]]
    owners: set[str]
    subject: str | None
    figures: dict[str, list[tuple[float, float]]]   # unit -> (value, tolerance)
    counts: set[int]
    norm: str                    # the sentence lower-cased, punctuation as spaces (legal references)
    legal_like: bool
    flags: list[str] = field(default_factory=list)
    named: dict[tuple[tuple[str, ...], bool], bool] = field(default_factory=dict)
    firms: set[str] = field(default_factory=set)        # companies of ``actors.csv`` named (by name or short name)
    names: set[str] = field(default_factory=set)        # proper names (not countries, months, common words)
    cause_at: int | None = None  # where the first clause of cause or time opens ("after", "since", "amid")
    main_named: dict[tuple[str, ...], bool] = field(default_factory=dict)  # a kind named before it
    cited: frozenset[str] = frozenset()  # event ids the rules cite in the article's other sentences
    words: frozenset[str] = frozenset()  # the stems of its content words (:func:`content_words`)
    numbers: frozenset[str] = frozenset()  # the numbers it writes, years and single digits left out (:func:`numbers_in`)
    # computed once per sentence at its first pair (pair_features): the rows whose legal reference it
    # names, the article's date, the sentence's act
    legal_rows: frozenset[int] | None = None
    art_date: dt.date | None = None
    act: str = ""
    # the kind features by the row's families, the date features by row (of the index ``rows_of``)
    kinds: dict[tuple[str, ...], tuple[list[str], int]] = field(default_factory=dict)
    rows_of: Any = None
    date_rows: frozenset[int] | None = None  # the rows a stated date can meet (None: any)
    dates_of: dict[int, tuple[list[str], int]] = field(default_factory=dict)


def _tolerance(digits: str, scale: float) -> float:
    """Half a unit of the last significant digit stated (labelling rule 5): "135,000" -> 500."""
    digits = digits.replace(",", "").replace(" ", "")
    if "." in digits:
        return 0.5 * 10 ** -len(digits.split(".")[1]) * scale
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10 ** zeros * scale


def stated_amounts(sent: str) -> dict[str, list[tuple[float, float]]]:
    """The amounts a sentence states, by the events table's units: tonnes (``t``), millions of US
    dollars and percentages, each with its tolerance."""
    from critmin.claims.event_signatures import _figures

    out: dict[str, list[tuple[float, float]]] = {}
    for k, vals in _figures(sent).items():
        out[k] = [(v, max(abs(v) * 0.005, 0.05 if k == "percent" else 0.5)) for v in vals]
    if PRICES and "USD_million" in out and (prices := list(_PRICE.finditer(sent))):
        # a price per unit ("$110 per kilogram") is no sum of money: US dollars a kilogram, with rule 5's rounding
        from critmin.claims.event_signatures import _USD_FIG, _USD_SCALE

        at = {m.start() for m in prices}
        out["USD_million"] = [(v, max(abs(v) * 0.005, 0.5)) for m in _USD_FIG.finditer(sent) if m.start() not in at
                              for v in (float(m.group(1).replace(",", "")) * _USD_SCALE.get((m.group(2) or "").lower(), 1e-6),)]
        if not out["USD_million"]:
            del out["USD_million"]
        for m in prices:
            scale = _PER_KG[m.group(2).lower().split()[-1]]
            v = float(m.group(1).replace(",", "")) * scale
            out.setdefault("USD/kg", []).append((v, min(_tolerance(m.group(1), scale), max(0.05 * v, 0.5 * scale))))
    if "ton" in sent.lower() or "kt" in sent.lower() or " t" in sent:
        for m in _TONNAGE.finditer(sent):
            unit = m.group(3).lower()
            scale = _TON_SCALE.get((m.group(2) or "").lower(), 1.0) * _UNIT_SCALE.get(unit, 1.0)
            if unit == "t" and not m.group(2) and not re.match(r"\s", sent[m.end(1):m.end(1) + 1] or "x"):
                continue  # a bare "t" counts after a space ("5 t"), not glued to the number
            try:
                v = float(m.group(1).replace(",", "").replace(" ", "")) * scale
            except ValueError:
                continue
            # rule 5's rounding, but no wider than 5 % (the signatures' bound): "20,000 t" is not an
            # event's 18,125 t, though it rounds to it
            out.setdefault("t", []).append((v, min(_tolerance(m.group(1), scale), max(0.05 * v, 0.5 * scale))))
    return out


def _row_amount(e: dict[str, Any]) -> tuple[str, float] | None:
    """The row's quantity in the units of :func:`stated_amounts` (None: none)."""
    unit = str(e.get("unit") or "")
    try:
        q = float(str(e.get("quantity") or ""))
    except ValueError:
        return None
    if unit == "Mt":
        return "t", q * 1e6
    if unit == "kt":
        return "t", q * 1e3
    return (unit, q) if unit in ("t", "USD_million", "percent") or (PRICES and unit == "USD/kg") else None


#: a corporate suffix left off a company's name to get the name articles use ("Lynas Rare Earths Ltd" -> "Lynas Rare Earths")
_SUFFIX = re.compile(r"(?:,?\s+(?:Corp\.?|Corporation|Ltd\.?|Limited|Inc\.?|plc|PLC|Group|SA|AS|AB|AG|NV|B\.V\.|LLC"
                     r"|Co\.?|Company|Pte|GmbH\s*&\s*Co\.\s*KG|GmbH|Holdings|Resources|Technologies|Minerals))+$")


@cache
def firm_names(data_dir: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The companies of ``actors.csv`` as articles name them: each name and alias, and each with its
    corporate suffix left off ("Lynas Rare Earths Ltd" -> "Lynas Rare Earths" and "Lynas"): one
    case-sensitive pattern and the map from a name to the company's actor id. A one-word name counts
    when it has four letters or more, or three capitals ("Sojitz", "Iluka", "VAC"), so that words
    such as "Neo" or "MP" alone are left out."""
    import csv

    path = Path(data_dir) / "actors.csv"
    if not path.exists():
        return None, {}
    names: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if (row.get("kind") or "").strip() != "company":
                continue
            for n in [row.get("name") or "", *(row.get("aliases") or "").split(";")]:
                n = n.strip()
                for v in dict.fromkeys((n, _SUFFIX.sub("", n).strip())):
                    one = " " not in v
                    if not v or (one and not ((len(v) >= 4 and v[0].isupper() and not v.isupper())
                                              or (v.isupper() and len(v) >= 3))):
                        continue
                    if one and v.lower() in _COMMON_WORDS:
                        continue
                    names.setdefault(v, row["actor_id"])
    if not names:
        return None, {}
    from critmin.claims.extract import _lead

    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    return _lead(re.compile(r"(?<![\w.])(?:" + alt + r")(?![\w])")), names


#: one-word company names that are common words or places in an article ("Apple" stays: it is a firm
#: when capitalised in the middle of a sentence)
_COMMON_WORDS = frozenset(("energy", "critical", "core", "rare", "lithium", "graphite", "northern", "korea", "china", "usa",
                          "saudi", "serra", "rio"))
_SPACES = re.compile(r"\s+")


def firms_in(sent: str, data_dir: str) -> set[str]:
    """The companies (actor ids) a sentence names, by any name of :func:`firm_names`."""
    pat, names = firm_names(data_dir)
    if pat is None:
        return set()
    return {names.get(_SPACES.sub(" ", m.group(0)), "") for m in pat.finditer(sent)} - {""}


#: proper names shared by a sentence and a row's title ("Eneabba", "Narva", "Busan", "Jadar")
_NAME_WORD = re.compile(r"(?<![\w'\u2019])(?:[A-Z][a-z]{3,}|[A-Z]{3,})(?![\w'\u2019])")


def _gazetteer_cells(data_dir: str, skip: tuple[str, ...] = ()) -> list[str]:
    """Every cell of the package's countries and commodities tables but the columns ``skip``."""
    import csv

    cells: list[str] = []
    for fn in ("countries.csv", "commodities.csv"):
        path = Path(data_dir) / fn
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            cells.extend(str(v or "") for row in csv.DictReader(fh) for k, v in row.items() if k not in skip)
    return cells


@cache
def _stop_names(data_dir: str) -> frozenset[str]:
    """Capitalised words that are no proper name of one event: the stop list of the event rules,
    and every word of a country's, commodity's or month's name (from the package's tables)."""
    from critmin.claims.extract import _NAME_STOP

    words = set(_NAME_STOP) | set(_lx.MONTHS)
    for v in _gazetteer_cells(data_dir):
        for w in re.findall(r"[A-Za-z]+", v):
            if w[:1].isupper():
                words.add(w)
                words.add(w.upper())
    return frozenset(words)


def proper_names(sent: str, data_dir: str) -> set[str]:
    stop = _stop_names(data_dir)
    return {m.group(0) for m in _NAME_WORD.finditer(sent) if m.group(0) not in stop}


#: the words of a row's title and ``what_changed`` a sentence shares (:func:`content_words`), a feature of each
#: pair (eighteenth session; switch for measuring)
TITLE_WORDS = True
_WORD = re.compile(r"[a-z]+")
#: words no event is told by: function words, words of reporting and of quantity, and those of the
#: names of countries, commodities and months (the party and commodity features read those)
_FUNCTION_WORDS = frozenset(str.split(
    "a an the and or of to in on for by with from at as into over under its their his her this that these those "
    "is are was were be been has have had will would could may can not no new first its it after before than "
    "up out about also other more most all any each per under between against says said announces announced "
    "announce us u s uk eu year years month months day days week monday tuesday wednesday thursday friday saturday "
    "sunday today yesterday"))


def _stem(w: str) -> str:
    """A crude stem, enough to meet "bans" / "banned", "approves" / "approved" / "approval", "exports" /
    "exported", "capped" / "caps" (three letters are left at least; a doubled last consonant is undone)."""
    for suf in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "al", "s", "e", "y"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[:-len(suf)]
            if suf in ("ings", "ing", "ed") and len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeious":
                w = w[:-1]
            return w
    return w


@cache
def _not_content(data_dir: str) -> frozenset[str]:
    """The words of countries', commodities' and months' names (lower case) and the function words."""
    words = set(_FUNCTION_WORDS) | {m.lower() for m in _lx.MONTHS}
    for v in _gazetteer_cells(data_dir, ("note", "kind", "default_unit", "default_basis", "region", "is_aggregate")):
        words.update(_WORD.findall(v.lower()))
    return frozenset(words)


def content_words(text: str, data_dir: str) -> frozenset[str]:
    """The stems of the words of ``text`` that tell an event: not a function word, not a name of a
    country, commodity or month (three letters at least)."""
    stop = _not_content(data_dir)
    return frozenset(_stem(w) for w in _WORD.findall(text.lower()) if len(w) >= 3 and w not in stop)


TITLE_NUMBERS = True
_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?!\d)")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
_MONTH = r"(?:" + "|".join(m[:3] + "(?:" + m[3:] + r"\b|\.|\b)" for m in _lx.MONTHS) + ")"
#: a day of a date ("10 November", "Nov. 10", "the 3rd of March"): the date features read it
_DAY_OF_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+" + _MONTH + r"|\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\b")


def numbers_in(text: str) -> frozenset[str]:
    """The numbers ``text`` writes that can tell one event from another ("Announcement No. 61", "a
    Rs 7,280 crore scheme", "33 critical minerals", "US$185 million"), as written without thousands
    separators: not a year nor the day of a date (the date features read those), not a single digit
    (a count of anything)."""
    out = set()
    for m in _NUMBER.findall(_DAY_OF_MONTH.sub(" ", text)):
        v = m.replace(",", "")
        if _YEAR_LIKE.fullmatch(v) or ("." not in v and len(v) < 2):
            continue
        out.add(v)
    return frozenset(out)


def read_sentence(sent: str, day: str, data_dir: str, state: str = "", cited: frozenset[str] = frozenset()) -> Reading:
    """Read a sentence once: its parties, commodities, dates, figures and mood; ``state``: how
    the rules left it (:func:`sentence_state`), a feature of every pair; ``cited``: the rows the
    rules cite elsewhere in the article (:func:`cited_rows`; a row the article is about)."""
    from critmin.claims import event_signatures as es

    countries, agents, coms, dates = es._read(sent, day, data_dir)
    if countries:
        countries = countries - es._not_parties(sent, data_dir)
    agency = es._agency_countries(data_dir)
    countries = countries | {agency[a] for a in agents if a in agency}
    owners = es._owners(sent, day, data_dir) if ("'" in sent or "\u2019" in sent) else set()
    counts = {int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1).lower()]
              for m in _finditer_in(_COUNT, sent)}
    flags = [f"st:{state}"] if state else []
    if _in_sentence(es._WOULD, sent):
        flags.append("s:would")
    if es._future(sent):
        flags.append("s:future")
    if _in_sentence(es._NOT_A_FACT, sent):
        flags.append("s:hedged")
    if _in_sentence(es._NEGATED, sent):
        flags.append("s:negated")
    if _in_sentence(es._ACT_VERB, sent):
        flags.append("s:act")
    if not es._any_kind(sent):
        flags.append("s:nokind")
    if "?" in sent:
        flags.append("s:question")
    cause = _in_sentence(_CAUSE, sent)
    if _in_sentence(_MARKET, sent):
        flags.append("s:market_cause" if cause else "s:market")
    if _in_sentence(_HOLDING, sent):
        flags.append("s:holding")
    firms = firms_in(sent, data_dir)
    if SENTENCE_ACT:
        flags.extend(sentence_act(sent, bool(dates), bool(countries or agents or firms)))
    return Reading(sent, day, set(countries), set(agents), set(coms), list(dates), owners,
                   es._agent_country(sent, data_dir), stated_amounts(sent), counts, " " + _norm(sent) + " ",
                   _in_sentence(_LEGAL_LIKE, sent) is not None, flags, firms=firms,
                   names=proper_names(sent, data_dir), cause_at=cause.start() if cause else None, cited=cited,
                   words=content_words(sent, data_dir) if TITLE_WORDS else frozenset(),
                   numbers=numbers_in(sent) if TITLE_NUMBERS else frozenset())


@dataclass
class RowIndex:
    """The rows of an events table with their signatures, indexed by cue (built once per table)."""

    events: list[dict[str, Any]]
    sigs: list[Any]
    by_cue: dict[str, list[int]]        # c:CHN, a:mofcom, m:gallium -> row numbers
    by_year: dict[str, list[int]]       # a year of any of the row's dates -> row numbers
    legal: list[tuple[int, str]]        # (row, normalised legal reference)
    elements: list[int]                 # number of elements of each row (0: none listed)
    amounts: list[tuple[int, str, float]]   # (row, unit, quantity) of the rows that hold one
    dates: list[dt.date | None]         # the row's announcement date (start of its month or year)
    names: list[frozenset[str]] = field(default_factory=list)    # proper names of the row's title
    firms: list[frozenset[str]] = field(default_factory=list)    # companies among the row's parties
    by_name: dict[str, list[int]] = field(default_factory=dict)  # proper name -> rows
    # of each row, read once per table for every pair: its target countries, its own commodities,
    # its quantity (:func:`_row_amount`) and its date precision feature
    targets: list[frozenset[str]] = field(default_factory=list)
    own: list[frozenset[str]] = field(default_factory=list)
    amount: list[tuple[str, float] | None] = field(default_factory=list)
    precision: list[str] = field(default_factory=list)
    title_words: list[frozenset[str]] = field(default_factory=list)  # content words of the row's title and what_changed
    # unit -> (row, quantity) of the rows that hold a quantity (``amounts`` by unit)
    amount_rows: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    # rows with a date, effective or end date that does not open with a year (``_date_block`` reads them always)
    odd_dates: frozenset[int] = frozenset()
    # what :func:`logit_bounds` reads of the rows, by the weights read (id -> (weights, bounds))
    bound_cache: dict[int, tuple[Any, Any]] = field(default_factory=dict)
    by_id: dict[str, int] = field(default_factory=dict)  # event id -> row (the article's cited rows as candidates)
    # unit -> the sums of money and tonnages the row's title, what_changed, detail and note state (:func:`_text_amounts`)
    text_amounts: list[dict[str, tuple[float, ...]]] = field(default_factory=list)
    title_numbers: list[frozenset[str]] = field(default_factory=list)  # numbers of the row's title and what_changed
    # the groups of commodities.csv (kind element_group: rare_earths, magnet_rees, critical_minerals, ...) and, per
    # row, its specific commodities (:func:`_specific_of_row`), read by ``ms:``
    groups: frozenset[str] = frozenset()
    specific: list[frozenset[str]] = field(default_factory=list)


_INDEX: dict[int, tuple[list[dict[str, Any]], str, RowIndex]] = {}


def _as_date(s: str) -> dt.date | None:
    s = (s or "")[:10]
    try:
        if len(s) == 10:
            return dt.date.fromisoformat(s)
        if len(s) == 7:
            return dt.date.fromisoformat(s + "-01")
        if len(s) == 4:
            return dt.date(int(s), 1, 1)
    except ValueError:
        return None
    return None


def row_index(events: list[dict[str, Any]], data_dir: str) -> RowIndex:
    """The cue index of ``events`` (cached by the identity of the list)."""
    from critmin.claims.event_signatures import row_signatures

    hit = _INDEX.get(id(events))
    if hit is not None and hit[0] is events and hit[1] == data_dir:
        return hit[2]
    sigs, by = row_signatures(events, data_dir)
    by_year: dict[str, list[int]] = {}
    legal: list[tuple[int, str]] = []
    for i, e in enumerate(events):
        for col in ("date", "effective_date", "end_date"):
            y = str(e.get(col) or "")[:4]
            if y.isdigit() and i not in by_year.get(y, ()):
                by_year.setdefault(y, []).append(i)
        ref = _norm(str(e.get("legal_reference") or ""))
        if len(ref) >= 4:
            legal.append((i, " " + ref + " "))
    elements = [len([x for x in str(e.get("elements") or "").split(";") if x.strip()]) for e in events]
    amounts = [(i, *a) for i, e in enumerate(events) if (a := _row_amount(e)) is not None]
    from critmin.claims.event_signatures import _companies

    firms = _companies(data_dir)
    names = [frozenset(proper_names(str(e.get("title") or ""), data_dir)) for e in events]
    by_name: dict[str, list[int]] = {}
    for i, ns in enumerate(names):
        for n in ns:
            by_name.setdefault(n, []).append(i)
    idx = RowIndex(events, sigs, by, by_year, legal, elements, amounts,
                   [_as_date(str(e.get("date") or "")) for e in events], names,
                   [frozenset(a for a in s.agents if a in firms) for s in sigs], by_name,
                   [frozenset(t for t in s.targets if t.isupper() and len(t) == 3) for s in sigs],
                   [frozenset(c.strip() for c in str(e.get("commodities") or "").split(";") if c.strip()) for e in events],
                   [_row_amount(e) for e in events], ["rp:" + str(e.get("date_precision") or "day") for e in events],
                   [content_words(str(e.get("title") or "") + " " + str(e.get("what_changed") or ""), data_dir)
                    for e in events])
    for i, unit, q in amounts:
        idx.amount_rows.setdefault(unit, []).append((i, q))
    for i, e in enumerate(events):
        idx.by_id.setdefault(str(e.get("event_id") or ""), i)
    idx.text_amounts = [_text_amounts(e) if TEXT_AMOUNTS else {} for e in events]
    idx.title_numbers = [numbers_in(str(e.get("title") or "") + " " + str(e.get("what_changed") or ""))
                         for e in events]
    if SPECIFIC_COMMODITIES:
        idx.groups = commodity_groups(data_dir)
        idx.specific = [_specific_of_row(e, idx.groups, data_dir) for e in events]
    idx.odd_dates = frozenset(i for i, e in enumerate(events) for col in ("date", "effective_date", "end_date")
                              if (v := str(e.get(col) or "")[:10]) and not (len(v) >= 4 and v[:4].isdigit()))
    _INDEX.clear()
    _INDEX[id(events)] = (events, data_dir, idx)
    return idx


def commodity_groups(data_dir: str) -> frozenset[str]:
    """The slugs of ``commodities.csv`` of kind ``element_group`` (``rare_earths``, ``magnet_rees``,
    ``platinum_group_metals``, ``critical_minerals``): a group names no specific commodity."""
    p = Path(data_dir) / "commodities.csv"
    if not p.exists():
        return frozenset()
    with p.open(encoding="utf-8", newline="") as f:
        return frozenset(r["slug"] for r in csv.DictReader(f) if (r.get("kind") or "").strip() == "element_group")


def _specific_of_row(e: dict[str, Any], groups: frozenset[str], data_dir: str) -> frozenset[str]:
    """The row's specific commodities: those of its ``commodities`` that are no group, what these cover
    (a product its elements: ``ndfeb_magnets`` neodymium, praseodymium, ...) and its ``elements`` by symbol."""
    from critmin.claims.event_signatures import _commodity_members

    members = _commodity_members(data_dir)
    out: set[str] = set()
    for c in str(e.get("commodities") or "").split(";"):
        c = c.strip()
        if c and c not in groups:
            out |= members.get(c, {c})
    for el in str(e.get("elements") or "").split(";"):
        if el.strip():
            out |= members.get("@" + el.strip(), set())
    return frozenset(out - groups)


def candidates(r: Reading, idx: RowIndex) -> list[int]:
    """The rows (numbers in ``idx.events``) dated on or before the article that share a cue with
    the sentence: a party, a commodity, a date the row has or its legal reference."""
    from critmin.claims.verdict import _OFFTAKE_SAID, _date_matches, _end_matches, _records_sale

    keys = {f"c:{c}" for c in r.countries} | {f"a:{a}" for a in r.agents | r.firms} | {f"m:{m}" for m in r.commodities}
    cand: set[int] = set()
    for k in keys:
        cand.update(idx.by_cue.get(k, ()))
    for n in r.names:
        cand.update(idx.by_name.get(n, ()))
    if ART_CANDIDATES:
        # the rows the rules cite in the article's other sentences: an open sentence that restates the
        # article's event ("The ban was set to expire Sunday", "The accord, signed by ...") names none of its cues
        cand.update(j for eid in r.cited if (j := idx.by_id.get(eid)) is not None)
    day = r.day[:10]
    sigs = idx.sigs
    for d, p in r.dates:
        for i in idx.by_year.get(d[:4], ()):
            # (a row dated after the article is left out below: its dates are not compared)
            if (i not in cand and sigs[i].date and sigs[i].date <= day
                    and (_date_matches(d, p, idx.events[i]) or _end_matches([(d, p)], idx.events[i]) is True)):
                cand.add(i)
    if r.legal_like:
        cand.update(i for i, ref in idx.legal if ref in r.norm)
    for unit, stated in r.figures.items():
        if stated:
            cand.update(i for i, q in idx.amount_rows.get(unit, ()) if _amount_matches(stated, q))
    out = sorted(i for i in cand if sigs[i].date and sigs[i].date <= day)
    if out and _OFFTAKE_SAID.search(r.sentence):
        # "signed a binding supply agreement with Lindian": a sale of output, which neither a
        # government loan nor a stake in one of the firms records (verdict._records_sale); a law
        # may govern such contracts ("offtake or supply contracts will be subject to approval")
        out = [i for i in out if _records_sale(idx.events[i]) or str(idx.events[i].get("type") or "") == "legislation"]
    return out


_RECENCY = ((7, "7d"), (31, "1m"), (92, "3m"), (365, "1y"), (1095, "3y"))


def _recency(days: int | None) -> str:
    if days is None:
        return "rec:?"
    return "rec:" + next((name for lim, name in _RECENCY if days <= lim), "old")


def _text_amounts(e: dict[str, Any]) -> dict[str, tuple[float, ...]]:
    """The sums of money (millions of US dollars) and tonnages the row's title, what changed, detail and
    note state ("US$620 million loan and Commerce US$50 million equity", "87,000 t a year"): figures the
    table holds for the event beside its ``quantity``."""
    from critmin.claims.event_terms import _dollars, _tonnages

    text = " ".join(str(e.get(k) or "") for k in ("title", "what_changed", "detail", "note"))
    out: dict[str, tuple[float, ...]] = {}
    usd = tuple(v / 1e6 for v in _dollars(text))
    if usd:
        out["USD_million"] = usd
    t = tuple(_tonnages(text))
    if t:
        out["t"] = t
    if TEXT_PERCENT:
        from critmin.claims.event_terms import _PERCENT

        pc = tuple(float(m) for m in _PERCENT.findall(text))
        if pc:
            out["percent"] = pc
    return out


def _amount_in_text(stated: dict[str, list[tuple[float, float]]], held: dict[str, tuple[float, ...]]) -> bool:
    """A stated sum of money or tonnage is one the row's text states (:func:`_text_amounts`)."""
    return any(_amount_matches(stated.get(u), q) for u, qs in held.items() for q in qs)


def _amount_matches(stated: list[tuple[float, float]] | None, q: float) -> bool:
    return bool(stated) and any(abs(v - q) <= tol + 1e-9 for v, tol in stated or ())


def _cue_score(bits: tuple[int, int, int, int]) -> int:
    party, com, date, kind = bits
    return 2 * date + party + com + kind


def _kind_block(r: Reading, fams: tuple[str, ...]) -> tuple[list[str], int]:
    """The features of the row's kind of action (its families ``fams``) in the sentence and the
    kind cue bit, found once per sentence and tuple of families (the list is shared: copy it)."""
    got = r.kinds.get(fams)
    if got is not None:
        return got
    from critmin.claims import event_signatures as es

    f: list[str] = []
    kind = 0
    key = (fams, False)
    if key not in r.named:
        r.named[key] = es._kind_named(r.sentence, fams)
        r.named[(fams, True)] = r.named[key] and es._kind_named(r.sentence, fams, strong=True)
    if not r.act:
        r.act = "act" if "s:act" in r.flags else "noact"
    act = r.act
    if r.named[key]:
        kind = 1
        f.append("k:strong" if r.named[(fams, True)] else "k:named")
        f.append("kf:" + (fams[0] if fams and not fams[0].startswith("words:") else "own"))
        # the sentence's act: the row's kind with a verb of acting, or the kind only as the cause of
        # something else ("prices rose after the ban") or beside a holding ("a stake in ...")
        f.append(f"ka:{f[-2][2:]}:{act}")
        if "s:market" in r.flags or "s:market_cause" in r.flags:
            f.append("ka:market")
        if "s:holding" in r.flags:
            f.append("ka:holding")
        if r.cause_at is not None:
            if fams not in r.main_named:
                r.main_named[fams] = es._kind_named(r.sentence[:r.cause_at], fams)
            f.append("ka:main" if r.main_named[fams] else "ka:in_cause")
    else:
        f.append("k:none")
        f.append(f"ka:none:{act}")
    r.kinds[fams] = (f, kind)
    return f, kind


def _commodity_block(r: Reading, i: int, idx: RowIndex) -> tuple[list[str], bool]:
    """The features of the sentence's commodities and counts of elements against row ``i`` and
    the commodity cue bit."""
    s = idx.sigs[i]
    f: list[str] = []
    own = idx.own[i]
    shared = r.commodities & s.commodities
    other = r.commodities - s.commodities - {"critical_minerals"}
    com = bool(shared or (s.umbrella and r.commodities))
    if shared:
        f.append("m:exact" if r.commodities & own else "m:member")
    if not r.commodities:
        f.append("m:none")
    elif not shared:
        f.append("m:umbrella_only" if s.umbrella else "m:only_other")
    elif other:
        f.append("m:also_other")
    if s.umbrella:
        f.append("m:row_umbrella")
    if idx.specific and r.commodities:
        spec = r.commodities - idx.groups
        if spec:
            f.append("ms:own" if not spec.isdisjoint(idx.specific[i]) else "ms:not_own")
    n_el = idx.elements[i]
    if r.counts:
        if n_el:
            f.append("cnt:match" if n_el in r.counts else "cnt:other")
        else:
            f.append("cnt:row_none")
    return f, com


_D_NONE: tuple[list[str], int] = (["d:none"], 0)
_D_MISS: tuple[list[str], int] = (["d:miss"], 0)


def _date_block(r: Reading, i: int, idx: RowIndex) -> tuple[list[str], int]:
    """The features of the sentence's dates against row ``i`` (``d:none``, ``d:miss`` or first
    ``d:hit:`` with the finest precision met) and the date cue bit, found once per sentence and
    row (the list is shared: copy it)."""
    if not r.dates:
        return _D_NONE
    if r.rows_of is not idx:
        r.rows_of, r.dates_of = idx, {}
        # a stated day, month or year meets a date of the row only in its year (a week or a span of
        # days may cross into another): the rows dated in no stated year miss every date
        if any(p in ("week", "range") for _, p in r.dates):
            r.date_rows = None
        else:
            r.date_rows = idx.odd_dates.union(*(idx.by_year.get(d[:4], ()) for d, _ in r.dates))
    if r.date_rows is not None and i not in r.date_rows:
        return _D_MISS
    got = r.dates_of.get(i)
    if got is not None:
        return got
    from critmin.claims.verdict import _date_matches, _end_matches

    e = idx.events[i]
    f: list[str] = []
    date = 0
    hits = [(d, p) for d, p in r.dates if _date_matches(d, p, e) or _end_matches([(d, p)], e) is True]
    if not hits:
        f.append("d:miss")
    else:
        date = 1
        precs = {p for _, p in hits}
        fine = "day" if "day" in precs else "month" if "month" in precs else "year" if "year" in precs else "other"
        f.append("d:hit:" + fine)
        if len(hits) < len(r.dates):
            f.append("d:partial")
        for d, p in hits:
            k = {"day": 10, "month": 7, "year": 4}.get(p, 10)
            if str(e.get("date") or "")[:k] == d[:k]:
                f.append("d:f:date")
            elif str(e.get("effective_date") or "")[:k] == d[:k]:
                f.append("d:f:effective")
            elif str(e.get("end_date") or "")[:k] == d[:k]:
                f.append("d:f:end")
    r.dates_of[i] = (f, date)
    return f, date


def pair_features(r: Reading, i: int, idx: RowIndex) -> tuple[list[str], tuple[int, int, int, int]]:
    """The features of the pair (sentence, row ``i``) that do not depend on the other candidates,
    and its (party, commodity, date, kind) cue bits."""
    s, e = idx.sigs[i], idx.events[i]
    f: list[str] = []
    # parties
    targets = idx.targets[i]
    imp = r.countries & s.actor_countries
    tgt = (r.countries & targets) - imp
    agent = r.agents & s.agents
    if imp:
        f.append("p:actor")
    if tgt:
        f.append("p:target")
    if agent:
        f.append("p:agency")
    party = bool(imp or agent or r.firms & s.agents)
    if not (imp or tgt or agent):
        f.append("p:none" if not r.countries and not r.agents else "p:none_named")
    outside = r.countries - s.countries
    if outside:
        f.append("p:outside" if len(outside) == 1 else "p:outside2")
    if s.countries and s.countries <= r.countries:
        f.append("p:all")
    if len(s.actor_countries) > 1:
        f.append("p:multi")
    if r.owners:
        f.append("own:row" if r.owners & s.actor_countries else "own:other")
    if r.subject:
        if r.subject in targets and r.subject not in s.imposers:
            f.append("subj:target")
        elif r.subject in s.actor_countries:
            f.append("subj:actor")
        elif r.subject not in s.countries:
            f.append("subj:other")
    # companies and proper names of the title
    rf = idx.firms[i] if idx.firms else frozenset()
    if r.firms:
        f.append("f:row" if r.firms & rf else "f:other")
    elif rf:
        f.append("f:unnamed")
    if idx.names and idx.names[i] & r.names:
        f.append("nm:title")
        party = True
    # commodities, counts
    mf, com = _commodity_block(r, i, idx)
    f.extend(mf)
    # kind of action, dates
    kf, kind = _kind_block(r, s.families)
    f.extend(kf)
    df, date = _date_block(r, i, idx)
    f.extend(df)
    f.append(idx.precision[i])
    # legal reference, figure
    if r.legal_like:
        if r.legal_rows is None:
            r.legal_rows = frozenset(j for j, ref in idx.legal if ref in r.norm)
        f.append("lg:match" if i in r.legal_rows else "lg:other")
    amount = idx.amount[i]
    if r.figures and amount is not None and r.figures.get(amount[0]):
        if _amount_matches(r.figures[amount[0]], amount[1]):
            f.append("fig:match")
        else:
            f.append("fig:text" if idx.text_amounts and _amount_in_text(r.figures, idx.text_amounts[i]) else "fig:other")
    elif r.figures and idx.text_amounts and idx.text_amounts[i] and _amount_in_text(r.figures, idx.text_amounts[i]):
        f.append("fig:text")
    # recency
    when = idx.dates[i]
    if r.art_date is None:
        r.art_date = _as_date(r.day)
    art = r.art_date
    f.append(_recency((art - when).days if when and art else None))
    # the words of the row's title and what_changed the sentence shares (not its parties, commodities or dates)
    if r.words and idx.title_words:
        n_tw = len(r.words & idx.title_words[i])
        f.append("tw:" + ("0" if not n_tw else "1" if n_tw == 1 else "2" if n_tw == 2 else "3+"))
    # a number the row's title or what_changed writes (not a year): "Announcement No. 61", "7,280 crore"
    if r.numbers and idx.title_numbers and not r.numbers.isdisjoint(idx.title_numbers[i]):
        f.append("tn:shared")
    # the article: the rules cite the row in another sentence (the row is what the article is about)
    if r.cited and str(e.get("event_id") or "") in r.cited:
        f.append("art:cited")
    bits = (int(party), int(com), date, kind)
    # in the conjunctions a party is met (1), not named at all (0) or only other countries are (x)
    p3 = "1" if party else "x" if (r.countries - s.countries) and not tgt else "0"
    f.append(f"c:{p3}{bits[1]}{bits[2]}{bits[3]}")
    if date:
        f.append(f"c:{p3}{bits[1]}{bits[3]}:" + df[0])
    f.extend(r.flags)
    return f, bits


def rank_rows(r: Reading, idx: RowIndex, rows: list[int] | None = None) -> list[tuple[int, list[str]]]:
    """Every candidate row of the sentence with its features (those of :func:`pair_features`
    and those that compare it with the other candidates: how many there are, its rank by cues
    met, whether it is the latest of its kind among those that meet as many); ``rows``: the
    sentence's :func:`candidates` when already found."""
    if rows is None:
        rows = candidates(r, idx)
    if not rows:
        return []
    feats = [pair_features(r, i, idx) for i in rows]
    # a stated amount of the row's unit none of which is the row's quantity: another measure (a quota
    # of 20,000 t is not the 18,125 t one), as the signatures read it; a wrong figure is not `supported`
    keep = [k for k, (f, _) in enumerate(feats) if "fig:other" not in f]
    if len(keep) < len(rows):
        rows, feats = [rows[k] for k in keep], [feats[k] for k in keep]
        if not rows:
            return []
    scores = [_cue_score(b) for _, b in feats]
    n = len(rows)
    nb = "n:1" if n == 1 else "n:2-3" if n <= 3 else "n:4-8" if n <= 8 else "n:9+"
    groups: dict[tuple[int, tuple[str, ...]], list[str]] = {}  # (cues met, families) -> the rows' dates
    for k, i in enumerate(rows):
        groups.setdefault((scores[k], idx.sigs[i].families), []).append(idx.sigs[i].date)
    top = max(scores)
    n_top = scores.count(top)
    ordered = sorted(scores)  # the rows that meet more cues than one: by bisection, not a scan of all rows per row
    out = []
    for k, i in enumerate(rows):
        out.append((i, _ranked(feats[k][0], scores[k], i, idx, nb, n, top, n_top, ordered, groups)))
    return out


def _ranked(f: list[str], score: int, i: int, idx: RowIndex, nb: str, n: int, top: int, n_top: int,
            ordered: list[int], groups: dict[tuple[int, tuple[str, ...]], list[str]]) -> list[str]:
    """The pair features ``f`` of row ``i`` with the features that compare it with the other
    candidates: their number (``nb``), its rank by cue score among them, and, first with others,
    whether it is the only or the latest row of its kind among those tied (``groups``: the dates of
    the rows of each score and kind)."""
    better = n - bisect_right(ordered, score) if score != top else 0
    ties = n_top - 1 if score == top else 0
    rank = "rk:1" if better == 0 and ties == 0 else "rk:1tie" if better == 0 else "rk:2" if better == 1 else "rk:3+"
    f = [*f, nb, rank]
    if better == 0 and ties:
        same = groups[(score, idx.sigs[i].families)]
        if len(same) == 1:
            f.append("tie:only_of_kind")
        elif max(same) <= idx.sigs[i].date:
            f.append("tie:latest_of_kind")
    return f


@dataclass
class MatcherWeights:
    bias: float
    weights: dict[str, float]
    threshold: float        # a probability
    header: dict[str, Any]
    #: (twenty-first session) the second stage: (bias, weight of the best row's logit, weight of the
    #: runner-up's logit, threshold); None: the first stage's threshold decides
    second: tuple[float, float, float, float] | None = None


@cache
def _load(path: str) -> MatcherWeights:
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    thr = doc.get("threshold")
    two = doc.get("second_stage")
    return MatcherWeights(float(doc["bias"]), {str(k): float(v) for k, v in doc["weights"].items()},
                          float("inf") if thr is None else float(thr), dict(doc.get("header") or {}),
                          None if not two else (float(two["bias"]), float(two["best"]), float(two["runner_up"]),
                                                float(two["threshold"])))


def load_weights(path: str | Path | None = None) -> MatcherWeights:
    """The matcher's weights (default the shipped file), read once."""
    return _load(str(path or WEIGHTS_PATH))


def probability(w: MatcherWeights, feats: list[str]) -> float:
    z = w.bias + sum(map(w.weights.get, set(feats), repeat(0.0)))  # (the same sum, in the same order)
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


# --- an exact upper bound on a sentence's best logit (speed: skip the per-row work of a sentence that
# cannot reach the threshold; see docs/claims.md "## Speed") ---------------------------------------------

#: the prefixes of every feature :func:`pair_features` and :func:`rank_rows` can give a pair; a weight of
#: any other name is added to the bound when positive (a feature added later stays covered)
_BOUND_PREFIXES = frozenset(("p", "own", "subj", "f", "nm", "m", "cnt", "k", "kf", "ka", "d", "rp", "lg", "fig",
                             "rec", "art", "c", "n", "rk", "tie", "st", "s", "sa", "sx", "tw", "tn", "ms"))
#: the feature names the bound reads one by one (a weight of another name under a prefix of
#: ``_BOUND_PREFIXES`` is read by family: ``kf:``, ``rp:``, ``rec:``, ``c:``, the sentence's flags)
_BOUND_NAMES = frozenset((
    "p:actor", "p:target", "p:agency", "p:none", "p:none_named", "p:outside", "p:outside2", "p:all", "p:multi",
    "own:row", "own:other", "subj:target", "subj:actor", "subj:other", "f:row", "f:other", "f:unnamed", "nm:title",
    "m:exact", "m:member", "m:none", "m:umbrella_only", "m:only_other", "m:also_other", "m:row_umbrella",
    "cnt:match", "cnt:other", "cnt:row_none", "k:strong", "k:named", "k:none", "ka:named:act", "ka:named:noact",
    "ka:strong:act", "ka:strong:noact", "ka:none:act", "ka:none:noact", "ka:market", "ka:holding", "ka:main",
    "ka:in_cause", "d:none", "d:miss", "d:hit:day", "d:hit:month", "d:hit:year", "d:hit:other", "d:partial",
    "d:f:date", "d:f:effective", "d:f:end", "lg:match", "lg:other", "fig:match", "fig:other", "fig:text", "art:cited",
    "n:1", "n:2-3", "n:4-8", "n:9+", "rk:1", "rk:1tie", "rk:2", "rk:3+", "tie:only_of_kind", "tie:latest_of_kind",
    "tw:0", "tw:1", "tw:2", "tw:3+", "tn:shared", "ms:own", "ms:not_own"))
_OPEN_FAMILIES = ("kf:", "rp:", "rec:", "st:", "s:", "sa:", "sx:")


def _is_conj(name: str) -> bool:
    """A conjunction of :func:`pair_features`: ``c:`` + party (0, 1, x) + commodity, date, kind bits,
    or ``c:`` + party, commodity, kind + ``:d:hit:`` + the finest precision met."""
    body = name[2:]
    return (name.startswith("c:") and len(body) >= 4 and body[0] in "01x" and set(body[1:3]) <= {"0", "1"}
            and ((len(body) == 4 and body[3] in "01") or body[3:].startswith(":d:hit:")))


@dataclass
class _RowBounds:
    """What the bound reads of the weights and the rows once per (weights, events table)."""

    slack: float                 # positive weights of names no family of the bound reads
    static: list[float]          # per row: rp:, p:multi (given by the row alone)
    firms: list[float]           # per row: f:unnamed when the sentence names no firm
    kf_max: float                # the best kf: weight of any row
    com_key: list[int]           # per row: rows of one number share what _commodity_block reads of them
    dates: list[int | None]      # per row: the ordinal of its date (recency)
    ids: list[str]               # per row: its event id (art:cited)
    conj: dict[tuple[str, bool, int, int, str], float]  # see :func:`_conj_max`
    base: dict[tuple[str, bool], list[float]]  # (article date, no firm named) -> per row: static, recency, f:unnamed
    n_max: list[float]           # the best n: feature when at most 1, 2-3, 4-8, 9+ rows remain
    rank: float                  # the best rk: (and tie:) features


def _row_bounds(w: MatcherWeights, idx: RowIndex) -> _RowBounds:
    hit = idx.bound_cache.get(id(w))
    if hit is not None and hit[0] is w:
        return hit[1]
    W = w.weights.get
    slack = sum(max(0.0, v) for k, v in w.weights.items()
                if k.split(":", 1)[0] not in _BOUND_PREFIXES
                or not (k in _BOUND_NAMES or k.startswith(_OPEN_FAMILIES) or _is_conj(k)))
    static, firms, kf = [], [], []
    for i, s in enumerate(idx.sigs):
        static.append(W(idx.precision[i], 0.0) + (W("p:multi", 0.0) if len(s.actor_countries) > 1 else 0.0))
        firms.append(W("f:unnamed", 0.0) if idx.firms and idx.firms[i] else 0.0)
        fams = s.families
        kf.append(W("kf:" + (fams[0] if fams and not fams[0].startswith("words:") else "own"), 0.0))
    conj: dict[tuple[str, bool, int, int, str], float] = {}
    base: dict[tuple[str, bool], list[float]] = {}
    ns = [W("n:1", 0.0), W("n:2-3", 0.0), W("n:4-8", 0.0), W("n:9+", 0.0)]
    n_max = [max(ns[:j + 1]) for j in range(4)]
    rank = max(W("rk:1", 0.0), W("rk:1tie", 0.0) + max(0.0, W("tie:only_of_kind", 0.0), W("tie:latest_of_kind", 0.0)),
               W("rk:2", 0.0), W("rk:3+", 0.0))
    keys: dict[tuple[Any, ...], int] = {}
    com_key = [keys.setdefault((s.commodities, idx.own[i], bool(s.umbrella), idx.elements[i],
                                idx.specific[i] if idx.specific else None), len(keys))
               for i, s in enumerate(idx.sigs)]
    out = _RowBounds(slack, static, firms, max(kf, default=0.0), com_key, [d.toordinal() if d else None for d in idx.dates],
                     [str(e.get("event_id") or "") for e in idx.events], conj, base, n_max, rank)
    idx.bound_cache[id(w)] = (w, out)
    return out


def _base(w: MatcherWeights, b: _RowBounds, day: str, no_firm: bool) -> list[float]:
    """Per row, the weights of its features given by the row, the article's date and whether the
    sentence names a firm: date precision, several imposers, recency, ``f:unnamed``."""
    key = (day, no_firm)
    got = b.base.get(key)
    if got is None:
        W = w.weights.get
        art = _as_date(day)
        art_ord = art.toordinal() if art else None
        limits = [(lim, W("rec:" + name, 0.0)) for lim, name in _RECENCY]
        old, unknown = W("rec:old", 0.0), W("rec:?", 0.0)
        got = []
        for i, when in enumerate(b.dates):
            if when is None or art_ord is None:
                rec = unknown
            else:  # as _recency reads the days between the row and the article
                days = art_ord - when
                rec = next((x for lim, x in limits if days <= lim), old)
            got.append(b.static[i] + rec + (b.firms[i] if no_firm else 0.0))
        if len(b.base) > 64:
            b.base.clear()
        b.base[key] = got
    return got


def _conj_max(w: MatcherWeights, b: _RowBounds, parties: str, com: bool, date: int, kind: int, hit: str) -> float:
    """The best weight of the conjunctions (``c:`` features) of a pair whose party value is one of
    ``parties`` (0, 1, x), whose commodity bit may be 1 when ``com``, with the date and kind bits
    and the date hit (``d:hit:...``) known."""
    key = (parties, com, date, kind, hit)
    got = b.conj.get(key)
    if got is None:
        W = w.weights.get
        got = max(W(f"c:{p}{c}{date}{kind}", 0.0) + (W(f"c:{p}{c}{kind}:{hit}", 0.0) if date else 0.0)
                  for p in parties for c in ("01" if com else "0"))
        b.conj[key] = got
    return got


def logit_bounds(r: Reading, rows: list[int], idx: RowIndex, w: MatcherWeights,
                 floor: float = -math.inf, stop: bool = False) -> list[float]:
    """For each candidate row of the sentence, an upper bound on the logit :func:`probability` gives
    the pair (with its :func:`rank_rows` features). Exact: a pair's logit never exceeds its bound
    (tested against the full computation), so a sentence whose bounds all stay under the threshold
    has no row to call and its per-row features need not be computed.

    The sentence's own features (its flags) count exactly; so do the row's fixed features (date
    precision, several imposers, recency, no firm named of a firm's row); the parties, owner,
    subject and legal reference count the best weight the sentence's reading leaves possible (no
    party named: only ``p:none``); the features that compare the row with the other candidates
    (``n:``, ``rk:``, ``tie:``) the best there is. Two tiers: the first reads each row's kind of
    action (once per sentence and families of a row, kept for :func:`pair_features`) and its
    commodities and counts (once per sentence and commodities of a row) exactly, its dates exactly
    when no stated year is one of the row's (``d:miss``) and otherwise, with the conjunctions, the
    best possible; a row whose first bound reaches ``floor`` then has its dates (once per row, kept),
    conjunctions, parties all named, proper names, firms, citation and quantity read exactly. With
    ``stop`` the rows after the first whose exact bound reaches ``floor`` keep the first tier's
    bound (the sentence is read in full anyway)."""
    b = _row_bounds(w, idx)
    W = w.weights.get

    def pos(*names: str) -> float:
        return max(0.0, *(W(n, 0.0) for n in names))

    def best(*names: str) -> float:
        return max(W(n, 0.0) for n in names)

    z = w.bias + b.slack + sum(map(W, set(r.flags), repeat(0.0)))
    # parties
    if not r.countries and not r.agents:
        z += W("p:none", 0.0)
    else:
        z += max((pos("p:actor") + pos("p:target") if r.countries else 0.0) + (pos("p:agency") if r.agents else 0.0),
                 W("p:none_named", 0.0))
    if r.countries:
        z += pos("p:outside", "p:outside2")
    if r.owners:
        z += pos("own:row", "own:other")
    if r.subject:
        z += pos("subj:target", "subj:actor", "subj:other")
    if r.legal_like:
        z += best("lg:match", "lg:other")
    z += b.n_max[0 if len(rows) <= 1 else 1 if len(rows) <= 3 else 2 if len(rows) <= 8 else 3] + b.rank
    party_named = bool(r.countries or r.agents or r.firms or r.names)
    parties = "0" + ("1" if party_named else "") + ("x" if r.countries else "")
    base = _base(w, b, r.day[:10], not r.firms)
    w_all, w_title = W("p:all", 0.0), W("nm:title", 0.0)
    w_firm, w_other_firm = W("f:row", 0.0), W("f:other", 0.0)
    cited = W("art:cited", 0.0) if r.cited else 0.0
    fig = W("fig:match", 0.0)
    fig_text = W("fig:text", 0.0)
    w_num = W("tn:shared", 0.0)
    # first tier: the best the sentence leaves possible for the dates and conjunctions
    if not r.dates:
        date_most = W("d:none", 0.0)
    else:
        fs = sorted((pos(x) for x in ("d:f:date", "d:f:effective", "d:f:end")), reverse=True)
        date_most = max(W("d:miss", 0.0), best("d:hit:day", "d:hit:month", "d:hit:year", "d:hit:other")
                        + pos("d:partial") + sum(fs[:min(len(r.dates), 3)]))
    conj_most = max(_conj_max(w, b, parties, bool(r.commodities), d, k, hit) for k in (0, 1)
                    for d, hit in ((0, ""), *(((1, "d:hit:" + x) for x in ("day", "month", "year", "other"))
                                             if r.dates else ())))
    rest = (z + (max(0.0, w_all) if r.countries else 0.0)
            + (max(0.0, w_title) if r.names else 0.0) + (max(0.0, w_firm, w_other_firm) if r.firms else 0.0)
            + max(0.0, cited) + (max(0.0, fig, fig_text) if r.figures else 0.0) + (max(0.0, w_num) if r.numbers else 0.0))
    if r.dates and rows:
        _date_block(r, rows[0], idx)  # the rows a stated date can meet (r.date_rows)
    dated = r.date_rows if r.dates else None
    most = date_most + conj_most
    # a row dated in no stated year misses every date: d:miss, and a conjunction without a date
    missed = (W("d:miss", 0.0) + max(_conj_max(w, b, parties, bool(r.commodities), 0, k, "") for k in (0, 1))
              if r.dates else most)
    # the kind of action (once per sentence and families of a row) and the commodities and counts (once
    # per sentence and commodities of a row) exactly, kept for the second tier and pair_features
    kinds: dict[tuple[str, ...], tuple[float, int]] = {}
    coms: dict[int, tuple[float, bool]] = {}
    sigs, com_key = idx.sigs, b.com_key
    # the words the sentence shares with each row's title (tw:), exactly, as pair_features counts them
    tws = (W("tw:0", 0.0), W("tw:1", 0.0), W("tw:2", 0.0), W("tw:3+", 0.0))
    words, title_words = r.words, idx.title_words
    tw = ({i: tws[0] if words.isdisjoint(title_words[i]) else tws[min(3, len(words & title_words[i]))] for i in rows}
          if words and title_words else dict.fromkeys(rows, 0.0))  # (most rows share no word: no intersection built)
    out = []
    for i in rows:
        fams = sigs[i].families
        kw = kinds.get(fams)
        if kw is None:
            kf, kind = _kind_block(r, fams)
            kw = kinds[fams] = (sum(map(W, set(kf), repeat(0.0))), kind)
        cw = coms.get(com_key[i])
        if cw is None:
            mf, com = _commodity_block(r, i, idx)
            cw = coms[com_key[i]] = (sum(map(W, mf, repeat(0.0))), com)
        out.append(rest + base[i] + kw[0] + cw[0] + tw[i] + (most if dated is None or i in dated else missed))
    # second tier: the rows that may reach the floor, read exactly (with ``stop``, up to the first
    # row whose exact bound reaches it)
    miss = (W("d:none", 0.0) if not r.dates else W("d:miss", 0.0), 0, "")
    conj = b.conj
    for k, i in enumerate(rows):
        if out[k] < floor:
            continue
        sig = sigs[i]
        kw = kinds[sig.families]
        if not r.dates or (dated is not None and i not in dated):
            dw, date, hit = miss
        else:
            df, date = _date_block(r, i, idx)
            dw, hit = sum(map(W, set(df), repeat(0.0))), df[0] if date else ""
        cw = coms[com_key[i]]
        cj = conj.get((parties, cw[1], date, kw[1], hit))
        if cj is None:
            cj = _conj_max(w, b, parties, cw[1], date, kw[1], hit)
        v = z + base[i] + kw[0] + dw + cw[0] + cj + tw[i]
        if r.countries and sig.countries and sig.countries <= r.countries:
            v += w_all
        if r.names and idx.names and idx.names[i] & r.names:
            v += w_title
        if r.firms:
            v += w_firm if r.firms & (idx.firms[i] if idx.firms else frozenset()) else w_other_firm
        if cited and b.ids[i] in r.cited:
            v += cited
        if r.numbers and idx.title_numbers and not r.numbers.isdisjoint(idx.title_numbers[i]):
            v += w_num
        if r.figures:
            amount = idx.amount[i]
            if amount is not None and r.figures.get(amount[0]):
                v += max(fig, fig_text)
            elif idx.text_amounts and idx.text_amounts[i]:
                v += max(0.0, fig_text)
        out[k] = v
        if stop and v >= floor:
            break
    return out


def _floor(threshold: float) -> float | None:
    """The logit under which a pair's probability stays under ``threshold``, less a margin far wider
    than the rounding of a sum of weights (None: no such logit)."""
    if not 0.0 < threshold < 1.0:
        return None
    return math.log(threshold / (1.0 - threshold)) - 1e-6


def best_row(sent: str, day: str, events: list[dict[str, Any]], data_dir: str,
             weights: MatcherWeights | None = None, state: str = "open_event",
             cited: frozenset[str] = frozenset()) -> tuple[dict[str, Any], float] | None:
    """The candidate row the model scores highest for the sentence, with its probability
    (``cited``: the rows the rules cite elsewhere in the article)."""
    got = _best_pair(sent, day, events, data_dir, weights, state, cited)
    return None if got is None else (got[0], got[1])


def _best_pair(sent: str, day: str, events: list[dict[str, Any]], data_dir: str, weights: MatcherWeights | None = None,
               state: str = "open_event", cited: frozenset[str] = frozenset(),
               floor: float | None = None) -> tuple[dict[str, Any], float, list[str]] | None:
    """:func:`best_row` with the features of the pair; ``floor``: a logit under which no pair is
    wanted: None when every row's :func:`logit_bounds` stays under it (the rows are not scored)."""
    if not events:
        return None
    w = weights or load_weights()
    idx = row_index(events, data_dir)
    r = read_sentence(sent, day, data_dir, state, cited)
    rows = candidates(r, idx)
    if not rows:
        return None
    if floor is not None:
        bounds = logit_bounds(r, rows, idx, w, floor, stop=not HOT_ROWS)
        if max(bounds) < floor:
            return None
        if HOT_ROWS:
            return _best_hot_pair(r, rows, idx, w, floor, bounds)
    ranked = rank_rows(r, idx, rows)
    if not ranked:
        return None
    p, neg, k = max((probability(w, f), -i, k) for k, (i, f) in enumerate(ranked))  # (ties: the first row of the table)
    return idx.events[-neg], p, ranked[k][1]


#: speed (twentieth session): with a floor, only the rows whose bound reaches it get their features
#: (:func:`_best_hot_pair`); switch for measuring and for the test against :func:`rank_rows`
HOT_ROWS = True


def _pair_bits(r: Reading, i: int, idx: RowIndex) -> tuple[tuple[int, int, int, int], bool]:
    """The cue bits :func:`pair_features` gives the pair (sentence, row ``i``) and whether it
    gives ``fig:other``, read without building its features (what :func:`rank_rows` reads of
    every candidate to rank one)."""
    s = idx.sigs[i]
    party = bool(r.countries & s.actor_countries or r.agents & s.agents or r.firms & s.agents
                 or (idx.names and idx.names[i] & r.names))
    com = bool(r.commodities & s.commodities or (s.umbrella and r.commodities))
    date = _date_block(r, i, idx)[1]
    kind = _kind_block(r, s.families)[1]
    amount = idx.amount[i]
    other = bool(r.figures and amount is not None and r.figures.get(amount[0])
                 and not _amount_matches(r.figures[amount[0]], amount[1])
                 and not (idx.text_amounts and _amount_in_text(r.figures, idx.text_amounts[i])))
    return (int(party), int(com), date, kind), other


def _best_hot_pair(r: Reading, rows: list[int], idx: RowIndex, w: MatcherWeights, floor: float,
                   bounds: list[float]) -> tuple[dict[str, Any], float, list[str]] | None:
    """What ``_best_pair`` gives from :func:`rank_rows` and :func:`probability` when a pair under
    ``floor`` is not wanted, with the features of only the rows whose bound (``bounds``, from
    :func:`logit_bounds`) reaches the floor: a row under its bound stays under the floor, so it can
    be neither the best pair nor one that passes. The ranks still compare every candidate, by the
    cue bits alone (:func:`_pair_bits`). None when no row reaches the floor."""
    bits = [_pair_bits(r, i, idx) for i in rows]
    keep = [k for k, (_, other) in enumerate(bits) if not other]
    if not keep:
        return None
    scores = [_cue_score(bits[k][0]) for k in keep]
    kept = [rows[k] for k in keep]
    n = len(kept)
    nb = "n:1" if n == 1 else "n:2-3" if n <= 3 else "n:4-8" if n <= 8 else "n:9+"
    groups: dict[tuple[int, tuple[str, ...]], list[str]] = {}
    for k, i in enumerate(kept):
        groups.setdefault((scores[k], idx.sigs[i].families), []).append(idx.sigs[i].date)
    top = max(scores)
    n_top = scores.count(top)
    ordered = sorted(scores)
    W = w.weights.get
    best: tuple[float, int, list[str]] | None = None
    for k, i in enumerate(kept):
        if bounds[keep[k]] < floor:
            continue
        f = _ranked(pair_features(r, i, idx)[0], scores[k], i, idx, nb, n, top, n_top, ordered, groups)
        p = probability(w, f)
        if best is None or p > best[0]:  # (ties: the first row of the table, as rows are sorted)
            best = (p, i, f)
    # the best pair under the floor: no pair reaches it (the rows left out stay under their bounds)
    if best is None or w.bias + sum(map(W, set(best[2]), repeat(0.0))) < floor:
        return None
    return idx.events[best[1]], best[0], best[2]


def _another_party_acts(feats: list[str]) -> bool:
    """The sentence names none of the row's parties but other countries (the ``c:x...`` conjunctions),
    or its subject is a country outside the row's parties (``subj:other``): it reports another
    country's act ("Zambia extended its ban" is not the Congolese extension of the same day)."""
    return "subj:other" in feats or any(x.startswith("c:x") for x in feats)


def _date_not_held(feats: list[str]) -> bool:
    """The sentence states dates and none of them is a date of the row (``d:miss``): "Peru banned exports
    of molybdenum concentrate on November 3, 2023" is not the ban of March 14, 2024 (a wrong date is not
    ``supported``). Since the eighteenth session, when the words shared with the row's title can outweigh
    a missed date in the model."""
    return "d:miss" in feats


def _other_commodity_only(feats: list[str]) -> bool:
    """The sentence names commodities, none of them the row's (``m:only_other``), and none of the row's
    parties (the ``c:0...`` conjunction): "new rules require licences for tungsten exports" is not a
    measure on uranium of the same month, whatever words they share."""
    return "m:only_other" in feats and any(x.startswith("c:0") for x in feats)


_FINAL = re.compile(r"\bfinal", re.I)
_NOT_FINAL = re.compile(r"\b(?:prelim|propos|draft)", re.I)


def _other_stage(sent: str, e: dict[str, Any]) -> bool:
    """The sentence reports a final act and the row's title a preliminary, proposed or draft one (or the
    reverse): "a final anti-dumping ruling" is not the preliminary determination the row records."""
    title = str(e.get("title") or "")
    sf, sp = _FINAL.search(sent) is not None, _NOT_FINAL.search(sent) is not None
    tf, tp = _FINAL.search(title) is not None, _NOT_FINAL.search(title) is not None
    return (sf and not sp and tp and not tf) or (sp and not sf and tf and not tp)


def _other_firm_acts(sent: str, e: dict[str, Any], feats: list[str], data_dir: str) -> bool:
    """The sentence names none of the row's parties (``p:none``, ``p:outside``) but a firm the row does not
    hold (:func:`critmin.claims.article_subject.firm_of_its_own`), and no state body: "On June 10, Zenith
    Metals signed a contract to buy a project" is the firm's act, not a US firm's milestone of that day
    (rule 9; a guard at the call, after training, like :func:`_unknown_firm_acts`)."""
    if not ("p:none" in feats or "p:outside" in feats):
        return False
    from critmin.claims.article_subject import firm_of_its_own
    from critmin.claims.verdict import _STATE_BODY

    return _STATE_BODY.search(sent) is None and firm_of_its_own(sent, e, data_dir) is not None


def _unknown_firm_acts(sent: str, e: dict[str, Any], feats: list[str], data_dir: str) -> bool:
    """The row is a firm's event (it names companies), the sentence names none of the table's
    companies (``f:unnamed``) but introduces one by a word for a firm ("magnet maker Acme
    Magnetics", "the miner Zeta Resources") whose name no actor of the table and no word of the
    row carries: a stake in another firm is not the stake the row records (rule 9, an event the
    table does not hold stays unverifiable)."""
    if "f:unnamed" not in feats:
        return False
    names = [m.group(1) for m in _FIRM_INTRODUCED.finditer(sent)]
    if not names:
        return False
    from critmin.claims.event_terms import row_blob

    row = row_blob(e)
    known = _actor_words(data_dir)
    return any(n not in known and n.lower() not in row for n in names)


#: a firm introduced by a word for one: "magnet maker Acme", "the miner Zeta", "startup Nova"
_FIRM_INTRODUCED = re.compile(r"\b(?:maker|miner|producer|start-?up|company|firm|developer|refiner|supplier|"
                              r"manufacturer|processor|explorer)\s+([A-Z][a-z]{2,}|[A-Z]{3,})\b")


@cache
def _actor_words(data_dir: str) -> frozenset[str]:
    """Every capitalised word of an actor's name or alias (``actors.csv``, ``actor_aliases.csv``):
    the names of agencies, firms and bodies the table knows ("Pentagon", "Defense")."""
    import csv

    words: set[str] = set()
    for fn, cols in (("actors.csv", ("name", "aliases")), ("actor_aliases.csv", ("alias",))):
        path = Path(data_dir) / fn
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for col in cols:
                    words.update(w for w in re.findall(r"[A-Za-z]+", str(row.get(col) or "")) if w[:1].isupper())
    return frozenset(words)


#: the explanation of the learned fallback's claims (critmin.claims.detector)
_FALLBACK_WORDS = "the sentence reads as a checkable statement (detector score"


def sentence_state(checks: list[ClaimCheck], ks: list[int]) -> str:
    """How the rules left a sentence whose claims are ``ks``: ``none`` (no claim), ``settled``
    (a verdict, a row cited, or a reason of meaning: an import measure, a step said not to
    have happened, a lasting state, an organisation acting), else open with an event claim
    (``open_event``), only the fallback's claims (``open_fallback``) or only figures
    (``open_figure``)."""
    from critmin.claims.event_context import context_verdict_reason

    if not ks:
        return "none"
    if any(checks[k].verdict.verdict != "unverifiable" for k in ks):
        return "settled"
    if any(e.measure == "event" for k in ks for e in checks[k].verdict.evidence):
        return "settled"
    ev = [k for k in ks if checks[k].claim.kind == "event"]
    if any((checks[k].claim.event or {}).get("org_agent")
           or context_verdict_reason(dict(checks[k].claim.event or {})) is not None for k in ev):
        return "settled"
    if ev:
        return "open_event"
    if all(checks[k].verdict.explanation.startswith(_FALLBACK_WORDS) for k in ks):
        return "open_fallback"
    return "open_figure"


def may_report_event(sent: str, events: list[dict[str, Any]], data_dir: str) -> bool:
    """A word of a kind of action (any family of :mod:`event_signatures`, or a type of the table
    no family lists): a sentence without one is no event report, and is not read further."""
    from critmin.claims.event_signatures import _kind_in

    return _kind_in(sent, events, data_dir)


def open_sentences(checks: list[ClaimCheck]) -> dict[tuple[int, int], tuple[int, str]]:
    """Sentence span -> (the claim to judge, the sentence's state) for each sentence the matcher
    may read: every claim ``unverifiable``, no row of the events table cited, no reason of meaning
    (:func:`sentence_state`); its first event claim is judged, else its first claim."""
    groups: dict[tuple[int, int], list[int]] = {}
    for k, cc in enumerate(checks):
        groups.setdefault(tuple(cc.claim.sentence_span), []).append(k)  # type: ignore[arg-type]
    out: dict[tuple[int, int], tuple[int, str]] = {}
    for span, ks in groups.items():
        state = sentence_state(checks, ks)
        if state.startswith("open"):
            out[span] = (next((k for k in ks if checks[k].claim.kind == "event"), ks[0]), state)
    return out


def cited_rows(checks: list[ClaimCheck]) -> frozenset[str]:
    """The event ids the checks cite (evidence of the events table): for an open sentence, the rows
    the rules cite in the article's other sentences (an open sentence cites none)."""
    return frozenset(ev.edition for cc in checks for ev in cc.verdict.evidence if ev.measure == "event" and ev.edition)


def _verdict(e: dict[str, Any], p: float) -> Verdict:
    title = str(e.get("title") or e.get("event_id") or "")
    date = str(e.get("date") or "")[:10]
    eff = str(e.get("effective_date") or "")[:10]
    when = f"dated {date}" + (f", effective {eff}" if eff and eff != date else "")
    ev = Evidence(edition=str(e.get("event_id") or ""), source_id=str(e.get("source_id") or ""),
                  commodity=str(e.get("commodities") or ""), measure="event", country=str(e.get("actors") or ""),
                  year=None, value=None, unit="", published=date, locator=title, current=True)
    return Verdict("supported", f"{title}: in the events table, {when} (matched by the learned event matcher, "
                   f"probability {p:.2f}: the sentence meets the row's parties, commodities, kind or date)", [ev])


def match_open_events(checks: list[ClaimCheck], events: list[dict[str, Any]] | None, day: str, data_dir: str,
                      weights: MatcherWeights | None = None, cited: frozenset[str] | None = None,
                      only: frozenset[str] | None = None, why: str = "", least: float = 0.0) -> None:
    """Give each open event sentence (:func:`open_sentences`) the row the model matches with a
    probability at least the shipped threshold: ``supported`` by that row. ``cited``: the rows read as
    cited in the article (``art:cited``; default the rules' citations, :func:`cited_rows`); ``only``: when
    given, a call is made only to one of these rows (:mod:`critmin.claims.restatements`); ``why``: added to
    the explanation of each call; ``least``: the first-stage probability a call needs at least."""
    # (twenty-sixth session) the missed-date guard reads the dates the row's text records
    from critmin.claims.row_text_dates import date_missed

    if not events:
        return
    todo = open_sentences(checks)
    if not todo:
        return
    w = weights or load_weights()
    if math.isinf(w.threshold):
        return
    if cited is None:
        cited = cited_rows(checks)  # before any call: the rules' citations only, as in training
    # a sentence the deal-term reading judged (a term of a deal the row does not state) asserts details,
    # not the event: it stays unverifiable (a guard at the call, after training)
    terms = {tuple(cc.claim.sentence_span) for cc in checks if (cc.claim.event or {}).get("type") == "deal_term"}
    floor = _floor(w.threshold)
    two = w.second if SECOND_STAGE else None
    if two is not None:  # the lowest best logit the second stage can call (the runner-up at most as high)
        floor = max((math.log(two[3] / (1.0 - two[3])) - two[0]) / (two[1] + two[2]) - 1e-6,
                    _floor(SECOND_STAGE_FLOOR) or -math.inf)
    for k, state in todo.values():
        c = checks[k].claim
        if tuple(c.sentence_span) in terms:
            continue
        if KIND_GATE and not may_report_event(c.sentence, events, data_dir):
            continue
        got = _best_pair(c.sentence, day, events, data_dir, w, state, cited, floor)
        if got is not None and two is not None:
            got = got if (got[1] >= SECOND_STAGE_FLOOR
                          and _second_stage_calls(c.sentence, day, events, data_dir, w, state, cited, got[1], two)) else None
        if got is not None and ((only is not None and str(got[0].get("event_id") or "") not in only) or got[1] < least):
            continue
        if (got is not None and (two is not None or got[1] >= w.threshold) and not _amount_not_held(c.sentence, got[0])
                and not _another_party_acts(got[2]) and not date_missed(got[2], c.sentence, day, got[0], data_dir)
                and not _other_commodity_only(got[2]) and not _other_stage(c.sentence, got[0])
                and not _unknown_firm_acts(c.sentence, got[0], got[2], data_dir)
                and not (OTHER_FIRM and _other_firm_acts(c.sentence, got[0], got[2], data_dir))):
            v = _verdict(got[0], got[1])
            v.explanation += why
            checks[k] = ClaimCheck(c, v)


#: (twenty-second session; switch for measuring) the guard :func:`_other_firm_acts` at the call
OTHER_FIRM = True


#: a second stage over the best row's logit and the runner-up's (twenty-first session, measured and left off;
#: on since the twenty-second with ``SECOND_STAGE_FLOOR``): ``MatcherWeights.second``, fitted by
#: ``scripts/train_event_matcher.py`` on the held-out probabilities (docs/claims.md), decides the call of an
#: open sentence instead of the first stage's threshold
SECOND_STAGE = True
RUNNER_UP_FLOOR = -6.0
#: (twenty-second session) the second stage calls only a best row the first stage itself gives at least this
#: probability: a close runner-up says the sentence reports an event of the table, not that a weak best row is
#: it (without the floor it called an invented policy-act sentence at 0.23, a memorandum published, by the row
#: of the fund's documents signed); the training script applies the same floor to its cross-validated calls
SECOND_STAGE_FLOOR = 0.3


def _second_stage_calls(sent: str, day: str, events: list[dict[str, Any]], data_dir: str, w: MatcherWeights,
                        state: str, cited: frozenset[str], p1: float, two: tuple[float, float, float, float]) -> bool:
    """Whether the second stage calls the sentence whose best row scores ``p1`` (every candidate read)."""
    idx = row_index(events, data_dir)
    r = read_sentence(sent, day, data_dir, state, cited)
    ps = sorted((probability(w, f) for _, f in rank_rows(r, idx)), reverse=True)

    def lg(p: float) -> float:
        p = min(max(p, 1e-9), 1.0 - 1e-9)
        return math.log(p / (1.0 - p))

    l2 = max(RUNNER_UP_FLOOR, lg(ps[1])) if len(ps) > 1 else RUNNER_UP_FLOOR
    z = two[0] + two[1] * lg(p1) + two[2] * l2
    return 1.0 / (1.0 + math.exp(-z)) >= two[3]


def _amount_not_held(sent: str, e: dict[str, Any]) -> bool:
    """The sentence states an amount of money or tonnes that the row does not hold as its
    quantity (none, or another one) nor states in its text (:func:`_text_amounts`): the sentence asserts a
    figure the table cannot support, so
    no ``supported`` call is made (the row may still be meant; the claim stays ``unverifiable``)."""
    stated = {u: v for u, v in stated_amounts(sent).items() if u in ("USD_million", "t", "USD/kg") and v}
    if not stated:
        return False
    amount = _row_amount(e)
    if amount is not None and _amount_matches(stated.get(amount[0]), amount[1]):
        return False
    # (since the nineteenth session) or a sum its text states: "US$50 million equity" of a row whose quantity is the loan
    return not (TEXT_AMOUNTS and _amount_in_text(stated, _text_amounts(e)))


# speed (eighteenth session): the sentence-wide searches of every reading of an open sentence tried
# only where a match can start (extract._lead, as event_signatures does; extract.py does not import
# this module). tests/claims/test_speed_matcher_bound.py checks each against its plain form.
from critmin.claims.extract import _lead  # noqa: E402
from critmin.claims.extract import finditer_in_sentence as _finditer_in  # noqa: E402
from critmin.claims.extract import search_in_sentence as _in_sentence  # noqa: E402

_LEGAL_LIKE, _COUNT, _TONNAGE, _MARKET, _CAUSE, _HOLDING, _STATE, _DUTY, _BACKGROUND, _SPEECH, _NAME_WORD = (
    _lead(p) for p in (_LEGAL_LIKE, _COUNT, _TONNAGE, _MARKET, _CAUSE, _HOLDING, _STATE, _DUTY, _BACKGROUND, _SPEECH,
                       _NAME_WORD))


#: sentences rule 10's gate holds from the learned fallback (:func:`critmin.claims.detector.held_by_gate`: a plan,
#: a sum of money, a modal, a proposal) that the matcher links to a recorded row are read as that event
#: (nineteenth session; switch for measuring): a term of a recorded plan, framework or deal ("will build a
#: magnet plant", "a $1.3 billion loan", "within six months") is a detail of the recorded event, not a
#: plan (README rule 17i)
GATED = True
#: the probability a gated sentence's best row must reach (above the open sentences' threshold: a wrong link
#: here also adds a detection in a sentence that may be no claim)
GATE_THRESHOLD = 0.7
#: the gates never let through: a forecast ("is expected to", "likely") asserts no recorded event
GATE_KEEP: frozenset[str] = frozenset({"forecast"})
#: (twentieth session) sentences held by a negation alone (:func:`critmin.claims.detector.held_by_negation`:
#: "is not subject to Western sanctions", "does not impose any debt obligations") are linked the same way:
#: a negated term of a recorded measure is a detail of the recorded event (README rules 9, 17i)
GATE_NEGATED = True


def gated_sentences(text: str, checks: list[ClaimCheck]) -> list[tuple[int, int, list[str]]]:
    """(start, end, gates) of each sentence of ``text`` (the spans :func:`extract.sentence_spans`
    reads) that no claim falls in, laid out as prose and held from the fallback by rule 10's gates
    alone (:func:`detector.held_by_gate`)."""
    from critmin.claims.detector import _prose, held_by_gate, held_by_negation
    from critmin.claims.extract import sentence_spans

    read = sorted(tuple(cc.claim.span) for cc in checks)
    out: list[tuple[int, int, list[str]]] = []
    for a, b in sentence_spans(text):
        if any(lo < b and a < hi for lo, hi in read) or not _prose(text, a, b):
            continue
        gates = held_by_gate(text[a:b]) or (held_by_negation(text[a:b]) if GATE_NEGATED else [])
        if gates and GATE_KEEP.isdisjoint(gates):
            out.append((a, b, gates))
    return out


def match_gated_events(checks: list[ClaimCheck], text: str, events: list[dict[str, Any]] | None, day: str,
                       data_dir: str, cited: frozenset[str] = frozenset(),
                       weights: MatcherWeights | None = None) -> None:
    """Insert a ``supported`` event claim for each sentence held by rule 10's gates
    (:func:`gated_sentences`) whose best candidate row (read as a sentence the rules left without a
    claim, ``st:none``, as in training) reaches ``GATE_THRESHOLD`` and passes the guards of
    :func:`match_open_events`; ``cited``: the rows the rules cite in the article."""
    if not events or not GATED:
        return
    from critmin.claims.row_text_dates import date_missed

    todo = gated_sentences(text, checks)
    if not todo:
        return
    from critmin.claims.model import Claim

    w = weights or load_weights()
    floor = _floor(GATE_THRESHOLD)
    for a, b, gates in todo:
        sent = text[a:b]
        got = _best_pair(sent, day, events, data_dir, w, "none", cited, floor)
        if (got is None or got[1] < GATE_THRESHOLD or _amount_not_held(sent, got[0])
                or _another_party_acts(got[2]) or date_missed(got[2], sent, day, got[0], data_dir)
                or _other_commodity_only(got[2])
                or _other_stage(sent, got[0]) or _unknown_firm_acts(sent, got[0], got[2], data_dir)
                or (OTHER_FIRM and _other_firm_acts(sent, got[0], got[2], data_dir))):
            continue
        v = _verdict(got[0], got[1])
        rest = [g for g in gates if g != "negated"]
        held = ("a negation" + (f" and a word of rule 10's {'/'.join(rest)} gate" if rest else "")
                if "negated" in gates else f"a word of rule 10's {'/'.join(gates)} gate")
        v.explanation += f"; {held} held the sentence, read as a term of the recorded event (rule 17i)"
        c = Claim(sentence=sent, span=(a, b), kind="event", text=sent.strip(), sentence_span=(a, b))
        at = next((i for i, cc in enumerate(checks) if cc.claim.span[0] > a), len(checks))
        checks.insert(at, ClaimCheck(c, v))
