"""Verdicts: compare a claim with the evidence, edition by edition.

Rules (the modelling assumptions are listed in docs/claims.md):

* A stated figure stands for an interval: half a unit of its last significant digit
  (``2,600`` -> 2,550..2,650), widened by its hedge (``about`` +-5 %, ``nearly X`` 0.9 X to
  1.02 X, ``more than``/``at least`` open above, ``less than``/``up to`` open below).
* ``supported``: the edition current on the article's date (latest of its series
  published on or before it; the attributed series first, then by precedence) agrees.
* ``supported_by_other_edition``: the current edition disagrees (or lacks the figure)
  and another edition agrees; that edition is named.
* ``partly_supported``: the direction of a comparison or change right but not its size, or a
  list partly right (a figure outside its stated precision is refuted: labelling rule 5).
* ``refuted``: the data disagree.  ``unverifiable``: the data cannot settle it; ``needs``
  says which data would.
"""

from __future__ import annotations

import dataclasses
import datetime
import math
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

from critmin.claims import lexicon as _lx
from critmin.claims import negated_ranks as _negated_ranks
from critmin.claims import quota_rows as _quota_rows
from critmin.claims import region_ranks as _region_ranks
from critmin.claims import share_readings as _share_readings
from critmin.claims.dependence import judge_heavy_dependence
from critmin.claims.event_context import (
    agent_not_imposer,
    context_verdict_reason,
    suspension_in_deal,
)
from critmin.claims.event_terms import company_deal_elsewhere as _company_deal_elsewhere
from critmin.claims.event_terms import deal_firms as _deal_firms
from critmin.claims.event_terms import row_blob as _row_blob
from critmin.claims.extract import (
    _FOLDS_TO_ASCII,
    names_one_producer,
    precision_of,
    search_in_sentence,
)
from critmin.claims.figure_measure import (
    change_amount_year,
    clause_names_measure,
    output_named_before,
)
from critmin.claims.match import (
    AGGREGATES,
    COMPILATIONS,
    UNIT_FACTORS,
    EvidenceIndex,
    Row,
    measure_key,
)
from critmin.claims.model import Claim, Evidence, Verdict
from critmin.claims.period_move import change_period as _change_period
from critmin.claims.products import PRODUCT_SEP, product_label
from critmin.claims.share_rank import hedged_range, later_compilation
from critmin.claims.subject_scope import (
    event_scope,
    narrower_subject,
    part_year_share,
    price_scope,
    sole_producer_country,
)
from critmin.dataset import DATA_DIR as _S5_DATA_DIR

__all__ = ["LOOSE", "claim_interval", "context", "judge"]

#: ``needs`` of a verdict made unverifiable because its country came from another paragraph
CARRIED_NEEDS = "the country the sentence is about, named in the same paragraph"
#: how far beyond the stated precision a figure may be and still count as "right only loosely"
LOOSE = 0.10
#: hedge widening for "about", "roughly", "some" ... (labelling rule 5: 5 % of the stated value)
APPROX = 0.05
#: "nearly / almost X" stands for 0.9 X .. 1.02 X (labelling rule 5)
NEARLY_LOW, NEARLY_HIGH = 0.90, 1.02
#: a value the data mark approximate ("~", IEA chart readings) matches within this many
#: percentage points (labelling rule 5)
APPROX_ROW_PP = 0.01
#: tolerance on a stated ratio ("twice", "three times") and on a multiplier ("tripled")
RATIO_TOL = 0.15
#: "far exceed" means at least this ratio
FAR = 2.0
#: tolerance, in percentage points, on a stated percentage change beyond its rounding
CHANGE_PP = 0.02

# ("as high as 84.52%" stresses a figure, it does not round it: read at its stated precision, rule 5)
_APPROX_HEDGES = _lx.APPROX_HEDGES | {"as much as"}
_BELOW_HEDGES = {"nearly", "almost", "just under"}
_ABOVE_HEDGES = {"more than", "over", "above", "in excess of", "upwards of", "at least", "exceeding",
                 "just over", "exceeds", "exceeded"}
_UNDER_HEDGES = {"less than", "under", "below", "fewer than", "up to", "at most"}
#: the hedges of a bound that the stated value itself does not meet ("more than 30%" needs a larger
#: value, labelling rule 5; "at least 30%" allows 30%)
_STRICT_ABOVE = _ABOVE_HEDGES - {"at least"}
#: how far above the stated value a strict bound starts (relative): beyond the 1e-9 of a computed
#: point share, well inside any printed precision
_STRICT_EPS = 1e-7

#: metals whose market "supply" counts much recycled metal (autocatalyst and jewellery
#: scrap, about a quarter of PGM supply), so a share of "supply" is not a share of mine output
_RECYCLED_SUPPLY = {"palladium", "platinum", "platinum_group_metals", "rhodium", "ruthenium", "iridium"}
#: a group whose published shares an edition may give only for a subset (IEA GCMO 2024)
_SUBSET_SHARES = {"rare_earths": "magnet_rees"}

_MEASURE_WORDS = {
    "production@mining": "mine production", "production@refining": "refined production",
    "reserves": "reserves", "capacity": "capacity", "exports": "exports", "imports": "imports",
    "price": "price", "apparent_consumption": "consumption",
    "net_import_reliance": "net import reliance",
    "production@magnet": "magnet production",
}


def claim_interval(value: float, precision: float, hedge: str | None, loose: float = 0.0) -> tuple[float, float]:
    """The interval a stated figure stands for. ``loose`` widens the figure's rounding
    interval by that fraction of the value; the result also covers the hedged interval, but
    the two tolerances do not add up ("about 95%" is loosely right from 85%, not from 80.75%)."""
    base_lo, base_hi = lo, hi = value - precision, value + precision
    h = (hedge or "").lower()
    if h in _APPROX_HEDGES:
        lo, hi = min(lo, value * (1 - APPROX)), max(hi, value * (1 + APPROX))
    elif h in _BELOW_HEDGES:
        lo = min(lo, value * NEARLY_LOW)
        # twenty-second session: the upper end is 1.02 X as rule 5 writes it, not X's rounding
        # interval: "almost 95%" holds for 95.9% (85.5..96.9, C7091), "almost 70%" for 71% (C11150)
        hi = max(value, value * NEARLY_HIGH)
    elif h in _ABOVE_HEDGES:
        # "more than X" requires a larger value (rule 5), not X rounded; a value equal to X is not more
        lo, hi = (value + abs(value) * _STRICT_EPS + 1e-12 if h in _STRICT_ABOVE else value), math.inf
    elif h in _UNDER_HEDGES:
        lo = -math.inf
    if loose:
        lo, hi = min(lo, base_lo - abs(value) * loose), max(hi, base_hi + abs(value) * loose)
    return lo, hi


def _row_interval(r: Row) -> tuple[float, float] | None:
    bv = r.base_value()
    if bv is None:
        return None
    _, v = bv
    f = UNIT_FACTORS.get(r.unit, (r.unit, 1.0))[1]
    if r.qualifier == "range" and r.value_high is not None:
        return v, r.value_high * f
    if r.qualifier == ">":
        return v, math.inf
    if r.qualifier == "<":
        return -math.inf, v
    return v, v


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _norm_basis(b: str | None) -> str:
    s = (b or "").lower()
    if s == "lce" or "carbonate equivalent" in s:
        return "LCE"
    if "reo" in s or "oxide" in s:
        return "REO"
    if "metal" in s or "content" in s:
        return "metal content"
    if "gross" in s or "ore" in s or "concentrate" in s:
        return "gross weight"
    return s


def _fmt(v: float | None, unit: str | None = None) -> str:
    if v is None:
        return "n/a"
    if math.isinf(v):
        return "open"
    s = f"{v:,.0f}" if abs(v) >= 100 or float(v).is_integer() else f"{v:,.3g}"
    return f"{s} {unit}" if unit else s


def _name(iso: str | None) -> str:
    from critmin.names import country_name

    if iso is None:
        return "?"
    if "+" in iso:
        return " + ".join(_name(c) for c in iso.split("+"))
    return "the world" if iso == "WLD" else country_name(iso)


class _Ctx:
    """What every claim of one article shares: the index, the date, the current editions,
    and memoised edition orders."""

    def __init__(self, idx: EvidenceIndex, date: str, current: dict[str, str]) -> None:
        self.idx, self.date, self.current = idx, date, current
        self._orders: dict[tuple[str | None, str | None, frozenset[str]], list[str]] = {}
        self._current: dict[tuple[str | None, str, int | None], bool] = {}

    def allowed(self, claim: Claim, edition: str) -> bool:
        if claim.edition:
            return edition == claim.edition
        if claim.series:
            return self.idx.series_of(edition).startswith(claim.series)
        return True

    def is_current(self, claim: Claim, edition: str, year: int | None = None) -> bool:
        """Whether ``edition`` is current on the article's date for this claim; with
        ``year``, a compilation's figure counts as current when it reproduces the newest
        edition reporting that year published by then (see :meth:`EvidenceIndex.compiled_current`)."""
        if claim.edition:
            return edition == claim.edition
        memo = (claim.series, edition, year)
        got = self._current.get(memo)
        if got is None:
            got = self._current[memo] = self.allowed(claim, edition) and (
                (self.idx.is_current(edition, self.current) and not _compiled_from_unseen(self.idx, edition, year,
                                                                                          self.date))
                or (year is not None and self.idx.compiled_current(edition, year, self.date)))
        return got

    def order(self, claim: Claim, editions: Iterable[str]) -> list[str]:
        """Current editions first (attributed series, then precedence), then the others,
        nearest in publication date to the article first."""
        eds = frozenset(editions)
        memo = (claim.edition, claim.series, eds)
        if memo not in self._orders:
            self._orders[memo] = self._order(claim, eds)
        return self._orders[memo]

    def _order(self, claim: Claim, editions: frozenset[str]) -> list[str]:
        def key(e: str) -> tuple[int, int, int, str, str]:
            info = self.idx.editions.get(e)
            pub = info.published if info else ""
            cur = 0 if self.is_current(claim, e) else 1
            allowed = 0 if self.allowed(claim, e) else 1
            dist = abs(_days(pub) - _days(self.date)) if pub else 10**6
            # the name last: editions that tie otherwise come in the same order in every run
            return (cur, allowed, self.idx.precedence(e), f"{dist:08d}", e)
        return sorted(editions, key=key)

    def later(self, edition: str) -> bool:
        """Whether an edition was published after the article (it cannot show what the
        source said on the day)."""
        info = self.idx.editions.get(edition)
        return bool(info and info.published and info.published[:10] > self.date[:10])

    def ev(self, r: Row, claim: Claim, derived: str | None = None) -> Evidence:
        return self.idx.evidence(r, self.is_current(claim, r.edition, r.year), derived)


def _compiled_from_unseen(idx: EvidenceIndex, edition: str, year: int | None, date: str) -> bool:
    """A compilation published before the article is still not current for a data year
    whose figure it copies from an edition published after the article ("USGS MCS
    compiled" holds MCS 2026's revised 2024 world total, which a January 2026 reader could
    not see; MCS 2025, current then, decides)."""
    info = idx.editions.get(edition)
    if year is None or info is None or info.series not in COMPILATIONS:
        return False
    return not idx.compiled_current(edition, year, date)


@cache
def _days(iso: str) -> int:
    import datetime as dt

    try:
        return dt.date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return 0


#: memoised edition orders and "is current" answers, shared by the contexts of one index,
#: date and set of current editions (they are pure functions of those and of small keys);
#: keyed by ``id(index)``, the index kept alongside to check it is the same object
_CTX_MEMOS: dict[tuple[int, str, tuple[tuple[str, str], ...]], tuple[EvidenceIndex, dict[Any, Any], dict[Any, Any]]] = {}


def context(idx: EvidenceIndex, date: str, current: dict[str, str]) -> _Ctx:
    """A context shared by the claims of one article (pass it to :func:`judge`)."""
    ctx = _Ctx(idx, date, current)
    key = (id(idx), date, tuple(sorted(current.items())))
    got = _CTX_MEMOS.get(key)
    if got is None or got[0] is not idx:
        if len(_CTX_MEMOS) >= 64:
            _CTX_MEMOS.clear()
        got = _CTX_MEMOS[key] = (idx, ctx._orders, ctx._current)
    ctx._orders, ctx._current = got[1], got[2]
    return ctx


def judge(claim: Claim, idx: EvidenceIndex, date: str, current: dict[str, str], ctx: _Ctx | None = None) -> Verdict:
    """The verdict on one claim."""
    if _negated_ranks.denied_place(claim):
        # (twenty-sixth session) "doesn't even make the top ten": the place's verdict turned over (C17309)
        return _negated_ranks.judge_denied(claim, lambda c: _judge_place(c, idx, date, current, ctx))
    return _judge_place(claim, idx, date, current, ctx)


def _judge_place(claim: Claim, idx: EvidenceIndex, date: str, current: dict[str, str], ctx: _Ctx | None = None) -> Verdict:
    """The verdict on one claim, as stated (a denied place is :func:`judge`'s to turn over)."""
    if claim.kind in ("quantity", "change") and claim.commodity and claim.measure != "price" \
            and (claim.measure == "quota" or search_in_sentence(_quota_rows.QUOTA_CONTEXT, claim.sentence)):
        # twelfth session: quota figures against events.csv's quota rows (quota_rows.py); a figure
        # read as output in a sentence about a quota is the quota's unless the current output data hold it
        first = None if claim.measure == "quota" else _judge_claim(claim, idx, date, current, ctx)
        if first is not None and first.verdict == "supported":
            return first
        quota = _quota_figure(claim, idx, date)
        if quota is not None:
            return quota
        if first is not None:
            return first
    return _judge_claim(claim, idx, date, current, ctx)


def _judge_claim(claim: Claim, idx: EvidenceIndex, date: str, current: dict[str, str], ctx: _Ctx | None = None) -> Verdict:
    if (claim.comparison or {}).get("unread_figure"):
        sized = _absolute_change(claim, ctx or _Ctx(idx, date, current))
        if sized is None and (claim.comparison or {}).get("counted"):
            sized = _counted_in_row(claim, idx.events, date)
        if sized is None:
            # (twenty-fifth session) a percentage no rule read, as the country's share of world output
            x = ctx or _Ctx(idx, date, current)
            sized = _share_readings.unread_share(claim, lambda c: _share_at_any_stage(c, x))
        return sized if sized is not None else _unread_figure(claim)

    if claim.kind == "quantity" and claim.span[0] > claim.sentence_span[0]:
        moved = _amount_of_change(claim, ctx or _Ctx(idx, date, current))
        if moved is not None:
            return moved  # "67,000 t in 2024, up by 1,000 t from 2023": the size of a change

    def run() -> Verdict:
        return _product_series(claim, idx, lambda: _source_holding(claim, idx, lambda: _judge(claim, idx, date, current, ctx)))

    v = _production_line_named_loosely(claim, idx, run(), run)
    v = _older_estimates(claim, idx, date, current, v, ctx)
    scoped = narrower_subject(claim, v)
    sole = sole_producer_country(claim, scoped) if scoped is not v else None
    if sole is not None:
        # (twenty-fourth session, README rule 21d) the firm or site is its country's only producer: the
        # country's row settles the figure; only a supported reading replaces the cautious verdict (the
        # text may give another product of the firm, as the NdPr oxide beside the REO of C6461)
        national = dataclasses.replace(claim, country=sole, country_source=None, subject=None)
        try:
            nv = _production_line_named_loosely(national, idx, _product_series(
                national, idx, lambda: _source_holding(national, idx, lambda: _judge(national, idx, date, current, ctx))),
                lambda: _judge(national, idx, date, current, ctx))
        except Exception:  # keep the cautious verdict
            nv = None
        if nv is not None and nv.verdict == "supported":
            who = scoped.explanation.split("'")[1]
            scoped = dataclasses.replace(nv, explanation=f"{nv.explanation} ({who} is the only producer of {sole}, "
                                         "so the country's row settles its figure)")
    v = part_year_share(claim, price_scope(claim, event_scope(claim, scoped)))
    return _carried_subject(claim, _unbundled_source(claim, _consumer_share(claim, v)))


#: (twenty-fourth session) a share of what a named buyer gets "from" a country: "over 90% of the EU's
#: rare earth magnets come from China", "more than 90% of rare earth magnets used in Europe come from
#: China", "90 percent of Japan's rare earths came from China" (C5551, C16541, C15334)
_FROM_SUPPLIER = re.compile(r"\b(?:comes?|came|coming|sourced|originat(?:es?|ed|ing)|imported|supplied|shipped)\s+from\b",
                            re.I)
_CONSUMER = re.compile(
    r"\bof\s+(?:the\s+)?(?P<poss>(?!world|globe|global|planet)(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})['\u2019]s?|its|their)\s"
    r"|\b(?:used|consumed|sold|installed|made|bought)\s+in\s+(?:the\s+)?(?P<place>(?!world\b)[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")
#: buyers whose import sources the bundle holds (``import_sources.csv``): their shares are read as before
_SOURCED_BUYERS = re.compile(r"^(?:US|U\.S\.|USA|America|United\s+States)$", re.I)


def _consumer_share(claim: Claim, v: Verdict) -> Verdict:
    """A share of a named buyer's supply that a country provides ("over 90% of the EU's magnets come
    from China") is an import share of that buyer, not the country's share of world output (README
    rule 6: another quantity); the bundle holds import sources of the US only, so the claim is
    ``unverifiable`` (the labels C5551, C16541, C2064, C15334). A share of the world's supply that
    "comes from China" stays a production share (C17551)."""
    if claim.kind != "share" or claim.measure not in (None, "production") or v.verdict == "unverifiable":
        return v
    sent = claim.sentence or ""
    frm = _FROM_SUPPLIER.search(sent)
    if frm is None:
        return v
    fig = claim.span[0] - claim.sentence_span[0]
    con = _CONSUMER.search(sent, max(0, min(fig, frm.start())), frm.start())
    if con is None:
        return v
    who = (con.group("poss") or con.group("place") or "").rstrip("'\u2019s").strip()
    if con.group("poss") in ("its", "their") or _SOURCED_BUYERS.match(who) or not who:
        return v
    return Verdict("unverifiable",
                   f"a share of what {who} gets from {_name(claim.country)} is an import share of {who}, not "
                   f"{_name(claim.country)}'s share of world output ({v.explanation})",
                   evidence=v.evidence, edition=v.edition,
                   needs=f"the import sources of {_com(claim.commodity)} for {who}")


#: "according to older USGS estimates", "earlier figures from the IEA put ...": the figure is
#: given as what a source said before, not what its edition of the day says
_OLDER_ESTIMATES = re.compile(
    r"\b(?:older|earlier|previous|prior|outdated|past|former)\s+(?:[A-Z][\w.]*\s+|official\s+|government\s+)?"
    r"(?:estimates?|figures?|data|assessments?|numbers|surveys?|reports?)\b", re.I)
#: "a revision from prior figures": the older estimate is what the figure before it replaced
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_W_OLDER_ESTIMATES = frozenset({"older", "earlier", "previous", "prior", "outdated", "past", "former"})


def _older_estimates(claim: Claim, idx: EvidenceIndex, date: str, current: dict[str, str], v: Verdict,
                     ctx: _Ctx | None) -> Verdict:
    """A figure the sentence gives as an older estimate is not the current edition's: when
    only the edition of the day supports it (however loosely: "up to 22 Mt" against its 3.5
    Mt), the editions published before it are tried, newest first; one that holds the
    figure makes it ``supported_by_other_edition`` (labelling rule 3 (b)), and none leaves the
    verdict as it was."""
    if v.verdict != "supported" or claim.kind not in ("quantity", "share", "rank") or claim.edition \
            or claim.edition_ref or v.edition is None or not idx.is_current(v.edition, current):
        return v
    low = claim.sentence.lower()  # (a word of the set is a substring of the lowered sentence: cheaper than its words)
    if not any(map(low.__contains__, _W_OLDER_ESTIMATES)) or not _OLDER_ESTIMATES.search(claim.sentence):
        return v
    at = claim.span[1] - claim.sentence_span[0]
    if all(m.start() >= at and _FROM_BEFORE.search(claim.sentence, max(0, m.start() - 12), m.start())
           for m in _OLDER_ESTIMATES.finditer(claim.sentence)):
        return v  # "over 85 Mt, a downward revision from prior figures": the figure is the new one
    info = idx.editions.get(v.edition)
    if info is None:
        return v
    older = sorted((e for e in idx.editions.values() if e.series == info.series and e.published < info.published),
                   key=lambda e: e.published, reverse=True)
    for e in older:
        claim.edition = e.edition
        try:
            w = _judge(claim, idx, date, current, ctx)
        finally:
            claim.edition = None
        if w.verdict == "supported":
            return Verdict("supported_by_other_edition",
                           f"the text gives an older estimate: {w.explanation.replace(', named in the text,', '')}; {v.edition}, current on {date}, "
                           f"is not the source it quotes ({v.explanation})", w.evidence, e.edition)
    return v


#: the words around an amount that give a change its sign ("rose by 15,000 t", "12,000 t lower")
_ABS_RISE = re.compile(r"\b(?:rose|risen|rise|rises|rising|increased|increase|grew|grown|gained|gain|jumped|climbed|added"
                       r"|up|higher|more)\b", re.I)
_ABS_FALL = re.compile(r"\b(?:fell|fallen|fall|falls|falling|decreased|decrease|declined|decline|dropped|drop|lost|shed"
                       r"|down|lower|less|fewer)\b", re.I)
_ABS_MEASURES = frozenset({"production", "exports", "imports", "reserves"})


def _absolute_change(claim: Claim, ctx: _Ctx) -> Verdict | None:
    """"Output rose by 15,000 t in 2024", "exports were 2,000 t lower in 2023 than a
    year before": a change given as an amount, with its year and country, is the difference of the
    two annual figures (the year before, or the earlier year the sentence names), each edition's
    pair read as a change's are. None when the sentence is not of that form (the figure stays
    unread)."""
    if claim.kind != "change" or claim.value is None or claim.unit not in UNIT_FACTORS \
            or UNIT_FACTORS[claim.unit][0] != "t" or claim.year is None or claim.country in (None, "WLD") \
            or claim.measure not in _ABS_MEASURES or claim.commodity is None:
        return None
    at, end = claim.span[0] - claim.sentence_span[0], claim.span[1] - claim.sentence_span[0]
    near = claim.sentence[max(0, at - 40):at] + " " + claim.sentence[end:end + 30]
    rise, fall = _ABS_RISE.search(near) is not None, _ABS_FALL.search(near) is not None
    if rise == fall:
        return None
    earlier = [int(y) for y in re.findall(r"\b(?:19[89]\d|20[0-3]\d)\b", claim.sentence) if int(y) < claim.year]
    y1 = claim.year
    y0 = max(earlier) if earlier else y1 - 1
    idx, key, com, cty = ctx.idx, _key(claim), claim.commodity, claim.country or ""
    factor = UNIT_FACTORS[claim.unit][1]
    iv = claim_interval(claim.value * factor, (claim.precision or 0.0) * factor, claim.hedge)
    pairs = []
    for ed in ctx.order(claim, idx.editions_with(com, key)):
        r1 = next((r for r in idx.figure(com, key, cty, y1) if r.edition == ed and r.value is not None), None)
        r0 = next((r for r in idx.figure(com, key, cty, y0) if r.edition == ed and r.value is not None), None)
        if r1 is not None and r0 is not None:
            pairs.append((ed, r0, r1))
    if not pairs:
        return None
    want = 1 if rise else -1

    def diff(p: tuple[str, Row, Row]) -> float:
        return ((p[2].value or 0.0) - (p[1].value or 0.0)) * UNIT_FACTORS.get(p[2].unit, ("t", 1.0))[1]

    def ok(p: tuple[str, Row, Row]) -> bool:
        d = diff(p)
        return (d > 0) == (want > 0) and d != 0 and iv[0] <= abs(d) <= iv[1]

    def desc(p: tuple[str, Row, Row]) -> str:
        return (f"{p[0]}: {_fmt(p[1].value, p[1].unit)} in {y0} -> {_fmt(p[2].value, p[2].unit)} in {y1} "
                f"({diff(p):+,.0f} t); stated a {'rise' if rise else 'fall'} of {_fmt(claim.value, claim.unit)}")

    def evs(p: tuple[str, Row, Row]) -> list[Evidence]:
        return [ctx.ev(p[1], claim), ctx.ev(p[2], claim)]

    primary = next((p for p in pairs if ctx.is_current(claim, p[0], y1)), None)
    if primary is not None and ok(primary):
        return Verdict("supported", desc(primary), evs(primary), primary[0])
    other = next((p for p in pairs if p is not primary and ctx.allowed(claim, p[0]) and ok(p)
                  and not (primary is None and ctx.later(p[0]))), None)
    if other is not None:
        return Verdict("supported_by_other_edition", desc(other), evs(other), other[0])
    if primary is None:
        ref = pairs[0]
        if ctx.later(ref[0]):
            return _only_later(ref[0], ctx, desc(ref), evs(ref), _needs(claim))
        return None
    d = diff(primary)
    if (d > 0) == (want > 0) and d != 0:
        return Verdict("partly_supported", f"direction right, size not: {desc(primary)}", evs(primary), primary[0])
    return Verdict("refuted", desc(primary), evs(primary), primary[0])


def _amount_of_change(claim: Claim, ctx: _Ctx) -> Verdict | None:
    """A tonnage read as a level that is the size of a change ("up by 1,000 t from 2023"):
    judged as the difference of the two annual figures (:func:`_absolute_change`); None when
    the figure is no change amount or the data hold no pair."""
    at, end = claim.span[0] - claim.sentence_span[0], claim.span[1] - claim.sentence_span[0]
    y1 = change_amount_year(claim.sentence, at, end, claim.year)
    if y1 is None or not (0 <= at <= len(claim.sentence)):
        return None
    return _absolute_change(dataclasses.replace(claim, kind="change", year=y1), ctx)


_UNREAD_SERIES = {"percent": "a share series", "USD/kg": "a price series", "USD/t": "a price series",
                  "USD/lb": "a price series", "USD": "trade values or market size",
                  "CNY/t": "a yuan price series", "CNY/kg": "a yuan price series"}


_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
#: the count is the whole a part is taken of ("Of the 20 blocks, 16 ...", "four of the 20 blocks",
#: "22 of the 34 minerals"): the claim is the part, which no row states
_PART_OF_BEFORE = re.compile(r"\b(?:of|out\s+of|among|from)\s+(?:the|these|those|its|their)\s+(?:\w+\s+)?$", re.I)
_PART_OF_AFTER = re.compile(r"\s+of\s+(?:the|these|those|its|their)\b", re.I)
#: the text of an events row a count may be stated in
_COUNT_FIELDS = ("title", "what_changed", "detail")


@cache
def _count_pattern(n: int, counted: str) -> re.Pattern[str]:
    """"20 blocks", "twenty mineral blocks", "ten new minerals": the count and its noun (singular
    or plural), up to three words apart."""
    stem = counted[:-3] if counted.endswith("ies") else counted.rstrip("s")
    said = rf"(?:{n}" + (rf"|{_NUMBER_WORDS[n]}" if n < len(_NUMBER_WORDS) else "") + ")"
    # (or coordinated with a second count before the noun: "33 critical and 10 strategic minerals")
    # (an adjective, not a plural noun, before "and": "33 projects and 5 minerals" counts no minerals)
    return re.compile(rf"\b{said}\s+(?:(?:[\w-]+\s+){{0,3}}?|(?![\w-]*s\s)[\w-]+\s+(?:and|or)\s+\d+\s+"
                      rf"(?:[\w-]+\s+){{0,2}}?){re.escape(stem)}(?:s|ies|y)?\b", re.I)


def _may_hold(word: str, text: str) -> bool:
    """False only when no ignore-case match of the ASCII ``word`` can be in ``text``: its lower case
    lacks the word and it holds no character that matches an ASCII letter ignoring case (a gate before
    a search, e.g. ``_count_pattern``'s, every match of which holds its counted noun's stem)."""
    if not word.isascii() or word in text.lower():
        return True
    return not text.isascii() and any(ch in text for ch in _FOLDS_TO_ASCII)


def _counted_in_row(claim: Claim, events: list[dict[str, Any]] | None, date: str) -> Verdict | None:
    """A count of listed things ("a list of 28 critical minerals", "20 blocks of lithium", "47 strategic
    projects") that an events row dated on or before the article states with the same noun in its
    title, change or detail: ``supported`` by the row (rule 9: the row records the list, the auction
    or the selection); None otherwise, and for a count that is the whole a part is taken of."""
    counted = str((claim.comparison or {}).get("counted") or "").lower()
    if not events or not counted or claim.value is None or claim.value != int(claim.value):
        return None
    n = int(claim.value)
    at, end = claim.span[0] - claim.sentence_span[0], claim.span[1] - claim.sentence_span[0]
    sent = claim.sentence
    if _PART_OF_BEFORE.search(sent, max(0, at - 30), at) or _PART_OF_AFTER.match(sent, at + len(str(n))) \
            or _PART_OF_AFTER.match(sent, end):
        return None
    pat = _count_pattern(n, counted)
    stem = counted[:-3] if counted.endswith("ies") else counted.rstrip("s")  # (as _count_pattern's)
    day = date[:10]
    hits = []
    for e in events:
        d = str(e.get("date") or "")[:10]
        if not d or d > day:
            continue  # an event after the article cannot be what it reports (rule 9)
        for f in _COUNT_FIELDS:
            v = str(e.get(f) or "")
            if _may_hold(stem, v) and pat.search(v):
                hits.append((d, f, e))
                break
    if not hits or len({id(h[2]) for h in hits}) > 1:
        return None  # no row states it, or several rows do: the sentence does not say which
    d, f, e = hits[0]
    title = str(e.get("title") or e.get("event_id") or "")
    ev = Evidence(edition=str(e.get("event_id") or ""), source_id=str(e.get("source_id") or ""),
                  commodity=str(e.get("commodities") or ""), measure="event", country=str(e.get("actors") or ""),
                  year=None, value=float(n), unit="", published=d, locator=title, current=True)
    return Verdict("supported", f"{title} (dated {d}): the row's {f.replace('_', ' ')} states {n} {counted}", [ev])


def _unread_figure(claim: Claim) -> Verdict:
    """A figure with a unit about a commodity that no rule of the extractor tied to a series
    (extract._unread_figure_claims): never supported or refuted, the verdict names what was
    read and the series that would settle it."""
    com = _com(claim.commodity)
    who = f" for {_name(claim.country)}" if claim.country else ""
    yr = f" in {claim.year}" if claim.year else ""
    meas = claim.measure or ("change" if claim.kind == "change" else None)
    read = f"{claim.text!r} about {com}{who}{yr}" + (f" ({meas})" if meas else "")
    duty = (claim.comparison or {}).get("unread_figure") == "duty"
    counted = (claim.comparison or {}).get("counted")  # "130 deposits": a count of things
    series = (f"the duty, tax or tariff rates on {com} (a customs tariff schedule)" if duty
              else f"a register of the {counted} of {com} (a count the dataset does not hold)" if counted
              else "daily or monthly yuan prices of " + com if (claim.unit or "").startswith("CNY/")
              else "daily or monthly prices of " + com if claim.measure == "price"
              else f"{_MEASURE_WORDS.get(_key(claim), claim.measure)} of {com}" if claim.measure
              else f"{_UNREAD_SERIES.get(claim.unit or '', 'a production or trade series')} of {com}")
    needs = f"{series}{who}{yr}, with the quantity the sentence measures"
    return Verdict("unverifiable", f"a figure the checker could not tie to a series: {read}; would need {needs}",
                   needs=needs)

