"""Whose figure is it: subjects carried across sentences, indefinite subjects, coordinated
ordinals, "respectively", and figures the data give only as a bound (issue 6).

Reference figures (``src/critmin/data/observations.csv``, USGS MCS 2025, Rare Earths,
"World Mine Production and Reserves", t REO, year 2024): China mine production 270,000;
United States 45,000; India 2,900; reserves Brazil 21,000,000 (2nd), India 6,900,000
(3rd), Vietnam 3,500,000 (6th); world reserves "more than 90,000,000". The sentences
are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import one

MID_2025 = "2025-06-01"


# ------------------------------------------------------------- it / its / the country
@pytest.mark.parametrize(("text", "verdict"), [
    # the country named in an earlier paragraph: agreement corroborates the reading ...
    ("India holds 6.9 million tons of rare earth reserves.\n\nIts production was 2,900 tons in 2024.", "supported"),
    ("India holds 6.9 million tons of rare earth reserves.\n\nThe country mined 2,900 t of rare earths in 2024.",
     "supported"),
    # ... disagreement may only show that another country was meant: not refuted
    ("India holds 6.9 million tons of rare earth reserves.\n\nIts production was 40,000 tons in 2024.", "unverifiable"),
    ("India holds 6.9 million tons of rare earth reserves.\n\nThe nation mined 13,000 t of rare earths in 2024.",
     "unverifiable"),
    # in the same paragraph the reading is firm
    ("India holds 6.9 million tons of rare earth reserves. Its production was 40,000 tons in 2024.", "refuted"),
])
def test_country_carried_from_an_earlier_sentence(checker, text: str, verdict: str) -> None:
    r = checker.check(text, MID_2025)
    c = next(c for c in r.checks if c.claim.measure == "production")
    assert c.claim.country == "IND"
    assert c.verdict.verdict == verdict, c.verdict.explanation


@pytest.mark.parametrize(("text", "verdict"), [
    ("Vietnam has rare earths.\n\nWashington and Beijing are both courting a country holding the world's "
     "sixth-largest rare earth reserves.", "supported"),
    ("Vietnam has rare earths.\n\nChina and the U.S. are wooing a nation with the world's fourth-largest "
     "reserves of rare earths.", "unverifiable"),
])
def test_indefinite_country_is_not_the_one_named_before_it(checker, text: str, verdict: str) -> None:
    c = one(checker.check(text, MID_2025), "rank")
    assert c.claim.country == "VNM" and c.claim.country_source == "other_sentence"
    assert c.verdict.verdict == verdict, c.verdict.explanation


def test_opening_sentence_takes_the_commodity_named_after_it(checker) -> None:
    r = checker.check("Holding the world's second-largest reserves after China, Brazil draws investors.\n\n"
                      "Its rare earth deposits are vast.", MID_2025)
    c = one(r, "rank")
    assert c.claim.commodity == "rare_earths" and c.claim.country == "BRA"
    assert c.verdict.verdict == "supported"


# ------------------------------------------------------------- coordinated ordinals, respectively
@pytest.mark.parametrize(("sentence", "verdicts"), [
    ("Brazil and India hold the second- and third-largest rare earth reserves.", ["supported", "supported"]),
    ("Brazil and India have the world's second and third largest reserves of rare earths.",
     ["supported", "supported"]),
    ("Brazil and India hold the fifth- and sixth-largest rare earth reserves.", ["refuted", "refuted"]),
])
def test_coordinated_ordinals_apply_in_order(checker, sentence: str, verdicts: list[str]) -> None:
    r = checker.check(sentence, MID_2025)
    ranks = [c for c in r.checks if c.claim.kind == "rank"]
    assert [c.claim.country for c in ranks] == ["BRA", "IND"]
    assert [c.verdict.verdict for c in ranks] == verdicts


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("China and the United States mined 270,000 t and 45,000 t of rare earths in 2024, respectively.", "supported"),
    ("The United States and China mined 45,000 and 270,000 tonnes of rare earths in 2024 respectively.", "supported"),
    ("China and the United States mined 45,000 t and 270,000 t of rare earths in 2024, respectively.", "refuted"),
])
def test_respectively_pairs_figures_with_countries_in_order(checker, sentence: str, verdict: str) -> None:
    r = checker.check(sentence, MID_2025)
    qs = [c for c in r.checks if c.claim.kind == "quantity"]
    assert len(qs) == 2 and {c.verdict.verdict for c in qs} == {verdict}, [c.verdict.explanation for c in qs]


# ------------------------------------------------------------- bounds
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("World rare earth reserves are about 95 million tonnes.", "unverifiable"),    # inside "> 90 Mt"
    # (MCS 2024 gives 110 Mt: not "about 95")
    ("World rare earth reserves are about 110 million tonnes.", "supported_by_other_edition"),  # MCS 2024
    ("World rare earth reserves are more than 80 million tonnes.", "supported"),  # implied by "> 90 Mt"
    ("World rare earth reserves are about 50 million tonnes.", "refuted"),        # below the bound
])
def test_a_bound_in_the_data_settles_only_what_it_implies(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, MID_2025), "quantity")
    assert c.claim.country == "WLD"
    assert c.verdict.verdict == verdict, c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "In 2024 China accounted for 270,000 of the 390,000 tonnes of rare earths mined worldwide.",
    "China mined 270,000 out of the 390,000 tonnes of rare earths produced globally in 2024.",
])
def test_of_the_world_total_is_the_worlds_figure(checker, sentence: str) -> None:
    # MCS 2025: China 270,000 t, world 390,000 t (2024)
    qs = [c for c in checker.check(sentence, MID_2025).checks if c.claim.kind == "quantity"]
    assert [c.claim.country for c in qs] == ["CHN", "WLD"]
    assert all(c.verdict.verdict == "supported" for c in qs)
