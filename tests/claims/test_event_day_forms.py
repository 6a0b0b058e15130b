"""Days written without a year (claims/extract.py, partial dates): "from December 1" is a day,
not the month; "until May 3 of next year" takes the year in words; a measure's start or end day
may lie after the article even in a sentence that reports the past. Sentences written for the test."""

from __future__ import annotations

from critmin.claims import check
from critmin.claims.extract import partial_date_spans


def _dates(sentence: str, on: str, past: bool) -> list[tuple[str, str]]:
    return [(d, p) for _, _, d, p in partial_date_spans(sentence, on, past=past)]


def test_from_a_month_and_day_is_a_day() -> None:
    for past in (False, True):
        assert _dates("Seoul said exporters need permits from March 15, the ministry added.", "2024-02-20", past) \
            == [("2024-03-15", "day")]


def test_a_day_of_next_year() -> None:
    s = "The pause on cobalt quotas will run until May 3 of next year."
    assert _dates(s, "2025-06-10", False) == [("2026-05-03", "day")]
    assert ("2024-03-03", "day") in _dates("Kinshasa lifted the cobalt ban on March 3 last year.", "2025-06-10", True)


def test_an_effective_day_after_the_article_in_a_past_report() -> None:
    # a sentence reporting the past ("announced") can still give a start day a few days ahead
    s = "Jakarta announced a nickel ore levy, effective June 14, to raise revenue."
    assert _dates(s, "2025-06-10", True) == [("2025-06-14", "day")]
    # without the cue the day is the latest one before the article
    assert _dates("Jakarta announced a nickel ore levy on June 14.", "2025-06-10", True) == [("2024-06-14", "day")]


def test_from_a_day_matches_the_effective_date() -> None:
    # cn-2023-10-20-graphite-controls: announced 20 Oct 2023, effective 1 Dec 2023
    res = check("Beijing said on Friday that from December 1, some graphite exports will need permits.", date="2023-10-22")
    evs = [c for c in res.checks if c.claim.kind == "event"]
    assert evs and evs[0].verdict.verdict == "supported", [(c.claim.kind, c.verdict.explanation) for c in res.checks]


def test_a_month_dating_a_trade_move_does_not_date_the_measure() -> None:
    # cn-2024-12-03-us-ga-ge-sb-ban; "from November" dates the rise of shipments, not the ban
    res = check("Germanium shipments abroad recovered in December, rising 40% from November, but cargoes to "
                "America stopped after Beijing prohibited sales there.", date="2025-01-25")
    evs = [c for c in res.checks if c.claim.kind == "event"]
    assert evs and evs[0].verdict.verdict == "supported", [(c.claim.kind, c.verdict.explanation) for c in res.checks]
