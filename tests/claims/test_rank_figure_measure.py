"""A rank naming no measure takes the measure of the figure stated with it (share_rank.py,
fourteenth session). Invented sentences; USGS MCS 2025 (current 2025-01-31 to 2026-02-05),
nickel in 2024: reserves Indonesia 55 Mt, Australia 24 Mt, Brazil 16 Mt; mine production
Indonesia 2.2 Mt, Australia 110,000 t (sixth or seventh)."""

from __future__ import annotations

import pytest

LEAD = "Indonesia mined 2.2 million tons of nickel in 2024. "


def ranks(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "rank"]


@pytest.mark.rules_only
@pytest.mark.parametrize(("text", "verdict"), [
    # the figure is reserves (its clause names no measure), so the rank is a reserve rank: #2
    (LEAD + "Australia remains the second biggest nickel source in the world with 24 million tons.", "supported"),
    # read at reserves Brazil is third: the rank stays refuted
    (LEAD + "Brazil remains the second biggest nickel source in the world with 16 million tons.", "refuted"),
    # "producing" names the rank's own measure: production, where Australia is far from second
    ("Australia remains the second biggest nickel producing country in the world with 24 million tons.", "refuted"),
])
def test_rank_takes_the_measure_of_its_figure(checker, text: str, verdict: str) -> None:
    got = ranks(checker.check(text, "2025-06-01"))
    assert got and got[0].verdict.verdict == verdict, [(c.verdict.verdict, c.verdict.explanation) for c in got]


# "second only to X's figure": X is the rank's reference, never the ranked country, also when
# the sentence before named X and the ranked country is "the country" (extract.py, fourteenth
# session). MCS 2025 lithium reserves in 2024: Chile 9.3 Mt, Australia 7 Mt, Argentina 4 Mt.
_HURDLES = "{c} has ambitious plans for its miners. But the plan faces hurdles, as investors still prefer Chile. "


@pytest.mark.rules_only
@pytest.mark.parametrize(("country", "figure", "verdict"), [("Australia", "7", "supported"), ("Argentina", "4", "refuted")])
def test_second_only_to_names_the_reference(checker, country: str, figure: str, verdict: str) -> None:
    text = _HURDLES.format(c=country) + (f"The country has {figure} Mt of lithium reserves, second only to "
                                         "Chile's 9.3 Mt, according to USGS data.")
    got = ranks(checker.check(text, "2025-06-01"))
    assert got and got[0].claim.country != "CHL", [(c.claim.country, c.verdict.explanation) for c in got]
    assert got[0].verdict.verdict == verdict, got[0].verdict.explanation


# "dominance in the production and processing of X": an unstaged production beside processing is
# mine output (rule 11), so mining is among the stages and settles the claim (rule 12, C638;
# qualitative.py, fourteenth session). MCS 2025 cobalt mine production 2024: Congo first;
# IEA CMDE 2025 refining: China first, Congo not listed.
@pytest.mark.rules_only
@pytest.mark.parametrize(("country", "verdict"), [("Congo", "supported"), ("Chile", "refuted")])
def test_production_and_processing_is_settled_by_mining(checker, country: str, verdict: str) -> None:
    got = ranks(checker.check(f"{country} maintains dominance in the production and processing of cobalt, "
                              "yet prices are low.", "2025-06-01"))
    assert got and all(c.claim.stage != "refining" for c in got), [(c.claim.stage, c.verdict.explanation) for c in got]
    assert got[0].verdict.verdict == verdict, got[0].verdict.explanation
