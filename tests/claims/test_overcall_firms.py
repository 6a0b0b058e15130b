"""Over-calls of event claims (twenty-second session): a sentence about a firm's own act, or about
another edition of an instrument, is not ``supported`` by a row that shares only a date, a
commodity or a country read from the article (labelling rule 9: an event the table does not hold
stays unverifiable).

The expected verdicts follow from the labelling rules and the rows of ``events.csv`` (their parties
and titles), not from the checker's output: a row whose parties and text name none of the firms a
sentence names cannot be that firm's act; a "2025 list" is not the row of the 2022 list.
"""

from __future__ import annotations

import csv

import pytest

from critmin.claims import check
from critmin.claims.article_subject import firm_of_its_own
from critmin.claims.policy_acts import _other_edition_of
from critmin.dataset import DATA_DIR

DAY = "2025-06-01"
_CHINA = ("China mined about 270,000 tonnes of rare earths in 2024, the US Geological Survey says. "
          "China also refines nearly 90% of the world's rare earths.")


def _row(event_id: str) -> dict[str, str]:
    with (DATA_DIR / "events.csv").open(encoding="utf-8", newline="") as fh:
        return next(r for r in csv.DictReader(fh) if r["event_id"] == event_id)


def _event_verdicts(sentence: str, context: str = _CHINA, day: str = DAY) -> list[str]:
    res = check(f"{context}\n\n{sentence}", date=day)
    return [c.verdict.verdict for c in res.checks if c.claim.kind == "event" and c.claim.span[0] > len(context)]


# -- firm_of_its_own: the firms a sentence names against a row's parties and text ------------------

@pytest.mark.parametrize("sentence, event_id", [
    # a company of actors.csv that is no party of the row (a US tariff on Chinese graphite)
    ("Meanwhile, Syrah extended Tesla's qualification deadline to 9 February 2026.",
     "us-2024-09-13-s301-graphite-magnets-2026"),
    # a name with a corporate word that no actor and no word of the row carries
    ("Lindian reached a similar $50 million financing agreement with Gerald Metals in December 2024.",
     "aus-2024-12-iluka-additional-loan"),
])
def test_a_firm_the_row_does_not_hold_is_found(sentence: str, event_id: str) -> None:
    assert firm_of_its_own(sentence, _row(event_id), str(DATA_DIR)) is not None


@pytest.mark.parametrize("sentence, event_id", [
    # the row's own firm (Iluka is a party of the loan row)
    ("Iluka Resources has secured a further A$400 million for its Eneabba refinery.",
     "aus-2024-12-iluka-additional-loan"),
    # a forum, a strategy: a corporate word inside a longer proper name is no firm
    ("The minister spoke at the Future Minerals Forum in Riyadh on Wednesday.",
     "us-2024-09-13-s301-graphite-magnets-2026"),
    # no firm at all
    ("It has required licences for some exports of these elements since April.",
     "cn-2025-04-04-no18-medium-heavy-ree"),
    # a state body known to the table, written with a corporate word
    ("The fund will be jointly managed by Ukraine's agency and the U.S. International Development Finance "
     "Corporation (DFC).", "us-ukr-2025-04-30-reconstruction-fund-agreement"),
    # the row's own firm after a word of its home ("US-based"), and its partner under another spelling
    ("US-based MP Materials has formed a binding joint venture with Saudi Arabia's state-owned mining company, "
     "Maaden.", "sau-2025-11-19-mp-maaden-refinery-jv"),
])
def test_no_firm_of_its_own(sentence: str, event_id: str) -> None:
    assert firm_of_its_own(sentence, _row(event_id), str(DATA_DIR)) is None


# -- end to end ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # the article is about China, and China's April 2025 control fits the date; but the sentence says a
    # firm took the step, so the country read from the article cannot make it China's measure
    "In April, Zenith Rare Earths Ltd began requiring licences for some exports of these elements.",
    "Since April, Zenith Rare Earths Ltd has required licences for certain shipments of the elements.",
    # the firm opens the sentence: its name is still a name (the opening word counts when a corporate
    # word follows), and a US-Ukraine deal of April shares only the month and a commodity with it
    "Zenith Rare Earths Ltd has required licences for some exports of these elements since April.",
])
def test_a_firms_own_act_is_not_supported(sentence: str) -> None:
    got = _event_verdicts(sentence)
    assert got, "the event claim is found"
    assert "supported" not in got


