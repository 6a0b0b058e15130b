"""A learned fallback for sentences no rule reads: "is this sentence a checkable claim?"

The rules of :mod:`critmin.claims.extract` read what a sentence asserts; on articles nobody
tuned them on they miss about a quarter of the claims, mostly event sentences without a
digit that no rule's wording covers. This module scores ONE sentence with a linear model
(logistic regression) over its words and a few cues, and :func:`fallback_claims` emits one
``unverifiable`` claim for each sentence that produced no claim and clears the threshold:
it reads as a checkable statement, but nothing parsed what it asserts.

Features of a sentence (:func:`features`), all binary:

* lowercased word unigrams, bigrams and trigrams after normalisation: numbers become shape
  tokens (``<num>``, ``<year>``, ``<pct>``, ``<money>``, ``<unit>``), country and commodity
  names ``<country>`` and ``<commodity>`` (the package's gazetteer, :func:`extract.scan_entities`),
  month names ``<month>``; the sentence is framed by ``<s>`` and ``</s>``;
* stems: ``stem:`` and the first five letters of each word longer than that;
* dense cues: ``cue:digit``, ``cue:actor`` (a country is named), ``cue:modal`` (a modal,
  plan or forecast word of :mod:`critmin.claims.lexicon`), ``cue:quote``, ``cue:negated`` (a negation: not, never, "didn't"; only with
  ``_DET_READ_NEGATED_FIGURES``, off) and
  ``cue:len:<bucket>`` (words: <=8, <=15, <=30, more);
* structural cues that do not depend on wording seen in training (:func:`_structure`): a date,
  a past act, an agent, a name, a figure with a unit; first person, opinion, future; and one
  ``combo:`` feature per combination of date, act, agent and figure.

Score = ``bias + sum(weight[f] for f in set(features(sentence)))`` (a logit); the sentence
fires when the score is at least the shipped threshold. The weights come from
``scripts/train_claim_detector.py`` (the benchmarks/claims_eval articles whose failures may be
read, the runner's ``readable()``; the sentences the fallback may read count four times; the
threshold allows false firings up to 10 % of the rules' detections in cross-validation by
batch, see the script's docstring) and
are shipped in ``detector_weights.json`` beside this module. Inference is pure Python.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from functools import cache
from itertools import compress, count, pairwise, repeat
from pathlib import Path
from typing import Any

from critmin.claims import lexicon as _lx
from critmin.claims.model import Claim

__all__ = ["WEIGHTS_PATH", "DetectorWeights", "eligible", "fallback_claims", "features", "load_weights", "score"]

#: the shipped weights (package data)
WEIGHTS_PATH = Path(__file__).with_name("detector_weights.json")

#: longest sentence scored (characters); longer spans are tables or run-on page furniture
_DET_MAX_CHARS = 600

_DET_TOKEN = re.compile(
    r"[A-Za-z]+(?:\.[A-Za-z]\.(?:[A-Za-z]\.)*|\$)?"       # words, "U.S." as the gazetteer writes it, "US$"
    r"|\d[\d,.]*\d|\d"                                   # numbers
    r"|[$%\u20ac\u00a3\u00a5\"\u201c\u201d]")               # currency signs, percent, quotes
_DET_YEAR = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")
_DET_UNITS = frozenset([
    "t", "kt", "mt", "tonnes", "tonne", "tons", "ton", "kg", "kilograms", "kilogram", "grams", "lbs", "pounds",
    "ounces", "oz", "koz", "moz", "gw", "gwh", "mw", "barrels", "tpa", "ktpa", "mtpa"])
_DET_PCT_WORDS = frozenset({"percent", "pct"})
_DET_MONTHS = frozenset(m.lower() for m in _lx.MONTHS) | frozenset(
    m.lower()[:3] for m in _lx.MONTHS if len(m) > 4) | {"sept"}
_DET_MODAL = frozenset(w.lower() for w in _lx.spellings(
    _lx.MODALS, _lx.FUTURE_MODALS, _lx.DUTY_MODALS, _lx.PLAN_WORDS, _lx.AIM_WORDS, _lx.TARGET_WORDS,
    _lx.INTENT_WORDS, _lx.WISH_WORDS, _lx.FORECAST_WORDS, _lx.PREDICTION_WORDS, _lx.DELIBERATION_WORDS))
_DET_QUOTES = frozenset('"\u201c\u201d')
_DET_CURRENCY = frozenset({"$", "us$", "a$", "au$", "c$", "\u20ac", "\u00a3", "\u00a5"})
_DET_SCALES = frozenset({"<num>", "million", "billion", "thousand", "metric"})
#: tokens that are not plain words (everything else is kept as written, in lower case)
_DET_SPECIAL = _DET_CURRENCY | _DET_PCT_WORDS | _DET_QUOTES | _DET_UNITS | _DET_MONTHS | {"%", "cent", "s"}
_DET_LENGTH = ("cue:len:1",) * 9 + ("cue:len:2",) * 7 + ("cue:len:3",) * 15


def _length_bucket(n: int) -> str:
    return _DET_LENGTH[n] if n < len(_DET_LENGTH) else "cue:len:4"


@cache
def _gazetteer(data_dir: str | None) -> Any:
    from critmin.claims.extract import patterns
    from critmin.dataset import DATA_DIR

    return patterns(data_dir or str(DATA_DIR))


@cache
def _name_starts(data_dir: str | None = None) -> frozenset[str]:
    """Tokens one of which every country or commodity name contains: the words that start a
    name, with "the" ("the Netherlands") replaced by the word after it."""
    pats = _gazetteer(data_dir)
    after_the = {form.split(" ")[1] for form in pats.country_forms if form.startswith("the ") and " " in form}
    return frozenset(pats.first_words - {"the"}) | frozenset(after_the)


def _maybe_anchored(sent: str, raw: list[str]) -> bool:
    """False when the sentence surely names no figure, country, commodity or day (a cheap look
    at its tokens as written, before the names are looked up; :func:`_anchored` decides)."""
    return not (_name_starts().isdisjoint(raw) and _DET_RAW_DAYS.isdisjoint(raw) and _DET_DIGIT.search(sent) is None)


def _entity_tokens(raw: list[str], pats: Any) -> list[str]:
    """The tokens with each country or commodity name (longest form first, the gazetteer of
    :func:`critmin.claims.extract.patterns`) replaced by ``<country>`` / ``<commodity>``; the
    ``s`` of a possessive after a name is dropped."""
    firsts = pats.first_words
    cand = list(compress(count(), map(firsts.__contains__, raw)))
    if not cand:
        return raw
    out: list[str] = []
    n = len(raw)
    done = 0  # raw[:done] is in ``out``
    countries, commodities, symbols, lengths = pats.country_forms, pats.commodity_forms, pats.symbol_forms, pats.lengths
    for i in cand:
        if i < done:
            continue
        w = raw[i]
        hit = None
        for k in lengths[w]:
            if k > n - i:
                continue
            phrase = w if k == 1 else " ".join(raw[i:i + k])
            if phrase in countries:
                hit = ("<country>", k)
                break
            if phrase.lower() in commodities:
                hit = ("<commodity>", k)
                break
        if hit is None and w in symbols:
            hit = ("<commodity>", 1)
        if hit is None:
            continue
        out.extend(raw[done:i])
        out.append(hit[0])
        done = i + hit[1]
        if done < n and raw[done] == "s":
            done += 1  # "China's"
    out.extend(raw[done:])
    return out


def _tokens(sentence: str, data_dir: str | None = None, raw: list[str] | None = None) -> list[str]:
    """The normalised tokens of a sentence (before the shape tokens): names masked, lower case."""
    if raw is None:
        raw = _DET_TOKEN.findall(sentence)
    return [t.lower() for t in _entity_tokens(raw, _gazetteer(data_dir))]


def _normalised(raw: list[str], sent: str = "") -> tuple[list[str], list[str]]:
    """The shape tokens of a sentence (from :func:`_tokens`) and its cues (the structural ones of
    :func:`_structure` too; ``sent``, the sentence as written, shows its capitalised names)."""
    toks: list[str] = []
    has_digit = quote = False
    prev = ""
    special = _DET_SPECIAL
    n = len(raw)
    for i, t in enumerate(raw):
        if t not in special and not t[0].isdigit():
            toks.append(t)  # a plain word
        elif t[0].isdigit():
            has_digit = True
            if prev in _DET_CURRENCY:
                prev = t
                continue  # the currency sign already stood for the figure
            toks.append("<year>" if len(t) == 4 and _DET_YEAR.fullmatch(t) else "<num>")
        elif t in _DET_CURRENCY:
            toks.append("<money>")
        elif t == "%" or t in _DET_PCT_WORDS or (t == "cent" and prev == "per"):
            if t == "cent":
                toks.pop()
            toks.append("<pct>")
        elif t in _DET_QUOTES:
            quote = True
        elif t in _DET_UNITS and toks and toks[-1] in _DET_SCALES:
            toks.append("<unit>")
        elif t in _DET_MONTHS and (len(t) > 3 or (i + 1 < n and raw[i + 1][0].isdigit()) or (
                t == "may" and _month_may(sent))):
            toks.append("<month>")
        elif t != "s":  # (the "s" of "world's" is dropped)
            toks.append(t)
        prev = t
    cues = []
    if has_digit:
        cues.append("cue:digit")
    if "<country>" in toks:
        cues.append("cue:actor")
    if not _DET_MODAL.isdisjoint(toks):
        cues.append("cue:modal")
    if quote:
        cues.append("cue:quote")
    if _DET_READ_NEGATED_FIGURES and _negated(toks):
        cues.append("cue:negated")
    cues.append(_length_bucket(len(toks)))
    cues.extend(_structure(sent, toks))
    if _DET_UNANCHORED_NEEDS and sent and not _anchored(sent, raw):
        cues.append("cue:noanchor")
    if _DET_ADMIT:
        ws = set(raw)
        may = "may" in ws and _DET_MAY.search(sent) is not None
        sched = "due" in ws and _scheduled(raw)
        if may or sched or not _DET_GATED.isdisjoint(ws):
            cues.extend("cue:gate:" + g for g in _gates(ws, may, sched))
    return toks, cues


#: the modal "may" as written (the month is "May")
_DET_MAY = re.compile(r"(?<![A-Za-z])may(?![A-Za-z])")


def _month_may(sent: str) -> bool:
    """The token "may" of ``sent`` is the month "May" (twenty-third session): with no day number after it
    ("in May", "in early May", "on 3-4 May") it is still a date (``<month>``, ``cue:date``), not the modal
    of ``cue:modal``, when the sentence writes no lower-case "may" (the tokens are lower case by then; the
    gate already looks for the modal as written, :data:`_DET_MAY`)."""
    return bool(sent) and _DET_MAY.search(sent) is None


#: past forms of acts that do not end in -ed ("China set quotas", "output rose")
_DET_IRREGULAR_PAST = frozenset([
    "rose", "fell", "grew", "took", "made", "set", "hit", "won", "sold", "bought", "began", "cut", "led",
    "sought", "struck", "spent", "paid", "shut", "held", "put", "became", "brought", "built", "drew", "froze",
    "gave", "got", "lost", "met", "ran", "sent", "shed", "slid", "sank", "told", "threw", "wrote", "overtook",
    "undertook", "withdrew", "broke", "chose", "forbade", "found", "left", "kept", "lent", "let", "outpaced",
    "quit", "sat", "stood", "understood"
])
#: words in -ed that are no act ("based in", "related", "limited" of a company name, "hundred")
_DET_NOT_ACT = frozenset([
    "based", "related", "used", "need", "indeed", "speed", "seed", "feed", "proceed", "exceed", "succeed",
    "united", "limited", "listed", "detailed", "dedicated", "interested", "concerned", "supposed", "alleged",
    "hundred"
])
#: relative dates ("yesterday", "two weeks ago", "since", "earlier"), and the periods of "last year", "this month"
_DET_RELATIVE = frozenset([
    "yesterday", "recently", "ago", "since", "earlier"
]) | frozenset(d.lower() for d in _lx.WEEKDAYS)
_DET_PERIODS = frozenset([
    "year", "years", "month", "months", "week", "weeks", "quarter", "weekend", "decade", "spring", "summer",
    "autumn", "winter"
])
_DET_PERIOD_BEFORE = frozenset(["last", "this", "earlier", "past"])
#: who acts besides a country: a government, a regulator, a company
_DET_ORGS = frozenset([
    "government", "ministry", "minister", "ministers", "commission", "department", "administration", "council",
    "parliament", "congress", "senate", "agency", "bureau", "authority", "authorities", "regulator", "company",
    "companies", "firm", "firms", "corp", "corporation", "inc", "ltd", "plc", "group", "miner", "miners",
    "producer", "producers", "president", "premier"
])
#: what a claim rarely says: the writer's own voice, an opinion, the future (labelling rule 10)
_DET_FIRST_PERSON = frozenset(["we", "our", "us", "i", "my", "me"])
_DET_OPINION = frozenset([
    "believe", "believes", "think", "thinks", "argue", "argues", "argued", "important", "crucial", "key", "vital",
    "critical", "essential"
])
_DET_FUTURE = frozenset(["will", "soon", "upcoming", "next"])
#: a capitalised word after a lower-case word or a comma: a name that is not the sentence's first word
_DET_CAPITAL = re.compile(r"(?<=[a-z0-9,;:)] )[A-Z][A-Za-z&.-]+")
_DET_FIGURES = frozenset({"<unit>", "<pct>", "<money>"})
_DET_DATES = frozenset({"<year>", "<month>"}) | _DET_RELATIVE


def _structure(sent: str, toks: list[str]) -> list[str]:
    """Structural cues that do not depend on wording seen in training: ``cue:date`` (a year, a
    month, a weekday, a relative date: "last year", "two weeks ago"), ``cue:act`` (a past act:
    a word in -ed or an irregular past form), ``cue:agent`` (a country, an organisation word or
    a capitalised name inside the sentence), ``cue:name`` (the last alone), ``cue:figure`` (a
    figure with a unit, a percent or a currency); the negative cues ``cue:first`` (we, our),
    ``cue:opinion`` and ``cue:future``; and ``combo:`` with the letters of the first four that
    hold (D date, A act, R agent, F figure), so that each combination has a weight of its own."""
    ts = set(toks)
    date = not _DET_DATES.isdisjoint(ts) or any(
        a in _DET_PERIOD_BEFORE and b in _DET_PERIODS for a, b in pairwise(toks))
    act = not _DET_IRREGULAR_PAST.isdisjoint(ts) or any(
        len(t) > 4 and t[-2:] == "ed" and t not in _DET_NOT_ACT and t.isalpha() for t in ts)
    names = {m.lower() for m in _DET_CAPITAL.findall(sent)} & ts if sent else set()
    names -= _DET_ANCHORS
    agent = "<country>" in ts or not _DET_ORGS.isdisjoint(ts) or bool(names)
    figure = not _DET_FIGURES.isdisjoint(ts)
    cues = [c for c, on in (("cue:date", date), ("cue:act", act), ("cue:agent", agent), ("cue:name", bool(names)),
                            ("cue:figure", figure), ("cue:first", not _DET_FIRST_PERSON.isdisjoint(ts)),
                            ("cue:opinion", not _DET_OPINION.isdisjoint(ts)),
                            ("cue:future", not _DET_FUTURE.isdisjoint(ts))) if on]
    cues.append("combo:" + "".join(k for k, on in (("D", date), ("A", act), ("R", agent), ("F", figure)) if on))
    return cues


#: words longer than this also give a stem feature, their first ``_DET_STEM`` letters
_DET_STEM = 5


def _stems(toks: list[str]) -> set[str]:
    """The first ``_DET_STEM`` letters of each word longer than that ("restrict" of
    "restricted", "restrictions"): words the training set spells otherwise still weigh."""
    return {t[:_DET_STEM] for t in toks if len(t) > _DET_STEM and t.isalpha()}


def _features_of(raw: list[str], sent: str = "") -> list[str]:
    toks, cues = _normalised(raw, sent)
    framed = ["<s>", *toks, "</s>"]
    feats = dict.fromkeys(toks)
    feats.update(dict.fromkeys(sorted("stem:" + st for st in _stems(toks))))
    feats.update(dict.fromkeys([a + " " + b for a, b in pairwise(framed)]))
    feats.update(dict.fromkeys([a + " " + b + " " + c for a, b, c in zip(framed, framed[1:], framed[2:], strict=False)]))
    feats.update(dict.fromkeys(cues))
    return list(feats)


def features(sentence: str, data_dir: str | None = None) -> list[str]:
    """The binary features of one sentence (see the module docstring), in a stable order
    without repeats."""
    return _features_of(_tokens(sentence, data_dir), sentence)


class DetectorWeights:
    """The shipped model: bias, weight per feature, threshold (a logit) and its header."""

    def __init__(self, bias: float, weights: dict[str, float], threshold: float, header: dict[str, Any]) -> None:
        self.bias = bias
        self.weights = weights
        self.threshold = threshold
        self.header = header
        # the same weights keyed for :meth:`score_tokens`: words and cues by name, stems by their
        # letters, bigrams by pair, trigrams by triple
        single: dict[str, float] = {}
        stems: dict[str, float] = {}
        pairs: dict[tuple[str, ...], float] = {}
        triples: dict[tuple[str, ...], float] = {}
        for f, v in weights.items():  # (one pass: the weights are read at the first check)
            if " " in f:
                (pairs if f.count(" ") == 1 else triples)[tuple(f.split(" "))] = v
            elif f.startswith("stem:"):
                stems[f[5:]] = v
            else:
                single[f] = v
        self._single, self._stems, self._pairs, self._triples = single, stems, pairs, triples

    def score_tokens(self, toks: list[str], cues: list[str]) -> float:
        """:meth:`score` of the features of ``toks`` and ``cues`` (:func:`_normalised`), without
        building the bigram strings."""
        single = self._single.get
        framed = ["<s>", *toks, "</s>"]
        nxt = framed[1:]
        return (self.bias + sum(map(single, set(toks), repeat(0.0))) + sum(map(single, cues, repeat(0.0)))
                + sum(map(self._stems.get, _stems(toks), repeat(0.0)))
                + sum(map(self._pairs.get, set(zip(framed, nxt, strict=False)), repeat(0.0)))
                + sum(map(self._triples.get, set(zip(framed, nxt, framed[2:], strict=False)), repeat(0.0))))

    def score(self, feats: Iterable[str]) -> float:
        """``bias + sum of the weights of the features`` (unknown features weigh 0)."""
        return self.bias + sum(map(self.weights.get, feats, repeat(0.0)))


@cache
def load_weights(path: str | None = None) -> DetectorWeights:
    """Read the weights file once (the shipped one by default)."""
    with Path(path or WEIGHTS_PATH).open(encoding="utf-8") as fh:
        doc = json.load(fh)
    return DetectorWeights(float(doc["bias"]), {k: float(v) for k, v in doc["weights"].items()},
                           float(doc["threshold"]), doc.get("header", {}))


def score(sentence: str, weights: DetectorWeights | None = None) -> float:
    """The detector's logit for ``sentence`` (probability: ``1 / (1 + exp(-score))``)."""
    w = weights or load_weights()
    return w.score(features(sentence))


