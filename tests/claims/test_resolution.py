"""A claim found whose data the checker did not find because the sentence names no country
(claims/article_subject.py): the figure is judged for the article's main country, or the one
country the article names that it fits, and the event for the article's main country; the
new verdict is kept only when the data support it.

Reference figures (bundled data, src/critmin/data/):

* USGS Mineral Commodity Summaries 2025, cobalt, World Mine Production and Reserves table
  (observations.csv, source usgs_mcs2025_cobalt): Congo (Kinshasa) mine production 2024
  220,000 t, reserves 6,000,000 t; Indonesia mine production 2024 28,000 t.
* events.csv, cn-2025-04-04-no18-medium-heavy-ree: on 2025-04-04 China required export
  licences for seven medium and heavy rare earths (MOFCOM/GAC Announcement No. 18 of 2025).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from critmin.claims import check

DAY = "2025-06-01"


def _verdicts(text: str, needle: str) -> list[tuple[str, str | None, str]]:
    """(verdict, country, explanation) of the claims whose figure text contains ``needle``."""
    res = check(text, date=DAY)
    return [(c.verdict.verdict, c.claim.country, c.verdict.explanation) for c in res.checks if needle in c.claim.text]


_CONGO = ("Congo is the world's largest producer of cobalt. "
          "Congo also holds about 6 million tonnes of cobalt reserves, by far the most of any country.")


@pytest.mark.parametrize("sentence,needle", [
    ("Mine output reached about 220,000 tonnes in 2024, according to the US Geological Survey.", "220,000"),
    ("Last year miners there extracted roughly 220,000 tonnes, the survey estimates.", "220,000"),
])
def test_figure_without_country_is_read_for_main_subject(sentence: str, needle: str) -> None:
    got = _verdicts(f"{_CONGO}\n\n{sentence}", needle)
    assert got, "the figure is found"
    verdict, country, why = got[0]
    assert (verdict, country) == ("supported", "COD")
    assert "names no country" in why


@pytest.mark.parametrize("sentence,needle", [
    ("Its smaller neighbour in the ranking mined about 28,000 tonnes of cobalt in 2024.", "28,000"),
    ("The runner-up produced some 28,000 tonnes of the metal last year, the survey estimates.", "28,000"),
])
def test_figure_without_country_fits_one_named_country(sentence: str, needle: str) -> None:
    text = f"{_CONGO}\n\nIndonesia is the second-largest cobalt producer.\n\n{sentence}"
    got = _verdicts(text, needle)
    assert got
    verdict, country, _ = got[0]
    assert (verdict, country) == ("supported", "IDN")


@pytest.mark.parametrize("sentence,needle", [
    # a figure no country of the article fits is not refuted on a guess
    ("Mine output reached about 500,000 tonnes in 2024, according to the US Geological Survey.", "500,000"),
    ("Last year miners there extracted roughly 95,000 tonnes, the survey estimates.", "95,000"),
])
def test_figure_that_fits_no_named_country_stays_unverifiable(sentence: str, needle: str) -> None:
    got = _verdicts(f"{_CONGO}\n\n{sentence}", needle)
    assert got
    verdict, country, _ = got[0]
    assert verdict == "unverifiable"
    assert country is None


def test_figure_with_its_own_country_is_left_alone() -> None:
    # the sentence names Australia: the main subject (Congo) is not put in its place
    text = f"{_CONGO}\n\nAustralia mined about 220,000 tonnes of cobalt in 2024."
    got = _verdicts(text, "220,000")
    assert got
    verdict, country, _ = got[0]
    assert country == "AUS"
    assert verdict != "supported"


def test_no_main_subject_no_reading() -> None:
    # each country named once, and the figure fits none of them
    text = ("Congo is the world's largest producer of cobalt. Indonesia is second.\n\n"
            "Mine output reached about 500,000 tonnes in 2024.")
    got = _verdicts(text, "500,000")
    assert got
    assert got[0][0] == "unverifiable"


_CHINA = ("China mined about 270,000 tonnes of rare earths in 2024, the US Geological Survey says. "
          "China also refines nearly 90% of the world's rare earths.")


@pytest.mark.parametrize("sentence", [
    "It has required licences for some exports of these elements since April.",
    "Since April, licences have been required for certain shipments of the elements.",
])
def test_event_without_party_is_matched_for_main_subject(sentence: str) -> None:
    res = check(f"{_CHINA}\n\n{sentence}", date=DAY)
    events = [c for c in res.checks if c.claim.kind == "event"]
    assert events, "the event is found"
    v = events[0].verdict
    assert v.verdict == "supported"
    assert v.evidence[0].edition == "cn-2025-04-04-no18-medium-heavy-ree"
    assert events[0].claim.country == "CHN"


@pytest.mark.parametrize("sentence", [
    # the main country's recorded measure has another date: not refuted on a guess
    "It has required licences for some exports of these elements since January.",
    "Since January, licences have been required for certain shipments of the elements.",
])
def test_event_that_does_not_fit_stays_unverifiable(sentence: str) -> None:
    res = check(f"{_CHINA}\n\n{sentence}", date=DAY)
    events = [c for c in res.checks if c.claim.kind == "event"]
    assert events
    assert events[0].verdict.verdict == "unverifiable"
    assert events[0].claim.country is None


def test_event_of_a_named_party_is_left_alone() -> None:
    # the sentence names Malaysia: the article's main country is not put in its place
    text = f"{_CHINA}\n\nMalaysia has required licences for some exports of these elements since April."
    res = check(text, date=DAY)
    events = [c for c in res.checks if c.claim.kind == "event"]
    assert events
    assert all(c.verdict.verdict == "unverifiable" and c.claim.country == "MYS" for c in events)


def test_country_read_this_way_follows_the_json_schema() -> None:
    import json

    from critmin.claims.render import render_json, schema

    from .test_render import validate

    res = check(f"{_CONGO}\n\nMine output reached about 220,000 tonnes in 2024.", date=DAY)
    assert any(c.claim.country_source == "article_subject" for c in res.checks)
    doc = json.loads(render_json(res, include_text=True))
    sch = schema()
    assert validate(doc, sch, sch) == []
