"""The month "May" in the detector's features (claims/detector.py, ``_DET_MAY_MONTH``, ``_month_may``).

Without a day number after it ("in May", "in early May", "on 3-4 May"), "May" used to read as the modal
"may": no ``<month>`` token, no ``cue:date``, a ``cue:modal``. With ``_DET_MAY_MONTH`` on, a sentence that
writes no lower-case "may" reads its "May" as the month; the modal as written stays the modal. The flag
is off in the shipped detector (its weights were trained without it): off, the features are unchanged."""

from __future__ import annotations

import pytest

from critmin.claims import detector as D

DATED = "Syrah regained access to the Balama mine in early May after talks with farmers."
DAYS = "Syrah regained access to the Balama mine on 3-4 May."
MODAL = "Prices may rise in Congo this year."
BOTH = "Prices may rise in Congo in May."


def cues(sentence: str) -> set[str]:
    return {f for f in D.features(sentence) if f.startswith(("cue:", "combo:"))}


def test_off_the_features_are_those_the_shipped_weights_were_trained_on() -> None:
    assert D._DET_MAY_MONTH is False
    assert "may" in D.features(DATED) and "cue:modal" in cues(DATED)
    assert "<month>" not in D.features(DATED)


@pytest.mark.parametrize("sentence", [DATED, DAYS])
def test_on_may_without_a_day_is_a_date(monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    monkeypatch.setattr(D, "_DET_MAY_MONTH", True)
    feats = D.features(sentence)
    assert "<month>" in feats and "may" not in feats
    assert "cue:date" in cues(sentence) and "cue:modal" not in cues(sentence)
    assert "combo:DAR" in cues(sentence)  # a dated act by a named actor


@pytest.mark.parametrize("sentence", [MODAL, BOTH])
def test_on_the_modal_as_written_stays_the_modal(monkeypatch: pytest.MonkeyPatch, sentence: str) -> None:
    monkeypatch.setattr(D, "_DET_MAY_MONTH", True)
    assert "may" in D.features(sentence) and "cue:modal" in cues(sentence)
    assert D._readable(sentence) is None  # rule 10's modal gate holds it either way


def test_a_day_number_already_made_it_a_month() -> None:
    feats = D.features("Syrah regained access to the Balama mine on May 3.")
    assert "<month>" in feats and "cue:date" in cues("Syrah regained access to the Balama mine on May 3.")