def probability(logit: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, logit))))


def _intent_words() -> frozenset[str]:
    """Words of labelling rule 10's non-claims (plans, intent, forecasts, share prices, company
    results), from the rules' own filter (:mod:`critmin.claims.non_claims`)."""
    from critmin.claims import non_claims as nc

    return frozenset(nc._W_PLAN | nc._W_EQUITY | (nc._W_FORECAST - {"set"}) | nc._W_RESULT) | frozenset(
        ["revenue", "revenues", "profit", "profits", "earnings", "sales", "turnover", "valuation", "ready"]) \
        | _POSSIBLE_WORDS


#: what may or might be, is weighed, threatened, proposed or expected (rule 10: not what is); "may"
#: is looked for as written, in lower case (the month is "May")
_POSSIBLE_WORDS = frozenset(w.lower() for w in _lx.spellings(
    _lx.without(_lx.MODALS, "may"), _lx.DELIBERATION_WORDS, _lx.THREAT_WORDS, _lx.PROPOSAL_WORDS, _lx.FORECAST_WORDS,
    _lx.PREDICTION_WORDS)) - {"project", "projects"} | frozenset(
    ["likely", "unlikely", "possible", "possibly", "potentially", "preparing", "prepares", "mooted", "moots",
     "floated", "floats", "floating",
     "proposal", "proposals", "expecting", "expect", "anticipated", "guidance", "outlook"])


