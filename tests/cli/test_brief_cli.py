"""critmin brief: formats from the suffix, sources cited, clear messages."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from critmin.cli import cli


@pytest.fixture
def run(cache_env, monkeypatch):
    import critmin.service as service

    monkeypatch.setattr(service, "_STORE", None)
    yield lambda *a: CliRunner().invoke(cli, list(a))
    if service._STORE is not None:
        service._STORE.close()
    monkeypatch.setattr(service, "_STORE", None)


def test_html_brief_is_self_contained_and_sourced(run, tmp_path):
    out = tmp_path / "b.html"
    res = run("brief", "rare-earths", "--country", "Russia", "--out", str(out))
    assert res.exit_code == 0, res.output
    html = out.read_text()
    assert "<svg" in html and "<script" not in html
    assert 'src="http' not in html and "<link" not in html
    cited = set(__import__("re").findall(r'href="#src-([^"]+)"', html))
    listed = set(__import__("re").findall(r'id="src-([^"]+)"', html))
    assert cited and cited <= listed


def test_markdown_brief_has_tables_and_sources(run, tmp_path):
    out = tmp_path / "b.md"
    assert run("brief", "rare_earths", "--out", str(out)).exit_code == 0
    md = out.read_text()
    assert md.startswith("# critmin brief: rare earths")
    assert "| Rank | Country |" in md and "## Sources" in md and "data:image/svg+xml;base64," in md


def test_unknown_suffix_is_a_clear_error(run, tmp_path):
    res = run("brief", "rare_earths", "--out", str(tmp_path / "b.docx"))
    assert res.exit_code == 1
    assert "cannot tell the format" in str(res.exception) or "cannot tell the format" in res.output


def test_pdf_without_chromium_says_so(run, tmp_path, monkeypatch):
    import critmin.cli.brief as brief

    monkeypatch.setattr(brief, "find_chromium", lambda: None)
    res = run("brief", "rare_earths", "--out", str(tmp_path / "b.pdf"))
    assert res.exit_code == 1
    assert "Chromium" in str(res.exception)
    assert not (tmp_path / "b.pdf").exists()


@pytest.mark.slow
@pytest.mark.skipif(__import__("critmin.cli.brief", fromlist=["x"]).find_chromium() is None,
                    reason="chromium is not installed (run scripts/ensure-chromium.sh as root)")
def test_pdf_with_chromium(run, tmp_path):
    out = tmp_path / "b.pdf"
    res = run("brief", "rare_earths", "--out", str(out))
    assert res.exit_code == 0, res.output
    assert out.read_bytes()[:5] == b"%PDF-"
