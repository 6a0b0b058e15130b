"""Read endpoints on the dataset: commodities, countries, sources, editions,
observations (filters, edition or as-of, pagination), history and rankings.

Each is a thin call of :mod:`critmin.service` (the same functions as the CLI),
answered in the data shape and cached on the dataset version.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from critmin.api import API_PREFIX
from critmin.api.context import answer_payload, get_context
from critmin.errors import DataError, UnknownEntityError

router = APIRouter(prefix=API_PREFIX, tags=["data"])

MEASURES = (
    "mine_production", "refinery_production", "production", "reserves", "capacity", "imports",
    "exports", "apparent_consumption", "net_import_reliance", "price", "production_share",
    "employment", "stocks", "resources",
)
MEASURE_HELP = "One of: " + ", ".join(MEASURES)

Commodity = Annotated[str, Query(description="Commodity slug or common name, e.g. rare_earths or 'rare earths'",
                                 max_length=80)]
Year = Annotated[int | None, Query(ge=1800, le=2100, description="Data year (default: the newest)")]
Edition = Annotated[str | None, Query(max_length=40, description="Pin an edition, e.g. 'MCS 2025'")]
AsOf = Annotated[dt.date | None, Query(description="Use the edition current on this date (YYYY-MM-DD)")]
Country = Annotated[str | None, Query(max_length=80, description="ISO3/ISO2 code, name, alias or adjective")]
Product = Annotated[str | None, Query(max_length=80, description="Product (default: the commodity as a whole; '*' every product)")]


def _measure(measure: str) -> str:
    if measure not in MEASURES:
        err = UnknownEntityError("measure", measure, MEASURES)
        err.hint = err.hint or MEASURE_HELP
        raise err
    return measure


def _no_both(edition: str | None, as_of: dt.date | None) -> None:
    if edition and as_of:
        raise DataError("give either edition or as_of, not both",
                        hint="edition pins one edition; as_of picks the edition current on a date")


@router.get("/commodities", summary="Commodities and the names they are known by")
def commodities(request: Request) -> Response:
    from critmin import service

    ctx = get_context(request)
    return ctx.respond(request, lambda: answer_payload(ctx.run(service.commodities)))


@router.get("/commodities/{commodity}", summary="One commodity and the measures the dataset holds for it")
def commodity(request: Request, commodity: str) -> Response:
    ctx = get_context(request)

    def build() -> dict[str, Any]:
        store = ctx.store
        slug = store.resolve_commodity(commodity)
        cols, rows = store._run("SELECT * FROM commodities WHERE slug = ?", [slug], output="rows")
        rec = dict(zip(cols, rows[0], strict=True)) if rows else {"slug": slug}
        _, mrows = store._run(
            "SELECT measure, stage, count(*) AS n, min(year) AS first_year, max(year) AS last_year, "
            "list(DISTINCT edition ORDER BY edition) AS editions FROM obs_all WHERE commodity = ? "
            "GROUP BY ALL ORDER BY n DESC", [slug], output="rows")
        rec["measures"] = [dict(zip(("measure", "stage", "rows", "first_year", "last_year", "editions"), r,
                                    strict=True)) for r in mrows]
        return {"data": rec, "meta": {"sources": []}}

    return ctx.respond(request, build)


@router.get("/countries", summary="Countries with codes and aliases")
def countries(request: Request, search: Annotated[str | None, Query(max_length=80)] = None) -> Response:
    from critmin import service

    ctx = get_context(request)
    return ctx.respond(request, lambda: answer_payload(ctx.run(service.countries, search)))


@router.get("/countries/{country}", summary="One country, resolved from a code, name, alias or adjective")
def country(request: Request, country: str) -> Response:
    ctx = get_context(request)

    def build() -> dict[str, Any]:
        iso = ctx.store.resolve_country(country)
        cols, rows = ctx.store._run("SELECT * FROM countries WHERE iso3 = ?", [iso], output="rows")
        return {"data": dict(zip(cols, rows[0], strict=True)) if rows else {"iso3": iso}, "meta": {"sources": []}}

    return ctx.respond(request, build)


@router.get("/sources", summary="Every source: publisher, title, edition, table/page, URL, licence, reliability")
def sources(request: Request) -> Response:
    from critmin import service

    ctx = get_context(request)
    return ctx.respond(request, lambda: answer_payload(ctx.run(service.sources)))


@router.get("/sources/{source_id}", summary="One source")
def source(request: Request, source_id: str) -> Response:
    from critmin import service

    ctx = get_context(request)

    def build() -> dict[str, Any]:
        ans = ctx.run(service.sources, source_id)
        return {"data": ans.records()[0], "meta": {"sources": ans.records()}}

    return ctx.respond(request, build)


@router.get("/editions", summary="Editions with their publication dates, newest first")
def editions(request: Request) -> Response:
    ctx = get_context(request)

    def build() -> dict[str, Any]:
        from critmin.service import jsonable

        cols, rows = ctx.store.editions(output="rows")
        return {"data": [{c: jsonable(v) for c, v in zip(cols, r, strict=True)} for r in rows],
                "meta": {"sources": []}}

    return ctx.respond(request, build)


@router.get("/observations", summary="Observations with filters, edition or as-of, and pagination")
def observations(
    request: Request,
    commodity: Commodity,
    measure: Annotated[str, Query(description=MEASURE_HELP)] = "mine_production",
    year: Year = None,
    country: Country = None,
    stage: Annotated[str | None, Query(max_length=40)] = None,
    product: Product = None,
    edition: Edition = None,
    as_of: AsOf = None,
    all_editions: bool = False,
    limit: Annotated[int | None, Query(ge=1, description="Rows per page (default and maximum set by the operator)")] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Response:
    """Without ``edition`` each figure comes from the latest edition holding it (as of
    ``as_of`` when given). With neither ``year`` nor ``country`` the newest data year is
    returned. ``meta.pagination.next`` is the URL of the next page, or null."""
    from critmin import service

    ctx = get_context(request)
    s = ctx.settings
    if limit is not None and limit > s.max_page_size:
        raise DataError(f"limit {limit} is over the maximum page size {s.max_page_size}",
                        hint=f"use limit <= {s.max_page_size} and offset to page")
    page = limit or s.default_page_size
    _measure(measure)
    _no_both(edition, as_of)

    def build() -> dict[str, Any]:
        ans = service.observations(ctx.store, commodity, measure, year=year, country=country, stage=stage,
                                   product=product, edition=edition, as_of=as_of,
                                   all_editions=all_editions, limit=page + 1, offset=offset)
        more = len(ans.rows) > page
        ans.rows = ans.rows[:page]
        used = {r[ans.columns.index("source_id")] for r in ans.rows}
        ans.sources = [x for x in ans.sources if x["source_id"] in used]
        nxt = str(request.url.include_query_params(offset=offset + page, limit=page)) if more else None
        return answer_payload(ans, pagination={"limit": page, "offset": offset, "returned": len(ans.rows),
                                               "next": nxt})

    return ctx.respond(request, build)


@router.get("/history", summary="One figure across editions, revisions marked")
def history(
    request: Request,
    commodity: Commodity,
    country: Annotated[str, Query(max_length=80, description="ISO code or name")],
    measure: Annotated[str, Query(description=MEASURE_HELP)] = "reserves",
    year: Year = None,
    product: Product = None,
) -> Response:
    from critmin import service

    ctx = get_context(request)
    _measure(measure)
    return ctx.respond(request, lambda: answer_payload(
        service.history(ctx.store, commodity, measure, country, year=year, product=product)))


@router.get("/rankings", summary="Countries ranked by a measure inside one edition and year")
def rankings(
    request: Request,
    commodity: Commodity,
    measure: Annotated[str, Query(description=MEASURE_HELP)] = "reserves",
    year: Year = None,
    product: Product = None,
    edition: Edition = None,
    as_of: AsOf = None,
) -> Response:
    from critmin import service

    ctx = get_context(request)
    _measure(measure)
    _no_both(edition, as_of)
    return ctx.respond(request, lambda: answer_payload(
        service.rank(ctx.store, commodity, measure, year=year, product=product, edition=edition, as_of=as_of)))