_DET_INTENT = _intent_words()


def _gate_words() -> tuple[tuple[str, frozenset[str]], ...]:
    """Rule 10's gate split by what its words say (each word of ``_DET_INTENT`` in one gate):
    ``moot`` a measure weighed, threatened or proposed; ``plan`` a plan, aim, intent, target or
    wish; ``modal`` could, would, might (and "may" in lower case); ``forecast`` a forecast, a
    prediction, a likelihood; ``money`` a share price or a company result; ``other`` the rest."""
    from critmin.claims import non_claims as nc

    moot = frozenset(w.lower() for w in _lx.spellings(
        _lx.DELIBERATION_WORDS, _lx.THREAT_WORDS, _lx.PROPOSAL_WORDS)) | frozenset(
        ["proposal", "proposals", "proposing", "propose", "mooted", "moots", "floated", "floats", "floating",
         "preparing", "prepares"])
    plan = frozenset(nc._W_PLAN) - moot
    modal = frozenset(w.lower() for w in _lx.spellings(_lx.without(_lx.MODALS, "may")))
    money = frozenset(nc._W_EQUITY | nc._W_RESULT) | frozenset(
        ["revenue", "revenues", "profit", "profits", "earnings", "sales", "turnover", "valuation"])
    forecast = (frozenset(nc._W_FORECAST) | frozenset(w.lower() for w in _lx.spellings(
        _lx.FORECAST_WORDS, _lx.PREDICTION_WORDS)) | frozenset(
        ["likely", "unlikely", "possible", "possibly", "potentially", "expecting", "expect", "anticipated",
         "guidance", "outlook"])) - plan - moot - money
    kinds = (("moot", moot), ("plan", plan), ("modal", modal), ("forecast", forecast), ("money", money))
    named = tuple((n, ws & _DET_INTENT) for n, ws in kinds)
    rest = _DET_INTENT.difference(*(ws for _, ws in named))
    return (*named, ("other", rest))


