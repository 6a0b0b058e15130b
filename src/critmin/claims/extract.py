"""Find checkable claims in an article: sentences with spans, entities from the gazetteers,
numbers with units and hedges, ranks, comparisons, changes, events and attributions.

Rule based and standard library only. The patterns are compiled once (:func:`patterns`)
from ``countries.csv`` and ``commodities.csv``; every scan is a handful of ``finditer``
passes over the whole text, bucketed by sentence, so an article of 5,000 characters takes
a few milliseconds.
"""

from __future__ import annotations

import bisect
import calendar
import contextlib
import csv
import dataclasses
import datetime as dt
import html
import operator
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from functools import partial as _bind_args
from itertools import accumulate, chain, compress, count, pairwise, repeat
from pathlib import Path
from typing import Any, cast

from critmin.claims import lexicon as _lx
from critmin.claims import policy_acts as _policy_acts
from critmin.claims import qualitative as _qualitative
from critmin.claims import rank_words as _rank_words
from critmin.claims import recall as _recall
from critmin.claims import unread_units as _uu
from critmin.claims.clause_retry import clause_claims as _clause_claims
from critmin.claims.dependence import relied_on
from critmin.claims.episode_events import EPISODE_WORDS as _EPISODE_WORDS
from critmin.claims.episode_events import episode_claim as _episode_claim
from critmin.claims.event_clauses import (
    EXTRA_EVENT_PATTERN,
    EXTRA_EVENT_WORDS,
    dated_deal_words,
    extra_event_kind,
    extra_event_trigger,
    plan_adopted,
    plan_in_other_clause,
)
from critmin.claims.event_context import (
    event_context_fields,
    metonym_parties,
    names_metonym,
    resolve_event_anaphor,
)
from critmin.claims.event_context import forget_sentences as _forget_metonym_sentences
from critmin.claims.event_structure import STRUCT_EVENT_VERBS, STRUCT_OBJECT_WORDS, structural_event
from critmin.claims.event_terms import FIRM_AFTER_COUNTRY as _FIRM_AFTER_COUNTRY
from critmin.claims.event_terms import term_triggers as _term_triggers
from critmin.claims.fallback_events import forget_sentences as _forget_fallback_event_sentences
from critmin.claims.group_share import CARRIED_GROUP_WORDS as _CARRIED_GROUP_WORDS
from critmin.claims.group_share import FROM_GROUP_WORDS as _FROM_GROUP_WORDS
from critmin.claims.group_share import carried_group_shares as _carried_group_shares
from critmin.claims.group_share import from_group_shares as _from_group_shares
from critmin.claims.group_share import group_shares as _group_shares
from critmin.claims.model import Claim
from critmin.claims.named_events import named_claim as _named_claim
from critmin.claims.named_events import named_gate as _named_gate
from critmin.claims.non_claims import NON_CLAIM_GATE as _NON_CLAIM_GATE
from critmin.claims.non_claims import drop_non_claims as _drop_non_claims
from critmin.claims.org_agents import ORG_AGENT as _ORG_AGENT
from critmin.claims.org_agents import org_subject as _org_subject
from critmin.claims.paren_shares import paren_share_claims as _paren_shares
from critmin.claims.presupposed_events import PRESUPPOSED_WORDS as _PRESUPPOSED_WORDS
from critmin.claims.presupposed_events import presupposed_claim as _presupposed_claim
from critmin.claims.presupposed_events import price_cause_claim as _price_cause_claim
from critmin.claims.products import tag_products
from critmin.claims.share_rank import (
    RANK_VERBS,
    appositive_rank,
    carry_series_year,
    coordinated_group,
    dated_series,
    elliptic_rank,
    held_share,
    national_share,
    rank_extra_stages,
    rank_noun_stage,
    share_verb,
    together_group,
    trailing_pair,
)
from critmin.claims.supplied_share import SUPPLIED_SHARE_WORDS as _SUPPLIED_SHARE_WORDS
from critmin.claims.supplied_share import supplied_share as _supplied_share
from critmin.dataset import DATA_DIR

__all__ = ["Mention", "Number", "clean_text", "extract_claims", "patterns", "split_sentences"]

# --------------------------------------------------------------------------- sentences
_ABBREV = {
    "u.s", "u.k", "e.g", "i.e", "mr", "mrs", "ms", "dr", "st", "no", "vs", "inc", "corp", "co",
    "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "approx", "est", "fig", "u.s.a", "p", "pp", "vol", "gov", "sen", "rep", "jr", "sr", "etc",
}
_BOUNDARY = re.compile(r"(?P<p>[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]*[A-Z0-9])|\n\s*\n|\n")


_LAST_WORD = re.compile(r"([A-Za-z.]+)\.$")


_CELL_LABEL = re.compile(r"[ \t]*[A-Z][A-Za-z .'()&-]{0,38}[ \t]*")
_CELL_NUMBER = re.compile(r"[\d.,]+[ \t]*(?:%|t|kt|Mt)?[ \t]*(?:\n|$)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (blank-line and line breaks end a sentence).

    >>> t = "The U.S. produced 45,000 t in 2024. China led."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['The U.S. produced 45,000 t in 2024.', 'China led.']
    """
    global _LAST_SPLIT
    last = _LAST_SPLIT
    if last[0] is text:  # the same text again (the detector fallback re-reads the checked article)
        return list(last[1])
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        p = m.group("p")
        end = m.start() + 1 if p else m.start()
        if not p and end - start <= 40 and m.end() < len(text) and text[m.end()].isdigit() \
                and _CELL_LABEL.fullmatch(text, start, end) and _CELL_NUMBER.match(text, m.end()):
            continue  # a table pasted one cell a line: "China" then "44,000,000" is one row
        if p == "." and "\n" not in m.group(0):
            # an abbreviation or an initial does not end a sentence
            word = _LAST_WORD.search(text, max(start, end - 12), end)
            if word:
                w = word.group(1).lower()
                if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                    continue
                if w == "mt" and not text[max(start, word.start() - 2):word.start()].strip(" ").isdigit() \
                        and text[m.end():m.end() + 1].isupper():
                    continue  # "Mt. Weld", "Mt. Holland": a mountain, not megatonnes ("44 Mt. China ...")
        _add_span(text, start, end, spans)
        start = m.end()
    _add_span(text, start, len(text), spans)
    _LAST_SPLIT = (text, tuple(spans))
    return spans


#: the last text split and its spans (one entry: a check splits its article more than once)
_LAST_SPLIT: tuple[str | None, tuple[tuple[int, int], ...]] = (None, ())


#: a "sentence" longer than this (run-on text, lists without stops) is cut at spaces, so the
#: work per sentence, which compares every mention with every other, stays bounded
MAX_SENTENCE = 1500


def _add_span(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    while b - a > MAX_SENTENCE:
        cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
        cut = cut if cut > a else a + MAX_SENTENCE
        _add_span(text, a, cut, spans)
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        spans.append((a, b))


# --------------------------------------------------------------------------- input
_TAG = re.compile(r"<[^<>]{0,2000}>")


def _strip_blocks(text: str) -> str:
    """Drop scripts, styles and comments in one linear pass (a regex with ``.*?`` is
    quadratic on many unclosed tags)."""
    low = text.lower()
    out: list[str] = []
    pos = 0
    while True:
        hits = [(i, close) for i, close in ((low.find("<script", pos), "</script"), (low.find("<style", pos), "</style"),
                                           (low.find("<!--", pos), "-->")) if i != -1]
        if not hits:
            break
        i, close = min(hits)
        out.append(text[pos:i])
        j = low.find(close, i)
        if j == -1:
            pos = len(text)  # unclosed: the rest is not article text
            break
        k = low.find(">", j)
        pos = len(text) if k == -1 else k + 1
    out.append(text[pos:])
    return "".join(out)
_BLOCK_TAG = re.compile(r"</?(p|div|br|li|h[1-6]|tr|section|article|ul|ol|table|blockquote)\b[^<>]{0,2000}>", re.I)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


#: the hyphens of "95-per-cent" and "69-percent" (replaced by spaces in clean_text)
_HYPHEN_PERCENT = re.compile(r"(?<=\d)-(?=per[\s-]?cent\b|percent\b)|(?<=\d[\s-]per)-(?=cent\b)", re.I)


def clean_text(text: str) -> str:
    """Plain text of an article: HTML markup removed when the text looks like HTML,
    control characters dropped, line endings normalised."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"<(html|body|p|div|span|br|a|h[1-6])\b[^>]*>", text, re.I):
        text = _strip_blocks(text)
        text = _BLOCK_TAG.sub("\n\n", text)
        text = _TAG.sub(" ", text)
        text = html.unescape(text)
        text = re.sub(r"[ \t]+", " ", text)
        text = re.sub(r"\n\s*\n(\s*\n)+", "\n\n", text)
    text = _CONTROL.sub("", text)
    if "-per" in text or "per-cent" in text:
        # eleventh session: "a 95-per-cent share", "a 69-percent stake": a percentage written as a
        # compound adjective, spaced like "95 per cent" (same length, so every offset stays)
        text = _HYPHEN_PERCENT.sub(" ", text)
    return text.replace("\u00a0", " ").strip()


# --------------------------------------------------------------------------- gazetteer patterns
# element symbols that are also common words, names or abbreviations (in English or
# other languages) are not read as elements on their own
_SYMBOL_STOP = {"As", "At", "Be", "Co", "He", "In", "No", "Am", "Is", "Pa", "Po", "Ca", "Cu", "Al",
                "Pt", "Ir", "Re", "Ne", "Pm", "Ac", "Es", "Md", "La", "Ce", "Pr", "Er", "Ho", "Tm",
                "Li", "Ni", "Ru", "Sc", "Lu"}
# short codes that read as words or are too ambiguous on their own
_COUNTRY_SKIP = {"US$", "The States", "Georgia"}


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split(";") if p.strip()]


@dataclass(frozen=True)
class Patterns:
    """Compiled patterns and the surface-form lookups behind them."""

    country_forms: dict[str, str]
    adjectives: frozenset[str]
    commodity_forms: dict[str, str]
    symbol_forms: dict[str, str]
    commodity_names: dict[str, str]
    country_names: dict[str, str]
    default_basis: dict[str, str]
    country_first: dict[str, int]      # first word of a country form -> most words in such a form
    commodity_first: dict[str, int]    # same for commodity forms (lower case)
    first_words: frozenset[str]        # every token that can start a name, as written in text
    # every token that can start a name -> the numbers of words of the names it starts,
    # longest first (country forms as written, commodity forms in lower case)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # a country name whose words the tokeniser splits at an apostrophe or a letter outside
    # A-Z ("People's Republic of China", "C\u00f4te d'Ivoire") -> what stands between its
    # words as the table writes it (apostrophes straight); read only by :func:`scan_entities`
    name_gaps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gapped_forms: dict[str, str] = field(default_factory=dict)  # such names not in country_forms -> iso3


_TOKEN = re.compile(r"[A-Za-z]\.(?:[A-Za-z]\.)+|[A-Za-z][A-Za-z]*")
_SEP = re.compile(r"[\s-]+")


def _words(form: str) -> list[str]:
    return [m.group(0) for m in _TOKEN.finditer(form)]


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _name_gaps(form: str) -> tuple[str, ...] | None:
    """What stands between the words of a name (:data:`_TOKEN`) when an apostrophe or a letter
    outside A-Z splits one of them ("People's" -> "People", "s"; "C\u00f4te" -> "C", "te"), apostrophes
    made straight; None for a name whose words only spaces and hyphens separate."""
    tok = Tokens.of(form)
    inner = tuple(g.translate(_APOSTROPHES) for g in tok.gaps[1:-1])
    if len(tok.words) < 2 or tok.gaps[0] or tok.gaps[-1]:
        return None
    odd = [g for g in inner if g.strip(" -")]
    if not odd or not all(_NAME_GAP.fullmatch(g) for g in odd):
        return None
    return inner


#: a gap inside one word of a name: an apostrophe, or letters the tokeniser does not take
_NAME_GAP = re.compile(r"'|[^\W\d_A-Za-z]+")


#: a commodity's name as machine rewriters ("article spinners") render it: synonym swaps word by word
#: turn "rare earths" into "uncommon earths" (the labels read them as rare earths: C1279, C2092,
#: C11004, C11981); kept in code, as no publisher's table uses them
_REWRITTEN_NAMES = {"uncommon earths": "rare_earths", "uncommon earth": "rare_earths",
                    "uncommon-earths": "rare_earths", "uncommon-earth": "rare_earths"}


@cache
def patterns(data_dir: str = str(DATA_DIR)) -> Patterns:
    """Compile the entity pattern from the gazetteer tables (cached per data directory)."""
    base = Path(data_dir)
    country_forms: dict[str, str] = {}
    country_names: dict[str, str] = {}
    adjectives: set[str] = set()
    with (base / "countries.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            iso3 = row["iso3"]
            country_names[iso3] = row["name"]
            if row.get("is_aggregate") == "true":
                continue  # "world" and "other countries" are read from the wording, not as names
            forms = [row["name"], row.get("official_name", ""), *_split(row.get("aliases"))]
            for form in forms:
                if form and form not in _COUNTRY_SKIP and "(" not in form and "," not in form:
                    if len(form) <= 3 and not form.isupper() and "." not in form:
                        continue
                    country_forms.setdefault(form, iso3)
            for adj in _split(row.get("adjectives")):
                if adj not in _COUNTRY_SKIP:
                    country_forms.setdefault(adj, iso3)
                    adjectives.add(adj)
            # the short name of "Congo (Kinshasa)" style entries
            if "(" in row["name"]:
                country_forms.setdefault(row["name"].split("(")[0].strip() + " " + row["name"], iso3)
    country_forms.setdefault("Burma", "MMR")
    commodity_forms: dict[str, str] = {}
    written_firsts: set[str] = set()
    symbol_forms: dict[str, str] = {}
    commodity_names: dict[str, str] = {}
    default_basis: dict[str, str] = {}
    with (base / "commodities.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            slug = row["slug"]
            commodity_names[slug] = row["name"]
            default_basis[slug] = row.get("default_basis", "")
            for form in [row["name"], slug.replace("_", " "), *_split(row.get("aliases"))]:
                if len(form) <= 2:
                    if form.isalpha() and form[0].isupper() and form not in _SYMBOL_STOP and len(form) == 2:
                        symbol_forms.setdefault(form, slug)
                    continue
                commodity_forms.setdefault(form.lower(), slug)
                written_firsts.update(_words(form)[:1])  # "NdPr" as the table writes it
                if not form.lower().endswith("s"):
                    commodity_forms.setdefault(form.lower() + "s", slug)
                elif " " in form and not form.lower().endswith("ss"):
                    # "rare earth magnet supply": the singular of a several-word plural name
                    commodity_forms.setdefault(form.lower()[:-1], slug)
    for form, slug in _REWRITTEN_NAMES.items():
        if slug in commodity_names:
            commodity_forms.setdefault(form, slug)
    country_first: dict[str, int] = {}
    country_norm: dict[str, str] = {}
    name_gaps: dict[str, tuple[str, ...]] = {}
    gapped: dict[str, str] = {}
    for form, iso in country_forms.items():
        w = _words(form)
        if w and "".join(w) == re.sub(r"[\s-]+", "", form).replace("'", ""):
            country_first[w[0]] = max(country_first.get(w[0], 0), len(w))
            country_norm.setdefault(" ".join(w), iso)
        gaps = _name_gaps(form)
        if gaps is not None:
            gapped.setdefault(" ".join(w), iso)
            name_gaps.setdefault(" ".join(w), gaps)
    for phrase in gapped:
        # "C\u00f4te d'Ivoire" as the tokeniser reads it ("C te d Ivoire"): looked up by the
        # entity scan only, with its gaps, so the detector's name masks stay as trained
        if phrase not in country_norm:
            w = phrase.split(" ")
            country_first[w[0]] = max(country_first.get(w[0], 0), len(w))
    commodity_first: dict[str, int] = {}
    commodity_norm: dict[str, str] = {}
    for form, slug in commodity_forms.items():
        w = _words(form)
        if w:
            commodity_first[w[0].lower()] = max(commodity_first.get(w[0].lower(), 0), len(w))
            commodity_norm.setdefault(" ".join(w).lower(), slug)
    firsts = set(country_first) | set(symbol_forms)
    for fw in commodity_first:
        firsts.update({fw, fw.capitalize(), fw.upper()})
    firsts.update(written_firsts)
    country_lens: dict[str, set[int]] = {}
    for form in [*country_norm, *(g for g in gapped if g not in country_norm)]:
        w = form.split(" ")
        country_lens.setdefault(w[0], set()).add(len(w))
    commodity_lens: dict[str, set[int]] = {}
    for form in commodity_norm:
        w = form.split(" ")
        commodity_lens.setdefault(w[0], set()).add(len(w))
    lengths = {fw: tuple(sorted(country_lens.get(fw, set()) | commodity_lens.get(fw.lower(), set()), reverse=True))
               for fw in firsts}
    return Patterns(country_norm, frozenset(adjectives), commodity_norm, symbol_forms,
                    commodity_names, country_names, default_basis, country_first, commodity_first,
                    frozenset(firsts), lengths, name_gaps, {g: i for g, i in gapped.items() if g not in country_norm})


# --------------------------------------------------------------------------- other patterns
_WORDNUM = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}
_ORD = {word: i for i, word in enumerate(_lx.ORDINALS, start=1)}
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "bn": 1e9, "mn": 1e6, "trillion": 1e12}
_UNIT = {
    "metric tons": "t", "metric tonnes": "t", "tonnes": "t", "tons": "t", "tonne": "t", "ton": "t",
    "t": "t", "mt": "t", "kt": "kt", "kilotonnes": "kt", "kilotons": "kt", "Mt": "Mt",
    "megatonnes": "Mt", "kilograms": "kg", "kg": "kg", "grams": "g", "%": "percent",
    "percent": "percent", "per cent": "percent", "pc": "percent", "short tons": "short_t",
    "US tons": "short_t", "U.S. tons": "short_t",  # "44 million metric tons (about 48 million US tons)"
    "ounces": "oz", "troy ounces": "oz", "oz": "oz",
}
NUMBER = re.compile(
    # (other currency signs before the figure, "A$1.6", "US$ 465", "\u20ac500", "RM 9.5": _CURRENCY_BEFORE in _number)
    r"(?<![\w.,/-])(?<!\d\s)(?P<cur>US\$|\$|USD\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[ \u00a0]\d{3})+(?=\s*(?:metric\s+)?(?:tonnes?|tons?|ounces|oz|kilograms|kg|t)\b)"  # "42 700 ounces"
    r"|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>" + _lx.joined(_lx.SCALE_WORDS, "trillion|bn|mn") + r")\b|(?P<sscale>[MBkK])(?=\s+(?:MT|metric|tons?|tonnes?)\b))?"
    # a currency after it: "2.3 billion dollars", "10 trillion won", "1.5 billion tenge", "7,280 crore"
    r"(?:\s+(?P<curw>dollars|euros?|won|tenge|rupees|ringgit|rand|yen|roubles|rubles|pesos|reais|crore|lakh)\b)?"
    r"(?:\s*(?P<unit>%|percent\b|per\s+cent\b|pc\b|short\s+tons\b|U\.?S\.?\s+tons\b|metric\s+ton(?:ne)?s\b|tonnes?\b|tons?\b|MT\b"
    r"|kilotonnes\b|kilotons\b|megatonnes\b|kilograms\b|grams\b|kt\b|Mt\b|kg\b|t\b|(?:troy\s+)?ounces\b|oz\b))?"
    r"(?:\s*(?P<per>(?:per\s*|a\s+|/\s*)(?:kilogram|kg|metric\s+ton|tonne|ton|t|pound|lb)\b))?"  # not "136t at"
)
#: a currency sign or code right before a figure that NUMBER does not take itself (its first
#: character would make the pattern be tried at every capital letter): "A$", "C$", "US$ ",
#: "$ ", "EUR ", "\u20ac", "\u00a3", "RM ", "Rs "
_CURRENCY_BEFORE = re.compile(
    r"(?<![\w.])(?:(?:US|U\.S\.|AU|A|CA|C|NZ|HK|S|NT)?\$\s?|(?:USD|AUD|CAD|EUR|GBP|JPY|INR|ZAR|KRW|MYR|IDR|BRL|CHF)\s"
    r"|[\u20ac\u00a3\u00a5\u20b9\u20a9]\s?|(?:RM|Rs\.?)\s?)$")
_CURRENCY_LAST = frozenset("$ \u20ac\u00a3\u00a5\u20b9\u20a9M.s")


class _BoundarySource:
    """A pattern's text and flags, as :func:`_boundary` reads them (``.pattern``, ``.flags``): the
    patterns it wraps below are compiled once, wrapped, instead of first alone and then again
    (start-up time; nothing reads them unwrapped)."""

    __slots__ = ("flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags if flags & re.ASCII else flags | re.UNICODE  # (as re.compile sets them)


def _uncompiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern for :func:`_boundary` only (see :class:`_BoundarySource`)."""
    return _BoundarySource(pattern, flags)  # type: ignore[return-value]


_MEASURE = _uncompiled(
    r"(?P<refine>refin(?:e|ed|ing|ery|eries|er|ers|es)|processing|processed|processes|separation|separated"
    r"|process(?=\s+(?:about|around|nearly|almost|roughly|some|more|over|up|\d)))"
    r"|(?P<prod>mine\s+production|production|produced|produces|produce|producing|producers?|output|mined|mining|extract(?:ed|ion|s|ing)"
    r"|raw\s+materials?|yielded"
    # "generated 9,500 tonnes of cobalt": output, when a tonnage follows (not "generated $2bn")
    r"|generated(?=\s+(?:about\s+|around\s+|nearly\s+|some\s+|an\s+estimated\s+|over\s+|more\s+than\s+)?\d[\d,.]*"
    r"\s*(?:million\s+|thousand\s+)?(?:metric\s+)?(?:tonnes|tons|t|kt|Mt)\b))"
    r"|(?P<dug>dug\s+up|digs?\s+up)"
    r"|(?P<res>reserves?\b|deposits\b|(?:is|are|was|were|sits?)\s+sitting\s+on\b|sits\s+on\b|counts?\s+on\b"
    r"|host(?:s|ed|ing)?\b(?!\s+(?:a|an|the|its|their|\w+['\u2019]s?)\s)|(?:is|are|was|were)\s+home\s+to\b)"
    r"|(?P<resrc>(?-i:resources)\b)"
    r"|(?P<cap>capacity|capacities)"
    r"|(?P<exp>exports?|exported|exporters?|shipments|shipped)"
    r"|(?P<imp>(?:imports?|imported|importers?)(?!ant|ance))"  # not "important" (eleventh session)
    r"|(?P<price>prices?|priced|costs?)"
    r"|(?P<cons>consumption|consumed|demand)",
    re.I,
)
_YEAR = re.compile(r"(?<![\w$.,])(?P<y>(?:19[89]\d|20[0-3]\d))(?![\w%]|[.,]\d)")
_MONTHS = (_lx.joined(_lx.MONTHS)
           + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_DATE = _uncompiled(
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTHS})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTHS})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
)
_WORLD = re.compile(r"\b(?:world(?:'s|wide)?|global(?:ly)?|the\s+planet)\b", re.I)
_BASIS = _uncompiled(
    r"(?P<lce>\bLCE\b|(?:lithium\s+)?carbonate(?:\s+equivalents?)?\b)|"  # tonnes of lithium carbonate: a compound, LCE
    r"(?P<reo>\bREO\b|rare[\s-]earth\s+oxides?|oxide\s+equivalent|\boxides?\b)|(?P<metal>metal\s+content|contained|(?<!earth\s)(?<!earths\s)(?<!earth-)\bmetal\b)"
    r"|(?P<ore>\bores?\b|concentrates?|gross\s+weight|run[\s-]of[\s-]mine)",
    re.I,
)
_ORDWORDS = "|".join(_ORD)
_RANK = _uncompiled(
    rf"(?P<ord>{_ORDWORDS}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+(?:largest|biggest|highest|most|greatest|leading)"
    rf"|(?P<top>top)[\s-]+(?P<topn>{'|'.join(_WORDNUM)}|\d{{1,2}})\b"
    rf"|(?P<spot>{_ORDWORDS}|\d{{1,2}}(?:st|nd|rd|th))[\s-]+(?:spot|place|position)"
    rf"|\b(?:ranks?|ranked|ranking|placed|came|comes|(?:coming|finish(?:ed|ing|es)?)\s+in)\s+(?:as\s+)?(?:the\s+)?(?P<ranks>{_ORDWORDS}|\d{{1,2}}(?:st|nd|rd|th))\b"
    rf"|\b(?:rank|ranks|ranked|place|places|placed|put|puts)\s+(?:[A-Z][\w.'\u2019-]*\s+){{1,3}}(?:as\s+)?(?:the\s+)?(?P<rankobj>{_ORDWORDS}|\d{{1,2}}(?:st|nd|rd|th))\b"
    r"|(?P<sup>\b(?:the\s+)?(?:world['\u2019]s\s+)?(?:largest|biggest|leading|top|dominant)\s+(?:known\s+)?"
    rf"(?:(?!(?:of|in|and|the|a|an|to|for|with|known|{'|'.join(_WORDNUM)})\b)[A-Za-z-]+\s+){{0,3}}?"  # "largest lithium reserves"
    r"(?:producer|miner|supplier|refiner|holder|exporter|importer|source|reserves?\b|deposits?\b"
    r"|(?:[A-Za-z]+-)?(?:producing|mining)\s+(?:country|nation)\b))"
    r"|(?P<topspot>\btop\s+(?:spot|place|position))"
    r"|(?P<leader>\bthe\s+(?:global|world)\s+leader\b)"
    rf"|(?P<only>\b(?:{_ORDWORDS})\s+only\s+to\b)"
    rf"|(?<=\()(?P<paren>{_ORDWORDS}|\d{{1,2}}(?:st|nd|rd|th))(?=\))",  # "Nigeria (fourth)"
    re.I,
)
_COMPARE = _uncompiled(
    r"(?P<ratio>twice|double|(?:two|three|four|five|six|seven|eight|nine|ten|twenty)\s+times"
    r"|(?P<rn>\d+(?:\.\d+)?)\s*(?:times|x\b))"
    r"(?:\s+(?:as\s+(?:much|large|big|high|many)|more|larger|bigger|higher|greater|that\s+of|those\s+of)"
    # "double Brazil's", "six times China's": a multiple of a country's figure named right after it
    r"|(?=\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['\u2019]s?\b))"
    # "about half those of China", "a third as much as Chile": a fraction of the other's figure
    # (not "half of the world's reserves": a share of the world, no other country's figure)
    r"|(?P<part>half|(?:a|one)[\s-](?:third|quarter|fifth|tenth))(?:\s+of)?(?!\s+(?:the\s+)?(?:world|globe|planet)['\u2019]s?\b)"
    r"(?:\s+(?:as\s+(?:much|large|big|high|many)"
    r"|(?:those|that)\s+of|the\s+size\s+of)|(?=\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['\u2019]s?\b))"
    r"|(?P<far>far|well|greatly|vastly|much)?\s*(?P<gt>exceeds?|exceeded|outstrips?|surpass(?:es)?|dwarfs?\b|outpaces?|larger\s+than|bigger\s+than|greater\s+than|higher\s+than|more\s+than\s+(?:those|that)\s+of"
    r"|(?:more|bigger|larger|greater|higher)\s+(?:(?!than\b)[\w-]+\s+){1,5}?than(?!\s+(?:\d|half|a\s|one|two|three|four|five|ten|its|their|any|all|the\s+rest)))"
    r"|(?P<lt>smaller\s+than|lower\s+than|less\s+than\s+(?:those|that)\s+of|trails?|lags?\s+behind"
    r"|(?:a|only\s+a|just\s+a|a\s+small|a\s+tiny|a\s+mere)\s+fraction\s+of|dwarfed\s+by|pales?\s+(?:in\s+comparison\s+)?(?:next\s+to|beside|with)"
    r"|(?:small|tiny|modest|minor|minuscule|negligible)\s+(?:compared|in\s+comparison)\s+(?:with|to))",
    re.I,
)
#: the period words that may stand between a change's size and its noun ("a 10% year-on-year rise")
_YOY_WORDS = (r"(?:(?:year[\s-](?:on|over)[\s-]year|y/y|yoy|y-o-y|on-year|annual|yearly|month[\s-](?:on|over)[\s-]month"
              r"|quarter[\s-](?:on|over)[\s-]quarter|m/m|q/q)\s+)?")
_CHANGE = _uncompiled(
    r"(?P<verb>fell|fall(?:s|ing)?|dropped|drop(?:s|ping)?|declined|declin(?:es|ing)|decreased|plunged|plummeted|slumped|slid|tumbled"
    r"|rose|ris(?:es|ing)|increased|grew|grow(?:s|ing)?|jumped|surged|climbed|soared|rebounded|gained"
    r"|collapsed|crashed|sank|skyrocketed|sky-rocketed|rocketed|spiked|leapt|leaped|dipped|fallen|risen|grown"
    r"|" + _lx.joined(_lx.MOVE_DOWN_VERBS, _lx.MOVE_UP_VERBS) +  # "shed 20%", "rallied 30%" (lexicon.py)
    # "up 5%", never "make up 5%" or "take up 5%" (a share, not a change)
    r"|\bdown|(?<!make\s)(?<!makes\s)(?<!made\s)(?<!making\s)(?<!take\s)(?<!takes\s)(?<!took\s)(?<!taking\s)\bup"
    # "slashed magnet shipments by 75%", "was reduced by 6%": a verb with its object, then "by"
    r"|(?:slashed|cut|reduced|lowered|trimmed|boosted|raised)(?:\s+(?!by\b)[\w'\u2019-]+){0,4}?(?=\s+by\s))"
    r"(?:\s+(?:by|nearly|almost|about|some|around|more\s+than|over|roughly|close\s+to|an?\s+annual|a"
    r"|approximately|an\s+estimated|just|less\s+than|only))*\s+"  # every hedge of _HEDGES
    r"(?P<pct>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
    # "a 12% rise", "a 10% year-on-year increase": the size of a change, never a share
    r"|(?P<pct2>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+" + _YOY_WORDS +
    r"(?P<noun>increase|rise|jump|gain|drop|decline|fall|decrease|slump|plunge|cut|reduction|growth|surge|dip|slide"
    r"|contraction|expansion|uptick|climb)\b"
    r"|(?P<noun2>increase|rise|jump|gain|drop|decline|fall|decrease|slump|plunge|cuts?|reductions?)\s+of\s+"
    r"(?:(?:nearly|almost|about|some|around|more\s+than|over|roughly)\s+)?(?P<pct3>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)"
    r"|(?P<mult>doubled|tripled|trebled|quadrupled|halved)"
    # "23% lower than in July 2023", "40% higher than a year earlier": a change against an earlier time
    r"|(?P<pct4>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s+(?P<cmpw>lower|higher|cheaper|dearer|more|less)\b"
    r"(?=[^.;]{0,40}?\bthan\s+(?:in\s+|at\s+|on\s+)?(?:a\s+(?:year|month|week)|last|the\s+(?:same|previous|prior|start|end)"
    r"|(?:early|late|mid-?)\s*(?:" + _MONTHS + r"|(?:19|20)\d\d)|(?:" + _MONTHS + r")\b|(?:19|20)\d\d)"
    # "12% more cobalt year on year", "8% less than a year ago"
    r"|[^.;]{0,40}?\b(?:year[\s-](?:on|over)[\s-]year|y/y|yoy|y-o-y|on\s+the\s+year|from\s+a\s+year\s+(?:earlier|ago|before)))"
    # "fell by a quarter", "rose by more than a third", "grew by half": a change sized by a fraction word
    r"|(?P<fverb>fell|dropped|declined|decreased|plunged|slumped|slid|tumbled|shrank|shrunk|fallen|rose|risen|increased"
    r"|grew|grown|jumped|surged|climbed|soared|gained|expanded|contracted|\bdown|\bup"
    r"|" + _lx.joined(_lx.without(_lx.MOVE_DOWN_VERBS, "shrank", "shrunk", "contracted"),
                      _lx.without(_lx.MOVE_UP_VERBS, "expanded")) +  # "shed a fifth" (lexicon.py)
    r"|(?:slashed|cut|reduced|lowered|trimmed|boosted|raised)(?:\s+(?!by\b)[\w'\u2019-]+){0,4}?(?=\s+by\s))"
    r"(?:\s+(?:by|nearly|almost|about|some|around|more\s+than|over|roughly|close\s+to|approximately|just|less\s+than))*\s+"
    r"(?P<frac>(?:a|one)[\s-](?:half|third|quarter|fifth|tenth)|half|two[\s-]thirds|three[\s-]quarters)\b"
    r"(?!\s+(?:of|straight|consecutive|successive|time|times|year|month|week|quarter|day|place|spot|largest|biggest)\b)"
    # "rose 3.6-fold", "a fivefold increase": a change sized by a multiplier
    r"|(?:(?P<foldv>rose|increased|grew|jumped|surged|climbed|soared|expanded|multiplied)\s+"
    r"(?:(?:about|nearly|almost|more\s+than|over|some|roughly|around)\s+)?|\ban?\s+(?:(?:about|nearly|almost|roughly)\s+)?)"
    r"(?P<fold>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)[\s-]?fold\b"
    r"(?(foldv)|\s+(?:increase|rise|jump|growth|expansion)\b)",
    re.I,
)
#: the verbs of a fall of lexicon.py, as the change reader meets them
_MOVE_DOWN_SPELT = _lx.spellings(_lx.MOVE_DOWN_VERBS)
#: every verb of a move of lexicon.py; these take objects too ("shed 10% of its staff")
_MOVE_LEXICON_SPELT = _lx.spellings(_lx.MOVE_DOWN_VERBS, _lx.MOVE_UP_VERBS)
_OF_AFTER_MOVE = re.compile(r"\s+of\b")
_ARTICLE_BEFORE_PCT = re.compile(r"\ban?\s+$")
#: a verb that takes a part of a whole: "supplies a third of China's imports", "accounts for half
#: of Japan's needs" (a share of the other's total, not a ratio of two countries' figures)
_PART_OF_WHOLE_VERB = re.compile(
    r"\b(?:supplie[sd]|supply|supplying|provides?|provided|providing|accounts?\s+for|accounted\s+for|makes?\s+up"
    r"|made\s+up|represents?|represented|covers?|covered|meets|met|ships?|shipped|sends?|sent|imports?|imported"
    r"|buys|bought|gets|got|takes|took|obtains?|obtained|sources?|sourced|delivers?|delivered)"
    r"(?:\s+(?:about|around|roughly|nearly|almost|over|more\s+than|less\s+than|some|just|only|up\s+to|at\s+least))*\s+$",
    re.I)
#: the relative size a fraction word gives a change ("by a quarter": 25 %)
_FRACTION_SIZE = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1, "thirds": 2 / 3,
                  "quarters": 0.75}
#: a fraction word is read to within this many points either side (an assumption: "a quarter"
#: covers about 20-30 %, "a third" about 28-39 %)
FRACTION_PRECISION = 0.05
_EVENT = _uncompiled(
    r"(?P<verb>signed|announced|impose[sd]?|imposing|introduced|unveiled|banned|approved|enacted|adopted|agreed|took\s+effect"
    r"|seized|captured|overran|took\s+control\s+of|froze|freezes"
    r"|reached\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:agreement|deal|truce|consensus)|started(?=\s+(?:formal\s+)?(?:talks|negotiations|discussions))"
    r"|came\s+into\s+force|restricted|suspended|placed|issued|halt(?:ed|ing)|laid\s+out|released|posted"
    r"|takes?\s+effect|taking\s+effect|began|begun|commenced|resumed|dated"
    r"|prohibited|curbed|paused|inked|tightened|extended|expanded|became\s+mandatory"
    r"|seized|captured|(?:closed|sealed|shut|reopened)(?=\s+(?:[\w'\u2019-]+\s+){0,4}?(?:border|crossings?|checkpoints?)\b)"
    r"|slap(?:s|ped|ping)|halts|roll(?:s|ed)\s+out"
    # "will start limiting exports of tungsten", "widened curbs on": verbs of the control family
    r"|limit(?:s|ed|ing)?(?=\s+(?:(?:the|its|their)\s+)?(?:exports?|shipments|sales)\b)"
    r"|(?:increased|raised|hiked|doubled|tripled)(?=\s+(?:(?:its|the|their)\s+)?(?:[\w-]+\s+){0,2}?(?:tariffs?|duties|levies)\b)"
    # "a countervailing duty investigation is also being run by Commerce": a probe under way
    r"|(?P<probe_running>(?:investigations?|probes?|inquir(?:y|ies))(?:\s+[\w'\u2019-]+){0,5}?\s+(?:is|are|was|were)\s+(?:also\s+|now\s+|still\s+|already\s+)?"
    r"(?:being\s+(?:run|conducted|carried\s+out|led|pursued)|under\s*way|ongoing))"
    r"|(?:widened|broadened)(?=\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+)?(?:curbs?|controls?|restrictions?|bans?|lists?)\b)"
    r"|lift(?:s|ed|ing)?(?=\s+(?:its\s+|the\s+|a\s+)?(?:export\s+)?(?:bans?|curbs?|restrictions?|controls?)\b)"
    r"|formali[sz]ed|implemented|ban(?:s|ning)?|filed|barred|bars|barring"
    r"|(?:ordered|opened|launched|initiated)(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:investigation|probe|inquiry)\b)"
    r"|restrict(?:s|ing)?(?!\s+(?:the\s+)?exports?\s+of\s+(?:\d+|" + "|".join(_WORDNUM) + r")\s)"
    r"|(?:requir(?:e|es|ed|ing)|need(?:s|ed)?|apply\s+for|obtain)\s+(?:\w+\s+){0,5}?(?:export\s+)?(?:licen[cs]es?|permits?|approval)"
    # happenings beyond measures (fresh policy-event articles): a ratification, a leaders' meeting
    # held somewhere, an armed group taking a mining town, a border closed, an investigation
    # opened, a deal reached or finalised, a petition lodged, a headline "sign"/"extends"
    r"|ratif(?:ied|ies)|determined(?=\s+that\b[^.;]{0,160}?\binjur)|voted(?=\s+(?:[\w'\u2019-]+\s+){0,4}?to\s+(?:ratify|approve|adopt|pass|endorse)\b)"
    r"|(?:capturing|seizing)(?=\s+(?:[\w,'\u2019-]+\s+){0,6}?(?:mines?|mining|towns?|hubs?|territory|areas?|regions?|border))"
    r"|met(?=\s+(?:[\w'\u2019-]+\s+){0,3}?(?:in|at)\s+(?!(?:" + _MONTHS + r"|the)\b)(?-i:[A-Z]))"
    r"|(?:seized|seizes|captured|captures|took|taken|takes)\s+control|seized|captured"
    r"|(?:closed|closes|shut|shuts|sealed|seals)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:border|crossings?|checkpoints?)"
    r"|(?:launched|initiated|opened)\s+(?:[\w'\u2019()-]+\s+){0,4}?(?:investigations?|probes?|inquir(?:y|ies))"
    r"|(?:reached|struck|clinched)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:agreements?|deals?|frameworks?|consensus|truce|accords?"
    r"|understanding)"  # "reached an understanding"
    r"|(?:resulted\s+in|yielded)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:agreements?|deals?|truce|frameworks?|accords?)"
    r"|finali[sz]ed|lodged|extends"
    r"|(?<!to\s)(?<!will\s)(?<!would\s)(?<!shall\s)(?<!can\s)(?<!not\s)"
    r"signs?(?=\s+(?:[\w'\u2019-]+\s+){0,4}?(?:agreements?|deals?|frameworks?|accords?|pacts?|memorand)))\b"
    r"|(?P<launched>(?:investigation|probe|inquiry)(?:\s+[\w'\u2019-]+){0,5}?,?\s+(?:(?:first|originally|formally)\s+)?"
    r"(?:launched|initiated|opened)"
    r"|(?:agreement|deal|framework|consensus|truce|accord)\s+(?:was\s+)?reached"
    r"|(?:preliminary|final|affirmative|negative)\s+(?:[\w()'\u2019-]+\s+){0,4}?(?:ruling|determination)s?)\b"
    r"|(?P<controls>(?:(?:export\s+)?(?:controls?|restrictions?|licensing\s+requirements?|bans?)\s+on"
    r"|restrict(?:s|ed|ing)?\s+(?:the\s+)?exports?\s+of)\s+(?P<count>\d+|"
    + "|".join(_WORDNUM) + r")\s+(?:\w+\s+){0,5}?(?:elements|rare\s+earths|minerals|metals|items))"
    r"|(?P<executed>executed(?=\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:agreement|deal|accord|memorandum|framework|pact|treaty)))"
    r"|(?P<in_force>(?:came|comes|come|went|goes|go|entered|enters)\s+into\s+(?:effect|force)|entered\s+force)"
    r"|(?P<listed>(?:added|moved|put)\s+(?:[\w,'\u2019-]+\s+){0,12}?(?:to|on|onto|into)\s+(?:its|the|a|China['\u2019]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:control|dual-use|export|entity|unreliable\s+entity)\s+(?:lists?|catalogue))"
    r"|(?P<licence_needed>(?:licen[cs]es?|permits?)\s+(?:are|is|were|was|have\s+been|has\s+been|became|become)\s+"
    r"(?:now\s+|also\s+)?(?:required|needed|mandatory|necessary))"
    r"|(?P<notice>(?<!without\s)(?<!took\s)(?<!short\s)notice)"
    r"|(?P<decided>decided\s+to\s+(?:suspend|lift|impose|ban|restrict|halt|pause|strengthen|tighten|extend|postpone|delay"
    r"|curb|prohibit|block)\w*)"
    r"|(?P<postponed>(?:postponed|deferred|delayed)(?=\s+(?:[\w-]+\s+){0,4}?(?:enforcement|implementation|rules?|controls?"
    r"|measures?|bans?|tariffs?|restrictions?|curbs?|sanctions)\b))"
    r"|(?P<meeting>(?:summit|meeting)(?=\s+(?:[\w,.'\u2019-]+\s+){0,10}?(?:held|took\s+place)\s+(?:on|in)\s)"
    # "the meeting between US President Donald Trump and Chinese President Xi Jinping ... last week"
    r"|(?:summit|meeting|talks)(?=\s+between\s+(?:[\w.'\u2019-]+\s+){1,8}?and\s))"
    r"|(?P<dated_measure>(?:" + _MONTHS + r")(?:\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\s+\d{4}|['\u2019]s)\s+(?:export\s+)?"
    r"(?:controls|curbs|restrictions|rules|measures|policy|ban|decision|summit|meeting|announcements?|notices?"
    r"|agreement|deal|accord|pact|truce|tariffs|duties|sanctions)"
    # "the July agreement", "its October curbs": a measure named by its month alone after a determiner
    r"|(?<=[Tt]he\s)(?:" + _MONTHS + r")\s+(?:export\s+)?(?:agreement|deal|accord|pact|truce|controls|curbs"
    r"|restrictions|measures|ban|tariffs)\b"
    # "China's 2023 ban on ...", "the 2024 export curbs": a measure named by its year
    # (the look-behinds keep every match starting at a word of letters, for the word-start prefilter)
    r"|(?:(?<=['\u2019]s\s[12]\d\d\d\s)|(?<=[Tt]he\s[12]\d\d\d\s)|(?<=['\u2019]s\s[12]\d\d\d\sexport\s)"
    r"|(?<=[Tt]he\s[12]\d\d\d\sexport\s))(?:controls|curbs|restrictions|ban|bans)(?=\s+on\s))"
    r"|(?P<covered>(?:items|elements|products|minerals|metals)\s+(?:covered|affected|targeted)\s+by)"
    # "Putin offered the US joint exploration": an offer stated as made (its content is no claim)
    r"|(?P<offer_made>(?:is|was|are|were)\s+(?:ready|willing|prepared)\s+to\s+(?:offer|invite|cooperate|co-operate)\b"
    r"|(?<!to\s)(?<!not\s)(?:offered|proposed)(?=\s+(?:[\w'\u2019-]+\s+){0,6}?(?:joint|access|partnership|cooperation"
    r"|co-?operation|a\s+deal|an?\s+agreement|opportunity|to\s+(?:supply|sell|share|develop|open|work|cooperate|co-operate)"
    r"|up\s+(?:[\w'\u2019-]+\s+){0,3}?(?:metals|minerals|resources|deposits|earths))\b))"
    # "remain on the dual-use export control list": a measure still in force
    r"|(?P<still_listed>(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:on|under)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:lists?|controls?|licen[cs]ing))"
    # "those in place since Aug 1", "rules in force since August 1": a measure applying from a date
    r"|(?P<in_place_since>(?:in\s+place|in\s+force|in\s+effect|applied|applying)\s+since(?=\s+(?:(?:early|late|mid-?)\s*)?(?:"
    + _MONTHS + r"|(?:19|20)\d\d)\b))"
    + EXTRA_EVENT_PATTERN +  # rulings, blacklistings, plans adopted, talks that yielded a deal (event_clauses.py)
    r"|(?P<noun>exports?\s+(?:controls?(?!\s+lists?\b)|restrictions?|curbs?|bans?|licen[cs]es?|permits?)|sanctions|notices|notifications?"
    r"|licensing\s+(?:requirements?|regimes?|system)|petitions?"
    r"|announcements?)\b",
    re.I,
)
_EVENT_TYPE = _uncompiled(
    r"\b(?:"  # whole words: "BANGKOK" is no ban
    r"(?P<ratification>ratif(?:y|ies|ied|ying|ication))"
    r"|(?P<disruption>(?:seized|seizes|captured|captures|took|taken|takes)\s+control|seized|seizes|captured|captures|overran|seizure"
    r"|(?:capturing|seizing)(?=\s+(?:[\w,'\u2019-]+\s+){0,6}?(?:mines?|mining|towns?|hubs?|territory|areas?|regions?)))"
    r"|(?P<border>(?:closed|closes|shut|shuts|sealed|seals|closure\s+of)\s+(?:[\w'\u2019-]+\s+){0,4}?(?:border|crossings?|checkpoints?)"
    r"|border\s+closures?)"
    r"|(?P<investigation>investigations?|(?<!\bto\s)probes?|inquir(?:y|ies))"  # (not the verb: "to probe mud rich in ...")
    r"|(?P<suspension>suspend(?:s|ed|ing)?|suspension|(?:freez(?:e|es|ing)|froze|frozen)(?=\s+(?:the|its|their|these|those)\s+(?:[\w-]+\s+){0,2}?(?:measures|controls|curbs|restrictions|rules)\b)|lift(?:s|ed|ing)?\s+(?:its|the|(?=(?:export\s+)?(?:bans?|curbs?|restrictions?|controls?)\b))|paus(?:e|es|ed|ing)"
    r"|(?:halt|stop|freez|froze)\w*\s+(?:the\s+)?(?:enforcement|implementation)"  # "halts enforcement of"
    # "halted a ban on approving exports", "stopped its curbs": a measure halted is a suspension
    r"|(?:halt(?:s|ed|ing)?|stop(?:s|ped|ping)?)\s+(?:its\s+|the\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:bans?|curbs?|restrictions?|controls?|prohibitions?|embargo(?:es)?)"
    # "a 90-day easing of export controls", "eased its curbs": a measure relaxed
    r"|eas(?:e|es|ed|ing)\s+(?:of\s+)?(?:its\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:controls|curbs|restrictions|tariffs)"
    # "dropped its ban", "scrapped the curbs", "the ban ... was revoked": a measure ended is a lifting
    r"|(?:dropp(?:ed|ing)|drops|scrap(?:s|ped|ping)|remov(?:ed|es|ing)|rescind(?:s|ed|ing)|revok(?:ed|es|ing)"
    r"|withdr(?:ew|awn|aws)|repeal(?:s|ed|ing)|(?:lifting|removal|repeal|withdrawal)\s+of)\s+(?:its\s+|the\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:bans?|curbs?|restrictions?|controls?|prohibitions?|embargo(?:es)?)"
    r"|(?:bans?|curbs?|restrictions?|controls?|prohibitions?|embargo(?:es)?)\s+(?:[\w,'\u2019-]+\s+){0,8}?"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:scrapped|dropped|removed|rescinded|revoked|withdrawn|repealed))"
    # "imposed sanctions on", "blacklisted firms", "added to the entity list": a sanction
    r"|(?P<sanction>sanctions|sanctioned|blacklist(?:s|ed|ing)?|(?:unreliable\s+)?entity\s+list)"
    r"|(?P<agreement>(?:agreement|deal|accord|memorandum|partnership|treaty|framework|pact)s?|agreed\s+to)|(?P<control>export\s+controls?|restrictions?|licen[cs]ing|bans?|banned"
    r"|export\s+(?:curbs?|limits?|limitations?|permits?|licen[cs]es?|regulations?|rules)|controls|curbs|curbed|tighten(?:s|ed|ing)?|restrict(?:s|ed|ing)?|barred|bars|barring"
    r"|prohibit(?:s|ed|ing|ions?)?|halt(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:exports?|shipments|sales)"
    r"|limit(?:s|ed|ing)?\s+(?:(?:the|its|their)\s+)?(?:exports?|shipments|sales)"
    r"|(?:export\s+)?control\s+lists?|dual-use\s+lists?)"
    r"|(?P<tariff>tariffs?|duty|duties|levies|levy|anti-?dumping|countervailing|petitions?|trade\s+cases?"
    r"|Section\s+232\s+(?:investigations?|probes?|inquir(?:y|ies)))"
    r")\b",
    re.I,
)
_ATTRIB = _uncompiled(
    r"(?P<usgs>(?:U\.?S\.?|United\s+States)\s+Geological\s+Survey|USGS|Mineral\s+Commodity\s+Summaries(?:\s+(?P<mcsyear>20\d\d))?)"
    r"|(?P<iea>International\s+Energy\s+Agency|IEA|(?i:Paris-based\s+(?:energy\s+)?(?:agency|watchdog)))"
    r"|(?P<bgs>British\s+Geological\s+Survey|BGS)"
    r"|(?P<smm>Shanghai\s+Metals\s+Market|SMM)"
    r"|(?P<other>Reuters|Bloomberg|Benchmark\s+Mineral\s+Intelligence|Adamas\s+Intelligence|Project\s+Blue|Wood\s+Mackenzie|Argus|Fastmarkets|Chinese\s+customs|customs\s+data|General\s+Administration\s+of\s+Customs)",
)
_SERIES = {"usgs": "USGS MCS", "iea": "IEA", "bgs": "BGS WMS", "smm": "SMM"}



_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _first_class(p: re.Pattern[str]) -> str | None:
    """A pattern for one character (under ``p``'s flags) matching every character a match
    of ``p`` can start with, read from the parsed pattern; ``None`` when the pattern is
    beyond this simple analysis (or can match the empty string)."""
    try:
        from re import _constants as C  # type: ignore[attr-defined]
        from re import _parser as P  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python < 3.11
        return None
    categories = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w", C.CATEGORY_SPACE: r"\s",
                  C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_NOT_SPACE: r"\S"}
    # class items, by whether they are read ignoring case ((?i:...) can change it)
    Item = tuple[bool, str]

    def items(seq: Any, ic: bool) -> tuple[set[Item], bool]:
        out: set[Item] = set()
        for op, av in seq:
            got, nullable = one(op, av, ic)
            out |= got
            if not nullable:
                return out, False
        return out, True

    def one(op: Any, av: Any, ic: bool) -> tuple[set[Item], bool]:
        if op is C.LITERAL:
            return {(ic, re.escape(chr(av)))}, False
        if op is C.IN:
            out = set()
            for o, a in av:
                if o is C.LITERAL:
                    out.add((ic, re.escape(chr(a))))
                elif o is C.RANGE:
                    out.add((ic, re.escape(chr(a[0])) + "-" + re.escape(chr(a[1]))))
                elif o is C.CATEGORY and a in categories:
                    out.add((ic, categories[a]))
                else:  # a negated class ...
                    raise ValueError(o)
            return out, False
        if op is C.SUBPATTERN:
            _group, add, delete, sub = av
            if (add | delete) & ~re.I:
                raise ValueError(av)
            return items(sub.data, (ic or bool(add & re.I)) and not delete & re.I)
        if op is C.BRANCH:
            out, nullable = set(), False
            for alt in av[1]:
                got, n = items(alt.data, ic)
                out |= got
                nullable = nullable or n
            return out, nullable
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            got, n = items(av[2].data, ic)
            return got, n or av[0] == 0
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero width: the next item starts the match
            return set(), True
        raise ValueError(op)

    ic = bool(p.flags & re.I)
    try:
        got, nullable = items(P.parse(p.pattern, p.flags).data, ic)
    except Exception:  # a construct the analysis does not know
        return None
    if nullable or not got:
        return None
    alts = []
    for case in (ic, not ic):
        parts = "".join(sorted(x for c, x in got if c == case))
        if parts:
            alts.append(f"[{parts}]" if case == ic else f"(?{'i' if case else '-i'}:[{parts}])")
    return "|".join(alts)


def _boundary(p: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern tried only where a word starts with a character a match can start
    with: Python's ``re`` otherwise tries every alternative at every character."""
    one = _first_class(p)
    first = _ALNUM if one is None else "".join(c for c in _ALNUM if re.fullmatch(one, c, p.flags))
    ahead = f"(?=[{first}])" if first else "(?!)"  # (no letter or digit starts a match: none at a word start)
    return re.compile(ahead + r"\b(?:" + p.pattern + ")", p.flags)


def _lead(p: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern, tried only where a match can start (one cheap look-ahead instead of
    every alternative and look-behind at every character)."""
    one = _first_class(p)
    return p if one is None else re.compile(f"(?={one})(?:{p.pattern})", p.flags)


_MEASURE, _RANK, _CHANGE, _EVENT, _ATTRIB, _BASIS, _DATE, _COMPARE, _EVENT_TYPE = (
    _boundary(p) for p in (_MEASURE, _RANK, _CHANGE, _EVENT, _ATTRIB, _BASIS, _DATE, _COMPARE, _EVENT_TYPE))

def _wordset(words: str, sep: str = " ") -> frozenset[str]:
    return frozenset(words.split(sep))


# words that make a sentence worth each pattern (lower case); a sentence without any is skipped
_W_MEASURE = _wordset(
    "refined refining refinery refineries refiner refiners refines refine processing processed processes process "
    "separation separated mine raw "
    "production produced produces produce producing producer producers output mined mining extracted extraction "
    "extracts extract extracting yielded generated dug digs dig sitting sits count counts host hosts hosted hosting home reserve reserves deposits resources capacity capacities export exports exported exporter exporters shipments shipped "
    "import imports imported importer importers price prices priced cost costs consumption consumed demand")
#: "6% more than in 2023" (a change when a percentage is written with it) and the verbs
#: of a change sized by a fraction word ("shrank by a third") that _W_CHANGE lacks
_W_MORE_LESS = _wordset("more less")
_W_FRACTION_CHANGE = _wordset("shrank shrunk expanded contracted")
_W_RANK = _wordset("largest biggest highest most greatest leading top spot place places position rank ranks ranked ranking placed came comes dominant leader only puts")
#: the ratio a fraction word gives a comparison ("half those of China": 0.5)
_PART_RATIO = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
_W_COMPARE = _wordset(
    "half third quarter fifth tenth "
    "twice double times x exceed exceeds exceeded outstrip outstrips surpass surpasses dwarf dwarfs outpace outpaces "
    "larger bigger greater higher more smaller lower less trail trails lag lags fraction dwarfed pale pales compared comparison")
_W_CHANGE = _wordset(
    "fell fall falls falling dropped drop drops dropping declined decline declines declining decreased plunged "
    "plummeted slumped slid tumbled rose rise rises rising increased grew grow grows growing jumped surged climbed "
    "soared rebounded gained doubled tripled trebled quadrupled halved down up increase rise jump gain drop "
    "decrease slump plunge slashed cut cuts reduced lowered trimmed boosted raised reduction reductions lower higher cheaper dearer "
    "collapsed crashed sank skyrocketed sky-rocketed rocketed spiked leapt leaped dipped fallen risen grown "
    "growth surge dip slide contraction expansion uptick climb"
) | _lx.spellings(_lx.MOVE_DOWN_VERBS, _lx.MOVE_UP_VERBS)
_W_EVENT = _wordset(
    "seized captured overran froze freezes reached started signed announced adopted imposed introduced unveiled banned approved enacted agreed took came restricted suspended "
    "control controls restriction restrictions licensing ban bans impose imposes imposing placed issued halted "
    "halting laid curbs released posted effect began begun commenced resumed dated sanctions notices "
    "notification notifications announcement announcements restrict restricts restricting prohibited curbed "
    "paused inked tightened extended expanded mandatory licences licenses licence license permits permit "
    "formalized formalised implemented restrict restricts restricting ban banning approval requirements requirement "
    "regime filed petition petitions barred bars barring slap slaps slapped slapping halts rolls rolled "
    "lift lifts lifted lifting decided postponed deferred delayed summit meeting covered affected targeted "
    "policy measures rules decision force went comes entered enters goes added moved put required needed "
    "necessary notice executed seized captured closed sealed shut reopened ordered opened launched initiated")
#: trigger words of the happenings added for fresh policy-event articles (ratification, meeting,
#: seizure of a mining town, border closure, investigation, deal reached, petition lodged)
_W_EVENT = _W_EVENT | _wordset(
    "ratified ratifies met seized seizes captured captures control closed closes shut shuts sealed seals "
    "launched initiated opened reached struck clinched finalized finalised lodged extends sign signs "
    "ruling rulings determination determinations investigation probe inquiry")
#: verbs of the control family: "limiting exports", "widened curbs"
_W_EVENT = _W_EVENT | _wordset("limit limits limited limiting widened broadened hiked investigation investigations probe probes"
                               " inquiry")
#: "raised tariffs on", "increased duties": a tariff raised (the words are common: the
#: event pattern is tried only when a tariff word is in the sentence too)
_S5_TARIFF_WORDS = frozenset(("tariff", "tariffs", "duties", "levies"))
_S5_RAISE_WORDS = frozenset(("increased", "raised", "doubled", "tripled"))
#: "in place since Aug 1", "applied since July": a measure applying from a date
_W_EVENT = _W_EVENT | _wordset("place applied applying remain remains remained stay stays stayed offered proposed")
_W_EVENT = _W_EVENT | EXTRA_EVENT_WORDS  # (event_clauses.py)
#: "voted to ratify", "capturing territory, including mines": a vote taken, a seizure told as a participle
_W_EVENT = _W_EVENT | _wordset("voted capturing seizing taken determined ready willing prepared")
#: a sentence that refers back to a country named before it
_ANAPHOR = re.compile(r"\b(?:the\s+(?:country|nation)(?:['\u2019]s)?|its|it"
                      # "the Asian nation", "the South American country", "the Asian giant": a country by its region
                      r"|the\s+(?:(?:south|southeast|central|east|west|north)[\s-]+)?(?:Asian|African|American|European|Latin\s+American"
                      r"|Andean|Balkan|Nordic|Baltic|Gulf|Pacific|island|Himalayan)\s+(?:country|nation|state|giant|powerhouse)(?:['\u2019]s)?)\b",
                      re.I)
_W_MONTH = frozenset(m.lower() for m in _MONTHS.split("|"))
_HEDGES = _wordset(
    "about|around|approximately|approx.|roughly|some|nearly|almost|close to|an estimated|estimated|more than|over|"
    "as high as|as much as|"
    "above|in excess of|upwards of|at least|exceeding|exceeds|exceeded|just over|less than|under|below|fewer than|up to|at most|"
    "just under|a modest|only|just", sep="|")
_HEDGE_FILLER = ("a", "an", "the", "modest", "mere", "record", "total of")
_WINDOW_WORDS = re.compile(r"[a-z.]+")
_WINDOW_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz.")
#: the words a hedge phrase, a filler after it, or "total of" can end with
_HEDGE_LAST = frozenset({h.split(" ")[-1] for h in _HEDGES} | {f.split(" ")[-1] for f in _HEDGE_FILLER})

# --------------------------------------------------------------------------- mentions
@dataclass
class Mention:
    start: int
    end: int
    kind: str
    value: str
    possessive: bool = False


@dataclass
class Number:
    start: int
    end: int
    value: float
    unit: str | None
    precision: float
    hedge: str | None
    digits: str
    per: str | None = None
    currency: bool = False
    scale: float = 1.0
    hedge_start: int | None = None


@dataclass
class SentenceScan:
    start: int
    end: int
    countries: list[Mention] = field(default_factory=list)
    commodities: list[Mention] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    measures: list[Mention] = field(default_factory=list)
    years: list[Mention] = field(default_factory=list)
    clauses: list[tuple[int, int]] | None = None
    triggers: dict[str, bool] = field(default_factory=dict)
    words: frozenset[str] = frozenset()
    carry: tuple[str, str | None] | None = None  # the measure of the sentence just before
    #: (measure, stage, tonnes) of the article's last mass figure with a measure, before this sentence
    list_carry: tuple[str, str | None, float] | None = None
    excluded: list[str] = field(default_factory=list)  # countries a figure leaves out ("outside China")
    prev_share: bool = False  # the sentence before gave a share of world output
    year_before: int | None = None  # "the previous year" of a sentence continuing the one before
    carried_country: tuple[str, str] | None = None  # (ISO3, "previous_sentence" | "previous_paragraph")
    ranked_list: bool = False  # an item of a list whose heading ranks ("the top ten ... are:")
    list_unit: str | None = None  # a row of a list or table: the unit its heading gives ("in tonnes")
    list_year: int | None = None  # ... and the year ("Reserves by country, 2024")
    word_starts: _WordStarts | None = None  # the article's words, for patterns tried only where a match can start
    reports_past: bool | None = None  # _reports_past() of the sentence, once computed


def precision_of(digits: str, scale: float = 1.0) -> float:
    """Half a unit of the last significant stated digit (integers keep at least two
    significant figures: ``240,000`` -> 5,000; ``2,600`` -> 50; ``1,000`` -> 50).

    >>> precision_of("2,600"), precision_of("2.6", 1000), precision_of("240,000"), precision_of("70")
    (50.0, 50.0, 5000.0, 0.5)
    """
    d = digits.replace(",", "")
    if "." in d:
        dec = len(d.split(".")[1])
        return 0.5 * 10 ** (-dec) * scale
    sig = d.lstrip("0") or "0"
    tz = len(sig) - len(sig.rstrip("0"))
    e = min(tz, max(len(sig) - 2, 0))
    return 0.5 * 10**e * scale


def _hedge_before(text: str, pos: int) -> tuple[str | None, int | None]:
    """The hedge just before a number ("about", "more than", "a modest"...) and where it starts."""
    low = text[max(0, pos - 40):pos].lower()
    # fast path: a hedge (or a filler after one) must end right before the number
    tail = low.rstrip()
    if not tail or tail[-1] not in _WINDOW_CHARS:
        return None, None
    i = len(tail) - 1
    while i > 0 and tail[i - 1] in _WINDOW_CHARS:
        i -= 1
    if tail[i:] not in _HEDGE_LAST:
        return None, None
    words = [(m.start(), m.group(0)) for m in _WINDOW_WORDS.finditer(low)]
    if not words or low[words[-1][0] + len(words[-1][1]):].strip():
        return None, None  # something other than words between the hedge and the number
    k = len(words)
    while k > 0 and words[k - 1][1] in _HEDGE_FILLER:
        k -= 1
    if k >= 2 and f"{words[k - 2][1]} {words[k - 1][1]}" == "total of":
        k -= 2
    for n in (3, 2, 1):
        if k - n < 0:
            continue
        phrase = " ".join(w for _, w in words[k - n:k])
        if phrase in _HEDGES:
            start = max(0, pos - 40) + words[k - n][0]
            if start > 0 and text[start - 1].isalpha():
                continue
            return (None if phrase in ("only", "just", "a modest") else phrase), start
    return None, None


_SPACED = re.compile(r"[ \u00a0](?=\d{3})")  # "42 700": a space as the thousands separator
#: a project's cost or budget, or a company's value, just before a sum of money (rule 10)
_MONEY_COST_BEFORE = re.compile(
    r"\b(?:capital\s+costs?|costs?|budgets?|capex|capital\s+expenditure|price\s+tag|market\s+cap\w*)\b"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,60}$", re.I)
#: how much one product holds or needs (rule 10: uses): "each EV requires around", "a typical turbine uses",
#: "... per vehicle", "in every phone"
_USE_PRODUCT = (r"(?:vehicles?|cars?|EVs?|turbines?|megawatts?|MW|GW|phones?|smartphones?|batter(?:y|ies)|magnets?|motors?"
                r"|jets?|aircraft|submarines?|missiles?|panels?|laptops?|units?|devices?)")
_USE_INTENSITY_BEFORE = re.compile(
    r"\b(?:each|every|a|an|one|per|the\s+average|a\s+typical|the\s+typical)\s+(?:[\w()-]+\s+){0,4}?"
    r"(?:requires?|required|needs?|needed|uses?|used|contains?|consumes?|takes?)\s+"
    r"(?:(?:about|around|roughly|some|nearly|up\s+to|approximately|an\s+estimated|as\s+much\s+as|between|only|just)\s+)?$", re.I)
_USE_INTENSITY_AFTER = re.compile(
    r"(?:\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\s+(?:per|for\s+(?:each|every|an?)|in\s+(?:each|every|an?|the\s+average))\s+"
    r"(?:[\w-]+\s+){0,2}?" + _USE_PRODUCT + r"\b", re.I)
#: a project's valuation or an investment needed, before the sum: "a net present value (NPV) of", "an
#: after-tax NPV of", "an investment of", "an IRR of"
_MONEY_PROJECT_BEFORE = re.compile(
    r"\b(?:net\s+present\s+value|NPV|IRR|internal\s+rate\s+of\s+return|investments?\s+of|valuation\s+of"
    r"|enterprise\s+value\s+of)\b(?:\s*\([^()]{1,12}\))?(?:\s+(?:of|at|is|was|to|about|around|nearly|over|some|an?|estimated))*\s*$",
    re.I)
#: ... and after it: "$3 billion net present value", "$4 trillion to the U.S. economy", "to GDP"
_MONEY_PROJECT_AFTER = re.compile(
    r"\)?\s*(?:\([^()]{1,30}\)\s*)?(?:(?:in\s+)?(?:net\s+present\s+value|NPV|after-tax|pre-tax)\b"
    r"|(?:to|into)\s+(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,3}?(?:economy|GDP|gross\s+domestic\s+product)\b)", re.I)
#: a sum that sizes a market ("a $9.6 billion market", "a US$3 billion industry")
_MONEY_MARKET_AFTER = re.compile(r"\)?\s*(?:[\w-]+\s+){0,1}(?:markets?|industry|juggernaut)\b", re.I)
#: a law named by its title: "the European Critical Raw Materials Act", "the Defense Production Act"
_ACT_NAME = re.compile(r"\b(?P<name>(?:[A-Z][A-Za-z-]+\s+){1,6}(?:Act|Regulation))\b")
#: ", followed by Myanmar" right after an ordinal: the next in the order, not the ranked one
_FOLLOWED_BY_AFTER = re.compile(r"[^.;()]{0,25}?,?\s*followed\s+by\b", re.I)
_ORD_OR_DIGITS = rf"(?:{'|'.join(_ORD)}|\d{{1,2}}(?:st|nd|rd|th))"
#: "ranked first and second respectively"
_RANKED_RESPECTIVELY = re.compile(
    rf"(?:ranks?|ranked|came|placed|(?:came|comes|coming|finish(?:ed|ing|es)?)\s+in)\s+(?:as\s+)?(?P<o1>{_ORD_OR_DIGITS})\s*,?\s+and\s+(?:the\s+)?(?P<o2>{_ORD_OR_DIGITS})"
    r"\s*,?\s+respectively\b", re.I)
#: "million tonnes (MT)", "million metric tons (MT)": an article that defines MT as million tonnes
_MT_IS_MILLION = re.compile(r"\bmillion\s+(?:metric\s+)?(?:tonnes?|tons?)\s*\(\s*MT\s*\)")
#: a relative clause stating a fact between a modal and a rank: ", which has the world's fifth-largest"
_RELATIVE_HAS = re.compile(r",\s*(?:which|that|who)\s+(?:has|have|holds?|is|are|boasts?|possesses?)\b"
                           # (twenty-fourth session) a where-clause of the place with a verb of fact: "implications far
                           # beyond the Southeast Asian nation, where the president has put the world's largest nickel
                           # reserves at the forefront" (C9436): the modal of the main clause does not govern it
                           r"|,\s*where\s+(?:(?!would|could|will|may|might|should|can)[\w.'\u2019-]+\s+){1,5}?"
                           r"(?:has|have|had|holds?|held|is|are|was|were|sits?|lies|boasts?|possesses?)\b", re.I)
#: (twenty-sixth session) the rank phrase of an unnamed reference of an order: "a sharp drop-off after the top producer"
_REFERENCE_RANK_BEFORE = re.compile(r"\b(?:after|behind|following|trailing|than)\s+(?:only\s+)?(?:the\s+)?"
                                    r"(?:(?:world|globe|planet)['\u2019]s\s+)?$", re.I)
_COUNTRY_RIGHT_AFTER = re.compile(r"(?:\s+(?:of\s+)?[\w-]+){0,2}?\s*[,(\u2014\u2013]?\s*(?:the\s+)?$", re.I)


def _unnamed_reference_rank(text: str, s: Any, c: Claim) -> bool:
    """A rank phrase that is the reference of an order and names no country ("The United States ranks a distant second,
    followed by Myanmar, revealing a sharp drop-off after the top producer"): the place is the unnamed leader's, not
    the sentence's country's (README reading C11460), so no rank claim is read from it. A country apposed right after
    ("behind the top producer, China") or before it keeps the claim."""
    if c.rank is None or _REFERENCE_RANK_BEFORE.search(text, max(s.start, c.span[0] - 30), c.span[0]) is None:
        return False
    for x in s.countries:
        if x.end <= x.start:
            continue
        if c.span[1] <= x.start <= c.span[1] + 30 and _COUNTRY_RIGHT_AFTER.match(text[c.span[1]:x.start]):
            if x.value != "WLD" and c.country != x.value:
                # "Indonesia remains far behind the world's largest supplier, the Democratic Republic of Congo": the
                # place is the apposed country's, not the subject's
                c.country, c.country_source = x.value, None
                c.subject = f"rank of {x.value} in {c.measure or 'production'}"
            return False
        if c.span[0] - 4 <= x.end <= c.span[0] or c.span[0] <= x.start < c.span[1]:
            return False
    return True


#: "from 210,000 tons" between a figure and a year: the year dates the other figure
#: the words before the base year of a comparison ("compared to 2022", "from 2022 levels", "since 2020")
_BASE_YEAR_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|relative\s+to|versus|vs\.?|than(?:\s+in)?|since|from)\s+$", re.I)
_FROM_FIGURE = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|some\s+)?\d[\d,.]*", re.I)
#: a country named as the reference of an order, not the figure's owner
_REFERENCE_BEFORE = re.compile(r"\b(?:after|behind|following|trailing|only\s+to)\s+(?:only\s+)?(?:the\s+)?$", re.I)
#: a figure named as a target right after it: "379 million tonnes targeted for 2025", "the 5,000 t planned for 2026"
_TARGETED_AFTER = re.compile(r"(?:\s+(?:of\s+)?[a-z][\w-]*){0,3}?\s+(?:targeted|planned|budgeted|earmarked|envisaged|"
                             r"projected|forecast|expected|sought)\s+(?:for|by|in|under)\b", re.I)
#: a cause after a figure: "at around 1%, due to low processing"
_CAUSE_BEFORE_WORD = re.compile(r"\b(?:due\s+to|because\s+of|owing\s+to|thanks\s+to|as\s+a\s+result\s+of)\b", re.I)
_CAUSE_BEFORE = re.compile(r"\b(?:due\s+to|because\s+of|owing\s+to|thanks\s+to|as\s+a\s+result\s+of)\s+(?:[\w-]+\s+){0,3}$",
                           re.I)
#: a verb of holding right before a share: "has", "holds", "possesses", "owns", "is home to"
_POSSESS_BEFORE = re.compile(r"\b(?:has|have|had|holds?|held|possess(?:es|ed)?|owns?|owned|is\s+home\s+to|sits\s+on)\s+$",
                             re.I)
#: "29 types of rare metals", "dozens of kinds of minerals": a figure summed over many commodities
_W_KINDS = frozenset({"types", "kinds", "sorts", "categories", "varieties"})
_KINDS_OF = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|several|many)\s+"
                       r"(?:types|kinds|sorts|categories|varieties)\s+of\b", re.I)
#: "110 million tonnes of deposits worldwide": a world word in the figure's own phrase, after it
_WORLD_AFTER_FIGURE = re.compile(r"(?:[^,;.()]|\.\d){0,50}?\b(?:worldwide|globally|in\s+the\s+world|across\s+the\s+world"
                                 r"|around\s+the\s+world)\b", re.I)
#: what follows a reference country named before the figure ("second after Indonesia, accounting for
#: 10.5%", "ranks second following China, with 21 Mt"): the end of its phrase, not a verb of its own
_REFERENCE_END = re.compile(r"(?:['\u2019]s)?\s*(?:[,;:)\u2014\u2013]|\s-\s|\s+(?:with|at|on)\s)"
                            # "second only to China's 44 Mt, ...": the reference's own figure (fourteenth session)
                            r"|(?:['\u2019]s)?\s+(?:about\s+|around\s+|some\s+)?\d[\d,.]*(?:\s*[A-Za-z]+){0,3}\s*(?:[,;:)]|\.(?!\d)|$)"
                            # "behind China and Brazil in terms of REO reserves, with 6.9 Mt" (twenty-first session)
                            r"|\s+in\s+terms\s+of\b[^,;:.()]{0,60}(?:\([^()]{1,12}\)[^,;:.()]{0,30})?[,;:]",
                            re.I)
#: (twenty-fourth session) what else ends a rank's reference in a sentence whose subject is an anaphor: the
#: sentence's end ("The country has the second-largest lithium reserves after Chile.") or a verb phrase joined
#: to the subject ("... reserves following China and could play an important role"): the reference is then the
#: only country named, and "the country" is the one the sentences before named (README rule 7's reading of C4013)
_RANK_REFERENCE_END = re.compile(_REFERENCE_END.pattern
                                 + r"|(?:['\u2019]s)?\s*\.(?=[\s\"'\u201d\u2019]|$)"
                                 r"|\s+and\s+(?:could|can|may|might|would|will|is|was|has|had|remains?|plays?|holds?)\b",
                                 re.I)
#: a subject named by a description before the reference ("the Southeast Asian nation", "the country")
_LEFT_OWNER_WORD = re.compile(r"\b(?:nation|country|state|kingdom|republic)\b", re.I)


#: what joins the countries of a list: ", ", " and ", ", and ", " & "
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
_AND_JOIN = re.compile(r"\band\b|&")


def _reference_before_figure(text: str, c: Any, lo: int, countries: Any = (), ends: re.Pattern[str] = _REFERENCE_END) -> bool:
    """True for a country before a figure that only names the reference of a rank ("after Indonesia, ...").
    A list of references counts as one ("third-largest after Australia and Chile, produces 40,000 t",
    "only behind China and Brazil in terms of reserves, with 6.9 Mt"): the list's first country
    follows "after"/"behind", its last ends the reference's phrase (twenty-first session)."""
    named = sorted((x for x in countries if x.end > x.start), key=lambda x: x.start)
    head = tail = c
    if c.end > c.start and named:
        moved = True
        while moved:  # back along the list
            moved = False
            for x in named:
                if x.end <= head.start and _LIST_JOIN.fullmatch(text, x.end, head.start):
                    head, moved = x, True
                    break
        moved = True
        while moved:  # and on to its end
            moved = False
            for x in named:
                if x.start >= tail.end and _LIST_JOIN.fullmatch(text, tail.end, x.start):
                    tail, moved = x, True
                    break
    if (head is not c or tail is not c) and _AND_JOIN.search(text, head.end, tail.start) is None:
        head = tail = c  # no "and": no list of references ("after China, Brazil, with 21 Mt")
    return _REFERENCE_BEFORE.search(text, max(lo if head is c else 0, head.start - 25), head.start) is not None \
        and ends.match(text, tail.end) is not None


#: "much smaller than the biggest source, China", "more than that of Brazil", "far below those
#: of the leader, Brazil": the country a figure is compared with, not its owner
_THAN_BEFORE = re.compile(r"\b(?:than|below|above|behind|compared\s+(?:with|to)|versus|vs\.?)\s+(?:that\s+of\s+|those\s+of\s+)?"
                          r"(?:the\s+)?(?:[\w-]+,?\s+){0,4}$", re.I)
#: "the world's 390,000 tons": a figure owned by the world
_WORLD_POSS_BEFORE = re.compile(r"\b(?:the\s+)?(?:world|globe|planet)['\u2019]s\s+(?:total\s+(?:of\s+)?)?$", re.I)
#: the "m" glued to a sum of money: "$96m"
_GLUED_MILLION = re.compile(r"m(?![A-Za-z0-9])")
#: "8th", "21st", "3rd": the digits of an ordinal
_ORDINAL_SUFFIX_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.I)


def _number(m: re.Match[str], text: str) -> Number:
    digits = m.group("num")
    if " " in digits or "\u00a0" in digits:
        digits = _SPACED.sub("", digits)
    value = float(digits.replace(",", ""))
    scale = _SCALE.get((m.group("scale") or "").lower(), 1.0)
    if m.group("sscale"):
        scale = {"M": 1e6, "B": 1e9}.get(m.group("sscale"), 1e3)  # "1.4M MT", "2B tons", "270k tonnes"
    unit_raw = m.group("unit")
    unit = None
    if unit_raw:
        key = _WS.sub(" ", unit_raw)
        unit = _UNIT.get(key) or _UNIT.get(key.lower())
        if key == "Mt":
            unit = "Mt"
    per = m.group("per")
    cur_text = m.group("cur") or m.group("curw") or ""
    start = m.start()
    if not m.group("cur") and start and text[start - 1] in _CURRENCY_LAST:
        before = _CURRENCY_BEFORE.search(text, max(0, start - 8), start)
        if before is not None:  # "A$1.6 billion", "US$ 465 million", "\u20ac500 million", "RM 9.5 billion"
            cur_text, start = before.group(0), before.start()
    cur = bool(cur_text)
    if cur and "$" not in cur_text and not cur_text.startswith("USD"):
        per = None  # a sum in another currency ("\u20ac5 a kilogram" is no dollar price): money, never a price series
    if per or cur:
        perl = (per or "").lower()
        if "kg" in perl or "kilogram" in perl:
            unit = "USD/kg"
        elif "pound" in perl or "lb" in perl:
            unit = "USD/lb"
        elif perl:
            unit = "USD/t"
        else:
            unit = "USD"
    end = m.end()
    if cur and scale == 1.0 and not per and _GLUED_MILLION.match(text, end):
        scale, end = 1e6, end + 1  # "$96m", "A$400m": a sum in millions
    hedge, hs = _hedge_before(text, start)
    return Number(start, end, value * scale, unit, precision_of(digits, scale), hedge,
                  digits, per, cur, scale, hs)


def _nearest_left(items: list[Mention], pos: int, lo: int = -1) -> Mention | None:
    best = None
    for it in items:
        if lo <= it.start < pos:
            best = it
    return best


#: words that end the noun phrase an ordinal rank qualifies ("third-largest reserves and ...")
_RANK_NP_STOP = frozenset({"and", "or", "of", "in", "on", "at", "by", "for", "to", "with", "than", "after", "behind",
                           "but", "while", "as", "is", "are", "was", "were", "the", "a", "an", "its", "their",
                           "his", "her", "this", "that", "which", "who"})
_RANK_NP_WORD = re.compile(r"\s*([\w'\u2019-]+)")


def _rank_head_measure(text: str, s: SentenceScan, end: int) -> tuple[str, str | None] | None:
    """The measure of the noun phrase right after an ordinal rank ("fourth-largest production",
    "second-largest refined cobalt output"), or None when the phrase names none.

    The phrase runs over at most four words up to a conjunction, preposition, article or
    punctuation; its last measure word is the head, and a stage named before the head in the
    phrase ("refined") is kept."""
    pos, words = end, 0
    run: list[Mention] = []
    while words < 4:
        w = _RANK_NP_WORD.match(text, pos, s.end)
        if w is None or w.group(1).lower() in _RANK_NP_STOP:
            break
        run.extend(x for x in s.measures if w.start(1) <= x.start < w.end(1))
        pos, words = w.end(), words + 1
    if not run:
        return None
    head = run[-1]
    stage = head.value or next((x.value for x in run if x.value), None)
    if head.kind != "production" and stage is not None and head.value is None:
        stage = None  # "refined cobalt reserves": a stage belongs to output only
    return head.kind, stage or None


def _nearest(items: list[Mention], pos: int) -> Mention | None:
    """The item nearest to ``pos`` (one to the right counts 1.5 times its distance; the
    first of equals)."""
    best, best_d = None, 0.0
    for it in items:
        d = pos - it.start if it.start < pos else (it.start - pos) * 1.5
        if best is None or d < best_d:
            best, best_d = it, d
    return best


_MEASURE_OF: dict[str, tuple[str, str | None]] = {
    "refine": ("production", "refining"),
    "prod": ("production", None),
    "dug": ("production", "mining"),  # "the ore dug up": mining, even beside "refined"
    "res": ("reserves", None),
    "resrc": ("resources", None),
    "cap": ("capacity", None),
    "exp": ("exports", None),
    "imp": ("imports", None),
    "price": ("price", None),
    "cons": ("apparent_consumption", None),
}


def _measure_of(m: re.Match[str]) -> tuple[str, str | None]:
    return _MEASURE_OF[m.lastgroup or "prod"]


def _ordinal(word: str) -> int | None:
    w = word.lower()
    if w in _ORD:
        return _ORD[w]
    if w in _WORDNUM:
        return _WORDNUM[w]
    m = re.match(r"(\d+)", w)
    return int(m.group(1)) if m else None


#: month number by the first three letters of its name, in lower case
_MONTH_NO = {name[:3].lower(): i for i, name in enumerate(_lx.MONTHS, start=1)}


def _parse_date(m: re.Match[str]) -> str | None:
    import datetime as dt

    months = _MONTH_NO
    try:
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso")).isoformat()
        if m.group("d1"):
            d, mo, y = int(m.group("d1")), months[m.group("m1")[:3].lower()], int(m.group("y1"))
        else:
            d, mo, y = int(m.group("d2")), months[m.group("m2")[:3].lower()], int(m.group("y2"))
        return dt.date(y, mo, d).isoformat()
    except (ValueError, KeyError):
        return None


_FULL_MONTHS = _lx.joined(_lx.MONTHS)
_WEEKDAYS = tuple(day.lower() for day in _lx.WEEKDAYS)
_PARTIAL_DATE = re.compile(
    rf"\b(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTHS})\b\.?(?!,?\s+\d{{4}})"
    rf"|\b(?P<m3>{_FULL_MONTHS})\s+(?P<y3>20\d\d)\b"
    rf"|\b(?i:in|from|since|by|starting|until|effective|early|late|mid-?|(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of)"
    # "at the end of October"; "from December 1" is a day (m1), not the month
    rf"\s+(?:early\s+|late\s+|mid-?)?(?P<m4>{_FULL_MONTHS})\b(?!,?\s+\d{{4}})(?!\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)"
    rf"|\b(?:on\s+|(?P<wdlast>last)\s+)?(?P<wd>{_lx.joined(_lx.WEEKDAYS)})\b"
    rf"|\b(?i:last)\s+(?P<m6>{_FULL_MONTHS})\b(?!,?\s+\d{{4}})"
    r"|\b(?P<rel>(?i:this|last|previous))\s+(?i:month)\b"
    r"|\b(?P<yrel>(?i:this|last|previous))\s+(?i:year)\b(?!['\u2019]s)"
    r"|\b(?P<wrel>(?i:this|last|previous))\s+(?i:week)\b(?!['\u2019]s)"
    r"|\b(?:in|since|from|until)\s+(?P<y5>(?:19[5-9]\d|20[0-3]\d))\b(?!s)"
    rf"|\b(?P<m8>{_FULL_MONTHS})(?=(?:['\u2019]s)?\s+(?:export\s+)?(?:controls?|curbs?|bans?|measures?|restrictions?|rules?"
    r"|announcements?|deal|agreement|suspension|package)\b)"
    r"|\b(?i:mid-|early\s+|late\s+|(?:the\s+)?(?:summer|spring|autumn|fall|winter)\s+of\s+)(?P<y7>20[0-3]\d)\b"
)
#: every match of _PARTIAL_DATE holds a digit, a month name (each starts with one of these
#: three-letter forms), a weekday name, or the word month, year or week
_PARTIAL_HINT = re.compile(r"\d|" + _lx.joined(m[:3] for m in _lx.MONTHS)
                           + "|" + _lx.joined(_lx.WEEKDAYS) + "|(?i:month|year|week)")
_LEGAL_NO = re.compile(r"\bNo\.?\s*(?P<no>\d{1,3})(?:\s*/\s*|\s+of\s+(?:the\s+year\s+)?)(?P<y>20\d\d)\b")


def partial_dates(sentence: str, article_date: str, past: bool = False) -> list[tuple[str, str]]:
    """Dates written without a year ("on April 4", "from December", "on Thursday"), resolved
    against the article's date, with their precision (``day`` or ``month``).

    A day or month without a year is its occurrence nearest to the article's date (with
    ``past``, for a sentence reporting what already happened, the latest on or before it); a
    weekday is the latest such day on or before it.

    >>> partial_dates("Beijing acted on April 4 and again in December.", "2025-05-20")
    [('2025-04-04', 'day'), ('2024-12', 'month')]
    """
    return [(d, p) for _, _, d, p in partial_date_spans(sentence, article_date, past)]


def partial_date_spans(sentence: str, article_date: str, past: bool = False) -> list[tuple[int, int, str, str]]:
    """``partial_dates`` with where each date is written: (start, end, date, precision)."""
    hint = _PARTIAL_HINTS.get(sentence)  # (asked of a sentence up to four times: searched once in the article)
    if hint is None:
        if len(_PARTIAL_HINTS) >= 512:
            _PARTIAL_HINTS.clear()  # (bounded, as _SCANNED)
        hint = _PARTIAL_HINTS[sentence] = _PARTIAL_HINT.search(sentence) is not None
    if not hint:
        return []  # no digit, month or weekday name: no match of _PARTIAL_DATE
    return list(_partial_date_spans_of(sentence, article_date, past))


#: sentence -> whether ``_PARTIAL_HINT`` finds a match in it, for the article being checked
#: (:func:`partial_date_spans`; a pure function of the string, emptied by :func:`new_article`)
_PARTIAL_HINTS: dict[str, bool] = {}


def new_article() -> None:
    """Forget the sentences remembered for the previous article (:func:`partial_date_spans`,
    ``event_context.metonym_parties``): nothing carries from one article to the next, so a
    benchmark that repeats sentences across articles measures no cache hit of another article."""
    _partial_date_spans_of.cache_clear()
    _agents_in_of.cache_clear()
    _forget_fallback_event_sentences()
    _forget_metonym_sentences()
    _ARTICLE_SPANS.clear()
    _ARTICLE_WORD_STARTS.clear()
    _SCANNED.clear()
    _SENTENCE_SCANS.clear()
    _PARTIAL_HINTS.clear()


#: the article's sentences (as :func:`extract_claims` cuts them) -> their scans, so that a rule handed the
#: sentence alone (:func:`partial_date_spans`) can try a pattern only at its words (:func:`_finditer_sentence`)
_SENTENCE_SCANS: dict[str, Any] = {}


#: the sentence spans of the article being checked (:func:`sentence_spans`): its text and spans
_ARTICLE_SPANS: list[tuple[str, list[tuple[int, int]]]] = []


#: the word starts of the article being checked (:func:`article_word_starts`)
_ARTICLE_WORD_STARTS: list[_WordStarts] = []


def article_word_starts(text: str) -> _WordStarts | None:
    """The :class:`_WordStarts` :func:`extract_claims` built for ``text`` (the same object),
    for the checker's later passes over the article to try a pattern only at the words its
    matches can start with (:func:`_finditer_words`); None for any other text."""
    if _ARTICLE_WORD_STARTS and _ARTICLE_WORD_STARTS[0].text is text:
        return _ARTICLE_WORD_STARTS[0]
    return None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as :func:`extract_claims` reads them (:func:`split_sentences`,
    a dateline cut off); worked out once per article (the checker's later steps read the same
    text object again; :func:`new_article` forgets it)."""
    if _ARTICLE_SPANS and _ARTICLE_SPANS[0][0] is text:
        return list(_ARTICLE_SPANS[0][1])
    sents = split_sentences(text)
    if sents and "(" in text:
        sents = [_after_dateline(text, a, b) for a, b in sents]
    _ARTICLE_SPANS[:] = [(text, sents)]
    return list(sents)


@lru_cache(maxsize=256)
def _partial_date_spans_of(sentence: str, article_date: str, past: bool) -> tuple[tuple[int, int, str, str], ...]:
    """:func:`partial_date_spans`, remembered: a pure function of its arguments that the rules
    of one event sentence ask for up to three times (bounded, thread-safe, emptied by
    :func:`new_article`)."""
    try:
        on = dt.date.fromisoformat(article_date[:10])
    except ValueError:
        return ()

    def nearest(mo: int, d: int) -> dt.date | None:
        best = None
        if past:
            return _latest_on_or_before(on, mo, d)
        for y in (on.year - 1, on.year, on.year + 1):
            try:
                cand = dt.date(y, mo, d)
            except ValueError:
                continue
            if best is None or abs((cand - on).days) < abs((best - on).days):
                best = cand
        return best

    return tuple(_partial_date_spans(sentence, on, past, nearest))


#: "will" governing a weekday just after it: "will take effect on Monday"
_WILL_BEFORE_DAY = re.compile(r"\bwill\s+(?:[\w-]+\s+){0,8}$")


def _partial_date_spans(sentence: str, on: dt.date, past: bool,
                        nearest: Callable[[int, int], dt.date | None]) -> list[tuple[int, int, str, str]]:
    """The dates of ``partial_dates`` with where each is written in the sentence."""
    months = _MONTH_NO
    out: list[tuple[int, int, str, str]] = []
    scan = _SENTENCE_SCANS.get(sentence)  # (a sentence of the article being checked: tried at its words)
    for m in _finditer_sentence(_PARTIAL_DATE, sentence, scan) if scan is not None else _PARTIAL_DATE.finditer(sentence):
        at = (m.start(), m.end())
        if m.group("wd"):
            # "on Tuesday", "announced Tuesday": the latest such day on or before the article;
            # "last Thursday" is never the article's own day
            back = (on.weekday() - _WEEKDAYS.index(m.group("wd").lower())) % 7
            if m.group("wdlast") and back == 0:
                back = 7
            if not m.group("wdlast") and _WILL_BEFORE_DAY.search(sentence, max(0, m.start() - 80), m.start()):
                # "will start curbing exports on Sunday": the coming Sunday
                out.append((*at, (on + dt.timedelta(days=(7 - back) % 7)).isoformat(), "day"))
                continue
            out.append((*at, (on - dt.timedelta(days=back)).isoformat(), "day"))
            continue
        if m.group("m6"):
            # "last December": the latest December before the article's month
            mo = months[m.group("m6")[:3].lower()]
            y = on.year if mo < on.month else on.year - 1
            out.append((*at, f"{y}-{mo:02d}", "month"))
            continue
        if m.group("m8"):
            # "the April controls", "the October package": a measure already taken
            got = _latest_on_or_before(on, months[m.group("m8")[:3].lower()], 1)
            if got:
                out.append((*at, got.isoformat()[:7], "month"))
            continue
        if m.group("wrel"):
            # "last week": the seven days from the Monday of the week before the article's
            monday = on - dt.timedelta(days=on.weekday() + (7 if m.group("wrel").lower() != "this" else 0))
            out.append((*at, monday.isoformat(), "week"))
            continue
        if m.group("yrel"):
            out.append((*at, str(on.year - (m.group("yrel").lower() != "this")), "year"))
            continue
        if m.group("rel"):
            y, mo = on.year, on.month
            if m.group("rel").lower() != "this":
                y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
            out.append((*at, f"{y}-{mo:02d}", "month"))
            continue
        if m.group("y5") or m.group("y7"):
            # "mid-2023", "the summer of 2023": the year, at year precision
            out.append((*at, m.group("y5") or m.group("y7"), "year"))
            continue
        if m.group("m3"):
            out.append((*at, f"{m.group('y3')}-{months[m.group('m3')[:3].lower()]:02d}", "month"))
            continue
        if m.group("m4"):
            mo = months[m.group("m4")[:3].lower()]
            # "since September" is always behind the article, whatever the rest of the sentence says
            since = sentence[m.start():m.start() + 5].lower() == "since"
            got = _latest_on_or_before(on, mo, 1) if since else nearest(mo, 1 if past else 15)
            if got:
                out.append((*at, got.isoformat()[:7], "month"))
            continue
        mon, day = (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
        mo = months[mon[:3].lower()]
        rel = _DAY_YEAR_AFTER.match(sentence, m.end())
        if rel is not None:
            # "until November 10 of next year", "on March 3 last year": the year is stated in words
            y = on.year + {"next": 1, "this": 0}.get(rel.group(1).lower(), -1)
            with contextlib.suppress(ValueError):
                out.append((*at, dt.date(y, mo, int(day)).isoformat(), "day"))
            continue
        got = nearest(mo, int(day))
        if past and got and _COMING_DAY_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            # "effective April 10", "from December 1", "until May 3": a measure's start or end may
            # lie after the article even in a sentence reporting the past; the nearest occurrence
            ahead = _next_on_or_after(on, mo, int(day))
            if ahead and (ahead - on).days < (on - got).days:
                got = ahead
        if got:
            out.append((*at, got.isoformat(), "day"))
    return out


def _next_on_or_after(on: dt.date, month: int, day: int) -> dt.date | None:
    """The first date with that month and day on or after ``on`` (None if there is no such day)."""
    for y in (on.year, on.year + 1):
        with contextlib.suppress(ValueError):
            got = dt.date(y, month, day)
            if got >= on:
                return got
    return None


#: a year in words right after a day without one: "November 10 of next year", "March 3 last year"
_DAY_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(next|this|last)\s+year\b", re.I)
#: the start or end of a measure's term right before a day: "effective", "from", "until"
_COMING_DAY_BEFORE = re.compile(
    r"\b(?:effective|from|starting|beginning|until|till|through|(?:take|takes|taking|took)\s+effect(?:\s+on)?)\s+(?:on\s+)?$",
    re.I)


_RELATIVE = re.compile(r"\b(?P<last>last\s+year|a\s+year\s+earlier|previous\s+year)|(?P<this>this\s+year)\b", re.I)


#: "last year" / "this year" written right at a figure: the figure's year, relative to the
#: article's date, whatever other year the sentence names
_REL_BEFORE = re.compile(
    r"\b(?:(?P<last>last\s+year|a\s+year\s+ago)|(?P<this>this\s+year))(?:['\u2019]s)?[,\s]+"
    r"(?:[\w-]+[,:\s]+){0,5}?(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|an?\s+estimated)\s+)?$", re.I)
_REL_AFTER = re.compile(
    r"[^.;:\d]{0,45}?\b(?:(?P<last>(?:the\s+)?same\s+(?:period|month|quarter|time)\s+(?:(?:of\s+)?last\s+year|a\s+year\s+ago)"
    r"|last\s+year|a\s+year\s+ago)|(?P<this>this\s+year))\b", re.I)


_REL_AGAINST = re.compile(r"\b(?:from|than|compared|versus|vs|against|unchanged|up|down|since)\b", re.I)


def _near_relative_year(text: str, start: int, pos: int, end: int, stop: int) -> int | None:
    """-1 for "last year", 0 for "this year" when written next to the figure (before it, or
    after it with no other figure between), else None."""
    m = _REL_AFTER.match(text, end, min(stop, end + 60))
    if m is not None and _REL_AGAINST.search(m.group(0)):
        return None  # "44 Mt, unchanged from last year", "12% more than last year": a comparison
    if m is None:
        m = _REL_BEFORE.search(text, max(start, pos - 60), pos)
    if m is None:
        return None
    return -1 if m.group("last") else 0


#: "earlier this year", "later this year": when something happened or will, not the year of a figure
_EVENT_TIME_BEFORE = re.compile(r"\b(?:earlier|later)\s+$", re.I)


def _relative_years(year: int) -> Callable[[str], int | None]:
    def resolve(sentence: str) -> int | None:
        if "year" not in sentence.lower():
            return None  # (every match of _RELATIVE holds the word)
        m = _RELATIVE.search(sentence)
        while m is not None and m.group("this") and _EVENT_TIME_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            m = _RELATIVE.search(sentence, m.end())  # "curbed exports earlier this year": the time of an event
        if m is None:
            return None
        return year - 1 if m.group("last") else year
    return resolve


#: (a left quote "\u2018" typed for the apostrophe, "China\u2018s dominance", is one too)
_POSS = re.compile(r"['\u2019\u2018]s?(?![A-Za-z])")


_TOKEN_SPLIT = re.compile("(" + _TOKEN.pattern + ")")


@dataclass
class Tokens:
    """The words of a text (:data:`_TOKEN`) with their spans, from one ``split`` pass:
    ``gaps[j]`` is the text before word ``j`` (``gaps[-1]`` the text after the last)."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    gaps: list[str]

    @classmethod
    def of(cls, text: str) -> Tokens:
        parts = _TOKEN_SPLIT.split(text)
        offsets = list(accumulate(map(len, parts)))
        words = parts[1::2]
        return cls(words, offsets[0::2][:len(words)], offsets[1::2], parts[0::2])


#: a compass or region word before "American" makes a region of the Americas ("South American",
#: "Latin American", "North American"), not the United States ("American" is the one country
#: adjective that is also a continent's; "Western Australian" or "South Sudanese" keep their reading)
_REGION_EPITHET_LEAD = frozenset({"South", "North", "Central", "Latin", "Pan"})
_REGION_EPITHET_ADJ = frozenset({"American", "Americans", "America", "America's"})  # ("Latin America", "South America's")


def scan_entities(text: str, pats: Patterns, tokens: Tokens | None = None) -> list[tuple[int, int, str, str, bool]]:
    """Countries and commodities in ``text``: (start, end, kind, id, possessive-or-adjective),
    a new list each call. A text scanned without its tokens is remembered within the article
    (the later passes scan the same sentence several times: the fallback's event reader, the
    signature pass's parties, owners and agent; emptied by :func:`new_article`)."""
    if tokens is not None:
        return _scan_entities(text, pats, tokens)
    key = (text, id(pats))
    hit = _SCANNED.get(key)
    if hit is None or hit[0] is not pats:
        if len(_SCANNED) >= 512:
            _SCANNED.clear()  # (bounded: a very long article starts over)
        hit = _SCANNED[key] = (pats, tuple(_scan_entities(text, pats, _sentence_tokens(text))))
    return list(hit[1])


def _sentence_tokens(sent: str) -> Tokens | None:
    """``Tokens.of(sent)`` cut out of the article's tokens, for a sentence of the article being
    checked (its scan registered by :func:`extract_claims`); None for any other text, or when a
    word of the article runs across the sentence's start or end ("U.S." cut after "U.").
    :data:`_TOKEN` has no look-around or anchor: whether a word starts at a character and where it
    ends read only the characters from there to its end, so a text cut between two words of the
    article holds exactly the article's words between the cuts (``tests/claims/test_speed_session19b.py``
    checks it against ``Tokens.of``)."""
    scan: Any = _SENTENCE_SCANS.get(sent)
    ws = getattr(scan, "word_starts", None)
    a = getattr(scan, "start", None)
    if ws is None or a is None or len(sent) != scan.end - a or not ws.text.startswith(sent, a):
        return None
    tok = ws.tok
    starts, ends = tok.starts, tok.ends
    b = a + len(sent)
    i0 = bisect.bisect_right(ends, a)  # the first word that ends past the start
    i1 = bisect.bisect_left(starts, b, i0)  # the first word from the end on
    if (i0 < len(starts) and starts[i0] < a) or (i1 > i0 and ends[i1 - 1] > b):
        return None  # a word runs across the start or the end
    if i0 == i1:
        return Tokens([], [], [], [sent])
    st = [x - a for x in starts[i0:i1]]
    en = [x - a for x in ends[i0:i1]]
    return Tokens(tok.words[i0:i1], st, en, [sent[:st[0]], *tok.gaps[i0 + 1:i1], sent[en[-1]:]])


#: the texts :func:`scan_entities` scanned in the article being checked (see there)
_SCANNED: dict[tuple[str, int], tuple[Patterns, tuple[tuple[int, int, str, str, bool], ...]]] = {}


def _scan_entities(text: str, pats: Patterns, tokens: Tokens | None = None) -> list[tuple[int, int, str, str, bool]]:
    """:func:`scan_entities` itself: (start, end, kind, id, possessive-or-adjective) of every
    country and commodity in ``text``.

    Words are looked up as n-grams (longest first) in the gazetteer's forms, so the cost
    is one tokenising pass whatever the gazetteer's size."""
    tok = tokens or Tokens.of(text)
    words, starts, ends, gaps = tok.words, tok.starts, tok.ends, tok.gaps
    out: list[tuple[int, int, str, str, bool]] = []
    cf, mf, sy, firsts, lens = pats.country_first, pats.commodity_first, pats.symbol_forms, pats.first_words, pats.lengths
    # only tokens that can start a name are looked at
    cand = list(compress(count(), map(firsts.__contains__, words)))
    n = len(words)
    skip_to = 0
    for i in cand:
        if i < skip_to:
            continue
        w = words[i]
        nc, nm = cf.get(w, 0), mf.get(w.lower(), 0)
        hit = None
        for k in lens[w]:  # only the lengths of names that start with this word
            if k > n - i:
                continue
            phrase = w if k == 1 else " ".join(words[i:i + k])
            is_country = k <= nc and (phrase in pats.country_forms or phrase in pats.gapped_forms)
            if not is_country and not (k <= nm and phrase.lower() in pats.commodity_forms):
                continue
            # words of one name are separated by spaces or hyphens only, or as the table writes
            # the name ("People's Republic", "C\u00f4te d'Ivoire", a curly apostrophe as a straight one)
            if k > 1 and any(gaps[j].strip(" -") for j in range(i + 1, i + k)):
                want = pats.name_gaps.get(phrase) if is_country else None
                if want is None or any(gaps[j].translate(_APOSTROPHES) != want[j - i - 1]
                                       for j in range(i + 1, i + k)):
                    continue
            a, end = starts[i], ends[i + k - 1]
            if is_country:
                pm = _POSS.match(text, end)
                iso = pats.country_forms.get(phrase) or pats.gapped_forms[phrase]
                hit = (a, pm.end() if pm else end, "country", iso,
                       bool(pm) or phrase in pats.adjectives, k)
            else:
                hit = (a, end, "commodity", pats.commodity_forms[phrase.lower()], False, k)
            break
        if hit is None and w in sy and (i + 1 >= n or text[ends[i]:ends[i] + 1] != "."):
            hit = (starts[i], ends[i], "commodity", sy[w], False, 1)
        if hit is None:
            continue
        a, e = hit[0], hit[1]
        if hit[2] == "country" and i and hit[5] == 1 and words[i] in _REGION_EPITHET_ADJ \
                and words[i - 1] in _REGION_EPITHET_LEAD and not gaps[i].strip(" -"):
            continue  # "the South American country", "Latin American output": a region, not the US
        if (a == 0 or not text[a - 1].isalnum()) and (e >= len(text) or not text[e].isalnum()):
            if hit[2] == "commodity" and hit[3] in _MAGNET_ELEMENTS:
                mm = _MAGNET_AFTER.match(text, e)
                if mm is not None:
                    # "neodymium-based magnets", "neodymium or praseodymium-based magnets": the magnets
                    hit = (a, mm.end(), "commodity", "ndfeb_magnets", False, hit[5])
                    out.append(hit[:5])
                    skip_to = bisect.bisect_left(starts, mm.end(), i)
                    continue
            out.append(hit[:5])
            skip_to = i + hit[5]
    return out


#: a stage and a making verb offered as alternatives: "refining or producing", "processes or makes"
_REFINING_OR_MAKING = re.compile(
    r"\b(?:refin|process)(?:es|ed|ing|e)?\s+(?:or|and/or)\s+(?:produc|mak|manufactur)(?:es|ed|ing|e|s)?\b", re.I)


#: the elements of rare-earth permanent magnets, and a magnet named after them: "neodymium-based
#: magnets", "neodymium or praseodymium-based magnets", "NdPr-containing permanent magnets" are the
#: magnet product (``ndfeb_magnets``), not the element (rule 6: another basis)
_MAGNET_ELEMENTS = frozenset({"neodymium", "praseodymium", "dysprosium", "terbium", "ndpr_oxide", "rare_earths",
                              "magnet_rees"})
_MAGNET_AFTER = re.compile(r"(?:\s*(?:or|and|/)\s*[A-Za-z]+)?[\s-]*(?:based|containing|bearing)\s+"
                           r"(?:(?:permanent|sintered|bonded)\s+)?magnets?\b", re.I)


# --------------------------------------------------------------------------- extraction
_YEAR_DIGITS = re.compile(r"(19[89]\d|20[0-3]\d)")
_NO_GROUPS = (None, None, None, None, None)
_MONEY_NOT_MARKET = re.compile(
    r"(?:[\w)]|[-\u2013,.](?=[\w\d]))*(?:\s*\([^()]{1,25}\))?(?:[\s-]+[\w-]+){0,3}?[\s-]+(?:subsid(?:y|ies)|programs?|programmes?|funds?|funding|budgets?"
    r"|loans?|grants?|investments?|facility|package|deal|scheme|revenues?|profits?|contracts?|incentives?|outlays?"
    r"|allocations?|(?:capital|operational|operating|project)\s+(?:costs?|expenditure))\b"
    # "$185 million has been designated for ...": a sum set aside, a budget
    r"|\s+(?:(?:has|have)\s+been|was|were|is|are|will\s+be)\s+(?:designated|earmarked|allocated|set\s+aside|budgeted|reserved)\b",
    re.I)
_AS_OF = re.compile(r"\bas\s+of\s+$", re.I)
#: "By March 22, 2025, China commands ...", "as of 5 June 2025": a day of the article's year
#: that dates the statement as standing now, the present tense
_AS_OF_DAY = re.compile(rf"\b(?:as\s+of|by)\s+(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+"
                        rf"(?:{_MONTHS})\.?),?\s+$", re.I)
#: money lent, granted or invested: a budget (rule 10 of the evaluation set), not a market figure
_MONEY_GIVEN_BEFORE = re.compile(
    r"\b(?:lent|lends|lend|loaned|loans|invested|invests|invest|granted|grants|pledged|pledges|earmarked|allocated"
    r"|writ(?:e|es|ing|ten)[\s-]+(?:down|off)|wrote[\s-]+(?:down|off)|impairments?\s+of|write-?downs?\s+of"
    r"|committed|commits|borrowed|secured)\s+(?:(?:an?|another|the|some|about|around|nearly|over|up\s+to)\s+)?"
    r"(?:(?:additional|extra|further|initial|new)\s+)?[(]?$", re.I)
_BOUND_YEAR = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+in\s+(?P<y>(?:19[89]\d|20[0-3]\d))\b")
_PREV_YEAR = re.compile(r"[^.;,()]{0,40}?\b(?:the\s+previous\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|before))", re.I)
#: a figure attributed to the edition before the current one ("the 10 million t reported the
#: previous year", "revised down from a previous figure of 22 million t", "an earlier estimate of")
_PREV_EDITION_BEFORE = re.compile(
    r"\b(?:previous|prior|earlier|former|old)\s+(?:figure|estimate|assessment|number|data|reading)s?\s+(?:of\s+)?"
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately)\s+)?$"
    r"|\b(?:revised|cut|lowered|raised|downgraded|upgraded)\s+(?:[\w'\u2019]+\s+){0,5}from\s+(?:(?:the|a|an)\s+)?$", re.I)
#: "the agency, which had previously estimated that Vietnam had about 22 Mt": the earlier report's
#: figure, when no year is written with it (with one, the current edition's figure for that year
#: decides whether it was revised: C088)
_PREV_ESTIMATED_BEFORE = re.compile(
    r"\b(?:had\s+)?(?:previously|earlier|formerly|once)\s+(?:estimated|reported|put|said|published|listed)\s+"
    r"(?:that\s+)?(?:[\w'\u2019]+\s+){0,4}?(?:had|has|held|holds|at|with|of|was|were)?\s*"
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately)\s+)?$", re.I)
_PREV_EDITION_AFTER = re.compile(
    r"[^.;()]{0,25}?\b(?:reported|published|estimated|given|stated|listed)\s+(?:in\s+)?(?:the\s+)?"
    r"(?:previous|prior|last|preceding)\s+(?:year|edition|report)|\s+(?:previously|earlier)\s+(?:reported|estimated|published)",
    re.I)
#: a country name that begins the name of a statistical agency is not a country mention
_AGENCY_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:Geological\s+Survey|Energy\s+Information\s+Administration|Census\s+Bureau)\b")
_STOOD = re.compile(r"\b(stood|reached|totall?ed)\b", re.I)
_OF_WORLD = re.compile(r"\s*(?:of|share\s+of)\s+(?:the\s+)?(?:(?:known|total|estimated|proven|identified|entire|combined)\s+)?"
                       r"(?:world(?:'s)?|global|worldwide|total\s+world)", re.I)
_OF_OTHER = re.compile(r"\s*of\s+(?:its|their|the\s+(?:country|nation)['\u2019]s|\w+['\u2019]s)", re.I)
_PCT_RANGE = re.compile(
    r"(?<![\w.,])(?P<a>\d{1,2}(?:\.\d+)?)\s*(?:%\s*)?(?:-|\u2013|to)\s*(?P<b>\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)")
_PCT_BETWEEN = re.compile(
    r"(?<=\bbetween\s)(?P<a>\d{1,2}(?:\.\d+)?)\s*(?:%|percent|per\s+cent)?\s+and\s+(?P<b>\d{1,3}(?:\.\d+)?)\s*"
    r"(?:%|percent\b|per\s+cent\b)", re.I)
_FRACTIONS = {"half": 50.0, "one-half": 50.0, "a-third": 100 / 3, "one-third": 100 / 3, "two-thirds": 200 / 3,
              "a-quarter": 25.0, "one-quarter": 25.0, "three-quarters": 75.0, "three-fourths": 75.0,
              "a-fifth": 20.0, "one-fifth": 20.0, "two-fifths": 40.0, "three-fifths": 60.0, "four-fifths": 80.0}
_FRACTION = re.compile(
    r"(?<!first\s)(?<!second\s)(?<!latter\s)(?<!former\s)\b(?P<f>half|(?:one|a)[\s-]half|(?:a|one)[\s-](?:third|quarter|fifth)|two[\s-]thirds|three[\s-](?:quarters|fourths|fifths)"
    r"|two[\s-]fifths|four[\s-]fifths)(?!\s+of\s+an?\s+(?:hundred|thousand|million|billion|trillion)\b)"  # a quantity
    r"(?=\s+(?:\([^()]{1,12}\)\s+)?(?:of\b|the\s+(?:world|global|planet)"
    r"|(?:its|their)\s+(?!own\b)))", re.I)  # "half its supply", "a third their output": "of" left out
_W_FRACTION = frozenset({"half", "third", "thirds", "quarter", "quarters", "fourths", "fifth", "fifths"})
_SHARE_WORD = re.compile(
    r"\b(?:share|accounts?\s+for|account(?:ed|ing)\s+for|supplies|supplied|supplying|controls?|holds?|produces?|produced"
    r"|responsible\s+for|makes?\s+up|made\s+up|represent(?:s|ed|ing)?|dominat\w+|refines?|refined|process(?:es|ed)?"
    r"|mines|mined|provides?|provided|providing|producing|commands?|commanded|(?:the\s+)?source\s+of"
    r"|contribut(?:es|ed|ing)(?:\s+to)?|(?:pump|churn|turn)(?:s|ed|ing)?\s+out|generat(?:es|ed|ing)|yields?)\b", re.I)
#: share wording after the figure: "a 69% share of", "90% of magnets are made in China", "... come from"
_SHARE_AFTER = re.compile(
    r"\s+share\b|\s+(?:grip|stranglehold|chokehold|dominance|control|hold)\s+(?:on|of|over)\b"  # "China's 70% grip on"
    r"|[^.;%\d]{0,60}?\b(?:(?:are|is|were|was)\s+(?:(?:heavily|highly|largely|mostly)\s+)?(?:mined|produced|made|refined"
    r"|processed|manufactured|extracted|located|based|concentrated)\s+(?:in|by)|comes?\s+from|came\s+from|takes?\s+place\s+in|took\s+place\s+in|happens\s+in"
    r"|occur(?:s|red)?\s+(?:in|within))\b", re.I)
_WS = re.compile(r"\s+")
_WORDS = re.compile(r"[a-z]+")
_ASPIRATION = re.compile(_lx.bounded(
    r"become|becoming|aims?\s+(?:to|for|at)|aiming\s+(?:to|for|at)|ambitions?", _lx.PLAN_TO, r"hopes?\s+to|seeks?\s+to|wants?\s+to",
    _lx.MODALS, r"will|is\s+expected\s+to|are\s+expected\s+to|(?<=,\s)expected\s+to|forecast|projected|set\s+to|target(?:s|ing)?"
    r"|(?:is|are|was|were)\s+(?:ready|willing|prepared)\s+to"
    r"|forecasts|forecasting|expects?|expecting|anticipates?|anticipated\s+to|guidance|projects?\s+(?:its|that|output|production|annual)"),
    re.I)
#: (twenty-third session) a rank phrase that is the object of a preposition names who it describes, as it
#: stands: "the move would signal a shift in policy from the world's top nickel producer" (C4739) presupposes
#: the place, which the modal does not govern ("would become the top producer" is the aim); a plural names no
#: one place ("investment from leading producers such as Tesla": the match ends inside the word)
_RANK_AFTER_PREPOSITION = re.compile(r"\b(?:from|of|for|with|by|against|at|on|over|between|like)\s+$", re.I)
_AMONG_WITH = re.compile(r"\b(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:with|having|holding|that\s+ha(?:ve|s))\s+$",
                         re.I)
_ONE_OF = re.compile(r"\b(?:one|some)\s+of\s+(?:the\s+)?$|\bamong\s+(?:the\s+)?$", re.I)
#: "holds some of the world's largest reserves": a place among the leaders (README rule 14), not first place
_SOME_OF = re.compile(r"\bsome\s+of\s+(?:the\s+)?$", re.I)
_EXCLUDING = re.compile(r"(?:\s+\w+){0,4}?\s+(?:outside(?:\s+of)?|other\s+than|excluding|besides|apart\s+from)\s", re.I)
_AFTER = re.compile(r"(?:\s+[\w,]+){0,6}?\s+(?:after|behind|following|trailing(?:\s+only)?)\s", re.I)  # "following China"
_DIGIT = re.compile(r"\d")
#: an indefinite noun phrase opening the sentence before a rank word: "A top ...", "One leading ..."
_UNNAMED_OPENER = re.compile(r"[\s\"'\u201c(]*(?:A|An|One|Another)\s+(?:(?:[\w-]+)\s+){0,2}?", re.I)
#: ... that is the subject of its own verb: "A top copper producer has warned", "A leading miner said"
_UNNAMED_VERB = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:has|have|had|is|was|said|says|warned|warns|told|announced|plans?|expects?"
                           r"|reported|will|would|could|may)\b", re.I)
#: "The world's largest producer of the material said ...": a speaker described, in a sentence naming no country
_THE_OPENER = re.compile(r"[\s\"'\u201c(]*The\s+(?:(?:world['\u2019]s|global|planet['\u2019]s)\s+)?", re.I)
def _opens_with_the(text: str, start: int, at: int) -> bool:
    """The sentence opens with "The (world's)" and the phrase at ``at`` starts within it or right after."""
    m = _THE_OPENER.match(text, start)
    return m is not None and at <= m.end()


_SPEAKER_VERB = re.compile(r"(?:\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?,?\s+(?:said|says|told|announced|warned"
                           r"|reported|confirmed|added|noted|declined|plans|expects)\b", re.I)
#: a role not (yet) held: "a potential supplier", "a prospective producer", "the would-be leader"
_NOT_YET_ROLE = re.compile(r"\b(?:potential|prospective|would-be|future|emerging|aspiring|possible|budding)\b", re.I)
#: a financial rate named before a percentage: "an internal rate of return (IRR) of 180%", "a margin of 30%"
_RATE_BEFORE = re.compile(
    r"\b(?:IRR|internal\s+rate\s+of\s+return|margins?|CAGR|compound\s+annual\s+growth\s+rate|interest\s+rates?"
    r"|discount\s+rate|(?:dividend\s+)?yield|return\s+on\s+(?:equity|capital|investment|assets))"
    r"(?:\s*\([^()]{1,12}\))?\s+(?:(?:of|at|is|was|stood\s+at|reached|about|around|nearly|over|some|an?)\s+)*$", re.I)
_INDEFINITE_SUBJECT = re.compile(
    r"\b(?:a|another|one)\s+(?:country|nation)\s+(?:that|which|with|whose|holding|boasting|having)\b", re.I)
_COORD_ORD = re.compile(
    rf"\b(?P<o1>{_ORDWORDS}|\d{{1,2}}(?:st|nd|rd|th))(?:[\s-]+(?:largest|biggest))?-?\s*(?:,|and|&)\s*$", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_CLAUSE = re.compile(r"[;:]|(?:,|(?<=\S))\s+(?:compared\s+(?:to|with)|versus|vs\.?|while|whereas|against|but|and)\s+", re.I)


#: characters outside ASCII whose lower case holds an ASCII letter (U+0130, U+212A)
_LOWER_TO_ASCII = ("\u0130", "\u212a")


def _sentence_words(text: str, tok: Tokens, lowered: list[str] | None = None) -> Callable[[int, int], frozenset[str]]:
    """The lower-case words (``[a-z]+`` of the lowered text) of a span, from the tokens
    of the whole text (a span that cuts a token is read again on its own); ``lowered``: the
    tokens lower-cased, when the caller has them (:class:`_WordStarts`)."""
    if any(ch in text for ch in _LOWER_TO_ASCII):
        return lambda a, b: frozenset(_WORDS.findall(text[a:b].lower()))
    starts, ends = tok.starts, tok.ends
    if lowered is None:
        lowered = "\n".join(tok.words).lower().split("\n")
    # "U.S." holds the words "u" and "s"
    dotted = list(compress(count(), map(operator.contains, lowered, repeat(".")))) if "." in text else []

    def words(a: int, b: int) -> frozenset[str]:
        i0, i1 = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        if (i0 and ends[i0 - 1] > a) or (i1 and ends[i1 - 1] > b):
            return frozenset(_WORDS.findall(text[a:b].lower()))
        got = lowered[i0:i1]
        if dotted and bisect.bisect_left(dotted, i0) < bisect.bisect_left(dotted, i1):
            return frozenset(p for w in got for p in w.split(".") if p)
        return frozenset(got)

    return words


#: characters outside ASCII that a pattern ignoring case reads as an ASCII letter (U+0130,
#: U+0131, U+017F, U+212A): in a text holding one, a match can start where no word does
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _word_prefixes(p: re.Pattern[str], cap: int = 3000) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """How the first word of every match of ``p`` begins, read from the parsed pattern:
    ``(words, beginnings of 3 letters, beginnings of 2 letters)``, lower case (the
    beginnings of :func:`_word_beginnings` cut to three letters)."""
    got = _word_beginnings(p, cap)
    if got is None or got[2] or any(len(w) < 2 for w in got[0]):
        return None
    words, begins, _digits = got
    short = {b[:3] for b in begins}
    return words, frozenset(b for b in short if len(b) == 3), frozenset(b for b in short if len(b) == 2)


def _word_beginnings(p: re.Pattern[str], cap: int = 3000) -> tuple[frozenset[str], tuple[str, ...], bool] | None:
    """How the first word of every match of ``p`` begins, read from the parsed pattern:
    ``(words, beginnings, digits)``, lower case (``digits``: some matches start with a digit
    at a word boundary, where :data:`_DIGIT_START` matches). A match starts at a word that is one of ``words``
    (its letters end where the pattern wants no letter) or that begins with one of the
    beginnings (all the letters the pattern fixes before one it may not: "produc" for
    ``produc\\w*``; a beginning that starts with a shorter one is left out).

    ``None`` unless every match provably starts at a word boundary (``\\b``, or a
    look-behind that excludes word characters) with at least two ASCII letters: then a
    match starts only at the start of a word of :class:`Tokens`."""
    try:
        from re import _constants as C  # type: ignore[attr-defined]
        from re import _parser as P  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python < 3.11
        return None
    # (letters so far, anchored at a word boundary, complete, the word ends after the letters)
    State = tuple[str, bool, bool, bool]
    letter_categories = {C.CATEGORY_WORD, C.CATEGORY_NOT_SPACE, C.CATEGORY_NOT_DIGIT}

    def seq(items: Any, states: set[State]) -> set[State]:
        for op, av in items:
            nxt: set[State] = set()
            for st in states:
                nxt |= {st} if st[2] else one(op, av, st)
            if len(nxt) > cap:
                raise ValueError("too many beginnings")
            states = nxt
        return states

    def close(st: State, word_ends: bool) -> set[State]:
        if not st[0]:
            raise ValueError("a match can start with something other than a letter")
        return {(st[0], st[1], True, word_ends)}

    def letters(chars: set[str], st: State) -> set[State]:
        if not st[1]:
            raise ValueError("no word boundary before the first letter")
        if len(st[0]) >= 24:
            return close(st, False)
        return {(st[0] + c, True, False, False) for c in {c.lower() for c in chars}}

    def ascii_letter(c: str) -> bool:
        return c in _ASCII_LETTERS

    def may_be_letter(c: str) -> bool:  # (ignoring case, U+212A matches "k")
        return c in _ASCII_LETTERS or c in _FOLDS_TO_ASCII or any(x in _ASCII_LETTERS for x in c.lower() + c.upper())

    def digit(op: Any, av: Any) -> bool:  # an item that matches digits only
        if op is C.LITERAL:
            return chr(av) in _ASCII_DIGITS
        return op is C.IN and bool(av) and all(
            (o is C.LITERAL and chr(a) in _ASCII_DIGITS) or (o is C.RANGE and 48 <= a[0] <= a[1] <= 57)
            or (o is C.CATEGORY and a is C.CATEGORY_DIGIT) for o, a in av)

    def one(op: Any, av: Any, st: State) -> set[State]:
        if not st[0] and st[1] and digit(op, av):  # a digit at a word boundary: one of _DIGIT_START's
            return {(_DIGIT_MARK, True, True, False)}
        if op is C.LITERAL:
            c = chr(av)
            return letters({c}, st) if ascii_letter(c) else close(st, not may_be_letter(c))
        if op is C.IN:
            chars: set[str] = set()
            other = False  # something that may match an ASCII letter besides ``chars``
            for o, a in av:
                if o is C.LITERAL:
                    chars.add(chr(a))
                elif o is C.RANGE:
                    if a[1] - a[0] > 200:
                        other = True
                    else:
                        chars.update(map(chr, range(a[0], a[1] + 1)))
                elif o is C.CATEGORY and a not in letter_categories:
                    continue  # digits, spaces, non-word characters: never an ASCII letter
                else:  # a letter category or a negated class
                    other = True
            if not other and chars and all(map(ascii_letter, chars)):
                return letters(chars, st)
            return close(st, not other and not any(map(may_be_letter, chars)))
        if op is C.BRANCH:
            out: set[State] = set()
            for alt in av[1]:
                out |= seq(alt.data, {st})
            return out
        if op is C.SUBPATTERN:
            _group, add, delete, sub = av
            if (add | delete) & ~re.I:
                raise ValueError(av)
            return seq(sub.data, {st})
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, hi, sub = av
            once = seq(sub.data, {st})
            if hi != 1:  # after one repetition the beginning stops (a shorter beginning is still one)
                once = {x if x[2] or x[0] == st[0] else (x[0], x[1], True, False) for x in once}
            return once | {st} if lo == 0 else once
        if op is C.AT:
            if av == C.AT_BOUNDARY:
                return close(st, True) if st[0] else {(st[0], True, st[2], st[3])}
            return {st}
        if op is C.ASSERT:
            return {st}  # zero width: what it demands only narrows the matches
        if op is C.ASSERT_NOT:
            direction, sub = av
            behind_word = direction == -1 and not st[0] and len(sub.data) == 1 and sub.data[0][0] is C.IN \
                and (C.CATEGORY, C.CATEGORY_WORD) in sub.data[0][1]
            return {(st[0], st[1] or behind_word, st[2], st[3])}
        return close(st, False)

    try:
        final = seq(P.parse(p.pattern, p.flags).data, {("", False, False, False)})
    except Exception:  # a construct the analysis does not know, or not provable
        return None
    # (a word of one letter must end there: "a", "H" of "H1"; a letter inside "U.S." is tried too)
    if not final or any((len(x[0]) < 2 and x[0] != _DIGIT_MARK and not (len(x[0]) == 1 and x[3])) or not x[1]
                        for x in final):
        return None
    words = frozenset(x[0] for x in final if x[3])
    begins = sorted({x[0] for x in final if not x[3] and x[0] != _DIGIT_MARK})
    # (a beginning that starts with a shorter one adds nothing)
    return (words, tuple(b for b in begins if not any(b.startswith(o) for o in begins if o != b)),
            any(x[0] == _DIGIT_MARK for x in final))


#: where a match that starts with a digit at a word boundary can start (:func:`_word_beginnings`)
_DIGIT_START = re.compile(r"\d(?<!\w\d)")  # (\b\d, written to start with a digit: re then skips to the digits in C)
_DIGIT_MARK = "#"  # (the analysis's beginning for such a match)
_ASCII_DIGITS = frozenset("0123456789")


#: id of a pattern -> (the pattern, :func:`_word_beginnings` of it), worked out once per process
_WORD_PREFIXES: dict[int, tuple[re.Pattern[str], tuple[frozenset[str], tuple[str, ...], bool] | None]] = {}


@dataclass
class _WordStarts:
    """An article's words, lower-cased once, to try a pattern only at the words a match can
    start with (:func:`_finditer_words`); ``ok`` is false for a text where a match may start
    elsewhere (a character that folds to an ASCII letter)."""

    text: str
    tok: Tokens
    lower: list[str]
    ok: bool
    #: id of a pattern -> starts of the article's words that begin as its matches must
    starts: dict[int, list[int]] = field(default_factory=dict)
    distinct: list[str] | None = None  # the distinct lower-case words, sorted
    where: dict[str, list[int]] | None = None  # each of them -> the starts of its tokens, in order
    digit_starts: list[int] | None = None  # where a digit starts a word (:data:`_DIGIT_START`)
    dotted: list[tuple[int, str]] | None = None  # (start, lower case) of the tokens with dots ("u.s.")

    @classmethod
    def of(cls, text: str, tok: Tokens) -> _WordStarts:
        return cls(text, tok, "\n".join(tok.words).lower().split("\n"),
                   not any(ch in text for ch in _FOLDS_TO_ASCII))

    def candidates(self, p: re.Pattern[str]) -> list[int] | None:
        got = self.starts.get(id(p))
        if got is not None:
            return got
        if not self.ok:
            return None
        known = _CANDIDATE_PLANS.get(id(p))
        if known is None or known[0] is not p:  # (keyed by id: hashing a pattern reads its whole code)
            known = _CANDIDATE_PLANS[id(p)] = (p, _candidate_plan(p))
        plan = known[1]
        if plan is None:
            return None
        words, begins, ones, digits = plan
        where = self.where
        if where is None:  # (once per article: each word's tokens, then each pattern looks up its words)
            where = {}
            get = where.get
            for w, st in zip(self.lower, self.tok.starts, strict=False):  # (no words: lower is [""])
                at = get(w)
                if at is None:
                    where[w] = [st]
                else:
                    at.append(st)
            self.where = where
            self.distinct = sorted(where)
        good = where.keys() & words  # (one set intersection; the order is sorted away below)
        if begins:  # the words that begin so are together in the sorted distinct words: from the
            distinct = self.distinct or []  # beginning up to the least string past all that start with it
            for bg, past in begins:
                lo = bisect.bisect_left(distinct, bg)
                good.update(distinct[lo:bisect.bisect_left(distinct, past, lo)])
        if len(good) == 1:
            got = where[next(iter(good))]
        else:
            got = list(chain.from_iterable(map(where.__getitem__, good)))
            got.sort()  # (each start is one token's: the set's order is sorted away)
        if ones:  # a word of one letter may also be a letter of "U.S.", after a dot
            if self.dotted is None:
                self.dotted = [(st, w) for st, w in zip(self.tok.starts, self.lower, strict=False) if "." in w]
            at = [st + i for st, w in self.dotted for i, ch in enumerate(w) if ch in ones]
            if at:
                got = sorted({*got, *at})
        if digits:  # (a digit never starts a word of letters: the two sets of starts are apart)
            if self.digit_starts is None:
                self.digit_starts = [m.start() for m in _DIGIT_START.finditer(self.text)]
            got = sorted([*got, *self.digit_starts])
        self.starts[id(p)] = got
        return got


def _prefix_end(prefix: str) -> str:
    """The least string above every string that starts with ``prefix`` (its last character raised
    by one): in sorted order the strings that start with ``prefix`` are exactly those from ``prefix``
    up to, not including, this one."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _candidate_plan(p: re.Pattern[str]) -> tuple[frozenset[str], tuple[tuple[str, str], ...], tuple[str, ...], bool] | None:
    """What :meth:`_WordStarts.candidates` reads of ``p``, worked out once per pattern: its whole first
    words, its beginnings each with :func:`_prefix_end`, its first words of one letter and whether a
    match may start with a digit (:func:`_word_beginnings`; None when the analysis cannot read ``p``)."""
    known = _WORD_PREFIXES.get(id(p))
    if known is None or known[0] is not p:
        known = _WORD_PREFIXES[id(p)] = (p, _word_beginnings(p))
    if known[1] is None:
        return None
    words, begins, digits = known[1]
    return (words, tuple((bg, _prefix_end(bg)) for bg in begins), tuple(w for w in words if len(w) == 1), digits)


#: id of a pattern -> (the pattern, :func:`_candidate_plan` of it), worked out once per process
_CANDIDATE_PLANS: dict[int, tuple[re.Pattern[str], tuple[frozenset[str], tuple[tuple[str, str], ...], tuple[str, ...], bool] | None]] = {}


def _finditer_words(p: re.Pattern[str], text: str, a: int, b: int, ws: _WordStarts | None) -> Iterator[re.Match[str]]:
    """The matches of ``p.finditer(text, a, b)``, found by trying ``p`` only at the starts
    of words that begin as a match must (:func:`_word_beginnings`): the same matches, in the
    same order, without trying every alternative at every word."""
    cands = ws.candidates(p) if ws is not None and ws.text is text else None
    if cands is None or ws is None:
        yield from p.finditer(text, a, b)
        return
    pos = a
    i0, i1 = bisect.bisect_left(cands, a), bisect.bisect_left(cands, b)
    for i in range(i0, i1):
        st = cands[i]
        if st >= pos:
            m = p.match(text, st, b)
            if m is not None:
                yield m
                pos = m.end()
    # a word cut by ``b`` ends there: it may be a whole word of the pattern ("produce|rs")
    starts, ends = ws.tok.starts, ws.tok.ends
    j = bisect.bisect_left(starts, b) - 1
    if j >= 0 and ends[j] > b and starts[j] >= pos and (i1 == i0 or cands[i1 - 1] != starts[j]):
        m = p.match(text, starts[j], b)
        if m is not None:
            yield m


def _finditer_sentence(p: re.Pattern[str], sent: str, s: Any, subject: str | None = None) -> Iterator[re.Match[str]]:
    """The matches of ``p.finditer(sent)`` for the sentence ``sent`` of scan ``s``, found by trying
    ``p`` only at the sentence's first character and at the article's words inside the sentence
    that begin as a match must (:meth:`_WordStarts.candidates`, ``s.word_starts``). Past the first
    character a word of ``sent`` starts where one of the article does, with the same characters
    around it, and ``p`` sees only ``sent`` either way (its look-behinds and ``\\b`` read nothing
    before it): the same matches, in the same order. The plain scan for a pattern the analysis
    cannot read, an article without word starts, or a ``sent`` that is not ``text[s.start:s.end]``
    (``tests/claims/test_speed_session18.py`` checks it against ``finditer``).

    ``subject``: the string searched instead of ``sent``, of its length and with its runs of ASCII
    letters where ``sent`` has them (``sent`` lower-cased, as ``event_signatures._lowered`` gives it
    when no character changes length or folds onto an ASCII letter): a match starts at a word
    boundary before ASCII letters, so at one of the same starts."""
    ws = getattr(s, "word_starts", None)
    a = getattr(s, "start", None)
    if subject is None:
        subject = sent
    cands = ws.candidates(p) if ws is not None and a is not None and len(sent) == s.end - a \
        and len(subject) == len(sent) and ws.text.startswith(sent, a) else None
    if cands is None or ws is None or a is None:
        yield from p.finditer(subject)
        return
    sent = subject
    b = a + len(sent)
    i0, i1 = bisect.bisect_left(cands, a), bisect.bisect_left(cands, b)
    pos = 0
    if i0 == i1 or cands[i0] != a:  # the first character: a word the sentence's start cuts, a digit after a letter
        m = p.match(sent)
        if m is not None:
            yield m
            pos = m.end()
    for i in range(i0, i1):
        st = cands[i] - a
        if st >= pos:
            m = p.match(sent, st)
            if m is not None:
                yield m
                pos = m.end()
    # a word cut by the sentence's end ends there: it may be a whole word of the pattern
    starts, ends = ws.tok.starts, ws.tok.ends
    j = bisect.bisect_left(starts, b) - 1
    if j >= 0 and ends[j] > b and starts[j] > a and starts[j] - a >= pos and (i1 == i0 or cands[i1 - 1] != starts[j]):
        m = p.match(sent, starts[j] - a)
        if m is not None:
            yield m


def _search_sentence(p: re.Pattern[str], sent: str, s: Any, subject: str | None = None) -> re.Match[str] | None:
    """``next(_finditer_sentence(p, sent, s, subject), None)``, the first match, written out without
    the generator (the searches of whole sentences are asked tens of thousands of times an article
    set; ``tests/claims/test_speed_session19.py`` checks it against ``p.search``)."""
    ws = getattr(s, "word_starts", None)
    a = getattr(s, "start", None)
    if subject is None:
        subject = sent
    if ws is not None and a is not None and len(sent) == s.end - a and len(subject) == len(sent) \
            and ws.text.startswith(sent, a):
        cands = ws.starts.get(id(p))  # (what ws.candidates(p) answers once it has worked it out)
        if cands is None:
            cands = ws.candidates(p)
    else:
        cands = None
    if cands is None or ws is None or a is None:
        return p.search(subject)
    b = a + len(sent)
    i0, i1 = bisect.bisect_left(cands, a), bisect.bisect_left(cands, b)
    match = p.match
    if i0 == i1 or cands[i0] != a:  # the first character (see _finditer_sentence)
        m = match(subject)
        if m is not None:
            return m
    for i in range(i0, i1):
        m = match(subject, cands[i] - a)
        if m is not None:
            return m
    # a word cut by the sentence's end ends there: it may be a whole word of the pattern
    starts = ws.tok.starts
    j = bisect.bisect_left(starts, b) - 1
    if j >= 0 and ws.tok.ends[j] > b and starts[j] > a and (i1 == i0 or cands[i1 - 1] != starts[j]):
        return match(subject, starts[j] - a)
    return None


def search_in_sentence(p: re.Pattern[str], sent: str, subject: str | None = None) -> re.Match[str] | None:
    """``p.search(sent)``; for a sentence of the article being checked (its scan registered by
    :func:`extract_claims`), tried only at its words that can start a match (:func:`_finditer_sentence`:
    the same first match). For the later passes over the article, which are handed the sentence alone.
    With ``subject`` (see :func:`_finditer_sentence`): ``p.search(subject)``."""
    scan = _SENTENCE_SCANS.get(sent)
    if scan is None:
        return p.search(sent if subject is None else subject)
    return _search_sentence(p, sent, scan, subject)


def finditer_in_sentence(p: re.Pattern[str], sent: str) -> Iterator[re.Match[str]]:
    """``p.finditer(sent)``; for a sentence of the article being checked (its scan registered by
    :func:`extract_claims`), tried only at its words that can start a match (:func:`_finditer_sentence`:
    the same matches, in the same order). :func:`search_in_sentence` for every match."""
    scan = _SENTENCE_SCANS.get(sent)
    if scan is None:
        return p.finditer(sent)
    return _finditer_sentence(p, sent, scan)


def _sentence_has(s: Any, sent: str) -> Callable[[re.Pattern[str]], bool]:
    """``has(p)``: whether ``p.search(sent)`` finds a match in the sentence ``sent`` of scan ``s``
    (:func:`_finditer_sentence`), each pattern searched once however often a rule asks."""
    memo: dict[int, bool] = {}

    def has(p: re.Pattern[str]) -> bool:
        got = memo.get(id(p))  # (keyed by id: the patterns are the module's, alive while the sentence is read)
        if got is None:
            got = memo[id(p)] = _search_sentence(p, sent, s) is not None
        return got

    return has


# every scan tries its pattern only where a match can start
NUMBER, _YEAR, _PCT_RANGE, _FRACTION, _ANAPHOR, _ASPIRATION, _SHARE_WORD, _RELATIVE, _WORLD, _STOOD = (
    _lead(p) for p in (NUMBER, _YEAR, _PCT_RANGE, _FRACTION, _ANAPHOR, _ASPIRATION, _SHARE_WORD, _RELATIVE, _WORLD, _STOOD))
_PARTIAL_DATE, _CLAUSE, _LEGAL_NO, _BOUNDARY = (_lead(p) for p in (_PARTIAL_DATE, _CLAUSE, _LEGAL_NO, _BOUNDARY))


_SUB_ANNUAL = re.compile(rf"\b(?:{_MONTHS})\b|month|quarter|week"
                         # (twenty-sixth session) half a year: "in the first semester", "H1", "in the first half"
                         # (rule 12: a move over part of a year, C14572, C15727)
                         r"|\b(?:first|second)\s+(?:half|semester)\b|\bsemester\b|\bhalf[- ]year|\b[Hh][12]\b"
                         r"|\byear[- ]to[- ]date\b", re.I)
_SUB_ANNUAL = _lead(_SUB_ANNUAL)
_SPAN_WORDS = re.compile(r"\bsince\b|\bbetween\b|\bfrom\s+\d{4}", re.I)


def _basis_name(bm: re.Match[str]) -> str:
    """The basis a figure is stated on; lithium carbonate equivalent (LCE) is its own basis,
    never lithium content (rule 6 of the evaluation set: another basis is not a match)."""
    if bm.group("lce"):
        return "LCE"
    return "REO" if bm.group("reo") else "metal content" if bm.group("metal") else "gross weight"


_LEGAL_NO_BARE = re.compile(
    r"\b(?:Announcement|Notice|Order|Decree|Proclamation)\s+No\.?\s*(?P<no>\d{1,3})\b(?!\s*/|\s+of\s)", re.I)


def _legal_reference(sentence: str) -> tuple[int, int | None] | None:
    """"No. 18 of 2025" -> (18, 2025); "Announcement No. 57" without a year -> (57, None)
    (the latest such number on or before the article)."""
    lm = _LEGAL_NO.search(sentence)
    if lm:
        return int(lm.group("no")), int(lm.group("y"))
    bare = _LEGAL_NO_BARE.search(sentence)
    return (int(bare.group("no")), None) if bare else None


_LEADING = re.compile(r"[\s\"'\u201c(]*(?:(?:on|as\s+of|by|since)\s+)?$", re.I)


def _opens_sentence(text: str, start: int, pos: int) -> bool:
    """A date that opens the sentence ("On October 9, 2025, the ministry issued ...") dates
    the event the sentence reports, however far the verb comes after it."""
    return pos - start <= 12 and _LEADING.fullmatch(text, start, pos) is not None


_PAST_EVENT = re.compile(
    r"\b(?:began|started|imposed|announced|introduced|banned|restricted|enforced|halted|suspended|signed|agreed|"
    r"issued|unveiled|added|placed|slapped|tightened|expanded|extended|curbed|prohibited|paused|inked|"
    r"implemented|adopted|seized|captured|overran|postponed|deferred|decided|moved|came\s+into\s+effect|went\s+into\s+(?:effect|force)|entered\s+into\s+force|"
    r"ratified|lodged|reached|finali[sz]ed|launched|initiated|met|"
    r"had\s+been|"  # the past perfect reports the past: "there had been a rush ... in September"
    # the steps of a trade case or a measure widened: "filed a petition in July"
    r"filed|submitted|widened|broadened|eased|lifted|"
    r"took\s+effect|came\s+into\s+force|became\s+mandatory)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|would|shall|set\s+to|is\s+to|are\s+to|from|starting|effective|"
                     # "due to take effect", not "due to the rule" (because of)
                     r"due\s+to\s+(?:be|take|come|start|begin|expire|enter|open|close|end|resume|meet|announce|publish"
                     r"|release|launch|go|run|hold|sign|finish|complete)\b|"
                     r"to\s+(?:take|come|enter)|takes?\s+effect|"
                     r"beginning|plans?|expected|next)\b", re.I)


#: tried only where a match can start (``_lead``: the same matches, without trying every
#: alternative at every character)
_PAST_EVENT, _FUTURE = _lead(_PAST_EVENT), _lead(_FUTURE)


def _reports_past(sentence: str) -> bool:
    """A sentence that reports a measure already taken ("In April, China began to restrict
    ..."), with no future or start-date wording: its bare months are the latest ones before
    the article (rule 9 of the evaluation set), not the nearest ones."""
    return _PAST_EVENT.search(sentence) is not None and _FUTURE.search(sentence) is None


def _scan_reports_past(s: SentenceScan, sent: str) -> bool:
    """_reports_past(sent) for the sentence of scan s, computed once per sentence."""
    if s.reports_past is None:
        # (_FUTURE is searched only where a word of the sentence can start one of its matches)
        # (each search tried only at the sentence's words that can start a match: _finditer_sentence)
        s.reports_past = _sentence_may_match(_PAST_EVENT, s, sent) \
            and _search_sentence(_PAST_EVENT, sent, s) is not None \
            and not (_sentence_may_match(_FUTURE, s, sent) and _search_sentence(_FUTURE, sent, s) is not None)
    return s.reports_past


def _sentence_may_match(p: re.Pattern[str], s: SentenceScan, sent: str) -> bool:
    """False only when ``p`` (see :func:`_word_beginnings`) has no match anywhere in the
    sentence ``sent`` of scan ``s`` (nor in any part of it): a match starts at a maximal run
    of ASCII letters, which is one of the sentence's words (``s.words``), and that word must be
    one of the pattern's first words or begin like one. A pattern the analysis cannot read,
    or a sentence with a character that folds to an ASCII letter, is always tried."""
    return words_may_match(p, s.words, sent)


def words_may_match(p: re.Pattern[str], words: frozenset[str], sent: str) -> bool:
    """:func:`_sentence_may_match` for a sentence ``sent`` and its words (``[a-z]+`` of the
    lowered sentence, as :func:`_sentence_words` reads them): False only when ``p.search(sent)``
    finds nothing."""
    known = _WORD_PREFIXES.get(id(p))
    if known is None or known[0] is not p:  # (keyed by id: hashing a pattern reads its whole code)
        known = _WORD_PREFIXES[id(p)] = (p, _word_beginnings(p))
    pre = known[1]
    if pre is None or not words or any(ch in sent for ch in _FOLDS_TO_ASCII):
        return True
    first, begins, digits = pre
    return not first.isdisjoint(words) or (bool(begins) and any(map(str.startswith, words, repeat(begins)))) \
        or (digits and _DIGIT.search(sent) is not None)


def _span_may_match(p: re.Pattern[str], text: str, a: int, b: int) -> bool:
    """False only when ``p.search(text, a, b)`` finds nothing, read from the words of
    ``text[a:b]`` as :func:`_sentence_may_match` reads a sentence's (a word cut at ``a`` only
    adds a word; the search sees the text cut at ``b``, as the words are)."""
    known = _WORD_PREFIXES.get(id(p))
    if known is None or known[0] is not p:
        known = _WORD_PREFIXES[id(p)] = (p, _word_beginnings(p))
    pre = known[1]
    seg = text[a:b]
    if pre is None or any(ch in seg for ch in _FOLDS_TO_ASCII):
        return True
    words, begins, digits = pre
    got = _WORDS.findall(seg.lower())
    return not words.isdisjoint(got) or (bool(begins) and any(map(str.startswith, got, repeat(begins)))) \
        or (digits and _DIGIT.search(seg) is not None)


def _latest_on_or_before(on: dt.date, month: int, day: int) -> dt.date | None:
    for y in (on.year, on.year - 1):
        try:
            cand = dt.date(y, month, day)
        except ValueError:
            continue
        if cand <= on:
            return cand
    return None


_UNANCHORED = re.compile(
    r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|a\s+few)"
    r"\s+(?:years|decades)|a\s+decade)\s+(?:later|earlier|after(?:wards)?|on)\b|\b(?:by|back)\s+then\b", re.I)


#: words every match of _UNANCHORED holds ("years later", "a decade on", "by then")
_W_UNANCHORED = _wordset("years decades decade")


def _unanchored_time(sentence: str, has_year: bool) -> str | None:
    """"Six years later, output climbed to 12,000 t": a time given only relative to another
    sentence, with no year in this one; the figure's year is unknown."""
    if has_year:
        return None
    m = _UNANCHORED.search(sentence)
    return m.group(0) if m else None


_LEAD_AFTER = re.compile(r"\b(?:after|behind)\s+(?P<list>[^;:.]{1,80}?),?\s*(?:the\s+)?$", re.I)


def _leading_after(text: str, s: SentenceScan, m: re.Match[str]) -> tuple[int, str] | None:
    """"After Chile and Peru, the biggest miners are Congo and Zambia": the
    first country named after the superlative ranks just below the countries listed after
    "after" (here third)."""
    head = _LEAD_AFTER.search(text, s.start, m.start())
    if head is None:
        return None
    ahead = {c.value for c in s.countries if head.start("list") <= c.start < head.end("list")}
    named = [c for c in s.countries if c.start >= m.end()]
    if not ahead or not named or named[0].value in ahead:
        return None
    return len(ahead) + 1, named[0].value


#: what may stand on a line before a list item's text: a bullet or a number
_LIST_MARK = re.compile(r"[ \t]*(?:(?:[-*\u2022\u25aa\u25e6\u2013\u00b7#]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]*)?")
_LIST_MARK_NONEMPTY = re.compile(r"[ \t]*(?:[-*\u2022\u25aa\u25e6\u2013\u00b7#|]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]")
#: (a reference mark after the full stop, "... of antimony.[1]", still ends a sentence of prose)
_ROW_END = re.compile(r"[.!?\"'\u201d\u2019)](?:\[\d{1,3}\])*\s*$")
_LIST_NUMBER = re.compile(r"[ \t]*\(?(?P<n>\d{1,2})[.)][ \t]+")


def _list_item(text: str, a: int, b: int) -> bool:
    """Whether the sentence ``a:b`` is (part of) a short line on its own, after at most a
    bullet or number: an item of a list or a row of a table pasted as text."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line_end = len(text) if line_end == -1 else line_end
    return line_end - line_start <= 160 and _LIST_MARK.fullmatch(text, line_start, a) is not None


_TITLE_REST = re.compile(r"[\s:*\u2013\u2014-]*|\s*[:\u2013\u2014-]\s+[^\d.!?;:]{1,60}")  # "China", "Australia: Champion Under Pressure"


def _item_title(text: str, s: SentenceScan) -> bool:
    """A list item's title line that is only a country's name ("3. Myanmar", "- China:")."""
    if len(s.countries) != 1 or s.end - s.start > 90:
        return False
    c = s.countries[0]
    line_start = text.rfind("\n", 0, s.start) + 1
    return _LIST_MARK.fullmatch(text, line_start, c.start) is not None and _TITLE_REST.fullmatch(text, c.end, s.end) is not None


_HEAD_UNIT = re.compile(r"\b(?P<u>metric\s+ton(?:ne)?s|tonnes|tons|kilotonnes|kilograms|(?-i:kt|Mt|MT|kg|t))\b", re.I)


def _heading_info(text: str, heads: list[SentenceScan]) -> tuple[tuple[str, str | None] | None, str | None, int | None, bool]:
    """(measure, unit, year, ranks) that the heading lines of a list or table give its rows."""
    meas: tuple[str, str | None] | None = None
    unit = year = None
    ranks = False
    for h in heads:
        if meas is None:
            m = _MEASURE.search(text, h.start, h.end)
            if m is not None:
                kind, stage = _measure_of(m)
                meas = (kind, stage or None)
            elif _MINERS.search(text, h.start, h.end):
                meas = ("production", None)  # "the biggest rare earth miners"
        if unit is None:
            u = _HEAD_UNIT.search(text, h.start, h.end)
            if u is not None:
                key = _WS.sub(" ", u.group("u"))
                unit = "Mt" if key == "Mt" else _UNIT.get(key) or _UNIT.get(key.lower())
        if year is None:
            # not the year of a report named in the heading ("According to the 2024 Mineral
            # Commodity Summaries:"): that edition's rows are of the year before
            named = _report_years(text, h.start, h.end)
            y = next((m for m in _YEAR.finditer(text, h.start, h.end) if m.start() not in named), None)
            year = int(y.group("y")) if y is not None else None
        ranks = ranks or _RANK_HEAD.search(text, h.start, h.end) is not None
    return meas, unit, year, ranks


_MINERS = re.compile(r"\bminers?\b", re.I)
_RANK_HEAD = re.compile(r"\b(?:top|largest|biggest|leading|ranked|ranking|rankings|highest)\b", re.I)


#: a wire dateline opening a sentence: "BEIJING, Oct 9 (Reuters) -", "May 5, 2025 (AP) —": the date
#: the story was filed, not a date the sentence states
_DATELINE = re.compile(
    r"(?:[A-Z][A-Za-z.'\u2019 -]{1,40},\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,?\s+\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?)\s*"
    r"\((?:Reuters|AP|AFP|Bloomberg|Xinhua|IANS|PTI|ANI|Kyodo|Yonhap|dpa|UPI|RTTNews|Dow\s+Jones|MINING\.COM|Mining\.com"
    r"|Argus|Fastmarkets|S&P\s+Global[^()]{0,30})\)\s*[-\u2013\u2014]+\s*")


def _after_dateline(text: str, a: int, b: int) -> tuple[int, int]:
    m = _DATELINE.match(text, a, b)
    return (m.end(), b) if m is not None and m.end() < b else (a, b)


#: a line of page furniture that links to other articles ("Related: ...", "READ ALSO: ...")
_LINK_LINE = re.compile(
    r"[ \t]*(?:[-*\u2022>|]\s*)?(?:related(?:\s+(?:stories|articles?|news|coverage|content|reading))?|read\s+(?:also|more|next)"
    r"|also\s+read|see\s+also|more\s+(?:on\s+this|from\s+\w+)|recommended(?:\s+for\s+you)?|trending|most\s+read|editor['\u2019]s\s+picks?"
    r"|you\s+may\s+(?:also\s+)?(?:like|be\s+interested\s+in)|watch|listen|sponsored|advertisement|subscribe)\s*[:|>\u2013\u2014-]",
    re.I)


#: words for a traded, priced or changing quantity: a month written next to one dates the
#: figure ("exports in October dropped", "a six-month high in July"), not the measure
_TRADE_ANCHOR = re.compile(
    r"\b(?:exports?|exported|imports?|imported|shipments?|shipped|prices?|sales|output|demand"
    r"|increase[sd]?|decrease[sd]?|decline[sd]?|drop(?:s|ped)?|fell|fall(?:s|ing)?|rose|rise[sn]?|jump(?:s|ed)?"
    r"|surge[sd]?|plunge[sd]?|plummeted|slumped|slid|tumbled|climbed|gained|high|low|data|figures|statistics"
    # the -ing forms of a move and other words of trade flows: "jumping 113% from November"
    r"|rising|falling|dropping|declining|increasing|decreasing|jumping|surging|plunging|climbing|gaining|sliding"
    r"|tumbling|slumping|rebound(?:ed|ing)?|recover(?:ed|ing)|deliveries|flows?)\b", re.I)
_PROGRAMME = re.compile(r"\b(?:programs?|programmes?|schemes?|subsid(?:y|ies)|incentives?|initiatives?|strateg(?:y|ies)|plans?)\b", re.I)
#: words that make the date after them an effective date, or an announcement date
_EFFECTIVE_BEFORE = re.compile(r"\b(?:took|take|takes|taking)\s+effect|\beffective|\bcame\s+into\s+force|\bin\s+force"
                               r"|\bimplemented|\bstarting|\bbeginning|\bfrom|\bsince", re.I)
_ANNOUNCED_AFTER = re.compile(r",?\s+(?:when|as)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:announced|unveiled|issued|said)\b", re.I)
_ANNOUNCED_BEFORE = re.compile(r"\b(?:announced|unveiled|issued|published|released|said|statement)\b", re.I)


#: a happening the sentence names as the background of its event ("following Russia's invasion",
#: "since the 2020 pandemic", "amid the war"): its date and its country are not the event's
_BACKGROUND_HAPPENING = re.compile(
    r"\b(?:following|after|since|amid|during)\s+(?:the\s+|a\s+|(?P<who>(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?"
    r"['\u2019]s\s+))?(?:[\w-]+\s+)?(?:invasion|war|coup|election|pandemic|outbreak|crisis|conflict|attack|collision"
    r"|earthquake|revolution|uprising)\b(?:\s+(?:in|of|on)\s+)?", re.I)


_W_BACKGROUND = frozenset({"invasion", "war", "coup", "election", "pandemic", "outbreak", "crisis", "conflict", "attack",
                           "collision", "earthquake", "revolution", "uprising"})


#: the date right after a background happening ("following the invasion in", "since the war of"),
#: nothing between: "Amid the trade war, China banned exports in December" dates the ban
_BACKGROUND_DATE_BEFORE = re.compile(
    r"\b(?:following|after|since|amid|during)\s+(?:the\s+|a\s+|(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?['\u2019]s\s+)?"
    r"(?:[\w-]+\s+)?(?:invasion|war|coup|election|pandemic|outbreak|crisis|conflict|attack|collision|earthquake"
    r"|revolution|uprising)\s+(?:in|of|on)\s+$", re.I)


def _background_parties(s: Any, sent: str, ev: dict[str, Any]) -> None:
    """Drop from an event's parties a country named only as the agent of its background
    happening ("following Russia's invasion": Russia is no party to the agreement)."""
    spans = [(c.start - s.start, c.end - s.start, c.value) for c in s.countries if c.end > c.start]
    inside: set[str] = set()
    cover: list[tuple[int, int]] = []
    for m in _BACKGROUND_HAPPENING.finditer(sent):
        if m.group("who"):
            cover.append((m.start("who"), m.end("who")))
    if not cover:
        return
    inside = {v for a, _, v in spans if any(x <= a < y for x, y in cover)}
    outside = {v for a, _, v in spans if not any(x <= a < y for x, y in cover)}
    ev["actors"] = sorted(set(ev.get("actors") or []) - (inside - outside))


def _date_roles(text: str, lo: int, dates: list[tuple[int, int, str | None]], sent: str,
                article_date: str | None, past: bool | None = None) -> dict[str, str]:
    """For each stated date, whether the words just before it make it the measure's
    effective date ("took effect on Dec. 1", "from August 1") or its announcement date
    ("announced on April 4"); dates with neither are left out (they may be either)."""
    spans = [(a - lo, b - lo, d) for a, b, d in dates if d]
    if article_date:
        spans += [(a, b, d) for a, b, d, _ in partial_date_spans(
            sent, article_date, past=_reports_past(sent) if past is None else past)]
    out: dict[str, str] = {}
    for a, b, d in spans:
        before = sent[max(0, a - 50):a]
        if _BACKGROUND_DATE_BEFORE.search(sent, max(0, a - 70), a) is not None:
            out[d] = "background"  # "following Russia's invasion in February 2022": another happening's date
            continue
        eff = [m.end() for m in _EFFECTIVE_BEFORE.finditer(before)]
        ann = [m.end() for m in _ANNOUNCED_BEFORE.finditer(before)]
        if _ANNOUNCED_AFTER.match(sent, b):
            out[d] = "announced"  # "from Aug. 15, when Beijing announced the curbs"
        elif eff and (not ann or eff[-1] > ann[-1]):
            out[d] = "effective"
        elif ann:
            out[d] = "announced"
    return out


#: a change still to come: "will rise 5%", "is expected to grow by 30%", "plans to cut output by 10%"
_CHANGE_PLAN_BEFORE = re.compile(
    r"\b(?:will|would|could|may|might|shall|should|to)\s+(?:also\s+|further\s+|likely\s+|continue\s+to\s+)?(?:be\s+)?$"
    # "set to see an increase of 10%", "expected to record a fall of 5%": a move still to come
    r"|\bto\s+(?:see|record|post|register|show|witness|experience)\s+(?:an?\s+|the\s+)?$", re.I)
#: a forecast or plan named just before a change: "GlobalData expects cuts of 6%", "the planned 10% cut"
_CHANGE_FORECAST_WORD = re.compile(
    r"(?<!than\s)" + _lx.bounded(_lx.FORECAST_WORDS, r"forecasted|projects|projections?", _lx.PLAN_WORDS,
                                 _lx.without(_lx.AIM_WORDS, "aiming"), _lx.without(_lx.TARGET_WORDS, "targeting"),
                                 _lx.without(_lx.INTENT_WORDS, "intending"), _lx.PROPOSAL_WORDS), re.I)
#: a price in Chinese currency: "245,000 CNY/ton", "365,000 yuan per tonne", "RMB 1,200/kg"
_YUAN_PRICE = re.compile(
    r"(?:(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:yuan|CNY|RMB)"
    r"|\b(?:CNY|RMB)\s*(?P<n2>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?))"
    r"\s*(?:/\s*|per\s+|a\s+)(?:metric\s+)?(?P<per>tonne|ton|mt|t|kg|kilogram)s?\b", re.I)
#: news wording of a measure taken, in the headline present or the past: "China bans exports of
#: gallium to the US", "slapped curbs on", "rolled out licences", "moved to restrict"
_NEWS_MEASURE_VERB = re.compile(
    r"\b(?:bans|imposes|suspends|lifts|lifted|restricts|restricted|halts|halted|slaps|slapped|tightens|tightened"
    r"|prohibits|prohibited|curbs|curbed|unveils|unveiled|signs?|approves|extends|extended|implemented|enforced|petitions|ratifies|seizes"
    r"|roll(?:s|ed)\s+out|moved\s+to\s+(?:restrict|ban|curb|limit|control|halt|suspend|tighten))\b", re.I)
#: intent, not a measure taken (rule 10): "plans to ban", "is considering curbs", "threatened to halt"
_MEASURE_INTENT = re.compile(_lx.bounded(
    _lx.PLAN_WORDS, "planning", _lx.DELIBERATION_WORDS, "considers?|mulls?|weighs?", _lx.THREAT_WORDS,
    "propos(?:es|ed|ing|al)", _lx.without(_lx.WISH_WORDS, "hopes?"), _lx.AIM_WORDS, _lx.INTENT_WORDS,
    r"calls?\s+for|called\s+for|urged?", _lx.MODALS, "will", _lx.POISED_TO, r"expected\s+to|likely\s+to|ready\s+to",
    _lx.without(_lx.CONDITIONALS, "unless")), re.I)
#: a measure in the passive on exports with no country named: "exports of gallium are prohibited"
_PASSIVE_EXPORT_MEASURE = re.compile(
    r"\bexports?\b[^.;]{0,160}?\b(?:is|are|was|were|been|being)\s+(?:now\s+|also\s+|formally\s+|effectively\s+)?"
    r"(?:prohibited|banned|barred|restricted|suspended|halted)\b", re.I)
#: a measure taken on a commodity named before, by a word for it: "has imposed
#: export controls on the metal", "curbed shipments of these minerals"
_UNDATED_ANAPHOR_OBJECT = re.compile(
    r"\b(?:on|of|for)\s+(?:the|these|those|both|the\s+two|the\s+three|such)\s+(?:[\w-]+\s+)?"
    r"(?:metals?|minerals?|elements?|materials?|commodit(?:y|ies)|products?)\b", re.I)
#: a measure in the passive, named by its noun, with no country: "export controls were
#: also announced on graphite", "curbs have been imposed on antimony"
_UNDATED_PASSIVE_MEASURE = re.compile(
    r"\b(?:controls?|curbs?|restrictions?|bans?|licen[cs]ing\s+requirements?)\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)"
    r"(?:also\s+|already\s+|formally\s+)?(?:announced|imposed|introduced|placed|slapped|put|unveiled|implemented)\s+on\b", re.I)
#: a measure lifted or suspended, in the passive: "the outright ban has been lifted",
#: "that part of the ban has now been suspended", "the curbs were later eased"
_UNDATED_PASSIVE_LIFT = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+|since\s+|also\s+)?been|(?:was|were)(?:\s+(?:later|since|now|also|then))?)\s+"
    r"(?:now\s+|partly\s+|partially\s+|formally\s+)?(?:lifted|suspended|paused|eased|waived|rescinded|revoked)\b", re.I)
#: a measure said to be still in force: "the metals remain on the dual-use export control
#: list", "exporters must still apply for licences", "shipments still require permits"
_UNDATED_STILL_IN_FORCE = re.compile(
    r"\b(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:on|under|in|subject\s+to)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:lists?|controls?|licen[cs]ing|regime|restrictions?|curbs?|bans?)\b"
    r"|\b(?:must|need\s+to|needs\s+to|have\s+to|has\s+to)\s+still\s+(?:apply\s+for|obtain|seek)\s+(?:[\w-]+\s+){0,3}?(?:licen[cs]es?|permits?|approval)"
    r"|\bstill\s+(?:must|need\s+to|needs\s+to|have\s+to|has\s+to|requires?|required|needs?)\s+(?:to\s+)?(?:apply\s+for\s+|obtain\s+|seek\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:licen[cs]es?|permits?|approval)", re.I)
_PAST_STRONG = re.compile(r"\b(?:signed|formali[sz]ed|inked|agreed|banned|barred|imposed|introduced|suspended|filed|approved|enacted"
                          r"|decided\s+to|postponed|deferred"
                          r"|ratified|seized|captured|closed|shut|sealed|lodged|reached|finali[sz]ed|launched|initiated|met|resulted\s+in"
                          # "took control of the mining hub", "voted to ratify", "..., capturing two mines"
                          r"|took\s+control|taken\s+control|voted\s+(?:[\w'\u2019-]+\s+){0,4}?to\s+(?:ratify|approve|adopt|pass|endorse)"
                          r"|(?:capturing|seizing)(?=\s+(?:[\w,'\u2019-]+\s+){0,6}?(?:mines?|mining|towns?|hubs?|territory|areas?|regions?)))\b",
                          re.I)
_EQUITY = re.compile(r"\b(?:shares|stocks?|share\s+price|stock\s+price|market\s+(?:cap|capitali[sz]ation)|valuation|revenue|profits?)\b", re.I)
_WHEN_EVENT = re.compile(r",?\s+(?:when|as|after)\b", re.I)
#: "customs data released on Friday": the release of figures, not a policy event
_DATA_BEFORE = re.compile(r"\b(?:data|figures|statistics|numbers|survey|study)(?:\s+\w+){0,2}\s+$", re.I)
_DATA_VERB = re.compile(r"releas|post|issu|publish", re.I)
_RELEASED_DATA_AFTER = re.compile(r"(?:\s+[\w-]+){0,6}?\s+(?:data|figures|statistics|numbers)\b", re.I)
_CONTEXT_CHARS = 600
#: the nouns of one measure that may cause a price move (presupposed_events.price_cause_claim)
_W_ONE_MEASURE = frozenset({"ban", "suspension", "freeze", "embargo", "halt", "moratorium", "quota"})
#: the number of items a measure covers, after the word that introduces them
_ITEM_COUNT = re.compile(
    r"\b(?:on|of|covering|covers?|to|for)\s+(?P<count>\d{1,2}|" + "|".join(_WORDNUM) + r")\s+"
    r"(?:[\w-]+\s+){0,4}?(?:elements|rare\s+earths|minerals|metals)\b", re.I)
#: the number of items a measure covers, before the words naming the measure: "the nine items
#: covered by the new restrictions", "12 products affected by the ban"
_COUNT_COVERED_BY = re.compile(
    r"\b(?P<count>\d{1,2}|" + "|".join(_WORDNUM) + r")\s+(?:[\w-]+\s+){0,2}?(?:items|elements|products|minerals|metals)\s+"
    r"(?:covered|affected|targeted)\s+by\b", re.I)
#: one item named and a number of others: "tungsten (and 24 other rare metals)",
#: "gallium and four other metals" -- the measure covers that number plus one
_S5_PLUS_OTHERS = re.compile(
    r"\b[\w-]+\s*[(,]?\s*(?:and|plus)\s+(?P<count>\d{1,2}|" + "|".join(_WORDNUM) + r")\s+(?:other|more|further|additional)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:elements|rare\s+earths|minerals|metals|items)\b", re.I)
_S5_MEASURE_YEAR = re.compile(r"(?:['\u2019]s|\b[Tt]he)\s+((?:19|20)\d\d)\s+(?:export\s+)?$")
_S5_MEASURE_NOUN = re.compile(r"controls|curbs|restrictions|ban|bans", re.I)
_S5_OTHERS_WORDS = frozenset(("other", "more", "further", "additional"))
#: the words of _COUNT_COVERED_BY after the count, each a whole word of the sentence ("covered by")
_W_COVERED_BY_VERB = frozenset({"covered", "affected", "targeted"})
#: a measure said to be in place from some earlier time ("already", "since 2016")
_SINCE = re.compile(r"\b(?:since|already)\b", re.I)
#: the end of a measure's term ("valid through November 10, 2026", "until 27 November")
_UNTIL = re.compile(r"\b(?:until|till|through|expir(?:es|ing|ed)?(?:\s+on)?|ends?\s+on)\s+$", re.I)


@cache
def _event_agents(data_dir: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Patterns for the actors of ``actors.csv`` that are not countries (agencies, armed groups,
    companies): their names and the aliases specific enough to stand alone ("MOFCOM", "KIA",
    "Pentagon", "Verkhovna Rada"); one-word common nouns ("Commerce", "Rada" alone) are left out."""
    path = Path(data_dir) / "actors.csv"
    if not path.exists():
        return ()
    out: list[tuple[str, str]] = []
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if (row.get("kind") or "") == "country":
                continue
            names = [row.get("name") or "", *(row.get("aliases") or "").split(";")]
            for n in (x.strip() for x in names):
                one_word = " " not in n and "-" not in n
                if len(n) < 3 or (one_word and not (n.isupper() or n in ("Pentagon",))):
                    continue
                out.append((n, row["actor_id"]))
    out.sort(key=lambda x: -len(x[0]))
    return tuple((re.compile(r"(?<![\w.])" + re.escape(n).replace(r"\ ", r"\s+") + r"(?!\w)"), a) for n, a in out)


@cache
def _event_agent_keys(data_dir: str) -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """:func:`_event_agents` with, for each pattern, its longest space-free piece of the name:
    a literal substring of every match (the patterns are case-sensitive; only spaces vary)."""
    out = []
    for p, a in _event_agents(data_dir):
        piece = max(p.pattern[len(r"(?<![\w.])"):-len(r"(?!\w)")].split(r"\s+"), key=len)
        # re.escape put a backslash before each special character (an escaped backslash: no key)
        out.append(("" if "\\\\" in piece else piece.replace("\\", ""), p, a))
    return tuple(out)


@cache
def _agent_key_gate(data_dir: str) -> re.Pattern[str] | None:
    """One pattern of every key of :func:`_event_agent_keys` (literal, case-sensitive): a
    sentence it finds nothing in holds no key, so no agent (None when a key is empty)."""
    keys = sorted({k for k, _, _ in _event_agent_keys(data_dir)}, key=len, reverse=True)
    if not keys or "" in keys:
        return None
    return re.compile("|".join(map(re.escape, keys)))


def _agents_in(sent: str, data_dir: str) -> list[str]:
    """The non-country actors a sentence names ("the Ministry of Commerce", "the KIA")."""
    return list(_agents_in_of(sent, data_dir))


@lru_cache(maxsize=256)
def _agents_in_of(sent: str, data_dir: str) -> tuple[str, ...]:
    """:func:`_agents_in`, remembered within the article (the rules, the fallback's event reader
    and the signature pass ask it of the same sentences; emptied by :func:`new_article`). Each
    distinct key is looked for once, and an agent already found is not searched again."""
    gate = _agent_key_gate(data_dir)
    if gate is not None and gate.search(sent) is None:
        return ()  # (no key of any agent in the sentence: most sentences, found by one search)
    found: set[str] = set()
    for k, pats in _agent_keys_grouped(data_dir):
        if k in sent:
            for p, a in pats:
                if a not in found and p.search(sent):
                    found.add(a)
    return tuple(sorted(found))


@cache
def _agent_keys_grouped(data_dir: str) -> tuple[tuple[str, tuple[tuple[re.Pattern[str], str], ...]], ...]:
    """:func:`_event_agent_keys` grouped by key: (key, ((pattern, agent), ...)), in first-seen order."""
    by: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for k, p, a in _event_agent_keys(data_dir):
        by.setdefault(k, []).append((p, a))
    return tuple((k, tuple(v)) for k, v in by.items())


#: a date right after a verb of saying dates the statement, not the measure ("the ministry said
#: on July 6"): when it is not the event's own date, it is a later statement about it
_SAID_BEFORE_DATE = re.compile(
    r"\b(?:said|says|told|stated|added|confirmed|explained|noted|reiterated)(?:\s+(?:[\w'\u2019-]+\s+){0,3}?)?"
    r"(?:\s+on)?\s*$", re.I)
#: a start date written after a verb in the past ("announced that starting on August 1, ..."):
#: the date is the one to come, not the latest such day
_START_BEFORE_DATE = re.compile(
    r"\b(?:starting|beginning|effective|from|as\s+of|take\s+effect|takes\s+effect|will\s+(?:[\w-]+\s+){0,3}?(?:on|from))"
    r"(?:\s+(?:on|from))?\s*$", re.I)
#: "agreed to suspend", "a deal to pause": the event is the agreement, not a suspension
_AGREED_TO_BEFORE = re.compile(
    r"\b(?:agreed|agrees|agree|agreement|deal|truce|pledged|consented)\s+(?:[\w'\u2019-]+\s+){0,2}?to\s+"
    r"[\"'\u201c\u2018]?(?:[\w-]+\s+)?[\"'\u201c\u2018]?$", re.I)
#: a government statement dated by its release ("a White House fact sheet released on Saturday")
_STATEMENT_RELEASED = re.compile(
    r"\b(?:fact\s+sheet|briefing|readout|joint\s+statement)\s+(?:was\s+)?(?:released|issued|published)\b", re.I)
_EVENT_PERCENT = re.compile(r"(?<![\w.])(?P<v>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)", re.I)
#: proper names a sentence shares with an event's title ("Busan", "Geneva", "Pangwa", "Sibanye")
_NAME_WORD = re.compile(r"(?<![\w'\u2019])(?-i:[A-Z][a-z]{3,}|[A-Z]{3,})(?![\w'\u2019])")
_NAME_STOP = frozenset(str.split(
    "The This That These Those China Chinese United States America American Japan Japanese President Prime Minister "
    "Ministry Commerce Department Trade Beijing Washington Tuesday Monday Wednesday Thursday Friday Saturday Sunday "
    "January February March April June July August September October November December Reuters Announcement "
    "Under After Before With From When While Since Also Some Most According Earlier Later Last Next Both "
    "Rare Earth Earths Export Exports Controls Control Critical Minerals Agreement Framework Deal General "
    "Administration Customs Secretary State Council Government National Security House White"))


def _event_names(sent: str) -> list[str]:
    return sorted({m.group(0) for m in _NAME_WORD.finditer(sent) if m.group(0) not in _NAME_STOP})


def _ruling_ahead(text: str, start: int, end: int, m: re.Match[str]) -> bool:
    """A ruling or investigation step still to come: "the preliminary determination is expected on
    July 16", "final determinations are due by December 5"."""
    if not m.group("launched"):
        return False
    return _RULING_AHEAD.search(text, max(start, m.start() - 40), min(end, m.end() + 70)) is not None


#: words of a step still to come (:func:`_ruling_ahead`; compiled once, not per call)
_RULING_AHEAD = re.compile(r"\b(?:due|expected|scheduled|set\s+to|will|would|could|may|might|upcoming|pending)\b")


#: reported speech about a measure ("announced that", "said on Monday that"): a start date in it
#: may lie ahead of the announcement, unlike one after a verb of doing ("imposed curbs starting in April")
_ANNOUNCED_THAT = re.compile(r"\b(?:announced|said|stated|declared|unveiled|published|notified)\b(?:\s+[\w,'\u2019-]+){0,4}?\s+that\b",
                             re.I)


def _starts_ahead(sent: str, spans: list[tuple[int, int, str, str]]) -> bool:
    """A date introduced as a start ("starting on August 1", "effective from"): one still to come."""
    return any(_START_BEFORE_DATE.search(sent, max(0, a - 30), a)
               and _ANNOUNCED_THAT.search(sent, 0, a) is not None for a, _, _, _ in spans)


#: a sentence that names its measure only by referring back ("These measures took effect on
#: February 4", "The curbs came into force on Monday")
_ANAPHORIC_MEASURE = re.compile(
    r"[\s\"'\u201c]*(?:these|those|the|this|such|both)\s+(?:new\s+|latest\s+|additional\s+)?"
    r"(?:measures?|curbs?|controls?|restrictions?|tariffs?|duties|rules|bans?|move)\b", re.I)
#: the items a control covers: "The controls apply to tungsten, tellurium ...", "target gallium and germanium"
_ITEMS_VERB = re.compile(r"\b(?:apply|applies|cover|covers|covering|target|targets|targeting|include|includes)\s+(?:to\s+)?", re.I)


def _anaphoric_context(text: str, s: Any, article_countries: list[Any] | None) -> tuple[list[str], str | None]:
    """The parties and kind of measure a referring-back sentence takes from the sentences just
    before it in its paragraph (at most 400 characters back)."""
    para = text.rfind("\n\n", 0, s.start)
    lo = max(para + 2 if para >= 0 else 0, s.start - 400)
    kinds = [m.lastgroup for m in _EVENT_TYPE.finditer(text, lo, s.start) if m.lastgroup]
    who = sorted({c.value for c in (article_countries or []) if lo <= c.start < s.start and c.end > c.start})
    return who, (kinds[-1] if kinds else None)


def _items_claim(sent: str, typ: re.Match[str] | None, commodities: list[Any]) -> bool:
    """A control said to cover named items, with no date: "The controls apply to tungsten,
    tellurium and bismuth" (two commodities or more, no intent before the items)."""
    if typ is None or typ.lastgroup != "control" or len({c.value for c in commodities}) < 2:
        return False
    iv = _ITEMS_VERB.search(sent)
    return iv is not None and _MEASURE_INTENT.search(sent, 0, iv.start()) is None


def _event_kinds(s: Any, sent: str, typ: re.Match[str] | None, text: str | None) -> list[str]:
    """The kinds of measure the sentence ``sent`` (scan ``s`` of ``text``) names: the groups of
    ``_EVENT_TYPE.finditer(sent)``, sorted. Empty when ``typ`` (an ``_EVENT_TYPE`` search of the
    sentence) found none. When the character before the sentence is no word character and the two
    before that one do not spell "to", the pattern is tried only at the sentence's words that can
    start a match (:func:`_finditer_words` on the article's text): its one look-behind,
    ``(?<!\\bto\\s)``, and its ``\\b`` then read the text before the sentence as they read the start
    of the sentence alone (``tests/claims/test_speed_session14.py`` checks it against the plain scan)."""
    if typ is None:
        return []
    a = getattr(s, "start", None)
    ws = getattr(s, "word_starts", None)
    if text is None or a is None or ws is None or (a > 0 and (
            _word_char_at(text, a - 1) or text[max(0, a - 3):a - 1].lower() == "to")):
        return sorted({m.lastgroup for m in _EVENT_TYPE.finditer(sent) if m.lastgroup})
    return sorted({m.lastgroup for m in _finditer_words(_EVENT_TYPE, text, a, a + len(sent), ws) if m.lastgroup})


def _word_char_at(text: str, i: int) -> bool:
    r"""``text[i]`` is a character ``re``'s ``\w`` matches (a Unicode letter or digit, or "_")."""
    c = text[i]
    return c.isalnum() or c == "_"


def _fresh_event_fields(s: Any, sent: str, ev: dict[str, object], typ: re.Match[str] | None,
                        data_dir: str, spans: list[tuple[int, int, str]], text: str | None = None) -> None:
    """Fields of an event claim read by the rules for fresh policy-event wording: actors named
    by the sentence itself (not carried from another one), non-country actors, dates that only
    date a statement, the percentages stated, proper names, and "agreed to suspend" (an agreement)."""
    ev["actors"] = sorted({c.value for c in s.countries if c.end > c.start})
    ev["agents"] = _agents_in(sent, data_dir)
    ev["percents"] = sorted({float(m.group("v")) for m in _EVENT_PERCENT.finditer(sent)})
    ev["names"] = _event_names(sent)
    ev["kinds"] = _event_kinds(s, sent, typ, text)
    roles = ev.get("roles")
    if isinstance(roles, dict):
        said = {d for d, _ in (ev.get("dates") or []) if roles.get(d) != "effective"}  # type: ignore[attr-defined]
        for a, _, d in spans:
            if d in said and _SAID_BEFORE_DATE.search(sent, max(0, a - 45), a):
                roles[d] = "said"
        from critmin.claims.document_dates import document_dates

        for d in document_dates(sent, spans):
            roles[d] = "document"  # "a letter dated October 28": the document's date, not the event's
    if _STATEMENT_RELEASED.search(sent):
        ev["type"] = "statement"  # "a White House fact sheet released on Saturday": the statement is the event
        return
    if typ is not None and typ.lastgroup == "suspension" and ev.get("type") == "suspension" \
            and _AGREED_TO_BEFORE.search(sent, max(0, typ.start() - 40), typ.start()):
        ev["type"] = "agreement"


def _org_event_subject(s: Any, sent: str, ev: dict[str, Any], text: str) -> None:
    """An organisation opening the sentence is the event's subject (org_agents.py): record it,
    and drop the country named inside its name from the parties ("China" in the Association of
    China Rare Earth Industry is its home, not the party that acted)."""
    spans = [(c.start - s.start, c.end - s.start, c.value) for c in s.countries if c.end > c.start]
    org = _org_subject(sent, [(a, b) for a, b, _ in spans], str(DATA_DIR), text)
    if org is None:
        return
    ev[_ORG_AGENT] = org[0]
    inside = {v for a, _, v in spans if org[1] <= a < org[2]}
    outside = {v for a, _, v in spans if not org[1] <= a < org[2]}
    ev["actors"] = sorted(set(ev.get("actors") or []) - (inside - outside))
    if ev.get("agent") in inside - outside:
        del ev["agent"]


def _event_words(text: str, lo: int, evs: list[re.Match[str]]) -> list[re.Match[str]]:
    """The event matches of a sentence without the release of figures ("data released on
    Friday", "released the April export data on Tuesday")."""
    return [m for m in evs if not (m.group("verb") and _DATA_VERB.match(m.group("verb"))
                                    and (_DATA_BEFORE.search(text, max(lo, m.start() - 40), m.start())
                                         or _RELEASED_DATA_AFTER.match(text, m.end())))]


def _dates_event(text: str, lo: int, a: int, b: int, evs: list[re.Match[str]]) -> bool:
    """Whether the date written at ``a:b`` dates the event rather than a trade figure or a
    change beside it: "Exports in October dropped 97% after the export curbs" dates the
    exports; "the curbs imposed in April" and "banned exports of gallium in December" date the
    measure (a traded word right after the event word is its object)."""
    inside = [(m.start(), m.end()) for m in evs]
    anchors = [m for m in _TRADE_ANCHOR.finditer(text, max(lo, a - 50), a)
               if not any(x <= m.start() < y for x, y in inside)
               and not any(0 <= m.start() - y <= 40 for _, y in inside)]
    if not anchors:
        return True
    anchor = anchors[-1]
    if any(anchor.end() <= x and y <= a for x, y in inside):
        return True
    gap_event = min(min(abs(x - b), abs(a - y)) for x, y in inside)
    if _WHEN_EVENT.match(text, b) and any(x >= b for x, _ in inside):
        return True  # "a drop not seen since mid-2023, when Beijing imposed the controls"
    return gap_event < a - anchor.end()


#: "in September of that year", "later that year", "that same year", "the same year": the year named
#: in the three sentences before
_THAT_YEAR = re.compile(r"\b(?:that(?:\s+same)?|the\s+same)\s+year\b", re.I)


def _that_year(text: str, s: SentenceScan, scans: list[SentenceScan], k: int) -> tuple[int, int, int] | None:
    """(start, end, year) of "that year" in sentence ``s``, the year being the last one named in
    the three sentences before it; None without such words or such a year."""
    m = _THAT_YEAR.search(text, s.start, s.end)
    if m is None:
        return None
    for j in (k - 1, k - 2, k - 3):
        if j >= 0 and scans[j].years:
            return m.start(), m.end(), int(scans[j].years[-1].value)
    return None


#: "Russia was willing to invite foreign partners": a country's stated readiness, with a commodity,
#: is its offer even with one party named (the partners unnamed)
_READY_TO_OFFER = re.compile(r"\b(?:is|was|are|were)\s+(?:ready|willing|prepared)\s+to\s+(?:offer|invite|cooperate|co-operate)\b",
                             re.I)
_CLAUSE_EDGE = re.compile(r"[,;:()\u2014]|\s\u2013\s")


def _clause_actors(text: str, s: SentenceScan, at: int, actors: set[str]) -> list[str]:
    """The countries among ``actors`` named in the clause of the sentence holding ``at`` (the
    text between the punctuation marks around it), the sentence's own mentions only."""
    lo = max((m.end() for m in _CLAUSE_EDGE.finditer(text, s.start, at)), default=s.start)
    nxt = _CLAUSE_EDGE.search(text, at, s.end)
    hi = nxt.start() if nxt is not None else s.end
    return sorted({c.value for c in s.countries if c.end > c.start and lo <= c.start < hi and c.value in actors})


def _retarget_that_year(found: list[Claim], year: int) -> None:
    """Event claims of a sentence saying "that year": their months and days are of ``year``, and
    an event with no date of its own is dated by that year."""
    for c in found:
        ev = c.event
        if c.kind != "event" or not ev or str(ev.get("type") or "") in ("publication", "funding", "named"):
            continue
        dates = [(f"{year}{d[4:]}" if p in ("month", "day") else d, p) for d, p in ev.get("dates") or []]
        if not dates:
            dates = [(str(year), "year")]
        ev["dates"] = dates
        ev["date"] = dates[0][0]
        ev["undated"] = False
        ev["roles"] = {}


def extract_claims(text: str, data_dir: str = str(DATA_DIR), date: str | None = None) -> list[Claim]:
    """Every checkable claim in ``text`` (already cleaned), in reading order.

    ``date`` (the article's, ISO) resolves "last year" and "this year"."""
    rel = _relative_years(int(date[:4])) if date else None
    pats = patterns(data_dir)
    sents = sentence_spans(text)
    if not sents:
        return []
    starts = [a for a, _ in sents]
    scans = [SentenceScan(a, b) for a, b in sents]

    def bucket(pos: int) -> SentenceScan | None:
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return None
        s = scans[i]
        return s if pos < s.end else None

    article_commodities: list[Mention] = []
    article_countries: list[Mention] = []
    mt_million = "MT" in text and _MT_IS_MILLION.search(text) is not None
    tokens = Tokens.of(text)
    for start, end, kind, value, poss in scan_entities(text, pats, tokens):
        s = bucket(start)
        if s is None:
            continue
        if kind == "country" and (text.startswith("$", end) or (value == "USA" and text.startswith(" $", end))):
            continue  # "US$2,600/kg", "US $2.86 billion": a currency
        if kind == "country" and text.startswith(" ", end) and _AGENCY_AFTER.match(text, end):
            continue  # "the US Geological Survey": an agency, not the country
        if kind == "country" and value == "MNG" and text.endswith("Inner ", 0, start):
            continue  # "Inner Mongolia": a region of China, not Mongolia
        if kind == "country" and value == "COG" and _bare_congo(text, start, end):
            value = "COD"  # mining news (Reuters style) writes "Congo" for the DRC after first mention
        if kind == "country" and _NON_BEFORE.search(text, max(0, start - 12), start):
            s.excluded.append(value)  # "non-Chinese production", "outside China": everyone but that country
            if not _RELATIVE_OF_EXCLUDED.match(text, end):
                continue
            # "outside China, which dominates cobalt processing": the country is the relative clause's subject
        if kind == "country" and ((_SOURCE_DATA_AROUND.search(text, max(0, start - 30), start)
                                   and _DATA_AFTER.match(text, end)) or _DATA_SHOW_AFTER.match(text, end)):
            continue  # "according to US data": where the figure comes from, not whose it is
        men = Mention(start, end, kind, value, poss)
        if kind == "country":
            s.countries.append(men)
            article_countries.append(men)
        else:
            s.commodities.append(men)
            article_commodities.append(men)

    country_starts = [c.start for c in article_countries]
    breaks: list[int] | None = None  # paragraph breaks, found once when first needed
    claims: list[Claim] = []
    list_carry: tuple[str, str | None, float] | None = None
    head_line: tuple[str, int] | None = None  # (country, sentence number) of the last heading line
    prev_share = False
    prev_subject: tuple[str, int | None, int] | None = None  # (country, year, sentence) of the last figure
    prev_dated: tuple[int, int] | None = None  # (year, sentence) of the last figure whose sentence names its year
    series_years: tuple[dict[tuple[str, str, str], int], int] | None = None  # dated series of the last sentence
    word_starts = _WordStarts.of(text, tokens)
    _ARTICLE_WORD_STARTS[:] = [word_starts]
    _SENTENCE_SCANS.clear()  # (this article's sentences only)
    sentence_words = _sentence_words(text, tokens, word_starts.lower)
    link_line = (-1, False)  # (start of the line last tested, whether it links to another article)
    heading: list[int] = []  # the sentences that head the list or table being read
    heading_info: dict[tuple[int, ...], tuple[tuple[str, str | None] | None, str | None, int | None, bool]] = {}
    rows_seen = False
    item_country: str | None = None  # the country a list item's title line names
    s5_prev_event: tuple[dict[str, Any], int] | None = None  # the last event claim and its sentence
    heading_year: int | None = None  # the year of a heading over a list ("2024 production data:")
    list_sources: dict[tuple[int, ...], tuple[str | None, str | None, str | None]] = {}  # attribution of a list heading
    for k, s in enumerate(scans):
        sent = text[s.start:s.end]
        heading_year = _heading_year(text, s, heading_year)
        line_at = text.rfind("\n", 0, s.start) + 1
        if line_at != link_line[0]:  # the sentences of one line share its start: matched once
            link_line = (line_at, _LINK_LINE.match(text, line_at) is not None)
        if link_line[1]:
            continue  # "Related: ...", "READ ALSO: ...": the headline of another article
        row = False
        has_digit = _DIGIT.search(sent) is not None  # (searched once per sentence)
        if _item_title(text, s):
            # "3. Myanmar" heading the lines of its item ("Mine production: 31,000 t")
            row, rows_seen, item_country = True, True, s.countries[0].value
        elif not _list_item(text, s.start, s.end) or sent.endswith(":"):
            heading, rows_seen, item_country = [k], False, None  # prose, or a heading that announces a list
        elif item_country is not None and not s.countries and has_digit \
                and _ROW_END.search(sent) is None:
            row = True  # "Mine production: 31,000 metric tons" under "3. Myanmar": Myanmar's
            s.countries.append(Mention(s.start, s.start, "country", item_country, False))
        elif not has_digit or not s.countries:
            if not rows_seen and len(heading) < 6 and len(sent) > 4:
                heading = [*heading, k]  # a title, a caption or a header row ("| Country | Reserves |")
        elif _ROW_END.search(sent) is None or _LIST_MARK_NONEMPTY.match(text, text.rfind("\n", 0, s.start) + 1):
            row, rows_seen = True, True  # "- China: 270,000 t", "| Brazil | 21,000,000 |": not a sentence of prose
        words = sentence_words(s.start, s.end)
        s.words = words
        s.word_starts = word_starts
        _SENTENCE_SCANS.setdefault(sent, s)
        if not s.countries and head_line is not None and k - head_line[1] <= _HEADING_REACH and has_digit \
                and ("%" in sent or _WORLD.search(sent) is None):
            # "2. Russia / Platinum production: 18,000 kilograms": a list item under its heading
            s.countries.append(Mention(s.start, s.start, "country", head_line[0], True))
            s.carried_country = (head_line[0], "previous_sentence")
        head = _heading_country(sent, s) if len(sent) <= 60 and s.countries else None
        if head is not None:
            head_line = (head, k)
        s.triggers = {
            "rank": not words.isdisjoint(_W_RANK) or ("respectively" in words and not words.isdisjoint(RANK_VERBS)),
            "compare": not words.isdisjoint(_W_COMPARE),
            "change": not words.isdisjoint(_W_CHANGE)
            or (not words.isdisjoint(_W_MORE_LESS) and ("%" in sent or "percent" in words or "cent" in words))
            or not words.isdisjoint(_W_FRACTION_CHANGE), "event": not words.isdisjoint(_W_EVENT)
            or (not words.isdisjoint(_S5_RAISE_WORDS) and not words.isdisjoint(_S5_TARIFF_WORDS))
            or dated_deal_words(words) or extra_event_trigger(words),  # "the July agreement" ... (event_clauses.py)
            # "imports all of its gallium", "did not mine any antimony": figures without digits
            "whole": not words.isdisjoint(_W_WHOLE) and not words.isdisjoint(_W_WHOLE_VERB),
            # "did not export any gallium in August": a zero trade figure without digits
            "zero_trade": not words.isdisjoint(_W_WHOLE) and not words.isdisjoint(_W_ZERO_TRADE),
            # "prices hit a record high", "output increased significantly": a change without a figure
            "unsized_change": not words.isdisjoint(_W_UNSIZED_CHANGE),
            # "most of the world's platinum", "almost all heavy rare earth output": a share in words
            # "the USGS does not list A among the reserve holders": whether a source's table has A
            "listed_among": "among" in words and not words.isdisjoint(_W_LISTED_AMONG),
            # "A is not listed among the reserve holders", "A does not appear in the USGS ranking of deposits"
            "listed_in": not words.isdisjoint(_W_LISTED_IN) and not words.isdisjoint(_W_LISTED_IN_MEASURE),
            "word_share": not words.isdisjoint(_W_WORD_SHARE)
            and ("all" not in words or not words.isdisjoint(_W_WORD_SHARE_ALL)),
            # an event verb and a measure or traded word: an event read by its structure
            "s5e2_event": not words.isdisjoint(STRUCT_EVENT_VERBS) and not words.isdisjoint(STRUCT_OBJECT_WORDS),
            # dominance, market moves and stopped output without a figure (qualitative.py)
            **_qualitative.triggers(words),
            # deal terms, transactions, plant operations, announced measures (event_terms.py)
            **_term_triggers(words, sent),
            # a recorded programme by its proper name: "the Critical Raw Materials Act" (named_events.py)
            "named": _named_gate(words, data_dir),
            # "a dispute ... in September of that year": an episode dated by the sentences before (episode_events.py)
            "that_year": "year" in words and ("that" in words or "same" in words) and not words.isdisjoint(_EPISODE_WORDS),
        }
        has_fraction = not words.isdisjoint(_W_FRACTION) and _FRACTION.search(sent) is not None
        out_of = list(_OUT_OF.finditer(text, s.start, s.end)) \
            if not words.isdisjoint(_W_OUT_OF) or (has_digit and any(x in sent for x in _OUT_OF_DIGITS)) else []
        has_fraction = has_fraction or bool(out_of)
        recall_on = _recall.triggers(words)  # ranks, noun changes, dependence in words
        # lists, acts of government bodies, licences, seizures, stopped plants (policy_acts.py)
        policy_on = _policy_acts.triggers(words)
        if not (has_digit or has_fraction or any(s.triggers.values()) or row or recall_on):
            if policy_on and (s.countries or s.commodities or article_commodities):
                # (only this rule can read the sentence: the others are not run)
                acts = _policy_act_claims(text, s, article_commodities, date)
                claims.extend(_drop_non_claims(sent, s.start, s.words, acts, date)
                              if acts and not s.words.isdisjoint(_NON_CLAIM_GATE) else acts)  # rule 10 as below
            continue
        if not (s.countries or s.commodities or article_commodities or "summaries" in words or "summary" in words
                or "outlook" in words or (s.triggers["event"] and names_metonym(sent, words, data_dir))
                or (s.triggers["deal_terms"] and bool(article_countries))  # "The fund will ..."
                or (has_digit and not words.isdisjoint(_uu.LIST_WORDS))):  # "The list now includes 50 minerals"
            continue  # ("Xi and Trump met in Busan": parties named by metonym only)
        refs_only = bool(s.countries) and all(_reference_before_figure(text, c, s.start) for c in s.countries)
        if not refs_only and s.countries and s.triggers["rank"]:
            refs_only = all(_reference_before_figure(text, c, s.start, s.countries, _RANK_REFERENCE_END)
                            for c in s.countries if c.end > c.start)
        if (not s.countries or refs_only) and (anaphor := _search_sentence(_ANAPHOR, sent, s) or _search_sentence(_REGION_NATION, sent, s)) \
                and (not refs_only or s.start + anaphor.start() < s.countries[0].start):
            # "The country's output...", "Its production...", "It holds...": the country
            # is the one last named in the preceding sentences (also when the sentence names
            # only the reference of a rank: "The Southeast Asian nation is second after Indonesia")
            i = bisect.bisect_left(country_starts, s.start)
            prev = article_countries[i - 1] if i else None
            referent = _anaphor_referent(text, scans, k, article_countries, i) if prev is not None else None
            firm = True
            if referent is not None:
                prev, firm = referent  # its subject, not a partner ("ships its ore to China")
            regional = _regional_referent(anaphor.group(0), article_countries[:i]) if prev is not None else None
            if regional is not None and prev is not None and regional.value != prev.value:
                # twentieth session: "The South American country holds the world's second-largest
                # reserves" after a sentence naming China and, before it, Brazil: the country of
                # the region the words name, the last one named (C9933); a reading of the region,
                # never firm enough to refute (tests/claims/test_subjects_events.py)
                prev, firm = regional, False
            if prev is not None and refs_only and any(c.value == prev.value for c in s.countries):
                # fourteenth session: "The country has 22 Mt, second only to China's 44 Mt" after a
                # sentence naming China: the reference of the rank is not the country "the
                # country" names; the one named before it that the sentence does not name (not firm)
                own = {c.value for c in s.countries}
                prev = next((c for c in reversed(article_countries[:i]) if c.value not in own and c.value != "WLD"), None)
                firm = False
            if prev is not None:
                s.countries.insert(0, Mention(s.start, s.start, "country", prev.value, True))
                if breaks is None:
                    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
                j = bisect.bisect_left(breaks, prev.end)
                where = "previous_paragraph" if j < len(breaks) and breaks[j] < s.start else "previous_sentence"
                s.carried_country = (prev.value, where if firm or where != "previous_sentence" else "other_sentence")
            elif i < len(article_countries) and (not refs_only or any(c.start >= s.end for c in article_countries[i:])):
                # an opening "The country ..." with no country before it (the headline named
                # it): the first country named after it, never enough to refute (twenty-fourth session:
                # after this sentence when all it names is a rank's reference, "... following China.")
                later = [c for c in article_countries[i:] if c.start >= s.end] if refs_only else article_countries[i:]
                after = _regional_referent(anaphor.group(0), later, first=True) or later[0]
                s.countries.insert(0, Mention(s.start, s.start, "country", after.value, True))
                s.carried_country = (after.value, "other_sentence")
        if k and (has_digit or s.triggers.get("rank")):  # "China and Brazil ranked first and second"
            prev_s = scans[k - 1]
            last = prev_s.measures[-1] if prev_s.measures else None
            if last is None and not prev_s.words.isdisjoint(_W_MEASURE):  # skipped before its measures were read
                for m in _finditer_words(_MEASURE, text, prev_s.start, prev_s.end, word_starts):
                    meas, stage = _measure_of(m)
                    last = Mention(m.start(), m.end(), meas, stage or "")
            if last is not None:
                s.carry = (last.kind, last.value or None)
            elif prev_s.carry is not None and _name_figure_line(text, prev_s) and _name_figure_line(text, s):
                s.carry = prev_s.carry  # "China: 270,000 t" then "U.S.: 45,000 t": one list, one measure
        if row and heading:
            # "1. China: 44 million t" / "| Brazil | 21,000,000 |" under "Reserves by country,
            # 2024 (tonnes)": the rows of a list or table take the measure, unit and year of its heading
            key = tuple(heading)
            if key not in heading_info:
                heading_info[key] = _heading_info(text, [scans[i] for i in heading])
            meas_h, s.list_unit, s.list_year, ranks = heading_info[key]
            if meas_h is not None:
                s.carry = meas_h
            s.ranked_list = ranks and _LIST_NUMBER.match(text, text.rfind("\n", 0, s.start) + 1) is not None
        has_month = not words.isdisjoint(_W_MONTH) or "-" in sent
        if not words.isdisjoint(_W_MEASURE):
            for m in _finditer_words(_MEASURE, text, s.start, s.end, word_starts):
                meas, stage = _measure_of(m)
                s.measures.append(Mention(m.start(), m.end(), meas, stage or ""))
        dates = [(m.start(), m.end(), _parse_date(m)) for m in _finditer_words(_DATE, text, s.start, s.end, word_starts)] \
            if has_digit and has_month else []
        in_date = [(a, b) for a, b, _ in dates]
        if has_digit:
            report_years = _report_years(text, s.start, s.end) if not words.isdisjoint(_W_REPORT) else ()
            for m in _finditer_words(_YEAR, text, s.start, s.end, word_starts):
                if m.start() not in report_years:
                    if date and int(m.group("y")) >= int(date[:4]) and s.years \
                            and _YEAR_RANGE_DASH.fullmatch(text, s.years[-1].end, m.start()):
                        continue  # "in 2024-2025" written in 2025: the running year closes a range, it dates no figure
                    s.years.append(Mention(m.start(), m.end(), "year", m.group("y")))
        for m in NUMBER.finditer(text, s.start, s.end) if has_digit else ():
            if in_date and any(a <= m.start() < b for a, b in in_date):
                continue
            if m.group("unit", "per", "cur", "scale", "sscale") == _NO_GROUPS and _YEAR_DIGITS.fullmatch(m.group("num")):
                continue  # a bare year (what _number would make of it, skipped below, without its hedge)
            if m.group("unit", "per", "scale", "sscale") == (None, None, None, None) \
                    and _ORDINAL_SUFFIX_AFTER.match(text, m.end()):
                continue  # "(8th)", "10th place": an ordinal, never a quantity
            num = _number(m, text)
            if mt_million and m.group("unit") == "MT" and num.scale == 1.0 and not num.currency:
                # "6.9 million tonnes (MT) ... China 44 MT": the article spells MT out as million tonnes
                num.value, num.precision, num.scale = num.value * 1e6, num.precision * 1e6, 1e6
            if num.unit is None and num.scale == 1.0 and _YEAR_DIGITS.fullmatch(num.digits):
                continue  # a year
            s.numbers.append(num)
        if has_digit and ("%" in sent or "percent" in words or "cent" in words):
            for m in [*_finditer_words(_PCT_RANGE, text, s.start, s.end, word_starts), *_PCT_BETWEEN.finditer(text, s.start, s.end)]:
                # "60-70%", "60 to 70 percent", "between 60 and 70%": the midpoint, holding
                # anywhere in the range
                lo_v, hi_v = float(m.group("a")), float(m.group("b"))
                if not lo_v < hi_v:
                    continue
                if _FROM_JUST_BEFORE.search(text, max(0, m.start() - 6), m.start()) and " to" in m.group(0):
                    continue  # "rose from 72% to 77%": a change between two shares, not a range
                s.numbers = [n for n in s.numbers if not (m.start() <= n.start < m.end())]
                hedge, hs = _hedge_before(text, m.start())
                s.numbers.append(Number(m.start(), m.end(), (lo_v + hi_v) / 2, "percent",
                                        (hi_v - lo_v) / 2 + precision_of(m.group("b")), hedge,
                                        m.group(0), hedge_start=hs))
        if has_digit and not words.isdisjoint(_W_MASS_UNIT):
            for m in _finditer_words(_MASS_RANGE, text, s.start, s.end, word_starts):
                rng = _mass_range(text, m)
                if rng is not None:
                    s.numbers = [n for n in s.numbers if not (m.start() <= n.start < m.end())]
                    s.numbers.append(rng)
        if has_fraction:
            for m in _finditer_words(_FRACTION, text, s.start, s.end, word_starts):
                # "nearly three-quarters of global output": a share in words
                hedge, hs = _hedge_before(text, m.start())
                s.numbers.append(Number(m.start(), m.end(), _FRACTIONS[_WS.sub("-", m.group("f").lower())],
                                        "percent", 2.5, hedge, m.group(0), hedge_start=hs))
        for m in out_of:
            # "nine out of ten magnets", "9 in 10": a share in words
            hedge, hs = _hedge_before(text, m.start())
            a, b = _count_word(m.group("a")), _count_word(m.group("b"))
            if a and b and a < b:
                s.numbers = [n for n in s.numbers if not (m.start() <= n.start < m.end())]
                s.numbers.append(Number(m.start(), m.end(), 100.0 * a / b, "percent", 5.0, hedge,
                                        m.group(0), hedge_start=hs))
        s.numbers.sort(key=lambda n: n.start)
        s.list_carry = list_carry
        s.prev_share = prev_share
        if prev_subject is not None and k and prev_subject[2] == k - 1 and (has_digit or has_fraction) \
                and _CONTINUES.match(sent) \
                and all(_REFERENCE_BEFORE.search(text, max(s.start, c.start - 25), c.start) for c in s.countries):
            # (countries named only as the reference of an order, "the second largest after China",
            # leave the subject to be carried)
            # "This is up from 2,700 t the previous year": the subject (and year) of the sentence before
            s.countries.append(Mention(s.start, s.start, "country", prev_subject[0], True))
            s.carried_country = (prev_subject[0], "previous_sentence")
            if prev_subject[1] is not None and not s.years and _PREV_YEAR_WORDS.search(sent):
                s.year_before = prev_subject[1] - 1
        if prev_dated is not None and k - prev_dated[1] <= _PROSE_LIST_REACH and s.list_year is None and not s.years \
                and has_digit and _PROSE_LIST_ITEM.match(sent):
            # "In fifth place is Brazil, with a 4% share" after "China ... 50% of output in 2023": an item of a
            # list told in prose takes the year of the figures before it, as a table row takes its heading's
            s.list_year = prev_dated[0]
        found = _sentence_claims(text, s, pats, article_commodities, dates, rel, date, article_countries)
        recall_read = False  # (whether recall.py's fallback has read the sentence)
        if recall_on:  # recall.py: word classes the rules above leave
            if not found:
                recall_read = True
                found = _recall.fallback_claims(  # ("it": the subject of the sentence before, else the last named)
                    text, s, article_commodities, date,
                    (scans[k - 1].countries[:1] if k and scans[k - 1].countries else article_countries))
            elif not s.words.isdisjoint(_recall.ROLE_WORDS):
                _recall.fill_role_measures(text, s, found)
                found = found + _recall.role_ranks_beside(text, s, found, article_commodities, date)
        that_year = _that_year(text, s, scans, k) if "year" in s.words and ("that" in s.words or "same" in s.words) \
            else None  # "in September of that year": the year of the sentences just before
        if that_year is not None:
            _retarget_that_year(found, that_year[2])
        episode_coms = [c.value for c in s.commodities] or ([c.value for c in article_commodities
                                                             if s.start - _CONTEXT_CHARS <= c.start < s.start]
                                                            if that_year is not None else [])
        if (s.years or that_year is not None) and episode_coms and not s.words.isdisjoint(_EPISODE_WORDS) \
                and not any(c.kind == "event" for c in found):
            # "the two countries clashed over cobalt in 2012": a past episode of conflict (episode_events.py)
            ep = _episode_claim(text, s.start, s.end,
                                [(y.start, y.end, int(y.value)) for y in s.years],
                                [(c.start, c.end, c.value) for c in s.countries if c.end > c.start]
                                + [(s.start + a, s.start + b, r) for a, b, r
                                   in metonym_parties(sent, s.words, date, str(DATA_DIR)) if r.isupper()],
                                episode_coms, date, that_year[2] if that_year else None)
            if ep is not None:
                found = [*found, ep]
        if not s.words.isdisjoint(_PRESUPPOSED_WORDS) and s.triggers["event"] \
                and not any(c.kind == "event" for c in found):
            # "to bypass China's export bans": a measure presupposed as cause or frame (presupposed_events.py)
            pc = _presupposed_claim(text, s.start, s.end, [c.value for c in s.commodities],
                                    [c.value for c in article_commodities if s.start - _CONTEXT_CHARS <= c.start < s.start])
            if pc is not None:
                found = [*found, pc]
        if found and not s.words.isdisjoint(_W_ONE_MEASURE) and not any(c.kind == "event" for c in found):
            # "A prior export ban had driven cobalt prices upward": one measure named as the cause or start
            # of a price move is a claim about that recorded event (README rule 16c; presupposed_events.py)
            named = [(c.start, c.value) for c in s.countries if c.end > c.start and c.value != "WLD"]
            carried = next((c.value for c in s.countries if c.end <= c.start), None)
            if carried is None and not named:
                i = bisect.bisect_left(country_starts, s.start)
                prev = next((c for c in reversed(article_countries[:i]) if c.value != "WLD"), None)
                carried = prev.value if prev is not None and s.start - prev.start <= 2 * _CONTEXT_CHARS else None
            pc = _price_cause_claim(text, s.start, s.end, [c.value for c in s.commodities],
                                    [c.value for c in article_commodities if s.start - _CONTEXT_CHARS <= c.start < s.start],
                                    named, carried)
            if pc is not None:
                found = [*found, pc]
        if s.triggers["named"] and not any(c.kind == "event" for c in found):
            # "the Critical Raw Materials Act, in force since May 2024": a recorded programme by its name (named_events.py)
            nc = _named_claim(text, s.start, s.end, date, data_dir)
            if nc is not None:
                found = [*found, nc]
        # a count of an official list is read as its figure before as an act ("has proposed a list of 37 ...")
        list_count = has_digit and not words.isdisjoint(_uu.LIST_WORDS) and _uu.counted_figure(text, s) is not None
        if not found and policy_on and not list_count:  # policy_acts.py: events no other rule reads
            found = _policy_act_claims(text, s, article_commodities, date)
        if found and any(c.kind == "rank" for c in found):
            # "A top copper producer has warned ...": an unnamed firm opening the sentence, no country ranked
            found = [c for c in found if not (c.kind == "rank" and (
                (_UNNAMED_OPENER.fullmatch(text, s.start, c.span[0]) and _UNNAMED_VERB.match(text, c.span[1], s.end))
                or _NOT_YET_ROLE.search(c.text) is not None  # "a key potential supplier": no place held yet
                or _unnamed_reference_rank(text, s, c)))]
            for c in found:
                if c.kind == "rank" and not any(x.end > x.start for x in s.countries) \
                        and _opens_with_the(text, s.start, c.span[0]) and _SPEAKER_VERB.match(text, c.span[1], s.end):
                    # "The world's largest producer of the material said ...": a speaker described (a firm or a
                    # country the sentence does not name): no country's rank can be read from it
                    c.country, c.country_source = None, None
                    c.comparison = {**(c.comparison or {}), "unnamed_holder": True}
                    c.subject = f"rank of an unnamed speaker in {c.measure or 'production'}"
        if found and s5_prev_event is not None and k - s5_prev_event[1] <= 2:
            for c in found:  # "These measures ...", "the rule taking effect ...": the event before
                if c.kind == "event" and c.event is not None:
                    resolve_event_anaphor(sent, s.words, c.event, s5_prev_event[0], c.span[0] - s.start)
        s5_last = next((c.event for c in reversed(found) if c.kind == "event" and c.event
                        and str(c.event.get("type") or "") not in ("publication", "funding")), None)
        if s5_last is not None:
            s5_prev_event = (s5_last, k)
        if heading_year is not None and _name_figure_line(text, s):
            for c in found:
                if c.year is None and c.kind in ("quantity", "share", "rank"):
                    c.year = heading_year  # a line of a list under a dated heading
        if found and series_years is not None and series_years[1] == k - 1 and not s.years:
            carry_series_year(sent, found, series_years[0])
        series_years = (dated_series(found, s.years, date), k) if found and s.years else None
        if found:
            tag_products(text, (s.start, s.end), found)
            if heading and (row or _name_figure_line(text, s)):
                _heading_attribution(text, [scans[i] for i in heading if i != k], found, list_sources)
        last_fig = next((c for c in reversed(found) if c.kind in ("quantity", "share") and c.country), None) \
            if found else None
        if last_fig is not None and last_fig.country is not None:
            prev_subject = (last_fig.country, last_fig.year, k)
            if last_fig.year is not None and (s.list_year == last_fig.year
                                              or any(int(y.value) == last_fig.year for y in s.years)):
                prev_dated = (last_fig.year, k)
        if found:
            list_carry = _last_mass_measure(found) or list_carry
        prev_share = bool(found) and any(c.kind == "share" and c.measure != "net_import_reliance"
                                         and not c.comparison for c in found)
        if len(found) > 1:
            found = _one_hyphenated_rank(text, found)  # "ranks X as having the fifth-largest": one rank
            # eleventh session (rank_words.py): "the largest cobalt producer and the second-largest copper producer"
            _rank_words.coordinated_ranks(found, text, [(x.start, x.end, x.value) for x in s.countries if x.end > x.start])
        if found and text.startswith("As", s.start):  # eleventh session (rank_words.py): "As the largest producer, X ..."
            _rank_words.opening_as_rank(found, text, s.start)
        if found and not s.words.isdisjoint(_rank_words.DESTINATION_WORDS):  # eleventh session (rank_words.py):
            _rank_words.destination_not_holder(  # "The top miner, with 76% of output, halted exports to China"
                found, text, [(x.start, x.end, x.value) for x in s.countries if x.end > x.start],
                s.carried_country[0] if s.carried_country else None)
        if len(found) > 2:
            _group_shares(found, text, s.words)  # "..., so the two hold 50%"
        if found and not s.words.isdisjoint(_FROM_GROUP_WORDS):  # eleventh session (group_share.py):
            _from_group_shares(found, text, [(x.start, x.end, x.value) for x in s.countries if x.end > x.start],
                               s.end)  # "60% of the world's lithium comes from Australia and Chile"
        if found and k and not s.words.isdisjoint(_CARRIED_GROUP_WORDS):  # "A and B lead. The two hold 53%"
            _carried_group_shares(found, text, s.start, s.words,
                                  [(x.start, x.end, x.value) for x in scans[k - 1].countries if x.end > x.start])
        if found and not s.words.isdisjoint(_NON_CLAIM_GATE):  # rule 10: plans, share prices ...
            kept = _drop_non_claims(sent, s.start, s.words, found, date)
            if not kept and recall_on and not recall_read:
                # (twenty-second session) every claim the rules drew was a non-claim of rule 10 (a company's
                # revenue, a plan's figure): the word classes the rules leave are read as in a sentence they left
                # ("Lynas is the world's largest producer outside China and said its revenue was ...": the place)
                kept = _drop_non_claims(sent, s.start, s.words, _recall.fallback_claims(
                    text, s, article_commodities, date,
                    (scans[k - 1].countries[:1] if k and scans[k - 1].countries else article_countries)), date)
            claims.extend(kept)
        else:
            claims.extend(found)
        if found and has_digit and "(" in sent:
            # "South Africa is the largest producer (70% ...), followed by Russia (12%), Zimbabwe (8%)":
            # the bracketed shares no other rule read are shares too
            taken = [c.span for c in found]
            claims.extend(c for c in _paren_shares(text, s, article_commodities, date)
                          if not any(a <= c.span[0] < b for a, b in taken))
        if not found and has_digit:
            # "held by A (32%), B (17.5%) ...": bracketed shares before the generic figure
            unread = (_paren_shares(text, s, article_commodities, date)
                      or _unread_figure_claims(text, s, article_commodities, date))
            # a generic figure read in a fact clause beside a plan clause: the specific rules on
            # that clause alone come first (clause_retry), the generic figure only without them
            scoped = any((c.comparison or {}).get("unread_clause") for c in unread)
            if unread and not s.words.isdisjoint(_NON_CLAIM_GATE):  # rule 10 as above
                unread = _drop_non_claims(sent, s.start, s.words, unread, date)
            if not unread or scoped:  # "The deal aims to ... -- China refines 90% of ...": each clause on its own
                retried = _clause_claims(text, s, _bind_args(
                    _sentence_claims, text, pats=pats, article=article_commodities, dates=dates, relative_year=rel,
                    article_date=date, article_countries=article_countries), _drop_non_claims, date)
                unread = retried or unread
            if not unread and list_count and policy_on:  # the list's count was not read: the act still is
                unread = _policy_act_claims(text, s, article_commodities, date)
            claims.extend(unread)
    _carry_attribution(text, claims)
    return claims


def _heading_attribution(text: str, heads: list[SentenceScan], found: list[Claim],
                         memo: dict[tuple[int, ...], tuple[str | None, str | None, str | None]]) -> None:
    """ "USGS figures for 2024 show the following producers:", "According to the 2025 Mineral
    Commodity Summaries:": a source or edition named in the lines that introduce a list or
    table is the source of every line of it that names none itself."""
    key = tuple(h.start for h in heads)
    got = memo.get(key)
    if got is None:
        got = next((a for h in heads if (a := _attribution(text, h))[0] is not None), (None, None, None))
        memo[key] = got
    if got[0] is None:
        return
    for c in found:
        if c.source is None and c.kind != "event":
            c.source, c.series, c.edition = got


#: a source named only by a common noun ("the agency said", "the survey added")
_AGENCY_BACK = re.compile(r"\b(?:the|that)\s+(?:agency|survey|report|outlook|data)\b", re.I)
_BACK_CHARS = 800


def _carry_attribution(text: str, claims: list[Claim]) -> None:
    """"..., the agency said": the bundled source (USGS, IEA, BGS, SMM) named last in the
    preceding text, within a few sentences, is the claim's source."""
    for c in claims:
        if c.source or c.kind == "event" or not _AGENCY_BACK.search(c.sentence):
            continue
        lo = c.sentence_span[0]
        last = None
        for m in _ATTRIB.finditer(text, max(0, lo - _BACK_CHARS), lo):
            if any(m.group(k) for k in _SERIES):
                last = m
        if last is None:
            continue
        key = next(k for k in _SERIES if last.group(k))
        c.source, c.series = key.upper(), _SERIES[key]
        if key == "usgs" and last.group("mcsyear"):
            c.edition = f"MCS {last.group('mcsyear')}"


_W_ATTRIB = _wordset("usgs geological summaries iea energy bgs british smm shanghai reuters bloomberg benchmark "
                     "adamas blue mackenzie argus fastmarkets customs paris")


#: a report's name with its year ("Mineral Commodity Summaries 2025", "the annual mineral
#: commodity summary for 2025", "MCS 2024", "Global Critical Minerals Outlook 2025")
_EDITION_NAME = re.compile(
    r"\b(?:(?P<mcs>mineral\s+commodit(?:y|ies)\s+summar(?:y|ies)|MCS)|(?P<gcmo>(?:global\s+)?critical\s+minerals?\s+outlook|GCMO))"
    r"(?:\s+(?:report\s+)?(?:for|of)\s+|\s+)(?P<y>20[0-3]\d)\b"
    r"|\b(?P<y2>20[0-3]\d)\s+(?:(?P<mcs2>mineral\s+commodit(?:y|ies)\s+summar(?:y|ies))|(?P<gcmo2>(?:global\s+)?critical\s+minerals?\s+outlook))",
    re.I)
#: a year that dates a report, not its data ("published in 2025", "its 2025 report")
_REPORT_YEAR = re.compile(
    r"\b(?:published|released|issued)\s+(?:in\s+|on\s+)?(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?P<y>20[0-3]\d)\b"
    r"|\b(?P<y2>20[0-3]\d)\s+(?:report|edition|outlook|yearbook"
    r"|(?:USGS|IEA|U\.S\.\s+Geological\s+Survey)\s+(?:data|figures|estimates|statistics))\b", re.I)


_DATED_REPORT = re.compile(
    rf"\b(?P<m>{_FULL_MONTHS})\s+(?P<y>20[0-3]\d)\s+(?:report|edition|summary|summaries|outlook|update)\b", re.I)
#: "published in January 2024", "released in May 2025": the month and year of a report's release
_RELEASED_IN_MONTH = re.compile(
    rf"\b(?:published|released|issued|came\s+out|was\s+out)\s+(?:in\s+|on\s+)?(?P<m>{_FULL_MONTHS})\s+(?:\d{{1,2}},?\s+)?(?P<y>20[0-3]\d)\b",
    re.I)
_W_PREV_EDITION = _wordset("previous prior earlier former old revised cut lowered raised downgraded upgraded reported "
                           "published estimated given stated listed previously formerly")
_QUOTA = re.compile(r"\bquotas?\b", re.I)
_W_REPORT = _wordset("published released issued report edition outlook yearbook summary summaries mcs gcmo usgs iea data")
_PUBLISHED = re.compile(r"\b(?:published|released|issued|came\s+out|was\s+out)\b", re.I)


#: "data from the United States Geological Survey in 2019 showed", "according to 2019 data from the
#: USGS": the year the source's data came out, not the year of the figures
_SOURCE_DATA_YEAR = re.compile(
    r"\b(?P<y>(?:19[89]\d|20[0-3]\d))\s+data\s+(?:from|of|by|published\s+by)\s+(?:the\s+)?[A-Z]"
    r"|\bdata\s+(?:from|of|by)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+(?:of\s+)?){1,5}in\s+(?P<y2>(?:19[89]\d|20[0-3]\d))\b"
    r"(?!\s*(?:,\s*)?(?:and|to|-)\s)")


def _report_years(text: str, a: int, b: int) -> set[int]:
    """Start offsets of years that name or date a report rather than the data."""
    out = set()
    for p in (_EDITION_NAME, _REPORT_YEAR, _SOURCE_DATA_YEAR):
        for m in p.finditer(text, a, b):
            for g in ("y", "y2"):
                if m.group(g):
                    out.add(m.start(g))
    return out


def _edition_named(text: str, s: SentenceScan) -> tuple[str, str] | None:
    """(edition, series) of a report named with its year in the sentence."""
    m = _EDITION_NAME.search(text, s.start, s.end)
    if m is None:
        return None
    year = m.group("y") or m.group("y2")
    if m.group("mcs") or m.group("mcs2"):
        return f"MCS {year}", "USGS MCS"
    return f"IEA GCMO {year}", "IEA"


def _attribution(text: str, s: SentenceScan) -> tuple[str | None, str | None, str | None]:
    named = _edition_named(text, s) if ("summary" in s.words or "summaries" in s.words or "mcs" in s.words
                                        or "outlook" in s.words or "gcmo" in s.words) else None
    if named is not None:
        return ("USGS" if named[1] == "USGS MCS" else "IEA"), named[1], named[0]
    if s.words.isdisjoint(_W_ATTRIB):
        return None, None, None
    for m in _finditer_words(_ATTRIB, text, s.start, s.end, s.word_starts):
        g = m.lastgroup
        for key in ("usgs", "iea", "bgs", "smm"):
            if m.group(key):
                edition = f"MCS {m.group('mcsyear')}" if key == "usgs" and m.group("mcsyear") else None
                return key.upper(), _SERIES[key], edition
        if g == "other" or m.group("other"):
            return re.sub(r"\s+", " ", m.group("other")), None, None
    return None, None, None


#: words of what is dug from the ground: a made product (magnets, oxide) has none of them
_W_RAW_MATERIAL = _wordset("reserves reserve deposit deposits mined mining mine mines ore ores")


@cache
def _product_parent(slug: str) -> str | None:
    """The raw material of a made product (``commodities.csv`` kind ``product``: NdFeB magnets,
    NdPr oxide -> rare earths), or None for anything else."""
    with (Path(__file__).resolve().parents[1] / "data" / "commodities.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row.get("slug") == slug:
                return (row.get("parent") or None) if row.get("kind") == "product" else None
    return None


#: the umbrella term ("critical minerals", "critical raw materials"), and how far back (characters)
#: a sentence that names no commodity looks past it for the specific commodity its figures are of
_UMBRELLA_COMMODITY = "critical_minerals"
_UMBRELLA_REACH = 800


def _commodity_for(s: SentenceScan, pos: int, article: list[Mention]) -> str | None:
    near = _nearest(s.commodities, pos)
    if near:
        return near.value
    i = bisect.bisect_left(article, s.start, key=lambda m: m.start)  # mentions are in reading order
    if i:
        carried = article[i - 1].value
        if carried == _UMBRELLA_COMMODITY:
            # "... industries reliant on critical minerals. There were 110 Mt of deposits": a figure
            # is of one commodity, the one named last before the umbrella term, nearby
            j = i - 1
            while j >= 0 and article[j].value == _UMBRELLA_COMMODITY:
                j -= 1
            if j >= 0 and article[j].start >= s.start - _UMBRELLA_REACH:
                carried = article[j].value
        if not s.words.isdisjoint(_W_RAW_MATERIAL):
            # "Despite its massive reserves, Brazil produced only 20 t" after a sentence on magnets:
            # a made product has no reserves and is not mined, so the sentence is about its raw material
            return _product_parent(carried) or carried
        return carried
    # the article's opening sentence without a commodity: the first one named after it
    return article[i].value if i < len(article) else None


#: the words between a rank and the commodity its agent noun names: "fourth-largest producer of
#: rare earths", "No. 2 supplier of the world's cobalt"
_PRODUCER_OF_GAP = re.compile(
    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:producers?|miners?|suppliers?|exporters?|refiners?|processors?|holders?|sources?))?"
    r"\s+of\s+(?:the\s+)?(?:(?:world|globe)['\u2019]s\s+|global\s+|refined\s+|mined\s+)?$"
    # "is ranked second worldwide for rare earths", "ranks third globally in cobalt"
    r"|(?:\s+(?:worldwide|globally|internationally|in\s+the\s+world))?\s+(?:for|in)\s+(?:the\s+)?$", re.I)


def _commodity_after_rank(text: str, s: SentenceScan, end: int) -> str | None:
    """The commodity a rank's own agent noun names right after it ("the fourth-largest producer
    of rare earths"), which beats a nearer commodity of another clause before the rank
    ("second-largest producer of cobalt and the fourth-largest producer of rare earths")."""
    after = next((x for x in s.commodities if end <= x.start <= end + 45), None)
    if after is None or not _PRODUCER_OF_GAP.match(text[end:after.start]):
        return None
    return after.value


#: "Myanmar overtook Australia as the third-largest producer": the verb's object is the one passed
_OVERTAKE_VERB = re.compile(
    r"\b(?:overt[oa]ok\w*|overtaking|surpass\w*|outpac\w*|outstrip\w*|replac\w*|displac\w*|overhaul\w*"
    r"|leapfrog\w*|unseat\w*|dethron\w*|edg\w*\s+out|pass(?:ed|es|ing)?)\s+$", re.I)
_AS_THE_RANK = re.compile(r"\s*,?\s*(?:as|to\s+become)\s+(?:the\s+)?(?:(?:world|globe)['\u2019]s\s+)?$", re.I)


def _overtaker(text: str, s: SentenceScan, rank_start: int) -> str | None:
    """The subject of "A overtook B as the third-largest producer": the rank is A's, not the
    nearer B's (None when the rank does not follow such a clause)."""
    left = [c for c in s.countries if c.end <= rank_start and c.end > c.start]
    if len(left) < 2 or not _AS_THE_RANK.fullmatch(text, left[-1].end, rank_start):
        return None
    passed = left[-1]
    verb = _OVERTAKE_VERB.search(text, max(s.start, passed.start - 40), passed.start)
    if verb is None:
        return None
    subject = [c for c in left[:-1] if c.end <= verb.start() and c.value != passed.value]
    return subject[-1].value if subject else None


#: the word that opens a list of examples: "other countries such as Russia and Australia"
_EXAMPLES_OPEN = re.compile(r"\b(?:such\s+as|like|including)\s+$", re.I)
_EXAMPLE_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)$", re.I)


def _not_an_example(text: str, s: SentenceScan, rank_start: int, cty: str | None) -> str | None:
    """The ranked country when the one read is only an example in a list before the rank ("Indonesia
    surpassed other countries such as Russia and Australia to secure the second spot", "found in
    places like Australia, ..., the African nation holds the biggest reserve"): the country named
    before the list (or carried into the sentence), else ``cty`` unchanged."""
    left = [c for c in s.countries if c.end <= rank_start]
    named = [c for c in left if c.end > c.start]
    if not named or named[-1].value != cty:
        return cty
    # the run of names joined by commas / "and" that ends with the country read
    first = len(named) - 1
    while first > 0 and _EXAMPLE_JOIN.fullmatch(text, named[first - 1].end, named[first].start) is not None:
        first -= 1
    opener = _EXAMPLES_OPEN.search(text, max(s.start, named[first].start - 14), named[first].start)
    if opener is None:
        return cty
    before = [c for c in left if c.end <= opener.start() and c.value not in ("WLD", cty)
              and c not in named[first:]]
    return before[-1].value if before else cty


_RANK_AFTER_WORLD = re.compile(r"(?:['\u2019]s)?\s+(?:\w+[\s-]+)?(?:[\w-]*largest|biggest|top|leading|greatest|highest|supply\s+chain)", re.I)
_RANK_BEFORE_WORLD = re.compile(r"(?:spot|place|position|largest|biggest|ranks?|ranked|producers?|leader)\s+(?:in\s+)?(?:the\s+)?$", re.I)


#: "the world's largest producer", "the world's No. 2 miner", "the world's top cobalt company":
#: a superlative with an agent noun names one producer (country or company), never the world
_WORLD_AGENT = re.compile(
    r"(?:['\u2019]s)?\s+(?:(?:\w+[\s-]+)?(?:largest|biggest|top|leading|dominant|main|major|greatest|No\.?\s*\d)"
    r"|(?:second|third|fourth|fifth|\d(?:nd|rd|th))[\s-]+(?:largest|biggest))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:producer|miner|supplier|exporter|importer|refiner|processor|consumer|holder|company"
    r"|firm|group|country|nation)s?\b", re.I)


#: "11,000,000 t of worldwide reserves", "240,000 tonnes of the global output": a world
#: word that a figure right before it owns
_FIGURE_OF_WORLD_BEFORE = re.compile(r"\d[\d,.]*\s*(?:[A-Za-z]+\s+){0,3}?of\s+(?:the\s+)?$")


#: the joint of a following clause: ", while", ", whereas", ", but", "; "
_NEXT_CLAUSE = re.compile(r",\s*(?:while|whereas|but|although|though)\b|;", re.I)
#: a change verb right before an amount: "fell by 12,000 t", "rose some 3,400 tonnes", "was up 5 kt"
_AMOUNT_OF_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|increased|grew|grown|gained|jumped|climbed|fell|fallen|decreased|declined|dropped|shrank"
    r"|(?:was|were|is|are)\s+(?:up|down))\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over"
    r"|an\s+estimated|just|less\s+than)\s+)?$", re.I)
_W_AMOUNT_OF_CHANGE = frozenset({"rose", "risen", "increased", "grew", "grown", "gained", "jumped", "climbed", "fell",
                                 "fallen", "decreased", "declined", "dropped", "shrank", "up", "down"})
_MASS_UNITS_OF_CHANGE = frozenset({"t", "kt", "Mt", "kg"})


def _world_of_other_figure(text: str, s: SentenceScan, lo: int, hi: int, pos: int) -> bool:
    """Every world word of the clause belongs to another figure ("Of the 11 Mt of worldwide
    reserves, 6 Mt are in the DRC"): the figure at ``pos`` is a part of that total, the country
    named in its clause's."""
    seen = False
    for m in _WORLD.finditer(text, lo, hi):
        own = _FIGURE_OF_WORLD_BEFORE.search(text, max(lo, m.start() - 40), m.start())
        if own is None or own.start() <= pos < own.end():
            return False
        if not any(own.start() <= n.start < own.end() and n.start != pos for n in s.numbers):
            return False
        seen = True
    return seen


#: "a fraction of the world's", "a small part of global": the world is what a figure is set against
_PART_OF_WORLD_BEFORE = re.compile(r"\b(?:fraction|part|portion|sliver|tiny\s+share|small\s+share)\s+of\s+(?:the\s+)?$",
                                   re.I)


def _world_total(text: str, lo: int, hi: int, names_country: bool) -> bool:
    """Whether a clause speaks of a world total. In a sentence that names a country, "the
    world's largest", "the sixth spot in the world" or "the global supply chain" rank or
    describe that country and do not make its figure a world total."""
    for m in _WORLD.finditer(text, lo, hi):
        if _WORLD_AGENT.match(text, m.end(), min(hi, m.end() + 60)):
            continue  # "the world's leading producer exported 5,900 t": one producer, not the world
        if _PART_OF_WORLD_BEFORE.search(text, max(lo, m.start() - 30), m.start()):
            continue  # "30,000 t is only a fraction of the world's": the world is what it is set against
        if names_country and (_RANK_AFTER_WORLD.match(text, m.end(), min(hi, m.end() + 40))
                              or _RANK_BEFORE_WORLD.search(text, max(lo, m.start() - 30), m.start())):
            continue
        return True
    return False


#: "the African nation", "the Southeast Asian country", "the Central African country": an epithet
#: (capitalised adjectives before "country" or "nation") standing for a country named before


#: what may stand between a country and the verb it is the subject of ("Zimbabwe on Wednesday
#: suspended", "Beijing has also banned", "China last month imposed")
_FRESH_AGENT_GAP = re.compile(
    r"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|has|have|had|also|then|officially"
    r"|formally|abruptly|recently|suddenly|now|later|again|last\s+(?:week|month|year)|this\s+(?:week|month|year)"
    r"|on\s+\w+\s+\d{1,2}|in\s+\w+))*\s+"
    # sixteenth session: the verb that puts the measure noun in place ("The US has imposed export
    # controls on ...", "Japan introduced new restrictions"): the country is still its subject
    r"(?:(?:imposed|introduced|placed|slapped|adopted|unveiled|announced|increased|tightened|expanded|stepped\s+up)"
    r"(?:\s+(?:new|fresh|its\s+own|sweeping|additional|further|more|a\s+series\s+of|several|tighter|stricter))*"
    r"(?:\s+(?:export|import|trade|investment))?\s+)?")


#: a country that only says where a company is based ("Swiss miner Glencore", "China-based CMOC
#: Group", "Australian producer Lynas"): the company's home, not a party to the measure
_FRESH_FIRM_BASE = re.compile(
    r"(?:-(?:based|listed|headquartered|owned|controlled)\b|\s+(?:state-owned\s+|state\s+)?(?:mining\s+|metals\s+)?"
    r"(?:miners?|mining\s+(?:company|group|giant|firm)|compan(?:y|ies)|firms?|groups?|producers?\s+[A-Z]|giant"
    r"|conglomerate|refiner|smelter|trader)\b)")


_FRESH_SECTION = re.compile(r"\bSection\s+(\d{3})\b")


def _fresh_event_agent(text: str, s: SentenceScan, verb_at: int) -> str | None:
    """The country the sentence makes the subject of its measure verb ("Zimbabwe on
    Wednesday suspended exports ..."): the country named right before the verb."""
    # (a name read as an adjective, "US", is a subject before an auxiliary: "The US has imposed")
    before = [c for c in s.countries if c.end <= verb_at and (not c.possessive or _AUX_AFTER.match(text, c.end))]
    if before and _FRESH_AGENT_GAP.fullmatch(text, before[-1].end, verb_at):
        return before[-1].value
    # "Japan's restrictions on gallium were announced", "China's new export curbs took effect":
    # the owner of the measure is the one who imposed it
    owners = [c for c in s.countries if c.end <= verb_at and c.possessive and text[c.end - 2:c.end] in ("'s", "\u2019s")
              and _OWNED_MEASURE.match(text, c.end)]  # (a genitive, not an adjective: "after new US duties")
    return owners[-1].value if owners else None


_AUX_AFTER = re.compile(r"\s+(?:has|have|had)\s")
_OWNED_MEASURE = re.compile(
    r"\s+(?:(?:new|latest|own|recent|fresh|sweeping|tighter|expanded|broader|export|import|trade)\s+){0,3}"
    r"(?:restrictions?|controls?|curbs?|bans?|embargo(?:es)?|tariffs?|quotas?|licen[cs]ing\s+(?:rules?|regime|requirements?)"
    r"|duties|levies|sanctions)\b", re.I)


def names_one_producer(sentence: str) -> bool:
    """Whether the sentence speaks of one unnamed producer through the world ("the world's
    leading producer", "the world's No. 1 miner"): its figure is that producer's, never the
    world total."""
    return any(_WORLD_AGENT.match(sentence, m.end(), m.end() + 60) for m in _WORLD.finditer(sentence))


def _previous_edition_ref(text: str, n: Number, hs: int, lo: int, end: int) -> str | None:
    """ "previous" when the wording gives a figure as what an earlier edition reported."""
    if _PREV_EDITION_BEFORE.search(text, max(lo, hs - 60), hs) or _PREV_EDITION_AFTER.match(text, n.end, min(end, n.end + 60)):
        return "previous"
    if _PREV_ESTIMATED_BEFORE.search(text, max(lo, hs - 80), hs) and not _BOUND_YEAR.match(text, n.end, min(end, n.end + 30)):
        return "previous"
    return None


_MARKET_SHARE = re.compile(r"\b(?:market\s+)?share\s+(?:in|of)\b", re.I)
_IMPORTS_OF = re.compile(r"\s*of\s+(?P<pre>[^;%\d]{0,40}?)\bimport(?:s|ed)\b", re.I)
_FROM_PARTNER = re.compile(r"(?:[^.;%\d]|(?-i:(?<=[A-Z])\.)){0,40}?\bfrom\s+", re.I)  # "U.S." inside
_ITS = re.compile(r"\s*of\s+(?:its|their)\b", re.I)
#: (a bracket that only abbreviates the words before it, "Rare Earth Element (REE) mining", does not end the phrase)
#: a relative or consequence clause after a figure: ", which prompted", ", prompting", ", leading to"
_RELATIVE_AFTER = re.compile(
    r",\s*(?:(?:which|that)\s+(?:has\s+|have\s+|had\s+)?(?:prompted|led|forced|spurred|pushed|drove|driven|triggered"
    r"|caused|helped)|prompting|leading|forcing|spurring|pushing|driving|triggering|causing)\b", re.I)
_TAIL_STOP = re.compile(r"\d|[;:,]|\((?![A-Za-z][A-Za-z.-]{0,9}\))|\band\b|\bwhile\b|\bbut\b", re.I)


_FROM_FIGURE_YEAR = re.compile(
    r"\bfrom\s+(?:(?:about|around|some|nearly|roughly|an?\s+estimated)\s+)?\d[\d.,]*\s*" + _lx.alternation(_lx.SCALE_WORDS) + "?"
    r"\s*(?:metric\s+)?(?:tons?|tonnes?|t|MT|kt|Mt)?\b[^.;\d]{0,20}?\bin\s+(?P<y>(?:19[89]\d|20[0-3]\d))\b", re.I)
_COMBINED = re.compile(r"[^.;:()]{0,80}?\b(?:combined|put\s+together|together)\b", re.I)


def _combined_group(text: str, s: SentenceScan, pos: int, right: list[Mention]) -> list[str]:
    """"than the United States, Myanmar and Australia combined": every country listed before
    "combined" (empty when the comparison is with one country)."""
    m = _COMBINED.match(text, pos, s.end)
    if m is None:
        return []
    named = list(dict.fromkeys(c.value for c in right if c.start < m.end()))
    return named if len(named) > 1 else []


_AT_LEAST = re.compile(r"\b(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of)\s+$", re.I)
_SELF_COMPARE = re.compile(
    r"\b(?P<verb>produced|produces|produce|mined|mines|output|production)\s+(?:[\w-]+\s+){0,3}?(?P<op>more|less)\s+(?:[\w-]+\s+){0,4}?than\s+"
    r"(?:(?:its|their)\s+(?:own\s+)?|(?:the\s+)?(?:country|nation)['\u2019]s\s+)(?P<other>reserves?|production|output)\b", re.I)
_REST_OF_WORLD = re.compile(r"\bmore\s+(?:[\w-]+\s+){0,4}?than\s+the\s+rest\s+of\s+the\s+world\b", re.I)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|where)\b", re.I)


_FORECAST_NOUN = re.compile(r"forecast|projected", re.I)
#: "forecast was now at", "forecast is", "forecast stood at": the forecast's own figure follows
_FRESH_FORECAST_IS = re.compile(
    r"\s+(?:for\s+(?:the\s+year|\d{4})\s+)?(?:was|is|were|are|stood|stands|has\s+been|had\s+been)\s+"
    r"(?:now\s+|also\s+|still\s+)?(?:(?:set|put|pegged|raised|lowered|cut|revised)\s+)?(?:at|to)?\s*(?:between\s+)?",
    re.I)
#: a company's or country's guidance, forecast or target for the year, named in the sentence
_FRESH_GUIDANCE = re.compile(r"\b(?:guidance|forecast|outlook|target)\b", re.I)
#: "..., up from 184,000-194,000 tons previously": the earlier forecast the new one replaces
_FRESH_PREVIOUS_FORECAST = re.compile(
    r"\b(?:up|down|raised|lowered|cut|revised)\s+from\s+(?:between\s+)?$", re.I)
_FRESH_PREVIOUSLY_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:previously|earlier|before)\b", re.I)
_FRESH_USE_SHARE = re.compile(
    r"\s+(?:of|in)\s+(?:the\s+)?(?:(?:world['\u2019]s|worldwide|global|world|total|overall|annual)\s+)*"
    r"(?:[a-z]+\s+)?(?:use|usage|consumption|demand|end[- ]uses?|applications?)\b"
    # "around 20% of the world's antimony is used in solar glass": what the metal goes into
    r"|\s+of\s+(?:the\s+)?(?:(?:world['\u2019]s|worldwide|global|world|total)\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:is|was|are|were|gets|got)\s+(?:\w+\s+)?(?:used|consumed|turned|made|processed)\s+(?:in|into|for|to)\b", re.I)
#: a trade-remedy ruling: "a preliminary affirmative determination", "preliminarily backed a
#: petition ... anti-dumping", "the preliminary decision to impose a 132.83% tariff"
_FRESH_DETERMINATION = re.compile(
    r"\b(?:(?:preliminary|final)\s+(?:affirmative\s+|negative\s+)?(?:anti-?dumping\s+|countervailing\s+(?:duty\s+)?)?"
    r"(?:determinations?|decisions?|rulings?)|preliminarily\s+(?:backed|supported|found|determined|approved)"
    # an injury finding: "the Commission determined that imports of X do not injure the industry"
    r"|determined\s+that\b(?=[^.;]{0,160}?\binjur))\b", re.I)
_FRESH_TRADE_REMEDY = re.compile(r"\b(?:anti-?dumping|countervailing|dut(?:y|ies)|tariffs?|dumping|injur(?:e|es|ed|y|ing))\b", re.I)
_FRESH_FROM_COUNTRY = re.compile(
    r"\s+of\s+(?:(?!imports?\b|imported\b|purchases\b|its\b|their\b|[A-Z][a-z]+['\u2019]s\b)[^.;%]){1,60}?"
    r"\b(?:comes?|came|originates?|originated|is\s+sourced|are\s+sourced|was\s+sourced|were\s+sourced)\s+from\s+")
#: a possibility rather than a projection: "Africa could supply 10% by 2029"
_POSSIBLE = re.compile(r"\b(?:could|might|may)\b", re.I)
#: a forecaster named in the sentence: "according to X", "projections from X", "X estimates that"
_FORECASTER = re.compile(
    r"\b(?:according\s+to|projections?\s+(?:from|by)|forecasts?\s+(?:from|by)|estimates?\s+(?:from|by)|analysts?\s+at)"
    r"\s+(?:the\s+)?(?P<a>(?-i:[A-Z])[\w&.'\u2019-]*(?:\s+(?-i:[A-Z])[\w&.'\u2019-]*){0,4})"
    r"|(?P<b>(?-i:[A-Z])[\w&.'\u2019-]*(?:\s+(?-i:[A-Z])[\w&.'\u2019-]*){0,4})\s+(?:says|said|estimates|estimated|projects"
    r"|projected|forecasts|forecast|predicts|predicted|expects|indicates|believes)\b", re.I)
_IEA_NAME = re.compile(r"\b(?:IEA|International\s+Energy\s+Agency)\b")


def _third_party_forecast(text: str, s: SentenceScan, asp: re.Match[str], source: str | None) -> bool:
    """A projected share that is a third party's forecast or a mere possibility, not an outlook's
    projection the bundle can settle (README: third parties' forecasts are non-claims, rule 10):
    "could/might/may", a bundled source other than the IEA, or a forecaster the sentence names
    ("according to X", "X estimates") who is not the IEA."""
    if _POSSIBLE.fullmatch(asp.group(0).strip()) or _POSSIBLE.search(text, max(s.start, asp.start() - 12), asp.end()):
        return True
    if source is not None:
        return source != "IEA"
    for m in _FORECASTER.finditer(text, s.start, s.end):
        who = m.group("a") or m.group("b") or ""
        if who and not _IEA_NAME.search(who) and who.split()[0] not in ("It", "The", "This", "That", "China", "He", "She"):
            return True
    return False


_FRESH_PROJECTION_YEAR = re.compile(r"\b(?:by|in|for|until|through)\s+(?:the\s+year\s+)?(?P<y>20[2-5]\d)\b", re.I)
_FRESH_QUOTA_WORD = re.compile(r"\b(?:quotas?|caps?|capped|ceilings?|limits?)\b", re.I)
#: "quotas of", "annual quotas rising to", "limits will rise to", "capped ... at": the figure is the ceiling
_FRESH_QUOTA_BEFORE = re.compile(
    r"\b(?:quotas?|caps?|ceilings?|limits?)\b(?:\s+(?:will|would|of|at|to|set|fixed|rising|rise|raised|cut|lowered"
    r"|totall?ing|amounting|annually|each|per|year|a|an|the|be|is|are|was|were))*\s*$", re.I)
#: "may export up to", "to export up to", "ship up to": an allowed volume
_FRESH_EXPORT_UP_TO = re.compile(r"\b(?:export|exports|ship|sell)\s+up\s+to\s+$", re.I)
_FRESH_RESPECTIVELY = re.compile(r"[^.;]{0,25}?\brespectively\b", re.I)
#: "share of that", "of this total": a figure referring back to the sentence before
_FRESH_BACK_REF = re.compile(r"\bof\s+(?:that|this|the\s+total|this\s+total|it)\b", re.I)
_PAST_FIGURE_VERB = re.compile(
    r"\b(?:fell|rose|was|were|reached|totall?ed|dropped|declined|increased|grew|jumped|produced|mined|slumped"
    r"|stood|came\s+to|amounted\s+to)\b", re.I)
_MODAL = re.compile(_lx.bounded(_lx.MODALS, r"will|set\s+to|expected\s+to"), re.I)


def _forecast_names_source(text: str, asp: re.Match[str], pos: int) -> bool:
    """"Its latest forecast says mining dropped to 900 t last year": the forecast is
    where the figure comes from, and a past-tense verb after it states a past figure (still
    a claim). Modal wording ("could reach") stays a forecast."""
    if not _FORECAST_NOUN.fullmatch(asp.group(0)):
        return False
    between = text[asp.end():pos]
    if _FRESH_FORECAST_IS.fullmatch(between):
        return False  # "its production forecast was now at 200,000 t": the forecast's own value
    return _PAST_FIGURE_VERB.search(between) is not None and _MODAL.search(between) is None


_RANGE_HEAD = re.compile(r"\b(?:between|from)\s+(?:about\s+|some\s+|around\s+)?[$\d][\d.,]*\s*(?:[A-Za-z]+\s+){0,2}?and\s+$", re.I)


def _range_clause_start(text: str, s: SentenceScan, lo: int) -> int:
    """The start of the clause before ``lo`` when ``lo`` only follows the "and" of a range
    ("expects between 100,000 and 120,000 t": the upper end shares the range's clause)."""
    if lo <= s.start or not _RANGE_HEAD.search(text, max(s.start, lo - 50), lo):
        return lo
    return _clause_bounds(text, s, lo - 5)[0]


def _relative_clause_start(text: str, lo: int, pos: int) -> int:
    """Start of the relative clause (", which ...") a figure stands in, else ``lo``: "is
    expected to worsen shortages in the U.S., which imports 63% ..." forecasts the shortage,
    not the share."""
    ends = [m.end() for m in _RELATIVE_CLAUSE.finditer(text, lo, pos)]
    return ends[-1] if ends else lo


_SUPPLY = re.compile(r"\b(?:supply|supplies|market)\b", re.I)


def _its_is_world(text: str, s: SentenceScan, n: Number, other: re.Match[str]) -> bool:
    """ "of its/their" after a share whose sentence spoke of the world's total before it."""
    return _ITS.match(other.group(0)) is not None and _WORLD.search(text, s.start, n.start) is not None


#: the dash of a year range ("2024-2025", or with an en dash)
_YEAR_RANGE_DASH = re.compile("\\s*[-\u2013]\\s*")
#: a word of another stage between a refining word and the share ("mines", "extracts")
_OTHER_STAGE_WORD = re.compile(r"\b(?:mines?|mined|mining|extract\w*|dug|digs?)\b", re.I)


def _refines_before(text: str, s: SentenceScan, n: Number, lo: int) -> bool:
    """The share's clause says the stage before the figure: "China refines 90% of the world's
    output", "dominates the processing stage, controlling 90% of global output", "processing
    11-15% of global supply". The nearest measure word on the left (in the clause) is a
    refining one and no mining word stands between it and the figure; the generic "output" or
    "supply" after the figure then means refined output."""
    left = [m for m in s.measures if lo <= m.start < n.start]
    if not left or left[-1].value != "refining":
        return False
    return _OTHER_STAGE_WORD.search(text, left[-1].end, n.start) is None


def _tail_measure(text: str, s: SentenceScan, n: Number) -> tuple[str, str | None] | None:
    """The measure named in a share's own "of ..." phrase ("90% of processing", "60% of raw
    materials"), up to the next figure or conjunction: it beats the nearest measure word."""
    tail_end = min(s.end, n.end + 60)
    stop = _TAIL_STOP.search(text, n.end + 1, tail_end)
    found = [x for x in _MEASURE.finditer(text, n.end, stop.start() if stop else tail_end)
             if not _CAUSE_BEFORE.search(text, max(n.end, x.start() - 30), x.start())]  # (", due to low processing")
    cap = next((x for x in found if x.lastgroup == "cap"), None)
    if cap is not None:
        # "85% of global refining capacity": a capacity share, at the stage named with it
        return "capacity", ("refining" if any(x.lastgroup == "refine" for x in found) else None)
    m = found[0] if found else None
    if m is None:
        # "60% of the global magnet supply": the commodity's output, at whatever stage it has
        return ("production", None) if _SUPPLY.search(text, n.end, stop.start() if stop else tail_end) else None
    meas, stage = _measure_of(m)
    if meas == "production" and stage is None and _MINING_WORD.search(text, n.end, m.end()):
        stage = "mining"  # "of mine production", "of raw materials", "mined"
    return meas, stage


#: from the end of a share to a figure in brackets after it: "% of global output in 2022 ("
#: a world figure written right before its number: "out of a world total of", "global output of"
_WORLD_TOTAL_BEFORE = re.compile(
    r"\b(?:world(?:wide)?|global)\s+(?:total|(?:mine\s+)?production|output|reserves|supply)\s+"
    r"(?:of|at|was|is|stood\s+at|reached|totall?ed|came\s+to)\s+$", re.I)
_PAREN_AFTER_SHARE = re.compile(r"[^()%;.]{0,80}\(\s*")
_ORE_AFTER = re.compile(r"[\s-]+ores?\b", re.I)
#: "the largest lithium ore producer", "producer of nickel ore": the ore names who produces it, and
#: the share that follows is of mine output (README, eleventh batch: C2266), not of ore tonnage
_ORE_AGENT_AFTER = re.compile(r"[\s-]+ores?[\s-]+(?:producer|miner|supplier|exporter)s?\b", re.I)
_ORE_AGENT_BEFORE = re.compile(r"\b(?:producer|miner|supplier|exporter)s?\s+of\s+(?:the\s+)?$", re.I)
_APPOS_GAP = re.compile(r"(?:[\s-]+[a-z][\w-]*){0,3},\s*(?:the\s+)?")
def _ore_agent(text: str, m: Any) -> bool:
    """True when "<commodity> ore" names a producer ("lithium ore producer", "producer of nickel ore")."""
    return _ORE_AGENT_AFTER.match(text, m.end) is not None \
        or _ORE_AGENT_BEFORE.search(text, max(0, m.start - 30), m.start) is not None


_THE_BEFORE = re.compile(r"\bthe\s+(?:world['\u2019]s\s+|global\s+)?$", re.I)


def _apposed_country(text: str, s: SentenceScan, m: re.Match[str]) -> str | None:
    """The country set off by commas right after a definite rank phrase: "the second largest
    producer, Mozambique, mined 13%" ranks Mozambique, not the country named earlier."""
    if not _THE_BEFORE.search(text, max(s.start, m.start() - 20), m.start()):
        return None
    nxt = next((c for c in s.countries if c.start >= m.end() and c.end > c.start), None)
    if nxt is None or not _APPOS_GAP.fullmatch(text, m.end(), nxt.start):
        return None
    if not re.match(r"\s*[,)]", text[nxt.end:nxt.end + 3]):
        return None  # "the second largest producer, Australia the third": a list, not an apposition
    return nxt.value


_OF_THE_TOTAL = re.compile(r"\b(?:of|out\s+of)\s+(?:the|a\s+total\s+of)\s+$", re.I)
_W_WORLD = _wordset("world worldwide global globally planet")
_W_TOGETHER = _wordset("together combined jointly between collectively altogether")
_TOGETHER = re.compile(r"\b(?:together|combined|jointly|collectively|altogether|between\s+them)\b", re.I)
_MINING_WORD = re.compile(r"\b(?:mine|mined|mining|raw|extract\w*)\b", re.I)
_MAGNETS = re.compile(r"\bmagnets?\b", re.I)
#: goods made from the minerals, which the data hold no shares of: "of the world's battery production"
_END_PRODUCT = re.compile(r"\b(?:batter(?:y|ies)|cells|chips?|semiconductors?|solar\s+panels?|wind\s+turbines?|"
                          r"electric\s+vehicles?|EVs?|cars|smartphones?|steel|alloys?\s+production)\b"
                          r"(?![\s-]+(?:materials?|metals?|minerals?|grade|raw|supply\s+chain))", re.I)
#: "rare earth permanent magnets", "rare-earth magnet output": magnets as what is made (not "magnet rare earths")
_MAGNET_HEAD = re.compile(r"\b(?:rare[\s-]earths?|REEs?)(?:[\s-]+(?:permanent|NdFeB|neodymium|sintered|bonded))?[\s-]+"
                          r"magnets?\b(?![\s-]+(?:rare|REEs?\b|metals?\b|materials?\b|feed|elements?\b|minerals?\b))",
                          re.I)


#: "rare earths used for permanent magnets", "the rare earths needed to make magnets": the magnet rare earths
_REE_FOR_MAGNETS = re.compile(
    r"\b(?:rare[\s-]earths?|REEs?)(?:[\s-]+elements?)?\s*[,\u2014\u2013]?\s*(?:that\s+are\s+|which\s+are\s+)?"
    r"(?:used|needed|required|essential|vital|critical|key)\s+(?:in|for|to\s+(?:make|build|produce|manufacture))\s+"
    r"(?:[\w-]+\s+){0,3}?magnets?\b", re.I)


def _share_commodity(text: str, s: SentenceScan, n: Number, commodity: str | None, pats: Patterns) -> str | None:
    """The commodity of a share's own "of ..." phrase: a commodity named there, or magnets
    ("94% of magnet production") when the sentence is about rare earths."""
    stop = _TAIL_STOP.search(text, n.end + 1, min(s.end, n.end + 60))
    end = stop.start() if stop else min(s.end, n.end + 60)
    named = _commodity_in(s, n.end, end)
    if named in ("rare_earths", "magnet_rees") and "ndfeb_magnets" in pats.commodity_names \
            and _MAGNET_HEAD.search(text, n.end, end):
        return "ndfeb_magnets"  # "92% of global rare earth permanent magnets": the magnets are the head noun
    if named == "rare_earths" and "magnet_rees" in pats.commodity_names and _REE_FOR_MAGNETS.search(text, n.end, end):
        # nineteenth session: "100% of the rare earths used for permanent magnets are refined in China",
        # "90% of rare earths used for magnets": the rare earths that go into magnets are the magnet rare
        # earths (IEA's series), not all rare earths (README rule 6; C2047, C10505, C10507)
        return "magnet_rees"
    if named:
        return named
    if _END_PRODUCT.search(text, n.end, end):
        return None  # "90% of the world's battery production": a made good the data hold no series of
    if commodity in ("rare_earths", "magnet_rees") and "ndfeb_magnets" in pats.commodity_names \
            and _MAGNETS.search(text, n.end, end):
        return "ndfeb_magnets"
    return commodity


def _is_supply_share(text: str, s: SentenceScan, n: Number) -> bool:
    """A share's own "of ..." phrase speaks of supply ("of global palladium supply") and
    names no mining ("of mine supply")."""
    stop = _TAIL_STOP.search(text, n.end + 1, min(s.end, n.end + 60))
    end = stop.start() if stop else min(s.end, n.end + 60)
    return _SUPPLY_NOUN.search(text, n.end, end) is not None and _MINING_WORD.search(text, n.end, end) is None


_SUPPLY_NOUN = re.compile(r"\bsupply\b", re.I)
#: nouns of a commodity's total output that name no stage: "supply" (labelling rule 13)
#: and the making of it ("lithium manufacturing rose", a spun word for production)
_SUPPLY_AS_OUTPUT = re.compile(r"\b(?:supply|supplies|manufacturing)\b(?!\s+(?:chains?|deals?|agreements?|contracts?|"
                               r"risks?|security|shortages?|sectors?|industr\w*|capacity|plants?|facilit\w*|base)\b)",
                               re.I)
_W_SUPPLY_AS_OUTPUT = frozenset({"supply", "supplies", "manufacturing"})
#: a verb of supplying or dominating right before a share ("supplying over 70% of", "dominating more than 90 percent of")
_SUPPLY_VERB_BEFORE = re.compile(r"\b(?:supply|supplies|supplying|supplied|dominat(?:es|ed|ing|e))\s+"
                                 r"(?:(?:some|about|around|roughly|nearly|almost|over|more|than|up|to|just|an|estimated)\s+){0,3}$",
                                 re.I)


def _supply_as_output(text: str, s: SentenceScan) -> list[Mention]:
    """Production mentions for the output nouns of :data:`_SUPPLY_AS_OUTPUT` in a sentence."""
    return [Mention(m.start(), m.end(), "production", "") for m in _SUPPLY_AS_OUTPUT.finditer(text, s.start, s.end)]


def _magnets_in_tail(text: str, s: SentenceScan, n: Number) -> bool:
    """Whether a share's own "of ..." phrase names magnets ("90% of magnet processing")."""
    stop = _TAIL_STOP.search(text, n.end + 1, min(s.end, n.end + 60))
    return _MAGNETS.search(text, n.end, stop.start() if stop else min(s.end, n.end + 60)) is not None


def _share_stages(text: str, share_word: re.Match[str], n: Number) -> list[tuple[str, str | None]]:
    """ "market share in mining and refining is 70%": one share per stage named between the
    share word and the figure, when more than one production stage is named."""
    found: list[tuple[str, str | None]] = []
    for m in _MEASURE.finditer(text, share_word.end(), n.start):
        meas, stage = _measure_of(m)
        if meas == "production":
            item = (meas, stage or "mining")
            if item not in found:
                found.append(item)
    return found if len(found) > 1 else []


#: "of the rare earth magnets shipped to", "of the cobalt sold into": a share of what one buyer received
_SHIPPED_TO = re.compile(r"\s*of\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+){0,4}?(?:shipped|sold|exported|sent|delivered"
                         r"|supplied|imported)\s+(?:to|into)\s+(?:the\s+)?", re.I)
_OF_THE = re.compile(r"\s*of\s+(?:the\s+)?", re.I)
_POSSESSIVE_END = re.compile(r"['\u2019]s?(?:\s|$)|\bU\.S\.(?:\s|$)")
#: "... come from", "... are sourced from", "... were imported from": where the buyer's supply came from
_CAME_FROM = re.compile(r"(?:['\u2019]s?)?\s+(?:[\w-]+\s+){0,5}?(?:comes?|came|originates?|originated|(?:is|are|was|were)\s+"
                        r"(?:sourced|imported|bought|purchased|supplied|shipped))\s+from\s+(?:the\s+)?", re.I)
#: "'s share of (the) ... imports", "'s share in ... imports": the partner before, the buyer inside
_SHARE_OF_BEFORE = re.compile(r"(?:['\u2019]s?)?\s+share\s+(?:of|in)\s+(?:the\s+)?", re.I)
_IMPORTS_WORD = re.compile(r"\bimport(?:s|ed)\b", re.I)


def _share_of_country(text: str, s: SentenceScan, n: Number, named: list[Mention]) -> tuple[str, str, bool] | None:
    """(buyer, partner, of imports) of "A's share of B's (rare earth) imports / output ... N%",
    the percentage after the phrase: A's part of a total of country B, never of the world's.
    None when the sentence has no such phrase."""
    if "share" not in s.words:
        return None
    lo = max(s.start, n.start - 120)
    for c in named:
        if not lo <= c.end < n.start:
            continue
        m = _SHARE_OF_BEFORE.match(text, c.end, n.start)
        if m is None:
            continue
        buyer = next((b for b in named if m.end() <= b.start < m.end() + 4 and b.value != c.value), None)
        if buyer is None or "%" in text[m.end():n.start] or _WORLD.search(text, m.end(), n.start):
            continue
        imp = _IMPORTS_WORD.search(text, m.end(), n.start)
        return buyer.value, c.value, imp is not None and imp.start() - buyer.end <= 40
    return None


def _import_share(text: str, s: SentenceScan, n: Number, prev_buyer: str | None) -> tuple[str, str | None] | None:
    """(buyer, partner) of a share of a country's imports ("China supplied 70% of U.S. imports",
    "the U.S., which sources 63% of its antimony imports from China"); a later share in the
    same list keeps the buyer ("..., 55% of antimony imports, and 70% of rare earths")."""
    m = _IMPORTS_OF.match(text, n.end, min(s.end, n.end + 60))
    named = [c for c in s.countries if c.end > c.start]
    if m is None:
        before = _share_of_country(text, s, n, named)
        if before is not None and before[2]:
            return before[0], before[1]  # "China's share of US rare earth imports was 70%"
        of_buyer = _OF_THE.match(text, n.end, min(s.end, n.end + 12))
        if of_buyer is not None:
            # "About 60% of India's rare earth magnets come from China": China's share of India's imports
            buyer_m = next((c for c in named if c.start == of_buyer.end()), None)
            came = _CAME_FROM.match(text, buyer_m.end, min(s.end, buyer_m.end + 80)) if buyer_m is not None else None
            partner_m = next((c for c in named if came is not None and c.start == came.end()), None)
            if buyer_m is not None and partner_m is not None and partner_m.value != buyer_m.value \
                    and _POSSESSIVE_END.search(text, buyer_m.start, buyer_m.end + 2):
                return buyer_m.value, partner_m.value
        shipped = _SHIPPED_TO.match(text, n.end, min(s.end, n.end + 80))
        if shipped is not None:
            # "China accounted for 85% of the magnets shipped to Vietnam": the buyer's imports
            dest = [c for c in named if c.start == shipped.end()]
            left = [c for c in named if c.start < n.start and (not dest or c.value != dest[0].value)]
            if dest and left:
                return dest[0].value, left[-1].value
    buyer = None
    if m is not None:
        inside = [c for c in named if n.end <= c.start < m.end()]
        into = _INTO_BUYER.match(text, m.end(), min(s.end, m.end() + 20))
        if not inside and into is not None:
            # "70% of rare earth imports in the United States": the buyer after "imports"
            inside = [c for c in named if c.start == into.end()]
        if inside:
            buyer = inside[0].value
        elif re.search(r"\b(?:its|their)\b", m.group("pre"), re.I):
            left = [c for c in named if c.start < n.start]
            buyer = left[-1].value if left else None
            if len(left) >= 2 and relied_on(text, left[-1].start):
                # "the US relied on China for 70% of its imports": "its" is the one relying
                buyer = next((c.value for c in reversed(left[:-1]) if c.value != left[-1].value), buyer)
        else:
            buyer = prev_buyer
            left = [c for c in named if c.start < n.start]
            if buyer is None and not m.group("pre").strip() and len(left) >= 2 and left[0].value != left[-1].value:
                # "The U.S. was almost entirely dependent on imports, with China representing
                # about 70% of imports": bare "imports" are those of the sentence's subject
                buyer = left[0].value
        if buyer is None:
            return None
    elif prev_buyer is not None and re.match(r"\s*of\b", text[n.end:n.end + 5]):
        buyer = prev_buyer
    else:
        return None
    end = m.end() if m else n.end
    fm = _FROM_PARTNER.match(text, end, min(s.end, end + 50))
    if fm:
        after = [c for c in named if c.start >= fm.end()]
        if after:
            return buyer, after[0].value
    left = [c for c in named if c.start < n.start and c.value != buyer]
    return buyer, (left[-1].value if left else None)


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _respectively(sent: str, s: SentenceScan, mass_units: set[str], text: str | None = None) -> dict[int, str]:
    """ "A and B ... 13.1% and 7.4% ..., respectively": the i-th figure of a kind (shares,
    tonnages) belongs to the i-th country named, when there are as many of each."""
    if "respectively" not in s.words or not _RESPECTIVELY.search(sent):
        return {}
    named = list(dict.fromkeys(c.value for c in s.countries if c.end > c.start))
    out: dict[int, str] = {}
    has_mass = any(n.unit in mass_units for n in s.numbers)
    tonnages = [n for n in s.numbers if n.unit in mass_units
                or (has_mass and n.unit is None and n.value >= 100 and not n.per and not n.currency)]
    for group in ([n for n in s.numbers if n.unit == "percent"], tonnages):
        if len(named) >= 2 and len(group) == len(named):
            out.update({n.start: cty for n, cty in zip(group, named, strict=True)})
        elif text is not None and len(group) >= 2 and (listed := _respective_list(text, s, group)):
            out.update({n.start: cty for n, cty in zip(group, listed, strict=True)})
    return out


#: what joins the names of a list: "the U.S. and Myanmar", "Chile, Peru and China"
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?", re.I)


def _respective_list(text: str, s: SentenceScan, group: list[Number]) -> list[str]:
    """(twenty-fifth session) "China leads the world, while the U.S. and Myanmar hold 12% and 8% of
    global output respectively": when the sentence names more countries than it gives figures, the
    figures go, in order, to the list of as many countries joined right before the first of them
    (names joined by commas or "and", with no figure between the list and the figures); [] when
    there is no such list."""
    k = len(group)
    first = group[0].start
    before = [c for c in s.countries if c.end > c.start and c.end <= first]
    if len(before) < k:
        return []
    listed = before[-k:]
    for a, b in zip(listed, listed[1:], strict=False):  # noqa: RUF007 (mention spans are article offsets)
        if not _LIST_JOIN.fullmatch(text, a.end, b.start):
            return []
    if len(before) > k and _LIST_JOIN.fullmatch(text, before[-k - 1].end, listed[0].start):
        return []  # the list is longer than the figures: no one-to-one pairing
    if any(listed[-1].end <= n.start < first for n in s.numbers):
        return []
    values = [c.value for c in listed]
    return values if len(set(values)) == k else []


def _commodity_in(s: SentenceScan, a: int, b: int) -> str | None:
    """The first commodity named between two positions of the sentence."""
    return next((c.value for c in s.commodities if a <= c.start < b), None)


_REPUBLIC_OF = re.compile(r"Republic\s+of\s+(?:the\s+)?$", re.I)


def _bare_congo(text: str, start: int, end: int) -> bool:
    """ "Congo" on its own (not "Republic of the Congo", "Congo-Brazzaville")."""
    name = text[start:end].rstrip("'\u2019s")
    return name == "Congo" and not _REPUBLIC_OF.search(text, max(0, start - 20), start)


#: a rank noun of a producing country (not a company, firm or group): "largest rare earth magnet supplier"
_UNNAMED_WORLD_LEADER = re.compile(r"\b(?:producer|supplier|miner|exporter|refiner|processor)s?\s*$", re.I)
#: a capitalised word and a comma right before the rank phrase: an apposition to a name no
#: country reader knows ("Kinshasa, the world's biggest producer") or an opening adverb ("Earlier, the ...")
_NAME_BEFORE_APPOSITION = re.compile(r"\b[A-Z][\w'\u2019.-]*\s*,\s*$")
#: "the world's" right before (or at the start of) the rank phrase
_WORLD_BEFORE_RANK = re.compile(r"\b(?:world|globe|planet)['\u2019]s\b", re.I)


def _neighbour_country(s: SentenceScan, countries: list[Mention]) -> str | None:
    """The country named last before the sentence, else the first named after it."""
    before = [c for c in countries if c.start < s.start]
    if before:
        return before[-1].value
    after = [c for c in countries if c.start >= s.end]
    return after[0].value if after else None


def _year_dates_other_figure(text: str, s: SentenceScan, out: list[Claim], year: int, measure: str | None) -> bool:
    """True when every mention of ``year`` in the sentence is written right after another figure
    that it dates and that is not a level of the rank's measure: a change ("output rose 152% in
    2023"), a figure no claim was made of (a quota, a forecast: "to raise its quota to 270,000 t in
    2024") or a figure of another measure. Such a year dates that figure, not a rank of the same
    sentence, which then speaks in the present tense (README rule 2)."""
    mentions = [y for y in s.years if int(y.value) == year]
    if not mentions:
        return False
    bound = _bound_years(text, s)
    for y in mentions:
        npos = bound.get(y.start)
        if npos is None:
            return False
        owner = next((c for c in out if c.span[0] <= npos < c.span[1] or c.span[0] <= npos + 1 < c.span[1]), None)
        if owner is not None and owner.kind in ("quantity", "share") and (measure is None or owner.measure == measure):
            return False
    return True


def _bound_years(text: str, s: SentenceScan) -> dict[int, int]:
    """Years written right after a figure with a unit ("1,200 t in 2022"): year start ->
    the figure's start."""
    out: dict[int, int] = {}
    for n in s.numbers:
        if n.unit is None:
            continue
        m = _BOUND_YEAR.match(text, n.end, min(s.end, n.end + 30))
        if m:
            out[m.start("y")] = n.start
    return out


_LIST_ITEM = re.compile(r"\s*[A-Z][\w.'\u2019()&-]*(?:\s+[\w.'\u2019()&-]+){0,5}\s*:\s*(?:US)?[$\u20ac\u00a3]?\d")


_TOTAL_OF = re.compile(r"\b(?:total|global|world(?:['\u2019]s)?|worldwide)\s+(?:(?:mine|mined|annual)\s+)?"
                       r"(?:output|production|supply)\s+(?:of|at)\s+$", re.I)


#: the whole after a part: "produced 1.8 Mt of a global 3.5 Mt", "40,000 t, out of a total of
#: 83,000 t", "1.6 Mt of 3.3 Mt" (a figure right before, then "of"/"out of" and the total)
_WHOLE_AFTER_PART = re.compile(
    r"\d[\d,.]*\s*(?:million\s+|thousand\s+)?(?:metric\s+)?(?:t|kt|Mt|tonnes?|tons?|kg|MT)\b(?:\s+in\s+\d{4})?,?\s+(?:out\s+)?of\s+"
    r"(?:(?:an?|the)\s+)?(?:(?:global|world(?:wide)?|world['\u2019]s|total|combined|overall|estimated)\s+)*(?:of\s+)?$")
#: a figure set beside "the world's output" by a comma: "... of global refinery production,
#: estimated at 140 t", "... of world supply in 2023, which totalled 230,000 t"
#: "a (small) fraction of the world's reserves, estimated at 30,000 t": the figure is the part's
_PART_BEFORE_OF = re.compile(r"\b(?:fraction|part|portion|sliver)\s+$", re.I)
_WORLD_APPOSED = re.compile(
    r"\bof\s+(?:the\s+)?(?:world['\u2019]s|global|worldwide|world|total\s+world)\s+(?:[\w-]+\s+){0,3}?"
    r"[\w-]+(?:\s+(?:in|for)\s+\d{4})?\s*,\s*"
    r"(?:(?:which|that)\s+(?:was|is|were|are)\s+)?(?:(?:estimated|put|pegged|calculated|reckoned)\s+at|totall?(?:ing|ed)"
    r"|amounting\s+to|which\s+totall?ed|or|of|at)\s+(?:(?:about|around|roughly|some|nearly|almost|approximately)\s+)?$",
    re.I)


#: a figure said of each country of a list, not of the list together
_W_EACH_OF = _wordset("each both apiece every respectively")
_TONNAGE_LIST_JOIN = re.compile(r"\s*(?:[A-Za-z]+\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:about\s+|around\s+|some\s+)?")


def _one_country_list(text: str, s: SentenceScan) -> bool:
    """The sentence names its countries as one list only ("output in Indonesia and Congo rose
    23%"), with no word giving the figure to each: a change of the list together."""
    named = [c for c in s.countries if c.end > c.start]
    if len({c.value for c in named}) < 2 or len({c.value for c in named}) != len(named) \
            or not s.words.isdisjoint(_W_EACH_OF):
        return False
    return all(_COUNTRY_LIST_JOIN.fullmatch(text, a.end, b.start) is not None for a, b in pairwise(named))


def _coordinated_figures(text: str, s: SentenceScan, mass_units: set[str]) -> dict[int, str | None]:
    """Countries named as one list ("China and Australia", "Chile, Peru and Mexico") before
    every tonnage of the sentence: as many tonnages listed together go to them in order
    (a "respectively" left unsaid); a single tonnage is the list's together, no one country's."""
    named = [c for c in s.countries if c.end > c.start]
    if len({c.value for c in named}) < 2 or len({c.value for c in named}) != len(named) \
            or not s.words.isdisjoint(_W_EACH_OF):
        return {}  # "Cuba and the Philippines both produce 3,800 t": the figure is each one's
    if any(_COUNTRY_LIST_JOIN.fullmatch(text, a.end, b.start) is None for a, b in pairwise(named)):
        return {}
    figs = [n for n in s.numbers if n.unit in mass_units and n.start > named[-1].end]
    if len(figs) != len([n for n in s.numbers if n.unit in mass_units]):
        return {}
    if len(figs) == 1:
        return {figs[0].start: None}
    if len(figs) == len(named) and all(_TONNAGE_LIST_JOIN.fullmatch(text, a.end, b.start) for a, b in pairwise(figs)):
        return {n.start: c.value for n, c in zip(figs, named, strict=True)}
    return {}


#: "each", "both" between a list of countries and the figure they each hold
_EACH_BETWEEN = re.compile(r"\s*(?:each|both)\b(?:\s+[a-z]+){0,2}\s+(?:of\s+)?(?:about\s+|around\s+|some\s+|roughly\s+)?$", re.I)


def _each_countries(text: str, s: SentenceScan, n: Number, cty: str) -> list[str]:
    """The other countries of a list right before "each"/"both" and the figure ("Indonesia and
    Cuba each possess 500,000 t", "Cuba and the Philippines both produce 3,800 t")."""
    named = [c for c in s.countries if c.end > c.start and c.end <= n.start]
    if len(named) < 2 or named[-1].value != cty or not _EACH_BETWEEN.search(text, named[-1].end, n.start):
        return []
    group = [named[-1]]
    for a in reversed(named[:-1]):
        if _COUNTRY_LIST_JOIN.fullmatch(text, a.end, group[0].start) is None:
            break
        group.insert(0, a)
    return [c.value for c in group[:-1] if c.value != cty]


_COUNTRY_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)(?:the\s+)?")


def _listed_countries_after(text: str, s: SentenceScan, n: Number, lo: int, hi: int) -> bool:
    """The figure's clause names no country before it and a list of two or more after it
    ("10 t, produced by Japan, Russia and South Korea"): the figure is the list's together."""
    if any(lo <= c.start < n.start and c.end > c.start for c in s.countries) or not s.words.isdisjoint(_W_EACH_OF):
        return False
    after = [c for c in s.countries if n.end <= c.start < s.end and c.end > c.start]
    if len({c.value for c in after}) < 2 or after[0].start >= hi:
        return False
    first, second = after[0], after[1]
    return _COUNTRY_LIST_JOIN.fullmatch(text, first.end, second.start) is not None


def _world_total_of(text: str, s: SentenceScan, hs: int) -> bool:
    """ "... of the total output of 81,000 t" with no country named inside the phrase: the
    figure is the world total ("China's total output of" stays China's)."""
    m = _TOTAL_OF.search(text, max(s.start, hs - 45), hs)
    if m is None:
        return False
    return not any(m.start() - 12 <= c.start < hs and c.end > c.start for c in s.countries)


_FIGURE_BEFORE = re.compile(r"\d[\d,.]*\s*(?:%|per\s*cent|[A-Za-z]+)?(?:\s+[A-Za-z]+){0,3}\s+$")


def _relative_year_elsewhere(text: str, s: SentenceScan, pos: int) -> bool:
    """ "this year" / "last year" right after another figure dates that figure ("from 227
    million tonnes this year"), not a rank or figure elsewhere in the sentence."""
    m = _RELATIVE.search(text, s.start, s.end)
    if m is None:
        return False
    fig = _FIGURE_BEFORE.search(text, max(s.start, m.start() - 40), m.start())
    return fig is not None and not fig.start() - 2 <= pos <= m.start()


_COUNTED_GROUP = re.compile(r"\b(?P<k>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?:\w+\s+){0,2}"
                            r"(?:countries|nations|producers|states|economies)\b", re.I)
#: a counted group named by its place: "the top five countries", "the five largest producers"
_TOP_GROUP = re.compile(r"\b(?:top|largest|biggest|leading|main|major)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+)?"
                        r"(?:\w+\s+)?(?:countries|nations|producers|producing)\b", re.I)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


_COUNT_BEFORE = re.compile(r"\b(?P<k>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+$", re.I)


def _counted_group(text: str, s: SentenceScan, pos: int) -> int | None:
    """ "three nations (made up) 88%", "the top five countries account for 90%": the share
    belongs to a counted group of countries; the count, when the group comes before it."""
    found = list(_COUNTED_GROUP.finditer(text, s.start, pos))
    m = found[-1] if found else None
    if m is None:
        return None
    # "three countries, Australia, Chile and China, accounted for 88%": the listed names do not count
    listed = sum(c.end - c.start for c in s.countries if m.end() <= c.start and c.end <= pos)
    if pos - m.end() - listed > 40:
        return None
    k = m.group("k").lower()
    return int(k) if k.isdigit() else _COUNT_WORDS[k]


_HEADING_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _heading_year(text: str, s: SentenceScan, current: int | None) -> int | None:
    """The year a list's lines take: a line ending in a colon that names one year
    ("2024 production data from the USGS:") heads the "Name: figure" lines after it, until
    a line that is neither."""
    if text.find(":", s.start, s.end) < 0:
        return None  # neither a "Name: figure" line nor a heading ending in a colon
    line = text[s.start:s.end].strip()
    if _name_figure_line(text, s):
        return current
    if line.endswith(":"):
        named = _report_years(text, s.start, s.end)  # "the 2025 Mineral Commodity Summaries": a report's year
        years = {m.group(0) for m in _HEADING_YEAR.finditer(text, s.start, s.end) if m.start() not in named}
        return int(years.pop()) if len(years) == 1 else None
    return None


def _name_figure_line(text: str, s: SentenceScan) -> bool:
    """A line of a list of figures, "Name: figure" ("Myanmar: 31,000 tons (8%)")."""
    return text.find(":", s.start, s.end) >= 0 and _LIST_ITEM.match(text, s.start, s.end) is not None


def _world_heading(text: str, s: SentenceScan, lo: int) -> bool:
    """ "Global rare earth mine production: 390,000 t": a label naming the world before a
    colon heads the figure that follows it."""
    head = text[s.start:lo].rstrip()
    return head.endswith(":") and _world_total(text, s.start, lo, False)


def _clause_bounds(text: str, s: SentenceScan, pos: int) -> tuple[int, int]:
    if s.clauses is None:
        s.clauses = [(m.start(), m.end()) for m in _CLAUSE.finditer(text, s.start, s.end)]
    lo, hi = s.start, s.end
    for a, b in s.clauses:
        if b <= pos:
            lo = b
        elif a >= pos:
            hi = a
            break
    return lo, hi


_FLOW_MEASURES = frozenset({"production", "exports", "imports", "consumption", "shipments"})
_MONTH_NAMES = _FULL_MONTHS + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
#: a part of a year: "in the first half", "H1", "in the first seven months", "in June", "last
#: month", "January-July", "year to date", "per month"
_PART_OF_YEAR = re.compile(
    r"\b(?:(?:the\s+)?(?:first|second|third|fourth|last|final|past)\s+(?:half|quarter|(?:(?:two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|\d{1,2})\s+)?months?)|[HQ][1-4]|(?:last|this|per|a|each|every)\s+month|monthly"
    rf"|year[\s-]to[\s-]date|(?:{_MONTH_NAMES})\.?\s*(?:-|\u2013|to|through)\s*(?:{_MONTH_NAMES})\b"
    rf"|(?:in|during|for)\s+(?:{_MONTH_NAMES})\b\.?(?!\s+\d{{1,2}}\b))", re.I)


_SAID = re.compile(r"\b(?:said|says|reported|reports|showed|shows|according|published|released|announced|estimated)\b", re.I)
_PART_OF_YEAR, _SAID = _lead(_PART_OF_YEAR), _lead(_SAID)  # tried only where a match can start


#: a verb of publication just before a month: the month dates a report, not the figure
_MONTH_OF_RELEASE = re.compile(r"\b(?:published|released|issued|updated|came\s+out|was\s+out)\s+$", re.I)


def _part_of_year(text: str, lo: int, hi: int, a: int, b: int) -> str | None:
    """The part of a year a flow figure covers, when its clause says so near the figure
    ("exported 7,700 t in June", "30,000 t over the first half of the year"): annual data
    cannot settle a monthly or half-year figure."""
    for m in _PART_OF_YEAR.finditer(text, max(lo, a - 70), min(hi, b + 70)):
        if m.start() >= b and _SAID.search(text, b, m.start()):
            continue  # "270,000 t in 2024, the USGS said in January": the month dates the saying
        if _MONTH_OF_RELEASE.search(text, max(lo, m.start() - 30), m.start()):
            continue  # "data published in January 2024 by the USGS": the month dates the report
        return re.sub(r"\s+", " ", m.group(0)).rstrip(".")
    return None


#: what comes before an event verb that is no policy event: the release of statistics
#: ("customs data released on Thursday", "records began in 2012"), a future or possible
#: release ("a fuller breakdown will be released on July 20") or a negation ("not restricted")
_DATA_SUBJECT = re.compile(
    r"\b(?:data|figures|statistics|numbers|breakdown|details|records|readings)(?:\s+(?:on|for|of|about)(?:\s+[\w-]+){1,4}?)?"
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been"
    r"|will\s+(?:also\s+)?be|to\s+be|being)\s+)?(?:(?:first|also|only|officially|just)\s+)?$", re.I)
_NOT_YET = re.compile(r"\b(?:(?:will|would|shall|to|could|may|might|should)\s+(?:also\s+|not\s+|then\s+|only\s+)?be"
                      r"|not|never|n['\u2019]t)\s+(?:be(?:en)?\s+)?$", re.I)
_RELEASE_VERB = re.compile(r"released|posted|issued|began|begun|published", re.I)


#: markets and company results: share prices, revenue, profit (non-claims by rule 10 of the
#: evaluation set); before a change verb, or as the object of "posted"/"reported"
_FINANCIAL_CORE = (r"\b(?:shares|stocks?|share\s+price|stock\s+price|revenues?|profits?|(?:net\s+)?loss|earnings|income|EBITDA"
                   r"|market\s+(?:value|cap(?:itali[sz]ation)?)|valuation|dividends?|bonds?|yields?|turnover)\b")
_FINANCIAL = re.compile(
    r"(?:\s+(?:a|an|its|their|the)?\s*(?:record|net|first|second|third|fourth|quarterly|annual|half[\s-]year(?:ly)?|full[\s-]year"
    r"|\s)*)?" + _FINANCIAL_CORE, re.I)
#: ``_FINANCIAL`` without its optional opening, to tell whether a sentence holds a match: a text holds
#: a match of one where it holds one of the other (a match of ``_FINANCIAL`` ends with one of this, and
#: this is one of ``_FINANCIAL`` with the opening left out); it starts at a word (:func:`_finditer_sentence`)
_FINANCIAL_WORD = _lead(re.compile(_FINANCIAL_CORE, re.I))


_WILL_BEFORE = re.compile(r"\b(?:will|would|shall|to)\s+(?:be\s+|have\s+(?:been\s+)?)?$", re.I)
_PRIOR_CONTROLS = re.compile(r"\b(?:existing|earlier|previous|prior|original|current|initial)\s+(?:export\s+)?$", re.I)


_ADDED_COUNT = re.compile(
    r"\b(?:to|(?:to\s+)?(?:include|add|cover)\w*)\s+(?:another\s+)?(?P<count>\d+|" + "|".join(_WORDNUM)
    + r")\s+(?:additional|more|new|further|other)\b", re.I)


#: "began to eat into its lead", "began producing in 2017": a start verb whose object is an
#: activity, not a measure ("began to restrict exports" stays an event)
_BEGAN_NON_POLICY = re.compile(
    r"\s+(?:to\s+(?!(?:restrict|impose|require|ban|curb|control|enforce|halt|suspend|limit|tighten|implement|apply"
    r"|block|prohibit|licen[cs]e|issue|levy|charge|stop|cut|reduce|enact|sanction)\w*\b)[a-z]+\b"
    r"|(?!(?:restrict|impos|requir|bann|curb|controll|enforc|halt|suspend|limit|tighten|implement|apply"
    r"|block|prohibit|licens|issu|levy|charg|stopp|cutt|reduc|enact|sanction)\w*)[a-z]+ing\b)", re.I)


#: a meeting still to come: "the summit due to be held on", "ahead of the planned October 30 meeting"
_MEETING_AHEAD_BEFORE = re.compile(
    r"\b(?:upcoming|planned|scheduled|proposed|draft|mooted|expected|possible|potential|prospective|next|ahead\s+of|before)"
    r"\s+(?:(?:of|for)\s+)?(?:the\s+|a\s+|an\s+)?$", re.I)
_MEETING_AHEAD_WORDS = re.compile(_lx.bounded(r"to\s+be|will\s+be|would\s+be|could\s+be|may\s+be|scheduled|planned|due|expected"
                                              r"|set\s+to|will", _lx.MODALS, _lx.without(_lx.PLAN_TO, r"planning\s+to")), re.I)
_SUMMIT_WORD = re.compile(r"(?:summit|meeting)$", re.I)


#: a possibility or plan right before a measure's words: "could come into effect", "may add
#: indium to its control list", "is considering whether to put", "plans to postpone"
_INTENT_BEFORE_RECALL = re.compile(
    r"\b" + _lx.alternation(_lx.MODALS, _lx.FUTURE_MODALS, _lx.DUTY_MODALS, "to", _lx.ABILITY_MODALS, _lx.DELIBERATION_WORDS)
    + r"\s+"
    r"(?:(?:also|not|soon|then|still|yet|eventually|further|swiftly|quickly|formally)\s+){0,2}(?:be\s+)?$", re.I)
_RECALL_GROUPS = ("in_force", "listed", "licence_needed", "postponed", "notice", "executed")


#: a plan, threat or possibility right before an event verb (not "will": a measure already
#: decided can be dated ahead, "the ban will take effect on December 1")
_PLAN_BEFORE_VERB = re.compile(
    r"\b" + _lx.alternation(
        "plans?|planning", _lx.THREAT_WORDS, _lx.INTENT_WORDS, _lx.DELIBERATION_WORDS, "propos(?:es|ed|ing)",
        _lx.AIM_WORDS, _lx.without(_lx.WISH_WORDS, "hopes?"), _lx.without(_lx.MODALS, "would"),
        "poised|ready|prepared|preparing|prepares|vow(?:s|ed)|pledge[sd]?"
        "|promise[sd]?|moving|looking|eyeing|contemplat(?:es|ed|ing)|mulls|weighs|considers") + r"\s+"
    r"(?:(?:on|in|last|this)\s+\w+\.?(?:\s+\d{1,2})?,?\s+)?(?:to\s+)?"
    r"(?:(?:also|further|soon|eventually|not)\s+)?(?:be\s+)?$", re.I)


def _not_taken_yet(text: str, start: int, m: re.Match[str]) -> bool:
    """A measure of the recall rules (entry into force, listing, licences required, a
    postponement) that is only possible or planned: "could come into effect in March",
    "may add indium to its control list", "whether to put tungsten on its dual-use list"."""
    if m.group("verb") and _PLAN_BEFORE_VERB.search(text, max(start, m.start() - 40), m.start()):
        return True  # "plans to impose controls on April 4", "threatened to ban", "could impose"
    if _modal_before_measure(text, start, m):
        return True  # "may add export controls", "is considering restrictions", "would ban"
    if not any(m.group(g) for g in _RECALL_GROUPS):
        return False
    return _INTENT_BEFORE_RECALL.search(text, max(start, m.start() - 40), m.start()) is not None


#: the announcement of a measure, worded as a plan: "announced plans to limit exports of
#: antimony" (a dated announcement, unlike "plans to limit" alone or a subsidy programme)
_ANNOUNCED_PLAN = re.compile(
    r"\b(?:announced|unveiled|published|issued|set\s+out|laid\s+out)\s+(?:[\w-]+\s+){0,2}?plans?\s+to\s+"
    r"(?:restrict|limit|curb|ban|control|impose|halt|suspend|tighten|require|prohibit)\b", re.I)
#: a weekday written before the date it falls on: "on Wednesday, October 9", "Thursday 9 October"
_WEEKDAY_THEN_DATE = re.compile(r",?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:" + _MONTHS + r")\b|(?:" + _MONTHS
                                + r")\.?\s+\d{1,2}\b)", re.I)
_WEEKDAY_END = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.I)


def _weekday_of_a_date(sent: str, a: int, b: int) -> bool:
    """A weekday followed by the date it names ("announced on Wednesday, October 9"): the date,
    not the weekday read back from the article's day, dates the event."""
    return _WEEKDAY_END.search(sent, a, b) is not None and _WEEKDAY_THEN_DATE.match(sent, b) is not None


def _names_meeting(m: re.Match[str]) -> bool:
    """Whether an event match names a meeting or summit ("the October 30 summit", "a meeting held on")."""
    return bool(m.group("meeting") or (m.group("dated_measure") and _SUMMIT_WORD.search(m.group(0))))


def _meeting_not_held(text: str, start: int, end: int, m: re.Match[str]) -> bool:
    """A meeting or summit that is only planned ("a summit to be held on October 30", "ahead of
    the planned October 30 meeting", "the leaders will meet at the October 30 summit"), or a
    measure named by its date that is only proposed ("the draft April 4 rules"): no event yet.
    A held one ("the October 30 meeting in Busan", "the summit held on October 30") is."""
    if not (_names_meeting(m) or m.group("dated_measure")):
        return False
    if _MEETING_AHEAD_BEFORE.search(text, max(start, m.start() - 30), m.start()):
        return True  # "the proposed April 4 rules", "a draft of the April 4 rules", "the planned summit"
    if not _names_meeting(m):
        return False
    if _MEETING_PAST_BEFORE.search(text, max(start, m.start() - 25), m.start()):
        return False  # "following the truce signalled at the recent meeting between ...": one held, whatever else is planned
    return _MEETING_AHEAD_WORDS.search(text, start, end) is not None


#: a meeting said to be past: "the recent meeting", "last week's summit", "the earlier talks"
_MEETING_PAST_BEFORE = re.compile(r"\b(?:recent|last\s+(?:week|month)['\u2019]s|previous|earlier)\s+(?:[\w-]+\s+)?$", re.I)
#: relative time words that bind an undated event to the article's last months (verdict.RECENT_EVENT_DAYS)
_RECENT_WORD = re.compile(r"\b(?:recent(?:ly)?|latest|fresh|newly|(?:last|this|earlier\s+this)\s+(?:week|month)"
                          r"|(?:days|weeks|months)\s+ago|in\s+recent\s+(?:days|weeks|months))\b", re.I)
#: a private document whose date "dated" gives: "a letter dated", "an email dated"
_DOCUMENT_BEFORE = re.compile(r"\b(?:letters?|memos?|e-?mails?|notes?|invoices?|messages?)\s+$", re.I)
#: what "posted" reports when it is a result, not a notice: a figure or a move
_POSTED_FIGURE = re.compile(
    r"\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:\d|record\b|gains?\b|loss(?:es)?\b|rises?\b|increases?\b"
    r"|drops?\b|declines?\b|falls?\b|growth\b|surplus\b|deficit\b|jumps?\b|slump\b|high\b|low\b)", re.I)


def _not_an_event(text: str, start: int, m: re.Match[str]) -> bool:
    verb = m.group("verb")
    if verb is None:
        return False
    if verb.lower() in ("began", "begun") and _BEGAN_NON_POLICY.match(text, m.end()):
        return True  # "new mines began to eat into China's share": an activity, no measure taken
    if _FINANCIAL.match(text, m.end(), m.end() + 40):
        return True  # "posted a net profit of A$150 million": company results
    if verb.lower() == "dated" and _DOCUMENT_BEFORE.search(text, max(start, m.start() - 25), m.start()):
        return True  # "wrote in a letter dated March 31": the date of a letter, no measure
    if verb.lower() == "posted" and _POSTED_FIGURE.match(text, m.end()):
        return True  # "output posted a 10% rise", "posted record exports": a figure reported, no measure taken
    head = max(start, m.start() - 60)
    if _NOT_YET.search(text, head, m.start()):
        return True
    return _RELEASE_VERB.fullmatch(verb) is not None and _DATA_SUBJECT.search(text, head, m.start()) is not None


#: a rank that names no measure itself ("ranks second", "third place", "top five")
#: a list whose lines are not shares of world output: import sources, buyers, uses, growth
_LIST_NOT_OUTPUT = re.compile(
    r"\b(?:imports?|imported|exports?|exported|buyers?|destinations?|sources?|suppliers\s+to|demand|consumption|uses?"
    r"|growth|increase|decline|change|tariffs?|dut(?:y|ies))\b", re.I)
#: a list line holding only a country and a percentage: "2. Chile \u2013 24.44%", "Peru: about 10%"
_PCT_LIST_LINE = re.compile(
    r"[\s\-*\u2022]*(?:\(?\d{1,2}[.)]\s*)?[A-Z][\w.'\u2019()& ]{1,40}?\s*(?:[:\u2013\u2014]|\s-)\s*"
    r"(?:about\s+|around\s+|nearly\s+|roughly\s+|almost\s+|over\s+|approximately\s+)?\d{1,2}(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
    r"[\s.]*")
_GENERIC_RANK = re.compile(r"(?:ranks?|ranked|ranking|placed|came|comes|top)\b.*|.*\b(?:spot|place|position)", re.I | re.S)


def _list_rank(text: str, s: SentenceScan, out: list[Claim], pats: Patterns, commodity: str | None = None) -> list[Claim]:
    """The rank a numbered item of a ranking list gives its country: the item's number,
    in the measure of the list's heading (the country's own figure is claimed apart)."""
    num = _LIST_NUMBER.match(text, text.rfind("\n", 0, s.start) + 1)
    own = [c for c in out if c.kind == "quantity" and c.country not in (None, "WLD")]
    if num is None or s.carry is None or not s.countries:
        return []
    if not own and _item_title(text, s) and commodity is not None:
        # "3. Myanmar" as the title of an item of "the biggest miners": Myanmar is third
        own = [Claim(sentence=text[s.start:s.end], span=(s.start, s.end), kind="quantity", text="",
                     sentence_span=(s.start, s.end), commodity=commodity, country=s.countries[0].value,
                     year=s.list_year)]
    if not own:
        return []
    q = own[0]
    who = next((c for c in s.countries if c.value == q.country), None)
    if who is None:
        return []
    c = Claim(sentence=q.sentence, span=(who.start, who.end), kind="rank", text=text[who.start:who.end],
              sentence_span=q.sentence_span, commodity=q.commodity, measure=s.carry[0], stage=s.carry[1],
              country=q.country, year=q.year, rank=int(num.group("n")), rank_op="==",
              source=q.source, series=q.series, edition=q.edition, comparison={"list_position": True})
    c.subject = f"rank of {pats.country_names.get(q.country or '', q.country)} in {s.carry[0]} (list position)"
    return [c]


#: a match standing for an event verb found by :func:`structural_event`, with every
#: group of ``_EVENT`` (none but ``verb`` ever set), so the event rules read it like theirs
_S5E2_VERB_MATCH = re.compile(r"(?P<verb>[A-Za-z]+)" + "".join(
    f"(?P<{g}>(?!))?" for g in _EVENT.groupindex if g != "verb"))


def _s5e2_structural_verb(text: str, s: SentenceScan, article_date: str | None) -> tuple[int, int] | None:
    """The event verb of the sentence read by its structure: an actor (a country, a
    metonym, an office or a pronoun) with an event verb on a measure, or a measure in the passive."""
    sent = text[s.start:s.end]
    spans = [(c.start - s.start, c.end - s.start) for c in s.countries if c.end > c.start]
    spans += [(a, b) for a, b, _ in metonym_parties(sent, s.words, article_date, str(DATA_DIR))]
    return structural_event(sent, s.words, spans)


def _term_claims(text: str, s: SentenceScan, base: Callable[..., Claim],
                    article_countries: list[Mention]) -> list[Claim]:
    """The event claims of event_terms.py: deal terms, transactions, plant
    operations and measures announced for a day near the article."""
    from critmin.claims.event_terms import CONTEXT_REACH, actors_named, term_claims

    lo = max(0, s.start - CONTEXT_REACH)
    # companies and agencies of the sentence, and of the sentences just before ("the company")
    firms, near = actors_named(text, s.start, s.end, CONTEXT_REACH, str(DATA_DIR))
    # "Swiss miner X", "US-based Y": a country naming where a firm is based is no party of a deal
    based = {c.value for c in s.countries if c.end > c.start and (_FRESH_FIRM_BASE.match(text, c.end)
                                                                  or _FIRM_AFTER_COUNTRY.match(text, c.end, s.end))}
    # "Ukraine's reconstruction", "Russia's war": a genitive names no party (an adjective, "US officials", does)
    genitive = {c.value for c in s.countries if c.end > c.start and (text.startswith(("'", "\u2019"), c.end)
                                                                     or text[c.start:c.end].endswith(("'s", "\u2019s")))}
    near += [c.value for c in s.countries if c.end > c.start and (c.value in genitive or c.value in based)]
    near += [c.value for c in article_countries if lo <= c.start < s.start]
    out = []
    for ta, tb, tev in term_claims(text, s.start, s.end, s.words,
                                   [c.value for c in s.countries if c.end > c.start and c.value not in genitive
                                    and c.value not in based],
                                   [c.value for c in s.commodities], firms, near):
        tc = base("event", ta, tb, event=tev, country=(tev["actors"][0] if tev["actors"] else None),
                  commodity=(tev["commodities"][0] if tev["commodities"] else None))
        tc.subject = {"deal_term": "term of a deal", "transaction": "transaction", "operation": "plant or mine operation",
                      "announced": "announced measure"}.get(tev["type"], "event")
        out.append(tc)
    return out


def _policy_act_claims(text: str, s: SentenceScan, article: list[Mention], article_date: str | None) -> list[Claim]:
    """The event of policy_acts.py a sentence no other rule read reports (a list of critical
    minerals, an act of a government body, what a measure requires, a seizure, a plant stopped)."""
    sent = text[s.start:s.end]
    got = _policy_acts.policy_act(sent, s.words, [(c.start - s.start, c.end - s.start) for c in s.countries
                                                  if c.end > c.start])
    if got is None:
        return []
    a, b, kind = got
    own = sorted({c.value for c in s.countries if c.end > c.start})
    coms = sorted({c.value for c in s.commodities})
    if kind in _policy_acts.POLICY_ACT_TYPES or kind == "operation":
        ev: dict[str, object] = {"type": kind, "actors": own, "commodities": coms}
    else:  # a kind the events table records: the event rules' judge (verdict._event)
        near = sorted({c.value for c in article if s.start - _CONTEXT_CHARS <= c.start < s.start}) if not coms else []
        # the days, months or years the sentence states ("voted on 8 May"), read as past ones
        stated = [(d, p) for _, _, d, p in partial_date_spans(sent, article_date, past=True)] if article_date else []
        ev = {"type": kind, "date": stated[0][0] if stated else None, "count": None, "context_commodities": near,
              "undated": not stated, "dates": stated, "ends": [], "legal": None, "since": False, "actors": own,
              "commodities": coms, "roles": {}}
    c = Claim(sentence=sent, span=(s.start + a, s.start + b), kind="event", text=sent[a:b],
              sentence_span=(s.start, s.end), commodity=coms[0] if coms else None,
              country=own[0] if own else None, event=ev)
    c.subject = {"critical_list": "critical-minerals list", "policy_act": "act of a government body",
                 "operation": "plant or mine operation", "control": "licensing or export control",
                 "licence": "licences granted",
                 "disruption": "seizure of mines or territory", "ratification": "vote of a legislature",
                 "tariff": "scope of a tariff or sanction", "company_deal": "agreement between companies"}.get(kind, "event")
    return [c]


def _claimless(text: str, s: SentenceScan) -> bool:
    """A sentence no rule of :func:`_sentence_claims` can draw a claim from: no figure, no
    trigger word (change, rank, event and any other), no comparison wording with "than" or
    two countries, and no digit (a dated report or a named edition's release needs a year).
    A new rule there that needs none of these must be added to this test too."""
    t = s.triggers
    if sum(map(bool, t.values())) > bool(t.get("compare")):  # (some trigger other than "compare" is on)
        return False  # a change, rank, event or other trigger word (new triggers are kept by default)
    return (not s.numbers and not (s.ranked_list and s.carry is not None)
            and not (t.get("compare") and ("than" in s.words or len(s.countries) > 1))
            and _DIGIT.search(text, s.start, s.end) is None)


# -- fallback: a figure no rule read (issue #6: every checkable claim is reported) ----------------
#: units of a figure worth a claim even when no rule ties it to a series
_UNREAD_UNITS = frozenset({"percent", "t", "kt", "Mt", "kg", "g", "oz", "short_t", "USD/kg", "USD/t", "USD/lb"})
#: units of mass and prices per unit of mass: a figure in them is about a commodity even when
#: the sentence names none ("It sold for $30 a kilogram")
_UNREAD_MASS_PRICE = frozenset({"t", "kt", "Mt", "kg", "g", "oz", "short_t", "USD/kg", "USD/t", "USD/lb"})
#: a plain dollar sum is a claim only about trade, a market or a price ("exports worth $2bn")
_UNREAD_MONEY_TOPIC = re.compile(
    r"\b(?:exports?|exported|imports?|imported|trade|traded|trading|shipments?|market|prices?|priced|worth|valued|sales|sold)\b", re.I)
#: non-claims by rule 10 of the evaluation set that the specific rules filter one by one: a
#: forecast, target, plan, offer or budget, company results and share prices, uses, definitions
_UNREAD_NOT_FACT = re.compile(_lx.bounded(
    _lx.FORECAST_WORDS, r"forecasted|projections?|predicts?|predicted|outlook|estimates?\s+(?:that|it\s+will)",
    _lx.TARGET_WORDS, "goals?", _lx.AIM_WORDS, "ambitions?", _lx.PLAN_WORDS, "planning", _lx.without(_lx.INTENT_WORDS, "intending"),
    _lx.PROPOSAL_WORDS,
    r"pledged?|offers?|offered|bids?|budgets?|capex|capital\s+cost|financing|funding|loans?|grants?|invest(?:s|ed|ing|ment|ments)?"
    r"|guidance|scenarios?", _lx.without(_lx.MODALS, "may"), "should", _lx.FUTURE_MODALS, _lx.MAY_LOWER,
    r"set\s+to|anticipat\w*|likely|potential(?:ly)?|(?:ready|willing|prepared)\s+to"
    r"|by\s+20[3-5]\d|used|uses|use|usage|applications?|go(?:es)?\s+into|end[\s-]uses?|consumed\s+(?:in|by|for)|contains?|containing|consists?"
    r"|grades?|graded|grading|purity|pure|ppm|(?-i:TREO)|end(?:s|ed)?\s+up\s+in|concentrations?|defined|means|refers?\s+to|known\s+as"
    r"|customers?|contracts?|offtake|stake|acquisitions?|acquired?|merger|shareholders?|dividends?|IPO|listing"), re.I)
#: history before the data: "in 1985", "in the 1990s", "decades ago"
_UNREAD_HISTORY = re.compile(r"\b(?:19\d\d|20[01]\d)s?\b|\bdecades?\s+ago\b|\bcentur(?:y|ies)\b", re.I)
#: a change verb governing the figure just after it ("rose 12%", "fell by 8,000 tonnes", "up 30%")
_UNREAD_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|rises|rise|fell|fallen|falls|falling|increased|decreased|declined|jumped|surged|dropped"
    r"|climbed|grew|grown|plunged|slumped|soared|tumbled|gained|lost|slid|sank"
    r"|(?<!make\s)(?<!makes\s)(?<!made\s)(?<!making\s)(?<!take\s)(?<!takes\s)(?<!took\s)(?<!taking\s)up"  # not "makes up 30%"
    r"|down|increase|decline|drop|fall"
    r"|jump|surge|gain)(?:\s+(?:by|of|from|at|to|some|about|around|nearly|almost|roughly|more\s+than|over|an?|a\s+further)){0,2}\s*$"
    # "lifted supply by 10 percent": "by" before a figure is the size of a change
    r"|\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|more\s+than\s+|over\s+)?$", re.I)
#: a change stated after the figure: "63% higher", "12% more than a year earlier", "8% lower"
_UNREAD_CHANGE_AFTER = re.compile(r"\s*(?:higher|lower|more|less|up|down|cheaper|dearer)\b"
                                  # "60% of the global increase": a share of a change, not of output
                                  r"|\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:increase|growth|rise|additions?|decline|drop|fall)\b", re.I)
#: a dollar sum per unit the number pattern does not read: "$1,950 per ounce", "$12 a pound"
_UNREAD_PER_AFTER = re.compile(r"[\d,.]*\s*(?:per|an?|/)\s*(?:troy\s+)?(?:ounce|oz|pound|lb|metric\s+ton(?:ne)?|tonne|ton|kg|kilogram)\b", re.I)
#: a duty, tax or tariff rate: no series of the dataset holds one
#: a company's own price: "an average selling price of", "its realised price was"
_FIRM_PRICE_BEFORE = re.compile(r"\b(?:selling|realis\w*|realiz\w*|achieved)\s+(?:sales\s+)?prices?\b[^.;\d]{0,20}$", re.I)
#: a firm's results named before a sum: "Albemarle's lithium sales fell to", "Lynas's revenue of"
_FIRM_SALES_BEFORE = re.compile(
    r"(?-i:[A-Z][\w&.-]*)['\u2019]s?\s+(?:[\w-]+\s+){0,2}?(?:sales|revenues?|earnings|profits?|turnover|income)\b", re.I)
#: what an official list counts: its entries are minerals at large, whatever commodity the sentence names
_LIST_ENTRIES = _uu.LIST_THINGS | {"minerals"}
_UNREAD_DUTY = re.compile(r"\b(?:dut(?:y|ies)|tax(?:es)?|tariffs?|levy|levies|royalt(?:y|ies)|VAT)\b", re.I)


def _unread_figure_claims(text: str, s: SentenceScan, article: list[Mention], article_date: str | None) -> list[Claim]:
    """One generic claim for a sentence no rule drew a claim from although it states a
    figure with a unit about a commodity (a tonnage, a percentage, a price, a trade sum): the
    verdict is always ``unverifiable``, naming what was read (verdict.py). Forecasts, plans,
    offers, budgets, company results, share prices, uses, definitions and history before the
    data stay non-claims (rule 10 of the evaluation set)."""
    if not s.numbers and (s.words.isdisjoint(_uu.LIST_WORDS) or _uu.spelt_list_count(text, s) is None):
        return []  # (a list's count may be spelt: "ten new commodities have been added")
    sent = text[s.start:s.end]
    # (a list's count is no history: "retains all 31 minerals of the 2019 version")
    listed = not s.words.isdisjoint(_uu.LIST_WORDS) and _uu.counted_figure(text, s) is not None
    def found(p: re.Pattern[str]) -> bool:  # (p.search(sent), tried at the sentence's words that can start a match)
        return _search_sentence(p, sent, s) is not None

    if found(_FINANCIAL_WORD) or found(_EQUITY) or (not listed and found(_UNREAD_HISTORY)):
        return []
    article_year = int(article_date[:4]) if article_date else None
    # a forecast, plan or offer word, or a year still to come, blocks the figures of ITS clause
    # only: "exports fell 30% in May, while traders expect a rebound" keeps the fact clause
    blocked = [m.start() for m in _finditer_sentence(_UNREAD_NOT_FACT, sent, s)
               if not (listed and m.group(0).lower() in ("proposed", "proposes"))] \
        + [m.start() for m in _PROGRAMME.finditer(sent)] + [
        y.start - s.start for y in s.years if article_year is not None and int(y.value) > article_year]
    unread_spans = _uu.clauses(sent, s.words) if blocked else [(0, len(sent))]
    if blocked and len(unread_spans) == 1:
        return []
    bad_clauses = {_uu.clause_of(unread_spans, b) for b in blocked}

    def free(n: Number) -> bool:
        # a dollar sum stays blocked sentence-wide: "the market is worth $20bn and is expected to ..."
        return not bad_clauses or (n.unit != "USD" and _uu.clause_of(unread_spans, n.start - s.start) not in bad_clauses)

    named = [c for c in s.countries if c.end > c.start]
    if s.commodities:
        commodity = s.commodities[0].value
    elif (named or s.measures or any(n.unit in _UNREAD_MASS_PRICE for n in s.numbers)
          or _uu.yuan_price_figure(text, s) is not None) and article:
        # ("It traded at $12 a pound", "They shipped 4,000 tonnes": a tonnage or a price per
        # unit of mass in a sentence whose subject is a pronoun is about the running topic too)
        # "Year-on-year, exports also fell by about 30%": a market quantity
        # without its commodity is about the article's running topic
        before = [c for c in article if c.start < s.start]
        commodity = (before[-1] if before else article[0]).value
    elif listed:
        # "The list now includes 50 minerals": a count of an official list, about the minerals at large
        before = [c for c in article if c.start < s.start]
        commodity = before[-1].value if before else "critical_minerals"
    else:
        return []
    def market_money(n: Number) -> bool:
        # a dollar sum about trade, a market or a price; never a budget, loan or grant
        return n.unit == "USD" and (_UNREAD_MONEY_TOPIC.search(sent) is not None
                                    or _UNREAD_PER_AFTER.match(text, n.end, s.end) is not None) \
            and not _MONEY_NOT_MARKET.match(text, n.end, min(s.end, n.end + 60)) \
            and not _MONEY_MARKET_AFTER.match(text, n.end, min(s.end, n.end + 30)) \
            and not _MONEY_GIVEN_BEFORE.search(text, max(s.start, n.start - 40), n.start) \
            and not firm_result(n)

    def firm_result(n: Number) -> bool:
        # "Albemarle's lithium sales fell to $5.4 billion": a company's results (rule 10), unless the
        # possessor is a country ("Chile's copper sales", its exports)
        m = _FIRM_SALES_BEFORE.search(text, max(s.start, n.start - 80), n.start)
        return m is not None and not any(c.start == m.start() for c in s.countries)

    pick = next((n for n in s.numbers if (n.unit in _UNREAD_UNITS or market_money(n)) and free(n)
                 and not (n.unit == "percent" and (_SHARE_OF_FINANCE.match(text, n.end, min(s.end, n.end + 80))
                                                   or _RATE_BEFORE.search(text, max(s.start, n.start - 60), n.start)))
                 and not (n.unit in ("kg", "g", "t", "oz") and (
                     _USE_INTENSITY_BEFORE.search(text, max(s.start, (n.hedge_start or n.start) - 70), n.hedge_start or n.start)
                     or _USE_INTENSITY_AFTER.match(text, n.end, min(s.end, n.end + 60))))), None)
    counted: str | None = None  # "130 deposits", "12 export licences": a count of things
    pick_unit: str | None = None
    pick_end = pick.end if pick is not None else 0
    if pick is None:
        yuan = _uu.yuan_price_figure(text, s)  # "averaged 560,000 yuan per tonne"
        got = yuan or _uu.counted_figure(text, s)
        if got is None or not free(got[0]):
            return []
        pick, what, pick_end = got
        pick_unit, counted = (what, None) if yuan else ("count", what)
        if listed and counted in _LIST_ENTRIES:
            commodity = "critical_minerals"  # "a list of 24 minerals, including lithium": the list's, not lithium's
    kind = "change" if _UNREAD_CHANGE_BEFORE.search(text, max(s.start, pick.start - 40), pick.start) \
        or _UNREAD_CHANGE_AFTER.match(text, pick.end, s.end) \
        or (" to " in text[pick.start:pick.end] and text.endswith("from ", s.start, pick.start)) \
        or (text.endswith("from ", s.start, pick.start) and re.match(r"\s*to\s+\d", text[pick.end:s.end])) \
        else "share" if pick.unit == "percent" else "quantity"  # "... from 10% to 20%": a change of a rate
    at = pick.start
    meas = min(s.measures, key=lambda m: abs(m.start - at)) if s.measures else None
    years = [int(y.value) for y in s.years]
    duty = pick.unit == "percent" and _UNREAD_DUTY.search(sent) is not None
    per_unit = (pick.unit == "USD" and _UNREAD_PER_AFTER.match(text, pick.end, s.end) is not None) \
        or (pick_unit or "").startswith("CNY/")
    if counted:
        kind, meas = "quantity", None  # a count is no change or share of a series
    c = Claim(sentence=sent, span=(pick.start, pick_end), kind=kind, text=text[pick.start:pick_end],
              sentence_span=(s.start, s.end), commodity=commodity, country=named[0].value if named else None,
              measure="price" if per_unit else meas.kind if meas and not duty else None,
              stage=(meas.value or None) if meas and not duty and not per_unit else None,
              year=years[0] if years else None, value=pick.value, unit=pick_unit or pick.unit, hedge=pick.hedge,
              precision=pick.precision, comparison={"unread_figure": "duty" if duty else True,
                                                    **({"counted": counted} if counted else {}),
                                                    **({"unread_clause": True} if bad_clauses else {})})
    c.subject = f"a figure on {commodity}"
    return [c]


#: (twenty-second session) the start of a forecast's move: "from 2.6% in 2024 to 8.1% by 2035", "projected to
#: climb from around 9,000 tonnes in 2024 to 30,000 by 2030", "up from 30% in 2020"
_BASELINE_FROM = re.compile(r"\b(?:(?:up|down|rising|falling|growing|climbing|increasing|decreasing)\s+)?from\s+$", re.I)


def _forecast_baseline(text: str, s: SentenceScan, n: Number, hs: int, article_year: int | None) -> bool:
    """The figure ``n`` (its hedge at ``hs``) is where a forecast starts: "from" right before it and a year
    before the article's right after it ("from 8.3% in 2023 to 20.8% by 2030"). The forecast is no claim
    (rule 10), but its starting figure states what was, as "up from 114,000 t last year" does."""
    if article_year is None or not _BASELINE_FROM.search(text, max(s.start, hs - 20), hs):
        return False
    y = _BOUND_YEAR.match(text, n.end, min(s.end, n.end + 30))
    return y is not None and int(y.group("y")) < article_year


def _sentence_claims(text: str, s: SentenceScan, pats: Patterns, article: list[Mention],
                     dates: list[tuple[int, int, str | None]],
                     relative_year: Callable[[str], int | None] | None = None,
                     article_date: str | None = None,
                     article_countries: list[Mention] | None = None) -> list[Claim]:
    if _claimless(text, s):
        return []
    sent = text[s.start:s.end]
    source, series, edition = _attribution(text, s)
    out: list[Claim] = []
    used: list[tuple[int, int]] = []

    def base(kind: str, a: int, b: int, **kw: object) -> Claim:
        return Claim(sentence=sent, span=(a, b), kind=kind, text=text[a:b], sentence_span=(s.start, s.end),
                     source=source, series=series, edition=edition, **kw)  # type: ignore[arg-type]

    article_year = int(article_date[:4]) if article_date else None
    projected: dict[int, int] = {}  # figure start -> the future year a projected share is for

    def present(y: Mention) -> bool:
        # "as of 2025" in a 2025 article is the present tense: the latest data year
        return y.value == str(article_year) and (_AS_OF.search(text, max(s.start, y.start - 8), y.start) is not None
                                                 or _AS_OF_DAY.search(text, max(s.start, y.start - 25), y.start) is not None)

    past_years = [y for y in s.years if not present(y)]
    bound_years: dict[int, int] | None = None

    def other_measure_years(pos: int, measure: str | None) -> set[int]:
        """Starts of years bound to another figure of another measure ("reserves of 22 Mt
        ..., it mined 1,200 t in 2022": 2022 dates the output, not the reserves)."""
        nonlocal bound_years
        if bound_years is None:
            bound_years = _bound_years(text, s)
        if measure is None:
            return set()
        out = set()
        for ystart, npos in bound_years.items():
            if npos != pos and measure_for(npos, *_clause_bounds(text, s, npos))[0] != measure:
                out.add(ystart)
        return out

    def year_for(pos: int, lo: int, hi: int, end: int | None = None, measure: str | None = None) -> int | None:
        if end is not None:
            # "240,000 t in 2023": a year right after the figure is its year
            bound = _BOUND_YEAR.match(text, end, min(s.end, end + 30))
            if bound:
                return int(bound.group("y"))
            near = _near_relative_year(text, s.start, pos, end, s.end)
            if near is not None and article_year is not None:
                return article_year + near  # "last year's output of 114,000 t", "... the same period last year"
            if _SAME_YEAR.match(text, end, min(s.end, end + 30)):
                # "..., 170,000 t in 2023, and 17,000 t in the same year": the year named before
                earlier = [y for y in past_years if y.start < pos]
                if earlier:
                    return int(earlier[-1].value)
        past = past_years
        if measure == "reserves" and past:
            skip = other_measure_years(pos, measure)
            past = [y for y in past_years if y.start not in skip]
            if not past and skip:
                return None  # the only years date other figures: the latest reserves
        if end is not None:
            # "240,000 t, a rise from 210,000 t in 2022": the year after "from <figure>" is that figure's
            past = [y for y in past if not (y.start > end and _FROM_FIGURE.search(text, end, y.start))]
        else:
            # twelfth session: "the sixth-largest producer, with output up 428% compared to 2022": the
            # base year of a comparison dates that comparison, not a claim without a figure of its own
            past = [y for y in past if not _BASE_YEAR_BEFORE.search(text, max(s.start, y.start - 24), y.start)]
        inside = [y for y in past if lo <= y.start < hi]
        # a year of another clause that is still to come dates a forecast there, not this figure:
        # "China's 70% grip ..., but ... a $9.6 billion market by 2027"
        outside = [y for y in past if article_year is None or int(y.value) <= article_year or lo <= y.start < hi]
        if article_year is not None:
            # "... less than 1% of global mining, which prompted a mission launched in 2025": the
            # running year in a later or relative clause dates that clause's event (no annual figure has it yet)
            def _later_clause(y: Any) -> bool:
                return int(y.value) == article_year and y.start > pos and (
                    y.start >= hi or _RELATIVE_AFTER.search(text, end if end is not None else pos, y.start) is not None)
            inside = [y for y in inside if not _later_clause(y)]
            outside = [y for y in outside if not _later_clause(y)]
        pick = _nearest(inside, pos) or _nearest(outside, pos)
        if pick:
            year = int(pick.value)
            if end is not None and _PREV_YEAR.match(text, end, min(s.end, end + 50)):
                return year - 1  # "up from 210,000 t the previous year"
            return year
        if any(present(y) for y in s.years):
            return None
        if s.list_year is not None:
            return s.list_year  # a row of a list or table dated by its heading
        if s.year_before is not None:
            return s.year_before  # "This is up from 2,700 t the previous year": the year before the last sentence's
        if relative_year is not None and _relative_year_elsewhere(text, s, pos):
            return None
        return relative_year(sent) if relative_year else None

    def measure_for(pos: int, lo: int, hi: int) -> tuple[str | None, str | None]:
        inside = [m for m in s.measures if lo <= m.start < hi]
        pool = s.measures
        if any(m.start > pos for m in pool) \
                and next(_finditer_words(_CAUSE_BEFORE_WORD, text, pos, s.end, s.word_starts), None):  # (its search)
            # "a share of output of around 1%, due to low processing": a cause after the figure
            # names no measure of it
            cause = [m for m in pool if m.start > pos and _CAUSE_BEFORE.search(text, max(pos, m.start - 30), m.start)]
            if cause and len(cause) < len(pool):
                inside = [m for m in inside if m not in cause]
                pool = [m for m in pool if m not in cause]
        if pool and pool[-1].start > pos and any(m.start < pos for m in pool):
            # "exports ... increased by 35%, while palladium prices fell 50%": a measure after a
            # joined clause ("..., while", "..., whereas", "..., but") is that clause's, not this figure's
            pool = [m for m in pool if m.start < pos or not _NEXT_CLAUSE.search(text, pos, m.start)]
            inside = [m for m in inside if m in pool] or ([m for m in pool if m.start < pos][-1:] if inside else [])
        if s.carry is not None and not any(m.start < pos + 40 for m in inside) and _FRESH_BACK_REF.search(text, lo, min(hi, pos + 40)):
            return s.carry  # "Congo's share of that was 145,000 t": the measure of the sentence before
        pick = _nearest(inside, pos) or _nearest(pool, pos)
        if s.numbers and not s.words.isdisjoint(_W_SUPPLY_AS_OUTPUT):
            # "Global cobalt supply jumped 21% ..., above the 13% demand growth", "lithium
            # manufacturing rose ..., coming in at 240,000 t": a supply or making noun before the figure
            # is the output (labelling rule 13), when it is nearer than the measure words (in a
            # sentence with figures: an unsized "supply grew" is left to the measure words)
            sup = [x for x in _supply_as_output(text, s) if x.start < pos]
            sup_in = [x for x in sup if lo <= x.start]
            if sup_in or (sup and not inside):
                pick = _nearest(inside + sup_in, pos) if sup_in else _nearest(s.measures + sup, pos)
        if pick is None:
            return None, None
        stage = pick.value or None
        if pick.kind == "production" and stage is None and any(m.value == "refining" for m in inside) \
                and not _verb_owns_figure(text, pick, pos, inside):
            stage = "refining"
        return pick.kind, stage

    def country_for(pos: int, lo: int, hi: int) -> str | None:
        inside = [c for c in s.countries if lo <= c.start < hi
                  and not (c.start > pos and (_REFERENCE_BEFORE.search(text, max(lo, c.start - 25), c.start)
                                              or _THAN_BEFORE.search(text, max(lo, pos, c.start - 45), c.start)))]
        # ("22 Mt, the second largest after China": the country after "after" is the reference)
        left = [c for c in inside if c.start < pos]
        owned = [c for c in left if not _reference_before_figure(text, c, lo, s.countries)]
        if owned and all(c.end == c.start for c in owned) and _WORLD_AFTER_FIGURE.match(text, pos, min(hi, pos + 70)):
            return "WLD"  # "there were 110 Mt of deposits worldwide" after a sentence on China: the world's
        if owned:
            return owned[-1].value
        if left and len(owned) < len(left) and _LEFT_OWNER_WORD.search(text, max(s.start, lo), left[0].start):
            return None  # "The Southeast Asian nation is second after Indonesia, with 10.5%": the subject is unnamed
        if left and not owned:
            # "China, the third-largest after Australia and Chile, produces 40,000 t": the clause
            # holds only the end of the references' list; the owner is named before it
            before = [c for c in s.countries if c.end > c.start and c.start < left[0].start
                      and not _reference_before_figure(text, c, s.start, s.countries)
                      and not _THAN_BEFORE.search(text, max(s.start, c.start - 45), c.start)]
            if before and any(c.start < lo and _reference_before_figure(text, c, s.start, s.countries)
                              for c in s.countries):
                return before[-1].value
        if left:
            return left[-1].value
        if _world_total(text, lo, hi, bool(s.countries)) \
                and not (inside and _world_of_other_figure(text, s, lo, hi, pos)):
            return "WLD"
        if not s.countries and _world_heading(text, s, lo):
            return "WLD"
        if inside:
            return inside[0].value
        left_all = [c for c in s.countries if c.start < pos]
        if left_all:
            # (a clause after the references' list: "China, the third-largest after Australia and
            # Chile, produces 40,000 t": the list names the references, not the owner)
            owned_all = [c for c in left_all if not _reference_before_figure(text, c, s.start, s.countries)]
            return (owned_all or left_all)[-1].value
        owners = [c for c in s.countries if not (c.start > pos and (
            _REFERENCE_BEFORE.search(text, max(s.start, c.start - 25), c.start)
            or _THAN_BEFORE.search(text, max(s.start, pos, c.start - 45), c.start)))]
        return owners[0].value if owners else None

    # -- changes (claimed before quantities so their percent is not read as a share)
    for m in _finditer_words(_CHANGE, text, s.start, s.end, s.word_starts) if s.triggers.get("change") else ():
        lo, hi = _clause_bounds(text, s, m.start())
        if m.group("verb") and m.group("pct") and m.group("verb").lower() in _MOVE_LEXICON_SPELT \
                and (_OF_AFTER_MOVE.match(text, m.end()) or _ARTICLE_BEFORE_PCT.search(text, m.start(), m.start("pct"))):
            continue  # "lost 20% of its share", "eased a 25% tariff": the verb takes an object, no move
        if _FINANCIAL.search(text, max(lo, m.start() - 50), m.start()):
            used.append((m.start(), m.end()))  # "Lynas shares fell 7.5%", "revenue rose 20%": markets and
            continue  # company results, not production or trade (rule 10 of the evaluation set)
        if _CHANGE_PLAN_BEFORE.search(text, max(lo, m.start() - 40), m.start()) \
                or _CHANGE_FORECAST_WORD.search(text, max(lo, m.start() - 40), m.start()):
            used.append((m.start(), m.end()))  # "is expected to grow by 30%", "plans to cut output by 10%":
            continue  # a forecast or a plan, not a reported change (rule 10)
        meas, stage = measure_for(m.start(), lo, hi)
        if meas in (None, "price") and _EQUITY.search(text, max(lo, m.start() - 60), m.start()):
            continue  # "shares surged 53%": a share price, a company's financial result (rule 10)
        if meas is None and s.carry is not None and s.carry[0] in _UNSIZED_MEASURES:
            meas, stage = s.carry  # "Exports came in at 5,200 t. That was up 32% from June": the measure before
        if m.group("pct") or m.group("pct2") or m.group("pct3") or m.group("pct4"):
            # "fell 11%", "down 11% year on year", "a 12.5% increase", "a fall of 7.5%"
            digits = m.group("pct") or m.group("pct2") or m.group("pct3") or m.group("pct4")
            pct = float(digits) / 100
            down = re.match(r"fell|fall|drop|declin|decreas|plung|plumm|slump|slid|tumbl|down|slash|cut|reduc|lower|trim"
                            r"|collaps|crash|sank|dip|cheap|less",
                            m.group("verb") or m.group("noun") or m.group("noun2") or m.group("cmpw"), re.I)
            fall = bool(down) or bool(m.group("verb") and m.group("verb").lower() in _MOVE_DOWN_SPELT)  # "shed 20%"
            change = -pct if fall else pct
            prec = precision_of(digits) / 100
        elif m.group("fold"):
            # "rose 3.6-fold": the new figure is 3.6 times the old one (+260 %)
            word = m.group("fold").lower()
            change = (float(word) if word[0].isdigit() else float(_WORDNUM[word])) - 1.0
            prec = precision_of(word) if word[0].isdigit() and "." in word else 0.0
        elif m.group("frac"):
            # "fell by a quarter": -25 %, read within FRACTION_PRECISION
            size = _FRACTION_SIZE[re.split(r"[\s-]", m.group("frac").lower())[-1]]
            down = re.match(r"fell|drop|declin|decreas|plung|slump|slid|tumbl|shr[au]nk|fallen|contract|down|slash|cut|reduc"
                            r"|lower|trim", m.group("fverb"), re.I)
            fall = bool(down) or m.group("fverb").lower() in _MOVE_DOWN_SPELT  # "shed a fifth" (lexicon.py)
            change = -size if fall else size
            prec = FRACTION_PRECISION
        else:
            change = {"doubled": 1.0, "tripled": 2.0, "trebled": 2.0, "quadrupled": 3.0,
                      "halved": -0.5}[m.group("mult").lower()]
            prec = 0.0
        span_words = re.search(r"\bbetween\b|\bfrom\s+(?:\w+\s+){0,2}\d{4}|\bsince\b", sent, re.I)
        years = sorted({int(y.value) for y in s.years if lo <= y.start < hi and not span_words}
                       or {int(y.value) for y in s.years})
        since = re.search(r"\bsince\s+(\d{4})", sent)
        yoy = re.search(r"year[\s-]on[\s-]year|from\s+a\s+year|y/y|annual", sent, re.I)
        monthly = _SUB_ANNUAL.search(text[lo:m.start()] + " " + text[m.end():hi] if m.group("frac") else text[lo:hi]) \
            and not _SPAN_WORDS.search(text[lo:hi])  # ("by a quarter" is a size, not a part of the year)
        hm = re.search(r"\b(nearly|almost|about|some|around|more than|over|roughly|at least|less than|close to|approximately)\b",
                       text[max(s.start, m.start() - 15):m.end()], re.I)
        hedge = re.sub(r"\s+", " ", hm.group(1).lower()) if hm else None
        if not years and relative_year is not None:
            ry = relative_year(sent)
            years = [ry] if ry is not None else []
        from_fig = _FROM_FIGURE_YEAR.search(text, m.end(), min(s.end, m.end() + 120))
        if from_fig is not None:
            # "surged 80% from 7,200 t in 2023": the change runs from that year to the next
            # (or to a later year the sentence names)
            y0 = int(from_fig.group("y"))
            later = [y for y in years if y > y0]
            years = [y0, later[-1] if later else y0 + 1]
        c = base("change", m.start(), m.end(), commodity=_commodity_for(s, m.start(), article),
                 measure=meas, stage=stage,
                 country=None if _one_country_list(text, s) else country_for(m.start(), lo, hi),
                 change=change, precision=prec, year=years[-1] if years else None, hedge=hedge)
        if since and len(years) == 1:
            years = []
            if c.year == int(since.group(1)):
                c.year = None  # "has doubled since 2017": from 2017 to the latest year
        c.comparison = {"from_year": int(since.group(1)) if since and not years else (years[0] if len(years) > 1 else None),
                        "yoy": bool(yoy),
                        "sub_annual": bool(monthly)}
        c.subject = f"change in {meas or 'figure'}"
        if _FROM_PEAK_OR_RECORD.search(text, m.end(), min(hi, m.end() + 60)):
            c.comparison["from_peak"] = True  # "down 80% from their peak": not a change between annual figures
        out.append(c)
        used.append((m.start(), m.end()))

    # -- a change stated without its size ("prices hit a record high", "output increased
    # significantly", "exports were more than double June's", "raised its quota"): a claim the
    # annual tables cannot settle, reported as unverifiable with the series that would
    if s.triggers.get("unsized_change") and not any(c.kind == "change" for c in out):
        unsized = _unsized_change_claims(text, s, base, measure_for, country_for, year_for, article, used)
        out.extend(unsized)
        used.extend(c.span for c in unsized)

    # -- a share in words ("most of the world's platinum comes from South Africa and Russia",
    # "China accounts for almost all heavy rare earth output"): more than half, or nearly all
    if s.triggers.get("word_share"):
        # (a percentage in the sentence takes its own clause: "nearly all refined gallium and
        # about 80% of refined germanium" is two shares)
        out.extend(_word_share_claims(text, s, base, measure_for, year_for, article, pats))

    # -- "the USGS does not list A among the main reserve holders": whether the source's table has A
    listed_rows = _listed_claims(text, s, base, year_for, article, pats) \
        if series is not None and s.countries and s.triggers.get("listed_among") else []
    out.extend(listed_rows)
    if not listed_rows and s.countries and s.triggers.get("listed_in"):
        # (twenty-third session) "A is not listed among the reserve holders", "A does not appear in the
        # USGS's ranking of rare earth deposits": the same claim told of the country
        out.extend(_listed_in_claims(text, s, base, year_for, article, pats))

    # -- a rank without an ordinal: "only A and B have larger reserves than C" (C is third),
    # "C's output is exceeded only by A's" (C is second)
    if s.triggers.get("rank") and "only" in s.words and len(s.countries) > 1:
        out.extend(_only_larger_ranks(text, s, base, measure_for, year_for, article, pats, article_countries))
    if len(s.countries) > 2 and not s.words.isdisjoint(_W_ORDER_BEHIND) and not s.words.isdisjoint(_W_ORDER_ONLY):
        # (twenty-third session) "the find would place A behind only China and Brazil": the order presupposed
        out.extend(_presupposed_order_ranks(text, s, base, measure_for, year_for, article, pats))

    # -- net import reliance ("relies on imports for 80% of its rare earths")
    reliance, reliance_used = _reliance_claims(text, s, base, country_for, year_for, pats)
    out.extend(reliance)
    used.extend(reliance_used)
    if s.triggers.get("whole"):
        out.extend(_zero_output_claims(text, s, base, country_for, year_for, pats))
    if s.triggers.get("zero_trade"):
        out.extend(_zero_trade_claims(text, s, base, country_for, year_for, pats))

    # -- quantities and shares
    mass_units = {"t", "kt", "Mt", "kg", "g", "short_t"}
    respective = _respectively(sent, s, mass_units, text)
    paired = {} if respective else _coordinated_figures(text, s, mass_units)
    import_buyer: str | None = None
    sentence_unit = next((n.unit for n in s.numbers if n.unit in mass_units), None)
    for n in s.numbers:
        if any(a <= n.start < b for a, b in used):
            continue
        lo, hi = _clause_bounds(text, s, n.start)
        meas, stage = measure_for(n.start, lo, hi)
        commodity = _commodity_for(s, n.start, article)
        unit = n.unit
        if unit is None and n.value >= 100 and sentence_unit and meas and not n.per:
            unit = sentence_unit  # "2,600 tons ... China's 240,000": the unit carries over
        if unit is None and s.list_unit is not None and not n.per and not n.currency:
            unit = s.list_unit  # a table row under "(tonnes)"
        hs = n.hedge_start if n.hedge_start is not None else n.start
        if n.unit in mass_units and _TARGETED_AFTER.match(text, n.end, min(s.end, n.end + 50)):
            used.append((n.start, n.end))
            continue  # "the 379 million tonnes targeted for 2025": a target or plan (rule 10), not a fact
        asp_lo = _relative_clause_start(text, _range_clause_start(text, s, lo), n.start)
        asp = _ASPIRATION.search(text, asp_lo, n.start) if _span_may_match(_ASPIRATION, text, asp_lo, n.start) else None
        # "miners may export up to 18,125 t ..., with annual quotas rising to 96,600 t": the ceiling a
        # quota sets is a policy fact, even in the modal wording that announces it
        quota_fig = unit not in (None, "percent") and _sentence_may_match(_FRESH_QUOTA_WORD, s, sent) \
            and _FRESH_QUOTA_WORD.search(sent) is not None and (
            _FRESH_QUOTA_BEFORE.search(text, max(s.start, hs - 45), hs) is not None
            or _FRESH_EXPORT_UP_TO.search(text, max(s.start, hs - 25), n.start) is not None)
        if quota_fig:
            asp = None
        if asp is not None and article_year is not None and asp.group(0).lower() == "will" \
                and _past_year_will(text, s, article_year):
            asp = None  # "In 2024, China will mine 270,000 t" (machine-rewritten copy): a year that has ended
        if asp is not None and unit == "percent" and article_year is not None:
            # "China will refine 77% of rare earths in 2030": a share projected for a named year, which
            # an outlook's projections (IEA) can settle (labelling rule 1)
            pm = _FRESH_PROJECTION_YEAR.search(text, s.start, s.end)
            if pm is not None and int(pm.group("y")) > article_year and not _third_party_forecast(text, s, asp, source):
                projected[n.start] = int(pm.group("y"))
                asp = None
        if asp is not None and not _forecast_names_source(text, asp, n.start) \
                and _near_relative_year(text, s.start, n.start, n.end, s.end) != -1 \
                and not _forecast_baseline(text, s, n, hs, article_year):
            # ("expects 120,000 t, up from 114,000 t last year": last year's figure is a fact)
            continue  # "output could reach 300,000 t by 2030": a forecast, not a checkable figure
        if _FRESH_PREVIOUS_FORECAST.search(text, max(s.start, hs - 25), hs) \
                and _FRESH_PREVIOUSLY_AFTER.match(text, n.end, s.end) and _FRESH_GUIDANCE.search(text, s.start, hs):
            continue  # "forecast now 200,000 t, up from 189,000 t previously": the replaced forecast
        if asp is None and _FRESH_RESPECTIVELY.match(text, n.end, s.end):
            shared = _ASPIRATION.search(text, s.start, n.start)
            if shared is not None and not _forecast_names_source(text, shared, n.start):
                continue  # "are anticipated to reach 2.3 Moz and 600 koz respectively": one forecast verb for both
        if unit == "percent":
            tail = text[n.end:min(hi + 60, s.end)]
            if _SHARE_OF_FINANCE.match(tail) or _RATE_BEFORE.search(text, max(s.start, hs - 60), hs):
                continue  # "40% of its revenue", "67% of MP's sales", "an IRR of 45%": a company's results (rule 10)
            world = _OF_WORLD.match(tail)
            if world is None and s.countries and _FRESH_FROM_COUNTRY.match(tail):
                # "77% of refined rare earths originate from China": the share of all output that
                # comes from one country, the world's
                world = _FRESH_FROM_COUNTRY.match(tail)
            other = _OF_OTHER.match(tail)
            if other and not world and _its_is_world(text, s, n, other):
                world, other = other, None  # "61% of the world's output and 92% of its processing"
            imp = None if world else (_import_share(text, s, n, import_buyer) or _imports_from(text, s, n, hs))
            if imp is None and not _OF_WORLD.match(tail) and not s.words.isdisjoint(_SUPPLIED_SHARE_WORDS):
                # "relies on China for 70% of its rare earths", "China provides 70% of America's"
                imp = _supplied_share(text, s.start, s.end, hs, n.end, s.countries)
            if imp is not None:
                commodity = _commodity_in(s, n.end, n.end + 50) or commodity
            if imp is not None and commodity is not None:
                import_buyer = imp[0]
                c = base("share", hs, n.end, commodity=commodity, measure="imports", country=imp[1],
                         value=n.value, unit="percent", hedge=n.hedge, precision=n.precision, share=n.value / 100,
                         comparison={"buyer": imp[0]}, year=year_for(n.start, lo, hi, n.end))
                c.subject = f"{pats.country_names.get(imp[1] or '', imp[1])} share of {pats.country_names.get(imp[0] or '', imp[0])} imports"
                out.append(c)
                continue
            share_word = (_SHARE_WORD.search(text, lo, n.start) or _MARKET_SHARE.search(text, s.start, n.start)
                          or (_SHARE_WORD.search(text, s.start, n.start) if any(c.kind == "share" for c in out) else None)
                          or _SHARE_AFTER.match(text, n.end, min(s.end, n.end + 80))
                          or held_share(text, lo, n.start, n.end, s.end, s.words))
            # "Vietnam and Russia follow at 4% and 3%, respectively", after a sentence of shares:
            # percentages handed out to the countries named are their shares too
            listed = not (world or share_word) and s.prev_share and n.start in respective
            if not (world or share_word or listed) and _PCT_LIST_LINE.fullmatch(text, s.start, s.end) \
                    and any(c.value != "WLD" for c in s.countries) \
                    and not _LIST_NOT_OUTPUT.search(text, max(0, s.start - 200), s.start):
                listed = True  # "2. Chile - 24.44%" (any dash) in a list of producers: the country's share
            if not (world or share_word or listed) or commodity is None:
                continue
            if _BY_BEFORE.search(text, max(s.start, hs - 4), hs) and not world:
                continue  # "lifted supply by 10 percent": the size of a change, not a share
            if _GROWTH_TAIL.match(text, n.end, min(s.end, n.end + 50)):
                continue  # "90% of nickel growth": a share of a change, not of output
            if _YOY_TAIL.match(text, n.end, min(s.end, n.end + 50)):
                continue  # "10% year-on-year", "12% from a year earlier": the size of a change, never a share
            tail_meas = _tail_measure(text, s, n)
            if tail_meas == ("production", None) and _refines_before(text, s, n, lo):
                tail_meas = ("production", "refining")  # "refines 90% of the world's output"
            if tail_meas is not None:
                meas, stage = tail_meas
            if _STOCKS_WORD.search(text, lo, hi) and not s.words.isdisjoint(_W_STOCKS):
                # sixteenth session: "36% of the total in LME warehouses", "the share of copper stocks
                # of Russian origin": a share of stocks held, not of world output (no series holds it)
                meas, stage, tail_meas = "stocks", None, ("stocks", None)
            commodity = _share_commodity(text, s, n, commodity, pats)
            stages = _share_stages(text, _last_share_word(text, share_word, n), n) \
                if share_word and tail_meas is None else []
            cty = respective.get(n.start) or country_for(n.start, lo, hi)
            of_country = _share_of_country(text, s, n, [x for x in s.countries if x.end > x.start]) \
                if "share" in s.words and not world else None
            region = _REGION_HOLDER.search(text, max(s.start, lo - 120), hs) \
                if not s.words.isdisjoint(_W_REGION) else None
            regional = region is not None and not _PLACE_BEFORE.search(text, max(s.start, region.start() - 12),
                                                                        region.start()) and not any(
                max(s.start, region.start() - 40) <= x.start < hs and x.end > x.start for x in s.countries)
            if regional:
                # "Africa, endowed with an estimated 15% of the world's reserves, ... nations like Tanzania":
                # the share of a region, not of a country named after it
                cty = None
            if of_country is not None:
                cty = of_country[1]  # "China's share of US output was 70%": China's part of a US total
            if cty in (None, "WLD") and not regional:
                # a share is never the world's own: the country is named elsewhere in the
                # sentence ("It accounts for ..., the DRC ...") or in the one before
                named = [c for c in s.countries if c.value != "WLD" and not _reference_before_figure(text, c, s.start)]
                cty = named[0].value if named else cty
            if meas is None and not stages and _SUPPLY_VERB_BEFORE.search(text, max(lo, n.start - 45), n.start):
                # twenty-second session: "supplying over 70% of the world's rare earths", "dominating
                # more than 90 percent of REEs": a share supplied or dominated is one of output (rules
                # 12, 13), not the reserves of the sentence before (C2462, C11125)
                meas = "production"
            if meas is None and not stages and s.carry is not None and (s.carry[0] == "reserves" or s.carry[1]):
                # "Reserves ... 91.9 Mt. Brazil has 21 Mt, 23% of them."; "refining shares for 2024:
                # - China: 91%": the measure and stage of the sentence or heading before
                meas, stage = s.carry
            per_stage: list[tuple[str | None, str | None]] = list(stages) or [(meas, stage)]
            for meas_i, stage_i in per_stage:
                # "55% of the ore dug up and 85% of the refined metal ... of rare-earth
                # magnets": magnets are made, not mined or refined; those stages are the rare earths'
                com_i = "rare_earths" if commodity == "ndfeb_magnets" and stage_i in ("mining", "refining") \
                    and tail_meas is not None and not _magnets_in_tail(text, s, n) else commodity
                c = base("share", hs, n.end, commodity=com_i, measure=meas_i or "production", stage=stage_i,
                         country=cty, year=year_for(n.start, lo, hi, n.end), value=n.value, unit="percent",
                         hedge=n.hedge, precision=n.precision, share=n.value / 100)
                verb_reading = share_verb(text, lo, hs, s.words) if tail_meas is None and not stages else None
                if verb_reading is not None and verb_reading != (c.measure, c.stage):
                    # "mines 60% ... and refines over 90%", "consumes 55% of the world's nickel":
                    # the share's own verb says what it measures
                    c.measure, c.stage = verb_reading
                elif verb_reading is None and tail_meas is None and not stages and world is not None \
                        and _POSSESS_BEFORE.search(text, max(lo, hs - 30), hs) \
                        and not any(lo <= x.start < hi for x in s.measures):
                    # "Ukraine has around 20% of the world's graphite", "Vietnam holds 20% of the world's rare
                    # earths": a stock in the ground, no output; read as resources (checked as reserves, never refuted)
                    c.measure, c.stage = "resources", None
                    c.comparison = {**(c.comparison or {}), "held_stock": True}
                if c.commodity == "ndfeb_magnets" and c.stage in ("mining", "refining") and not _magnets_in_tail(text, s, n):
                    c.commodity = "rare_earths"  # "makes 60% of magnets and processes 90% of them": magnets are made, not refined
                elif c.commodity == "ndfeb_magnets" and c.stage == "refining" and _REFINING_OR_MAKING.search(text, lo, hs):
                    # "refining or producing nine out of ten ... magnets": either alternative of the
                    # disjunction, and magnets are made, not refined: their production
                    c.stage = None
                at_stage = _AT_STAGE.match(text, n.end, min(s.end, n.end + 70))
                if at_stage is not None and c.measure == "production":
                    # "92% of global output at the processing stage": the stage named after the share
                    c.stage = "mining" if at_stage.group("st").lower() in ("mining", "extraction", "mine") else "refining"
                if any(m.value == com_i and _ORE_AFTER.match(text, m.end) and not _ore_agent(text, m) for m in s.commodities):
                    c.basis = "gross weight"  # "lithium ore production": a share of ore tonnage
                elif _is_supply_share(text, s, n):
                    c.basis = "total supply"  # "37.5% of global palladium supply": mined and recycled
                if com_i in ("rare_earths", "magnet_rees") and not s.words.isdisjoint(_W_SUBSET):
                    c.basis = _ree_subset(text, lo, _clause_cut(text, n.end, min(s.end, n.end + 60))) or c.basis
                product = _product_share(text, s, n, out)
                if product is not None:
                    # "90% of the world's battery production": a share of a made good the dataset does not hold
                    c.comparison = {"of_product": product}
                elif (other and not world) or of_country is not None:
                    c.comparison = {"denominator": "not the world"}
                elif _NATIONAL_TAIL.match(text, n.end, min(s.end, n.end + 80)) or _national_market(text, s, lo, hs) \
                        or national_share(text, n.end, s.end, [x.start for x in s.countries], s.words) \
                        or _BUYER_SUPPLY_FROM.match(text, n.end, min(s.end, n.end + 120)):
                    # "10% of the nickel mining in the country", "China's share in the US supply
                    # exceeds 90%": a share of a national total
                    c.comparison = {"denominator": "not the world"}
                elif not s.words.isdisjoint(_W_TOGETHER) and _TOGETHER.search(text, lo, min(s.end, n.end + 40)):
                    # "Australia and Chile together produce 70%": one share of several countries
                    # (twenty-second session: the names joined right before "together", C6550)
                    group = together_group(text, [(x.start, x.end, x.value) for x in s.countries if x.start < n.start])
                    if len(group) > 1:
                        c.comparison = {"countries": group}
                elif n.start not in respective and (coord_group := coordinated_group(
                        text, s.start, hs, [(x.start, x.end, x.value) for x in s.countries if x.value != "WLD"],
                        n.end)):
                    # "Chile, Argentina and Bolivia hold about 60%": one share of the named group
                    c.comparison = {"countries": coord_group}
                    c.country = coord_group[0]
                elif (k := _counted_group(text, s, n.start)) is not None:
                    # "three nations made up 88%: China, Chile and Australia": the group's share
                    group = list(dict.fromkeys(x.value for x in s.countries if x.end > x.start))
                    if len(group) == k:
                        c.comparison = {"countries": group}
                    elif not group and _TOP_GROUP.search(text, s.start, n.start):
                        # "the top five countries make up 98%": the first five of the table
                        c.country, c.comparison = None, {"top": k}
                    else:
                        c.country = None  # the group is not the sentence's countries: no one country's share
                if _COMPANY_HELD.search(text, lo, hi):
                    # "44% of world cobalt supply is owned by companies from China": what a
                    # country's firms hold at home and abroad, not what the country produces
                    c.comparison = {**(c.comparison or {}), "holder": "companies"}
                c.subject = f"{pats.country_names.get(cty or '', cty)} share of world {c.measure or 'production'}"
                out.append(c)
            continue
        if unit is None or commodity is None:
            continue
        if unit in mass_units and _DIFFERENCE_AFTER.match(text, n.end, min(s.end, n.end + 30)):
            continue  # "3,000 kg higher than South Africa": a difference between two figures, not a figure
        if unit in mass_units and _AMOUNT_CHANGE_AFTER.match(text, n.end, min(s.end, n.end + 40)):
            continue  # "a 7,400 t increase from the year before": the size of a change, not a level
        if unit in mass_units and _BY_BEFORE.search(text, max(s.start, hs - 4), hs) \
                and _TO_AFTER.match(text, n.end, min(s.end, n.end + 40)):
            continue  # "raised output by 30,000 to 270,000 t": the increment, not a figure
        if unit == "USD" and _MONEY_NOT_MARKET.match(text, n.end, min(s.end, n.end + 40)):
            continue  # "a $156 million subsidy programme": a budget, not a market figure
        if unit in ("kg", "g", "t", "oz") and (_USE_INTENSITY_BEFORE.search(text, max(lo, hs - 70), hs)
                                              or _USE_INTENSITY_AFTER.match(text, n.end, min(s.end, n.end + 60))):
            continue  # "each turbine requires about 600 kg of neodymium", "1 kg per car": a use, not an output (rule 10)
        if unit == "USD" and (_MONEY_PROJECT_BEFORE.search(text, max(lo, hs - 60), hs)
                              or _MONEY_PROJECT_AFTER.match(text, n.end, min(s.end, n.end + 60))):
            continue  # "an NPV of $3 billion", "an investment of $300 million would be needed", "contributed
            # $4 trillion to the economy": a project's or an economy's figure, never a market's (rule 10)
        if unit == "USD" and _MONEY_GIVEN_BEFORE.search(text, max(s.start, hs - 40), hs):
            continue  # "lent $257 million to a refinery": money given, not a market figure
        if unit == "USD" and (_MONEY_COST_BEFORE.search(text, max(lo, hs - 75), hs)
                              or _MONEY_MARKET_AFTER.match(text, n.end, min(s.end, n.end + 30))):
            continue  # "a capital cost of A$1.2bn", "a $9.6 billion market by 2027": a budget or a market size

        if unit and unit.startswith("USD/") and _FIRM_PRICE_BEFORE.search(text, max(lo, hs - 50), hs):
            continue  # "an average selling price of $50.5/kg": a company's realised price, its results (rule 10)
        if unit and unit.startswith("USD/"):
            meas, stage = "price", None  # money per unit of mass is a price whatever the verb
        if unit in mass_units and meas is None and s.carry is not None and s.carry[0] in ("reserves", "production"):
            meas, stage = s.carry  # "Reserves ... rose. China controls 44 million t, Brazil 21 million t."
        if unit in mass_units and meas is None and s.list_carry is not None and _comparable(n, unit, s.list_carry[2]):
            meas, stage = s.list_carry[:2]  # "China holds 44 Mt of reserves. [...] Vietnam follows with 22 Mt."
        if unit in mass_units and meas is None:
            meas = "production" if _STOOD.search(sent) else None
        cty = respective.get(n.start) or country_for(n.start, lo, hi)
        if n.start in paired:
            cty = paired[n.start]  # "China and Australia mined 240,000 t and 18,000 t": in order; one figure: the pair's
        if cty is not None and n.start not in respective and _listed_countries_after(text, s, n, lo, hi):
            cty = None  # "around 10 t a year, produced by Japan, Russia and Korea": the group's, no one country's
        subject = _participle_subject(text, s, hs)
        if subject is not None and n.start not in respective:
            cty = subject  # "Russia's output trails South Africa's, coming in at 18,000 kg": Russia's
        if not s.words.isdisjoint(_W_WORLD) and _OF_THE_TOTAL.search(text, max(s.start, hs - 14), hs) \
                and _WORLD.search(text, n.end, min(s.end, n.end + 50)):
            cty = "WLD"  # "270,000 of the 390,000 t mined worldwide": the second figure is the world's
        elif cty not in (None, "WLD") and _WORLD_TOTAL_BEFORE.search(text, max(s.start, hs - 60), hs):
            cty = "WLD"  # "63,000 t, out of a world total of 78,000 t": the world's own figure
        if cty not in (None, "WLD") and _world_total_of(text, s, hs):
            cty = "WLD"  # "over 80% of last year's total output of 81,000 tons": the total is the world's
        if cty != "WLD" and _WORLD_POSS_BEFORE.search(text, max(s.start, hs - 30), hs):
            cty = "WLD"  # "a majority of the world's 390,000 tons mined"
        if cty != "WLD" and _WHOLE_AFTER_PART.search(text, max(s.start, hs - 60), hs):
            cty = "WLD"  # "1.8 Mt of a global 3.5 Mt", "40,000 t, out of a total of 83,000 t": the whole is the world's
        if cty not in (None, "WLD") and (wa := _WORLD_APPOSED.search(text, max(s.start, hs - 90), hs)) \
                and not _PART_BEFORE_OF.search(text, max(s.start, wa.start() - 20), wa.start()):
            cty = "WLD"  # "98% of the world's gallium output in 2022, estimated at 430 t": the world's output
        if cty in (None, "WLD") and out and out[-1].kind == "share" and out[-1].country not in (None, "WLD") \
                and _PAREN_AFTER_SHARE.fullmatch(text, out[-1].span[1], hs):
            cty = out[-1].country  # "65% of global production in 2022 (850,000 tons)": the share's own amount
        if quota_fig:
            meas, stage = "quota", None
        if meas is None and cty is None:
            continue  # a figure with neither a measure nor a place is not a checkable claim
        if ("quota" in s.words or "quotas" in s.words) and _QUOTA.search(text, s.start, n.start):
            meas, stage = "quota", None  # "the mining quota was 270,000 t": a policy ceiling, not output
        bm = _BASIS.search(text, max(s.start, n.start - 30), min(s.end, n.end + 40))
        if bm is not None and bm.start() < n.start:
            # "mostly clay ore, was 31,000 tonnes of REO": the basis written with the unit wins
            bm = _BASIS.search(text, n.end, min(s.end, n.end + 25)) or bm
        basis = None
        if bm:
            basis = _basis_name(bm)
        if commodity == "rare_earths" and not s.words.isdisjoint(_W_SUBSET):
            basis = _ree_subset(text, max(s.start, n.start - 30), min(s.end, n.end + 60)) or basis
        span_end = _year_span(text, s)
        start_value = span_end is not None or "from" in s.words
        role = _from_to_role(text, s, n, hs) if start_value else None
        if role == "from" and not _BOUND_YEAR.match(text, n.end, min(s.end, n.end + 30)) \
                and s.words.isdisjoint(_W_PREV_EDITION):  # "revised down from 22 Mt": a previous edition's figure
            if span_end is None:
                continue  # "doubled from 105,000 t to 210,000 t in 2022": the start value of an undated span
            fig_year: int | None = span_end[0]
        elif role == "to" and span_end is not None and not _BOUND_YEAR.match(text, n.end, min(s.end, n.end + 30)):
            fig_year = span_end[1]  # "rose to 90,000 t from 2015 to 2022": the figure of the span's end
        else:
            fig_year = year_for(n.start, lo, hi, n.end, measure=meas)
        if s.excluded and _NON_BEFORE_FIGURE.search(text, lo, hs) and cty is None:
            cty = "WLD"  # "non-Chinese output rose to 90,000 t": the world less that country
        if not s.words.isdisjoint(_W_KINDS) and _KINDS_OF.search(text, max(s.start, hs - 90), hs):
            commodity = None  # "reserves of 29 types of rare metals total 658 Mt": a sum over many commodities
        c = base("quantity", hs, n.end, commodity=commodity, measure=meas, stage=stage, country=cty,
                 year=fig_year, value=n.value,  # "2.6 kt" stays in kt; "2.6 thousand t" is in t
                 unit=unit, basis=basis, hedge=n.hedge, precision=n.precision)
        if cty == "WLD" and s.excluded and _NON_BEFORE_FIGURE.search(text, lo, hs):
            c.comparison = {"excluding": list(dict.fromkeys(s.excluded))}
        c.edition_ref = None if s.words.isdisjoint(_W_PREV_EDITION) else _previous_edition_ref(text, n, hs, lo, s.end)
        if c.edition_ref:
            # the year of the report is not the year of the data: only a year written with the
            # figure counts, else the latest year of that edition
            bound = _BOUND_YEAR.match(text, n.end, min(s.end, n.end + 30))
            c.year = int(bound.group("y")) if bound else None
        com_name = pats.commodity_names.get(commodity or "", commodity or "several commodities")
        c.subject = f"{pats.country_names.get(cty or '', cty or '?')} {c.measure or 'figure'} of {com_name}"
        period = _part_of_year(text, lo, hi, hs, n.end) if c.measure in _FLOW_MEASURES else None
        if period is not None:
            c.comparison = {**(c.comparison or {}), "period": period}
        if unit in _MASS_UNITS_OF_CHANGE and not s.words.isdisjoint(_W_AMOUNT_OF_CHANGE) \
                and _AMOUNT_OF_CHANGE_BEFORE.search(text, max(lo, hs - 50), hs):
            # "output fell by 12,000 t in 2024": the size of a change, not the level; the
            # verdict compares it with the difference of the two annual figures
            c.kind, c.comparison = "change", {**(c.comparison or {}), "unread_figure": True, "amount": True}
            c.subject = f"change in {c.measure or 'figure'} (an amount)"
        out.append(c)
        if c.kind == "quantity" and cty is not None and ("each" in s.words or "both" in s.words):
            for each in _each_countries(text, s, n, cty):
                # "Indonesia and Cuba each possess 500,000 t": the figure is each country's
                e = dataclasses.replace(c, country=each)
                e.subject = f"{pats.country_names.get(each, each)} {c.measure or 'figure'} of {com_name}"
                out.append(e)

    # -- "3. Australia: 5.7 million t" under "the top ten countries by reserves": position 3
    if s.ranked_list and s.carry is not None:
        out.extend(_list_rank(text, s, out, pats, _commodity_for(s, s.start, article)))

    # -- ranks
    for m in _finditer_words(_RANK, text, s.start, s.end, s.word_starts) if s.triggers.get("rank") else ():
        lo, hi = _clause_bounds(text, s, m.start())
        if m.group("ord"):
            rank, op = _ordinal(m.group("ord")), "=="
        elif m.group("top"):
            rank, op = _ordinal(m.group("topn")), "<="
        elif m.group("spot"):
            rank, op = _ordinal(m.group("spot")), "=="
        elif m.group("ranks"):
            rank, op = _ordinal(m.group("ranks")), "=="
        elif m.group("rankobj"):
            rank, op = _ordinal(m.group("rankobj")), "=="  # "estimates rank Russia 5th"
        elif m.group("paren"):
            rank, op = _ordinal(m.group("paren")), "=="  # "Nigeria (fourth)", "Russia ranked (8th)"
            if not any(c.end <= m.start() and m.start() - c.end <= 12 and c.end > c.start for c in s.countries):
                continue  # a bracketed ordinal not right after a country ranks nothing we can name
        elif m.group("only"):
            rank, op = _ordinal(m.group("only").split()[0]), "=="  # "second only to China"
        else:
            rank, op = 1, "=="
        after = text[m.end():m.end() + 60]
        before = text[max(s.start, m.start() - 16):m.start()]
        among = False
        if _ONE_OF.search(before) and not m.group("top"):
            if not (m.group("sup") and _SOME_OF.search(before)):
                continue  # "one of the largest producers" states no rank
            # twentieth session: "has some of the largest graphite reserves in the world" claims
            # a place among the leaders (rule 14: C996), not first place, judged by ``_among_leaders``
            among = True
        if _AMONG_WITH.search(text, max(s.start, m.start() - 60), m.start()) and not m.group("top"):
            continue  # "among the countries with the largest deposits": a group, no rank
        asp = _ASPIRATION.search(text, lo, m.start())
        if asp is not None and not _RELATIVE_HAS.search(text, asp.end(), m.start()) \
                and not (_RANK_AFTER_PREPOSITION.search(text, max(lo, m.start() - 12), m.start())
                         and not text[m.end():m.end() + 1].isalpha()):
            continue  # "wants to become the leading producer": an aim or a forecast, not a fact
            # (but "... might explore Russia, which has the fifth-largest reserves": the relative
            # clause states a fact of its own)
        if _EXCLUDING.match(after):
            continue  # "the largest producer outside China" ranks a subset of countries
        if m.group("ord") and _rank_words.not_market_rank(after):
            continue  # eleventh session (rank_words.py): "the world's second-largest economy" ranks no market
        if (m.group("sup") or m.group("leader")) and _AFTER.match(after):
            rank = 2  # "the largest producer after China"
        meas, stage = measure_for(m.start(), s.start, s.end)
        if stage is not None and (rank_noun_stage(text[m.start():min(s.end, m.end() + 25)]) is not None
                                  or any(lo <= x.start < hi and x.kind == "production" for x in s.measures)) \
                and not any(lo <= x.start < hi and (x.value or None) == stage
                            # (a stage past a comma after the rank phrase is another clause's:
                            # "the second-largest nickel producer, is weighing ... domestic processing";
                            # twelfth session: so is one before it, "The refinery ..., China, the dominant producer")
                            and "," not in (text[m.end():x.start] if x.start > m.end() else text[x.end:m.start()])
                            for x in s.measures):
            # "the No. 2 nickel producer, though it imports refined metal": the rank's
            # noun names the measure; a stage named only in another clause is not the rank's
            meas, stage = "production", None
        if m.group("ord"):
            head = _rank_head_measure(text, s, m.end())
            if head is not None:
                # twenty-second session: "the second-largest resources, third-largest reserves and
                # fourth-largest production": the measure noun the ordinal qualifies is the rank's
                # measure, nearer in the phrase than one that ends the clause before (C15177)
                meas, stage = head
        if meas is None and s.carry is not None and s.carry[0] == "reserves" and _GENERIC_RANK.fullmatch(m.group(0)):
            meas, stage = s.carry  # "Reserves ... stand at 92 Mt. Brazil ranks second with 21 Mt."
        elif meas is None and s.carry is not None and s.carry[0] == "production" and _GENERIC_RANK.fullmatch(m.group(0)):
            meas, stage = s.carry  # "Australia mines the most lithium. Chile is ranked second."
        word = m.group(0).lower()
        if "refiner" in word:
            meas, stage = "production", "refining"
        elif "exporter" in word:
            meas = "exports"
        elif "importer" in word:
            meas = "imports"
        elif "reserve" in word or "deposit" in word:
            meas, stage = "reserves", None
        elif "holder" in word and meas is None:
            meas = "reserves"
        elif rank_noun_stage(word) == "mining":
            meas, stage = "production", "mining"  # "the top miner": mining, whatever other stage is named
        elif ("producer" in word or "miner" in word or "supplier" in word) and meas is None:
            meas = "production"
        elif (("producer" in word or "miner" in word) and meas in ("exports", "imports", "price", "apparent_consumption")) \
                or ("supplier" in word and meas in ("exports", "price", "apparent_consumption")):
            # (a "supplier" names no stage, so it is the producer (README rule 13) unless the sentence
            # is about imports: "the top supplier of US imports" is an import source)
            # "suspended exports as the world's leading producer": the rank's own noun names the measure
            meas, stage = "production", None
        if m.group("top"):
            n_top = rank or 0
            after_l = list(dict.fromkeys(c.value for c in s.countries if m.end() < c.start < hi))
            before_l = list(dict.fromkeys(c.value for c in s.countries if c.start < m.start()))
            # "A, B and C were the top three": the list that has as many names as the rank says
            if len(after_l) != n_top and len(before_l) == n_top:
                countries = before_l
            else:
                names = [c for c in s.countries if c.start > m.end()]
                countries = [c.value for c in names] or [c.value for c in s.countries]
            if meas is None:
                meas = "production"  # "the top three lithium countries": ranked by output
        else:
            cty = country_for(m.start(), lo, hi)
            ref_m = _AFTER.match(after)
            # fourteenth session: "second only to China's 44 Mt": the country right after "only to"
            # is the reference too (C3639), not the ranked one
            ref_at = m.end() + ref_m.end() if ref_m else m.end() if m.group("only") else None
            ref_c = next((c for c in s.countries if ref_at is not None and c.start >= ref_at
                          and (ref_m or c.start - ref_at <= 6)), None)
            if cty in (None, "WLD") or (ref_c is not None and cty == ref_c.value):
                # "the world's second-largest reserves after China, Brazil...": the ranked
                # country is named elsewhere in the sentence; the one after "after" is the reference
                named = list(s.countries)
                if ref_at is not None:
                    behind = [c for c in named if c.start >= ref_at]
                    if behind:
                        named.remove(behind[0])
                cty = named[0].value if named else None
            appos = _apposed_country(text, s, m)
            if appos is not None:
                cty = appos  # "the third biggest miner, Brazil, dug ...": the name in apposition
            lead = _leading_after(text, s, m) if m.group("sup") else None
            if lead is not None:
                rank, cty = lead
            if m.group("paren"):
                cty = [c for c in s.countries if c.end <= m.start() and c.end > c.start][-1].value
            if _FOLLOWED_BY_AFTER.match(after) and not any(c.value == cty and c.start < m.start() for c in s.countries):
                # "the USA ... secured second place, followed by Myanmar": the country before is ranked,
                # the one after "followed by" is the next
                left = [c for c in s.countries if c.start < m.start() and c.end > c.start]
                cty = left[-1].value if left else cty
            cty = _overtaker(text, s, m.start()) or cty
            if m.group("ord") or m.group("sup") or m.group("spot"):
                cty = _not_an_example(text, s, m.start(), cty)  # twenty-second session (C902, C12137)
            countries = [cty] if cty else []
        source_of_country = unnamed_leader = None
        if m.group("ord") or m.group("sup"):
            indefinite = _INDEFINITE_SUBJECT.search(text, lo, m.start())
            if indefinite and all(c.start < indefinite.start() for c in s.countries if c.end > c.start):
                # "a country that boasts the world's second-largest deposits": not one of the
                # countries named before it; the country of the neighbouring sentences, if any
                neighbour = _neighbour_country(s, article_countries or [])
                countries = [neighbour] if neighbour else []
                source_of_country = "other_sentence"
        coordinated = _COORD_ORD.search(text, max(s.start, m.start() - 30), m.start()) if m.group("ord") else None
        if coordinated and source_of_country is None:
            # "The US and Australia are the second- and third-largest producers": in order
            first_rank = _ordinal(coordinated.group("o1"))
            pair = list(dict.fromkeys(x.value for x in s.countries if x.start < coordinated.start() and x.end > x.start))
            if first_rank is not None and len(pair) == 2:
                for cty_i, rank_i, pa, pb in ((pair[0], first_rank, coordinated.start("o1"), coordinated.end("o1")),
                                              (pair[1], rank, m.start(), m.end())):
                    c = base("rank", pa, pb, commodity=_commodity_for(s, m.start(), article), measure=meas, stage=stage,
                             country=cty_i, year=year_for(m.start(), s.start, s.end, measure=meas), rank=rank_i,
                             rank_op=op)
                    c.subject = f"rank of {pats.country_names.get(cty_i, cty_i)} in {meas or 'the measure'}"
                    out.append(c)
                continue
        resp = _RANKED_RESPECTIVELY.match(text, m.start()) if m.group("ranks") else None
        if resp is not None:
            # "China and Brazil ranked first and second respectively": the names before, in order
            pair = list(dict.fromkeys(x.value for x in s.countries if x.start < m.start() and x.end > x.start))
            if len(pair) > 2:
                # "Chile leads, while Peru and Zambia are coming in second and third
                # respectively": the two names joined right before the ranks
                pair = trailing_pair(text, m.start(), [(x.start, x.end, x.value) for x in s.countries
                                                          if x.value != "WLD"]) or pair
            ranks_r = [_ordinal(resp.group("o1")), _ordinal(resp.group("o2"))]
            if len(pair) == 2 and None not in ranks_r:
                for cty_i, rank_i, grp in ((pair[0], ranks_r[0], "o1"), (pair[1], ranks_r[1], "o2")):
                    c = base("rank", resp.start(grp), resp.end(grp), commodity=_commodity_for(s, m.start(), article),
                             measure=meas, stage=stage, country=cty_i,
                             year=year_for(m.start(), s.start, s.end, measure=meas), rank=rank_i, rank_op="==")
                    c.subject = f"rank of {pats.country_names.get(cty_i, cty_i)} in {meas or 'the measure'}"
                    out.append(c)
                continue
        counted = _COUNT_BEFORE.search(before) if m.group("sup") and source_of_country is None else None
        if counted is not None:
            # "Australia, Chile and China, the three largest producers": the group is the top three
            k = _COUNT_WORDS.get(counted.group("k").lower()) or int(counted.group("k"))
            group = list(dict.fromkeys(x.value for x in s.countries if x.end > x.start))
            if len(group) != k:
                continue  # the sentence does not name the whole group
            countries, rank, op = group, k, "<="
        if countries in ([], ["WLD"]) and m.group("sup") and source_of_country is None \
                and _UNNAMED_WORLD_LEADER.search(m.group(0)) \
                and _WORLD_BEFORE_RANK.search(text, max(s.start, m.start() - 12), m.start() + 16) \
                and not any(c.end > c.start and c.value != "WLD" for c in s.countries) \
                and not _NAME_BEFORE_APPOSITION.search(text, max(s.start, m.start() - 30), m.start()):
            # sixteenth session: "Exports from the world's largest producer were 4,400 t in March", in a
            # sentence naming no country: the producer is the country of the neighbouring sentences,
            # read as another sentence's (never enough to refute)
            neighbour = _neighbour_country(s, article_countries or [])
            countries = [neighbour] if neighbour and neighbour != "WLD" else []
            source_of_country = unnamed_leader = "other_sentence"
        if not countries:
            continue
        inside = [x for x in s.commodities if m.start() <= x.start and x.end <= m.end()]
        # "Norilsk Nickel is the world's largest palladium producer": the commodity the rank
        # phrase itself names, not one in a company's name just before it
        c = base("rank", m.start(), m.end(), commodity=inside[0].value if len(inside) == 1
                 else _commodity_after_rank(text, s, m.end()) or _commodity_for(s, m.start(), article), measure=meas,
                 stage=stage, country=countries[0], year=year_for(m.start(), s.start, s.end, measure=meas),
                 rank=None if among else rank, rank_op="among" if among else op)
        c.country_source = source_of_country
        if unnamed_leader and not any(m.start() <= y.start < m.end() for y in s.years):
            c.year = None  # "The world's largest producer last year shipped ...": the year dates the shipments
        if c.year is not None and not any(m.start() <= y.start < m.end() for y in s.years) \
                and appositive_rank(text, m.start(), m.end(), [x.end for x in s.countries if x.end > x.start]):
            c.year = None  # "Congo, the world's leading producer, ... for 2026": the rank is as it stands
        if c.year is not None and not any(m.start() <= y.start < m.end() for y in s.years) \
                and _year_dates_other_figure(text, s, out, c.year, meas):
            c.year = None  # "fourth place, with output up 152% in 2023", "set to raise its quota to 270,000 t in 2024"
        if len(countries) > 1:
            c.comparison = {"countries": list(dict.fromkeys(countries))}
        c.subject = f"rank of {pats.country_names.get(countries[0], countries[0])} in {meas or 'the measure'}"
        out.append(c)
        if meas == "production" and stage in (None, "mining"):
            for extra_stage in rank_extra_stages(text, m.start(), min(s.end, m.end() + 50), s.words):
                # "the largest producer and refiner": the place is claimed at each stage named
                out.append(dataclasses.replace(c, stage=extra_stage))
        ell = elliptic_rank(text, m.end(), min(s.end, m.end() + 80)) if op == "==" and len(countries) == 1 else None
        if ell is not None and (ell[3], ell[4]) != (meas, stage):
            # "the third-largest holder of reserves and fifth in mining": a second rank, elliptic
            e = dataclasses.replace(c, span=(ell[0], ell[1]), text=text[ell[0]:ell[1]], rank=ell[2], measure=ell[3],
                                    stage=ell[4])
            e.subject = f"rank of {pats.country_names.get(countries[0], countries[0])} in {ell[3]}"
            out.append(e)

    # -- a country's figure against its own other measure, or against the rest of the world
    if s.triggers.get("compare") and "than" in s.words:
        for m in _SELF_COMPARE.finditer(text, s.start, s.end):
            lo, hi = _clause_bounds(text, s, m.start())
            meas, stage = "production", None  # every verb of the pattern speaks of output
            other_measure = "reserves" if m.group("other").lower().startswith("reserve") else "production"
            cty = country_for(m.start(), lo, hi)
            if cty in (None, "WLD") or other_measure == meas:
                continue
            c = base("comparison", m.start("op"), m.end(), commodity=_commodity_for(s, m.start(), article),
                     measure=meas, stage=stage, country=cty, year=year_for(m.start(), s.start, s.end),
                     comparison={"other_measure": other_measure, "op": ">" if m.group("op").lower() == "more" else "<"})
            c.subject = f"{pats.country_names.get(cty, cty)} {meas} vs its {other_measure}"
            out.append(c)
        for m in _REST_OF_WORLD.finditer(text, s.start, s.end):
            lo, hi = _clause_bounds(text, s, m.start())
            cty = country_for(m.start(), lo, hi)
            if cty in (None, "WLD"):
                continue
            meas, stage = measure_for(m.start(), s.start, s.end)
            c = base("share", m.start(), m.end(), commodity=_commodity_for(s, m.start(), article),
                     measure=meas or "production", stage=stage, country=cty, year=year_for(m.start(), s.start, s.end),
                     value=50.0, unit="percent", hedge="more than", precision=0.0, share=0.5)
            c.subject = f"{pats.country_names.get(cty, cty)} share of world {meas or 'production'} (more than the rest)"
            out.append(c)

    # -- comparisons between two countries
    for m in _COMPARE.finditer(text, s.start, s.end) if s.triggers.get("compare") and len(s.countries) > 1 else ():
        left = [c for c in s.countries if c.start < m.start()]
        right = [c for c in s.countries if c.start > m.end()]
        if not left or not right:
            continue
        a, b = left[-1].value, right[0].value
        if a == b:
            continue
        if m.group("gt") and _PASSIVE_ONLY_BY.match(text, m.end()):
            continue  # "is exceeded only by A": a rank (see _only_larger_ranks), not "exceeds A"
        if _UNSIZED_NOT_FACT.search(text, _clause_bounds(text, s, m.start())[0], m.start()):
            continue  # "may surpass Chile's if prices recover": a forecast or a condition, no comparison made
        group = _combined_group(text, s, m.end(), right)
        if group:
            b = "+".join(group)  # "more than the United States, Myanmar and Australia combined"
        if m.group("part") and _PART_OF_WHOLE_VERB.search(text, max(s.start, m.start() - 40), m.start()):
            continue  # "supplies a third of China's cobalt imports": a share of the other's whole, not a ratio
        if m.group("part"):
            # "half those of China": the ratio of the first country's figure to the other's
            cmp = {"other": b, "op": "ratio", "ratio": _PART_RATIO[re.split(r"[\s-]", m.group("part").lower())[-1]]}
        elif m.group("ratio"):
            r = m.group("ratio").lower()
            ratio = float(m.group("rn")) if m.group("rn") else {"twice": 2.0, "double": 2.0}.get(
                r.split()[0], float(_WORDNUM.get(r.split()[0], 2)))
            cmp = {"other": b, "op": "ratio", "ratio": ratio}
            if _AT_LEAST.search(text, max(s.start, m.start() - 16), m.start()):
                cmp["op"] = "ratio>="  # "more than twice as much": at least the ratio, not about it
        elif m.group("gt"):
            cmp = {"other": b, "op": ">>" if m.group("far") else ">", "ratio": None}
        else:
            cmp = {"other": b, "op": "<", "ratio": None}
        meas, stage = measure_for(m.start(), s.start, s.end)
        c = base("comparison", m.start(), m.end(), commodity=_commodity_for(s, m.start(), article),
                 measure=meas, stage=stage, country=a, year=year_for(m.start(), s.start, s.end), comparison=cmp)
        c.subject = f"{pats.country_names.get(a, a)} vs {pats.country_names.get(b, b)} {meas or ''}".strip()
        out.append(c)

    # -- events: one per sentence, with its dates, legal reference and number of items controlled
    evs = [m for m in _finditer_words(_EVENT, text, s.start, s.end, s.word_starts) if not _not_an_event(text, s.start, m)
           and not _measure_only_intended(text, s.start, s.end, m) and not _ruling_ahead(text, s.start, s.end, m)] \
        if s.triggers.get("event") else []
    evs = _event_words(text, s.start, evs)
    s5e2_verb = _s5e2_structural_verb(text, s, article_date) if s.triggers.get("s5e2_event") else None
    if s5e2_verb is not None and text[s.start + s5e2_verb[1] - 1] in "sS" and any(
            (n.unit or n.currency) and not (n.unit == "USD" and _MONEY_NOT_MARKET.match(text, n.end, min(s.end, n.end + 40)))
            for n in s.numbers):  # (a budget's sum, "a Rs 900-crore scheme", is no such figure)
        s5e2_verb = None  # a rate in force, in the present with its figure ("levies a 12% export duty"): a figure claim
    if not evs and s5e2_verb is not None:
        # "Beijing has since tightened its grip on exports", "Kyiv accepted the accord": the
        # actor, event verb and measure object found by their word classes (event_structure.py)
        evs = [m for m in (_S5E2_VERB_MATCH.match(text, s.start + s5e2_verb[0]),) if m is not None]
    kind0 = _search_sentence(_EVENT_TYPE, sent, s) \
        if evs and _sentence_may_match(_EVENT_TYPE, s, sent) else None  # (the first match: ``_EVENT_TYPE.search(sent)``)
    if evs and _sentence_may_match(_PROGRAMME, s, sent) and _PROGRAMME.search(sent) and (kind0 is None or kind0.lastgroup == "suspension") \
            and not _ANNOUNCED_PLAN.search(sent) and not plan_in_other_clause(sent, s5e2_verb, _PROGRAMME) \
            and not plan_adopted(sent):  # ("the G7 adopted an action plan": a plan agreed is an event)
        evs = []  # "unveiled a $156 million subsidy program": a plan or an offer, no measure (rule 10)
    if evs:
        typ = kind0  # (_EVENT_TYPE.search(sent), found above)
        has = _sentence_has(s, sent)  # (whether a pattern has a match in the sentence: each searched once)
        cause = _LEAD_CAUSE.match(sent) if typ is not None else None
        if typ is not None and cause is not None and cause.end() <= typ.start() and sent.find(",", typ.end()) >= 0:
            # "After new US duties, China began to restrict exports": a measure in an opening clause of
            # cause is what the event answers; the kind of the main clause's measure is the event's
            typ = _EVENT_TYPE.search(sent, sent.find(",", typ.end())) or typ
        first = evs[0]
        stated = [(d, "day") for a, _, d in dates if d and (a >= first.start() - 60 or _opens_sentence(text, s.start, a))]
        ends = [(d, "day") for a, _, d in dates if d and _UNTIL.search(text, max(s.start, a - 30), a)]
        spans_of_days = date_ranges(sent, article_date, _scan_reports_past(s, sent)) if article_date else []
        if spans_of_days:
            # "between 4 and 9 October": the span, not the last day of it, dates the event
            in_span = {d for a, b, d in dates if any(ra <= a - s.start < rb for ra, rb, _, _ in spans_of_days)}
            stated = [(d, p) for _, _, d, p in spans_of_days] + [x for x in stated if x[0] not in in_span]
            ends = [x for x in ends if x[0] not in in_span]
        stated = [x for x in stated if x not in ends]
        if not stated and article_date:
            past_verbs = any(m.group("verb") for m in evs) and all(
                _PAST_EVENT.fullmatch(m.group("verb") or "") and not _WILL_BEFORE.search(text, max(s.start, m.start() - 20), m.start())
                for m in evs if m.group("verb"))
            # "the April 4 controls": a measure named by its date is one already taken
            past_verbs = past_verbs or (any(m.group("dated_measure") or m.group("listed") for m in evs)
                                        and not has(_FUTURE))
            for past in (_scan_reports_past(s, sent), True):
                spans = partial_date_spans(sent, article_date, past=past)
                until = [(d, p) for a, _, d, p in spans if _UNTIL.search(sent, max(0, a - 30), a)]
                stated = [(d, p) for a, b, d, p in spans if (d, p) not in until
                          and _dates_event(text, s.start, s.start + a, s.start + b, evs)
                          and not _weekday_of_a_date(sent, a, b)]
                if past or not (stated and past_verbs and all(d > article_date for d, _ in stated)) \
                        or _starts_ahead(sent, spans):
                    break
                # "Beijing imposed new restrictions starting in April" (an article of January): a
                # verb in the past tense cannot state a month still to come
            ends += until
        if not stated:
            for m in evs:  # "China's 2023 ban on ...": the year names the measure
                ym = _S5_MEASURE_YEAR.search(text, max(s.start, m.start() - 18), m.start()) \
                    if _S5_MEASURE_NOUN.fullmatch(m.group(0)) else None
                if ym is not None:
                    stated = [(ym.group(1), "year")]
                    break
        count = None
        for m in evs:
            if m.group("controls") and not _PRIOR_CONTROLS.search(text, max(s.start, m.start() - 30), m.start()):
                # ("existing restrictions on seven elements": the earlier measure's count, not this one's)
                cnt = m.group("count").lower()
                count = int(cnt) if cnt.isdigit() else _WORDNUM.get(cnt)
            elif m.group("controls"):
                added = _ADDED_COUNT.search(text, m.end(), s.end)
                if added is not None:  # "... existing restrictions on seven elements to include five more"
                    cnt = added.group("count").lower()
                    count = int(cnt) if cnt.isdigit() else _WORDNUM.get(cnt)
        plus = _S5_PLUS_OTHERS.search(sent) if count is None and not s.words.isdisjoint(_S5_OTHERS_WORDS) else None
        if plus is not None and any(plus.start() <= c.start - s.start < plus.end() for c in s.commodities):
            cnt = plus.group("count").lower()  # "tungsten (and 24 other rare metals)": 25
            count = (int(cnt) if cnt.isdigit() else _WORDNUM.get(cnt, 0)) + 1
        if count is None:
            # "restricted exports of five metals", "curbs covering seven rare earths"
            cm = search_in_sentence(_ITEM_COUNT, sent) or (_COUNT_COVERED_BY.search(sent) if "by" in s.words
                                              and not s.words.isdisjoint(_W_COVERED_BY_VERB) else None)
            if cm is not None:
                cnt = cm.group("count").lower()
                count = int(cnt) if cnt.isdigit() else _WORDNUM.get(cnt)
        legal = _legal_reference(sent)
        # "Australia and the United States have signed a framework": a measure taken, named by
        # its kind and parties (or a party and a commodity), is a claim even without a date
        parties = {c.value for c in s.countries}
        # capitals, leaders in office and offices stand for their country (actor_aliases.csv)
        when = stated[0][0] if stated else article_date
        parties |= {r for _, _, r in metonym_parties(sent, s.words, when, str(DATA_DIR)) if r.isupper()}
        no_date = (not stated and not ends and count is None and legal is None and typ is not None
                   and has(_PAST_STRONG) and not has(_MODAL)
                   and (len(parties) >= 2 or (bool(parties) and bool(s.commodities))))
        if (not no_date and not stated and not ends and count is None and legal is None and typ is not None
                and not has(_MEASURE_INTENT) and bool(s.commodities)):
            # "China bans exports of gallium to the US" (headline present), "Beijing slapped curbs on
            # graphite", "exports of antimony are prohibited" (passive, no country named)
            no_date = ((bool(parties) and has(_NEWS_MEASURE_VERB))
                       or (not parties and has(_PASSIVE_EXPORT_MEASURE)))
            # "export controls were also announced on graphite": the passive of a measure noun
            no_date = no_date or (not parties and has(_UNDATED_PASSIVE_MEASURE))
        lifted = _sentence_may_match(_UNDATED_PASSIVE_LIFT, s, sent) and has(_UNDATED_PASSIVE_LIFT) \
            and not has(_MEASURE_INTENT)
        offer_made = any(m.group("offer_made") for m in evs)
        if (not no_date and not stated and not ends and typ is not None and typ.lastgroup == "agreement"
                and has(_PAST_STRONG) and not has(_MODAL)
                and not has(_MEASURE_INTENT)
                and (len(_agents_in(sent, str(DATA_DIR))) + len(parties) >= 2
                     or (bool(s.commodities) and bool(_agents_in(sent, str(DATA_DIR)))))):
            # "the Pentagon agreed to buy all the magnets made at MP's plant": a deal of a
            # named agency or company (actors.csv) with another party, or on a commodity, made without a date
            no_date = True
        if (not no_date and offer_made and not stated and not ends and not has(_MODAL)
                and (len(parties) >= 2 or (bool(parties) and bool(s.commodities) and has(_READY_TO_OFFER)))):
            # "Putin offered the US joint exploration of Russia's rare earths": that the
            # offer was made between two countries is an event (events.csv type offer_statement);
            # what it offers is not, and a firm's offer ("miners offered to work with China") is none
            no_date = True
        still_in_force = _sentence_may_match(_UNDATED_STILL_IN_FORCE, s, sent) \
            and has(_UNDATED_STILL_IN_FORCE)
        if (not no_date and not stated and not ends and count is None and legal is None
                and (typ is not None or still_in_force)
                and not has(_MEASURE_INTENT) and bool(s.commodities or parties)
                and (lifted or still_in_force)):
            # "the outright ban on gallium exports has been lifted", "germanium remains on
            # the dual-use control list", "exporters must still apply for licences": a measure lifted,
            # or one still in force, named by its commodity or parties
            no_date = True
        if (not no_date and not stated and not ends and count is None and legal is None and typ is not None
                and not s.commodities and bool(parties) and not has(_MEASURE_INTENT)
                and (has(_PAST_STRONG) or has(_PAST_EVENT))
                and has(_UNDATED_ANAPHOR_OBJECT)):
            # "China has imposed export controls on the metal": the commodity named in
            # the sentences before (context_commodities) chooses the event
            no_date = any(s.start - _CONTEXT_CHARS <= c.start < s.start for c in article)
        if (not no_date and not stated and not ends and any(m.group("probe_running") for m in evs)
                and not has(_MEASURE_INTENT)
                and (parties or s.commodities or _agents_in(sent, str(DATA_DIR))
                     or metonym_parties(sent, s.words, article_date, str(DATA_DIR)))):
            # "an anti-dumping investigation is under way at the Commerce Department": a
            # probe said to be running, by a named agency or on a named party or commodity
            no_date = True
        determination = _FRESH_DETERMINATION.search(sent) \
            if _sentence_may_match(_FRESH_TRADE_REMEDY, s, sent) and _FRESH_TRADE_REMEDY.search(sent) else None
        if determination is not None and (parties or s.commodities):
            # "Commerce has issued a preliminary affirmative determination", "preliminarily backed the
            # petition": a trade-remedy ruling taken, a claim even without a date
            no_date = no_date or not (stated or ends or count is not None or legal is not None)
        if not (no_date or stated or ends or count is not None or legal is not None) and s5e2_verb is not None:
            no_date = True  # an actor's event verb on a measure: a claim without a date
        extra_kind = extra_event_kind(evs, sent)  # a ruling, a blacklisting, a plan adopted ... (event_clauses.py)
        if not (no_date or stated or ends or count is not None or legal is not None) and extra_kind is not None \
                and (parties or s.commodities) and not has(_MODAL):
            no_date = True
        if not (no_date or stated or ends or count is not None or legal is not None):
            no_date = _items_claim(sent, typ, s.commodities)
        if stated or ends or count is not None or legal is not None or no_date:
            ea = min(m.start() for m in evs)
            eb = max(m.end() for m in evs)
            elements = sorted({c.value for c in s.commodities})
            date = stated[0][0] if stated else None
            # "the two metals": no commodity in the sentence; those of the sentences just
            # before are a hint for choosing the event, not a condition
            near = sorted({c.value for c in article if s.start - _CONTEXT_CHARS <= c.start < s.start}) \
                if not elements else []
            # "after a summit ..., held on October 30": the date is the meeting's, where the
            # leaders agreed, whatever measure the sentence goes on to name
            met = any(_names_meeting(m) for m in evs)
            ev: dict[str, object] = {"type": "agreement" if met else "determination" if determination is not None
                                     else (typ.lastgroup if typ else None),
                                     "date": date, "count": count,
                                     "context_commodities": near, "undated": no_date,
                                     "dates": stated, "ends": ends, "legal": legal,
                                     "since": _SINCE.search(sent) is not None,
                                     "actors": sorted({c.value for c in s.countries}), "commodities": elements}
            if not stated and _RECENT_WORD.search(sent) is not None:
                ev["recent"] = True  # "the recent easing", "China recently eased": the article's last months
            if offer_made and not lifted:
                ev["type"] = "offer"  # matched to events of type offer_statement
            if extra_kind is not None and extra_kind[0] is not None:
                ev["type"] = extra_kind[0]  # "the USITC ruled": a determination, whatever duty it is on
            elif ev["type"] is None and plan_adopted(sent):
                ev["type"] = "agreement"  # "G7 leaders adopted an action plan": a plan agreed
            if still_in_force and ev["type"] is None and not lifted:
                ev["type"] = "control"  # "must still apply for licences": a licensing control
            if lifted and ev["type"] in ("control", None):
                ev["type"] = "suspension"  # "the ban has been lifted": the lifting, not the ban
            roles = _date_roles(text, s.start, dates, sent, article_date, _scan_reports_past(s, sent))
            if any(m.group("in_force") for m in evs):
                # "announced May 23 that the act went into force": the date is the entry into force
                roles = {d: ("effective" if r == "announced" else r) for d, r in roles.items()}
            ev["roles"] = roles
            act = _ACT_NAME.search(sent)
            if act is not None:
                ev["act"] = act.group("name")  # "the Critical Raw Materials Act": named like a legal reference
            agent = _fresh_event_agent(text, s, first.start())
            if agent is not None:
                ev["agent"] = agent
            section = _FRESH_SECTION.search(sent)
            if section is not None:
                ev["section"] = section.group(1)  # "Section 232": the statute names the measure
            firm_base = sorted({c.value for c in s.countries if _FRESH_FIRM_BASE.match(text, c.end)
                                or _FIRM_AFTER_COUNTRY.match(text, c.end, s.end)})  #
            if firm_base:
                ev["firm_countries"] = firm_base  # "Swiss miner Glencore", "China-based CMOC": no party
            date_spans = [(a - s.start, b - s.start, d) for a, b, d in dates if d]
            if article_date:
                date_spans += [(a, b, d) for past in (False, True)
                               for a, b, d, _ in partial_date_spans(sent, article_date, past=past)]
            _fresh_event_fields(s, sent, ev, typ, str(DATA_DIR), date_spans, text)
            if any(m.group("probe_running") for m in evs):
                ev["type"] = "investigation"  # a probe under way: the investigation is the event
            event_context_fields(sent, s.words, ev, first.start() - s.start, when, str(DATA_DIR),  #
                                 [(c.start - s.start, c.end - s.start, c.value) for c in s.countries
                                  if c.end > c.start and not c.possessive],
                                 [(c.start - s.start, c.end - s.start, c.value) for c in s.countries
                                  if c.end > c.start and c.possessive])
            _org_event_subject(s, sent, ev, text)  # "The Association of China Rare Earth Industry announced": its own act
            if "background" in roles.values() or not s.words.isdisjoint(_W_BACKGROUND):
                _background_parties(s, sent, ev)  # "following Russia's invasion": no party
            if not ev["actors"] and not elements and typ is None and _ANAPHORIC_MEASURE.match(sent):
                ev["actors"], ev["type"] = _anaphoric_context(text, s, article_countries)
            if ev.get("type") == "agreement" and ev["actors"]:
                # "Japan's experience holds lessons for the U.S., where the Pentagon agreed to ...": the
                # parties of a deal are the countries of its verb's clause, not of the whole sentence
                ev["clause_actors"] = _clause_actors(text, s, first.start(), set(cast("list[str]", ev["actors"])))
            own = [c.value for c in s.countries if c.end > c.start]  # not a country carried from another sentence
            c = base("event", ea, eb, event=ev, commodity=elements[0] if elements else None,
                     country=(own[0] if own else None))
            c.subject = f"{ev['type'] or 'event'}" + (f" on {date}" if date else "") + (f" ({count} items)" if count else "")
            out.append(c)
    # -- public funding with its amount: "the government lends A$400 million more to Iluka"
    if "$" in sent:
        from critmin.claims.funding import funding_claims

        for fa, fb, fev in funding_claims(text, s.start, s.end, [c.value for c in s.countries],
                                          [c.value for c in s.commodities], str(DATA_DIR)):
            out = [o for o in out if not (o.kind == "quantity" and fa <= o.span[0] < fb)]
            fc = base("event", fa, fb, event=fev, country=(s.countries[0].value if s.countries else None),
                      commodity=(fev["commodities"][0] if fev["commodities"] else None))
            fc.subject = "public funding"
            out.append(fc)
    # -- terms of a deal, transactions, plant operations and announced measures (event_terms.py)
    if s.triggers.get("deal_terms") and not any(o.kind == "event" and (o.event or {}).get("type") for o in out):
        # (an event read with no kind of measure, "output at the mine resumed", gives way to a plant operation)
        got_s6 = _term_claims(text, s, base, article_countries or [])
        if any(o.kind != "event" for o in out):
            # "new mines began producing in 2017 and cut into China's 80% share": the figure is the claim
            got_s6 = [c for c in got_s6 if (c.event or {}).get("type") != "operation"]
        if got_s6:
            out = [o for o in out if o.kind != "event"]
        out.extend(got_s6)
    # -- "the USGS's March 2025 report": the series' report of that year, said to be of that month
    dated = _DATED_REPORT.search(text, s.start, s.end) if series and not edition else None
    if dated is None and series and not edition and _PUBLISHED.search(sent):
        # "data published in January 2024 by the USGS": the series' report released that month
        dated = _RELEASED_IN_MONTH.search(text, s.start, s.end)
    if dated is not None:
        month = _FULL_MONTHS.split("|").index(dated.group("m").capitalize()) + 1
        stated_m = f"{dated.group('y')}-{month:02d}"
        c = base("event", dated.start(), dated.end(), event={"type": "publication", "series": series,
                                                              "year": int(dated.group("y")), "dates": [(stated_m, "month")],
                                                              "date": stated_m})
        c.subject = f"release of the {series} report of {dated.group('y')}"
        if series == "USGS MCS" and _RELEASED_IN_MONTH.fullmatch(dated.group(0)):
            for o in out:  # "data published in January 2024 by the USGS show ...": the figures are MCS 2024's
                if o.kind in ("quantity", "share", "rank", "comparison", "change") and o.edition is None:
                    o.edition = f"MCS {dated.group('y')}"
        out.append(c)
    # -- "the survey's yearly Mineral Commodity Summaries, out on Friday 6 February": a series' report
    # named without its year, released on a stated day: the edition of that series of that year
    if series and not edition and dated is None and article_date and _PUBLISHED.search(sent) \
            and re.search(r"\b(?:report|summar(?:y|ies)|outlook|review|survey)\b", sent, re.I):
        days = [(a, b, d) for a, b, d, p in partial_date_spans(sent, article_date, past=True) if p == "day"]
        pm = _PUBLISHED.search(text, s.start, s.end)
        if days and pm is not None and abs(s.start + days[0][0] - pm.end()) <= 30:
            c = base("event", pm.start(), pm.end(), event={"type": "publication", "series": series,
                                                           "year": int(days[0][2][:4]), "dates": [(days[0][2], "day")],
                                                           "date": days[0][2]})
            c.subject = f"release of the {series} report of {days[0][2][:4]}"
            out = [o for o in out if not (o.kind == "event" and _PUBLISHED.fullmatch(o.text))]
            out.append(c)
    # -- when a named report came out
    if edition and _PUBLISHED.search(sent) and article_date:
        stated = [(d, p) for _, _, d, p in date_ranges(sent, article_date, True)] \
            or [(d, "day") for _, _, d in dates if d] or partial_dates(sent, article_date)
        stated = [(d, p) for d, p in stated if p != "year"]
        if stated:
            pm = _PUBLISHED.search(text, s.start, s.end)
            assert pm is not None
            c = base("event", pm.start(), pm.end(), event={"type": "publication", "edition": edition, "dates": stated,
                                                           "date": stated[0][0]})
            c.subject = f"release of {edition}"
            # the report's release is the event, not a policy event the same verb might suggest
            out = [o for o in out if not (o.kind == "event" and _PUBLISHED.fullmatch(o.text))]
            out.append(c)
    # -- "245,000 CNY/ton", "365,000 yuan per tonne": a price in Chinese currency
    for ym in _YUAN_PRICE.finditer(text, s.start, s.end) if ("price" in s.words or "prices" in s.words) \
            and any(map(sent.lower().__contains__, ("yuan", "cny", "rmb"))) else ():  # (words the pattern needs)
        yunit = "CNY/" + ("kg" if ym.group("per").lower() in ("kg", "kilogram") else "t")
        for c in out:
            if c.unit is not None and c.unit.startswith("USD/") and ym.start() <= c.span[0] < ym.end():
                c.unit = yunit  # "RMB 2,100/kg": the per-mass figure is in yuan, not dollars
        if any(c.span[0] < ym.end() and ym.start() < c.span[1] for c in out) or _CHANGE_FORECAST_WORD.search(
                text, max(s.start, ym.start() - 40), ym.start()) or _MODAL.search(text, max(s.start, ym.start() - 30), ym.start()):
            continue
        ycom = _commodity_for(s, ym.start(), article)
        if ycom is None:
            continue
        ydigits = (ym.group("n") or ym.group("n2")).replace(",", "")
        c = base("quantity", ym.start(), ym.end(), commodity=ycom, measure="price",
                 value=float(ydigits), unit=yunit,
                 precision=precision_of(ydigits), year=year_for(ym.start(), s.start, s.end))
        c.subject = f"{ycom} price in yuan"
        out.append(c)
    out.extend(_qualitative_claims(text, s, out, base, country_for, year_for, article, pats, article_countries))
    if out and not any(m.end > m.start for m in s.countries):
        # "a flame retardant, which took around half of worldwide use": a share of use or demand
        # held by an application, not by a country (labelling rule 10: uses are no claims)
        out = [c for c in out if not (c.kind == "share" and _FRESH_USE_SHARE.match(text, c.span[1], s.end))]
    if len(out) >= 2 and "from" in s.words:
        _pair_years_from_to(out, text, s)
        _earlier_from_figure(out, text, s)
    if s.carried_country is not None:
        for c in out:
            if c.country == s.carried_country[0]:
                c.country_source = s.carried_country[1]
    undated = _unanchored_time(sent, bool(s.years)) if out and not s.years and (
        "then" in s.words or not s.words.isdisjoint(_W_UNANCHORED)) else None
    for c in out if undated else ():
        if c.kind != "event" and c.year is None:
            c.undated = undated
    for c in out if projected else ():
        if c.kind == "share" and any(c.span[0] <= a < c.span[1] for a in projected):
            c.year = next(y for a, y in projected.items() if c.span[0] <= a < c.span[1])
    out.sort(key=lambda c: c.span)
    return out


#: how far back (characters) a sentence without a country takes the last one named
_TOPIC_REACH = 400


def _qualitative_claims(text: str, s: SentenceScan, out: list[Claim], make: Callable[..., Claim],
                       country_for: Callable[[int, int, int], str | None], year_for: Callable[..., int | None],
                       article: list[Mention], pats: Patterns,
                       article_countries: list[Mention] | None = None) -> list[Claim]:
    """Claims without a figure that the rules above left: dominance ("China
    dominates graphite mining"), a market move ("nickel ended the year at four-year lows") and
    output that stopped ("the US no longer mines antimony"). See qualitative.py."""
    t = s.triggers
    got: list[Claim] = []

    def commodity_for(pos: int) -> str | None:
        return _commodity_for(s, pos, article)

    if t.get("dominance") and not any(c.kind in ("rank", "share") for c in out):
        got.extend(_qualitative.dominance_claims(text, s, make, year_for, commodity_for, pats))
    if t.get("market_move"):
        topic: str | None = None
        if article_countries and not any(c.end > c.start for c in s.countries):
            # the running topic: the country last named in the sentences just before this one
            i = bisect.bisect_left(article_countries, s.start, key=lambda c: c.start)
            if i and s.start - article_countries[i - 1].start <= _TOPIC_REACH:
                topic = article_countries[i - 1].value
        got.extend(_qualitative.market_move_claims(text, s, make, country_for, year_for, commodity_for, _SUB_ANNUAL,
                                                   topic, [c.span for c in out if c.kind == "change"]))
    if t.get("revision") and not any(c.kind == "change" for c in out):
        got.extend(_qualitative.revision_claims(text, s, make, country_for, commodity_for, pats))
    if t.get("stopped_output") and not any(c.kind == "quantity" and c.value == 0 for c in out):
        got.extend(_qualitative.stopped_output_claims(text, s, make, country_for, year_for, commodity_for, pats))
    # "one of the leading producers" and "a large share of": vague ranks and shares
    if t.get("among_leaders") and not any(c.kind in ("rank", "share") for c in out + got):
        got.extend(_qualitative.among_leaders_claims(text, s, make, year_for, commodity_for, pats))
    if t.get("vague_share") and not any(c.kind == "share" for c in out + got):
        got.extend(_qualitative.vague_share_claims(text, s, make, year_for, commodity_for, pats))
    if t.get("mainly_to") and not any(c.kind == "share" for c in out + got):
        got.extend(_qualitative.mainly_to_claims(text, s, make, year_for, commodity_for, pats))
    if t.get("fastest_growing") and not any(c.kind == "change" for c in out + got):
        got.extend(_qualitative.fastest_growing_claims(text, s, make, year_for, commodity_for, pats))
    # -- eleventh session: "Russia is third among producers", "China has the most reserves" (rank_words.py)
    if t.get("rank_words") and not any(c.kind == "rank" for c in out + got):
        got.extend(_qualitative.rank_word_claims(text, s, make, year_for, commodity_for, pats))
    return got


# --------------------------------------------------------------------------- net import reliance
#: wording of a country's net import reliance (imports as a share of its apparent
#: consumption, USGS MCS): "relies 100% on imports", "import reliance of 80%",
#: "80% import-dependent", "imported 80 percent of the rare earths it used"
_RELIANCE = re.compile(
    r"\bimport[\s-]+(?:relian(?:ce|t)|dependen(?:ce|cy|t))\b"
    r"|\b(?:relian(?:ce|t)|dependen(?:ce|cy|t)|depend(?:s|ed|ing)?|rel(?:y|ies|ied|ying))"
    r"\s+(?:[\w%.-]+\s+){0,3}?(?:up)?on\s+(?:(?:foreign\s+|overseas\s+|net\s+)?imports\b"
    r"|(?:foreign|overseas|outside)\s+(?:sources|suppliers|supplies|supply)\b)"
    r"|\bimported\s+(?:[^.;]{0,60}?)\b(?:it|they|the\s+(?:country|nation))\s+(?:used|uses|consumed|consumes|needed|needs)\b"
    r"|\bimports\s+(?:made\s+up|make\s+up|accounted\s+for|account\s+for|met|meet|supplied|covered|cover)\s+"
    r"[^.;]{0,30}?\bof\s+(?:[\w.'\u2019]+\s+){0,2}?(?:apparent\s+)?(?:consumption|demand)\b",
    re.I)
#: the reliance is total though no figure is written: "imports all of its gallium",
#: "is fully import reliant", "entirely dependent on imports"
_RELIANCE_FULL = re.compile(
    r"\bimport(?:s|ed)\s+all\s+(?:of\s+)?(?:its|their|the)\b"
    r"|\b(?:fully|entirely|completely|wholly|totally)\s+(?:import[\s-]+(?:relian|dependen)t"
    r"|(?:relian|dependen)t\s+on\s+(?:foreign\s+)?imports)\b", re.I)
#: "imports nearly all of its gallium", "relies on imports for almost all of its rare earths"
_RELIANCE_NEARLY_FULL = re.compile(
    r"\bimport(?:s|ed)\s+(?:nearly|almost|virtually|practically)\s+all\s+(?:of\s+)?(?:its|their|the)\b"
    r"|\b(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?)\s+on\s+(?:foreign\s+)?imports\s+for\s+(?:nearly|almost|virtually"
    r"|practically)\s+all\b", re.I)
_W_RELIANCE = _wordset("import imports imported reliance reliant dependence dependency dependent depends depend "
                       "depended relies rely relied relying")
#: a count of minerals, not one mineral: "100% reliant on imports for 12 of them"
_MINERAL_COUNT = re.compile(r"\s*(?:on\s+imports\s+)?for\s+(?:at\s+least\s+|a\s+further\s+|another\s+|more\s+than\s+)?"
                            r"(?:\d+|a\s+dozen|dozens|several|many|most)\b", re.I)
_W_WHOLE = _wordset("all fully entirely completely wholly totally any no not")
_W_WHOLE_VERB = _wordset("import imports imported reliant dependent mine mined mining produce produced production output")
_OR_MORE = re.compile(r"\s*(?:or\s+(?:more|higher|above|greater))\b", re.I)
_RELIANCE_SPLIT = re.compile(r";|\d")


def _reliance_commodity(text: str, s: SentenceScan, n_start: int, n_end: int) -> str | None:
    """The commodity of one reliance figure: named in its own "of ..." phrase ("80 percent of
    rare earths"), or just before it ("tellurium (75%)"), else the sentence's only one."""
    stop = _RELIANCE_SPLIT.search(text, n_end, min(s.end, n_end + 60))
    own = _commodity_in(s, n_end, stop.start() if stop else min(s.end, n_end + 60))
    if own:
        return own
    before = [c for c in s.commodities if c.end <= n_start and n_start - c.end <= 4]
    if before:
        return before[-1].value
    named = list(dict.fromkeys(c.value for c in s.commodities))
    return named[0] if len(named) == 1 else None


def _reliance_claims(text: str, s: SentenceScan, make: Callable[..., Claim],
                     country_for: Callable[[int, int, int], str | None],
                     year_for: Callable[..., int | None], pats: Patterns) -> tuple[list[Claim], list[tuple[int, int]]]:
    """Net import reliance claims of one sentence and the spans of the figures they use.

    A percentage is a reliance figure when it stands right before the reliance wording
    ("80% import-dependent", "95% or more reliant on imports") or after it in the same
    sentence ("import reliance of 76%", "... it used; 100 percent of gallium"). The
    commodity is only ever one the sentence names: a sentence about a count of minerals
    ("100% reliant on imports for 12 minerals") has none, and is unverifiable."""
    if s.words.isdisjoint(_W_RELIANCE):
        return [], []
    cues = list(_RELIANCE.finditer(text, s.start, s.end))
    full = list(_RELIANCE_FULL.finditer(text, s.start, s.end))
    nearly = list(_RELIANCE_NEARLY_FULL.finditer(text, s.start, s.end)) if "all" in s.words else []
    full += [m for m in nearly if not any(f.start() <= m.start() < f.end() for f in full)]
    if not cues and not full:
        return [], []
    out: list[Claim] = []
    used: list[tuple[int, int]] = []
    first = min([m.start() for m in cues] + [m.start() for m in full])
    for n in s.numbers:
        if n.unit != "percent":
            continue
        after = n.start >= first
        gap = text[n.end:first] if n.end <= first else None
        near_before = gap is not None and len(gap) <= 30 and re.fullmatch(
            r"(?:\s*(?:or\s+(?:more|higher|above|greater)|net|a|an|the)\b)*[\s-]*", gap, re.I) is not None
        # "80% of U.S. consumption of rare earths relied on imports": the share of consumption
        of_use = gap is not None and _OF_CONSUMPTION.match(text, n.end, first) is not None
        if not (after or near_before or of_use):
            continue
        if _FROM_SOURCE.match(text, n.end, min(s.end, n.end + 60)):
            continue  # "77% of which came from China": a partner's share of the imports, not reliance
        hedge = n.hedge
        if hedge is None and _OR_MORE.match(text, n.end):
            hedge = "at least"  # "95% or more reliant"
        count_of = _MINERAL_COUNT.match(text, n.end) is not None \
            or any(_MINERAL_COUNT.match(text, m.end()) for m in cues if m.start() <= n.start <= m.end())
        com = None if count_of else _reliance_commodity(text, s, n.start, n.end)
        out.append(_reliance_claim(text, make, s, n.hedge_start if n.hedge_start is not None else n.start, n.end,
                                   n.value, n.precision, hedge, com, country_for, year_for, pats))
        used.append((n.start, n.end))
    if not out:
        for m in full:
            com = _commodity_in(s, m.end(), min(s.end, m.end() + 60)) or _reliance_commodity(text, s, m.start(), m.end())
            hedge_full = "nearly" if m.re is _RELIANCE_NEARLY_FULL else None  # "imports almost all of its ...": 90% or more
            out.append(_reliance_claim(text, make, s, m.start(), m.end(), 100.0, 0.5, hedge_full, com, country_for,
                                       year_for, pats))
    return out, used


def _reliance_claim(text: str, make: Callable[..., Claim], s: SentenceScan, a: int, b: int, value: float, precision: float,
                    hedge: str | None, commodity: str | None, country_for: Callable[[int, int, int], str | None],
                    year_for: Callable[..., int | None], pats: Patterns) -> Claim:
    cty = country_for(a, s.start, s.end)
    if cty == "WLD":
        cty = None
    lo, hi = _clause_bounds(text, s, a)
    c = make("share", a, b, commodity=commodity, measure="net_import_reliance", stage=None, country=cty,
             year=year_for(a, lo, hi), value=value, unit="percent", hedge=hedge, precision=precision,
             share=value / 100)
    c.subject = (f"{pats.country_names.get(cty or '', cty or '?')} net import reliance for "
                 f"{pats.commodity_names.get(commodity or '', commodity or 'minerals')}")
    return c


# --------------------------------------------------------------------------- no output at all
#: "did not mine any antimony", "mined no tungsten", "has no domestic graphite production",
#: "has not mined rare earths since 2015": a production figure of zero, written without a digit
_ZERO_OUTPUT = re.compile(
    r"\b(?:did|does|do)\s+not\s+(?P<v1>mine|produce)\s+any\b"
    r"|\b(?:didn['\u2019]t|doesn['\u2019]t|don['\u2019]t)\s+(?P<v2>mine|produce)\s+any\b"
    r"|\b(?P<v3>mined|produced)\s+no\b"
    r"|\b(?:(?:has|have|had)\s+(?:not|no)|(?:hasn|haven|hadn)['\u2019]t)\s+(?:(?:engaged\s+in|had)\s+(?:any\s+)?)?(?:commercial\s+|domestic\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?P<v4>mining|mined|production|produced)\b(?!\s+(?:quotas?|capacity|plans?|targets?|figures|data"
    r"|statistics|licen[cs]es?|permits?|facilit(?:y|ies)|official|any\s+(?:data|figures)))"
    r"|\bno\s+(?:commercial\s+|domestic\s+)?(?:[\w-]+\s+){0,2}?(?P<v5>mine\s+production|mining|production)\s+"
    r"(?:in|took\s+place|was\s+reported)\b"
    # (twenty-second session) the passive with its place: "Rare earth elements are currently not mined in Europe"
    r"|\b(?:is|are|was|were)\s+(?:(?:currently|still|presently|now)\s+)?not\s+(?:(?:currently|commercially|yet)\s+)?"
    r"(?P<v6>mined|produced)(?=\s+(?:anywhere\s+)?in\s+(?:the\s+)?(?-i:[A-Z]))"
    # "No rare-earth elements are currently mined in Europe": the same passive with "no" before its subject
    r"|\bno\s+(?:[\w-]+\s+){1,3}?(?:is|are|was|were)\s+(?:(?:currently|still|presently|now|commercially)\s+){0,2}"
    r"(?P<v8>mined|produced)(?=\s+(?:anywhere\s+)?in\s+(?:the\s+)?(?-i:[A-Z]))"
    # the commodity before a relative clause: "uranium, which France does not domestically produce"
    r"|\b(?:which|that)\s+(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,2}\s+(?:does|did|do)\s+not\s+"
    r"(?:(?:domestically|commercially|itself)\s+)?(?P<v7>mine|produce)\b", re.I)
#: what stands between the passive and its place: " in the ", " anywhere in "
_ZERO_PLACE_GAP = re.compile(r"\s+(?:anywhere\s+)?in\s+(?:the\s+)?", re.I)
#: the commodity referred back to after the verb: "production of the metal", "of this mineral"
_ZERO_BACK_REF = re.compile(r"\s+of\s+(?:the|this|that)\s+(?:metal|mineral|element|material|commodity)\b", re.I)
_SINCE_YEAR = re.compile(r"[^.;]{0,60}?\bsince\s+(?P<y>(?:19[89]\d|20[0-3]\d))\b", re.I)
#: "since the closure of its last mine in 2001", "since the mine shut in 2016": the year
#: of the event that ended output
_SINCE_EVENT_YEAR = re.compile(
    r"[^.;]{0,60}?\bsince\s+(?:the|its|their|a)\s+[^.;\d]{0,70}?\b(?:in|of)\s+(?P<y>(?:19[89]\d|20[0-3]\d))\b", re.I)


def _zero_output_claims(text: str, s: SentenceScan, make: Callable[..., Claim],
                        country_for: Callable[[int, int, int], str | None],
                        year_for: Callable[..., int | None], pats: Patterns) -> list[Claim]:
    """A country that mined or produced none of a commodity: a quantity of 0 t. "since 2015"
    makes it a claim about every year from then on."""
    if s.words.isdisjoint(_W_WHOLE) or s.words.isdisjoint(_W_WHOLE_VERB):
        return []
    out: list[Claim] = []
    for m in _ZERO_OUTPUT.finditer(text, s.start, s.end):
        com = _commodity_in(s, m.start(), min(s.end, m.end() + 40))  # "did not mine any antimony": named with it
        cty = country_for(m.start(), s.start, s.end)
        if m.group("v6") or m.group("v8"):  # "are not mined in Europe": the place follows, the commodity is the subject
            cty = next((c.value for c in s.countries if c.start > m.end() and _ZERO_PLACE_GAP.fullmatch(text, m.end(), c.start)), None)
            com = _commodity_in(s, s.start, m.end())
        elif m.group("v7") or (com is None and _ZERO_BACK_REF.match(text, m.end())):
            # "uranium, which France does not produce", "no production of the metal": the commodity before
            before = [c for c in s.commodities if c.start < m.start()]
            com = before[-1].value if before else com
        if com is None or cty in (None, "WLD"):
            continue
        verb = next(v for v in m.groups() if v)
        mining = verb.lower().startswith("min") or _MINING_WORD.search(text, m.start(), m.end()) is not None
        since = _SINCE_YEAR.match(text, m.end()) or _SINCE_EVENT_YEAR.match(text, m.end(), s.end)
        c = make("quantity", m.start(), m.end(), commodity=com, measure="production",
                 stage="mining" if mining else None, country=cty,
                 year=None if since else year_for(m.start(), s.start, s.end), value=0.0, unit="t",
                 precision=0.0)
        if since:
            c.comparison = {"since": int(since.group("y"))}
        c.subject = f"{pats.country_names.get(cty, cty)} production of {pats.commodity_names.get(com, com)} (none)"
        out.append(c)
    return out



#: a country that exported (or imported) none of a commodity: "did not export any gallium in August"
_ZERO_TRADE = re.compile(
    r"\b(?:did|does|do)\s+not\s+(?:\w+\s+)?(?P<v1>export|ship|import)\b"
    r"|\b(?:didn['\u2019]t|doesn['\u2019]t|don['\u2019]t)\s+(?P<v2>export|ship|import)\b"
    r"|\b(?P<v3>exported|shipped|imported)\s+no\b"
    r"|\bno\s+(?P<v4>exports|shipments|imports)\s+of\b", re.I)
#: the trade is with one partner ("to the United States", "from China"), not the country's total
_ZERO_TRADE_OBJECT = re.compile(r"\s+(?:(?:any|the|its|their|refined|unwrought|wrought|raw|primary|more)\s+)*")
_W_ZERO_TRADE = _wordset("export ship import exported shipped imported exports shipments imports")
_ZERO_TRADE_PARTNER = re.compile(r"[^.;]{0,80}?\b(?:to|from|with|into)\s+(?:the\s+)?[A-Z]")
_PARTNER_JUST_BEFORE = re.compile(r"\b(?:to|from|into|with)\s+(?:the\s+)?$", re.I)
_ZERO_TRADE_NOT_YET = re.compile(
    _lx.bounded(_lx.FUTURE_MODALS, _lx.MODALS, _lx.without(_lx.CONDITIONALS, "whether"), "plans?|expected"), re.I)


def _zero_trade_claims(text: str, s: SentenceScan, make: Callable[..., Claim],
                       country_for: Callable[[int, int, int], str | None],
                       year_for: Callable[..., int | None], pats: Patterns) -> list[Claim]:
    """A country that exported or imported none of a commodity in a year or part of one: a
    quantity of 0 t of its exports (imports). Trade with one named partner is not its total,
    and a conditional or a plan is no claim."""
    out: list[Claim] = []
    for m in _ZERO_TRADE.finditer(text, s.start, s.end):
        # the commodity is the verb's object: "did not export any gallium", not "export data on gallium"
        obj = next((c for c in s.commodities if m.end() <= c.start <= m.end() + 40
                    and _ZERO_TRADE_OBJECT.fullmatch(text, m.end(), c.start)), None)
        com = obj.value if obj is not None else None
        cty = country_for(m.start(), s.start, s.end)
        if com is None or cty in (None, "WLD") or _ZERO_TRADE_NOT_YET.search(text, s.start, m.start()):
            continue
        if _ZERO_TRADE_PARTNER.match(text, m.end(), s.end) and any(
                c.start >= m.end() and c.value != cty for c in s.countries):
            continue  # "did not export gallium to the United States": one partner, not the total
        verb = next(v for v in m.groups() if v)
        measure = "imports" if verb.lower().startswith("import") else "exports"
        # "no shipments of germanium to the United States since October": the only country
        # named is the partner, not the trader
        partner = next((c.value for c in s.countries if c.start >= m.end() and c.value == cty
                        and _PARTNER_JUST_BEFORE.search(text, max(s.start, c.start - 12), c.start)), None)
        c = make("quantity", m.start(), m.end(), commodity=com, measure=measure, country=None if partner else cty,
                 year=year_for(m.start(), s.start, s.end), value=0.0, unit="t", precision=0.0)
        period = _part_of_year(text, s.start, s.end, m.start(), m.end())
        if period is not None:
            c.comparison = {"period": period}
            c.year = None if not s.years else c.year
        if partner:
            c.comparison = {**(c.comparison or {}), "partner": partner}
        c.subject = f"{pats.country_names.get(cty, cty)} {measure} of {pats.commodity_names.get(com, com)} (none)"
        out.append(c)
    return out


# --------------------------------------------------------------------------- lists of figures
_TONNES = {"t": 1.0, "kt": 1e3, "Mt": 1e6, "kg": 1e-3, "g": 1e-6, "short_t": 0.90718474}
#: list items within this factor of each other are taken to give the same measure
_LIST_FACTOR = 100.0


def _one_hyphenated_rank(text: str, found: list[Claim]) -> list[Claim]:
    """An ordinal joined by a hyphen or dash to a superlative ("the fifth-largest", "2nd-biggest")
    is one rank: when one rule read the ordinal ("ranks Russia as having the fifth") and another
    read the superlative after the hyphen as first place, the first place is dropped."""
    ends = {c.span[1] for c in found if c.kind == "rank" and c.rank is not None and c.rank > 1}
    if not ends:
        return found
    return [c for c in found if not (c.kind == "rank" and c.rank == 1 and c.span[0] - 1 in ends
                                     and text[c.span[0] - 1] in "-\u2010\u2011\u2013\u2014")]


def _last_mass_measure(found: list[Claim]) -> tuple[str, str | None, float] | None:
    """The measure of the last mass figure a sentence gave with its measure named, for the
    items of a list that follow without one ("Vietnam follows with 22 million MT")."""
    for c in reversed(found):
        if c.kind == "quantity" and c.measure in ("production", "reserves") and c.unit in _TONNES \
                and c.value and c.country not in (None, "WLD"):
            return c.measure, c.stage, c.value * _TONNES[c.unit]
    return None


def _comparable(n: Number, unit: str | None, tonnes: float) -> bool:
    """Whether a figure is of the same order as the list's last one (within a factor of 100)."""
    if unit not in _TONNES or not n.value or not tonnes:
        return False
    v = n.value * _TONNES[unit]
    return tonnes / _LIST_FACTOR <= v <= tonnes * _LIST_FACTOR



# --------------------------------------------------------------------------- list headings
#: what a heading line may hold besides its country: numbering and punctuation
_HEADING_REST = re.compile(r"[\s\d.#:()\-\u2013\u2014*]*")
#: a heading names the country of the list items up to this many sentences after it
_HEADING_REACH = 8


def _heading_country(sent: str, s: SentenceScan) -> str | None:
    """The country of a heading line ("1. South Africa", "#2 Russia:"), else None."""
    if len(sent) > 60 or len(s.countries) != 1:
        return None
    c = s.countries[0]
    if c.end <= c.start:
        return None
    a, b = c.start - s.start, c.end - s.start
    rest = sent[:a] + sent[b:]
    return c.value if _HEADING_REST.fullmatch(rest) else None



# --------------------------------------------------------------------------- differences, participles
#: a mass figure that sizes a change: "a 7,400 t increase", "a 30,000-tonne year-on-year drop"
_AMOUNT_CHANGE_AFTER = re.compile(
    r"(?:\s*-?\s*(?:metric\s+)?(?:tonnes?|tons?|t|kt|kg)\b)?"
    r"\s*(?:(?:year[\s-]on[\s-]year|annual|yearly|overall|net)\s+)?(?:increase|rise|jump|gain|drop|decrease|decline|fall"
    r"|reduction|cut|increment|surge|slump|shortfall)s?\b", re.I)
_DIFFERENCE_AFTER = re.compile(
    r"\s*(?:higher|more|lower|less|greater|fewer|bigger|larger|smaller|above|below|short\s+of|shy\s+of|behind|ahead\s+of)\s+(?:than\b)?", re.I)
#: a figure in a trailing participle phrase: ", coming in at 18,000 kg", ", totalling 5,000 t"
_PARTICIPLE_BEFORE = re.compile(
    r",\s+(?:coming\s+in\s+at|standing\s+at|putting\s+out|producing|reaching|totall?ing|amounting\s+to)"
    r"\s*(?:(?:about|around|roughly|nearly|almost|some|just|approximately)\s+)?$", re.I)


def _participle_subject(text: str, s: SentenceScan, hs: int) -> str | None:
    """The subject of the main clause (the first country named, before the participle) when
    a figure stands in a trailing participle phrase, else None."""
    m = _PARTICIPLE_BEFORE.search(text, max(s.start, hs - 40), hs)
    if m is None:
        return None
    named = [c for c in s.countries if c.end > c.start and c.start < m.start()]
    return named[0].value if named else None



def _last_share_word(text: str, first: re.Match[str], n: Number) -> re.Match[str]:
    """The share word nearest before a figure: "A accounts for 83% of mining, with processing
    accounting for over 90%" names one stage for the second figure, not two."""
    if first.end() > n.start:
        return first
    last = first
    for m in _SHARE_WORD.finditer(text, first.end(), n.start):
        last = m
    return last



# --------------------------------------------------------------------------- spans of years
#: a relative clause whose antecedent is the country just named: "outside China, which dominates ..."
_RELATIVE_OF_EXCLUDED = re.compile(r"\s*,\s+which\s+(?:now\s+|still\s+|already\s+)?(?:dominates|controls|is|remains|has|holds)\b")
_NON_BEFORE = re.compile(r"\bnon-\s*$|\b(?:outside(?:\s+of)?|excluding|ex-)\s*$", re.I)
_YEAR_SPAN = re.compile(
    r"\b(?:from|between)\s+(?P<a>(?:19[89]\d|20[0-3]\d))\s+(?:to|and|through|until)\s+(?P<b>(?:19[89]\d|20[0-3]\d))\b"
    r"|\b(?P<c>(?:19[89]\d|20[0-3]\d))\s*(?:-|\u2013|to)\s*(?P<d>(?:19[89]\d|20[0-3]\d))\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_TO_BEFORE = re.compile(r"\b(?:to|reaching|reached)\s+$", re.I)
_TO_AFTER = re.compile(r"(?:\s+in\s+(?:19[89]\d|20[0-3]\d))?\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+)?"
                       r"(?:US)?\$?\d", re.I)


def _year_span(text: str, s: SentenceScan) -> tuple[int, int] | None:
    """(first, last) year of a span the sentence names ("from 2015 to 2022", "2015-2022")."""
    if len(s.years) < 2:
        return None
    m = _YEAR_SPAN.search(text, s.start, s.end)
    if m is None:
        return None
    a, b = (int(m.group("a")), int(m.group("b"))) if m.group("a") else (int(m.group("c")), int(m.group("d")))
    return (a, b) if a < b else None


def _from_to_role(text: str, s: SentenceScan, n: Number, hs: int) -> str | None:
    """ "from" for the start value of a change ("from 105,000 t to 210,000 t"), "to" for its
    end value ("to 90,000 t"), else None."""
    if _FROM_BEFORE.search(text, max(s.start, hs - 6), hs) and _TO_AFTER.match(text, n.end, min(s.end, n.end + 40)):
        return "from"
    if _TO_BEFORE.search(text, max(s.start, hs - 10), hs):
        return "to"
    return None

_SOURCE_DATA_AROUND = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:official\s+)?$", re.I)
_DATA_AFTER = re.compile(r"\s+(?:government\s+|official\s+)?(?:data|figures|statistics)\b", re.I)
#: "non-Chinese", "outside China", "excluding China", "ex-China" before a figure in its clause
_NON_BEFORE_FIGURE = re.compile(r"\b(?i:non)-\s*[A-Z]|\b(?i:outside(?:\s+of)?|excluding|ex-)\s*(?:the\s+)?[A-Z]")
_DATA_SHOW_AFTER = re.compile(r"\s+(?:data|figures|statistics)\s+(?:show|showed|shows|indicate[sd]?)\b", re.I)



# --------------------------------------------------------------------------- "nine out of ten"
_OUT_OF_COUNT = (r"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}")
_OUT_OF = re.compile(
    rf"\b(?P<a>{_OUT_OF_COUNT})\s+(?:out\s+of|in)\s+(?:every\s+)?(?P<b>two|three|four|five|ten|3|4|5|10)\b(?!\s*(?:%|percent|years?|months?|days?))",
    re.I)
_W_OUT_OF = _wordset("two three four five ten every")


def _count_word(w: str) -> int | None:
    w = w.lower()
    return int(w) if w.isdigit() else _WORDNUM.get(w)



#: "between 2022 and 2023", "from 2022 to 2023", "in 2022-2023": a span of two years
_YEAR_SPAN_PAIR = re.compile(r"\b(?:between\s+|from\s+)?(?P<a>(?:19|20)\d\d)\s*(?:and|to|-|\u2013)\s*(?P<b>(?:19|20)\d\d)\b")


def _pair_years_from_to(out: list[Claim], text: str, s: SentenceScan) -> None:
    """ "rose from 72% to 77% between 2022 and 2023": the two figures of a "from X to Y" of one
    kind take the span's first and last years in order (read alone, each would take the year
    nearest to it, the same for both)."""
    span = _YEAR_SPAN_PAIR.search(text, s.start, s.end)
    if span is None or not int(span.group("a")) < int(span.group("b")):
        return
    from itertools import pairwise

    for a, b in pairwise(sorted(out, key=lambda c: c.span)):
        if a.kind != b.kind or a.kind not in ("share", "quantity") or a.span[1] > b.span[0] \
                or (a.country, a.commodity) != (b.country, b.commodity):
            continue
        between = text[a.span[1]:b.span[0]]
        if re.fullmatch(r"\s*(?:[A-Za-z%]+\s*){0,3}?to\s*", between) and \
                _FROM_JUST_BEFORE.search(text, max(0, a.span[0] - 6), a.span[0]):
            a.year, b.year = int(span.group("a")), int(span.group("b"))


#: "..., down from", "up from", "compared with": what comes next is the figure the change started from
_CHANGED_FROM_BEFORE = re.compile(
    r"(?:\b(?:up|down|rising|falling|rose|fell|climbing|dropping|increas\w*|decreas\w*|declin\w*)\s+from"
    r"|\bcompared\s+(?:with|to))\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?$", re.I)


def _earlier_from_figure(out: list[Claim], text: str, s: SentenceScan) -> None:
    """ "13,000 t in 2024, down from 16,000 t": the figure a change started from, given with no
    year of its own in a sentence that names only the year of the first figure, is the year
    before (read alone it would take that same year)."""
    if len({y.value for y in s.years}) > 1:
        return
    from itertools import pairwise

    for a, b in pairwise(sorted(out, key=lambda c: c.span)):
        if a.kind != b.kind or a.kind not in ("share", "quantity") or a.year is None or a.year != b.year \
                or (a.country, a.commodity, a.measure) != (b.country, b.commodity, b.measure) \
                or any(b.span[0] <= y.start < b.sentence_span[1] for y in s.years):
            continue
        if _CHANGED_FROM_BEFORE.search(text, max(a.span[1], b.span[0] - 40), b.span[0]):
            b.year = a.year - 1


# --------------------------------------------------------------------------- ranges of tonnages
_RANGE_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MASS_RANGE = re.compile(
    rf"(?<![\w.,$-])(?P<a>{_RANGE_NUM})\s*(?P<sa>{_lx.joined(_lx.SCALE_WORDS)})?"
    rf"\s*(?P<sep>-|\u2013|\u2014|to|and)\s*(?P<b>{_RANGE_NUM})\s*(?P<sb>{_lx.joined(_lx.SCALE_WORDS)})?\s*"
    r"(?P<unit>metric\s+ton(?:ne)?s|tonnes|tons|t|kt|Mt|kilotonnes|kilograms|kg|(?:troy\s+)?ounces|oz)\b", re.I)
_W_MASS_UNIT = _wordset("tonnes tons t kt mt kilotonnes kilograms kg ounces oz")
_FROM_JUST_BEFORE = re.compile(r"\b(?:from|by)\s+$", re.I)


def _mass_range(text: str, m: re.Match[str]) -> Number | None:
    """ "between 260,000 and 280,000 tonnes", "20,000-22,000 t": one figure holding anywhere
    in the range (its midpoint, half the width plus the rounding), never two figures. "from X
    to Y" is a change, not a range."""
    sep = m.group("sep").lower()
    between = _BETWEEN_BEFORE.search(text, max(0, m.start() - 9), m.start())
    if sep == "and" and not between:
        return None
    if sep == "to" and _FROM_JUST_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return None
    if _YEAR_DIGITS.fullmatch(m.group("a")) and not m.group("sa"):
        return None  # "2023-24 ...", "in 1994 to 270,000 t": a year, not the low end
    scale_b = _SCALE.get((m.group("sb") or "").lower(), 1.0)
    scale_a = _SCALE.get((m.group("sa") or "").lower(), scale_b)
    lo = float(m.group("a").replace(",", "")) * scale_a
    hi = float(m.group("b").replace(",", "")) * scale_b
    if not 0 < lo < hi:
        return None
    key = _WS.sub(" ", m.group("unit"))
    unit = "Mt" if key == "Mt" else (_UNIT.get(key) or _UNIT.get(key.lower()))
    if unit is None:
        return None
    first = between.start() if between else m.start()
    hedge, hs = _hedge_before(text, first)
    return Number(m.start(), m.end(), (lo + hi) / 2, unit, (hi - lo) / 2 + precision_of(m.group("b"), scale_b), hedge,
                  text[first:m.end()], hedge_start=hs if hs is not None else first)
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)



# --------------------------------------------------------------------------- subsets and owners
#: heavy or light rare earths are a subset of the group: USGS totals neither support nor refute them
_REE_SUBSET = re.compile(
    r"\b(?P<w>heavy|light|medium(?:[\s-]+(?:and|to)[\s-]+heavy)?)[\s-]+(?:rare[\s-]+earths?|REEs?)\b|\b(?P<a>[HL])REEs?\b", re.I)


#: the next joined clause after a figure: ", and controls ...", "; ...", ", while ..."
_CLAUSE_PUNCT = re.compile(r"[;,]")
#: "... of global output at the processing stage", "... at the refining level": the share's stage
_AT_STAGE = re.compile(
    r"[^.;,\d%]{0,50}?\b(?:at|in)\s+the\s+(?P<st>processing|refining|separation|mining|extraction|mine)"
    r"\s+(?:stage|level|step|end)\b", re.I)
_NEXT_JOINED = re.compile(r"\s*(?:;|,\s+(?:and|but|while|whereas|yet)\s)", re.I)
_FIGURE_GAP = re.compile(r"\s*(?:(?:about|around|roughly|approximately|nearly|almost|some|over|more\s+than|~)\s*)?$",
                            re.I)


#: "in 2024", "for 2022": the one year a sentence dates its figures with
_IN_YEAR = re.compile(r"\b(?:in|for|during)\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_ANY_YEAR = re.compile(r"(?<![\d.,$])(?:19|20)\d\d(?![\d%])")


def _past_year_will(text: str, s: SentenceScan, article_year: int) -> bool:
    """ "In 2024, China will mine about 270,000 t", "will supply 99% of the world's gallium in 2024":
    a future modal beside the one year the sentence writes, a year that ended before the article's,
    is a rewriter's tense (machine-spun copy), not a forecast (thirteenth session; README labels
    C293, C3066, C3721, C4821 read such figures as facts of that year)."""
    years = {m.group(0) for m in _ANY_YEAR.finditer(text, s.start, s.end)}
    m = _IN_YEAR.search(text, s.start, s.end)
    return m is not None and len(years) == 1 and int(m.group("y")) < article_year


def _clause_cut(text: str, pos: int, end: int) -> int:
    """The end of the figure's own clause within ``end``: a subset word in the next joined clause
    ("processes 90%, and controls the heavy rare earth chain") is not this figure's."""
    m = _CLAUSE_PUNCT.search(text, pos, end)
    while m is not None:
        if _NEXT_JOINED.match(text, m.start()):
            return m.start()
        m = _CLAUSE_PUNCT.search(text, m.end(), end)
    return end


def _verb_owns_figure(text: str, pick: Mention, pos: int, inside: list[Mention]) -> bool:
    """ "produces ~69% ..., processes around 90%": an output word right before the figure is its
    measure; a refining word after the figure belongs to the next item."""
    return pick.end <= pos and _FIGURE_GAP.match(text, pick.end, pos) is not None \
        and all(m.start > pos for m in inside if m.value == "refining")


def _ree_subset(text: str, a: int, b: int) -> str | None:
    m = _REE_SUBSET.search(text, a, b)
    if m is None:
        return None
    light = (m.group("a") or "").upper() == "L" or (m.group("w") or "").lower() == "light"
    return "light rare earths" if light else "heavy rare earths"


#: a share owned by a country's companies rather than produced on its soil: "owned by Chinese
#: firms", "companies from China own", "Chinese-owned mines supply" ("Chinese companies hold
#: 69% of mined output" stays the country's share: loose wording for the national industry)
_COMPANY_HELD = re.compile(
    r"\b(?:controlled|owned|held|operated|run)\s+(?:or\s+\w+\s+)?by\s+(?:[\w-]+\s+){0,4}?"
    r"(?:compan(?:y|ies)|firms?|corporations?|enterprises?|conglomerates?)\b"
    r"|\b(?:companies|firms|corporations|enterprises|conglomerates)\s+(?:[\w-]+\s+){0,4}?own(?:s|ed)?\b"
    r"|\b[\w-]+[\s-]owned\s+(?:companies|firms|corporations|enterprises|mines|operations)\b", re.I)
#: "... of the nickel mining in the country", "... of domestic output": a national denominator
_NATIONAL_TAIL = re.compile(
    r"\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:in\s+the\s+(?:country|nation)|domestically|at\s+home)\b"
    r"|\s+of\s+(?:the\s+country['\u2019]s|domestic|national)\b", re.I)
_YOY_TAIL = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:year[\s-](?:on|over)[\s-]year|y/y|yoy|y-o-y|on-year"
                       r"|on\s+the\s+year|from\s+a\s+year\s+(?:earlier|ago|before)|(?:than|from)\s+(?:a\s+year|last\s+year))\b",
                       re.I)
#: stocks held in warehouses or on an exchange, which no series of the dataset holds
_STOCKS_WORD = re.compile(r"\b(?:warehouses?|stocks|inventor(?:y|ies)|on[\s-]warrant)\b", re.I)
_W_STOCKS = frozenset({"warehouse", "warehouses", "stocks", "inventory", "inventories", "warrant"})
_GROWTH_TAIL = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:growth|increase|additions|expansion)\b", re.I)
_SAME_YEAR = re.compile(r"(?:\s+\w+){0,2}?\s+in\s+(?:the\s+)?same\s+year\b|\s+that\s+(?:same\s+)?year\b", re.I)
#: an item of a list told in prose: "Fourth on the list is", "In fifth place is", "Coming in third,",
#: "Next is", "Rounding out the top five is" (a sentence-opening place in an order)
_PROSE_LIST_ITEM = re.compile(
    r"[\s\"'\u201c(]*(?:(?:In|At|Coming\s+in|Taking|Ranked|Ranking|(?:Finishing|Landing|Sitting|Standing|Placing)(?:\s+in)?)\s+)?(?:the\s+)?"
    + "(?:" + _lx.joined(_lx.ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\b"
    r"(?:\s+(?:place|spot|position|on\s+the\s+list|in\s+line|largest|biggest))?"
    r"|[\s\"'\u201c(]*(?:Next(?:\s+(?:up|on\s+the\s+list|in\s+line))?|Rounding\s+out\s+the\s+(?:top|list))\b", re.I)
#: how many sentences back the dated figures of a prose list may be
_PROSE_LIST_REACH = 3
#: a sentence opening with a clause of cause or time before its main clause ("After new US duties, ...",
#: "In response to the tariffs, ...", "In April, following ...")
_LEAD_CAUSE = re.compile(
    r"[\s\"'\u201c(]*(?:In\s+\w+(?:\s+\d{1,2})?(?:\s+\d{4})?,\s+)?(?:after|following|amid"
    r"|(?:in|as)\s+(?:an?\s+|direct\s+)?(?:response|retaliation|reply|answer)\s+(?:to|for|against)"
    r"|responding\s+to|retaliating\s+(?:against|for))\b", re.I)
_CONTINUES = re.compile(r"[\s\"'\u201c(]*(?:This|That)(?:\s+(?:output|production|figure|amount|volume|tonnage|total))?"
                        r"\s+(?:is|was|marks|marked|represents|represented|compares|accounts|accounted|makes)\b")
_PREV_YEAR_WORDS = re.compile(r"\b(?:the\s+)?(?:previous|prior|preceding)\s+year|\bthe\s+year\s+before\b|\ba\s+year\s+earlier\b", re.I)
_OUT_OF_DIGITS = (" in 10", " in 5", " in 4", " in 3", " of 10", " of 5", " of 4", " of 3")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_W_SUBSET = _wordset("heavy light medium hree hrees lree lrees")
#: "share in the US supply", "share of America's market": the market of one country
_NATIONAL_MARKET = re.compile(
    r"\bshare\s+(?:in|of)\s+(?:the\s+)?(?P<who>[^,;%\d]{2,30}?)\s+(?:supply|supplies|market|consumption|imports|demand|needs)\b",
    re.I)


#: "97% of EU's magnesium supply is sourced from China", "80% of Europe's needs come from China": a
#: share of one buyer's supply, which no world total is the denominator of (nineteenth session: a bloc or
#: region the gazetteer does not hold as a country is still a buyer)
_BUYER_SUPPLY_FROM = re.compile(
    r"\s*of\s+(?:the\s+)?(?-i:[A-Z][\w.]*)(?:\s+(?-i:[A-Z][\w.]*)){0,2}['\u2019]s?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:supply|supplies|imports|consumption|demand|needs|requirements)\s+(?:is|are|was|were|comes?|came)\s+"
    r"(?:\w+ly\s+)?(?:sourced|imported|bought|purchased|supplied|from)\b", re.I)


def _national_market(text: str, s: SentenceScan, lo: int, hs: int) -> bool:
    m = _NATIONAL_MARKET.search(text, lo, hs)
    if m is None:
        return False
    return any(m.start("who") <= c.start < m.end("who") for c in s.countries if c.end > c.start)


# --------------------------------------------------------------------------- "imports X% of its ... from Y"
_IMPORT_VERB_BEFORE = re.compile(
    r"\b(?:imports|imported|import|sources|sourced|buys|bought|purchases|purchased|gets|got|receives|received"
    r"|obtains|obtained|procures|procured|draws|drew|takes|took)\s+$", re.I)
_FROM_AFTER = re.compile(r"[^.;%\d]{0,60}?\bfrom\s+(?:the\s+)?", re.I)


def _imports_from(text: str, s: SentenceScan, n: Number, hs: int) -> tuple[str, str | None] | None:
    """(buyer, partner) of "the U.S. imports 70% of its rare earths from China": the country
    before the verb buys, the one after "from" sells."""
    if not _IMPORT_VERB_BEFORE.search(text, max(s.start, hs - 12), hs):
        return None
    fm = _FROM_AFTER.match(text, n.end, min(s.end, n.end + 80))
    if fm is None:
        return None
    named = [c for c in s.countries if c.end > c.start]
    buyer = next((c.value for c in reversed(named) if c.start < hs), None)
    partner = next((c.value for c in named if c.start == fm.end()), None)
    if buyer is None or partner is None or buyer == partner:
        return None
    return buyer, partner
_OF_CONSUMPTION = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w.'\u2019]+\s+){0,4}?(?:apparent\s+)?(?:consumption|demand|use|needs)\b", re.I)
_FROM_SOURCE = re.compile(r"\s+of\s+(?:which|them|these|those|that)\b[^.;%\d]{0,30}?\bfrom\b", re.I)
_INTO_BUYER = re.compile(r"\s+(?:in|into|to|by)\s+(?:the\s+)?", re.I)


# --------------------------------------------------------------------------- whom "it", "its", "the country" mean
#: a country named as the other side of a flow, deal or comparison ("ships ... to China", "a
#: deal with India", "more than Brazil"): not what "it" or "the country" next refers to
_PARTNER_BEFORE = re.compile(
    r"\b(?:to|from|into|with|toward|towards|against|than|between|versus|vs\.?|like|including|for|on)\s+(?:the\s+)?$",
    re.I)
#: "the Asian nation", "the South American country", "the kingdom", "the island nation": a
#: country named by a description the checker cannot test against the country it reads
_REGION_NATION = re.compile(
    r"\b[Tt]he\s+(?:(?:(?:southern|northern|eastern|western|central|south|north|east|west)[\s-]+)?(?:[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?|island|landlocked|resource-rich|mineral-rich|mining|"
    r"oil-rich|war-torn|junta-ruled|military-ruled|Himalayan|Andean)\s+(?:nation|country|state|republic)"
    r"|(?:kingdom|emirate|archipelago|sultanate|city-state))\b")
#: the region an anaphor names: "the South American country", "the Southeast Asian nation"
_ANAPHOR_REGION = re.compile(r"\b[Tt]he\s+(?P<region>(?:(?:south|southeast|south-east|central|east|west|north)[\s-]+)?"
                             r"(?:asian|african|american|european)|latin\s+american)\s", re.I)


def _regional_referent(anaphor: str, before: list[Mention], first: bool = False) -> Mention | None:
    """The country an anaphor naming a region refers to ("the South American country"): the
    last country of ``before`` (the first with ``first``: an opening anaphor, the countries
    named after it) that the region holds (``region_ranks.REGIONS``, M49). None when the
    anaphor names no region the table knows, or none of the countries lies in it."""
    m = _ANAPHOR_REGION.match(anaphor)
    if m is None:
        return None
    from critmin.claims.region_ranks import REGIONS

    members = REGIONS.get(re.sub(r"[\s-]+", " ", m.group("region").lower()).replace("south east", "southeast"))
    if not members:
        return None
    return next((c for c in (before if first else reversed(before)) if c.value in members), None)


#: "it", "its" (not "the country"): a pronoun that a company or plant named just before can take
_PRONOUN_ONLY = re.compile(r"\b(?:it|its)\b", re.I)
_COUNTRY_WORDS = re.compile(r"\bthe\s+(?:country|nation)\b", re.I)


def _in_quote(text: str, lo: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened after ``lo`` (straight or curly quotes)."""
    seg = text[lo:pos]
    return seg.count('"') % 2 == 1 or seg.count("\u201c") > seg.count("\u201d")


_SCAN_START = operator.attrgetter("start")


def _anaphor_referent(text: str, scans: list[SentenceScan], k: int, article_countries: list[Mention],
                      i: int) -> tuple[Mention, bool] | None:
    """The country "it", "its" or "the country" of sentence ``k`` refers to, and whether the
    reading is firm: the country named as the subject of the nearest sentence before it that
    names one (not a partner after "to", "with", "than": "Vietnam ships its ore to China. Its
    output ..." is Vietnam's); lines linking to other articles are skipped. The reading is not
    firm when that sentence names two subjects, only partners or only quoted countries, when a
    pronoun follows a sentence whose subject is a company or plant ("Lynas ... Its output"), or
    when the country is named by a description ("the Asian nation")."""
    from critmin.claims.subject_scope import _mentions

    s = scans[k]
    sent = text[s.start:s.end]
    j = i - 1
    while j >= 0 and _LINK_LINE.match(text, text.rfind("\n", 0, article_countries[j].start) + 1):
        j -= 1  # "Related: Brazil opens a plant": another article's headline
    if j < 0:
        return None
    last = article_countries[j]
    lo = text.rfind("\n", 0, last.start) + 1
    # the sentence holding it (sentences are disjoint and in reading order: found by bisection)
    at = bisect.bisect_right(scans, last.start, 0, k, key=_SCAN_START) - 1
    if at >= 0 and last.start < scans[at].end:
        lo = scans[at].start
    named = [c for c in article_countries[:j + 1] if c.start >= lo]
    subjects = [c for c in named if not _PARTNER_BEFORE.search(text, max(lo, c.start - 12), c.start)
                and not _in_quote(text, lo, c.start)]
    firm = len({c.value for c in subjects}) == 1
    pick = subjects[0] if subjects else last
    if firm and _COUNTRY_WORDS.search(sent) is None and _PRONOUN_ONLY.search(sent) is not None and k:
        prev = scans[k - 1]
        head = text[prev.start:prev.end]
        named_prev = sorted((c.start - prev.start, c.end - prev.start, c.possessive) for c in prev.countries if c.end > c.start)
        first_country = named_prev[0][0] if named_prev else len(head)
        # "Australia's Lynas reported ...": the company after the country's possessive is the subject
        owner_end = named_prev[0][1] + 1 if named_prev and named_prev[0][2] else -1
        if any(a < first_country or a <= owner_end for a, _, _ in _mentions(head, head)):
            firm = False  # "Lynas, based in Perth, is Australia's biggest miner. Its output ...": the company's
    if search_in_sentence(_REGION_NATION, sent) is not None:
        firm = False
    return pick, firm


# --------------------------------------------------------------------------- dates given as a span of days
_ORD_SUFFIX = r"(?:st|nd|rd|th)?"
_DATE_RANGE = re.compile(
    # "between 4 and 9 October", "from 30 September to 4 October 2025", "4-9 October", "4th to the 9th of October"
    rf"\b(?:(?:between|from)\s+)?(?:the\s+)?(?P<d1>\d{{1,2}}){_ORD_SUFFIX}(?:\s+(?:of\s+)?(?P<m1>{_MONTHS})\.?)?"
    rf"\s*(?:-|\u2013|\u2014|\band\b|\bto\b|\buntil\b|\bthrough\b)\s*(?:the\s+)?(?P<d2>\d{{1,2}}){_ORD_SUFFIX}"
    rf"\s+(?:of\s+)?(?P<m2>{_MONTHS})\b\.?(?:,?\s+(?P<y2>20\d\d)\b)?"
    # "October 4-9", "between October 4 and October 9, 2025", "Oct. 4 to 9"
    rf"|\b(?:(?:between|from)\s+)?(?P<m3>{_MONTHS})\.?\s+(?P<d3>\d{{1,2}}){_ORD_SUFFIX}"
    rf"\s*(?:-|\u2013|\u2014|\band\b|\bto\b|\buntil\b|\bthrough\b)\s*(?:(?P<m4>{_MONTHS})\.?\s+)?(?P<d4>\d{{1,2}}){_ORD_SUFFIX}\b"
    rf"(?!\s*(?:%|per|percent|t\b|tons?|tonnes?|kg|million|billion|thousand))(?:,?\s+(?P<y4>20\d\d)\b)?"
    # "the first week of April", "the last week of October 2025"
    rf"|\b(?P<wk>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<m5>{_FULL_MONTHS})\b(?:,?\s+(?P<y5>20\d\d)\b)?"
    # "the week of April 7", "around 4 April", "on or about October 9, 2025": a few days either way
    rf"|\b(?P<near>week\s+of|around|about|circa|approximately|roughly|on\s+or\s+about)\s+(?:(?P<m6>{_MONTHS})\.?\s+"
    rf"(?P<d6>\d{{1,2}}){_ORD_SUFFIX}|(?:the\s+)?(?P<d7>\d{{1,2}}){_ORD_SUFFIX}\s+(?:of\s+)?(?P<m7>{_MONTHS})\b\.?)"
    rf"(?!\s*(?:%|per|percent|t\b|tons?|tonnes?|kg|million|billion|thousand))(?:,?\s+(?P<y6>20\d\d)\b)?")
_WEEK_START = {"first": 1, "second": 8, "third": 15, "fourth": 22}


def date_ranges(sentence: str, article_date: str, past: bool = False) -> list[tuple[int, int, str, str]]:
    """Dates given as a span of days ("between 4 and 9 October", "October 4-9, 2025", "the first
    week of April"): (start, end, "YYYY-MM-DD/YYYY-MM-DD", "range"). A span without a year is
    placed like a day without one (:func:`partial_date_spans`): the latest before the article
    with ``past``, else the nearest; a date inside the span holds the claim.

    >>> date_ranges("The talks ran from 4 to 9 October.", "2025-11-01")
    [(14, 34, '2025-10-04/2025-10-09', 'range')]
    """
    if not any(map(str.isdigit, sentence)) and "week" not in sentence:
        return []
    try:
        on = dt.date.fromisoformat(article_date[:10])
    except ValueError:
        return []
    out: list[tuple[int, int, str, str]] = []
    for m in _DATE_RANGE.finditer(sentence):
        if m.group("near"):
            mo = _MONTH_NO[(m.group("m6") or m.group("m7"))[:3].lower()]
            day, y = int(m.group("d6") or m.group("d7")), m.group("y6")
            try:
                mid = dt.date(int(y), mo, day) if y else (
                    _latest_on_or_before(on, mo, day) if past else None) or min(
                    (dt.date(yy, mo, day) for yy in (on.year - 1, on.year, on.year + 1)), key=lambda c: abs((c - on).days))
            except ValueError:
                continue
            week = m.group("near").lower().startswith("week")
            lo_d = mid if week else mid - dt.timedelta(days=3)
            hi_d = mid + dt.timedelta(days=6 if week else 3)
            out.append((m.start(), m.end(), f"{lo_d.isoformat()}/{hi_d.isoformat()}", "range"))
            continue
        if m.group("wk"):
            mo = _MONTH_NO[m.group("m5")[:3].lower()]
            last = calendar.monthrange(int(m.group("y5") or on.year), mo)[1]
            a = _WEEK_START.get(m.group("wk").lower(), last - 6)
            mo1, d1, mo2, d2, y = mo, a, mo, min(a + 6, last), m.group("y5")
        elif m.group("d1"):
            mo2 = _MONTH_NO[m.group("m2")[:3].lower()]
            mo1 = _MONTH_NO[m.group("m1")[:3].lower()] if m.group("m1") else mo2
            d1, d2, y = int(m.group("d1")), int(m.group("d2")), m.group("y2")
        else:
            mo1 = _MONTH_NO[m.group("m3")[:3].lower()]
            mo2 = _MONTH_NO[m.group("m4")[:3].lower()] if m.group("m4") else mo1
            d1, d2, y = int(m.group("d3")), int(m.group("d4")), m.group("y4")
        try:
            if y:
                end = dt.date(int(y), mo2, d2)
            else:
                end0 = _latest_on_or_before(on, mo2, d2) if past else None
                end = end0 or min((dt.date(yy, mo2, d2) for yy in (on.year - 1, on.year, on.year + 1)),
                                  key=lambda c: abs((c - on).days))
            start = dt.date(end.year - (mo1 > mo2), mo1, d1)
        except ValueError:
            continue
        if not start < end or (end - start).days > 62:
            continue  # "4-9" that is no span of days of one or two months
        out.append((m.start(), m.end(), f"{start.isoformat()}/{end.isoformat()}", "range"))
    return out


# --------------------------------------------------------------------------- measures only intended
#: a possibility, plan or threat and the act it would be, right before a measure's name:
#: "may add export controls", "plans to impose new curbs", "threatened to slap restrictions",
#: "is considering export restrictions", "mulling a ban"
_INTENT_THEN_NOUN = re.compile(
    r"\b(?:(?:" + _lx.joined(_lx.MODALS, _lx.PLAN_TO) + r"|intends?\s+to|intending\s+to|threaten(?:s|ed|ing)?\s+to"
    r"|propos(?:es|ed|ing)\s+to|poised\s+to|prepar(?:es|ed|ing)\s+to|seek(?:s|ing)?\s+to|aims?\s+to|wants?\s+to"
    r"|ready\s+to|vow(?:s|ed)\s+to|pledge[sd]?\s+to|(?:is|are|was|were)\s+(?:likely|expected)\s+to)"
    r"\s+(?:(?:also|further|soon|eventually|not|swiftly|quickly)\s+)?"
    r"(?:add|impos|introduc|announc|apply|expand|extend|tighten|issu|adopt|enact|plac|put|roll|slap|unveil|implement"
    r"|reinstat|levy|levi|broaden|widen|rais|hik|step|ban|restrict|curb)\w*"
    r"|(?:considering|mulling|weighing|eyeing|contemplating|planning|proposing|threatening|mulls|weighs|considers"
    r"|floated|floats|floating|mooted|moots|mooting|proposed|proposes|suggested|touted|flagged)"
    r"(?:\s+(?:whether|how)\s+to\s+\w+)?)"
    r"(?:\s+(?:new|fresh|further|more|possible|potential|tighter|stricter|broader|wider|sweeping|retaliatory|its|a|an|the"
    r"|export|import|of|on|to|up)){0,4}\s+$", re.I)
#: a condition or a likelihood right before a measure's verb
_CONDITIONAL_BEFORE = re.compile(
    r"\b(?:would|(?:is|are|was|were)\s+(?:likely|unlikely)\s+to)\s+(?:(?:also|further|soon|then|eventually|not)\s+)?$", re.I)
#: "would" in reported speech of a decision ("announced that it would impose ...") reports the
#: measure; "would" alone is a condition
_REPORTED_DECISION = re.compile(
    r"\b(?:announced|said|says|stated|declared|confirmed|decided|notified|told|informed|published)\b[^.;]{0,60}$", re.I)


def _modal_before_measure(text: str, start: int, m: re.Match[str]) -> bool:
    """A measure that is only possible, planned, threatened or weighed: the words before its
    name or verb ("may add export controls", "would ban exports", "is considering
    restrictions"); "announced that it would impose ..." reports a decision and stays an event."""
    head = max(start, m.start() - 70)
    hit = _INTENT_THEN_NOUN.search(text, head, m.start()) \
        if _span_may_match(_INTENT_THEN_NOUN, text, head, m.start()) else None
    if hit is None and m.group("verb"):
        hit = _CONDITIONAL_BEFORE.search(text, head, m.start())  # "would ban", "is likely to impose"
    if hit is None:
        return False
    if hit.group(0).lower().startswith("would"):
        return _REPORTED_DECISION.search(text, max(start, hit.start() - 80), hit.start()) is None
    return True


def _measure_only_intended(text: str, start: int, end: int, m: re.Match[str]) -> bool:
    """Whether the measure an event match names (within the sentence ``text[start:end]``) is
    only planned, possible, threatened, weighed or still to be held, so that the sentence claims
    no event (rule 10 of the evaluation set: plans, offers, statements of intent):

    * a meeting or summit still ahead, or a measure named by its date that is only a draft
      ("the summit due to be held on October 30", "the proposed April 4 rules");
    * a plan, threat or possibility before the verb ("plans to impose", "threatened to ban",
      "could restrict", "preparing to restrict"), or before a measure of the recall rules
      ("could come into effect", "may add indium to its control list");
    * a plan or possibility and the act before the measure's name ("may add export controls",
      "is considering restrictions", "floated a ban"), a condition ("would ban", but not
      "announced that it would impose"), a likelihood ("is likely to impose").

    A measure already decided and dated ahead ("the ban will take effect on December 1", "set to
    take effect") is an event; so is a negated or data-release verb, which
    :func:`_not_an_event` handles."""
    return _meeting_not_held(text, start, end, m) or _not_taken_yet(text, start, m)

# --------------------------------------------------------------------------- changes without a size
#: "from their peak", "from a record high": a change from a high point, not between two annual figures
_FROM_PEAK_OR_RECORD = re.compile(
    r"\b(?:from|off|below)\s+(?:(?:its|their|the|a|an|last\s+year['\u2019]s)\s+)?(?:[\w-]+\s+){0,2}?(?:peaks?|highs?|records?|tops?)\b",
    re.I)
#: a change whose size is not a figure: a record, an adverb of degree, a ratio to another period,
#: a quota raised or cut
_UNSIZED_CHANGE = re.compile(
    r"(?P<record>\b(?:hit|hits|hitting|reached|reaches|reaching|touched|touches|struck|set|sets|at|to|near|climbed\s+to|rose\s+to|fell\s+to)"
    r"\s+(?:(?:a|an|the|new|fresh|its|their)\s+){0,2}(?:record|all[\s-]time|historic|multi[\s-]year|\d+[\s-]year|decade)"
    r"(?:[\s-]+(?:high|low|peak|level)s?)?\b"
    r"|\b(?:its|their|the)\s+(?:highest|lowest|strongest|weakest)\s+(?:level|price|point)s?\s+(?:since|in|for)\b)"
    r"|(?P<adverb>\b(?:increased|decreased|rose|risen|fell|fallen|grew|grown|declined|dropped|jumped|climbed|expanded|shrank|shrunk"
    r"|surged|soared|plunged|plummeted|collapsed|crashed|skyrocketed|tumbled|slumped|spiked|rebounded"
    r"|slid|slipped|sank|dipped|eased|rallied|leapt|leaped)"
    r"(?:\s+(?:significantly|sharply|steeply|dramatically|substantially|strongly|markedly|rapidly|considerably"
    r"|steadily|massively|greatly|slightly|modestly))?\b)"
    r"|(?P<ratio>\b(?:more\s+than|nearly|almost|about|roughly|over|less\s+than)\s+(?:double|triple|twice|half)\b"
    r"(?=\s+(?:that\s+of\s+|those\s+of\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:" + _FULL_MONTHS + r"|last|previous|prior|a\s+year)\b))"
    r"|(?P<quota>\b(?:raised|increased|cut|lowered|reduced|hiked|boosted|trimmed|lifted|slashed)\s+(?:[\w'\u2019-]+\s+){0,5}?quotas?\b)",
    re.I)
_W_UNSIZED_CHANGE = _wordset(
    "record time highest lowest strongest weakest historic decade multi increased decreased rose risen fell fallen grew grown declined "
    "dropped jumped climbed expanded shrank shrunk surged soared plunged plummeted collapsed crashed skyrocketed "
    "tumbled slumped spiked rebounded slid slipped sank dipped eased rallied leapt leaped double triple twice half quota quotas")
#: a past or present change of a figure the sentence names; a forecast, a condition or a plan is none
_UNSIZED_NOT_FACT = re.compile(_lx.bounded(
    _lx.FUTURE_MODALS, _lx.without(_lx.MODALS, "may"), _lx.MAY_LOWER, "should|can", _lx.without(_lx.CONDITIONALS, "whether"),
    _lx.FORECAST_WORDS, r"likely|set\s+to", _lx.PLAN_WORDS, "aims?|targets?|intends?", _lx.without(_lx.WISH_WORDS, "seeking", "wants?"),
    # (twenty-third session) "I want to emphasize" frames an assertion (lexicon.SPEECH_AFTER_WISH)
    r"wants?(?!\s+to\s+(?:" + _lx.SPEECH_AFTER_WISH + r")\b)",
    "risk"), re.I)
#: a percentage of a company's results: "of its revenue", "of the group's sales"
_SHARE_OF_FINANCE = re.compile(
    r"\s*of\s+(?:its|their|the\s+(?:company|group|firm|miner|producer)['\u2019]s|(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['\u2019]s?)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:revenues?|sales|profits?|earnings|income|turnover|EBITDA)\b")
_UNSIZED_TO_FIGURE = re.compile(r"\s+(?:to|at|from|by|of)\s+(?:[A-Za-z-]+\s+){0,3}?(?:US|A|C)?[$\u20ac\u00a3]?\s?\d")
_UNSIZED_MEASURES = frozenset({"price", "production", "exports", "imports", "consumption", "capacity"})


def _unsized_change_claims(text: str, s: SentenceScan, make: Callable[..., Claim],
                           measure_for: Callable[[int, int, int], tuple[str | None, str | None]],
                           country_for: Callable[[int, int, int], str | None],
                           year_for: Callable[..., int | None], article: list[Mention],
                           used: list[tuple[int, int]]) -> list[Claim]:
    """Changes stated without a figure ("prices hit a record high", "output grew sharply",
    "July exports were more than double June's", "raised its mining quota"): one change claim
    per sentence, its size left empty (``change=None``), for a measure named in the clause."""
    for m in _finditer_words(_UNSIZED_CHANGE, text, s.start, s.end, s.word_starts):  # (the same matches)
        if any(a <= m.start() < b for a, b in used):
            continue
        lo, hi = _clause_bounds(text, s, m.start())
        if _UNSIZED_NOT_FACT.search(text, lo, m.start()) or _FINANCIAL.search(text, lo, hi) \
                or _EQUITY.search(text, lo, hi):
            continue  # a forecast, a plan, a condition; share prices and company results (rule 10)
        form = m.lastgroup or ""
        if form != "quota" and _UNSIZED_TO_FIGURE.match(text, m.end(), hi):
            continue  # "prices climbed to 310,000 yuan": the figure reached is the claim, read on its own
        meas: str | None = "quota"
        stage: str | None = None
        if form != "quota":
            if not any(lo <= x.start < hi for x in s.measures):
                continue  # "demand grew sharply" needs its measure in the clause
            meas, stage = measure_for(m.start(), lo, hi)
            if meas not in _UNSIZED_MEASURES:
                continue
            if form == "adverb" and meas != "price" and not re.search(r"\s", m.group(0)) \
                    and _SUB_ANNUAL.search(text[lo:hi]) is None:
                continue  # a bare "production rose": too vague to name a series (a degree word or a period is needed)
        commodity = _commodity_for(s, m.start(), article)
        if commodity is None:
            continue
        monthly = bool(_SUB_ANNUAL.search(text[lo:hi])) or form == "ratio"
        c = make("change", m.start(), m.end(), commodity=commodity, measure=meas, stage=stage,
                 country=country_for(m.start(), lo, hi), year=year_for(m.start(), lo, hi), change=None)
        c.comparison = {"unsized": form, "sub_annual": monthly,
                        "from_peak": form == "record" or bool(_FROM_PEAK_OR_RECORD.search(text, m.end(), hi))}
        if form == "adverb":  # eleventh session: "output fell from 2022 to 2024" is checked by its sign (rule 12)
            _qualitative.add_direction(c, m.group(0), text, lo, hi)
        c.subject = f"change in {meas} (size not stated)"
        return [c]
    return []



# --------------------------------------------------------------------------- shares in words
#: "most of", "the bulk of", "the majority of" (more than half); "almost all of", "nearly all" (90% or more)
_WORD_SHARE = re.compile(
    r"\b(?:(?P<most>most|the\s+(?:(?:vast|overwhelming|great)\s+)?(?:bulk|majority)|an?\s+(?:(?:vast|overwhelming)\s+)?majority"
    r"|the\s+lion['\u2019]s\s+share)"
    r"|(?P<all>(?:almost|nearly|virtually|practically|close\s+to)\s+all))"
    r"(?:\s+of)?\s+(?:the\s+)?(?P<world>world['\u2019]s\s+|global\s+|worldwide\s+)?", re.I)
_W_WORD_SHARE = _wordset("most bulk majority lion all")
#: a share of a stage or of the market with no commodity named, the article's own ("China controls a majority
#: of the supply chain", "accounts for the bulk of both mining and processing activity")
_STAGE_OF_SHARE = re.compile(r"(?:both\s+)?(?:mining|processing|refining|production|output|(?:the\s+)?supply\s+chain"
                             r"|(?:the\s+)?market)\b", re.I)
#: "the world's supply / output / production / reserves": a world total whose commodity
#: an earlier sentence names ("Rare earths ... China controls most of the world's supply")
_WORLD_SUPPLY = re.compile(r"(?:supply|supplies|output|production)\b(?!\s+(?:of|chains?)\b)", re.I)
_W_WORD_SHARE_ALL = _wordset("most bulk majority lion almost nearly virtually practically close")
#: the verb after the share that names where it comes from: "... comes from A and B", "... is mined in A"
_WORD_SHARE_FROM = re.compile(
    r"[^.;:%\d]{0,80}?\b(?:comes?|came|originates?|originated|is|are|was|were"
    r"|occurs?|occurred|happens?|happened|takes\s+place|took\s+place)\s+(?:(?:mined|produced|refined|processed"
    r"|extracted|found|located|sourced|concentrated|based)\s+)?(?:from|in)\s+(?:the\s+)?", re.I)
#: the verb before the share that makes its subject the holder: "China accounts for", "A and B produce"
_WORD_SHARE_VERB = re.compile(
    r"\b(?:accounts?|accounted|accounting)\s+for\s+$|\b(?:produces?|produced|mines?|mined|controls?|controlled|supplies|supplied"
    r"|refines?|refined|processes|processed|holds?|held|hosts?|hosted|dominates?|has|have|had"
    # "is responsible for virtually all gallium refining", "makes almost all of the world's magnets"
    r"|makes|made|manufactures?|manufactured|provides?|provided|commands?|(?:is|are|was|were)\s+responsible\s+for)\s+$", re.I)
#: a share of something other than the world's output: "most of its exports", "most of China's ..."
_WORD_SHARE_NOT_WORLD = re.compile(
    r"\s*(?:its|their|his|her|our|these|those|this|that|them|[A-Z][\w.-]*['\u2019]s)\b", re.I)


#: a verb of having right before a share: what a country has of the world's commodity is a stock
_POSSESS_BEFORE = re.compile(r"\b(?:has|have|had|holds?|held|possess(?:es|ed)?|(?:is|are)\s+home\s+to|boasts?|sits?\s+on"
                             r"|owns?)\s+(?:(?:about|around|roughly|nearly|almost|over|more\s+than|some|an\s+estimated"
                             r"|approximately|close\s+to|a)\s+)*$", re.I)
#: made goods a share may be of, which no series of the dataset holds (commodities are read first)
_PRODUCT_NOUN = re.compile(
    r"\b(?P<p>batter(?:y|ies)(?![\s-]+(?:materials?|metals?|minerals?|grade|raw|chemicals?|precursors?)\b)|(?:battery\s+)?cells|electric\s+vehicles?|EVs?|cars|vehicles|(?:semiconductor\s+)?chips"
    r"|semiconductors|solar\s+(?:panels?|modules?|wafers?)|wafers|polysilicon|wind\s+turbines?|smartphones?|electronics)\b",
    re.I)


def _product_share(text: str, s: SentenceScan, n: Number, out: list[Claim]) -> str | None:
    """The made good a share's own "of ..." phrase names when it names no commodity ("90% of the
    world's battery production", "60% of global EVs"), or the one the share before it in the same
    sentence was of, for a share with no "of" phrase of its own ("... and Japan about 7%")."""
    stop = _TAIL_STOP.search(text, n.end + 1, min(s.end, n.end + 60))
    end = stop.start() if stop else min(s.end, n.end + 60)
    if text.startswith(" of", n.end) or text.startswith(" of", n.end + 1):
        m = _PRODUCT_NOUN.search(text, n.end, end)
        return m.group("p").lower() if m is not None and _commodity_in(s, n.end, end) is None else None
    before = next((c for c in reversed(out) if c.kind == "share" and c.sentence_span == (s.start, s.end)), None)
    return (before.comparison or {}).get("of_product") if before is not None else None


#: a region holding a share: "Africa accounts for", "Latin America holds", "Southeast Asia's"
_W_REGION = frozenset({"africa", "europe", "asia", "america", "oceania", "east"})
_REGION_HOLDER = re.compile(r"\b(?:(?:sub-Saharan\s+|West\s+|East\s+|Southern\s+|North\s+)?Africa|Europe|(?:Southeast\s+|Central\s+)?Asia"
                            r"|Latin\s+America|South\s+America|North\s+America|the\s+Middle\s+East|Oceania)\b(?!\s+and\b)")
#: a region named as a place, not as a holder: "the country in Southeast Asia", "mines across Africa"
_PLACE_BEFORE = re.compile(r"\b(?:in|from|of|across|to|throughout|within|outside|into|for|than|like|and|or)\s+$", re.I)
_ITS_AFTER_WORLD = re.compile(r"\s*(?:its|their)\b", re.I)
#: what may stand between two items of one list of word shares: "most mining, nearly all refining"
_WORD_SHARE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|while\s+)?|and\s+)(?:(?:also|even|an?\s+even)\s+)?"
                                  r"(?:(?:refines?|refined|processes|processed|mines?|mined|produces?|produced|controls?"
                                  r"|controlled|supplies|supplied|makes?|made|accounts?\s+for|accounted\s+for)\s+)?")

#: a clause opened by a pronoun or a common noun for a country ("It ...", "The country ...")
_PRONOUN_OPENS = re.compile(r"\s*(?:it|the\s+(?:country|nation))\s+(?!is\b|was\b)", re.I)
#: (twenty-fifth session) a sentence adverb that may open the clause before its pronoun: "Moreover, it holds nearly
#: all ...", "Today the country accounts for most of ..." (the adverb joins the sentence to the one before, whose
#: country "it" carries)
_OPENING_ADVERB = re.compile(r"\s*(?:moreover|furthermore|also|additionally|in\s+addition|besides|meanwhile|indeed"
                             r"|today|now|currently|still|and|but|yet|however|likewise|similarly|in\s+fact),?(?=\s)", re.I)


def _word_share_claims(text: str, s: SentenceScan, make: Callable[..., Claim],
                       measure_for: Callable[[int, int, int], tuple[str | None, str | None]],
                       year_for: Callable[..., int | None], article: list[Mention], pats: Patterns) -> list[Claim]:
    """A country's (or a named group's) share of world output in words: "most of" / "the
    bulk of" is more than 50%, "almost all" / "nearly all" is 90% or more (read as nearly
    100%). The holders are the countries after "comes from" / "is mined in", or before
    "accounts for" / "produces". A forecast, a plan, or a share of one country's own
    total is no such claim."""
    found: list[Claim] = []
    prev_group: list[str] = []
    prev_end = -1
    pct = [n.start for n in s.numbers if n.unit == "percent"]
    for m in _WORD_SHARE.finditer(text, s.start, s.end):
        lo, hi = _clause_bounds(text, s, m.start())
        if _UNSIZED_NOT_FACT.search(text, lo, m.start()):
            continue
        if _WORD_SHARE_NOT_WORLD.match(text, m.end()) and not (
                found and _ITS_AFTER_WORLD.match(text, m.end()) and _WORLD.search(text, s.start, m.start())):
            continue  # ("most of the world's tungsten and nearly all of its gallium": "its" is still the world's)
        if any(lo <= p < hi for p in pct):
            continue  # "most of it, about 70%": the percentage is the share, read as a figure
        named = [c for c in s.countries if c.end > c.start and c.value != "WLD"]
        after = _WORD_SHARE_FROM.match(text, m.end(), s.end)
        group: list[str] = []
        if after is not None:
            # "most of the world's platinum comes from South Africa and Russia"
            tail = [c for c in named if c.start >= after.end()]
            if tail and tail[0].start == after.end():
                group = [tail[0].value]
                i = 1
                while i < len(tail) and _COUNTRY_LIST_JOIN.fullmatch(text, tail[i - 1].end, tail[i].start):
                    group.append(tail[i].value)
                    i += 1
        elif _WORD_SHARE_VERB.search(text, max(lo, m.start() - 25), m.start()):
            # "China accounts for almost all heavy rare earth production"
            group = list(dict.fromkeys(c.value for c in named if lo <= c.start < m.start()))
            if len(group) > 1 and not _COUNTRY_LIST_JOIN.fullmatch(text, named[0].end, named[1].start):
                group = group[-1:]
            if not group and s.carried_country is not None and (
                    _PRONOUN_OPENS.match(text, lo, m.start())
                    or ((adv := _OPENING_ADVERB.match(text, lo, m.start())) is not None
                        and _PRONOUN_OPENS.match(text, adv.end(), m.start()))):
                group = [s.carried_country[0]]  # "It accounts for the majority of ...": the country "it" carries
        if not group and prev_group and _WORD_SHARE_LIST_GAP.fullmatch(text, prev_end, m.start()):
            group = prev_group  # "China mines most rare earths, nearly all refining and ...": the list keeps its holder
        if not group or any(a <= c.start < m.end() for c in named for a in (m.start(),)):
            continue
        stop = _TAIL_STOP.search(text, m.end(), hi)
        phrase_end = stop.start() if stop is not None else hi
        own = [x for x in s.measures if m.end() <= x.start < phrase_end]
        inside = own or [x for x in s.measures if lo <= x.start < hi]
        # the measure of the share's own phrase first ("most mining, nearly all refining")
        meas, stage = (own[0].kind, own[0].value or None) if own else \
            measure_for(m.start(), lo, hi) if inside else ("production", None)
        world_supply = m.group("world") is not None and _WORLD_SUPPLY.match(text, m.end()) is not None
        if world_supply and meas != "production":
            meas, stage = "production", None  # "most of the world's supply": output, whatever follows
        if meas not in ("production", "reserves", "exports", "capacity"):
            continue
        # the commodity of the share's own phrase first ("most of the world's tungsten and nearly all of its gallium")
        commodity = _commodity_in(s, m.end(), phrase_end) or _commodity_for(s, m.start(), article)
        if commodity is None or not (world_supply or any(lo <= c.start < hi for c in s.commodities)
                                     or _STAGE_OF_SHARE.match(text, m.end(), hi)):
            continue  # the commodity is named in the clause ("most of the world's platinum"), or the share is of
            # a stage or market of the commodity the article is about ("the bulk of both mining and processing")
        most = m.group("most") is not None
        c = make("share", m.start(), m.end("most") if most else m.end("all"), commodity=commodity, measure=meas,
                 stage=stage, country=group[0],
                 year=year_for(m.start(), lo, hi), value=50.0 if most else 100.0, unit="percent",
                 hedge="more than" if most else "nearly", precision=0.0, share=0.5 if most else 1.0)
        if len(group) > 1:
            c.comparison = {"countries": group}
        if commodity in ("rare_earths", "magnet_rees") and not s.words.isdisjoint(_W_SUBSET):
            c.basis = _ree_subset(text, lo, hi) or c.basis
        who = " + ".join(pats.country_names.get(g, g) for g in group)
        c.subject = f"{who} share of world {meas} ({'more than half' if most else 'nearly all'})"
        found.append(c)
        prev_group, prev_end = group, phrase_end
    return found



# --------------------------------------------------------------------------- ranks without an ordinal
#: "exceeded only by", "surpassed by": the passive turns a comparison round
_PASSIVE_ONLY_BY = re.compile(r"(?:ed)?\s+(?:only\s+)?by\b", re.I)
#: "only A and B have larger X than C": C ranks after the countries listed
_ONLY_LARGER = re.compile(
    r"\bonly\s+(?P<list>[^;:.]{2,80}?)\s+(?:have|has|had|hold|holds|held|produce|produces|produced|mine|mines|mined"
    r"|possess|possesses|boast|boasts)\s+(?:a\s+)?(?:larger|bigger|more|greater|higher)\b(?P<what>[^;:.]{0,60}?)"
    r"(?:\bthan\s+(?:the\s+)?|(?P<bare>(?=\s*[.;]|\s*$)))"
    r"|\b(?:exceeded|surpassed|outstripped|outdone|beaten|topped|outranked)\s+only\s+by\s+(?:those\s+of\s+|that\s+of\s+|the\s+)?(?P<list2>[^;:.]{2,80}?)(?=[.;:,]|$)"
    r"|\bbehind\s+only\s+(?:the\s+)?(?P<list3>[^;:.]{2,80}?)(?=[.;:,]|$)", re.I)


def _only_larger_ranks(text: str, s: SentenceScan, make: Callable[..., Claim],
                       measure_for: Callable[[int, int, int], tuple[str | None, str | None]],
                       year_for: Callable[..., int | None], article: list[Mention], pats: Patterns,
                       article_countries: list[Mention] | None = None) -> list[Claim]:
    """The rank a sentence gives by listing who is larger: "only A and B have larger X than
    C" (C is third), "C is exceeded only by A and B", "C ranks behind only A" (second). A
    bare "only A and B have larger reserves" ranks the country named last before the
    sentence (the subject of the sentence before)."""
    named = [c for c in s.countries if c.end > c.start and c.value != "WLD"]
    for m in _ONLY_LARGER.finditer(text, s.start, s.end):
        carried = False
        if m.group("list") is not None and m.group("bare") is not None:
            before = [c for c in (article_countries or []) if c.end > c.start and c.start < s.start
                      and c.value != "WLD" and s.start - c.start < 400]
            if not before or _UNSIZED_NOT_FACT.search(text, s.start, m.end()):
                continue
            subject, carried = before[-1], True
            la, lb = m.span("list")
        elif m.group("list") is not None:
            la, lb = m.span("list")
            after = [c for c in named if c.start >= m.end()]
            if not after or _UNSIZED_NOT_FACT.search(text, s.start, m.end()):
                continue
            subject = after[0]
            if subject.start != m.end() and not _COUNTRY_LIST_JOIN.fullmatch(text, m.end(), subject.start):
                continue  # "... than the rest": no country right after "than"
        else:
            g = "list2" if m.group("list2") is not None else "list3"
            la, lb = m.span(g)
            before = [c for c in named if c.start < m.start()]
            if not before:
                continue
            subject = before[-1]
        listed = [c for c in named if la <= c.start < lb]
        if not listed or any(c.value == subject.value for c in listed):
            continue
        # every gap in the list is a separator: "A and B", "A, B and C"
        if any(not _COUNTRY_LIST_JOIN.fullmatch(text, listed[i - 1].end, listed[i].start) for i in range(1, len(listed))):
            continue
        inside = [x for x in s.measures if s.start <= x.start < s.end]
        if not inside:
            continue
        meas, stage = measure_for(m.start(), s.start, s.end)
        if meas not in ("production", "reserves", "exports", "imports", "capacity", "consumption"):
            continue
        commodity = _commodity_for(s, m.start(), article)
        if commodity is None:
            continue
        k = len(dict.fromkeys(c.value for c in listed))
        c = make("rank", m.start(), m.end() if m.group("list") is not None else listed[-1].end, commodity=commodity,
                 measure=meas, stage=stage, country=subject.value,
                 year=year_for(m.start(), s.start, s.end, measure=meas), rank=k + 1, rank_op="==")
        c.subject = f"rank of {pats.country_names.get(subject.value, subject.value)} in {meas} (after {k} named)"
        if carried:
            c.country_source = "previous_sentence"
        return [c]
    return []



# --------------------------------------------------------------------------- listed in a source's table
#: "the USGS does not list A among the main reserve holders", "... includes A among the producers"
_LISTED_AMONG = re.compile(
    r"(?P<neg>\b(?:does|did|do)\s+not\s+|\b(?:doesn|didn|don)['\u2019]t\s+|\bnever\s+|\bfails?\s+to\s+)?"
    r"\b(?:list|lists|listed|include|includes|included|count|counts|counted|name|names|named|rank|ranks|ranked)\s+"
    r"(?P<who>[^,;.]{2,40}?)\s+(?:among|as\s+(?:one\s+of|a)|in\s+(?:its|their|the)\s+(?:list|table|ranking)\s+of)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?P<what>(?:reserve|reserves)\s+holders|holders\s+of\s+reserves|(?:mine\s+)?producers"
    r"|producing\s+countries|miners|mining\s+countries|countries\s+with\s+reserves)\b", re.I)
_W_LISTED_AMONG = _wordset("list lists listed include includes included count counts counted name names named rank ranks ranked")


def _listed_claims(text: str, s: SentenceScan, make: Callable[..., Claim],
                   year_for: Callable[..., int | None], article: list[Mention], pats: Patterns) -> list[Claim]:
    """Whether a source's table lists a country: "the USGS does not list A among the main
    reserve holders" (checkable against that edition's table: has A a row?). A rank claim
    with ``rank_op`` "listed" or "unlisted" and no rank."""
    for m in _LISTED_AMONG.finditer(text, s.start, s.end):
        who = [c for c in s.countries if c.end > c.start and m.start("who") <= c.start < m.end("who")]
        if len(who) != 1 or _UNSIZED_NOT_FACT.search(text, s.start, m.start()):
            continue
        meas = "reserves" if "reserve" in m.group("what").lower() else "production"
        c = _listed_claim(s, m, who[0].value, meas, make, year_for, article, pats)
        if c is not None:
            return [c]
    return []


def _listed_claim(s: SentenceScan, m: re.Match[str], country: str, meas: str, make: Callable[..., Claim],
                  year_for: Callable[..., int | None], article: list[Mention], pats: Patterns) -> Claim | None:
    """The rank claim "listed" / "unlisted" (``m`` has a ``neg`` group) of ``country`` in a table of
    ``meas``, for the commodity read at the match; None without one."""
    commodity = _commodity_for(s, m.start(), article)
    if commodity is None:
        return None
    op = "unlisted" if m.group("neg") else "listed"
    c = make("rank", m.start(), m.end(), commodity=commodity, measure=meas, country=country,
             year=year_for(m.start(), s.start, s.end, measure=meas), rank_op=op, comparison={"listed": op == "listed"})
    c.subject = f"{pats.country_names.get(country, country)} {'not ' if op == 'unlisted' else ''}listed among {meas} countries"
    return c


#: (twenty-third session) the same told of the country: "A is not (currently) listed (by the USGS) among the
#: reserve holders", "A does not (yet) appear / feature in the USGS's list of countries by rare earth deposits",
#: "A is not listed among rare earth-producing nations in the USGS's rankings"; the table must be of
#: reserves ("deposits" are reserves, README rule 16b) or of producers
_LISTED_IN = re.compile(
    r"(?:(?P<neg>\b(?:is|are|was|were)\s+not|\b(?:isn|aren|wasn|weren)['\u2019]t|\b(?:has|have)\s+not\s+been"
    r"|\b(?:hasn|haven)['\u2019]t\s+been|\b(?:does|did|do)\s+not|\b(?:doesn|didn|don)['\u2019]t)"
    r"|\b(?:is|are|was|were|has\s+been|have\s+been))\s+"
    r"(?:(?:currently|yet|even|officially|formally|still|now|also|already)\s+)?"
    r"(?:listed|included|ranked|counted|appears?|features?|figures?)\s+"
    r"(?:by\s+(?:the\s+)?[^,;]{2,50}?\s+)?(?:among|in)\s+(?:the\s+)?"
    r"(?P<what>[^,;]{0,90}?\b(?:holders|producers|nations|countries|miners|lists?|rankings?|tables?))\b"
    r"(?P<rest>[^,;]{0,60})", re.I)
_W_LISTED_IN = _wordset("listed included ranked counted appear appears feature features figure figures")
_W_LISTED_IN_MEASURE = _wordset("reserve reserves deposits producers producing production miners")
#: the measure the table of :data:`_LISTED_IN` ranks
_LISTED_IN_RESERVES = re.compile(r"\b(?:reserves?|deposits?)\b", re.I)
_LISTED_IN_PRODUCTION = re.compile(r"\b(?:producers|producing|production|miners|mining\s+countries)\b", re.I)
#: what may stand between the country and the verb: "Kazakhstan is not", "Kazakhstan, however, is not"
_LISTED_IN_SUBJECT = re.compile(r"(?:['\u2019]s\s+\w+\s+)?(?:\s*,\s*(?:\w+\s*){1,2},)?\s*", re.I)


def _listed_in_claims(text: str, s: SentenceScan, make: Callable[..., Claim],
                      year_for: Callable[..., int | None], article: list[Mention], pats: Patterns) -> list[Claim]:
    """ "A is not listed among the reserve holders", "A does not appear in the USGS's ranking of rare
    earth deposits": :func:`_listed_claims` told of the country, its subject right before the verb."""
    for m in _LISTED_IN.finditer(text, s.start, s.end):
        what = m.group("what") + m.group("rest")
        meas = "reserves" if _LISTED_IN_RESERVES.search(what) else \
            "production" if _LISTED_IN_PRODUCTION.search(what) else None
        if meas is None:
            continue  # "listed among the poorest nations", "included in the export control list"
        who = [c for c in s.countries if c.end > c.start and c.end <= m.start()
               and _LISTED_IN_SUBJECT.fullmatch(text, c.end, m.start())]
        if len(who) != 1 or _UNSIZED_NOT_FACT.search(text, s.start, m.start()):
            continue
        c = _listed_claim(s, m, who[0].value, meas, make, year_for, article, pats)
        if c is not None:
            return [c]
    return []


#: (twenty-third session) a hypothetical place given by who stands before it: "if confirmed, the deposit
#: would place Kazakhstan behind only China and Brazil", "... trailing only China and Brazil", "would position
#: Kazakhstan second only to China and Brazil", "Kazakhstan will rank just behind China and Brazil". The
#: hypothetical place is not checkable (an ore estimate, README rule 6), but the order it presupposes is: the
#: countries named hold the first places (the labels C2802, C2811, C3650, C4023, C8320 check it so)
_ORDER_BEHIND = re.compile(
    r"\b(?:(?:behind|trailing|after)\s+only|only\s+behind|just\s+behind|second\s+only\s+to|trails?\s+only)\s+(?:the\s+)?"
    r"(?P<list>[^;:.]{2,80}?)(?=\s+(?:in|by|for|on|when)\b|[.;:,)]|$)", re.I)
_W_ORDER_BEHIND = _wordset("behind trailing trail trails after second")
_W_ORDER_ONLY = _wordset("only just")


def _presupposed_order_ranks(text: str, s: SentenceScan, make: Callable[..., Claim],
                             measure_for: Callable[[int, int, int], tuple[str | None, str | None]],
                             year_for: Callable[..., int | None], article: list[Mention], pats: Patterns) -> list[Claim]:
    """The places of the countries a hypothetical place is set behind (:data:`_ORDER_BEHIND`): each
    of the k countries named holds one of the first k places (rank <= k), in a sentence whose
    place is only hypothetical (a modal, a condition or a plan before it)."""
    named = [c for c in s.countries if c.end > c.start and c.value != "WLD"]
    out: list[Claim] = []
    for m in _ORDER_BEHIND.finditer(text, s.start, s.end):
        if not _UNSIZED_NOT_FACT.search(text, s.start, m.start()):
            continue  # a place stated as fact is ranked by the rules of its own (its order follows from it)
        la, lb = m.span("list")
        listed = [c for c in named if la <= c.start < lb]
        subject = [c for c in named if c.end <= m.start()]
        if len(listed) < 2 or not subject or any(c.value == subject[-1].value for c in listed):
            continue
        if listed[0].start != la or any(not _COUNTRY_LIST_JOIN.fullmatch(text, listed[i - 1].end, listed[i].start)
                                        for i in range(1, len(listed))):
            continue  # every gap in the list is a separator: "A and B", "A, B and C"
        meas, stage = measure_for(m.start(), s.start, s.end)
        if meas not in ("production", "reserves"):
            continue
        commodity = _commodity_for(s, m.start(), article)
        if commodity is None:
            continue
        group = list(dict.fromkeys(c.value for c in listed))
        for iso in group:
            c = make("rank", m.start(), m.end(), commodity=commodity, measure=meas, stage=stage, country=iso,
                     year=year_for(m.start(), s.start, s.end, measure=meas), rank=len(group), rank_op="<=")
            c.subject = f"{pats.country_names.get(iso, iso)} among the first {len(group)} in {stage or meas} " \
                f"(the order a hypothetical place presupposes)"
            out.append(c)
        return out
    return out


# --------------------------------------------------------------------------- speed (seventeenth session)
# sentence-wide guards searched over whole sentences or long spans, tried only where a match can
# start (_lead: one look-ahead at each character instead of every alternative; each measured 1.3-3.9x
# faster alone on the readable sentences); patterns whose first item is a literal the engine already
# scans for (a digit) are left as they are. Led here, after every pattern built from them is built.
(_PARTIAL_HINT, _ITEM_COUNT, _MEASURE_INTENT, _PAST_STRONG, _EQUITY, _AGENCY_BACK, _WORLD_APPOSED, _NOT_YET, _TAIL_STOP,
 _ACT_NAME, _FRESH_PREVIOUS_FORECAST, _NON_BEFORE, _CONDITIONAL_BEFORE, _PUBLISHED, _SOURCE_DATA_AROUND,
 _PLAN_BEFORE_VERB, _MODAL, _REFERENCE_BEFORE, _DATED_REPORT) = (_lead(p) for p in (
    _PARTIAL_HINT, _ITEM_COUNT, _MEASURE_INTENT, _PAST_STRONG, _EQUITY, _AGENCY_BACK, _WORLD_APPOSED, _NOT_YET, _TAIL_STOP,
    _ACT_NAME, _FRESH_PREVIOUS_FORECAST, _NON_BEFORE, _CONDITIONAL_BEFORE, _PUBLISHED, _SOURCE_DATA_AROUND,
    _PLAN_BEFORE_VERB, _MODAL, _REFERENCE_BEFORE, _DATED_REPORT))
# the same for rule modules this one imports (they cannot import ``_lead`` at load time: this
# module imports them); their functions read the led patterns when they run
import critmin.claims.event_context as _event_context  # noqa: E402  (loaded above through its names)
import critmin.claims.products as _products  # noqa: E402

_event_context._PAUSE_IN_DEAL = _lead(_event_context._PAUSE_IN_DEAL)
_products._TAIL_STOP = _lead(_products._TAIL_STOP)
