"""Rule 10's plan gate admitted without a date for the noun "plan" alone (claims/detector.py,
``_DET_ADMIT_PLAN_NOUN``, twenty-fifth session): a sentence whose only gate word is "plan" is read by the
fallback when it shows a past act and an agent, with or without a date ("The European Union presented a
$3.5 billion plan ...": a plan presented, launched or announced is a policy event, README rules 9, 17e, 17i,
21a; the learned detector then weighs it, with its ``cue:gate:plan`` feature). An intent ("plans to",
"aims to", "seeks"), a plan with no past act, a sentence another gate also holds and a due date stay held
(rule 10) unless they show a date too, as before."""

from __future__ import annotations

import pytest

from critmin.claims import detector as D


@pytest.fixture(autouse=True)
def _plan_noun_admitted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(D, "_DET_ADMIT_PLAN_NOUN", frozenset({"plan"}))  # as shipped


PRESENTED = "The European Union presented a $3.5 billion plan to secure critical raw materials for its industry."
LAUNCHED = "The Australian government has launched a critical minerals action plan to secure the supply of cobalt."
UNVEILED = "The European Commission has unveiled the RESourceEU Action Plan to secure rare earth elements."
INTENDED = "The ministry plans to ban exports of nickel ore from Indonesia."
INTENDED_ACT = "The ministry announced it plans to ban exports of nickel ore from Indonesia."
AIMS = "The ministry approved a scheme that aims to secure nickel ore for Indonesia."
NO_ACT = "The government's plan for lithium refining in Chile is ambitious."
PLAN_AND_FORECAST = "The European Union presented a plan that is expected to secure critical raw materials for Europe."
PLAN_AND_MODAL = "The European Union presented a plan that would secure critical raw materials for Europe."
DUE = "The ministry presented a plan for cobalt exports from Congo, with approval due later."


@pytest.mark.parametrize("sentence", [PRESENTED, LAUNCHED, UNVEILED])
def test_a_plan_made_by_a_named_party_is_read(sentence: str) -> None:
    assert D._readable(sentence) is not None
    assert D.eligible(sentence, 0, len(sentence))
    assert D.held_by_gate(sentence) == []
    assert "cue:gate:plan" in D.features(sentence)  # the detector still sees the gate
    assert "cue:date" not in D.features(sentence)  # read without a date


@pytest.mark.parametrize("sentence", [INTENDED, INTENDED_ACT, AIMS, NO_ACT])
def test_an_intent_or_a_plan_not_acted_on_stays_held(sentence: str) -> None:
    assert D._readable(sentence) is None
    assert D.held_by_gate(sentence) == ["plan"]


@pytest.mark.parametrize(("sentence", "gates"), [(PLAN_AND_FORECAST, ["plan", "forecast"]),
                                                 (PLAN_AND_MODAL, ["plan", "modal"]), (DUE, ["plan"])])
def test_another_gate_or_a_due_date_still_needs_a_date(sentence: str, gates: list[str]) -> None:
    assert D._readable(sentence) is None
    assert D.held_by_gate(sentence) == gates


def test_plan_noun_only() -> None:
    assert D._plan_noun_only({"plan", "the"}, ["plan"], False)
    assert not D._plan_noun_only({"plan", "plans"}, ["plan"], False)
    assert not D._plan_noun_only({"plan"}, ["plan"], True)  # due: scheduled
    assert not D._plan_noun_only({"plan", "would"}, ["plan", "modal"], False)
    assert not D._plan_noun_only({"plans"}, ["plan"], False)


def test_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(D, "_DET_ADMIT_PLAN_NOUN", frozenset())
    assert D._readable(PRESENTED) is None
    assert D.held_by_gate(PRESENTED) == ["plan"]
    dated = "The European Union presented a $3.5 billion plan on Tuesday to secure critical raw materials."
    assert D._readable(dated) is not None  # the dated plan acted on, admitted since the sixteenth session
