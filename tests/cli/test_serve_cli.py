"""critmin serve / demo --serve: the server is started with the given address (not run here)."""

from __future__ import annotations

from click.testing import CliRunner

from critmin.cli import cli


def test_serve_passes_host_and_port(monkeypatch):
    import critmin.cli.serve as serve

    seen = {}
    monkeypatch.setattr(serve, "run_server", lambda host, port, log_level: seen.update(host=host, port=port))
    res = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8123", "--workers", "1",
                                   "--server", "uvicorn"])
    assert res.exit_code == 0, res.output
    assert seen == {"host": "0.0.0.0", "port": 8123}


def test_serve_rejects_a_bad_port():
    res = CliRunner().invoke(cli, ["serve", "--port", "70000"])
    assert res.exit_code == 2 and "70000" in res.output


def test_serve_with_workers_uses_the_app_factory(monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    monkeypatch.delenv("CRITMIN_API_JOB_DIR", raising=False)
    res = CliRunner().invoke(cli, ["serve", "--workers", "2", "--port", "8125", "--server", "uvicorn"])
    assert res.exit_code == 0, res.output
    assert seen["app"] == "critmin.api:create_app" and seen["factory"] and seen["workers"] == 2
    import os

    assert os.path.isdir(os.environ["CRITMIN_API_JOB_DIR"])  # jobs shared between the processes
    monkeypatch.delenv("CRITMIN_API_JOB_DIR")


def test_serve_defaults_to_one_process_per_core_on_granian(monkeypatch):
    import os

    import critmin.cli.serve as serve

    seen = {}
    monkeypatch.setattr(serve, "run_granian", lambda host, port, level, workers: seen.update(workers=workers))
    res = CliRunner().invoke(cli, ["serve", "--port", "8126"])
    assert res.exit_code == 0, res.output
    assert seen == {"workers": len(os.sched_getaffinity(0))}


def test_serve_without_granian_falls_back_or_says_so(monkeypatch):
    import importlib.util

    import critmin.cli.serve as serve

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "granian" else real(name, *a))
    assert serve.pick_server("auto") == "uvicorn"
    from critmin.errors import CritminError

    res = CliRunner().invoke(cli, ["serve", "--server", "granian"])
    assert isinstance(res.exception, CritminError)  # printed as one line by critmin's main, no traceback
    assert "granian" in str(res.exception) and "uvicorn" in (res.exception.hint or "")


def test_demo_serve_prints_the_brief_then_starts_the_dashboard(monkeypatch, cache_env):
    import critmin.cli.serve as serve
    import critmin.service as service

    monkeypatch.setattr(service, "_STORE", None)
    seen = {}
    monkeypatch.setattr(serve, "run_server", lambda host, port: seen.update(host=host, port=port))
    res = CliRunner().invoke(cli, ["demo", "--serve", "--port", "8124"])
    assert res.exit_code == 0, res.output
    assert "Sources" in res.output and "Starting the dashboard" in res.output
    assert seen == {"host": "127.0.0.1", "port": 8124}
    if service._STORE is not None:
        service._STORE.close()
    monkeypatch.setattr(service, "_STORE", None)
