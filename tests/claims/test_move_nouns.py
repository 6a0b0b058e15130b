"""A move told by a noun after a verb of happening ("prices staged a rebound", "extended
their slide"): a change of unstated size, unverifiable (no monthly price series is
bundled), but a claim (README rule 12). Sentences are invented for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Lithium hydroxide prices staged a rebound in October.",
    "Molybdenum exports from Chile logged a steep drop in the third quarter.",
    "Cobalt prices extended their slide through August.",
])
def test_supported_noun_move_is_a_change(checker, text: str) -> None:
    got = [c for c in checker.check(text, "2025-11-01").checks if c.claim.kind == "change"]
    assert got and got[0].claim.change is None
    assert got[0].verdict.verdict == "unverifiable"


@pytest.mark.parametrize("text", [
    "Miners are bracing for a price rebound that analysts say may come next year.",
    "A prolonged slump in tin prices is the backdrop to the talks.",
])
def test_background_noun_move_is_no_claim(checker, text: str) -> None:
    assert not [c for c in checker.check(text, "2025-11-01").checks if c.claim.kind == "change"]


@pytest.mark.parametrize(("text", "verdict"), [
    # USGS MCS 2025: Congo (Kinshasa) cobalt 175,000 t (2023) -> 220,000 t (2024)
    ("Congo's cobalt output increased from 2023 to 2024, miners said.", "supported"),
    ("Congo's cobalt output declined between 2023 and 2024.", "refuted"),
])
def test_direction_between_two_named_years(checker, text: str, verdict: str) -> None:
    got = [c for c in checker.check(text, "2025-06-01").checks if c.claim.kind == "change"]
    assert got and got[0].claim.year == 2024 and got[0].verdict.verdict == verdict
