"""Figures the bundled data cannot settle must not be committed to (issue 6): a company's,
a mine's or a province's figure is not the country total, a flow to a named partner is
not a country's total trade, and a capacity is not output. Each such verdict names in
``needs`` the data that would settle it. Plain country figures stay checkable.

Reference figures (``src/critmin/data/observations.csv``, USGS MCS 2025, t REO for rare
earths and t contained lithium, year 2024): rare earths China 270,000, United States
45,000, Australia 13,000, Myanmar 31,000; lithium Australia 88,000. The sentences are
written for these tests.
"""

from __future__ import annotations

import pytest

MID_2025 = "2025-06-01"


def _production(checker, text: str):  # type: ignore[no-untyped-def]
    r = checker.check(text, MID_2025)
    found = [c for c in r.checks if c.claim.kind in ("quantity", "rank", "share", "change")]
    assert found, [(c.claim.kind, c.claim.text) for c in r.checks]
    return found


# ------------------------------------------------------------- company, mine, province
@pytest.mark.parametrize(("text", "named"), [
    # a company, with its country as a possessive or adjective
    ("Australia's Lynas mined 10,900 tonnes of rare earths in 2024.", "Lynas"),
    ("Last year the Australian producer Lynas Rare Earths turned out 10,900 t of rare earth oxide, "
     "its filings for 2024 show.", "Lynas"),
    # (MP Materials and Mountain Pass, the only US producer, are settled by the US row since README
    # rule 21 (d): tests/claims/test_verdict_readings_s24.py)
    # a state-owned group whose name starts with the country's name
    ("China Northern Rare Earth, the biggest miner in the country, extracted 140,000 tonnes of rare earths "
     "in 2024.", "China Northern Rare Earth"),
    # a province or state, before or with its country
    ("Kachin State in Myanmar produced 31,000 tonnes of rare earths in 2024.", "Kachin"),
    ("Myanmar's Kachin region shipped out rare earths mined there: 31,000 tons in 2024.", "Kachin"),
    ("Western Australia produced 88,000 tonnes of lithium in 2024.", "Western Australia"),
    ("In 2024 Inner Mongolia accounted for 180,000 tonnes of China's rare earth mining.", "Inner Mongolia"),
])
def test_sub_national_subject_is_unverifiable(checker, text: str, named: str) -> None:
    for c in _production(checker, text):
        assert c.verdict.verdict == "unverifiable", (c.claim.text, c.verdict.explanation)
    needs = " ".join(c.verdict.needs or "" for c in _production(checker, text))
    assert named in needs


@pytest.mark.parametrize(("text", "verdict"), [
    # the country is the subject; a company or mine is named as context or as the source
    ("The United States mined 45,000 tonnes of rare earths in 2024, according to MP Materials.", "supported"),
    ("China, home to the Bayan Obo mine, produced 270,000 tonnes of rare earths in 2024.", "supported"),
    ("Australia, where Lynas runs the Mount Weld mine, produced 20,000 tonnes of rare earths in 2024.", "refuted"),
    ("Australia's output, led by Lynas, came to 13,000 tonnes of rare earths in 2024.", "supported"),
    # the sentence itself equates the site's figure with the country's total
    ("In 2024 Mountain Pass yielded 45,000 tons of rare earths, all of U.S. mine production.", "supported"),
    # plain country figures
    ("Myanmar produced 31,000 tonnes of rare earths in 2024.", "supported"),
    ("Myanmar produced 50,000 tonnes of rare earths in 2024.", "refuted"),
    ("Australia mined 88,000 tonnes of lithium in 2024.", "supported"),
])
def test_country_subject_stays_checkable(checker, text: str, verdict: str) -> None:
    cs = [c for c in _production(checker, text) if c.claim.kind == "quantity"]
    assert cs and all(c.verdict.verdict == verdict for c in cs), [(c.claim.text, c.verdict.explanation) for c in cs]


