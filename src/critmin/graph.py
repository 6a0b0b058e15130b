"""Actors, relations, events (and sites, when the dataset has them) as one graph.

Nodes: actors by their id (countries by ISO3 code), events as ``event:<event_id>``,
sites as ``site:<site_id>``. Edges of a :class:`networkx.MultiDiGraph` carry
``relation`` (the edge key), ``source_id`` and, where known, ``share``,
``valid_from`` and ``valid_to``:

* ``relations.csv`` rows: subject -relation-> object;
* every event: event -imposed_by-> actor, event -targets-> actor, and
  actor -party_to-> event for its other actors;
* ``event_links.csv`` rows: event -relation-> related event;
* when the dataset has both ``sites`` and ``site_owners`` tables (the sites registry):
  owner -owns-> site, operator -operates-> site, site -located_in-> country.

networkx is imported inside functions so that ``critmin --help`` stays fast.
"""

from __future__ import annotations

import json
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Any

from critmin.errors import DataError, UnknownEntityError

if TYPE_CHECKING:
    import networkx as nx

    from critmin.events import Timeline

__all__ = ["EXPORT_FORMATS", "build_graph", "export_graph", "load_graph", "neighbours", "resolve_node"]

EXPORT_FORMATS = (".graphml", ".json")


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """Attributes GraphML can hold: no None/NaN, only str/int/float/bool."""
    out: dict[str, Any] = {}
    for k, v in attrs.items():
        if v is None or (isinstance(v, float) and v != v) or v == "":
            continue
        out[k] = v if isinstance(v, (str, int, float, bool)) else str(v)
    return out


def _site_tables(data_dir: Path, store: Any = None) -> tuple[Any, Any] | None:
    """The sites and site_owners tables when the dataset (or store) has both, else None."""
    if store is not None:
        names = set(store.tables())
        if {"sites", "site_owners"} <= names:
            return store.table("sites"), store.table("site_owners")
        return None
    from critmin.dataset import read_table, table_names

    names = set(table_names(data_dir))
    if {"sites", "site_owners"} <= names:
        return read_table("sites", data_dir), read_table("site_owners", data_dir)
    return None


def build_graph(timeline: Timeline | None = None, *, store: Any = None, include_sites: bool = True) -> nx.MultiDiGraph:
    """The actors-relations-events graph of the bundled dataset (or of ``timeline``)."""
    import networkx as nx

    from critmin.dataset import read_table
    from critmin.events import load_timeline

    tl = timeline or load_timeline()
    g = nx.MultiDiGraph(name="critmin actors and events")
    for aid, row in tl.actors.items():
        g.add_node(aid, **_clean({"node_type": "actor", "name": row.get("name"), "kind": row.get("kind"),
                                  "country": row.get("country"), "aliases": row.get("aliases"),
                                  "source_id": row.get("source_id")}))

    def edge(u: str, v: str, relation: str, **attrs: Any) -> None:
        for n in (u, v):
            if n not in g:
                g.add_node(n, node_type="unknown")
        g.add_edge(u, v, key=relation, relation=relation, **_clean(attrs))

    try:
        rel = read_table("relations", tl.data_dir)
    except DataError:
        rel = None
    if rel is not None:
        for r in rel.to_dict("records"):
            edge(r["subject"], r["object"], r["relation"], source_id=r["source_id"], share=r.get("share"),
                 valid_from=r.get("valid_from"), valid_to=r.get("valid_to"), note=r.get("note"))
    for e in tl.events.values():
        node = f"event:{e.event_id}"
        g.add_node(node, **_clean({"node_type": "event", "name": e.title, "kind": e.type, "date": e.date,
                                   "date_precision": e.date_precision, "status": e.status,
                                   "legal_reference": e.legal_reference, "source_id": e.source_id,
                                   "elements": ";".join(e.elements), "commodities": ";".join(e.commodities)}))
        for a in e.imposed_by:
            edge(node, a, "imposed_by", source_id=e.source_id, valid_from=e.date)
        for a in e.targets:
            edge(node, a, "targets", source_id=e.source_id, valid_from=e.date)
        for a in e.actors:
            if a not in e.imposed_by and a not in e.targets:
                edge(a, node, "party_to", source_id=e.source_id, valid_from=e.date)
    for ln in tl.links:
        edge(f"event:{ln.event_id}", f"event:{ln.related_event_id}", ln.relation, source_id=ln.source_id,
             note=ln.note)
    if include_sites:
        tables = _site_tables(tl.data_dir, store)
        if tables is not None:
            _add_sites(g, *tables, edge=edge)
    return g


def _add_sites(g: nx.MultiDiGraph, sites: Any, owners: Any, *, edge: Any) -> None:
    cols = set(sites.columns)
    for r in sites.to_dict("records"):
        sid = r.get("site_id")
        if not sid:
            continue
        node = f"site:{sid}"
        g.add_node(node, **_clean({"node_type": "site", "name": r.get("name"), "kind": r.get("type"),
                                   "country": r.get("country"), "source_id": r.get("source_id")}))
        if "country" in cols and r.get("country"):
            edge(node, r["country"], "located_in", source_id=r.get("source_id"))
        op = r.get("operator_id") if "operator_id" in cols else None
        if isinstance(op, str) and op:
            for o in op.split(";"):
                edge(o.strip(), node, "operates", source_id=r.get("source_id"))
    for r in owners.to_dict("records"):
        owner = r.get("owner_id") or r.get("owner")
        if not owner or not r.get("site_id"):
            continue
        edge(str(owner), f"site:{r['site_id']}", "owns", source_id=r.get("source_id"), share=r.get("share"),
             valid_from=r.get("as_of"), name=r.get("owner"))