def _product_series(claim: Claim, idx: EvidenceIndex, run: Callable[[], Verdict]) -> Verdict:
    """A figure of a product ("compounds and metals", "nickel pig iron") is judged against
    that product's series, never against the commodity's mine output: the product's rows
    are indexed under "<commodity>#<product>", which the claim is read as while it is judged.
    A product the dataset holds no series of (for the measure) is unverifiable. A refined
    figure of a commodity whose only refined series is one product's (USGS gives US
    rare-earth refining as "compounds and metals") is read as that product."""
    com = claim.commodity
    if com is None or claim.kind == "event" or claim.measure in (None, "price", "quota", "net_import_reliance"):
        return run()
    if claim.measure == "production" and claim.stage is None and claim.kind != "share" \
            and not idx.editions_with(com, "production@mining") and not idx.editions_with(com, "production@refining"):
        # a made product (NdFeB magnets) published only as shares of its own stage: that stage
        stages = {r.stage for e in idx.editions_with(com, "production_share")
                  for y in idx.years.get((com, "production_share", e), []) for r in idx.table(com, "production_share", e, y)}
        if len(stages) == 1:
            claim.stage = stages.pop()
    products = idx.products_of(com)
    implied = False
    if claim.product is None:
        if claim.measure != "production" or claim.stage != "refining" or claim.kind == "share" \
                or idx.editions_with(com, "production@refining"):
            return run()
        only = [p for p, keys in products.items() if "production@refining" in keys]
        if len(only) != 1:
            return run()
        claim.product, implied = only[0], True
    label = product_label(claim.product)
    keys = products.get(claim.product, set())
    wanted = measure_key(claim.measure or "", claim.stage)
    fits = [k for k in keys if k == wanted or (claim.stage is None and k.split("@")[0] == wanted.split("@")[0])]
    if not fits:
        held = sorted({_MEASURE_WORDS.get(k, k) for k in keys})
        also = f" (it holds {', '.join(held)} of it)" if held else ""
        if implied:
            claim.product = None
            return run()
        said = claim.measure if claim.stage is None else _MEASURE_WORDS.get(wanted, claim.measure)
        return Verdict("unverifiable",
                       f"the figure is of {label}, a product of {_com(com)}, not of {_com(com)} itself; the dataset "
                       f"holds no {said} series of {label}{also}",
                       needs=f"{said} of {label} ({_com(com)}) for {_name(claim.country)}")
    stage = claim.stage
    claim.commodity = f"{com}{PRODUCT_SEP}{claim.product}"
    if claim.stage is None and "@" in fits[0]:
        claim.stage = fits[0].split("@")[1]
    try:
        v = run()
    finally:
        claim.commodity, claim.stage = com, stage
        if implied:
            claim.product = None
    if implied and claim.kind == "rank" and v.verdict == "unverifiable":
        # twelfth session: a first place in refining the product's short table cannot settle may
        # still be settled by a published refining share of the commodity (_first_by_share)
        whole = run()
        if whole.verdict != "unverifiable":
            return whole
    how = "read as" if implied else "checked against"
    v.explanation = f"{how} the series of {_com(com)} {label}: {v.explanation}"
    return v


#: words that make "production" mine output, whatever other production lines the source reports
_MINED_WORDS = re.compile(r"\b(?:mine[sd]?|mining|extract\w*|dug|digs?|ores?|concentrates?)\b", re.I)


def _production_line_named_loosely(claim: Claim, idx: EvidenceIndex, v: Verdict, run: Callable[[], Verdict]) -> Verdict:
    """ "U.S. rare earth production rose to 8,900 t in 2025": USGS reports US rare-earth
    "production" on two lines (mineral concentrates and compounds and metals). A production
    figure that names neither the product nor mining, refuted by mine output but equal to
    another production line of the edition current on the date, is that line's figure."""
    if v.verdict not in ("refuted", "partly_supported") or claim.kind != "quantity" or claim.product \
            or claim.measure != "production" or claim.stage is not None or claim.commodity is None \
            or _MINED_WORDS.search(claim.sentence):
        return v
    for product, keys in sorted(idx.products_of(claim.commodity).items()):
        if not any(k.startswith("production@") for k in keys):
            continue
        claim.product = product
        try:
            w = run()
        finally:
            claim.product, claim.stage = None, None
        if w.verdict == "supported":
            w.explanation = (f"not the mine output ({v.explanation}); the source also reports production as "
                             f"{product_label(product)}, and the figure is that line's: {w.explanation}")
            return w
    return v


def _source_holding(claim: Claim, idx: EvidenceIndex, run: Callable[[], Verdict]) -> Verdict:
    """ "According to the USGS, China refines 90%": a bundled publisher named for a quantity
    it does not publish (the USGS gives no refining shares; the IEA does) does not stop the
    check (labelling rule 1): the claim is judged against the sources that hold the quantity,
    and the explanation names the one used."""
    series = claim.series
    if not series or claim.kind == "event" or claim.commodity is None \
            or claim.measure in (None, "price", "quota", "net_import_reliance"):
        return run()
    _only_stage(claim, idx)
    key = _key(claim)
    pairs: list[tuple[str | None, str]] = [(claim.commodity, key)]
    if claim.kind == "share":
        skey = {"capacity": "capacity_share", "production": "production_share"}.get(claim.measure or "")
        if skey:
            pairs += [(c, skey) for c in (claim.commodity, _SUBSET_SHARES.get(claim.commodity or ""))]
    held = {e for c, k in pairs if c for e in idx.editions_with(c, k)}
    if not held or any(idx.series_of(e).startswith(series) for e in held):
        return run()
    if claim.kind == "share" and claim.measure == "capacity":
        # twentieth session: "90% of refining capacity, according to the IEA": the attribution
        # selects a series that publishes output shares only (rule 1), and a share of output is
        # another quantity than a share of capacity (rule 6), so the only capacity source of the
        # bundle (an industry analysis) does not settle what the named publisher said (C711,
        # C3724, C7607, C10712, C12948)
        return Verdict("unverifiable", f"{claim.source or series} publishes no shares of capacity of "
                       f"{_com(claim.commodity)}; its shares of output are another quantity",
                       needs=f"{series}'s share of {_com(claim.commodity)} capacity by country")
    source, edition = claim.source, claim.edition
    claim.series = claim.edition = None
    try:
        v = run()
    finally:
        claim.series, claim.edition = series, edition
    used = v.edition or next((e.edition for e in v.evidence), None)
    if used:
        said = claim.measure if claim.stage is None else _MEASURE_WORDS.get(key, claim.measure)
        said = f"{'shares of ' if claim.kind == 'share' else ''}{said}"
        v.explanation = (f"{v.explanation} ({source or series} does not publish "
                         f"{said} of {_com(claim.commodity)}; checked against "
                         f"{used}, the dataset's source for it)")
    return v


def _unbundled_source(claim: Claim, v: Verdict) -> Verdict:
    """A claim attributed to a publisher the dataset does not hold (ING, Benchmark, Chinese
    customs) is checked against the bundled sources; the explanation says so."""
    if claim.source and not claim.series and claim.kind != "event" and v.verdict != "unverifiable":
        v.explanation = f"{v.explanation} ({claim.source} is not in the dataset; checked against the bundled sources)"
    return v


def _carried_subject(claim: Claim, v: Verdict) -> Verdict:
    """A claim whose country was read from "it/its/the country" and named in an earlier
    paragraph: data that agree corroborate the reading, data that disagree may only show
    that the text meant another country (lists with headings, quotes), so such a claim is
    not refuted but unverifiable."""
    if claim.country_source not in ("previous_paragraph", "other_sentence") or v.verdict not in ("refuted", "partly_supported"):
        return v
    who = _name(claim.country)
    return Verdict("unverifiable",
                   f"the country was read as {who}, named in another sentence or paragraph; for {who} the data "
                   f"disagree ({v.explanation}), so the text may mean another country",
                   evidence=v.evidence, edition=v.edition,
                   needs=CARRIED_NEEDS)


#: the noun of a rank among sites: "the largest nickel mine", "the biggest rare earth plant", "its second-largest deposit"
_SITE_RANK = re.compile(r"\b(?:mine|plant|refinery|smelter|project|deposit|facility|operation)\s*$", re.I)
#: goods no edition of the bundle covers, named right after a figure or rank ("22% of the world's
#: natural gas", "6 million ounces of gold", "a major producer of natural gas, diamonds and gold")
#: (fifteenth session): the figure is theirs, not the commodity carried from the sentences before
_OTHER_GOODS = re.compile(
    r"\s*(?:\w+\s+){0,2}?of\s+(?:the\s+)?(?:world['\u2019]s\s+|global\s+|its\s+|their\s+)?"
    r"(?P<good>natural\s+gas|crude(?:\s+oil)?|oil|gold|silver|diamonds?|coal|iron\s+ore|timber|wheat|grain"
    # beach-sand minerals (ilmenite, rutile, zircon, monazite): no edition holds them, though
    # monazite is a rare-earth ore ("a third of the world's beach sand mineral deposits, a key
    # source of rare earths", C042, C790; twenty-first session)
    r"|(?:(?:beach|coastal)\s+(?:and\s+)?)?sand\s+minerals?|(?:heavy\s+)?mineral\s+sands?|beach\s+sands?)\b", re.I)


def _other_goods(claim: Claim) -> str | None:
    """The good outside the bundle a figure or rank is of (``_OTHER_GOODS``), when the phrase after
    it names no commodity of the bundle ("producer of copper, gold and nickel" stays nickel's)."""
    at = claim.span[1] - claim.sentence_span[0]
    m = _OTHER_GOODS.match(claim.sentence, at) if 0 <= at <= len(claim.sentence) else None
    if m is None:
        return None
    from critmin.claims.extract import patterns, scan_entities

    phrase = re.split(r"[;:()]|\d", claim.sentence[at:at + 120], maxsplit=1)[0]
    if m.group("good").lower().endswith(("sand", "sands", "mineral", "minerals")):
        # the phrase of the sands ends where a clause on what they are begins (", which are a
        # source of rare earths", "— vital sources of rare earth metals")
        phrase = re.split(r",|\u2014|\u2013|\s-\s|\b(?:which|that)\b", phrase[m.end("good") - at:], maxsplit=1)[0]
    if any(kind == "commodity" for _, _, kind, _, _ in scan_entities(phrase, patterns(str(_S5_DATA_DIR)))):
        return None
    good = re.sub(r"\s+", " ", m.group("good").lower())
    return "beach-sand minerals" if "sand" in good else good


#: a named group of neighbouring countries holding a mineral together ("the lithium triangle" of
#: Argentina, Bolivia and Chile; "the Copperbelt" of Zambia and Congo), followed, before the figure, by
#: the relative clause that gives the group the figure (no other figure between; "Chile, which lies in
#: the lithium triangle, holds 33%" stays Chile's)
_GROUP_REGION = re.compile(
    r"\b(?P<g>lithium\s+triangle|copper\s*belt)\b[\"'\u201d\u2019]?(?P<gap>[^0-9;]{0,120}?)\b(?:which|that)\s+"
    r"(?:(?:is|are)\s+home\s+to|holds?|hosts?|contains?|comprises?|accounts?\s+for|boasts?|has|have"
    r"|represents?|produces?)\s+(?:\S+\s+){0,3}?$", re.I)


def _group_region_holds(claim: Claim) -> str | None:
    """The named group of countries ("the lithium triangle") a share or rank belongs to, when the
    group's own verb or relative clause leads to it; None otherwise (a country's rank before the
    group is named stays the country's)."""
    start = claim.span[0] - claim.sentence_span[0]
    low = claim.sentence.lower()
    if start <= 0 or ("triangle" not in low and "belt" not in low):
        return None
    m = _GROUP_REGION.search(claim.sentence, max(0, start - 200), start)
    return re.sub(r"\s+", " ", m.group("g").lower()) if m is not None else None


def _never_refuted(v: Verdict, why: str, needs: str) -> Verdict:
    """``v`` unless it refutes: a figure the data cannot refute on its own basis is then
    unverifiable, saying ``why`` and what data would settle it."""
    if v.verdict != "refuted":
        return v
    return Verdict("unverifiable", f"{why}: {v.explanation}", evidence=v.evidence, edition=v.edition, needs=needs)


def _judge(claim: Claim, idx: EvidenceIndex, date: str, current: dict[str, str], ctx: _Ctx | None = None) -> Verdict:
    ctx = ctx or _Ctx(idx, date, current)
    if claim.edition and claim.edition not in idx.editions:
        claim.edition = None  # a report the dataset does not hold: its series still selects the source
    if claim.edition_ref == "previous" and not claim.edition:
        claim.edition = _previous_edition(claim, idx, current)
    if claim.kind == "event":
        return _event(claim, idx, date)
    if claim.undated and claim.year is None:
        return _undated(claim)
    if claim.kind == "quantity" and claim.country is None and (claim.comparison or {}).get("partner"):
        partner = _name((claim.comparison or {}).get("partner"))
        return Verdict("unverifiable", f"trade with one partner ({partner}); the dataset holds each country's total "
                       "trade by year", needs=f"monthly customs data on {_com(claim.commodity)} {claim.measure} by partner "
                       f"(shipments to or from {partner})")
    if claim.kind == "quantity" and claim.measure != "price" and (claim.comparison or {}).get("period"):
        return _part_of_year(claim)
    if claim.commodity is None:
        return Verdict("unverifiable", "the sentence names no commodity the dataset covers",
                       needs="the commodity the figure is about")
    if claim.kind in ("quantity", "share", "rank") and (good := _other_goods(claim)) is not None:
        return Verdict("unverifiable", f"the figure is of {good}, which no edition of the dataset covers (not "
                       f"{_com(claim.commodity)})", needs=f"{good} data by country")
    if claim.kind == "rank" and claim.rank_op == "==" and _SITE_RANK.search(claim.text or ""):
        # "the world's largest nickel mine": a rank among mines or plants, not among countries
        return Verdict("unverifiable", f"a rank among sites ('{claim.text}'), not among the countries the editions "
                       "list; the dataset holds country and world totals only",
                       needs=f"site-level {_MEASURE_WORDS.get(_key(claim), claim.measure)} of {_com(claim.commodity)} "
                             "(the operators' reports)")
    if claim.measure is None:
        return Verdict("unverifiable", "the sentence does not say what is measured (production, reserves, ...)",
                       needs="the measure the figure refers to")
    if claim.kind == "change" and claim.measure != "quota" and "quota" in claim.sentence.lower() \
            and _CHANGE_OF_QUOTA_FIGURE.search(claim.sentence, 0, max(0, claim.span[0] - claim.sentence_span[0])):
        claim.measure = "quota"  # "the quota was set at 58,000 t, a 6.5% decrease": the change is the quota's
    if claim.measure == "quota":
        return Verdict("unverifiable", "a production quota is a policy ceiling, not output; the dataset holds no quotas",
                       needs=f"the {_name(claim.country)} quotas for {_com(claim.commodity)} (e.g. MIIT quota notices)")
    if claim.kind == "quantity" and claim.measure == "price":
        return _price(claim, ctx)
    _only_stage(claim, idx)
    if claim.measure == "net_import_reliance":
        return _reliance(claim, ctx)
    if claim.kind == "quantity" and claim.comparison and claim.comparison.get("since"):
        return _none_since(claim, ctx)
    if claim.kind == "quantity" and claim.comparison and claim.comparison.get("excluding"):
        return _excluding(claim, ctx)
    if claim.kind in ("share", "rank") and claim.year is not None and _month_dated_only(claim):
        claim.year = None  # "Since February 2025, ... the top producer, which accounts for 75%": the event's date
    if claim.kind == "share" and claim.year is not None and claim.year >= int(date[:4]) \
            and _fresh_year_only_in_full_date(claim):
        claim.year = None  # "accounts for 70% ..., set to take effect on October 16, 2025": the date is the measure's
    if claim.kind == "rank" and claim.commodity != "ndfeb_magnets":
        made = _FRESH_DOWNSTREAM.search(claim.sentence, max(0, claim.span[0] - claim.sentence_span[0]),
                                        claim.span[1] - claim.sentence_span[0] + 40)
        if made is not None:
            return Verdict("unverifiable", f"a rank among makers of a downstream product ('{made.group(0)}'), not "
                           f"among {_com(claim.commodity)} producing countries; the dataset holds no such output",
                           needs=f"output of {made.group('what') or made.group('what2')} by country")
    if claim.kind == "rank":
        region = _fresh_regional_rank(claim)
        # eleventh session: ranked among the region's listed countries (region_ranks.py, M49 regions)
        regional = _region_ranks.regional_rank(claim, ctx, region) if region is not None else None
        if regional is not None:
            return regional
        if region is not None:
            return Verdict("unverifiable", f"a rank within a region ('{region}'), not among all the countries the "
                           "editions list; the dataset has no country-to-region table",
                           needs=f"the {region} countries' {_MEASURE_WORDS.get(_key(claim), claim.measure)} of "
                           f"{_com(claim.commodity)} (a country-to-region table)")
    if claim.kind in ("share", "rank") and (group := _group_region_holds(claim)) is not None:
        # "the Lithium Triangle straddling Argentina, Bolivia and Chile, which is home to 60%": the
        # figure is a group's that no edition lists as one (its members may be unlisted: rule 8)
        return Verdict("unverifiable", f"the {claim.kind} is of a group of countries ('{group}'), which no edition "
                       "lists as one", needs=f"the {group} countries' {_MEASURE_WORDS.get(_key(claim), claim.measure)} "
                       f"of {_com(claim.commodity)}, each listed")
    if claim.kind in ("share", "quantity") and (lead := _REGION_SUBJECT.match(claim.sentence)) is not None \
            and not _CAPITALISED.search(claim.sentence, lead.end(), max(lead.end(), claim.span[0] - claim.sentence_span[0])):
        # "Africa, endowed with an estimated 15% of the world's reserves, ... with nations like
        # Tanzania": the figure is the region's, and the dataset has no country-to-region table
        region = lead.group("region")
        return Verdict("unverifiable", f"the figure is for a region ('{region}'), not a country; the dataset has no "
                       "country-to-region table",
                       needs=f"the {region} countries' {_MEASURE_WORDS.get(_key(claim), claim.measure)} of "
                             f"{_com(claim.commodity)} (a country-to-region table)")
    if claim.kind == "share" and claim.year is not None and claim.year > int(date[:4]):
        projected = _fresh_projected_share(claim, ctx)
        if projected is not None:
            return projected
    if claim.kind in ("quantity", "share") and claim.year is not None and claim.year >= int(date[:4]) \
            and not (claim.kind == "share" and claim.year > int(date[:4])):  # a projected share: the outlooks' years
        v = _running_year(claim, ctx)
        if v is not None:
            return v
    if claim.measure == "resources" and claim.kind in ("quantity", "share", "rank"):
        return _resources_as_reserves(claim, ctx)
    if claim.kind == "quantity" and claim.country == "WLD" and _REST_OF_WORLD.search(
            claim.sentence, max(0, claim.span[0] - claim.sentence_span[0] - 100), claim.span[0] - claim.sentence_span[0]):
        # "the rest of the world holds 780,000 t": the editions' "other countries" row when the text
        # listed the countries the edition lists; else every country the text did not name, which
        # the row cannot refute
        claim.country = "OTH"
        return _never_refuted(_swapped_measure(claim, ctx, _quantity(claim, ctx)),
                              "'the rest of the world' is every country the text does not name; the editions' "
                              "'other countries' row leaves out the countries they list",
                              "the world total less the countries the text names")
    if claim.kind == "quantity" and claim.country is None and claim.measure in ("production", "reserves"):
        return _world_if_it_matches(claim, ctx)
    if claim.kind == "quantity" and claim.measure in ("reserves", "resources") \
            and (_NATIONAL_INVENTORY.search(claim.sentence, 0, max(0, claim.span[0] - claim.sentence_span[0]))
                 or _NATIONAL_SOURCE_AFTER.search(claim.sentence, max(0, claim.span[1] - claim.sentence_span[0]))):
        return _never_refuted(_swapped_measure(claim, ctx, _quantity(claim, ctx)),
                              "a reserve figure the country's own government or agency gives, a national inventory "
                              "on its own basis, not the USGS reserve (labelling rule 6)",
                              f"the national reserve inventory of {_name(claim.country)} for {_com(claim.commodity)}")
    if claim.kind == "quantity":
        return _swapped_measure(claim, ctx, _quantity(claim, ctx))
    if claim.kind == "share":
        # (twenty-fifth session, critmin.claims.share_readings) a magnet share judged at the magnet stage, and a
        # refining share said with "control" read through the capacity share too (rule 21c)
        judged = _share_readings.magnet_stage(claim)
        return _share_readings.control_through_capacity(
            judged, ctx, _capacity_through_output(judged, ctx, _share_at_any_stage(judged, ctx)), _share,
            lambda c, x, ed: x.is_current(c, ed))
    if claim.kind == "rank" and (claim.comparison or {}).get("unnamed_holder"):
        return Verdict("unverifiable", "the rank describes the speaker of the sentence, whom it does not name",
                       needs="the company or country the description stands for")
    if claim.kind == "rank" and claim.rank_op in ("listed", "unlisted"):
        return _listed(claim, ctx)
    if claim.kind == "rank" and claim.rank_op == "among":
        # "has become one of the largest": the place names the article's year (rule 20a) before rule 14 reads it
        return _become_rank(claim, ctx) or _among_leaders(claim, ctx)
    if claim.kind == "rank" and claim.commodity == "rare_earths" and (group := _ree_group_ranked(claim)):
        return Verdict("unverifiable", f"a rank in {group}, a group of the rare earths; the data rank all rare earths "
                       "(REO) only, which is another basis (labelling rule 6)",
                       needs=f"{_MEASURE_WORDS.get(_key(claim), claim.measure)} of {group} by country")
    if claim.kind == "rank" and (become := _become_rank(claim, ctx)) is not None:
        return become
    if claim.kind == "rank":
        v = _rank_at_any_stage(claim, ctx)
        a = max(0, claim.span[0] - claim.sentence_span[0])
        if v.verdict != "supported" and claim.year is not None and claim.year >= int(date[:4]) \
                and (str(claim.year) not in claim.sentence or _AS_IT_STANDS_BEFORE.search(claim.sentence[:a])):
            # twentieth session: "Argentina, which is the fifth largest lithium producer, will produce
            # 130,800 t in 2025": a place stated as it stands, dated only by another figure of the
            # sentence (or a year carried from the sentence before) in a year no edition of the day
            # can hold yet, is read in the present tense (rule 2) when that reading holds (C7456, C3989)
            stated_year = claim.year
            claim.year = None
            try:
                now = _rank_at_any_stage(claim, ctx)
            finally:
                claim.year = stated_year
            if now.verdict == "supported":
                return now
        return v
    if claim.kind == "comparison":
        return _comparison(claim, ctx)
    if claim.kind == "change":
        return _change(claim, ctx)
    return Verdict("unverifiable", f"no rule checks claims of kind {claim.kind}", needs="a checking rule")


#: a change set in apposition right after a quota's figure ("a quota of 58,000 t, down 6.5%",
#: "the quota was set at 58,000 tons - a 6.5% decrease"): the text before the change ends there
_CHANGE_OF_QUOTA_FIGURE = re.compile(
    r"\bquotas?\b[^.;]{0,80}?\d[\d,.]*\s*(?:[A-Za-z]+\s*){0,3}(?:\u2014|\u2013|-|,|\()\s*(?:(?:an?|the)\s+)?"
    r"(?:(?:down|up|which\s+is|representing|marking)\s+)?(?:by\s+)?$", re.I)


#: a place in apposition or a relative clause right before the rank phrase ("China, the largest
#: producer,", "Argentina, which is the fifth largest producer"): the place as it stands
_AS_IT_STANDS_BEFORE = re.compile(r",\s*(?:(?:which|who|that)\s+(?:is|remains)\s+(?:also\s+|still\s+|now\s+)?)?"
                                  r"(?:the\s+)?(?:world['\u2019]s\s+)?$", re.I)


def _quota_figure(claim: Claim, idx: EvidenceIndex, date: str) -> Verdict | None:
    """A quota's tonnage or change that a quota row of the events table holds (quota_rows.py)."""
    rows = _quota_rows.quota_rows(idx.events, claim, date)
    if not rows:
        return None
    if claim.kind == "quantity":
        base, f = UNIT_FACTORS.get(claim.unit or "", (claim.unit or "", 1.0))
        if base != "t" or claim.value is None:
            return None
        # "may ship up to 18,125 t": a quota's "up to" names its ceiling, not a bound on the figure
        hedge = None if (claim.hedge or "").lower() in ("up to", "at most") else claim.hedge
        lo, hi = claim_interval(claim.value, claim.precision or 0.0, hedge)
        return _quota_rows.quota_verdict(claim, rows, (lo * f, hi * f), None)
    return _quota_rows.quota_verdict(claim, rows, None, _change_precision(claim))


def _part_of_year(claim: Claim) -> Verdict:
    """A flow figure for part of a year ("in June", "in the first half"): the dataset holds
    annual totals, which neither confirm nor refute it."""
    period = (claim.comparison or {}).get("period")
    return Verdict("unverifiable", f"a figure for part of a year ('{period}'); the dataset holds annual figures",
                   needs=f"monthly {claim.measure or 'production'} data for {_name(claim.country)}")


def _only_stage(claim: Claim, idx: EvidenceIndex) -> None:
    """ "Gallium production" with no stage named: USGS reports gallium and germanium only
    as refinery (primary) production; when the dataset has no mine production of the
    commodity but has refinery production, that is the production the text means."""
    if claim.measure != "production" or claim.stage is not None or not claim.commodity:
        return
    com = claim.commodity
    if not idx.editions_with(com, "production@mining") and idx.editions_with(com, "production@refining"):
        claim.stage = "refining"


def _resources_as_reserves(claim: Claim, ctx: _Ctx) -> Verdict:
    """"Resources": the dataset holds reserves only, and news copy often calls the USGS
    reserve figure "resources". Resources are at least as large as reserves, so the
    reserve figure can confirm the claim (read as reserves) but never refute it."""
    claim.measure = "reserves"
    try:
        judges: dict[str, Callable[[Claim, _Ctx], Verdict]] = {"quantity": _quantity, "share": _share, "rank": _rank}
        v = judges[claim.kind](claim, ctx)
    finally:
        claim.measure = "resources"
    if v.verdict in ("supported", "supported_by_other_edition"):
        said = "the text says what the country has" if (claim.comparison or {}).get("held_stock") else "the text says resources"
        v.explanation = f"read as reserves ({said}): {v.explanation}"
        return v
    return Verdict("unverifiable", f"the dataset holds reserves, not resources; read as reserves: {v.explanation}",
                   evidence=v.evidence, edition=v.edition,
                   needs=f"resources of {_com(claim.commodity)} for {_name(claim.country)} (the dataset holds reserves only)")


def _world_if_it_matches(claim: Claim, ctx: _Ctx) -> Verdict:
    """A production or reserve figure for which the text names no country ("reserves stand
    at 26 million tonnes"): when it is the world total of an edition it is read as that
    total; otherwise no country can be assumed, so it is never refuted."""
    v = _quantity(claim, ctx)  # unverifiable: no country
    if names_one_producer(claim.sentence):
        return v  # "the world's leading producer mined 390,000 t": one producer, not the world
    claim.country = "WLD"
    try:
        w = _quantity(claim, ctx)
    finally:
        claim.country = None
    if w.verdict in ("supported", "supported_by_other_edition"):
        w.explanation = f"no country named; the figure is the world total: {w.explanation}"
        return w
    if _FRESH_STATED_TOTAL.search(claim.sentence) and w.verdict in ("refuted", "partly_supported"):
        # "Total cobalt production last year was 198,000 tonnes": the sentence itself says it
        # is the whole, so the world figure can refute it as well as support it
        w.explanation = f"no country named; the sentence gives the total, read as the world's: {w.explanation}"
        return w
    return v


#: "total cobalt production", "total global output", "total world supply": a whole, not a country's
_FRESH_STATED_TOTAL = re.compile(
    r"\btotal\s+(?:(?:global|world|worldwide|mine|mined|annual)\s+)*(?:[a-z]+\s+)?(?:production|output|supply)\b", re.I)


#: measures news copy confuses with each other ("1.9 Mt ... the 7th largest producer" quoting reserves)
_SWAPPED = {"production": "reserves", "reserves": "production"}


#: "44 million tonnes of reserves", "1.4 Mt in proven reserves", "270,000 t of annual output":
#: the measure a figure's own noun phrase names
_FIGURE_OWN_MEASURE = re.compile(
    r"\s*(?:metric\s+|short\s+)?(?:\([^)]{0,12}\)\s*)?(?:of|in)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<m>reserves?|production|output|mine\s+output)\b", re.I)


def _swapped_measure(claim: Claim, ctx: _Ctx, v: Verdict) -> Verdict:
    """A refuted figure that the edition current on the date gives, for the same country
    and year, under the other of production and reserves: the number is right but called
    by the wrong measure, so the claim is right only in part (labelling rule 4)."""
    other = _SWAPPED.get(claim.measure or "")
    if v.verdict != "refuted" or other is None or claim.country in (None, "WLD") or claim.value is None:
        return v
    if (claim.hedge or "").lower() in _ABOVE_HEDGES:
        return v  # "at least 5,400 t": any larger figure of the other measure fits an open bound, so proves nothing
    said, stage = claim.measure, claim.stage
    claim.measure, claim.stage = other, None if other == "reserves" else "mining"
    try:
        w = _quantity(claim, ctx)
    finally:
        claim.measure, claim.stage = said, stage
    if w.verdict != "supported":
        return v
    tail = claim.sentence[max(0, claim.span[1] - claim.sentence_span[0]):]
    own = _FIGURE_OWN_MEASURE.match(tail)
    if own is not None and _SWAPPED.get(said or "") == ("reserves" if own.group("m").lower().startswith("reserve")
                                                        else "production"):
        # "dominates production with 44 Mt of reserves": the noun right after the figure names
        # its measure, whatever measure the sentence's verb or subject names
        w.explanation = f"the figure is of {other}, as the words after it say: {w.explanation}"
        return w
    head = claim.sentence[:max(0, claim.span[0] - claim.sentence_span[0])]
    if not clause_names_measure(head, said or "", claim.sentence[max(0, claim.span[1] - claim.sentence_span[0]):]):
        # "Argentina (4 million tons): ... producing 18,000 t": no word of the figure's own clause
        # calls it production, so it is read as the measure the data give it
        w.explanation = f"the figure is of {other}; its clause names no measure: {w.explanation}"
        return w
    return Verdict("partly_supported", f"the figure is right for {other}, not for {said}: {w.explanation}; "
                   f"for {said} {v.explanation}", evidence=v.evidence + w.evidence, edition=w.edition)


def _undated(claim: Claim) -> Verdict:
    """A figure dated only relative to another sentence ("eleven years later"): its year is
    unknown, so no edition's figure for some other year can settle it."""
    return Verdict("unverifiable", f"'{claim.undated}' dates the figure only relative to another sentence",
                   needs=f"the year of the {claim.measure or 'figure'} for {_name(claim.country)}")


def _running_year(claim: Claim, ctx: _Ctx) -> Verdict | None:
    """A figure given for the article's own year ("produced 2,500 t this year"): no edition
    of the day can hold a year still running. When the current edition's latest figure is
    the one stated, the figure is right but its year is not: ``partly_supported``."""
    stated_year = claim.year
    claim.year = None
    try:
        v = _quantity(claim, ctx) if claim.kind == "quantity" else _share(claim, ctx)
    finally:
        claim.year = stated_year
    if v.verdict != "supported":
        return None
    return Verdict("partly_supported", f"the figure is right for the latest year of the edition of the day, not for "
                   f"{stated_year}, which no edition of {ctx.date} can hold: {v.explanation}",
                   v.evidence, v.edition)


def _previous_edition(claim: Claim, idx: EvidenceIndex, current: dict[str, str]) -> str | None:
    """The edition before the current one of the attributed series (USGS MCS by default):
    a figure "reported the previous year" or "a previous figure" is checked against it."""
    series = claim.series or "USGS MCS"
    cur = next((e for s, e in current.items() if s == series or s.startswith(series)), None)
    info = idx.editions.get(cur or "")
    if info is None:
        return None
    older = [e for e in idx.editions.values() if e.series == info.series and e.published < info.published]
    return max(older, key=lambda e: e.published).edition if older else None


_SPOT = re.compile(
    r"\b(?:now|current(?:ly)?|today|this\s+(?:week|month|morning)|last\s+(?:week|month)|at\s+present|spot|as\s+of"
    r"|" + _lx.alternation(_lx.MONTHS) + r")\b", re.I)
_AVERAGE = re.compile(r"\baverag(?:e|ed|es|ing)\b|\bannual\b|\byearly\b", re.I)


def _price(claim: Claim, ctx: _Ctx) -> Verdict:
    """Prices: the dataset holds annual averages. A price on a day or in a month ("now sit
    at", "in July") cannot be settled by them; a price in a year that is not called an
    average may be any price of that year, so a mismatch is unverifiable, not refuted."""
    spot = _SPOT.search(claim.sentence)
    if spot is not None and not _AVERAGE.search(claim.sentence):
        return Verdict("unverifiable", f"a price at a date ('{spot.group(0)}'); the dataset holds annual averages",
                       needs=f"daily or monthly prices of {_com(claim.commodity)}")
    if claim.year is not None and claim.year >= int(ctx.date[:4]):
        # a price in the article's own year: its annual average was not known on the day, and a
        # later edition's average for that year cannot show the price the text saw
        return Verdict("unverifiable", f"a price in {claim.year}, a year still running on {ctx.date}; the dataset "
                       "holds annual averages of ended years", needs=f"daily or monthly prices of {_com(claim.commodity)}")
    v = _quantity(claim, ctx)
    if v.verdict in ("refuted", "partly_supported") and not _AVERAGE.search(claim.sentence):
        return Verdict("unverifiable", f"the dataset holds annual averages ({v.explanation}); the stated price is not "
                       "called an average and may be a price at some date in the year", evidence=v.evidence,
                       edition=v.edition, needs=f"daily or monthly prices of {_com(claim.commodity)}")
    return v


