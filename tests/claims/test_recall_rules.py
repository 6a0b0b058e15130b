"""General detection rules found by widening the dev split of the evaluation set (issue 6):
an event dated at the opening of its sentence, an announcement number written without its
year, element counts with a longer noun phrase ("five middle and heavy rare earth
elements", "restrict exports of seven rare earths"), bare months in sentences reporting a
measure already taken, figures dated only relative to another sentence ("eleven years
later"), "resources" as a measure of its own, and "after A and B, the largest ... is C".

Reference rows (``src/critmin/data``): events.csv cn-2025-10-09-no57-five-ree (MOFCOM/GAC
Announcement No. 57 of 2025, dated 2025-10-09, Ho;Er;Tm;Eu;Yb), cn-2025-04-04-no18-medium-
heavy-ree (2025-04-04, seven elements Sm;Gd;Tb;Dy;Lu;Sc;Y), cn-2024-08-15-antimony-controls
(No. 33 of 2024, 2024-08-15); observations.csv USGS MCS 2023 graphite mine production 2022:
China 850,000 t, Mozambique 170,000 t, Madagascar 110,000 t, Brazil 87,000 t; MCS 2025 rare
earths China 270,000 t (2024). The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from critmin.claims.extract import _reports_past, _unanchored_time, partial_dates

from .conftest import one

LATE_2025 = "2025-11-20"


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("On October 9, 2025, Beijing's commerce ministry issued a notice extending export controls "
     "to more rare earth elements.", "supported"),
    # the measure is in the table, dated a week later: a right event with a wrong date is
    # partly supported (README rule 4)
    ("On October 2, 2025, Beijing's commerce ministry issued a notice extending export controls "
     "to more rare earth elements.", "partly_supported"),
])
def test_a_date_opening_the_sentence_dates_its_event(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, LATE_2025), "event")
    assert ("2025-10-09" if verdict == "supported" else "2025-10-02") in [d for d, _ in c.claim.event["dates"]]
    assert c.verdict.verdict == verdict


def test_an_announcement_number_without_its_year(checker) -> None:
    c = one(checker.check("Under Announcement No. 57 the ministry placed holmium and erbium under licensing.",
                          LATE_2025), "event")
    assert c.claim.event["legal"] == (57, None)
    assert c.verdict.verdict == "supported" and "No. 57 of 2025" in c.verdict.explanation
    # a number the table records for no event of that kind is not a match
    c = one(checker.check("Under Announcement No. 33 the ministry placed holmium and erbium under licensing.",
                          LATE_2025), "event")
    assert c.verdict.verdict != "supported"


@pytest.mark.parametrize(("sentence", "count"), [
    ("In October 2025 Beijing imposed controls on five medium and heavy rare earth elements.", 5),
    ("In April 2025 Beijing began to restrict exports of seven rare earths.", 7),
])
def test_element_counts_with_longer_phrases(checker, sentence: str, count: int) -> None:
    c = one(checker.check(sentence, LATE_2025), "event")
    assert c.claim.event["count"] == count
    assert c.verdict.verdict == "supported"


def test_bare_month_in_a_report_of_a_past_measure_is_the_latest_before() -> None:
    # "In April" in an October article: April of the same year, not the nearer April ahead
    assert partial_dates("In April, Beijing began to restrict exports.", "2025-10-16",
                         past=_reports_past("In April, Beijing began to restrict exports.")) == [("2025-04", "month")]
    # a measure still to come keeps the nearest month ("from December" in October)
    s = "Beijing will require permits from December."
    assert not _reports_past(s)
    assert partial_dates(s, "2023-10-20", past=_reports_past(s)) == [("2023-12", "month")]


def test_past_month_event_is_not_refuted(checker) -> None:
    text = "In April, after new US duties, China began to restrict exports of seven rare earths."
    c = one(checker.check(text, "2025-10-16"), "event")
    assert c.verdict.verdict == "supported"


@pytest.mark.parametrize("sentence", [
    "Ten years later, the country mined 46,000 tons of rare earths.",
    "Two decades on, China produced 270,000 tons of rare earths.",
    "By then, China produced 270,000 tons of rare earths.",
])
def test_figures_dated_relative_to_another_sentence_are_unverifiable(checker, sentence: str) -> None:
    c = one(checker.check("The Mountain Pass mine in the United States closed in 2002. " + sentence, LATE_2025),
            "quantity")
    assert c.claim.undated and c.claim.year is None
    assert c.verdict.verdict == "unverifiable"


def test_an_explicit_year_wins_over_relative_wording() -> None:
    assert _unanchored_time("Ten years later, in 2024, China produced 270,000 tons.", has_year=True) is None
    assert _unanchored_time("A year earlier China produced 255,000 tons.", has_year=False) is None


def test_resources_are_not_reserves(checker) -> None:
    c = one(checker.check("Surveys have identified 98 million tonnes of lithium resources worldwide.",
                          LATE_2025), "quantity")
    assert c.claim.measure == "resources"
    assert c.verdict.verdict == "unverifiable"
    # a company name with "Resources" is no measure
    c = one(checker.check("Iluka Resources said Australia mined 13,000 tonnes of rare earths in 2024.",
                          LATE_2025), "quantity")
    assert c.claim.measure != "resources"


@pytest.mark.parametrize(("sentence", "country", "rank", "verdict"), [
    ("After China and Mozambique, the largest graphite producer in 2022 was Madagascar.", "MDG", 3, "supported"),
    ("After China and Mozambique, the largest graphite producer in 2022 was Brazil.", "BRA", 3, "refuted"),
    ("After China, the biggest graphite producer in 2022 was Mozambique.", "MOZ", 2, "supported"),
])
def test_largest_after_a_list_ranks_below_the_list(checker, sentence: str, country: str, rank: int,
                                                   verdict: str) -> None:
    c = one(checker.check(sentence, "2023-11-15"), "rank")
    assert (c.claim.country, c.claim.rank) == (country, rank)
    assert c.verdict.verdict == verdict


def test_leading_after_needs_a_country_after_the_superlative(checker) -> None:
    r = checker.check("After China and Mozambique, the largest producers are far smaller.", "2023-11-15")
    assert all(c.claim.rank != 3 for c in r.checks if c.claim.kind == "rank")


@pytest.mark.parametrize("sentence", [
    "China restricted exports of gallium and germanium from August 2023.",   # effective 2023-08-01
    "China placed antimony under export control in September 2024.",          # effective 2024-09-15
])
def test_a_month_with_its_year_after_from_or_in_keeps_the_year(checker, sentence: str) -> None:
    c = one(checker.check(sentence, LATE_2025), "event")
    assert all(d.startswith(("2023", "2024")) for d, _ in c.claim.event["dates"])
    assert c.verdict.verdict == "supported"


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("On December 3, 2024, Beijing prohibited shipments of gallium and germanium to the US.", "supported"),
    ("China curbed exports of seven rare earth elements on April 4.", "supported"),
    # seven elements is right, 14 April is not (4 April): right and wrong parts (README rule 4)
    ("China curbed exports of seven rare earth elements on April 14.", "partly_supported"),
    ("Washington and Kyiv inked their minerals agreement at the end of April 2025.", "supported"),
])
def test_more_event_verbs(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, LATE_2025), "event")
    assert c.verdict.verdict == verdict, c.verdict.explanation


@pytest.mark.parametrize(("sentence", "measure"), [
    ("China's mines yielded 270,000 tonnes of rare earths in 2024.", "production"),    # MCS 2025: 270,000 t
    ("Worldwide, miners dug up 390,000 tons of rare earths in 2024.", "production"),   # MCS 2025: 390,000 t
    ("Brazil is sitting on 21 million tons of rare earths.", "reserves"),              # MCS 2025: 21 Mt
])
def test_plain_words_for_output_and_reserves(checker, sentence: str, measure: str) -> None:
    c = one(checker.check(sentence, "2025-06-01"), "quantity")
    assert c.claim.measure == measure
    assert c.verdict.verdict == "supported"


# MCS 2025 gallium: China 750,000 of 760,000 kg primary production in 2024 (98.7 %); tungsten
# 2024: China 67,000 of 81,000 t (82.7 %)
@pytest.mark.parametrize(("sentence", "verdicts"), [
    # gallium's bundled rows are of a named product (low-purity primary), the only gallium
    # production series, so they answer for gallium: MCS 2025 gives 98.7 % (rounds to 99),
    # MCS 2024 98.4 % (rule 5: the data value must round to the stated 98 %)
    ("China is the source of 98% of primary gallium.", {"unverifiable", "supported", "supported_by_other_edition"}),
    ("China has a near-monopoly, producing 98% of gallium.", {"unverifiable", "supported",
                                                              "supported_by_other_edition"}),
    ("China commands more than 80% of tungsten mining.", {"supported"}),
    ("China contributes about 83% of tungsten output.", {"supported"}),
    ("China contributes about 50% of tungsten output.", {"refuted"}),
])
def test_share_verbs_without_a_world_word(checker, sentence: str, verdicts: set[str]) -> None:
    c = one(checker.check(sentence, "2025-06-01"), "share")
    assert c.claim.country == "CHN"
    assert c.verdict.verdict in verdicts, c.verdict.explanation


# MCS 2025 lithium mine production 2024: Australia 88,000 t lithium content
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Australia produced 460,000 tonnes of lithium carbonate equivalent in 2024.", "unverifiable"),
    ("Australian lithium output reached 500 kt LCE in 2024.", "unverifiable"),
    ("Australia produced 88,000 tonnes of lithium in 2024.", "supported"),
])
def test_lithium_carbonate_equivalent_is_another_basis(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, "2025-06-01"), "quantity")
    assert c.verdict.verdict == verdict, c.verdict.explanation


# MCS 2025: Vietnam rare earths 300 t in 2024
@pytest.mark.parametrize(("sentence", "found"), [
    ("In its latest forecast, the agency estimates Vietnam's rare earth output fell to 300 tons in 2024.", True),
    ("In its latest forecast, the agency says Vietnam's rare earth output could reach 3,000 tons in 2027.", False),
])
def test_a_forecast_as_the_source_of_a_past_figure(checker, sentence: str, found: bool) -> None:
    qs = [c for c in checker.check(sentence, "2025-06-01").checks if c.claim.kind == "quantity"]
    assert bool(qs) is found
    if found:
        assert qs[0].verdict.verdict == "supported"


def test_export_licences_as_the_event_noun(checker) -> None:
    # events.csv cn-2024-08-15-antimony-controls: effective 2024-09-15
    c = one(checker.check("Antimony export licences have been required since September 15, 2024.", LATE_2025), "event")
    assert c.verdict.verdict == "supported"
    c = one(checker.check("Antimony export licences have been required since September 25, 2024.", LATE_2025), "event")
    assert c.verdict.verdict in ("unverifiable", "refuted")  # no actor named: not matched firmly enough to refute


# MCS 2024 platinum mine production 2023: South Africa 120,000 kg (1 troy oz = 31.1034768 g,
# so 3.9 million oz = 121,300 kg and 5 million oz = 155,500 kg)
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("South Africa mined about 3.9 million ounces of platinum in 2023.", "supported"),
    ("South Africa mined about 5 million troy ounces of platinum in 2023.", "refuted"),
    ("South Africa produced 120 000 kilograms of platinum in 2023.", "supported"),
])
def test_troy_ounces_and_spaced_thousands(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, "2024-06-01"), "quantity")
    assert c.verdict.verdict == verdict, c.verdict.explanation


def test_a_year_before_a_figure_is_not_a_spaced_thousand(checker) -> None:
    r = checker.check("In 2022 500 tonnes of rare earths were exported by Laos.", "2024-06-01")
    assert all(c.claim.value != 2022500 for c in r.checks)


def test_an_announced_measure_still_to_take_effect_keeps_the_month_ahead(checker) -> None:
    # events.csv cn-2023-10-20-graphite-controls: effective 2023-12-01; the article is of November
    s = "Beijing announced permits for some graphite exports, to take effect December 1."
    assert not _reports_past(s)
    c = one(checker.check(s, "2023-11-15"), "event")
    assert c.verdict.verdict == "supported"


def test_ore_dug_up_is_mining_even_beside_refined(checker) -> None:
    # MCS 2025: China 270,000 of 390,000 t mined in 2024 = 69 %; IEA GCMO 2025 refining ~91 %
    r = checker.check("Chinese firms account for 69% of the rare earth ore dug up and over 90% of the "
                      "refined output.", "2025-10-16")
    first = min((c for c in r.checks if c.claim.kind == "share"), key=lambda c: c.claim.span)
    assert first.claim.stage == "mining"
    assert first.verdict.verdict != "refuted"
