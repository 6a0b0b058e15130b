"""Share and rank rules (issue 6): which year, edition and denominator a share or a
rank is of, as small hooks called from :mod:`extract` and :mod:`verdict`.

* A sentence that names no year takes the year the sentence before it gives the same series
  (commodity and measure), before the present-tense default (labelling rule 13: "A year
  stated in the previous sentence for the same series carries into a sentence that names
  none").
* A hedged range ("approximately 70-85%") widens each stated end by the hedge (rule 5: the
  hedge allows 5% of the stated value, and a range holds if any value in it does).
* A compilation published after the article cannot refute (rules 3 and 11): it settles
  nothing against a sentence written before it existed.
* A share's denominator and subject: one country's output ("of the copper mined in Zambia"),
  a coordinated group of countries, a verb of holding or of consumption before the figure.
* A rank's stage and measure: the noun names it ("miner", "producer and refiner"), a stage
  named only in another clause is not the rank's, an elliptic second rank ("and fifth in
  mining"), a bare rank after a production sentence, a rank set in apposition.
* A rank whose words name no measure takes the measure of the figure it is stated with
  ("the second biggest source with 22 Mt", "holds the top position with 9.3 million tons"):
  when the data read that figure as reserves (or production) because its clause names no
  measure, the rank is of that measure too (fourteenth session, C3967, C1022).
"""

from __future__ import annotations

import re
from typing import Any

from critmin.claims import lexicon as _lx
from critmin.claims.model import Claim

__all__ = [
    "RANK_VERBS",
    "appositive_rank",
    "carry_series_year",
    "coordinated_group",
    "dated_series",
    "elliptic_rank",
    "hedged_range",
    "held_share",
    "later_compilation",
    "national_share",
    "rank_extra_stages",
    "rank_measure_of_figure",
    "rank_noun_stage",
    "share_verb",
    "trailing_pair",
]

#: words that date a sentence by themselves ("currently", "last year"): no year is carried into it
_OWN_TIME = re.compile(
    r"\b(?:currently|today|now|nowadays|at\s+present|presently|this\s+year|last\s+year|next\s+year|"
    r"as\s+of|so\s+far|to\s+date|historically|once|formerly|previously|by\s+(?:the\s+end|\d{4}))\b", re.I)

#: claim kinds a carried year applies to
_CARRY_KINDS = frozenset({"share", "rank"})


def dated_series(found: list[Claim], years: list[Any], date: str | None = None) -> dict[tuple[str, str, str], int]:
    """(commodity, measure, stage) -> year of the claims of a sentence that states exactly one
    year (written in it, not read from elsewhere; a span "from 2010 to 2022" dates nothing),
    and not a year after the article's (a projection)."""
    stated = {int(y.value) for y in years if isinstance(y.value, int | float) or str(y.value).isdigit()}
    if len(stated) != 1:
        return {}
    year = stated.pop()
    if date and year > int(str(date)[:4]):
        return {}
    out: dict[tuple[str, str, str], int] = {}
    for c in found:
        if c.year == year and c.commodity and c.measure and c.kind != "event":
            out.setdefault(_series(c), year)
    return out


def _series(c: Claim) -> tuple[str, str, str]:
    stage = c.stage or ("mining" if c.measure == "production" else "")
    return c.commodity or "", c.measure or "", stage


def carry_series_year(sentence: str, found: list[Claim], series: dict[tuple[str, str, str], int]) -> None:
    """ "Global cobalt output grew in 2025 ... The DRC holds 72% of global output": a share
    or rank of the same series (commodity, measure and stage) in the next sentence, which names no year and no time
    of its own, is of that year."""
    if not series or _OWN_TIME.search(sentence):
        return
    for c in found:
        if c.year is None and c.kind in _CARRY_KINDS and c.commodity and c.measure and not c.undated:
            y = series.get(_series(c))
            if y is not None:
                c.year = y


#: the two ends of a stated range of percentages ("70-85%", "60 to 70 percent")
_RANGE_ENDS = re.compile(r"(?P<a>\d+(?:\.\d+)?)\s*%?\s*(?:-|\u2013|\u2014|to|and)\s*(?P<b>\d+(?:\.\d+)?)")
#: hedges that allow 5% of the stated value (rule 5)
_APPROX = _lx.APPROX_HEDGES


