"""Fallback sentences that a recorded event settles (critmin.claims.fallback_events).

A dated event sentence that no rule of the checker reads, but that the learned detector fires
on, is read as an event claim (kind of measure, parties, commodities, dates) and judged by the
event judge; the verdict is kept only when the recorded event agrees with the sentence on a
date, a party and the class of action. Sentences written for this test. The events they are
settled by are rows of src/critmin/data/events.csv, themselves from the public notices cited
there:

* ``cn-2025-11-09-no72-suspension``: MOFCOM Announcement No. 72 of 2025 suspends the ban on
  gallium, germanium and antimony exports to the US from 9 Nov 2025 until 27 Nov 2026;
* ``cn-2024-08-15-antimony-controls``: antimony export licensing announced 15 Aug 2024,
  in force 15 Sep 2024;
* ``cn-2023-10-20-graphite-controls``: graphite export permits announced 20 Oct 2023.
"""

from __future__ import annotations

import dataclasses

import pytest

from critmin.claims import Checker

DATE = "2026-12-01"

# (sentence, event_id of the row that settles it)
SETTLED = [
    # an end date ("runs until"), a suspension, a party named by its possessive
    ("China's suspension runs until 27 November 2026 under the terms set by the commerce ministry.",
     "cn-2025-11-09-no72-suspension"),
    # the day the measure was announced, the party named by its capital
    ("Beijing's antimony licensing rules were made public on 15 August 2024 by the Ministry of Commerce.",
     "cn-2024-08-15-antimony-controls"),
    # the day it took effect, in a relative clause
    ("Licensing for antimony shipments, which China brought in on 15 September 2024, covers ores and metal.",
     "cn-2024-08-15-antimony-controls"),
    ("China's graphite licensing rules were made public on 20 October 2023 by the Ministry of Commerce.",
     "cn-2023-10-20-graphite-controls"),
]

# the party named by its office alone (actor_aliases.csv: "Commerce Ministry", "Ministry of
# Commerce" are China's MOFCOM), which must be among the event's actors
SETTLED_BY_OFFICE = [
    ("The suspension runs until 27 November 2026 under the terms set by the Commerce Ministry.",
     "cn-2025-11-09-no72-suspension"),
    ("Graphite licensing rules were made public on 20 October 2023 by the Ministry of Commerce.",
     "cn-2023-10-20-graphite-controls"),
]

LEFT_UNVERIFIABLE = [
    # another office: the US Commerce Department is no party to China's suspension
    "The suspension runs until 27 November 2026 under the terms set by the Commerce Department.",
    "Graphite licensing rules were made public on 20 October 2024 by the Ministry of Commerce.",
    # a wrong date: the antimony rules were announced in 2024, not 2023
    "Beijing's antimony licensing rules were made public on 15 August 2023 by the Ministry of Commerce.",
    # a wrong end date: the suspension runs until 27 Nov 2026
    "China's suspension runs until 27 November 2027 under the terms set by the commerce ministry.",
    # a wrong party: the graphite permits of that day are China's, not Japan's
    "Japan's graphite licensing rules were made public on 20 October 2023 by the Ministry of Commerce.",
    # an event the table does not record
    "China's tungsten licensing rules were made public on 12 March 2022 by the Ministry of Commerce.",
    # no kind of measure named ("reprieve"): no class of action to agree on (the signature pass,
    # which reads "reprieve" as a suspension, settles it: test_signature_pass_after_the_fallback)
    "China's reprieve for the October package lasts until 10 November 2026, the commerce ministry said.",
]

#: sentences the fallback leaves open that the signature pass must leave open too (another office,
#: a wrong year, a wrong end, another party, an event the table does not hold)
LEFT_BY_BOTH = LEFT_UNVERIFIABLE[:-1]


def _rules_only(checker: Checker) -> Checker:
    c = Checker(checker.index, checker.dataset_version, checker.data_dir)
    c.fallback = False
    c.signatures = False  # (the pass after the fallback, claims/event_signatures.py, reads these sentences too)
    return c