# ------------------------------------------------------------- trade with a partner
@pytest.mark.parametrize("text", [
    "Myanmar shipped 31,000 tonnes of rare earths to China in 2024.",
    "In 2024 Myanmar sent 31,000 t of rare earth concentrate across the border into China.",
])
def test_flow_to_a_partner_is_unverifiable(checker, text: str) -> None:
    cs = [c for c in _production(checker, text) if c.claim.kind == "quantity"]
    assert cs
    for c in cs:
        assert c.verdict.verdict == "unverifiable", c.verdict.explanation
        assert "China" in (c.verdict.needs or "") and "trade" in (c.verdict.needs or "")


# ------------------------------------------------------------- capacity, not output
@pytest.mark.parametrize("text", [
    "Australia can produce 120,000 tonnes of lithium a year.",
    "The United States is able to produce 45,000 tonnes of rare earths a year.",
])
def test_capacity_wording_is_unverifiable(checker, text: str) -> None:
    cs = [c for c in _production(checker, text) if c.claim.kind == "quantity"]
    assert cs
    for c in cs:
        assert c.verdict.verdict == "unverifiable", c.verdict.explanation
        assert "capacity" in (c.verdict.needs or "")


@pytest.mark.parametrize(("text", "verdict"), [
    ("The United States produced 45,000 tonnes of rare earths in 2024.", "supported"),
    ("The United States produced 30,000 tonnes of rare earths in 2024.", "refuted"),
])
def test_output_wording_stays_checkable(checker, text: str, verdict: str) -> None:
    cs = [c for c in _production(checker, text) if c.claim.kind == "quantity"]
    assert cs and all(c.verdict.verdict == verdict for c in cs)


# ------------------------------------------------------------- quotas and plant start-ups
# events.csv holds China's rare-earth export quotas (2009-2014) and its mining and smelting
# quotas of 2021-2024, none for 2020.
@pytest.mark.parametrize("text", [
    "Beijing issued the first batch of its 2020 rare earth mining quotas on January 14, 2020.",
    "On 14 January 2020 the industry ministry announced smelting and separation quotas for rare earths.",
])
def test_production_quota_event_is_unverifiable(checker, text: str) -> None:
    r = checker.check(text, "2020-03-01")
    evs = [c for c in r.checks if c.claim.kind == "event"]
    for c in evs:
        assert c.verdict.verdict == "unverifiable", c.verdict.explanation
        assert c.verdict.needs


def test_export_quota_event_stays_checkable(checker) -> None:
    r = checker.check("China issued the first batch of its 2011 rare earth export quotas on December 28, 2010.",
                      "2011-03-01")
    evs = [c for c in r.checks if c.claim.kind == "event"]
    assert evs and evs[0].verdict.verdict == "supported", [c.verdict.explanation for c in evs]


@pytest.mark.parametrize("text", [
    "Known as the Kuantan refinery, the separation plant in Malaysia began operating in 2012.",
    "The Malaysian processing plant entered commercial production in 2012, two years behind plan.",
])
def test_plant_start_up_is_not_a_policy_event(checker, text: str) -> None:
    r = checker.check(text, "2025-05-20")
    for c in r.checks:
        assert c.verdict.verdict == "unverifiable", c.verdict.explanation


# ------------------------------------------------------------- prices
# USGS MCS 2025, Rare Earths, Salient Statistics: dysprosium oxide 99.5% min, 330 USD/kg for 2023
@pytest.mark.parametrize("text", [
    "The company's average selling price for dysprosium oxide was $330 per kilogram in 2023.",
    "Realised prices for dysprosium oxide came to $300/kg across 2023, the seller said.",
    "In the second quarter of 2023 dysprosium oxide averaged $300 per kilogram.",
    "Dysprosium oxide averaged $330 per kilogram in the first half of 2023.",
])
def test_own_or_part_year_price_is_unverifiable(checker, text: str) -> None:
    cs = [c for c in checker.check(text, MID_2025).checks if c.claim.measure == "price"]
    assert cs
    for c in cs:
        assert c.verdict.verdict == "unverifiable", c.verdict.explanation
        assert c.verdict.needs


