"""The EU critical-raw-materials method: supply risk (SR), economic importance (EI), criticality.

The 2017 methodology (European Commission, *Methodology for establishing the EU list
of critical raw materials — Guidelines*, 2017) as applied in the 2023 assessment
(*Study on the critical raw materials for the EU 2023 — Final report*)::

    SR = [HHI_WGI,t(GS) * IR/2 + HHI_WGI,t(EU) * (1 - IR/2)] * (1 - EoL_RIR) * SI_SR
    HHI_WGI,t = sum_c share_c^2 * WGI_c * t_c          (shares as fractions, so 0-10)
    WGI_c (scaled) = (2.5 - mean WGI estimate of c) * 2, on 0 (good) - 10 (poor)

GS = global supply (production shares), EU = EU sourcing (domestic production plus
imports by origin), IR = import reliance (fraction), EoL-RIR = end-of-life recycling
input rate (fraction), SI_SR = substitution index for supply risk, t = trade-restriction
factor (1 when none applies). Where only one of GS or EU sourcing is available the
assessment uses that one alone (the published "GS only" / "EU only" cases).
SR is computed at extraction and at processing, and the higher is kept. A material is
critical when SR >= 1 and EI >= 2.8.

Everything here is pure: shares, governance and factors come in as arguments.
:func:`eu_supply_risk` assembles them from dataset-shaped frames.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from critmin.errors import DataError

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "EI_THRESHOLD",
    "SR_THRESHOLD",
    "STAGE_OF",
    "StageInputs",
    "assess",
    "economic_importance",
    "eu_supply_risk",
    "governance_scores",
    "hhi_wgi",
    "is_critical",
    "read_eu_inputs_file",
    "scaled_wgi",
    "supply_risk",
]

SR_THRESHOLD = 1.0
EI_THRESHOLD = 2.8
WGI_DIMENSIONS = (
    "control_of_corruption", "government_effectiveness", "political_stability",
    "regulatory_quality", "rule_of_law", "voice_accountability",
)
# critmin stages -> EU assessment stages
STAGE_OF = {"mining": "extraction", "refining": "processing", "metal": "processing"}
# the production measure that describes each EU stage
MEASURE_OF = {"extraction": "mine_production", "processing": "refinery_production"}
# the (measure, critmin stage) pairs tried, in order, for each EU stage
MEASURES_FOR = {
    "extraction": (("mine_production", "mining"), ("production", "mining")),
    "processing": (("refinery_production", "refining"), ("production", "refining")),
}


def scaled_wgi(wgi: float) -> float:
    """Scale a WGI estimate to 0-10, where 10 is the poorest governance.

    The WGI runs from about -2.5 (weak governance) to +2.5 (strong); the scaled
    value is linear, 10 at -2.5 and 0 at +2.5, clipped to [0, 10].

    >>> scaled_wgi(-2.5), scaled_wgi(0.0), scaled_wgi(2.5)
    (10.0, 5.0, 0.0)
    """
    if wgi is None or (isinstance(wgi, float) and math.isnan(wgi)):
        raise ValueError("WGI value is missing")
    return min(max((2.5 - float(wgi)) * 2.0, 0.0), 10.0)


def hhi_wgi(
    shares: Mapping[str, float],
    wgi_scaled: Mapping[str, float],
    trade: Mapping[str, float] | None = None,
) -> float:
    """Governance-weighted concentration, ``sum share^2 * WGI_scaled * t`` (0-10).

    Parameters
    ----------
    shares
        Country -> share (fraction). ``OTH`` ("other countries") may be included only
        if ``wgi_scaled`` has a value for it; otherwise it raises.
    wgi_scaled
        Country -> scaled WGI (0-10).
    trade
        Country -> trade-restriction factor ``t`` (default 1).

    Raises
    ------
    DataError
        When a country with a positive share has no scaled WGI (a gap is not 0).

    Examples
    --------
    >>> hhi_wgi({"CHN": 1.0}, {"CHN": 5.0})
    5.0
    >>> round(hhi_wgi({"A": 0.5, "B": 0.5}, {"A": 4.0, "B": 6.0}, {"B": 1.1}), 4)
    2.65
    """
    total = 0.0
    missing = []
    for c, s in shares.items():
        s = float(s)
        if not 0.0 <= s <= 1.0 + 1e-9:
            raise DataError(f"share of {c} is {s}, outside [0, 1]")
        if s == 0.0:
            continue
        w = wgi_scaled.get(c)
        if w is None or (isinstance(w, float) and math.isnan(w)):
            missing.append(c)
            continue
        t = 1.0 if trade is None else float(trade.get(c, 1.0))
        total += s * s * float(w) * t
    if missing:
        raise DataError(
            f"no scaled governance score (WGI) for {', '.join(sorted(missing))}",
            hint="add the country's WGI to the governance table or pass wgi_scaled for it",
        )
    return total


def supply_risk(
    hhi_gs: float | None,
    hhi_eu: float | None,
    ir: float,
    eol_rir: float,
    si_sr: float,
) -> float:
    """Supply risk of one stage.

    Parameters
    ----------
    hhi_gs, hhi_eu
        HHI_WGI,t of global supply and of EU sourcing (0-10). When one is ``None``
        the other is used alone (the assessment's "GS only" / "EU only" cases).
    ir
        Import reliance as a fraction in [0, 1].
    eol_rir
        End-of-life recycling input rate as a fraction in [0, 1].
    si_sr
        Substitution index for supply risk, in [0, 1].

    Examples
    --------
    >>> supply_risk(4.0, 2.0, 1.0, 0.0, 1.0)   # half weight each when IR = 100 %
    3.0
    >>> supply_risk(4.0, None, 0.5, 0.5, 1.0)
    2.0
    """
    for name, v in (("ir", ir), ("eol_rir", eol_rir), ("si_sr", si_sr)):
        if v is None or not 0.0 <= float(v) <= 1.0:
            raise DataError(f"{name} = {v!r} is outside [0, 1]",
                            hint="give import reliance, EoL-RIR and SI as fractions (0.98, not 98)")
    if hhi_gs is None and hhi_eu is None:
        raise DataError("supply risk needs the concentration of global supply or of EU sourcing")
    if hhi_eu is None:
        core = float(hhi_gs)  # type: ignore[arg-type]
    elif hhi_gs is None:
        core = float(hhi_eu)
    else:
        core = float(hhi_gs) * ir / 2.0 + float(hhi_eu) * (1.0 - ir / 2.0)
    return core * (1.0 - float(eol_rir)) * float(si_sr)


def economic_importance(
    end_use_shares: Mapping[str, float],
    sector_value_added: Mapping[str, float],
    si_ei: float,
    *,
    scale_by: float | None = None,
) -> float:
    """Economic importance, ``sum_s A_s * Q_s / scale * 10 * SI_EI``.

    ``A_s`` is the share of the material's end uses in sector ``s`` (NACE Rev. 2
    2-digit), ``Q_s`` that sector's value added. The result is put on a 0-10 scale by
    dividing by ``scale_by`` (default: the largest ``Q_s`` given) and multiplying by 10.

    Examples
    --------
    >>> economic_importance({"C29": 0.5, "C27": 0.5}, {"C29": 200.0, "C27": 100.0}, 1.0)
    7.5
    """
    if not 0.0 <= si_ei <= 1.0:
        raise DataError(f"si_ei = {si_ei!r} is outside [0, 1]")
    missing = sorted(set(end_use_shares) - set(sector_value_added))
    if missing:
        raise DataError(f"no value added for sector(s) {', '.join(missing)}")
    scale = scale_by if scale_by is not None else max(sector_value_added.values())
    if scale <= 0:
        raise DataError("the scaling value added must be positive")
    total = sum(float(a) * float(sector_value_added[s]) for s, a in end_use_shares.items())
    return total / scale * 10.0 * si_ei


def is_critical(sr: float, ei: float, *, sr_threshold: float = SR_THRESHOLD,
                ei_threshold: float = EI_THRESHOLD) -> bool:
    """True when ``sr >= 1`` and ``ei >= 2.8`` (the EU thresholds)."""
    return sr >= sr_threshold and ei >= ei_threshold


def governance_scores(
    governance: pd.DataFrame,
    *,
    years: Sequence[int] | None = None,
    edition: str | None = None,
) -> pd.DataFrame:
    """Mean WGI per country and its 0-10 scaled value.

    Parameters
    ----------
    governance
        Rows shaped like ``schema/governance.csv`` (country, year, indicator, value,
        edition, source_id).
    years
        Years to average over (the mean of the six dimensions per year, then the mean
        over years). Default: each country's latest year.
    edition
        The WGI release to use (default: the latest edition per country and year).

    Returns
    -------
    pandas.DataFrame
        ``country``, ``wgi_mean``, ``wgi_scaled``, ``years``, ``n_dimensions``,
        ``edition``, ``source_ids``.
    """
    import pandas as pd

    g = governance
    if edition is not None:
        g = g[g["edition"] == edition]
    if g.empty:
        return pd.DataFrame(columns=["country", "wgi_mean", "wgi_scaled", "years",
                                     "n_dimensions", "edition", "source_ids"])
    g = g.sort_values("edition").drop_duplicates(["country", "year", "indicator"], keep="last")
    if years is not None:
        g = g[g["year"].isin(list(years))]
    else:
        latest = g.groupby("country")["year"].transform("max")
        g = g[g["year"] == latest]
    per_year = g.groupby(["country", "year"]).agg(
        wgi=("value", "mean"), n=("indicator", "nunique"),
        edition=("edition", lambda s: ";".join(sorted(set(map(str, s))))),
        source_ids=("source_id", lambda s: ";".join(sorted(set(map(str, s))))),
    ).reset_index()
    out = per_year.groupby("country").agg(
        wgi_mean=("wgi", "mean"),
        years=("year", lambda s: ";".join(str(int(y)) for y in sorted(s))),
        n_dimensions=("n", "min"),
        edition=("edition", lambda s: ";".join(sorted(set(";".join(s).split(";"))))),
        source_ids=("source_ids", lambda s: ";".join(sorted(set(";".join(s).split(";"))))),
    ).reset_index()
    out["wgi_scaled"] = out["wgi_mean"].map(scaled_wgi)
    return out[["country", "wgi_mean", "wgi_scaled", "years", "n_dimensions", "edition", "source_ids"]]


@dataclass(frozen=True)
class StageInputs:
    """Inputs of the supply risk at one stage.

    Shares are fractions; ``eu_shares`` is ``None`` when EU sourcing is not known
    (then SR uses global supply alone). ``source_ids`` name where every input came from.
    """

    stage: str
    global_shares: Mapping[str, float] | None
    ir: float
    eol_rir: float
    si_sr: float
    eu_shares: Mapping[str, float] | None = None
    trade_global: Mapping[str, float] = field(default_factory=dict)
    trade_eu: Mapping[str, float] = field(default_factory=dict)
    source_ids: tuple[str, ...] = ()


def assess(
    material: str,
    stages: Iterable[StageInputs],
    wgi: Mapping[str, float],
    *,
    ei: float | None = None,
    wgi_source_ids: Iterable[str] = (),
    ei_source_ids: Iterable[str] = (),
) -> pd.DataFrame:
    """Supply risk at each stage, the stage kept, and criticality.

    Parameters
    ----------
    material
        Name used in the result.
    stages
        One :class:`StageInputs` per stage assessed.
    wgi
        Country -> scaled WGI (0-10).
    ei
        Economic importance, when known (published or computed).
    wgi_source_ids, ei_source_ids
        Sources of the governance scores and of EI.

    Returns
    -------
    pandas.DataFrame
        One row per stage (``hhi_wgi_gs``, ``hhi_wgi_eu``, ``supply_basis``, ``ir``,
        ``eol_rir``, ``si_sr``, ``supply_risk``, ``kept``) plus ``economic_importance``
        and ``critical`` (on the kept row; NA when EI is unknown), ``method`` and
        ``source_ids``. ``attrs`` carry the same and the formula.
    """
    import pandas as pd

    rows = []
    inputs: list[dict[str, object]] = []
    all_sources: set[str] = set(wgi_source_ids) | set(ei_source_ids)
    for st in stages:
        for scope, shares_, trade_ in (("global", st.global_shares, st.trade_global), ("eu", st.eu_shares, st.trade_eu)):
            for c, s in sorted((shares_ or {}).items(), key=lambda kv: -float(kv[1])):
                w = wgi.get(c)
                t = float((trade_ or {}).get(c, 1.0))
                inputs.append({
                    "stage": st.stage, "scope": scope, "country": c, "share": float(s),
                    "wgi_scaled": None if w is None else float(w), "t": t,
                    "contribution": None if w is None else float(s) ** 2 * float(w) * t,
                })
        gs = hhi_wgi(st.global_shares, wgi, st.trade_global) if st.global_shares else None
        eu = hhi_wgi(st.eu_shares, wgi, st.trade_eu) if st.eu_shares else None
        sr = supply_risk(gs, eu, st.ir, st.eol_rir, st.si_sr)
        basis = "GS+EU" if gs is not None and eu is not None else ("GS only" if gs is not None else "EU only")
        srcs = sorted(set(st.source_ids) | set(wgi_source_ids))
        all_sources.update(srcs)
        rows.append({
            "material": material, "stage": st.stage, "hhi_wgi_gs": gs, "hhi_wgi_eu": eu, "supply_basis": basis,
            "ir": st.ir, "eol_rir": st.eol_rir, "si_sr": st.si_sr, "supply_risk": sr,
            "source_ids": ";".join(srcs),
        })
    if not rows:
        raise DataError(f"no stage inputs for {material}")
    out = pd.DataFrame(rows)
    kept = int(out["supply_risk"].idxmax())
    out["kept"] = False
    out.loc[kept, "kept"] = True
    out["economic_importance"] = float("nan")
    out["critical"] = pd.array([pd.NA] * len(out), dtype="boolean")
    if ei is not None:
        out.loc[kept, "economic_importance"] = ei
        out.loc[kept, "critical"] = is_critical(float(out.loc[kept, "supply_risk"]), ei)
    out["method"] = "EU CRM 2017 methodology (2023 assessment)"
    out.attrs.update(
        indicator="eu_supply_risk",
        method=("SR = [HHI_WGI,t(GS)*IR/2 + HHI_WGI,t(EU)*(1-IR/2)] * (1-EoL_RIR) * SI_SR; "
                "highest stage kept; critical when SR >= 1 and EI >= 2.8"),
        inputs=["global supply shares", "EU sourcing shares", "scaled WGI", "trade factors",
                "import reliance", "EoL-RIR", "SI_SR", "EI"],
        source_ids=sorted(all_sources),
        material=material,
        stage_inputs=inputs,
    )
    return out


def eu_supply_risk(
    obs: pd.DataFrame,
    eu_table: pd.DataFrame,
    governance: pd.DataFrame,
    commodity: str,
    *,
    trade: pd.DataFrame | None = None,
    year: int | None = None,
    edition: str | None = None,
    wgi_years: Sequence[int] | None = None,
    eu_shares: Mapping[str, Mapping[str, float]] | None = None,
    eu_source_ids: Iterable[str] = (),
    inputs: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """SR of a commodity from the dataset: shares from observations, the rest from the EU table.

    ``inputs`` (rows shaped like :func:`read_eu_inputs_file`'s result: ``stage``, ``scope``
    global/eu, ``country``, ``share`` and optional ``wgi_scaled`` and ``t``) replace, for the
    stages they name, the global supply shares from observations and add EU sourcing shares;
    a ``wgi_scaled`` given there replaces the governance table's value for that country, and
    a ``t`` the published trade factor. This is how a user brings the factsheets' inputs.

    Global supply shares at extraction come from ``mine_production`` and at processing
    from ``refinery_production`` observations of ``commodity`` (world-total base; the
    ``OTH`` row and any residual are left out of the HHI, which makes the result a lower
    bound, as stated in ``attrs['limits']``). Import reliance, EoL-RIR, SI_SR and EI come
    from the published 2023 table (``eu_table``, shaped like ``data/eu_crm_2023.csv``);
    governance from ``governance`` (shaped like ``schema/governance.csv``), averaged
    over ``wgi_years`` (default: each country's latest year in the table); trade factors from ``trade``.
    EU sourcing shares are not in the dataset: pass ``eu_shares`` (stage -> country ->
    share) from your own source, else each stage is computed on global supply alone.

    Returns
    -------
    pandas.DataFrame
        The :func:`assess` frame plus ``published_supply_risk`` for comparison.

    Raises
    ------
    DataError
        When the commodity is not in the EU table, or no production shares are found.
    """
    rows = eu_table[eu_table["commodity"] == commodity]
    if rows.empty:  # a material critmin does not track as a commodity (API, with user inputs)
        rows = eu_table[eu_table["material"].astype(str).str.lower() == commodity.lower()]
    if rows.empty:
        known = sorted({str(c) for c in eu_table["commodity"].dropna() if c})
        raise DataError(
            f"{commodity} has no row in the EU CRM 2023 table",
            hint="materials with published inputs: " + ", ".join(known),
        )
    material = str(rows["material"].iloc[0])
    assessed = rows[rows["stage"] == "assessed"]
    stages: list[StageInputs] = []
    published: dict[str, float] = {}
    used_sources: set[str] = set(map(str, rows["source_id"].dropna())) | set(eu_source_ids)
    supply_year = year
    products_used: dict[str, str] = {}
    published_basis: dict[str, str] = {}
    user_global, user_eu, user_wgi, user_t = _split_user_inputs(inputs)
    if inputs is not None:
        used_sources.update(map(str, inputs["source_id"].dropna()))
    for _, r in rows[rows["stage"].isin(["extraction", "processing"])].iterrows():
        stage = str(r["stage"])
        if not _present(r["import_reliance"]) or not _present(assessed["eol_rir"].iloc[0] if not assessed.empty else None):
            continue
        gshares: Mapping[str, float] | None = user_global.get(stage)
        stage_eu = user_eu.get(stage) or (eu_shares or {}).get(stage)
        if gshares is None:
            found = _obs_shares(obs, commodity, stage, year, edition, products_used)
            if found is not None:
                gshares, supply_year, srcs = found
                used_sources.update(srcs)
        if gshares is None and stage_eu is None:
            continue
        tg, te = _trade_for(trade, material, stage)
        if trade is not None:
            used_sources.update(map(str, trade[trade["material"] == material]["source_id"].dropna()))
        tg = {**tg, **user_t.get(("global", stage), {})}
        te = {**te, **user_t.get(("eu", stage), {})}
        a = assessed.iloc[0]
        stages.append(StageInputs(
            stage=stage, global_shares=gshares, eu_shares=stage_eu,
            ir=float(r["import_reliance"]), eol_rir=float(a["eol_rir"]), si_sr=float(a["si_sr"]),
            trade_global=tg, trade_eu=te, source_ids=tuple(sorted(used_sources)),
        ))
        if _present(r["supply_risk"]):
            published[stage] = float(r["supply_risk"])
        if _present(r.get("supply_basis")):
            published_basis[stage] = str(r["supply_basis"])
    if not stages:
        raise DataError(
            f"no production shares with EU inputs for {commodity}",
            hint="the dataset needs mine_production, refinery_production or production rows by "
                 "country (with a world total) for a stage the EU table assesses",
        )
    gov = governance_scores(governance, years=wgi_years)  # default: each country's latest WGI year
    wgi = dict(zip(gov["country"], gov["wgi_scaled"], strict=True))
    wgi.update(user_wgi)  # scaled WGI given with the user's inputs wins
    ei = float(assessed["economic_importance"].iloc[0]) if not assessed.empty and _present(
        assessed["economic_importance"].iloc[0]) else None
    out = assess(material, stages, wgi, ei=ei,
                 wgi_source_ids=sorted({s for ids in gov["source_ids"] for s in str(ids).split(";") if s}),
                 ei_source_ids=sorted(map(str, assessed["source_id"].dropna())))
    out.insert(1, "commodity", commodity)
    out["published_supply_risk"] = out["stage"].map(published)
    out["published_basis"] = out["stage"].map(published_basis)
    out.attrs["products"] = products_used
    out.attrs["year"] = supply_year
    out.attrs["wgi_years"] = sorted({y for ys in gov["years"] for y in str(ys).split(";") if y})
    out.attrs["limits"] = (
        "global supply from critmin observations of one year (the 2023 assessment averaged "
        "2016-2020); OTH left out of the HHI (lower bound); EU sourcing only if given"
    )
    return out


def _obs_shares(
    obs: pd.DataFrame, commodity: str, stage: str, year: int | None, edition: str | None,
    products_used: dict[str, str],
) -> tuple[dict[str, float], int, set[str]] | None:
    """Global supply shares of one EU stage from observations (world base; OTH left out)."""
    from critmin.indicators.concentration import shares as share_fn

    sub = obs.iloc[0:0]
    for measure, obs_stage in MEASURES_FOR[stage]:
        sub = obs[(obs["commodity"] == commodity) & (obs["measure"] == measure)]
        if "stage" in sub.columns and measure == "production":
            sub = sub[sub["stage"] == obs_stage]
        if "product" in sub.columns:
            whole = sub[sub["product"].isna() | (sub["product"] == "")]
            products = sorted({str(p) for p in sub["product"].dropna() if p})
            # the commodity as a whole; else its one product line (e.g. primary low-purity gallium)
            if whole.empty and len(products) == 1:
                products_used[stage] = products[0]
            else:
                sub = whole
        if edition is not None:
            sub = sub[sub["edition"] == edition]
        if year is not None:
            sub = sub[sub["year"] == year]
        if not sub.empty:
            break
    if sub.empty:
        return None
    if year is None and "published" in sub.columns:
        # a year after its edition's publication is a projection (IEA outlooks): not supply data
        import pandas as pd

        pub = pd.to_datetime(sub["published"], errors="coerce").dt.year
        reported = sub[pub.isna() | (sub["year"] <= pub)]
        sub = reported if not reported.empty else sub
    y = year if year is not None else int(sub["year"].max())
    sh = share_fn(sub[sub["year"] == y], base="auto", other="exclude")
    if sh.empty:
        return None
    shares_ = {str(c): float(v) for c, v in zip(sh["country"], sh["share"], strict=True) if c != "OTH"}
    return shares_, y, set(map(str, sh["source_id"].dropna()))


def _split_user_inputs(
    inputs: pd.DataFrame | None,
) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, float]], dict[str, float],
           dict[tuple[str, str], dict[str, float]]]:
    glob: dict[str, dict[str, float]] = {}
    eu: dict[str, dict[str, float]] = {}
    wgi: dict[str, float] = {}
    trade: dict[tuple[str, str], dict[str, float]] = {}
    if inputs is None:
        return glob, eu, wgi, trade
    for _, r in inputs.iterrows():
        stage, scope, c = str(r["stage"]), str(r["scope"]), str(r["country"])
        (glob if scope == "global" else eu).setdefault(stage, {})[c] = float(r["share"])
        if _present(r.get("wgi_scaled")):
            wgi[c] = float(r["wgi_scaled"])
        if _present(r.get("t")):
            trade.setdefault((scope, stage), {})[c] = float(r["t"])
    return glob, eu, wgi, trade


EU_INPUT_COLUMNS = ("stage", "scope", "country", "share", "wgi_scaled", "t", "source_id")


def read_eu_inputs_file(path: str | Path) -> pd.DataFrame:
    """Read a user's EU supply-risk inputs (CSV with :data:`EU_INPUT_COLUMNS`).

    ``stage`` extraction/processing, ``scope`` global/eu, ``country`` (ISO code or name),
    ``share`` as a fraction in [0, 1], optional ``wgi_scaled`` in [0, 10] and ``t``
    (trade factor, positive), and ``source_id`` (every figure needs a source).

    Raises
    ------
    DataError
        Naming the file, line and column of every bad cell; nothing is used from a bad file.
    """
    import pandas as pd

    from critmin.errors import UnknownEntityError
    from critmin.names import resolve_country

    p = Path(path)
    if not p.exists():
        raise DataError(f"EU inputs file {p} does not exist",
                        hint="columns: " + ",".join(EU_INPUT_COLUMNS))
    try:
        raw = pd.read_csv(p, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as err:
        raise DataError(f"{p.name}: not a readable UTF-8 CSV table ({err})") from err
    missing = [c for c in ("stage", "scope", "country", "share", "source_id") if c not in raw.columns]
    if missing:
        raise DataError(f"{p.name}: missing column(s) {', '.join(missing)}",
                        hint="columns: " + ",".join(EU_INPUT_COLUMNS))
    problems: list[str] = []
    out = []
    for i, r in raw.iterrows():
        where = f"{p.name} line {int(i) + 2}"
        rec: dict[str, object] = {}
        stage, scope = r["stage"].strip(), r["scope"].strip()
        if stage not in ("extraction", "processing"):
            problems.append(f"{where}, column stage: {stage!r} is not extraction or processing")
        if scope not in ("global", "eu"):
            problems.append(f"{where}, column scope: {scope!r} is not global or eu")
        try:
            rec["country"] = resolve_country(r["country"])
        except UnknownEntityError:
            problems.append(f"{where}, column country: unknown country {r['country']!r}")
        for col, lo, hi in (("share", 0.0, 1.0), ("wgi_scaled", 0.0, 10.0), ("t", 0.0, 5.0)):
            cell = str(r.get(col, "") or "").strip()
            if not cell:
                if col == "share":
                    problems.append(f"{where}, column share: is empty (a gap is not 0: leave the row out)")
                rec[col] = None
                continue
            try:
                v = float(cell)
            except ValueError:
                problems.append(f"{where}, column {col}: {cell!r} is not a number")
                continue
            if not lo <= v <= hi or (col == "t" and v == 0):
                problems.append(f"{where}, column {col}: {v:g} is outside [{lo:g}, {hi:g}]"
                                + (" (give shares as fractions: 0.98, not 98)" if col == "share" else ""))
            rec[col] = v
        if not r["source_id"].strip():
            problems.append(f"{where}, column source_id: is empty (every figure needs a source)")
        rec.update(stage=stage, scope=scope, source_id=r["source_id"].strip())
        out.append(rec)
    if problems:
        raise DataError(f"{len(problems)} problem(s) in {p.name}: {problems[0]}", errors=problems)
    frame = pd.DataFrame.from_records(out, columns=list(EU_INPUT_COLUMNS))
    totals = frame.groupby(["stage", "scope"])["share"].sum()
    over = [f"{s}/{sc}: {v:.3f}" for (s, sc), v in totals.items() if v > 1.0 + 1e-6]
    if over:
        raise DataError(f"{p.name}: shares add up to more than 1 ({'; '.join(over)})",
                        hint="shares are fractions of the stage's global supply or EU sourcing")
    return frame


def _present(v: object) -> bool:
    return v is not None and not (isinstance(v, float) and math.isnan(v)) and str(v) != ""


def _trade_for(trade: pd.DataFrame | None, material: str, stage: str) -> tuple[dict[str, float], dict[str, float]]:
    if trade is None or trade.empty:
        return {}, {}
    t = trade[(trade["material"] == material) & (trade["stage"] == stage)]
    g = {str(c): float(v) for c, v in zip(t[t["scope"] == "global"]["country"], t[t["scope"] == "global"]["t"], strict=True)}
    e = {str(c): float(v) for c, v in zip(t[t["scope"] == "eu"]["country"], t[t["scope"] == "eu"]["t"], strict=True)}
    return g, e
