"""Tin and manganese in the commodity gazetteer (twentieth session): claims about them are found,
and, since the bundle holds no tin or manganese figures (``observations.csv`` has no rows for
either; ``commodities.csv`` says so in its note), they are ``unverifiable`` (labelling rule on
claims the bundled data cannot settle), with the reason in the explanation. Every sentence is
written for these tests.
"""

from __future__ import annotations

import csv

import pytest

from critmin.claims.extract import patterns, scan_entities
from critmin.dataset import DATA_DIR


def _observed_commodities() -> set[str]:
    with (DATA_DIR / "observations.csv").open(encoding="utf-8", newline="") as fh:
        return {row["commodity"] for row in csv.DictReader(fh)}


@pytest.mark.parametrize("slug", ["tin", "manganese"])
def test_in_the_gazetteer_without_figures(slug: str) -> None:
    assert slug in patterns(str(DATA_DIR)).commodity_names
    assert slug not in _observed_commodities()  # if figures are added, the verdicts below change


@pytest.mark.parametrize("text, slug, kind, reason", [
    ("Indonesia mined about 50,000 tonnes of tin in 2023.", "tin", "quantity", "no figure for Indonesia"),
    ("Myanmar is the world's third-largest producer of tin.", "tin", "rank", "no table"),
    ("South Africa mined about 7.4 million tonnes of manganese in 2023.", "manganese", "quantity",
     "no figure for South Africa"),
    ("Gabon is the world's second-largest producer of manganese.", "manganese", "rank", "no table"),
])
def test_claims_are_found_and_unverifiable(checker, text: str, slug: str, kind: str, reason: str) -> None:
    r = checker.check(text, "2025-06-01")
    mine = [c for c in r.checks if c.claim.kind == kind]
    assert len(mine) == 1
    c = mine[0]
    assert c.claim.commodity == slug
    assert c.verdict.verdict == "unverifiable"
    assert reason in c.verdict.explanation


def test_names_are_scanned() -> None:
    ents = scan_entities("Tin and manganese prices rose.", patterns(str(DATA_DIR)))
    assert {ident for _, _, kind, ident, _ in ents if kind == "commodity"} == {"tin", "manganese"}
