"""Ranks within a region (region_ranks.py): among the region's countries the edition lists
(M49 continental regions). Invented sentences; USGS MCS 2025 (current 2025-01-31 to
2026-02-05), 2024 cobalt mine production: Indonesia 28,000 t, Philippines and China
smaller (the Asian countries listed); lithium: Zimbabwe first among the African countries."""

from __future__ import annotations

import pytest

from critmin.claims.region_ranks import region_members


def ranks(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "rank"]


@pytest.mark.parametrize(("text", "verdict"), [
    ("Indonesia is now the largest cobalt producer in Asia.", "supported"),
    ("The Philippines is Asia's largest cobalt producer.", "refuted"),
    ("Zimbabwe is Africa's biggest lithium producer.", "supported"),
])
def test_rank_within_a_region(checker, text: str, verdict: str) -> None:
    got = ranks(checker.check(text, "2025-06-01"))
    assert got and got[0].verdict.verdict == verdict, [(c.verdict.verdict, c.verdict.explanation) for c in got]


def test_a_country_outside_the_region_is_unverifiable(checker) -> None:
    got = ranks(checker.check("Zimbabwe is Europe's biggest lithium producer.", "2025-06-01"))
    assert got and got[0].verdict.verdict == "unverifiable"


def test_the_continent_is_the_countrys_own() -> None:
    assert region_members("the continent", "ZAF") == region_members("Africa", "ZAF")
    assert region_members("the West", "USA") is None


# eighteenth session: a region whose only listed country is the ranked one (README rule 16b: the
# first African country of the table; the "other countries" remainder does not unsettle it).
# USGS MCS 2023 (current 2023-01-31 to 2024-01-30) lists Zimbabwe (310,000 t) as the only African
# country of the lithium reserve table.
@pytest.mark.parametrize(("text", "verdict"), [
    ("Zimbabwe has the largest lithium reserves in Africa.", "supported"),
    ("With the largest lithium deposits in Africa, Zimbabwe is on track to become a key player.", "supported"),
    # a lower place than first is not settled by a table that lists no other country of the region
    ("Zimbabwe has the second-largest lithium reserves in Africa.", "unverifiable"),
])
def test_the_only_listed_country_of_a_region_is_first(checker, text: str, verdict: str) -> None:
    got = ranks(checker.check(text, "2023-12-01"))
    assert got and got[0].verdict.verdict == verdict, [(c.verdict.verdict, c.verdict.explanation) for c in got]
