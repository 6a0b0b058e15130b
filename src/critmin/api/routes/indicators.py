"""Indicator endpoints: the :data:`critmin.indicators.INDICATORS` registry and
each indicator computed on the store (:mod:`critmin.exposure`)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from critmin.api import API_PREFIX
from critmin.api.context import answer_payload, get_context
from critmin.api.routes.data import MEASURE_HELP, _measure, _no_both

router = APIRouter(prefix=f"{API_PREFIX}/indicators", tags=["indicators"])


@router.get("", summary="The indicators: name, unit, methods page, description, parameters")
def list_indicators(request: Request) -> Response:
    from critmin.exposure import PARAMETERS
    from critmin.indicators import INDICATORS

    ctx = get_context(request)

    def build() -> dict[str, Any]:
        reg = {i.name: i for i in INDICATORS}
        data = []
        for name, (_, params) in PARAMETERS.items():
            ind = reg.get(name)
            data.append({"name": name, "unit": ind.unit if ind else "fraction",
                         "method_doc": ind.method_doc if ind else "docs/methods/shares.md",
                         "description": ind.description if ind else
                         "A country's share at each supply-chain stage (published, else computed at mining).",
                         "parameters": list(params), "url": f"{API_PREFIX}/indicators/{name}"})
        return {"data": data, "meta": {"sources": []}}

    return ctx.respond(request, build)


@router.get("/{name}", summary="One indicator computed on the dataset, with its method and sources")
def get_indicator(
    request: Request,
    name: str,
    commodity: Annotated[str, Query(max_length=80, description="Commodity slug or name")],
    measure: Annotated[str | None, Query(description=MEASURE_HELP)] = None,
    year: Annotated[int | None, Query(ge=1800, le=2100)] = None,
    edition: Annotated[str | None, Query(max_length=40)] = None,
    as_of: Annotated[dt.date | None, Query()] = None,
    country: Annotated[str | None, Query(max_length=80, description="Buyer or holder (ISO code or name)")] = None,
    grouping: Annotated[str | None, Query(max_length=40, description="Bloc grouping (default: 'default')")] = None,
) -> Response:
    """Parameters an indicator does not take are refused (422) naming the ones it takes."""
    from critmin.exposure import indicator

    ctx = get_context(request)
    if measure is not None:
        _measure(measure)
    _no_both(edition, as_of)
    params = {"measure": measure, "year": year, "edition": edition, "as_of": as_of, "country": country,
              "grouping": grouping}
    return ctx.respond(request, lambda: answer_payload(
        indicator(ctx.store, name, commodity=commodity, **params), indicator=name))
