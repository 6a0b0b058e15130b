"""Bloc groupings of countries, bloc shares of supply and a buyer's dependence on each bloc.

A *grouping* is a set of disjoint *blocs* (lists of ISO3 codes). The bundled table
``data/blocs.csv`` holds the built-in grouping ``default``: China, Russia, and the
United States with its partners in the Minerals Security Partnership (each member with
the date it joined, sourced). Everything outside the blocs is ``rest``; the ``OTH``
row and any unexplained residual of a world total are ``unattributed`` — never
assigned to a bloc.

Users bring their own groupings as a CSV file (``bloc,country`` and optionally
``grouping``, ``bloc_name``, ``joined``, ``left``, ``source_id``), read with
:func:`read_bloc_file`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from critmin.errors import DataError, UnknownEntityError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "REST",
    "UNATTRIBUTED",
    "Grouping",
    "bloc_shares",
    "dependence",
    "grouping_from_frame",
    "read_bloc_file",
]

REST = "rest"
UNATTRIBUTED = "unattributed"


@dataclass(frozen=True)
class Grouping:
    """Disjoint blocs of countries.

    Attributes
    ----------
    name
        The grouping's name (``default`` for the built-in one).
    members
        bloc -> ISO3 codes.
    names
        bloc -> display name.
    source_ids
        bloc -> the sources of its membership rows.
    as_of
        The date membership was evaluated at (``None``: every listed member).
    """

    name: str
    members: dict[str, frozenset[str]]
    names: dict[str, str] = field(default_factory=dict)
    source_ids: dict[str, tuple[str, ...]] = field(default_factory=dict)
    as_of: str | None = None

    def bloc_of(self, iso3: str) -> str:
        """The bloc a country belongs to, or ``rest``; ``unattributed`` for OTH/WLD."""
        if iso3 in ("OTH", "WLD"):
            return UNATTRIBUTED
        for bloc, codes in self.members.items():
            if iso3 in codes:
                return bloc
        return REST

    @property
    def all_source_ids(self) -> list[str]:
        return sorted({s for ids in self.source_ids.values() for s in ids})


def _date(text: object) -> str | None:
    s = "" if text is None else str(text).strip()
    if not s or s.lower() == "nan":
        return None
    return s


def _active(joined: str | None, left: str | None, as_of: str | None) -> bool:
    if as_of is None:
        return left is None
    # partial dates (YYYY or YYYY-MM) compare by their first day / last day
    if joined is not None and joined[: len(as_of)] > as_of[: len(joined)]:
        return False
    return not (left is not None and left[: len(as_of)] <= as_of[: len(left)])


def grouping_from_frame(
    frame: pd.DataFrame, grouping: str = "default", *, as_of: str | dt.date | None = None
) -> Grouping:
    """Build a :class:`Grouping` from rows shaped like ``data/blocs.csv``.

    Parameters
    ----------
    frame
        Rows with ``bloc`` and ``country``; optional ``grouping``, ``bloc_name``,
        ``joined``, ``left``, ``source_id``.
    grouping
        Which grouping to take when the frame holds several.
    as_of
        Keep only members that had joined (and not left) by this date.

    Raises
    ------
    UnknownEntityError
        When the grouping is not in the frame.
    DataError
        When a country sits in two blocs of the grouping.
    """
    as_of_s = as_of.isoformat() if isinstance(as_of, dt.date) else as_of
    df = frame
    if "grouping" in df.columns:
        known = sorted({str(g) for g in df["grouping"].dropna()})
        df = df[df["grouping"] == grouping]
        if df.empty:
            raise UnknownEntityError("bloc grouping", grouping, known,
                                     hint=f"known groupings: {', '.join(known)}")
    members: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    sources: dict[str, set[str]] = {}
    seen: dict[str, str] = {}
    for _, r in df.iterrows():
        bloc = str(r["bloc"]).strip()
        iso = str(r["country"]).strip()
        names.setdefault(bloc, str(r.get("bloc_name") or bloc))
        members.setdefault(bloc, set())
        if not _active(_date(r.get("joined")), _date(r.get("left")), as_of_s):
            continue
        if iso in seen and seen[iso] != bloc:
            raise DataError(
                f"{iso} is in two blocs ({seen[iso]} and {bloc}) of grouping {grouping!r}",
                hint="each country may belong to one bloc per grouping",
            )
        seen[iso] = bloc
        members[bloc].add(iso)
        sid = r.get("source_id")
        if sid is not None and str(sid).strip() and str(sid) != "nan":
            sources.setdefault(bloc, set()).add(str(sid))
    return Grouping(
        name=grouping,
        members={b: frozenset(m) for b, m in members.items()},
        names=names,
        source_ids={b: tuple(sorted(s)) for b, s in sources.items()},
        as_of=as_of_s,
    )


def read_bloc_file(path: str | Path) -> pd.DataFrame:
    """Read a user's bloc file (CSV: ``bloc,country`` and optional columns).

    Countries may be ISO codes or names (resolved with :func:`critmin.names.resolve_country`).

    Raises
    ------
    DataError
        Naming the file, line and column of every bad row.
    """
    import pandas as pd

    from critmin.names import resolve_country

    p = Path(path)
    if not p.exists():
        raise DataError(f"bloc file {p} does not exist", hint="give a CSV with columns bloc,country")
    try:
        raw = pd.read_csv(p, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise DataError(f"{p.name}: not a readable UTF-8 CSV table ({err})") from err
    missing = [c for c in ("bloc", "country") if c not in raw.columns]
    if missing:
        raise DataError(
            f"{p.name}: missing column(s) {', '.join(missing)}",
            hint="a bloc file needs the columns bloc,country (optional: grouping, bloc_name, joined, left, source_id)",
        )
    problems = []
    codes = []
    for i, r in raw.iterrows():
        line = int(i) + 2
        if not r["bloc"].strip():
            problems.append(f"{p.name} line {line}, column bloc: is empty")
        try:
            codes.append(resolve_country(r["country"]))
        except UnknownEntityError as err:
            hint = f" ({err.hint})" if err.hint else ""
            problems.append(f"{p.name} line {line}, column country: unknown country {r['country']!r}{hint}")
            codes.append("")
    if problems:
        raise DataError(f"{len(problems)} problem(s) in {p.name}: {problems[0]}", errors=problems)
    out = raw.copy()
    out["country"] = codes
    if "grouping" not in out.columns:
        out["grouping"] = p.stem
    if "source_id" not in out.columns:
        out["source_id"] = f"user:{p.name}"
    return out


def _bloc_cells(sel: pd.DataFrame, grouping: Grouping, bloc: str) -> tuple[str, str]:
    """A bloc's countries (largest share first) and the ids of its figures' and membership's
    sources, each ``;``-separated."""
    members = ";".join(sel.sort_values("share", ascending=False)["country"])
    sources = ";".join(sorted({*map(str, sel["source_id"].dropna()), *grouping.source_ids.get(bloc, ())}))
    return members, sources


def bloc_shares(share_frame: pd.DataFrame, grouping: Grouping) -> pd.DataFrame:
    """Sum country shares into blocs.

    Parameters
    ----------
    share_frame
        The result of :func:`critmin.indicators.concentration.shares` (one or more
        figure sets).
    grouping
        The blocs.

    Returns
    -------
    pandas.DataFrame
        Per figure set and bloc (every bloc of the grouping, then ``rest`` and
        ``unattributed``): ``share``, ``countries`` (``;``-separated), ``base`` and
        ``source_ids``. ``unattributed`` holds the ``OTH`` row and, on a world base,
        the residual between the world total and the rows. ``attrs`` name method,
        grouping, membership sources and input sources.
    """
    import pandas as pd

    from critmin.indicators.concentration import GROUP_KEYS

    cols = [c for c in GROUP_KEYS if c in share_frame.columns]
    order = [*grouping.members, REST, UNATTRIBUTED]
    records = []
    groups = share_frame.groupby(cols, sort=True, dropna=False) if cols else [((), share_frame)]
    for key, grp in groups:
        key_t = key if isinstance(key, tuple) else (key,)
        blocs = grp["country"].map(grouping.bloc_of)
        total_rows = float(grp["share"].sum())
        is_world = (grp["base"] == "world").all()
        residual = max(1.0 - total_rows, 0.0) if is_world else 0.0
        for bloc in order:
            sel = grp[blocs == bloc]
            share = float(sel["share"].sum())
            if bloc == UNATTRIBUTED:
                share += residual
            members, sources = _bloc_cells(sel, grouping, bloc)
            rec = dict(zip(cols, key_t, strict=True))
            rec.update(
                grouping=grouping.name,
                bloc=bloc,
                bloc_name=grouping.names.get(bloc, bloc),
                share=share,
                countries=members,
                base=grp["base"].iloc[0],
                source_ids=sources,
            )
            records.append(rec)
    out = pd.DataFrame.from_records(records)
    out.attrs.update(share_frame.attrs)
    out.attrs.update(
        indicator="bloc_share",
        method="sum of country shares per bloc; OTH and the world residual stay unattributed",
        grouping=grouping.name,
        as_of=grouping.as_of,
        inputs=["observations", "blocs"],
        source_ids=sorted({*share_frame.attrs.get("source_ids", []), *grouping.all_source_ids}),
    )
    return out


def dependence(
    import_sources: pd.DataFrame,
    buyer: str,
    commodity: str,
    grouping: Grouping,
    *,
    product: str | None = None,
    edition: str | None = None,
) -> pd.DataFrame:
    """A buyer's dependence on each bloc: the blocs' shares of its imports.

    Parameters
    ----------
    import_sources
        Rows shaped like ``data/import_sources.csv``: ``buyer``, ``commodity``,
        ``product``, ``partner``, ``period``, ``share`` (fraction of the buyer's
        imports), ``edition``, ``source_id``.
    buyer, commodity
        ISO3 code of the importing country and commodity slug.
    grouping
        The blocs.
    product, edition
        Optional filters. Without ``edition`` every edition is returned (one set each).

    Returns
    -------
    pandas.DataFrame
        Per (product, period, edition) and bloc: ``share`` of imports, ``partners``,
        ``source_ids``. Partner ``OTH`` ("other") is ``unattributed``.

    Raises
    ------
    DataError
        When no import-source rows match.
    """
    import pandas as pd

    df = import_sources[(import_sources["buyer"] == buyer) & (import_sources["commodity"] == commodity)]
    if product is not None:
        df = df[df["product"] == product]
    if edition is not None:
        df = df[df["edition"] == edition]
    if df.empty:
        have = sorted({f"{b}/{c}" for b, c in zip(import_sources["buyer"], import_sources["commodity"], strict=True)})
        raise DataError(
            f"no import sources for buyer {buyer} and commodity {commodity}"
            + (f" in edition {edition}" if edition else ""),
            hint="available buyer/commodity pairs: " + (", ".join(have) or "none")
            + "; or pass your own file with --sources FILE",
        )
    frame = df.rename(columns={"partner": "country"}).copy()
    frame["base"] = "sum"
    frame["product"] = frame["product"].fillna("")
    records = []
    for (prod, period, ed), grp in frame.groupby(["product", "period", "edition"], sort=True):
        blocs = grp["country"].map(grouping.bloc_of)
        for bloc in [*grouping.members, REST, UNATTRIBUTED]:
            sel = grp[blocs == bloc]
            members, sources = _bloc_cells(sel, grouping, bloc)
            records.append(
                {
                    "buyer": buyer, "commodity": commodity, "product": prod, "period": period, "edition": ed,
                    "grouping": grouping.name, "bloc": bloc, "bloc_name": grouping.names.get(bloc, bloc),
                    "share": float(sel["share"].sum()), "partners": members, "source_ids": sources,
                }
            )
    out = pd.DataFrame.from_records(records)
    out.attrs.update(
        indicator="bloc_dependence",
        method="share of the buyer's imports coming from each bloc (import sources as published)",
        grouping=grouping.name,
        as_of=grouping.as_of,
        inputs=["import_sources", "blocs"],
        source_ids=sorted({*map(str, df["source_id"].dropna()), *grouping.all_source_ids}),
        editions=sorted({str(e) for e in df["edition"].dropna()}),
    )
    return out
