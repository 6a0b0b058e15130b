"""Health, dataset information and the API docs pages (Swagger UI and ReDoc, served locally).

The docs assets come from the ``fastapi-offline`` package (Swagger UI and ReDoc
bundles); nothing is fetched from a CDN.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response

from critmin.api import API_PREFIX
from critmin.api.context import get_context

router = APIRouter()


def _docs_assets() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


DOCS_ASSETS = {"swagger-ui-bundle.js", "swagger-ui.css", "redoc.standalone.js", "favicon.png"}


@router.get("/healthz", tags=["meta"], summary="Liveness check (constant, no store access)")
def healthz() -> Response:
    return Response(b'{"status":"ok"}', media_type="application/json")


@router.get(f"{API_PREFIX}/info", tags=["meta"], summary="Dataset version, row counts, store path")
def info(request: Request) -> Response:
    ctx = get_context(request)

    def build() -> dict[str, object]:
        data = ctx.store.info()
        data.pop("store_path", None)  # the server's file layout is nobody's business
        data.pop("user_layer", None)
        data["read_only"] = ctx.settings.token is None
        return {"data": data, "meta": {"sources": []}}

    return ctx.respond(request, build)


@router.get(API_PREFIX, tags=["meta"], summary="Index of the API's endpoints")
def index(request: Request) -> JSONResponse:
    spec = request.app.openapi()
    routes = sorted((path, op.get("summary", ""), method.upper()) for path, ops in spec["paths"].items()
                    for method, op in ops.items() if path.startswith(API_PREFIX))
    return JSONResponse({"data": [{"path": p, "method": m, "summary": s} for p, s, m in routes],
                         "meta": {"dataset_version": get_context(request).dataset_version, "sources": [],
                                  "docs": "/docs", "openapi": "/openapi.json"}})


@router.get("/docs", include_in_schema=False)
def swagger_ui(request: Request) -> HTMLResponse:
    from fastapi.openapi.docs import get_swagger_ui_html

    return get_swagger_ui_html(
        openapi_url="/openapi.json", title="critmin API",
        swagger_js_url="/docs-assets/swagger-ui-bundle.js", swagger_css_url="/docs-assets/swagger-ui.css",
        swagger_favicon_url="/docs-assets/favicon.png",
        swagger_ui_parameters={"validatorUrl": None},
    )


@router.get("/redoc", include_in_schema=False)
def redoc(request: Request) -> HTMLResponse:
    from fastapi.openapi.docs import get_redoc_html

    return get_redoc_html(openapi_url="/openapi.json", title="critmin API",
                          redoc_js_url="/docs-assets/redoc.standalone.js",
                          redoc_favicon_url="/docs-assets/favicon.png", with_google_fonts=False)


@router.get("/docs-assets/{name}", include_in_schema=False)
def docs_asset(name: str) -> FileResponse:
    from critmin.errors import UnknownEntityError

    if name not in DOCS_ASSETS:
        raise UnknownEntityError("docs asset", name, sorted(DOCS_ASSETS))
    return FileResponse(_docs_assets() / name, headers={"Cache-Control": "public, max-age=86400"})
