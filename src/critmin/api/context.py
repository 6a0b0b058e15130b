"""What every route shares: the store, the settings, the response cache and the jobs.

Routes get it with ``ctx = get_context(request)``. Data responses have one shape::

    {"data": [...], "meta": {"dataset_version": ..., "sources": [...], ...}}

and are built with :meth:`AppContext.respond`, which caches the encoded body keyed on
the request and the dataset version (plus the user layer's modification time), so a
repeated read costs a dictionary lookup.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from critmin.api.jobs import JobManager
from critmin.api.settings import Settings

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

    from critmin.service import Answer
    from critmin.store import Store

__all__ = ["AppContext", "answer_payload", "get_context", "json_bytes"]


def _default(v: Any) -> Any:
    from critmin.service import jsonable

    return jsonable(v)


def json_bytes(payload: Any) -> bytes:
    """Compact JSON; NaN/NA become null, dates ISO strings."""
    return json.dumps(_clean(payload), default=_default, separators=(",", ":"), allow_nan=False).encode()


def _clean(v: Any) -> Any:
    if isinstance(v, float):
        return None if v != v or v in (float("inf"), float("-inf")) else v
    if isinstance(v, dict):
        return {str(k): _clean(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_clean(x) for x in v]
    return v


def answer_payload(ans: Answer, **meta: Any) -> dict[str, Any]:
    """The data shape of an :class:`~critmin.service.Answer`."""
    m: dict[str, Any] = {
        "title": ans.title,
        "caption": ans.caption,
        "columns": ans.columns,
        **ans.meta,
        "sources": ans.sources,
        **meta,
    }
    return {"data": ans.records(), "meta": m}


class AppContext:
    """Store, settings, cache and jobs of one app."""

    def __init__(self, store: Store | None, settings: Settings) -> None:
        self._store = store
        self.settings = settings
        self.lock = threading.RLock()  # one DuckDB connection: queries run one at a time
        self.jobs = JobManager(settings.job_workers, settings.max_jobs)
        self._cache: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()
        self._version: str | None = None

    # -- store ----------------------------------------------------------------------
    @property
    def store(self) -> Store:
        if self._store is None:
            with self.lock:
                if self._store is None:
                    from critmin.service import open_default_store

                    self._store = open_default_store()
        return self._store

    @property
    def dataset_version(self) -> str:
        if self._version is None:
            with self.lock:
                self._version = self.store.dataset_version
        return self._version

    def data_key(self) -> tuple[str, int]:
        """What cached responses depend on: the dataset version and the user layer's mtime."""
        from critmin.store import USER_FILE

        try:
            mtime = (self.store.user_dir / USER_FILE).stat().st_mtime_ns
        except OSError:
            mtime = 0
        return self.dataset_version, mtime

    def cache_key(self, path: str, query: bytes) -> tuple[Any, ...]:
        return (path, query, *self.data_key())

    def cached(self, path: str, query: bytes) -> bytes | None:
        """The cached body of a read, or None (used by the fast path before routing)."""
        if not self._cache:
            return None
        return self._cache.get(self.cache_key(path, query))

    def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call ``fn(store, ...)`` holding the store lock."""
        with self.lock:
            return fn(self.store, *args, **kwargs)

    # -- responses ------------------------------------------------------------------
    def respond(self, request: Request, build: Callable[[], dict[str, Any]], *, cache: bool = True) -> Response:
        """A JSON response of ``build()`` (a payload dict), cached on the request and data."""
        from starlette.responses import Response

        key = self.cache_key(request.scope["path"], request.scope["query_string"]) if cache else None
        body = self._cache.get(key) if key is not None else None
        if body is None:
            with self.lock:
                payload = build()
            payload.setdefault("meta", {}).setdefault("dataset_version", self.dataset_version)
            body = json_bytes(payload)
            if key is not None:
                self._cache[key] = body
                while len(self._cache) > self.settings.cache_entries:
                    self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)  # type: ignore[arg-type]
        return Response(body, media_type="application/json",
                        headers={"X-Critmin-Dataset-Version": self.dataset_version})

    def clear_cache(self) -> None:
        self._cache.clear()

    def close(self) -> None:
        self.jobs.shutdown()


def get_context(request: Request) -> AppContext:
    ctx: AppContext = request.app.state.critmin
    return ctx
