"""Supply concentration: shares, rank, top-n share and the Herfindahl-Hirschman index.

Two layers:

* numeric functions on plain sequences of shares (fractions in [0, 1]) — :func:`hhi`,
  :func:`top_n_share` — that the property tests exercise;
* frame functions on observations shaped like ``schema/observations.csv`` —
  :func:`shares` and :func:`concentration` — that choose the base, handle the
  "other countries" (``OTH``) row and the world total (``WLD``), and name every input.

Bases (``base=``):

``"world"``
    Shares of the published world total (the ``WLD`` row). Countries plus ``OTH``
    may not add up to it (rounding, withheld figures): the difference is reported as
    ``residual`` and never spread over countries.
``"sum"``
    Shares of the sum of the country rows (including ``OTH`` unless ``other="drop"``).
``"auto"`` (default)
    ``"world"`` where a world row exists, else ``"sum"``. The base used is stated
    in the result (column ``base`` and ``attrs["base"]``).

The ``OTH`` row (``other=``):

``"exclude"`` (default)
    Kept in the denominator, left out of the HHI: the HHI covers named countries only,
    which is a lower bound (the unknown rest could be split into many small suppliers).
``"single"``
    Treated as one supplier: an upper bound.
``"drop"``
    Left out of both the denominator and the HHI (shares of the named countries).

Whatever the choice, :func:`concentration` also reports ``hhi_low`` (named countries
only) and ``hhi_high`` (``OTH`` and any positive unexplained residual each counted as
one supplier), so a reader sees how much the treatment matters.

Withheld (``W``) and not-available (``NA``) figures are gaps: they are left out and
listed in ``gaps``; never counted as 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal

from critmin.errors import DataError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "AGGREGATES",
    "GROUP_KEYS",
    "concentration",
    "hhi",
    "shares",
    "top_n_share",
]

Base = Literal["auto", "world", "sum"]
Other = Literal["exclude", "single", "drop"]

AGGREGATES = ("WLD", "OTH")
# One figure set: the rows that share these values are compared with each other.
GROUP_KEYS = ("commodity", "product", "measure", "stage", "year", "edition", "basis", "unit")
HHI_MAX = 10_000.0


def hhi(values: Iterable[float]) -> float:
    """Herfindahl-Hirschman index on the 0-10,000 scale.

    Parameters
    ----------
    values
        Market shares as fractions in [0, 1] (they need not sum to 1: a share of
        the world left unassigned contributes nothing).

    Returns
    -------
    float
        ``10,000 * sum(share**2)``.

    Raises
    ------
    ValueError
        When a share is negative, above 1 or not a number.

    Examples
    --------
    >>> hhi([0.5, 0.5])
    5000.0
    >>> hhi([1.0])
    10000.0
    """
    total = 0.0
    for v in values:
        s = float(v)
        if not 0.0 <= s <= 1.0 + 1e-9:
            raise ValueError(f"share {v!r} is outside [0, 1]")
        total += s * s
    return HHI_MAX * total


def top_n_share(values: Iterable[float], n: int = 3) -> float:
    """Combined share of the ``n`` largest suppliers.

    >>> top_n_share([0.1, 0.6, 0.3], n=2)
    0.9
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    ordered = sorted((float(v) for v in values), reverse=True)
    return round(sum(ordered[:n]), 12)


def _numeric_value(row: pd.Series) -> float | None:
    """The value used for a row: the printed value, or the midpoint of a range."""
    import math

    v = row.get("value")
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    hi = row.get("value_high")
    if row.get("qualifier") == "range" and hi is not None and not (isinstance(hi, float) and math.isnan(hi)):
        return (float(v) + float(hi)) / 2.0
    return float(v)


def _check_columns(obs: pd.DataFrame) -> None:
    needed = {"country", "value", "unit", "source_id"}
    missing = sorted(needed - set(obs.columns))
    if missing:
        raise DataError(
            f"observations lack column(s) {', '.join(missing)}",
            hint="pass rows shaped like schema/observations.csv (store.observations(...))",
        )


def _filter(obs: pd.DataFrame, **eq: object) -> pd.DataFrame:
    out = obs
    for col, val in eq.items():
        if val is None or col not in out.columns:
            continue
        out = out[out[col] == val]
    return out


