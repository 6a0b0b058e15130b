"""Rendering dashboard pages: one Jinja2 environment on ``critmin/web/templates``.

``render_page(request, "overview.html", **context)`` fills ``base.html``'s frame
(navigation from the loaded router modules' ``PAGE``, footer with the dataset version).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2
    from starlette.requests import Request
    from starlette.responses import HTMLResponse

__all__ = ["TEMPLATES", "chart_json", "render_error", "render_page"]

TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def env() -> jinja2.Environment:
    import jinja2

    from critmin.web.svg import fmt_value

    e = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                           autoescape=jinja2.select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    e.filters["fmt"] = lambda v, unit="": fmt_value(v, unit)
    e.filters["pct"] = lambda v: "gap" if v is None else f"{v:.0%}"
    e.filters["num"] = lambda v: "" if v is None else (f"{v:,.0f}" if isinstance(v, (int, float)) and abs(v) >= 100
                                                     else f"{v:,.3g}" if isinstance(v, float) else str(v))
    return e


def chart_json(data: list[dict[str, Any]], layout: dict[str, Any]) -> str:
    """A Plotly figure as JSON safe to embed in ``<script type="application/json">``."""
    from critmin.api.context import json_bytes

    return json_bytes({"data": data, "layout": layout}).decode().replace("</", "<\\/")


def _base_context(request: Request) -> dict[str, Any]:
    ctx = request.app.state.critmin
    try:
        version = ctx.dataset_version
    except Exception:  # the error page must render even when the store cannot open
        version = "unknown"
    return {"request": request, "nav": request.app.state.pages, "dataset_version": version,
            "path": request.url.path}


def render_page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    from starlette.responses import HTMLResponse

    html = env().get_template(template).render(**_base_context(request), **context)
    return HTMLResponse(html, status_code=status_code)


def render_error(request: Request, status: int, message: str, hint: str | None) -> HTMLResponse:
    return render_page(request, "error.html", status_code=status, status=status, message=message, hint=hint,
                       title=f"Error {status}")


def dumps(v: Any) -> str:
    return json.dumps(v)
