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


def _quantities(checker: Checker, text: str, day: dt.date) -> list[tuple[float | None, str]]:
    res = checker.check(text, date=day)
    return [(c.claim.value, c.verdict.verdict) for c in res.checks if c.claim.kind == "quantity"]


@pytest.mark.parametrize(("text", "verdict"), [
    # a sentence about ore whose tonnage the basis window does not reach: ore tonnage, another basis
    # than the data's metal content (rule 6), never refuted by it
    ("Output of nickel ore in the Philippines kept climbing for years and came to 41 million tonnes in 2023.",
     "unverifiable"),
    # without ore, a wrong figure is refuted ...
    ("Nickel output in the Philippines kept climbing for years and came to 41 million tonnes in 2023.", "refuted"),
    # ... and so is a figure near the content figure, though the sentence names ore
    ("Nickel output in the Philippines, mostly from laterite ore, kept climbing and came to 900,000 tonnes in 2023.",
     "refuted"),
])
def test_ore_tonnage_far_above_the_content_figure(checker: Checker, text: str, verdict: str) -> None:
    got = _quantities(checker, text, dt.date(2024, 6, 20))
    assert got and all(v == verdict for _, v in got), got


def _kinds(checker: Checker, text: str, day: dt.date, kinds: tuple[str, ...]) -> list[tuple[str | None, str, str]]:
    res = checker.check(text, date=day)
    return [(c.claim.country, c.verdict.verdict, c.verdict.explanation) for c in res.checks if c.claim.kind in kinds]


def test_a_share_of_a_named_group_of_countries_is_the_groups(checker: Checker) -> None:
    got = _kinds(checker, "The brine project lies in the lithium triangle of Bolivia, Argentina and Chile, which holds "
                 "about 55 percent of the world's lithium reserves.", dt.date(2024, 9, 3), ("share", "rank"))
    assert got and all(v == "unverifiable" and "group of countries" in e for _, v, e in got), got


def test_a_country_in_the_named_group_keeps_its_own_figure(checker: Checker) -> None:
    got = _kinds(checker, "Chile, which lies in the lithium triangle, holds about 33 percent of the world's lithium "
                 "reserves.", dt.date(2024, 9, 3), ("share",))
    assert got and all(c == "CHL" and v == "supported" for c, v, _ in got), got


def test_a_ministrys_reserve_figure_given_after_it_is_a_national_inventory(checker: Checker) -> None:
    # the source after the figure, as before it (C1638 reading): a national inventory, never refuted by USGS
    got = _kinds(checker, "Brazil has lithium reserves of 1.9 million tonnes, according to the country's Ministry "
                 "of Mines and Energy.", dt.date(2024, 9, 3), ("quantity",))
    assert got and all(v == "unverifiable" and "national inventory" in e for _, v, e in got), got
    got = _kinds(checker, "Brazil has lithium reserves of 1.9 million tonnes, according to a mining consultancy.",
                 dt.date(2024, 9, 3), ("quantity",))
    assert got and all(v == "refuted" for _, v, _ in got), got
