"""Sites map, Timeline and the country page's plug-in sections in headless chromium."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def test_sites_point_click_opens_its_card_with_sources(page, server_url):
    page.goto(server_url + "/sites")
    pts = page.locator("svg.sites-map g.site-pt")
    assert pts.count() > 20
    page.locator("svg.sites-map g.site-pt[data-site='mount_weld']").click(force=True)
    card = page.locator("#site-card")
    card.wait_for(state="visible", timeout=10_000)
    assert card.locator("h2").inner_text() == "Mount Weld"
    assert card.locator("a[href='/sources#site_wiki_mount_weld']").count() == 1
    assert "Status history" in card.inner_text()
    assert page.locator("#unplaced tbody tr").count() > 0


def test_sites_point_opens_by_keyboard_and_says_approximate(page, server_url):
    page.goto(server_url + "/sites")
    pt = page.locator("svg.sites-map g.site-pt[data-site='dubbo']")
    assert "approximate" in pt.get_attribute("aria-label")
    pt.focus()
    page.keyboard.press("Enter")
    loc = page.get_by_test_id("card-location")
    loc.wait_for(timeout=10_000)
    assert loc.inner_text().startswith("Location approximate")


def test_timeline_type_filter_narrows_the_list(page, server_url):
    page.goto(server_url + "/timeline")
    before = page.locator("#events li.event").count()
    assert before > 10
    page.select_option("#t-type", "suspension")
    with page.expect_navigation():
        page.click("form[aria-label='Filter events'] button[type=submit]")
    assert "type=suspension" in page.url
    after = page.locator("#events li.event").count()
    assert 0 < after < before
    types = page.locator("#events li.event").evaluate_all("els => els.map(e => e.dataset.type)")
    assert set(types) == {"suspension"}
    assert page.locator("#events li.event a[href^='/sources#']").count() >= after


def test_country_page_shows_the_sites_section(page, server_url):
    page.goto(server_url + "/country/UKR")
    sec = page.get_by_test_id("country-sites")
    assert sec.is_visible()
    assert sec.locator("tbody tr").count() >= 3
    assert page.locator("h2", has_text="Events and agreements").count() == 1


def test_timeline_charts_draw_points_and_lifecycle_bars_that_link_to_the_list(page, server_url):
    page.goto(server_url + "/timeline?type=export_control")
    chart = page.locator("#chart-events[data-drawn]")
    chart.wait_for(timeout=15_000)
    listed = page.locator("#events li.event").count()
    assert listed > 3
    assert page.locator("#chart-events .scatterlayer .point").count() == listed
    bars = page.locator("#chart-lifecycles .barlayer .point")
    assert bars.count() >= listed // 2
    widest = max(range(bars.count()), key=lambda i: (bars.nth(i).bounding_box() or {"width": 0})["width"])
    bars.nth(widest).scroll_into_view_if_needed()
    box = bars.nth(widest).bounding_box()  # in viewport coordinates, now that it is in view
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function("() => location.hash.startsWith('#ev-')", timeout=10_000)
    target = page.url.split("#", 1)[1]
    item = page.locator(f"li#{target}")
    assert item.count() == 1 and item.locator("a[href^='/sources#']").count() >= 1
    # the accessible list is still there, with the filters
    assert page.locator("#t-type").input_value() == "export_control"
