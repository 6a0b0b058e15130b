"""Edition selection rules (issue 6, accuracy work): compilations, earlier editions named
by the wording, years that date another figure, group names that are not a basis.

Reference figures (``src/critmin/data/observations.csv``; USGS Mineral Commodity
Summaries, Rare Earths chapter, "World Mine Production and Reserves", t REO):

* world mine production 2016: 129,000 t and 2018: 190,000 t (``USGS MCS compiled``, the
  value of the newest MCS edition reporting the year: MCS 2021 for 2016, MCS 2023 for 2018);
* Vietnam reserves 22,000,000 t (MCS 2024, year 2023) and 3,500,000 t (MCS 2025, year 2024);
* Russia reserves 10,000,000 t (MCS 2024) and 3,800,000 t (MCS 2025);
* world mine production 2024: 390,000 t (MCS 2025); Brazil reserves 21,000,000 t (MCS 2025).

Editions (``editions.csv``): MCS 2021 published 2021-02-01, MCS 2023 2023-01-31, MCS 2024
2024-01-31, MCS 2025 2025-01-31. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import one


def verdicts(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.verdict.verdict for c in result.checks]


# ------------------------------------------------------------- compilations
@pytest.mark.parametrize("sentence", [
    "World rare earth mine production was 190,000 tonnes in 2018.",
    "In 2018 the world mined 190,000 tons of rare earths.",
    "Global output of rare earths stood at 190,000 t in 2018, USGS data show.",
])
def test_old_year_from_compilation_is_current_when_its_edition_was_out(checker, sentence: str) -> None:
    # 2018 is reported last by MCS 2023 (published 2023-01-31), before the article
    c = one(checker.check(sentence, "2024-08-30"), "quantity")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert c.verdict.edition == "USGS MCS compiled"


def test_compilation_is_not_current_before_the_edition_it_copies(checker) -> None:
    # 2016 is reported last by MCS 2021 (published 2021-02-01): in mid-2020 the compiled
    # value was not yet published by USGS, so it cannot be the current figure
    c = one(checker.check("World rare earth mine production was 129,000 tonnes in 2016.", "2020-06-01"),
            "quantity")
    assert c.verdict.verdict != "supported"
    c = one(checker.check("World rare earth mine production was 129,000 tonnes in 2016.", "2022-06-01"),
            "quantity")
    assert c.verdict.verdict == "supported"


# ------------------------------------------------------------- earlier edition named by the wording
@pytest.mark.parametrize("sentence", [
    "Vietnam's rare earth reserves were cut to 3.5 million tonnes from a previous estimate of 22 million tonnes.",
    "The survey revised Vietnam's rare earth reserves down from 22 million tons to 3.5 million tons.",
    "Vietnam now has 3.5 million tons of rare earth reserves, against 22 million tons reported the previous year.",
])
def test_previous_figure_is_checked_against_the_previous_edition(checker, sentence: str) -> None:
    r = checker.check(sentence, "2025-06-01")
    qs = [c for c in r.checks if c.claim.kind == "quantity"]
    assert len(qs) == 2
    assert {c.verdict.verdict for c in qs} == {"supported"}, [c.verdict.explanation for c in qs]
    old = next(c for c in qs if c.claim.value == 22_000_000)
    assert old.claim.edition_ref == "previous" and old.verdict.edition == "MCS 2024"


def test_previous_figure_that_the_previous_edition_did_not_give_is_refuted(checker) -> None:
    r = checker.check("Russia's rare earth reserves fell to 3.8 million tons from a previous estimate "
                      "of 25 million tons.", "2025-06-01")
    old = next(c for c in r.checks if c.claim.value == 25_000_000)
    assert old.verdict.verdict == "refuted" and old.verdict.edition == "MCS 2024"


def test_a_figure_without_previous_wording_keeps_the_current_edition(checker) -> None:
    c = one(checker.check("Russia holds 10 million tons of rare earth reserves.", "2025-06-01"), "quantity")
    assert c.claim.edition_ref is None
    assert c.verdict.verdict == "supported_by_other_edition"


# ------------------------------------------------------------- a year that dates another figure
@pytest.mark.parametrize("sentence", [
    "Holding about 22 million tons of rare earth reserves, Vietnam mined 4,300 tons in 2022.",
    "With the world's second-largest rare earth reserves, estimated at 22 million tonnes, Vietnam produced 4,300 t in 2022.",
])
def test_year_bound_to_an_output_figure_does_not_date_the_reserves(checker, sentence: str) -> None:
    r = checker.check(sentence, "2024-06-01")
    res = [c for c in r.checks if c.claim.measure == "reserves"]
    assert res and all(c.claim.year is None for c in res)
    assert all(c.verdict.verdict == "supported" and c.verdict.edition == "MCS 2024" for c in res), \
        [c.verdict.explanation for c in res]


# ------------------------------------------------------------- group names, agencies
@pytest.mark.parametrize("sentence", [
    "Global rare earth metal production reached 390,000 tonnes in 2024.",
    "World output of rare earth metals was 390,000 t in 2024.",
])
def test_rare_earth_metals_is_the_group_not_a_metal_basis(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-06-01"), "quantity")
    assert c.claim.basis is None
    assert c.verdict.verdict == "supported"


def test_metal_content_is_still_a_basis(checker) -> None:
    c = one(checker.check("Global rare earth production reached 390,000 tonnes of contained metal in 2024.",
                          "2025-06-01"), "quantity")
    assert c.claim.basis == "metal content" and c.verdict.verdict == "unverifiable"


@pytest.mark.parametrize("text", [
    "The U.S. Geological Survey says Brazil holds 21 million tons of rare earth reserves.",
    "Brazil holds 21 million tons of rare earth reserves, according to the US Geological Survey. "
    "The country's reserves are the second largest.",
])
def test_geological_survey_is_not_a_country(checker, text: str) -> None:
    r = checker.check(text, "2025-06-01")
    assert r.checks and all(c.claim.country == "BRA" for c in r.checks), [c.claim.country for c in r.checks]


# ------------------------------------------------------------- reports named in the text
@pytest.mark.parametrize(("sentence", "verdict"), [
    # editions.csv: MCS 2025 published 2025-01-31, MCS 2024 on 2024-01-31, IEA GCMO 2025 on 2025-05-21
    ("The USGS published its Mineral Commodity Summaries 2025 on January 31.", "supported"),
    ("Mineral Commodity Summaries 2024 came out on 31 January 2024.", "supported"),
    ("The IEA released its Global Critical Minerals Outlook 2025 in May.", "supported"),
    ("Released in March, the yearly mineral commodity summary for 2025 covers 90 minerals.", "refuted"),
    ("Vietnam ranks sixth, the US Geological Survey said in its March 2025 report.", "refuted"),
])
def test_release_dates_of_named_reports(checker, sentence: str, verdict: str) -> None:
    r = checker.check(sentence, "2025-06-01")
    pubs = [c for c in r.checks if c.claim.event and c.claim.event.get("type") == "publication"]
    assert len(pubs) == 1 and pubs[0].verdict.verdict == verdict, [c.verdict.explanation for c in r.checks]


@pytest.mark.parametrize("sentence", [
    "The U.S. Geological Survey's Mineral Commodity Summaries 2025 put Vietnam's rare earth reserves at 3.5 million tonnes.",
    "According to a USGS report published in 2025, Vietnam holds 3.5 million tons of rare earth reserves.",
])
def test_the_year_of_a_report_is_not_the_year_of_its_data(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-06-01"), "quantity")
    assert c.claim.year is None and c.claim.series == "USGS MCS"
    assert c.verdict.verdict == "supported" and c.verdict.edition == "MCS 2025"


def test_a_named_edition_is_the_one_checked(checker) -> None:
    c = one(checker.check("According to the Mineral Commodity Summaries 2024, Vietnam holds 22 million tons of "
                          "rare earth reserves.", "2025-06-01"), "quantity")
    assert c.claim.edition == "MCS 2024" and c.verdict.verdict == "supported"
    # an edition the dataset does not hold: its series is used, and the figure is not "current"
    d = one(checker.check("According to the Mineral Commodity Summaries 2018, Vietnam holds 22 million tons of "
                          "rare earth reserves.", "2025-06-01"), "quantity")
    assert d.claim.series == "USGS MCS" and d.verdict.verdict == "supported_by_other_edition"


def test_a_later_edition_is_not_read_at_a_year_still_to_come(checker) -> None:
    # antimony, China mine production (t Sb): MCS 2024 (published 2024-01-31) 2023 = 40,000e;
    # MCS 2025 (2025-01-31) 2023 = 62,300; BGS (atlas, 2026) 2023 = 41,000 and 2024 = 45,000.
    # An article of 2024-12-02 giving "45,000 t" with no year cannot mean BGS's figure for 2024,
    # a year still running on that date, so only earlier years are evidence and nothing supports it
    c = one(checker.check("China mined 45,000 tons of antimony.", "2024-12-02"), "quantity")
    assert c.verdict.verdict not in ("supported", "supported_by_other_edition")
    assert c.verdict.evidence
    assert all(e.year is not None and e.year < 2024 for e in c.verdict.evidence)


def test_the_edition_of_the_day_settles_a_figure_without_a_year(checker) -> None:
    # MCS 2024 (published 2024-01-31, current on 2024-12-02) gives China 40,000 t Sb for 2023
    c = one(checker.check("China mined 40,000 tons of antimony.", "2024-12-02"), "quantity")
    assert c.verdict.verdict == "supported" and c.verdict.edition in (None, "MCS 2024")
    assert all(e.year is not None and e.year < 2024 for e in c.verdict.evidence)


@pytest.mark.parametrize(("sentence", "verdict"), [
    # MCS 2025 (current on 2025-11-11): Russia 2,500 t in 2024; no edition of the day has 2025
    ("Russia produced about 2,500 metric tons of rare earths this year.", "partly_supported"),
    ("In 2025, Russia mined 2,500 tonnes of rare earths.", "partly_supported"),
    ("Russia produced about 9,000 metric tons of rare earths this year.", "unverifiable"),
])
def test_a_figure_for_the_running_year(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, "2025-11-11"), "quantity")
    assert c.claim.year == 2025
    assert c.verdict.verdict == verdict, c.verdict.explanation


# --------------------------------------- published shares only a later edition holds (fifteenth session)
# IEA GCMO 2025 (published 2025-05-21): China ~94% of NdFeB magnet output and ~91% of rare-earth
# refining in 2024; no edition current in 2023 or early 2024 publishes either share (GCMO 2024 gives
# the magnet rare earths only, another basis) and no table by country lets one be computed.
@pytest.mark.rules_only
@pytest.mark.parametrize(("sentence", "day", "verdict"), [
    ("China turns out some 93 percent of the world's NdFeB magnets.", "2024-02-10", "supported_by_other_edition"),
    ("China accounts for about 88% of global refined rare earth output.", "2023-09-05", "supported_by_other_edition"),
    # a later edition that disagrees cannot show what the source said on the day (rule 3)
    ("China makes 70% of the world's NdFeB magnets.", "2024-02-10", "unverifiable"),
    ("China accounts for about 60% of global refined rare earth output.", "2023-09-05", "unverifiable"),
    # once the edition is out, it is the edition of the day
    ("China accounts for about 88% of global refined rare earth output.", "2025-09-05", "supported"),
])
def test_a_published_share_only_a_later_edition_holds(checker, sentence: str, day: str, verdict: str) -> None:
    c = one(checker.check(sentence, day), "share")
    assert c.verdict.verdict == verdict
    if verdict == "supported_by_other_edition":
        assert c.verdict.edition == "IEA GCMO 2025"

