"""Rendering query results for the terminal and for programs.

``table`` (rich, for people), ``csv``, ``json`` (an object with ``rows``,
``sources`` and ``dataset_version``) and ``parquet`` (binary: ``--out FILE``).
Works on plain column names and row tuples so that reading commands need no pandas.
"""

from __future__ import annotations

import csv
import io
import json
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from critmin.errors import CritminError
from critmin.service import Answer, jsonable

__all__ = ["FORMATS", "emit", "format_option", "out_option"]

FORMATS = ("table", "csv", "json", "parquet")


def format_option(default: str = "table", choices: Sequence[str] = FORMATS) -> Callable[[Any], Any]:
    return click.option(
        "--format", "fmt", type=click.Choice(list(choices)), default=default, show_default=True,
        help="Output format.",
    )


def out_option() -> Callable[[Any], Any]:
    return click.option(
        "--out", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
        help="Write to FILE instead of standard output (required for parquet on a terminal).",
    )


def fmt_number(v: Any) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 1e15:
            return f"{int(v):,}"
        if abs(v) < 1:
            return f"{v:.4g}"
        return f"{v:,.2f}".rstrip("0").rstrip(".")
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def emit(result: Answer, fmt: str, out: Path | None = None) -> None:
    """Write a result in the chosen format."""
    if fmt == "table":
        _emit_table(result, out)
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.columns)
        for rec in result.records():
            w.writerow(["" if v is None else v for v in rec.values()])
        _write_text(buf.getvalue(), out)
    elif fmt == "json":
        doc = {
            **result.meta,
            "rows": result.records(),
            "sources": [{k: jsonable(v) for k, v in s.items()} for s in result.sources],
        }
        _write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", out)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(result.records()) if result.rows else pa.table(
            {c: pa.array([], pa.string()) for c in result.columns}
        )
        if out is None:
            if sys.stdout.isatty():
                raise CritminError(
                    "parquet is binary and standard output is a terminal",
                    hint="add --out FILE.parquet or redirect: > file.parquet",
                )
            sink = io.BytesIO()
            pq.write_table(table, sink)
            sys.stdout.buffer.write(sink.getvalue())
            sys.stdout.flush()
        else:
            pq.write_table(table, str(out))
    else:  # pragma: no cover - click restricts choices
        raise CritminError(f"unknown format {fmt!r}")


def _write_text(text: str, out: Path | None) -> None:
    if out is None:
        click.echo(text, nl=False)
    else:
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as err:
            raise CritminError(f"cannot write {out}: {err.strerror}") from err


HEADERS = {"country_name": "country", "country": "iso3", "estimate_flag": "e",
           "share_of_world": "share", "source_id": "source", "previous_value": "previous",
           "previous_edition": "prev. edition"}
NO_SEPARATOR = {"year", "rank"}


def _cell(result: Answer, row: tuple[Any, ...], col: str) -> str:
    v = row[result.columns.index(col)]
    if col == "value" and "qualifier" in result.columns:
        q = row[result.columns.index("qualifier")] or ""
        if q in ("NA", "W"):
            return q
        hi = row[result.columns.index("value_high")] if "value_high" in result.columns else None
        text = fmt_number(v)
        if q == "range" and hi is not None:
            return f"{text}-{fmt_number(hi)}"
        return f"{q if q in ('>', '<', '~') else ''}{text}"
    if col == "unit" and "basis" in result.columns:
        b = row[result.columns.index("basis")]
        return f"{v} {b}" if b else str(v or "")
    if col == "estimate_flag":
        return "e" if v else ""
    if col == "share_of_world":
        return "" if v is None or v != v else f"{v:.1%}"
    if v is None:
        return ""
    if col in NO_SEPARATOR or isinstance(v, bool):
        return str(v)
    if isinstance(v, (int, float)):
        return fmt_number(v)
    return str(v)


def _emit_table(result: Answer, out: Path | None) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    cols = [c for c in (result.display or result.columns)
            if not (c == "qualifier" and "value" in (result.display or result.columns))
            and not (c == "basis" and "unit" in (result.display or result.columns))]
    table = Table(title=result.title or None, header_style="bold", pad_edge=False)
    for c in cols:
        is_num = c in ("value", "year", "rank", "share_of_world", "previous_value") or any(
            isinstance(r[result.columns.index(c)], (int, float))
            and not isinstance(r[result.columns.index(c)], bool) for r in result.rows[:50])
        table.add_column(HEADERS.get(c, c), justify="right" if is_num else "left", overflow="fold")
    for row in result.rows:
        table.add_row(*[escape(_cell(result, row, c)) for c in cols])
    fh = open(out, "w", encoding="utf-8") if out else None  # noqa: SIM115
    console = Console(file=fh, width=160 if (out or not sys.stdout.isatty()) else None)
    if not result.rows:
        if result.title:
            console.print(f"[bold]{escape(result.title)}[/bold]")
        console.print("No rows match. " + escape(result.caption or ""))
    else:
        console.print(table)
        if result.caption:
            console.print(escape(result.caption))
    if result.sources:
        console.print("[bold]Sources[/bold]")
        for s in result.sources:
            console.print("  " + escape(source_line(s)), overflow="fold")
    if fh is not None:
        fh.close()


def source_line(s: dict[str, Any]) -> str:
    """One line naming a source: id, publisher, title, table, reliability, url."""
    parts = [f"[{s.get('source_id')}]", str(s.get("publisher") or ""), str(s.get("title") or "")]
    if s.get("table_or_page"):
        parts.append(str(s["table_or_page"]))
    if s.get("reliability"):
        parts.append(f"({s['reliability']})")
    line = " ".join(p for p in parts if p)
    if s.get("url"):
        line += f" {s['url']}"
    return line
