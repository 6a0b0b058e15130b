"""Event recall rules (issue 6): phrasings of a date or event claim the detector used to miss,
seen in fresh news about export controls, suspensions and the 2025 US-China truce:

* a decision taken, named by "decided to" and the measure ("has decided to suspend its ban");
* a postponement of a measure ("postponed the enforcement of the rule");
* a meeting or summit that was held on a date ("the October 30 meeting", "the summit ...,
  held on October 30"), while one still to come stays no claim;
* a measure named only by its date ("the April 4 controls", "the Oct. 9 policy"), dated in
  the past even when its month-day would be nearer ahead of the article;
* the number of items a measure covers, written before it ("the nine items covered by the
  new restrictions");
* "implemented" as a past verb, so a bare month before it is the latest one before the article;
* entry into force ("came into effect", "went into force"), elements added to a control list,
  licences required in the passive ("licences have been required since"), a dated notice,
  an agreement "executed", a measure named by its month in the possessive ("April's curbs"),
  a weekday written with its date ("on Thursday, October 9": the date wins), a measure announced
  as a plan ("announced plans to limit exports", unlike "plans to limit" alone).

Plans, threats and possibilities of the same shape must stay undetected, also when dated
("plans to impose controls on April 4", "threatened on Monday to ban", "could impose ... in December").

Reference rows (``src/critmin/data/events.csv``): us-cn-2025-10-30-busan (2025-10-30),
cn-2025-04-04-no18-medium-heavy-ree (2025-04-04, seven elements). The sentences are written for
these tests.
"""

from __future__ import annotations

import pytest

from critmin.claims.extract import extract_claims

from .conftest import one

#: a sentence before each test sentence, so the article names a commodity
LEAD = "Rare earths go into magnets for motors. "


def events(text: str, date: str) -> list:  # type: ignore[type-arg]
    return [c for c in extract_claims(LEAD + text, date=date) if c.kind == "event"]


# ------------------------------------------------------------- "decided to" a measure
@pytest.mark.parametrize("sentence", [
    "China has decided to suspend its export ban on gallium and germanium to the United States for a year.",
    "Beijing decided to lift the graphite curbs it had placed on American buyers, the United States said.",
])
def test_a_decision_to_suspend_is_an_event(sentence: str) -> None:
    found = events(sentence, "2025-11-20")
    assert len(found) == 1
    assert found[0].event is not None and found[0].event["type"] == "suspension"


@pytest.mark.parametrize("sentence", [
    "China could decide to suspend its export ban on gallium to the United States.",
    "China is deciding whether to suspend its export ban on gallium to the United States.",
    "China plans to suspend its export ban on gallium and germanium to the United States.",
])
def test_a_possible_decision_is_no_event(sentence: str) -> None:
    assert events(sentence, "2025-11-20") == []


# ------------------------------------------------------------- postponements
@pytest.mark.parametrize("sentence", [
    "On November 10 Washington postponed enforcement of its affiliates rule on rare earths by a year.",
    "The United States deferred the implementation of new sanctions on Chinese graphite makers on November 10.",
])
def test_a_dated_postponement_is_an_event(sentence: str) -> None:
    found = events(sentence, "2025-11-20")
    assert len(found) == 1
    assert found[0].event is not None and "2025-11-10" in str(found[0].event["date"])


@pytest.mark.parametrize("sentence", [
    "Washington may postpone enforcement of its affiliates rule on rare earths until November 10.",
    "Shipments of gallium were delayed on November 10 by congestion at the port.",
])
def test_a_possible_postponement_or_a_late_cargo_is_no_event(sentence: str) -> None:
    assert events(sentence, "2025-11-20") == []


# ------------------------------------------------------------- meetings that were held
@pytest.mark.parametrize("sentence", [
    "The truce on rare earths was sealed at the October 30 meeting in Busan between Xi and Trump.",
    "Beijing paused its rare earth curbs after a summit between Xi Jinping and Donald Trump, held on "
    "October 30 in Busan.",
])
def test_a_meeting_held_on_the_right_day(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-11-20"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "2025-10-30" in c.verdict.explanation


def test_a_meeting_held_on_a_wrong_day(checker) -> None:
    c = one(checker.check("The rare earth truce followed a summit between Xi Jinping and Donald Trump, held on "
                          "November 3 in Busan.", "2025-11-20"), "event")
    assert c.verdict.verdict in ("refuted", "partly_supported"), c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Xi and Trump will discuss rare earths at a summit to be held on October 30 in Busan.",
    "Ahead of the planned October 30 meeting in Busan, rare earth prices rose.",
    "The leaders are expected to talk about rare earths at the October 30 summit in Busan.",
])
def test_a_meeting_still_to_come_is_no_event(sentence: str) -> None:
    assert events(sentence, "2025-10-20") == []