def hedged_range(claim: Claim, interval: tuple[float, float]) -> tuple[float, float]:
    """A range of percentages under an approximate hedge ("approximately 70-85%", "around 60 to
    70 percent"): each stated end allows 5% of itself (rule 5: the hedge allows 5% of the
    stated value; a range holds if any value in it does), so the range reads 0.95 x low ..
    1.05 x high (as fractions) when that is wider than ``interval``."""
    if (claim.hedge or "").lower() not in _APPROX or claim.unit != "percent":
        return interval
    m = _RANGE_ENDS.search(claim.text or "")
    if m is None:
        return interval
    lo, hi = float(m.group("a")) / 100, float(m.group("b")) / 100
    if not lo < hi:
        return interval
    return min(interval[0], lo * 0.95), max(interval[1], hi * 1.05)


def later_compilation(series: str, published: str, date: str, compilations: dict[str, str]) -> bool:
    """Whether an edition is a compilation of another series published after the article
    (labelling rule 11: such a compilation settles nothing, so it may support as another
    edition but never refute)."""
    return series in compilations and bool(published) and published[:10] > date[:10]


#: "15% of the copper mined in Zambia", "a third of the graphite produced in China": a share whose
#: "of" phrase is the output of one place (a participle of output, then "in/from/by" a country),
#: so the denominator is that country's total, not the world's
_NATIONAL_OF = re.compile(
    r"\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?!world|global)(?:[\w-]+\s+){0,3}?"
    r"(?:mined|produced|extracted|refined|processed|dug\s+up|made|output|production|supply|mining|refining"
    r"|processing)\s+"
    r"(?:in|from|by|within)\s+(?:the\s+)?", re.I)
_NATIONAL_WORDS = frozenset({"mined", "produced", "extracted", "refined", "processed", "dug", "made", "output",
                                "production", "supply", "mining", "refining", "processing"})


def national_share(text: str, end: int, stop: int, country_starts: list[int], words: frozenset[str] | set[str]) -> bool:
    """Whether the percentage ending at ``end`` is of one country's output ("of the copper mined
    in Zambia"): the "of" phrase after it closes on a country named at that point."""
    if words.isdisjoint(_NATIONAL_WORDS):
        return False
    m = _NATIONAL_OF.match(text, end, min(stop, end + 80))
    return m is not None and m.end() in country_starts


#: the comma that opens an apposition right after a name ("Congo, the world's leading producer, ...")
_APPOS_OPEN = re.compile(r",\s*$")
_APPOS_CLOSE = re.compile(r"\s*(?:,|\u2014|\u2013|;|\))")


def appositive_rank(text: str, start: int, end: int, country_ends: list[int]) -> bool:
    """Whether the rank phrase at ``start:end`` is set in apposition to a country named just
    before it ("Indonesia, the biggest nickel miner worldwide, set quotas ... for 2026"): a
    description of the country as it stands (rule 2, present tense), so a year elsewhere in the
    sentence, which dates the sentence's own news, is not the rank's."""
    before = text[max(0, start - 4):start]
    m = _APPOS_OPEN.search(before)
    if m is None or _APPOS_CLOSE.match(text, end) is None:
        return False
    comma = start - (len(before) - m.start())
    return any(0 <= comma - e <= 1 for e in country_ends)


#: a verb of holding before a percentage of a whole market ("have about 90% of the output",
#: "controlling 85% of the value chain"); only with such an "of" phrase after the figure
_HOLD_VERB = re.compile(
    r"\b(?:ha(?:ve|s|d|ving)|controll?(?:ing|ed)|hold(?:ing)?|held|own(?:s|ed|ing)?|capture[sd]?|capturing"
    r"|command(?:ing)?|enjoy(?:s|ed|ing)?|possess(?:es|ed|ing)?|boast(?:s|ed|ing)?)\b(?:[^.;%\d]{0,30})$", re.I)
