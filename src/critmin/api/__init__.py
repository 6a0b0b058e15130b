"""The REST API and the dashboard: one FastAPI app on the embedded store.

>>> from critmin.api import create_app
>>> app = create_app()                     # doctest: +SKIP

Plug-in convention
------------------
Each area adds ONE router module and lists it in :data:`ROUTERS` as
``"module:attribute"`` (an ``APIRouter``). Modules are imported when the app is
created; a listed module that fails to import is an error (never skipped). A router
module may also define:

``PAGE = ("/path", "Nav title")`` (or ``PAGES``, a list of them)
    a dashboard page it serves (rendered with ``critmin.web.render.render_page``
    from ``critmin/web/templates/<page>.html``); it is added to the navigation.
``country_section(store, iso3) -> dict | None``
    a section of the country page: ``{"heading", "html", "sources"}`` (``html`` is
    trusted markup the module built with the template helpers), or None to skip.

API paths live under ``/api/v1/<area>``; data responses go through
``ctx.respond`` (one shape, cached), errors are :class:`~critmin.errors.CritminError`
subclasses (one shape, ``http_status``). See docs/api.md.
"""

from __future__ import annotations

import gc
import importlib
from typing import TYPE_CHECKING, Any

from critmin.api.settings import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI

    from critmin.store import Store

__all__ = ["API_PREFIX", "ROUTERS", "Settings", "create_app", "load_routers"]

API_PREFIX = "/api/v1"

# "module:attribute" of each APIRouter, in the order they are mounted.
ROUTERS: list[str] = [
    "critmin.api.routes.meta:router",
    "critmin.api.routes.data:router",
    "critmin.api.routes.indicators:router",
    "critmin.api.routes.imports:router",
    "critmin.api.routes.jobs:router",
    "critmin.api.routes.briefs:router",
    "critmin.api.routes.scenarios:router",
    "critmin.web.pages:router",
    "critmin.api.routes.sites:router",
    "critmin.api.routes.events:router",
    "critmin.api.routes.claims:router",
]


def load_routers(targets: list[str] | None = None) -> list[tuple[Any, Any]]:
    """Import each ``module:attribute``; returns (module, router) pairs.

    Raises
    ------
    ImportError, AttributeError
        When a listed router cannot be loaded: a listed router must import.
    """
    out = []
    for target in ROUTERS if targets is None else targets:
        module_name, _, attr = target.partition(":")
        module = importlib.import_module(module_name)
        out.append((module, getattr(module, attr or "router")))
    return out


def create_app(store: Store | None = None, settings: Settings | None = None,
               routers: list[str] | None = None) -> FastAPI:
    """The app. ``store`` defaults to the bundled dataset (opened on first use);
    ``settings`` to :meth:`Settings.from_env`; ``routers`` to :data:`ROUTERS`."""
    from contextlib import asynccontextmanager

    from fastapi import FastAPI

    from critmin import __version__
    from critmin.api.cache import CacheMiddleware
    from critmin.api.context import AppContext
    from critmin.api.errors import install_error_handlers
    from critmin.api.limits import LimitsMiddleware

    class App(FastAPI):
        """FastAPI with the response cache in front of everything, Starlette's own
        error middleware included: a cached read is two ASGI messages."""

        def build_middleware_stack(self) -> Any:
            return CacheMiddleware(super().build_middleware_stack(), self.state.critmin.cache)

    settings = settings or Settings.from_env()
    ctx = AppContext(store, settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        # Everything built so far (app, routes, store, gazetteers) lives as long as the process:
        # moved out of the collector's reach, a full collection under load stays short.
        gc.collect()
        gc.freeze()
        yield
        gc.unfreeze()  # let the store's objects be collected on the way out
        ctx.close()

    app = App(
        title="critmin API",
        version=__version__,
        description=(
            "Sourced critical-minerals data centred on rare earths. Every data response is "
            "`{data, meta}` with `meta.dataset_version` and `meta.sources`; every error is "
            "`{error: {code, message, hint}}`. Read-only unless the operator sets "
            "CRITMIN_API_TOKEN; writes then need `Authorization: Bearer <token>`."
        ),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.critmin = ctx
    install_error_handlers(app)
    modules = load_routers(routers)
    app.state.pages = [p for m, _ in modules for p in ([m.PAGE] if hasattr(m, "PAGE") else [])
                       + list(getattr(m, "PAGES", []))]
    app.state.country_sections = [m.country_section for m, _ in modules if hasattr(m, "country_section")]
    for _, router in modules:
        app.include_router(router)
    app.add_middleware(LimitsMiddleware, max_body_bytes=settings.max_body_bytes,
                       timeout_s=settings.request_timeout_s)
    return app
