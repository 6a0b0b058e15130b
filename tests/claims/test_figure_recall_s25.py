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


# --- a recorded plan's output stated in the words of a forecast (README rule 17(i): a term of a plan that
# events.csv records is a claim its row settles; labels C13641, C13614, C8162). The rows: Australia's support
# of the Alcoa-Sojitz gallium refinery (2025-10-20; its note: "a 100 t/yr gallium refinery in Western
# Australia") and the DOE's conditional loan for Thacker Pass (2024-03-14; "About 40,000 t/yr battery-grade
# lithium carbonate")
def _quantities(checker, text: str, day: str) -> list:  # type: ignore[no-untyped-def]
    return of_kind(checker.check(text, day), "quantity")


@pytest.mark.parametrize(("text", "day", "row"), [
    ("That refinery is expected to produce about 100 tonnes of gallium a year.", "2025-11-01",
     "aus-2025-10-20-alcoa-gallium-investment"),
    ("The planned facility, to be operated by Alcoa, is expected to produce 100 metric tons of gallium annually.",
     "2025-11-01", "aus-2025-10-20-alcoa-gallium-investment"),
    ("Once running, the facility is expected to produce approximately 40,000 tonnes of battery-grade lithium "
     "carbonate a year.", "2024-06-01", "us-2024-03-14-doe-thacker-pass-conditional-loan"),
])
def test_a_recorded_plans_output_is_a_claim_its_row_settles(checker, text: str, day: str, row: str) -> None:
    got = _quantities(checker, text, day)
    assert len(got) == 1, text
    assert got[0].verdict.verdict == "supported"
    assert got[0].verdict.evidence[0].edition == row


@pytest.mark.parametrize(("text", "day"), [
    # the row is dated after the article (rule 9 reads events dated on or before it)
    ("That refinery is expected to produce about 100 tonnes of gallium a year.", "2025-09-01"),
    # another figure than the row's
    ("That refinery is expected to produce about 250 tonnes of gallium a year.", "2025-11-01"),
    # a plan the table does not record stays a plan (rule 10)
    ("The planned refinery is expected to produce 3,000 tonnes of cobalt a year.", "2025-11-01"),
    # the figure, but nothing ties the sentence to the row (no shared word, no name of the row's)
    ("Phase 2 is expected to produce 100 tonnes of gallium.", "2025-11-01"),
])
def test_no_claim_from_a_forecast_no_row_states(checker, text: str, day: str) -> None:
    assert _quantities(checker, text, day) == [], text


# --- a word share's pronoun after a sentence adverb ("Moreover, it holds nearly all ..."): the country "it"
# carries, as for "It holds nearly all ..." (IEA GCMO 2025: China ~94 % of NdFeB magnet production, 2024)
@pytest.mark.rules_only
def test_a_word_share_after_an_opening_adverb(checker) -> None:
    text = "China mines most rare earths. Moreover, it holds nearly all rare earth magnet production."
    got = [c for c in of_kind(checker.check(text, "2025-12-22"), "share") if c.claim.hedge == "nearly"]
    assert len(got) == 1
    assert (got[0].claim.country, got[0].claim.commodity) == ("CHN", "ndfeb_magnets")
    assert got[0].verdict.verdict == "supported"


# --- a move in a firm's output reported beside its results (README rule 10 excludes revenue, profit and share
# prices, not output; label C9790): a change claim, `unverifiable` (no country's figure)
@pytest.mark.rules_only
def test_an_output_move_beside_sales_is_a_change_claim(checker) -> None:
    text = ("Graphite One saw an increase in graphite production and sales during the September quarter, driven by "
            "a recovery at its mine.")
    got = of_kind(checker.check(text, DAY), "change")
    assert len(got) == 1
    assert (got[0].claim.commodity, got[0].claim.measure) == ("graphite", "production")
    assert got[0].verdict.verdict == "unverifiable"


@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    # the move is of the money ...
    "Graphite One saw an increase in graphite sales revenue during the September quarter.",
    # ... or expected
    "Graphite One expects an increase in graphite production and sales next quarter.",
])
def test_no_output_move_of_money_or_of_a_forecast(checker, text: str) -> None:
    assert of_kind(checker.check(text, DAY), "change") == [], text


# --- a stranglehold presupposed under a plan: "aiming to challenge China's stranglehold on graphite" (README rule
# 17(d): dominance as the object of another verb still claims first place; labels C2873, C6351). USGS MCS (current
# on 2023-10-20): China first in graphite mine production
@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "The US and Europe are aiming to challenge China's stranglehold on graphite.",
    "Washington wants to break China's stranglehold on graphite.",
])
def test_a_presupposed_stranglehold_under_a_plan(checker, text: str) -> None:
    got = [c for c in of_kind(checker.check(text, "2023-10-20"), "rank") if c.claim.country == "CHN"]
    assert len(got) == 1, text
    assert (got[0].claim.commodity, got[0].claim.rank) == ("graphite", 1)
    assert got[0].verdict.verdict == "supported"


@pytest.mark.rules_only
def test_a_planned_stranglehold_of_no_holder_stays_a_plan(checker) -> None:
    text = "Washington wants to build a stranglehold on graphite of its own."
    assert of_kind(checker.check(text, "2023-10-20"), "rank") == []
