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
