"""Event rules that generalise to fresh policy-event articles (issue 6): wording of happenings
beyond export controls (a ratification, a leaders' meeting, an armed group taking a mining town,
a border closed, an investigation opened, a deal reached, a petition lodged), which date dates
the measure (a statement's date, a start date still to come), matching a sentence to the right
event (kind, rate, commodities of a critical-minerals deal, a bare year, a sentence that refers
back) and an unverifiable verdict, naming the data, rather than a wrong refuted.

Reference rows (``src/critmin/data/events.csv``): ukr-2025-05-08-ratification (2025-05-08),
us-cn-2025-10-30-busan (2025-10-30), mmr-2024-10-19-kia-takes-pangwa (2024-10-19),
chn-2024-10-myanmar-border-closure (2024-10), us-2025-02-04-china-tariff-10pct (2025-02-04,
10 percent), cn-2023-07-03-ga-ge-controls (2023-07-03, effective 2023-08-01),
cn-2024-12-03-us-ga-ge-sb-ban (2024-12-03), us-ukr-2025-04-30-reconstruction-fund-agreement
(2025-04-30, critical minerals), cn-2025-02-04-w-te-bi-mo-in-controls (2025-02-04),
us-2025-11-01-white-house-fact-sheet (2025-11-01), pd-2025-07-30-ad-cvd-petition (2025-07-30);
``editions.csv``: MCS 2025 (2025-01-31), MCS 2026 (2026-02-06). The sentences are written for
these tests; no event of the table is a US duty on graphite, a 145% tariff or a 2025 shipbuilding
deal, and none is a DRC cobalt suspension.
"""

from __future__ import annotations

import pytest

from .conftest import one


def events(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "event"]


def event_ids(check) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.edition for e in check.verdict.evidence if e.measure == "event"]


# ------------------------------------------------------------- vocabulary of happenings
@pytest.mark.parametrize(("sentence", "date", "event_id"), [
    ("Ukraine's parliament ratified the minerals agreement with the United States on May 8.",
     "2025-05-20", "ukr-2025-05-08-ratification"),
    ("On 8 May 2025 the Verkhovna Rada ratified the resource deal that Ukraine struck with the United States.",
     "2025-06-01", "ukr-2025-05-08-ratification"),
    ("Xi Jinping and Donald Trump met in Busan on October 30 to settle the rare earth dispute between China "
     "and the United States.", "2025-11-04", "us-cn-2025-10-30-busan"),
    ("The presidents of the United States and China met at Gimhae air base in Busan, South Korea, on Oct. 30.",
     "2025-11-10", "us-cn-2025-10-30-busan"),
    ("The Kachin Independence Army captured the rare earth mining hub of Pangwa on October 19, 2024.",
     "2024-11-02", "mmr-2024-10-19-kia-takes-pangwa"),
    ("On Oct. 19 the KIA seized control of Pangwa, a town that lives off rare earth mining.",
     "2024-10-30", "mmr-2024-10-19-kia-takes-pangwa"),
])
def test_happenings_are_events_matched_to_their_row(checker, sentence, date, event_id) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check(sentence, date), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert event_ids(c) == [event_id]


@pytest.mark.parametrize("sentence", [
    "China has shut its border crossings with Myanmar, stopping the flow of rare earth concentrate.",
    "China closed the border checkpoints with Myanmar that carry rare earth ore.",
])
def test_border_closed_is_the_closure_event(checker, sentence) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check(sentence, "2024-10-28"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert event_ids(c) == ["chn-2024-10-myanmar-border-closure"]


@pytest.mark.rules_only
@pytest.mark.parametrize("sentence", [
    "Water demand was met in April by the new reservoir.",
    "A final determination on graphite anodes from China is due by December 5.",
    "The preliminary antidumping determination on Chinese anode material is expected on July 16.",
])
def test_no_event_in_a_met_target_or_a_ruling_still_to_come(checker, sentence) -> None:  # type: ignore[no-untyped-def]
    assert events(checker.check(sentence, "2025-07-10")) == []


@pytest.mark.parametrize("sentence", [
    "Sibanye-Stillwater petitions US to tax Russian palladium",
    "The complaint, lodged with the US Commerce Department, asks for duties on palladium from Russia.",
])
def test_headline_petition_and_lodged_complaint(checker, sentence) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check(sentence, "2025-08-01"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert event_ids(c) == ["pd-2025-07-30-ad-cvd-petition"]


# ------------------------------------------------------------- kind and rate of the event
@pytest.mark.parametrize(("sentence", "date"), [
    ("The Commerce Department imposed anti-dumping duties of 93.5% on graphite from China on Thursday.",
     "2025-07-18"),
    ("Washington slapped countervailing duties on Chinese graphite anodes in May, the United States said.",
                 "2025-07-01"),
    ("The US investigation into Chinese anode graphite, first launched in December 2024, continues.",
     "2025-03-01"),
])
def test_another_kind_of_event_is_unverifiable_not_refuted(checker, sentence, date) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check(sentence, date), "event")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
    assert "events.csv" in (c.verdict.needs or "")


@pytest.mark.parametrize(("sentence", "want"), [
    ("The United States had imposed tariffs as high as 145% on goods from China.", "unverifiable"),
    ("Earlier, China faced US levies that were imposed at rates of up to 145 percent.", "unverifiable"),
    ("The United States imposed an additional tariff of 10% on imports from China.", "supported"),
    ("An extra 10 per cent duty on Chinese products was imposed by the United States.", "supported"),
])
def test_a_tariff_rate_must_be_the_events_rate(checker, sentence, want) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check(sentence, "2025-06-15"), "event")
    assert c.verdict.verdict == want, c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Beijing agreed to suspend its new rare earth export controls for a year, China and the United States said.",
    "China and the United States agreed to pause the October rare earth curbs for one year.",
])
def test_agreed_to_suspend_is_the_agreement(checker, sentence) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check(sentence, "2025-11-03"), "event")
    assert c.claim.event["type"] == "agreement"
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert event_ids(c) == ["us-cn-2025-10-30-busan"]


