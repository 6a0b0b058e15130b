"""Operator settings of the API server, from arguments or ``CRITMIN_API_*`` variables.

Every limit here is an operator choice, not a property of the data: the defaults are
sized for one analyst's laptop serving a handful of people (see docs/api.md).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = ["Settings"]


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    from critmin.errors import CritminError

    try:
        return int(raw)
    except ValueError as err:
        raise CritminError(f"${name}={raw!r} is not a whole number") from err


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    from critmin.errors import CritminError

    try:
        return float(raw)
    except ValueError as err:
        raise CritminError(f"${name}={raw!r} is not a number") from err


@dataclass(frozen=True)
class Settings:
    """Limits and secrets of one API process.

    Attributes
    ----------
    token
        Bearer token that write endpoints require (``$CRITMIN_API_TOKEN``). ``None``:
        the server is read-only and every write answers 403.
    max_body_bytes
        Largest request body accepted (``$CRITMIN_API_MAX_BODY``); larger ones get 413.
    request_timeout_s
        Wall time after which a request is answered 504 (``$CRITMIN_API_TIMEOUT``).
    default_page_size, max_page_size
        Pagination of list endpoints (``limit`` above the maximum is a 422).
    job_workers, max_jobs
        Threads running background jobs, and how many jobs are kept (oldest finished
        ones are forgotten first; a new job is refused when all are unfinished).
    cache_entries
        Cached read responses kept per process (keyed on the dataset version).
    max_scenario_draws
        Most Monte Carlo draws one scenario job may ask for (``$CRITMIN_API_MAX_DRAWS``).
    job_dir
        Folder where jobs' state and results are written so that every server process
        can answer for them (``$CRITMIN_API_JOB_DIR``; ``critmin serve`` sets a private
        temporary one when it runs several processes). None: jobs live in memory only.
    """

    token: str | None = None
    max_body_bytes: int = 5 * 1024 * 1024
    request_timeout_s: float = 15.0
    default_page_size: int = 100
    max_page_size: int = 5000
    job_workers: int = 2
    max_jobs: int = 200
    cache_entries: int = 2048
    max_scenario_draws: int = 5000
    job_dir: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Settings from ``CRITMIN_API_*`` variables, then ``overrides``."""
        s = cls(
            token=os.environ.get("CRITMIN_API_TOKEN") or None,
            max_body_bytes=_env_int("CRITMIN_API_MAX_BODY", cls.max_body_bytes),
            request_timeout_s=_env_float("CRITMIN_API_TIMEOUT", cls.request_timeout_s),
            job_workers=_env_int("CRITMIN_API_JOB_WORKERS", cls.job_workers),
            max_scenario_draws=_env_int("CRITMIN_API_MAX_DRAWS", cls.max_scenario_draws),
            job_dir=os.environ.get("CRITMIN_API_JOB_DIR") or None,
        )
        return replace(s, **overrides)
