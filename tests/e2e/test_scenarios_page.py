"""The scenario builder in headless chromium: run a bundled scenario, compare, and show bad TOML."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def _run(page, draws="200", years="3"):
    page.fill("#draws", draws)
    page.fill("#years", years)
    page.click("#run")
    page.wait_for_selector("#results:not([hidden])", timeout=60_000)


def test_run_a_bundled_scenario_draws_the_charts(page, server_url):
    page.goto(server_url + "/scenarios")
    assert page.get_by_label("Bundled scenario").count() == 1
    page.select_option("#scenario", "china-2025-expansion")
    page.wait_for_function("() => document.querySelector('#toml').value.includes('china-2025-expansion')")
    page.select_option("#scenario", "china-2025-controls")
    page.wait_for_function("() => document.querySelector('#toml').value.includes('name = \"china-2025-controls\"')")
    _run(page)
    page.wait_for_selector("#chart-price .main-svg", timeout=20_000)
    # a p5-p95 band (filled area) and medians for the restricting country and outside
    assert page.locator("#chart-price .scatterlayer .trace").count() >= 4
    assert page.locator("#chart-price .js-fill").count() >= 2
    assert page.locator("#chart-blocs .main-svg").count() >= 1
    assert page.locator("#chart-shortfall .main-svg").count() >= 1
    assert "200 draws" in page.locator("#results-caption").inner_text()
    assert page.locator("#table-market tbody tr").count() == 3  # years asked for
    assert page.locator("#table-headline tbody tr").count() >= 2
    assert page.locator("#sources a[href='/sources#mofcom_2025_announcement_18']").count() == 1
    # another market redraws from the same result (keyboard: select with the arrow keys)
    before = page.locator("#table-market caption").inner_text()
    page.focus("#market")
    last = page.evaluate("() => { const m = document.querySelector('#market'); return m.selectedIndex === m.options.length - 1; }")
    page.keyboard.press("ArrowUp" if last else "ArrowDown")
    page.wait_for_function(f"() => document.querySelector('#table-market caption').textContent !== {before!r}")


def test_compare_shows_both_medians(page, server_url):
    page.goto(server_url + "/scenarios")
    page.select_option("#compare", "china-2025-expansion")
    _run(page, draws="50", years="2")
    page.wait_for_selector("#chart-price .main-svg", timeout=20_000)
    names = page.locator("#chart-price .legendtext").evaluate_all("els => els.map(e => e.textContent)")
    assert any(n.startswith("china-2025-controls:") for n in names)
    assert any(n.startswith("china-2025-expansion:") for n in names)
    assert "china-2025-expansion" in page.locator("#results-caption").inner_text()


def test_bad_toml_lists_each_problem(page, server_url):
    page.goto(server_url + "/scenarios")
    text = page.input_value("#toml")
    bad = text.replace('restricting_country = "CHN"', 'restricting_country = "CHN"\nhorizon = 4', 1)
    bad = bad.replace('kind = "licensing"', 'kind = "licencing"', 1)
    page.fill("#toml", bad)
    page.fill("#draws", "10")
    page.click("#run")
    page.wait_for_selector("#errors:not([hidden])", timeout=20_000)
    items = page.locator("#error-list li").all_inner_texts()
    assert len(items) == 2, items
    assert any("field horizon" in i and "line " in i for i in items)
    assert any("kind" in i and "licensing" in i for i in items)
    assert page.locator("#results").is_hidden()


def test_too_many_draws_is_refused_on_the_page(page, server_url):
    page.goto(server_url + "/scenarios")
    limit = page.get_attribute("#scenario-form", "data-max-draws")
    page.fill("#draws", str(int(limit) + 1))
    page.click("#run")
    page.wait_for_selector("#errors:not([hidden])", timeout=10_000)
    assert f"0 to {limit}" in page.locator("#error-message").inner_text()
