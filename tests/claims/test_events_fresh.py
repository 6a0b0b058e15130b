"""Event rules found on fresh news articles about export controls, deals and suspensions
(issue 6): which date in a sentence dates the measure, relative dates ("announced Tuesday",
"last December", "this month", "since mid-September"), end dates ("valid until ..."), the
kind of event a sentence names, the release of figures as no policy event, and a right
event with a wrong date.

Reference rows (``src/critmin/data/events.csv``): cn-2023-07-03-ga-ge-controls (2023-07-03,
effective 2023-08-01), cn-2023-10-20-graphite-controls (2023-10-20, effective 2023-12-01),
cn-2024-08-15-antimony-controls (2024-08-15, effective 2024-09-15), cn-2024-12-03-us-ga-ge-sb-ban
(2024-12-03), cn-2025-04-04-no18-medium-heavy-ree (2025-04-04), cn-2025-10-09-no61-extraterritorial-re
(2025-10-09, effective 2025-12-01), cn-2025-11-07-no70-suspension (2025-11-07, ends 2026-11-10),
cn-2025-11-09-no72-suspension (2025-11-09, ends 2026-11-27), us-ukr-2025-04-30-reconstruction-fund-
agreement (2025-04-30), us-2025-07-10-dod-mp-* (2025-07-10). The sentences are written for
these tests.
"""

from __future__ import annotations

import pytest

from critmin.claims.extract import partial_dates

from .conftest import one


def events(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "event"]


# ------------------------------------------------------------- relative dates
@pytest.mark.parametrize(("sentence", "date", "want"), [
    # a bare weekday after the verb is the latest such day on or before the article
    ("Beijing said Tuesday it would stop sales.", "2024-12-05", ("2024-12-03", "day")),
    # "last Thursday" is never the article's own day
    ("The rule was published last Thursday.", "2025-11-06", ("2025-10-30", "day")),
    # "last December" is the latest December before the article's month
    ("Curbs were tightened last December.", "2024-08-15", ("2023-12", "month")),
    ("Curbs were tightened last December.", "2025-01-10", ("2024-12", "month")),
    ("Permits became necessary this month.", "2023-12-14", ("2023-12", "month")),
    ("Permits became necessary last month.", "2024-01-05", ("2023-12", "month")),
    # "since September" lies behind the article even when nothing else in the sentence says so
    ("Licences have been required since mid-September.", "2025-07-22", ("2024-09", "month")),
])
def test_relative_dates(sentence: str, date: str, want: tuple[str, str]) -> None:
    assert want in partial_dates(sentence, date)


