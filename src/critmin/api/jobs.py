"""Background jobs: long computations (scenarios, PDF briefs) run in a thread pool.

A route submits a function; the client gets a job id at once and polls
``/api/v1/jobs/{id}`` for status and progress, then reads ``/api/v1/jobs/{id}/result``.
The function receives a ``progress(fraction, message)`` callback as its first argument.

>>> jobs = JobManager(workers=1)
>>> job = jobs.submit("double", lambda progress, x: 2 * x, 21)
>>> jobs.wait(job.id).result
42
>>> jobs.shutdown()
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from critmin.errors import CritminError, UnknownEntityError

__all__ = ["Job", "JobManager", "JobsFullError", "Progress", "SharedJobs"]

Progress = Callable[[float, str], None]

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


class JobsFullError(CritminError):
    """Every job slot holds an unfinished job."""

    http_status = 503


@dataclass
class Job:
    """One submitted computation and what is known about it."""

    id: str
    kind: str
    status: str = QUEUED
    progress: float = 0.0
    message: str = ""
    created: float = field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None
    result: Any = None
    error: dict[str, Any] | None = None
    _future: Future[Any] | None = field(default=None, repr=False)

    @property
    def finished_ok(self) -> bool:
        return self.status == DONE

    def describe(self, base_url: str = "/api/v1/jobs") -> dict[str, Any]:
        """The job's public state (no result body)."""
        return {
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "progress": round(self.progress, 4),
            "message": self.message,
            "created": _iso(self.created),
            "started": _iso(self.started),
            "finished": _iso(self.finished),
            "url": f"{base_url}/{self.id}",
            "result_url": f"{base_url}/{self.id}/result" if self.status == DONE else None,
            "error": self.error,
        }


def _iso(t: float | None) -> str | None:
    if t is None:
        return None
    import datetime as dt

    return dt.datetime.fromtimestamp(t, tz=dt.UTC).isoformat(timespec="milliseconds")


