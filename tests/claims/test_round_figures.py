"""A tonnage stated to one significant figure is read at that digit (labelling rule 5: "the last
significant digit: 240,000 -> nearest 10,000; 2,600 -> nearest 100"), so "40,000 t" stands for
35,000..45,000 t. Sentences written for this test; the reference value is USGS MCS 2025's lithium
mine production of China in 2024, 41,000 t.
"""

from __future__ import annotations

import pytest

from critmin import claims
from critmin.claims.extract import precision_of, stated_precision


@pytest.mark.parametrize(("digits", "want"), [
    ("40,000", 5000.0), ("240,000", 5000.0), ("2,600", 50.0), ("1,000", 500.0), ("45,500", 50.0),
    ("7", 0.5), ("0.6", 0.05), ("2.50", 0.005),
])
def test_stated_precision_is_half_the_last_significant_digit(digits: str, want: float) -> None:
    assert stated_precision(digits) == pytest.approx(want)


def test_precision_of_keeps_two_significant_figures_for_other_uses() -> None:
    # shares, changes and data rows keep their own readings (rule 5's "70% -> nearest 10 points"
    # is read by the share and change verdicts, not by this helper)
    assert precision_of("40,000") == 500.0
    assert precision_of("70") == 0.5


def _verdict(text: str, figure: str, date: str = "2025-06-01") -> str:
    found = [c for c in claims.check(text, date=date).checks if figure in c.claim.text]
    assert found, f"no claim on {figure!r}"
    return found[0].verdict.verdict


@pytest.mark.parametrize(("text", "figure", "want"), [
    ("China produced 40,000 metric tons of lithium in 2024.", "40,000", "supported"),
    ("China produced 50,000 metric tons of lithium in 2024.", "50,000", "refuted"),
    ("China produced 40,500 metric tons of lithium in 2024.", "40,500", "refuted"),
    ("China produced 41,000 metric tons of lithium in 2024.", "41,000", "supported"),
])
def test_a_round_tonnage_holds_at_its_last_significant_digit(text: str, figure: str, want: str) -> None:
    assert _verdict(text, figure) == want
