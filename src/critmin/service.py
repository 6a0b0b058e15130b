"""The application layer: the one thing the CLI, the REST API and the web pages call.

Each function takes a :class:`~critmin.store.Store`, asks it for rows, and returns
an :class:`Answer` — columns, rows, the sources behind them, and the metadata a
reader needs (dataset version, edition used, the rule that chose it). Reading
commands stay free of pandas: rows are plain tuples.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from critmin.errors import CritminError, DataError

if TYPE_CHECKING:
    from critmin.store import Store

__all__ = [
    "Answer",
    "commodities",
    "countries",
    "history",
    "info",
    "observations",
    "open_default_store",
    "rank",
    "sources",
    "sources_for",
    "sql",
]

OBS_COLUMNS = [
    "country", "country_name", "year", "value", "value_high", "qualifier", "unit", "basis",
    "estimate_flag", "commodity", "product", "measure", "stage", "edition", "published",
    "source_id", "locator", "layer", "note",
]
OBS_DISPLAY = ["country_name", "country", "year", "value", "qualifier", "unit", "basis",
               "estimate_flag", "edition", "source_id"]

_STORE: Store | None = None


@dataclass
class Answer:
    """Rows with their sources and metadata, ready for any interface."""

    columns: list[str]
    rows: list[tuple[Any, ...]]
    title: str = ""
    caption: str = ""
    sources: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    display: list[str] | None = None

    def records(self) -> list[dict[str, Any]]:
        return [{c: jsonable(v) for c, v in zip(self.columns, r, strict=True)} for r in self.rows]


def jsonable(v: Any) -> Any:
    """A JSON-ready copy of a cell: NaN/NA -> None, whole floats -> int, dates -> ISO."""
    import math

    if v is None:
        return None
    if isinstance(v, float):
        if math.isnan(v):
            return None
        return int(v) if v.is_integer() and abs(v) < 2**53 else v
    if isinstance(v, (int, str, bool)):
        return v
    if hasattr(v, "isoformat"):
        return v.isoformat()
    try:
        if v != v:  # pandas NA / NaT
            return None
    except TypeError:
        return None
    return str(v)


def open_default_store() -> Store:
    """The process-wide store (opened once) on the bundled dataset, or on ``$CRITMIN_DATA_DIR``."""
    global _STORE
    if _STORE is None:
        from critmin.store import open_store

        _STORE = open_store()
    return _STORE


def _rows(store: Store, sql: str, params: list[Any]) -> tuple[list[str], list[tuple[Any, ...]]]:
    cols, rows = store._run(sql, params, output="rows")
    return list(cols), [tuple(r) for r in rows]


def sources_for(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """Source records for the given ids (bundled sources; user sources by id only)."""
    uniq = sorted({i for i in ids if i})
    if not uniq:
        return []
    cols, rows = _rows(store, "SELECT * FROM sources WHERE list_contains(?, source_id) ORDER BY source_id", [uniq])
    found = [dict(zip(cols, r, strict=True)) for r in rows]
    known = {s["source_id"] for s in found}
    found += [{"source_id": i, "publisher": "user", "title": "user-supplied source"} for i in uniq if i not in known]
    return found


def _obs_answer(store: Store, cols: list[str], rows: list[tuple[Any, ...]], extra: list[str] = ()) -> Answer:  # type: ignore[assignment]
    from critmin.names import country_name

    pos = {c: i for i, c in enumerate(cols)}
    out_cols = OBS_COLUMNS + list(extra)
    out = []
    for r in rows:
        rec = {c: r[pos[c]] if c in pos else None for c in out_cols}
        rec["country_name"] = country_name(str(rec["country"]))
        out.append(tuple(rec[c] for c in out_cols))
    src = sources_for(store, [r[pos["source_id"]] for r in rows])
    return Answer(out_cols, out, sources=src, meta={"dataset_version": store.dataset_version},
                  display=OBS_DISPLAY)


def observations(
    store: Store,
    commodity: str,
    measure: str,
    *,
    year: int | None = None,
    country: str | None = None,
    stage: str | None = None,
    product: str | None = None,
    edition: str | None = None,
    as_of: str | dt.date | None = None,
    all_editions: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> Answer:
    """Observations with the latest-edition rule; see :meth:`Store.observations`.

    With neither ``year`` nor ``country`` the newest data year is shown (a table
    of countries); ``all_editions`` lists every edition's figure.
    """
    if edition and as_of:
        raise DataError("give either an edition or an as-of date, not both")
    q = store.query(commodity, measure, country, year, stage=stage, product=product,
                    edition=edition, as_of=as_of, latest=not all_editions)
    if year is None and country is None and not all_editions:
        where, params = q.where()
        row = store.con.execute(f"SELECT max(year) FROM obs_all WHERE {where}", params).fetchone()
        if row and row[0] is not None:
            from dataclasses import replace

            q = replace(q, year=int(row[0]))
    sql, params = q.sql()
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    cols, rows = _rows(store, sql, params)
    ans = _obs_answer(store, cols, rows)
    editions = sorted({r[ans.columns.index("edition")] for r in ans.rows})
    rule = (
        f"edition pinned: {q.edition}" if q.edition
        else "every edition" if all_editions
        else f"latest edition holding each figure{f' as of {q.as_of}' if q.as_of else ''}"
    )
    ans.meta.update({
        "commodity": q.commodity, "measure": measure, "year": q.year, "country": q.country,
        "edition_rule": rule, "editions": editions, "as_of": q.as_of,
    })
    ans.title = f"{_label(measure)}: {q.commodity}" + (f", {q.year}" if q.year else "")
    ans.caption = f"Editions: {', '.join(editions) or 'none'} ({rule})."
    return ans


def history(
    store: Store, commodity: str, measure: str, country: str, *, year: int | None = None,
    product: str | None = None,
) -> Answer:
    """One figure across editions with revisions marked."""
    q = store.query(commodity, measure, country, year, product=product, latest=False)
    sql, params = q.history_sql()
    cols, rows = _rows(store, sql, params)
    ans = _obs_answer(store, cols, rows, extra=["previous_value", "previous_edition", "previous_source_id", "revision"])
    ans.display = ["year", "edition", "published", "value", "qualifier", "unit", "estimate_flag",
                   "previous_edition", "previous_value", "revision", "source_id"]
    ans.title = f"History: {_label(measure)} of {q.commodity}, {q.country}"
    n_rev = sum(1 for r in ans.rows if str(r[-1]).startswith("revised"))
    ans.caption = f"{n_rev} revision(s) between editions."
    ans.meta.update({"commodity": q.commodity, "measure": measure, "country": q.country})
    return ans


def rank(
    store: Store, commodity: str, measure: str = "reserves", *, year: int | None = None,
    product: str | None = None, edition: str | None = None, as_of: str | dt.date | None = None,
) -> Answer:
    """Countries ranked inside one edition and year."""
    if edition and as_of:
        raise DataError("give either an edition or an as-of date, not both")
    q = store.query(commodity, measure, None, year, product=product, edition=edition, as_of=as_of)
    sql, params = q.rank_sql()
    cols, rows = _rows(store, sql, params)
    ans = _obs_answer(store, cols, rows, extra=["rank", "share_of_world", "world_value"])
    ans.display = ["rank", "country_name", "country", "value", "qualifier", "unit", "estimate_flag", "share_of_world",
                   "year", "edition", "source_id"]
    ed = ans.rows[0][ans.columns.index("edition")] if ans.rows else None
    yr = ans.rows[0][ans.columns.index("year")] if ans.rows else None
    ans.title = f"Rank by {_label(measure)}: {q.commodity}" + (f", {yr}" if yr else "")
    unranked = [r[1] for r in ans.rows if r[ans.columns.index("rank")] is None]
    ans.caption = f"Edition {ed}" + (f" (current as of {q.as_of})" if q.as_of else "") + "."
    if unranked:
        ans.caption += f" Not ranked (figure not available or withheld): {', '.join(unranked)}."
    ans.meta.update({"commodity": q.commodity, "measure": measure, "edition": ed, "year": yr})
    return ans


def sources(store: Store, source_id: str | None = None) -> Answer:
    """All sources, or one."""
    if source_id:
        cols, rows = _rows(store, "SELECT * FROM sources WHERE source_id = ?", [source_id])
        if not rows:
            from critmin.errors import UnknownEntityError

            known = [r[0] for r in store.con.execute("SELECT source_id FROM sources").fetchall()]
            raise UnknownEntityError("source", source_id, known)
    else:
        cols, rows = _rows(store, "SELECT * FROM sources ORDER BY source_id", [])
    return Answer(cols, rows, title="Sources", meta={"dataset_version": store.dataset_version},
                  display=["source_id", "publisher", "title", "edition", "table_or_page", "reliability"])


def commodities(store: Store) -> Answer:
    cols, rows = _rows(store, "SELECT * FROM commodities ORDER BY slug", [])
    return Answer(cols, rows, title="Commodities", meta={"dataset_version": store.dataset_version},
                  display=["slug", "name", "aliases", "default_unit", "default_basis"])


def countries(store: Store, search: str | None = None) -> Answer:
    sql, params = "SELECT * FROM countries", []
    if search:
        sql += " WHERE lower(name || ' ' || coalesce(aliases,'') || ' ' || iso3) LIKE ?"
        params.append(f"%{search.lower()}%")
    cols, rows = _rows(store, sql + " ORDER BY iso3", params)
    return Answer(cols, rows, title="Countries", meta={"dataset_version": store.dataset_version},
                  display=["iso3", "iso2", "name", "aliases", "adjectives"])


def sql(store: Store, query: str, limit: int = 10_000) -> Answer:
    """A read-only SQL query (the store is opened read-only: writes fail)."""
    import duckdb

    from critmin.errors import StoreError

    if not query.strip():
        raise StoreError("empty SQL query", hint='try: critmin sql "SELECT * FROM editions"')
    try:
        rel = store.con.execute(query)
        if rel.description is None:
            return Answer([], [], caption="Statement returned no rows.")
        cols = [d[0] for d in rel.description]
        rows = [tuple(r) for r in rel.fetchmany(limit)]
    except duckdb.Error as err:
        msg = str(err).splitlines()[0]
        hint = "the store is read-only; use `critmin import` to add data" if "read-only" in msg.lower() else (
            "tables: " + ", ".join(store.tables()))
        raise StoreError(f"SQL failed: {msg}", hint=hint) from err
    return Answer(cols, rows, meta={"dataset_version": store.dataset_version})


def info(store: Store) -> dict[str, Any]:
    return store.info()


def _label(measure: str) -> str:
    return measure.replace("_", " ").capitalize()


def require(condition: bool, message: str, hint: str | None = None) -> None:
    """Raise a CritminError when ``condition`` is false."""
    if not condition:
        raise CritminError(message, hint=hint)
