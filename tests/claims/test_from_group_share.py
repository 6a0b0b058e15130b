"""A share of the world said to come from a list of countries is their summed share
(group_share.from_group_shares; README rule 1, several countries together). Invented
sentences; USGS MCS 2025 (current 2025-01-31 to 2026-02-05), 2024 cobalt mine production:
Congo (Kinshasa) 220,000 t, Indonesia 28,000 t, world 290,000 t (together 85.5%)."""

from __future__ import annotations


def shares(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "share"]


def test_share_from_two_countries_is_summed(checker) -> None:
    got = shares(checker.check("Roughly 85% of the world's cobalt comes from Congo and Indonesia.", "2025-06-01"))
    assert got and got[0].claim.comparison == {"countries": ["COD", "IDN"]}
    assert got[0].verdict.verdict == "supported"


def test_share_from_one_country_stays_single(checker) -> None:
    got = shares(checker.check("Roughly 76% of the world's cobalt comes from Congo, the rest from Indonesia and Russia.",
                               "2025-06-01"))
    assert got and got[0].claim.country == "COD" and not got[0].claim.comparison
    assert got[0].verdict.verdict == "supported"
