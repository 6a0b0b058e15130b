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
        from critmin.api.cache import ResponseCache

        self._store = store
        self.settings = settings
        self.lock = threading.RLock()  # one DuckDB connection: queries run one at a time
        self.jobs = JobManager(settings.job_workers, settings.max_jobs, shared_dir=settings.job_dir)
        self.cache = ResponseCache(settings.cache_entries, self._data_state, self._reattach_user_layer)
        self._version: str | None = None
        self._user_file: str | None = None

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

    def _data_state(self) -> tuple[str, int, str]:
        from critmin.api.cache import data_state

        if self._user_file is None:
            from critmin.store import USER_FILE

            self._user_file = str(self.store.user_dir / USER_FILE)
        return data_state(self._user_file, lambda: self.dataset_version)()

    def data_key(self) -> tuple[str, int]:
        """What cached answers depend on: the dataset version and the user layer's mtime."""
        version, mtime, _ = self._data_state()
        return version, mtime

    def _reattach_user_layer(self) -> None:
        """The user layer changed on disk (another server process imported): read it anew."""
        with self.lock:
            if self._store is not None and getattr(self._store, "_con", None) is not None:
                self._store._attach_user_layer(self._store._con)

    def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call ``fn(store, ...)`` holding the store lock."""
        with self.lock:
            return fn(self.store, *args, **kwargs)

    # -- responses ------------------------------------------------------------------
    def respond(self, request: Request, build: Callable[[], dict[str, Any]], *, cache: bool = True,
                vary: tuple[str, ...] = ()) -> Response:
        """A JSON response of ``build()`` (a payload dict), cached on the request and data
        (``vary``: request headers the answer depends on, sent as ``Vary``)."""
        from starlette.responses import Response

        from critmin.api.cache import entry_response

        scope = request.scope
        cacheable = cache and scope.get("method") == "GET"
        generation = self.cache.generation
        with self.lock:
            # many clients asking for the same answer at once wait here for the first to build it
            held = self.cache.peek(scope) if cacheable else None
            if held is not None:
                return entry_response(held)
            payload = build()
            payload.setdefault("meta", {}).setdefault("dataset_version", self.dataset_version)
            body = json_bytes(payload)
            version = self.dataset_version
            if cacheable:
                self.cache.put(scope, 200, [(b"content-type", b"application/json"),
                                            (b"x-critmin-dataset-version", version.encode())], body, generation,
                               vary)
        headers = {"X-Critmin-Dataset-Version": version}
        if vary:
            headers["Vary"] = ", ".join(v.lower() for v in vary)
        return Response(body, media_type="application/json", headers=headers)

    def clear_cache(self) -> None:
        self.cache.clear()

    def close(self) -> None:
        self.jobs.shutdown()


def get_context(request: Request) -> AppContext:
    ctx: AppContext = request.app.state.critmin
    return ctx