_DET_GATES = _gate_words()
_DET_GATED = frozenset().union(*(ws for _, ws in _DET_GATES))
#: the gates whose sentences the fallback may still read (every sentence then carries a
#: ``cue:gate:<name>`` feature per gate its words hit): the plan gate, for a plan that was acted on
_DET_ADMIT: frozenset[str] = frozenset({"plan"})
#: a sentence held by an admitted gate must also show these structural cues of :func:`_structure`
#: (one of each group): a past act, a date and an agent ("the ministry approved the plan in March")
_DET_ADMIT_NEEDS: tuple[frozenset[str], ...] = (frozenset({"cue:act"}), frozenset({"cue:date"}), frozenset({"cue:agent"}))


def _gates(words: set[str] | frozenset[str], may: bool, scheduled: bool) -> list[str]:
    """The names of the gates that ``words`` (lower case) hit; ``may``: the modal "may" is written
    in lower case; ``scheduled``: something is due (:func:`_scheduled`, the plan gate)."""
    return [n for n, ws in _DET_GATES if not ws.isdisjoint(words) or (
        (n == "modal" and may) or (n == "plan" and scheduled))]


#: a gate word that does not speak of rule 10's non-claims: one written inside a proper name ("the
#: Internal Revenue Service", "the Rotterdam Stock Exchange": a capitalised word of the money gate, not
#: the sentence's first, next to another) and shares or stock bought, sold, issued, held or divested (a share
#: transaction, a corporate event: README rule 17(e); "ordered to sell 613.6 million Northern Minerals
#: shares"), not a share price or a stock index that moves (rule 10). Counted on the readable articles
#: in the twentieth session (docs/claims.md); off: the gate holds them as before
_DET_EXEMPT_NAMES = True
_DET_EXEMPT_DEALS = True
_DET_EQUITY = frozenset({"shares", "stock", "stocks"})
#: the money gate's words (a name with "Plan" in it still names a plan: not exempt)
_DET_MONEY = dict(_DET_GATES)["money"]
#: a deal word within this many tokens of the equity noun, either side
_DET_DEAL_SPAN = 6


