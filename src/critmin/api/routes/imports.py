"""Write endpoints: importing the user's own observations into the user layer.

Every write needs ``Authorization: Bearer <token>`` with the token the operator set
in ``$CRITMIN_API_TOKEN``; without one configured the server is read-only (403).
"""

from __future__ import annotations

import hmac
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from critmin.api import API_PREFIX
from critmin.api.context import get_context
from critmin.errors import CritminError

router = APIRouter(prefix=API_PREFIX, tags=["write"])


class AuthError(CritminError):
    """A write without a valid token."""

    http_status = 401


class ReadOnlyError(CritminError):
    """A write on a server with no token configured."""

    http_status = 403


def require_token(request: Request) -> None:
    """Raise unless the request carries the operator's token."""
    token = get_context(request).settings.token
    if not token:
        raise ReadOnlyError("this server is read-only: writes are disabled",
                            hint="the operator enables writes by setting CRITMIN_API_TOKEN")
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not value:
        raise AuthError("a write needs 'Authorization: Bearer <token>'",
                        hint="ask the operator for the token")
    if not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise AuthError("the token is not valid", hint="ask the operator for the token")


@router.post(
    "/user/observations",
    summary="Import observations (CSV body, same columns as observations.csv) into the user layer",
    status_code=201,
    openapi_extra={"requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"}}}}},
)
async def import_observations(request: Request) -> Response:
    """All or nothing: a file with any bad row is refused whole (422, every row listed in
    ``error.details``) and nothing is written."""
    import asyncio
    import tempfile
    from pathlib import Path

    from critmin.api.context import json_bytes
    from critmin.errors import DataError

    require_token(request)
    ctx = get_context(request)
    ctype = request.headers.get("content-type", "").split(";")[0].strip()
    if ctype not in ("text/csv", "text/plain", "application/csv"):
        raise DataError(f"content type {ctype or 'missing'!r} is not CSV",
                        hint="send the file as the body with Content-Type: text/csv")
    body = await request.body()

    def run() -> dict[str, Any]:
        with tempfile.TemporaryDirectory(prefix="critmin-import-") as tmp:
            path = Path(tmp) / "upload.csv"
            path.write_bytes(body)
            with ctx.lock:
                n = ctx.store.import_observations(path)
                ctx.clear_cache()
                rows = ctx.store._scalar("SELECT count(*) FROM user_observations")
        return {"data": {"rows_added": n, "user_rows": rows},
                "meta": {"dataset_version": ctx.dataset_version, "sources": []}}

    payload = await asyncio.to_thread(run)
    return Response(json_bytes(payload), status_code=201, media_type="application/json")
