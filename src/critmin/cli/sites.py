"""Sites registry and territorial control: ``critmin sites``, ``critmin site ID`` and
``critmin exposure COUNTRY``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from critmin.cli.output import FORMATS, emit, format_option, out_option
from critmin.cli.params import COUNTRY

if TYPE_CHECKING:
    import pandas as pd

    from critmin.service import Answer

SITE_TYPES = ("mine", "deposit", "project", "separation_plant", "refinery", "metal_alloy_plant",
              "magnet_plant", "recycling_plant")
STAGES = ("mining", "refining", "metal", "magnet", "recycling")
STATUSES = ("exploration", "development", "construction", "operating", "care_and_maintenance",
            "closed", "suspended", "unknown")


class AsOfType(click.ParamType):
    """A date at year, month or day precision (YYYY, YYYY-MM, YYYY-MM-DD)."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from critmin.dates import DateParseError, parse_date

        try:
            return parse_date(value).text
        except DateParseError as err:
            hint = f"; {err.hint}" if err.hint else "; use YYYY, YYYY-MM or YYYY-MM-DD"
            self.fail(f"{err.message}{hint}", param, ctx)


AS_OF = AsOfType()


def _as_of_option(f: Any) -> Any:
    return click.option("--as-of", "as_of", type=AS_OF, default=None,
                        help="Status on this date (YYYY, YYYY-MM or YYYY-MM-DD; default today).")(f)


def source_records(ids: list[str] | set[str]) -> list[dict[str, Any]]:
    """Rows of sources.csv for the given ids (ids not in the file are listed by id only)."""
    from critmin.dataset import read_table

    src = read_table("sources")
    wanted = sorted({i for i in ids if i})
    found = src[src["source_id"].isin(wanted)].to_dict(orient="records")
    known = {s["source_id"] for s in found}
    return found + [{"source_id": i} for i in wanted if i not in known]


def frame_answer(df: pd.DataFrame, *, title: str = "", caption: str = "",
                 display: list[str] | None = None, meta: dict[str, Any] | None = None) -> Answer:
    """An :class:`~critmin.service.Answer` from a DataFrame, with its sources attached."""
    from critmin.service import Answer

    clean = df.astype(object).where(df.notna(), None)
    rows = [tuple(r) for r in clean.itertuples(index=False, name=None)]
    return Answer(list(df.columns), rows, title=title, caption=caption,
                  sources=source_records(set(df.attrs.get("source_ids", []))),
                  meta=meta or {}, display=display)


def _isna(v: Any) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


PLAIN = {"year", "start_year", "date", "as_of", "valid_from", "valid_to"}


def _fmt(col: str, v: Any) -> str:
    from critmin.cli.output import fmt_number

    if v is None or _isna(v):
        return ""
    if col in PLAIN:
        return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)
    return fmt_number(v)


@click.command(name="sites")
@click.option("--country", type=COUNTRY, default=None, help="ISO code or name.")
@click.option("--stage", type=click.Choice(STAGES), default=None, help="Supply-chain stage.")
@click.option("--status", type=click.Choice(STATUSES), default=None,
              help="Status on the --as-of date ('unknown': no dated status by then).")
@click.option("--type", "site_type", type=click.Choice(SITE_TYPES), default=None, help="Site type.")
@_as_of_option
@format_option(choices=(*FORMATS, "geojson"))
@out_option()
def sites_cmd(country: str | None, stage: str | None, status: str | None, site_type: str | None,
              as_of: str | None, fmt: str, out: Path | None) -> None:
    """List sites (mines, deposits, projects, plants) with their status as of a date.

    Example: critmin sites --country UKR --as-of 2025-06-01
    """
    from critmin.sites import sites, to_geojson

    df = sites(country=country, stage=stage, status=status, site_type=site_type, as_of=as_of)
    if fmt == "geojson":
        text = json.dumps(to_geojson(df), indent=1, ensure_ascii=False) + "\n"
        if out is None:
            click.echo(text, nl=False)
        else:
            out.write_text(text, encoding="utf-8")
        return
    n_xy = int((df["latitude"].notna() & df["longitude"].notna()).sum())
    caption = (f"{len(df)} sites; status as of {df.attrs['as_of']} (empty: no dated status by then); "
               f"{n_xy} with sourced coordinates.")
    ans = frame_answer(df, title="Sites", caption=caption,
                       display=["site_id", "name", "site_type", "country", "region", "status",
                                "status_date", "operator", "source_id"],
                       meta={"as_of": df.attrs["as_of"], "filters": df.attrs["filters"]})
    emit(ans, fmt, out)