@cache
def _deal_res() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """The verbs of a share transaction (:data:`non_claims._STOCK_DEAL`, with divest, dispose and
    stake), and the share-price and stock-index moves that keep the gate closed."""
    from critmin.claims import non_claims as nc

    deal = re.compile(rf"(?:{nc._STOCK_DEAL.pattern}|\b(?:divest\w*|undivested|dispos\w*|stakes?)\b)", re.I)
    return deal, (nc._EQUITY_MOVE, nc._STOCK_INDEX, nc._FIRM_SHARE_MOVE, re.compile(r"\b(?:share|stock)\s+prices?\b", re.I))


def _gate_set(sent: str, raw: list[str], toks: list[str]) -> set[str]:
    """The words of a sentence that rule 10's gates read: its tokens less the gate words every
    occurrence of which is exempt (``_DET_EXEMPT_NAMES``, ``_DET_EXEMPT_DEALS``)."""
    ws = set(toks)
    if not (_DET_EXEMPT_NAMES or _DET_EXEMPT_DEALS) or _DET_GATED.isdisjoint(ws):
        return ws
    exempt: set[str] = set()
    kept: set[str] = set()
    moves: bool | None = None
    for i, t in enumerate(raw):
        lo = t.lower()
        if lo not in _DET_GATED:
            continue
        if _DET_EXEMPT_NAMES and lo in _DET_MONEY and t[0].isupper() and i > 0 and raw[i - 1][0].isalpha() and any(
                0 < j < len(raw) and raw[j][0].isupper() and raw[j].isalpha() for j in (i - 1, i + 1)):
            exempt.add(lo)
            continue
        if _DET_EXEMPT_DEALS and lo in _DET_EQUITY:
            deal, stops = _deal_res()
            if moves is None:
                moves = any(r.search(sent) for r in stops)
            near = " ".join(raw[max(0, i - _DET_DEAL_SPAN):i] + raw[i + 1:i + 1 + _DET_DEAL_SPAN])
            if not moves and deal.search(near):
                exempt.add(lo)
                continue
        kept.add(lo)
    return ws - (exempt - kept)


_DET_DUE_AFTER = frozenset({"by", "on", "in", "before", "next", "later", "this", "at"})


def _scheduled(toks: list[str]) -> bool:
    """ "due by December 5", "due on Monday": something scheduled, still to come (rule 10);
    "due to" (because of) is not."""
    return any(t == "due" and i + 1 < len(toks) and toks[i + 1] in _DET_DUE_AFTER for i, t in enumerate(toks)) \
        if "due" in toks else False
_DET_INTENT_RAW = _DET_INTENT | frozenset(w.capitalize() for w in _DET_INTENT) | {"may"}  # as written
#: what a sentence does not assert: a negated act ("has not signed", "never", "didn't": the token
#: before the "t"), a condition (if, unless, whether) or an appeal (urged, wonder); "not only" asserts
_DET_UNASSERTED = frozenset(w for x in _lx.spellings(_lx.CONDITIONALS, (
    "not", "never", "cannot", "didn", "hasn", "hadn", "wasn", "weren", "isn", "aren", "doesn",
    "urged?", "urges", "urging", "wonders?", "wondering")) for w in (x, x.capitalize()))
