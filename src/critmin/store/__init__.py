"""The embedded DuckDB store: the bundled dataset plus the user's own layer.

>>> import critmin
>>> store = critmin.open()                                        # doctest: +SKIP
>>> store.observations("rare earths", measure="reserves", country="Russia")  # doctest: +SKIP

The store is a cache built from ``critmin/data`` (see :mod:`critmin.store.build`);
queries open it read-only. The user layer (``critmin import``) is a Parquet file
next to it, replaced atomically, never mixed into the bundled tables.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from critmin.dataset import DATA_DIR, content_hash, dataset_version
from critmin.errors import DataError, StoreError, UnknownEntityError
from critmin.store.build import build_store, default_cache_dir
from critmin.store.queries import ObservationQuery

if TYPE_CHECKING:
    import duckdb

__all__ = ["Store", "open_store", "parse_as_of"]

USER_FILE = "user_observations.parquet"


def parse_as_of(value: str | dt.date | None) -> str | None:
    """Normalise an as-of date to ``YYYY-MM-DD`` (or None).

    Raises
    ------
    DataError
        When the text is not an ISO date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError as err:
        raise DataError(
            f"as-of date {value!r} is not a date; expected YYYY-MM-DD (e.g. 2025-03-19)"
        ) from err


@dataclass
class Store:
    """A read-only view of the bundled dataset and the user layer.

    Query methods return pandas DataFrames (``output="arrow"`` or ``"polars"`` for
    the others). Names are resolved: commodities by slug or common spelling,
    countries by ISO code, name, alias or adjective.
    """

    path: Path
    user_dir: Path
    data_dir: Path = DATA_DIR
    _con: Any = field(default=None, repr=False)

    # -- connection -----------------------------------------------------------------
    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            import duckdb

            try:
                self._con = duckdb.connect(str(self.path), read_only=True)
            except duckdb.Error as err:
                raise StoreError(
                    f"cannot open the store {self.path}: {err}",
                    hint="run `critmin data rebuild` to build it again",
                ) from err
            self._attach_user_layer(self._con)
        return self._con

    def _attach_user_layer(self, con: duckdb.DuckDBPyConnection) -> None:
        user = self.user_dir / USER_FILE
        source = (
            f"SELECT *, 'user' AS layer FROM read_parquet('{_sql_str(user)}')"
            if user.exists()
            else "SELECT *, 'user' AS layer FROM observations WHERE false"
        )
        con.execute(f"CREATE OR REPLACE TEMP VIEW user_observations AS {source}")
        con.execute(
            "CREATE OR REPLACE TEMP VIEW obs_all AS "
            "SELECT o.*, 'bundled' AS layer, e.published, e.series, e.precedence FROM observations o "
            "LEFT JOIN editions e USING (edition) "
            "UNION ALL BY NAME "
            "SELECT u.*, e.published, e.series, e.precedence FROM user_observations u "
            "LEFT JOIN editions e USING (edition)"
        )

    def close(self) -> None:
        """Close the DuckDB connection."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- generic --------------------------------------------------------------------
    def _run(self, sql: str, params: list[Any] | None = None, output: str = "pandas") -> Any:
        import duckdb

        try:
            if output == "arrow":
                return self.con.sql(sql, params=params or None).to_arrow_table()
            if output == "polars":
                try:
                    import polars  # noqa: F401
                except ModuleNotFoundError as err:
                    raise StoreError("polars output needs the polars package",
                                     hint="pip install polars") from err
                return self.con.sql(sql, params=params or None).pl()
            rel = self.con.execute(sql, params or [])
            if output == "pandas":
                return rel.df()
            if output == "rows":
                cols = [d[0] for d in rel.description]
                return cols, rel.fetchall()
        except duckdb.Error as err:
            raise StoreError(f"query failed: {str(err).splitlines()[0]}") from err
        raise ValueError(f"unknown output {output!r}; expected pandas, arrow, polars or rows")

    def sql(self, query: str, output: str = "pandas") -> Any:
        """Run a read-only SQL query (tables: observations, sources, editions, ...).

        Raises
        ------
        StoreError
            On a syntax error, an unknown table, or any attempt to write.
        """
        if not query.strip():
            raise StoreError("empty SQL query", hint='try: critmin sql "SELECT * FROM editions"')
        return self._run(query, output=output)

    def _scalar(self, sql: str, params: list[Any] | None = None) -> Any:
        row = self.con.execute(sql, params or []).fetchone()
        return None if row is None else row[0]

    def tables(self) -> list[str]:
        """Names of the tables in the store."""
        rows = self.con.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'main' AND table_name NOT LIKE '\\_%' ESCAPE '\\' ORDER BY 1"
        ).fetchall()
        return [r[0] for r in rows]

    def table(self, name: str, output: str = "pandas") -> Any:
        """A whole bundled table by name."""
        known = self.tables()
        if name not in known:
            raise UnknownEntityError("table", name, known)
        return self._run(f'SELECT * FROM "{name}"', output=output)

    def info(self) -> dict[str, Any]:
        """Dataset version, content hash, store path and row counts."""
        meta = self.con.execute("SELECT content_hash, dataset_version, built_at FROM _meta").fetchone()
        counts = {t: self._scalar(f'SELECT count(*) FROM "{t}"') for t in self.tables()}
        user_rows = self._scalar("SELECT count(*) FROM user_observations")
        return {
            "dataset_version": meta[1] if meta else "unknown",
            "content_hash": meta[0] if meta else "unknown",
            "built_at": str(meta[2]) if meta else "",
            "store_path": str(self.path),
            "user_layer": str(self.user_dir / USER_FILE),
            "user_rows": user_rows,
            "tables": counts,
        }

    @property
    def dataset_version(self) -> str:
        row = self.con.execute("SELECT dataset_version FROM _meta").fetchone()
        return str(row[0]) if row else "unknown"

    # -- names ----------------------------------------------------------------------
    def resolve_commodity(self, text: str) -> str:
        from critmin.names import gazetteer

        return gazetteer(self.data_dir).commodity(text)

    def resolve_country(self, text: str) -> str:
        from critmin.names import gazetteer

        return gazetteer(self.data_dir).country(text)

    def resolve_edition(self, text: str) -> str:
        """The edition label as stored, accepting case and spacing variants (``mcs2025``)."""
        rows = self.con.execute("SELECT edition FROM editions").fetchall()
        known = [r[0] for r in rows]
        norm = {"".join(k.lower().split()): k for k in known}
        key = "".join(text.lower().split())
        if key in norm:
            return norm[key]
        raise UnknownEntityError("edition", text, known, hint=None)

    def editions(self, output: str = "pandas") -> Any:
        """Editions with their publication dates, newest first."""
        return self._run("SELECT * FROM editions ORDER BY published DESC, edition", output=output)

    def current_edition(self, as_of: str | dt.date, series: str = "USGS MCS") -> str | None:
        """The edition of ``series`` current on a date (latest published on or before it)."""
        row = self.con.execute(
            "SELECT edition FROM editions WHERE series = ? AND published <= ? "
            "ORDER BY published DESC LIMIT 1",
            [series, parse_as_of(as_of)],
        ).fetchone()
        return row[0] if row else None

    # -- observations -----------------------------------------------------------------
    def query(
        self,
        commodity: str | None = None,
        measure: str | None = None,
        country: str | None = None,
        year: int | None = None,
        *,
        stage: str | None = None,
        product: str | None = None,
        edition: str | None = None,
        as_of: str | dt.date | None = None,
        latest: bool = True,
    ) -> ObservationQuery:
        """Resolve names and build the SQL of an observation query (see :meth:`observations`)."""
        return ObservationQuery(
            commodity=self.resolve_commodity(commodity) if commodity else None,
            measure=measure,
            country=self.resolve_country(country) if country else None,
            year=year,
            stage=stage,
            product=product,
            edition=self.resolve_edition(edition) if edition else None,
            as_of=parse_as_of(as_of),
            latest=latest and edition is None,
        )

    def observations(
        self,
        commodity: str | None = None,
        measure: str | None = None,
        country: str | None = None,
        year: int | None = None,
        *,
        stage: str | None = None,
        product: str | None = None,
        edition: str | None = None,
        as_of: str | dt.date | None = None,
        latest: bool = True,
        output: str = "pandas",
    ) -> Any:
        """Observations matching the filters.

        Without ``edition``, each figure is answered from the latest edition that
        holds it (``as_of`` first drops editions published after that date): for a
        table of countries, one edition is chosen per (commodity, product, measure,
        stage, year, basis) so a ranking never mixes editions; with ``country`` given,
        per figure. ``latest=False`` returns every edition. The ``edition`` and
        ``published`` columns say where each row comes from.

        ``product=None`` means the commodity as a whole (rows without a product),
        except for prices, which are always of a product; ``product="*"`` returns
        every product and sub-series (e.g. the US salient statistics' lines).
        """
        q = self.query(
            commodity, measure, country, year, stage=stage, product=product,
            edition=edition, as_of=as_of, latest=latest,
        )
        sql, params = q.sql()
        return self._run(sql, params, output=output)

    def production(self, commodity: str, **kwargs: Any) -> Any:
        """Mine production (``measure='mine_production'``); see :meth:`observations`."""
        return self.observations(commodity, "mine_production", **kwargs)

    def reserves(self, commodity: str, **kwargs: Any) -> Any:
        """Reserves (``measure='reserves'``); see :meth:`observations`."""
        return self.observations(commodity, "reserves", **kwargs)

    def history(
        self,
        commodity: str,
        measure: str,
        country: str,
        year: int | None = None,
        *,
        product: str | None = None,
        output: str = "pandas",
    ) -> Any:
        """One figure across every edition, oldest edition first, revisions marked.

        Columns add ``previous_value``, ``previous_edition`` and ``revision``
        (``new``, ``unchanged``, ``revised up``, ``revised down``, ``withdrawn``).
        """
        q = self.query(commodity, measure, country, year, product=product, latest=False)
        sql, params = q.history_sql()
        return self._run(sql, params, output=output)

    def rank(
        self,
        commodity: str,
        measure: str = "reserves",
        year: int | None = None,
        *,
        product: str | None = None,
        edition: str | None = None,
        as_of: str | dt.date | None = None,
        output: str = "pandas",
    ) -> Any:
        """Countries ranked by a measure inside ONE edition and year.

        The edition is the pinned one, or the latest (as of ``as_of``) that holds the
        measure; the year is the given one or the latest in that edition. Countries
        whose figure is withheld or not available are listed after the ranked ones
        with an empty rank. Ties share a rank (1, 2, 2, 4).
        """
        q = self.query(commodity, measure, None, year, product=product, edition=edition, as_of=as_of)
        sql, params = q.rank_sql()
        return self._run(sql, params, output=output)

    # -- user layer -----------------------------------------------------------------
    def import_observations(self, path: str | Path) -> int:
        """Validate a CSV of observations and add it to the user layer (all or nothing).

        Returns the number of rows added. See :func:`critmin.store.userlayer.import_csv`.
        """
        from critmin.store.userlayer import import_csv

        n = import_csv(Path(path), self.user_dir, self.data_dir, self.con)
        if self._con is not None:
            self._attach_user_layer(self._con)
        return n


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


def default_user_dir() -> Path:
    """Where the user layer lives: ``$CRITMIN_USER_DIR`` or ``<cache dir>/user``."""
    env = os.environ.get("CRITMIN_USER_DIR")
    return Path(env) if env else default_cache_dir() / "user"


def open_store(
    data_dir: Path | None = None,
    cache_dir: Path | None = None,
    user_dir: Path | None = None,
    *,
    rebuild: bool = False,
) -> Store:
    """Open the store, building it first when the dataset changed or it is missing.

    ``data_dir`` defaults to ``$CRITMIN_DATA_DIR`` or the bundled dataset.
    """
    if data_dir is None:
        data_dir = Path(os.environ.get("CRITMIN_DATA_DIR") or DATA_DIR)
    path = build_store(data_dir, cache_dir, force=rebuild)
    return Store(path=path, user_dir=user_dir or default_user_dir(), data_dir=data_dir)


# re-exported for callers that only need the version without opening DuckDB
__all__ += ["content_hash", "dataset_version"]
