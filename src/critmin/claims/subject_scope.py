"""Claims about something narrower than a country, or about a bilateral flow or a capacity.

The dataset holds country and world totals. A figure whose subject is a company ("Lynas
produced ..."), a mine or plant ("Mountain Pass yielded ..."), a province or state ("Inner
Mongolia", "Western Australia", "Kachin State"), a flow between two named countries
("shipped ... to China", "imported ... from Myanmar") or a capacity ("can produce ...") is
not the country figure, even when the sentence also names the country ("Australia's
Lynas"). Such a claim is ``unverifiable`` (labelling rules of benchmarks/claims_eval), and
``needs`` names the data that would settle it.

Where the subject starts: the first named thing in the text before the figure. A country
named first, not as a possessive or adjective of what follows ("China, home to Bayan Obo,
is ..."), keeps the claim a country claim. A company named only as the source ("according
to Lynas", "Lynas said") is an attribution, not the subject.
"""

from __future__ import annotations

import csv
import operator
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from critmin.claims import lexicon as _lx
from critmin.claims.model import Claim, Verdict
from critmin.dataset import DATA_DIR

__all__ = ["event_scope", "narrower_subject", "part_year_share", "price_scope", "sole_producer_country"]

#: provinces, states and regions of mining countries that news copy names as the producer
#: (geography facts, added to the regions of ``sites.csv``)
_SUBNATIONAL_EXTRA = (
    "Inner Mongolia", "Western Australia", "Queensland", "New South Wales", "Northern Territory", "Jiangxi",
    "Guangdong", "Guangxi", "Fujian", "Hunan", "Yunnan", "Sichuan", "Shandong", "Xinjiang", "Qinghai", "Tibet",
    "Baotou", "Ganzhou", "Kachin", "Shan State", "Katanga", "Haut-Katanga", "Lualaba", "Salta", "Jujuy",
    "Catamarca", "Atacama", "Antofagasta", "Nevada", "California", "Quebec", "Ontario", "Minas Gerais",
    "Goias", "Goi\u00e1s", "Bahia", "Sakha", "Yakutia", "Kola Peninsula", "Greenbushes", "Pilbara",
)

#: company name endings ("Iluka Resources", "Pilbara Minerals Ltd")
_FIRM_SUFFIX = re.compile(
    r"\b(?:[A-Z][\w&-]*\s+){1,3}(?:Ltd|Limited|Corp|Corporation|Inc|plc|PLC|Holdings|Resources|Mining|Minerals"
    r"|Metals|Materials|Rare\s+Earths|Group(?!\s+of\b))\b\.?")
#: "Hong Kong-listed CMOC", "Perth-based Iluka": a company named with where it is listed or based
_LISTED_FIRM = re.compile(r"\b[\w.]+-(?:listed|based|headquartered|owned|controlled|backed)\s+"
                          r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})")
#: pieces of registered names that are no name on their own ("(Group)", "High-Tech Co.")
_NAME_PARTS_GENERIC = frozenset({"group", "high-tech co", "co", "ltd", "limited", "inc", "corp", "plc", "holdings"})
#: "Kachin State", "Jiangxi province", "the province of Jiangxi", "Perm Krai", "Donetsk Oblast"
_REGION_WORD = re.compile(
    r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:[Pp]rovince|[Ss]tate|[Pp]refecture|[Oo]blast|[Kk]rai|[Cc]ounty"
    r"|[Aa]utonomous\s+[Rr]egion)\b|\b(?:province|state|prefecture|region)\s+of\s+[A-Z][\w'-]+")
#: a single company, mine or plant named by a common noun ("the miner", "its mine", "the plant")
_UNIT_NOUN = re.compile(
    r"\b(?:the|its|their|this|that|a|US|U\.S\.|Australian|Chinese|Canadian|American|(?-i:(?!World)[A-Z][a-z]+['\u2019]s))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:company|miner|firm|mine(?!\s+(?:production|output|supply|producers?|capacity))"
    r"|plant|facility|refinery|project|operation|smelter|producer\s+[A-Z])\b", re.I)
#: the named thing is the source of the figure, not its subject
_ATTRIB_BEFORE = re.compile(r"\b(?:according\s+to|said\s+by|data\s+from|estimates?\s+(?:by|from)|cited\s+by"
                            r"|(?:data|figures|statistics|numbers)\s+(?:released|published|compiled|issued)\s+by"
                            r"|(?:released|published|compiled|reported|issued)\s+by)\s+(?:the\s+)?"
                            r"(?:[\w.]+-based\s+)?$",  # "data released by the U.K.-based Cobalt Institute": the source
                            re.I)
#: "The country is the world's largest miner": a predicate about the subject, not the subject
_PREDICATE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being|becomes?|became|remains?|remained|as|than|like"
                               r"|among|ahead\s+of|behind)\s+$", re.I)
_ATTRIB_AFTER = re.compile(r"^['\u2019]?s?\s*(?:\w+\s+){0,2}?(?:said|says|told|estimates?|estimated|reported|reports"
                           r"|expects?|noted|notes|forecasts?|data|figures|report|analysts?)\b", re.I)
#: "at Mountain Pass", "by Lynas", "from its Mount Weld mine" after the figure
_AFTER_LINK = re.compile(r"^[^,;.]{0,60}?\b(?:at|by|from)\s+(?:its\s+|the\s+|their\s+)?$", re.I)
#: what every text before a mention that _AFTER_LINK matches starts with (a cheap test first)
_SCOPE_LINK_WORD = re.compile(r"[^,;.]{0,60}?\b(?:at|by|from)\s", re.I)
#: capacity wording: what a plant or country could produce, not what it did
_CAPACITY = re.compile(
    r"\b(?:can|could|is\s+able\s+to|are\s+able\s+to|capable\s+of|designed\s+to|built\s+to)\s+"
    r"(?:produce|producing|process|processing|make|making|mine|mining|turn\s+out|supply|refine|refining|separate)\b"
    r"|\bnameplate\b|\bcapacity\s+(?:of|to)\b", re.I)
#: a flow to or from a named partner
_TRADE_VERB = re.compile(
    r"\b(?:shipped|ships|ship|shipping|shipments?|exported|exports?|exporting|sent|sends|sold|sells|delivered"
    r"|deliveries|imported|imports?|importing|bought|buys|purchased|sourced)\b", re.I)
_TO_FROM = re.compile(r"\b(?:to|from|into|for)\s+(?:the\s+)?$", re.I)
_COUNTRY_MEASURE = re.compile(r"\b(?:production|output|exports?|imports?|reserves|mining|supply|share|industry)\b", re.I)
_NATIONAL_AFTER = re.compile(r"^['\u2019]?s?\s+(?:[\w-]+\s+){0,2}?(?:production|output|mining|supply|total)\b", re.I)
_WHOLE_OF = re.compile(r"\b(?:all|the\s+whole|the\s+entire|the\s+sum|100\s*%|record|high|total)\s+(?:of|for)\s+(?:the\s+)?$",
                       re.I)
