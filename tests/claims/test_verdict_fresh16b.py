"""Verdict rules of the sixteenth session's second verdict helper (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from critmin.claims import Checker

pytestmark = pytest.mark.rules_only


def _shares(checker: Checker, text: str, day: dt.date) -> list[tuple[str | None, str, str]]:
    res = checker.check(text, date=day)
    return [(c.claim.country, c.verdict.verdict, c.verdict.explanation) for c in res.checks if c.claim.kind == "share"]


def test_share_in_a_relative_clause_on_a_firm_is_the_firms(checker: Checker) -> None:
    # a country quoted earlier in the sentence does not own the figure of "<firm>, which produces X%"
    got = _shares(checker, 'No quota "has been set by Indonesia," said the chief executive of Eramet, which '
                  "produces about 9 percent of the world's nickel.", dt.date(2025, 5, 9))
    assert got and all(v == "unverifiable" for _, v, _ in got), got
    assert any("company ('Eramet')" in e for _, _, e in got), got


def test_share_in_a_relative_clause_on_a_country_stays_the_countrys(checker: Checker) -> None:
    got = _shares(checker, "Analysts at Eramet said that Indonesia, which produces 50 percent of the world's "
                  "nickel, may cut its quota.", dt.date(2025, 5, 9))
    assert got and all(c == "IDN" and v != "unverifiable" for c, v, _ in got), got
