"""Figures read in units news copy writes that the rules missed (sentences written for this test)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Terbium oxide prices climbed to 7,150,000 yuan/mt on Thursday.",
    "Today the price range for cerium carbonate was 12,300-12,600 yuan/mt.",
])
def test_yuan_per_metric_ton(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    """"yuan/mt" (metric ton) is a yuan price per tonne: an unverifiable price claim (no daily yuan series)."""
    checker.fallback = False
    try:
        got = [c for c in checker.check(text, "2025-11-20").checks if c.claim.kind in ("quantity", "change")]
    finally:
        checker.fallback = True
    assert got and all(c.verdict.verdict == "unverifiable" for c in got)
    assert any("yuan/mt" in c.claim.text for c in got)


@pytest.mark.parametrize("text", [
    "Cobalt refining continues to be dominated by China.",
    "The project will produce graphite and gallium, materials largely dominated by China.",
    "Lithium processing is almost entirely controlled by China.",
])
def test_passive_dominance(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    """A passive with "be", a reduced relative ("materials ... dominated by China") and "controlled by"
    claim first place for the country after "by" (README rule 12)."""
    checker.fallback = False
    try:
        got = [c for c in checker.check(text, "2025-11-20").checks if c.claim.kind == "rank"]
    finally:
        checker.fallback = True
    assert got and all(c.claim.country == "CHN" and c.claim.rank == 1 for c in got)


@pytest.mark.parametrize("text", [
    "Flooding at the mines cut supply of cobalt, causing prices to plummet.",
    "The new quotas curbed antimony exports, contributing to higher global prices.",
    "Trade figures for March show steep price increases across nickel products.",
])
def test_moves_told_by_cause_or_compound(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    """A market move of unstated size told after a verb of cause ("causing prices to plummet",
    "contributing to higher prices") or as a compound noun ("price increases"): an unverifiable change."""
    checker.fallback = False
    try:
        got = [c for c in checker.check(text, "2025-11-20").checks if c.claim.kind == "change"]
    finally:
        checker.fallback = True
    assert got and all(c.verdict.verdict == "unverifiable" for c in got)


def test_passed_countries_named_by_their_producers(checker) -> None:  # type: ignore[no-untyped-def]
    """"has overtaken established producers in A and B": a comparison with each country passed
    (USGS MCS 2025: Chile mined 49,000 t of lithium in 2024, Argentina 18,000 t, China 41,000 t)."""
    checker.fallback = False
    try:
        text = "Chile mined more lithium than ever in 2024. This means it has overtaken rival producers in China and Argentina."
        got = [c for c in checker.check(text, "2025-06-01").checks if c.claim.kind == "comparison"]
    finally:
        checker.fallback = True
    assert {(c.claim.country, (c.claim.comparison or {}).get("other")) for c in got} == {("CHL", "CHN"), ("CHL", "ARG")}
