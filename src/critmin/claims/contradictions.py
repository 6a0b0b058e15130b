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
        if c.kind == "quantity" and c.commodity and c.measure and c.country and _base(c):
            qty[(c.commodity, measure_key(c.measure, c.stage), c.country, c.year)].append(i)
    for (com, key, cty, year), idxs in qty.items():
        for a_pos, a in enumerate(idxs):
            for b in idxs[a_pos + 1:]:
                if year is None and claims[a].sentence_span == claims[b].sentence_span:
                    continue  # "cut from 22 to 3.5 million tons": two states in one sentence
                ia, ib = _base(claims[a]), _base(claims[b])
                if ia and ib and (ia[1] < ib[0] or ib[1] < ia[0]):
                    out.append(Contradiction(
                        "different_figures",
                        f"two figures for {key.split('@')[0]} of {com} in {_name(cty)}"
                        f"{' in ' + str(year) if year else ''}: {claims[a].text!r} and {claims[b].text!r}",
                        [a, b]))
    # ranks
    ranks: dict[tuple[str, str, int | None], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if c.kind == "rank" and c.rank_op == "==" and c.commodity and c.measure and c.country:
            ranks[(c.commodity, measure_key(c.measure, c.stage), c.year)].append(i)
    for rkey, idxs in ranks.items():
        for a_pos, a in enumerate(idxs):
            for b in idxs[a_pos + 1:]:
                ca, cb = claims[a], claims[b]
                if (ca.rank == cb.rank and ca.country != cb.country) or (ca.country == cb.country and ca.rank != cb.rank):
                    out.append(Contradiction(
                        "rank_conflict",
                        f"{_name(ca.country)} #{ca.rank} and {_name(cb.country)} #{cb.rank} in {rkey[1].split('@')[0]}"
                        f" of {rkey[0]}", [a, b]))
        # the article's own figures against its ordinals
        for i in idxs:
            c = claims[i]
            figs = {}
            for (com, mkey, cty, year), q in qty.items():
                if com == rkey[0] and mkey == rkey[1] and (rkey[2] is None or year in (rkey[2], None)) and cty != "WLD":
                    iv = _base(claims[q[0]])
                    if iv:
                        figs[cty] = (iv, q[0])
            if c.country in figs and c.rank:
                mine = figs[c.country][0]
                above = [cty for cty, (iv, _) in figs.items() if cty != c.country and iv[0] > mine[1]]
                if len(above) >= c.rank:
                    out.append(Contradiction(
                        "ordinal_vs_list",
                        f"{_name(c.country)} is called #{c.rank}, but the article gives larger figures for "
                        f"{len(above)} others ({', '.join(_name(x) for x in above)})",
                        [i, *[figs[x][1] for x in above]]))
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
