"""Job status and results (jobs are created by other endpoints, e.g. briefs, scenarios).

An area that runs long work submits it with
``get_context(request).jobs.submit(kind, fn, *args)`` and answers 202 with
``job.describe()``; clients poll ``/api/v1/jobs/{id}`` and read ``result_url``.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from critmin.api import API_PREFIX
from critmin.api.context import get_context, json_bytes
from critmin.errors import CritminError

router = APIRouter(prefix=f"{API_PREFIX}/jobs", tags=["jobs"])


class JobNotDoneError(CritminError):
    """The result of a job that has not finished (or failed)."""

    http_status = 409


def accepted(request: Request, job: Any) -> JSONResponse:
    """The 202 answer of an endpoint that started a job."""
    desc = job.describe()
    return JSONResponse({"data": desc, "meta": {"dataset_version": get_context(request).dataset_version,
                                                "sources": []}},
                        status_code=202, headers={"Location": desc["url"]})


@router.get("", summary="Jobs held by this server, newest first")
def list_jobs(request: Request) -> Response:
    ctx = get_context(request)
    return Response(json_bytes({"data": [j.describe() for j in ctx.jobs.list()],
                                "meta": {"dataset_version": ctx.dataset_version, "sources": []}}),
                    media_type="application/json")


@router.get("/{job_id}", summary="A job's status and progress")
def job_status(request: Request, job_id: str) -> Response:
    ctx = get_context(request)
    job = ctx.jobs.get(job_id)
    return Response(json_bytes({"data": job.describe(), "meta": {"dataset_version": ctx.dataset_version,
                                                                 "sources": []}}),
                    media_type="application/json")


@router.get("/{job_id}/result", summary="A finished job's result (409 while it runs)")
def job_result(request: Request, job_id: str) -> Response:
    ctx = get_context(request)
    job = ctx.jobs.get(job_id)
    if job.status == "failed" and job.error:
        err = CritminError(f"job {job_id} failed: {job.error['message']}", hint=job.error.get("hint"))
        err.http_status = 422 if job.error.get("code") != "internal_error" else 500
        raise err
    if job.status != "done":
        raise JobNotDoneError(f"job {job_id} is {job.status} ({job.progress:.0%})",
                              hint=f"poll {API_PREFIX}/jobs/{job_id} until status is 'done'")
    res = job.result
    if isinstance(res, Response):
        return res
    if isinstance(res, dict) and "data" in res:
        res.setdefault("meta", {}).setdefault("dataset_version", ctx.dataset_version)
        return Response(json_bytes(res), media_type="application/json")
    return Response(json_bytes({"data": res, "meta": {"dataset_version": ctx.dataset_version, "sources": []}}),
                    media_type="application/json")
