"""Verdict rules of the seventeenth session's verdict helper for ranks, shares and figures
(invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from critmin.claims import Checker

pytestmark = pytest.mark.rules_only


def _ranks(checker: Checker, text: str, day: dt.date) -> list[tuple[str | None, str, str]]:
    res = checker.check(text, date=day)
    return [(c.claim.country, c.verdict.verdict, c.verdict.explanation) for c in res.checks if c.claim.kind == "rank"]


@pytest.mark.parametrize(("text", "country", "verdict"), [
    # no copper table was current in early 2024: the later IEA outlook's table settles a present-tense
    # place when it agrees (rule 3 (b), rule 16 (d)) ...
    ("The Democratic Republic of Congo remains the second-largest copper miner in the world.", "COD",
     "supported_by_other_edition"),
    # ... and leaves it open when it disagrees (a later revision cannot refute)
    ("Peru remains the second-largest copper miner in the world.", "PER", "unverifiable"),
])
def test_a_place_only_a_later_table_ranks(checker: Checker, text: str, country: str, verdict: str) -> None:
    got = _ranks(checker, text, dt.date(2024, 2, 10))
    assert got and all(c == country and v == verdict for c, v, _ in got), got
