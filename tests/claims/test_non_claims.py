"""(s7-precision) Detections labelling rule 10 excludes: plans and targets, share prices,
market sizes, budgets and company results, undated intentions (critmin.claims.non_claims).

Every sentence here was written for this test; the figures are illustrative."""

from __future__ import annotations

import pytest

from critmin.claims import check
from critmin.claims.extract import extract_claims
from critmin.claims.model import Claim
from critmin.claims.non_claims import NON_CLAIM_GATE, drop_non_claims

DATE = "2025-11-20"


def kinds(text: str) -> list[str]:
    return [c.kind for c in extract_claims(text, date=DATE)]


@pytest.mark.parametrize("text", [
    "The national roadmap envisages mining 500,000 tonnes of rare earths a year by 2035.",
    "The refinery aims to raise its capacity to 12,000 metric tons per year of NdPr oxide.",
    "Lynas is considering expanding capacity to 15,000 t/yr of separated rare earths.",
    "The second stage is scheduled for completion in 2027, adding capacity to make 3,000 t/yr of magnets.",
    "The ministry wants to secure up to 15% of the global graphite market by 2032.",
])
def test_plans_and_targets_are_not_claims(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Its shares jumped 35% on Monday, closing at $21.40.",
    "Northern Minerals Ltd rose 12 per cent, while Hastings Metals gained about 4 per cent.",
    "The stock had more than tripled earlier in the year before the deal.",
])
def test_share_price_moves_are_not_claims(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Exporters fear losing a $2.3 billion lithium market in Europe.",
    "The accord comes with a $120-billion plan for new smelters and ports.",
    "Revenue from magnet sales climbed 22% to $310 million in 2024.",
    "Analysts set a $55 price target on the cobalt miner.",
])
def test_market_sizes_budgets_and_results_are_not_claims(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "The two governments agreed to explore joint investment in graphite processing.",
    "The price floor aims to shield Western rare earth projects from dumping.",
    "The firm is developing a lithium project in Chile through a joint venture.",
])
def test_undated_intentions_are_not_claims(text: str) -> None:
    assert "event" not in kinds(text)


@pytest.mark.parametrize("text, kind", [
    # the fact a plan starts from, or a fact in a relative clause, is still a claim
    ("The pact seeks to cut reliance on China, which controls 90% of rare earth refining.", "share"),
    ("Russia, which holds the fifth-largest rare earth reserves, plans to double output.", "rank"),
    ("China produced 270,000 tons of rare earths in 2024 and is seen as the main supplier.", "quantity"),
    ("The miner plans a second plant; China mined 270,000 tons of rare earths in 2024.", "quantity"),
    ("Australia aims to grow its industry, and it mined 13,000 tons of rare earths in 2024.", "quantity"),
    # a production figure next to a company name is not a share price
    ("Lynas Rare Earths production rose 10% to 10,900 tonnes in 2024.", "change"),
    # a trade sum is a claim, not a market size
    ("China exported $1.2 billion of rare earth magnets to the US in 2024.", "quantity"),
    # a dated event stays, whatever intent words follow
    ("On October 9, 2025, China imposed export controls on five more rare earths and aims to close loopholes.",
     "event"),
])
def test_facts_next_to_these_words_stay(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_forecast_attributed_to_an_outlook_is_kept() -> None:
    # labelling rule 1: an outlook's projection is checkable; the plan rule leaves attributed figures
    c = Claim(sentence="", span=(40, 43), kind="share", source="IEA")
    sent = "The IEA expects China to target a 77% share of refining in 2030."
    assert drop_non_claims(sent, 0, frozenset({"iea", "target", "expects"}), [c]) == [c]


def test_gate_skips_sentences_without_the_words() -> None:
    c = Claim(sentence="", span=(0, 5), kind="quantity", unit="USD")
    words = frozenset({"china", "mined", "tons"})
    assert words.isdisjoint(NON_CLAIM_GATE)
    assert drop_non_claims("China mined 5 tons.", 0, words, [c]) == [c]


def test_checker_end_to_end_drops_only_the_plan() -> None:
    text = ("China mined 270,000 tons of rare earths in 2024, according to the USGS. "
            "Vietnam's master plan envisions mining 2 million tons a year by 2030.")
    res = check(text, date="2025-04-01")
    sentences = {c.claim.sentence for c in res.checks}
    assert any(s.startswith("China mined") for s in sentences)
    assert not any(s.startswith("Vietnam") for s in sentences)
