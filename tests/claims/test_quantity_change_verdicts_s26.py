"""Quantity and change verdicts of the twenty-sixth session.

Expected verdicts follow from the labelling rules of benchmarks/claims_eval/README.md and from
published data (USGS MCS), not from the checker's output:

* USGS MCS prices lithium only as battery-grade lithium carbonate (MCS 2024: US$68,100/t in 2022,
  US$46,000/t in 2023), so "the lithium price" is that series (rule 1: USGS MCS is the reference for
  prices). A price of another form (lithium hydroxide, spodumene: rule 6), an average over several
  years and a price per tonne against a series per metric ton unit of content (tungsten) are not it.
* A price move over half a year ("in the first semester", "in H1") is a move over part of a year,
  which the annual averages do not settle (rule 12): ``unverifiable``.
* "supply disruptions in major producer South Africa": a place among the leaders (rules 14, 21b);
  MCS 2025 ranks South Africa first in platinum mine output (120,000 kg in 2024).
"""

from __future__ import annotations

import pytest

from critmin.claims import check

from .conftest import of_kind

MCS_2024_DAY = "2024-06-01"


def _verdicts(text: str, kind: str, day: str) -> list[str]:
    return [c.verdict.verdict for c in of_kind(check(text, date=day), kind)]


@pytest.mark.parametrize(("sentence", "want"), [
    ("The average lithium price fell to $46,000 per metric ton in 2023.", "supported"),
    ("The average lithium price fell to $30,000 per metric ton in 2023.", "refuted"),
])
def test_the_lithium_price_is_the_carbonate_series(sentence: str, want: str) -> None:
    got = _verdicts(sentence, "quantity", MCS_2024_DAY)
    assert got == [want]


@pytest.mark.parametrize("sentence", [
    "The average price of lithium hydroxide fell to $30,000 per metric ton in 2023.",
    "Lithium averaged just $671 a tonne over the three years to 2021.",
    "The average tungsten price in 2023 was US$16,800/t.",
])
def test_another_form_or_period_or_unit_is_not_the_series(sentence: str) -> None:
    got = _verdicts(sentence, "quantity", MCS_2024_DAY)
    assert "refuted" not in got and "supported" not in got


def test_a_price_move_over_half_a_year_is_unverifiable() -> None:
    # without the half year, nickel's annual LME average fell from 2023 to 2024 (MCS 2025), which would support it
    text = "Nickel prices fell further in the first semester of last year."
    got = _verdicts(text, "change", "2025-08-20")
    assert got and set(got) == {"unverifiable"}


def test_a_title_after_in_is_a_place_among_the_leaders() -> None:
    text = "Platinum supply was cut by disruptions in major producer South Africa."
    got = _verdicts(text, "rank", "2025-12-22")
    assert got == ["supported"]


def test_million_mt_is_million_metric_tons_in_the_fallback_reading() -> None:
    # 1.26 million metric tons, not 1.26 million megatonnes: "up to" that figure is not settled by the world's 30 Mt
    res = check("The deposit contains up to 1.26 million mt of lithium reserves.", date="2026-01-12")
    assert all(c.verdict.verdict != "supported" for c in res.checks)
