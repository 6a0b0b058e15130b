"""Read and validate the bundled dataset (``critmin/data``) into DataFrames.

Every table ``data/<name>.csv`` has a schema ``data/schema/<name>.csv`` with the
columns ``column, type, unit, required, allowed, description``. The schema is the
one source of truth: this module validates against it, ``docs/data.md`` is made
from it, and tests read it.

``allowed`` is either a ``;``-separated list of values or ``ref:<table>.<column>``,
a reference that must resolve in another table.

No DuckDB here: the store (``critmin.store``) is built from what this module returns.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from critmin.errors import DataError, SchemaError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DATA_DIR",
    "Column",
    "Schema",
    "content_hash",
    "dataset_version",
    "load_dataset",
    "read_schema",
    "read_table",
    "reconcile_world_totals",
    "table_names",
    "validate_frame",
]

DATA_DIR = Path(str(resources.files("critmin") / "data"))
TYPES = ("str", "int", "float", "bool", "date")
_TRUE = {"true", "1", "yes", "y", "t", "e"}
_FALSE = {"false", "0", "no", "n", "f", ""}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Column:
    """One column of a table schema."""

    name: str
    type: str
    unit: str
    required: bool
    allowed: tuple[str, ...]
    ref: tuple[str, str] | None
    description: str


@dataclass(frozen=True)
class Schema:
    """The schema of one table: its name and columns, in order."""

    table: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


def table_names(data_dir: Path = DATA_DIR) -> list[str]:
    """Names of the tables that have a schema, sorted."""
    return sorted(p.stem for p in (data_dir / "schema").glob("*.csv"))


@cache
def _read_schema_cached(path: str) -> Schema:
    p = Path(path)
    cols = []
    with p.open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh), start=2):
            t = (row.get("type") or "").strip()
            if t not in TYPES:
                raise SchemaError(f"{p.name} line {i}: type {t!r} is not one of {', '.join(TYPES)}")
            allowed = (row.get("allowed") or "").strip()
            ref = None
            values: tuple[str, ...] = ()
            if allowed.startswith("ref:"):
                tbl, _, col = allowed[4:].partition(".")
                ref = (tbl, col)
            elif allowed:
                values = tuple(v.strip() for v in allowed.split(";"))
            cols.append(
                Column(
                    name=row["column"].strip(),
                    type=t,
                    unit=(row.get("unit") or "").strip(),
                    required=(row.get("required") or "").strip().lower() == "yes",
                    allowed=values,
                    ref=ref,
                    description=(row.get("description") or "").strip(),
                )
            )
    return Schema(p.stem, tuple(cols))


def read_schema(table: str, data_dir: Path = DATA_DIR) -> Schema:
    """Read ``schema/<table>.csv``."""
    path = data_dir / "schema" / f"{table}.csv"
    if not path.exists():
        raise SchemaError(
            f"no schema for table {table!r}: expected {path}",
            hint="every table in critmin/data needs schema/<table>.csv",
        )
    return _read_schema_cached(str(path))


def _problem(file: str, row: int, column: str, msg: str) -> str:
    return f"{file} line {row}, column {column}: {msg}"


def validate_frame(
    raw: pd.DataFrame, schema: Schema, *, file: str, first_line: int = 2
) -> tuple[pd.DataFrame, list[str]]:
    """Check a frame of strings against a schema and convert its types.

    Parameters
    ----------
    raw
        The table as read, every cell a string ('' for empty).
    schema
        The schema to follow.
    file
        Name used in messages.
    first_line
        Line number of the first data row in the file (2 after a header).

    Returns
    -------
    The typed frame (columns in schema order) and a list of problems, each naming
    file, line, column, the bad value and what was expected. References to other
    tables are not checked here (see :func:`load_dataset`).
    """
    import pandas as pd

    problems: list[str] = []
    missing = [c for c in schema.names if c not in raw.columns]
    if missing:
        problems.append(
            _problem(file, first_line - 1, ", ".join(missing),
                     f"missing column(s) in the header; expected columns {', '.join(schema.names)}")
        )
        return raw, problems
    extra = [c for c in raw.columns if c not in schema.names]
    if extra:
        problems.append(
            _problem(file, first_line - 1, ", ".join(extra),
                     f"not in the schema; the schema has {', '.join(schema.names)}")
        )
    out: dict[str, object] = {}
    for col in schema.columns:
        cells = raw[col.name].fillna("").astype(str).str.strip().tolist()
        converted: list[object] = []
        for i, cell in enumerate(cells):
            line = first_line + i
            if cell == "":
                if col.required and col.type != "bool":
                    problems.append(_problem(file, line, col.name, "is empty but required"))
                converted.append(None)
                continue
            if col.allowed and col.type == "str" and cell not in col.allowed:
                problems.append(
                    _problem(file, line, col.name, f"{cell!r} is not one of {', '.join(col.allowed)}")
                )
            try:
                converted.append(_convert(cell, col.type))
            except ValueError:
                hint = "; remove the thousands separator" if "," in cell and col.type in ("int", "float") else ""
                problems.append(_problem(file, line, col.name, f"{cell!r} is not a valid {col.type}{hint}"))
                converted.append(None)
        out[col.name] = converted
    frame = pd.DataFrame(out, columns=schema.names)
    for col in schema.columns:
        if col.type == "int":
            frame[col.name] = pd.array(frame[col.name], dtype="Int64")
        elif col.type == "float":
            frame[col.name] = pd.to_numeric(frame[col.name], errors="coerce").astype("float64")
        elif col.type == "bool":
            frame[col.name] = frame[col.name].fillna(False).astype(bool)
        else:
            frame[col.name] = frame[col.name].astype("object")
    return frame, problems


def _convert(cell: str, typ: str) -> object:
    if typ == "int":
        f = float(cell)
        if not f.is_integer():
            raise ValueError(cell)
        return int(f)
    if typ == "float":
        f = float(cell)
        if math.isnan(f) or math.isinf(f):
            raise ValueError(cell)
        return f
    if typ == "bool":
        low = cell.lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise ValueError(cell)
    if typ == "date":
        if not _DATE.match(cell):
            raise ValueError(cell)
        return cell
    return cell


def _read_csv_strings(path: Path) -> pd.DataFrame:
    import pandas as pd

    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        msg = _problem(path.name, line, f"character {column}", f"not UTF-8 text ({err.reason}, byte {err.start})")
        raise DataError(msg, hint="save the file as UTF-8", errors=[msg]) from err
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except pd.errors.ParserError as err:
        raise DataError(f"{path.name}: not a readable CSV table: {err}") from err
    except pd.errors.EmptyDataError as err:
        msg = _problem(path.name, 1, "(header)", "the file is empty; expected a header row")
        raise DataError(msg, errors=[msg]) from err


def read_table(name: str, data_dir: Path = DATA_DIR, *, strict: bool = True) -> pd.DataFrame:
    """Read ``data/<name>.csv``, validate it against its schema and return it typed.

    Raises
    ------
    DataError
        When the file is missing or any row breaks the schema (all problems listed).
    """
    schema = read_schema(name, data_dir)
    path = data_dir / f"{name}.csv"
    if not path.exists():
        raise DataError(
            f"missing dataset table {path}",
            hint=f"table {name!r} belongs at critmin/data/{name}.csv; reinstall critmin or restore the file",
        )
    frame, problems = validate_frame(_read_csv_strings(path), schema, file=path.name)
    if problems and strict:
        raise SchemaError(
            f"{len(problems)} problem(s) in {path.name}: {problems[0]}", errors=problems
        )
    return frame


# Unique keys per table, beyond what the schema says (a column named like the
# table's id is unique by itself).
KEYS: dict[str, tuple[str, ...]] = {
    "observations": ("commodity", "product", "measure", "stage", "country", "year", "edition", "basis"),
    "sources": ("source_id",),
    "editions": ("edition",),
    "commodities": ("slug",),
    "countries": ("iso3",),
    "governance": ("country", "year", "indicator", "edition"),
    "units": ("unit",),
    "sites": ("site_id",),
    "site_status": ("site_id", "date", "source_id"),
    "site_capacity": ("site_id", "product", "basis", "year", "source_id"),
    "site_owners": ("site_id", "owner_id", "as_of", "source_id"),
    "site_resources": ("site_id", "category", "source_id"),
    "site_ree_distribution": ("site_id", "oxide", "source_id"),
    "territorial_control": ("region", "site_id", "country", "valid_from", "status"),
    "events": ("event_id",),
    "event_links": ("event_id", "related_event_id", "relation"),
    "actors": ("actor_id",),
    "relations": ("subject", "relation", "object", "valid_from"),
    "scenario_parameters": ("parameter", "commodity", "product"),
    "actor_aliases": ("alias", "valid_from"),
}


def register_key(table: str, key: Iterable[str]) -> None:
    """Declare the unique key of a table (used by tables added by other modules)."""
    KEYS[table] = tuple(key)


def load_dataset(
    data_dir: Path = DATA_DIR, tables: Iterable[str] | None = None
) -> dict[str, pd.DataFrame]:
    """Read every table, validate it, and check keys and cross-table references.

    Raises
    ------
    DataError
        Listing every problem found, each with file, line and column.
    """
    names = list(tables) if tables is not None else table_names(data_dir)
    frames: dict[str, pd.DataFrame] = {}
    problems: list[str] = []
    for name in names:
        try:
            frames[name] = read_table(name, data_dir)
        except DataError as err:
            problems.extend(err.errors or [err.message])
    if not problems:
        problems.extend(check_keys(frames))
        problems.extend(check_references(frames, data_dir))
    if problems:
        raise DataError(
            f"the dataset has {len(problems)} problem(s); first: {problems[0]}", errors=problems
        )
    return frames


def check_keys(frames: dict[str, pd.DataFrame]) -> list[str]:
    """Rows that repeat a table's unique key."""
    problems = []
    for name, frame in frames.items():
        key = [k for k in KEYS.get(name, ()) if k in frame.columns]
        if not key:
            continue
        dup = frame[frame.duplicated(subset=key, keep=False)]
        for idx in dup.index[:20]:
            vals = ", ".join(f"{k}={frame.at[idx, k]}" for k in key)
            problems.append(f"{name}.csv line {idx + 2}: duplicate key ({vals})")
    return problems


