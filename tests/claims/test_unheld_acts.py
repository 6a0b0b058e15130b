"""Acts the matched events row does not hold (critmin.claims.unheld_acts; labelling rules 9, 18a, 21a),
and the present perfect of a place among producers (rule 20a: "has emerged as", "has become one of").

The sentences are invented (no sentence of the labelled set); the rows are the bundled events table's."""

from __future__ import annotations

import pytest

from critmin.claims import Checker
from critmin.claims.model import Claim, ClaimCheck, Evidence, Verdict
from critmin.claims.unheld_acts import (
    completes_later,
    names_licence_recipients,
    reports_meeting,
    row_records_meeting,
    unheld_acts,
)


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.from_store()


def _verdicts(checker: Checker, text: str, day: str) -> list[tuple[str, str, str]]:
    return [(c.claim.kind, c.verdict.verdict, c.verdict.explanation) for c in checker.check(text, day).checks]


# --- the readings ------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "US and Australian officials held talks in Washington on Monday on critical minerals.",
    "Chinese and US officials began three days of trade talks in Geneva yesterday.",
    "This week the administration sent a delegation to Islamabad to discuss minerals.",
    "A Kazakh delegation was in Brussels this week to meet European buyers.",
    "The minister took part in a ministerial-level meeting on critical minerals in Paris.",
    "The United States is hosting ministers from forty countries for a minerals conference this week.",
])
def test_a_meeting_that_took_place_is_read(sentence: str) -> None:
    assert reports_meeting(sentence)


@pytest.mark.parametrize("sentence", [
    # the meeting is the setting of another act (rule 21a: not the claim)
    "The framework was announced after the two leaders met at the White House.",
    "During talks in London, both sides sought to ease trade tensions.",
    # an act of a recorded kind said beside it: the row may be that act
    "The leaders met in Canberra and signed a memorandum on rare earths.",
    "US and Japanese officials held talks on Monday and agreed a framework on critical minerals.",
    # no meeting at all
    "The refinery meets the specifications of magnet makers.",
    "The event was hosted by the company's senior leadership.",
])
def test_no_meeting_or_another_act(sentence: str) -> None:
    assert not reports_meeting(sentence)


def test_a_row_that_records_a_meeting() -> None:
    assert row_records_meeting({"title": "Trump-Xi meeting in Busan: one-year pause of the October measures"})
    assert row_records_meeting({"title": "G7 leaders' summit adopts a critical minerals action plan"})
    assert not row_records_meeting({"title": "United States-Australia framework on critical minerals",
                                    "what_changed": "Framework signed; US$8.5 billion pipeline"})


def test_licences_granted_to_named_firms() -> None:
    assert names_licence_recipients("Beijing granted licences initially to large firms including Acme Magnet and Zeta.")
    assert names_licence_recipients("China is issuing export licences to companies such as Acme Motors.")
    assert not names_licence_recipients("China has begun issuing general licences for rare-earth exports.")
    assert not names_licence_recipients("Exporters must obtain licences from the commerce ministry.")


def test_a_completion_long_after_a_recorded_agreement() -> None:
    row = {"date": "2023-12-27", "title": "Acme and Zeta agree a lithium partnership",
           "what_changed": "Non-binding memorandum of understanding"}
    assert completes_later("Acme and Zeta completed their landmark deal.", row, "2025-12-29")
    assert completes_later("The two formed a joint venture called Zeta Litio.", row, "2025-06-01")
    # the summit that signed the framework "finalised" it: within the gap, the row's own act
    assert not completes_later("Acme and Zeta finalised the partnership on Wednesday.", row, "2024-01-05")
    # the sentence writes the row's year: it dates the act the row records
    assert not completes_later("In December 2023, Acme and Zeta formed the partnership.", row, "2025-12-29")
    # no completion said
    assert not completes_later("Acme and Zeta agreed a lithium partnership.", row, "2025-12-29")
    # a row that records the completion itself
    done = dict(row, what_changed="Definitive agreements completed; joint venture formed")
    assert not completes_later("Acme and Zeta completed their landmark deal.", done, "2025-12-29")


# --- the pass -------------------------------------------------------------------------------------------


def _event_check(sentence: str, event_id: str, verdict: str = "supported") -> ClaimCheck:
    claim = Claim(sentence=sentence, span=(0, len(sentence)), kind="event", text=sentence,
                  sentence_span=(0, len(sentence)))
    ev = Evidence(edition=event_id, source_id="src", commodity="", measure="event", country="", year=None,
                  value=None, unit="", locator="A framework on critical minerals", current=True)
    return ClaimCheck(claim, Verdict(verdict, "matched", [ev]))


