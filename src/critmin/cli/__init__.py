"""The ``critmin`` command line.

Commands are loaded lazily: ``COMMANDS`` maps a command name to ``module:attribute``
and a module is imported only when its command runs (or ``--help`` lists it), so
``critmin --help`` stays fast. Each area of critmin adds its commands in its own
module under ``critmin/cli/`` and one line here.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import click

from critmin.errors import CritminError

# name -> "module:attribute" (a click.Command). Keep sorted by name.
COMMANDS: dict[str, str] = {
    "agreements": "critmin.cli.events:agreements_cmd",
    "blocs": "critmin.cli.indicators:blocs",
    "brief": "critmin.cli.brief:brief",
    "commodities": "critmin.cli.data:commodities",
    "controls": "critmin.cli.events:controls_cmd",
    "countries": "critmin.cli.data:countries",
    "data": "critmin.cli.data:data_group",
    "demo": "critmin.cli.demo:demo",
    "dependence": "critmin.cli.indicators:dependence",
    "event": "critmin.cli.events:event_cmd",
    "events": "critmin.cli.events:events_cmd",
    "exposure": "critmin.cli.sites:exposure_cmd",
    "graph": "critmin.cli.events:graph_group",
    "history": "critmin.cli.data:history",
    "import": "critmin.cli.data:import_cmd",
    "production": "critmin.cli.data:production",
    "rank": "critmin.cli.data:rank",
    "reserves": "critmin.cli.data:reserves",
    "risk": "critmin.cli.indicators:risk",
    "scenario": "critmin.cli.scenario:scenario_group",
    "serve": "critmin.cli.serve:serve",
    "site": "critmin.cli.sites:site_cmd",
    "sites": "critmin.cli.sites:sites_cmd",
    "sources": "critmin.cli.data:sources",
    "sql": "critmin.cli.data:sql",
}

# One-line help shown by `critmin --help` without importing the command modules.
SHORT_HELP: dict[str, str] = {
    "agreements": "Agreements involving a country, with sources.",
    "blocs": "Share of supply held by each bloc (China, Russia, US and partners, rest).",
    "brief": "Write a sourced report on a commodity (HTML, Markdown or PDF).",
    "commodities": "List commodities and the names they are known by.",
    "controls": "Export controls in force on a date (lifecycles followed).",
    "countries": "List countries with their codes and aliases.",
    "data": "Dataset information, validation and the store.",
    "demo": "Print a short sourced rare-earth brief; --serve then starts the dashboard.",
    "dependence": "A buyer's imports by bloc and its net import reliance.",
    "event": "One policy event and its lifecycle.",
    "events": "Policy and deals timeline (controls, deals, trade remedies).",
    "exposure": "A country's sites in occupied or contested ground on a date.",
    "graph": "Actors-relations-events graph: neighbours, export.",
    "history": "One figure across editions, with revisions marked.",
    "import": "Add your own observations (CSV) to the user layer.",
    "production": "Mine production by country and year, with sources.",
    "rank": "Rank countries by a measure (e.g. reserves).",
    "reserves": "Reserves by country, with sources.",
    "risk": "Supply concentration (shares, HHI) or EU supply risk, with sources.",
    "scenario": "Simulate export controls, deals, new mines and lost territory.",
    "serve": "Serve the REST API and the dashboard (local, no network).",
    "site": "One site: status history, capacity, owners, control, sources.",
    "sites": "Mines, deposits and plants, with status as of a date.",
    "sources": "List sources, or show one.",
    "sql": "Run a read-only SQL query on the store.",
}


class LazyGroup(click.Group):
    """A click group that imports a command's module only when it is needed."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, _, attr = target.partition(":")
        cmd = getattr(importlib.import_module(module_name), attr)
        if not isinstance(cmd, click.Command):
            raise TypeError(f"{target} is not a click command")
        return cmd

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, SHORT_HELP.get(name, "")) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="critmin")
@click.option("--debug", is_flag=True, envvar="CRITMIN_DEBUG", help="Show tracebacks on errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """critmin: sourced critical-minerals intelligence, centred on rare earths.

    Every figure comes with its source, edition and table. Works offline on an
    embedded DuckDB store built from the bundled dataset.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def main(argv: list[str] | None = None) -> Any:
    """Entry point of the ``critmin`` console script."""
    debug = "--debug" in (argv or sys.argv[1:]) or os.environ.get("CRITMIN_DEBUG")
    try:
        return cli.main(args=argv, prog_name="critmin", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    except CritminError as err:
        if debug:
            raise
        click.echo(f"Error: {err.message}", err=True)
        for extra in err.errors[1:11]:
            click.echo(f"  {extra}", err=True)
        if len(err.errors) > 11:
            click.echo(f"  ... and {len(err.errors) - 11} more", err=True)
        if err.hint:
            click.echo(f"Hint: {err.hint}", err=True)
        sys.exit(err.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except Exception as err:  # the top level: one line, not a traceback
        if debug:
            raise
        click.echo(f"Error: unexpected {type(err).__name__}: {err}", err=True)
        click.echo("Hint: run again with --debug for the traceback, and report it.", err=True)
        sys.exit(1)
