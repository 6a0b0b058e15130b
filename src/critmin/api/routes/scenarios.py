"""Scenarios over the API and the scenario builder page.

``GET /api/v1/scenarios`` lists the bundled library, ``/scenarios/schema`` gives the JSON
schema of scenario files, ``/scenarios/{name}`` one file's text and parsed spec.
``POST /scenarios/run`` and ``POST /scenarios/compare`` start jobs (202 + job URL) whose
results are yearly percentiles (p5, p50, p95) per market, variable and region, with the
sources of every input. Draws are capped by ``CRITMIN_API_MAX_DRAWS`` (an operator setting).
"""

from __future__ import annotations

import difflib
import math
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from critmin.api import API_PREFIX
from critmin.api.context import get_context
from critmin.api.errors import InvalidParameterError
from critmin.api.routes.jobs import accepted
from critmin.errors import ScenarioError, UnknownEntityError

__all__ = ["PAGE", "InvalidParameterError", "result_payload", "router"]

router = APIRouter(tags=["scenarios"])
PAGE = ("/scenarios", "Scenarios")

# outputs a result carries (the engine has more: consumption, stocks, self-sufficiency ...)
RESULT_VARIABLES = ("price_index", "production", "shortfall", "exports", "bloc_share", "hhi")
STATS = ("p5", "p50", "p95")
MAX_TEXT = 200_000  # characters of scenario text; a library file is about 5,000


class ScenarioInput(BaseModel):
    """One scenario: a library ``name`` or the ``text`` of a scenario file (not both)."""

    name: str | None = Field(None, max_length=120, description="A bundled scenario (see GET /api/v1/scenarios)")
    text: str | None = Field(None, max_length=MAX_TEXT, description="Scenario file text (TOML or YAML)")
    format: Literal["toml", "yaml"] = Field("toml", description="Format of `text`")


class RunRequest(ScenarioInput):
    draws: int = Field(500, ge=0, description="Monte Carlo draws (0 = central case); at most CRITMIN_API_MAX_DRAWS")
    seed: int = Field(0, ge=0, le=2**32 - 1)
    years: int | None = Field(None, ge=1, le=50, description="Simulated years (default: the scenario's own)")


class CompareRequest(BaseModel):
    a: ScenarioInput
    b: ScenarioInput
    draws: int = Field(300, ge=0)
    seed: int = Field(0, ge=0, le=2**32 - 1)
    years: int | None = Field(None, ge=1, le=50)


# -- helpers ------------------------------------------------------------------------------
def _library_text(name: str) -> str:
    from critmin.scenarios.runner import library

    lib = library()
    if name not in lib:
        raise UnknownEntityError("scenario", name, sorted(lib),
                                 hint=None if difflib.get_close_matches(name, list(lib), cutoff=0.6)
                                 else "bundled scenarios: " + ", ".join(sorted(lib)))
    return lib[name].read_text(encoding="utf-8")


def _scenario(inp: ScenarioInput, label: str = "text") -> Any:
    """The parsed scenario of a request: bad text raises ScenarioError listing each problem."""
    from critmin.scenarios.runner import library, load
    from critmin.scenarios.spec import loads_scenario

    if (inp.name is None) == (inp.text is None):
        raise InvalidParameterError(f"{label}: give either a scenario name or scenario text, not both or neither",
                                    hint="names: " + ", ".join(sorted(library())))
    if inp.name is not None:
        _library_text(inp.name)  # 404 with close names when unknown
        return load(inp.name)
    return loads_scenario(inp.text or "", inp.format, file=f"<{label}>")


def _check_draws(request: Request, draws: int) -> None:
    cap = get_context(request).settings.max_scenario_draws
    if draws > cap:
        raise InvalidParameterError(
            f"draws={draws} is above this server's limit of {cap} per scenario",
            hint=f"ask for at most {cap} draws, or run `critmin scenario run --draws {draws}` locally "
                 "(the operator sets the limit with CRITMIN_API_MAX_DRAWS)")


def _with_years(sc: Any, years: int | None) -> Any:
    return sc if years is None else sc.model_copy(update={"years": years})