@click.command(name="site")
@click.argument("site")
@_as_of_option
@format_option(choices=("table", "json"))
@out_option()
def site_cmd(site: str, as_of: str | None, fmt: str, out: Path | None) -> None:
    """Show one site (by id, name or alias): status history, capacity, owners, resources,
    control of the ground, sources and gaps.

    Example: critmin site "Mount Weld"
    """
    from critmin.service import jsonable
    from critmin.sites import site_card

    card = site_card(site, as_of=as_of)
    sources = source_records(set(card.source_ids))
    if fmt == "json":
        doc = {**card.as_dict(), "sources": [{k: jsonable(v) for k, v in s.items()} for s in sources]}
        text = json.dumps(doc, indent=1, ensure_ascii=False) + "\n"
        if out is None:
            click.echo(text, nl=False)
        else:
            out.write_text(text, encoding="utf-8")
        return
    _print_card(card, sources, out)


def _print_card(card: Any, sources: list[dict[str, Any]], out: Path | None) -> None:
    import sys

    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from critmin.cli.output import source_line

    fh = open(out, "w", encoding="utf-8") if out else None  # noqa: SIM115
    con = Console(file=fh, width=160 if (out or not sys.stdout.isatty()) else None)
    s = card.site
    con.print(f"[bold]{escape(str(s['name']))}[/bold]  ({escape(str(s['site_id']))})")
    for k in ("aliases", "site_type", "stages", "country", "region", "operator", "start_year",
              "latitude", "longitude", "coord_source_id", "note", "source_id"):
        v = s.get(k)
        con.print(f"  {k}: {escape(_fmt(k, v))}")
    cur = card.current_status
    con.print(f"  status on {card.as_of}: " + (escape(
        f"{cur['status']} (since {cur['date']}, [{cur['source_id']}])"
        + (" date imprecise" if cur.get("date_uncertain") else "")) if cur else "unknown (no dated status)"))
    ctl = card.current_control
    con.print(f"  ground on {card.as_of}: " + (escape(
        f"{ctl['status']} ({ctl['basis']} level, since {ctl['valid_from']}"
        + (f", {ctl['controller']}" if ctl.get("controller") else "") + f", [{ctl['source_id']}])")
        if ctl else "no control record"))
    for title, df, cols in (
        ("Status history", card.status_history, ["date", "status", "source_id", "note"]),
        ("Capacity and production", card.capacity,
         ["product", "qualifier", "value", "unit", "basis", "year", "source_id"]),
        ("Owners", card.owners, ["owner", "share", "as_of", "source_id", "note"]),
        ("Resources", card.resources,
         ["category", "ore_mt", "grade_pct_treo", "treo_t", "year", "source_id"]),
        ("Rare-earth oxide distribution (% of TREO)", card.ree_distribution,
         ["oxide", "pct_of_treo", "source_id"]),
        ("Control of the ground", card.control_history,
         ["region", "site_id", "status", "controller", "valid_from", "valid_to", "source_id"]),
    ):
        if df.empty:
            continue
        table = Table(title=title, header_style="bold", pad_edge=False, title_justify="left")
        for c in cols:
            table.add_column(c, overflow="fold")
        for r in df.to_dict(orient="records"):
            table.add_row(*[escape(_fmt(c, r.get(c))) for c in cols])
        con.print(table)
    if card.gaps:
        con.print("[bold]Gaps[/bold]")
        for g in card.gaps:
            con.print("  " + escape(g))
    con.print("[bold]Sources[/bold]")
    for src in sources:
        con.print("  " + escape(source_line(src)), overflow="fold")
    if fh is not None:
        fh.close()


@click.command(name="exposure")
@click.argument("country", type=COUNTRY)
@_as_of_option
@format_option()
@out_option()
def exposure_cmd(country: str, as_of: str | None, fmt: str, out: Path | None) -> None:
    """Which of COUNTRY's sites lie in occupied, contested or frontline ground on a date,
    and the share of its listed resources (t TREO) they hold.

    Example: critmin exposure UKR --as-of 2025-06-01
    """
    from critmin.territory import conflict_exposure

    df = conflict_exposure(country, as_of)
    a = df.attrs
    share = "n/a (no site has a published resource)" if a["share"] is None else f"{a['share']:.1%}"
    caption = (f"{len(a['exposed_sites'])} of {a['n_sites']} sites exposed on {a['as_of']}; "
               f"share of listed resources: {share} of {a['listed_treo_t']:,.0f} t TREO "
               f"(base: {a['base']}). Gaps: {len(a['gaps'])}"
               + ("".join(f"\n  - {g}" for g in a["gaps"])))
    ans = frame_answer(df, title=f"Conflict exposure: {a['country']}", caption=caption,
                       display=["site_id", "region", "control_status", "control_basis",
                                "controller", "exposed", "treo_t", "share_of_listed_treo",
                                "control_source_id"],
                       meta={k: a[k] for k in ("country", "as_of", "exposed_sites", "exposed_treo_t",
                                                 "listed_treo_t", "share", "share_upper", "base",
                                                 "gaps")})
    emit(ans, fmt, out)
