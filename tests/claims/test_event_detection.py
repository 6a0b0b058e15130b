"""Event claims read by their structure: an actor, an event verb and a measure as its
object, or a measure named as the subject of a passive event verb -- with no date and no digit.

Sentences are written for these tests. Reference rows, from src/critmin/data/events.csv:
``us-ukr-2025-04-30-reconstruction-fund-agreement`` and the fund documents of 2025-05-13 (the US-Ukraine
minerals deal), ``cn-2025-11-09-no72-suspension`` (China's suspension, on 2025-11-09, of its ban on gallium,
germanium and antimony exports to the US) and the rare-earth controls of 2025-10-09 (``cn-2025-10-09-no5*``,
``no61``, ``no62``).
"""
from __future__ import annotations

import pytest

from critmin.claims import check
from critmin.claims.event_structure import structural_event


def _events(text: str, date: str) -> list[tuple[str, str, str]]:
    r = check(text, date=date)
    return [(c.verdict.verdict, " ".join(str(e) for e in c.verdict.evidence), c.verdict.needs or "")
            for c in r.checks if c.claim.kind == "event"]


# -- structure 1: actor + event verb + measure object, no date

@pytest.mark.parametrize("text", [
    "Rare-earth magnets are scarce in Europe. Beijing has tightened its hold on shipments of the magnets.",
    "The commerce ministry quietly widened the curbs on rare-earth processing equipment.",
    "Beijing now restricts sales of rare-earth separation equipment abroad.",
])
def test_actor_tightening_a_measure_without_a_date_is_an_event(text: str) -> None:
    got = _events(text, "2025-11-20")
    assert got and got[0][0] == "supported"
    assert "cn-2025-10-09-no" in got[0][1]  # one of the controls China announced on 2025-10-09


@pytest.mark.parametrize("text", [
    "Kyiv and Washington finally inked the minerals accord.",
    "Ukraine has accepted the minerals pact with the United States.",
])
def test_deal_made_by_named_parties_without_a_date_is_an_event(text: str) -> None:
    got = _events(text, "2025-06-01")
    assert got and got[0][0] == "supported"
    assert "us-ukr-2025-" in got[0][1]


def test_undated_deal_before_any_such_row_is_unverifiable_naming_the_table() -> None:
    # the US-Ukraine agreement rows date from April-May 2025: an article of February cannot be supported
    got = _events("Kyiv and Washington finally inked the minerals accord.", "2025-02-01")
    assert got and all(v == "unverifiable" for v, _, _ in got)
    assert all("events.csv" in needs for _, _, needs in got)


@pytest.mark.parametrize("text", [
    "The ministry said it will suspend the export ban on gallium to the US.",
    "Beijing announced it will pause its ban on gallium shipments to the United States.",
])
def test_a_decision_reported_with_will_is_an_event(text: str) -> None:
    got = _events(text, "2025-12-01")
    assert got and got[0][0] == "supported"
    assert "cn-2025-11-09-no72-suspension" in got[0][1]


# -- structure 2: a measure as the subject of a passive event verb

@pytest.mark.parametrize("text", [
    "The minerals agreement between Ukraine and the United States was signed after months of talks.",
    "A minerals deal between Kyiv and Washington has now been sealed.",
])
def test_deal_in_the_passive_is_an_event(text: str) -> None:
    got = _events(text, "2025-06-01")
    assert got and got[0][0] == "supported"


@pytest.mark.parametrize("text", [
    "China's curbs on gallium exports to the US were paused as part of the truce.",
    "The ban on shipping gallium to American buyers has been suspended by Beijing.",
])
def test_measure_paused_in_the_passive_is_an_event(text: str) -> None:
    got = _events(text, "2025-12-01")
    assert got and got[0][0] == "supported"
    assert "suspension" in got[0][1]


# -- non-claims: plans, threats, conditions, questions, negations, calls, commitments

@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "Beijing could tighten its curbs on rare-earth magnets.",
    "Washington is considering new tariffs on Chinese graphite.",
    "Kyiv has not signed the minerals deal with Washington.",
    "Will Beijing lift its ban on gallium exports?",
    "If Beijing imposes new curbs on antimony, prices will rise.",
    "Lawmakers urged the government to ban exports of tungsten scrap.",
    "The United States will cut tariffs on Chinese graphite.",
    "Beijing wants to keep its grip on rare-earth exports, analysts said.",
    "The minerals deal between Kyiv and Washington will be signed next week.",
])
def test_intended_conditional_or_negated_measures_stay_non_claims(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in checker.check(text, date="2025-11-20").checks if c.claim.kind == "event"] == []


