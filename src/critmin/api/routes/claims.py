"""The claim checker over the API and its dashboard page.

``POST /api/v1/check`` takes ``{"text", "date"}`` (the article and its date of
publication, ``YYYY-MM-DD``, default today) and answers ``{data, meta}`` where ``data``
follows ``critmin/claims/schema.json`` (with the cleaned ``text`` the spans point into)
and ``meta.sources`` holds the full records of every source cited as evidence. The
checker's tables are loaded once per app (:func:`checker`); each check is then pure
Python. ``/check`` is the page: paste an article, see each claim highlighted by verdict.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from critmin.api import API_PREFIX
from critmin.api.context import get_context
from critmin.api.errors import InvalidParameterError

if TYPE_CHECKING:
    from critmin.claims import Checker

__all__ = ["PAGE", "CheckRequest", "checker", "router"]

router = APIRouter(tags=["claims"])
PAGE = ("/check", "Claim checker")


class CheckRequest(BaseModel):
    """An article to check."""

    text: str = Field(..., description="The article (plain text or HTML), at most 2 MB",
                      examples=["China mined 270,000 tonnes of rare earths in 2024, according to the USGS."])
    date: str | None = Field(None, description="Date of publication, YYYY-MM-DD (default: today)",
                             examples=["2025-06-01"])


def checker(request: Request) -> Checker:
    """The app's checker, built from its store on first use and reused afterwards."""
    state = request.app.state
    chk = getattr(state, "claim_checker", None)
    if chk is None:
        ctx = get_context(request)
        with ctx.lock:
            chk = getattr(state, "claim_checker", None)
            if chk is None:
                from critmin.claims import Checker

                chk = Checker.from_store(ctx.store)
                state.claim_checker = chk
    return chk


def _date(value: str | None) -> str:
    if value is None or not value.strip():
        return dt.date.today().isoformat()
    v = value.strip()
    try:
        if len(v) != 10:
            raise ValueError
        return dt.date.fromisoformat(v).isoformat()
    except ValueError:
        raise InvalidParameterError(f"date: {value[:40]!r} is not a date; expected YYYY-MM-DD (e.g. 2025-06-01)",
                                    hint="give the article's date of publication, or leave it out for today"
                                    ) from None


def _text(value: str) -> str:
    from critmin.claims import decode_article

    if not value.strip():
        raise InvalidParameterError("text: the article is empty; paste the text to check",
                                    hint='send {"text": "...", "date": "YYYY-MM-DD"}')
    # refuses binary-looking input (NUL bytes, mostly control characters) and over-long text
    return decode_article(value.encode("utf-8", "surrogatepass"), "text")


@router.post(f"{API_PREFIX}/check", summary="Check an article's claims against the data")
def check(request: Request, body: CheckRequest) -> Response:
    """Every checkable claim with its verdict, explanation and evidence, and the
    contradictions inside the article (see docs/claims.md)."""
    text, day = _text(body.text), _date(body.date)
    result = checker(request).check(text, day)
    data = result.to_dict(include_text=True)
    ids = [e["source_id"] for c in data["claims"] for e in c["evidence"]]

    def build() -> dict[str, Any]:
        from critmin.service import sources_for

        return {"data": data, "meta": {"sources": sources_for(get_context(request).store, ids)}}

    return get_context(request).respond(request, build, cache=False)


@router.get("/check", include_in_schema=False)
def check_page(request: Request) -> Response:
    from critmin.claims.render import COLOURS
    from critmin.web.render import render_page

    return render_page(request, "check.html", title="Claim checker", colours=COLOURS,
                       today=dt.date.today().isoformat())