@pytest.mark.parametrize(("text", "verdict"), [
    ("Dysprosium oxide prices averaged $330 per kilogram in 2023.", "supported"),
    ("Dysprosium oxide prices averaged $150 per kilogram in 2023.", "refuted"),
])
def test_annual_average_price_stays_checkable(checker, text: str, verdict: str) -> None:
    cs = [c for c in checker.check(text, MID_2025).checks if c.claim.measure == "price"]
    assert cs and all(c.verdict.verdict == verdict for c in cs), [c.verdict.explanation for c in cs]


# ------------------------------------------------------------- companies the gazetteer does not list
# USGS MCS 2025, Cobalt: Congo (Kinshasa) 2024 mine production 220,000 t, the largest.
@pytest.mark.parametrize(("text", "named"), [
    ("Toronto-listed Zedmark Cobalt produced 220,000 tonnes of cobalt in Congo in 2024.", "Zedmark Cobalt"),
    ("Kinshasa-based Ruzizi mined 220,000 t of cobalt in 2024.", "Ruzizi"),
    ("The Congolese unit of Halvard Group became the world's largest cobalt producer in 2024.", "Halvard Group"),
])
def test_unlisted_company_is_recognised_by_its_form(checker, text: str, named: str) -> None:
    cs = _production(checker, text)
    for c in cs:
        assert c.verdict.verdict == "unverifiable", (c.claim.text, c.verdict.explanation)
    assert any(named in (c.verdict.needs or "") for c in cs)


@pytest.mark.parametrize("text", [
    "The Democratic Republic of Congo mined 220,000 tonnes of cobalt in 2024.",
    "Congo, where the Group of Seven has sought supply deals, mined 220,000 tonnes of cobalt in 2024.",
])
def test_country_cobalt_figure_stays_supported(checker, text: str) -> None:
    cs = [c for c in _production(checker, text) if c.claim.kind == "quantity"]
    assert cs and all(c.verdict.verdict == "supported" for c in cs), [c.verdict.explanation for c in cs]


# ------------------------------------------------------------- shares for part of a year
# USGS MCS 2025, Rare Earths: China 270,000 t of 390,000 t in 2024 (69.2%); Myanmar 31,000 t (7.9%)
@pytest.mark.parametrize("text", [
    "During the first quarter of 2024 China mined 69% of the world's rare earths.",
    "In the first half of 2024 Myanmar supplied 8% of global rare earth output.",
    "In March 2024, China accounted for 69% of global rare earth mine production.",
    "China's share of world rare earth mining reached 69% in Q3 2024.",
])
def test_part_year_share_is_unverifiable(checker, text: str) -> None:
    cs = [c for c in _production(checker, text) if c.claim.kind == "share"]
    assert cs
    for c in cs:
        assert c.verdict.verdict == "unverifiable", c.verdict.explanation
        assert "monthly or quarterly" in (c.verdict.needs or "")


@pytest.mark.parametrize(("text", "verdict"), [
    ("China mined 69% of the world's rare earths in 2024.", "supported"),
    ("China mined 69% of the world's rare earths in 2024, the survey published in January 2025 said.", "supported"),
    ("China, which mined 69% of the world's rare earths in 2024, tightened export rules in April.", "supported"),
    ("China mined 50% of the world's rare earths in 2024.", "refuted"),
])
def test_annual_share_stays_checkable(checker, text: str, verdict: str) -> None:
    cs = [c for c in _production(checker, text) if c.claim.kind == "share"]
    assert cs and all(c.verdict.verdict == verdict for c in cs), [c.verdict.explanation for c in cs]


@pytest.mark.parametrize("second", [
    "The country is the top cobalt miner and mined 220,000 tonnes of cobalt in 2024.",
    "The nation remains the biggest cobalt producer, having mined 220,000 t of cobalt in 2024.",
])
def test_miner_as_predicate_is_not_the_subject(checker, second: str) -> None:
    text = "Congo (Kinshasa) said on Monday it would review its mining code. " + second
    cs = [c for c in checker.check(text, MID_2025).checks if c.claim.kind == "quantity"]
    assert cs and all(c.verdict.verdict == "supported" for c in cs), [c.verdict.explanation for c in cs]