_HOLD_WORDS = frozenset({"have", "has", "had", "having", "controlling", "controlled", "control", "holding",
                            "hold", "held", "own", "owns", "owned", "owning", "capture", "captured", "captures",
                            "capturing", "command", "commanding", "enjoy", "enjoys", "enjoyed", "enjoying",
                            "possess", "possesses", "possessed", "possessing", "boast", "boasts", "boasted", "boasting"})
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:world|globe|planet)['\u2019]s\s+|global\s+|world\s+|worldwide\s+|total\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:output|production|supply|supply\s+chain|market|mining|refining|processing|reserves)\b",
    re.I)


def held_share(text: str, lo: int, start: int, end: int, stop: int,
                  words: frozenset[str] | set[str]) -> re.Match[str] | None:
    """ "Chile and Argentina have some 60% of the output", "controlling 85% of the
    value chain": a verb of holding before the figure and a whole market after it make the
    figure a share (the verb's match, or None)."""
    if words.isdisjoint(_HOLD_WORDS) or _OF_WHOLE.match(text, end, min(stop, end + 60)) is None:
        return None
    return _HOLD_VERB.search(text, max(lo, start - 60), start)


#: what may stand between the names of a coordinated subject ("Chile, Argentina and Bolivia")
_COORD_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*$", re.I)
#: a plural verb of holding or supplying right after the subject
_PLURAL_VERB = re.compile(
    r"\s*(?:(?:together|combined|jointly|collectively)\s+)?(?:have|hold|control|account\s+for|supply|produce|mine"
    r"|make\s+up|command|own|had|held|controlled|accounted\s+for|supplied|produced|mined|made\s+up)\b", re.I)


_DIGIT = re.compile(r"\d")
_NEXT_FIGURE = re.compile(r"[^.;]{0,12}?(?:,|\band\b)\s*(?:about\s+|around\s+|nearly\s+)?\d", re.I)


def coordinated_group(text: str, lo: int, start: int, spans: list[tuple[int, int, str]],
                         end: int | None = None) -> list[str] | None:
    """ "Chile, Argentina and Bolivia hold about 60% of the brine output": the countries of a
    coordinated subject, joined only by commas and "and", followed by a plural verb, share one
    figure (a group's share); None when the names before the figure are not such a subject."""
    if end is not None and _NEXT_FIGURE.match(text, end):
        return None  # "Australia and Chile produce 50% and 25%": one figure each, not one for the group
    spans_in = sorted((a, b, v) for a, b, v in spans if lo <= a and b <= start and b > a)
    if len(spans_in) < 2:
        return None
    # the subject is the run of names that ends at the verb: names joined to the last one by commas or "and"
    names = [spans_in[-1]]
    for prev in reversed(spans_in[:-1]):
        if _COORD_GAP.match(text[prev[1]:names[0][0]]) is None:
            break
        names.insert(0, prev)
    if len(names) < 2 or _PLURAL_VERB.match(text, names[-1][1]) is None \
            or _DIGIT.search(text, names[-1][1], start):  # a figure before this one: one figure each
        return None
    return list(dict.fromkeys(v for _a, _b, v in names))


