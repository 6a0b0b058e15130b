"""``critmin serve``: the REST API and the dashboard on the embedded store."""

from __future__ import annotations

import click


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--log-level", default="warning", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
@click.option("--workers", default=None, type=click.IntRange(1, 64),
              help="Server processes, each with its own cache; default: one per CPU core. Jobs are shared "
                   "between them through a private temporary folder.")
@click.option("--server", "engine", default="auto", show_default=True,
              type=click.Choice(["auto", "granian", "uvicorn"]),
              help="HTTP server: granian (Rust; about 40 % less CPU per request than uvicorn here), uvicorn "
                   "(httptools and uvloop); auto: granian when installed.")
def serve(host: str, port: int, log_level: str, workers: int | None, engine: str) -> None:
    """Serve the REST API (/api/v1, docs at /docs) and the dashboard (/) on the bundled
    dataset plus your user layer. Read-only unless CRITMIN_API_TOKEN is set; no network
    access is needed or made.

    Example: critmin serve --port 8000, then open http://127.0.0.1:8000/
    """
    n = workers or default_workers()
    engine = pick_server(engine)
    if engine == "granian":
        run_granian(host, port, log_level, n)
    elif n > 1:
        run_workers(host, port, log_level, n)
    else:
        run_server(host, port, log_level)


def default_workers() -> int:
    """One server process per CPU core this process may run on."""
    import os

    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def pick_server(engine: str) -> str:
    """``auto`` -> granian when importable, else uvicorn; an explicit choice must be installed."""
    import importlib.util

    if engine in ("auto", "granian") and importlib.util.find_spec("granian") is not None:
        return "granian"
    if engine == "granian":
        from critmin.errors import CritminError

        raise CritminError("--server granian needs the granian package, which is not installed",
                           hint="pip install granian, or use --server uvicorn")
    return "uvicorn"


def _share_jobs(workers: int) -> None:
    """Several processes: job state goes to a private folder every process reads."""
    import atexit
    import os
    import shutil
    import tempfile

    if workers > 1 and not os.environ.get("CRITMIN_API_JOB_DIR"):
        folder = tempfile.mkdtemp(prefix="critmin-jobs-")
        os.environ["CRITMIN_API_JOB_DIR"] = folder
        atexit.register(shutil.rmtree, folder, True)


def _build_store_then_close() -> str:
    """Build the store once, in this process, before the server processes start (so they
    do not all build it), and close it again: a DuckDB connection must not be inherited
    by forked processes. Returns the dataset version."""
    import critmin.service as service

    store = service.open_default_store()
    version = store.dataset_version
    store.close()
    service._STORE = None
    return version


def run_granian(host: str, port: int, log_level: str, workers: int) -> None:
    """Granian (ASGI) with ``workers`` processes, each building the app from the factory."""
    import subprocess
    import sys

    from granian import Granian
    from granian.constants import Interfaces
    from granian.log import LogLevels

    _announce(host, port, _build_store_then_close())
    _share_jobs(workers)
    server = Granian("critmin.api:create_app", address=host, port=port, interface=Interfaces.ASGI,
                     workers=workers, factory=True, log_level=LogLevels(log_level), log_access=False)
    # warm from a separate process: a thread alive here when granian forks its workers
    # could hold a lock the workers would inherit locked
    warm = subprocess.Popen([sys.executable, "-c", f"from critmin.cli.serve import _warm; "
                             f"_warm(None, {host!r}, {port}, {workers})"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        server.serve()
    finally:
        if warm.poll() is None:
            warm.kill()
        warm.wait()


def _announce(host: str, port: int, version: str) -> None:
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"critmin: dashboard at http://{shown}:{port}/  (API docs at http://{shown}:{port}/docs; "
               f"dataset {version}; Ctrl+C stops)", err=True)


def run_workers(host: str, port: int, log_level: str, workers: int) -> None:
    """Several server processes on one port (uvicorn's supervisor); each opens the store."""
    import uvicorn

    _announce(host, port, _build_store_then_close())
    _share_jobs(workers)
    uvicorn.run("critmin.api:create_app", factory=True, host=host, port=port, workers=workers,
                log_level=log_level, access_log=False)


def run_server(host: str = "127.0.0.1", port: int = 8000, log_level: str = "warning") -> None:
    """Build the app, open the store, print the address and serve until interrupted."""
    import uvicorn

    from critmin.api import create_app
    from critmin.service import open_default_store

    store = open_default_store()
    app = create_app(store)
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False)
    server = uvicorn.Server(config)
    _announce(host, port, store.dataset_version)
    import threading

    threading.Thread(target=_warm, args=(server, host, port), daemon=True, name="critmin-warm").start()
    server.run()


WARM_PATHS = ("/", "/country/CHN", "/sources", "/sites", "/timeline", "/scenarios", "/check",
              "/api/v1/rankings?commodity=rare_earths")


def _warm(server: object, host: str, port: int, times: int = 1) -> None:
    """Render the main pages after start-up (loopback only), so a visitor's first page
    comes from the cache; ``times`` requests each (several processes: each its own cache)."""
    import time
    import urllib.request

    for _ in range(600):
        if server is not None and getattr(server, "started", False):
            break
        if server is None:  # no started flag: wait until the port answers
            try:
                urllib.request.urlopen(f"http://{_local(host)}:{port}/healthz", timeout=1).read()
                break
            except OSError:
                pass
        time.sleep(0.05)
    local = _local(host)
    for path in WARM_PATHS:
        for _ in range(times):
            try:
                with urllib.request.urlopen(f"http://{local}:{port}{path}", timeout=60) as r:
                    r.read()
            except OSError:
                return


def _local(host: str) -> str:
    local = "127.0.0.1" if host in ("0.0.0.0", "", "localhost", "::") else host
    return f"[{local}]" if ":" in local else local
