"""The response cache: encoded answers of GET reads, served before any routing.

The store is read-only between imports, so a data read or a dashboard page is a pure
function of its URL and the data. :class:`ResponseCache` keeps, per process, the
encoded status, headers and body of such answers, keyed on the path and raw query
string, plus the values of the request headers an answer declares in ``Vary`` (none
today: no route negotiates content or encoding), bounded in entries (least recently
used dropped first). :class:`CacheMiddleware` is a plain
ASGI middleware in front of the whole FastAPI app: a GET whose answer is held is
sent from it in two ASGI messages, without routing, validation or encoding.

Invalidation: the cache belongs to one dataset version and one state of the user
layer. A write through this process (``POST /api/v1/import``) clears it at once;
a write by another server process (``critmin serve --workers N``) is noticed within
:data:`CHECK_EVERY_S` seconds from the user layer file's modification time, and so is
a change of day (``/controls`` without ``as_of`` means today). Only successful
answers of routes that ask for caching (``ctx.respond``, the page renderer) are held.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, MutableMapping
from typing import Any

__all__ = ["CHECK_EVERY_S", "CacheMiddleware", "Entry", "ResponseCache", "cache_key", "entry_response"]

CHECK_EVERY_S = 0.5

Entry = tuple[int, list[tuple[bytes, bytes]], bytes]  # status, headers, body
Key = tuple[str, bytes]  # path, raw query string
Slot = tuple[tuple[bytes, ...], dict[tuple[bytes, ...], Entry]]  # Vary header names, answers by their values


def cache_key(scope: MutableMapping[str, Any]) -> Key:
    """The request a cached answer belongs to: path and raw query string. Request headers
    are added only for the names the answer's ``Vary`` lists (see :class:`ResponseCache`)."""
    return scope["path"], scope.get("query_string", b"")


def _header_values(scope: MutableMapping[str, Any], names: tuple[bytes, ...]) -> tuple[bytes, ...]:
    found = dict.fromkeys(names, b"")
    for name, value in scope.get("headers", ()):
        if name in found:
            found[name] = value
    return tuple(found[n] for n in names)


class ResponseCache:
    """Encoded answers keyed on path and query (plus the request headers an answer's
    ``Vary`` names, e.g. ``Accept-Encoding``), valid for one state of the data.

    An answer that varies on nothing (every answer today) is shared by all clients, whatever
    their ``Accept`` headers: a page warmed by ``critmin serve`` serves the first browser too.
    ``state`` is a callable returning what the data's state is identified by (the
    dataset version, the user layer's modification time, the day); it is called at
    most every ``check_every_s`` seconds, and the cache is emptied when it changes.
    ``on_change`` runs before that, e.g. to re-read the user layer. ``max_entries``
    bounds the number of (path, query) slots, least recently used dropped first.
    """

    def __init__(self, max_entries: int, state: Callable[[], Any],
                 on_change: Callable[[], None] | None = None, check_every_s: float = CHECK_EVERY_S) -> None:
        self.max_entries = max(0, max_entries)
        self._state = state
        self._on_change = on_change
        self._every = check_every_s
        self._entries: OrderedDict[Key, Slot] = OrderedDict()
        self._lock = threading.Lock()
        self._seen: Any = None
        self._checked = float("-inf")
        self.hits = self.misses = 0
        self.generation = 0  # bumped on every emptying: an answer built before it is not kept

    def __len__(self) -> int:
        return len(self._entries)

    def check(self, force: bool = False) -> None:
        """Compare the data's state with the one the entries belong to; empty on change."""
        now = time.monotonic()
        if not force and now - self._checked < self._every:
            return
        self._checked = now
        state = self._state()
        if state != self._seen:
            if self._seen is not None and self._on_change is not None:
                self._on_change()  # outside the lock: it may wait for a running query
            with self._lock:
                self._entries.clear()
                self.generation += 1
                self._seen = state

    def _find(self, scope: MutableMapping[str, Any]) -> tuple[Key, Entry | None]:
        key = (scope["path"], scope.get("query_string", b""))
        slot = self._entries.get(key)
        if slot is None:
            return key, None
        vary, answers = slot
        return key, answers.get(_header_values(scope, vary) if vary else ())

    def get(self, scope: MutableMapping[str, Any]) -> Entry | None:
        """The held answer for this request, counted as a hit or a miss."""
        self.check()
        key, entry = self._find(scope)
        if entry is None:
            self.misses += 1
            return None
        self.hits += 1
        try:  # noqa: SIM105 (the hot path: a plain try costs less than contextlib.suppress)
            self._entries.move_to_end(key)
        except KeyError:  # dropped by another thread meanwhile: still a valid answer
            pass
        return entry

    def peek(self, scope: MutableMapping[str, Any]) -> Entry | None:
        """The held answer, without counting or checking the data's state."""
        return self._find(scope)[1]

    def put(self, scope: MutableMapping[str, Any], status: int, headers: list[tuple[bytes, bytes]], body: bytes,
            generation: int | None = None, vary: tuple[str, ...] = ()) -> None:
        """Hold an answer; ``generation`` (read before building it) drops an answer built
        on data that changed meanwhile; ``vary`` names the request headers it depends on
        (sent to the client as ``Vary``)."""
        if self.max_entries == 0:
            return
        self.check()
        names = tuple(v.lower().encode() for v in vary)
        hdrs = [(b"content-length", str(len(body)).encode()), *headers]
        if names:
            hdrs.append((b"vary", b", ".join(names)))
        key = (scope["path"], scope.get("query_string", b""))
        values = _header_values(scope, names) if names else ()
        with self._lock:
            if generation is not None and generation != self.generation:
                return
            slot = self._entries.get(key)
            if slot is None or slot[0] != names:
                slot = (names, {})
                self._entries[key] = slot
            slot[1][values] = (status, hdrs, body)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        """Forget every answer (after a write through this process)."""
        with self._lock:
            self._entries.clear()
            self.generation += 1
        self._checked = float("-inf")


def entry_response(entry: Entry) -> Any:
    """A Starlette response of a held answer."""
    from starlette.responses import Response

    status, headers, body = entry
    return Response(body, status_code=status,
                    headers={k.decode(): v.decode() for k, v in headers if k != b"content-length"})


def data_state(user_file: str, version: Callable[[], str]) -> Callable[[], tuple[str, int, str]]:
    """The state of the data: (dataset version, user layer mtime in ns or 0, today)."""

    def state() -> tuple[str, int, str]:
        try:
            mtime = os.stat(user_file).st_mtime_ns
        except OSError:
            mtime = 0
        return version(), mtime, dt.date.today().isoformat()

    return state


HEALTHZ: Entry = (200, [(b"content-type", b"application/json"), (b"content-length", b"15")], b'{"status":"ok"}')


class CacheMiddleware:
    """Answers a GET from the cache before the app sees it; ``/healthz`` is constant.

    A request with a body (``Content-Length`` other than 0, or chunked) is never
    answered from the cache, so the size limit still applies to it; a cached answer
    is sent at once, so the time limit cannot be reached.
    """

    def __init__(self, app: Any, cache: ResponseCache) -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            if scope["path"] == "/healthz":
                entry: Entry | None = HEALTHZ
            else:
                entry = None
                for name, value in scope["headers"]:
                    if (name == b"content-length" and value != b"0") or name == b"transfer-encoding":
                        break
                else:
                    entry = self.cache.get(scope)
            if entry is not None:
                await send({"type": "http.response.start", "status": entry[0], "headers": entry[1]})
                await send({"type": "http.response.body", "body": entry[2]})
                return
        await self.app(scope, receive, send)