def _key(claim: Claim) -> str:
    return measure_key(claim.measure or "", claim.stage)


def _com(slug: str | None) -> str:
    from critmin.names import gazetteer

    com, sep, product = (slug or "").partition(PRODUCT_SEP)
    if sep:  # a product sub-series: "rare earths (compounds and metals)"
        return f"{_com(com)} ({product_label(product)})"
    return gazetteer().commodity_names.get(slug or "", slug or "?").lower()


def _needs(claim: Claim, what: str | None = None) -> str:
    com = _com(claim.commodity)
    m = _MEASURE_WORDS.get(_key(claim), claim.measure)
    yr = f" for {claim.year}" if claim.year else ""
    return what or f"{m} of {com} for {_name(claim.country)}{yr} (no edition in the dataset has it)"


# ------------------------------------------------------------------ quantity
def _figures(claim: Claim, ctx: _Ctx, country: str, year: int | None) -> list[Row]:
    """Rows of the figure, one per edition (the latest year with a value when no year)."""
    idx, key = ctx.idx, _key(claim)
    com = claim.commodity or ""
    if year is not None:
        return list(idx.figure(com, key, country, year))
    out: list[Row] = []
    for ed in idx.editions_with(com, key):
        # an edition published after the article: only years that had ended by the article's
        # date (a figure with no year cannot be one for a year still running or to come)
        y = idx.latest_year(com, key, ed, country, before=int(ctx.date[:4]) if ctx.later(ed) else None)
        if y is not None:
            out += [r for r in idx.figure(com, key, country, y) if r.edition == ed]
    return out


def _price_commodity(claim: Claim, ctx: _Ctx) -> str | None:
    """The product a price claim is about: the commodity itself, or its oxide or metal."""
    com = claim.commodity or ""
    basis = _norm_basis(claim.basis)
    order = [f"{com}_oxide", com, f"{com}_metal"] if basis == "REO" else [com, f"{com}_oxide", f"{com}_metal"]
    if claim.product in ("metal", "oxide"):
        # "neodymium metal", "NdPr metal": never the oxide's price (nor the metal's for an oxide)
        other = "oxide" if claim.product == "metal" else "metal"
        order = [c for c in (f"{com}_{claim.product}", com) if not c.endswith(f"_{other}")]
    return next((c for c in order if ctx.idx.editions_with(c, "price")), None) or _sole_price_series(claim, ctx)


def _sole_price_series(claim: Claim, ctx: _Ctx) -> str | None:
    """(twenty-sixth session) The one price series the dataset holds for a commodity whose price it
    gives only for a product: USGS MCS prices lithium only as battery-grade lithium carbonate, so "the
    lithium price" (US$46,000/t in 2023) is that series (labelling rule 1: USGS MCS is the reference for
    prices; README readings C3146, C961, C1026). None when the commodity has several price series (cobalt,
    graphite, gallium: which one the text means is not said), when the series' key also indexes another
    commodity's prices (``lme_cash``), or when the text names a metal or an oxide the series is not."""
    com = claim.commodity or ""
    if not com or claim.product in ("metal", "oxide") or claim.country not in (None, "WLD"):
        return None  # (a country's price, "Australian spodumene at $671 a tonne", is an export unit value)
    series = ctx.idx.price_series_of(com)
    if len(series) != 1:
        return None
    key = series[0]
    rows = [r for (c, k, _e, _y), rs in ctx.idx.by_table.items() if c == key and k == "price" for r in rs]
    if not rows or any(r.commodity != com for r in rows):
        return None
    if any(f.group(0).lower().rstrip("s") not in key.replace("_", " ") for f in _PRICE_FORM.finditer(claim.sentence)):
        return None  # "the price of lithium hydroxide", "spodumene": another product (rule 6, C18792)
    if _MULTI_YEAR_AVERAGE.search(claim.sentence):
        return None  # "an average of $671 a tonne over the three years to 2021": no annual average (C4227)
    if claim.unit not in _MASS_PRICE_UNITS or any(r.unit not in _MASS_PRICE_UNITS for r in rows):
        return None  # "US$16,800/t" of concentrate against a series per mtu of WO3: another unit and market (C4204)
    return key


#: prices per unit of mass of the product itself (a price per mtu of WO3 is per unit of content)
_MASS_PRICE_UNITS = frozenset({"USD/t", "USD/kg", "USD/lb"})
#: an average over several years, which no annual average is
_MULTI_YEAR_AVERAGE = re.compile(r"\bover\s+the\s+(?:past\s+|last\s+|previous\s+)?(?:two|three|four|five|six|seven|eight|nine"
                                 r"|ten|\d{1,2})\s+years\b", re.I)


#: a product form named with a price: the series of another form does not settle it
_PRICE_FORM = re.compile(r"\b(?:hydroxides?|carbonates?|spodumene|concentrates?|ores?|sulphates?|sulfates?|chlorides?"
                         r"|oxides?|metal|powders?|APT|paratungstate|ferro[\w-]*|SC6|brine)\b", re.I)


def _quantity(claim: Claim, ctx: _Ctx, given: list[Row] | None = None) -> Verdict:
    if claim.measure == "price":
        product = _price_commodity(claim, ctx)
        if product is None:
            what = f"{claim.commodity} {claim.product}" if claim.product in ("metal", "oxide") else claim.commodity
            return Verdict("unverifiable", f"no price series for {what} in the dataset",
                           needs=f"a price series for {what}")
        claim.commodity, claim.country, claim.basis = product, claim.country or "WLD", None
    if claim.country is None:
        return Verdict("unverifiable", "the sentence does not say which country the figure is for",
                       needs="the country (or world) the figure refers to")
    if claim.value is None or claim.unit is None:
        return Verdict("unverifiable", "no figure with a unit", needs="a figure with its unit")
    cbase, cf = UNIT_FACTORS.get(claim.unit, (claim.unit, 1.0))
    value, prec = claim.value * cf, (claim.precision or 0.0) * cf
    rows = _figures(claim, ctx, claim.country, claim.year) if given is None else given
    rows = [r for r in rows if r.value is not None or r.qualifier in ("NA", "W")]
    if claim.measure == "price":
        rows = [r for r in rows if r.unit in UNIT_FACTORS and UNIT_FACTORS[r.unit][0] == cbase]
    if not rows:
        return Verdict("unverifiable", f"no figure for {claim.subject or 'this'} in the dataset",
                       needs=_needs(claim))
    same_unit = [r for r in rows if UNIT_FACTORS.get(r.unit, (r.unit, 1.0))[0] == cbase]
    if not same_unit:
        return Verdict("unverifiable", f"the article gives {claim.unit}; the dataset has {rows[0].unit}",
                       needs=f"{_needs(claim)} in {claim.unit}",
                       evidence=[ctx.ev(r, claim) for r in rows[:3]])
    rows = same_unit
    if claim.basis:
        cb = _norm_basis(claim.basis)
        ok = [r for r in rows if not r.basis or _norm_basis(r.basis) == cb]
        if not ok:
            rb = _norm_basis(rows[0].basis)
            return Verdict("unverifiable",
                           f"the article gives the figure as {cb}; the dataset has it as {rb}, which is not the same quantity",
                           needs=f"{_MEASURE_WORDS.get(_key(claim), claim.measure)} of {_com(claim.commodity)} for {_name(claim.country)} on a {cb} basis",
                           evidence=[ctx.ev(r, claim) for r in rows[:3]])
        rows = ok
    iv = claim_interval(value, prec, claim.hedge)
    loose_iv = claim_interval(value, prec, claim.hedge, LOOSE)
    order = ctx.order(claim, [r.edition for r in rows])
    by_ed = {r.edition: r for r in rows}
    ranked = [by_ed[e] for e in order]
    primary = next((r for r in ranked if ctx.is_current(claim, r.edition, r.year)), None)
    evidence = [ctx.ev(r, claim) for r in ranked]
    shown = (claim.text.strip() if claim.text and _RANGE_WORDS.search(claim.text) else _fmt(claim.value, claim.unit)) \
        + _read_as(iv, cf, claim.unit)
    newest = max((r.year for r in ranked), default=None)
    if claim.year is None and newest is not None and newest < int(ctx.date[:4]) - 2:
        return Verdict("unverifiable", f"no year given, and the newest figure in the dataset is for {newest}",
                       evidence=evidence, needs=f"{_MEASURE_WORDS.get(_key(claim), claim.measure)} of {_com(claim.commodity)} for {_name(claim.country)} for a recent year")
    if primary is not None and primary.value is None:
        return Verdict("unverifiable",
                       f"{primary.edition} has no figure ({primary.qualifier}: withheld or not available)",
                       evidence=evidence, edition=primary.edition, needs=_needs(claim))

    def say(r: Row) -> str:
        bound = {">": "more than ", "<": "less than "}.get(r.qualifier or "", "")
        return f"{bound}{_fmt(r.value, r.unit)} {r.basis or ''} for {r.year}".replace("  ", " ")

    def fits(r: Row) -> bool:
        # the data's precision is read for the edition of the day only: an older edition's coarse figure
        # is no evidence of what the text copied (a firm's 725.3 kt against a past 730,000 t)
        return _matches(r, iv) or _fits_at_data_precision(r, value, prec, claim.hedge)

    hit = next((r for r in ranked if ctx.is_current(claim, r.edition, r.year) and r.value is not None and fits(r)), None)
    if hit is not None:
        also = f"; {primary.edition} gives {say(primary)}" if primary is not None and hit is not primary else ""
        when = ("the edition before the current one, as the text says" if claim.edition_ref
                else "named in the text" if claim.edition else f"current on {ctx.date}")
        return Verdict("supported", f"{hit.edition}, {when}, gives {say(hit)} (stated {shown}){also}",
                       evidence=evidence, edition=hit.edition)
    others = [r for r in ranked if not ctx.is_current(claim, r.edition, r.year) and ctx.allowed(claim, r.edition)
              and r.value is not None and _matches(r, iv)]
    if others:
        o = others[0]
        cur = f"; {primary.edition}, current on {ctx.date}, gives {say(primary)}" if primary else \
              f"; no edition current on {ctx.date} has it"
        return Verdict("supported_by_other_edition", f"{o.edition} gives {say(o)} (stated {shown}){cur}",
                       evidence=evidence, edition=o.edition)
    ref = primary or next((r for r in ranked if r.value is not None), None)
    if ref is None:
        return Verdict("unverifiable", "every edition withholds the figure", evidence=evidence,
                       needs=_needs(claim))
    if primary is None and ctx.later(ref.edition):
        return _only_later(ref.edition, ctx, f"{say(ref)} (stated {shown})", evidence, _needs(claim))
    if primary is None and _only_superseded_disagrees(claim, ctx, ref.edition):
        return _only_superseded(ref.edition, ctx, f"{say(ref)} (stated {shown})", evidence, _needs(claim))
    if _bound_only(ref, iv):
        return Verdict("unverifiable", f"{ref.edition} gives only a bound ({ref.qualifier} {_fmt(ref.value, ref.unit)}"
                       f" for {ref.year}); the stated {shown} lies inside it", evidence=evidence, edition=ref.edition,
                       needs=f"a point figure for {_MEASURE_WORDS.get(_key(claim), claim.measure)} of {_com(claim.commodity)} for {_name(claim.country)}")
    if _ore_tonnage(claim, ref, value):
        return Verdict("unverifiable", f"the sentence speaks of ore, and {_fmt(claim.value, claim.unit)} is more than {_ORE_RATIO} times "
                       f"{ref.edition}'s {say(ref)}: a tonnage of ore, another basis than the contained "
                       f"{ref.basis} (labelling rule 6)", evidence=evidence, edition=ref.edition,
                       needs=f"{_MEASURE_WORDS.get(_key(claim), claim.measure)} of {_com(claim.commodity)} ore "
                       f"for {_name(claim.country)} by gross weight")
    # a figure outside its stated precision (and hedge) is wrong (labelling rule 5 is the tolerance,
    # rule 3 (c)); the explanation says when it is close
    close = " (close, but outside the stated precision)" if _matches(ref, loose_iv) else ""
    return Verdict("refuted", f"{ref.edition} gives {say(ref)}, not {shown}{close}", evidence=evidence,
                   edition=ref.edition)


#: "nickel ore output ... 175.6 million tonnes", "22.3 billion tonnes of nickel ore reserves, ... 5.3
#: billion and 17 billion tonnes": a sentence that names the commodity's ore, where a figure the basis
#: window of extract.py did not reach is still ore tonnage
_ORE_WORD = re.compile(r"\bores?\b", re.I)
#: a figure this many times the contained-content figure of the data is no misreport of it: ore grades
#: of the bundled commodities are a few percent at most, so ore tonnage runs tens of times the content
_ORE_RATIO = 10


def _ore_tonnage(claim: Claim, ref: Row, value: float) -> bool:
    """A stated tonnage in a sentence about the commodity's ore, more than ``_ORE_RATIO`` times the
    data's figure on a contained basis (REO, metal content): ore tonnage, another basis (rule 6), which
    the data cannot refute."""
    if claim.basis or ref.value is None or ref.value <= 0 or not ref.basis \
            or _norm_basis(ref.basis) not in ("REO", "metal content"):
        return False
    rv = ref.value * UNIT_FACTORS.get(ref.unit or "", ("", 1.0))[1]
    return value > _ORE_RATIO * rv and _ORE_WORD.search(claim.sentence) is not None


def _read_as(iv: tuple[float, float], factor: float, unit: str | None) -> str:
    """The interval a stated figure was read as (its tolerance), in the stated unit."""
    lo, hi = (x / factor if factor else x for x in iv)
    if math.isinf(lo) and math.isinf(hi):
        return ""
    return f", read as {_fmt(lo)}..{_fmt(hi)}" if not math.isinf(lo) else f", read as at most {_fmt(hi)}"


def _only_later(edition: str, ctx: _Ctx, said: str, evidence: list[Evidence], needs: str) -> Verdict:
    """Only an edition published after the article holds the figure, and it disagrees."""
    return Verdict("unverifiable", f"only {edition}, published after {ctx.date}, has it: {said}; a later "
                   "revision cannot show what the source said on the day", evidence=evidence,
                   edition=edition, needs=needs)


def _unseen_year(claim: Claim, ctx: _Ctx, edition: str, year: int, primary: Any) -> bool:
    """A sentence that names no year speaks of the current edition's latest year
    (rule 2): an edition published after the article, read at a later data year than the
    current edition holds, gives a figure no reader could see on the day, so its match is
    not another edition's support of the sentence (an older edition's figure may be)."""
    return claim.year is None and primary is not None and ctx.later(edition) and year > primary[1]


def _compiled_later(ctx: _Ctx, edition: str) -> bool:
    """Whether ``edition`` is a compilation published after the article."""
    info = ctx.idx.editions.get(edition)
    return info is not None and later_compilation(info.series, info.published, ctx.date, COMPILATIONS)


def _only_superseded_disagrees(claim: Claim, ctx: _Ctx, edition: str) -> bool:
    """Only an edition no longer current on the date (of a series with a current edition)
    holds the figure, and it disagrees: labelling rule 3 lets only the current edition refute
    (README C020), so such a figure stays unverifiable. A named edition ("MCS 2023 said")
    is the one to judge by, so it still refutes."""
    if claim.edition or ctx.later(edition):
        return False
    series = ctx.idx.series_of(edition)
    return bool(series) and ctx.current.get(series) not in (None, edition)


def _only_superseded(edition: str, ctx: _Ctx, said: str, evidence: list[Evidence], needs: str) -> Verdict:
    cur = ctx.current.get(ctx.idx.series_of(edition))
    return Verdict("unverifiable", f"only {edition}, superseded by {cur} on {ctx.date}, has it: {said}; only the "
                   f"edition current on the day can refute a figure, and {cur} does not hold it",
                   evidence=evidence, edition=edition, needs=f"{needs} in {cur}")


def _last_digit_step(x: float) -> float | None:
    """The unit of a published figure's last significant digit (230,000 -> 10,000; 45,500 -> 100;
    1,794.824 -> 0.001), None for zero."""
    if not x or not math.isfinite(x):
        return None
    txt = f"{abs(x):.6f}".rstrip("0").rstrip(".")
    if "." in txt:
        return 10.0 ** -len(txt.split(".")[1])
    return 10.0 ** (len(txt) - len(txt.rstrip("0")))


def _fits_at_data_precision(r: Row, value: float, prec: float, hedge: str | None) -> bool:
    """(twenty-fourth session) A figure stated more finely than the data publish it holds when it rounds
    to the published figure at the data's own precision: a firm's or a government's 45,455 t against
    USGS's 45,000 t, Fastmarkets' 232,000 t against MCS's 230,000 t (the labels C5772, C8752, C14559,
    C6461: "matches at USGS's precision"; 97,346 t does not reach 98,000 t). Plain point figures only
    (a hedged or bounded figure has its own interval, README rule 5)."""
    if hedge or r.qualifier not in (None, "", "~") or r.value is None:
        return False
    ri = _row_interval(r)
    if ri is None or ri[0] != ri[1]:
        return False
    f = UNIT_FACTORS.get(r.unit, (r.unit, 1.0))[1]
    step = _last_digit_step(r.value)
    if step is None:
        return False
    step *= f
    # the data must be coarser than the text (two significant figures at least, rule 5's reading of an integer)
    if not prec or prec >= step / 2 or step < 100 * f or abs(ri[0]) < 10 * step:
        return False
    return abs(value - ri[0]) <= step / 2 + 1e-9


def _matches(r: Row, iv: tuple[float, float]) -> bool:
    """Whether a row agrees with a stated interval. A row that is only a bound ("more than
    90 Mt") agrees only with a claim that every value it allows satisfies ("over 80 Mt")."""
    ri = _row_interval(r)
    if ri is None:
        return False
    if r.qualifier in (">", "<"):
        # "world reserves are about 4.6 Mt" against a printed "> 4.6 Mt": the text repeats the
        # printed figure (labelling rule 7 only leaves totals beyond the bound unsettled)
        printed = ri[0] if r.qualifier == ">" else ri[1]
        # ("more than 90 Mt" repeats a printed "> 90 Mt": the strict bound's start is the printed one)
        return (iv[0] <= ri[0] * (1 + 2 * _STRICT_EPS) + 1e-9 and ri[1] <= iv[1]) or (not math.isinf(iv[0]) and not math.isinf(iv[1])
                                                       and iv[0] <= printed <= iv[1])
    return _overlap(ri, iv)


def _bound_only(r: Row, iv: tuple[float, float]) -> bool:
    """The row is a bound that the stated figure falls inside: neither confirmed nor refuted."""
    ri = _row_interval(r)
    return ri is not None and r.qualifier in (">", "<") and _overlap(ri, iv)


# ------------------------------------------------------------------ share
def _data_interval(r: Row) -> tuple[float, float] | None:
    hit = _DATA_INTERVALS.get(id(r))  # a pure function of the (frozen) row: read once per row
    if hit is not None and hit[0] is r:
        return hit[1]
    if len(_DATA_INTERVALS) >= 100_000:
        _DATA_INTERVALS.clear()
    bv = r.base_value()
    if bv is None:
        _DATA_INTERVALS[id(r)] = (r, None)
        return None
    v = bv[1]
    p = precision_of(f"{r.value:.0f}" if r.value is not None and float(r.value).is_integer() else str(r.value))
    p *= UNIT_FACTORS.get(r.unit, (r.unit, 1.0))[1]
    _DATA_INTERVALS[id(r)] = (r, (v - p, v + p))
    return v - p, v + p


#: :func:`_data_interval` of each row met, by id (the row kept to check it is the same object)
_DATA_INTERVALS: dict[int, tuple[Row, tuple[float, float] | None]] = {}


def _import_share(claim: Claim, ctx: _Ctx) -> Verdict:
    """A partner's share of a buyer's imports against ``import_sources`` (USGS MCS "Import
    Sources" lines), edition by edition; a buyer, commodity or partner the table does not
    hold is unverifiable, never refuted."""
    buyer = str((claim.comparison or {}).get("buyer") or "")
    partner, com = claim.country, claim.commodity or ""
    needs = f"the import sources of {_com(com)} for {_name(buyer)} (USGS MCS Import Sources line)"
    rows = ctx.idx.import_sources.get((buyer, com), [])
    if not rows:
        return Verdict("unverifiable", f"the dataset has no import sources of {_com(com)} for {_name(buyer)}",
                       needs=needs)
    if partner is None:
        return Verdict("unverifiable", "the sentence does not say which partner supplies the share",
                       needs="the partner country")
    iv = claim_interval(claim.share or 0.0, (claim.precision or 0.5) / 100, claim.hedge)
    loose_iv = claim_interval(claim.share or 0.0, (claim.precision or 0.5) / 100, claim.hedge, LOOSE)
    mine = [r for r in rows if r.get("partner") == partner and r.get("share") is not None]
    if not mine:
        return Verdict("unverifiable", f"{_name(partner)} is not listed among the import sources of {_com(com)} "
                       f"for {_name(buyer)}", needs=needs)
    by_ed = {str(r["edition"]): r for r in mine}
    order = ctx.order(claim, list(by_ed))

    def ev(r: dict[str, Any]) -> Evidence:
        info = ctx.idx.editions.get(str(r["edition"]))
        return Evidence(edition=str(r["edition"]), source_id=str(r.get("source_id") or ""), commodity=com,
                        measure="import_share", country=f"{buyer}<-{partner}", year=None, value=r["share"],
                        unit="fraction", published=info.published if info else None,
                        locator=str(r.get("locator") or "") or None, current=ctx.is_current(claim, str(r["edition"])),
                        derived=f"period {r.get('period')}")

    def rng(r: dict[str, Any]) -> tuple[float, float]:
        return float(r["share"]) - 0.005, float(r["share"]) + 0.005  # published to whole percent

    evidence = [ev(by_ed[e]) for e in order]
    stated = _stated_share(claim)

    def say(r: dict[str, Any]) -> str:
        return f"{r['edition']}: {float(r['share']):.0%} of {_name(buyer)} imports of {_com(com)} ({r.get('period')})"

    cur = [by_ed[e] for e in order if ctx.is_current(claim, e)]
    if cur and _overlap(rng(cur[0]), iv):
        return Verdict("supported", f"{say(cur[0])}; stated {stated}", evidence, str(cur[0]["edition"]))
    other = next((by_ed[e] for e in order if not ctx.is_current(claim, e) and ctx.allowed(claim, e)
                  and _overlap(rng(by_ed[e]), iv)), None)
    if other is not None and (cur or not ctx.later(str(other["edition"]))):
        return Verdict("supported_by_other_edition", f"{say(other)}; stated {stated}", evidence, str(other["edition"]))
    if not cur:
        ref = by_ed[order[0]]
        return _only_later(str(ref["edition"]), ctx, f"{say(ref)}; stated {stated}", evidence, needs)
    outside = _outside_period(claim.year, str(cur[0].get("period") or ""))
    if outside:
        # "77% of U.S. imports in 2024" against a 2020-2023 share: another period, not a contradiction
        return Verdict("unverifiable", f"{say(cur[0])}; the text gives {claim.year}, which that period does not "
                       f"cover (stated {stated})", evidence, str(cur[0]["edition"]),
                       needs=f"{_name(buyer)} import sources of {_com(com)} for {claim.year}")
    close = " (close, but outside the stated precision)" if _overlap(rng(cur[0]), loose_iv) else ""
    return Verdict("refuted", f"{say(cur[0])}, not {stated}{close}", evidence, str(cur[0]["edition"]))


def _share_precision(claim: Claim) -> float:
    """Half a unit of a stated percentage's last significant digit, in points (labelling
    rule 5): a whole multiple of ten ("70%") is stated to the nearest ten points, any
    other whole percentage to the point, a decimal to its last decimal."""
    v = claim.value
    # "over 80%" needs a larger value, "nearly 80%" 72%..81.6%: the hedge, not the rounding, decides
    bound = (claim.hedge or "").lower() in _ABOVE_HEDGES | _UNDER_HEDGES | _BELOW_HEDGES
    if not bound and claim.precision in (None, 0.5) and v is not None and claim.unit == "percent" \
            and float(v).is_integer() and v % 10 == 0 and 0 < v < 100 \
            and not re.search(rf"\b{int(v)}\.0", claim.text or ""):
        return 5.0
    return claim.precision or 0.5


def _share(claim: Claim, ctx: _Ctx, later_latest: bool = True) -> Verdict:
    if claim.comparison and claim.comparison.get("unsized") == "share" and claim.comparison.get("partner"):
        # "mainly shipped to China": exports by partner, which the dataset does not hold
        return Verdict("unverifiable", "a share of exports going to one partner; the dataset holds no trade by partner",
                       needs=f"{_name(claim.country)} exports of {_com(claim.commodity)} by partner")
    heavy = judge_heavy_dependence(claim, _share_at_any_stage, _import_share, ctx) if claim.comparison else None
    if heavy is not None:
        return heavy  # "heavily reliant on China": more than half (critmin.claims.dependence)
    if claim.comparison and claim.comparison.get("unsized") == "share":
        # "a large share of": a share in words without a size has no threshold to test
        return Verdict("unverifiable", "a share stated without a size ('a large share') has no threshold to test",
                       needs="the share as a figure")
    if claim.comparison and claim.comparison.get("buyer"):
        return _import_share(claim, ctx)
    if claim.comparison and claim.comparison.get("holder"):
        return Verdict("unverifiable", "a share held by a country's companies (at home and abroad), not its output",
                       needs="output by owner nationality of the companies")
    if claim.comparison and claim.comparison.get("denominator"):
        return Verdict("unverifiable", "the percentage is of a national total the dataset does not hold",
                       needs="the national total the percentage refers to")
    if claim.country is None and claim.comparison and claim.comparison.get("top"):
        # "the top five countries make up 98%": the summed share of the first k countries of
        # the current table (labelling rule 8 ranks)
        top = _top_countries(claim, ctx, int(claim.comparison["top"]))
        if top:
            claim.comparison = {**claim.comparison, "countries": top}
            claim.country = top[0]
    if claim.comparison and claim.comparison.get("of_product"):
        made = claim.comparison["of_product"]
        return Verdict("unverifiable", f"the percentage is of {made}, a made good no series of the dataset holds",
                       needs=f"world output of {made} by country")
    if claim.country is None or claim.country in AGGREGATES:
        return Verdict("unverifiable", "the sentence does not say whose share it is",
                       needs="the country the share belongs to")
    idx, key = ctx.idx, _key(claim)
    com = claim.commodity or ""
    share = claim.share or 0.0
    iv = claim_interval(share, _share_precision(claim) / 100, claim.hedge)
    iv = hedged_range(claim, iv)  # "approximately 70-85%": the hedge widens each end
    stage = (claim.stage or "mining") if claim.measure == "production" else claim.stage
    cands: list[tuple[str, int, tuple[float, float], list[Row]]] = []
    bounds: list[tuple[str, int, tuple[float, float], list[Row]]] = []  # world total only a lower bound
    # shares published as such (IEA)
    skey = {"capacity": "capacity_share", "production": "production_share"}.get(claim.measure or "", "")
    published = [(ed, com) for ed in (idx.editions_with(com, skey) if skey else ())]
    # a published share no edition of the day holds, nor the figures to compute it (a refining or
    # magnet share before the first outlook that gives it): a later edition's latest year, as for
    # computed shares below (rule 3 (b), README readings C4086, C6767, C5967; a mismatch stays
    # unverifiable through _only_later)
    # (not for a first place read from the share, ``later_latest`` False: a rank keeps the editions of its years)
    none_published = later_latest and claim.year is None and bool(published) and not any(
        ctx.is_current(claim, ed) for ed, _ in published) and not any(
        ctx.is_current(claim, ed) for ed in idx.editions_with(com, key))
    # (IEA GCMO 2024 gives shares of the magnet rare earths only: another basis than all rare
    # earths, README rule 6 as the labels from C284 on read it, so it answers no rare-earth share)
    for ed, src in published:
        y = claim.year or _latest_ended(ctx, src, skey, ed, claim.country)
        if y is None and none_published and ctx.later(ed):
            y = idx.latest_year(src, skey, ed, claim.country)
        if y is None:
            continue
        tab = idx.table(src, skey, ed, y)
        # a stage the text does not name: mining when the table has it, else the table's own stage
        any_stage = claim.stage is None and not any(r.stage == stage for r in tab)
        for r in tab:
            if r.country == claim.country and r.value is not None and (stage is None or r.stage == stage or any_stage):
                p = precision_of(str(r.value).rstrip("0").rstrip(".") or "0")
                lo, hi = (r.value - p, r.value + p) if r.qualifier != "~" else \
                    (r.value - APPROX_ROW_PP, r.value + APPROX_ROW_PP)
                cands.append((ed, y, (lo, hi), [r]))
    # shares computed from a country's figure and the world total of the same edition
    together = [x for x in (claim.comparison or {}).get("countries") or [] if x not in AGGREGATES]
    if together:
        cands.clear()  # published shares are one country's
    # a quantity no edition of the day holds (a refining share before the first outlook that gives
    # it): a later edition's latest year is what the present tense can be matched with (rule 3 (b),
    # README readings C016, C290, C4723); disagreeing, it stays unverifiable (_only_later)
    none_current = claim.year is None and not cands and not any(
        ctx.is_current(claim, ed) for ed in idx.editions_with(com, key))
    for ed in idx.editions_with(com, key):
        y = claim.year or _latest_ended(ctx, com, key, ed, claim.country)
        if y is None and none_current and ctx.later(ed):
            y = idx.latest_year(com, key, ed, claim.country)
        if y is None:
            continue
        tab = idx.table(com, key, ed, y)
        c = idx.valued(com, key, ed, y).get(claim.country) if claim.country is not None else None  # (its first valued row)
        w = next((r for r in tab if r.country == "WLD" and r.value is not None and r.qualifier not in (">", "<")), None)
        w_low = next((r for r in tab if r.country == "WLD" and r.value and r.qualifier == ">"), None)
        if c is not None and w is None and w_low is not None:
            ci = _data_interval(c)
            held = [c]
            if together:  # "the two hold 50%" of reserves whose world total is a bound
                by = {x.country: x for x in reversed(tab) if x.country in together and x.value is not None}
                held = [by[m] for m in together if m in by]
                ivs = [iv_ for x in held if (iv_ := _data_interval(x)) is not None]
                ci = (sum(x[0] for x in ivs), sum(x[1] for x in ivs)) \
                    if len(held) == len(together) == len(ivs) else None
            if ci is not None:
                bounds.append((ed, y, (0.0, ci[1] / (w_low.value or 1.0) / UNIT_FACTORS.get(w_low.unit, (w_low.unit, 1.0))[1]), [*held, w_low]))
            continue
        if c is None or w is None or not w.value:
            continue
        ci, wi = _data_interval(c), _data_interval(w)
        members: list[Row] = [c]
        if together:
            # "Australia and Chile together produce 70%": the sum of the countries' figures
            found = {x.country: x for x in reversed(tab) if x.country in together and x.value is not None}
            members = [found[m] for m in together if m in found]
            ivs = [iv_ for x in members if (iv_ := _data_interval(x)) is not None]
            if len(members) != len(together) or len(ivs) != len(members):
                continue
            ci = (sum(x[0] for x in ivs), sum(x[1] for x in ivs))
        if ci is None or wi is None or wi[0] <= 0:
            continue
        cands.append((ed, y, _point_share(members, w) or (ci[0] / wi[1], ci[1] / wi[0]), [*members, w]))
    if not cands and bounds:
        return _share_upper_bound(claim, ctx, bounds, iv)
    if not cands:
        return Verdict("unverifiable", f"no share or world total for {claim.subject}", needs=_needs(
            claim, f"{_MEASURE_WORDS.get(key, key)} of {_com(com)} for {_name(claim.country)} and the world"))
    if claim.basis in ("heavy rare earths", "light rare earths"):
        return Verdict("unverifiable", f"the share is of {claim.basis}, a subset of the group; the data give all rare "
                       "earths (REO)", needs=f"production of {claim.basis} by country")
    if claim.basis == "total supply" and com in _RECYCLED_SUPPLY \
            and not output_named_before(claim.sentence, claim.span[0] - claim.sentence_span[0]):
        return Verdict("unverifiable", f"the share is of total {_com(com)} supply, which includes recycled metal; "
                       "the data give mine production only",
                       needs=f"total supply of {_com(com)} (mined and recycled) by country, e.g. a PGM market report")
    # eighteenth session: a share of the ore mined ("82.7 per cent of global raw tungsten ore mined",
    # "70% of the global extraction of rare earth ores", "the world's largest producer of lithium ore,
    # accounting for 52%") is read as a share of mine output, as the labels read it (C202, C581,
    # C1802, C2266, C2908, C3999): a share has no tonnage whose basis could differ (README rule 6 is
    # about figures; ore tonnages stay unverifiable, ``_ore_tonnage``)
    order = ctx.order(claim, [c[0] for c in cands])
    cands.sort(key=lambda c: order.index(c[0]))
    evidence: list[Evidence] = []
    for _ed, y, (lo, hi), rows in cands:
        for r in rows:
            evidence.append(ctx.ev(r, claim, derived=f"share {lo:.1%}..{hi:.1%} ({y})"))
    stated = f"{_stated_share(claim)} (read as {max(iv[0], 0):.1%}..{min(iv[1], 1):.1%})"
    first = cands[0]
    primary = next((c for c in cands if ctx.is_current(claim, c[0], c[1])), None)

    def rng(c: tuple[str, int, tuple[float, float], list[Row]]) -> str:
        lo, hi = c[2]
        mid = c[3][0].value if len(c[3]) == 1 else (c[3][0].value or 0) / (c[3][1].value or 1) if len(c[3]) == 2 \
            else (lo + hi) / 2
        sub = f" (for {_com(c[3][0].commodity)})" if c[3][0].commodity != com else ""
        if hi - lo < 1e-6:
            part = " + ".join(_fmt(r.value, r.unit) for r in c[3][:-1])
            return f"{lo:.1%}{sub} ({part} of {_fmt(c[3][-1].value, c[3][-1].unit)}) in {c[1]}"
        return f"{(mid or 0):.0%}{sub} ({lo:.1%}..{hi:.1%} given the rounding) in {c[1]}"

    hit = next((c for c in cands if ctx.is_current(claim, c[0], c[1]) and _overlap(c[2], iv)), None)
    # (no series is preferred here: without an attribution a share that matches any source
    # current on the date is supported, IEA CMDE's mined shares as much as USGS MCS's, README
    # rule 1 and the tenth-batch labels C1823, C2206, C2601)
    if hit:
        return Verdict("supported", f"{hit[0]}: {rng(hit)}; stated {stated}", evidence, hit[0])
    bound_now = _current_bound_share(claim, ctx, bounds, iv) if primary is None else None
    if bound_now is not None and bound_now.verdict == "supported":
        return bound_now  # rule 3 (a) before (b): the current edition's share over its lower-bound total matches
    other = next((c for c in cands if not ctx.is_current(claim, c[0], c[1]) and ctx.allowed(claim, c[0])
                  and _overlap(c[2], iv) and not _unseen_year(claim, ctx, c[0], c[1], primary)), None)
    if other:
        cur = f"; {primary[0]} (current) gives {rng(primary)}" if primary else ""
        if bound_now is not None and bound_now.verdict == "refuted":
            # the current edition holds the figures (over a lower-bound total) and disagrees: say so
            # and cite them, so a sentence that follows the current edition elsewhere can be judged whole
            cur = f"; current: {bound_now.explanation}"
            evidence = evidence + bound_now.evidence
        return Verdict("supported_by_other_edition", f"{other[0]}: {rng(other)}; stated {stated}{cur}",
                       evidence, other[0])
    if primary is None and any(ctx.is_current(claim, b[0], b[1]) for b in bounds):
        # the current edition gives the world total only as a bound: it, not an older
        # edition's full total, decides whether the share is refuted (rule 3: only the
        # current edition refutes)
        return _share_upper_bound(claim, ctx, bounds, iv)
    ref = primary or first
    if primary is None and ctx.later(ref[0]):
        return _only_later(ref[0], ctx, f"{rng(ref)}; stated {stated}", evidence, _needs(
            claim, f"{_MEASURE_WORDS.get(key, key)} of {_com(com)} for {_name(claim.country)} and the world"))
    if primary is None and _only_superseded_disagrees(claim, ctx, ref[0]):
        return _only_superseded(ref[0], ctx, f"{rng(ref)}; stated {stated}", evidence, _needs(
            claim, f"{_MEASURE_WORDS.get(key, key)} of {_com(com)} for {_name(claim.country)} and the world"))
    # a share outside its stated precision (and hedge) is wrong, not "right only loosely": 67% for 65.4%,
    # 94% for 98.7% are refuted (labelling rule 5: the stated precision is the tolerance)
    ref_series = ctx.idx.series_of(ref[0])
    if primary is None and ref_series.startswith("IEA") and ctx.current.get(ref_series) not in (None, ref[0]):
        # only an older IEA outlook (superseded on the day by a newer one of its series) gives
        # this country's share, and it disagrees: the current outlook does not hold it, so it
        # cannot be refuted (labelling rule 3 d)
        return Verdict("unverifiable", f"only {ref[0]}, no longer current on {ctx.date}, gives {rng(ref)}; "
                       f"stated {stated}", evidence, ref[0], needs=_needs(
                           claim, f"{_MEASURE_WORDS.get(key, key)} of {_com(com)} for {_name(claim.country)} "
                                  "in the current outlook"))
    if _compiled_later(ctx, ref[0]):
        # a compilation published after the article settles nothing against it (rules 3, 11)
        return _only_later(ref[0], ctx, f"{rng(ref)}; stated {stated}", evidence, _needs(
            claim, f"{_MEASURE_WORDS.get(key, key)} of {_com(com)} for {_name(claim.country)} and the world"))
    return Verdict("refuted", f"{ref[0]} gives {rng(ref)}, not {stated}", evidence, ref[0])


