"""Figure claims the checker missed on the newest readable batches (twenty-third session): a country
not listed in a source's table told of the country, the order a hypothetical place presupposes,
dominance after "managed to", a speaker's "I want to emphasize", a rank phrase after a preposition
under another clause's modal, and a possessive stranglehold or market dominance with no object.
Sentences are invented for these tests; the facts come from the bundled data: USGS MCS 2025 (current
2025-01-31 to 2026-02-05) lists rare-earth reserves (2024) for China 44 Mt, Brazil 21 Mt, India 6.9 Mt,
Australia 5.7 Mt, Russia 3.8 Mt ..., with no row for Kazakhstan or Turkey; it ranks China first in
rare-earth mine production and Indonesia first in nickel mine production (2024)."""

from __future__ import annotations

import pytest

from .conftest import of_kind

DAY = "2025-06-01"


# --- a country not listed in a source's table, told of the country (README rules 1, 8)
@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "Yet Kazakhstan is not currently listed by the U.S. Geological Survey among the major rare earth reserve holders.",
    "Kazakhstan does not currently feature in the U.S. Geological Survey's list of countries by rare earth deposits.",
    "Currently, Kazakhstan does not appear in the USGS global ranking of rare earth deposits.",
])
def test_a_country_the_table_leaves_out(checker, text: str) -> None:
    got = of_kind(checker.check(text, DAY), "rank")
    assert len(got) == 1, text
    c = got[0].claim
    assert (c.country, c.commodity, c.measure, c.rank_op) == ("KAZ", "rare_earths", "reserves", "unlisted")
    assert got[0].verdict.verdict == "supported"


@pytest.mark.rules_only
def test_a_listed_country_said_to_be_left_out_is_refuted(checker) -> None:
    got = of_kind(checker.check("Brazil is not listed among the countries with the largest rare earth reserves.", DAY),
                  "rank")
    assert len(got) == 1 and got[0].claim.country == "BRA" and got[0].verdict.verdict == "refuted"


@pytest.mark.rules_only
def test_producing_nations_are_a_table_of_production(checker) -> None:
    got = of_kind(checker.check("Currently, Kazakhstan is not listed among rare earth-producing nations in the U.S. "
                                "Geological Survey's rankings.", DAY), "rank")
    assert len(got) == 1 and got[0].claim.measure == "production" and got[0].verdict.verdict == "supported"


@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "With a long history of conflict, the country is often listed among the poorest nations in the world.",
    "Gallium from Kazakhstan is included in the export control list.",
])
def test_other_lists_are_no_table_of_a_measure(checker, text: str) -> None:
    assert not [c for c in of_kind(checker.check(text, DAY), "rank") if c.claim.rank_op in ("listed", "unlisted")]


# --- the order a hypothetical place presupposes (labels C2802, C3650, C4023, C8320)
@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "If independently verified, the find would place Kazakhstan among the top three holders of rare earth reserves, "
    "trailing only China and Brazil.",
    "If these rare earth reserves are confirmed, the deposit would position Kazakhstan second only to China and Brazil "
    "in terms of reserve size.",
    "If the size of the deposit is confirmed, Kazakhstan will rank just behind China and Brazil for rare earth "
    "reserves.",
])
def test_the_countries_ahead_of_a_hypothetical_place(checker, text: str) -> None:
    got = [c for c in of_kind(checker.check(text, DAY), "rank") if c.claim.country in ("CHN", "BRA")]
    assert sorted(c.claim.country for c in got) == ["BRA", "CHN"], text
    assert all((c.claim.measure, c.claim.rank, c.claim.rank_op) == ("reserves", 2, "<=") for c in got)
    assert all(c.verdict.verdict == "supported" for c in got)


@pytest.mark.rules_only
def test_a_wrong_order_is_refuted(checker) -> None:
    got = of_kind(checker.check("If confirmed, the find would place Kazakhstan behind only China and India in rare "
                                "earth reserves.", DAY), "rank")
    india = [c for c in got if c.claim.country == "IND"]
    assert india and india[0].verdict.verdict == "refuted"  # India is third, behind Brazil


@pytest.mark.rules_only
def test_a_place_stated_as_fact_keeps_its_own_reading(checker) -> None:
    got = of_kind(checker.check("India holds the third-largest rare earth reserves, trailing only China and Brazil.",
                                DAY), "rank")
    assert [c.claim.country for c in got] == ["IND"]


# --- dominance after a verb that entails it (README rule 12)
@pytest.mark.rules_only
def test_managed_to_monopolize(checker) -> None:
    got = of_kind(checker.check("Over the years, China has managed to monopolize the supply chain of rare earths, "
                                "without which the magnets cannot be made.", DAY), "rank")
    assert got and (got[0].claim.country, got[0].claim.rank) == ("CHN", 1)
    assert got[0].verdict.verdict == "supported"


# --- "I want to emphasize" frames an assertion; "wants to" still plans
@pytest.mark.rules_only
def test_want_to_emphasize_is_no_plan(checker) -> None:
    text = "Putin said Russia \"undoubtedly has, I want to emphasize, significantly more rare earth reserves than Ukraine.\""
    got = of_kind(checker.check(text, DAY), "comparison")
    assert got and got[0].claim.country == "RUS"


@pytest.mark.rules_only
def test_wants_to_have_is_a_wish(checker) -> None:
    assert not of_kind(checker.check("Russia wants to have more rare earth reserves than Ukraine.", DAY), "comparison")


# --- a rank phrase after a preposition is not governed by the sentence's modal (label C4739)
@pytest.mark.rules_only
def test_a_rank_after_a_preposition_under_a_modal(checker) -> None:
    text = ("Indonesia may ban nickel ore exports. If finalized, the move would signal a notable shift in policy from "
            "the world's top nickel producer.")
    got = of_kind(checker.check(text, DAY), "rank")
    assert got and (got[-1].claim.country, got[-1].claim.commodity) == ("IDN", "nickel")
    assert got[-1].verdict.verdict == "supported"


@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "Indonesia would become the world's top nickel producer.",  # the place is the aim
    "Nickel has become one of Indonesia's selling points to attract investment from leading producers such as Tesla.",
])
def test_an_aimed_or_plural_place_is_no_rank(checker, text: str) -> None:
    assert not of_kind(checker.check(text, DAY), "rank"), text


# --- a possessive stranglehold with no object, a dominance whose modifier names the market (rule 17d)
@pytest.mark.rules_only
def test_a_stranglehold_without_an_object(checker) -> None:
    got = checker.check("Rare earths go into missiles, leaving the West susceptible to China's stranglehold.", DAY)
    rank, share = of_kind(got, "rank"), of_kind(got, "share")
    assert rank and (rank[0].claim.country, rank[0].claim.commodity) == ("CHN", "rare_earths")
    assert share and share[0].claim.hedge == "more than"  # a stranglehold: more than half (rule 12)
    assert rank[0].verdict.verdict == "supported"


@pytest.mark.rules_only
def test_market_dominance_takes_the_articles_commodity(checker) -> None:
    text = ("China mines most of the world's rare earths. Western governments are limiting Chinese investment in "
            "order to rein in China's market dominance.")
    got = [c for c in of_kind(checker.check(text, DAY), "rank") if c.claim.span[0] > text.index("Western")]
    assert got and (got[0].claim.country, got[0].claim.commodity) == ("CHN", "rare_earths")


@pytest.mark.rules_only
def test_dominance_with_no_market_stays_no_claim(checker) -> None:
    assert not of_kind(checker.check("China mines rare earths. Its dominance poses risks.", DAY), "rank")
