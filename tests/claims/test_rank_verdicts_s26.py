"""Rank verdicts of the twenty-sixth session.

Expected verdicts follow from the labelling rules of benchmarks/claims_eval/README.md and from
published data (USGS MCS tables), not from the checker's output:

* USGS MCS 2026 (published 2026-02-06) gives no rare-earth reserve figure for India; MCS 2025 ranks
  India third (China 44 Mt, Brazil 21 Mt, India 6.9 Mt) and MCS 2024 fifth (China, Vietnam 22 Mt,
  Brazil 21 Mt, Russia 10 Mt, India 6.9 Mt). With MCS 2026 current, the current edition does not
  hold the quantity, so rule 3(b) applies before 3(d), for ranks too (rule 16d): a place another
  edition gives is ``supported_by_other_edition``, and a place no edition gives stays
  ``unverifiable`` (an older edition that disagrees does not refute what the current one lacks).
* A province or region named in a clause before the rank does not make the rank a regional one when
  a country is the rank's holder: the subject of the clause holding it ("..., Australia has the
  second-largest reserves": MCS 2024, Chile 9.3 Mt, Australia 6.2 Mt of lithium) or in apposition to
  it after an adverb ("China, currently the world's top producer": MCS 2025, 270,000 t in 2024).
"""

from __future__ import annotations

import pytest

from critmin.claims import check

from .conftest import of_kind

AFTER_MCS_2026 = "2026-03-01"


def _ranks(text: str, day: str) -> list[tuple[str, str]]:
    return [(c.verdict.verdict, c.verdict.edition or "") for c in of_kind(check(text, date=day), "rank")]


@pytest.mark.parametrize("sentence", [
    "India holds the world's third-largest rare earth reserves.",
    "Despite holding some of the world's largest rare earth reserves, India mines little of them.",
])
def test_a_rank_only_an_older_edition_lists_is_supported_by_it(sentence: str) -> None:
    got = _ranks(sentence, AFTER_MCS_2026)
    assert got, "the rank is read"
    assert got[0] == ("supported_by_other_edition", "MCS 2025")


def test_a_place_no_edition_gives_stays_unverifiable() -> None:
    got = _ranks("India holds the world's second-largest rare earth reserves.", AFTER_MCS_2026)
    assert got and got[0][0] == "unverifiable"


def test_the_current_edition_still_decides_when_it_lists_the_country() -> None:
    # MCS 2025 current (2025-06-01): India third; "fifth" is refuted there, not supported by MCS 2024's fifth
    # (rule 3: the current edition holds the quantity and disagrees ... only when no edition agrees;
    # MCS 2024 agrees, so rule 3(b) gives supported_by_other_edition)
    got = _ranks("India holds the world's fifth-largest rare earth reserves.", "2025-06-01")
    assert got and got[0] == ("supported_by_other_edition", "MCS 2024")
    got = _ranks("India holds the world's third-largest rare earth reserves.", "2025-06-01")
    assert got and got[0] == ("supported", "MCS 2025")


@pytest.mark.parametrize(("text", "day"), [
    ("Located in Russia's Sakha republic, Tomtor is seen as a key rare earths project to reduce the country's "
     "dependence on China, currently the world's top producer.", "2025-06-01"),
    ("With most of its reserves in Western Australia, Australia has the second-largest lithium reserves in the "
     "world, after Chile.", "2024-09-15"),
])
def test_a_region_before_the_country_holding_the_rank_does_not_scope_it(text: str, day: str) -> None:
    got = _ranks(text, day)
    assert got, "the rank is read"
    assert got[0][0] == "supported"


def test_a_region_that_is_the_subject_still_scopes_the_rank() -> None:
    # the province itself is ranked: no country table settles it
    got = _ranks("Western Australia is the world's largest lithium producer.", "2024-09-15")
    assert got and got[0][0] == "unverifiable"


def test_a_members_rank_is_not_read_through_its_groups_table() -> None:
    # MCS 2024 holds reserves of all platinum-group metals (South Africa 63,000,000 of 71,000,000 kg), not of
    # platinum alone: another basis (rule 6, README rule 17f)
    text = "With the world's largest platinum reserves, South Africa's platinum group metals (PGM) sector has struggled."
    got = _ranks(text, "2024-05-15")
    assert got and got[0][0] == "unverifiable"


def test_a_regional_place_below_unlisted_countries_is_not_refuted() -> None:
    # MCS 2025 lists Zimbabwe (480,000 t) and Namibia among African lithium reserves, not the DRC: "second after
    # the DRC" may hold among the countries left in the remainder (README rule 16b)
    text = "Zimbabwe holds Africa's second-largest lithium reserves after the Democratic Republic of Congo."
    got = _ranks(text, "2025-06-01")
    assert got and got[0][0] == "unverifiable"
    # first place among the listed African countries still holds (rule 16b)
    got = _ranks("Zimbabwe holds Africa's largest lithium reserves.", "2025-06-01")
    assert got and got[0][0] == "supported"


def test_a_company_before_a_clause_whose_subject_is_countries_does_not_scope_the_share() -> None:
    # MCS 2023: China 60,000 and Russia 20,000 of 110,000 t of antimony in 2022 = 72.7%, more than 70%
    text = ("The company stresses the lack of domestic antimony production at a time when China and Russia account "
            "for more than 70% of global mine supply.")
    got = [c.verdict.verdict for c in of_kind(check(text, date="2023-08-25"), "share")]
    assert got == ["supported"]


@pytest.mark.parametrize(("sentence", "want"), [
    # MCS 2025 ranks South Africa's 860,000 t of rare-earth reserves tenth of the countries it lists
    ("According to the USGS, South Africa doesn't even make the top ten in rare earth reserves.", "refuted"),
    ("According to the USGS, South Africa does not make the top five in rare earth reserves.", "supported"),
    ("According to the USGS, South Africa makes the top ten in rare earth reserves.", "supported"),
])
def test_a_denied_place_turns_the_places_verdict_over(sentence: str, want: str) -> None:
    got = _ranks(sentence, "2025-06-02")
    assert got and got[0][0] == want


def test_an_unnamed_reference_of_an_order_is_no_rank_of_the_sentences_country() -> None:
    # MCS 2025: China 270,000 t, the US 45,000 t, Myanmar 31,000 t in 2024; "the top producer" is China's place,
    # not Myanmar's
    text = ("China mined 270,000 metric tons of rare earths in 2024.\n\nThe United States (45,000 metric tons) ranks a "
            "distant second, followed by Myanmar (31,000 metric tons), revealing a sharp drop-off after the top producer.")
    res = check(text, date="2026-01-15")
    assert {c.verdict.verdict for c in res.checks} == {"supported"}
    # an apposed country keeps the reference's rank its own
    text = "Indonesia remains far behind the world's largest cobalt supplier, the Democratic Republic of Congo."
    got = [(c.claim.country, c.verdict.verdict) for c in of_kind(check(text, date="2025-06-01"), "rank")]
    assert ("COD", "supported") in got