@pytest.mark.parametrize("sentence", [
    "Beijing announced Tuesday that it is banning shipments of gallium and germanium to the United States.",
    "China's commerce ministry on Tuesday barred exports of gallium and antimony to the United States, "
    "banning them with immediate effect.",
])
def test_a_weekday_dates_the_us_ban(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2024-12-04"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "2024-12-03" in c.verdict.explanation


@pytest.mark.parametrize(("sentence", "date"), [
    ("Beijing tightened its graphite export rules last December.", "2024-06-01"),
    ("China also imposed curbs on gallium and germanium sales abroad from last August.", "2024-05-20"),
])
def test_last_month_name_dates_a_past_measure(checker, sentence: str, date: str) -> None:
    c = one(checker.check(sentence, date), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- which date dates the measure
@pytest.mark.parametrize("sentence", [
    "Chinese shipments of antimony in October fell 90% from a month earlier, a sign of the export curbs.",
    "Gallium exports hit a record high in March, before Beijing's export controls bit.",
    "Analysts expect shipments in January to shrink because of the new export restrictions on graphite.",
])
def test_a_month_beside_a_traded_figure_does_not_date_the_measure(checker, sentence: str) -> None:
    for c in events(checker.check(sentence, "2024-11-25")):
        assert c.verdict.verdict != "refuted", c.verdict.explanation
        assert not c.claim.event.get("dates"), c.claim.event


@pytest.mark.parametrize("sentence", [
    "Beijing banned exports of gallium to the United States in December 2024, customs figures show.",
    "Prices rose after China imposed export curbs on antimony in August.",
])
def test_a_month_after_the_measure_still_dates_it(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-01-20"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China shipped 320 tonnes of antimony in May, according to customs data released on Friday.",
    "Exports of rare earth magnets rose 12% in May, official figures published on Tuesday showed.",
])
def test_the_release_of_figures_is_no_policy_event(checker, sentence: str) -> None:
    assert events(checker.check(sentence, "2025-06-21")) == []


# ------------------------------------------------------------- licence wording
@pytest.mark.parametrize(("sentence", "date"), [
    ("In July 2023 Beijing said it would require companies to apply for licences before shipping gallium "
     "and germanium abroad.", "2023-12-01"),
    ("Since September 15, 2024, exporters of antimony in China need permits to ship it abroad.", "2025-03-01"),
])
def test_licence_requirements_as_the_event(checker, sentence: str, date: str) -> None:
    c = one(checker.check(sentence, date), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- end dates and suspensions
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("On Friday China's commerce ministry suspended the October export-control package, with the pause valid until "
     "November 10, 2026.", "supported"),
    ("China suspended the October export-control package on Friday; the pause runs through "
     "November 30, 2026.", "partly_supported"),
])
def test_the_end_of_a_suspension(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, "2025-11-08"), "event")
    assert c.verdict.verdict == verdict, c.verdict.explanation
    assert "2026-11-10" in c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China has suspended the rare-earth export controls it announced on October 9.",
    "Beijing paused the rare-earth export restrictions unveiled on October 9 for a year.",
])
def test_a_suspension_of_controls_dated_by_the_controls(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-11-20"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "suspend" in c.verdict.explanation.lower()


# ------------------------------------------------------------- kind of event
@pytest.mark.parametrize("sentence", [
    "Rare earth magnet shipments recovered after Beijing imposed export curbs on magnets in July.",
    "In July, Beijing put export curbs on rare earth magnets, the ministry said.",
])
def test_export_curbs_are_not_an_investment(checker, sentence: str) -> None:
    for c in events(checker.check(sentence, "2025-08-20")):
        assert "MP Materials" not in c.verdict.explanation, c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Washington and Kyiv formalized their minerals agreement on Wednesday.",
    "The United States and Ukraine signed the minerals deal on Wednesday in Washington.",
])
def test_a_deal_dated_by_a_weekday(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-05-01"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "Reconstruction Investment Fund" in c.verdict.explanation


# ------------------------------------------------------------- wrong or earlier dates
@pytest.mark.parametrize("sentence", [
    "China has had temporary export controls on some graphite products since 2016.",
    "Graphite exports from China already needed permits since 2015.",
])
def test_a_measure_older_than_the_table_is_unverifiable(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2023-12-14"), "event")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "The Middle Kingdom began requiring graphite export permits in February 2023.",
    "China imposed export controls on graphite in June 2023.",
])
def test_a_right_measure_with_a_wrong_month(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2024-03-01"), "event")
    assert c.verdict.verdict == "partly_supported", c.verdict.explanation


# ------------------------------------------------------------- more event wording
@pytest.mark.parametrize(("sentence", "date"), [
    ("Shipments collapsed to levels last seen in the summer of 2023, when Beijing imposed licences on gallium "
     "and germanium.", "2025-05-20"),
    ("Gallium and germanium sales abroad have needed licences under a licensing regime since mid-2023.",
     "2025-08-20"),
])
def test_a_season_or_mid_year_dates_the_measure_by_its_year(checker, sentence: str, date: str) -> None:
    c = one(checker.check(sentence, date), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "gallium and germanium" in c.verdict.explanation


@pytest.mark.rules_only
@pytest.mark.parametrize("sentence", [
    "China's customs agency released the May rare earth export data on Tuesday.",
    "Beijing published its monthly trade figures on Friday, showing gallium sales fell.",
])
def test_releasing_figures_is_no_policy_event_either_way_round(checker, sentence: str) -> None:
    assert events(checker.check(sentence, "2025-06-21")) == []


@pytest.mark.parametrize("sentence", [
    "A ban on shipments of gallium, germanium and other critical minerals to the United States has been "
    "in place since December 2024.",
    "China's ban on critical minerals shipments to the United States, in force since December 2024, remains.",
])
def test_critical_minerals_is_an_umbrella_word(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-08-01"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "2024-12-03" in c.verdict.explanation


# ------------------------------------------------------------- comparisons and ranks
# MCS 2025 rare earths, mine production 2024: China 270,000 t, United States 45,000 t,
# Burma 31,000 t (third)
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("In 2024 China mined more than twice as much rare earth as the United States.", "supported"),
    ("China's rare earth output in 2024 was more than double that of the United States.", "supported"),
    ("In 2024 China mined more than ten times as much rare earth as the United States.", "partly_supported"),
])
def test_more_than_a_ratio_is_a_lower_bound(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, "2025-03-01"), "comparison")
    assert c.verdict.verdict == verdict, c.verdict.explanation


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("In rare earth mining the United States is second only to China.", "supported"),
    ("Myanmar's rare earth mining is second only to China's.", "refuted"),
])
def test_second_only_to_is_a_rank(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, "2025-03-01"), "rank")
    assert c.claim.rank == 2
    assert c.verdict.verdict == verdict, c.verdict.explanation