def _group_cols(obs: pd.DataFrame) -> list[str]:
    return [k for k in GROUP_KEYS if k in obs.columns]


def _label(key: tuple[object, ...], cols: Sequence[str]) -> str:
    return ", ".join(f"{c}={v}" for c, v in zip(cols, key, strict=True) if v not in ("", None))


def shares(
    obs: pd.DataFrame,
    *,
    commodity: str | None = None,
    measure: str | None = None,
    stage: str | None = None,
    year: int | None = None,
    edition: str | None = None,
    base: Base = "auto",
    other: Other = "exclude",
) -> pd.DataFrame:
    """Each country's share of a figure set, with its rank.

    Parameters
    ----------
    obs
        Rows shaped like ``schema/observations.csv`` (what ``store.observations``
        returns). Several years or editions may be given: each (commodity, product,
        measure, stage, year, edition, basis, unit) is its own figure set.
    commodity, measure, stage, year, edition
        Optional filters applied first.
    base
        ``"auto"``, ``"world"`` or ``"sum"`` (see the module docstring).
    other
        ``"exclude"``, ``"single"`` or ``"drop"``: how the ``OTH`` row is treated.

    Returns
    -------
    pandas.DataFrame
        One row per country and figure set: the group columns, ``country``, ``value``,
        ``share`` (fraction), ``rank`` (1 = largest; ``OTH`` is not ranked), ``base``,
        ``denominator``, ``source_id``, ``locator``. ``attrs`` name the method, the
        base(s) used, the inputs' ``source_ids`` and editions, and any ``gaps``.

    Raises
    ------
    DataError
        When columns are missing, a set mixes units, or a country appears twice in
        one set.
    """
    import pandas as pd

    _check_columns(obs)
    if base not in ("auto", "world", "sum"):
        raise DataError(f"unknown base {base!r}", hint="use auto, world or sum")
    if other not in ("exclude", "single", "drop"):
        raise DataError(f"unknown treatment of OTH {other!r}", hint="use exclude, single or drop")
    df = _filter(obs, commodity=commodity, measure=measure, stage=stage, year=year, edition=edition)
    df = df.copy()
    cols = _group_cols(df)
    for c in cols:
        df[c] = df[c].where(df[c].notna(), "")
    records: list[dict[str, object]] = []
    gaps: list[str] = []
    bases_used: set[str] = set()
    for key, grp in df.groupby(cols, sort=True, dropna=False) if cols else [((), df)]:
        key_t = key if isinstance(key, tuple) else (key,)
        label = _label(key_t, cols)
        dup = grp[grp["country"].duplicated(keep=False)]
        if not dup.empty:
            raise DataError(
                f"{sorted(set(dup['country']))[0]} appears more than once in one figure set ({label})",
                hint="filter to one product and basis, or pass edition=...",
            )
        world = grp[grp["country"] == "WLD"]
        parts = grp[grp["country"] != "WLD"]
        vals = {r["country"]: _numeric_value(r) for _, r in parts.iterrows()}
        for c, v in vals.items():
            if v is None:
                gaps.append(f"{c} ({label}): {parts.loc[parts['country'] == c, 'qualifier'].iloc[0] or 'no value'}")
        present = {c: v for c, v in vals.items() if v is not None}
        if other == "drop":
            present.pop("OTH", None)
        world_value = _numeric_value(world.iloc[0]) if not world.empty else None
        chosen = base
        if base == "auto":
            chosen = "world" if world_value else "sum"
        if chosen == "world" and not world_value:
            raise DataError(
                f"no world total (WLD) with a value in {label}",
                hint="use base='sum' to take shares of the country sum",
            )
        denom = world_value if chosen == "world" else sum(present.values())
        bases_used.add(str(chosen))
        if not denom:
            continue
        ranked = sorted((c for c in present if c not in AGGREGATES), key=lambda c: -present[c])
        rank_of = {}
        for c in ranked:  # competition ranking: ties share a rank
            rank_of[c] = 1 + sum(1 for d in ranked if present[d] > present[c])
        for _, r in parts.iterrows():
            c = r["country"]
            if c not in present:
                continue
            rec = dict(zip(cols, key_t, strict=True))
            rec.update(
                country=c,
                value=present[c],
                share=present[c] / denom,
                rank=rank_of.get(c),
                base=chosen,
                denominator=denom,
                source_id=r["source_id"],
                locator=r.get("locator"),
            )
            records.append(rec)
    out = pd.DataFrame.from_records(
        records,
        columns=[*cols, "country", "value", "share", "rank", "base", "denominator", "source_id", "locator"],
    )
    out["rank"] = out["rank"].astype("Int64")
    src = sorted({str(s) for s in df["source_id"].dropna()})
    out.attrs.update(
        indicator="shares",
        method="value / base; base = world total (WLD) or the sum of country rows",
        base=sorted(bases_used),
        other=other,
        inputs=["observations"],
        source_ids=src,
        editions=sorted({str(e) for e in df.get("edition", pd.Series(dtype=object)).dropna() if e}),
        gaps=gaps,
    )
    return out


