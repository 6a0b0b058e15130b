"""critmin serve / demo --serve: the server is started with the given address (not run here)."""

from __future__ import annotations

from click.testing import CliRunner

from critmin.cli import cli


def test_serve_passes_host_and_port(monkeypatch):
    import critmin.cli.serve as serve

    seen = {}
    monkeypatch.setattr(serve, "run_server", lambda host, port, log_level: seen.update(host=host, port=port))
    res = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8123"])
    assert res.exit_code == 0, res.output
    assert seen == {"host": "0.0.0.0", "port": 8123}


def test_serve_rejects_a_bad_port():
    res = CliRunner().invoke(cli, ["serve", "--port", "70000"])
    assert res.exit_code == 2 and "70000" in res.output


def test_serve_with_workers_uses_the_app_factory(monkeypatch):
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    res = CliRunner().invoke(cli, ["serve", "--workers", "2", "--port", "8125"])
    assert res.exit_code == 0, res.output
    assert seen["app"] == "critmin.api:create_app" and seen["factory"] and seen["workers"] == 2


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