def _num(v: Any) -> float | None:
    f = float(v)
    return None if math.isnan(f) or math.isinf(f) else f


def _run(sc: Any, draws: int, seed: int, progress: Any, lo: float = 0.0, hi: float = 1.0) -> Any:
    """Run with progress reported between ``lo`` and ``hi`` as chunks finish."""
    from critmin.scenarios.runner import run_scenario

    done = [0]
    chunk = max(50, math.ceil(draws / 10)) if draws else 1

    def on_chunk(out: Any) -> None:
        done[0] += out.draws
        progress(lo + (hi - lo) * 0.95 * done[0] / max(draws, 1), f"{sc.name}: {done[0]} of {draws} draws")

    progress(lo, f"{sc.name}: building the baseline")
    return run_scenario(sc, draws=draws, seed=seed, chunk_size=chunk, on_chunk=on_chunk)


def _sources(res: Any) -> list[dict[str, Any]]:
    from critmin.service import jsonable

    return [{k: jsonable(v) for k, v in r.items() if v == v and v is not None}
            for r in res.sources.to_dict("records")]


def _unit(res: Any, market: str, variable: str) -> str:
    if variable == "price_index":
        return "index (reference price = 1)"
    if variable == "bloc_share":
        return "share (0-1)"
    if variable == "hhi":
        return "HHI (0-10,000)"
    m = res.baseline.markets.get(market)
    return str(m.unit) if m is not None else ""


def result_payload(res: Any) -> dict[str, Any]:
    """A run's result: per market, variable and region, the yearly p5/p50/p95."""
    s = res.summary
    s = s[s.variable.isin(RESULT_VARIABLES)]
    order = {m: i for i, m in enumerate(res.baseline.order)}
    series = []
    for (mk, var, reg), g in s.groupby(["market", "variable", "region"], sort=False):
        g = g.sort_values("year")
        series.append({"market": mk, "variable": var, "region": reg, "unit": _unit(res, mk, var),
                       "years": [int(y) for y in g.year],
                       **{st: [_num(v) for v in g[st]] for st in STATS}})
    series.sort(key=lambda d: (order.get(d["market"], 99), RESULT_VARIABLES.index(d["variable"]), d["region"]))
    sc = res.scenario
    return {
        "scenario": {"name": sc.name, "title": sc.title, "description": sc.description.strip(),
                     "restricting_country": sc.restricting_country, "commodities": sc.commodities},
        "draws": res.draws, "seed": res.seed, "years": [int(y) for y in res.outputs.years],
        "markets": [{"market": m, "unit": str(res.baseline.markets[m].unit)} for m in res.baseline.order],
        "uncertain_inputs": len(res.inputs),
        "series": series,
    }


def _describe(name: str) -> dict[str, Any]:
    from critmin.scenarios.runner import load

    sc = load(name)
    return {"name": name, "title": sc.title, "description": sc.description.strip(),
            "commodities": sc.commodities, "restricting_country": sc.restricting_country,
            "reference_year": sc.reference_year, "start_year": sc.start_year, "years": sc.years,
            "policies": [{"kind": p.kind, **({"product": p.product} if getattr(p, "product", None) else {})}
                         for p in sc.policies]}


# -- endpoints ------------------------------------------------------------------------------
@router.get(f"{API_PREFIX}/scenarios", summary="The bundled scenario library")
def list_scenarios(request: Request) -> Response:
    from critmin.scenarios.runner import library

    def build() -> dict[str, Any]:
        lib = library()
        return {"data": [_describe(n) for n in sorted(lib)],
                "meta": {"sources": [], "count": len(lib), "max_draws": get_context(request).settings.max_scenario_draws}}

    return get_context(request).respond(request, build)


@router.get(f"{API_PREFIX}/scenarios/schema", summary="JSON schema of scenario files")
def schema(request: Request) -> Response:
    from critmin.scenarios.spec import scenario_schema

    return get_context(request).respond(request, lambda: {"data": scenario_schema(), "meta": {"sources": []}})


