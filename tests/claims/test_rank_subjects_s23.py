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

DAY = "2025-06-01"  # MCS 2025 current


def _rank_verdicts(text: str, day: str = DAY) -> list[str]:
    return [c.verdict.verdict for c in check(text, date=day).checks if c.claim.kind == "rank"]


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
