"""The month "May" in the detector's features (claims/detector.py, ``_month_may``).

Without a day number after it ("in May", "in early May", "on 3-4 May"), "May" used to read as the modal
"may": no ``<month>`` token, no ``cue:date``, a ``cue:modal``. Now a sentence that writes no lower-case
"may" reads its "May" as the month; the modal as written stays the modal."""

from __future__ import annotations

import pytest

from critmin.claims import detector as D

DATED = "Syrah regained access to the Balama mine in early May after talks with farmers."
DAYS = "Syrah regained access to the Balama mine on 3-4 May."
MODAL = "Prices may rise in Congo this year."
BOTH = "Prices may rise in Congo in May."


def cues(sentence: str) -> set[str]:
    return {f for f in D.features(sentence) if f.startswith(("cue:", "combo:"))}


@pytest.mark.parametrize("sentence", [DATED, DAYS])
def test_may_without_a_day_is_a_date(sentence: str) -> None:
    feats = D.features(sentence)
    assert "<month>" in feats and "may" not in feats
    assert "cue:date" in cues(sentence) and "cue:modal" not in cues(sentence)
    assert "combo:DAR" in cues(sentence)  # a dated act by a named actor


@pytest.mark.parametrize("sentence", [MODAL, BOTH])
def test_the_modal_as_written_stays_the_modal(sentence: str) -> None:
    assert "may" in D.features(sentence) and "cue:modal" in cues(sentence)
    assert D._readable(sentence) is None  # rule 10's modal gate holds it either way


def test_a_day_number_already_made_it_a_month() -> None:
    feats = D.features("Syrah regained access to the Balama mine on May 3.")
    assert "<month>" in feats and "cue:date" in cues("Syrah regained access to the Balama mine on May 3.")