def _top_countries(claim: Claim, ctx: _Ctx, k: int) -> list[str]:
    """The first ``k`` countries of the current edition's table for the claim's measure (its
    year, else the latest), when the k-th place is not shared with the next country."""
    idx, key, com = ctx.idx, _key(claim), claim.commodity or ""
    for ed in ctx.order(claim, idx.editions_with(com, key)):
        if not ctx.is_current(claim, ed):
            continue
        y = claim.year or _latest_ended(ctx, com, key, ed)
        if y is None:
            continue
        ranking = idx.ranking(com, key, ed, y)
        if len(ranking) > k and ranking[k][0] <= k:
            return []  # a tie across the k-th place: no one group of k
        if len(ranking) >= k:
            return [r.country for _, r in ranking[:k]]
    return []


#: stages an unstaged "production" or "output" share may also be read at, after mining
_UNSTAGED_SHARE_STAGES = ("refining",)


def _at_other_stages(claim: Claim, ctx: _Ctx, judge_at: Callable[[Claim, _Ctx], Verdict]) -> Iterator[tuple[str, Verdict]]:
    """The verdict of ``judge_at`` with the claim read at each later stage in turn (the claim's
    stage is restored after each)."""
    for stage in _UNSTAGED_SHARE_STAGES:
        claim.stage = stage
        try:
            w = judge_at(claim, ctx)
        finally:
            claim.stage = None
        yield stage, w


#: a percentage figure of a sentence (where one share's own phrase ends and the next one's begins)
_PERCENT_FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|percent\b|per\s?cent\b|p\.\s?c\b)", re.I)


def _share_phrase(claim: Claim) -> str:
    """The words of the sentence that describe this share's figure: from the figure to the next
    percentage, and the words before it too when no other percentage comes first. In "China
    produces 61 percent of the globally mined rare earths and 92 percent of the world's output"
    "mined" describes the 61 %, not the 92 % (twenty-first session). The whole sentence when the
    figure cannot be found in it."""
    s = claim.sentence
    at = s.find(claim.text) if claim.text else -1
    if at < 0:
        return s
    figures = list(_PERCENT_FIGURE.finditer(s))
    before = [m for m in figures if m.end() <= at]
    after = [m for m in figures if m.start() >= at + len(claim.text)]
    start = at if before else 0
    end = after[0].start() if after else len(s)
    return s[start:end]


def _share_at_any_stage(claim: Claim, ctx: _Ctx) -> Verdict:
    """ "China supplies over 90% of the world's output": a production share that names no stage
    is read at mining first; when the current data do not support it there, a later stage
    (refining) whose current share matches supports it (labelling rule 11: an unstaged
    production matches whichever bundled stage the figure fits). Words of mining ("mined",
    "ore") keep it at mining."""
    v = _share(claim, ctx)
    if v.verdict == "supported" or claim.measure != "production" or claim.stage is not None \
            or _MINED_WORDS.search(_share_readings.wording_phrase(claim, _share_phrase(claim))):
        return v
    for stage, w in _at_other_stages(claim, ctx, _share):
        if w.verdict == "supported":
            w.explanation = (f"no stage named, so read at each stage: the {stage} share matches: {w.explanation} "
                             f"(at mining: {v.explanation})")
            return w
        if w.verdict == "supported_by_other_edition" and v.verdict in ("refuted", "unverifiable"):
            # a figure that only another stage's share in another edition matches (a later IEA
            # refining share): rule 3 (b), as the README's rule 13 reads it
            w.explanation = (f"no stage named, so read at each stage: only another edition's {stage} share "
                             f"matches: {w.explanation} (at mining: {v.explanation})")
            return w
    return v


def _capacity_through_output(claim: Claim, ctx: _Ctx, v: Verdict) -> Verdict:
    """ "China controls over 90% of the global processing capacity": a share of refining or
    processing capacity that the bundle's capacity shares do not support is read through the
    output share of the same stage, which the labels take as the measure of that capacity when it
    agrees (C495, C798, C816, C9947, C13104, C14127: rule 1, any current source; a magnet maker's
    capacity through the magnet output share). Only an agreeing output share counts: when it
    disagrees, capacity and output stay different quantities (rule 11) and the capacity verdict
    stands (C15346); a share attributed to a publisher of output shares only stays
    ``unverifiable`` (``_source_holding``, C3724)."""
    if claim.measure != "capacity" or claim.series or v.verdict == "supported" \
            or claim.stage not in ("refining", "magnet"):
        return v
    stage = "magnet" if claim.commodity in _MAGNET_PRODUCTS else claim.stage
    w = _share(dataclasses.replace(claim, measure="production", stage=stage), ctx)
    if w.verdict == "supported" or (w.verdict == "supported_by_other_edition" and v.verdict == "unverifiable"):
        w.explanation = (f"a share of {stage} capacity, read through the {stage} output share: {w.explanation} "
                         f"(as capacity: {v.explanation})")
        return w
    return v


#: commodities made at the magnet stage: their capacity is read through the magnet output share
_MAGNET_PRODUCTS = frozenset({"ndfeb_magnets"})


#: a word of a later stage: the sentence ranks that stage in a claim of its own
_REFINING_NAMED = re.compile(r"\b(?:refin\w*|process(?:ing|ed|ors?)|smelt\w*|separation)\b", re.I)


def _rank_at_any_stage(claim: Claim, ctx: _Ctx) -> Verdict:
    """ "China dominates the cobalt supply chain": a production rank that names no stage is read
    at mining first, then, when the current data do not support it there, at refining, whose
    current table may (labelling rule 11, as the thirteenth batch's reading of "dominated by
    China" for a supply chain naming no stage has it: the stage China leads). As for shares
    (:func:`_share_at_any_stage`); words of mining keep it at mining (eleventh session)."""
    v = _rank(claim, ctx)
    if v.verdict == "supported" or claim.measure != "production" or claim.stage is not None \
            or _MINED_WORDS.search(_share_readings.wording_phrase(claim, claim.sentence)) \
            or _REFINING_NAMED.search(claim.sentence):
        return v  # (a sentence naming refining too, "the top producer and refiner", ranks each stage apart)
    for stage, w in _at_other_stages(claim, ctx, _rank):
        if w.verdict == "supported":
            w.explanation = f"no stage named, so read at each stage: at {stage}, {w.explanation} (at mining: {v.explanation})"
            return w
        if _share_readings.later_stage_settles(claim, v, w):
            # (twenty-fifth session) a first place told by a dominance word that only a later edition's table of
            # another stage holds: rule 3(b) for ranks (README rule 16d), as for shares (rule 13)
            w.explanation = (f"no stage named, so read at each stage: only another edition's {stage} table holds it: "
                             f"{w.explanation} (at mining: {v.explanation})")
            return w
    return v


