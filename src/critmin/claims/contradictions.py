"""Statements in one article that cannot all hold, whatever the data say.

* ``different_figures``: two figures for the same quantity (commodity, measure, country,
  year) whose stated intervals do not overlap.
* ``rank_conflict``: two countries both given the same single rank, or one country two ranks.
* ``ordinal_vs_list``: a rank the article's own figures contradict (it calls a country
  fifth while giving larger figures for five others).
* ``total_mismatch``: country figures adding up to more than the world total the article
  gives, or shares of the same measure adding up to more than 100 %.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

from critmin.claims.match import UNIT_FACTORS, measure_key
from critmin.claims.model import Claim, Contradiction
from critmin.claims.verdict import claim_interval

__all__ = ["find_contradictions"]


def _base(c: Claim) -> tuple[float, float] | None:
    if c.value is None or c.unit is None:
        return None
    base, f = UNIT_FACTORS.get(c.unit, (c.unit, 1.0))
    if base != "t" and c.measure != "price":
        return None
    return claim_interval(c.value * f, (c.precision or 0.0) * f, c.hedge)


def _name(iso: str | None) -> str:
    from critmin.names import country_name

    return "the world" if iso == "WLD" else country_name(iso or "?")


def _one_country_share(c: Claim) -> bool:
    """A share held by one country named in its own sentence: not the world's, not a group's
    ("together, the top six hold 80%"), not a share of something else than the world."""
    cmp = c.comparison or {}
    return c.country != "WLD" and _own_country(c) and not cmp.get("countries") and not cmp.get("denominator") \
        and not cmp.get("buyer")


def _own_country(c: Claim) -> bool:
    """A country the claim's own sentence names: one carried over from another sentence
    ("its output", "the country") may be a misreading, and two readings do not contradict."""
    return c.country_source is None


#: what stands between two figures of one range, pair of alternatives or from-to change:
#: "between 100,000 and 120,000 t", "$54,000 or $55,000", "from 22 to 3.5 million t", "60-70 kt"
_JOINED = re.compile(r"\s*(?:and|to|or|-|\u2013|\u2014|/)\s*(?:(?:about|around|some|roughly|nearly)\s+)?")


def _join_ranges(claims: list[Claim], idxs: list[int]) -> dict[int, tuple[float, float]]:
    """The interval of each figure, where a range, a pair of alternatives or a from-to change
    written in one breath counts once, as the interval from its lower to its upper end:
    such figures bound one value or state two moments, and never contradict each other."""
    out: dict[int, tuple[float, float]] = {}
    last: int | None = None
    for i in sorted(idxs, key=lambda k: claims[k].span):
        c = claims[i]
        iv = _base(c) or (0.0, 0.0)
        prev = claims[last] if last is not None else None
        if last is not None and prev is not None and prev.sentence_span == c.sentence_span \
                and prev.span[1] <= c.span[0] \
                and _JOINED.fullmatch(c.sentence, prev.span[1] - c.sentence_span[0], c.span[0] - c.sentence_span[0]):
            lo, hi = out[last]
            out[last] = (min(lo, iv[0]), max(hi, iv[1]))
            continue
        out[i] = iv
        last = i
    return out


def _basis_key(c: Claim) -> str:
    """Figures on another basis (ore or concentrate by gross weight, LCE, total supply) are
    another quantity than the same figure on the usual basis (REO, metal content)."""
    basis = "" if c.basis in (None, "REO", "metal content") else f"#{c.basis}"
    # a product's figure (compounds and metals, nickel pig iron) is another quantity too
    return f"{basis}#{c.product}" if c.product else basis


_SOURCE = re.compile(
    r"\b(?:U\.?S\.?\s+Geological\s+Survey|USGS|International\s+Energy\s+Agency|IEA|British\s+Geological\s+Survey|BGS"
    r"|Shanghai\s+Metals\s+Market|SMM|Reuters|Bloomberg|Benchmark|Adamas|Project\s+Blue|Wood\s+Mackenzie|Argus"
    r"|Fastmarkets|customs|Mineral\s+Commodity\s+Summaries|(?:19|20)\d\d\s+(?:edition|report)|analysts?|government"
    r"|ministry|company|estimates?)\b", re.I)
_CLAUSE_SPLIT = re.compile(r";|,\s+(?:while|whereas|but|against|compared\s+with)\b|\bwhile\b|\bwhereas\b", re.I)
_REVISED = re.compile(r"\brevis(?:e|ed|es|ing|ion|ions)\b|\bcorrect(?:ed|ion)\b|\bupdated\b", re.I)


def _said_by(c: Claim) -> str | None:
    """The source named in the claim's own clause ("USGS puts ... at 270,000 t, while the
    BGS puts it at 300,000 t": USGS for the first figure, BGS for the second)."""
    a, b = c.span[0] - c.sentence_span[0], c.span[1] - c.sentence_span[0]
    lo = max((m.end() for m in _CLAUSE_SPLIT.finditer(c.sentence, 0, a)), default=0)
    nxt = _CLAUSE_SPLIT.search(c.sentence, b)
    m = _SOURCE.search(c.sentence, lo, nxt.start() if nxt else len(c.sentence))
    if m is None:
        return c.edition or c.source
    return re.sub(r"\W+", " ", m.group(0).lower())