# ------------------------------------------------------------- attribution
@pytest.mark.parametrize("text", [
    "The U.S. Geological Survey released its annual summary. China mined 270,000 tons of rare earths "
    "in 2024, the agency said.",
    "Figures come from the USGS. According to the survey, China mined 270,000 tons of rare earths in 2024.",
])
def test_the_agency_is_the_source_named_before(checker, text: str) -> None:
    c = one(checker.check(text, "2025-03-01"), "quantity")
    assert c.claim.source == "USGS" and c.claim.series == "USGS MCS"
    assert c.verdict.verdict == "supported", c.verdict.explanation


def test_no_source_named_before_stays_unattributed(checker) -> None:
    c = one(checker.check("China mined 270,000 tons of rare earths in 2024, the agency said.", "2025-03-01"),
            "quantity")
    assert c.claim.source is None


@pytest.mark.parametrize(("sentence", "series"), [
    ("China mined 270,000 tons of rare earths in 2024, the United States Geological Survey estimates.", "USGS MCS"),
    ("China refined about 91% of the world's rare earths in 2024, the Paris-based agency said.", "IEA"),
])
def test_more_names_of_bundled_sources(checker, sentence: str, series: str) -> None:
    c = next(c for c in checker.check(sentence, "2025-06-01").checks if c.claim.kind in ("quantity", "share"))
    assert c.claim.series == series
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------------- changes written as nouns
# MCS 2025 rare earths: Burma 43,000 t (2023) -> 31,000 t (2024), -28%; China 255,000 -> 270,000 t, +6%
@pytest.mark.parametrize(("sentence", "change"), [
    ("Burma's rare earth output in 2024 was down 28% year on year.", -0.28),
    ("Burma's rare earth mining in 2024 showed a fall of 28% from a year earlier.", -0.28),
    ("China's rare earth mining in 2024 marked a 6% increase from 2023.", 0.06),
    ("Chinese rare earth output was up 6% in 2024 from the year before.", 0.06),
])
def test_changes_written_with_up_down_or_a_noun(checker, sentence: str, change: float) -> None:
    c = one(checker.check(sentence, "2025-03-01"), "change")
    assert c.claim.change == pytest.approx(change)
    assert c.verdict.verdict == "supported", c.verdict.explanation


def test_up_to_is_no_change(checker) -> None:
    assert [c for c in checker.check("Rare earth prices could climb by up to 20% next year.", "2025-03-01").checks
            if c.claim.kind == "change"] == []


# ------------------------------------------------------------- counts, month adjectives, context
# events.csv cn-2025-02-04-w-te-bi-mo-in-controls: five metals (W;Te;Bi;Mo;In), 2025-02-04
@pytest.mark.parametrize(("sentence", "count", "verdict"), [
    ("China restricted exports of five metals in February.", 5, "supported"),
    ("In February Beijing curbed shipments covering six metals, tungsten among them.", 6, "partly_supported"),
])
def test_a_count_after_a_restrictive_verb(checker, sentence: str, count: int, verdict: str) -> None:
    c = one(checker.check(sentence, "2025-03-10"), "event")
    assert c.claim.event["count"] == count
    assert c.verdict.verdict == verdict, c.verdict.explanation


@pytest.mark.parametrize(("sentence", "date"), [
    ("The April controls on rare earths took effect immediately.", "2025-04-20"),
    ("Beijing's April curbs on seven rare earths were announced with immediate effect.", "2025-06-01"),
])
def test_a_month_as_the_name_of_a_measure(checker, sentence: str, date: str) -> None:
    c = one(checker.check(sentence, date), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "seven medium and heavy rare earths" in c.verdict.explanation


@pytest.mark.parametrize("text", [
    "Gallium and germanium shipments are still low. Export controls introduced in mid-2023 disrupted trade.",
    "China dominates gallium and germanium. Both have been under a licensing regime since mid-2023.",
])
def test_the_commodities_just_before_choose_the_event(checker, text: str) -> None:
    c = one(checker.check(text, "2025-06-01"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "gallium and germanium" in c.verdict.explanation


# ------------------------------------------------------------- "more ... than", "combined"
# MCS 2025 rare earths 2024: mine production China 270,000 t, United States 45,000 t, Burma
# 31,000 t, Australia 13,000 t; reserves China 44 Mt, Brazil 21 Mt, India 6.9 Mt
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("In 2024 China dug up more rare earths than the United States, Myanmar and Australia combined.", "supported"),
    ("Brazil holds bigger rare earth reserves than China and India put together.", "refuted"),
    ("China's rare earth reserves exceed those of Brazil and India combined.", "supported"),
])
def test_a_comparison_with_countries_combined(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, "2025-03-01"), "comparison")
    assert "+" in c.claim.comparison["other"]
    assert c.verdict.verdict == verdict, c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China holds more than 40% of rare earth reserves, while Brazil has 21 million tons.",
    "China mines more rare earths than any other country, and Brazil follows in reserves.",
])
def test_more_than_a_figure_is_no_comparison(checker, sentence: str) -> None:
    assert [c for c in checker.check(sentence, "2025-03-01").checks if c.claim.kind == "comparison"] == []


