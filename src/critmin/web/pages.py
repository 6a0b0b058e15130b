"""Dashboard pages: Overview, Country, Sources; static files (Plotly from the plotly
package, the Natural Earth map, CSS/JS). Everything is served by this process: the
pages make no request to any other host.

Pages are rendered on the server from the same service functions as the API, and
cached per URL and dataset version, so a page is HTML at first paint; Plotly adds
interactivity to the charts once it has loaded (each chart also has its table).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from critmin import service
from critmin.api.context import get_context
from critmin.errors import UnknownEntityError

router = APIRouter(include_in_schema=False)
PAGES = [("/", "Overview"), ("/sources", "Sources")]

STATIC = Path(__file__).parent / "static"
STATIC_TYPES = {".css": "text/css", ".js": "text/javascript", ".geojson": "application/geo+json",
                ".md": "text/markdown", ".svg": "image/svg+xml", ".png": "image/png"}
MAP_MEASURES = {"mine_production": "Mine production", "reserves": "Reserves"}


def _plotly_js() -> Path:
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


@router.get("/static/plotly.min.js")
def plotly_js() -> FileResponse:
    return FileResponse(_plotly_js(), media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=604800"})


@router.get("/static/{path:path}")
def static(path: str) -> FileResponse:
    target = (STATIC / path).resolve()
    if STATIC.resolve() not in target.parents or not target.is_file():
        raise UnknownEntityError("static file", path)
    return FileResponse(target, media_type=STATIC_TYPES.get(target.suffix, "application/octet-stream"),
                        headers={"Cache-Control": "public, max-age=3600"})


@router.get("/favicon.ico")
def favicon() -> Response:
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" '
           b'rx="3" fill="#253494"/><text x="8" y="12" font-size="10" text-anchor="middle" fill="#fff" '
           b'font-family="sans-serif">c</text></svg>')
    return Response(svg, media_type="image/svg+xml", headers={"Cache-Control": "public, max-age=86400"})


def _cached(request: Request, build: Any) -> HTMLResponse:
    """A page rendered by ``build()``, kept in the app's response cache when it is a 200."""
    from critmin.api.cache import entry_response

    ctx = get_context(request)
    generation = ctx.cache.generation
    with ctx.lock:
        held = ctx.cache.peek(request.scope)  # built meanwhile for another client
        if held is not None:
            resp: HTMLResponse = entry_response(held)
            return resp
        resp = build()
        if resp.status_code != 200:
            return resp
        body = bytes(resp.body)
        ctx.cache.put(request.scope, 200, [(b"content-type", b"text/html; charset=utf-8")], body, generation)
    return HTMLResponse(body)


def _source_ids(ans: service.Answer) -> list[str]:
    return [s["source_id"] for s in ans.sources]


def _map_commodities(store: Any) -> list[dict[str, Any]]:
    _, rows = store._run(
        "SELECT c.slug, c.name FROM commodities c WHERE EXISTS (SELECT 1 FROM obs_all o WHERE o.commodity = c.slug "
        "AND o.measure IN ('mine_production', 'reserves') AND o.country NOT IN ('WLD', 'OTH')) ORDER BY c.name",
        output="rows")
    return [{"slug": r[0], "name": r[1]} for r in rows]


