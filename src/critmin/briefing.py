"""A short, sourced brief on one commodity, built from the store.

Used by ``critmin demo`` (the terminal brief on rare earths) and by the web and
report briefings. Every line carries the ids of the sources its figures come
from; a figure the dataset does not hold is said to be a gap, never filled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from critmin import service

if TYPE_CHECKING:
    from critmin.store import Store

__all__ = ["Brief", "Line", "Section", "commodity_brief"]


@dataclass
class Line:
    """One statement and the sources of its figures."""

    text: str
    sources: list[str] = field(default_factory=list)


@dataclass
class Section:
    heading: str
    lines: list[Line] = field(default_factory=list)


@dataclass
class Brief:
    title: str
    sections: list[Section]
    sources: list[dict[str, Any]]
    dataset_version: str

    def source_ids(self) -> list[str]:
        return sorted({s for sec in self.sections for ln in sec.lines for s in ln.sources})


def _num(v: Any, unit: str | None = None, basis: str | None = None, qual: str | None = None) -> str:
    from critmin.cli.output import fmt_number

    if qual in ("NA", "W"):
        return {"NA": "not available", "W": "withheld"}[qual]
    prefix = qual if qual in (">", "<", "~") else ""
    tail = " ".join(p for p in (unit, basis) if p)
    return f"{prefix}{fmt_number(v)}" + (f" {tail}" if tail else "")


def _recs(ans: service.Answer) -> list[dict[str, Any]]:
    return ans.records()


def _top(store: Store, commodity: str, measure: str, label: str, n: int = 5) -> Section:
    ans = service.rank(store, commodity, measure)
    recs = [r for r in _recs(ans) if r["rank"] is not None]
    sec = Section(f"Top {label}")
    if not recs:
        sec.lines.append(Line(f"No {label} table in the dataset (gap)."))
        return sec
    r0 = recs[0]
    sec.heading += f" ({r0['edition']}, {r0['year']})"
    for r in recs[:n]:
        share = f", {r['share_of_world']:.0%} of the world" if r.get("share_of_world") else ""
        est = " (estimate)" if r.get("estimate_flag") else ""
        sec.lines.append(Line(
            f"{r['rank']}. {r['country_name']}: {_num(r['value'], r['unit'], r['basis'], r['qualifier'])}"
            f"{est}{share}",
            [r["source_id"]],
        ))
    world = r0.get("world_value")
    if world:
        sec.lines.append(Line(f"World: {_num(world, r0['unit'], r0['basis'], r0.get('world_qualifier'))}",
                              [r0["source_id"]]))
    return sec


def _stage_shares(store: Store, commodity: str, country: str) -> Section:
    from critmin.names import country_name

    sec = Section(f"{country_name(country)}'s share at each supply-chain stage")
    cols, rows = store._run(
        "SELECT * FROM obs_all WHERE measure = 'production_share' AND country = ? "
        "AND (commodity = ? OR commodity IN (SELECT slug FROM commodities WHERE parent = ?)) "
        "AND year <= 2025 ORDER BY stage, year DESC, published DESC",
        [country, commodity, commodity], output="rows",
    )
    seen: set[str] = set()
    order = {"mining": 0, "refining": 1, "metal": 2, "magnet": 3}
    recs = sorted((dict(zip(cols, r, strict=True)) for r in rows), key=lambda r: order.get(r["stage"], 9))
    for r in recs:
        if r["stage"] in seen:
            continue
        seen.add(r["stage"])
        q = "about " if r["qualifier"] == "~" else ""
        sec.lines.append(Line(
            f"{r['stage']}: {q}{r['value']:.0%} ({r['commodity']}, {r['year']}, {r['edition']})",
            [r["source_id"]],
        ))
    prod = service.rank(store, commodity, "mine_production")
    for r in _recs(prod):
        if r["country"] == country and r.get("share_of_world") and "mining" not in seen:
            sec.lines.append(Line(
                f"mining (from USGS mine production): {r['share_of_world']:.0%} in {r['year']} ({r['edition']})",
                [r["source_id"]]))
    for stage in ("mining", "refining", "metal", "magnet"):
        if stage not in seen and not any(ln.text.startswith(stage) for ln in sec.lines):
            sec.lines.append(Line(f"{stage}: no sourced figure in the dataset (gap)."))
    return sec


def _revisions(store: Store, commodity: str) -> Section:
    """How the latest edition revised the previous one, for the data year both report."""
    cols, rows = store._run(
        "SELECT edition, published FROM obs_all WHERE commodity = ? AND measure = 'mine_production' "
        "AND series = 'USGS MCS' AND layer = 'bundled' GROUP BY ALL ORDER BY published DESC LIMIT 2",
        [commodity], output="rows",
    )
    sec = Section("Revisions in the latest edition")
    if len(rows) < 2:
        sec.lines.append(Line("Only one edition in the dataset: no revisions to show."))
        return sec
    new, old = rows[0][0], rows[1][0]
    sec.heading = f"How {new} revised {old}"
    cols, rows = store._run(
        """SELECT n.country, n.year, o.value AS old_value, n.value AS new_value, n.unit, n.basis,
                  o.source_id AS old_src, n.source_id AS new_src, n.measure
           FROM obs_all n JOIN obs_all o
             ON n.commodity = o.commodity AND n.measure = o.measure AND n.country = o.country
            AND n.year = o.year AND coalesce(n.product,'') = coalesce(o.product,'')
           WHERE n.commodity = ? AND n.edition = ? AND o.edition = ?
             AND n.measure IN ('mine_production', 'reserves')
             AND n.value IS DISTINCT FROM o.value
           ORDER BY abs(coalesce(n.value,0) - coalesce(o.value,0)) DESC LIMIT 8""",
        [commodity, new, old], output="rows",
    )
    from critmin.names import country_name

    for r in rows:
        d = dict(zip(cols, r, strict=True))
        sec.lines.append(Line(
            f"{country_name(d['country'])} {d['measure'].replace('_', ' ')} {d['year']}: "
            f"{_num(d['old_value'])} -> {_num(d['new_value'], d['unit'], d['basis'])}",
            [d["old_src"], d["new_src"]],
        ))
    if not rows:
        sec.lines.append(Line(f"No figure for a common data year changed between {old} and {new}."))
    return sec


def _country_position(store: Store, commodity: str, country: str) -> list[Line]:
    from critmin.names import country_name

    lines = []
    name = country_name(country)
    for measure, label in (("mine_production", "mine production"), ("reserves", "reserves")):
        recs = _recs(service.rank(store, commodity, measure))
        mine = next((r for r in recs if r["country"] == country), None)
        if mine is None:
            ed = recs[0]["edition"] if recs else "the latest edition"
            lines.append(Line(f"{name}: no {label} figure in {ed} (not listed by the source; a gap, not zero)."))
        elif mine["rank"] is None:
            lines.append(Line(f"{name}: {label} {_num(None, qual=mine['qualifier'])} in {mine['edition']}.",
                              [mine["source_id"]]))
        else:
            lines.append(Line(
                f"{name}: {label} {_num(mine['value'], mine['unit'], mine['basis'], mine['qualifier'])} "
                f"({mine['year']}), rank {mine['rank']} of {sum(1 for r in recs if r['rank'] is not None)} "
                f"in {mine['edition']}", [mine["source_id"]]))
        hist = service.history(store, commodity, measure, country)
        revs = [r for r in hist.records() if str(r["revision"]).startswith("revised")]
        for r in revs[-2:]:
            lines.append(Line(
                f"  {r['year']} figure {r['revision']} from {_num(r['previous_value'])} "
                f"({r['previous_edition']}) to {_num(r['value'])} ({r['edition']})",
                [r["previous_source_id"], r["source_id"]]))
    return lines


def commodity_brief(store: Store, commodity: str = "rare_earths",
                    countries: tuple[str, ...] = ("RUS", "UKR")) -> Brief:
    """The brief: top producers and reserve holders, China's stage shares, revisions,
    and the position of ``countries``."""
    commodity = store.resolve_commodity(commodity)
    sections = [
        _top(store, commodity, "mine_production", "producers"),
        _top(store, commodity, "reserves", "reserve holders"),
        _stage_shares(store, commodity, "CHN"),
        _revisions(store, commodity),
    ]
    pos = Section("Position of " + " and ".join(countries))
    for c in countries:
        pos.lines.extend(_country_position(store, commodity, c))
    sections.append(pos)
    brief = Brief(f"critmin brief: {commodity.replace('_', ' ')}", sections, [], store.dataset_version)
    brief.sources = service.sources_for(store, brief.source_ids())
    return brief