def _fallback(checker: Checker) -> Checker:
    """The rules and the fallback, without the signature pass that runs after them."""
    c = Checker(checker.index, checker.dataset_version, checker.data_dir)
    c.signatures = False
    return c


@pytest.mark.parametrize(("sentence", "event_id"), SETTLED)
def test_recorded_event_settles_a_fallback_sentence(checker: Checker, sentence: str, event_id: str) -> None:
    assert _rules_only(checker).check(sentence, DATE).checks == []  # no rule reads it
    r = _fallback(checker).check(sentence, DATE)
    assert len(r.checks) == 1, [c.claim.text for c in r.checks]
    c = r.checks[0]
    assert c.claim.kind == "event" and c.claim.event is not None
    assert c.claim.event["actors"] == ["CHN"]
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert [e.edition for e in c.verdict.evidence] == [event_id]
    title = next(e["title"] for e in checker.index.events if e["event_id"] == event_id)
    assert c.verdict.explanation.startswith(f"{title}: ")  # cites the event row as the rules do
    assert "no rule parsed" in c.verdict.explanation


@pytest.mark.parametrize(("sentence", "event_id"), SETTLED_BY_OFFICE)
def test_office_named_as_the_party(checker: Checker, sentence: str, event_id: str) -> None:
    assert _rules_only(checker).check(sentence, DATE).checks == []
    r = _fallback(checker).check(sentence, DATE)
    assert len(r.checks) == 1
    c = r.checks[0]
    assert c.claim.event is not None and c.claim.event["actors"] == []
    assert c.claim.event["org_agent"] == "mofcom"
    assert c.verdict.verdict == "supported", c.verdict.explanation
    assert [e.edition for e in c.verdict.evidence] == [event_id]


@pytest.mark.parametrize("sentence", LEFT_UNVERIFIABLE)
def test_fallback_stays_unverifiable_without_full_agreement(checker: Checker, sentence: str) -> None:
    assert _rules_only(checker).check(sentence, DATE).checks == []
    r = _fallback(checker).check(sentence, DATE)
    assert len(r.checks) == 1, [c.claim.text for c in r.checks]  # the detector fires on it
    c = r.checks[0]
    assert c.verdict.verdict == "unverifiable"
    assert "detector score" in c.verdict.explanation


def test_article_before_the_event_cannot_be_settled(checker: Checker) -> None:
    # an article dated before the suspension: the event judge looks only at events up to the article
    r = checker.check(SETTLED[0][0], "2025-06-01")
    assert all(c.verdict.verdict == "unverifiable" for c in r.checks)


def test_judged_claim_keeps_the_fallback_span(checker: Checker) -> None:
    text = "Rare earths matter to carmakers everywhere today.\n\n" + SETTLED[1][0]
    r = checker.check(text, DATE)
    got = [c for c in r.checks if c.verdict.verdict == "supported"]
    assert len(got) == 1
    a, b = got[0].claim.span
    assert text[a:b].strip() == SETTLED[1][0]
    assert dataclasses.asdict(got[0].claim)["event"]["type"] == "control"


@pytest.mark.parametrize("sentence", LEFT_BY_BOTH)
def test_signature_pass_leaves_them_open_too(checker: Checker, sentence: str) -> None:
    assert all(c.verdict.verdict == "unverifiable" for c in checker.check(sentence, DATE).checks)


def test_signature_pass_after_the_fallback(checker: Checker) -> None:
    r = checker.check(LEFT_UNVERIFIABLE[-1], DATE)
    assert [c.verdict.verdict for c in r.checks] == ["supported"]
    row = next(e for e in checker.index.events if e["event_id"] == r.checks[0].verdict.evidence[0].edition)
    assert str(row["end_date"])[:10] == "2026-11-10"  # the suspension of the October measures ends that day
