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

__all__ = ["Brief", "Line", "Section", "commodity_brief", "render_brief"]


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


def _ground_and_controls(commodity: str, countries: tuple[str, ...], as_of: str) -> Section:
    """Export controls in force on ``as_of`` for the commodity, and each country's sites in
    occupied, contested or frontline ground (the sites registry and the timeline)."""
    from critmin.events import controls
    from critmin.names import country_name
    from critmin.territory import conflict_exposure

    sec = Section(f"Controls and contested ground on {as_of}")
    ans = controls(as_of, commodity=commodity)
    recs = ans.records()
    sec.lines.append(Line(f"{len(recs)} export control(s) in force on {commodity.replace('_', ' ')}"
                          + (f" ({ans.meta['caveat']})" if ans.meta.get("caveat") else "")))
    for r in recs:
        what = f" on {r['elements'].replace(';', ', ')}" if r["elements"] else ""
        sec.lines.append(Line(f"  {r['date']}: {r['title']}{what} [{r['legal_reference'] or 'no legal reference'}]",
                              [r["source_id"]]))
    for c in countries:
        ex = conflict_exposure(c, as_of)
        exposed = list(ex.attrs.get("exposed_sites") or [])
        if ex.empty:
            sec.lines.append(Line(f"{country_name(c)}: no sites in the registry (a gap, not an absence)."))
            continue
        share = ex.attrs.get("share")
        share_txt = ("share of listed resources: no published resource figure" if share is None or share != share
                     else f"{share:.0%} of listed resources ({ex.attrs.get('base')})")
        ids = sorted({str(v) for v in ex["control_source_id"].dropna()})
        unknown = int(ex["exposed"].isna().sum())
        if unknown == len(ex):
            sec.lines.append(Line(f"{country_name(c)}: control of the ground is not recorded for its {len(ex)} "
                                  "listed sites (a gap)."))
            continue
        sec.lines.append(Line(f"{country_name(c)}: {len(exposed)} of {len(ex)} listed sites in occupied, contested "
                              f"or frontline ground" + (f" (control not recorded for {unknown})" if unknown else "")
                              + f"; {share_txt}", ids))
    return sec


def commodity_brief(store: Store, commodity: str = "rare_earths",
                    countries: tuple[str, ...] = ("RUS", "UKR"), as_of: str | None = None) -> Brief:
    """The brief: top producers and reserve holders, China's stage shares, revisions,
    the position of ``countries``, and controls and contested ground on ``as_of`` (today)."""
    import datetime as dt

    as_of = as_of or dt.date.today().isoformat()
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
    sections.append(_ground_and_controls(commodity, countries, as_of))
    brief = Brief(f"critmin brief: {commodity.replace('_', ' ')}", sections, [], store.dataset_version)
    brief.sources = service.sources_for(store, brief.source_ids())
    return brief


# -- rendered reports (critmin brief, POST /api/v1/briefs) --------------------------------

def _figures(store: Store, commodity: str, country: str | None) -> list[dict[str, Any]]:
    """The charts and tables of a report: each {title, svg, table (cols, rows), sources, note}."""
    from critmin import exposure
    from critmin.web.svg import bar_chart, fmt_value, line_chart, world_map

    figs: list[dict[str, Any]] = []
    for measure, label in (("mine_production", "Mine production"), ("reserves", "Reserves")):
        ans = service.rank(store, commodity, measure)
        recs = [r for r in ans.records() if r["country"] not in ("WLD",)]
        if not recs:
            continue
        unit = recs[0]["unit"] or ""
        title = f"{label} of {commodity.replace('_', ' ')} by country, {ans.meta.get('year')} ({ans.meta.get('edition')})"
        values = {r["country"]: r["value"] for r in recs if r["country"] != "OTH"}
        svg = world_map(values, title=title, unit=unit, names={r["country"]: r["country_name"] for r in recs},
                        width=720) if measure == "mine_production" else bar_chart(
            [(r["country_name"], r["value"]) for r in recs if r["rank"] is not None][:10], title=title, unit=unit)
        rows = [(r["rank"] or "", r["country_name"],
                 ((r["qualifier"] + " ") if r["qualifier"] in (">", "<", "~") else "")
                 + (fmt_value(r["value"], unit) if r["value"] is not None else
                    {"W": "withheld", "NA": "not available"}.get(str(r["qualifier"]), "no figure")),
                 f"{r['share_of_world']:.0%}" if r.get("share_of_world") is not None else "", r["source_id"])
                for r in recs[:12]]
        figs.append({"title": title, "svg": svg, "columns": ["Rank", "Country", "Value", "Share of world", "Source"],
                     "rows": rows, "sources": [s["source_id"] for s in ans.sources], "note": ans.caption})
    st = exposure.stage_shares(store, commodity, country or "CHN")
    srec = st.records()
    who = st.title.split("'s share")[0]
    figs.append({"title": st.title, "svg": bar_chart([(r["stage"], r["share"]) for r in srec], title=st.title,
                                                     unit="fraction", vmax=1.0),
                 "columns": ["Stage", "Share", "Year", "Basis", "Source"],
                 "rows": [(r["stage"], "gap" if r["share"] is None else f"{'about ' if r['qualifier'] == '~' else ''}"
                           f"{r['share']:.0%}", r["year"] or "", r["basis"], r["source_id"] or "") for r in srec],
                 "sources": [s["source_id"] for s in st.sources], "note": f"{who}: published shares; a gap is a gap."})
    try:
        hh = exposure.hhi(store, commodity, "mine_production")
        hrec = [r for r in hh.records() if r["n_countries"] >= 3]
    except Exception:  # no production table: no HHI figure
        hh, hrec = None, []
    if hh is not None and hrec:
        t = f"Concentration of {commodity.replace('_', ' ')} mine production (HHI, full country tables)"
        figs.append({"title": t, "svg": line_chart([(r["year"], r["hhi"]) for r in hrec], title=t),
                     "columns": ["Year", "HHI", "Leader", "Leader share", "Edition", "Sources"],
                     "rows": [(r["year"], round(r["hhi"]), r["leader"], f"{r['leader_share']:.0%}", r["edition"],
                               r["source_ids"]) for r in hrec],
                     "sources": [s["source_id"] for s in hh.sources],
                     "note": "HHI = 10,000 x sum of squared shares over named countries (0-10,000)."})
    return figs