@cache
def _fresh_projection_rows() -> tuple[tuple[str, str, str, str, int, float, str, str], ...]:
    """The outlooks' projections in observations.csv (qualifier ``projection``; the evidence
    index leaves them out): (commodity, measure, stage, country, year, value, unit, edition)."""
    import csv

    from critmin.dataset import DATA_DIR

    out = []
    with (DATA_DIR / "observations.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r.get("qualifier") == "projection" and r.get("value") and r.get("year", "").isdigit():
                out.append((r["commodity"], r["measure"], r.get("stage") or "", r["country"], int(r["year"]),
                            float(r["value"]), r.get("unit") or "", r["edition"]))
    return tuple(out)


def _fresh_projected_share(claim: Claim, ctx: _Ctx) -> Verdict | None:
    """A share projected for a future year ("China will refine 77% of rare earths in 2030")
    against the outlooks' projections published by the article's date: a share the outlook
    gives (IEA GCMO) or one computed from its projected output (IEA CMDE). The latest
    outlook holding the year decides; an earlier one that matches gives
    ``supported_by_other_edition``. None when no outlook projects that share."""
    if claim.country is None or claim.country in AGGREGATES or claim.measure not in ("production", None):
        return None
    coms = [c for c in (claim.commodity, _SUBSET_SHARES.get(claim.commodity or "")) if c]
    stage = claim.stage or "mining"
    found: dict[str, tuple[float, float, str, str]] = {}  # edition -> (share lo, hi, how, commodity)
    for com in coms:
        rows = [r for r in _fresh_projection_rows() if r[0] == com and r[4] == claim.year and r[2] == stage]
        for ed in sorted({r[7] for r in rows}):
            info = ctx.idx.editions.get(ed)
            if info is None or info.published > ctx.date or ed in found:
                continue
            mine = [r for r in rows if r[7] == ed]
            pub = next((r for r in mine if r[1] == "production_share" and r[3] == claim.country), None)
            if pub is not None:
                found[ed] = (pub[5] - 0.005, pub[5] + 0.005, f"{pub[5]:.0%}", com)
                continue
            part = next((r for r in mine if r[1] == "production" and r[3] == claim.country), None)
            whole = next((r for r in mine if r[1] == "production" and r[3] == "WLD" and r[6] == (part or r)[6]), None)
            if part is not None and whole is not None and whole[5] > 0:
                v = part[5] / whole[5]
                found[ed] = (v, v, f"{v:.1%} ({_fmt(part[5], part[6])} of {_fmt(whole[5], whole[6])})", com)
    if not found:
        return None
    iv = claim_interval(claim.share or 0.0, _share_precision(claim) / 100, claim.hedge)
    eds = sorted(found, key=lambda e: ctx.idx.editions[e].published, reverse=True)
    latest = eds[0]
    stated = f"{_stated_share(claim)} (read as {max(iv[0], 0):.1%}..{min(iv[1], 1):.1%})"

    def say(ed: str) -> str:
        _lo, _hi, how, com = found[ed]
        sub = f" (for {_com(com)})" if com != claim.commodity else ""
        return f"{ed} projects {how}{sub} for {_name(claim.country)} in {claim.year}"

    evid = [Evidence(edition=ed, source_id="", commodity=found[ed][3], measure="production_share (projection)",
                     country=claim.country, year=claim.year, value=round((found[ed][0] + found[ed][1]) / 2, 4),
                     unit="fraction", published=ctx.idx.editions[ed].published, current=ed == latest) for ed in eds]
    if _overlap(found[latest][:2], iv):
        return Verdict("supported", f"{say(latest)}; stated {stated}", evid, latest)
    other = next((e for e in eds[1:] if _overlap(found[e][:2], iv)), None)
    if other is not None:
        return Verdict("supported_by_other_edition", f"{say(other)}; stated {stated}; the latest outlook, "
                       f"{say(latest)}", evid, other)
    return Verdict("refuted", f"{say(latest)}, not {stated}", evid, latest)


def _point_share(members: list[Row], w: Row) -> tuple[float, float] | None:
    """A share computed from published figures is their ratio (labelling rule 5: the data
    value must round to the stated share); it is not widened by the rounding of the two
    figures, which would double the tolerance. Figures the data mark approximate keep
    their rounding interval (``None``: the caller widens)."""
    if any(r.qualifier == "~" for r in (*members, w)):
        return None
    vals = [r.base_value() for r in members]
    wv = w.base_value()
    if wv is None or not wv[1] or any(v is None for v in vals):
        return None
    x = sum(v[1] for v in vals if v is not None) / wv[1]
    return x - 1e-9, x + 1e-9


def _current_bound_share(claim: Claim, ctx: _Ctx, bounds: list[tuple[str, int, tuple[float, float], list[Row]]],
                         iv: tuple[float, float]) -> Verdict | None:
    """The verdict of the current edition when it gives the world total only as a lower bound
    (labelling rule 7: the bound is the denominator), or None when no current edition does."""
    if not any(ctx.is_current(claim, b[0], b[1]) for b in bounds):
        return None
    return _share_upper_bound(claim, ctx, bounds, iv)


def _share_upper_bound(claim: Claim, ctx: _Ctx, bounds: list[tuple[str, int, tuple[float, float], list[Row]]],
                       iv: tuple[float, float]) -> Verdict:
    """The world total is only a lower bound ("more than 90 Mt"), so the country's share is
    at most its figure over that bound: a stated share above it is refuted, one below it
    cannot be settled."""
    order = ctx.order(claim, [b[0] for b in bounds])
    bounds = sorted(bounds, key=lambda b: order.index(b[0]))
    ref = next((b for b in bounds if ctx.is_current(claim, b[0], b[1])), None)
    if ref is None:
        ref = bounds[0]
        if ctx.later(ref[0]):
            return Verdict("unverifiable", f"only {ref[0]}, published after {ctx.date}, has the figures",
                           needs=_needs(claim))
    *held, w = ref[3]
    c = held[0]
    top = ref[2][1]
    ev = [ctx.ev(r, claim, derived=f"share at most {top:.1%} ({ref[1]})") for r in (*held, w)]
    who = " + ".join(_name(x.country) for x in held)
    said = (f"{ref[0]} ({ref[1]}): {who} {_fmt(sum(x.value or 0.0 for x in held), c.unit)} of more than "
            f"{_fmt(w.value, w.unit)} world, so at most {top:.1%}; stated {claim.value:g}%")
    point = _point_share(held, w)
    if point is not None and _overlap(point, iv):
        # labelling rule 7: the lower bound serves as the denominator of the share
        if ctx.is_current(claim, ref[0], ref[1]):
            return Verdict("supported", said + f" (share taken over the lower bound: {point[0]:.1%})", ev, ref[0])
        return Verdict("supported_by_other_edition", said + " (share taken over the lower bound; not the edition "
                       f"current on {ctx.date})", ev, ref[0])
    if iv[0] > top or (point is not None and iv[1] < point[0] and ctx.is_current(claim, ref[0], ref[1])):
        # (labelling rule 7: the lower bound is the denominator, so a share below it is wrong too)
        return Verdict("refuted", said, ev, ref[0])
    return Verdict("unverifiable", said + " (the world total is only a lower bound)", ev, ref[0],
                   needs=f"a point figure for the world total of {_MEASURE_WORDS.get(_key(claim), claim.measure)} of {_com(claim.commodity)}")


# ------------------------------------------------------------------ rank
def _first_by_share(claim: Claim, ctx: _Ctx, countries: list[str]) -> Verdict | None:
    """First place where the bundle holds no table by country but a published share
    of world output (IEA magnet shares): a share above half is necessarily first. None when the
    claim is not a first place of one country or the share does not show more than half."""
    if claim.rank != 1 or claim.rank_op not in (None, "==") or len(countries) != 1 \
            or claim.measure not in ("production", "capacity"):
        return None
    probe = dataclasses.replace(claim, kind="share", value=50.0, unit="percent", share=0.5, hedge="more than",
                                precision=0.0, rank=None, rank_op=None, comparison=None)
    v = _share(probe, ctx, later_latest=False)
    if v.verdict not in ("supported", "supported_by_other_edition"):
        return None
    return Verdict(v.verdict, f"{v.explanation}; more than half of world output is first place",
                   v.evidence, v.edition)


def _rank(claim: Claim, ctx: _Ctx) -> Verdict:
    idx, key, com = ctx.idx, _key(claim), claim.commodity or ""
    countries = (claim.comparison or {}).get("countries") or [claim.country]
    countries = [c for c in countries if c and c not in AGGREGATES]
    if not countries:
        return Verdict("unverifiable", "no country to rank", needs="the country ranked")
    eds = idx.editions_with(com, key)
    if not eds:
        first = _first_by_share(claim, ctx, countries)
        if first is not None:
            return first
        return Verdict("unverifiable", f"no table of {_MEASURE_WORDS.get(key, key)} by country",
                       needs=_needs(claim, f"{_MEASURE_WORDS.get(key, key)} of {_com(com)} by country"))
    results: list[tuple[str, int, dict[str, int | None], list[tuple[int, Row]]]] = []
    # a table no edition of the day holds (copper before the first IEA outlook that ranks it): a
    # later edition's latest year is what the present tense can be matched with, as for shares
    # (rule 3 (b) and rule 16 (d), README readings C5677, C4557); disagreeing, it stays
    # unverifiable (_only_later)
    none_current = claim.year is None and not any(ctx.is_current(claim, ed) for ed in eds)
    for ed in ctx.order(claim, eds):
        y = claim.year or _latest_ended(ctx, com, key, ed)
        if y is None and none_current and ctx.later(ed):
            y = idx.latest_year(com, key, ed)
        if y is None:
            continue
        ranking = idx.ranking(com, key, ed, y)
        if len(ranking) < 2 or (len(ranking) < 3 and not set(countries) <= {r.country for _, r in ranking}):
            # a partial table of two countries ranks the countries it lists (README reading C4542), but
            # says nothing of one it leaves out
            continue
        at = idx.rank_of(com, key, ed, y)  # (the first place each country holds)
        pos = {c: at.get(c) for c in countries}
        results.append((ed, y, pos, ranking))
    if not results:
        first = _first_by_share(claim, ctx, countries)  # (twelfth session: a table of fewer than three countries)
        if first is not None:
            return first
        return Verdict("unverifiable", "no edition ranks enough countries",
                       needs=_needs(claim, f"a table of {_MEASURE_WORDS.get(key, key)} by country"))
    n = claim.rank or 1
    op = claim.rank_op or "=="

    def score(r: tuple[str, int, dict[str, int | None], list[tuple[int, Row]]]) -> tuple[int, int]:
        # tied countries take the positions they cover (labelling rule 8: three tied 4th are 4th-6th)
        good = sum(1 for v in r[2].values() if v is not None and (v <= n <= _tie_end(r[3], v) if op == "==" else v <= n))
        return good, len(r[2])

    def desc(r: tuple[str, int, dict[str, int | None], list[tuple[int, Row]]]) -> str:
        parts = [f"{_name(c)} {_position(r[3], v)}" for c, v in r[2].items()]
        return f"{r[0]} ({r[1]}, {len(r[3])} countries): " + ", ".join(parts)

    def evid(r: tuple[str, int, dict[str, int | None], list[tuple[int, Row]]]) -> list[Evidence]:
        last = max([v or 0 for v in r[2].values()] + [n])
        return [ctx.ev(row, claim, derived=f"rank {rk} of {len(r[3])}") for rk, row in r[3] if rk <= last]

    claimed = ("#" + str(n)) if op == "==" else f"top {n}"
    primary = next((r for r in results if ctx.is_current(claim, r[0], r[1])), None)
    if primary and all(v is None for v in primary[2].values()):
        out = _unlisted_rank(claim, ctx, primary, n, key)
        if out is not None:
            return out
        other = _rank_only_another_edition_lists(claim, ctx, results, primary, score)
        if other is not None:
            cur = f"; {primary[0]} ({primary[1]}) does not list {', '.join(map(_name, countries))}"
            return Verdict("supported_by_other_edition", f"{desc(other)}; stated {claimed}{cur}",
                           evid(other) + evid(primary), other[0])
        return Verdict("unverifiable", f"{primary[0]} has no figure for {', '.join(map(_name, countries))}",
                       evidence=evid(primary), edition=primary[0], needs=_needs(claim))
    for r in results:
        good, total = score(r)
        if ctx.is_current(claim, r[0], r[1]) and good == total:
            return Verdict("supported", f"{desc(r)}; stated {claimed}", evid(r), r[0])
    for r in results:
        if ctx.is_current(claim, r[0], r[1]) or not ctx.allowed(claim, r[0]) \
                or _unseen_year(claim, ctx, r[0], r[1], primary):
            continue
        good, total = score(r)
        if good == total:
            cur = f"; current {desc(primary)}" if primary else ""
            return Verdict("supported_by_other_edition", f"{desc(r)}; stated {claimed}{cur}",
                           evid(r) + (evid(primary) if primary else []), r[0])
    ref = primary or results[0]
    if primary is None and ctx.later(ref[0]):
        return _only_later(ref[0], ctx, f"{desc(ref)}; stated {claimed}", evid(ref), _needs(claim))
    if primary is None and _only_superseded_disagrees(claim, ctx, ref[0]):
        return _only_superseded(ref[0], ctx, f"{desc(ref)}; stated {claimed}", evid(ref), _needs(claim))
    if _compiled_later(ctx, ref[0]):
        # a compilation published after the article settles nothing against it (rules 3, 11)
        return _only_later(ref[0], ctx, f"{desc(ref)}; stated {claimed}", evid(ref), _needs(claim))
    good, total = score(ref)
    if good:
        return Verdict("partly_supported", f"{good} of {total} right: {desc(ref)}; stated {claimed}", evid(ref), ref[0])
    return Verdict("refuted", f"{desc(ref)}; stated {claimed}", evid(ref), ref[0])


#: "has become the world's second-largest", "have in recent years become the dominant": the present
#: perfect of a change of place, right before the rank phrase in the same clause
_BECOME_RANK = re.compile(r"\b(?:has|have)\s+(?:[a-z]+\s+){0,3}?(?:become|emerged\s+as)\s+(?:the\s+)?"
                          r"(?:(?:world|globe|planet)(?:'s|\u2019s)\s+)?(?:[a-z]+\s+){0,2}?$", re.I)
#: (twenty-sixth session) the same change of place written inside the rank's own words: "has become one
#: of the largest cobalt suppliers" (the claim's text starts at "has"; README rule 20a, C946)
_BECOME_LEAD = re.compile(r"(?:has|have)\s+(?:[a-z]+\s+){0,3}?(?:become|emerged\s+as)\s", re.I)


_MONTH_WORDS = ("January|February|March|April|May|June|July|August|September|October|November|December"
                "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")


def _month_dated_only(claim: Claim) -> bool:
    """Every time the sentence writes the claim's year, a month stands right before it ("since
    February 2025", "in early December 2024", "on 9 October 2025"): the year dates an event or a
    day, not the annual figure a share or rank is read from, which keeps the present tense
    (labelling rule 2). False when the sentence does not write the year."""
    y = str(claim.year)
    hits = [m.start() for m in re.finditer(rf"(?<!\d){y}(?!\d)", claim.sentence)]
    return bool(hits) and all(re.search(rf"\b(?:{_MONTH_WORDS})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$",
                                        claim.sentence[max(0, h - 25):h], re.I) for h in hits)


#: a government's own reserve figure: "the Indonesian government identified", "Russia's Ministry of
#: Natural Resources claims", "the national geological agency estimates" (README readings C1638, C3802)
_NATIONAL_INVENTORY = re.compile(r"\b(?:government|ministry|ministries|minister|state\s+geolog\w*|national\s+"
                                 r"(?:geolog\w*|inventory|survey)|geological\s+(?:agency|department|service))\b", re.I)
#: the same source given after the figure: "... totalling 12 Mt, according to the Natural Resources Ministry"
_NATIONAL_SOURCE_AFTER = re.compile(r"\b(?:according\s+to|(?:said|says|estimated|estimates|reported|reports)\s+by)\s+"
                                    r"(?:the\s+|its\s+|a\s+)?(?:[\w'\u2019-]+\s+){0,4}?" + _NATIONAL_INVENTORY.pattern[2:],
                                    re.I)
#: "the rest of the world", "Rest of World": every country but those the text lists, the editions'
#: "other countries" row, never the world total
_REST_OF_WORLD = re.compile(r"\brest\s+of\s+(?:the\s+)?world\b", re.I)
#: a group of the rare earths ("heavy rare earths", "HREEs", "medium and heavy REEs")
_REE_GROUP = re.compile(r"\b(?P<w>heavy|light|medium(?:[\s-]+(?:and|to)[\s-]+heavy)?)[\s-]+(?:rare[\s-]+earths?"
                        r"(?:[\s-]+(?:elements?|metals?|oxides?))?|REEs?)\b|\b(?P<a>[HL])REEs?\b", re.I)


#: an apposition that names a category of what the clause before it lists ("..., a category dominated by")
_BOTH_GROUPS = re.compile(r"\b(?:heavy\s+and\s+light|light\s+and\s+heavy)\b", re.I)
_GROUP_APPOSITION = re.compile(r"\s*(?:an?\s+|the\s+)?(?:categor(?:y|ies)|groups?|segments?|class(?:es)?|types?|kinds?)\b", re.I)


def _ree_group_ranked(claim: Claim) -> str | None:
    """ "The world's largest source of heavy REEs", "the supply chain of heavy rare earths is dominated
    by China": a group of the rare earths named in the rank's clause (up to 80 characters before it
    and 40 after, not past a comma or semicolon), which the data do not split from the REO total."""
    start, end = claim.span[0] - claim.sentence_span[0], claim.span[1] - claim.sentence_span[0]
    a = max(0, start - 80, max(claim.sentence.rfind(",", 0, start), claim.sentence.rfind(";", 0, start)) + 1)
    b = min(end + 40, *(i for i in (claim.sentence.find(",", end), claim.sentence.find(";", end)) if i >= 0),
            len(claim.sentence))
    if a > 0 and _GROUP_APPOSITION.match(claim.sentence, a, max(start, end)):
        # "heavy rare earth elements, a category dominated by China": the category is the noun phrase
        # before the comma (nineteenth session; "heavy and light rare earths, categories dominated by
        # China" names both groups, so all the rare earths)
        a = max(0, a - 120, claim.sentence.rfind(",", 0, a - 1) + 1, claim.sentence.rfind(";", 0, a - 1) + 1)
    found = list(_REE_GROUP.finditer(claim.sentence, a, b))
    if not found:
        return None
    light = {(m.group("a") or "").upper() == "L" or (m.group("w") or "").lower() == "light" for m in found}
    if len(light) > 1 or _BOTH_GROUPS.search(claim.sentence, a, b):
        return None  # "both heavy and light rare earths": every group, so the REO total
    return "light rare earths" if light.pop() else "heavy rare earths"


def _become_rank(claim: Claim, ctx: _Ctx) -> Verdict | None:
    """ "Indonesia has become the world's second-largest producer": the present perfect names the
    article's year (labelling rule 15, C2716), not the latest data year of the simple present. A
    numbered place with no year of its own (none written, none carried from the sentence before)
    is checked for that year; with no edition current on the date holding it, it is
    ``unverifiable`` (editions published later cannot show what the data said on the day). "One of
    the largest" (rule 14) keeps its own reading. None when the rule does not apply."""
    if claim.year is not None or claim.rank_op not in (None, "==", "among") or not claim.commodity:
        return None
    start = claim.span[0] - claim.sentence_span[0]
    said = _BECOME_RANK.search(claim.sentence[max(0, start - 80):start]) if start >= 0 else None
    said = said or (_BECOME_LEAD.match(claim.sentence, start) if start >= 0 else None)
    if said is None:
        return None
    verb = "has emerged as" if "emerged" in said.group(0).lower() else "has become"
    year = int(ctx.date[:4])
    key, com = _key(claim), claim.commodity
    held = [ed for ed in ctx.idx.editions_with(com, key) if ctx.is_current(claim, ed, year)
            and year in ctx.idx.years.get((com, key, ed), [])]
    if held:
        claim.year = year
        return None
    return Verdict("unverifiable", f"'{verb}' names the article's year, {year} (the present perfect, labelling rule "
                   f"15), and no edition current on {ctx.date} ranks {_MEASURE_WORDS.get(key, key)} of {_com(com)} "
                   f"for {year}", needs=_needs(claim, f"{_MEASURE_WORDS.get(key, key)} of {_com(com)} by country for {year}"))


#: "one of the leading producers", "among the biggest miners" (README rule 14): a place in the
#: first five of the table holds, a place after the tenth is refuted, and a place between is too
#: loose a reading to settle either way
_AMONG_HOLDS, _AMONG_FAILS = 5, 10


def _among_leaders(claim: Claim, ctx: _Ctx) -> Verdict:
    """A rank without a number of places, judged by :func:`_rank` as "top five" and "top ten"."""
    near = _rank(dataclasses.replace(claim, rank=_AMONG_HOLDS, rank_op="<="), ctx)
    read = f"'one of the leading' read as the first {_AMONG_HOLDS}"
    if near.verdict == "supported_by_other_edition":
        far = _rank(dataclasses.replace(claim, rank=_AMONG_FAILS, rank_op="<="), ctx)
        if far.verdict == "supported":
            # twentieth session: the edition of the day places the country sixth to tenth, which
            # rule 14 leaves unsettled; another edition's place in the first five does not settle
            # it either (C9950, C114: Vietnam sixth in MCS 2025, second in MCS 2024)
            return Verdict("unverifiable", f"{far.explanation} ({read}; sixth to tenth place in the edition of the "
                           f"day is too loose to settle, whatever another edition says)", far.evidence, far.edition,
                           needs="the number of places meant (top three, top five ...)")
    if near.verdict in ("supported", "supported_by_other_edition"):
        return dataclasses.replace(near, explanation=f"{near.explanation} ({read})")
    if near.verdict == "unverifiable":
        return near
    far = _rank(dataclasses.replace(claim, rank=_AMONG_FAILS, rank_op="<="), ctx)
    if far.verdict in ("refuted", "partly_supported"):
        return dataclasses.replace(far, explanation=f"{far.explanation} (after the first {_AMONG_FAILS}: not one of the leading)")
    if far.verdict == "supported_by_other_edition" and near.verdict == "refuted":
        # (twenty-fifth session) the edition of the day places the country after the tenth and no edition in the
        # first five: an older edition's sixth to tenth place settles nothing (rule 14), so the place is refuted
        # (C15613: Brazil twelfth in MCS 2025, tenth-eleventh in MCS 2024)
        return dataclasses.replace(near, explanation=f"{near.explanation} ({read}; after the first {_AMONG_FAILS} in "
                                   f"the edition of the day, and in no edition's first {_AMONG_HOLDS}: {far.explanation})")
    return Verdict("unverifiable", f"{near.explanation} ({read}; sixth to tenth place is too loose to settle)",
                   near.evidence, near.edition, needs="the number of places meant (top three, top five ...)")


def _latest_ended(ctx: _Ctx, com: str, key: str, edition: str, country: str | None = None) -> int | None:
    """The latest year an edition holds, for a claim with no year. An edition published
    after the article whose latest year had not ended by the article's date is left out
    (``None``): a claim cannot be about a year still running or to come, and an older
    year of a later edition is not what the claim's present tense refers to."""
    y = ctx.idx.latest_year(com, key, edition, country)
    if y is not None and ctx.later(edition) and y >= int(ctx.date[:4]):
        return None
    return y


def _tie_end(ranking: list[tuple[int, Row]], rk: int) -> int:
    """The last position a rank covers: ``rk`` plus the countries tied with it, minus one."""
    return rk + sum(1 for r, _ in ranking if r == rk) - 1


def _position(ranking: list[tuple[int, Row]], rk: int | None) -> str:
    if not rk:
        return "not ranked"
    end = _tie_end(ranking, rk)
    return f"#{rk}" if end == rk else f"#{rk}-{end} (tied)"


def _rank_only_another_edition_lists(
        claim: Claim, ctx: _Ctx, results: list[tuple[str, int, dict[str, int | None], list[tuple[int, Row]]]],
        primary: tuple[str, int, dict[str, int | None], list[tuple[int, Row]]],
        score: Callable[[tuple[str, int, dict[str, int | None], list[tuple[int, Row]]]], tuple[int, int]],
) -> tuple[str, int, dict[str, int | None], list[tuple[int, Row]]] | None:
    """(twenty-sixth session) The edition of the day lists none of the countries ranked (MCS 2026
    gives no rare-earth reserve figure for India) and its remainder does not place them: the current
    edition does not hold the quantity, so labelling rule 3(b) comes before 3(d), as rule 16(d) says
    of ranks: another edition (older, or a later one read at a year the current edition holds) that
    lists every country ranked and places them as stated supports the rank
    (``supported_by_other_edition``; README readings C18950, C18951). Returns that edition's ranking,
    the newest first, or None (the rank then stays unverifiable: an edition that disagrees does not
    refute what the current edition does not hold)."""
    for r in sorted(results, key=lambda x: ctx.idx.editions[x[0]].published if x[0] in ctx.idx.editions else "",
                    reverse=True):
        if r is primary or ctx.is_current(claim, r[0], r[1]) or not ctx.allowed(claim, r[0]) \
                or _unseen_year(claim, ctx, r[0], r[1], primary) or _compiled_later(ctx, r[0]):
            continue
        if any(v is None for v in r[2].values()):
            continue
        good, total = score(r)
        if good == total:
            return r
    return None


def _unlisted_rank(claim: Claim, ctx: _Ctx, r: tuple[str, int, dict[str, int | None], list[tuple[int, Row]]],
                   n: int, key: str) -> Verdict | None:
    """A country the edition does not list (it sits in "other countries") can still be
    ranked by what the world total leaves (labelling rule 8): when all unlisted countries
    together hold less than the country in position ``n``, the country cannot be ``n``-th
    (or in the top ``n``)."""
    ed, y, _pos, ranking = r
    at_n = next((row for rk, row in ranking if rk <= n <= _tie_end(ranking, rk)), None)
    if at_n is None or at_n.value is None or len(r[2]) != 1:
        return None
    tab = ctx.idx.table(claim.commodity or "", key, ed, y)
    oth = next((x for x in tab if x.country == "OTH" and x.value is not None), None)
    wld = next((x for x in tab if x.country == "WLD" and x.value is not None and not x.qualifier), None)
    if oth is not None:
        rest, said = oth.value or 0.0, f"other countries together {_fmt(oth.value, oth.unit)}"
    elif wld is not None:
        rest = (wld.value or 0.0) - sum(row.value or 0.0 for _, row in ranking)
        said = f"the world total {_fmt(wld.value, wld.unit)} leaves {_fmt(rest, wld.unit)} for all unlisted countries"
    else:
        return None
    if rest >= (at_n.value or 0.0):
        return None
    who = _name(next(iter(r[2])))
    ev = [ctx.ev(at_n, claim, derived=f"rank {n} of {len(ranking)}")] + [ctx.ev(x, claim) for x in (oth or wld,) if x]
    return Verdict("refuted", f"{ed} ({y}) does not list {who}; {said}, less than {_name(at_n.country)} at "
                   f"#{n} ({_fmt(at_n.value, at_n.unit)}), so {who} cannot rank #{n}", ev, ed)


# ------------------------------------------------------------------ comparison
def _pair(claim: Claim, ctx: _Ctx, a: str, b: str) -> list[tuple[str, int, Row, Row]]:
    idx, key, com = ctx.idx, _key(claim), claim.commodity or ""
    out = []
    for ed in ctx.order(claim, idx.editions_with(com, key)):
        years = [claim.year] if claim.year else list(reversed(idx.years.get((com, key, ed), [])))
        for y in years:
            tab = idx.table(com, key, ed, y)
            ra = idx.valued(com, key, ed, y).get(a)  # (its first row with a value)
            rb = _group_row(tab, b)
            if ra and rb:
                out.append((ed, y, ra, rb))
                break
    return out


def _group_row(tab: list[Row], b: str) -> Row | None:
    """The row of country ``b``, or for "USA+MMR+AUS" ("... combined") one row holding the
    sum of their values (None when any of them has no value)."""
    members = b.split("+")
    rows = [next((r for r in tab if r.country == c and r.value is not None), None) for c in members]
    if any(r is None for r in rows):
        return None
    got = [r for r in rows if r is not None]
    if len(got) == 1:
        return got[0]
    return dataclasses.replace(got[0], country=b, value=sum(r.value or 0.0 for r in got), value_high=None)


def _self_comparison(claim: Claim, ctx: _Ctx) -> Verdict:
    """A country's figure against another of its own measures ("produced more than its
    reserves"), both from one edition and year."""
    cmp = claim.comparison or {}
    idx, com, cty = ctx.idx, claim.commodity or "", claim.country or ""
    key, okey = _key(claim), measure_key(str(cmp.get("other_measure")), None)
    found = []
    for ed in ctx.order(claim, idx.editions_with(com, key)):
        y = claim.year or _latest_ended(ctx, com, key, ed, cty)
        a = next((r for r in idx.figure(com, key, cty, y) if r.edition == ed and r.value is not None), None) if y else None
        b = next((r for r in idx.figure(com, okey, cty, y) if r.edition == ed and r.value is not None), None) if y else None
        if a is not None and b is not None:
            found.append((ed, y, a, b))
    if not found:
        return Verdict("unverifiable", f"no edition has both {_MEASURE_WORDS.get(key, key)} and {okey} for {_name(cty)}",
                       needs=f"{_MEASURE_WORDS.get(key, key)} and {okey} of {_com(com)} for {_name(cty)} in one edition")
    ed, y, a, b = next((f for f in found if ctx.is_current(claim, f[0], f[1])), found[0])
    holds = ((a.value or 0) > (b.value or 0)) == (cmp.get("op") == ">")
    said = (f"{ed} ({y}): {_name(cty)} {_MEASURE_WORDS.get(key, key)} {_fmt(a.value, a.unit)}, {okey} "
            f"{_fmt(b.value, b.unit)}")
    ev = [ctx.ev(a, claim), ctx.ev(b, claim)]
    if not ctx.is_current(claim, ed, y):
        if ctx.later(ed):
            return _only_later(ed, ctx, said, ev, f"{okey} of {_com(com)} for {_name(cty)}")
        return Verdict("supported_by_other_edition" if holds else "refuted", said, ev, ed)
    return Verdict("supported" if holds else "refuted", said, ev, ed)


def _comparison(claim: Claim, ctx: _Ctx) -> Verdict:
    cmp = claim.comparison or {}
    if cmp.get("other_measure"):
        return _self_comparison(claim, ctx)
    a, b = claim.country, cmp.get("other")
    if not a or not b:
        return Verdict("unverifiable", "the comparison does not name two countries", needs="both sides of the comparison")
    pairs = _pair(claim, ctx, a, b)
    if not pairs:
        missing = [c for c in (a, b) if not _figures(claim, ctx, c, claim.year)]
        who = ", ".join(_name(c) for c in missing) or f"{_name(a)} and {_name(b)} in one edition"
        return Verdict("unverifiable", f"no {_MEASURE_WORDS.get(_key(claim), claim.measure)} figure for {who}",
                       needs=_needs(claim, f"{_MEASURE_WORDS.get(_key(claim), claim.measure)} of {_com(claim.commodity)} for {who}"))
    op, ratio = cmp.get("op"), cmp.get("ratio")

    def test(p: tuple[str, int, Row, Row]) -> tuple[bool, bool, float]:
        va, vb = p[2].value or 0.0, p[3].value or 0.0
        r = va / vb if vb else math.inf
        if op == ">":
            return r > 1, r > 1, r
        if op == ">>":
            return r >= FAR, r > 1, r
        if op == "<":
            return r < 1, r < 1, r
        want = float(ratio or 1)
        if op == "ratio>=":
            return r >= want, (r > 1) == (want > 1), r
        return abs(r / want - 1) <= RATIO_TOL, (r > 1) == (want > 1), r

    def desc(p: tuple[str, int, Row, Row]) -> str:
        return (f"{p[0]} ({p[1]}): {_name(a)} {_fmt(p[2].value, p[2].unit)}, {_name(b)} {_fmt(p[3].value, p[3].unit)}"
                f" (ratio {test(p)[2]:.2g})")

    stated = {">": "exceeds", ">>": f"far exceeds (>= {FAR:g}x, assumption)", "<": "is below",
              "ratio>=": f"is at least {float(ratio or 1):g} times"}.get(op or "") or f"is {float(ratio or 1):g} times"
    ev = [ctx.ev(p, claim) for p in pairs[0][2:]]
    first = pairs[0]
    primary = next((p for p in pairs if ctx.is_current(claim, p[0], p[1])), None)
    hit = next((p for p in pairs if ctx.is_current(claim, p[0], p[1]) and test(p)[0]), None)
    if hit:
        return Verdict("supported", f"{desc(hit)}; stated: {stated}", [ctx.ev(x, claim) for x in hit[2:]], hit[0])
    other = next((p for p in pairs if not ctx.is_current(claim, p[0], p[1]) and ctx.allowed(claim, p[0]) and test(p)[0]), None)
    if other:
        return Verdict("supported_by_other_edition", f"{desc(other)}; stated: {stated}",
                       ev + [ctx.ev(x, claim) for x in other[2:]], other[0])
    ref = primary or first
    if primary is None and ctx.later(ref[0]):
        return _only_later(ref[0], ctx, f"{desc(ref)}; stated: {stated}", ev, _needs(claim))
    if primary is None and _only_superseded_disagrees(claim, ctx, ref[0]):
        return _only_superseded(ref[0], ctx, f"{desc(ref)}; stated: {stated}", ev, _needs(claim))
    if test(ref)[1]:
        return Verdict("partly_supported", f"direction right, size not: {desc(ref)}; stated: {stated}", ev, ref[0])
    return Verdict("refuted", f"{desc(ref)}; stated: {stated}", ev, ref[0])


# ------------------------------------------------------------------ change
def _current_pair(claim: Claim, ctx: _Ctx, from_year: int | None) -> tuple[str, Row, Row] | None:
    """The two figures of a change as the reader could see them on the article's date, each
    from the edition current for its year ("doubled since 2017": 2017 from the newest MCS
    reporting 2017, the end year from the current MCS)."""
    idx, key, com, cty = ctx.idx, _key(claim), claim.commodity or "", claim.country or ""
    cur_eds = [e for e in ctx.order(claim, idx.editions_with(com, key)) if ctx.is_current(claim, e)]
    y1 = claim.year or next((y for e in cur_eds if (y := idx.latest_year(com, key, e, cty)) is not None), None)
    if y1 is None:
        return None
    y0 = from_year or y1 - 1

    def pick(y: int) -> Row | None:
        rows = [r for r in idx.figure(com, key, cty, y) if r.value and ctx.is_current(claim, r.edition, y)]
        order = ctx.order(claim, [r.edition for r in rows])
        return min(rows, key=lambda r: order.index(r.edition)) if rows else None

    r0, r1 = pick(y0), pick(y1)
    if r0 is None or r1 is None or r0.edition == r1.edition:
        return None
    return r1.edition, r0, r1


def _change(claim: Claim, ctx: _Ctx) -> Verdict:
    if claim.measure == "price" and claim.country not in (None, "WLD") and claim.year is not None \
            and claim.change is not None and claim.commodity \
            and not ctx.idx.figure(claim.commodity, _key(claim), claim.country, claim.year):
        # "palladium prices fell 50% between 2022 and 2024" in a sentence about Russia and the
        # US: the annual average prices are the market's (the world row), not a country's
        cty = claim.country
        claim.country = "WLD"
        try:
            return _change_of(claim, ctx)
        finally:
            claim.country = cty
    return _change_of(claim, ctx)


def _change_precision(claim: Claim) -> float:
    """The rounding of a stated percentage change (labelling rule 5, as for shares):
    a whole multiple of ten ("fell 50%") is stated to the nearest ten points, anything else to its
    last digit; a hedge that bounds the size ("more than 50%") keeps the digit's rounding."""
    pct = (claim.change or 0.0) * 100
    bound = (claim.hedge or "").lower() in _ABOVE_HEDGES | _UNDER_HEDGES | _BELOW_HEDGES
    if claim.precision == 0.005 and not bound and round(pct, 6).is_integer() and round(pct) % 10 == 0 \
            and 0 < abs(pct) < 100 and not re.search(r"\d\.0\b", claim.text or ""):
        return 0.05
    return claim.precision or 0.0


def _between_two_years(claim: Claim) -> bool:
    """"prices fell 50% between 2022 and 2024", "from 2022 to 2024": a move between two
    named years, which their annual averages settle (a bare "prices fell 50%" may be from any day)."""
    info = claim.comparison or {}
    return bool(info.get("from_year")) and info.get("from_year") != claim.year \
        and re.search(r"\b(?:between\s+(?:19|20)\d\d\s+and|from\s+(?:19|20)\d\d\s+to)\s+(?:19|20)\d\d\b",
                      claim.sentence, re.I) is not None


def _change_of(claim: Claim, ctx: _Ctx) -> Verdict:
    info = claim.comparison or {}
    if claim.change is None and info.get("revision") and claim.country:
        return _revision(claim, ctx, int(info["revision"]))
    if claim.change is None and (direction := _unsized_direction(claim, ctx)) is not None:
        return direction
    if claim.change is None and info.get("direction") and claim.year and claim.country and claim.measure != "price" \
            and not info.get("sub_annual") and not info.get("from_peak"):
        got = _direction_change(claim, ctx, int(info["direction"]))
        if got is not None:
            return got
    if claim.change is None and claim.measure == "price" and claim.year and not info.get("sub_annual") \
            and not info.get("from_peak") and (got := _price_direction(claim, ctx)) is not None:
        return got
    if claim.change is None or info.get("from_peak") or (claim.measure == "price" and (
            claim.year is None or info.get("sub_annual")
            or (claim.country in (None, "WLD") and not _between_two_years(claim)))):
        return _unsized_change(claim)
    if info.get("sub_annual"):
        return Verdict("unverifiable", "a monthly or quarterly change; the dataset holds annual figures",
                       needs=f"monthly {claim.measure} data for {_name(claim.country)}")
    if claim.measure == "reserves" and claim.country and not info.get("from_year") \
            and (claim.year is None or claim.year >= int(ctx.date[:4]) - 1):
        revised = _reserves_between_editions(claim, ctx)
        if revised is not None:
            return revised
    if claim.year is None and not info.get("from_year"):
        return Verdict("unverifiable", "the change has no year to anchor it",
                       needs="the years the change is measured between")
    if claim.country is None:
        return Verdict("unverifiable", "no country named for the change", needs="the country whose figure changed")
    idx, key, com = ctx.idx, _key(claim), claim.commodity or ""
    pairs = []
    for ed in ctx.order(claim, idx.editions_with(com, key)):
        y1 = claim.year or idx.latest_year(com, key, ed, claim.country) or 0
        y0 = info.get("from_year") or y1 - 1
        r1 = next((r for r in idx.figure(com, key, claim.country, y1) if r.edition == ed and r.value is not None), None)
        r0 = next((r for r in idx.figure(com, key, claim.country, y0) if r.edition == ed and r.value), None)
        if r1 and r0:
            pairs.append((ed, r0, r1))
    mixed = _current_pair(claim, ctx, info.get("from_year"))
    if mixed is not None and not any(ctx.is_current(claim, p[0], p[2].year) for p in pairs):
        pairs.insert(0, mixed)
    y1 = claim.year or (pairs[0][2].year if pairs else 0)
    y0 = info.get("from_year") or y1 - 1
    if not pairs:
        return Verdict("unverifiable", f"no edition has both {y0} and {y1} for {claim.subject}",
                       needs=_needs(claim, f"{_MEASURE_WORDS.get(key, key)} of {_com(com)} for {_name(claim.country)} in {y0} and {y1}"))
    want = claim.change or 0.0
    tol = _change_precision(claim) + (CHANGE_PP if claim.precision else RATIO_TOL * (1 + want))

    def actual(p: tuple[str, Row, Row]) -> float:
        return (p[2].value or 0.0) / (p[1].value or 1.0) - 1

    def ok(p: tuple[str, Row, Row]) -> bool:
        if want < 0:
            # "a decrease of more than 65%", "fell nearly 28%": the hedge bounds the size of the fall
            lo, hi = claim_interval(-want, tol, claim.hedge)
            return lo <= -actual(p) <= hi
        lo, hi = claim_interval(want, tol, claim.hedge)
        return lo <= actual(p) <= hi

    def desc(p: tuple[str, Row, Row]) -> str:
        src = p[0] if p[1].edition == p[2].edition else f"{p[1].edition} for {p[1].year}, {p[2].edition} for {p[2].year}"
        return (f"{src}: {_fmt(p[1].value, p[1].unit)} in {p[1].year} -> {_fmt(p[2].value, p[2].unit)} in {p[2].year}"
                f" ({actual(p):+.0%})")

    stated = f"{want:+.0%}"
    first = pairs[0]
    ev = [ctx.ev(first[1], claim), ctx.ev(first[2], claim)]
    primary = next((p for p in pairs if ctx.is_current(claim, p[0], p[2].year)), None)
    hit = next((p for p in pairs if ctx.is_current(claim, p[0], p[2].year) and ok(p)), None)
    if hit:
        return Verdict("supported", f"{desc(hit)}; stated {stated}", [ctx.ev(hit[1], claim), ctx.ev(hit[2], claim)], hit[0])
    other = next((p for p in pairs if not ctx.is_current(claim, p[0], p[2].year) and ctx.allowed(claim, p[0]) and ok(p)), None)
    if other:
        return Verdict("supported_by_other_edition", f"{desc(other)}; stated {stated}",
                       [*ev, ctx.ev(other[1], claim), ctx.ev(other[2], claim)], other[0])
    ref = primary or first
    if primary is None and ref[1].edition == ref[2].edition and ctx.later(ref[0]):
        return _only_later(ref[0], ctx, f"{desc(ref)}; stated {stated}", ev, _needs(claim))
    if primary is None and ref[1].edition == ref[2].edition and _only_superseded_disagrees(claim, ctx, ref[0]):
        return _only_superseded(ref[0], ctx, f"{desc(ref)}; stated {stated}", ev, _needs(claim))
    if (actual(ref) > 0) == (want > 0) and actual(ref) != 0:
        return Verdict("partly_supported", f"direction right, size not: {desc(ref)}; stated {stated}", ev, ref[0])
    return Verdict("refuted", f"{desc(ref)}; stated {stated}", ev, ref[0])


def _reserves_between_editions(claim: Claim, ctx: _Ctx) -> Verdict | None:
    """"Global reserves fell 21% to 90 Mt", "Vietnam's reserves were cut by 84%":
    reserves are re-estimated once per edition, so a change of reserves with no earlier year is
    the change from the edition before the current one to the current one (each edition's
    latest year), judged with the tolerance of any stated change. None when the two editions
    do not both hold the figure (the usual rules then apply)."""
    idx, key, com, cty = ctx.idx, _key(claim), claim.commodity or "", claim.country or ""
    cur = next((e for s, e in ctx.current.items() if s == (claim.series or "USGS MCS")), None)
    prev = _previous_edition(claim, idx, ctx.current)

    def row(ed: str | None) -> Row | None:
        y = idx.latest_year(com, key, ed, cty) if ed else None
        return next((r for r in idx.figure(com, key, cty, y) if r.edition == ed and r.value), None) if y else None

    new, old = row(cur), row(prev)
    if new is None or old is None or new.value is None or old.value is None or claim.change is None:
        return None
    want = claim.change
    actual = new.value / old.value - 1
    tol = (claim.precision or 0.0) + (CHANGE_PP if claim.precision else RATIO_TOL * (1 + want))
    lo, hi = claim_interval(abs(want), tol, claim.hedge)
    bound = " (a lower bound)" if new.qualifier == ">" or old.qualifier == ">" else ""
    desc = (f"{old.edition}: {_fmt(old.value, old.unit)} ({old.year}) -> {new.edition}: {_fmt(new.value, new.unit)} "
            f"({new.year}){bound}, {actual:+.0%} between the editions; stated {want:+.0%}")
    ev = [ctx.ev(old, claim), ctx.ev(new, claim)]
    if (actual > 0) == (want > 0) and lo <= abs(actual) <= hi:
        return Verdict("supported", desc, ev, new.edition)
    if bound:
        return Verdict("unverifiable", f"{desc}; a bound cannot settle the size", ev, new.edition,
                       needs=f"point figures of {_com(com)} reserves for {_name(cty)} in both editions")
    if (actual > 0) == (want > 0) and actual != 0:
        return Verdict("partly_supported", f"direction right, size not: {desc}", ev, new.edition)
    return Verdict("refuted", desc, ev, new.edition)


#: "over the past two years", "in the last three years": the span an unsized change runs over
_CHANGE_WINDOW = re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?P<n>two|three|four|five|\d)\s+years\b",
                            re.I)
_WINDOW_YEARS = {"two": 2, "three": 3, "four": 4, "five": 5}
_FALL_VERB = re.compile(r"(?:decreas|fell|fall|declin|dropp|shr[ai]nk|shrunk|plung|plummet|collaps|crash|tumbl"
                        r"|slump|slid|slipp|sank|dipp|eas)", re.I)


def _unsized_direction(claim: Claim, ctx: _Ctx) -> Verdict | None:
    """ "Output fell again in 2024", "global output has risen markedly in the last two
    years": a change of production with no size but with its years (the year named,
    or a window ending at the latest year of the edition of the day) is checked for its
    direction, each year's figure from the edition a reader could see for it on the date
    (README C454, C603). None when the claim is not of that form or a figure is missing."""
    info = claim.comparison or {}
    # a plain move verb with a span ("falling in recent years", "risen since 2014")
    period = _change_period(claim.sentence) if info.get("unsized") in ("adverb", "move") else None
    if (info.get("unsized") != "adverb" and period is None) or info.get("sub_annual") or info.get("from_peak") \
            or claim.measure != "production" or claim.country is None or claim.commodity is None:
        return None
    window = _CHANGE_WINDOW.search(claim.sentence)
    if claim.year is None and window is None and period is None:
        return None
    idx, key, com, cty = ctx.idx, _key(claim), claim.commodity, claim.country
    cur = [e for e in ctx.order(claim, idx.editions_with(com, key)) if ctx.is_current(claim, e)]
    named = None if period and period[0] == "since" and claim.year == period[1] else claim.year
    y1 = named or next((y for e in cur if (y := idx.latest_year(com, key, e, cty)) is not None), None)
    if y1 is None:
        return None
    n = window.group("n") if window else "1"
    y0 = y1 - (_WINDOW_YEARS.get(n.lower()) or int(n))
    if window is None and period is not None:
        y0 = period[1] if period[0] == "since" else y1 - period[1]
    if y0 >= y1:
        return None

    def seen(y: int) -> Row | None:
        rows = [r for r in idx.figure(com, key, cty, y) if r.value is not None and not ctx.later(r.edition)
                and ctx.allowed(claim, r.edition)]
        order = ctx.order(claim, [r.edition for r in rows])
        return min(rows, key=lambda r: (not ctx.is_current(claim, r.edition, y), order.index(r.edition))) if rows else None

    r0, r1 = seen(y0), seen(y1)
    if r0 is None or r1 is None or r0.value is None or r1.value is None:
        return None
    said_down = bool(_FALL_VERB.match(claim.text or ""))
    moved = (r1.value < r0.value) if said_down else (r1.value > r0.value)
    src = r1.edition if r0.edition == r1.edition else f"{r0.edition} for {y0}, {r1.edition} for {y1}"
    what = (f"{src}: {_fmt(r0.value, r0.unit)} in {y0} -> {_fmt(r1.value, r1.unit)} in {y1}; stated "
            f"'{claim.text}' (a {'fall' if said_down else 'rise'} of unstated size)")
    ev = [ctx.ev(r0, claim), ctx.ev(r1, claim)]
    return Verdict("supported" if moved else "refuted", what, ev, r1.edition)


def _listed(claim: Claim, ctx: _Ctx) -> Verdict:
    """ "The USGS does not list A among the reserve holders": whether the edition's table by
    country has a row for A (a named country row, not "other countries")."""
    idx, key, com = ctx.idx, _key(claim), claim.commodity or ""
    want = claim.rank_op == "listed"
    tables = []
    for ed in ctx.order(claim, idx.editions_with(com, key)):
        y = claim.year or _latest_ended(ctx, com, key, ed)
        if y is None:
            continue
        ranking = idx.ranking(com, key, ed, y)
        if len(ranking) < 3:
            continue
        row = next((r for _, r in ranking if r.country == claim.country), None)
        tables.append((ed, y, row, len(ranking)))
    if not tables:
        return Verdict("unverifiable", f"no table of {_MEASURE_WORDS.get(key, key)} of {_com(com)} by country",
                       needs=_needs(claim, f"a table of {_MEASURE_WORDS.get(key, key)} of {_com(com)} by country"))

    def desc(t: tuple[str, int, Row | None, int]) -> str:
        has = "lists" if t[2] is not None else "does not list"
        return f"{t[0]} ({t[1]}, {t[3]} countries) {has} {_name(claim.country)}"

    def ev(t: tuple[str, int, Row | None, int]) -> list[Evidence]:
        return [ctx.ev(t[2], claim)] if t[2] is not None else []

    stated = "listed" if want else "not listed"
    hit = next((t for t in tables if ctx.is_current(claim, t[0], t[1]) and (t[2] is not None) == want), None)
    if hit:
        return Verdict("supported", f"{desc(hit)}; stated {stated}", ev(hit), hit[0])
    other = next((t for t in tables if not ctx.is_current(claim, t[0], t[1]) and ctx.allowed(claim, t[0])
                  and (t[2] is not None) == want), None)
    if other:
        return Verdict("supported_by_other_edition", f"{desc(other)}; stated {stated}", ev(other), other[0])
    ref = next((t for t in tables if ctx.is_current(claim, t[0], t[1])), tables[0])
    return Verdict("refuted", f"{desc(ref)}; stated {stated}", ev(ref), ref[0])


def _revision(claim: Claim, ctx: _Ctx, direction: int) -> Verdict:
    """"The USGS revised down its estimate of Vietnam's reserves": the figure of
    the edition current on the date against the edition before it (latest year of each)."""
    idx, key, com, cty = ctx.idx, _key(claim), claim.commodity or "", claim.country or ""
    cur = next((e for s, e in ctx.current.items() if s == (claim.series or "USGS MCS")), None)
    prev = _previous_edition(claim, idx, ctx.current)
    stated = "revised down" if direction < 0 else "revised up"

    def row(ed: str | None) -> Row | None:
        if ed is None:
            return None
        y = idx.latest_year(com, key, ed, cty)
        if y is None:
            return None
        return next((r for r in idx.figure(com, key, cty, y) if r.edition == ed and r.value is not None), None)

    new, old = row(cur), row(prev)
    if new is None or old is None or new.value == old.value:
        return Verdict("unverifiable", f"no two editions hold {_MEASURE_WORDS.get(key, key)} of {_com(com)} for "
                       f"{_name(cty)} that differ; stated {stated}",
                       needs=_needs(claim, f"{_MEASURE_WORDS.get(key, key)} of {_com(com)} for {_name(cty)} in the "
                                    "current and the previous edition"))
    got = -1 if (new.value or 0.0) < (old.value or 0.0) else 1
    desc = (f"{old.edition}: {_fmt(old.value, old.unit)} ({old.year}) -> {new.edition}: "
            f"{_fmt(new.value, new.unit)} ({new.year}); stated {stated}")
    return Verdict("supported" if got == direction else "refuted", desc, [ctx.ev(old, claim), ctx.ev(new, claim)],
                   new.edition)


_RISE_VERB = re.compile(r"(?:increas|rose|rise|rising|risen|grew|grow|climb|jump|surg|soar|rall|spik|rocket|skyrocket"
                        r"|rebound|gain|advanc|firm|doubl|tripl|up\b|higher)", re.I)


#: a move from a peak, or over part of a year ("from a record high set in late 2022"): no two annual averages settle it
_PRICE_PART_OF_YEAR = re.compile(r"\b(?:record|peak|all-time|high\s+(?:set|reached|hit)|highs?\s+of)\b"
                                 r"|\b(?:late|early|mid-?|end\s+of|start\s+of)\s*(?:19|20)\d\d\b", re.I)


