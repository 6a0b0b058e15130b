"""Hedge and rounding tolerances of share verdicts (issue 6; labelling rule 5 of
``benchmarks/claims_eval/README.md``): "about X" allows 5 % of X, "nearly X" 0.9 X .. 1.02 X,
values the data mark approximate (``~``) match within one percentage point, and the loose
("partly") tolerance does not stack on the hedge's.

Reference figures (``src/critmin/data/observations.csv``), tungsten mine production, t W
content: MCS 2023 (usgs_mcs2023_tungsten) 2022 China 71,000 of world 84,000 (84.5 %); MCS 2024
2023 China 63,000 of 78,000 (80.8 %); MCS 2025 2024 China 67,000 of 81,000 (82.7 %).
IEA GCMO 2025 (published 2025-05-21): China ~94 % of NdFeB magnet production in 2024
(``production_share``, qualifier ``~``). MCS 2025 rare earths 2024: United States 45,000 of
390,000 t (11.5 %). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from critmin.claims.verdict import claim_interval

from .conftest import one

MID_2025 = "2025-06-01"      # MCS 2025 current
AFTER_GCMO = "2025-08-01"    # MCS 2025 and IEA GCMO 2025 current


def test_about_allows_five_percent_of_the_stated_value() -> None:
    lo, hi = claim_interval(0.95, 0.005, "about")
    assert lo == pytest.approx(0.9025) and hi == pytest.approx(0.9975)


def test_nearly_allows_ten_percent_below_and_two_above() -> None:
    lo, hi = claim_interval(0.10, 0.005, "nearly")
    assert lo == pytest.approx(0.09) and hi == pytest.approx(0.102)


def test_loose_tolerance_does_not_stack_on_the_hedge() -> None:
    lo, _ = claim_interval(0.95, 0.005, "about", 0.10)
    assert lo == pytest.approx(0.85)


@pytest.mark.parametrize("sentence", [
    "China contributes about 97% of the world's tungsten mine output.",
    "Chinese mines supply roughly 96% of global tungsten production.",
])
def test_a_share_no_edition_comes_near_is_refuted_not_supported_elsewhere(checker, sentence: str) -> None:
    # no edition gives China more than 85.6 % (MCS 2023 84.5 % with its rounding), so no
    # older edition may "support" it; the current MCS 2025 gives 82.7 %
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.verdict.verdict == "refuted", c.verdict.explanation
    assert c.verdict.edition == "MCS 2025"


def test_about_a_share_close_to_the_current_edition_is_supported(checker) -> None:
    # MCS 2025: 67,000 / 81,000 = 82.7 %; "about 80%" covers 76..84 %
    c = one(checker.check("China mines about 80% of the world's tungsten.", MID_2025), "share")
    assert c.verdict.verdict == "supported", c.verdict.explanation


def test_nearly_is_not_stretched_above_the_figure(checker) -> None:
    # MCS 2025 rare earths 2024: United States 45,000 of 390,000 t = 11.5 % (11.3..11.8 % given
    # the rounding). "nearly 12%" (10.8..12.24 %) holds; "nearly 11%" means below 11 %
    # (9.9..11.22 %), so it is wrong (a share outside its stated tolerance is refuted: README, C409/C500)
    ok = one(checker.check("US mines produced nearly 12% of the world's rare earths in 2024.", MID_2025), "share")
    assert ok.verdict.verdict == "supported", ok.verdict.explanation
    bad = one(checker.check("US mines produced nearly 11% of the world's rare earths in 2024.", MID_2025), "share")
    assert bad.verdict.verdict == "refuted", bad.verdict.explanation


def test_approximate_iea_share_matches_within_one_point(checker) -> None:
    # IEA GCMO 2025: ~94 % of NdFeB magnets; 60 % is far outside 93..95 % and its loose band
    far = one(checker.check("China makes about 60% of the world's NdFeB magnets.", AFTER_GCMO), "share")
    assert far.verdict.verdict == "refuted", far.verdict.explanation
    near = one(checker.check("China makes 94% of the world's NdFeB magnets.", AFTER_GCMO), "share")
    assert near.verdict.verdict == "supported", near.verdict.explanation


@pytest.mark.parametrize(("sentence", "mid", "verdict"), [
    # "between 80 and 90%" is the range 80..90 %: MCS 2025's 82.7 % lies inside it
    ("China produces between 80 and 90% of the world's tungsten.", 0.85, "supported"),
    ("China produces between 80% and 90% of the world's tungsten.", 0.85, "supported"),
    # 60..70 % is far below every edition (80.8 % and up)
    ("China produces between 60 and 70 percent of the world's tungsten.", 0.65, "refuted"),
])
def test_between_a_and_b_percent_is_a_range(checker, sentence: str, mid: float, verdict: str) -> None:
    c = one(checker.check(sentence, MID_2025), "share")
    assert c.claim.share == pytest.approx(mid)
    assert c.verdict.verdict == verdict, c.verdict.explanation
