"""Rule 10's modal gate (claims/detector.py, ``_admitted_would``): a sentence whose only modal word is
"would" is admitted like a plan acted on (a past act, a date and an agent: a dated announcement by a
named party of what it would do, a decision reported, README rules 9, 17e, 17i); "could", "might" and a
lower-case "may" weigh what may be (rule 10) and keep the gate shut, as do the other gates."""

from __future__ import annotations

import pytest

from critmin.claims import detector as D

ANNOUNCED = "Chile's president announced on Thursday he would nationalise the country's lithium industry."
TOLD = "The miner told investors on Wednesday it would build a $180 million separation plant in Malaysia."
COULD = "Chile's president announced on Thursday the state could nationalise the country's lithium industry."
MAY = "Chile's president announced on Thursday the state may nationalise the country's lithium industry."
MIGHT = "Chile's president announced on Thursday the state might nationalise the country's lithium industry."
BOTH = "Chile's president announced on Thursday he would act and the state could nationalise lithium mines."
NO_DATE = "Chile's president announced he would nationalise the country's lithium industry."
FORECAST = "The institute said on Tuesday that cobalt prices would likely rise in Congo next year."


@pytest.mark.parametrize("sentence", [ANNOUNCED, TOLD])
def test_a_dated_announcement_of_what_a_party_would_do_is_read(sentence: str) -> None:
    assert D._readable(sentence) is not None
    assert D.eligible(sentence, 0, len(sentence))
    assert D.held_by_gate(sentence) == []  # read by the fallback, not held
    assert "cue:gate:modal" in D.features(sentence)  # the gate still shows in the features


@pytest.mark.parametrize("sentence", [COULD, MAY, MIGHT, BOTH])
def test_other_modal_words_keep_the_gate_shut(sentence: str) -> None:
    assert D._readable(sentence) is None
    assert D.held_by_gate(sentence) == ["modal"]


def test_without_a_date_or_with_a_forecast_word_it_stays_held() -> None:
    assert D._readable(NO_DATE) is None and D.held_by_gate(NO_DATE) == ["modal"]
    assert D._readable(FORECAST) is None and D.held_by_gate(FORECAST) == ["modal", "forecast"]


def test_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(D, "_DET_ADMIT_WOULD", False)
    assert D._readable(ANNOUNCED) is None
    assert D.held_by_gate(ANNOUNCED) == ["modal"]


def test_would_plus_a_plan_acted_on_is_read_would_plus_a_proposal_is_not() -> None:
    plan = "Kenya's cabinet approved a plan that would auction titanium licences in March 2023."
    assert D._readable(plan) is not None
    moot = "Kenya's cabinet proposed on Monday that the state would auction titanium licences."
    assert D._readable(moot) is None