# ------------------------------------------------------------- a measure named by its date
@pytest.mark.parametrize("sentence", [
    "The April 4 controls cover seven medium and heavy rare earths, dysprosium and terbium among them.",
    "Exporters of terbium have needed licences under the April 4 restrictions on seven rare earths.",
])
def test_a_measure_named_by_its_date(checker, sentence: str) -> None:
    # an article of November 2025: "April 4" is the April before it (2025-04-04), not the next one
    c = one(checker.check(sentence, "2025-11-20"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "2025-04-04" in c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "The proposed April 4 rules on rare earths could raise magnet prices.",
    "A draft of the May 1 controls on rare earth magnets is still under discussion.",
])
def test_a_proposed_measure_named_by_its_date_is_no_event(sentence: str) -> None:
    assert events(sentence, "2025-03-20") == []


# ------------------------------------------------------------- items covered, written first
@pytest.mark.parametrize(("sentence", "count"), [
    ("The nine products covered by the new restrictions include several grades of synthetic graphite.", 9),
    ("Twelve items affected by the latest curbs are forms of spherical and flake graphite.", 12),
])
def test_the_count_of_items_covered(sentence: str, count: int) -> None:
    found = events(sentence, "2023-11-01")
    assert len(found) == 1
    assert found[0].event is not None and found[0].event["count"] == count


def test_items_that_may_be_covered_are_no_event() -> None:
    assert events("The nine products that could be covered by new restrictions include synthetic graphite.",
                  "2023-11-01") == []


# ------------------------------------------------------------- "implemented" as a past verb
@pytest.mark.parametrize("sentence", [
    "Back in April, the Chinese government implemented export controls on seven rare earths.",
    "In April China implemented licensing for exports of seven medium and heavy rare earths.",
])
def test_implemented_dates_the_last_april(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-11-20"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "2025-04" in c.verdict.explanation


# ------------------------------------------------------------- "came into effect", "went into force"
# reference row: cn-2025-02-04-w-te-bi-mo-in-controls (2025-02-04, effective 2025-02-04)
@pytest.mark.parametrize("sentence", [
    "The curbs on bismuth and indium came into effect on February 4, 2025.",
    "Licensing of tellurium and tungsten exports went into force on February 4, 2025.",
])
def test_entry_into_force_is_an_event(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-03-01"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "2025-02-04" in c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "The rules on indium could come into effect in March.",
    "New controls on bismuth are expected to enter into force next month.",
])
def test_entry_into_force_still_to_come_is_no_event(sentence: str) -> None:
    assert events(sentence, "2025-01-20") == []


# ------------------------------------------------------------- elements added to a control list
@pytest.mark.parametrize(("sentence", "date", "month"), [
    ("On Tuesday the ministry added tungsten, tellurium and bismuth to its export control list.",
     "2025-02-06", "2025-02-04"),
    # a bare month before a past verb is the latest such month before the article
    ("In February Beijing moved indium and molybdenum onto its dual-use list.", "2025-11-20", "2025-02"),
])
def test_elements_added_to_a_control_list(sentence: str, date: str, month: str) -> None:
    found = events(sentence, date)
    assert len(found) == 1
    assert found[0].event is not None and found[0].event["type"] == "control"
    assert str(found[0].event["date"]).startswith(month)


@pytest.mark.parametrize("sentence", [
    "Beijing may add indium and bismuth to its export control list in February.",
    "China is considering whether to put tungsten on its dual-use list in February.",
])
def test_elements_that_may_be_listed_are_no_event(sentence: str) -> None:
    assert events(sentence, "2025-01-20") == []


# ------------------------------------------------------------- licences required, in the passive
@pytest.mark.parametrize("sentence", [
    "Since February 4, 2025, licences have been required for shipments of tungsten and bismuth.",
    "Permits became mandatory for indium and tellurium exports on February 4, 2025.",
])
def test_licences_required_in_the_passive(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-03-01"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Licences will be required for tungsten shipments from March 1.",
    "Permits could become mandatory for indium exports on March 1.",
])
def test_licences_that_may_be_required_are_no_event(sentence: str) -> None:
    assert events(sentence, "2025-01-20") == []


# ------------------------------------------------------------- a notice
@pytest.mark.parametrize("sentence", [
    "A customs notice on February 4, 2025 listed tungsten and tellurium among the controlled goods.",
    "The February 4 notice names bismuth, indium and molybdenum.",
])
def test_a_dated_notice_is_an_event(sentence: str) -> None:
    found = events(sentence, "2025-03-01")
    assert len(found) == 1
    assert found[0].event is not None and found[0].event["date"] == "2025-02-04"


def test_without_notice_is_no_event() -> None:
    assert events("Shipments of bismuth stopped without notice on February 4, 2025.", "2025-03-01") == []