def together_group(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    """The countries a "together" / "combined" share is of: the last run of names joined by
    commas or "and" ("concerns in Chile and Peru, which together account for 40%": Chile and Peru,
    not the United States named earlier in the sentence) when it has two names or more, else
    every name given (``spans``: the names before the share, in order)."""
    names = [s for s in spans if s[1] > s[0]]
    if not names:
        return []
    run = [names[-1]]
    for prev in reversed(names[:-1]):
        if _COORD_GAP.match(text[prev[1]:run[0][0]]) is None:
            break
        run.insert(0, prev)
    chosen = run if len(run) > 1 else names
    return list(dict.fromkeys(v for _a, _b, v in chosen))


#: the verb of a share's own clause, nearest before the figure: what the share measures
_SHARE_VERB = re.compile(
    r"\b(?P<mine>mines|mined|digs|dug\s+up|dug|extracts|extracted)\b"
    r"|\b(?P<refine>refines|refined|processes|processed|smelts|smelted|separates|separated)\b"
    r"|\b(?P<use>consumes|consumed|uses|used|buys|bought|purchases|purchased|absorbs|absorbed|imports|imported)\b",
    re.I)
_VERB_WORDS = frozenset({"mines", "mined", "digs", "dug", "extracts", "extracted", "refines", "refined", "processes",
                            "processed", "smelts", "smelted", "separates", "separated", "consumes", "consumed", "uses",
                            "used", "buys", "bought", "purchases", "purchased", "absorbs", "absorbed", "imports",
                            "imported"})


def share_verb(text: str, lo: int, start: int, words: frozenset[str] | set[str]) -> tuple[str, str | None] | None:
    """(measure, stage) the verb right before a share says ("China mines 60% of the world's
    graphite and refines over 90%": mining for the first figure; "consumes 55% of the world's
    nickel": consumption, not output), or None. Only the last verb of the clause before the
    figure counts, and only when nothing but the figure's hedge and article stands after it."""
    if words.isdisjoint(_VERB_WORDS):
        return None
    found = list(_SHARE_VERB.finditer(text, max(lo, start - 40), start))
    if not found:
        return None
    m = found[-1]
    if _DIGIT.search(text, m.end(), start) or len(text[m.end():start].split()) > 3:
        return None
    if m.group("mine"):
        return "production", "mining"
    if m.group("refine"):
        return "production", "refining"
    verb = m.group("use").lower()
    return ("imports" if verb.startswith("import") else "apparent_consumption"), None


#: the noun of a rank phrase that names a stage of output ("the top miner", "largest producer")
_RANK_NOUN = re.compile(r"\b(?P<mine>miners?)\b|\b(?P<make>producers?|suppliers?)\b", re.I)


def rank_noun_stage(phrase: str) -> str | None:
    """ "mining" for a rank phrase whose noun is "miner"; "production" for "producer" or
    "supplier" (output at a stage the phrase does not name); None otherwise."""
    m = _RANK_NOUN.search(phrase)
    if m is None:
        return None
    return "mining" if m.group("mine") else "production"


#: nouns of output at a stage, as a rank phrase names them
_STAGE_NOUN = r"(?:producers?|miners?|suppliers?|refiners?|processors?|smelters?)"
_NOUN_PAIR = re.compile(
    rf"(?P<a>{_STAGE_NOUN})((?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?(?:(?:largest|biggest|top|leading)\s+)?"
    rf"{_STAGE_NOUN})+\b", re.I)
_NOUN_STAGE = {"producer": "mining", "miner": "mining", "supplier": "mining", "refiner": "refining",
                  "processor": "refining", "smelter": "refining"}
_NOUN_WORDS = frozenset({"refiner", "refiners", "processor", "processors", "smelter", "smelters"})


def rank_extra_stages(text: str, start: int, stop: int, words: frozenset[str] | set[str]) -> list[str]:
    """ "the largest producer and refiner of lithium", "among the top three miners and
    processors": a rank phrase whose noun names several stages claims the place at each; the
    stages after the first one (the first is the rank's own), or [] for one stage."""
    if words.isdisjoint(_NOUN_WORDS):
        return []
    m = _NOUN_PAIR.search(text, start, stop)
    if m is None:
        return []
    nouns = re.findall(_STAGE_NOUN, m.group(0), re.I)
    stages = list(dict.fromkeys(_NOUN_STAGE[n.lower().rstrip("s")] for n in nouns))
    return stages[1:] if len(stages) > 1 else []


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                "eighth": 8, "ninth": 9, "tenth": 10}
#: "... and fifth in mining", "..., and second for reserves": a second place in another measure,
#: told elliptically after a rank (the subject and commodity are the rank's)
_ELLIPTIC_RANK = re.compile(
    r"\s*,?\s*(?:and|but|while|yet)\s+(?:is\s+|ranks\s+|comes\s+|sits\s+)?(?:only\s+|just\s+)?(?:the\s+)?"
    r"(?P<o>" + _lx.joined(_lx.ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
    r"(?:[\s-]+(?:largest|biggest|highest))?\s+(?:in|for|by)\s+(?:terms\s+of\s+)?(?:(?:its|global|world|known)\s+)?"
    r"(?P<m>reserves|production|output|mining|mine\s+output|refining|processing)\b", re.I)
_ELLIPTIC_MEASURE = {"reserves": ("reserves", None), "production": ("production", None), "output": ("production", None),
                        "mining": ("production", "mining"), "mine output": ("production", "mining"),
                        "refining": ("production", "refining"), "processing": ("production", "refining")}


def elliptic_rank(text: str, end: int, stop: int) -> tuple[int, int, int, str, str | None] | None:
    """(start, end, rank, measure, stage) of an elliptic rank right after a rank phrase and its
    noun ("the third-largest holder of reserves and fifth in mining"), or None."""
    for m in _ELLIPTIC_RANK.finditer(text, end, stop):
        o = m.group("o").lower()
        rank = _ORDINALS.get(o) or int(re.sub(r"\D", "", o))
        meas, stage = _ELLIPTIC_MEASURE[re.sub(r"\s+", " ", m.group("m").lower())]
        return m.start("o"), m.end("m"), rank, meas, stage
    return None


def trailing_pair(text: str, start: int, spans: list[tuple[int, int, str]]) -> list[str] | None:
    """The last two names before ``start`` when "and" joins them ("while Peru and
    Zambia are coming in second and third"), or None."""
    before = sorted((a, b, v) for a, b, v in spans if b <= start and b > a)
    if len(before) < 2 or re.fullmatch(r"\s+and\s+", text[before[-2][1]:before[-1][0]]) is None \
            or len(text[before[-1][1]:start].split()) > 4:
        return None
    return [before[-2][2], before[-1][2]]


#: verbs of a place in an order that are rank words only before "respectively" ("Chile and
#: Peru finished in second and third respectively"); alone they are too common to trigger
RANK_VERBS = frozenset({"coming", "finished", "finishing", "finishes"})


#: a word between a rank and the figure stated with it that names the rank's own measure
#: ("the largest producer with 240,000 t", "second in reserves with 22 Mt")
_RANK_MEASURE_WORD = re.compile(
    r"\b(?:produc\w*|output|min(?:e|es|ed|er|ers|ing)|extract\w*|reserves?|deposits?|refin\w*|process\w*"
    r"|export\w*|import\w*|capacity|suppl\w*|holders?|resources?)\b|[,;:()]", re.I)
_OTHER_MEASURE = {"production": "reserves", "reserves": "production"}


def rank_measure_of_figure(checks: list[Any], judge: Any) -> None:
    """Re-judge, in place, a refuted rank that names no measure of its own when the figure it is
    stated with ("Vietnam remains the second biggest source with 22 Mt") was read by the data as
    the other of production and reserves because its clause names no measure (``verdict``'s
    swapped-measure reading): the rank is of the figure's measure. The new reading replaces the
    refutation only when the data support it, so a wrong rank stays refuted. ``judge(claim)`` is
    the rules' judge with the article's data bound."""
    from dataclasses import replace

    from critmin.claims.model import ClaimCheck

    for i, cc in enumerate(checks):
        c, v = cc.claim, cc.verdict
        other = _OTHER_MEASURE.get(c.measure or "")
        if c.kind != "rank" or v.verdict != "refuted" or other is None or c.country in (None, "WLD"):
            continue
        base = c.sentence_span[0]
        fig = next((o for o in checks if o.claim.kind == "quantity" and o.claim.sentence_span == c.sentence_span
                    and o.claim.country == c.country and o.claim.commodity == c.commodity
                    and o.claim.span[0] >= c.span[1] and o.verdict.verdict == "supported"
                    and o.verdict.explanation.startswith(f"the figure is of {other}")), None)
        if fig is None or _RANK_MEASURE_WORD.search(c.sentence[c.span[1] - base:fig.claim.span[0] - base]):
            continue  # no figure re-read, or a measure word or a clause boundary between them
        swapped = replace(c, measure=other, stage=None if other == "reserves" else "mining", year=fig.claim.year)
        try:
            w = judge(swapped)
        except Exception:  # keep the verdict
            continue
        if w.verdict != "supported":
            continue
        w.explanation = f"the rank is of {other}, as the figure stated with it is: {w.explanation}"
        checks[i] = ClaimCheck(swapped, w)
