"""Magnets named after their elements (labelling rule 6: the magnet product is another basis than
the element). Sentences written for this test; the reference value is IEA GCMO 2025's share of
China in NdFeB magnet production in 2024, 94 %.

1. "neodymium-based magnets", "neodymium or praseodymium-based magnets" are the magnets, not
   neodymium;
2. "refining or producing ... magnets" offers two alternatives, and magnets are made, not refined:
   the share is one of magnet production.
"""

from __future__ import annotations

import pytest

from critmin import claims


def _share(text: str, date: str = "2025-10-20") -> claims.ClaimCheck:
    found = [c for c in claims.check(text, date=date).checks if c.claim.kind == "share"]
    assert found, "no share"
    return found[0]


@pytest.mark.parametrize("magnets", [
    "neodymium-based magnets", "neodymium or praseodymium-based magnets", "NdPr-based permanent magnets",
])
def test_a_magnet_named_after_its_elements_is_the_magnet(magnets: str) -> None:
    c = _share(f"China produces roughly 90% of the world's {magnets}.")
    assert c.claim.commodity == "ndfeb_magnets"
    assert c.verdict.verdict == "supported"


def test_refining_or_producing_magnets_is_magnet_production() -> None:
    c = _share("China refines or produces nine out of every ten neodymium-based magnets the world uses.")
    assert c.claim.commodity == "ndfeb_magnets" and c.claim.stage is None
    assert c.verdict.verdict == "supported"


def test_a_wrong_magnet_share_is_refuted() -> None:
    assert _share("China produces roughly 60% of the world's neodymium-based magnets.").verdict.verdict == "refuted"


def test_the_element_alone_stays_the_element() -> None:
    c = _share("China produces roughly 90% of the world's neodymium.")
    assert c.claim.commodity == "neodymium"