class JobManager:
    """Runs jobs on a fixed thread pool and keeps the last ``max_jobs`` of them."""

    def __init__(self, workers: int = 2, max_jobs: int = 200, shared_dir: str | None = None) -> None:
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="critmin-job")
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self.max_jobs = max_jobs
        self.shared = SharedJobs(shared_dir) if shared_dir else None

    def submit(self, kind: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
        """Queue ``fn(progress, *args, **kwargs)``; returns the job at once.

        Raises
        ------
        JobsFullError
            When ``max_jobs`` unfinished jobs are already held.
        """
        job = Job(id=uuid.uuid4().hex[:16], kind=kind)
        with self._lock:
            self._evict()
            if len(self._jobs) >= self.max_jobs:
                raise JobsFullError(
                    f"{len(self._jobs)} jobs are queued or running; no slot for another",
                    hint="wait for running jobs to finish, then submit again",
                )
            self._jobs[job.id] = job

        shared = self.shared
        if shared is not None:
            shared.write(job)

        def progress(fraction: float, message: str = "") -> None:
            job.progress = min(max(float(fraction), 0.0), 1.0)
            if message:
                job.message = message
            if shared is not None:
                shared.write(job, throttle=True)

        def run() -> Any:
            job.status, job.started = RUNNING, time.time()
            if shared is not None:
                shared.write(job)
            try:
                job.result = fn(progress, *args, **kwargs)
            except CritminError as err:
                job.status = FAILED
                job.error = {"code": error_code(err), "message": err.message, "hint": err.hint}
            except Exception as err:  # a job must never take the server down
                job.status = FAILED
                job.error = {"code": "internal_error", "message": f"{type(err).__name__}: {err}",
                             "hint": "report this with the job's parameters"}
            else:
                job.status, job.progress = DONE, 1.0
            finally:
                job.finished = time.time()
                if shared is not None:
                    shared.write(job, result=True)
            return job.result

        job._future = self._pool.submit(run)
        return job

    def _evict(self) -> None:
        if len(self._jobs) < self.max_jobs:
            return
        done = sorted((j for j in self._jobs.values() if j.finished is not None), key=lambda j: j.finished or 0)
        for j in done[: len(self._jobs) - self.max_jobs + 1]:
            del self._jobs[j.id]

    def get(self, job_id: str) -> Job:
        """The job with this id.

        Raises
        ------
        UnknownEntityError
            When no such job is held (never submitted, or forgotten).
        """
        job = self._jobs.get(job_id)
        if job is None and self.shared is not None:
            job = self.shared.read(job_id)  # started by another server process
        if job is None:
            raise UnknownEntityError("job", job_id, hint="job ids come from the response that created the job")
        return job

    def list(self) -> list[Job]:
        return sorted(self._jobs.values(), key=lambda j: j.created, reverse=True)

    def wait(self, job_id: str, timeout: float | None = None) -> Job:
        """Block until the job finishes (for tests and the CLI)."""
        job = self.get(job_id)
        if job._future is not None:
            from concurrent.futures import wait

            wait([job._future], timeout=timeout)
        return job

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


class SharedJobs:
    """Jobs' state (JSON) and results (pickle) in a folder, so that every server process
    of one ``critmin serve --workers N`` answers a poll, whichever ran the job. The folder
    is private to that server (a fresh temporary one), so the pickles are its own."""

    EVERY_S = 0.2  # progress is written at most this often

    def __init__(self, folder: str) -> None:
        from pathlib import Path

        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._written: dict[str, float] = {}
        self._pending: set[str] = set()
        self._lock = threading.Lock()

    def _path(self, job_id: str, suffix: str) -> Any:
        import re

        if not re.fullmatch(r"[0-9a-f]{16}", job_id):
            return None
        return self.folder / f"{job_id}{suffix}"

    def write(self, job: Job, *, throttle: bool = False, result: bool = False) -> None:
        """Write the job's state (and, when ``result`` and done, its result) for the other processes."""
        if throttle:  # progress: at most every EVERY_S; the latest state follows by timer
            now = time.monotonic()
            last = self._written.get(job.id, float("-inf"))
            if now - last < self.EVERY_S:
                with self._lock:
                    if job.id not in self._pending:
                        self._pending.add(job.id)
                        timer = threading.Timer(self.EVERY_S - (now - last), self._flush, args=(job,))
                        timer.daemon = True
                        timer.start()
                return
        with self._lock:
            self._written[job.id] = time.monotonic()
            self._write(job, result)

    def _flush(self, job: Job) -> None:
        with self._lock:
            self._pending.discard(job.id)
            if job.finished is None:  # a finished job's last state is written already
                self._written[job.id] = time.monotonic()
                self._write(job, False)

    def _write(self, job: Job, result: bool) -> None:
        import json
        import os
        import pickle

        if result and job.status == DONE:
            tmp = self._path(job.id, ".pkl.tmp")
            try:
                tmp.write_bytes(pickle.dumps(job.result))
                os.replace(tmp, self._path(job.id, ".pkl"))
            except Exception as err:  # a result that cannot be shared: the job says so
                job.status, job.result = FAILED, None
                job.error = {"code": "internal_error", "message": f"result not shareable: {err}",
                             "hint": "run the server with --workers 1"}
        if job.finished is not None:
            self._written.pop(job.id, None)
        state = {k: getattr(job, k) for k in ("id", "kind", "status", "progress", "message", "created",
                                              "started", "finished", "error")}
        tmp = self._path(job.id, f".json.{os.getpid()}.{threading.get_ident()}")
        tmp.write_text(json.dumps(state))
        os.replace(tmp, self._path(job.id, ".json"))

    def read(self, job_id: str) -> Job | None:
        import json
        import pickle

        path = self._path(job_id, ".json")
        if path is None:
            return None
        try:
            state = json.loads(path.read_text())
        except (OSError, ValueError):
            return None
        job = Job(**state)
        if job.status == DONE:
            try:
                job.result = pickle.loads(self._path(job_id, ".pkl").read_bytes())  # our own private folder
            except (OSError, pickle.UnpicklingError):
                return None
        return job


ERROR_CODES = {"CritminError": "error", "DataError": "invalid_data", "SchemaError": "invalid_data",
               "AuthError": "unauthorized", "StoreError": "store_error"}


def error_code(err: Exception) -> str:
    """``UnknownEntityError`` -> ``unknown_entity``; ``CritminError`` -> ``critmin_error``."""
    import re

    name = type(err).__name__
    if name in ERROR_CODES:
        return ERROR_CODES[name]
    if name.endswith("Error") and name != "CritminError":
        name = name[: -len("Error")]
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