def render_brief(store: Store, commodity: str = "rare_earths", country: str | None = None,
                 fmt: str = "html") -> str:
    """A self-contained report (HTML with inline SVG, or Markdown with the SVGs as data
    URIs): the brief's sections, charts and tables, and every source cited."""
    import base64
    import datetime as dt
    from html import escape

    commodity = store.resolve_commodity(commodity)
    countries = (store.resolve_country(country),) if country else ("RUS", "UKR")
    brief = commodity_brief(store, commodity, countries)
    figs = _figures(store, commodity, countries[0] if country else None)
    ids = sorted(set(brief.source_ids()) | {s for f in figs for s in f["sources"]})
    srcs = service.sources_for(store, ids)
    today = dt.date.today().isoformat()
    if fmt == "md":
        out = [f"# {brief.title}", "",
               f"Dataset version {brief.dataset_version}; generated {today} by critmin. "
               "Every figure carries its source id, listed under Sources.", ""]
        for sec in brief.sections:
            out += [f"## {sec.heading}", ""]
            out += [f"- {ln.text}" + (f" [{', '.join(ln.sources)}]" if ln.sources else "") for ln in sec.lines]
            out.append("")
        for i, f in enumerate(figs, 1):
            uri = "data:image/svg+xml;base64," + base64.b64encode(f["svg"].encode()).decode()
            out += [f"## Figure {i}. {f['title']}", "", f"![{f['title']}]({uri})", "",
                    "| " + " | ".join(f["columns"]) + " |", "|" + "---|" * len(f["columns"])]
            out += ["| " + " | ".join(str(c).replace("|", "/") for c in r) + " |" for r in f["rows"]]
            out += ["", f"Source: {', '.join(f['sources']) or 'none (gap)'}. {f['note']}", ""]
        out += ["## Sources", ""]
        for s in srcs:
            out.append(f"- **{s['source_id']}**: {s.get('publisher', '')}, *{s.get('title', '')}*"
                       + (f", {s['edition']}" if s.get("edition") else "")
                       + (f", {s['table_or_page']}" if s.get("table_or_page") else "")
                       + (f". {s['url']}" if s.get("url") else "")
                       + (f" (licence: {s['licence']}; reliability: {s.get('reliability')})" if s.get("licence") else ""))
        return "\n".join(out) + "\n"
    if fmt != "html":
        from critmin.errors import DataError

        raise DataError(f"unknown brief format {fmt!r}", hint="use html, md or pdf")

    def cite(ids_: list[str]) -> str:
        return ", ".join(f'<a href="#src-{escape(i)}">{escape(i)}</a>' for i in ids_)

    body = [f"<h1>{escape(brief.title)}</h1>",
            f'<p class="meta">Dataset version {escape(brief.dataset_version)}; generated {today} by critmin. '
            "Every figure carries its source; sources are listed at the end.</p>"]
    for sec in brief.sections:
        body.append(f"<h2>{escape(sec.heading)}</h2><ul>")
        body += [f"<li>{escape(ln.text)}" + (f' <span class="src">[{cite(ln.sources)}]</span>' if ln.sources else "")
                 + "</li>" for ln in sec.lines]
        body.append("</ul>")
    for i, f in enumerate(figs, 1):
        head = "".join(f"<th scope=\"col\">{escape(c)}</th>" for c in f["columns"])
        rows = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in f["rows"])
        body.append(f'<figure><figcaption><strong>Figure {i}.</strong> {escape(f["title"])}</figcaption>{f["svg"]}'
                    f'<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
                    f'<p class="src">Source: {cite(f["sources"]) or "none (gap)"}. {escape(f["note"])}</p></figure>')
    body.append("<h2>Sources</h2><ol class=\"sources\">")
    for s in srcs:
        url = s.get("url") or ""
        title = escape(str(s.get("title", "")))
        body.append(f'<li id="src-{escape(s["source_id"])}"><code>{escape(s["source_id"])}</code>: '
                    f'{escape(str(s.get("publisher", "")))}, '
                    + (f'<a href="{escape(url)}">{title}</a>' if url else title)
                    + "".join(f", {escape(str(s[k]))}" for k in ("edition", "table_or_page") if s.get(k))
                    + (f' (licence: {escape(str(s["licence"]))}; reliability: {escape(str(s.get("reliability")))})'
                       if s.get("licence") else "") + "</li>")
    body.append("</ol>")
    css = ("body{font:15px/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:820px;margin:2rem auto;padding:0 1rem}"
           "h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:1.6rem}figure{margin:1.5rem 0;break-inside:avoid}"
           "figcaption{margin-bottom:.4rem}table{border-collapse:collapse;width:100%;font-size:.85rem;margin-top:.5rem}"
           "th,td{border-bottom:1px solid #ccc;padding:.2rem .4rem;text-align:left}th{background:#f3f5f8}"
           ".src,.meta{color:#4a4a4a;font-size:.85rem}a{color:#1f3c88}svg{max-width:100%;height:auto}")
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><title>{escape(brief.title)}</title>'
            f"<style>{css}</style></head><body>{''.join(body)}</body></html>\n")
