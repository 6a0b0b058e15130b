"""The claim checker page in headless chromium: paste an article, check it, see the highlights.

Reference figure: USGS Mineral Commodity Summaries 2025, p. 145: China's 2024 rare-earth
mine production 270,000 t REO (source usgs_mcs2025_ree).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e

ARTICLE = ("China mined 270,000 tonnes of rare earths in 2024, according to the USGS.\n"
           "Myanmar, meanwhile, is <b>the largest</b> buyer of <script>alert(1)</script> nothing.")


def test_pasted_article_is_highlighted_with_evidence(page, server_url):
    page.goto(server_url + "/check")
    page.get_by_label("Article text").fill(ARTICLE)
    page.get_by_label("Date of publication").fill("2025-06-01")
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector("#results:not([hidden])", timeout=60_000)
    mark = page.locator("#checked-article mark.claim-supported").first
    assert "270,000" in mark.inner_text()
    # the verdict is also written out, not only coloured
    assert "supported" in page.locator("#checked-article .vtag").first.inner_text()
    assert page.locator(".legend li").count() == 5
    # the article's markup stays text: no element was created from it
    assert page.locator("#checked-article b, #checked-article script").count() == 0
    assert "<script>alert(1)</script>" in page.locator("#checked-article").inner_text()
    mark.click()
    claim = page.locator("#claims > li.current")
    assert claim.count() == 1
    link = claim.locator("a[href='/sources#usgs_mcs2025_ree']").first
    assert link.count() == 1
    link.click()
    page.wait_for_url(server_url + "/sources#usgs_mcs2025_ree")
    assert page.locator("tr#usgs_mcs2025_ree").count() == 1


def test_empty_article_is_refused_before_posting(page, server_url):
    posted = []
    page.on("request", lambda r: posted.append(r.url) if "/api/v1/check" in r.url else None)
    page.goto(server_url + "/check")
    page.get_by_role("button", name="Check").click()
    page.wait_for_selector("#errors:not([hidden])")
    assert "empty" in page.locator("#error-message").inner_text()
    assert posted == []
    assert page.locator("#results").is_hidden()