def overview_context(store: Any, commodity: str, measure: str, edition: str | None,
                     year: int | None) -> dict[str, Any]:
    """Everything the Overview shows, for one commodity, measure, edition and year."""
    from critmin import exposure
    from critmin.briefing import _revisions
    from critmin.names import country_name
    from critmin.web.render import chart_json
    from critmin.web.svg import world_map

    slug = store.resolve_commodity(commodity)
    if measure not in MAP_MEASURES:
        raise UnknownEntityError("map measure", measure, list(MAP_MEASURES))
    _, ed_rows = store._run(
        "SELECT DISTINCT o.edition, e.published FROM obs_all o LEFT JOIN editions e USING (edition) "
        "WHERE o.commodity = ? AND o.measure = ? AND o.product IS NULL ORDER BY e.published DESC NULLS LAST",
        [slug, measure], output="rows")
    editions = [r[0] for r in ed_rows]
    if edition and edition not in editions:
        edition = store.resolve_edition(edition)
    ranked = service.rank(store, slug, measure, year=year, edition=edition or None)
    recs = ranked.records()
    unit = recs[0]["unit"] if recs else ""
    shown_ed = ranked.meta.get("edition")
    shown_year = ranked.meta.get("year")
    _, yr_rows = store._run("SELECT DISTINCT year FROM obs_all WHERE commodity = ? AND measure = ? AND edition = ? "
                            "AND product IS NULL ORDER BY year DESC", [slug, measure, shown_ed], output="rows")
    values = {r["country"]: r["value"] for r in recs if r["country"] not in ("WLD", "OTH")}
    names = {r["country"]: r["country_name"] for r in recs}
    label = MAP_MEASURES[measure]
    map_title = f"{label} of {slug.replace('_', ' ')} by country, {shown_year} ({shown_ed})"
    svg = world_map(values, title=map_title, unit=unit, names=names, link=lambda iso: f"/country/{iso}",
                    desc=f"{len(values)} countries with a figure; others have none in the source.")
    # China's share per stage
    st = exposure.stage_shares(store, slug, "CHN")
    st_recs = st.records()
    stage_chart = chart_json(
        [{"type": "bar", "x": [r["stage"] for r in st_recs], "y": [r["share"] for r in st_recs],
          "text": [("gap" if r["share"] is None else f"{r['share']:.0%}") for r in st_recs],
          "textposition": "auto", "marker": {"color": "#2c7fb8"},
          "hovertemplate": "%{x}: %{y:.0%}<extra></extra>"}],
        {"yaxis": {"range": [0, 1], "tickformat": ".0%", "title": {"text": "share of world"}},
         "margin": {"t": 10, "r": 10, "b": 40, "l": 60}, "height": 260})
    # HHI over time
    try:
        hh = exposure.hhi(store, slug, "mine_production")
        hh_recs = [r for r in hh.records() if r.get("hhi") is not None]
    except Exception:  # no production table to compute it on: the section says so
        hh, hh_recs = None, []
    # A figure set listing only one or two countries gives a lower bound at best: with a world
    # total it is drawn as such; without one (shares of the rows' own sum) it is not drawn.
    hh_recs = [r for r in hh_recs if r["n_countries"] >= 3 or r["base"] == "world"]
    full = [r for r in hh_recs if r["n_countries"] >= 3]
    bound = [r for r in hh_recs if r["n_countries"] < 3]
    for r in hh_recs:
        r["kind"] = "full table" if r["n_countries"] >= 3 else "lower bound (leader only)"
    traces = [{"type": "scatter", "mode": "lines+markers", "name": "HHI (full country table)",
               "x": [r["year"] for r in full], "y": [round(r["hhi"]) for r in full], "line": {"color": "#253494"},
               "customdata": [r["edition"] for r in full],
               "hovertemplate": "%{x}: HHI %{y} (%{customdata})<extra></extra>"},
              {"type": "scatter", "mode": "markers", "name": "lower bound (only the leader listed)",
               "x": [r["year"] for r in bound], "y": [round(r["hhi"]) for r in bound],
               "marker": {"color": "#41b6c4", "symbol": "triangle-up", "size": 9},
               "customdata": [r["edition"] for r in bound],
               "hovertemplate": "%{x}: HHI at least %{y} (%{customdata})<extra></extra>"}]
    hhi_chart = chart_json(
        [t for t in traces if t["x"]],
        {"yaxis": {"range": [0, 10000], "title": {"text": "HHI (0-10,000)"}},
         "xaxis": {"title": {"text": "data year"}}, "legend": {"orientation": "h", "y": -0.35},
         "margin": {"t": 10, "r": 10, "b": 50, "l": 60}, "height": 300})
    revisions = _revisions(store, slug)
    return {
        "title": f"Overview: {slug.replace('_', ' ')}",
        "commodity": slug, "commodities": _map_commodities(store), "measure": measure, "measures": MAP_MEASURES,
        "editions": editions, "edition": edition or "", "shown_edition": shown_ed, "years": [r[0] for r in yr_rows],
        "year": year, "shown_year": shown_year, "unit": unit, "map_svg": svg, "map_title": map_title,
        "ranked": [r for r in recs if r["country"] not in ("WLD",)][:15],
        "world": next((r for r in recs if r.get("world_value")), None),
        "rank_sources": _source_ids(ranked), "caption": ranked.caption,
        "stage": st_recs, "stage_sources": _source_ids(st), "stage_chart": stage_chart,
        "hhi": hh_recs, "hhi_sources": sorted({s for r in hh_recs for s in str(r.get("source_ids") or "").split(";") if s}), "hhi_chart": hhi_chart,
        "revisions": revisions, "country_name": country_name,
    }


