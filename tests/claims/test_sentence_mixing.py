"""Sentences with several figures (issue 6, README rule 4 of benchmarks/claims_eval): one
spurious or mis-read detection must not turn a right sentence into ``partly_supported``,
while a figure that is plainly wrong stays refuted.

Reference values (``src/critmin/data/observations.csv``, USGS Mineral Commodity Summaries
data-release tables):

* rare earths, MCS 2023: Burma (Myanmar) 35,000 t REO in 2021 and 12,000 t in 2022 (-66 %);
  MCS 2024: world 350,000 t, China 240,000 t, Australia 18,000 t, Russia 2,600 t and
  Malaysia 80 t in 2023 (China 68.6 %).
* cobalt, MCS 2023: China 2,200 t of a world 190,000 t in 2022 (1.2 %).
* gallium, MCS 2023 (low-purity primary, 2021): Japan 3,000 kg, Russia 5,000 kg, Korea 2,000 kg.
* lithium, MCS 2024 (2023): Australia 86,000 t, Chile 44,000 t, China 33,000 t of a world
  180,000 t (the three: 90.6 %).
* events: China's export controls on seven medium and heavy rare earths, Announcement No. 18
  of 2025-04-04 (``events.csv``); the only Burma event is dated 2024-11-12.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import one


def sentence_verdict(verdicts: list[str]) -> str:
    """README rule 4: one checkable verdict wins over unverifiable; right and wrong give partly."""
    vs = set(verdicts)
    checkable = vs - {"unverifiable"}
    if not checkable:
        return "unverifiable" if vs else ""
    if len(checkable) == 1:
        return checkable.pop()
    if "refuted" in checkable or "partly_supported" in checkable:
        return "partly_supported"
    return "supported_by_other_edition"


def verdicts(checker, text: str, date: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.verdict.verdict for c in checker.check(text, date).checks]


# ------------------------------------------------------------------ "began to <activity>"
@pytest.mark.parametrize("sentence", [
    "China held over 80% of mined rare earths until 2017, when Myanmar's pits began to erode that lead.",
    "New mines in Myanmar began producing in 2017 and cut into China's 80% share of mined rare earths.",
])
def test_began_an_activity_is_no_event(checker, sentence: str) -> None:
    res = checker.check(sentence, "2025-08-15")
    assert not [c for c in res.checks if c.claim.kind == "event"], [(c.claim.kind, c.claim.text) for c in res.checks]


@pytest.mark.parametrize("sentence", [
    "In April 2025, China began to restrict exports of seven rare earths.",
    "On April 4, 2025, Beijing began requiring export licences for seven rare earth elements.",
])
def test_began_a_measure_is_still_an_event(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-08-15"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Mining in Myanmar's Kachin hills resumed in 2017.",
    "Output at Myanmar's rare-earth pits resumed in 2019 after the rains.",
])
def test_event_naming_no_measure_is_not_refuted_by_another_events_date(checker, sentence: str) -> None:
    res = checker.check(sentence, "2025-08-15")
    assert all(c.verdict.verdict != "refuted" for c in res.checks), \
        [(c.claim.kind, c.verdict.verdict, c.verdict.explanation) for c in res.checks]


@pytest.mark.parametrize("sentence", [
    "China imposed export controls on seven rare earths in April 2023.",
    "Beijing restricted exports of seven rare earth elements in January 2025.",
])
def test_a_measure_with_a_wrong_date_stays_wrong(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-08-15"), "event")
    assert c.verdict.verdict in ("refuted", "partly_supported"), c.verdict.explanation


# ------------------------------------------------------------------ hedges on a decrease
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Myanmar mined 12,000 t of rare earths in 2022, a decrease of more than 60 percent from the year before.", "supported"),
    ("Myanmar's rare earth output fell by over 65% in 2022.", "supported"),
    ("Myanmar's rare earth output fell by almost 70% in 2022.", "supported"),
    ("Myanmar's rare earth output fell by more than 70% in 2022.", "partly_supported"),
    ("Myanmar's rare earth output fell by nearly 60% in 2022.", "partly_supported"),
])
def test_hedge_bounds_the_size_of_a_fall(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, "2023-06-01"), "change")
    assert c.verdict.verdict == verdict, c.verdict.explanation


# ------------------------------------------------------------------ shares held by companies
@pytest.mark.parametrize("sentence", [
    "In 2022, 44 percent of the world's cobalt mine output was owned by companies from China.",
    "Companies headquartered in China own about 44% of global cobalt mine production.",
    "Chinese-owned mines supplied 44% of the world's mined cobalt in 2022.",
])
def test_share_held_by_a_countrys_companies_is_unverifiable(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2023-03-08"), "share")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China mined 44% of the world's cobalt in 2022.",
    "In 2022, China accounted for 44 percent of global cobalt mine production.",
])
def test_share_of_a_country_stays_refuted(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2023-03-08"), "share")
    assert c.verdict.verdict == "refuted", c.verdict.explanation


# ------------------------------------------------------------------ the world's total beside a share
@pytest.mark.parametrize("sentence", [
    "China mined about 69% of the world's rare earths in 2023, estimated at 350,000 tonnes.",
    "China accounted for 69% of global rare earth production in 2023, which totalled 350,000 t.",
])
def test_figure_apposed_to_world_output_is_the_worlds(checker, sentence: str) -> None:
    res = checker.check(sentence, "2024-12-01")
    q = one(res, "quantity")
    assert q.claim.country == "WLD"
    assert sentence_verdict([c.verdict.verdict for c in res.checks]) == "supported", \
        [(c.claim.text, c.verdict.explanation) for c in res.checks]


@pytest.mark.parametrize("sentence", [
    "China mined about 69% of the world's rare earths in 2023, estimated at 300,000 tonnes.",
    "China accounted for 69% of global rare earth production in 2023, which totalled 500,000 t.",
])
def test_wrong_world_total_beside_a_share_stays_refuted(checker, sentence: str) -> None:
    q = one(checker.check(sentence, "2024-12-01"), "quantity")
    assert q.claim.country == "WLD" and q.verdict.verdict == "refuted", q.verdict.explanation


# ------------------------------------------------------------------ a group's figure
@pytest.mark.parametrize("sentence", [
    "Gallium production of around 10 tonnes in 2021 was split between Japan, Russia and South Korea.",
    "About 10 tonnes of gallium were refined in 2021 by Japan, Russia and South Korea.",
])
def test_figure_of_a_listed_group_is_no_one_countrys(checker, sentence: str) -> None:
    q = one(checker.check(sentence, "2023-07-04"), "quantity")
    assert q.claim.country is None and q.verdict.verdict == "unverifiable", q.verdict.explanation


def test_one_country_before_a_list_keeps_its_figure(checker) -> None:
    q = one(checker.check("Japan refined 10 tonnes of gallium in 2021, more than Russia and South Korea.", "2023-07-04"),
            "quantity")
    assert q.claim.country == "JPN" and q.verdict.verdict == "refuted", q.verdict.explanation


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Three countries, Australia, Chile and China, accounted for 91% of lithium mine output in 2023.", "supported"),
    ("Two nations, Australia and Chile, mined 72% of the world's lithium in 2023.", "supported"),
    ("Three countries, Australia, Chile and China, accounted for 40% of lithium mine output in 2023.", "refuted"),
])
def test_counted_group_with_its_names_listed(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, "2024-06-01"), "share")
    assert c.verdict.verdict == verdict, c.verdict.explanation


# ------------------------------------------------------------------ the size of a change
@pytest.mark.parametrize("sentence", [
    "Last year China mined 33,000 t of lithium, a 7,400 t increase on the year before.",
    "China's lithium output reached 33,000 tonnes in 2023, a 7,400-tonne rise from 2022.",
])
def test_size_of_a_change_is_no_level(checker, sentence: str) -> None:
    res = checker.check(sentence, "2024-06-01")
    q = one(res, "quantity")
    assert q.claim.value == 33000 and q.verdict.verdict == "supported", q.verdict.explanation


def test_wrong_level_beside_a_change_stays_refuted(checker) -> None:
    q = one(checker.check("Last year China mined 43,000 t of lithium, a 7,400 t increase on the year before.",
                          "2024-06-01"), "quantity")
    assert q.verdict.verdict == "refuted", q.verdict.explanation


# ------------------------------------------------------------------ a part and its whole
@pytest.mark.parametrize("sentence", [
    "In 2023 China mined 240,000 t of a global 350,000 t of rare earths.",
    "China's rare earth output was 240,000 tonnes in 2023, out of a total of 350,000 tonnes.",
])
def test_whole_after_a_part_is_the_worlds(checker, sentence: str) -> None:
    res = checker.check(sentence, "2024-06-01")
    got = sorted((c.claim.country, c.verdict.verdict) for c in res.checks if c.claim.kind == "quantity")
    assert got == [("CHN", "supported"), ("WLD", "supported")], [c.verdict.explanation for c in res.checks]


@pytest.mark.parametrize("sentence", [
    "In 2023 China mined 240,000 t of a global 300,000 t of rare earths.",
    "China's rare earth output was 240,000 tonnes in 2023, out of a total of 500,000 tonnes.",
])
def test_wrong_whole_after_a_part_stays_refuted(checker, sentence: str) -> None:
    res = checker.check(sentence, "2024-06-01")
    got = sorted((c.claim.country, c.verdict.verdict) for c in res.checks if c.claim.kind == "quantity")
    assert got == [("CHN", "supported"), ("WLD", "refuted")], [c.verdict.explanation for c in res.checks]


# ------------------------------------------------------------------ a pair of countries and their tonnages
@pytest.mark.parametrize("sentence", [
    "China and Australia mined 240,000 t and 18,000 t of rare earths in 2023.",
    "In 2023 China and Australia produced 240,000 tonnes and 18,000 tonnes of rare earths.",
])
def test_listed_tonnages_go_to_listed_countries_in_order(checker, sentence: str) -> None:
    res = checker.check(sentence, "2024-06-01")
    got = [(c.claim.country, c.verdict.verdict) for c in res.checks if c.claim.kind == "quantity"]
    assert got == [("CHN", "supported"), ("AUS", "supported")], [c.verdict.explanation for c in res.checks]


def test_wrong_tonnage_in_a_listed_pair_stays_refuted(checker) -> None:
    res = checker.check("China and Australia mined 240,000 t and 28,000 t of rare earths in 2023.", "2024-06-01")
    got = [(c.claim.country, c.verdict.verdict) for c in res.checks if c.claim.kind == "quantity"]
    assert got == [("CHN", "supported"), ("AUS", "refuted")], [c.verdict.explanation for c in res.checks]


@pytest.mark.parametrize("sentence", [
    "Australia and Chile produced 130,000 t of lithium in 2023.",
    "In 2023, Australia, Chile and China together mined some 163,000 tonnes of lithium.",
])
def test_one_tonnage_of_a_pair_is_no_one_countrys(checker, sentence: str) -> None:
    q = one(checker.check(sentence, "2024-06-01"), "quantity")
    assert q.claim.country is None and q.verdict.verdict == "unverifiable", q.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Russia and Malaysia both produced about 2,500 tonnes of rare earths in 2023.",
    "Malaysia and Russia each mined roughly 2,600 t of rare earths in 2023.",
])
def test_a_tonnage_said_of_each_country_is_checked(checker, sentence: str) -> None:
    # MCS 2024: Russia 2,600 t, Malaysia 80 t in 2023; since December 2026 the figure is checked
    # for each country of the list (before, only for the last one named)
    got = {c.claim.country: c.verdict.verdict for c in checker.check(sentence, "2024-06-01").checks
           if c.claim.kind == "quantity"}
    assert got == {"RUS": "supported", "MYS": "refuted"}


@pytest.mark.parametrize("sentence", [
    "New mines in Indonesia and Congo lifted world cobalt supply by 10 percent in 2022.",
    "Strong output from Congo raised mined cobalt supply by 23% in 2022.",
])
def test_percent_after_by_is_no_share(checker, sentence: str) -> None:
    res = checker.check(sentence, "2023-03-08")
    assert not [c for c in res.checks if c.claim.kind == "share"], [(c.claim.kind, c.claim.text) for c in res.checks]


# ------------------------------------------------------------------ a change of a pair of countries
@pytest.mark.parametrize("sentence", [
    "Booming output in Indonesia and Congo pushed mined cobalt supply up 23 percent in 2022.",
    "Cobalt mine production in Congo and Indonesia rose 23% in 2022.",
])
def test_change_of_a_listed_pair_is_no_one_countrys(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2023-03-08"), "change")
    assert c.claim.country is None and c.verdict.verdict == "unverifiable", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Congo's cobalt output rose 23% in 2022.",
    "Cobalt mine production in Congo jumped 23 percent in 2022, while Indonesia's more than tripled.",
])
def test_change_of_one_country_stays_wrong(checker, sentence: str) -> None:
    # MCS 2023: Congo (Kinshasa) 119,000 t in 2021 and 130,000 t in 2022 (+9 %)
    c = next(c for c in checker.check(sentence, "2023-03-08").checks if c.claim.kind == "change" and c.claim.country == "COD")
    assert c.verdict.verdict in ("refuted", "partly_supported"), c.verdict.explanation
