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


def find_contradictions(claims: list[Claim]) -> list[Contradiction]:
    """Contradictions among the claims of one article (indexes refer to ``claims``)."""
    out: list[Contradiction] = []
    qty: dict[tuple[str, str, str, int | None], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if c.kind == "quantity" and c.commodity and c.measure and c.country and _base(c) \
                and not (c.comparison or {}).get("excluding"):  # "outside China" is neither a country nor the world
            qty[(c.commodity, measure_key(c.measure, c.stage), c.country, c.year)].append(i)
    for (com, key, cty, year), idxs in qty.items():
        # figures whose intervals overlap form one cluster; two clusters contradict each other
        clusters: list[tuple[float, int]] = []  # (upper end of the cluster, first claim)
        cur_hi = -math.inf
        for lo, hi, i in sorted((*(_base(claims[i]) or (0.0, 0.0)), i) for i in idxs):
            if not clusters or lo > cur_hi:
                clusters.append((hi, i))
                cur_hi = hi
            else:
                cur_hi = max(cur_hi, hi)
        firsts = sorted(i for _, i in clusters)
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
            if len(who) > 1:
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
        if c.kind == "share" and c.commodity and c.share is not None and c.country:
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