# ------------------------------------------------------------- "executed" an agreement
# reference row: us-aus-2025-10-20-framework (2025-10-20, a Monday)
@pytest.mark.parametrize("sentence", [
    "Canberra and Washington executed a critical minerals framework on Monday.",
    "Australia and the United States executed their rare earths agreement on October 20.",
])
def test_an_executed_agreement(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-10-22"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "2025-10-20" in c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "The two countries could execute a rare earths agreement on Monday.",
    "The miner executed a share buyback of rare earth stock on Monday.",
])
def test_a_possible_agreement_or_a_buyback_is_no_event(sentence: str) -> None:
    assert events(sentence, "2025-10-22") == []


# ------------------------------------------------------------- "April's curbs"
@pytest.mark.parametrize("sentence", [
    "Exporters of terbium must still follow April's curbs on seven rare earths.",
    "Magnet makers are still adapting to April\u2019s export controls on dysprosium and terbium.",
])
def test_a_measure_named_by_its_month_in_the_possessive(sentence: str) -> None:
    found = events(sentence, "2025-10-20")
    assert len(found) == 1
    assert found[0].event is not None and found[0].event["date"] == "2025-04"


def test_a_month_in_the_possessive_before_figures_is_no_event() -> None:
    assert events("April's export figures for terbium were the lowest this year.", "2025-10-20") == []


# ------------------------------------------------------------- a weekday written with its date
@pytest.mark.parametrize("sentence", [
    "The ministry announced new rare earth controls on Thursday, October 9.",
    "Beijing unveiled its rare earth curbs on Thursday 9 October, the ministry said.",
])
def test_the_date_after_a_weekday_dates_the_event(sentence: str) -> None:
    # an article of Monday 2025-10-20: the last Thursday would be 2025-10-16, the date says 10-09
    found = events(sentence, "2025-10-20")
    assert len(found) == 1
    assert found[0].event is not None and found[0].event["date"] == "2025-10-09"


def test_a_weekday_alone_still_dates_the_event() -> None:
    found = events("MOFCOM on Thursday announced new rare earth export controls.", "2025-10-10")
    assert len(found) == 1
    assert found[0].event is not None and found[0].event["date"] == "2025-10-09"


# ------------------------------------------------------------- a measure announced as a plan
# reference row: cn-2024-08-15-antimony-controls (2024-08-15)
@pytest.mark.parametrize("sentence", [
    "This month, Beijing also announced plans to curb shipments of antimony, a metal used in shells and optics.",
    "On August 15 the commerce ministry unveiled plans to limit exports of antimony products.",
])
def test_an_announced_plan_to_restrict_is_an_event(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2024-08-27"), "event")
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert "2024-08-15" in c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Beijing plans to limit exports of antimony from next month.",
    "The ministry unveiled a plan to subsidise antimony smelters on August 15.",
    "China announced plans on August 15 to build new antimony smelters.",
])
def test_a_plan_alone_or_a_plan_to_build_is_no_event(sentence: str) -> None:
    assert events(sentence, "2024-08-27") == []


# ------------------------------------------------------------- plans, threats and possibilities with a date
@pytest.mark.parametrize("sentence", [
    "China plans to impose controls on rare earths on April 4.",
    "Beijing threatened on Monday to ban exports of gallium to the United States.",
    "China could impose new curbs on graphite in December.",
    "China may restrict exports of antimony on September 15.",
])
def test_a_dated_plan_threat_or_possibility_is_no_event(sentence: str) -> None:
    assert events(sentence, "2025-11-20") == []


@pytest.mark.parametrize(("sentence", "date"), [
    ("The new graphite controls will take effect on December 1.", "2025-12-01"),
    ("China moved to restrict exports of graphite on October 20.", "2025-10-20"),
])
def test_a_decided_measure_dated_ahead_or_a_move_to_restrict_stays_an_event(sentence: str, date: str) -> None:
    found = events(sentence, "2025-11-20")
    assert len(found) == 1
    assert found[0].event is not None and found[0].event["date"] == date


@pytest.mark.parametrize("sentence", [
    "Russia wants to work with American firms on rare earths. The head of Russia's sovereign "
    "wealth fund announced the deal on Tuesday.",
    "Moscow is courting Washington over rare earth projects. A Kremlin envoy announced the "
    "agreement on Tuesday, Russian media said.",
])
def test_an_event_matched_only_by_its_parties_cannot_be_refuted_by_its_date(checker, sentence: str) -> None:
    # events.csv holds Russia's offer of 2025-02-24, RDIF's statement of 2025-03-18 and the RDIF
    # talks of 2025-03-30; a Russian announcement of Tuesday 25 March 2025 that names no
    # commodity is most likely another event, which the table does not hold (labelling rule 9)
    c = one(checker.check(sentence, "2025-03-26"), "event")
    assert c.verdict.verdict == "unverifiable", c.verdict.explanation