def resolve_node(g: nx.MultiDiGraph, entity: str, timeline: Timeline | None = None) -> str:
    """A node id from a node id, an event id, a site id, or an actor name/alias/country."""
    text = str(entity).strip()
    for cand in (text, f"event:{text}", f"site:{text}", text.upper(), text.lower()):
        if cand in g:
            return cand
    from critmin.events import load_timeline

    tl = timeline or load_timeline()
    try:
        aid = tl.resolve_actor(text)
    except UnknownEntityError:
        aid = ""
    if aid in g:
        return aid
    names = {str(d.get("name", "")).lower(): n for n, d in g.nodes(data=True) if d.get("name")}
    if text.lower() in names:
        return names[text.lower()]
    raise UnknownEntityError("entity", text, [str(n) for n in g.nodes],
                             hint=None if len(text) > 2 else "give an actor id, ISO3 code, event id or site id")


def neighbours(
    entity: str,
    relation: str | None = None,
    depth: int = 1,
    *,
    graph: nx.MultiDiGraph | None = None,
    timeline: Timeline | None = None,
) -> list[dict[str, Any]]:
    """Nodes within ``depth`` steps of ``entity`` (edges followed both ways), optionally only
    along edges of one ``relation``. One record per edge reached, nearest first."""
    if depth < 1:
        raise DataError(f"depth {depth} is not allowed; give 1 or more")
    g = graph if graph is not None else build_graph(timeline)
    start = resolve_node(g, entity, timeline)
    if relation is not None:
        known = {k for _, _, k in g.edges(keys=True)}
        if relation not in known:
            raise UnknownEntityError("relation", relation, sorted(known))
    out: list[dict[str, Any]] = []
    seen = {start}
    queue: deque[tuple[str, int]] = deque([(start, 0)])
    while queue:
        node, d = queue.popleft()
        if d >= depth:
            continue
        edges = [(u, v, k, a, "out") for u, v, k, a in g.out_edges(node, keys=True, data=True)]
        edges += [(u, v, k, a, "in") for u, v, k, a in g.in_edges(node, keys=True, data=True)]
        for u, v, k, attrs, direction in edges:
            if relation is not None and k != relation:
                continue
            other = v if direction == "out" else u
            nd = g.nodes[other]
            out.append({"from": node, "relation": k, "direction": direction, "neighbour": other,
                        "name": nd.get("name", ""), "node_type": nd.get("node_type", ""),
                        "kind": nd.get("kind", ""), "depth": d + 1, "share": attrs.get("share"),
                        "valid_from": attrs.get("valid_from", ""), "source_id": attrs.get("source_id", "")})
            if other not in seen:
                seen.add(other)
                queue.append((other, d + 1))
    return out


def export_graph(path: str | Path, graph: nx.MultiDiGraph | None = None) -> Path:
    """Write the graph to ``FILE.graphml`` or ``FILE.json`` (node-link); returns the path."""
    import networkx as nx

    p = Path(path)
    if p.suffix.lower() not in EXPORT_FORMATS:
        raise DataError(f"cannot export to {p.name!r}: the file name must end in .graphml or .json")
    g = graph if graph is not None else build_graph()
    if not p.parent.exists():
        raise DataError(f"cannot export to {p}: folder {p.parent} does not exist")
    tmp = p.with_name(p.name + ".tmp")
    if p.suffix.lower() == ".graphml":
        nx.write_graphml(g, tmp)
    else:
        data = nx.node_link_data(g, edges="edges")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    tmp.replace(p)
    return p


def load_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph written by :func:`export_graph`."""
    import networkx as nx

    p = Path(path)
    if p.suffix.lower() == ".graphml":
        g = nx.read_graphml(p, force_multigraph=True)
        return nx.MultiDiGraph(g)
    if p.suffix.lower() == ".json":
        data = json.loads(p.read_text(encoding="utf-8"))
        return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    raise DataError(f"cannot read {p.name!r}: expected .graphml or .json")


def neighbours_answer(entity: str, relation: str | None = None, depth: int = 1) -> Any:
    """:func:`neighbours` as an :class:`~critmin.service.Answer` with sources."""
    from critmin.events import _answer, load_timeline

    tl = load_timeline()
    g = build_graph(tl)
    rows = neighbours(entity, relation, depth, graph=g, timeline=tl)
    cols = ["depth", "from", "relation", "direction", "neighbour", "name", "node_type", "kind", "share",
            "valid_from", "source_id"]
    start = resolve_node(g, entity, tl)
    return _answer(tl, cols, [tuple(r[c] for c in cols) for r in rows], [r["source_id"] for r in rows],
                   title=f"Neighbours of {start}", caption=f"{len(rows)} edge(s) within depth {depth}")
