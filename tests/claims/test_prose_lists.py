"""A list told in prose ("In third place is ...", "Fourth on the list is ...") takes the year of
the dated figures just before it, as a table row takes its heading's year.

Reference values: USGS MCS 2024, graphite mine production (gross weight): Mozambique 166,000 t in
2022 and 96,000 t in 2023; Brazil 72,000 t in 2022 and 73,000 t in 2023; world 1,680,000 t in
2022. MCS 2024 (published 31 January 2024) is current on the dates used here.
"""

from __future__ import annotations

import pytest

DATE = "2024-06-01"


def _figures(checker, text: str):  # type: ignore[no-untyped-def]
    return [c for c in checker.check(text, DATE).checks if c.claim.kind in ("quantity", "share")]


@pytest.mark.parametrize("opener", [
    "In third place is Mozambique, with",
    "Third on the list is Mozambique, with",
    "Coming in third, Mozambique mined",
])
def test_prose_list_item_takes_the_year_before(checker, opener: str) -> None:
    text = (f"China led graphite mining in 2022 with 1,210,000 tonnes.\n\n{opener} 166,000 tonnes of graphite.")
    item = [c for c in _figures(checker, text) if c.claim.country == "MOZ"]
    assert item and item[0].claim.year == 2022
    assert item[0].verdict.verdict == "supported"  # 166,000 t is 2022's figure; 2023's is 96,000 t


def test_share_of_a_prose_list_item(checker) -> None:
    text = ("In 2022 China produced 1,210,000 tonnes of graphite.\n\n"
            "Next is Mozambique, with a 10% share of world graphite output.")
    item = [c for c in _figures(checker, text) if c.claim.country == "MOZ" and c.claim.kind == "share"]
    assert item and item[0].claim.year == 2022
    assert item[0].verdict.verdict == "supported"  # 166,000 of 1,680,000 t = 9.9%; 2023 would be 6.0%


def test_sentence_that_is_no_list_item_keeps_the_present_year(checker) -> None:
    text = ("China led graphite mining in 2022 with 1,210,000 tonnes.\n\n"
            "Mozambique mines 96,000 tonnes of graphite.")
    item = [c for c in _figures(checker, text) if c.claim.country == "MOZ"]
    assert item and item[0].claim.year != 2022
    assert item[0].verdict.verdict == "supported"  # the latest year of the current edition: 2023


def test_list_item_far_from_the_dated_figures_keeps_the_present_year(checker) -> None:
    filler = "\n\n".join(["Analysts expect demand to keep rising."] * 4)
    text = (f"China led graphite mining in 2022 with 1,210,000 tonnes.\n\n{filler}\n\n"
            "In fourth place is Brazil, with 73,000 tonnes of graphite.")
    item = [c for c in _figures(checker, text) if c.claim.country == "BRA"]
    assert item and item[0].claim.year != 2022


# ------------------------------------------------------------------ a measure in an opening clause of cause
# events.csv: China's Announcement No. 18 of 4 April 2025 (export licences for seven medium and heavy
# rare earths) is the measure these sentences report; the US duties are only its cause.
@pytest.mark.parametrize("text", [
    "In April, after new US duties, Beijing moved to restrict its exports of seven rare earths.",
    "After fresh American tariffs, China started to restrict exports of seven heavy rare earths in April.",
])
def test_measure_in_an_opening_cause_clause_is_not_the_event(checker, text: str) -> None:
    events = [c for c in checker.check(text, "2025-10-16").checks if c.claim.kind == "event"]
    assert events and events[0].claim.event is not None and events[0].claim.event["type"] == "control"
    assert events[0].verdict.verdict == "supported"
    assert any("2025-04-04" in str(e.value) or "2025-04-04" in e.locator for e in events[0].verdict.evidence) \
        or "2025-04-04" in events[0].verdict.explanation


def test_main_clause_tariff_stays_a_tariff(checker) -> None:
    text = "After China's export controls, the US raised tariffs on Chinese magnets in April."
    events = [c for c in checker.check(text, "2025-10-16").checks if c.claim.kind == "event"]
    assert events and events[0].claim.event is not None and events[0].claim.event["type"] == "tariff"
