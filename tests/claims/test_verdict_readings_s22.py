"""Readings of ranks and shares fixed in the twenty-second session (verdict rules).

* an ordinal rank takes the measure of the noun phrase it qualifies ("third-largest reserves and
  fourth-largest production"), not the measure that ends the phrase before it;
* "nearly / almost X" stands for 0.9 X .. 1.02 X (README rule 5), whatever X's rounding;
* a "together" share is of the names joined right before it, and "comes from just four
  countries: A, B, C and D" is the share of the list;
* a share "supplied" or "dominated" is one of output (rules 12, 13), not the reserves of the
  sentence before;
* a rank's country is not one given as an example ("other countries such as A and B");
* "uncommon earths", a machine rewrite of "rare earths", is read as rare earths.

Reference values are MCS 2023/2024 figures (observations.csv); the sentences are invented.
"""

from __future__ import annotations

import pytest

from critmin.claims.verdict import claim_interval


def _checks(checker, text: str, date: str, kind: str | None = None) -> list:  # type: ignore[no-untyped-def]
    return [c for c in checker.check(text, date).checks if kind is None or c.claim.kind == kind]


@pytest.mark.rules_only
def test_each_ordinal_rank_takes_the_measure_it_qualifies(checker) -> None:
    # MCS 2023 (current on 2024-01-15), 2022: Argentina third in lithium reserves (2.7 Mt after
    # Chile 9.3 and Australia 6.2) and fourth in mine output (6,200 t after Australia, Chile, China)
    text = "Argentina holds the world's third-largest lithium reserves and fourth-largest production."
    ranks = {c.claim.rank: c for c in _checks(checker, text, "2024-01-15", "rank")}
    assert ranks[3].claim.measure == "reserves" and ranks[3].verdict.verdict == "supported"
    assert ranks[4].claim.measure == "production" and ranks[4].verdict.verdict == "supported"


@pytest.mark.rules_only
def test_a_rank_with_the_measure_before_it_keeps_the_old_reading(checker) -> None:
    text = "Argentina is the fourth-largest lithium producer and has the third-largest reserves."
    ranks = {c.claim.rank: c.claim.measure for c in _checks(checker, text, "2024-01-15", "rank")}
    assert ranks == {4: "production", 3: "reserves"}


def test_nearly_reaches_two_percent_above_the_figure() -> None:
    lo, hi = claim_interval(95.0, 0.5, "nearly")
    assert lo == pytest.approx(85.5) and hi == pytest.approx(96.9)
    lo, hi = claim_interval(300_000.0, 50_000.0, "almost")
    assert hi == pytest.approx(306_000.0)  # not 350,000, the rounding of "300,000"


@pytest.mark.rules_only
def test_together_is_the_pair_named_right_before_it(checker) -> None:
    # MCS 2023 (current on 2024-01-15), 2022: Chile 39,000 + Argentina 6,200 of 130,000 t = 34.8%
    text = ("A U.S. tariff on the metal worries Chile and Argentina, which together account for "
            "about 35% of global lithium production.")
    shares = _checks(checker, text, "2024-01-15", "share")
    assert [c.claim.comparison.get("countries") for c in shares] == [["CHL", "ARG"]]
    assert shares[0].verdict.verdict == "supported"


@pytest.mark.rules_only
def test_a_share_from_a_counted_list_is_the_lists(checker) -> None:
    # MCS 2024 (current on 2024-03-14), 2023: Australia 86,000 + Chile 44,000 + China 33,000 +
    # Argentina 9,600 of 180,000 t = 95.9%, inside "almost 95%" (85.5..96.9)
    text = "Almost 95 percent of the world's lithium comes from just four countries: Australia, Chile, China and Argentina."
    shares = _checks(checker, text, "2024-03-14", "share")
    assert len(shares) == 1
    assert shares[0].claim.comparison.get("countries") == ["AUS", "CHL", "CHN", "ARG"]
    assert shares[0].verdict.verdict == "supported"


@pytest.mark.rules_only
def test_a_supplied_share_is_not_the_reserves_of_the_sentence_before(checker) -> None:
    text = ("The project hosts 126,000 tons of rare earth reserves. China dominates the market, "
            "supplying about 68% of the world's rare earths.")
    shares = _checks(checker, text, "2024-07-12", "share")
    assert shares and all(c.claim.measure == "production" for c in shares)


@pytest.mark.rules_only
def test_the_ranked_country_is_not_an_example(checker) -> None:
    # MCS 2023, 2022 cobalt: Congo 130,000, Indonesia 10,000, Russia 8,900, Australia 5,900 t
    text = "Indonesia overtook other cobalt producers such as Russia and Australia to take the second spot in 2022."
    ranks = _checks(checker, text, "2023-02-10", "rank")
    assert [c.claim.country for c in ranks] == ["IDN"]
    assert ranks[0].verdict.verdict == "supported"


@pytest.mark.rules_only
def test_uncommon_earths_are_rare_earths(checker) -> None:
    # MCS 2024: China mined 240,000 t REO in 2023
    text = "In 2023, China's output of uncommon earths was 240,000 metric tons."
    found = _checks(checker, text, "2024-08-30", "quantity")
    assert [(c.claim.commodity, c.verdict.verdict) for c in found] == [("rare_earths", "supported")]


@pytest.mark.rules_only
def test_a_dominance_a_plant_acts_on_is_the_countrys(checker) -> None:
    # MCS 2024 (current on 2024-11-24): China first in 2023 rare-earth mining (240,000 of 350,000 t)
    text = "The proposed Texas refinery is meant to help break Chinese domination of the rare earth supply chain."
    found = [c for c in _checks(checker, text, "2024-11-24") if c.claim.kind in ("rank", "share")]
    assert found and all(c.claim.country == "CHN" and c.verdict.verdict == "supported" for c in found)
