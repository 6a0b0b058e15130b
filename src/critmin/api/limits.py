"""Request limits as one plain ASGI middleware: body size and wall time.

A body larger than ``max_body_bytes`` is refused with 413 (from the
``Content-Length`` header when given, else while it streams in); a request still
unanswered after ``timeout_s`` gets 504. Both answers use the error shape.
"""

from __future__ import annotations

import asyncio
from typing import Any

__all__ = ["LimitsMiddleware", "error_body"]


def error_body(code: str, message: str, hint: str | None = None, **extra: Any) -> bytes:
    from critmin.api.context import json_bytes

    err: dict[str, Any] = {"code": code, "message": message, "hint": hint}
    err.update(extra)
    return json_bytes({"error": err})


class _TooLarge(Exception):
    pass


class LimitsMiddleware:
    def __init__(self, app: Any, max_body_bytes: int, timeout_s: float) -> None:
        self.app = app
        self.max_body = max_body_bytes
        self.timeout = timeout_s

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    n = int(value)
                except ValueError:
                    n = 0
                if n > self.max_body:
                    await self._error(send, 413, "payload_too_large",
                                      f"request body of {n} bytes is over the {self.max_body} byte limit",
                                      "send a smaller body (the operator sets CRITMIN_API_MAX_BODY)")
                    return
        seen = 0
        started = False

        async def limited_receive() -> Any:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_body:
                    raise _TooLarge
            return msg

        async def tracking_send(msg: Any) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await asyncio.wait_for(self.app(scope, limited_receive, tracking_send), self.timeout)
        except _TooLarge:
            if not started:
                await self._error(send, 413, "payload_too_large",
                                  f"request body is over the {self.max_body} byte limit",
                                  "send a smaller body (the operator sets CRITMIN_API_MAX_BODY)")
        except TimeoutError:
            if not started:
                await self._error(send, 504, "timeout",
                                  f"the request took longer than {self.timeout:g} s and was abandoned",
                                  "narrow the query, or run long work as a job")

    @staticmethod
    async def _error(send: Any, status: int, code: str, message: str, hint: str) -> None:
        body = error_body(code, message, hint)
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
