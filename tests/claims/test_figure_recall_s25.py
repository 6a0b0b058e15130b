"""Figure claims the checker missed on the newest readable batches (twenty-fifth session). Sentences are
invented for these tests; the readings come from the labelling rules of benchmarks/claims_eval/README.md."""

from __future__ import annotations

import pytest

from .conftest import of_kind

DAY = "2025-06-01"


def _ranks(checker, text: str) -> list:  # type: ignore[no-untyped-def]
    return of_kind(checker.check(text, DAY), "rank")


# --- a firm's first place in a subset of the producers, beside the firm's results (README rule 20(c): a
# company's rank apposed to its name is a rank claim, `unverifiable`; labels C7618, C8801, C9100, C13620)
@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "Arafura, which is the world's largest producer of rare earths outside China, saw a 12% drop in its quarterly "
    "sales revenue to US$50 million.",
    "Arafura is the world's biggest producer of rare earths outside of China and said its revenue for the quarter "
    "was $120 million.",
    "The world's largest producer of rare earths outside China said net profit for the half year was A$20 million.",
    "Arafura Rare Earths, the world's leading producer of rare earth oxides outside China, reported a 30% rise in "
    "quarterly revenue.",
])
def test_a_firm_place_outside_china_beside_its_results(checker, text: str) -> None:
    got = _ranks(checker, text)
    assert len(got) == 1, text
    c = got[0].claim
    assert (c.country, c.commodity, c.rank) == (None, "rare_earths", 1)
    assert got[0].verdict.verdict == "unverifiable"  # no country's place: nothing a table of countries settles


@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    # the place is an aim (rule 10) ...
    "Arafura wants to become the largest producer of rare earths outside China and said its revenue doubled.",
    # ... or a forecast, whatever the results beside it
    "Arafura will be the largest producer of rare earths outside China, it said as it reported its revenue.",
    # the results come inside the place's own phrase: a ranking by revenue, not by output
    "Arafura's revenue makes it the largest producer of rare earths outside China.",
])
def test_no_firm_place_under_a_plan_or_inside_the_results(checker, text: str) -> None:
    assert _ranks(checker, text) == [], text