#: the negations among them (lower case): a negated statement that names a figure or a year is still
#: a statement of what is ("shall not be exported without permission from August 1", "the four
#: licences granted prior to 2020 did not include these conditions"; README rule 10 excludes plans and
#: forecasts, not negations; on the readable articles 26 of the 31 such sentences no rule reads are
#: claims). With ``_DET_READ_NEGATED_FIGURES`` such a sentence is read and every negated sentence
#: carries ``cue:negated``, so that the model learns their rate. Measured in the nineteenth session
#: and not shipped (retrained: cross-validated +19 claims caught at the same false firings, validation
#: end to end -0.6 points; docs/claims.md): off, the detector reads as before and needs no retrain
_DET_NEGATIONS = frozenset([
    "not", "never", "cannot", "didn", "hasn", "hadn", "wasn", "weren", "isn", "aren", "doesn"])
_DET_READ_NEGATED_FIGURES = False
#: what may follow the full stop that ends a sentence
_DET_CLOSERS = frozenset(" \t\r\n'\"\u201d\u2019)]")


_DET_ANCHORS = frozenset({"<country>", "<commodity>"}) | _DET_MONTHS | frozenset(d.lower() for d in _lx.WEEKDAYS)


def _anchored(sent: str, toks: list[str]) -> bool:
    """A figure, a country, a commodity or a day: what a checkable claim names (``toks``: the
    sentence's :func:`_tokens`); on the study set one in-sample firing in 679 lacks all of them."""
    return not _DET_ANCHORS.isdisjoint(toks) or _DET_DIGIT.search(sent) is not None


_DET_DIGIT = re.compile(r"\d")
#: month and weekday names as written (a cheap look before the tokens are normalised)
_DET_RAW_DAYS = frozenset(m.capitalize() for m in _DET_MONTHS) | frozenset(_lx.WEEKDAYS) | frozenset(_DET_MONTHS)


def eligible(text: str, a: int, b: int) -> bool:
    """A sentence the fallback may read: prose ending in a full stop (not a question, a
    heading, a caption or a list item; README rule 15), with at least six words, not a line
    linking to another article, without a word of rule 10's non-claims (a plan, an intent, a
    forecast, a share price, a company result) or a date something is due by (save a plan with a
    past act, a date and an agent: the gates of ``_DET_ADMIT``), not conditional or an appeal,
    not negated (unless it names a figure or a year and ``_DET_READ_NEGATED_FIGURES`` is on), mostly in the Latin
    script, naming a figure, a country, a commodity or a day."""
    if not _prose(text, a, b):
        return False
    return _readable(text[a:b]) is not None


#: function words nearly every English sentence of six words or more holds, and function words
#: of the other languages in the Latin script that articles reach us in, leaving out name
#: particles ("von der", "de la", "Los"; ASCII words only, as the tokens are): a sentence with none
#: of the first and one of the second is in another language, which the checker does not read (the
#: set labels such sentences as a reader of the language would: README rule 17h, a limit)
_DET_ENGLISH = frozenset([
    "the", "of", "and", "to", "in", "is", "was", "were", "are", "has", "have", "had", "for", "on",
    "by", "with", "from", "at", "its", "it", "that", "as", "which", "this", "said", "will", "be",
    "been", "an", "or", "than",
])
_DET_FOREIGN = frozenset([
    "et", "est", "une", "au", "aux", "selon", "en", "sur", "avec", "pour", "dans", "qui", "und",
    "ist", "im", "ein", "eine", "mit", "nach", "auf", "wurde", "sich", "um", "y", "por", "para",
    "con", "que", "fue", "che", "nel", "sono", "em", "com", "pela", "pelo", "foi",
])


def _unasserted_words(raw: list[str]) -> set[str]:
    """The words of ``_DET_UNASSERTED`` a sentence holds (lower case), the "not" of "not only" left out."""
    return {t.lower() for i, t in enumerate(raw) if t in _DET_UNASSERTED
            and not (t.lower() == "not" and i + 1 < len(raw) and raw[i + 1] == "only")}


def _negated(toks: list[str]) -> bool:
    """A negation of ``_DET_NEGATIONS`` among lower-case tokens, the "not" of "not only" left out."""
    return any(t in _DET_NEGATIONS and not (t == "not" and i + 1 < len(toks) and toks[i + 1] == "only")
               for i, t in enumerate(toks)) if not _DET_NEGATIONS.isdisjoint(toks) else False


def _foreign(sent: str, raw: list[str]) -> bool:
    """Another language: most words in another script, or no English function word and one of
    French, German, Spanish, Italian or Portuguese (the checker reads English only, README rule 17h)."""
    if 2 * sum(t[0].isalpha() for t in raw) <= sent.count(" ") + 1:
        return True
    return _DET_ENGLISH.isdisjoint(w := {t.lower() for t in raw}) and not _DET_FOREIGN.isdisjoint(w)


def _readable(sent: str) -> list[str] | None:
    """The tokens of a sentence of prose (:func:`_prose`) the fallback may read, else None: the
    word tests of :func:`eligible`, cheapest first."""
    raw = _DET_TOKEN.findall(sent)
    if not _DET_UNANCHORED_NEEDS and not _maybe_anchored(sent, raw):
        return None  # no figure, no name, no day
    gated = not _DET_INTENT_RAW.isdisjoint(raw)
    if gated and not _DET_ADMIT:
        return None  # rule 10: a plan, an intent, a possibility, a forecast, a share price, a company result
    if not _DET_UNASSERTED.isdisjoint(raw) and (held := _unasserted_words(raw)) and not (
            _DET_READ_NEGATED_FIGURES and _DET_NEGATIONS.issuperset(held) and _DET_DIGIT.search(sent)):
        return None  # negated, conditional or wished for: not what is (a negated figure: see _DET_NEGATIONS)
    if _foreign(sent, raw):
        return None  # another language, not read (README rule 17h)
    toks = _tokens(sent, raw=raw)
    scheduled = _scheduled(toks)
    gated = "may" in raw or not _DET_INTENT.isdisjoint(_gate_set(sent, raw, toks))
    if not _anchored(sent, toks):
        if not _DET_UNANCHORED_NEEDS or gated or scheduled:
            return None  # no figure, no name, no day (and a word of rule 10's gate)
        cues = set(_normalised(toks, sent)[1])
        return toks if all(not need.isdisjoint(cues) for need in _DET_UNANCHORED_NEEDS) else None
    if gated or scheduled:
        return toks if _DET_ADMIT and _admitted(sent, raw, toks, scheduled) else None
    return toks


