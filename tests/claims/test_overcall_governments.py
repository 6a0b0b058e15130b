"""Over-calls of event claims (twenty-third session): licences granted under a control are not the
control, and a date shared with another government's act does not make it the act the sentence
reports (labelling rule 9: an event the table does not hold stays unverifiable).

The expected verdicts follow from the labelling rules and the rows of ``events.csv`` (their
types, parties and dates), not from the checker's output.
"""

from __future__ import annotations

import pytest

from critmin.claims import check
from critmin.claims.event_signatures import _licences_granted
from critmin.claims.policy_acts import _GRANTED

_CONTEXT = "China mined about 270,000 tonnes of rare earths in 2024, the US Geological Survey says."


def _event_verdicts(sentence: str, day: str) -> list[str]:
    res = check(f"{_CONTEXT}\n\n{sentence}", date=day)
    return [c.verdict.verdict for c in res.checks if c.claim.span[0] > len(_CONTEXT)]


@pytest.mark.parametrize("sentence", [
    "The ministry has begun issuing some licences for magnets to automakers in Europe and the US.",
    "While Chinese authorities have recently issued a limited number of export licenses, supply remains tight.",
    "China has issued temporary six-month export licenses to suppliers for U.S. automakers.",
    "The news comes as China has granted temporary export licenses to rare-earth suppliers of General Motors.",
    "Beijing granted licenses initially to large firms including JL Mag Rare Earth.",
])
def test_licences_granted_are_read_as_grants(sentence: str) -> None:
    got = _GRANTED.search(sentence)
    assert got is not None and got.group("v3") is None
    assert _licences_granted(sentence)


@pytest.mark.parametrize("sentence", [
    # the control that requires licences, not a grant under it
    "China issued new rules requiring export licences for seven rare earths.",
    "Exporters will be required to apply for licences from 1 December.",
    # a step said not to have been taken
    "Licences have still not been granted to most applicants.",
])
def test_a_control_or_a_step_not_taken_is_no_grant(sentence: str) -> None:
    assert not _licences_granted(sentence)


def test_grants_before_the_table_records_any_are_not_the_control() -> None:
    # June 2025: the only row of rare-earth licences granted (the general licences) is dated
    # 2025-12-04, after the article; the control of 4 April 2025 (a licence requirement) is
    # another event, so the grants stay unverifiable (rule 9)
    got = _event_verdicts("China has granted temporary export licences to rare-earth suppliers of "
                          "General Motors, Ford and Stellantis.", "2025-06-09")
    assert "supported" not in got


def test_grants_the_table_records_are_supported() -> None:
    # December 2025: MOFCOM's general licences for rare-earth exports (row of 2025-12-04)
    got = _event_verdicts("China has begun issuing general licences for rare-earth exports.", "2025-12-20")
    assert got and set(got) == {"supported"}


@pytest.mark.parametrize("sentence, day", [
    # 2022 is the year of Zimbabwe's raw-lithium export ban (actors ZWE); Russia is no party to it
    ("Russia also controls another lithium deposit, the Kruta Balka site in the Zaporizhzhia region, seized "
     "early in the Russian military campaign in 2022.", "2025-06-28"),
    # January 2026 is when Vietnam's amended minerals law took effect (actors VNM): China's controls
    # on Japan of that month are another act, which the table does not hold
    ("Recent tensions include Chinese export controls on Japanese dual-use items in January 2026.", "2026-01-13"),
])
def test_a_date_shared_with_another_governments_act_supports_nothing(sentence: str, day: str) -> None:
    assert "supported" not in _event_verdicts(sentence, day)


def test_the_same_date_with_the_rows_government_is_supported() -> None:
    got = _event_verdicts("Zimbabwe banned exports of raw lithium ore in December 2022.", "2025-06-28")
    assert "supported" in got
