"""``critmin serve``: the REST API and the dashboard on the embedded store."""

from __future__ import annotations

import click


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option("--log-level", default="warning", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes (each with its own cache; jobs stay in the process that ran them, "
                   "so use 1 when clients poll jobs).")
def serve(host: str, port: int, log_level: str, workers: int) -> None:
    """Serve the REST API (/api/v1, docs at /docs) and the dashboard (/) on the bundled
    dataset plus your user layer. Read-only unless CRITMIN_API_TOKEN is set; no network
    access is needed or made.

    Example: critmin serve --port 8000, then open http://127.0.0.1:8000/
    """
    if workers > 1:
        run_workers(host, port, log_level, workers)
    else:
        run_server(host, port, log_level)


def _announce(host: str, port: int, version: str) -> None:
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"critmin: dashboard at http://{shown}:{port}/  (API docs at http://{shown}:{port}/docs; "
               f"dataset {version}; Ctrl+C stops)", err=True)


def run_workers(host: str, port: int, log_level: str, workers: int) -> None:
    """Several server processes on one port (uvicorn's supervisor); each opens the store."""
    import uvicorn

    from critmin.service import open_default_store

    _announce(host, port, open_default_store().dataset_version)  # also builds the store once, first
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


def _warm(server: object, host: str, port: int) -> None:
    """Render the main pages once after start-up (loopback only), so a visitor's first
    page comes from the cache."""
    import time
    import urllib.request

    for _ in range(200):
        if getattr(server, "started", False):
            break
        time.sleep(0.05)
    local = "127.0.0.1" if host in ("0.0.0.0", "", "localhost") else host
    if ":" in local:
        local = f"[{local}]"
    for path in WARM_PATHS:
        try:
            with urllib.request.urlopen(f"http://{local}:{port}{path}", timeout=60) as r:
                r.read()
        except OSError:
            return
