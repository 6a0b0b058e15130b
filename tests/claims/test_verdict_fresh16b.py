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


def _matches(checker: Checker, sent: str, day: str) -> list[tuple[str, str]]:
    from critmin.claims.event_signatures import sentence_matches

    return [(why, str(e.get("event_id"))) for _, e, why in sentence_matches(sent, day, checker.index.events,
                                                                           checker.data_dir)]


def test_undated_news_of_the_days_firm_row(checker: Checker) -> None:
    # events.csv: Australia's extra A$400 million loan to Iluka, dated 2024-12 (month precision)
    sent = "Iluka Resources has won a further $400 million in government funding for its refinery."
    got = _matches(checker, sent, "2024-12-09")
    assert ("recent", "aus-2024-12-iluka-additional-loan") in got, got
    # months later, an undated sentence no longer reports that row: open
    assert not any(why == "recent" for why, _ in _matches(checker, sent, "2025-03-20"))
    # a forecast is no news of an act
    future = "Iluka Resources will win a further $400 million in government funding for its refinery."
    assert not any(why == "recent" for why, _ in _matches(checker, future, "2024-12-09"))


def _events(checker: Checker, text: str, day: str) -> list[tuple[str, str]]:
    return [(c.verdict.verdict, c.verdict.explanation) for c in checker.check(text, date=day).checks
            if c.claim.kind == "event"]


def test_deal_of_other_firms_is_no_row_of_its_month(checker: Checker) -> None:
    # two firms the table does not hold sign a deal in a month an agreement of other parties is
    # dated: another deal (rule 9), neither supported by the judge nor by the rows' signatures
    got = _events(checker, "Quellin Resources signed a supply agreement with Orvik Chemicals in June 2023 for "
                  "rare earths.", "2023-10-02")
    assert got and all(v == "unverifiable" for v, _ in got), got
    # the row's own parties with its month still name it (events.csv: the US-Mongolia MoU of 2023-06-27)
    got = _events(checker, "The United States and Mongolia signed a memorandum of understanding on critical "
                  "minerals in June 2023.", "2023-10-02")
    assert any(v == "supported" and "Mongolia" in e for v, e in got), got


def _quantities(checker: Checker, text: str, day: str) -> list[tuple[str, str]]:
    return [(c.verdict.verdict, c.verdict.explanation) for c in checker.check(text, date=day).checks
            if c.claim.kind == "quantity"]


def test_count_of_listed_things_stated_by_a_row(checker: Checker) -> None:
    # events.csv: the EU's first 47 Strategic Projects, dated 2025-03-25
    said = "Brussels has selected 47 strategic projects for raw materials such as graphite and nickel."
    got = _quantities(checker, said, "2025-05-01")
    assert got and all(v == "supported" for v, _ in got), got
    # before the row's date, or another count, or the whole a part is taken of: open
    assert all(v == "unverifiable" for v, _ in _quantities(checker, said, "2025-01-10"))
    assert all(v == "unverifiable" for v, _ in _quantities(checker, said.replace("47", "52"), "2025-05-01"))
    assert all(v == "unverifiable" for v, _ in _quantities(
        checker, "Of the 47 strategic projects, nine concern graphite.", "2025-05-01"))


def test_stake_in_a_backed_firm_with_a_bare_dollar_sum(checker: Checker) -> None:
    # events.csv: Australia's National Reconstruction Fund commits A$200 million to Arafura (2025-01-14).
    # "the Darwin-based Arafura": the firm is Arafura, not "Darwin"; a bare "$" in the sentence holds
    # against the row's A$, and the fund's own size (a sum the row lacks) does not unsettle it (rule 4)
    said = "The $15 billion National Reconstruction Fund has bought a $200 million stake in the Darwin-based Arafura " \
           "Rare Earths."
    got = _events(checker, said, "2025-01-20")
    assert got and all(v == "supported" for v, _ in got), got
    got = _events(checker, said.replace("$200 million", "$350 million"), "2025-01-20")
    assert got and all(v == "unverifiable" for v, _ in got), got


def test_count_coordinated_with_a_second_count_in_the_row() -> None:
    from critmin.claims.verdict import _count_pattern

    row = "Some country designates 41 critical and 12 strategic minerals"
    assert _count_pattern(41, "minerals").search(row) and _count_pattern(12, "minerals").search(row)
    assert not _count_pattern(41, "minerals").search("41 projects and 12 new minerals")