def concentration(
    obs: pd.DataFrame,
    *,
    commodity: str | None = None,
    measure: str | None = None,
    stage: str | None = None,
    year: int | None = None,
    edition: str | None = None,
    base: Base = "auto",
    other: Other = "exclude",
    top: Sequence[int] = (1, 3, 5),
) -> pd.DataFrame:
    """HHI, top-n shares and the leader of each figure set.

    Parameters
    ----------
    obs, commodity, measure, stage, year, edition, base, other
        As for :func:`shares`.
    top
        The ``n`` of the ``top{n}_share`` columns.

    Returns
    -------
    pandas.DataFrame
        One row per figure set with ``hhi`` (0-10,000, per ``other``), ``hhi_low``,
        ``hhi_high``, ``top{n}_share``, ``leader``, ``leader_share``, ``n_countries``,
        ``coverage`` (share held by named countries), ``other_share`` (``OTH``),
        ``residual_share`` (world minus all rows, world base only), ``base``,
        ``source_ids`` (the rows' sources, ``;``-separated) and ``method``.
        ``attrs`` repeat method, base, inputs, source_ids, editions and gaps.
    """
    import pandas as pd

    sh = shares(obs, commodity=commodity, measure=measure, stage=stage, year=year,
                edition=edition, base=base, other=other)
    cols = [c for c in GROUP_KEYS if c in sh.columns]
    records: list[dict[str, object]] = []
    for key, grp in sh.groupby(cols, sort=True, dropna=False) if cols else [((), sh)]:
        key_t = key if isinstance(key, tuple) else (key,)
        named = grp[~grp["country"].isin(AGGREGATES)]
        oth = float(grp.loc[grp["country"] == "OTH", "share"].sum())
        named_shares = [min(float(s), 1.0) for s in named["share"]]
        coverage = sum(named_shares)
        residual = 1.0 - coverage - oth if grp["base"].iloc[0] == "world" else 0.0
        low = hhi(named_shares)
        lumps = [s for s in (oth, max(residual, 0.0)) if s > 0]
        high = hhi([*named_shares, *[min(s, 1.0) for s in lumps]])
        if other == "single":
            value = hhi([*named_shares, min(oth, 1.0)] if oth > 0 else named_shares)
        else:
            value = low
        rec: dict[str, object] = dict(zip(cols, key_t, strict=True))
        lead = named.sort_values("share", ascending=False).head(1)
        rec.update(
            hhi=value,
            hhi_low=low,
            hhi_high=high,
            **{f"top{n}_share": top_n_share(named_shares, n) for n in top},
            leader=lead["country"].iloc[0] if not lead.empty else None,
            leader_share=float(lead["share"].iloc[0]) if not lead.empty else None,
            n_countries=len(named),
            coverage=coverage,
            other_share=oth,
            residual_share=residual,
            base=grp["base"].iloc[0],
            other_treatment=other,
            source_ids=";".join(sorted({str(s) for s in grp["source_id"].dropna()})),
            method="HHI = 10,000 x sum(share^2) over named countries"
            + (" and OTH as one supplier" if other == "single" else ""),
        )
        records.append(rec)
    out = pd.DataFrame.from_records(records)
    out.attrs.update(sh.attrs)
    out.attrs.update(indicator="hhi", method="Herfindahl-Hirschman index, 0-10,000", unit="HHI points")
    return out