_CLAUSE_END = re.compile(r";|,\s+(?:while|whereas|but|and)\b|\.\s")
#: a title-case headline is full of capitalised words: company patterns would misfire on it
_TITLE_SHARE = 0.6
_GENERIC = "company, mine or plant"
#: ``needs`` of verdicts that could not even tell what the figure is; a partner named in the
#: sentence says better what would settle it
_VAGUE_NEEDS = ("the measure", "the country")
_LABEL_ORDER = ("province or region", "company", "mine or plant", _GENERIC)
#: where the data that would settle a claim about each kind of subject are published
_SCOPE_SOURCE = {"province or region": "provincial or state statistics",
                 "company": "the company's production reports",
                 "mine or plant": "the operator's site-level reports",
                 _GENERIC: "company or site-level reports"}


@dataclass(frozen=True)
class _Names:
    firms: tuple[str, ...]
    sites: tuple[str, ...]
    regions: tuple[str, ...]


def _parts(cell: str) -> list[str]:
    out = []
    for piece in re.split(r"[;/]", cell or ""):
        for p in re.split(r"\s*[()]\s*", piece):
            p = p.strip(" ,")
            if p:
                out.append(p)
    return out


@cache
def _names(data_dir: str = str(DATA_DIR)) -> _Names:
    base = Path(data_dir)
    countries: set[str] = set()
    with (base / "countries.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            countries.update(x.strip() for x in [row["name"], *(row.get("aliases") or "").split(";")] if x.strip())
    firms: set[str] = set()
    sites: set[str] = set()
    regions: set[str] = set(_SUBNATIONAL_EXTRA)
    with (base / "actors.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row.get("kind") == "company":
                firms.update(_parts(row["name"].split(",")[0]))
                firms.update(_parts(row.get("aliases", "")))
    with (base / "sites.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            sites.update(_parts(row["name"].split(",")[0]))
            sites.update(_parts(row.get("aliases", "")))
            firms.update(_parts(row.get("operator", "").split(",")[0]))
            regions.update(_parts(row.get("region", "")))
    with (base / "site_owners.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            firms.update(_parts(row.get("owner", "").split(",")[0]))

    def keep(names: set[str]) -> tuple[str, ...]:
        # a name must look like a proper name, be long enough not to collide with words
        # ("MP", "VAC") and not be a country ("Georgia" is also a US state)
        good = {n for n in names if len(n) >= 4 and n[0].isupper() and n not in countries
                and n.lower().rstrip(".") not in _NAME_PARTS_GENERIC
                and not n.lower().startswith(("near ", "south ", "north ", "east ", "west "))}
        return tuple(sorted(good, key=len, reverse=True))

    return _Names(keep(firms), keep(sites), keep(regions))


@cache
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    if names:  # the look-ahead on the names' first characters written directly: _scope_lead would parse
        # the alternation of a few hundred names again to read it (~30 ms of the first check)
        return re.compile(r"(?=[" + "".join(sorted({re.escape(n[0]) for n in names})) + r"])(?<![\w-])(?:"
                          + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    return _scope_lead(re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"))


@cache
def _scope_lead(p: re.Pattern[str]) -> re.Pattern[str]:
    """``p`` tried only where a match can start (see ``extract._lead``): the same matches."""
    from critmin.claims.extract import _lead

    return _lead(p)


@cache
def _scope_patterns() -> tuple[tuple[tuple[re.Pattern[str], str], ...], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns :func:`_mentions` scans with, built once (hashing the name tuples or the
    compiled patterns on every call is itself a cost)."""
    n = _names()
    named = tuple((_name_pattern(names), what) for names, what in (
        (n.firms, "company"), (n.sites, "mine or plant"), (n.regions, "province or region")) if names)
    return named, _scope_lead(_REGION_WORD), _scope_lead(_FIRM_SUFFIX), _scope_lead(_UNIT_NOUN)


@cache
def _scope_flow_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:data:`_TRADE_VERB` and :data:`_CAPACITY`, tried only where a match can start."""
    return _scope_lead(_TRADE_VERB), _scope_lead(_CAPACITY)


@cache
def _scope_clause_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:data:`_CLAUSE_END` and :data:`_PART_YEAR_SHARE`, tried only where a match can start
    (built once: hashing a pattern on every call is itself a cost)."""
    return _scope_lead(_CLAUSE_END), _scope_lead(_PART_YEAR_SHARE)


def _title_case(text: str) -> bool:
    key = ("title", text, None)  # (several claims of one sentence ask: read once per article)
    got = _ARTICLE_MEMO.get(key)
    if got is None:
        words = _SCOPE_TITLE_WORD.findall(text)
        got = _ARTICLE_MEMO[key] = [len(words) >= 4
                                    and sum(map(str.isupper, map(_SCOPE_FIRST_CHAR, words))) / len(words) >= _TITLE_SHARE]
    return bool(got[0])


_SCOPE_TITLE_WORD = re.compile(r"[A-Za-z][\w'-]*")
_SCOPE_FIRST_CHAR = operator.itemgetter(0)
#: text without one of these cannot hold a match of _REGION_WORD, _FIRM_SUFFIX, _UNIT_NOUN (the
#: letters each pattern requires, read from it; _UNIT_NOUN ignores case: tested on the lowered text,
#: and never skipped in a text with a character that folds to an ASCII letter)
_SCOPE_REGION_NEED = ("rovince", "tate", "refecture", "blast", "rai", "ounty", "egion")
_SCOPE_FIRM_NEED = ("Ltd", "Limited", "Corp", "Inc", "plc", "PLC", "Holdings", "Resources", "Mining", "Minerals",
                    "Metals", "Materials", "Earths", "Group")
_SCOPE_UNIT_NEED = ("compan", "mine", "firm", "plant", "facilit", "refiner", "project", "operation", "smelter",
                    "producer")
_SCOPE_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _scope_may_match(text: str, need: tuple[str, ...], fold: bool = False) -> bool:
    if fold:
        if any(ch in text for ch in _SCOPE_FOLDS):
            return True
        text = text.lower()
    return any(map(text.__contains__, need))


#: what the scans below found in the texts of the article being checked (several claims of one
#: sentence read the same words); emptied at the start of every article by :func:`new_article`,
#: so nothing carries from one article to the next
_ARTICLE_MEMO: dict[tuple[str, str, str | None], list[Any]] = {}


def new_article() -> None:
    """Forget the scans of the previous article."""
    _ARTICLE_MEMO.clear()


def _mentions(text: str, whole: str | None = None) -> list[tuple[int, int, str]]:
    """Companies, sites and regions named in ``text``: (start, end, what); ``whole`` (the
    sentence ``text`` is part of) decides whether the words are a title-case headline."""
    key = ("mentions", text, whole)
    if key not in _ARTICLE_MEMO:
        _ARTICLE_MEMO[key] = _scan_mentions(text, whole)
    return list(_ARTICLE_MEMO[key])


def _scan_mentions(text: str, whole: str | None) -> list[tuple[int, int, str]]:
    named, region_word, firm_suffix, unit_noun = _scope_patterns()
    out: list[tuple[int, int, str]] = []
    for pat, what in named if _scope_may_name(text) else ():
        out += [(m.start(), m.end(), what) for m in pat.finditer(text)]
    if _scope_may_match(text, _SCOPE_REGION_NEED):
        out += [(m.start(), m.end(), "province or region") for m in region_word.finditer(text)]
    firms = [(m.start(), m.end(), "company") for m in firm_suffix.finditer(text)] \
        if _scope_may_match(text, _SCOPE_FIRM_NEED) else []
    if firms and not _title_case(whole if whole is not None else text):
        out += firms
    if _scope_may_match(text, _SCOPE_UNIT_NEED, fold=True):
        out += [(m.start(), m.end(), _GENERIC) for m in unit_noun.finditer(text)]
    if "-" in text:  # "Perth-based ...": no match without a hyphen
        out += [(m.start("name"), m.end("name"), "company") for m in _LISTED_FIRM.finditer(text)]
    out += _national_firms(text, out, whole if whole is not None else text)
    best: dict[tuple[int, int], str] = {}
    for a, b, what in out:  # one label per span: a region before a site alias ("Jiangxi")
        if (a, b) not in best or _LABEL_ORDER.index(what) < _LABEL_ORDER.index(best[(a, b)]):
            best[(a, b)] = what
    return sorted((a, b, w) for (a, b), w in best.items())


#: words that make no company name before a firm ending: "Rare-Earth Minerals", "Critical Minerals",
#: "(Ministry of) Natural Resources", "Global Critical Minerals (Outlook)" are a commodity, a programme
#: or a ministry, not a company (twenty-third session)
_GENERIC_NAME_WORDS = frozenset({
    "critical", "strategic", "natural", "global", "national", "rare", "earth", "earths", "rare-earth", "rare-earths",
    "battery", "green", "energy", "key", "important", "essential", "mineral", "minerals", "metal", "metals", "raw",
    "precious", "base", "minor", "technology", "technologies", "clean", "the", "and", "of",
})
_FIRM_ENDING_WORD = re.compile(r"\s+(?:Ltd|Limited|Corp|Corporation|Inc|plc|PLC|Holdings|Resources|Mining|Minerals|Metals"
                               r"|Materials|Rare\s+Earths|Group)\.?$")


def _generic_firm(name: str) -> bool:
    """A firm-ending match whose words before the ending are all generic ("Critical Minerals")."""
    head = _FIRM_ENDING_WORD.sub("", name.strip())
    words = head.lower().split()
    return bool(words) and head != name.strip() and all(w in _GENERIC_NAME_WORDS for w in words)


@cache
def _scope_name_heads() -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """Where a name of :func:`_names` can start (its first characters) and the first four
    characters of every name (each has four or more), read from the names themselves."""
    n = _names()
    every = (*n.firms, *n.sites, *n.regions)
    if not every:
        return None, frozenset()
    return re.compile("[" + "".join(sorted({re.escape(x[0]) for x in every})) + "]"), frozenset(x[:4] for x in every)


def _scope_may_name(text: str) -> bool:
    """Whether ``text`` can hold a company, site or region name: one of their first four
    characters where one can start (a necessary condition, cheaper than the three name patterns)."""
    starts, heads = _scope_name_heads()
    return starts is not None and any(text[m.start():m.start() + 4] in heads for m in starts.finditer(text))


#: a single company named by its nationality: "Chilean producer SQM", "the Indonesian nickel giant
#: Harita", "a Chinese group", "Japan's biggest smelter" (singular nouns: "Chinese producers"
#: are the country's industry); the words between name no measure ("China's share as a producer")
_FIRM_AFTER_NATION = re.compile(
    r"\s+(?:(?!(?:share|output|production|exports?|imports?|reserves|role|position|status|place|rank|as|is|was|are|were"
    r"|has|had|and|or|of|the|a|an|to|in|by)\b)[\w-]+\s+){0,3}?"
    r"(?:company|firm|miner|group(?!\s+of\b)|corporation|conglomerate|refiner|smelter|maker|manufacturer|trader"
    r"|explorer|developer|start-?up|(?:producer|giant|major|operator|supplier|processor)(?=,?\s+(?-i:[A-Z])))\b",
    re.I)
#: after a possessive, a producer needs no name: "Australia's second-biggest producer" is a company
_FIRM_OF_NATION = re.compile(
    r"\s+(?:(?!(?:share|output|production|exports?|imports?|reserves|role|position|status|place|rank|as|is|was|are|were"
    r"|has|had|and|or|of|the|a|an|to|in|by)\b)[\w-]+\s+){0,3}?(?:producer|giant|operator|supplier|processor)\b(?!s)", re.I)
#: "Russia's Nornickel", "Congo's Gecamines": a proper name right after a country's possessive
_NAME_AFTER_POSS = re.compile(r"\s*(?P<name>(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}))")
#: first words of names after a possessive that are no company: institutions, titles, periods
_NOT_FIRM_WORD = frozenset({
    "ministry", "minister", "ministers", "department", "dept", "government", "govt", "president", "premier", "prime",
    "vice", "foreign", "commerce", "trade", "finance", "treasury", "state", "customs", "general", "national",
    "central", "federal", "geological", "energy", "defense", "defence", "army", "navy", "air", "bureau", "office",
    "agency", "administration", "council", "congress", "parliament", "senate", "house", "embassy", "ambassador",
    "secretary", "chancellor", "king", "queen", "prince", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "governor",
    "senator", "leader", "chairman", "communist", "party", "people", "peoples", "republic", "supreme", "court",
    "new", "year", "q1", "q2", "q3", "q4", "h1", "h2", *_lx.spellings(_lx.MONTHS, _lx.WEEKDAYS), "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "far", "inner", "outer", "upper", "lower", "mid", "greater",
})


@cache
def _scope_adjective_words() -> frozenset[str]:
    """First words of the gazetteer's country adjectives ("Chinese", "South" of "South
    African"), read from the gazetteer itself: a new adjective needs no change here."""
    from critmin.claims.extract import patterns

    return frozenset(a.split(" ")[0] for a in patterns().adjectives)


def _scope_may_have_national(text: str) -> bool:
    """Whether a country of ``text`` can be read as a possessive or an adjective (what
    :func:`_national_firms` needs): a possessive needs an apostrophe, an adjective one of
    the gazetteer's adjective words; a cheap test before the entity scan."""
    if "'" in text or "\u2019" in text:
        return True
    from critmin.claims.extract import _TOKEN

    return not _scope_adjective_words().isdisjoint(_TOKEN.findall(text))


def _national_firms(text: str, found: list[tuple[int, int, str]], whole: str) -> list[tuple[int, int, str]]:
    """Companies named through a country: an adjective or possessive before a company noun
    ("Chilean producer SQM", "the Chinese group") and a proper name after a possessive
    ("Russia's Nornickel"), unless something already found covers those words (a region,
    a known site)."""
    out: list[tuple[int, int, str]] = []
    if not _scope_may_have_national(text):
        return out  # no country in it can be a possessive or an adjective: nothing below can fire
    countries = _countries(text)
    if not countries:
        return out
    title = _title_case(whole)
    for a, b, poss in countries:
        if not poss:
            continue
        m = _FIRM_AFTER_NATION.match(text, b)
        if m is None and re.search(r"['\u2019]s?$", text[a:b]):
            m = _FIRM_OF_NATION.match(text, b)  # "China's biggest producer": one of its companies
        if m is not None:
            out.append((a, m.end(), _GENERIC))
            n = _NAME_AFTER_POSS.match(text, m.end())
            if n is not None and text[m.end():n.start("name")].strip(" ,") == "" and not any(
                    x <= n.start("name") < y for x, y, _ in found):
                out.append((n.start("name"), n.end("name"), "company"))  # "Chilean producer SQM": the name
            continue
        if title or not re.search(r"['\u2019]s?$", text[a:b]):
            continue  # a name after an adjective may be a title ("Chinese President ..."): possessives only
        n = _NAME_AFTER_POSS.match(text, b)
        if n is None or n.group("name").split()[0].lower().rstrip(".") in _NOT_FIRM_WORD:
            continue
        na, nb = n.start("name"), n.end("name")
        if any(x < nb and na < y for x, y, _ in found) or any(x < nb and na < y for x, y, _ in countries):
            continue  # a region, site or company already found there, or another country
        from critmin.claims.extract import patterns, scan_entities

        if any(ea == 0 for ea, *_ in scan_entities(text[na:nb], patterns())):
            continue  # "China's Rare Earth exports": a commodity, not a name (a commodity inside a name is
            # still a name: "Russia's MMC Norilsk Nickel PJSC", nineteenth session)
        out.append((na, nb, "company"))
    return out


#: "Lynas said it produced ...", "MP Materials reported that its output ...": a company that
#: reports its own figure is the figure's subject, not only its source
_SELF_REPORT = re.compile(
    r"['\u2019]?s?[^;.]{0,40}?\b(?:said|says|reported|reports|announced|announces|estimated|told\s+\w+)\b"
    r"[^;.]{0,30}?\b(?:that\s+)?(?:it|its|the\s+(?:company|firm|miner|group|producer))\b", re.I)


def _self_report(head: str, b: int) -> bool:
    """Whether the attribution after a company named at ``head[:b]`` reports the company's own
    figure ("Lynas said it produced"), with no country named after the pronoun."""
    m = _SELF_REPORT.match(head, b)
    return m is not None and not any(ca >= m.end() for ca, _, _ in _countries(head))


#: "second-biggest producer", "largest rare earths miner": a rank of one company (singular)
_RANKED_FIRM = re.compile(r"(?:[\w-]+\s+){0,3}?(?:producer|miner|company|firm|group|refiner|smelter|supplier|operator"
                          r"|processor|exporter)\b(?!s)", re.I)
_POSS_END = re.compile(r"['\u2019]s?\s+(?:own\s+)?$")


def _ranked_within(sentence: str, pos: int) -> tuple[str, str] | None:
    """"Australia's second-biggest producer": a rank among one country's companies, right
    after the country's possessive, not the country's rank in the world."""
    head = sentence[:pos]
    if _POSS_END.search(head) is None:
        return None
    m = _RANKED_FIRM.match(sentence, pos)
    if m is None:
        return None
    near = [(a, b) for a, b, poss in _countries(head) if poss and not head[b:].strip(" ").replace("own", "").strip()]
    if not near:
        return None
    return _GENERIC, sentence[near[-1][0]:m.end()]


#: "CMOC, the world's largest cobalt producer, ...": a name opening the sentence, in apposition
_NAME_THEN_COMMA = re.compile(r"(?:^|[.;:]\s+)[\"'\u201c]?(?P<name>(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})),\s+$")
#: "the world's top cobalt producer CMOC has ...": a name right after the ranked noun
_NAME_AFTER_RANK = re.compile(r"\s*,?\s*(?P<name>(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}))")
#: "the number one cobalt producer, China's CMOC Group": a company named through its country's possessive
_POSS_NAME_AFTER_RANK = re.compile(r"\s*,?\s*(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['\u2019]s\s+"
                                   r"(?P<name>(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}))")
#: "Nornickel is the world's largest producer ...": a name opening the sentence as the subject of the rank
_NAME_THEN_IS = re.compile(r"(?:^|[.;:]\s+)[\"'\u201c]?(?P<name>(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}))\s+"
                           r"(?:is|was|remains|remained)\s+$")
#: what may stand between the apposed name and the rank word: "Glencore, the world's second-largest ..."
_RANK_LEAD = re.compile(r"(?:\bthe\s+)?(?:(?:world|globe|planet)['\u2019]s\s+)?$", re.I)
#: the ranked noun right after a rank word ("second-largest producer"): the rank is a producer's
_RANKED_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:producer|miner|supplier|company|firm|group|refiner)\b(?!s)",
                                re.I)
#: first words of a sentence's subject that are no name ("It is", "This was", "The country is")
_NOT_NAME_SUBJECT = frozenset({"it", "this", "that", "there", "the", "these", "those", "which", "who", "he", "she",
                               "they", "we", "its", "their", "our", "a", "an", "what", "one"})
#: sentence openers that are no names ("However, the world's largest ...")
_OPENERS = frozenset({"however", "meanwhile", "today", "currently", "now", "still", "yet", "also", "indeed", "overall",
                      "globally", "in", "by", "as", "since", "and", "but", "so", "thus", "instead", "moreover",
                      "earlier", "later", "then", "there", "here", "again", "once", "first", "second", "finally",
                      "furthermore", "nonetheless", "nevertheless", "therefore", "hence", "likewise", "elsewhere",
                      "today's", "last", "next", "this", "that", "it", "the", "for", "of", "at", "on", "with"})


def _firm_name(name: str) -> bool:
    """A capitalised name that is no country, region, commodity or sentence opener."""
    first = name.split()[0].lower().rstrip(".")
    if first in _OPENERS or first in _NOT_FIRM_WORD or (first.endswith("ly") and len(name.split()) == 1):
        # ("Recently, the world's largest ...", "Separately, ...": an adverb opening the sentence)
        return False
    from critmin.claims.extract import _ATTRIB, patterns, scan_entities

    if _ATTRIB.fullmatch(name):
        return False  # "USGS", "the IEA": a source of figures, not a company

    if scan_entities(name, patterns()):
        return False
    return not any(what == "province or region" for _, _, what in _mentions(name))


def _apposed_firm(sentence: str, pos: int, end: int) -> tuple[str, str] | None:
    """A rank said of a company named beside it: "CMOC, the world's largest cobalt producer,
    ..." or "the world's top cobalt producer CMOC has ...": the company's rank, not a country's."""
    if _title_case(sentence):
        return None
    lead = _RANK_LEAD.search(sentence, 0, pos)
    lo = lead.start() if lead is not None else pos
    m = _NAME_THEN_COMMA.search(sentence, 0, lo)
    if m is not None and m.end() == lo and _firm_name(m.group("name")):
        return "company", m.group("name")
    m = _NAME_THEN_IS.search(sentence, 0, lo) if sentence[lo:lo + 4].lower() == "the " else None
    # ("X is the world's largest producer", not "X is second": a definite description of the subject)
    if m is not None and m.end() == lo and m.group("name").split()[0].lower() not in _NOT_NAME_SUBJECT \
            and _firm_name(m.group("name")):
        return "company", m.group("name")
    ranked_noun = re.search(r"(?:producer|miner|supplier|company|firm|group|refiner)$", sentence[pos:end], re.I)
    if ranked_noun is None:  # the span stops at the rank word: "the world's second-largest producer, Chile's SQM"
        after = _RANKED_NOUN_AFTER.match(sentence, end)
        if after is not None:
            ranked_noun, end = after, after.end()
    n = _NAME_AFTER_RANK.match(sentence, end)
    if n is not None and ranked_noun \
            and _firm_name(n.group("name")) and not _ATTRIB_AFTER.match(sentence[n.end("name"):]):
        return "company", n.group("name")  # ("..., Adamas data show": a source, not the company ranked)
    n = _POSS_NAME_AFTER_RANK.match(sentence, end)
    if n is not None and ranked_noun and any(not sentence[end:a].strip(" ,") for a, _b, poss in _countries(sentence[end:n.start("name")]))\
            and _firm_name(n.group("name")) and not _ATTRIB_AFTER.match(sentence[n.end("name"):]):
        return "company", n.group("name")  # "the number one cobalt producer, China's CMOC Group"
    return None


def _countries(text: str) -> list[tuple[int, int, bool]]:
    key = ("countries", text, None)
    if key not in _ARTICLE_MEMO:
        from critmin.claims.extract import patterns, scan_entities

        _ARTICLE_MEMO[key] = [(a, b, poss) for a, b, kind, _, poss in scan_entities(text, patterns())
                              if kind == "country"]
    return list(_ARTICLE_MEMO[key])


def _clause_start(sentence: str, pos: int) -> int:
    start = 0
    for m in _scope_clause_patterns()[0].finditer(sentence, 0, pos):
        start = m.end()
    return start


#: a relative clause hung on a country: the figure inside it is that country's
#: ("China, which makes ..."), or a role given to it ("China's status as the main supplier")
_COUNTRY_RELATIVE = re.compile(
    r",?\s+(?:which|that|who)\b|(?:['\u2019]s)?\s+(?:status|position|role|place|standing)\s+as\b", re.I)


#: a non-restrictive relative clause hung on a firm, with no clause break before the figure
#: ("Codelco, which produces ..."): the figure inside it is the firm's (sixteenth session)
_FIRM_RELATIVE = re.compile(r",\s+(?:which|that)\s+(?:\w+\s+){0,2}?"
                            r"(?:produces?|produced|mines?|mined|supplies|supplied|accounts?|accounted|controls?"
                            r"|controlled|holds?|held|owns?|owned|makes?|made|refines?|refined|has|had)\b[^;.]*$", re.I)


#: a country right before the figure, set off by a comma, a dash or a bracket: the figure is in
#: apposition to it ("trade friction with China, the world's dominant supplier of ...") (eleventh session)
_COUNTRY_APPOSED = re.compile(r"\s*[,(\u2014\u2013]\s*(?:(?:currently|now|still|already|long|today|also)\s+)?")


#: a country named after the company, site or plant that opens its own clause before the figure: the
#: subject of a verb ("China ramped up", "China controls") or the holder of a share or dominance noun
#: ("China's dominance of", "China's share in")
_COUNTRY_CLAUSE_SUBJECT = re.compile(
    r"(?:(?:['\u2019]s?)?\s+(?:[\w-]+\s+){0,2}?(?:dominance|share|grip|control|stranglehold|chokehold|monopoly|near-monopoly"
    r"|leadership|dominant\s+position)\b"
    r"|\s+(?:\w+ly\s+|also\s+|now\s+|still\s+|alone\s+|together\s+)?(?:ramped|controls|controlled|accounts|accounted|produces|produced"
    # (twenty-sixth session) the plural of a list of countries: "China and Russia account for" (C16986)
    r"|account|control|produce|dominate|hold"
    r"|dominates|dominated|holds|held|supplies|supplied|makes|made|refines|refined|mines|mined|processes|processed"
    r"|has|had|possesses|possessed|boasts)\b)",
    re.I)
#: a country that only says where the subject is: "Kachin State in Myanmar produced ..."
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|of|from|at|near|across|within|outside|inside)\s+(?:the\s+)?$", re.I)
#: the agent of a passive right before the country: "categories dominated by China"
_AGENT_BEFORE = re.compile(r"\b(?:dominated|controlled|monopoli[sz]ed|led)\s+by\s+(?:the\s+)?$", re.I)


def _subject_before(sentence: str, pos: int) -> tuple[str, str] | None:
    """The company, site or region the text before the figure makes the subject."""
    lo = _clause_start(sentence, pos)
    head = sentence[lo:pos]
    found = [(a, b, w) for a, b, w in _mentions(head, sentence)
             if not (w == "company" and _generic_firm(head[a:b]))  # ("Rare-Earth Minerals": no company)
             and not _ATTRIB_BEFORE.search(head[:a]) and (not _ATTRIB_AFTER.match(head[b:]) or _self_report(head, b))
             and not _PREDICATE_BEFORE.search(head[:a])]
    if not found:
        return None
    a, b, what = found[0]
    named = [f for f in found[1:] if f[2] != _GENERIC and (0 <= f[0] - b <= 3 or (f[0] >= a and f[1] <= b))]
    if what == _GENERIC and named:
        a, b, what = named[0]  # "US miner MP Materials": the name, not the noun
    countries = _countries(head)
    if what == "company" and _FIRM_RELATIVE.match(head, b) and not any(ca >= b for ca, _cb, _p in countries):
        # "..., chairman of Codelco, which produces 8% of the world's copper": the relative clause
        # hung on the firm runs to the figure, whatever country the sentence named before it
        return what, head[a:b].strip()
    for ca, cb, _poss in countries:
        if ca >= b and (_COUNTRY_RELATIVE.match(head, cb) or _COUNTRY_APPOSED.fullmatch(head, cb)):
            return None  # "Despite this plant, Europe relies on China, which makes 90% ...": China's
            # (or "... between the US and China, the world's dominant supplier": the figure in apposition)
        if ca >= b and ((_COUNTRY_CLAUSE_SUBJECT.match(head, cb) and not _LOCATIVE_BEFORE.search(head, 0, ca))
                        or _AGENT_BEFORE.search(head, 0, ca)):
            return None  # nineteenth session: "The plant ... declined as China ramped up production to the point
            # where it now accounts for about 90%", "interest in Meteoric's project reflects China's dominance of
            # about 85%", "the plant will produce heavy rare earths, categories dominated by China": the country
            # is the subject (or the agent) of the clause that holds the figure, so the figure is the country's
    for _ca, cb, poss in countries:
        if cb > a:
            continue
        poss = poss or head[cb:cb + 1] == "-"  # "Hong Kong-listed", "US-based"
        if not poss or _COUNTRY_MEASURE.search(head[cb:a]):
            return None  # "China, home to Bayan Obo, is ...", "Australia's output, led by Lynas, ..."
    return what, head[a:b].strip()


def _subject_after(sentence: str, end: int) -> tuple[str, str] | None:
    """"... 45,000 t at Mountain Pass", "... by Lynas": a site or company right after the figure."""
    tail = sentence[end:end + 140]
    if _SCOPE_LINK_WORD.match(tail) is None:
        return None  # no "at", "by" or "from" where _AFTER_LINK could end: no mention can be linked
    for a, b, what in _mentions(tail, sentence):
        if what != "province or region" and _AFTER_LINK.match(tail[:a]):
            if _SOURCE_BEFORE_LINK.search(tail[:a]):
                continue  # twentieth session: "according to a report from the UK ... Centre": the source (C10222)
            return what, tail[a:b].strip()
    return None


#: a publication before "by" or "from": the name after it is where the figure comes from, not
#: whose figure it is ("according to last year's report from the UK Critical Minerals
#: Intelligence Centre", "data compiled by Benchmark")
_SOURCE_BEFORE_LINK = re.compile(
    r"\b(?:according\s+to|reports?|reported|data|study|studies|survey|estimates?|estimated|analysis|figures|"
    r"research|statement|release|compiled|published|calculations?)\b", re.I)


def _stated_as_national(tail: str) -> bool:
    """The sentence itself equates the figure with a country's total ("a record for U.S.
    output", "all of Australia's production", "an all-time high for primary production in the US")."""
    for a, b, _poss in _countries(tail):
        if (_WHOLE_OF.search(tail[:a]) and _NATIONAL_AFTER.match(tail[b:])) or _WHOLE_IN.search(tail[:a]):
            return True
    return False


#: "a record for primary production in the US": the whole of a country's output named before the country
_WHOLE_IN = re.compile(r"\b(?:record|high|total)\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                       r"(?:production|output|mining|supply)\s+(?:in|of)\s+(?:the\s+)?$", re.I)
#: what may stand between a country's possessive and its figure: "Vietnam's roughly 3,400 t"
_POSS_TO_FIGURE = re.compile(r"^(?:['\u2019]s?)?\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|an|estimated"
                             r"|annual|total|entire|whole|yearly|own)\s+){0,3}$", re.I)
#: "making Vietnam the second-largest", "made China the world's top": the country is the rank's holder
_HOLDER_TO_RANK = re.compile(r"^\s+(?:the\s+)?(?:(?:world|globe|planet)['\u2019]s\s+)?$", re.I)
_MAKING_BEFORE = re.compile(r"\b(?:making|makes|made|make|leaving|left|keeping|keeps|kept|rendering)\s+$", re.I)


def _national_before(sentence: str, pos: int) -> bool:
    """The figure is a country's own, named by its possessive right before it ("nearly all of
    Vietnam's roughly 3,400 t"), whatever company or plant the sentence names before (not for
    ranks: "America's largest producer" ranks the country's companies)."""
    head = sentence[max(0, pos - 80):pos]
    return any(poss and _POSS_TO_FIGURE.match(head[b:]) for _a, b, poss in _countries(head))


def _country_made_holder(sentence: str, pos: int) -> bool:
    """ "..., making Vietnam the second-largest producer": the country is made the rank's holder."""
    head = sentence[max(0, pos - 80):pos]
    return any(_HOLDER_TO_RANK.match(head[b:]) and _MAKING_BEFORE.search(head[:a]) for a, b, _p in _countries(head))


def _partner(claim: Claim, sentence: str, pos: int, end: int) -> str | None:
    """A second country the figure flows to or from ("shipped ... to China")."""
    if claim.measure in ("reserves", "resources"):
        return None  # a stock flows nowhere: "imports, primarily from China" qualifies another figure
    lo = _clause_start(sentence, pos)
    hi_m = _scope_clause_patterns()[0].search(sentence, end)
    hi = hi_m.start() if hi_m else len(sentence)
    clause = sentence[lo:hi]
    if not _scope_flow_patterns()[0].search(clause):
        return None
    from critmin.claims.extract import patterns, scan_entities

    for a, b, kind, iso, _ in scan_entities(clause, patterns()):
        if kind == "country" and iso != claim.country and _TO_FROM.search(clause[:a]):
            return clause[a:b]
    return None


def _agent_country_after(sentence: str, end: int) -> bool:
    """A passive rank or share whose agent is a country right after it ("categories dominated
    by China"): the country holds the first place, whatever plant opened the sentence."""
    if not _AGENT_BEFORE.search(sentence, 0, end):
        return False
    tail = sentence[end:end + 40]
    return any(not tail[:a].strip() for a, _b, _poss in _countries(tail))


_ITS_AHEAD = re.compile(r"(?:its|their)\b", re.I)


def _its_country_between(sentence: str, pos: int, country: str | None) -> bool:
    """"The project aligns with China's strategy ... to maintain its global dominance": a dominance
    told with "its" whose holder, the claim's country, is named in the clause after the plant or
    company that opens the sentence (nineteenth session, C10318)."""
    if country in (None, "WLD") or not _ITS_AHEAD.match(sentence, pos):
        return False
    lo = _clause_start(sentence, pos)
    head = sentence[lo:pos]
    mentions = _mentions(head, sentence)
    if not mentions:
        return False
    from critmin.claims.extract import patterns, scan_entities

    first = mentions[0][1]
    return any(kind == "country" and iso == country and a >= first
               for a, _b, kind, iso, _p in scan_entities(head, patterns()))


_DOMINANCE_NOUN = re.compile(r"(?:dominance|domination|dominant|stranglehold|grip|monopol\w*|chokehold|hegemony)\b", re.I)


def _held_dominance(sentence: str, pos: int, end: int, country: str | None) -> bool:
    """ "breaking Chinese domination of the supply chain", "to break China's stranglehold on": a
    dominance whose holder, the claim's country, is named right before or in the phrase itself
    (twenty-second session, C14954, C6351); the plant or company that opens the sentence acts on
    it and does not own it (rule 17d)."""
    if country in (None, "WLD") or not _DOMINANCE_NOUN.search(sentence, pos, min(len(sentence), end + 2)):
        return False
    from critmin.claims.extract import patterns, scan_entities

    lo = max(0, pos - 22)
    return any(kind == "country" and iso == country
               for _a, _b, kind, iso, _p in scan_entities(sentence[lo:end], patterns()))


#: (twenty-fourth session, README rule 21d) firms and sites that are their country's only producer of a
#: commodity, so that the country's row settles their output: Mountain Pass is the only US rare-earth mine
#: (MCS: "one mine, in California"), so MP Materials' REO in concentrate is the US mine production row
#: (C6461, C14906, C16135). Each entry: the name as the text writes it, the country, the commodity and the
#: measure the country's row holds.
SOLE_PRODUCERS: tuple[tuple[re.Pattern[str], str, str, str], ...] = (
    (re.compile(r"^(?:MP\s+Materials(?:\s+Corp\.?)?|(?:the\s+)?Mountain\s+Pass(?:\s+mine)?)$", re.I),
     "USA", "rare_earths", "production"),
)
#: the name :func:`narrower_subject` quotes in its explanation
_SCOPED_NAME = re.compile(r"^the figure is for a (?:company|mine or plant|company, mine or plant) \('([^']+)'\)")


def sole_producer_country(claim: Claim, v: Verdict) -> str | None:
    """The country whose row settles a company's or site's figure that :func:`narrower_subject` left
    ``unverifiable``, when the firm or site is that country's only producer of the claim's commodity
    (:data:`SOLE_PRODUCERS`); else None."""
    if claim.kind not in ("quantity", "change") or v.verdict != "unverifiable":
        return None
    m = _SCOPED_NAME.match(v.explanation or "")
    if m is None:
        return None
    name = m.group(1).strip()
    for pat, iso, commodity, measure in SOLE_PRODUCERS:
        if pat.match(name) and claim.commodity == commodity and (claim.measure or "production") == measure \
                and claim.stage in (None, "mining") and claim.country in (None, "WLD", iso):
            return iso
    return None


def narrower_subject(claim: Claim, v: Verdict) -> Verdict:
    """``unverifiable`` for a figure of a company, site or region, a bilateral flow or a
    capacity; other verdicts are returned unchanged."""
    if claim.kind == "event" or claim.measure in ("price", "quota", "capacity"):
        return v
    s0 = claim.sentence_span[0]
    pos, end = claim.span[0] - s0, claim.span[1] - s0
    sent = claim.sentence
    if not (0 <= pos <= len(sent)):
        return v
    com = (claim.commodity or "the commodity").replace("_", " ")
    measure = claim.measure or "production"
    found = None if claim.kind in ("rank", "share") and (_agent_country_after(sent, end)
                                                         or _its_country_between(sent, pos, claim.country)
                                                         or _held_dominance(sent, pos, end, claim.country)) \
        else _subject_before(sent, pos) or _subject_after(sent, end)
    if found is None and claim.kind == "rank":
        found = _ranked_within(sent, pos) or _apposed_firm(sent, pos, end)
    if found is not None and found[0] == _GENERIC:
        after = _subject_after(sent, end)  # "the country's only producer ... at Mountain Pass": the name
        found = after if after is not None and after[0] != _GENERIC else found
    if found is not None and (_stated_as_national(sent[pos:])
                              or (claim.kind != "rank" and _national_before(sent, pos))
                              or (claim.kind == "rank" and _country_made_holder(sent, pos))):
        found = None  # "... at Mountain Pass, an all-time high for U.S. primary production"; "produces nearly
        # all of Vietnam's roughly 3,400 t"; "the mine ..., making Vietnam the second-largest producer"
    if found is not None:
        what, name = found
        return Verdict("unverifiable",
                       f"the figure is for a {what} ('{name}'), not a country total; the dataset holds country "
                       f"and world totals only" + (f" (for the country: {v.explanation})" if v.verdict != "unverifiable"
                                                   else ""),
                       evidence=v.evidence, edition=v.edition,
                       needs=f"{measure} of {com} for {name} ({_SCOPE_SOURCE[what]})")
    vague = v.verdict != "unverifiable" or (v.needs or "").startswith(_VAGUE_NEEDS) or (
        claim.measure in ("exports", "imports") and v.verdict == "unverifiable")  # "shipped ... to China"
    if claim.kind in ("quantity", "change") and vague:
        partner = _partner(claim, sent, pos, end)
        if partner is not None:
            return Verdict("unverifiable",
                           f"a flow to or from a named partner ({partner}); the dataset holds no trade by partner "
                           f"({v.explanation})", evidence=v.evidence, edition=v.edition,
                           needs=f"bilateral trade in {com} with {partner} (e.g. customs data by partner)")
        cap = _scope_flow_patterns()[1].search(sent[:end])
        if cap is not None and measure == "production" and v.verdict != "unverifiable":
            return Verdict("unverifiable",
                           f"'{cap.group(0)}' states a capacity, not output; the dataset holds production only "
                           f"({v.explanation})", evidence=v.evidence, edition=v.edition,
                           needs=f"{com} production capacity (plant or country capacity data)")
    return v


# ------------------------------------------------------------------ events
_QUOTA_WORD = re.compile(r"\bquotas?\b", re.I)
_EXPORT_QUOTA = re.compile(r"\bexport\s+quotas?\b|\bquotas?\s+(?:on|for)\s+exports?\b", re.I)
#: a plant or mine starting up: a site's history, not a policy event
_SITE_START = re.compile(
    r"\b(?:commenced|began|begun|started|starts|start|entered|restarted|resumed)\s+(?:commercial\s+|its\s+first\s+)?"
    r"(?:production|operations?|operating|producing|mining|processing)\b|\bcame\s+(?:on\s*line|on\s+stream)\b"
    r"|\bfirst\s+(?:production|output|concentrate|ore)\b", re.I)


@cache
def _event_table(data_dir: str = str(DATA_DIR)) -> dict[str, tuple[str, str]]:
    """event_id -> (type, title) of ``events.csv``."""
    with (Path(data_dir) / "events.csv").open(encoding="utf-8", newline="") as fh:
        return {r["event_id"]: (r["type"], r["title"]) for r in csv.DictReader(fh)}


def _s5_control_beside_quota(claim: Claim, matched: list[tuple[str, str]]) -> bool:
    """The sentence names export controls beside a quota ("export curbs and quota
    reductions on tungsten ...") and the matched event is such a control: the controls are the
    checkable part (rule 4), the quota the table cannot check does not change the verdict."""
    kinds = (claim.event or {}).get("kinds") or []
    return "control" in kinds and any(t == "export_control" for t, _ in matched) \
        and re.search(r"\bexport\s+(?:controls?|curbs?|restrictions?|bans?|licen[cs]ing)\b", claim.sentence, re.I) is not None


def event_scope(claim: Claim, v: Verdict) -> Verdict:
    """An event claim matched to an event of another kind: a production or smelting quota
    (the table holds export quotas only) or a plant starting production (a site's
    history) is ``unverifiable`` unless the matched event is of that kind."""
    if claim.kind != "event" or v.verdict == "unverifiable":
        return v
    table = _event_table()
    matched = [table.get(e.edition, ("", e.locator or "")) for e in v.evidence if e.measure == "event"]
    if not matched:
        return v
    sent = claim.sentence
    com = (claim.commodity or "the commodity").replace("_", " ")
    if _QUOTA_WORD.search(sent) and not _s5_control_beside_quota(claim, matched):
        export = bool(_EXPORT_QUOTA.search(sent))
        fits = [t for t, title in matched if (t == "quota" or "quota" in title.lower())
                and ("export" in title.lower()) == export]
        if not fits:
            kind = "export" if export else "production (mining, smelting and separation)"
            return Verdict("unverifiable",
                           f"the sentence is about a {kind} quota; the matched event is not one "
                           f"({'; '.join(title for _, title in matched)})", edition=None,
                           needs=f"the {kind} quota notices for {com} (date, volumes), e.g. as rows of events.csv")
    start = _SITE_START.search(sent)
    if start is not None and not any(_SITE_START.search(title) for _, title in matched):
        return Verdict("unverifiable",
                       f"'{start.group(0)}' dates a plant or mine starting up; the matched event is of another kind "
                       f"({'; '.join(title for _, title in matched)})", edition=None,
                       needs="the start year of the plant or mine (sites.csv start_year or the operator's reports)")
    return v


# ------------------------------------------------------------------ prices
_PRICE_PART_YEAR = re.compile(
    r"\b(?:(?:first|second|third|fourth|last|previous|prior|the\s+\w+)\s+quarter|quarter(?:ly)?|half[- ]year|"
    r"(?:first|second)\s+half|H[12]|Q[1-4]|this\s+month|last\s+month|week)\b", re.I)
_OWN_PRICE = re.compile(
    r"\b(?:(?:average\s+)?(?:selling|realised|realized|achieved|received|basket|contract|offer(?:ed)?|sales)\s+prices?"
    r"|prices?\s+(?:realised|realized|achieved|received))\b", re.I)


def price_scope(claim: Claim, v: Verdict) -> Verdict:
    """A price the dataset's annual market averages cannot settle: a company's realised
    or selling price (a mix of products and contracts) or a price for a quarter, half
    year, month or week."""
    if claim.measure != "price" or claim.kind not in ("quantity", "change") or v.verdict == "unverifiable":
        return v
    com = (claim.commodity or "the commodity").replace("_", " ")
    own = _OWN_PRICE.search(claim.sentence)
    if own is not None:
        return Verdict("unverifiable",
                       f"'{own.group(0)}' is a seller's own price (its product mix and contracts), not the market "
                       f"average the dataset holds ({v.explanation})", evidence=v.evidence, edition=v.edition,
                       needs=f"the seller's realised {com} price for the period (its quarterly or annual report)")
    part = _PRICE_PART_YEAR.search(claim.sentence)
    if part is not None:
        return Verdict("unverifiable",
                       f"a price for part of a year ('{part.group(0)}'); the dataset holds annual averages "
                       f"({v.explanation})", evidence=v.evidence, edition=v.edition,
                       needs=f"quarterly or monthly prices of {com}")
    return v


# ------------------------------------------------------------------ part of a year
_MONTH_NAMES = _lx.joined(_lx.MONTHS)
_PART_YEAR_SHARE = re.compile(
    r"\b(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\b|\b[HQ][1-4]\b|\bhalf[- ]year\b"
    r"|\bfirst\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\b|\byear[- ]to[- ]date\b"
    rf"|\b(?:{_MONTH_NAMES})\s*(?:-|\u2013|to|through)\s*(?:{_MONTH_NAMES})\b"
    rf"|\b(?:[Ii]n|[Dd]uring|[Ff]or)\s+(?:{_MONTH_NAMES})(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d))?\b(?!\s+\d{{1,2}}\b)")
#: how far after the figure a period phrase may stand and still date it
_PART_YEAR_REACH = 60
_PUBLISHED_NEAR = re.compile(r"\b(?:published|released|issued|report(?:ed)?|said|announced|updated)\s+(?:\w+\s+){0,2}$",
                             re.I)


def part_year_share(claim: Claim, v: Verdict) -> Verdict:
    """A share or rank for part of a year ("in the first quarter of 2024", "in January"):
    the dataset's annual figures neither confirm nor refute it."""
    if claim.kind not in ("share", "rank") or v.verdict == "unverifiable":
        return v
    if claim.measure in ("reserves", "resources"):
        return v  # a stock has no part of a year: "in February" dates something else
    s0 = claim.sentence_span[0]
    pos, end = claim.span[0] - s0, claim.span[1] - s0
    for m in _scope_clause_patterns()[1].finditer(claim.sentence):
        between = claim.sentence[end:m.start()]
        if m.start() >= end and ("," in between or len(between) > _PART_YEAR_REACH):
            continue  # "... 60% of supply, imposed curbs in April": the month dates the curbs
        if m.start() >= pos and m.start() < end:
            continue
        y = m.groupdict().get("y")
        if y is not None and claim.year is not None and int(y) != claim.year:
            continue  # "in January 2025" dates something else than the 2024 figure
        if _PUBLISHED_NEAR.search(claim.sentence[:m.start()]):
            continue  # "the report published in January": when it was said, not the period
        com = (claim.commodity or "the commodity").replace("_", " ")
        return Verdict("unverifiable",
                       f"a {claim.kind} for part of a year ('{m.group(0).strip()}'); the dataset holds annual "
                       f"figures ({v.explanation})", evidence=v.evidence, edition=v.edition,
                       needs=f"monthly or quarterly {claim.measure or 'production'} of {com} by country")
    return v
