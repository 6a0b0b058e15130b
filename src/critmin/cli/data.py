"""Data commands: commodities, countries, sources, production, reserves, rank,
history, sql, import, and the ``data`` group (info, validate, rebuild, editions)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from critmin.cli.output import emit, format_option, out_option
from critmin.cli.params import COMMODITY, COUNTRY, DATE, YEAR

MEASURES = (
    "mine_production", "refinery_production", "production", "reserves", "capacity", "imports",
    "exports", "apparent_consumption", "net_import_reliance", "price", "production_share",
    "employment", "stocks", "resources",
)


def _store() -> Any:
    from critmin.service import open_default_store

    return open_default_store()


def edition_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--as-of", "as_of", type=DATE, default=None,
                     help="Use the edition that was current on this date (YYYY-MM-DD).")(f)
    f = click.option("--edition", default=None, help='Pin an edition, e.g. "MCS 2025".')(f)
    return f


def _check_edition(edition: str | None, as_of: str | None) -> None:
    if edition and as_of:
        raise click.UsageError("give either --edition or --as-of, not both")


def _observation_command(measure: str, doc: str) -> click.Command:
    @click.command(name=measure if measure != "mine_production" else "production", help=doc)
    @click.argument("commodity", type=COMMODITY)
    @click.option("--year", type=YEAR, default=None, help="Data year (default: the newest).")
    @click.option("--country", type=COUNTRY, default=None, help="ISO code or name.")
    @edition_options
    @click.option("--all-editions", is_flag=True, help="Show the figure of every edition.")
    @format_option()
    @out_option()
    def cmd(commodity: str, year: int | None, country: str | None, edition: str | None,
            as_of: str | None, all_editions: bool, fmt: str, out: Path | None) -> None:
        from critmin import service

        _check_edition(edition, as_of)
        ans = service.observations(_store(), commodity, measure, year=year, country=country,
                                   edition=edition, as_of=as_of, all_editions=all_editions)
        emit(ans, fmt, out)

    return cmd


production = _observation_command(
    "mine_production",
    "Mine production of COMMODITY by country, with edition and source.\n\n"
    "Example: critmin production rare-earths --year 2024 --as-of 2025-03-19",
)
reserves = _observation_command(
    "reserves",
    "Reserves of COMMODITY by country, with edition and source.\n\n"
    "Example: critmin reserves \"rare earths\" --edition \"MCS 2025\"",
)


@click.command()
@click.argument("commodity", type=COMMODITY)
@click.option("--measure", type=click.Choice(MEASURES), default="reserves", show_default=True)
@click.option("--year", type=YEAR, default=None, help="Data year (default: newest in the edition).")
@edition_options
@format_option()
@out_option()
def rank(commodity: str, measure: str, year: int | None, edition: str | None, as_of: str | None,
         fmt: str, out: Path | None) -> None:
    """Rank countries by a measure inside one edition (e.g. where Russia ranks in reserves)."""
    from critmin import service

    _check_edition(edition, as_of)
    emit(service.rank(_store(), commodity, measure, year=year, edition=edition, as_of=as_of), fmt, out)


@click.command()
@click.argument("commodity", type=COMMODITY)
@click.option("--country", type=COUNTRY, required=True, help="ISO code or name.")
@click.option("--measure", type=click.Choice(MEASURES), default="mine_production", show_default=True)
@click.option("--year", type=YEAR, default=None, help="Only this data year.")
@format_option()
@out_option()
def history(commodity: str, country: str, measure: str, year: int | None, fmt: str, out: Path | None) -> None:
    """One figure across USGS editions, with revisions marked."""
    from critmin import service

    emit(service.history(_store(), commodity, measure, country, year=year), fmt, out)


@click.command()
@format_option()
@out_option()
def commodities(fmt: str, out: Path | None) -> None:
    """List commodities with their slugs and the spellings accepted for them."""
    from critmin import service

    emit(service.commodities(_store()), fmt, out)


@click.command()
@click.option("--search", default=None, help="Only countries whose name or alias contains TEXT.")
@format_option()
@out_option()
def countries(search: str | None, fmt: str, out: Path | None) -> None:
    """List countries: ISO codes, names, aliases and adjectives."""
    from critmin import service

    emit(service.countries(_store(), search), fmt, out)


@click.command()
@click.argument("source_id", required=False)
@format_option()
@out_option()
def sources(source_id: str | None, fmt: str, out: Path | None) -> None:
    """List the sources behind the dataset, or show one by ID."""
    from critmin import service

    ans = service.sources(_store(), source_id)
    if source_id and fmt == "table":
        ans.display = None
        rec = ans.records()[0]
        for k, v in rec.items():
            click.echo(f"{k:>14}: {'' if v is None else v}")
        return
    emit(ans, fmt, out)


@click.command()
@click.argument("query")
@format_option()
@out_option()
def sql(query: str, fmt: str, out: Path | None) -> None:
    """Run a read-only SQL query on the store, e.g. "SELECT * FROM editions"."""
    from critmin import service

    emit(service.sql(_store(), query), fmt, out)


@click.command(name="import")
@click.argument("file", type=click.Path(path_type=Path))
def import_cmd(file: Path) -> None:
    """Add your own observations (a CSV with the columns of observations.csv) to the user layer.

    The file is validated whole; a bad file is rejected with each bad row's number
    and reason and nothing is written. The bundled data is never modified.
    """
    n = _store().import_observations(file)
    click.echo(f"Imported {n} row(s) from {file} into the user layer.")


@click.group(name="data")
def data_group() -> None:
    """Dataset information, validation and the store."""


@data_group.command(name="info")
@format_option(choices=("table", "json"))
def data_info(fmt: str) -> None:
    """Dataset version, content hash, store location and row counts."""
    import json

    info = _store().info()
    if fmt == "json":
        click.echo(json.dumps(info, indent=1, default=str))
        return
    for k, v in info.items():
        if k != "tables":
            click.echo(f"{k:>16}: {v}")
    click.echo(f"{'tables':>16}: " + ", ".join(f"{t} ({n})" for t, n in info["tables"].items()))


@data_group.command(name="validate")
def data_validate() -> None:
    """Validate the bundled dataset and report world-total reconciliation residuals."""
    from critmin.dataset import load_dataset, reconcile_world_totals

    frames = load_dataset()
    click.echo("Dataset valid: " + ", ".join(f"{k} ({len(v)} rows)" for k, v in frames.items()))
    rec = reconcile_world_totals(frames["observations"])
    bad = rec[~rec["within_rounding"]]
    click.echo(f"World totals checked: {len(rec)}; residual beyond 2% of the world total: {len(bad)}")
    for _, r in bad.iterrows():
        click.echo(f"  {r['commodity']} {r['measure']} {r['year']} {r['edition']}: world {r['world']:,.0f}, "
                   f"countries {r['countries_sum']:,.0f}, residual {r['residual']:,.0f}")


@data_group.command(name="rebuild")
def data_rebuild() -> None:
    """Rebuild the DuckDB store from the bundled dataset."""
    from critmin.store import open_store

    store = open_store(rebuild=True)
    click.echo(f"Rebuilt {store.path} (dataset {store.dataset_version}).")


@data_group.command(name="editions")
@format_option()
@out_option()
def data_editions(fmt: str, out: Path | None) -> None:
    """Editions with their publication dates (used by --as-of)."""
    from critmin import service

    emit(service.sql(_store(), "SELECT * FROM editions ORDER BY published DESC"), fmt, out)
