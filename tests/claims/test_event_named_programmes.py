"""Recorded programmes named by their proper name (claims/named_events.py). Every sentence is
written for the test; the programmes are rows of the bundled events.csv."""

from __future__ import annotations

import pytest

from critmin.claims import check


def _named(text: str, date: str) -> list[tuple[str, str]]:
    res = check(text, date=date)
    return [(c.claim.text, c.verdict.verdict) for c in res.checks
            if c.claim.kind == "event" and (c.claim.event or {}).get("type") == "named"]


@pytest.mark.parametrize("text", [
    # a recorded figure of the row's detail (its 2030 benchmarks), the name as subject
    "Brussels' Critical Raw Materials Act wants 40% of the bloc's needs processed at home by 2030.",
    # its creation, with the year it was set up
    "The Critical Minerals Strategic Reserve, set up in 2025, will buy output from small gallium refiners.",
    # the acronym the article defines right after the name
    "Sweden welcomed the Critical Raw Materials Act (CRMA). The CRMA asks that 25% of demand be recycled.",
])
def test_named_programme_supported(text: str) -> None:
    got = _named(text, "2025-09-01")
    assert got and all(v == "supported" for _, v in got), got


def test_named_programme_after_the_article_is_unverifiable() -> None:
    # the Act was adopted in April 2024: an article of 2023 cannot be checked against it
    got = _named("Under the Critical Raw Materials Act adopted by Brussels, 10% of ores must be mined locally.",
                 "2023-06-01")
    assert got and got[0][1] == "unverifiable", got


def test_named_programme_wrong_month_is_partly_supported() -> None:
    # the reserve is recorded in 2025
    got = _named("Canberra's Critical Minerals Strategic Reserve, established in 2023, stores scandium.", "2025-09-01")
    assert got and got[0][1] == "partly_supported", got


@pytest.mark.parametrize("text", [
    # the name frames something the row does not hold, with no recorded figure
    "Portugal has 3 lithium projects listed under the Critical Raw Materials Act.",
    # an acronym the article defines for another name
    "Italy joined the Critical Raw Materials Alliance (CRMA). The CRMA said 30% of supply is at risk.",
])
def test_no_named_programme_claim(text: str) -> None:
    assert not _named(text, "2025-09-01")


@pytest.mark.parametrize(("text", "want"), [
    # us-2025-10-20-exim-letters: US$2.2 billion of letters of interest
    ("The U.S. Export-Import Bank (EXIM) handed Australian miners letters of interest worth US$2.2 billion.", "supported"),
    # aus-2025-critical-minerals-strategic-reserve: $1.2 billion
    ("Canberra's government is setting up a $1.2 billion strategic reserve of critical minerals.", "supported"),
    ("Australia's government is setting up a $7 billion strategic reserve of critical minerals.", "unverifiable"),
])
def test_letters_of_interest_and_reserves_are_public_funding(text: str, want: str) -> None:
    res = check(text, date="2026-02-01")
    got = [c.verdict.verdict for c in res.checks if (c.claim.event or {}).get("type") == "funding"]
    assert got == [want], [(c.claim.kind, c.verdict.explanation) for c in res.checks]


def test_a_name_several_countries_share_is_told_apart_by_the_country() -> None:
    from critmin.claims.named_events import _row_named

    # invented rows of two countries sharing a programme's name, and two rows of one country
    a = {"event_id": "t-a", "actors": "PER", "title": "Peru adopts its Critical Minerals Roadmap"}
    b = {"event_id": "t-b", "actors": "NOR", "title": "Norway adopts its Critical Minerals Roadmap"}
    c = {"event_id": "t-c", "actors": "NOR", "title": "Norway revises its Critical Minerals Roadmap"}
    from critmin.dataset import DATA_DIR
    d = str(DATA_DIR)
    assert _row_named((a, b), "Norway's Critical Minerals Roadmap was set up in 2027.", d) is b
    assert _row_named((a, b), "Officials launched a Critical Minerals Roadmap.", d) is None  # no country named
    assert _row_named((a, b, c), "Norway's Critical Minerals Roadmap was set up in 2027.", d) is None  # two of Norway
    assert _row_named((a,), "The Critical Minerals Roadmap was set up in 2027.", d) is a  # a name one row holds
