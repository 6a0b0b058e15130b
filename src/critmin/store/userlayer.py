"""The user layer: the user's own observations, kept apart from the bundled data.

``critmin import FILE.csv`` validates the whole file with the same schema as the
bundled ``observations.csv`` (commodity, country and unit must be known; the
edition and source may be the user's own), checks it against rows already in the
user layer, and only then replaces the layer's Parquet file atomically: a bad file
is rejected whole, and a process killed mid-import leaves the layer as it was.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from critmin.dataset import KEYS, read_schema, validate_frame
from critmin.errors import DataError

if TYPE_CHECKING:
    import duckdb

__all__ = ["import_csv"]

USER_FILE = "user_observations.parquet"
MAX_BYTES = 200 * 1024 * 1024


def _read_user_csv(path: Path) -> Any:
    import pandas as pd

    if not path.exists():
        raise DataError(f"{path}: no such file", hint="give the path of a CSV file to import")
    if path.is_dir():
        raise DataError(f"{path}: is a directory, expected a CSV file")
    if path.stat().st_size > MAX_BYTES:
        raise DataError(f"{path.name}: {path.stat().st_size} bytes is over the {MAX_BYTES} byte limit")
    if path.stat().st_size == 0:
        raise DataError(f"{path.name}: the file is empty; expected a CSV header and rows")
    head = path.read_bytes()[:4096]
    if b"\x00" in head:
        raise DataError(f"{path.name}: is binary, expected a UTF-8 CSV file")
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except UnicodeDecodeError as err:
        raise DataError(f"{path.name}: not UTF-8 text (bad byte at position {err.start})") from err
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise DataError(f"{path.name}: not a readable CSV table ({str(err).strip()})") from err


def import_csv(path: Path, user_dir: Path, data_dir: Path, con: duckdb.DuckDBPyConnection) -> int:
    """Validate ``path`` and append its rows to the user layer. Returns rows added.

    Raises
    ------
    DataError
        Listing every bad row (line number and reason); nothing is written.
    """
    import pandas as pd

    from critmin.names import gazetteer

    raw = _read_user_csv(path)
    schema = read_schema("observations", data_dir)
    frame, problems = validate_frame(raw, schema, file=path.name)
    if not problems:
        gaz = gazetteer(data_dir)
        units = {r[0] for r in con.execute("SELECT unit FROM units").fetchall()}
        for i in frame.index:
            line = i + 2
            for col, resolve in (("commodity", gaz.commodity), ("country", gaz.country)):
                try:
                    frame.at[i, col] = resolve(str(frame.at[i, col]))
                except Exception as err:  # UnknownEntityError: say which row
                    problems.append(f"{path.name} line {line}, column {col}: {err}")
            if frame.at[i, "unit"] not in units:
                problems.append(
                    f"{path.name} line {line}, column unit: {frame.at[i, 'unit']!r} is not a known unit "
                    f"({', '.join(sorted(units))})"
                )
            val, qual = frame.at[i, "value"], frame.at[i, "qualifier"]
            if pd.isna(val) and qual not in ("NA", "W"):
                problems.append(f"{path.name} line {line}, column value: empty; give a number or qualifier NA/W")
            if not pd.isna(val) and val < 0:
                problems.append(f"{path.name} line {line}, column value: {val} is negative")
    if not problems and frame.empty:
        problems.append(f"{path.name}: has a header but no rows")
    target = user_dir / USER_FILE
    existing = pd.read_parquet(target) if target.exists() else None
    if not problems:
        combined = frame if existing is None else pd.concat([existing, frame], ignore_index=True)
        key = list(KEYS["observations"])
        dup = combined[combined.duplicated(subset=key, keep=False)]
        n_old = 0 if existing is None else len(existing)
        for i in dup.index:
            if i >= n_old:
                problems.append(
                    f"{path.name} line {i - n_old + 2}: duplicate of a row already in the user layer or file "
                    f"({', '.join(str(combined.at[i, k]) for k in key)})"
                )
    if problems:
        raise DataError(
            f"{path.name} was rejected, nothing imported: {len(problems)} problem(s); first: {problems[0]}",
            errors=problems,
            hint="fix the listed rows and import the file again",
        )
    _write_atomic(combined, target)
    return len(frame)


def _write_atomic(frame: Any, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        frame.to_parquet(tmp, index=False)
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