def held_by_gate(sent: str) -> list[str]:
    """The gates of rule 10 (``_DET_GATES``) that alone keep a sentence of prose from the fallback
    (:func:`_readable` holds it): empty when no gate word holds it, when it is read anyway (an
    admitted gate), or when it is also negated, conditional or an appeal, in another language or
    names no figure, country, commodity or day. The learned event matcher may still link such a
    sentence to a recorded event (:func:`critmin.claims.event_matcher.match_gated_events`)."""
    raw = _DET_TOKEN.findall(sent)
    if _DET_INTENT_RAW.isdisjoint(raw) and "due" not in raw:
        return []
    if _unasserted_words(raw) or _foreign(sent, raw):
        return []
    toks = _tokens(sent, raw=raw)
    if not _anchored(sent, toks) or _readable(sent) is not None:
        return []
    return _gates(_gate_set(sent, raw, toks), "may" in raw, _scheduled(toks))


def held_by_negation(sent: str) -> list[str]:
    """``["negated"]`` (with the gates of rule 10 it also hits, forecast included) when a negation of
    ``_DET_NEGATIONS`` ("is not subject to", "does not impose", "did not include") is what keeps a
    sentence of prose from the fallback: not also conditional or an appeal, in English, naming a
    figure, country, commodity or day, and not read anyway; else empty. A negated statement still
    states what is (README rule 10 excludes plans and forecasts, not negations): the learned event
    matcher may link it to a recorded event whose term it states (``event_matcher.GATE_NEGATED``)."""
    raw = _DET_TOKEN.findall(sent)
    if _DET_UNASSERTED.isdisjoint(raw):
        return []
    held = _unasserted_words(raw)
    if not held or not _DET_NEGATIONS.issuperset(held) or _foreign(sent, raw):
        return []
    toks = _tokens(sent, raw=raw)
    if not _anchored(sent, toks) or _readable(sent) is not None:
        return []
    return ["negated", *_gates(_gate_set(sent, raw, toks), "may" in raw, _scheduled(toks))]


#: a sentence that names no figure, country, commodity or day is still read when it shows these
#: structural cues of :func:`_structure` (one of each group) and no word of rule 10's gate: a past act
#: and an agent ("the regulator suspended the permit"; its date and place are in another sentence);
#: such a sentence carries ``cue:noanchor`` (seventeenth session; empty: not read)
_DET_UNANCHORED_NEEDS: tuple[frozenset[str], ...] = (frozenset({"cue:act"}), frozenset({"cue:agent"}))


#: (twenty-first session) the modal gate is admitted like the plan gate (same cues: a past act, a date and
#: an agent) when "would" is its only word: a dated announcement by a named party of what it would do
#: ("Boric said on Thursday he would nationalize ...", "It told investors on Wednesday it would build ...",
#: "the ministry said on Wednesday it would realign export processes") reports a decision, an event
#: (README rules 9, 17e, 17i), where "could", "may" and "might" weigh what may be (rule 10). Counted on the
#: readable articles among sentences no rule reads: 15 claims to 4 non-claims (docs/claims.md); off: held
_DET_ADMIT_WOULD = True
_DET_WOULD = frozenset({"would"})
_DET_MODAL_WORDS = dict(_DET_GATES)["modal"]


def _admitted_would(words: set[str] | frozenset[str], raw: list[str]) -> frozenset[str]:
    """``{"modal"}`` when ``_DET_ADMIT_WOULD`` and "would" is the only modal word of the sentence
    (``words``: its lower-case gate words; "may" in lower case counts as a modal), else empty."""
    if not _DET_ADMIT_WOULD or "may" in raw:
        return frozenset()
    modal = _DET_MODAL_WORDS.intersection(words)
    return frozenset({"modal"}) if modal and modal <= _DET_WOULD else frozenset()


#: (twenty-fifth session) the plan gate admitted without a date when the noun "plan" (singular) is its only
#: word: with a past act and an agent it names a plan that was made ("The European Union presented a $3.5
#: billion plan", "G7 leaders have launched a critical minerals action plan", "The European Commission has
#: unveiled the RESourceEU Action Plan": a plan presented, launched or announced is a policy event, README rules
#: 9, 17e, 17i, 21a), where "plans", "aims", "seeks", "intends" and the like state an intent (rule 10). Counted on
#: the readable articles among the sentences no rule reads that the plan gate alone holds with a past act and an
#: agent and no date: "plan" alone 17 claims to 9 non-claims, "plans" 11 to 23, "aims" 5 to 25 (docs/claims.md);
#: another gate, a due date or another plan word still needs the date. Cross-validated: more claims caught at
#: every budget (docs/claims.md). Empty: a date is needed, as before
_DET_ADMIT_PLAN_NOUN: frozenset[str] = frozenset({"plan"})
_DET_PLAN_WORDS = dict(_DET_GATES)["plan"]
_DET_PLAN_NOUN_NEEDS: tuple[frozenset[str], ...] = (frozenset({"cue:act"}), frozenset({"cue:agent"}))


