"""The fallback for figures no specific rule reads (issue #6: every checkable claim is
reported): a sentence stating a figure with a unit about a commodity yields one generic
claim, always ``unverifiable`` with the data that would settle it; the non-claims of rule 10
of benchmarks/claims_eval/README.md (forecasts, plans, budgets, company results, share
prices, uses, definitions, offers, history) yield none. Sentences written for this test."""

from __future__ import annotations

import pytest

DATE = "2025-06-01"


def _fallbacks(checker, sentence: str) -> list:
    r = checker.check(sentence, DATE)
    return [c for c in r.checks if (c.claim.comparison or {}).get("unread_figure")]


# (sentence, expected kind, words the explanation must name)
MUST_CLAIM = [
    # a duty or tax rate: no series of the dataset holds one
    ("India levies a 12% export duty on its rare earth concentrates.", "share", "duty, tax or tariff"),
    ("Tungsten concentrate leaving Kazakhstan pays a 10% export tax.", "share", "duty, tax or tariff"),
    ("Washington now charges a 25% duty on graphite anode material from China.", "share", "duty, tax or tariff"),
    # a share of a country's needs met by some supply
    ("Recycled material met 12% of Japan's rare earth needs last year.", "share", "rare earths"),
    ("Scrap covered 12% of the rare earth needs of Japan last year.", "share", "rare earths"),
    # a price per ounce, which the number pattern leaves as a plain dollar sum
    ("Platinum changed hands at $980 per ounce on Friday in London.", "quantity", "prices of platinum"),
    ("In London on Friday, platinum cost $980 an ounce.", "quantity", "prices of platinum"),
    # a change of a rate, governed by a change verb
    ("Last year Vietnam raised its export tax on tungsten ore from 10% to 20%.", "change", "tungsten"),
    ("Indonesia's royalty on nickel ore was increased from 10% to 14%.", "change", "nickel"),
    # "by" before a percentage: the size of a change, not a share
    ("Chile's new royalty lifted the lithium levy paid by miners by 3 percent.", "change", "lithium"),
    ("Zambia's new rules pushed the cobalt tax charged to miners by 2% this spring.", "change", "cobalt"),
]


@pytest.mark.parametrize(("sentence", "kind", "names"), MUST_CLAIM)
def test_unread_figure_is_one_unverifiable_claim(checker, sentence: str, kind: str, names: str) -> None:
    r = checker.check(sentence, DATE)
    assert len(r.checks) == 1, [c.claim.text for c in r.checks]
    c = r.checks[0]
    assert (c.claim.comparison or {}).get("unread_figure")
    assert c.claim.kind == kind
    assert c.verdict.verdict == "unverifiable"
    assert c.verdict.explanation.startswith("a figure the checker could not tie to a series")
    assert "would need" in c.verdict.explanation
    assert c.verdict.needs and names in c.verdict.needs


MUST_NOT = [
    # forecasts and plans
    "Analysts forecast that lithium demand will reach 2.4 million tonnes by 2030.",
    "Lithium consumption is projected to hit 2.4 Mt by the end of the decade.",
    "The ministry says it will cut graphite exports by 20% next year.",
    "Graphite output is expected to rise 15% as new mines open.",
    "Vietnam aims for 2 million tonnes of rare earth ore a year.",
    "Nickel shipments from Canada are anticipated to total 90,000 tonnes.",
    "The target is for Australia to refine 50,000 tonnes of rare earths.",
    # budgets, loans and grants
    "The ministry has earmarked a $500 million budget for a new gallium recovery plant.",
    "The state loan of $75 million will finance a graphite anode factory in Quebec.",
    "A $300 million grant will fund a cobalt refinery in Ohio.",
    # company financial results and share prices
    "Lynas said its quarterly revenue rose 20% to A$180 million on higher rare earth prices.",
    "Iluka's half-year profit fell 35% on weaker zircon and rare earth sales.",
    "Shares in the lithium miner fell 12% on Monday.",
    "The stock of the antimony producer jumped 25% after the announcement.",
    # uses
    "Roughly 30% of tungsten is used in cemented carbides for cutting tools.",
    "About 60% of lithium goes into batteries for electric cars.",
    "Nearly 45% of Japan's antimony was consumed in flame retardants.",
    "About 40% of neodymium ends up in permanent magnets for motors.",
    # definitions and ore grades
    "Ore with 1.5% lithium oxide counts as a high-grade spodumene deposit.",
    "Monazite is defined as a phosphate mineral with up to 70% rare earth oxides.",
    "Vietnam's rare earth ore carries roughly 6% TREO on average in the Lai Chau belt.",
    # offers
    "The company offered $12 per share for the lithium developer.",
    "Glencore offers $40 per pound for cobalt delivered in Rotterdam.",
    # history before the data
    "In 1985, Chinese rare earth smelters shipped 3% of their oxide to Japan.",
    "Decades ago, American mines met 90% of the world's rare earth needs.",
]


@pytest.mark.parametrize("sentence", MUST_NOT)
def test_non_claims_get_no_fallback(checker, sentence: str) -> None:
    assert _fallbacks(checker, sentence) == []


@pytest.mark.parametrize("sentence", [
    "China mined 270,000 tonnes of rare earths in 2024.",  # MCS 2025 (2024 rare-earth mine production)
    "In 2024, rare earth mine output in China came to 270,000 tonnes.",
])
def test_a_sentence_a_rule_read_gets_no_fallback(checker, sentence: str) -> None:
    r = checker.check(sentence, DATE)
    assert r.checks and not any((c.claim.comparison or {}).get("unread_figure") for c in r.checks)


@pytest.mark.parametrize("sentence", [
    "Rhenium traded at 1,500 tonnes a month in Chile.",  # rhenium: is not checked here
    "The mine moved 3,000 tonnes of waste rock in May.",
    "Fares on the ferry rose 12% this spring.",
])
def test_no_commodity_no_fallback(checker, sentence: str) -> None:
    r = checker.check(sentence, DATE)
    assert not any((c.claim.comparison or {}).get("unread_figure") for c in r.checks)