def test_the_pass_keeps_the_row_as_the_closest_evidence() -> None:
    rows = [{"event_id": "x-framework", "date": "2025-10-20", "title": "A framework on critical minerals",
             "what_changed": "Framework signed"}]
    met = _event_check("US and Australian officials held talks in Washington on Monday.", "x-framework")
    signed = _event_check("US and Australian leaders signed a framework on critical minerals.", "x-framework")
    checks = [met, signed]
    unheld_acts(checks, rows, "2025-10-21")
    assert checks[0].verdict.verdict == "unverifiable"
    assert checks[0].verdict.evidence[0].edition == "x-framework"
    assert "rule 21a" in checks[0].verdict.explanation and checks[0].verdict.needs
    assert checks[1].verdict.verdict == "supported"


def test_the_pass_leaves_a_row_that_records_the_meeting() -> None:
    rows = [{"event_id": "x-summit", "date": "2025-10-30", "title": "Leaders' meeting in Busan",
             "what_changed": "Talks end with a pause of the measures"}]
    checks = [_event_check("Chinese and US officials began two days of talks in Busan yesterday.", "x-summit")]
    unheld_acts(checks, rows, "2025-10-31")
    assert checks[0].verdict.verdict == "supported"


# --- end to end, on the bundled table -------------------------------------------------------------------


def test_talks_are_not_the_framework_signed_the_day_before(checker: Checker) -> None:
    got = _verdicts(checker, "US and Australian officials held talks in Washington on Monday on critical minerals.",
                    "2025-10-21")
    assert got and all(v != "supported" for _, v, _ in got)


def test_licences_to_named_firms_are_no_term_of_the_general_licences(checker: Checker) -> None:
    got = _verdicts(checker, "China is issuing rare earth export licences to companies including Acme Magnetics "
                    "and Zenith Motors.", "2025-12-20")
    assert got and all(v != "supported" for _, v, _ in got)


def test_a_later_completion_is_not_the_memorandum(checker: Checker) -> None:
    later = _verdicts(checker, "Codelco and SQM completed their lithium deal this month, forming a new joint venture.",
                      "2025-12-29")
    assert later and all(v != "supported" for _, v, _ in later)
    # the memorandum itself, reported the next day, is still the row's
    same = _verdicts(checker, "Codelco and SQM signed an agreement to form a state-majority lithium partnership "
                     "in the Salar de Atacama.", "2023-12-28")
    assert any(v == "supported" for _, v, _ in same)


# --- rule 20a: "has emerged as", "has become one of" -----------------------------------------------------


def test_has_emerged_as_names_the_article_year(checker: Checker) -> None:
    # no edition current in January 2025 ranks nickel for 2025 (MCS 2025 is published later)
    got = _verdicts(checker, "Indonesia has emerged as the world's largest nickel producer.", "2025-01-25")
    ranks = [(v, e) for k, v, e in got if k == "rank"]
    assert ranks and ranks[0][0] == "unverifiable" and "present perfect" in ranks[0][1]
    # the simple present keeps rule 2's latest data year
    now = _verdicts(checker, "Indonesia is the world's largest nickel producer.", "2025-01-25")
    assert [v for k, v, _ in now if k == "rank"] == ["supported"]


def test_has_become_one_of_the_largest_names_the_article_year(checker: Checker) -> None:
    got = _verdicts(checker, "Indonesia has become one of the largest cobalt suppliers in the world.", "2023-05-10")
    assert [v for k, v, _ in got if k == "rank"] == ["unverifiable"]
    now = _verdicts(checker, "Indonesia is one of the largest cobalt suppliers in the world.", "2023-05-10")
    assert [v for k, v, _ in now if k == "rank"] == ["supported"]


def test_has_become_the_dominant_force_names_the_article_year(checker: Checker) -> None:
    # the rank's words start at "has become" (the claim's text), not after it
    got = _verdicts(checker, "Indonesia has become the dominant force in nickel mining.", "2025-03-01")
    assert [v for k, v, _ in got if k == "rank"] == ["unverifiable"]


# --- a percentage of another base (critmin.claims.share_bases; rule 6) ------------------------------------


def test_a_share_of_a_products_value_is_no_world_share() -> None:
    from critmin.claims.share_bases import other_base

    assert other_base("Licences are needed when the metals make up 0.1 percent or more of an item's value.")
    assert other_base("The regulator ordered the country to retain 10% of production for a strategic stockpile.")
    assert not other_base("China accounts for 69% of the world's production of rare earths.")
    assert not other_base("Prices rose 10% in value terms.")


def test_the_share_judge_is_overruled_only_for_the_percentage_of_another_base(checker: Checker) -> None:
    text = ("Under the new rule, foreign firms need a licence to sell magnets whose Chinese rare earths make up "
            "0.1 percent or more of the item's value.")
    shares = [c for c in checker.check(text, "2025-10-12").checks if c.claim.kind == "share"]
    assert shares and all(c.verdict.verdict == "unverifiable" for c in shares)
    assert "another base" in shares[0].verdict.explanation
    world = [c for c in checker.check("China accounts for about 69% of global rare earth mine production.",
                                      "2025-10-12").checks if c.claim.kind == "share"]
    assert world and world[0].verdict.verdict == "supported"
