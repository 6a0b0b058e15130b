"""Rank verdicts of the twenty-third session: whose rank a sentence states, and in which commodity.

Expected verdicts follow from the labelling rules of benchmarks/claims_eval/README.md and from
published data (USGS MCS tables), not from the checker's output:

* a rank said of a company ("Glencore, the world's second-largest cobalt producer", "Nornickel is
  the world's largest producer of palladium", "the world's second-largest producer, Chile's SQM")
  is a company ranking, which the bundle does not hold: ``unverifiable`` (company rankings are no
  country figure, as the rules' subject scope reads them), whether or not the country's own rank
  would agree;
* a country named in that position keeps the claim a country rank ("Congo, the world's largest
  cobalt producer": first in MCS 2025, 220,000 of 290,000 t in 2024), and an adverb opening the
  sentence is no company ("Earlier, the world's largest producer ...");
* China's dominance of "these materials" after a sentence naming gallium and germanium claims
  first place (rule 12, dominance in passing 17d); germanium output is not bundled, gallium's is
  (MCS 2025: China 750,000 of 760,000 kg in 2024), so the part the bundle can check decides
  (rule 4): ``supported``.
"""

from __future__ import annotations

import pytest

from critmin.claims import check

from .conftest import of_kind

DAY = "2025-06-01"  # MCS 2025 current


def _rank_verdicts(text: str, day: str = DAY) -> list[str]:
    return [c.verdict.verdict for c in of_kind(check(text, date=day), "rank")]


@pytest.mark.parametrize("sentence", [
    "Glencore, the world's second-largest cobalt producer, supports the quota system.",
    "Glencore, the world\u2019s largest cobalt producer, supports the quota system.",
    "Why it matters: Nornickel is the world's largest producer of palladium.",
    "Unlike most lithium miners, the world's second-largest producer, Chile's SQM, is expanding capacity.",
])
def test_a_rank_said_of_a_company_is_not_the_countrys(sentence: str) -> None:
    verdicts = _rank_verdicts(sentence)
    assert verdicts, "the rank is read"
    assert set(verdicts) == {"unverifiable"}


def test_a_company_rank_is_not_read_for_the_country_of_the_article() -> None:
    # Congo is first in MCS 2025: read as Congo's rank, "second-largest" would be refuted
    text = ("Congo mined 220,000 tonnes of cobalt in 2024, the US Geological Survey says.\n\n"
            "Glencore, the world's second-largest cobalt producer, supports the quota system.")
    res = check(text, date=DAY)
    ranks = [c for c in res.checks if c.claim.kind == "rank" and c.claim.span[0] > text.index("Glencore")]
    assert ranks and {c.verdict.verdict for c in ranks} == {"unverifiable"}
    assert "Glencore" in ranks[0].verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Congo, the world's largest cobalt producer, will keep its export quotas.",
    "Indonesia is the world's largest nickel producer.",
])
def test_a_country_in_the_same_place_keeps_its_rank(sentence: str) -> None:
    assert _rank_verdicts(sentence) == ["supported"]


def test_an_opening_adverb_is_no_company() -> None:
    from critmin.claims.subject_scope import _apposed_firm

    for opener in ("Earlier", "Recently", "Separately"):
        s = f"{opener}, the world's largest producer of cobalt stopped exports."
        assert _apposed_firm(s, s.index("the world"), s.index(" of cobalt")) is None


def test_dominance_of_these_materials_is_read_for_the_bundled_one_named_before() -> None:
    text = ("China has restricted exports of gallium and germanium.\n\n"
            "However, a concern is being raised that China's dominance of these materials may pose a threat.")
    res = check(text, date=DAY)
    second = [c for c in res.checks if c.claim.kind == "rank" and c.claim.span[0] > text.index("However")]
    assert second, [(c.claim.kind, c.claim.text) for c in res.checks]
    assert second[0].verdict.verdict == "supported"
    assert "gallium" in second[0].verdict.explanation


def test_these_elements_after_single_rare_earths_are_not_all_rare_earths() -> None:
    # rule 6: lutetium and dysprosium are another basis than the REO total, so the total's first
    # place does not settle "the largest supplier of these elements"
    text = ("China restricted exports of seven heavy rare earths, including lutetium and dysprosium.\n\n"
            "China is the largest supplier of these elements.")
    res = check(text, date=DAY)
    ranks = [c for c in res.checks if c.claim.kind == "rank" and c.claim.span[0] > text.index("China is")]
    assert all(c.verdict.verdict != "supported" for c in ranks), [(c.claim.commodity, c.verdict.explanation)
                                                                 for c in ranks]


# -- a company or plant named before a figure the sentence states as the country's own ---------------

def test_a_plant_producing_all_of_a_countrys_stated_output_is_checked_as_the_countrys() -> None:
    # MCS 2025: Vietnam mined 3,400 t of tungsten in 2024; the refinery capacity stays the company's
    s = ("The complex, owned by Masan High-Tech Materials, produces nearly all of Vietnam's roughly 3,400 "
         "metric tons of tungsten a year and can refine up to 6,500 tons.")
    got = {c.claim.text: c.verdict.verdict for c in check(s, date="2025-08-28").checks if c.claim.kind == "quantity"}
    assert got.get("roughly 3,400 metric tons") == "supported"
    assert got.get("up to 6,500 tons") == "unverifiable"


def test_an_all_time_high_for_production_in_the_country_is_the_countrys_figure() -> None:
    # MCS 2025 (published 2025-01-31): US rare-earth mine output 45,000 t in 2024, after the article:
    # another edition matches (rule 3b)
    s = ("Last year the open-pit Mountain Pass mine produced 45,000 tonnes of rare earth oxides (REO) "
         "contained in concentrate, an all-time high for primary production in the US.")
    got = [c.verdict.verdict for c in check(s, date="2025-01-23").checks if c.claim.kind == "quantity"]
    assert got == ["supported_by_other_edition"]


@pytest.mark.parametrize("sentence", [
    "Nornickel, Russia's largest palladium producer, is responsible for much of global output.",
    "MP Materials, America's largest producer of rare earths, stopped shipping to China.",
])
def test_a_countrys_largest_producer_stays_a_company_rank(sentence: str) -> None:
    assert set(_rank_verdicts(sentence)) <= {"unverifiable"}


def test_words_of_a_commodity_before_a_firm_ending_are_no_company() -> None:
    from critmin.claims.subject_scope import _generic_firm

    assert _generic_firm("Rare-Earth Minerals") and _generic_firm("Critical Minerals")
    assert _generic_firm("Natural Resources")
    assert not _generic_firm("Lynas Rare Earths") and not _generic_firm("Northern Minerals")
    assert not _generic_firm("American Rare Earths")
    # MCS 2025: Australia's 5.7 Mt of rare-earth reserves are fourth, so "ranks 5th" is refuted
    s = ("When you think of Rare-Earth Minerals (REMs), you probably think of China, but Australia ranks 5th "
         "in the world for its proven reserves of REMs.")
    assert _rank_verdicts(s, day="2025-03-21") == ["refuted"]