def _price_direction(claim: Claim, ctx: _Ctx) -> Verdict | None:
    """ "Last year, prices declined", "prices plunged in 2023": a price move of unstated size over
    a named year that has ended, checked by the sign of the annual averages of the year and the
    one before in the edition current on the date (README, eleventh batch: C2086, C2109). Every
    price series of the commodity that the edition gives for both years and that moved must
    have moved the stated way (refuted when every one moved the other way; a mixed picture is
    left unverifiable). None when the direction, the year or the series are missing."""
    y1 = int(claim.year or 0)
    if not y1 or y1 >= int(ctx.date[:4]) or claim.country not in (None, "WLD") \
            or _PRICE_PART_OF_YEAR.search(claim.sentence):
        return None
    text = claim.text or ""
    direction = -1 if _FALL_VERB.search(text) else 1 if _RISE_VERB.search(text) else 0
    if not direction:
        return None
    idx = ctx.idx
    moves: list[tuple[int, Row, Row]] = []
    for series in idx.price_series_of(claim.commodity or ""):
        for ed in idx.editions_with(series, "price"):
            if not ctx.is_current(claim, ed):
                continue
            # (a product name such as "lme_cash" may index the prices of several commodities)
            r1 = next((r for r in idx.figure(series, "price", "WLD", y1)
                       if r.edition == ed and r.value is not None and r.commodity == claim.commodity), None)
            r0 = next((r for r in idx.figure(series, "price", "WLD", y1 - 1)
                       if r.edition == ed and r.value and r.commodity == claim.commodity), None)
            if r0 is not None and r1 is not None and r0.value is not None and r1.value is not None:
                d = r1.value - r0.value
                moves.append(((d > 0) - (d < 0), r0, r1))
    moved = [m for m in moves if m[0]]
    if not moved:
        return None
    said = "a rise" if direction > 0 else "a fall"
    desc = "; ".join(f"{(r1.product or r1.commodity).replace('_', ' ')} {_fmt(r0.value, r0.unit)} in {y1 - 1} -> "
                     f"{_fmt(r1.value, r1.unit)} in {y1}" for _, r0, r1 in moved[:4])
    ev = [ctx.ev(r, claim) for _, r0, r1 in moved for r in (r0, r1)]
    ed = moved[0][2].edition
    if all(m[0] == direction for m in moved):
        return Verdict("supported", f"{ed} annual averages: {desc}; stated {said} (size not stated)", ev, ed)
    if all(m[0] == -direction for m in moved):
        return Verdict("refuted", f"{ed} annual averages: {desc}; stated {said} (size not stated)", ev, ed)
    return Verdict("unverifiable", f"the price series of {ed} moved both ways in {y1}: {desc}; stated {said}",
                   ev, ed, needs=f"the price series of {_com(claim.commodity)} the text means")


def _direction_change(claim: Claim, ctx: _Ctx, direction: int) -> Verdict | None:
    """A change of unstated size but stated direction and year ("production was
    lower in 2023 than the year before", "exports fell in 2024"): the sign of the change
    between the year and the one before, in the edition current on the date (then any other).
    None when no edition holds both years."""
    idx, key, com, cty = ctx.idx, _key(claim), claim.commodity or "", claim.country or ""
    y1 = int(claim.year or 0)
    y0 = int((claim.comparison or {}).get("from_year") or y1 - 1)  # "rose from 2020 to 2024" (eleventh session)
    pairs = []
    for ed in ctx.order(claim, idx.editions_with(com, key)):
        r1 = next((r for r in idx.figure(com, key, cty, y1) if r.edition == ed and r.value is not None), None)
        r0 = next((r for r in idx.figure(com, key, cty, y0) if r.edition == ed and r.value), None)
        if r1 and r0:
            pairs.append((ed, r0, r1))
    if not pairs:
        return None

    def sign(p: tuple[str, Row, Row]) -> int:
        d = (p[2].value or 0.0) - (p[1].value or 0.0)
        return (d > 0) - (d < 0)

    def desc(p: tuple[str, Row, Row]) -> str:
        return f"{p[0]}: {_fmt(p[1].value, p[1].unit)} in {p[1].year} -> {_fmt(p[2].value, p[2].unit)} in {p[2].year}"

    stated = "a rise" if direction > 0 else "a fall"
    hit = next((p for p in pairs if ctx.is_current(claim, p[0], y1) and sign(p) == direction), None)
    if hit:
        return Verdict("supported", f"{desc(hit)}; stated {stated} (size not stated)",
                       [ctx.ev(hit[1], claim), ctx.ev(hit[2], claim)], hit[0])
    other = next((p for p in pairs if not ctx.is_current(claim, p[0], y1) and ctx.allowed(claim, p[0])
                  and sign(p) == direction), None)
    primary = next((p for p in pairs if ctx.is_current(claim, p[0], y1)), None)
    if other and primary is None:
        return Verdict("supported_by_other_edition", f"{desc(other)}; stated {stated} (size not stated)",
                       [ctx.ev(other[1], claim), ctx.ev(other[2], claim)], other[0])
    if primary is not None:
        if other and not ctx.later(other[0]):  # (a later edition or compilation cannot outvote the current one)
            return Verdict("supported_by_other_edition", f"{desc(other)}; stated {stated}; the current {desc(primary)}",
                           [ctx.ev(other[1], claim), ctx.ev(other[2], claim)], other[0])
        return Verdict("refuted", f"{desc(primary)}; stated {stated} (size not stated)",
                       [ctx.ev(primary[1], claim), ctx.ev(primary[2], claim)], primary[0])
    return None


def _unsized_change(claim: Claim) -> Verdict:
    """A change the annual tables cannot settle: its size is not stated ("hit a record high",
    "increased significantly"), it runs from a peak, or it is a price move with no year. The
    verdict names the series that would settle it."""
    info = claim.comparison or {}
    com, who = _com(claim.commodity), _name(claim.country) if claim.country else None
    if claim.measure == "price":
        why = ("a price move from a peak or to a record" if info.get("from_peak")
               else "a price move over part of a year" if info.get("sub_annual")
               else "a price move without its years" if claim.year is None
               else "a price move of unstated size" if claim.change is None
               else "a price move against an earlier date, not between two annual averages")
        return Verdict("unverifiable", f"{why}; the dataset holds annual average prices only",
                       needs=f"daily or monthly prices of {com}")
    if claim.measure == "quota":
        return Verdict("unverifiable", "a production quota is a policy ceiling, not output; the dataset holds no quotas",
                       needs=f"the {who or 'national'} quotas for {com} by year (e.g. MIIT quota notices)")
    meas = claim.measure or "production"
    if info.get("sub_annual") and meas in ("exports", "imports"):
        return Verdict("unverifiable", f"a change in monthly {meas}; the dataset holds annual trade figures",
                       needs=f"monthly customs data on {com} {meas} by partner{' for ' + who if who else ''}")
    if info.get("sub_annual"):
        return Verdict("unverifiable", f"a change over part of a year; the dataset holds annual {meas} figures",
                       needs=f"monthly {meas} data on {com}{' for ' + who if who else ''}")
    if info.get("from_peak"):
        return Verdict("unverifiable", f"a change from a peak or to a record; the dataset holds {meas} for a few years only",
                       needs=f"the full annual {meas} series of {com}{' for ' + who if who else ''}")
    return Verdict("unverifiable", f"the size of the change in {meas} is not stated, so no figure can settle it",
                   needs=f"the size and years of the change in {meas} of {com}{' for ' + who if who else ''}"
                   " (or company output figures when it speaks of one producer)")


# ------------------------------------------------------------------ event
_EVENT_NEEDS = ("an events table (event_id, date, type, title, actors, commodities, elements, "
                "legal_reference, source_id) recording this event")


_PREC_CHARS = {"year": 4, "month": 7}


#: id(row) -> (row, its ``_event_dates``): read once per row of the events table (the row is
#: kept with its dates, so that a new row never takes the dates of one freed before it)
_EVENT_DATES_OF: dict[int, tuple[dict[str, Any], tuple[tuple[str, int], ...]]] = {}


def _event_dates(e: dict[str, Any]) -> tuple[tuple[str, int], ...]:
    """The event's date and effective date, each with the characters its precision covers
    (found once per row: the matchers ask it of the same rows for every sentence)."""
    hit = _EVENT_DATES_OF.get(id(e))
    if hit is not None and hit[0] is e:
        return hit[1]
    if len(_EVENT_DATES_OF) > 50_000:
        _EVENT_DATES_OF.clear()
    got = _EVENT_DATES_OF[id(e)] = (e, _read_event_dates(e))
    return got[1]


def _read_event_dates(e: dict[str, Any]) -> tuple[tuple[str, int], ...]:
    out = []
    for key in ("date", "effective_date"):
        got = str(e.get(key) or "")[:10]
        if got:
            n = len(got)
            if key == "date":
                n = min(n, _PREC_CHARS.get(str(e.get("date_precision") or "day"), 10))
            out.append((got, n))
    return tuple(out)


def _role_dates(e: dict[str, Any], dates: tuple[tuple[str, int], ...] | None,
                role: str | None) -> tuple[tuple[str, int], ...]:
    """The event's dates a stated date can be: "took effect on X" only its effective date,
    "announced on X" only its own date, when the two differ; otherwise both."""
    got = dates if dates is not None else _event_dates(e)
    if role is None:
        return got  # (no role: both dates, whatever the event holds)
    day = str(e.get("date") or "")[:10]
    eff = str(e.get("effective_date") or "")[:10]
    if role is None or not eff or eff == day or len(got) < 2:
        return got
    keep = eff if role == "effective" else day
    return tuple(x for x in got if x[0] == keep) or got


def _week_end(monday: str) -> str:
    """The Sunday of the week starting on ``monday`` (ISO), or ``monday`` itself if it is no date."""
    import datetime as dt

    try:
        return (dt.date.fromisoformat(monday[:10]) + dt.timedelta(days=6)).isoformat()
    except ValueError:
        return monday


def _in_week(day: str, monday: str) -> bool:
    import datetime as dt

    try:
        return 0 <= (dt.date.fromisoformat(day[:10]) - dt.date.fromisoformat(monday[:10])).days <= 6
    except ValueError:
        return False


def _in_day_span(got: str, n: int, span: str) -> bool:
    """Whether an event date (``got``, of ``n`` significant characters) falls in a stated span
    of days ``YYYY-MM-DD/YYYY-MM-DD`` ("between 4 and 9 October"); a date known only to the
    month or year holds when its month or year overlaps the span."""
    lo, _, hi = span.partition("/")
    if not hi:
        return False
    return lo[:n] <= got[:n] <= hi[:n]


def _date_matches(stated: str, precision: str, e: dict[str, Any],
                  dates: tuple[tuple[str, int], ...] | None = None) -> bool:
    """A stated date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) is the event's date or its
    effective date, compared at the coarser of the two precisions; a ``week`` is the seven
    days from the Monday stated ("last week"); a ``range`` (``start/end``) holds any date in it."""
    if precision == "range":
        return any(_in_day_span(got, n, stated) for got, n in (dates if dates is not None else _event_dates(e)))
    if precision == "week":
        # an event known only to its month holds for a week that starts or ends in that month
        # ("last week" for a determination the table dates "May 2026")
        return any(_in_week(got, stated) if n >= 10 else n == 7 and got[:7] in (stated[:7], _week_end(stated)[:7])
                   for got, n in (dates if dates is not None else _event_dates(e)))
    p = _PREC_CHARS.get(precision, 10)
    for got, n in dates if dates is not None else _event_dates(e):
        k = min(n, p)
        if got[:k] == stated[:k]:
            return True
    return False


def _publication(claim: Claim, idx: EvidenceIndex) -> Verdict:
    """When a report came out ("Mineral Commodity Summaries 2025, published in March")
    against the release date in ``editions.csv``, at the precision stated."""
    ev = claim.event or {}
    if not ev.get("edition") and ev.get("series") and ev.get("year"):
        # "the USGS's March 2025 report": the edition of that series released in that year
        same = [e for e in idx.editions.values() if e.series.startswith(str(ev["series"]))
                and e.published[:4] == str(ev["year"])]
        if len(same) > 1:  # "USGS MCS" and "USGS MCS compiled": the series itself
            same = [e for e in same if e.series == str(ev["series"])]
        if len(same) == 1:
            ev["edition"] = same[0].edition
    info = idx.editions.get(str(ev.get("edition") or ""))
    if info is None or not info.published:
        return Verdict("unverifiable", f"no release date for {ev.get('edition')} in the dataset",
                       needs=f"the release date of {ev.get('edition')} (editions.csv)")
    stated = list(ev.get("dates") or [])
    said = ", ".join(d.replace("/", " to ") if p == "range" else d for d, p in stated)
    evid = [Evidence(edition=info.edition, source_id="", commodity="", measure="published", country="",
                     year=None, value=None, unit="", published=info.published, current=True)]
    held = _PREC_CHARS.get(_fresh_release_precision(info.edition), 10)
    ok = any(_in_week(info.published[:held], d) if p == "week" and held == 10 else
             _in_day_span(info.published, 10, d) if p == "range" and held == 10 else
             info.published[:min(held, _PREC_CHARS.get(p, 10))] == d[:min(held, _PREC_CHARS.get(p, 10))]
             for d, p in stated)
    if held < 10:
        # editions.csv knows the month only ("2024-05"): a day stated inside it is not contradicted
        return Verdict("supported" if ok else "refuted",
                       f"{info.edition} was published in {info.published[:held]} (the table holds the "
                       f"{'month' if held == 7 else 'year'} only; stated {said})", evid, info.edition)
    return Verdict("supported" if ok else "refuted",
                   f"{info.edition} was published on {info.published} (stated {said})", evid, info.edition)


def _legal_matches(legal: tuple[int, int | None], e: dict[str, Any]) -> bool:
    """"No. 57 of 2025" against the event's legal reference; a number stated without a year
    matches that number of any year (the events considered are those before the article)."""
    ref = str(e.get("legal_reference") or "")
    year = rf"{legal[1]}" if legal[1] is not None else r"\d{4}"
    return re.search(rf"\bNo\.?\s*{legal[0]}\s+of\s+{year}\b", ref) is not None


_EVENT_ROWS: dict[int, tuple[list[dict[str, Any]], list[tuple[Any, ...]]]] = {}


def _event_rows(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """The events table parsed once per table: (row, date, actors, commodities, type, element count)."""
    hit = _EVENT_ROWS.get(id(events))
    if hit is not None and hit[0] is events:
        return hit[1]

    def parts(cell: Any) -> frozenset[str]:
        return frozenset(a.strip() for a in str(cell or "").split(";") if a.strip())

    rows = [(e, str(e.get("date") or "")[:10], parts(e.get("actors")), parts(e.get("commodities")),
             str(e.get("type") or "").lower(), len(parts(e.get("elements"))), _event_dates(e)) for e in events]
    _EVENT_ROWS.clear()
    _EVENT_ROWS[id(events)] = (events, rows)
    return rows


_EVENTS_BY_COMMODITY: dict[int, tuple[list[tuple[Any, ...]], dict[str, list[int]]]] = {}


def _event_candidates(events: list[dict[str, Any]], coms: set[str]) -> list[tuple[Any, ...]]:
    """The parsed events that can match a claim naming ``coms``: with commodities, only
    the events sharing one of them (the others are skipped by :func:`_event` anyway), in
    table order; without, every event."""
    rows = _event_rows(events)
    if not coms:
        return rows
    hit = _EVENTS_BY_COMMODITY.get(id(events))
    if hit is None or hit[0] is not rows:
        by: dict[str, list[int]] = {}
        for i, r in enumerate(rows):
            for c in r[3]:
                by.setdefault(c, []).append(i)
        _EVENTS_BY_COMMODITY.clear()
        hit = _EVENTS_BY_COMMODITY[id(events)] = (rows, by)
    found: set[int] = set()
    for c in coms:
        found.update(hit[1].get(c, ()))
    found.update(hit[1].get("critical_minerals", ()))  # a deal on critical minerals covers each of them
    return [rows[i] for i in sorted(found)]


_EVENTS_BY_PARTY: dict[int, tuple[list[tuple[Any, ...]], dict[str, set[int]]]] = {}


def _agent_events(events: list[dict[str, Any]], cands: list[tuple[Any, ...]],
                     agent: Any) -> list[tuple[Any, ...]]:
    """``cands`` without the events :func:`_fresh_other_actor` skips for the claim's agent
    (neither among the event's actors nor its imposing party), through an index of the
    events by party built once per events table: the same events are scored, in the same order."""
    if not agent:
        return cands
    rows = _event_rows(events)
    hit = _EVENTS_BY_PARTY.get(id(events))
    if hit is None or hit[0] is not rows:
        by: dict[str, set[int]] = {}
        for r in rows:
            for x in {*r[2], str(r[0].get("imposed_by") or "")}:
                by.setdefault(x, set()).add(id(r))
        _EVENTS_BY_PARTY.clear()
        hit = _EVENTS_BY_PARTY[id(events)] = (rows, by)
    mine = hit[1].get(str(agent), set())
    return [r for r in cands if id(r) in mine]


_EVENTS_BY_ACTOR: dict[int, tuple[list[tuple[Any, ...]], dict[str, set[int]], dict[str, set[int]]]] = {}
_DEAL_ROWS: dict[int, tuple[list[tuple[Any, ...]], set[int]]] = {}


_NO_DEAL_ROWS: frozenset[int] = frozenset()


def _deal_rows(events: list[dict[str, Any]]) -> set[int]:
    """The ``id`` of every event of a deal type (``event_terms._DEAL_TYPES``, read exactly as
    :func:`event_terms.company_deal_elsewhere` reads it), built once per events table: the
    only events that function can skip, so the others need not ask it."""
    from critmin.claims.event_terms import _DEAL_TYPES

    rows = _event_rows(events)
    hit = _DEAL_ROWS.get(id(events))
    if hit is None or hit[0] is not rows:
        _DEAL_ROWS.clear()
        hit = _DEAL_ROWS[id(events)] = (rows, {id(r[0]) for r in rows if str(r[0].get("type") or "") in _DEAL_TYPES})
    return hit[1]


def _shared_events(events: list[dict[str, Any]], cands: list[tuple[Any, ...]], ev: dict[str, Any],
                   coms: set[str], hint: set[str], umbrella: bool) -> list[tuple[Any, ...]]:
    """``cands`` without the events the second test of :func:`_fresh_other_actor` skips (no
    legal reference, the sentence names parties or context commodities, and the event shares
    none of its parties, commodities or context commodities, nor "critical minerals" under the
    umbrella word), through an index of the events by actor and by commodity built once per
    events table: the same events are scored, in the same order."""
    if ev.get("legal"):
        return cands
    firm_based = ev.get("firm_countries") or ()
    actors = [a for a in ev.get("actors") or () if a not in firm_based]
    if not (actors or hint):
        return cands
    rows = _event_rows(events)
    hit = _EVENTS_BY_ACTOR.get(id(events))
    if hit is None or hit[0] is not rows:
        by_actor: dict[str, set[int]] = {}
        by_com: dict[str, set[int]] = {}
        for r in rows:
            for x in r[2]:
                by_actor.setdefault(x, set()).add(id(r))
            for x in r[3]:
                by_com.setdefault(x, set()).add(id(r))
        _EVENTS_BY_ACTOR.clear()
        hit = _EVENTS_BY_ACTOR[id(events)] = (rows, by_actor, by_com)
    keep: set[int] = set()
    for a in actors:
        keep |= hit[1].get(a, set())
    for c in (*coms, *hint):
        keep |= hit[2].get(c, set())
    if umbrella:
        keep |= hit[2].get("critical_minerals", set())
    return [r for r in cands if id(r) in keep]


#: the event types (events.csv) each kind of wording can name; a claim about export controls
#: is not settled by an investment or a deal that happens to share its month
_TYPE_FAMILY = {
    "control": ("export_control", "quota", "licence_grant", "border_closure", "liberalisation"),
    "agreement": ("agreement", "entry_into_force", "ratification", "offer_statement", "investment",
                  "legislation"),  # an act is adopted and enters into force like a treaty
    "suspension": ("suspension", "supply_disruption"),  # "suspended exports to Japan": a halt of trade
    "tariff": ("tariff", "anti_dumping", "investigation", "policy_decision", "sanction"),
    "determination": ("anti_dumping_determination",),  # a ruling, not the petition or the investigation
}
#: kinds of happening named by fresh policy-event wording (ratified, met, seized, closed the border,
#: opened an investigation): each fits only the event types of that kind
_TYPE_FAMILY.update({
    "ratification": ("ratification", "entry_into_force"),
    "disruption": ("supply_disruption",),
    "border": ("border_closure",),
    "investigation": ("investigation", "anti_dumping", "policy_decision"),
    "statement": ("offer_statement", "agreement"),
    "sanction": ("sanction",),  # "imposed sanctions on", "blacklisted 14 firms"
    "licence": ("licence_grant",),  # "some applications have been approved" (policy_acts.py): a grant, not the control
    # "suspended all cobalt exports for four months", "a suspension of ore shipments": the trade itself
    # halted, not a measure eased: an export ban of the country, or a firm's halt of its shipments
    "export_halt": ("export_control", "supply_disruption"),
})
#: a law or regulation the sentence says was made ("introduced regulations", "unveiled new rules",
#: "the law was adopted"): the kind of a legislation row, for a sentence that names no measure word
_LAW_SAID = re.compile(
    r"\b(?:introduc|unveil|issu|publish|adopt|enact|pass|promulgat|approv)(?:ed|es|ing|e|s)?\s+(?:[\w-]+\s+){0,5}?"
    r"(?:regulations|rules|law|laws|act|decree)\b|\b(?:regulations|rules|law|act|decree)\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:introduced|unveiled|issued|published|adopted|enacted|passed|promulgated|approved)\b", re.I)
#: a suspension whose object is the exports (shipments) themselves, not a measure on them
#: ("suspends cobalt exports", "the suspension of all raw-mineral exports"; not "suspended its
#: export controls", "paused export licences")
_EXPORTS_HALTED = re.compile(
    r"\b(?:suspen(?:d|ds|ded|ding|sion)|paus(?:e|es|ed|ing))\s+(?:of\s+|on\s+)?"
    r"(?:(?!(?:bans?|controls?|curbs?|restrictions?|licen[cs]\w*|permits?|quotas?|tariffs?|measures?|rules?)\b)[\w-]+,?\s+){0,5}?"
    r"(?:exports|shipments|export\s+shipments)\b(?!\s+(?:controls?|bans?|restrictions?|curbs?|licen[cs]|permits?|quotas?|rules))",
    re.I)


_REMEDY_SAID = re.compile(r"\b(anti-?dumping|countervailing|dumping)\b", re.I)
_REMEDY_STAGE = re.compile(r"\b(final|preliminary)\b", re.I)


_TECH_SAID = re.compile(r"technolog|know-how|\btechniques?\b|\bexpertise\b|\bprocess(?:es)? to\b", re.I)
#: a word every match of ``_TECH_SAID`` holds, in lower case (:func:`_tech_said`)
_TECH_SAID_PARTS = ("techn", "know-how", "expertise", "process")


def _tech_said(sentence: str) -> bool:
    """Whether ``_TECH_SAID`` finds a match in ``sentence``: never when its lowered form holds none of
    ``_TECH_SAID_PARTS`` and no character that matches an ASCII letter ignoring case (one search a
    claim: most sentences hold none of them)."""
    low = sentence.lower()
    if not any(w in low for w in _TECH_SAID_PARTS) and (sentence.isascii() or not any(
            ch in sentence for ch in _FOLDS_TO_ASCII)):
        return False
    return _TECH_SAID.search(sentence) is not None


def _technology_measure(e: dict[str, Any]) -> bool:
    """A measure on the export of technology, not of goods: its title names technology and its
    stages no trade ("China bans export of rare-earth separation technology")."""
    return "technolog" in str(e.get("title") or "").lower() and "trade" not in str(e.get("stages") or "")


_TECHNOLOGY_ROWS: dict[int, tuple[list[dict[str, Any]], frozenset[int]]] = {}


def _technology_rows(events: list[dict[str, Any]]) -> frozenset[int]:
    """The ids of the rows of ``events`` that are :func:`_technology_measure`, found once per
    events table (the event judge asks it of every candidate row of every event claim)."""
    hit = _TECHNOLOGY_ROWS.get(id(events))
    if hit is not None and hit[0] is events:
        return hit[1]
    ids = frozenset(id(e) for e in events if _technology_measure(e))
    _TECHNOLOGY_ROWS.clear()
    _TECHNOLOGY_ROWS[id(events)] = (events, ids)
    return ids


def other_remedy(sentence: str, e: dict[str, Any]) -> bool:
    """The sentence names a trade remedy (an anti-dumping or countervailing duty, a preliminary or
    final determination) that the row is not: a Section 301 tariff is no countervailing duty, a
    preliminary anti-dumping margin no final ruling."""
    said = _REMEDY_SAID.search(sentence)
    if said is None:
        return False
    row = f"{e.get('type')} {e.get('title')} {e.get('legal_reference')}".lower().replace("_", " ")
    if "countervailing" in said.group(1).lower():
        if "countervailing" not in row and "cvd" not in row:
            return True
    elif "dumping" not in row and " ad " not in f" {row} ":
        return True
    stage = _REMEDY_STAGE.search(sentence)
    # a stage named ("a final ruling") is matched only by a row of that stage
    return stage is not None and stage.group(1).lower()[:6] not in row


def _type_fits(said: Any, e_type: str) -> bool | None:
    """Whether an event of type ``e_type`` is of the kind the claim names (None: no kind named)."""
    family = _TYPE_FAMILY.get(str(said or ""))
    if family is None:
        return None
    return e_type.startswith(family)


def _end_matches(ends: list[tuple[str, str]], e: dict[str, Any]) -> bool | None:
    """"valid through November 10, 2026" against the event's end date (None: no end recorded)."""
    if not ends:
        return None
    got = str(e.get("end_date") or "")[:10]
    if not got:
        return None
    return any(_in_week(got, d) if p == "week" else _in_day_span(got, 10, d) if p == "range" else
               got[:_PREC_CHARS.get(p, 10)] == d[:_PREC_CHARS.get(p, 10)] for d, p in ends)


def _unnamed_party(actors: set[str], e_actors: frozenset[str]) -> bool:
    """A country party to the event (upper-case ISO code) that the sentence does not name."""
    return any(a.isupper() and len(a) == 3 and a not in actors for a in e_actors)


_FAMILY_ROWS: dict[tuple[int, frozenset[str]], tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]] = {}


def _family_rows(events: list[dict[str, Any]], family: set[str]) -> list[tuple[Any, ...]]:
    """The parsed events whose type starts with one of ``family``, in table order, found once
    per events table and family."""
    rows = _event_rows(events)
    key = (id(events), frozenset(family))
    hit = _FAMILY_ROWS.get(key)
    if hit is None or hit[0] is not rows:
        if len(_FAMILY_ROWS) > 64 or any(k[0] != id(events) for k in _FAMILY_ROWS):
            _FAMILY_ROWS.clear()
        hit = _FAMILY_ROWS[key] = (rows, [r for r in rows if any(r[4].startswith(t) for t in family)])
    return hit[1]


def _other_event_dated(stated: list[tuple[str, str]], ev: dict[str, Any], coms: set[str],
                       chosen: dict[str, Any], events: list[dict[str, Any]], on: str | None) -> str | None:
    """Another event of the table, of the claim's kind or the controls a deal or suspension
    eases, sharing a commodity, that a stated date belongs to (its title and date), if any."""
    family = set(_TYPE_FAMILY.get(str(ev.get("type") or ""), ()))
    if not family:
        return None
    if ev.get("type") in ("suspension", "agreement"):
        family |= set(_TYPE_FAMILY["control"])
    for e, edate, _, e_coms, _e_type, _, e_dates in _family_rows(events, family):
        if e is chosen or (on and edate and edate > on[:10]):
            continue
        if coms and coms.isdisjoint(e_coms):  # (_family_rows kept the rows of a type of the family)
            continue
        # (the date first: it is cheaper than the parties, and a row is the answer only when both fit)
        said = next((d for d, p in stated if _date_matches(d, p, e, e_dates)), None)
        if said is None:
            continue
        if not coms and not _names_a_party(ev, e) and (
                _event_parties(e).isdisjoint(_event_parties(chosen)) or e_coms.isdisjoint(_coms_of(chosen))):
            # "the rebels seized the battalion on October 14" against a mine's suspension of that day in
            # another country: a row sharing no commodity, country or agency with the sentence, nor a
            # country and a commodity with the event matched (the ban a suspension eases), is not a
            # measure the sentence names beside this one, and its date is no right date for this one
            continue
        if _parties_left_out(ev, e, every=False) or (_parties_left_out(ev, e, every=True) and (
                ev.get("type") == "agreement" or not _event_parties(e) <= set(ev.get("actors") or []))):
            # "China and Japan signed a deal in 2024": an EU act or a China-Myanmar measure of 2024 is not it;
            # a deal or meeting is between all the countries named, so a row without one of them is another
            continue
        return f"{said} is the date of: {e.get('title') or e.get('event_id')}"
    return None


def _names_a_party(ev: dict[str, Any], e: dict[str, Any]) -> bool:
    """The sentence names a country party to the row ``e`` or one of its firms or agencies."""
    if not _event_parties(e).isdisjoint(ev.get("actors") or ()):
        return True
    cells = {x.strip() for k in ("actors", "imposed_by", "targets") for x in str(e.get(k) or "").split(";")}
    return not cells.isdisjoint(ev.get("agents") or ())


#: the score (parties x2, commodities, kind +2) a match needs to settle an undated claim
_FIRM_MATCH = 5


def _predates(stated: list[tuple[str, str]], e: dict[str, Any]) -> bool:
    """Every stated date is more than a year before the event was announced."""
    got = str(e.get("date") or "")[:4]
    if not got.isdigit():
        return False
    return all(d[:4].isdigit() and int(d[:4]) < int(got) - 1 for d, _ in stated)


def _identified(ev: dict[str, Any], e: dict[str, Any], coms: set[str]) -> bool:
    """The claim names the event's kind and one of its commodities, and no country outside
    its actors: the table holds the measure the sentence talks about."""
    e_type = str(e.get("type") or "").lower()
    e_coms = {x.strip() for x in str(e.get("commodities") or "").split(";") if x.strip()}
    e_actors = {x.strip() for x in str(e.get("actors") or "").split(";") if x.strip()}
    actors = set(ev.get("actors") or [])
    named = actors | (set(ev.get("agents") or []) & e_actors)  # "the KIA", "MOFCOM": actors named without a country
    return bool(_type_fits(ev.get("type"), e_type)) and bool(coms & e_coms) and bool(named) and actors <= e_actors


_KIND_WORDS_FRESH = {"licence": "licence-grant", "control": "export-control", "agreement": "agreement", "suspension": "suspension", "export_halt": "export ban or halt",
                     "tariff": "tariff or trade-remedy", "ratification": "ratification", "disruption": "seizure or disruption",
                     "border": "border-closure", "investigation": "investigation", "statement": "statement"}


def _event_needs(claim: Claim) -> str:
    """What would settle an event claim the table cannot: a row of events.csv for that event,
    described by the kind, parties, commodities and date the sentence gives."""
    ev = claim.event or {}
    kind = _KIND_WORDS_FRESH.get(str(ev.get("type") or ""), "")
    who = ", ".join(list(ev.get("actors") or []) + list(ev.get("agents") or []))
    coms = ", ".join(str(c).replace("_", " ") for c in (ev.get("commodities") or []))
    when = ", ".join(str(d) for d, _ in (ev.get("dates") or []))
    parts = [f"the {kind} event" if kind else "the event"]
    if who:
        parts.append(f"of {who}")
    if coms:
        parts.append(f"on {coms}")
    if when:
        parts.append(f"dated {when}")
    return (" ".join(parts) + " as a row of events.csv (event_id, date, type, title, actors, commodities, "
            "elements, legal_reference, source_id)")


#: event types whose percentage quantity is a duty rate the sentence can state
_RATE_TYPES = frozenset({"tariff", "anti_dumping_determination"})


def _event_percent(e: dict[str, Any]) -> float | None:
    """The event's headline quantity when it is a percentage (a tariff rate, a share)."""
    if str(e.get("unit") or "") != "percent":
        return None
    try:
        return float(str(e.get("quantity") or ""))
    except ValueError:
        return None


def _word_char(c: str) -> bool:
    """A character ``re``'s ``\\w`` matches in a str pattern (Unicode letters and digits, "_")."""
    return c.isalnum() or c == "_"


def names_whole(name: str, text: str) -> bool:
    """Whether ``re.search(rf"\\b{re.escape(name)}\\b", text)`` finds a match, without compiling a
    pattern per name (the names come from the articles checked: compiling one costs more than
    reading every event title with it): each place ``name`` is written, with a word boundary
    (``\\b``: a word character on one side only) before and after it."""
    if not name:
        return re.search(r"\b", text) is not None
    n, k = len(text), len(name)
    first, last = _word_char(name[0]), _word_char(name[-1])
    i = text.find(name)
    while i >= 0:
        j = i + k
        if (i > 0 and _word_char(text[i - 1])) != first and (j < n and _word_char(text[j])) != last:
            return True
        i = text.find(name, i + 1)
    return False


