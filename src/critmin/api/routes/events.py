"""Policy and deals timeline and the actors-relations graph: API endpoints, the Timeline
page and the country page's "Events and agreements" section.

Thin calls of :mod:`critmin.events` and :mod:`critmin.graph` (the same functions as the
``critmin events``/``controls``/``agreements``/``graph`` commands).
"""

from __future__ import annotations

from html import escape
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from critmin.api import API_PREFIX
from critmin.api.context import answer_payload, get_context
from critmin.api.errors import date_param

router = APIRouter(tags=["events"])
PAGE = ("/timeline", "Timeline")

Text = Annotated[str | None, Query(max_length=80)]
Day = Annotated[str | None, Query(max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD")]


def _sources(store: Any, ans: Any) -> Any:
    """Full source records (the store's) for an Answer's sources."""
    from critmin.service import sources_for

    ids = [s["source_id"] for s in ans.sources]
    ans.sources = sources_for(store, ids) if ids else []
    return ans


# -- API ---------------------------------------------------------------------------------
@router.get(f"{API_PREFIX}/events", summary="Timeline events filtered by date range, type, commodity, element, actor")
def list_events(
    request: Request,
    date_from: Annotated[str | None, Query(alias="from", max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD")] = None,
    type: Text = None,
    commodity: Text = None,
    element: Text = None,
    actor: Text = None,
) -> Response:
    from critmin.events import find_events

    ctx = get_context(request)
    lo, hi = date_param(date_from, "from"), date_param(date_to, "to")
    return ctx.respond(request, lambda: answer_payload(_sources(ctx.store, find_events(
        date_from=lo, date_to=hi, type=type or None, commodity=commodity, element=element, actor=actor))))


@router.get(f"{API_PREFIX}/events/{{event_id}}", summary="One event with its lifecycle (what suspended, replaced ... it)")
def get_event(request: Request, event_id: str) -> Response:
    from critmin.events import event_detail

    ctx = get_context(request)
    return ctx.respond(request, lambda: answer_payload(_sources(ctx.store, event_detail(event_id))))


@router.get(f"{API_PREFIX}/controls", summary="Export controls (and quotas, licensing, tariffs, sanctions) in force on a date")
def controls_in_force(request: Request, as_of: Day = None, element: Text = None, commodity: Text = None) -> Response:
    import datetime as dt

    from critmin.events import controls

    ctx = get_context(request)
    day = date_param(as_of, "as_of") or dt.date.today().isoformat()
    return ctx.respond(request, lambda: answer_payload(_sources(ctx.store, controls(day, element, commodity))))


@router.get(f"{API_PREFIX}/agreements/{{country}}", summary="Agreements involving a country (directly or through a bloc)")
def agreements(request: Request, country: str) -> Response:
    from critmin.events import agreements as find

    ctx = get_context(request)
    return ctx.respond(request, lambda: answer_payload(_sources(ctx.store, find(country))))


@router.get(f"{API_PREFIX}/graph/neighbours/{{entity}}", summary="Nodes within depth steps of an actor, event or site")
def graph_neighbours(request: Request, entity: str, relation: Text = None,
                     depth: Annotated[int, Query(ge=1, le=4)] = 1) -> Response:
    from critmin.graph import neighbours_answer

    ctx = get_context(request)
    return ctx.respond(request, lambda: answer_payload(_sources(ctx.store, neighbours_answer(entity, relation, depth)),
                                                       entity=entity, relation=relation, depth=depth))


@router.get(f"{API_PREFIX}/graph", summary="The whole actors-relations-events-sites graph as node-link JSON")
def graph(request: Request) -> Response:
    ctx = get_context(request)

    def build() -> dict[str, Any]:
        import networkx as nx

        from critmin.graph import build_graph
        from critmin.service import jsonable, sources_for

        g = build_graph()
        doc = nx.node_link_data(g, edges="links")
        for part in ("nodes", "links"):
            doc[part] = [{k: jsonable(v) for k, v in x.items()} for x in doc[part]]
        ids = sorted({str(e["source_id"]) for e in doc["links"] if e.get("source_id")})
        return {"data": doc, "meta": {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                                      "sources": sources_for(ctx.store, ids)}}

    return ctx.respond(request, build)


# -- page --------------------------------------------------------------------------------
ENDING = {"suspends": "suspended", "replaces": "replaced", "revokes": "revoked", "extends": "extended",
          "expands": "expanded", "implements": "implemented", "responds_to": "answered",
          "modifies": "modified", "follows": "followed", "part_of": "part of"}


STATUS_COLOURS = {"announced": "#9ecae1", "in force": "#08519c", "suspended": "#fd8d3c"}
TYPE_SYMBOLS = ("circle", "diamond", "square", "triangle-up", "x", "star", "cross", "triangle-down",
                "hexagon", "pentagon", "hourglass", "bowtie")


def status_periods(tl: Any, e: Any, until: Any) -> list[tuple[str, Any, Any, str]]:
    """The lifecycle of a measure as periods ``(status, first day, last day, cause)``:
    ``announced`` (published, not yet in force), ``in force`` or ``suspended``; a
    replaced, revoked or ended measure has no period after that. ``until`` (a date)
    closes the last open period: nothing later is known. The status of a day follows
    the same rule as the controls in force (``critmin controls``)."""
    import datetime as dt

    one = dt.timedelta(days=1)
    first = e.first_day
    cuts = {first, e.start}
    if e.end is not None:
        cuts.add(e.end + one)
    for ln in tl.links:
        if ln.related_event_id != e.event_id:
            continue
        other = tl.events[ln.event_id]
        cuts.update({other.first_day, other.start})
        if other.end is not None:
            cuts.add(other.end + one)
    days = sorted(d for d in cuts if first <= d <= until)
    out: list[tuple[str, Any, Any, str]] = []
    for i, day in enumerate(days):
        last = (days[i + 1] - one) if i + 1 < len(days) else until
        ok, why = tl._active(e, day)
        if ok:
            status, cause = "in force", ""
        elif why.startswith("not yet"):
            status, cause = "announced", ""
        elif why.startswith("suspended by"):
            status, cause = "suspended", why.split()[2]
        else:  # ended, replaced, revoked: the measure is over
            break
        if out and out[-1][0] == status and out[-1][3] == cause:
            out[-1] = (status, out[-1][1], last, cause)
        else:
            out.append((status, day, last, cause))
    return out


def timeline_charts(tl: Any, items: list[dict[str, Any]]) -> dict[str, str]:
    """Two Plotly figures of the (filtered) events: every event as a point by date and type,
    and each measure's lifecycle as bars (announced, in force, suspended). Clicking a point
    or bar goes to the event in the list underneath, which links its sources."""
    from critmin.web.render import chart_json

    if not items:
        return {}
    until = tl.last_date
    events = [it["event"] for it in items]
    types = sorted({e.type for e in events})
    points = []
    for i, t in enumerate(types):
        evs = [e for e in events if e.type == t]
        points.append({
            "type": "scatter", "mode": "markers", "name": t.replace("_", " "),
            "x": [e.first_day.isoformat() for e in evs], "y": [t.replace("_", " ")] * len(evs),
            "customdata": [f"#ev-{e.event_id}" for e in evs],
            "text": [f"{e.title}<br>{e.date} · source: {', '.join(s for s in e.sources if s)}" for e in evs],
            "hovertemplate": "%{text}<extra></extra>",
            "marker": {"size": 11, "symbol": TYPE_SYMBOLS[i % len(TYPE_SYMBOLS)], "opacity": 0.85,
                       "line": {"width": 1, "color": "#fff"}},
        })
    charts = {"events": chart_json(points, {
        "height": max(240, 90 + 34 * len(types)), "margin": {"t": 10, "r": 10, "b": 40, "l": 150},
        "xaxis": {"type": "date", "title": {"text": "date (first day of the period when only a month or year is known)"}},
        "yaxis": {"type": "category", "automargin": True}, "showlegend": False, "hovermode": "closest"})}
    bars: dict[str, dict[str, list[Any]]] = {s: {"y": [], "base": [], "x": [], "text": [], "customdata": []}
                                             for s in STATUS_COLOURS}
    rows = []
    for it in items:
        e = it["event"]
        if not it["steps"]:
            continue
        periods = status_periods(tl, e, until)
        if not periods:
            continue
        label = f"{e.first_day.year} {e.title[:48]}{'…' if len(e.title) > 48 else ''}"
        rows.append(label)
        for status, lo, hi, cause in periods:
            b = bars[status]
            b["y"].append(label)
            b["base"].append(lo.isoformat())
            b["x"].append((hi - lo).days * 86_400_000 + 86_400_000)  # inclusive, in ms on a date axis
            open_end = " (still, as of the timeline's last date)" if hi == until else ""
            b["text"].append(f"{e.title}<br>{status} {lo} to {hi}{open_end}"
                             + (f" · by {cause}" if cause else "") + f"<br>source: {e.source_id}")
            b["customdata"].append(f"#ev-{cause or e.event_id}")
    if rows:
        traces = [{"type": "bar", "orientation": "h", "name": status, "y": b["y"], "base": b["base"], "x": b["x"],
                   "text": b["text"], "customdata": b["customdata"], "textposition": "none",
                   "hovertemplate": "%{text}<extra></extra>", "marker": {"color": STATUS_COLOURS[status]}}
                  for status, b in bars.items() if b["y"]]
        charts["lifecycles"] = chart_json(traces, {
            "height": 110 + 22 * len(rows), "barmode": "overlay", "bargap": 0.25,
            "margin": {"t": 10, "r": 10, "b": 40, "l": 10},
            "xaxis": {"type": "date"},
            "yaxis": {"type": "category", "automargin": True, "autorange": "reversed",
                      "categoryorder": "array", "categoryarray": rows, "tickfont": {"size": 11}},
            "legend": {"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0}})
    return charts


def timeline_context(store: Any, *, type: str | None, actor: str | None, commodity: str | None,
                     element: str | None, date_from: str | None, date_to: str | None,
                     ctrl_date: str | None, ctrl_element: str | None) -> dict[str, Any]:
    """Everything the Timeline page shows."""
    import datetime as dt

    from critmin.events import CONTROL_TYPES, EVENT_TYPES, controls, load_timeline

    tl = load_timeline()
    evs = tl.query(date_from=date_from, date_to=date_to, type=type or None, commodity=commodity,
                   element=element, actor=actor)
    items = []
    for e in evs:
        later = [ln for ln in tl.links if ln.related_event_id == e.event_id]
        earlier = [ln for ln in tl.links if ln.event_id == e.event_id]
        steps = []
        if e.type in CONTROL_TYPES or later:
            steps.append(("announced", e.date, e.event_id, e.source_id))
            if e.effective_date and e.effective_date != e.date:
                steps.append(("in force", e.effective_date, e.event_id, e.source_id))
        for ln in sorted(later, key=lambda ln: tl.events[ln.event_id].first_day):
            other = tl.events[ln.event_id]
            steps.append((ENDING.get(ln.relation, ln.relation.replace("_", " ")), other.date, other.event_id,
                          ln.source_id))
        if e.end_date:
            steps.append(("ends", e.end_date, e.event_id, e.source_id))
        items.append({"event": e, "steps": steps,
                      "acts_on": [(ln.relation.replace("_", " "), ln.related_event_id) for ln in earlier]})
    day = ctrl_date or dt.date.today().isoformat()
    box = _sources(store, controls(day, ctrl_element or None))
    return {
        "title": "Timeline", "items": items, "types": EVENT_TYPES, "last_date": tl.last_date.isoformat(),
        "filters": {"type": type or "", "actor": actor or "", "commodity": commodity or "",
                    "element": element or "", "from": date_from or "", "to": date_to or ""},
        "ctrl": {"date": day, "element": ctrl_element or "", "rows": box.records(), "caption": box.caption,
                 "caveat": box.meta.get("caveat")},
        "all_sources": sorted({s for e in evs for s in e.sources if s}),
        "charts": timeline_charts(tl, items),
    }


@router.get("/timeline", include_in_schema=False)
def timeline_page(
    request: Request,
    type: Text = None, actor: Text = None, commodity: Text = None, element: Text = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None,
    ctrl_date: Day = None, ctrl_element: Text = None,
) -> Response:
    from critmin.web.pages import _cached
    from critmin.web.render import render_page

    ctx = get_context(request)
    lo, hi = date_param(date_from, "from"), date_param(date_to, "to")
    cd = date_param(ctrl_date, "ctrl_date")
    return _cached(request, lambda: render_page(request, "timeline.html", **timeline_context(
        ctx.store, type=type or None, actor=actor or None, commodity=commodity or None, element=element or None,
        date_from=lo, date_to=hi, ctrl_date=cd, ctrl_element=ctrl_element or None)))


# -- country page section -----------------------------------------------------------------
def country_section(store: Any, iso3: str) -> dict[str, Any] | None:
    """Events involving the country (imposed by, targeting or party to) and its agreements."""
    from critmin.errors import UnknownEntityError
    from critmin.events import AGREEMENT_TYPES, load_timeline

    tl = load_timeline()
    try:
        evs = tl.query(actor=iso3)
    except UnknownEntityError:
        return None
    if not evs:
        return {"heading": "Events and agreements",
                "html": "<p>The timeline holds no event involving this country.</p>", "sources": []}
    agreed = [e for e in evs if e.type in AGREEMENT_TYPES]
    h = ['<div data-testid="country-events">',
         f'<p>{len(evs)} event(s) in the timeline involve this country, {len(agreed)} of them agreements '
         f'(<a href="/timeline?actor={escape(iso3)}">timeline</a>, '
         f'<a href="/api/v1/agreements/{escape(iso3)}">agreements as JSON</a>).</p>',
         '<div class="table-wrap"><table class="compact"><caption class="sr-only">Events</caption>'
         '<thead><tr><th scope="col">Date</th><th scope="col">Type</th><th scope="col">Event</th>'
         '<th scope="col">Source</th></tr></thead><tbody>']
    for e in reversed(evs):
        h.append(f'<tr><td>{escape(e.date)}</td><td>{escape(e.type.replace("_", " "))}</td>'
                 f'<td><a href="/api/v1/events/{escape(e.event_id)}">{escape(e.title)}</a></td>'
                 f'<td><a href="/sources#{escape(e.source_id)}">{escape(e.source_id)}</a></td></tr>')
    h.append("</tbody></table></div></div>")
    return {"heading": "Events and agreements", "html": "".join(h),
            "sources": sorted({s for e in evs for s in e.sources if s})}
