"""Verdict rules on the data side of non-event claims (twelfth session)."""

from __future__ import annotations

import pytest


def _ranks(checker, text: str, day: str) -> list[str]:
    return [c.verdict.verdict for c in checker.check(text, day).checks if c.claim.kind == "rank"]


@pytest.mark.rules_only
def test_first_place_in_refining_settled_by_a_published_refining_share(checker) -> None:
    # USGS lists refined rare-earth output (compounds and metals) for too few countries to rank;
    # IEA GCMO 2025 (May 2025) gives China's refining share, above half: first place
    text = "Beijing is the largest refiner of rare earths by a wide margin."
    assert _ranks(checker, text, "2025-12-01") == ["supported"]
    # before that edition the current IEA outlook gives only the magnet rare earths' share (another basis)
    assert _ranks(checker, text, "2024-10-01") == ["unverifiable"]


@pytest.mark.rules_only
def test_a_supplier_in_a_sentence_about_exports_is_the_producer(checker) -> None:
    # README rule 13: "supply" naming no stage is production, even when the sentence also talks
    # of export rules; MCS 2024 ranks Indonesia first in nickel mine output in 2023
    text = "Indonesia, the biggest supplier of nickel in the world, tightened its rules on ore exports last month."
    ranks = [c for c in checker.check(text, "2024-06-10").checks if c.claim.kind == "rank"]
    assert [(c.claim.measure, c.verdict.verdict) for c in ranks] == [("production", "supported")]
    # a supplier of a country's imports is an import source, not a producer
    text = "Japan buys most of its rare earths from China, the top supplier of its imports."
    ranks = [c for c in checker.check(text, "2024-06-10").checks if c.claim.kind == "rank"]
    assert [c.claim.measure for c in ranks] == ["imports"]



@pytest.mark.rules_only
def test_a_stage_named_before_the_rank_in_another_clause_is_not_the_ranks(checker) -> None:
    # README rule 11: "producer" naming no stage is read at mining first (MCS 2024: Congo first
    # in 2023 cobalt mine output); the plant's processing belongs to another clause
    text = "The processing plant is part of a push to lessen dependence on Congo, the dominant global producer of cobalt."
    ranks = [c for c in checker.check(text, "2024-06-10").checks if c.claim.kind == "rank"]
    assert [(c.claim.stage, c.verdict.verdict) for c in ranks] == [(None, "supported")]


@pytest.mark.rules_only
def test_the_base_year_of_a_comparison_does_not_date_a_rank(checker) -> None:
    # present tense: the latest data year of MCS 2024 (2023: Canada fifth in nickel mine output);
    # "compared to 2021" is the base of the change, not the rank's year
    text = "Canada is the world's fifth-largest nickel producer, with output up 30% compared to 2021."
    ranks = [c for c in checker.check(text, "2024-06-10").checks if c.claim.kind == "rank"]
    assert [(c.claim.year, c.verdict.verdict) for c in ranks] == [(None, "supported")]
