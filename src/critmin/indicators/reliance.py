"""Net import reliance: the share of a country's apparent consumption met by net imports.

USGS definition (Mineral Commodity Summaries, salient statistics)::

    apparent consumption = production + imports - exports (+ adjustments for stock changes)
    net import reliance  = (apparent consumption - production) / apparent consumption
                         = (imports - exports + stock drawdown) / apparent consumption

A net exporter has a negative reliance; USGS prints ``E`` for it. The bundled dataset
carries the published reliance (measure ``net_import_reliance``) and, where given, the
balance items; :func:`reliance` shows both, with the recomputed value next to the
published one. Users supply balances for other countries as a CSV
(:func:`read_balance_file`).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

from critmin.errors import DataError, UnknownEntityError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "BALANCE_COLUMNS",
    "net_import_reliance",
    "read_balance_file",
    "reliance",
    "reliance_from_balances",
]

BALANCE_COLUMNS = ("country", "commodity", "year", "production", "imports", "exports",
                   "stock_change", "apparent_consumption", "unit", "source_id")


def net_import_reliance(
    *,
    production: float | None = None,
    imports: float | None = None,
    exports: float | None = None,
    stock_change: float = 0.0,
    apparent_consumption: float | None = None,
) -> float:
    """Net import reliance as a fraction (negative for a net exporter).

    Give either ``apparent_consumption`` and ``production``, or ``production``,
    ``imports`` and ``exports`` (``stock_change`` = increase in stocks, subtracted
    from consumption).

    Examples
    --------
    >>> round(net_import_reliance(production=1300, apparent_consumption=6600), 3)
    0.803
    >>> net_import_reliance(production=0, imports=10, exports=0)
    1.0
    """
    def ok(v: float | None) -> bool:
        return v is not None and not (isinstance(v, float) and math.isnan(v))

    if ok(apparent_consumption) and ok(production):
        ac = float(apparent_consumption)  # type: ignore[arg-type]
        prod = float(production)  # type: ignore[arg-type]
    elif ok(production) and ok(imports) and ok(exports):
        prod = float(production)  # type: ignore[arg-type]
        ac = prod + float(imports) - float(exports) - float(stock_change)  # type: ignore[arg-type]
    else:
        raise DataError(
            "net import reliance needs production with apparent consumption, or production, imports and exports",
            hint="a missing figure is a gap: it cannot be taken as 0",
        )
    if ac <= 0:
        raise DataError(f"apparent consumption is {ac:g}: reliance is undefined",
                        hint="check the balance (imports, exports, stock change)")
    return (ac - prod) / ac


def reliance(
    obs: pd.DataFrame,
    commodity: str,
    country: str = "USA",
    *,
    year: int | None = None,
    edition: str | None = None,
) -> pd.DataFrame:
    """Published net import reliance, and the value recomputed from the balance where possible.

    Parameters
    ----------
    obs
        Observations (``net_import_reliance`` in percent, and ``production``/
        ``mine_production``/``refinery_production``, ``apparent_consumption``,
        ``imports``, ``exports`` where the source gives them).
    commodity, country
        What and whose reliance.
    year, edition
        Optional filters.

    Returns
    -------
    pandas.DataFrame
        Per (product, year, edition): ``published`` (fraction, with ``qualifier`` as
        printed, e.g. ``>`` or ``E``), ``computed`` (fraction or NA), ``production``,
        ``apparent_consumption``, ``source_ids``.
    """
    import pandas as pd

    df = obs[(obs["commodity"] == commodity) & (obs["country"] == country)]
    if year is not None:
        df = df[df["year"] == year]
    if edition is not None:
        df = df[df["edition"] == edition]
    nir = df[df["measure"] == "net_import_reliance"]
    if nir.empty:
        raise DataError(
            f"no net import reliance for {country} and {commodity}"
            + (f" in {year}" if year else "") + (f", edition {edition}" if edition else ""),
            hint="USGS publishes it for the United States; for other countries pass balances "
                 "(critmin dependence --balances FILE)",
        )
    key = ["product", "year", "edition"]
    df = df.assign(product=df["product"].fillna("") if "product" in df.columns else "")
    records = []
    for (prod, y, ed), grp in df.groupby(key, sort=True):
        n = grp[grp["measure"] == "net_import_reliance"]
        if n.empty:
            continue
        r = n.iloc[0]
        pub = r["value"]
        unit = str(r.get("unit") or "percent")
        factor = 0.01 if unit in ("percent", "%") else 1.0
        published = float(pub) * factor if pub is not None and not pd.isna(pub) else None

        def pick(measures: tuple[str, ...], g: pd.DataFrame = grp) -> float | None:
            for m in measures:
                sel = g[(g["measure"] == m) & g["value"].notna()]
                if not sel.empty:
                    return float(sel["value"].iloc[0])
            return None

        production = pick(("production", "refinery_production", "mine_production"))
        ac = pick(("apparent_consumption",))
        computed = None
        if production is not None and ac is not None and ac > 0:
            computed = net_import_reliance(production=production, apparent_consumption=ac)
        records.append({
            "country": country, "commodity": commodity, "product": prod, "year": int(y), "edition": ed,
            "published": published, "qualifier": r.get("qualifier"), "computed": computed,
            "production": production, "apparent_consumption": ac,
            "source_ids": ";".join(sorted(set(map(str, grp["source_id"].dropna())))),
        })
    out = pd.DataFrame.from_records(records)
    out.attrs.update(
        indicator="net_import_reliance",
        method="(apparent consumption - production) / apparent consumption (USGS)",
        inputs=["observations"],
        # the sources of the figure sets shown (not of every row about the country)
        source_ids=sorted({s for rec in records for s in str(rec["source_ids"]).split(";") if s}),
        editions=sorted({str(rec["edition"]) for rec in records}),
    )
    return out


def reliance_from_balances(balances: pd.DataFrame) -> pd.DataFrame:
    """Net import reliance for each row of a balance table.

    Parameters
    ----------
    balances
        Columns of :data:`BALANCE_COLUMNS` (``stock_change`` and
        ``apparent_consumption`` may be empty).

    Returns
    -------
    pandas.DataFrame
        The balances with ``net_import_reliance`` (fraction) and ``method``.
    """
    out = balances.copy()
    vals = []
    for _, r in out.iterrows():
        sc = r.get("stock_change")
        vals.append(net_import_reliance(
            production=_num(r.get("production")), imports=_num(r.get("imports")),
            exports=_num(r.get("exports")), stock_change=_num(sc) or 0.0,
            apparent_consumption=_num(r.get("apparent_consumption")),
        ))
    out["net_import_reliance"] = vals
    out["method"] = "(apparent consumption - production) / apparent consumption"
    out.attrs.update(
        indicator="net_import_reliance",
        method="(apparent consumption - production) / apparent consumption",
        inputs=["balances"],
        source_ids=sorted(set(map(str, balances["source_id"].dropna()))),
    )
    return out


def _num(v: object) -> float | None:
    if v is None:
        return None
    if isinstance(v, str):
        v = v.strip()
        if not v:
            return None
    try:
        f = float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def read_balance_file(path: str | Path) -> pd.DataFrame:
    """Read a user's balance file (CSV with :data:`BALANCE_COLUMNS`).

    Raises
    ------
    DataError
        Naming file, line and column for each bad cell.
    """
    import pandas as pd

    from critmin.names import resolve_commodity, resolve_country

    p = Path(path)
    if not p.exists():
        raise DataError(f"balance file {p} does not exist")
    try:
        raw = pd.read_csv(p, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise DataError(f"{p.name}: not a readable UTF-8 CSV table ({err})") from err
    required = ("country", "commodity", "year", "production", "source_id")
    missing = [c for c in required if c not in raw.columns]
    if missing:
        raise DataError(f"{p.name}: missing column(s) {', '.join(missing)}",
                        hint="columns: " + ",".join(BALANCE_COLUMNS))
    problems: list[str] = []
    for i, r in raw.iterrows():
        line = int(i) + 2
        for col in ("production", "imports", "exports", "stock_change", "apparent_consumption"):
            cell = str(r.get(col, "") or "").strip()
            if cell and _num(cell) is None:
                problems.append(f"{p.name} line {line}, column {col}: {cell!r} is not a number")
        try:
            raw.at[i, "country"] = resolve_country(r["country"])
            raw.at[i, "commodity"] = resolve_commodity(r["commodity"])
        except UnknownEntityError as err:
            problems.append(f"{p.name} line {line}: {err}")
        if not str(r["source_id"]).strip():
            problems.append(f"{p.name} line {line}, column source_id: is empty (every figure needs a source)")
        has_ac = _num(r.get("apparent_consumption")) is not None
        has_trade = _num(r.get("imports")) is not None and _num(r.get("exports")) is not None
        if not (has_ac or has_trade):
            problems.append(f"{p.name} line {line}: give apparent_consumption, or imports and exports")
    if problems:
        raise DataError(f"{len(problems)} problem(s) in {p.name}: {problems[0]}", errors=problems)
    return raw