# -- the reader itself: word classes, not phrases

@pytest.mark.parametrize(("sent", "verb"), [
    ("Tokyo has levied duties on the alloy.", "levied"),
    ("The ministry then lifted the moratorium.", "lifted"),
    ("Both countries sealed the pact.", "sealed"),
    ("The quota was raised.", "raised"),
])
def test_structural_event_finds_the_verb(sent: str, verb: str) -> None:
    words = frozenset(w.lower().strip(".") for w in sent.split())
    span = structural_event(sent, words, [])
    assert span is not None and sent[span[0]:span[1]] == verb


@pytest.mark.parametrize("sent", [
    "Officials discussed the tariffs.",  # no event verb
    "The ministry signed off on the budget.",  # an event verb without a measure
    "Prices eased after the deal.",  # no actor as subject
    "The tariffs were not lifted.",  # negated passive
])
def test_structural_event_needs_actor_verb_and_measure(sent: str) -> None:
    words = frozenset(w.lower().strip(".") for w in sent.split())
    assert structural_event(sent, words, []) is None


# -- the finding of an official probe, a ruling, tariffs raised or cut

@pytest.mark.parametrize(("sent", "verb"), [
    ("The Section 232 probe run by Commerce concluded that imports of the metals harm security.", "concluded"),
    ("An anti-dumping investigation of the department found that the alloy was sold below cost.", "found"),
    ("The WTO ruled that the ore export ban broke trade law.", "ruled"),
    ("Washington has increased tariffs on the alloy.", "increased"),
    ("Ottawa cut the duties on magnet imports.", "cut"),
    ("The tariffs were cut after the talks.", "cut"),
])
def test_findings_rulings_and_tariff_moves(sent: str, verb: str) -> None:
    words = frozenset(w.lower().strip(".") for w in sent.split())
    span = structural_event(sent, words, [])
    assert span is not None and sent[span[0]:span[1]] == verb


@pytest.mark.parametrize("sent", [
    "An investigation by the newspaper found that the smelter had missed its targets.",  # no official probe
    "A review of the literature concluded that recycling rates are low.",
    "Output increased after the new mine opened.",  # a change, no measure
    "The government could cut tariffs on magnets.",  # a possibility
])
def test_findings_and_tariff_moves_need_an_official_probe_or_a_measure(sent: str) -> None:
    words = frozenset(w.lower().strip(".") for w in sent.split())
    assert structural_event(sent, words, []) is None


# -- an event named by a noun: "announced the signing of the deal"

@pytest.mark.parametrize("text", [
    "Kyiv's economy ministry announced the signing of the minerals accord with Washington.",
    "The ceremony in Washington followed the signing of the minerals pact between Ukraine and the United States.",
])
def test_signing_named_by_a_noun_is_an_event(text: str) -> None:
    got = _events(text, "2025-06-01")
    assert got and got[0][0] == "supported"
    assert "us-ukr-2025-" in got[0][1]


@pytest.mark.rules_only  # the rule's reading; the learned fallback on invented non-claims is measured by the eval set
@pytest.mark.parametrize("text", [
    "Opposition lawmakers in Kyiv called for the signing of the minerals accord with Washington.",
    "The signing of the minerals pact between Ukraine and the United States could come next month.",
    "Ukraine has not announced the signing of the minerals accord with Washington.",
])
def test_signing_named_by_a_noun_but_only_wanted_or_denied_is_no_event(text: str) -> None:
    assert _events(text, "2025-06-01") == []


# -- a figure with the measure: a rate in force (present) is a figure claim, a change made (past) an event

@pytest.mark.parametrize("text", [
    "Washington has raised the tariffs on Chinese tungsten products by 25%.",
    "The US increased its duties on Chinese tungsten by 25%.",
])
def test_measure_changed_by_a_figure_is_an_event(text: str) -> None:
    assert _events(text, "2024-12-01")


@pytest.mark.parametrize("text", [
    "Vietnam levies a 20% export duty on its rare earth concentrates.",
    "Indonesia levies a 7.5% export duty on its bauxite concentrates.",
])
def test_rate_in_force_with_its_figure_is_no_structural_event(text: str) -> None:
    assert _events(text, "2024-12-01") == []
