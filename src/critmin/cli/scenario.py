"""``critmin scenario``: list, schema, run, compare and sensitivity of supply-chain scenarios."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import click

from critmin.cli.output import emit


def _answer(df: Any, title: str, sources: list[dict[str, Any]] | None = None, caption: str = "") -> Any:
    from critmin.service import Answer

    rows = [tuple(None if isinstance(v, float) and math.isnan(v) else v for v in r) for r in df.itertuples(index=False)]
    return Answer(columns=list(df.columns), rows=rows, title=title, caption=caption, sources=sources or [])


def _sources(res: Any) -> list[dict[str, Any]]:
    from critmin.service import jsonable

    return [{k: jsonable(v) for k, v in r.items() if v == v} for r in res.sources.to_dict("records")]


@click.group(name="scenario")
def scenario_group() -> None:
    """Simulate export controls, deals, new mines and lost territory through the supply chain."""


@scenario_group.command(name="list")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True, help="Output format.")
def list_cmd(fmt: str) -> None:
    """List the bundled scenario library."""
    import pandas as pd

    from critmin.scenarios.runner import library, load

    rows = []
    for name, path in sorted(library().items()):
        sc = load(path)
        rows.append({"name": name, "title": sc.title, "commodities": ", ".join(sc.commodities), "policies": len(sc.policies)})
    emit(_answer(pd.DataFrame(rows), "Scenario library"), fmt)


@scenario_group.command(name="schema")
def schema_cmd() -> None:
    """Print the JSON schema of scenario files."""
    from critmin.scenarios.spec import scenario_schema

    click.echo(json.dumps(scenario_schema(), indent=2))


@scenario_group.command(name="run")
@click.argument("scenario")
@click.option("--draws", type=click.IntRange(min=0), default=1000, show_default=True, help="Monte Carlo draws (0 = central case).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the random streams.")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Run on a local Dask cluster with N workers.")
@click.option("--scheduler", default=None, help="Run on an existing Dask scheduler (ADDRESS).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None, help="Write summary, sources and fan charts to DIR.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "parquet"]), default="table", show_default=True,
              help="Headline output format; with --out, parquet writes summary.parquet.")
@click.option("--charts", type=click.Choice(["png", "svg", "none"]), default="png", show_default=True, help="Chart format with --out.")
@click.option("--progress/--no-progress", default=False, help="Show a progress bar.")
def run_cmd(scenario: str, draws: int, seed: int, workers: int | None, scheduler: str | None, out_dir: Path | None,
            fmt: str, charts: str, progress: bool) -> None:
    """Run SCENARIO (a file or a library name) and print headline results."""
    from critmin.scenarios.runner import headline, run_scenario

    if workers and scheduler:
        raise click.UsageError("give either --workers or --scheduler, not both")
    res = run_scenario(scenario, draws=draws, seed=seed, workers=workers, scheduler=scheduler, progress=progress)
    if out_dir is not None:
        files = res.write(out_dir, "parquet" if fmt == "parquet" else "csv", None if charts == "none" else charts)
        click.echo(f"wrote {len(files)} files to {out_dir}", err=True)
        if fmt == "parquet":
            return
    if fmt == "parquet":
        raise click.UsageError("--format parquet needs --out DIR")
    caption = (f"{res.draws or 'central'} draws, seed {res.seed}; price index 1 = reference price "
               f"(reference year {res.baseline.markets[res.baseline.order[0]].year}); mass balance error {res.outputs.mass_error:.1e}")
    emit(_answer(headline(res).round(4), f"{res.scenario.name}: {res.scenario.title}", _sources(res), caption), fmt)


@scenario_group.command(name="compare")
@click.argument("a")
@click.argument("b")
@click.option("--draws", type=click.IntRange(min=0), default=300, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def compare_cmd(a: str, b: str, draws: int, seed: int, fmt: str) -> None:
    """Compare two scenarios: medians of B minus A for shared markets."""
    from critmin.scenarios.runner import compare

    df = compare(a, b, draws, seed)
    emit(_answer(df.round(4), f"{b} minus {a}"), fmt)


@scenario_group.command(name="sensitivity")
@click.argument("scenario")
@click.option("--samples", type=click.IntRange(min=8), default=128, show_default=True, help="Sobol base samples (N).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--market", default=None, help="Market key, e.g. rare_earths:dy (default: first restricted market).")
@click.option("--variable", default="price_index", show_default=True)
@click.option("--region", default="outside", show_default=True)
@click.option("--year", type=int, default=None, help="Simulated year (default: the first).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def sensitivity_cmd(scenario: str, samples: int, seed: int, market: str | None, variable: str, region: str,
                    year: int | None, fmt: str) -> None:
    """Rank the uncertain inputs of SCENARIO by Sobol indices (SALib)."""
    from critmin.scenarios.runner import sensitivity

    df = sensitivity(scenario, samples, seed, market, variable, region, year)
    emit(_answer(df.round(4), f"Sobol sensitivity: {df.output.iloc[0]}"), fmt)