def _plan_noun_only(words: set[str] | frozenset[str], gates: list[str], scheduled: bool) -> bool:
    """The plan gate is the only gate a sentence hits, not for a due date, and its words there are
    ``_DET_ADMIT_PLAN_NOUN`` alone (``words``: the sentence's lower-case gate words)."""
    return bool(_DET_ADMIT_PLAN_NOUN) and gates == ["plan"] and not scheduled \
        and _DET_PLAN_WORDS.intersection(words) <= _DET_ADMIT_PLAN_NOUN


def _admitted(sent: str, raw: list[str], toks: list[str], scheduled: bool) -> bool:
    """A sentence a word of rule 10's gate holds, let through: every gate it hits is admitted
    (``_DET_ADMIT``) and it shows the structural cues ``_DET_ADMIT_NEEDS`` asks for (or
    ``_DET_PLAN_NOUN_NEEDS``, no date, for the noun "plan" alone: :func:`_plan_noun_only`)."""
    words = _gate_set(sent, raw, toks)
    gates = _gates(words, "may" in raw, scheduled)
    if not gates or not (_DET_ADMIT | _admitted_would(words, raw)).issuperset(gates):
        return False
    needs = _DET_PLAN_NOUN_NEEDS if _plan_noun_only(words, gates, scheduled) else _DET_ADMIT_NEEDS
    if not needs:
        return True
    cues = set(_normalised(toks, sent)[1])
    return all(not need.isdisjoint(cues) for need in needs)


def _prose(text: str, a: int, b: int, line_at: int | None = None) -> bool:
    """The layout part of :func:`eligible` (no word is looked at); ``line_at``: the start of
    the line the sentence starts on, when the caller knows it."""
    return _prose_sentence(text, a, b) and _prose_line(text, text.rfind("\n", 0, a) + 1 if line_at is None else line_at)


def _prose_sentence(text: str, a: int, b: int) -> bool:
    """Ends in a full stop (a question, a heading or a caption does not), has at least six words
    and is no run-on table."""
    j = b
    while j > a and text[j - 1] in _DET_CLOSERS:
        j -= 1
    return j > a and text[j - 1] in ".!" and b - a <= _DET_MAX_CHARS and text.count(" ", a, b) >= 5


def _prose_line(text: str, line_at: int) -> bool:
    """The line starting at ``line_at`` is prose: no list item ("- item", "1. item", "| cell")
    and no link to another article ("Related: ...")."""
    from critmin.claims.extract import _LINK_LINE, _LIST_MARK_NONEMPTY

    return _LINK_LINE.match(text, line_at) is None and _LIST_MARK_NONEMPTY.match(text, line_at) is None


_DET_PCT = re.compile(r"\d\s*(?:%|per\s*cent|percent)", re.I)
_DET_QUANTITY = re.compile(r"\d[\d,.]*\s*(?:million\s+|billion\s+|thousand\s+)?(?:metric\s+)?"
                           r"(?:t|kt|mt|tonnes?|tons?|kg|kilo(?:gram)?s?|ounces?|oz|gw|gwh|lbs?|pounds)\b", re.I)
_DET_DATED = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b|\b(?:" + _lx.joined(_lx.MONTHS) + r")\b")


def _guess_kind(sent: str) -> str:
    if _DET_PCT.search(sent):
        return "share"
    if _DET_QUANTITY.search(sent):
        return "quantity"
    if _DET_DATED.search(sent) or not any(ch.isdigit() for ch in sent):
        return "event"
    return "quantity"


_DET_NEEDS = {
    "share": "the share it states, in a table of the bundle for its commodity, stage, country and year",
    "quantity": "the figure it states, in a table of the bundle for its commodity, measure, country and year",
    "event": "a record of the event it reports (events.csv: actors, date, measure) dated on or before the article",
}


def fallback_claims(text: str, sentences: list[tuple[int, int]], claims: list[Claim],
                    weights: DetectorWeights | None = None) -> list[tuple[Claim, float]]:
    """One claim (with its score) for each eligible sentence of ``sentences`` that no claim
    of ``claims`` falls in and whose score clears the threshold."""
    w = weights or load_weights()
    read = sorted(c.span for c in claims)
    out: list[tuple[Claim, float]] = []
    j = 0
    line_at = seen = 0  # the start of the line of the last sentence looked at, and where that search ended
    line_seen, line_ok = -1, True  # the last line whose layout was looked at, and whether it is prose
    for a, b in sentences:
        while j < len(read) and read[j][1] <= a:
            j += 1
        if j < len(read) and read[j][0] < b:
            continue  # a rule read this sentence
        if a >= seen:  # sentences come in reading order: look for a line break only since the last one
            k = text.rfind("\n", seen, a)
            line_at, seen = (k + 1 if k >= 0 else line_at), a
        else:
            line_at, seen = text.rfind("\n", 0, a) + 1, a
        if not _prose_sentence(text, a, b):
            continue  # (:func:`_prose`, whose line part is looked at once per line)
        if line_at != line_seen:
            line_seen, line_ok = line_at, _prose_line(text, line_at)
        if not line_ok:
            continue
        sent = text[a:b]
        toks = _readable(sent)
        if toks is None:
            continue
        s = w.score_tokens(*_normalised(toks, sent))
        if s < w.threshold:
            continue
        kind = _guess_kind(sent)
        out.append((Claim(sentence=sent, span=(a, b), kind=kind, text=sent.strip(), sentence_span=(a, b)), s))
    return out


def fallback_needs(kind: str) -> str:
    return _DET_NEEDS.get(kind, _DET_NEEDS["event"])


def fallback_explanation(logit: float, threshold: float) -> str:
    return (f"the sentence reads as a checkable statement (detector score {probability(logit):.2f}, "
            f"threshold {probability(threshold):.2f}), but no rule of the checker parsed what it asserts, "
            "so nothing in the bundle was compared with it")
