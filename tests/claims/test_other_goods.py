"""Figures of goods no edition covers (fifteenth session, verdict rules).

A figure or rank whose own phrase names a good outside the bundle ("22% of the world's natural
gas", "6 million ounces of gold", "a major producer of natural gas and diamonds") is that good's,
not the commodity carried from the sentences before: `unverifiable` (README rules 4 and 6). A list
that also names a commodity of the bundle keeps the rank for it. The sentences are invented.
"""

from __future__ import annotations

import pytest

OTHER = "which no edition of the dataset covers"


def _checks(checker, text: str, kind: str) -> list:  # type: ignore[no-untyped-def]
    """The claims of ``kind`` in the second sentence (the first names the bundled commodity)."""
    second = text.index(". ") + 2
    return [c for c in checker.check(text, "2025-06-01").checks if c.claim.kind == kind and c.claim.span[0] >= second]


@pytest.mark.rules_only
@pytest.mark.parametrize(("text", "kind"), [
    ("Indonesia mined 1.8 million tonnes of nickel in 2023. The country also holds nearly 30% of the world's silver.",
     "share"),
    ("Indonesia mined 1.8 million tonnes of nickel in 2023. It is also among the leading producers of gold and coal.",
     "rank"),
    ("Indonesia mined 1.8 million tonnes of nickel in 2023. One of its regions yielded 4 million ounces of gold.",
     "quantity"),
])
def test_a_figure_of_a_good_outside_the_bundle_is_unverifiable(checker, text: str, kind: str) -> None:
    found = _checks(checker, text, kind)
    assert found and all(c.verdict.verdict == "unverifiable" and OTHER in c.verdict.explanation for c in found)


@pytest.mark.rules_only
def test_a_list_naming_a_bundled_commodity_keeps_its_reading(checker) -> None:
    text = "Indonesia mined 1.8 million tonnes of nickel in 2023. It is also among the leading producers of gold, coal and nickel."
    found = _checks(checker, text, "rank")
    assert found and all(OTHER not in c.verdict.explanation for c in found)