@router.get("/", response_class=HTMLResponse)
def overview(
    request: Request,
    commodity: Annotated[str, Query(max_length=80)] = "rare_earths",
    measure: Annotated[str, Query(max_length=40)] = "mine_production",
    edition: Annotated[str | None, Query(max_length=40)] = None,
    year: Annotated[str | None, Query(max_length=4, description="Data year; empty: the newest")] = None,
) -> HTMLResponse:
    from critmin.errors import DataError
    from critmin.web.render import render_page

    ctx = get_context(request)
    if year and not (year.isdigit() and 1800 <= int(year) <= 2100):
        raise DataError(f"year {year!r} is not a year between 1800 and 2100")
    y = int(year) if year else None
    return _cached(request, lambda: render_page(
        request, "overview.html", **overview_context(ctx.store, commodity, measure, edition or None, y)))


def country_context(store: Any, iso: str, commodity: str, sections: list[Any]) -> dict[str, Any]:
    """Reserves, production, exposure and bloc dependence of one country."""
    from critmin import exposure
    from critmin.names import country_name
    from critmin.web.render import chart_json

    slug = store.resolve_commodity(commodity)
    cols, rows = store._run(
        """WITH latest AS (
             SELECT * FROM obs_all WHERE country = ? AND product IS NULL
               AND measure IN ('mine_production', 'reserves', 'refinery_production')
             QUALIFY row_number() OVER (PARTITION BY commodity, measure ORDER BY year DESC, published DESC) = 1)
           SELECT l.commodity, l.measure, l.year, l.value, l.qualifier, l.unit, l.basis, l.edition, l.source_id,
                  w.value AS world_value, w.qualifier AS world_qualifier
           FROM latest l LEFT JOIN obs_all w ON w.country = 'WLD' AND w.commodity = l.commodity
             AND w.measure = l.measure AND w.year = l.year AND w.edition = l.edition AND w.product IS NULL
           ORDER BY l.measure, l.commodity""", [iso], output="rows")
    holdings = []
    for r in rows:
        d = dict(zip(cols, r, strict=True))
        d["share"] = (d["value"] / d["world_value"]) if d["value"] and d["world_value"] and \
            d["world_qualifier"] not in (">", "<") else None
        holdings.append(d)
    prod = service.observations(store, slug, "mine_production", country=iso)
    prod_recs = sorted(prod.records(), key=lambda r: r["year"])
    prod_chart = chart_json(
        [{"type": "bar", "x": [r["year"] for r in prod_recs], "y": [r["value"] for r in prod_recs],
          "marker": {"color": "#2c7fb8"}, "customdata": [r["edition"] for r in prod_recs],
          "hovertemplate": "%{x}: %{y:,} (%{customdata})<extra></extra>"}],
        {"yaxis": {"title": {"text": prod_recs[0]["unit"] if prod_recs else ""}},
         "margin": {"t": 10, "r": 10, "b": 40, "l": 70}, "height": 240})
    exposure_parts: list[tuple[str, Any]] = []
    for name, fn in (("Bloc dependence of imports", lambda: exposure.bloc_dependence(store, slug, iso)),
                     ("Net import reliance", lambda: exposure.net_import_reliance(store, slug, iso)),
                     ("Share per supply-chain stage", lambda: exposure.stage_shares(store, slug, iso))):
        try:
            exposure_parts.append((name, fn()))
        except Exception:  # DataError: the dataset has no such figures for this country (a gap)
            exposure_parts.append((name, None))
    extra = []
    for hook in sections:
        sec = hook(store, iso)
        if sec:
            extra.append(sec)
    all_sources = sorted({s for d in holdings for s in [d["source_id"]] if s}
                         | set(_source_ids(prod)))
    return {"title": country_name(iso), "iso": iso, "name": country_name(iso), "commodity": slug,
            "commodities": _map_commodities(store), "holdings": holdings, "production": prod_recs,
            "prod_chart": prod_chart, "prod_sources": _source_ids(prod), "exposure": exposure_parts,
            "sections": extra, "all_sources": all_sources}


@router.get("/country", response_class=HTMLResponse)
def country_redirect(country: Annotated[str, Query(max_length=80)]) -> RedirectResponse:
    return RedirectResponse(f"/country/{country}", status_code=303)


@router.get("/country/{country}", response_class=HTMLResponse)
def country_page(request: Request, country: str,
                 commodity: Annotated[str, Query(max_length=80)] = "rare_earths") -> Response:
    from critmin.web.render import render_page

    ctx = get_context(request)
    iso = ctx.store.resolve_country(country)
    if iso != country:
        return RedirectResponse(f"/country/{iso}" + (f"?{request.url.query}" if request.url.query else ""),
                                status_code=307)
    return _cached(request, lambda: render_page(
        request, "country.html",
        **country_context(ctx.store, iso, commodity, request.app.state.country_sections)))


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request) -> HTMLResponse:
    from critmin.web.render import render_page

    ctx = get_context(request)
    return _cached(request, lambda: render_page(request, "sources.html", title="Sources",
                                                sources=service.sources(ctx.store).records()))
