"""The sum of a funding claim names the funding (funding.py, fourteenth session): a round
"$1 billion" does not name a US$620 million loan, although rule 5's half unit of a billion would
reach it. Invented sentences against the row of the US loan to Vulcan Elements (3 November 2025)."""

from __future__ import annotations

import pytest

SAID = "The US government committed a {sum} loan to magnet maker Vulcan Elements."


@pytest.mark.rules_only
@pytest.mark.parametrize(("amount", "verdict"), [("$620 million", "supported"), ("$1 billion", "unverifiable")])
def test_a_round_sum_does_not_name_a_smaller_funding(checker, amount: str, verdict: str) -> None:
    got = [c for c in checker.check(SAID.format(sum=amount), "2025-12-01").checks if c.claim.kind == "event"]
    assert got and got[0].verdict.verdict == verdict, [(c.verdict.verdict, c.verdict.explanation) for c in got]
