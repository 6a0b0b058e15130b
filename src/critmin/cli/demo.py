"""``critmin demo``: the main job — a short sourced rare-earth brief in the terminal."""

from __future__ import annotations

import click


@click.command()
@click.option("--commodity", default="rare_earths", show_default=True, help="Commodity to brief on.")
@click.option("--serve/--no-serve", default=False, help="Then start the dashboard and print its address.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Dashboard address (with --serve).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Dashboard port (with --serve).")
def demo(commodity: str, serve: bool, host: str, port: int) -> None:
    """Print a short rare-earth brief: top producers and reserve holders, China's share per
    stage, the latest revisions, Russia's and Ukraine's position; every figure sourced."""
    from rich.console import Console
    from rich.markup import escape

    from critmin.briefing import commodity_brief
    from critmin.cli.output import source_line
    from critmin.service import open_default_store

    store = open_default_store()
    brief = commodity_brief(store, commodity)
    con = Console(width=120 if not Console().is_terminal else None)
    con.rule(f"[bold]{escape(brief.title)}[/bold]  (dataset {escape(brief.dataset_version)})")
    for sec in brief.sections:
        con.print(f"\n[bold]{escape(sec.heading)}[/bold]")
        for ln in sec.lines:
            ref = f" [dim]\\[{escape(', '.join(ln.sources))}][/dim]" if ln.sources else ""
            con.print(f"  {escape(ln.text)}{ref}")
    con.print("\n[bold]Sources[/bold]")
    for s in brief.sources:
        con.print("  " + escape(source_line(s)), overflow="fold")
    con.print("\nNext: `critmin --help` for the full tool; `critmin rank rare-earths --as-of 2025-03-19`.")
    if serve:
        from critmin.cli.serve import run_server

        con.print("\nStarting the dashboard (Ctrl+C stops it)...")
        run_server(host, port)