def check_references(frames: dict[str, pd.DataFrame], data_dir: Path = DATA_DIR) -> list[str]:
    """Cells whose ``ref:table.column`` does not resolve."""
    problems = []
    for name, frame in frames.items():
        schema = read_schema(name, data_dir)
        for col in schema.columns:
            if col.ref is None:
                continue
            tbl, tcol = col.ref
            if tbl not in frames:
                continue
            known = set(frames[tbl][tcol].dropna().astype(str))
            values = frame[col.name]
            bad = values.notna() & ~values.astype(str).isin(known)
            for idx in frame.index[bad][:20]:
                problems.append(
                    _problem(
                        f"{name}.csv", idx + 2, col.name,
                        f"{frame.at[idx, col.name]!r} is not a known {tbl}.{tcol}",
                    )
                )
    return problems


def reconcile_world_totals(obs: pd.DataFrame, tolerance: float = 0.02) -> pd.DataFrame:
    """Compare the sum of country rows with the world row of the same table.

    One row per (commodity, product, measure, stage, year, edition, basis) that has
    a world total: ``world``, ``countries_sum`` (including OTH), ``residual``
    (world - sum), ``residual_share`` and ``within_rounding`` (|residual| at most
    ``tolerance`` of the world total, or the world total is a lower bound '>').
    The residual is reported, never hidden.
    """
    import pandas as pd

    key = ["commodity", "product", "measure", "stage", "year", "edition", "basis", "unit"]
    df = obs.copy()
    for k in key:
        df[k] = df[k].fillna("")
    world = df[df["country"] == "WLD"]
    parts = df[(df["country"] != "WLD") & df["value"].notna()]
    sums = parts.groupby(key, dropna=False)["value"].agg(["sum", "count"]).reset_index()
    merged = world[[*key, "value", "qualifier"]].merge(sums, on=key, how="inner")
    merged = merged.rename(columns={"value": "world", "sum": "countries_sum", "count": "n_countries"})
    merged["residual"] = merged["world"] - merged["countries_sum"]
    merged["residual_share"] = merged["residual"] / merged["world"].where(merged["world"] != 0)
    lower_bound = merged["qualifier"].fillna("").isin([">"])
    # a world total printed as ">" is a lower bound: country rows cannot contradict it
    merged["within_rounding"] = (merged["residual_share"].abs() <= tolerance) | lower_bound
    return pd.DataFrame(merged)


