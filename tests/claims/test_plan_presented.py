"""Rule 10's plan gate admitted with no date (claims/detector.py, ``_DET_ADMIT_UNDATED``, twenty-fourth
session): a sentence that only the plan gate holds is read by the fallback when it shows a past act and an
agent, with or without a date ("The European Union presented a $3.5 billion plan ...": a plan presented,
launched or announced is a policy event, README rules 9, 17e, 17i, 21a; the learned detector then weighs it,
with its ``cue:gate:plan`` feature). A plan that is only intended ("plans to", no past act), a sentence that
another gate also holds, and the other gates stay held as before (rule 10)."""

from __future__ import annotations

import pytest

from critmin.claims import detector as D


@pytest.fixture(autouse=True)
def _admitted_undated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(D, "_DET_ADMIT_UNDATED", frozenset({"plan"}))  # as shipped (or as measured, when off)

PRESENTED = "The European Union presented a $3.5 billion plan to secure critical raw materials for its industry."
ANNOUNCED = "The Albanese government has announced a $1.2 billion plan to establish a strategic reserve of antimony."
INTENDED = "The ministry plans to ban exports of nickel ore from Indonesia next year."
SAID_PLANS = "The ministry said it plans to ban exports of nickel ore from Indonesia."
PLAN_AND_FORECAST = "The European Union presented a plan that is expected to secure critical raw materials for Europe."
PROPOSED = "Kenya's cabinet proposed that the state auction titanium licences to foreign miners."


@pytest.mark.parametrize("sentence", [PRESENTED, ANNOUNCED])
def test_a_plan_presented_by_a_named_party_is_read(sentence: str) -> None:
    assert D._readable(sentence) is not None
    assert D.eligible(sentence, 0, len(sentence))
    assert D.held_by_gate(sentence) == []
    assert "cue:gate:plan" in D.features(sentence)  # the detector still sees the gate


@pytest.mark.parametrize("sentence", [INTENDED, SAID_PLANS])
def test_an_intended_plan_stays_held(sentence: str) -> None:
    assert D._readable(sentence) is None
    assert D.held_by_gate(sentence) == ["plan"]


def test_other_gates_stay_held() -> None:
    assert D._readable(PLAN_AND_FORECAST) is None
    assert D.held_by_gate(PLAN_AND_FORECAST) == ["plan", "forecast"]
    assert D._readable(PROPOSED) is None and D.held_by_gate(PROPOSED) == ["moot"]


def test_the_needs_are_the_undated_ones_only_for_the_plan_gate() -> None:
    assert D._admission_needs(["plan"]) == D._DET_ADMIT_UNDATED_NEEDS
    assert D._admission_needs(["plan", "modal"]) == D._DET_ADMIT_NEEDS  # "would" with a plan: a date still needed
    assert not any("cue:date" in need for need in D._DET_ADMIT_UNDATED_NEEDS)


def test_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(D, "_DET_ADMIT_UNDATED", frozenset())
    assert D._admission_needs(["plan"]) == D._DET_ADMIT_NEEDS
    assert D._readable(PRESENTED) is None
    assert D.held_by_gate(PRESENTED) == ["plan"]
    dated = "The European Union presented a $3.5 billion plan on Tuesday to secure critical raw materials."
    assert D._readable(dated) is not None  # the dated plan acted on, admitted since the sixteenth session