# ------------------------------------------------------------- undated measures, petitions, share prices
@pytest.mark.parametrize("sentence", [
    "Canberra and Washington have signed a framework on critical minerals and rare earths.",
    "The United States and Australia formalised their critical minerals pact at the White House.",
])
def test_an_undated_measure_named_by_kind_and_parties(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-10-25"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "Australia" in c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "The United States and Australia could sign a framework on critical minerals next year.",
    "Officials expected the United States and Australia to sign a critical minerals framework.",
])
def test_an_undated_measure_in_the_future_is_no_claim(checker, sentence: str) -> None:
    assert events(checker.check(sentence, "2025-10-25")) == []


# events.csv pd-2025-07-30-ad-cvd-petition (2025-07-30)
@pytest.mark.parametrize("sentence", [
    "Sibanye-Stillwater and the steelworkers' union filed petitions against Russian palladium in July 2025.",
    "The anti-dumping petition on Russian palladium was filed in late July 2025.",
])
def test_a_petition_filed(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-09-01"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "palladium" in c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Shares of the Australian rare earth miner surged 40% in early trading.",
    "The company's stock price fell 12% after China eased its rare earth controls.",
])
def test_a_share_price_move_is_no_change_claim(checker, sentence: str) -> None:
    assert [c for c in checker.check(sentence, "2025-10-25").checks if c.claim.kind == "change"] == []


def test_last_year_dates_a_measure_by_its_year(checker) -> None:
    c = one(checker.check("Beijing imposed export controls on antimony last year.", "2025-07-22"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "2024" in c.verdict.explanation


@pytest.mark.rules_only
@pytest.mark.parametrize("sentence", [
    "Last month, Japan unveiled a $200 million incentive scheme for rare earth magnet makers.",
    "In March, India announced a subsidy program to lift its rare earth magnet output.",
])
def test_a_subsidy_programme_is_no_policy_event(checker, sentence: str) -> None:
    assert events(checker.check(sentence, "2025-06-01")) == []


def test_a_strategy_with_export_controls_stays_an_event(checker) -> None:
    c = one(checker.check("In August Beijing unveiled its plan to put export controls on antimony from Sept. 15.",
                          "2024-10-01"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation


# events.csv us-2025-11-01-white-house-fact-sheet (2025-11-01); cn-2024-12-03-us-ga-ge-sb-ban
@pytest.mark.parametrize(("sentence", "date", "verdict"), [
    ("A White House fact sheet released last week said Beijing would grant general licences for gallium.",
     "2025-11-07", "supported"),
    ("China barred gallium and germanium sales to the United States last week.", "2024-12-10", "supported"),
    ("China barred gallium and germanium sales to the United States last week.", "2024-12-20", "partly_supported"),
])
def test_last_week_is_the_seven_days_from_the_monday_before(checker, sentence: str, date: str, verdict: str) -> None:
    c = one(checker.check(sentence, date), "event")
    assert c.verdict.verdict == verdict, c.verdict.explanation


# ------------------------------------------------------------- effective versus announcement dates
# cn-2023-10-20-graphite-controls: announced 2023-10-20, effective 2023-12-01
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("China's graphite export permits took effect on December 1, 2023.", "supported"),
    ("China's graphite export permits took effect on October 20, 2023.", "partly_supported"),
    ("Beijing announced the graphite export permits on October 20, 2023.", "supported"),
    ("Beijing announced the graphite export permits on December 1, 2023.", "partly_supported"),
])
def test_an_effective_date_is_not_the_announcement_date(checker, sentence: str, verdict: str) -> None:
    c = one(checker.check(sentence, "2024-02-01"), "event")
    assert c.verdict.verdict == verdict, c.verdict.explanation


def test_a_date_followed_by_when_it_was_announced(checker) -> None:
    # antimony controls: announced 2024-08-15, effective 2024-09-15
    c = one(checker.check("Antimony prices have slid since Aug. 15, when Beijing announced the export controls.",
                          "2024-11-20"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