def _manifest_files(data_dir: Path) -> list[Path]:
    return sorted(
        p for p in data_dir.rglob("*")
        if p.is_file() and p.name != "MANIFEST.json" and "__pycache__" not in p.parts
    )


def file_hashes(data_dir: Path = DATA_DIR) -> dict[str, str]:
    """sha256 of every file under data/ (but the manifest), keyed by relative path."""
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in _manifest_files(data_dir)
    }


def content_hash(data_dir: Path = DATA_DIR) -> str:
    """One hash over the whole bundled dataset; the store is rebuilt when it changes."""
    h = hashlib.sha256()
    for rel, digest in sorted(file_hashes(data_dir).items()):
        h.update(rel.encode())
        h.update(digest.encode())
    return h.hexdigest()[:16]


def read_manifest(data_dir: Path = DATA_DIR) -> dict[str, object]:
    """The parsed MANIFEST.json (empty when it does not exist yet)."""
    path = data_dir / "MANIFEST.json"
    if not path.exists():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8")))


def dataset_version(data_dir: Path = DATA_DIR) -> str:
    """The CalVer ``dataset_version`` in MANIFEST.json."""
    return str(read_manifest(data_dir).get("dataset_version", "unversioned"))


def write_manifest(version: str, data_dir: Path = DATA_DIR) -> dict[str, object]:
    """Recompute hashes and row counts and write MANIFEST.json (a maintainer's tool)."""
    files = {}
    for rel, digest in file_hashes(data_dir).items():
        entry: dict[str, object] = {"sha256": digest}
        if rel.endswith(".csv"):
            with (data_dir / rel).open(encoding="utf-8", newline="") as fh:
                entry["rows"] = max(sum(1 for _ in csv.reader(fh)) - 1, 0)
        files[rel] = entry
    manifest: dict[str, object] = {"dataset_version": version, "files": files}
    (data_dir / "MANIFEST.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return manifest