_NAME_IN_TITLE: dict[tuple[str, str], bool] = {}


def _name_in_title(name: str, title: str) -> bool:
    """:func:`names_whole` of a name of the sentence in an event's title, answered once per pair
    (every claim naming it reads it against the same titles); the memo is emptied when it grows
    past 200,000 pairs."""
    key = (name, title)
    got = _NAME_IN_TITLE.get(key)
    if got is None:
        if len(_NAME_IN_TITLE) >= 200_000:
            _NAME_IN_TITLE.clear()
        got = _NAME_IN_TITLE[key] = names_whole(name, title)
    return got


_WORD_RUN = re.compile(r"\w+")
_TITLE_WORDS: dict[int, tuple[list[dict[str, Any]], dict[str, set[int]]]] = {}


def _titled_rows(events: list[dict[str, Any]], names: Iterable[str]) -> set[int]:
    """The ``id`` of every event whose title :func:`names_whole` one of ``names``. A name made of
    word characters only is found whole exactly when it is one of the title's runs of word
    characters (``\\w+``, the characters :func:`_word_char` accepts), looked up in an index of
    the titles' words built once per events table; any other name is read row by row."""
    hit = _TITLE_WORDS.get(id(events))
    if hit is None or hit[0] is not events:
        by: dict[str, set[int]] = {}
        for e in events:
            for w in _WORD_RUN.findall(str(e.get("title") or "")):
                by.setdefault(w, set()).add(id(e))
        _TITLE_WORDS.clear()
        hit = _TITLE_WORDS[id(events)] = (events, by)
    out: set[int] = set()
    for n in names:
        if n and all(_word_char(c) for c in n):
            out |= hit[1].get(n, set())
        else:
            out |= {id(e) for e in events if _name_in_title(n, str(e.get("title") or ""))}
    return out


def _fresh_score(ev: dict[str, Any], e: dict[str, Any], e_actors: frozenset[str], shared: set[str],
                 stated: list[tuple[str, str]], titled: set[int] | None = None) -> int:
    """Match points from the rules for fresh event wording: a non-country actor the sentence names
    (MOFCOM, the KIA, the Pentagon), a proper name shared with the event's title (Busan, Pangwa),
    and the percentage the sentence states against the event's (a 10% tariff is not a 145% one)."""
    agents = ev.get("agents")
    score = 2 * len(e_actors.intersection(agents)) if agents else 0
    names = ev.get("names")
    if names and (id(e) in titled if titled is not None else
                  any(_name_in_title(n, str(e.get("title") or "")) for n in names)):
        score += 2
    # (a duty rate: a tariff, or a trade-remedy determination's rate, "a final duty of 109.1%")
    said = ev.get("percents") or []
    pct = _event_percent(e) if said and str(e.get("type") or "") in _RATE_TYPES else None
    if pct is not None and said:
        score += 2 if any(abs(p - pct) < 0.05 for p in said) else -3
    return score


def _drop_said_dates(stated: list[tuple[str, str]], roles: dict[str, str],
                     e: dict[str, Any]) -> tuple[list[tuple[str, str]], bool]:
    """Dates that only date a statement ("the ministry said on July 6") and are not the event's:
    a later statement about the measure, not a wrong date for it. Returns the dates kept and
    whether every stated date was such a date (the claim is then read as undated)."""
    keep = [(d, p) for d, p in stated if (roles.get(d) not in ("said", "background") or _date_matches(d, p, e))
            and not (roles.get(d) == "as_of" and str(e.get("date") or "")[:10] <= d)]  # (event_context._mark_as_of)
    return keep, bool(stated) and not keep


#: a noun or verb of a measure that the event kinds do not read ("imposed licences on gallium")
_MEASURE_WORD = re.compile(r"\b(?:licen[cs](?:e|es|ing)|permits?|export\s+controls?|bans?|banned|quotas?|tariffs?"
                           r"|restrictions?|curbs?|embargo(?:es)?|sanctions?)\b", re.I)


def _fresh_verdict(ev: dict[str, Any], e: dict[str, Any], score: int, stated: list[tuple[str, str]],
                   coms: set[str], legal: Any, undated_now: bool, sentence: str = "") -> Verdict | None:
    """Cases where the closest event is not the one the sentence reports, so that neither a
    match nor a disagreement can settle it (labelling rule 9: an event the table does not hold
    is unverifiable): an event of another kind, a percentage the event does not have, or a match
    resting on a bare year and nothing else."""
    title = str(e.get("title") or e.get("event_id"))
    e_type = str(e.get("type") or "").lower()
    evid = [Evidence(edition=str(e.get("event_id") or ""), source_id=str(e.get("source_id") or ""),
                     commodity=str(e.get("commodities") or ""), measure="event",
                     country=str(e.get("actors") or ""), year=None, value=None, unit="",
                     published=str(e.get("date") or "")[:10], locator=str(e.get("title") or ""), current=True)]
    claim_stub = Claim(sentence="", span=(0, 0), kind="event", text="", event=ev)
    if legal:
        return None
    kind = str(ev.get("type") or "")
    named = any(names_whole(n, title) for n in ev.get("names") or [])
    kinds = [k for k in [kind, *(ev.get("kinds") or [])] if k]
    if kind and not named and all(_type_fits(k, e_type) is False for k in kinds) and not suspension_in_deal(ev, e):
        return Verdict("unverifiable", f"no {_KIND_WORDS_FRESH.get(kind, kind)} event like this in the table; "
                       f"closest, of another kind: {title}", evid, needs=_event_needs(claim_stub))
    pct = _event_percent(e) if e_type in _RATE_TYPES else None
    said = ev.get("percents") or []
    if pct is not None and said and not any(abs(p - pct) < 0.05 for p in said) and not (coms & _coms_of(e)):
        return Verdict("unverifiable", f"no event with that rate in the table; closest: {title} ({pct:g} percent)",
                       evid, needs=_event_needs(claim_stub))
    if stated and all(p == "year" for _, p in stated) and not (coms & _coms_of(e)) and not ev.get("count") \
            and score - 1 < _FIRM_MATCH:
        return Verdict("unverifiable", f"the sentence names the event only by its year; closest: {title} "
                       f"(dated {str(e.get('date') or '')[:10]})", evid, needs=_event_needs(claim_stub))
    if stated and all(p == "year" for _, p in stated) and not kind and not named and not ev.get("count") \
            and not (ev.get("act") and _act_matches(ev.get("act"), e)) and not _MEASURE_WORD.search(sentence):
        # "Executive orders were issued in 2019", "the project was approved in 2022": a sentence
        # that names no kind of measure, no name of the row and only a year shares a year and at
        # most a commodity with the row, which does not make it the row's act (labelling rule 9)
        return Verdict("unverifiable", f"the sentence names no kind of measure and only a year; closest: {title} "
                       f"(dated {str(e.get('date') or '')[:10]})", evid, needs=_event_needs(claim_stub))
    return None


#: a deal the sentence names as a sale of output ("signed a 15-year offtake agreement", "a binding
#: long-term supply agreement", "agreements to secure feedstock")
_OFFTAKE_SAID = re.compile(
    r"\b(?:off-?take|supply|purchase|sales?|feedstock)\s+(?:agreements?|deals?|contracts?|arrangements?)\b"
    r"|\bagreements?\s+to\s+(?:secure|supply|buy|purchase)\b", re.I)
#: a row that records such a sale: an offtake, a purchase, a supply contract, a price floor
_SALE_ROW = re.compile(r"\boff-?take|\bbuy(?:s|ing)?\b|\bpurchas|\bsales?\b|\bsupply\s+(?:agreement|deal|contract)"
                       r"|\bfeedstock|\bprice\s+floor", re.I)


def _records_sale(e: dict[str, Any]) -> bool:
    """Whether the row records a sale of output (see ``_OFFTAKE_SAID``)."""
    return str(e.get("type") or "") == "price_floor" or _SALE_ROW.search(
        " ".join(str(e.get(k) or "") for k in ("title", "what_changed", "detail"))) is not None


def _coms_of(e: dict[str, Any]) -> set[str]:
    return {x.strip() for x in str(e.get("commodities") or "").split(";") if x.strip()} - {"critical_minerals"}


def _outside_parties(actors: set[str], e: dict[str, Any]) -> bool:
    """An agreement the sentence has a country sign that is not among the event's parties
    ("Kazakhstan and the United States signed ...", against a US-China deal): another deal."""
    if not str(e.get("type") or "").lower().startswith(_TYPE_FAMILY["agreement"]):
        return False
    e_actors = {x.strip() for x in str(e.get("actors") or "").split(";")}
    return bool(actors - e_actors)
def _fresh_other_actor(ev: dict[str, Any], e: dict[str, Any], e_actors: frozenset[str], coms: set[str],
                       e_coms: frozenset[str], hint: set[str], umbrella: bool) -> bool:
    """Whether the event is another country's measure: the country the sentence makes the
    subject of the measure verb ("Zimbabwe suspended ...") is not among its actors, or the
    sentence shares no party, commodity or context commodity with it ("The ban was
    extended in June" after sentences on Congo's cobalt is not a Chinese rare-earth
    measure that happens to be dated in June)."""
    agent = ev.get("agent")
    if agent and agent not in e_actors and agent != str(e.get("imposed_by") or ""):
        return True
    if ev.get("legal"):
        return False
    firm_based = ev.get("firm_countries") or ()
    actors = [a for a in ev.get("actors") or () if a not in firm_based]  # (the sets of old, without building them)
    if not (actors or hint):
        return False
    shared_com = bool(coms & e_coms) or bool(hint & e_coms) or (umbrella and "critical_minerals" in e_coms)
    return e_actors.isdisjoint(actors) and not shared_com


