"""A place no other holds, said of a company or a site ("the only domestic producer of rare
earths", "the only facility in Europe able to separate", "one of the few firms capable of
refining"): a rank claim (README rule 14 reads a place among others as one) that names no
country. No bundled table ranks companies or sites (README rule 13), so the claim stays
``unverifiable`` and is never re-read as the country the article names (article_subject.py).
A place promised or wanted ("will be the only", "wants to become the only") is rule 10's plan,
and "the only company to sign" names no place in production. Every sentence is written for
these tests.
"""

from __future__ import annotations

import pytest

from critmin.claims.recall import ONE_HOLDER, triggers

DAY = "2025-06-01"


def holders(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if (c.claim.subject or "").startswith(ONE_HOLDER)]


@pytest.mark.parametrize("text, rank, measure", [
    ("Harlow Minerals is the only domestic producer of rare earths in the country.", 1, "production"),
    ("The Tamworth plant is the only facility in Europe able to separate heavy rare earths at scale.", 1,
     "production"),
    ("Kestrel Metals is now the sole commercial refiner of gallium outside Asia.", 1, "production"),
    ("Volta Metals is one of the few companies outside China capable of refining rare earths.", None, "production"),
    ("The Ridge mine holds the only identified domestic reserve of antimony in the country.", 1, "reserves"),
    # the first place in a subset of the producers: no world rank, but a place all the same
    ("Carver Metals is the world's largest producer of rare earths outside China.", 1,
     "production"),
    ("The Dunmore plant is the biggest separation facility for rare earths outside of China.", 1, "production"),
    # a place among the first said of a site, not a country (a country's is qualitative.py's, rule 14)
    ("The Longreach project is one of the world's largest sources of rare earths.", None, "production"),
    ("Korvo holds one of the largest undeveloped lithium deposits in Africa.", None, "reserves"),
])
def test_a_place_only_a_firm_or_site_holds_is_an_unverifiable_rank(checker, text: str, rank, measure: str) -> None:
    got = holders(checker.check(text, DAY))
    assert len(got) == 1
    c, v = got[0].claim, got[0].verdict
    assert (c.kind, c.country, c.rank, c.measure) == ("rank", None, rank, measure)
    assert c.rank_op == ("among" if rank is None else "==")
    assert v.verdict == "unverifiable"


def test_the_only_site_is_not_read_as_the_article_country(checker) -> None:
    # China is first in rare-earth mining (USGS MCS 2025): were the site's place read as China's, it would hold
    text = ("China mined about 270,000 tons of rare earths in 2024. "
            "The only operational rare earth extraction site of the north supplies ore to a plant in Baotou.")
    got = holders(checker.check(text, DAY))
    assert len(got) == 1
    assert got[0].claim.country is None and got[0].verdict.verdict == "unverifiable"


@pytest.mark.parametrize("text", [
    "The new plant will be the only facility outside China to refine gallium.",
    "Orion Minerals wants to become the only producer of cobalt in Europe.",
    "The Kiruna project is set to be the only rare earth mine in Sweden.",
    "Until recently the Malaysian plant was the only large-scale rare earth refinery outside China.",
    "She was the only company director to sign the letter on lithium.",
    "The new law is one of the largest support packages for the lithium sector in history.",
    "The two firms hold the largest influence on the rare earth market outside China.",
])
def test_a_place_promised_or_outside_production_is_no_claim(checker, text: str) -> None:
    assert holders(checker.check(text, DAY)) == []


def test_a_country_among_the_first_is_left_to_the_country_rules(checker) -> None:
    # Russia is a leading palladium miner (USGS MCS): the place is the country's, not a site's
    got = holders(checker.check("Russia, one of the world's largest producers of palladium, supplies Europe.", DAY))
    assert got == []


def test_triggers_open_on_only_with_a_holder() -> None:
    assert triggers(frozenset({"the", "only", "company", "producing"}))
    assert triggers(frozenset({"one", "of", "few", "facilities"}))
    assert triggers(frozenset({"largest", "producer", "outside"}))
    assert triggers(frozenset({"one", "of", "biggest", "deposits"}))
    assert not triggers(frozenset({"the", "only", "way", "forward"}))


# ------------------------------------------------------------------ "mt", metric tonnes (README rule 6)
@pytest.mark.parametrize("text, value, verdict", [
    # USGS MCS 2025: China mined 270,000 t of rare earths in 2024
    ("China mined 270,000 mt of rare earths in 2024.", 270_000.0, "supported"),
    ("China mined 0.27 million mt of rare earths in 2024.", 270_000.0, "supported"),
    ("China mined 350,000 mt of rare earths in 2024.", 350_000.0, "refuted"),
])
def test_lowercase_mt_after_thousands_or_a_scale_is_metric_tonnes(checker, text: str, value: float,
                                                                 verdict: str) -> None:
    got = [c for c in checker.check(text, DAY).checks if c.claim.kind == "quantity"]
    assert len(got) == 1
    assert (got[0].claim.value, got[0].claim.unit, got[0].verdict.verdict) == (value, "t", verdict)


def test_a_small_bare_figure_in_mt_is_not_read_as_tonnes(checker) -> None:
    # "6.9 mt" of reserves means million tonnes, "28 mt" of tin thousand: never 6.9 or 28 tonnes
    for c in checker.check("India's rare earth reserves stand at 6.9 mt.", DAY).checks:
        assert not (c.claim.kind == "quantity" and c.claim.unit == "t" and c.claim.value == 6.9)