def test_according_to_is_no_accord(checker) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check("According to Reuters, China banned gallium exports to the United States.", "2024-12-10"),
            "event")
    assert c.claim.event["type"] != "agreement"


@pytest.mark.parametrize("sentence", [
    "The minerals deal between Ukraine and the United States, signed on April 30, covers lithium and titanium.",
    "Signed on 30 April 2025, the Ukraine-United States accord gives access to graphite and lithium projects.",
])
def test_a_critical_minerals_deal_covers_each_mineral(checker, sentence) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check(sentence, "2025-05-20"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert event_ids(c) == ["us-ukr-2025-04-30-reconstruction-fund-agreement"]


@pytest.mark.parametrize("sentence", [
    "The United States agreed a $550 billion shipbuilding deal earlier this year.",
    "The United States agreed a shipbuilding deal with South Korea in 2025.",
])
def test_a_bare_year_does_not_name_a_deal(checker, sentence) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check(sentence, "2025-10-28"), "event")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation


# ------------------------------------------------------------- which date dates the measure
@pytest.mark.parametrize(("sentence", "date"), [
    ("China's controls on gallium and germanium exports are not an outright ban, the commerce ministry said on "
     "July 6.", "2023-07-08"),
    ("Beijing's export licensing requirements for gallium and germanium are not aimed at any country, a "
     "spokesperson told reporters on 6 July.", "2023-07-10"),
])
def test_a_statement_date_is_not_a_wrong_date(checker, sentence, date) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check(sentence, date), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert event_ids(c) == ["cn-2023-07-03-ga-ge-controls"]


def test_a_statement_date_that_is_the_events_still_counts(checker) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check("China will ban exports of gallium to the United States, its commerce ministry said on "
                          "Tuesday.", "2024-12-04"), "event")
    assert c.verdict.verdict == "supported"
    assert "2024-12-03" in c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China's commerce ministry announced that starting on August 1, exports of gallium and germanium will need "
    "licences.",
    "Beijing announced on Monday that from August 1 exporters of gallium and germanium must apply for licences.",
])
def test_a_start_date_after_a_past_verb_is_still_to_come(checker, sentence) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check(sentence, "2023-07-04"), "event")
    assert any(d.startswith("2023-08") for d, _ in c.claim.event["dates"])
    assert not any(d.startswith("2022") for d, _ in c.claim.event["dates"])
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize(("sentence", "date", "event_id"), [
    ("According to a White House fact sheet released on Saturday, China will issue general licences for rare "
     "earth exports.", "2025-11-02", "us-2025-11-01-white-house-fact-sheet"),
    ("A White House briefing issued on November 1 said China would grant general licences for gallium exports "
     "to the United States.", "2025-11-05", "us-2025-11-01-white-house-fact-sheet"),
])
def test_a_released_statement_is_the_event(checker, sentence, date, event_id) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check(sentence, date), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert event_ids(c) == [event_id]


@pytest.mark.parametrize(("sentence", "date", "edition"), [
    ("The USGS annual Mineral Commodity Summaries report released on Friday, Feb. 6, lists 90 commodities.",
     "2026-02-08", "MCS 2026"),
    ("The USGS Mineral Commodity Summaries report, published on January 31, covers 90 commodities.",
     "2025-02-03", "MCS 2025"),
])
def test_a_series_report_released_on_a_day(checker, sentence, date, edition) -> None:  # type: ignore[no-untyped-def]
    got = [c for c in events(checker.check(sentence, date)) if c.claim.event.get("type") == "publication"]
    assert len(got) == 1
    assert got[0].verdict.verdict == "supported", got[0].verdict.explanation
    assert edition in got[0].verdict.explanation


# ------------------------------------------------------------- what the sentence leaves to its paragraph
@pytest.mark.parametrize("second", [
    "These measures took effect on February 4.",
    "The new measures came into force on 4 February.",
])
def test_a_measure_referred_back_to_takes_the_paragraphs_parties(checker, second) -> None:  # type: ignore[no-untyped-def]
    text = ("The United States ordered an additional tariff on goods from China, from magnets to gallium, at the "
            "start of February. " + second)
    got = events(checker.check(text, "2025-02-10"))
    last = [c for c in got if c.claim.span[0] >= text.index(second)]
    assert len(last) == 1
    assert last[0].verdict.verdict == "supported", last[0].verdict.explanation
    assert event_ids(last[0]) == ["us-2025-02-04-china-tariff-10pct"]


@pytest.mark.parametrize("sentence", [
    "The export controls apply to tungsten, tellurium, bismuth, indium and molybdenum.",
    "Beijing's latest export restrictions target tungsten, indium and bismuth products.",
])
def test_controls_said_to_cover_named_items(checker, sentence) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check(sentence, "2025-02-10"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert event_ids(c) == ["cn-2025-02-04-w-te-bi-mo-in-controls"]


# ------------------------------------------------------------- what would settle an unheld event
@pytest.mark.parametrize("sentence", [
    "Zambia extended its ban on cobalt exports on Saturday.",
    "Zambia suspended cobalt exports in February.",
])
def test_an_unheld_event_names_the_row_that_would_settle_it(checker, sentence) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check(sentence, "2025-06-23"), "event")
    assert c.verdict.verdict == "unverifiable"
    needs = c.verdict.needs or ""
    assert "cobalt" in needs and "events.csv" in needs