@cache
def _fresh_release_precision(edition: str) -> str:
    """The precision (day, month, year) of an edition's release date in ``editions.csv``."""
    import csv

    from critmin.dataset import DATA_DIR

    with (DATA_DIR / "editions.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r.get("edition") == edition:
                return str(r.get("date_precision") or "day")
    return "day"


_FRESH_MONTHS = (_lx.joined(_lx.MONTHS) +
                 "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?")
#: "October 16, 2025", "16 October 2025": a day's date, which dates a measure, not a statistic
_FRESH_FULL_DATE = re.compile(
    rf"\b(?:(?:{_FRESH_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_FRESH_MONTHS})\s+)(?P<y>20\d\d)\b")


def _fresh_year_only_in_full_date(claim: Claim) -> bool:
    """The claim's year stands in the sentence only inside a day's date after the figure
    ("... accounts for about 70 percent ..., set to take effect on October 16, 2025"): that
    date belongs to the measure the sentence goes on to name, and the share is in the
    present tense."""
    y = str(claim.year)
    sent = claim.sentence
    pos = claim.span[0] - claim.sentence_span[0]
    full = [m for m in _FRESH_FULL_DATE.finditer(sent) if m.group("y") == y]
    return bool(full) and all(m.start() > pos for m in full) and sent.count(y) == len(full)


#: a region that scopes a rank: "Africa's largest", "the largest ... in Europe", "the top Asian producer"
_FRESH_REGION = (r"(?:Africa|Europe|Asia|Latin\s+America|South\s+America|North\s+America|Central\s+Asia"
                 r"|Southeast\s+Asia|South-East\s+Asia|the\s+Middle\s+East|Oceania|the\s+EU|the\s+European\s+Union"
                 r"|the\s+Americas|the\s+West|the\s+region|the\s+continent)")
#: a sentence whose subject is a region: "Africa, endowed with ...", "Latin America holds ..."
_REGION_SUBJECT = re.compile(rf"\s*(?P<region>{_FRESH_REGION})\b(?!['\u2019])", re.I)
_CAPITALISED = re.compile(r"\b[A-Z]")
_FRESH_REGION_BEFORE = re.compile(rf"\b{_FRESH_REGION}['\u2019]s\s+(?:[\w-]+\s+){{0,3}}$")
_FRESH_REGION_AFTER = re.compile(rf"^(?:\s+[\w-]+){{0,4}}?\s+(?:in|of|across)\s+{_FRESH_REGION}\b")
_FRESH_REGION_ADJ = re.compile(r"\b(?:African|European|Asian|Latin\s+American|South\s+American|North\s+American"
                               r"|Central\s+Asian|Southeast\s+Asian|Middle\s+Eastern)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:producers?|miners?|suppliers?|exporters?|countr(?:y|ies)|nations?)\b")


#: "anode producers", "battery makers", "cathode material suppliers": makers of a product made
#: from the mineral, whose output the dataset does not hold
_FRESH_DOWNSTREAM = re.compile(
    r"\b(?P<what>(?:anode|cathode|battery|batteries|cell|precursor|wafer|chip|semiconductor|catalyst|catalytic\s+converter"
    r"|electric[- ]vehicle|EV)s?)\s+(?:materials?\s+)?(?:producers?|makers?|manufacturers?|suppliers?|producing\s+countries)\b"
    r"|\b(?:producers?|makers?|manufacturers?|suppliers?)\s+of\s+(?:[\w-]+\s+){0,2}?(?P<what2>anodes?|cathodes?"
    r"|batter(?:y|ies)|cells|precursors?|wafers?|chips?|semiconductors?|catalysts?)\b",
    re.I)


def _fresh_regional_rank(claim: Claim) -> str | None:
    """The region a rank is scoped to ("Africa's largest lithium producer", "the largest
    producer in Europe", "the top African producer"), if any."""
    sent = claim.sentence
    pos = claim.span[0] - claim.sentence_span[0]
    end = claim.span[1] - claim.sentence_span[0]
    if not (0 <= pos <= end <= len(sent)):
        return None
    m = _FRESH_REGION_BEFORE.search(sent[max(0, pos - 60):pos])
    if m is not None:
        return re.sub(r"['\u2019]s\s.*$", "", m.group(0), flags=re.S).strip()
    m = _FRESH_REGION_AFTER.match(sent[end:end + 60])
    if m is not None:
        return re.split(r"\s(?:in|of|across)\s", m.group(0))[-1].strip()
    m = _FRESH_REGION_ADJ.search(sent[max(0, pos - 10):end + 40])
    if m is not None:
        return m.group(0).split()[0]
    return None


#: how far back "recent", "recently", "latest", "last month" reach from the article's date (an
#: assumption: news calls a measure recent for about a year and a half at most)
RECENT_EVENT_DAYS = 548


def _recent_from(on: str | None) -> str | None:
    """The first day (ISO) of the window a relative time word ("the recent easing") binds an
    undated event to, or None without an article date."""
    if not on:
        return None
    try:
        day = datetime.date.fromisoformat(on[:10])
    except ValueError:
        return None
    return (day - datetime.timedelta(days=RECENT_EVENT_DAYS)).isoformat()


def _period_end(edate: str) -> str:
    """The last day an event date of year or month precision may stand for ("2010" -> "2010-12-31")."""
    return edate + "-12-31" if len(edate) == 4 else edate + "-31" if len(edate) == 7 else edate[:10]


def _event(claim: Claim, idx: EvidenceIndex, on: str | None = None) -> Verdict:
    """An event claim against the events table: the event that best matches the actors,
    commodities, type, stated dates (event or effective date), legal reference and count,
    among the events dated on or before the article (later events cannot be what it meant)."""
    ev = claim.event or {}
    if ev.get("type") == "publication":
        return _publication(claim, idx)
    if ev.get("type") == "control" and ("approved" in claim.sentence or "granted" in claim.sentence
                                        or "issued" in claim.sentence or "secured" in claim.sentence
                                        or "issuing" in claim.sentence or "granting" in claim.sentence):
        from critmin.claims.policy_acts import _GRANTED

        got = _GRANTED.search(claim.sentence)
        if got is not None and got.group("v3") is None:
            # "applications for cobalt export permits have been approved": a grant under a control,
            # not the control itself (policy_acts.py reads the same words as a licence grant)
            ev = {**ev, "type": "licence", "kinds": ["licence"]}
    if ev.get("type") == "suspension" and _EXPORTS_HALTED.search(claim.sentence) is not None:
        # "the DRC suspended cobalt exports for four months": the exports are halted (an export
        # ban, or a firm's halt), not a measure suspended; a row of those kinds is the event
        ev = {**ev, "type": "export_halt",
              "kinds": ["export_halt" if k == "suspension" else k for k in ev.get("kinds") or []]}
    if ev.get("type") in ("deal_term", "transaction", "operation", "announced"):  #
        from critmin.claims.event_terms import term_verdict

        return term_verdict(claim, idx.events, on)
    if ev.get("type") in ("critical_list", "policy_act", "company_deal"):  # policy_acts.POLICY_ACT_TYPES
        from critmin.claims.policy_acts import policy_act_verdict

        return policy_act_verdict(claim, idx.events, on)
    if ev.get("type") == "named":
        from critmin.claims.named_events import named_verdict  # a programme by its proper name

        return named_verdict(claim, idx.events, on)
    if ev.get("type") == "funding":
        from critmin.claims.funding import funding_verdict

        return funding_verdict(claim, idx.events, on)
    if idx.events is None:
        return Verdict("unverifiable", "the dataset has no events table yet", needs=_EVENT_NEEDS)
    beyond = context_verdict_reason(ev)  # imports, a lasting state, a step not taken
    if ev.get("imports") or (str(ev.get("type") or "") in ("", "control", "suspension", "None")
                             and (_IMPORT_SAID.search(claim.sentence) or _MARKET_SAID.search(claim.sentence))
                             and not _EXPORT_SAID.search(claim.sentence)):
        settled = _import_measure(claim, ev, idx, on)  # (fifteenth session: the table's import bans)
        if settled is not None:
            return settled
    if beyond is not None:
        return Verdict("unverifiable", beyond, needs=_event_needs(claim))
    actors = set(ev.get("actors") or [])
    coms = set(ev.get("commodities") or [])
    # "critical minerals" is the umbrella word, not a commodity of its own: it narrows nothing
    umbrella = "critical_minerals" in coms and len(coms) == 1
    coms.discard("critical_minerals")
    hint = set(ev.get("context_commodities") or []) - {"critical_minerals"}
    roles: dict[str, str] = dict(ev.get("roles") or {})
    stated: list[tuple[str, str]] = list(ev.get("dates") or ([(ev["date"], "day")] if ev.get("date") else []))
    # a date of a document about the event ("a letter dated October 28"): it names no row (document_dates.py)
    doc_dates = [d for d, _ in stated if roles.get(d) == "document"]
    doc_only = bool(stated) and len(doc_dates) == len(stated)
    stated = [(d, p) for d, p in stated if roles.get(d) != "document"]
    legal = ev.get("legal")
    ends: list[tuple[str, str]] = list(ev.get("ends") or [])
    best: tuple[tuple[int, str], dict[str, Any]] | None = None
    # another kind the sentence names ("tariffs ... and export rules") can stand in for the first
    # one only when no event of the table, up to the article, is of the first kind
    rescued: list[bool] = []  # (computed on first use: most claims never need it)
    table: list[dict[str, Any]] = idx.events
    ev_type = ev.get("type")  # (read for every event below)
    org_agent = ev.get("org_agent")  # an organisation as the subject (org_agents.ORG_AGENT)
    episode = bool(ev.get("episode")) and bool(actors)  # a dispute between the countries named
    recent_from = _recent_from(on) if ev.get("recent") else None
    remedy = "dumping" in claim.sentence.lower() or "countervailing" in claim.sentence.lower()
    tech_said = _tech_said(claim.sentence)
    tech_rows = _technology_rows(idx.events)
    # (the only rows _company_deal_elsewhere can skip; none when the sentence names no company and
    # no country where a firm is based, for which it skips nothing)
    deal_rows = _deal_rows(idx.events) if ev.get("firm_countries") or _deal_firms(claim.sentence, _S5_DATA) \
        else _NO_DEAL_ROWS
    titled = _titled_rows(idx.events, ev.get("names") or ())  # (rows whose title holds a name of the sentence)
    agent = ev.get("agent")  # (_s5_other_imposer is False without one)
    # the countries of the clause of a deal's verb ("Japan and China agreed ..."): a deal is between all of them
    deal_parties = {a for a in ev.get("clause_actors") or [] if len(a) == 3 and a.isupper()} \
        if ev_type == "agreement" and len(ev.get("clause_actors") or []) >= 2 else set()

    def rescue() -> bool:
        if not rescued:
            rescued.append(bool(ev.get("type")) and not any(
                _type_fits(ev.get("type"), r[4]) for r in _event_candidates(table, coms)
                if not (on and r[1] and r[1] > on[:10])))
        return rescued[0]
    # (read once, not for every event below: the claim's fields do not change in the loop)
    on_day = on[:10] if on else ""
    act = ev.get("act")
    section = ev.get("section")
    section_said = f"section {section}" if section else ""
    count_said = ev.get("count")
    kinds_said = ev.get("kinds") or []
    family = _TYPE_FAMILY.get(str(ev_type or ""))  # (_type_fits(ev_type, ...) is None without one)
    stated_roles = [(d, p, roles.get(d)) for d, p in stated]
    law_said = not ev_type and _LAW_SAID.search(claim.sentence) is not None
    # "Lindian signed a 15-year offtake agreement with Iluka": a sale of output, which only a row
    # recording a sale can be; not a government loan to one of the firms (labelling rule 9)
    offtake_said = ev_type == "agreement" and _OFFTAKE_SAID.search(claim.sentence) is not None
    # _date_matches(d, p, e, e_dates) written out when every stated date is a plain day, month or
    # year with no role: (date, characters its precision covers), compared with each event date
    plain_stated = [(d, _PREC_CHARS.get(p, 10)) for d, p, _ in stated_roles] \
        if all(r is None and p not in ("range", "week") for _, p, r in stated_roles) else None
    day_stated = [(d, p) for d, p in stated if p == "day"]
    agents_said = ev.get("agents")  # (the fields _fresh_score reads, read here once)
    names_said = ev.get("names")
    percents_said = ev.get("percents") or []
    finer_said = any(p != "year" for _, p in stated)
    for e, edate, e_actors, e_coms, e_type, n_els, e_dates in _shared_events(idx.events, _agent_events(
            idx.events, _event_candidates(idx.events, coms), ev.get("agent")), ev, coms, hint, umbrella):
        if on_day and edate and edate > on_day:
            continue
        if recent_from is not None and edate and _period_end(edate) < recent_from:
            continue  # "the recent easing": an event of the article's last months, never one years before
        if coms and coms.isdisjoint(e_coms) and "critical_minerals" not in e_coms:
            continue  # cannot be the match (see the condition on ``best`` below)
        if org_agent and org_agent not in e_actors:
            continue  # "ACREI announced ...": only an event the organisation is a party to (org_agents.py)
        if not tech_said and not legal and id(e) in tech_rows:  # (_technology_measure(e), read once per table)
            continue  # "shipments of gallium still require permits": not a ban on exporting know-how
        if e_type == "sanction" and not e_coms and (coms or hint):
            continue  # a listing of firms names no commodity: "licences for these elements" is another measure
        if offtake_said and not _records_sale(e):
            continue  # an offtake or supply deal is not a loan, a stake or a law of the same parties
        if deal_parties and not deal_parties <= _event_parties(e):
            continue  # "Japan and China agreed a pact": a row without one of the deal's parties is another event
        if episode and not actors <= _event_parties(e):
            continue  # "Chile and Peru clashed over rare earths in 2010": not China's halt to Japan (episode_events.py)
        # (_fresh_other_actor(ev, e, ...) is False here: _agent_events and _shared_events left out
        # exactly the events it skips, tests/claims/test_speed_judging.py)
        if (agent and _s5_other_imposer(ev, e)) \
                or (id(e) in deal_rows and _company_deal_elsewhere(claim.sentence, ev, e, _S5_DATA)):
            continue  # (tested before the score, which it does not read: the same events are skipped)
        shared = coms & e_coms  # (read below several times)
        score = 2 * len(actors & e_actors) + len(shared) + (umbrella and "critical_minerals" in e_coms)
        # (_fresh_score(ev, e, e_actors, shared, stated, titled), written out: it is asked of every row)
        if agents_said:
            score += 2 * len(e_actors.intersection(agents_said))
        if names_said and id(e) in titled:
            score += 2
        if percents_said and str(e.get("type") or "") in _RATE_TYPES:
            pct = _event_percent(e)
            if pct is not None:
                score += 2 if any(abs(p - pct) < 0.05 for p in percents_said) else -3
        if hint and not hint.isdisjoint(e_coms):
            score += 1  # the commodities of the sentences before ("the two metals")
        if score == 0 and not stated and not legal and not ends:
            continue
        act_hit = _act_matches(act, e) if act else False
        # "The law was adopted on October 9, 2025" after sentences on rare-earth controls: the
        # exact day and the commodities of the sentences before name the event
        anaphor = bool(day_stated) and bool(hint & e_coms) and any(_date_matches(d, p, e, e_dates) for d, p in day_stated)
        if not ev_type and not legal and not act_hit and not anaphor and not (actors & e_actors) \
                and not shared:
            continue  # a sentence naming no kind of measure shares only a date with this event: another happening
        if not ev_type and not kinds_said and not legal and not act_hit \
                and _parties_left_out(ev, e, every=True) \
                and not any(p in ("day", "week") and _date_matches(d, p, e, tuple(x for x in e_dates if x[1] >= 10))
                            for d, p in stated):
            # no kind of measure named, a country the row does not hold, and no day of the row's:
            # a month or a year shared with the row is a coincidence, another happening
            continue
        if act_hit:
            score += 6  # the law's title names the event, like a legal reference
        if remedy and other_remedy(claim.sentence, e):
            continue  # "countervailing duties" are not a Section 301 tariff, a final ruling no preliminary one
        if section:
            # "a Section 232 investigation": only a measure under that statute can be the one meant
            if section_said not in f"{e.get('title')} {e.get('legal_reference')}".lower():
                continue
            score += 6
        if ev_type and ev_type in e_type:
            score += 2
        elif law_said and e_type == "legislation":
            score += 2  # "has introduced regulations on rare earths": a law, the row's kind, though no measure word
        elif family is not None and not e_type.startswith(family) and not (rescue() and any(
                _type_fits(k, e_type) for k in kinds_said)) \
                and not (ev_type == "suspension" and suspension_in_deal(ev, e)):  # (False for other kinds)
            score -= 2
        if ends and _end_matches(ends, e):
            score += 4
        if e_type == "agreement" and actors and _unnamed_party(actors, e_actors):
            score -= 2  # a deal with a country the sentence does not name is another deal
        if stated_roles and (any(got[:min(n, k)] == d[:min(n, k)] for d, k in plain_stated for got, n in e_dates)
                             if plain_stated is not None else
                             any(_date_matches(d, p, e, e_dates if r is None else _role_dates(e, e_dates, r))
                                 for d, p, r in stated_roles)):
            # a year alone ("earlier this year") names no event by itself: it counts fully only
            # with a shared commodity or a finer date
            near = set() if actors else hint  # "both have been ... since 2023": the metals named just before
            score += 4 if ((coms | near) & e_coms or finer_said) else 1
        if legal and _legal_matches(legal, e):
            score += 6
        if count_said and n_els == count_said:
            score += 2
        key = (score, edate)
        if score >= 3 and (shared or not coms or act_hit or "critical_minerals" in e_coms) and (best is None or key > best[0]):
            best = (key, e)
    ahead = _s5_future_verdict(claim, ev, stated, actors, coms | hint, idx.events, on, best[1] if best else None)
    if ahead is not None:
        return ahead  # a measure announced for a date after the article
    if best is None:
        from critmin.claims.event_terms import deal_term_fallback  # a term of a deal

        return deal_term_fallback(claim, idx.events, on) or Verdict(
            "unverifiable", "no matching event in the events table", needs=_event_needs(claim))
    e = best[1]
    if doc_only:
        from critmin.claims.document_dates import reports_row

        if not reports_row(doc_dates, e):
            # "a letter dated October 28" beside a row of another month: the document reports
            # something the table does not hold (rule 9)
            return Verdict("unverifiable", f"the sentence dates only a document ({', '.join(doc_dates)}); the closest "
                           f"row, {e.get('title') or e.get('event_id')} ({str(e.get('date') or '')[:10]}), is no event "
                           "it reports", needs=_event_needs(claim))
    stated, undated_now = _drop_said_dates(stated, roles, e)
    undated_now = undated_now or doc_only
    near = set() if actors else hint
    fresh = _fresh_verdict(ev, e, best[0][0], stated, coms | near, legal, undated_now, claim.sentence)
    if fresh is not None:
        return fresh
    evid = [Evidence(edition=str(e.get("event_id") or ""), source_id=str(e.get("source_id") or ""),
                     commodity=str(e.get("commodities") or ""), measure="event",
                     country=str(e.get("actors") or ""), year=None, value=None, unit="",
                     published=str(e.get("date") or "")[:10], locator=str(e.get("title") or ""), current=True)]
    problems: list[str] = []
    rights: list[str] = []
    if stated:
        edate = str(e.get("date") or "")[:10]
        eff = str(e.get("effective_date") or "")[:10]
        said = ", ".join(f"week of {d}" if p == "week" else d.replace("/", " to ") if p == "range" else d
                         for d, p in stated)
        when = f"date {edate}" + (f", effective {eff}" if eff and eff != edate else "")
        ok = any(_date_matches(d, p, e, _role_dates(e, None, roles.get(d))) for d, p in stated)
        other = None if ok else _other_event_dated(stated, ev, coms, e, idx.events, on)
        if other is not None:
            # "suspended the controls announced on October 9": the date is another measure's
            # the sentence names beside this one
            rights.append(f"{when}; {other}")
        else:
            (rights if ok else problems).append(f"{when} (stated {said})")
    end_ok = _end_matches(ends, e)
    if end_ok is not None:
        (rights if end_ok else problems).append(
            f"ends {str(e.get('end_date'))[:10]} (stated {', '.join(d for d, _ in ends)})")
    if legal:
        (rights if _legal_matches(legal, e) else problems).append(
            f"{e.get('legal_reference') or 'no legal reference recorded'} (stated No. {legal[0]}"
            + (f" of {legal[1]})" if legal[1] is not None else ")"))
    if legal and not _legal_matches(legal, e) and not ev.get("count"):
        # "Announcement No. 61 ... placed dysprosium, terbium, ... under licensing": the
        # elements listed are exactly the event's, so the event is right and only its number wrong
        els_named = _s5_element_symbols(coms)
        e_els = {x.strip() for x in str(e.get("elements") or "").split(";") if x.strip()}
        if len(els_named) >= 2 and els_named == e_els:
            rights.append(f"elements {', '.join(sorted(e_els))}")
    if ev.get("count"):
        els = [x for x in str(e.get("elements") or "").split(";") if x.strip()]
        if els:
            (rights if len(els) == ev["count"] else problems).append(
                f"{len(els)} elements: {', '.join(els)} (stated {ev['count']})")
    rate = _event_percent(e) if str(e.get("type") or "") == "anti_dumping_determination" else None
    if rate is not None and ev.get("percents"):
        # "a final duty of 45%" against a determination of 109.1%: the ruling is right, its rate wrong
        (rights if any(abs(p - rate) < 0.05 for p in ev["percents"]) else problems).append(
            f"rate {rate:g}% (stated {', '.join(f'{p:g}%' for p in ev['percents'])})")
    title = str(e.get("title") or e.get("event_id"))
    if problems and actors and actors.isdisjoint(x.strip() for x in str(e.get("actors") or "").split(";")):
        # "Malaysia floated a ban in September 2023" against a measure of China's: the table has
        # another country's measure, not this one, so its date cannot refute the sentence
        return Verdict("unverifiable", f"no event of {', '.join(sorted(actors))} of that kind in the table; "
                       f"closest: {title} (of {e.get('actors') or 'other parties'})", evid, needs=_event_needs(claim))
    if problems and not rights and stated and not legal and _parties_left_out(ev, e, every=True):
        # "Beijing restricted rare earth shipments to Japan in January 2026" against a control of
        # October 2025 with no Japan in it: the closest event leaves out a party the sentence names
        # and disagrees on the date, so it is another event, which cannot refute this one
        return Verdict("unverifiable", f"no event of {', '.join(sorted(set(ev.get('actors') or [])))} of that date "
                       f"in the table; closest: {title} (of {e.get('actors') or 'other parties'}), "
                       + "; ".join(problems), evid, needs=_event_needs(claim))
    if problems and not rights and _type_fits(ev.get("type"), str(e.get("type") or "").lower()) is False:
        # "announced anti-dumping duties on July 17" against an export control sharing its parties:
        # a measure of another kind cannot refute the date of this one
        return Verdict("unverifiable", f"no {ev.get('type')} event of that date in the table; closest, of another "
                       f"kind: {title}", evid, needs=_event_needs(claim))
    if problems and coms and coms.isdisjoint(_coms_of(e)) and not (legal and _legal_matches(legal, e)):
        # "anti-dumping duties on graphite" against a Section 232 probe of "critical
        # minerals": an event that names none of the sentence's commodities cannot refute it
        return Verdict("unverifiable", f"no event on {', '.join(sorted(coms))} of that date in the table; closest, "
                       f"on critical minerals at large: {title}, " + "; ".join(problems), evid, needs=_event_needs(claim))
    unlike = _unlike_event(claim, ev, e, legal, coms)
    if unlike is not None:
        return Verdict("unverifiable", f"no such event in the table; closest: {title} ({unlike})", evid,
                       needs=_event_needs(claim))
    if problems and ev.get("type") == "suspension" and "suspension" not in str(e.get("type") or ""):
        # "suspended its ban in November": the suspension itself is not in the table, only
        # the measure it suspends; its date cannot settle when the suspension happened
        return Verdict("unverifiable", f"no suspension event in the table; closest: {title}", evid,
                       needs=_event_needs(claim))
    if not problems and (rights or ev.get("undated") or undated_now) and _other_firms_event(ev, e, legal, claim.sentence):
        # "Lynas produced 9 t in July-September" against a Ukrainian decree of July: the row
        # shares only the date (or kind); the firms the sentence names are none of its parties
        return Verdict("unverifiable", f"no event of {', '.join(ev['names'][:3])} in the table; closest, of "
                       f"other parties: {title} (of {e.get('actors') or 'other parties'})", evid,
                       needs=_event_needs(claim))
    if not problems and rights and not legal and not ev.get("act") and not ev.get("count") \
            and _firm_acts_alone(claim.sentence, ev, e):
        return Verdict("unverifiable", f"no event of that firm in the table; closest, of other parties: {title} "
                       f"(of {e.get('actors') or 'other parties'})", evid, needs=_event_needs(claim))
    if not problems and rights and actors and ev_type and not legal and not act and not ev.get("count") \
            and id(e) not in titled and _other_government(actors, e) \
            and not set(ev.get("agents") or ()) & {x.strip() for x in str(e.get("actors") or "").split(";")}:
        # "Chinese export controls on Japanese dual-use items in January 2026" against Vietnam's law
        # in force from January 2026: the row shares only the date; the government the sentence
        # names is no party to it, so it is another act the table does not hold (rule 9)
        return Verdict("unverifiable", f"no event of {', '.join(sorted(actors))} of that date in the table; "
                       f"closest, of other parties: {title} (of {e.get('actors') or 'other parties'})", evid,
                       needs=_event_needs(claim))
    if not problems and rights:
        return Verdict("supported", f"{title}: " + "; ".join(rights), evid)
    if not problems and not rights and (ev.get("undated") or undated_now) and best[0][0] >= _FIRM_MATCH \
            and _firms_deal_elsewhere(ev, e, claim.sentence):
        # "Acme Minerals Ltd signed an offtake agreement with a Japanese buyer": a deal the firms
        # made, none of which the row names; the country and commodity it shares with a state's
        # deal do not make it that deal (rule 9)
        return Verdict("unverifiable", f"no deal of these firms in the table; closest, of other parties: {title} "
                       f"(of {e.get('actors') or 'other parties'})", evid, needs=_event_needs(claim))
    if not problems and not rights and (ev.get("undated") or undated_now) and best[0][0] >= _FIRM_MATCH \
            and not _outside_parties(set(ev["clause_actors"]) if "clause_actors" in ev else actors, e):
        # the measure the sentence reports is in the table (kind, parties, commodities fit)
        return Verdict("supported", f"{title}: in the table, dated {str(e.get('date') or '')[:10]} "
                       "(the sentence gives no date)", evid)
    if not problems and not rights and ev.get("undated") and not actors and coms and coms <= _undated_event_commodities(e) \
            and ev.get("type") and str(ev["type"]) in str(e.get("type") or "").lower():
        # "export controls were also announced on graphite": a measure in the passive
        # with no party named; one of that kind on every commodity named, dated on or before the
        # article, is the measure the sentence reports, whoever took it
        return Verdict("supported", f"{title}: in the table, dated {str(e.get('date') or '')[:10]} "
                       "(the sentence gives no date or party)", evid)
    if problems and not rights and ev.get("act") and _act_matches(ev.get("act"), e):
        # the law is named and in the table, but the sentence dates it wrongly: a right event
        # with a wrong date (rule 4)
        return Verdict("partly_supported", f"{title}: the law is right; " + "; ".join(problems), evid)
    if problems and not rights and not ev.get("type") and not legal and not ev.get("count") \
            and not _s5_named_event(ev, e, actors):
        # the sentence names no kind of measure ("new mines began operating in 2017"): an event
        # of the same country on another date is not the one it reports, so it cannot refute it
        return Verdict("unverifiable", f"no event of that kind and date in the table; closest: {title}", evid,
                       needs=_event_needs(claim))
    if problems and not rights and stated and ev.get("since") and _predates(stated, e):
        # "controls in place since 2016" against a measure of 2023: an earlier measure the
        # table does not hold, not a wrong date for this one
        return Verdict("unverifiable", f"no measure from {stated[0][0]} in the table; closest: {title}", evid,
                       needs=_event_needs(claim))
    if len(problems) == 1 and not rights and stated and not (legal or ev.get("count") or ev.get("section")) \
            and _s5_years_apart(stated, e) >= 3:
        # "new rules ... released this month" against a measure of nine years before
        # that shares its kind and commodity: another measure the table does not hold, not a
        # wrong date for this one (labelling rule 9)
        return Verdict("unverifiable", f"no such event near that date in the table; closest: {title}, "
                       + "; ".join(problems), evid, needs=_event_needs(claim))
    if len(problems) == 1 and not rights and stated and not (legal or ev.get("count")) and (
            _identified(ev, e, coms) or ev.get("section")):
        # the measure is in the table (its kind, commodities and actors fit) but the
        # sentence dates it wrongly: a right event with a wrong date (rule 4)
        return Verdict("partly_supported", f"{title}: the event is right; " + "; ".join(problems), evid)
    if problems and rights:
        return Verdict("partly_supported", f"{title}: " + "; ".join(rights + problems), evid)
    if problems and stated and len(problems) == 1 and not (legal or ev.get("count") or ends or coms) \
            and not _s5_named_event(ev, e, actors):
        # only a date disagrees, with an event matched through its parties alone (the sentence
        # names no commodity, legal reference or count: "announced this on Tuesday"): most
        # likely an event the table does not hold (labelling rule 9), so the date cannot refute it
        return Verdict("unverifiable", f"no such event on that date in the table; closest: {title}, "
                       + "; ".join(problems), evid, needs=_event_needs(claim))
    if problems and not rights and not legal and _type_fits(ev.get("type"), str(e.get("type") or "")) is False:
        # "will impose anti-dumping duties on graphite from China" against China's export ban:
        # the sentence names another kind of measure, so the event's date cannot refute it
        return Verdict("unverifiable", f"no {ev.get('type')} event of that date in the table; closest (another "
                       f"kind of measure): {title}, " + "; ".join(problems), evid, needs=_event_needs(claim))
    if problems:
        return Verdict("refuted", f"{title}: " + "; ".join(problems), evid)
    from critmin.claims.event_terms import deal_term_fallback  # a term of a deal

    return deal_term_fallback(claim, idx.events, on) or Verdict(
        "unverifiable", f"{title} found, but the claim states nothing the table records", evid, needs=_event_needs(claim))


_S5_DATA = str(_S5_DATA_DIR)


_IMPORT_ROW = re.compile(r"\bimports?\b", re.I)
_IMPORT_ROWS: dict[int, tuple[list[dict[str, Any]], frozenset[str]]] = {}


def _import_rows(events: list[dict[str, Any]]) -> frozenset[str]:
    """The ids of the events whose title or change is a measure on imports (a sanction banning
    imports of a country's metals), found once per table."""
    hit = _IMPORT_ROWS.get(id(events))
    if hit is None or hit[0] is not events:
        _IMPORT_ROWS.clear()
        ids = frozenset(str(e.get("event_id") or "") for e in events if str(e.get("type") or "") == "sanction"
                        and _IMPORT_ROW.search(f"{e.get('title') or ''} {e.get('what_changed') or ''}"))
        hit = _IMPORT_ROWS[id(events)] = (events, ids)
    return hit[1]


#: imports named in the sentence ("a ban on uranium imports", "the importation of metals"), no exports
_IMPORT_SAID = re.compile(r"\bimport(?:s|ation|ing|ed)?\b", re.I)
_EXPORT_SAID = re.compile(r"\bexport", re.I)
#: a measure on a country's metal in markets (sixteenth session): "barred the LME and CME from accepting
#: new Russian metal", "restricting its trading on global metal exchanges": a sanction, like an import ban
_MARKET_SAID = re.compile(r"\b(?:metals?\s+exchanges?|(?:commodity|futures)\s+exchanges?|LME|CME"
                          r"|London\s+Metal\s+Exchange|Chicago\s+Mercantile\s+Exchange)\b")


def _import_measure(claim: Claim, ev: dict[str, Any], idx: EvidenceIndex, on: str | None) -> Verdict | None:
    """A measure on imports (fifteenth session): the events table holds import bans too (sanctions
    barring a country's metals), so the sentence is judged against those rows, as a sanction: only
    their support counts; None (the sentence keeps the verdict it had) when the row it meets is no
    import measure or does not support it."""
    if not idx.events or ev.get("negated") or ev.get("ongoing"):
        return None
    rows = _import_rows(idx.events)
    if not rows:
        return None
    v = _event(dataclasses.replace(claim, event={**ev, "imports": False, "type": "sanction", "kinds": ["sanction"]}),
               idx, on)
    if v.verdict != "supported" or not v.evidence or v.evidence[0].edition not in rows:
        return None  # (a date the row lacks: another step of the measure, a Senate vote before the signing)
    return v


def _s5_other_imposer(ev: dict[str, Any], e: dict[str, Any]) -> bool:
    """The sentence's agent did not impose the event's measure (event_context.agent_not_imposer)."""
    agent = ev.get("agent")
    if not agent:
        return False
    # a pure function of the agent and the event's imposing parties (agent_not_imposer reads
    # nothing else): answered once per pair for the life of the process
    key = (str(agent), str(e.get("imposed_by") or ""))
    got = _IMPOSER_MEMO.get(key)
    if got is None:
        got = _IMPOSER_MEMO[key] = agent_not_imposer(ev, e, _S5_DATA)
    return got


_IMPOSER_MEMO: dict[tuple[str, str], bool] = {}


def _s5_years_apart(stated: list[tuple[str, str]], e: dict[str, Any]) -> int:
    """The fewest calendar years between a stated date and the event's dates."""
    got = [int(str(e.get(k) or "")[:4]) for k in ("date", "effective_date", "end_date") if str(e.get(k) or "")[:4].isdigit()]
    said = [int(d[:4]) for d, _ in stated if d[:4].isdigit()]
    if not got or not said:
        return 0
    return min(abs(a - b) for a in got for b in said)


def _s5_after(stated: str, precision: str, on: str) -> bool:
    """A stated date lies after the article's day, at the stated precision."""
    d = stated.split("/")[0]
    n = _PREC_CHARS.get(precision, 10) if precision not in ("range", "week") else 10
    return d[:n] > on[:n]


def _s5_future_verdict(claim: Claim, ev: dict[str, Any], stated: list[tuple[str, str]], actors: set[str],
                       coms: set[str], events: list[dict[str, Any]], on: str | None,
                       best: dict[str, Any] | None) -> Verdict | None:
    """A measure the sentence dates after the article ("will take effect on
    November 10, 2026", "starting December 1"): a suspension of the table, announced on or
    before the article, that ends on that date (the measure takes effect again then) supports
    it; the closest event otherwise must be one still ahead at the article or announced in the
    year before it, or the table does not hold the announcement (unverifiable, naming the row
    that would settle it). None: the ordinary comparison decides."""
    ahead = [(d, p) for d, p in stated if on and _s5_after(d, p, on)]
    if not on or not ahead or ev.get("legal"):
        return None
    agents = set(ev.get("agents") or [])
    for e, edate, end, e_actors, e_coms in _suspension_rows(events):
        if edate > on[:10]:
            continue
        shares = (bool((actors | agents) & e_actors) or not (actors | agents)) and (not coms or bool(coms & e_coms)) \
            and bool(actors | agents | coms)
        if end and shares and any(_date_matches(d, p, {"date": end, "date_precision": "day"}) for d, p in ahead):
            evid = [Evidence(edition=str(e.get("event_id") or ""), source_id=str(e.get("source_id") or ""),
                             commodity=str(e.get("commodities") or ""), measure="event",
                             country=str(e.get("actors") or ""), year=None, value=None, unit="",
                             published=str(e.get("date") or "")[:10], locator=str(e.get("title") or ""), current=True)]
            return Verdict("supported", f"{e.get('title')}: suspended until {end}, when the measures apply again "
                           f"(stated {', '.join(d for d, _ in ahead)})", evid)
    if best is None or len(ahead) < len(stated):
        return None
    import datetime as dt

    try:
        year_before = (dt.date.fromisoformat(on[:10]) - dt.timedelta(days=365)).isoformat()
    except ValueError:
        return None
    days = [str(best.get(k) or "")[:10] for k in ("date", "effective_date", "end_date")]
    if any(d and d >= year_before[:len(d)] for d in days):
        return None
    return Verdict("unverifiable", f"no measure announced for {', '.join(d for d, _ in stated)} in the table; closest: "
                   f"{best.get('title') or best.get('event_id')} (dated {days[0]})", needs=_event_needs(claim))


_SUSPENSION_ROWS: dict[int, tuple[list[dict[str, Any]], list[tuple[Any, ...]]]] = {}


def _suspension_rows(events: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """The suspensions of ``events``, in table order, read once per events table: (row, date,
    end date, actors, commodities), as :func:`_s5_future_verdict` reads them."""
    hit = _SUSPENSION_ROWS.get(id(events))
    if hit is not None and hit[0] is events:
        return hit[1]
    rows = [(e, str(e.get("date") or "")[:10], str(e.get("end_date") or "")[:10],
             {x.strip() for x in str(e.get("actors") or "").split(";") if x.strip()}, _coms_of(e))
            for e in events if str(e.get("type") or "") == "suspension"]
    _SUSPENSION_ROWS.clear()
    _SUSPENSION_ROWS[id(events)] = (events, rows)
    return rows


@cache
def _s5_commodity_elements() -> dict[str, str]:
    """slug -> element symbol for the single elements of commodities.csv."""
    import csv

    from critmin.dataset import DATA_DIR

    with (DATA_DIR / "commodities.csv").open(encoding="utf-8", newline="") as fh:
        return {r["slug"]: r["elements"] for r in csv.DictReader(fh)
                if r.get("kind") == "element" and r.get("elements") and ";" not in r["elements"]}


def _s5_element_symbols(coms: set[str]) -> set[str]:
    """The element symbols of the single elements among ``coms``."""
    table = _s5_commodity_elements()
    return {table[c] for c in coms if c in table}


def _s5_named_event(ev: dict[str, Any], e: dict[str, Any], actors: set[str]) -> bool:
    """The sentence names the event like a legal reference: a proper name of its
    title (the summit's city: "in Busan") and two or more of its parties, every party it names
    among the event's ("Trump and Xi ... in Busan"). A date it gives for it can then refute it."""
    title = str(e.get("title") or "")
    e_actors = {x.strip() for x in str(e.get("actors") or "").split(";") if x.strip()}
    named = any(names_whole(n, title) for n in ev.get("names") or [] if n not in _S5_PERSON_NAMES)
    return named and len(actors) >= 2 and actors <= e_actors


#: leaders' names in event titles ("Trump-Xi meeting"): they name the parties, not the event
_S5_PERSON_NAMES = frozenset(("Trump", "Donald", "Xi", "Jinping", "Biden", "Putin", "Zelensky", "Zelenskyy"))


def _undated_event_commodities(e: dict[str, Any]) -> set[str]:
    """The commodities of an events.csv row, as a set of slugs."""
    return {c.strip() for c in str(e.get("commodities") or "").replace(",", ";").split(";") if c.strip()}


def _act_matches(act: Any, e: dict[str, Any]) -> bool:
    """A law named in the sentence ("the European Critical Raw Materials Act") is the event's:
    its title holds the name's last three words or more ("Critical Raw Materials Act")."""
    if not act:
        return False
    words = str(act).split()
    title = " ".join(str(e.get(k) or "") for k in ("title", "legal_reference")).lower()
    return any(" ".join(words[i:]).lower() in title for i in range(max(1, len(words) - 2)) if len(words) - i >= 3)


def _other_firms_event(ev: dict[str, Any], e: dict[str, Any], legal: tuple[int, int | None] | None,
                       sentence: str) -> bool:
    """Whether the sentence reports a firm's event, not the row ``e``: it names no country and
    no state body, only firms or other proper names, none of which the row's title, parties
    or text mention ("Arafura signed a deal with Nutrien in June" against a state measure of
    June): rule 9, an event the table does not hold stays unverifiable. The opening word,
    capitalised whatever it is ("However", "Restrictions"), counts as a name only when repeated."""
    firm_based = set(ev.get("firm_countries") or ())
    if any(a not in firm_based for a in ev.get("actors") or ()) or legal or ev.get("act") or ev.get("section"):
        return False  # (the home of a firm, "Swiss miner Glencore", is no party)
    cells = {x.strip() for k in ("actors", "imposed_by", "targets") for x in str(e.get(k) or "").split(";")}
    if not cells.isdisjoint(ev.get("agents") or ()):
        return False  # a firm or agency of the row
    e_type = str(e.get("type") or "").lower()
    if _type_fits(ev.get("type"), e_type) and e_type not in _DEAL_TYPES:
        return False  # a measure of the row's kind: its parties may be left unnamed (a deal is known by its parties)
    opening = _OPENING_WORD.match(sentence)
    if opening is not None and _FIRM_OPENING.match(sentence, opening.end()):
        opening = None  # "Zenith Rare Earths Ltd has ...": the opening word is a firm's name
    names = [n for n in ev.get("names") or () if (opening is None or opening.group(1) != n or sentence.count(n) > 1)
             and f"({n})" not in sentence]  # (an abbreviation in brackets, "antidumping (AD)", is no name)
    # (a word of a firm's kind or trade, "Rare", "Earths", "Metals", "Ltd", names no firm by itself: "Zenith
    # Rare Earths Ltd" is not a row because the row says "rare earths"; a name counts as a whole word)
    names = [n for n in names if n.lower() not in _FIRM_WORDS]
    if not names or _STATE_BODY.search(sentence):
        return False
    blob = _row_blob(e)
    return not any(re.search(rf"(?<![\w-]){re.escape(n.lower())}(?![\w-])", blob) for n in names)


#: after the opening word, the rest of a firm's name: a corporate word, maybe after other capitalised words
_FIRM_OPENING = re.compile(r"(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:Ltd|Limited|Inc|Corp|Corporation|Co\.|Resources|Mining|Minerals"
                           r"|Metals|Materials|Graphite|Lithium|Rare\s+Earths|Holdings?|Group|Technologies)\b(?!\s+[A-Z])")
#: words of a firm's name that say its kind, trade or listing, not which firm it is
_FIRM_WORDS = frozenset((
    "ltd", "limited", "inc", "corp", "corporation", "co", "company", "group", "holding", "holdings", "resources",
    "mining", "minerals", "mineral", "metals", "metal", "materials", "material", "technologies", "technology", "rare",
    "earth", "earths", "lithium", "graphite", "cobalt", "nickel", "copper", "energy", "critical", "capital", "global",
    "international", "new", "project", "asx", "tsx", "nyse", "nasdaq", "otc", "aud", "usd", "plc", "llc", "pty"))


#: kinds of event known by their parties: a deal of other firms is another deal, whatever its kind
_DEAL_TYPES = frozenset({"agreement", "investment"})


def _firms_deal_elsewhere(ev: dict[str, Any], e: dict[str, Any], sentence: str) -> bool:
    """An undated deal (agreement, investment) the sentence says firms made (a firm named as such:
    ``event_signatures._FIRM_SAID``), where the row ``e`` is a deal that names none of the
    sentence's firms or other proper names and not every country party to it is named: another
    deal than the row's (a deal is known by its parties)."""
    if str(e.get("type") or "").lower() not in _DEAL_TYPES or ev.get("legal") or ev.get("act"):
        return False
    from critmin.claims.event_signatures import _FIRM_SAID

    if _FIRM_SAID.search(sentence) is None:
        return False
    parties = {x for x in _event_parties(e) if len(x) == 3 and x.isupper()}
    if len(parties) >= 2 and parties <= set(ev.get("actors") or ()):
        return False  # every country party to the row named: the deal may be theirs
    cells = {x.strip() for k in ("actors", "imposed_by", "targets") for x in str(e.get(k) or "").split(";")}
    if not cells.isdisjoint(ev.get("agents") or ()):
        return False  # a firm or agency of the row
    from critmin.claims.extract import patterns, scan_entities

    # (a country's name or adjective, "Australian", is no firm's name: the row may well hold it)
    places = {sentence[a:b] for a, b, kind, _, _ in scan_entities(sentence, patterns(_S5_DATA)) if kind == "country"}
    blob = _row_blob(e)
    return not any(len(n) > 3 and n.lower() in blob for n in ev.get("names") or ()
                   if not any(n in p for p in places))
#: the sentence's first word, capitalised whatever it is ("However, ...", "Restrictions have been ...")
_OPENING_WORD = re.compile(r"[\s\"'\u201c(]*([A-Z]\w+)")
#: a state body or a country referred to: the event is a government's, whose country may be carried
_STATE_BODY = re.compile(
    r"\b(?:ministr(?:y|ies)|minister|government|parliament|commission|council|congress|senate|president"
    r"|authorities|department|agency|bureau|administration|regulator|(?:the|this|that)\s+(?:country|nation|state))\b",
    re.I)


def _firm_acts_alone(sentence: str, ev: dict[str, Any], e: dict[str, Any]) -> bool:
    """Whether a dated match is a firm's own act: the sentence names a firm the row ``e`` does not hold
    (:func:`critmin.claims.article_subject.firm_of_its_own`), none of the row's parties and no state body
    or country referred to ("the country suspended exports ..., triggering force majeure at Glencore" is
    the state's act): "On June 10, Critical Metals announced a contract to acquire Tanbreez" is not a US
    firm's milestone of June 10 (rule 9)."""
    from critmin.claims.article_subject import firm_of_its_own

    if _STATE_BODY.search(sentence):
        return False
    named = {a for a in ev.get("actors") or [] if a not in set(ev.get("firm_countries") or ())}
    cells = {x.strip() for k in ("actors", "imposed_by", "targets") for x in str(e.get(k) or "").split(";")}
    if named & cells or not cells.isdisjoint(ev.get("agents") or ()):
        return False
    return firm_of_its_own(sentence, e, None) is not None


def _parties_left_out(ev: dict[str, Any], e: dict[str, Any], every: bool) -> bool:
    """Whether the event ``e`` leaves out the countries the sentence names as its parties:
    ``every=True``, some country named is none of the event's parties (actors, imposing party,
    targets); ``every=False``, none of them is one of its actors at all. False when the
    sentence names no country."""
    named = {a for a in ev.get("actors") or [] if len(a) == 3 and a.isupper()}
    if not named:
        return False
    if every:
        return not named <= _event_parties(e)
    cells = ";".join(str(e.get(k) or "") for k in ("actors", "imposed_by", "targets"))
    return named.isdisjoint(x.strip() for x in cells.split(";"))


#: id(row) -> (row, its ``_event_parties``), read once per row of the events table
_EVENT_PARTIES_OF: dict[int, tuple[dict[str, Any], frozenset[str]]] = {}


def _other_government(actors: set[str], e: dict[str, Any]) -> bool:
    """None of the countries the sentence names is a party to the row (its actors, imposing party
    or targets), and the row has country parties to compare: another government's act."""
    named = {a for a in actors if len(a) == 3 and a.isupper()}
    parties = _event_parties(e)
    return bool(named) and bool(parties) and named.isdisjoint(parties)


def _event_parties(e: dict[str, Any]) -> frozenset[str]:
    """The countries (ISO codes) an event involves: its actors, the imposing party and its targets
    (found once per row)."""
    hit = _EVENT_PARTIES_OF.get(id(e))
    if hit is not None and hit[0] is e:
        return hit[1]
    cells = ";".join(str(e.get(k) or "") for k in ("actors", "imposed_by", "targets"))
    got = frozenset(x.strip() for x in cells.split(";") if x.strip().isupper() and len(x.strip()) == 3)
    if len(_EVENT_PARTIES_OF) > 50_000:
        _EVENT_PARTIES_OF.clear()
    _EVENT_PARTIES_OF[id(e)] = (e, got)
    return got


def _unlike_event(claim: Claim, ev: dict[str, Any], e: dict[str, Any],
                  legal: tuple[int, int | None] | None, coms: set[str]) -> str | None:
    """Why the closest event of the table cannot be the one the sentence reports (None: it can).
    The sentence names another kind of measure and no commodity of the event ("will impose
    tariffs on Sunday" against talks that share only its parties and date), or the measure
    belongs to a country the event does not involve ("Malaysia's ban" against China's
    controls): the table does not hold the event, so it neither supports nor refutes it
    (labelling rule 9). A matching legal reference overrides both."""
    if legal and _legal_matches(legal, e):
        return None
    e_type = str(e.get("type") or "").lower()
    e_coms = {x.strip() for x in str(e.get("commodities") or "").split(";") if x.strip()}
    if _type_fits(ev.get("type"), e_type) is False and ev.get("type") != "suspension" and coms.isdisjoint(e_coms):
        return f"a {e_type.replace('_', ' ')}, not a {ev.get('type')}"
    owner = _measure_owner(claim)
    parties = _event_parties(e)
    if owner is not None and parties and owner not in parties:
        return "a measure of " + ", ".join(sorted(parties))
    return None


#: "Malaysia's ban", "Indonesia's new export quota": the country whose measure the sentence reports
_OWNER_BEFORE = re.compile(r"(?P<name>(?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*)['\u2019]s?\s+(?:[\w-]+\s+){0,3}$")


def _measure_owner(claim: Claim) -> str | None:
    """The country named in the possessive just before the event phrase ("Malaysia's ban on
    exports"), as an ISO code, or None."""
    lo = claim.span[0] - claim.sentence_span[0]
    if not 0 < lo <= len(claim.sentence):
        return None
    m = _OWNER_BEFORE.search(claim.sentence, max(0, lo - 80), lo)
    if m is None:
        return None
    from critmin.errors import CritminError
    from critmin.names import resolve_country

    words = m.group("name").split()
    for i in range(len(words)):  # "Kuala Lumpur's", "The Malaysian government's": the longest name that resolves
        try:
            code = resolve_country(" ".join(words[i:]))
        except CritminError:
            continue
        # a bare "Congo's" is the DR Congo, as the extractor reads it (extract._bare_congo); the
        # gazetteer's alias "Congo" is the Republic's name
        return "COD" if code == "COG" and " ".join(words[i:]).rstrip("'\u2019s") == "Congo" else code
    return None


# ------------------------------------------------------------------ net import reliance
def _reliance(claim: Claim, ctx: _Ctx) -> Verdict:
    """A country's net import reliance (imports as a percentage of apparent consumption)
    against the USGS MCS figure of the same year, edition by edition, like any figure; a
    country, commodity or year the data do not hold is unverifiable, never refuted."""
    if claim.country is None or claim.country in AGGREGATES:
        return Verdict("unverifiable", "the sentence does not say which country relies on the imports",
                       needs="the importing country")
    if claim.year is not None and claim.year >= int(ctx.date[:4]):
        return Verdict("unverifiable", f"no edition published by {ctx.date} can hold {claim.year}, a year still running",
                       needs=_needs(claim))
    return _quantity(claim, ctx)


def _none_since(claim: Claim, ctx: _Ctx) -> Verdict:
    """ "has not mined tungsten since 2015": output of zero in every year from then to the
    latest year of the current edition. Output in any of those years refutes it; a year no
    edition of the day holds leaves it unverifiable."""
    since = int((claim.comparison or {})["since"])
    needs = f"{_MEASURE_WORDS.get(_key(claim), claim.measure)} of {_com(claim.commodity)} for {_name(claim.country)} for every year since {since}"
    if claim.country is None:
        return Verdict("unverifiable", "the sentence does not say which country the figure is for",
                       needs="the country the figure refers to")
    key, com = _key(claim), claim.commodity or ""
    seen: dict[int, Row] = {}
    for ed in ctx.idx.editions_with(com, key):
        if ctx.later(ed):
            continue
        for y in range(since, int(ctx.date[:4])):
            for r in ctx.idx.figure(com, key, claim.country, y):
                if r.edition == ed and r.value is not None and (y not in seen or ctx.is_current(claim, ed, y)):
                    seen[y] = r
    evidence = [ctx.ev(r, claim) for _, r in sorted(seen.items())]
    produced = [r for r in seen.values() if r.value]
    if produced:
        r = produced[0]
        return Verdict("refuted", f"{r.edition} gives {_fmt(r.value, r.unit)} for {r.year}, after {since}",
                       evidence=evidence, edition=r.edition)
    latest = max(seen, default=None)
    # years before the first one the bundle holds cannot be checked and do not change the
    # verdict (labelling rule 4, README C460); a gap inside the held years leaves it open
    missing = [y for y in range(max(since, min(seen, default=since)), (latest or since) + 1) if y not in seen]
    if latest is None or missing:
        held = f"the data hold {min(seen)}-{latest} only" if seen else "the data hold none of those years"
        return Verdict("unverifiable", f"no output is claimed for every year since {since}; {held}",
                       evidence=evidence, needs=needs)
    first = min(seen)
    before = f" (the years {since}-{first - 1} are outside the data)" if first > since else ""
    return Verdict("supported", f"the data give no output for {_name(claim.country)} in {first}-{latest}{before}",
                   evidence=evidence, edition=seen[latest].edition)


def _excluding(claim: Claim, ctx: _Ctx) -> Verdict:
    """ "production outside China reached 90,000 t": the world figure less the excluded
    countries', edition by edition, judged like any figure (the derived rows are named)."""
    import dataclasses

    left_out = [c for c in (claim.comparison or {}).get("excluding") or [] if c not in AGGREGATES]
    world = [r for r in _figures(claim, ctx, "WLD", claim.year) if r.value is not None and not r.qualifier]
    derived: list[Row] = []
    for w in world:
        parts = [next((r for r in ctx.idx.figure(w.commodity, w.key, c, w.year)
                       if r.edition == w.edition and r.value is not None), None) for c in left_out]
        if not left_out or any(p is None or p.unit != w.unit for p in parts):
            continue
        rest = (w.value or 0.0) - sum(p.value or 0.0 for p in parts if p is not None)
        derived.append(dataclasses.replace(w, value=rest, country="WLD", qualifier="",
                                           locator=f"{w.locator}; world less {', '.join(left_out)}".strip("; ")))
    who = f"the world outside {', '.join(_name(c) for c in left_out)}"
    if not derived:
        return Verdict("unverifiable", f"no world and {', '.join(_name(c) for c in left_out)} figures of one edition "
                       f"to give {who}", needs=f"{_MEASURE_WORDS.get(_key(claim), claim.measure)} of "
                       f"{_com(claim.commodity)} for the world and {', '.join(_name(c) for c in left_out)}")
    v = _quantity(claim, ctx, derived)
    v.explanation = f"{who}: {v.explanation}"
    return v


_RANGE_WORDS = re.compile(r"\d\s*(?:%|percent|per\s+cent)?\s*(?:-|\u2013|\u2014|to|and)\s*\d", re.I)


def _stated_share(claim: Claim) -> str:
    """The share as the text gives it: a range stays a range ("60-70%", "between 60 and 70
    percent"), never its midpoint."""
    if claim.text and not any(map(str.isdigit, claim.text)):
        return f"{claim.text.strip()} ({claim.value:.3g}%)"  # "two-thirds (66.7%)", "nine out of ten (90%)"
    if claim.text and _RANGE_WORDS.search(claim.text):
        said = claim.text.strip()
        return f"between {said}" if re.match(r"\d[^a-z]*\band\b", said) else said
    return f"{claim.value:g}%"


def _outside_period(year: int | None, period: str) -> bool:
    """Whether a stated year lies outside a period such as "2020-2023"."""
    parts = re.findall(r"(?:19|20)\d\d", period)
    if year is None or not parts:
        return False
    return not int(parts[0]) <= year <= int(parts[-1])
