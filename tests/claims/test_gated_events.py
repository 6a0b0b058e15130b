"""Sentences rule 10's gates hold from the learned fallback, linked to a recorded event by the matcher
(critmin.claims.event_matcher.match_gated_events; README rule 17i: a term of a recorded deal is a
detail of the recorded event, not a plan; rule 9: only rows dated on or before the article)."""

from __future__ import annotations

import pytest

from critmin.claims import check
from critmin.claims import detector as D
from critmin.claims import event_matcher as M

# the US Commerce letter of intent of 26 January 2026 (events.csv us-2026-01-26-commerce-usa-rare-earth-loi)
LOI = ("Under the letter of intent, the Department of Commerce said it would provide USA Rare Earth with a "
       "$1.3 billion loan and $277 million in federal funding.")
FORECAST = ("MP Materials expects to produce about 1,000 tonnes of finished neodymium-iron-boron (NdFeB) magnets "
            "a year and gradual production ramp-up will begin later this year.")


def test_held_by_gate_names_the_gates_that_alone_hold_a_sentence() -> None:
    assert D.held_by_gate(LOI) == ["modal"]
    assert D.held_by_gate(FORECAST) == ["forecast"]
    # negated: held for another reason, not by a gate alone
    assert D.held_by_gate("The Department of Commerce did not say whether it would provide USA Rare Earth "
                          "with a $1.3 billion loan.") == []
    # no gate word: the fallback reads it (or not) on its own
    assert D.held_by_gate("The Department of Commerce signed a letter of intent with USA Rare Earth in January.") == []


def test_a_term_of_a_recorded_deal_takes_the_row() -> None:
    res = check(LOI, "2026-01-27")
    assert [c.verdict.verdict for c in res.checks] == ["supported"]
    assert res.checks[0].verdict.evidence[0].edition == "us-2026-01-26-commerce-usa-rare-earth-loi"
    assert "rule 10's modal gate" in res.checks[0].verdict.explanation


def test_a_row_dated_after_the_article_is_no_evidence() -> None:
    assert check(LOI, "2025-06-01").checks == []


def test_a_forecast_stays_held() -> None:
    assert check(FORECAST, "2025-01-23").checks == []


def test_switch_off_leaves_the_sentence_held(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(M, "GATED", False)
    assert check(LOI, "2026-01-27").checks == []


# twentieth session: a negated term of a recorded measure (China's gallium and germanium export
# controls announced on 3 July 2023, effective 1 August: events.csv cn-2023-07-03-ga-ge-controls)
NEGATED_TERM = ("Under the announcement, gallium and germanium items shall not be exported from China without "
                "permission from August 1.")


def test_held_by_negation_names_a_sentence_a_negation_alone_holds() -> None:
    assert D.held_by_gate(NEGATED_TERM) == []
    assert D.held_by_negation(NEGATED_TERM) == ["negated"]
    # a condition or an appeal is no statement of what is: not held by the negation alone
    assert D.held_by_negation("If China does not grant the licences, gallium exports will stop.") == []
    assert D.held_by_negation("Analysts urged Beijing not to restrict gallium exports.") == []
    # no negation: not held by one
    assert D.held_by_negation("China restricted gallium exports from August 1.") == []


def test_a_negated_term_of_a_recorded_measure_takes_the_row() -> None:
    res = check(NEGATED_TERM, "2023-07-06")
    assert [c.verdict.verdict for c in res.checks] == ["supported"]
    assert res.checks[0].verdict.evidence[0].edition == "cn-2023-07-03-ga-ge-controls"
    assert "a negation held the sentence" in res.checks[0].verdict.explanation
    # rule 9: a row dated after the article is no evidence
    assert check(NEGATED_TERM, "2023-06-01").checks == []


def test_a_negated_sentence_naming_no_recorded_term_stays_held() -> None:
    assert check("The Ministry of Commerce did not immediately respond to a request for comment on the "
                 "gallium rules.", "2023-07-06").checks == []


def test_negation_switch_off_leaves_the_sentence_held(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(M, "GATE_NEGATED", False)
    assert check(NEGATED_TERM, "2023-07-06").checks == []
