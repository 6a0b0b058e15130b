"""Briefings over the API: ``POST /api/v1/briefs`` starts a job rendering a brief
(HTML or Markdown); its result is the document itself."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from critmin.api import API_PREFIX
from critmin.api.context import get_context
from critmin.api.routes.jobs import accepted

router = APIRouter(prefix=API_PREFIX, tags=["briefs"])


class BriefRequest(BaseModel):
    commodity: str = Field("rare_earths", max_length=80)
    country: str | None = Field(None, max_length=80, description="Also describe this country's position")
    format: Literal["html", "md"] = "html"


@router.post("/briefs", status_code=202, summary="Render a brief as a job (poll the job, then read its result)")
def create_brief(request: Request, body: BriefRequest) -> Response:
    from critmin.briefing import render_brief

    ctx = get_context(request)
    # resolve names now so a typo is a 404 at once, not a failed job
    with ctx.lock:
        ctx.store.resolve_commodity(body.commodity)
        if body.country:
            ctx.store.resolve_country(body.country)

    def work(progress: Any) -> Response:
        progress(0.1, "reading the store")
        with ctx.lock:
            text = render_brief(ctx.store, body.commodity, body.country, body.format)
        progress(1.0, "done")
        media = "text/html; charset=utf-8" if body.format == "html" else "text/markdown; charset=utf-8"
        return Response(text.encode(), media_type=media)

    job = ctx.jobs.submit("brief", work)
    return accepted(request, job)