def _conflicting(claims: list[Claim], spans: dict[int, tuple[float, float]]) -> list[int]:
    """The claims of two figures that cannot both hold: their intervals are apart, they are
    not given as what two different sources say, and neither is stated as a revision."""
    idx = sorted(spans)[:200]
    said = {i: _said_by(claims[i]) for i in idx}
    revised = {i: _REVISED.search(claims[i].sentence) is not None for i in idx}
    hit: set[int] = set()
    for n, i in enumerate(idx):
        for j in idx[n + 1:]:
            (lo_i, hi_i), (lo_j, hi_j) = spans[i], spans[j]
            if lo_j <= hi_i and lo_i <= hi_j:
                continue  # the intervals overlap
            if revised[i] or revised[j] or (said[i] and said[j] and said[i] != said[j]):
                continue
            hit.update((i, j))
    return sorted(hit)


def find_contradictions(claims: list[Claim]) -> list[Contradiction]:
    """Contradictions among the claims of one article (indexes refer to ``claims``)."""
    out: list[Contradiction] = []
    qty: dict[tuple[str, str, str, int | None], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if c.kind == "quantity" and c.commodity and c.measure and c.country and _base(c) and _own_country(c) \
                and not (c.comparison or {}).get("excluding"):  # "outside China" is neither a country nor the world
            qty[(c.commodity, measure_key(c.measure, c.stage) + _basis_key(c), c.country, c.year)].append(i)
    for (com, key, cty, year), idxs in qty.items():
        spans = _join_ranges(claims, idxs)
        # figures whose intervals overlap form one cluster; two clusters contradict each other
        clusters: list[tuple[float, int]] = []  # (upper end of the cluster, first claim)
        cur_hi = -math.inf
        for lo, hi, i in sorted((*iv, i) for i, iv in spans.items()):
            if not clusters or lo > cur_hi:
                clusters.append((hi, i))
                cur_hi = hi
            else:
                cur_hi = max(cur_hi, hi)
        firsts = sorted(i for _, i in clusters)
        if len(firsts) > 1:
            firsts = _conflicting(claims, spans)
        if len(firsts) > 1 and not (year is None and len({claims[i].sentence_span for i in firsts}) == 1):
            # (no year and one sentence: "cut from 22 to 3.5 million tons" states two moments)
            out.append(Contradiction(
                "different_figures",
                f"different figures for {key.split('@')[0]} of {com} in {_name(cty)}"
                f"{' in ' + str(year) if year else ''}: " + ", ".join(repr(claims[i].text) for i in firsts[:5]),
                firsts[:5]))
    # ranks
    ranks: dict[tuple[str, str, int | None], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if c.kind == "rank" and c.rank_op == "==" and c.commodity and c.measure and c.country:
            ranks[(c.commodity, measure_key(c.measure, c.stage), c.year)].append(i)
    for rkey, idxs in ranks.items():
        by_rank: dict[int, dict[str, int]] = defaultdict(dict)
        by_country: dict[str, dict[int, int]] = defaultdict(dict)
        for i in idxs:
            c = claims[i]
            by_rank[c.rank or 0].setdefault(c.country or "", i)
            by_country[c.country or ""].setdefault(c.rank or 0, i)
        what = f"{rkey[1].split('@')[0]} of {rkey[0]}"
        for rank, who in by_rank.items():
            if len(who) > 1 and not all((claims[i].comparison or {}).get("list_position") for i in who.values()):
                # (a list that numbers several countries alike states a tie)
                out.append(Contradiction(
                    "rank_conflict", f"{' and '.join(_name(x) for x in list(who)[:5])} are all called #{rank} in {what}",
                    sorted(who.values())[:5]))
        for cty, rks in by_country.items():
            if len(rks) > 1:
                out.append(Contradiction(
                    "rank_conflict", f"{_name(cty)} is called {', '.join('#' + str(r) for r in sorted(rks))} in {what}",
                    sorted(rks.values())[:5]))
        # the article's own figures against its ordinals
        figs = {}
        for (com, mkey, cty, year), q in qty.items():
            if com == rkey[0] and mkey == rkey[1] and (rkey[2] is None or year in (rkey[2], None)) and cty != "WLD":
                iv = _base(claims[q[0]])
                if iv:
                    figs[cty] = (iv, q[0])
        for cty, rks in by_country.items():
            for rank, i in rks.items():
                if cty not in figs or not rank:
                    continue
                mine = figs[cty][0]
                above = [x for x, (iv, _) in figs.items() if x != cty and iv[0] > mine[1]]
                if len(above) >= rank:
                    out.append(Contradiction(
                        "ordinal_vs_list",
                        f"{_name(cty)} is called #{rank}, but the article gives larger figures for "
                        f"{len(above)} others ({', '.join(_name(x) for x in above[:5])})",
                        [i, *[figs[x][1] for x in above[:5]]]))
    # totals
    for (com, key, cty, year), idxs in qty.items():
        if cty != "WLD":
            continue
        world = _base(claims[idxs[0]])
        parts = [(k, v) for k, v in qty.items() if k[0] == com and k[1] == key and k[3] == year and k[2] != "WLD"]
        lo_sum = sum((_base(claims[v[0]]) or (0.0, 0.0))[0] for _, v in parts)
        if world and parts and lo_sum > world[1]:
            out.append(Contradiction(
                "total_mismatch",
                f"country figures add up to at least {lo_sum:,.0f} t, more than the world total {claims[idxs[0]].text!r}",
                [idxs[0], *[v[0] for _, v in parts]]))
    shares: dict[tuple[str, str, int | None], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if c.kind == "share" and c.commodity and c.share is not None and c.country and _one_country_share(c):
            shares[(c.commodity, measure_key(c.measure or "production", c.stage), c.year)].append(i)
    for skey, idxs in shares.items():
        seen: dict[str, int] = {}
        for i in idxs:
            seen.setdefault(claims[i].country or "", i)
        lo = sum(claim_interval(claims[i].share or 0.0, (claims[i].precision or 0.5) / 100, claims[i].hedge)[0]
                 for i in seen.values())
        if len(seen) > 1 and lo > 1.0:
            out.append(Contradiction(
                "total_mismatch", f"shares of world {skey[1].split('@')[0]} of {skey[0]} add up to more than 100%",
                list(seen.values())))
    return out
