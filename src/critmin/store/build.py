"""Build the bundled dataset into a DuckDB cache file, atomically.

The store file is named after the dataset's content hash, so a changed dataset
gets a new store and a stale one is never read. The build writes to a private
temporary file and moves it into place with :func:`os.replace`, so a crash in
the middle leaves the previous store (or none) usable, never a half-built one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from pathlib import Path
from typing import Any

from critmin.dataset import (
    DATA_DIR,
    Schema,
    content_hash,
    dataset_version,
    load_dataset,
    read_schema,
)
from critmin.errors import StoreError

__all__ = ["build_store", "default_cache_dir", "store_path"]

VIEWS = """
CREATE VIEW observations_v AS
SELECT o.*, e.published AS published, e.series AS series, e.date_precision AS published_precision
FROM observations o LEFT JOIN editions e USING (edition);
"""


def default_cache_dir() -> Path:
    """Where the store lives: ``$CRITMIN_HOME`` or ``~/.cache/critmin``."""
    env = os.environ.get("CRITMIN_HOME")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "critmin"


def store_path(cache_dir: Path, digest: str) -> Path:
    """Path of the store built from a dataset with content hash ``digest``."""
    return cache_dir / f"store-{digest}.duckdb"


def build_store(
    data_dir: Path = DATA_DIR, cache_dir: Path | None = None, *, force: bool = False
) -> Path:
    """Build (or find) the store for the dataset in ``data_dir`` and return its path.

    Raises
    ------
    DataError
        When the dataset does not validate (nothing is written).
    StoreError
        When the cache directory cannot be written.
    """
    import duckdb

    cache_dir = cache_dir or default_cache_dir()
    digest = content_hash(data_dir)
    final = store_path(cache_dir, digest)
    if final.exists() and not force:
        return final
    frames = load_dataset(data_dir)  # validates everything before a byte is written
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(
            f"cannot create the store directory {cache_dir}: {err.strerror}",
            hint="set CRITMIN_HOME to a writable directory",
        ) from err
    tmp = cache_dir / f".store-{digest}.{os.getpid()}.{time.monotonic_ns()}.tmp"
    try:
        con = duckdb.connect(str(tmp))
        try:
            for name, frame in frames.items():
                _create_table(con, name, frame, read_schema(name, data_dir))
            if "observations" in frames and "editions" in frames:
                con.execute(VIEWS)
            con.execute(
                "CREATE TABLE _meta AS SELECT ? AS content_hash, ? AS dataset_version, "
                "? AS data_dir, ? AS built_at",
                [digest, dataset_version(data_dir), str(data_dir),
                 dt.datetime.now(dt.UTC).isoformat(timespec="seconds")],
            )
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, final)
    except OSError as err:
        raise StoreError(
            f"cannot write the store {final}: {err.strerror or err}",
            hint="check free disk space and permissions, or set CRITMIN_HOME",
        ) from err
    finally:
        for leftover in (tmp, Path(str(tmp) + ".wal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    _remove_stale(cache_dir, keep=final)
    return final


SQL_TYPES = {"str": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN", "date": "VARCHAR"}


def _create_table(con: Any, name: str, frame: Any, schema: Schema) -> None:
    """Create a table with the schema's column types (an all-empty column stays VARCHAR)."""
    cols = ", ".join(f'"{c.name}" {SQL_TYPES[c.type]}' for c in schema.columns)
    con.execute(f'CREATE TABLE "{name}" ({cols})')
    con.register("_frame", frame)
    select = ", ".join(f'CAST("{c.name}" AS {SQL_TYPES[c.type]})' for c in schema.columns)
    con.execute(f'INSERT INTO "{name}" SELECT {select} FROM _frame')
    con.unregister("_frame")


def _remove_stale(cache_dir: Path, keep: Path) -> None:
    """Delete stores of older dataset versions (best effort; another process may use one)."""
    for old in cache_dir.glob("store-*.duckdb"):
        if old != keep:
            with contextlib.suppress(OSError):
                old.unlink()
