"""Timeline and graph commands: events, event, controls, agreements, graph."""

from __future__ import annotations

from pathlib import Path

import click

from critmin.cli.output import emit, format_option, out_option
from critmin.cli.params import DATE


@click.command(name="events")
@click.option("--from", "date_from", default=None, metavar="DATE",
              help="Only events on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--to", "date_to", default=None, metavar="DATE",
              help="Only events on or before DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
@click.option("--type", "types", multiple=True, metavar="TYPE",
              help="Event type (export_control, agreement, suspension, ...); repeat for several.")
@click.option("--commodity", default=None, help="Commodity slug or name (gallium, rare earths, ...).")
@click.option("--element", default=None, help="Element symbol (Dy, Ga, ...).")
@click.option("--actor", default=None, help="Actor id, ISO3 code or name (CHN, mofcom, RDIF, ...).")
@click.option("--stage", default=None, help="Value-chain stage (mining, refining, magnet, trade, ...).")
@format_option()
@out_option()
def events_cmd(date_from: str | None, date_to: str | None, types: tuple[str, ...], commodity: str | None,
               element: str | None, actor: str | None, stage: str | None, fmt: str, out: Path | None) -> None:
    """List policy and deal events, with legal references and sources.

    Example: critmin events --from 2025-01-01 --type export_control --element Dy
    """
    from critmin.events import find_events

    emit(find_events(date_from=date_from, date_to=date_to, type=list(types) or None, commodity=commodity,
                     element=element, actor=actor, stage=stage), fmt, out)


@click.command(name="event")
@click.argument("event_id")
@format_option()
@out_option()
def event_cmd(event_id: str, fmt: str, out: Path | None) -> None:
    """Show one event and its lifecycle (what suspended, expanded or replaced it).

    Example: critmin event cn-2025-10-09-no57-five-ree
    """
    from critmin.events import event_detail

    ans = event_detail(event_id)
    if fmt == "table" and out is None:
        ev = ans.meta["event"]
        for key in ("event_id", "date", "type", "title", "legal_reference", "what_changed", "effective_date",
                    "end_date", "status", "imposed_by", "targets", "elements", "commodities", "detail",
                    "source_id", "note"):
            if ev.get(key) not in (None, ""):
                click.echo(f"{key:>16}: {ev[key]}")
        if ans.meta.get("context"):
            click.echo(f"{'links to':>16}: " + "; ".join(ans.meta["context"]))
        click.echo("")
    emit(ans, fmt, out)


@click.command(name="controls")
@click.option("--as-of", "as_of", type=DATE, required=True, help="Day to ask about (YYYY-MM-DD).")
@click.option("--element", default=None, help="Element symbol (Dy, Ga, ...).")
@click.option("--commodity", default=None, help="Commodity slug or name.")
@click.option("--destination", default=None, help="Destination country (measures aimed at it, or at all).")
@click.option("--imposed-by", "imposed_by", default=None, help="Imposing country or agency (CHN, USA, ...).")
@format_option()
@out_option()
def controls_cmd(as_of: str, element: str | None, commodity: str | None, destination: str | None,
                 imposed_by: str | None, fmt: str, out: Path | None) -> None:
    """Export controls, quotas, licensing, tariffs and sanctions in force on a day.

    Follows lifecycles: a suspended measure is not in force during its suspension.

    Example: critmin controls --as-of 2025-12-15 --element Dy
    """
    from critmin.events import controls

    emit(controls(as_of, element, commodity, destination=destination, imposed_by=imposed_by), fmt, out)


@click.command(name="agreements")
@click.argument("country")
@format_option()
@out_option()
def agreements_cmd(country: str, fmt: str, out: Path | None) -> None:
    """Agreements, ratifications and entries into force involving COUNTRY (or any actor).

    Example: critmin agreements UKR
    """
    from critmin.events import agreements

    emit(agreements(country), fmt, out)


@click.group(name="graph")
def graph_group() -> None:
    """The actors, relations and events graph."""


@graph_group.command(name="neighbours")
@click.argument("entity")
@click.option("--relation", default=None, help="Only edges of this relation (owns, imposed_by, suspends, ...).")
@click.option("--depth", type=click.IntRange(1, 5), default=1, show_default=True, help="Steps to follow.")
@format_option()
@out_option()
def graph_neighbours(entity: str, relation: str | None, depth: int, fmt: str, out: Path | None) -> None:
    """Nodes linked to ENTITY (actor id, ISO3 code, name, event id or site id).

    Example: critmin graph neighbours RDIF --depth 2
    """
    from critmin.graph import neighbours_answer

    emit(neighbours_answer(entity, relation, depth), fmt, out)


@graph_group.command(name="export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def graph_export(file: Path) -> None:
    """Write the graph to FILE.graphml (GraphML) or FILE.json (node-link JSON).

    Example: critmin graph export critmin.graphml
    """
    from critmin.graph import build_graph, export_graph

    g = build_graph()
    path = export_graph(file, g)
    click.echo(f"Wrote {path} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges).")
