"""One error shape for every failure: ``{"error": {"code", "message", "hint"}}``.

``code`` is stable and machine-readable (``unknown_entity``, ``data``,
``invalid_parameter``, ``unauthorized``, ``not_found``, ...); ``message`` says what
was wrong and where; ``hint`` what to do next (may be null). Pages (paths outside
``/api``) asked for by a browser get the same content as an HTML page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from critmin.api.jobs import error_code
from critmin.api.limits import error_body
from critmin.errors import CritminError

if TYPE_CHECKING:
    from fastapi import FastAPI
    from starlette.requests import Request
    from starlette.responses import Response

__all__ = ["install_error_handlers"]

HTTP_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 409: "conflict", 413: "payload_too_large", 415: "unsupported_media_type",
    422: "invalid_parameter", 429: "too_many_requests", 500: "internal_error", 503: "unavailable",
    504: "timeout",
}


class InvalidParameterError(CritminError):
    """A request parameter of the wrong form or outside what this server allows (422)."""

    http_status = 422


def date_param(value: str | None, name: str = "as_of") -> str | None:
    """``value`` checked as a date (YYYY, YYYY-MM or YYYY-MM-DD; None or empty stays None);
    a bad date is a 422 naming the parameter."""
    from critmin.dates import DateParseError, parse_date

    if not value:
        return None
    try:
        parse_date(value, where=name)
    except DateParseError as err:
        raise InvalidParameterError(f"{name}={value!r} is not a date",
                                    hint="use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-06-01)") from err
    return value


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def _respond(request: Request, status: int, code: str, message: str, hint: str | None,
             headers: dict[str, str] | None = None, **extra: Any) -> Response:
    from starlette.responses import Response

    if _wants_html(request):
        from critmin.web.render import render_error

        return render_error(request, status, message, hint)
    return Response(error_body(code, message, hint, **extra), status_code=status,
                    media_type="application/json", headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException

    async def critmin_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, CritminError)
        extra: dict[str, Any] = {}
        if exc.errors:
            extra["details"] = exc.errors[:50]
        return _respond(request, exc.http_status, error_code(exc), exc.message, exc.hint, **extra)

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = []
        for e in exc.errors():
            loc = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "path", "body"))
            problems.append(f"{loc or 'request'}: {e.get('msg', 'invalid')}")
        msg = "invalid request: " + "; ".join(problems[:5])
        return _respond(request, 422, "invalid_parameter", msg,
                        "see /docs for each parameter's type and range", details=problems[:50])

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = HTTP_CODES.get(exc.status_code, "http_error")
        msg = str(exc.detail) if exc.detail else code.replace("_", " ")
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"no such path: {request.url.path}"
            hint = "the API's paths are listed at /docs" if request.url.path.startswith("/api") else "start at /"
        elif exc.status_code == 405:
            msg, hint = f"{request.method} is not allowed on {request.url.path}", "see /docs"
        else:
            hint = None
        return _respond(request, exc.status_code, code, msg, hint, headers=getattr(exc, "headers", None))

    async def internal_error(request: Request, exc: Exception) -> Response:
        import logging

        logging.getLogger("critmin.api").exception("unhandled error on %s", request.url.path)
        return _respond(request, 500, "internal_error", f"unexpected {type(exc).__name__}",
                        "this is a bug in critmin; the server log has the traceback")

    app.add_exception_handler(CritminError, critmin_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(Exception, internal_error)