@router.get(f"{API_PREFIX}/scenarios/{{name}}", summary="One bundled scenario: its TOML text and parsed spec")
def get_scenario(request: Request, name: str) -> Response:
    from critmin.scenarios.runner import load

    text = _library_text(name)

    def build() -> dict[str, Any]:
        sc = load(name)
        return {"data": {"name": name, "text": text, "format": "toml", "spec": sc.model_dump(mode="json")},
                "meta": {"sources": []}}

    return get_context(request).respond(request, build)


@router.post(f"{API_PREFIX}/scenarios/validate",
             summary="Check a scenario without running it: 200 with each problem (file/line/field/expected)")
def validate(request: Request, body: ScenarioInput) -> Response:
    from critmin.api.context import json_bytes

    try:
        sc = _scenario(body)
    except ScenarioError as err:
        data: dict[str, Any] = {"valid": False, "message": err.message, "hint": err.hint,
                                "errors": err.errors or [err.message]}
    else:
        data = {"valid": True, "name": sc.name, "title": sc.title, "years": sc.years,
                "policies": len(sc.policies), "errors": []}
    ctx = get_context(request)
    return Response(json_bytes({"data": data, "meta": {"dataset_version": ctx.dataset_version, "sources": []}}),
                    media_type="application/json")


@router.post(f"{API_PREFIX}/scenarios/run", status_code=202,
             summary="Run a scenario as a job (poll the job, then read its result)")
def run(request: Request, body: RunRequest) -> Response:
    _check_draws(request, body.draws)
    sc = _with_years(_scenario(body), body.years)  # bad text: 422 now, not a failed job

    def work(progress: Any) -> dict[str, Any]:
        res = _run(sc, body.draws, body.seed, progress)
        progress(0.98, "summarising")
        return {"data": result_payload(res), "meta": {"sources": _sources(res)}}

    job = get_context(request).jobs.submit("scenario", work)
    return accepted(request, job)


@router.post(f"{API_PREFIX}/scenarios/compare", status_code=202,
             summary="Run two scenarios with the same draws and seed as one job; medians B minus A")
def compare(request: Request, body: CompareRequest) -> Response:
    _check_draws(request, body.draws)
    sa = _with_years(_scenario(body.a, "a"), body.years)
    sb = _with_years(_scenario(body.b, "b"), body.years)

    def work(progress: Any) -> dict[str, Any]:
        ra = _run(sa, body.draws, body.seed, progress, 0.0, 0.5)
        rb = _run(sb, body.draws, body.seed, progress, 0.5, 1.0)
        progress(0.98, "comparing")
        pa, pb = result_payload(ra), result_payload(rb)
        ib = {(d["market"], d["variable"], d["region"]): d for d in pb["series"]}
        diffs = []
        for d in pa["series"]:
            e = ib.get((d["market"], d["variable"], d["region"]))
            if e is None:
                continue
            yb = dict(zip(e["years"], e["p50"], strict=True))
            for y, va in zip(d["years"], d["p50"], strict=True):
                if y in yb:
                    vb = yb[y]
                    diffs.append({"market": d["market"], "variable": d["variable"], "region": d["region"],
                                  "year": y, "p50_a": va, "p50_b": vb,
                                  "p50_diff": None if va is None or vb is None else vb - va})
        sources: dict[str, dict[str, Any]] = {}
        for src in _sources(ra) + _sources(rb):
            sources.setdefault(str(src.get("source_id")), src)
        return {"data": {"a": pa, "b": pb, "differences": diffs}, "meta": {"sources": list(sources.values())}}

    job = get_context(request).jobs.submit("scenario", work)
    return accepted(request, job)


# -- page -------------------------------------------------------------------------------------
@router.get("/scenarios", include_in_schema=False)
def scenarios_page(request: Request) -> Response:
    from critmin.scenarios.runner import library
    from critmin.web.render import render_page

    lib = library()
    first = "china-2025-controls" if "china-2025-controls" in lib else sorted(lib)[0]
    items = [_describe(n) for n in sorted(lib)]
    return render_page(request, "scenarios.html", title="Scenarios", scenarios=items, selected=first,
                       text=_library_text(first), max_draws=get_context(request).settings.max_scenario_draws)