@pytest.mark.parametrize("sentence", [
    "It has required licences for some exports of these elements since April.",
    "Since April, licences have been required for certain shipments of the elements.",
])
def test_the_countrys_own_measure_is_still_supported(sentence: str) -> None:
    # no firm named: read for the article's main country, China's control of 4 April 2025 settles it
    assert _event_verdicts(sentence) == ["supported"]


def test_a_firms_own_investment_is_not_a_partnerships_term() -> None:
    # the launch of the Minerals Security Partnership names investment among its aims; a firm the row does
    # not hold "is invested in" a mine: that firm's own stake, which the table does not record
    context = "Australia mined 86,000 tonnes of lithium in 2023. Australia is the largest lithium producer."
    got = _event_verdicts("Zenith Lithium is heavily invested in Greenbushes, a lithium mine in Australia.",
                          context=context, day="2024-06-01")
    assert "supported" not in got


# -- an edition of an instrument: the year and the stage named with it ------------------------------

def test_other_edition_of_an_instrument() -> None:
    # "a 2025 list" is not the 2022 list; the draft 2025 list is not the final one, and the reverse
    assert _other_edition_of("proposed a 2025 list of 54 critical minerals", {"2025"},
                             "USGS 2022 List of Critical Minerals (50 minerals)")
    assert _other_edition_of("proposed in a draft list published by the USGS in August", set(),
                             "USGS final 2025 List of Critical Minerals (60 minerals)")
    assert _other_edition_of("published the final 2025 List of Critical Minerals", {"2025"},
                             "USGS draft 2025 List of Critical Minerals (54 minerals)")
    assert not _other_edition_of("published the final 2025 List of Critical Minerals", {"2025"},
                                 "USGS final 2025 List of Critical Minerals (60 minerals)")
    # a title with no year, or a sentence with none: nothing to compare
    assert not _other_edition_of("launched the National Critical Mineral Mission", set(),
                                 "India approves its National Critical Mineral Mission")


def test_a_list_of_a_year_cites_that_years_row() -> None:
    # published on 7 November 2025, the final 2025 list is the row of a "2025 list" on 10 November;
    # before 26 August 2025 (the draft's row) no row of a 2025 list exists, and the 2022 one does not do
    text = ("The U.S. Geological Survey (USGS) has released its updated list of critical minerals for 2025, "
            "identifying materials considered essential to the U.S. economy.")
    res = check(text, date="2025-11-10")
    ev = [c for c in res.checks if c.claim.kind == "event"]
    assert ev and ev[0].verdict.verdict == "supported"
    assert ev[0].verdict.evidence[0].edition == "us-2025-11-07-usgs-final-list"
    early = ("The Department of the Interior and the U.S. Geological Survey have proposed a 2025 list of 54 "
             "critical minerals that newly elevates copper and silver.")
    res = check(early, date="2025-08-25")
    assert all(c.verdict.verdict != "supported" for c in res.checks if c.claim.kind == "event")


@pytest.mark.parametrize("sentence", [
    # the event judge: a dated match (Energy Fuels' NdPr milestone of 10 June 2024) with a firm of its own
    "On June 10, Zenith Metals announced it had signed a contract to acquire a rare earths project in Greenland.",
    # the learned matcher's call (a guard at the call): the same date, the same firm, another wording
    "On June 10, Zenith Metals signed a contract to buy a rare earths project in Greenland.",
    "Zenith Metals signed a rare earths supply contract on June 10.",
])
def test_a_firms_dated_act_is_not_another_firms_row(sentence: str) -> None:
    context = "The United States mined 43,000 tonnes of rare earths in 2023, according to the USGS."
    got = _event_verdicts(sentence, context=context, day="2024-06-12")
    assert got, "the event claim is found"
    assert "supported" not in got


def test_a_state_body_acting_is_not_a_firms_act() -> None:
    # "the Ministry of Natural Resources" is written with a trade word but is a state body: the guard
    # does not apply (rule 9 reads the ministries' act as the recorded quota)
    from critmin.claims.verdict import _firm_acts_alone

    row = {"actors": "CHN;miit", "title": "First batch of China's 2023 rare-earth mining quota"}
    ev = {"actors": [], "agents": []}
    assert not _firm_acts_alone("On March 24th, the Ministry of Industry and Information Technology and the "
                                "Ministry of Natural Resources issued a notice on the quotas.", ev, row)
    assert _firm_acts_alone("On March 24th, Zenith Metals issued a notice on its output.", ev, row)
