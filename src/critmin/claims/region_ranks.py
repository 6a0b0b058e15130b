"""Ranks within a world region ("Africa's leading lithium producer", "the largest supplier in
Asia", "the continent's biggest miner"), issue #6, eleventh session.

The labels rank a country within a region among the countries of that region the current
edition lists (C1930: "first among the African producers listed"; C949: "the largest supplier
in Asia"; README rule 8 ranks). Until December 2026 the checker called every such rank
unverifiable for want of a country-to-region table. This module holds that table for the
countries the bundled editions list, by the continental regions of the UN Statistics
Division's M49 standard ("Standard country or area codes for statistical use"; Russia in
Europe, Turkey and Central Asia in Asia, Greenland in North America), plus the groupings news
copy uses: Central and South-East Asia (M49 sub-regions), Latin America (M49 "Latin America
and the Caribbean"), North America as the continent (M49 Northern America with Central America
and the Caribbean), the European Union (member states since 2020). "The continent" is the
ranked country's own. Ambiguous scopes ("the West", "the region", "the Middle East") stay
unverifiable.

A country the table does not place, or a region none of whose listed countries it places,
leaves the claim unverifiable: a wrong membership must never refute.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from critmin.claims.model import Claim, Verdict

__all__ = ["REGIONS", "region_members"]

_AFRICA = frozenset(["BDI", "COD", "MAR", "MDG", "MLI", "MOZ", "NAM", "NGA", "RWA", "TZA", "ZAF", "ZWE"])
_EUROPE = frozenset(["AUT", "DEU", "ESP", "FIN", "NOR", "PRT", "SWE", "UKR", "RUS"])
_ASIA = frozenset(["CHN", "IDN", "IND", "IRN", "JPN", "KAZ", "KGZ", "KOR", "LAO", "LKA", "MMR", "MYS", "PAK", "PHL", "PRK", "THA", "TJK", "TUR", "UZB", "VNM"])
_SOUTH_AMERICA = frozenset(["ARG", "BOL", "BRA", "CHL", "PER"])
_NORTH_AMERICA = frozenset(["USA", "CAN", "GRL", "MEX", "CUB", "GTM"])
_OCEANIA = frozenset(["AUS", "NCL", "PNG"])
#: every country of the bundled editions' tables placed in a region (a country outside it
#: makes the regional ranking unknown, not wrong)
_PLACED = _AFRICA | _EUROPE | _ASIA | _SOUTH_AMERICA | _NORTH_AMERICA | _OCEANIA

#: region name (lower case, as ``verdict._fresh_regional_rank`` returns it) -> ISO3 members
REGIONS: dict[str, frozenset[str]] = {
    "africa": _AFRICA, "african": _AFRICA,
    "europe": _EUROPE, "european": _EUROPE,
    "asia": _ASIA, "asian": _ASIA,
    "central asia": frozenset(["KAZ", "KGZ", "TJK", "UZB"]), "central asian": frozenset(["KAZ", "KGZ", "TJK", "UZB"]),
    "southeast asia": frozenset(["IDN", "LAO", "MMR", "MYS", "PHL", "THA", "VNM"]),
    "south-east asia": frozenset(["IDN", "LAO", "MMR", "MYS", "PHL", "THA", "VNM"]),
    "southeast asian": frozenset(["IDN", "LAO", "MMR", "MYS", "PHL", "THA", "VNM"]),
    "south america": _SOUTH_AMERICA, "south american": _SOUTH_AMERICA,
    "latin america": _SOUTH_AMERICA | frozenset(["MEX", "CUB", "GTM"]),
    "latin american": _SOUTH_AMERICA | frozenset(["MEX", "CUB", "GTM"]),
    "north america": _NORTH_AMERICA, "north american": _NORTH_AMERICA,
    "the americas": _SOUTH_AMERICA | _NORTH_AMERICA,
    "oceania": _OCEANIA,
    "the eu": frozenset(["AUT", "DEU", "ESP", "FIN", "PRT", "SWE"]),
    "the european union": frozenset(["AUT", "DEU", "ESP", "FIN", "PRT", "SWE"]),
}
#: the name of a region given as an adjective ("the biggest African producer")
_NOUN_OF = {"african": "Africa", "european": "Europe", "asian": "Asia", "central asian": "Central Asia",
            "southeast asian": "Southeast Asia", "south american": "South America", "latin american": "Latin America",
            "north american": "North America"}
_CONTINENTS = (_AFRICA, _EUROPE, _ASIA, _SOUTH_AMERICA, _NORTH_AMERICA, _OCEANIA)


def region_members(region: str, country: str | None) -> frozenset[str] | None:
    """The ISO3 codes of ``region`` ("Africa", "the continent" of ``country``), or None when
    the region is ambiguous or the country is not placed in it."""
    key = re.sub(r"\s+", " ", region.strip().lower())
    if key == "the continent":
        members = next((c for c in _CONTINENTS if country in c), None)
    else:
        members = REGIONS.get(key)
    if members is None or country not in members:
        return None
    return members


def regional_rank(claim: Claim, ctx: Any, region: str) -> Verdict | None:
    """The verdict on a rank within ``region`` among the countries of the region each edition
    lists (competition ranking, README rule 8), or None when the region or the country cannot
    be placed (the caller then says unverifiable)."""
    from critmin.claims import verdict as _v

    country = claim.country
    members = region_members(region, country)
    if members is None or claim.rank_op not in ("==", "<=") or not claim.rank:
        return None
    idx, key, com = ctx.idx, _v._key(claim), claim.commodity or ""
    eds = idx.editions_with(com, key)
    results = []
    for ed in ctx.order(claim, eds):
        y = claim.year or _v._latest_ended(ctx, com, key, ed)
        if y is None:
            continue
        rows = [r for _, r in idx.ranking(com, key, ed, y)]
        if any(r.country not in _PLACED for r in rows if r.country not in _v.AGGREGATES and r.country != "OTH"):
            continue  # a listed country the table does not place: the regional order is unknown
        local = [r for r in rows if r.country in members]
        if country not in {r.country for r in local}:
            continue
        if len(local) == 1 and not ((claim.rank == 1 or claim.rank_op == "<=") and ctx.is_current(claim, ed, y)):
            # the only country of the region the table of the day lists is first (rule 16b: the
            # "other countries" remainder does not unsettle it); a lower place, or an older table's
            # sole entry, settles nothing
            continue
        value = next(r.value for r in local if r.country == country)
        pos = 1 + sum(1 for r in local if r.value is not None and value is not None and r.value > value)
        ties = sum(1 for r in local if r.value == value) - 1
        results.append((ed, y, pos, pos + ties, local))
    if not results:
        return None
    n, op = claim.rank, claim.rank_op
    region = _NOUN_OF.get(region.strip().lower(), region)

    def holds(r: tuple[Any, ...]) -> bool:
        return (r[2] <= n <= r[3]) if op == "==" else r[2] <= n

    def desc(r: tuple[Any, ...]) -> str:
        place = f"#{r[2]}" if r[2] == r[3] else f"#{r[2]}-{r[3]} (tied)"
        return (f"{r[0]} ({r[1]}, {len(r[4])} {region} countries listed): {_v._name(country)} {place} in "
                f"{region}; stated {'#' + str(n) if op == '==' else f'top {n}'}")

    def evid(r: tuple[Any, ...]) -> list[Any]:
        return [ctx.ev(row, claim, derived=f"rank within {region}") for row in r[4][:max(n, r[3])]]

    from critmin.claims.model import Verdict

    current = [r for r in results if ctx.is_current(claim, r[0], r[1])]
    for r in current:
        if holds(r):
            return Verdict("supported", desc(r), evid(r), r[0])
    for r in results:
        if r not in current and ctx.allowed(claim, r[0]) and not ctx.later(r[0]) and holds(r):
            return Verdict("supported_by_other_edition", desc(r), evid(r), r[0])
    if current:
        if op == "==" and n > current[0][2] and not _remainder_below(claim, ctx, current[0], country):
            # (twenty-sixth session) placed lower than its place among the region's listed countries ("Africa's
            # second-largest after the DRC", which the table leaves in "other countries"): the unlisted countries
            # may stand ahead of it, so the place is not refuted unless the remainder is too small (rule 16b, C4334)
            r = current[0]
            return Verdict("unverifiable", f"{desc(r)}; the countries ahead of it may be unlisted ones the 'other "
                           f"countries' remainder holds (README rule 16b)", evid(r), r[0],
                           needs=f"{_v._MEASURE_WORDS.get(key, key)} of {_v._com(com)} for the {region} countries "
                                 f"the table does not list")
        return Verdict("refuted", desc(current[0]), evid(current[0]), current[0][0])
    return None


def _remainder_below(claim: Claim, ctx: Any, r: tuple[Any, ...], country: str | None) -> bool:
    """Whether what the table leaves for the countries it does not list (its "other countries" row, else the
    world total less the listed countries) is smaller than ``country``'s own figure, so that no unlisted
    country can stand ahead of it (README rule 8, A040)."""
    from critmin.claims import verdict as _v

    ed, y, _lo, _hi, local = r
    value = next((x.value for x in local if x.country == country), None)
    if value is None:
        return False
    tab = ctx.idx.table(claim.commodity or "", _v._key(claim), ed, y)
    oth = next((x for x in tab if x.country == "OTH" and x.value is not None), None)
    if oth is not None:
        return bool(oth.value < value)
    wld = next((x for x in tab if x.country == "WLD" and x.value is not None and not x.qualifier), None)
    if wld is None:
        return False
    listed = sum(x.value or 0.0 for x in tab if x.country not in _v.AGGREGATES and x.country != "OTH")
    return bool(wld.value - listed < value)
