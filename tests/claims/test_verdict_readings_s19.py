"""Readings of shares, ranks and quota moves added in the nineteenth session (README rules 4, 6, 9,
12 and 14). Sentences are invented; the reference values come from the bundled editions:
USGS MCS 2024 (current 2024-01-31 to 2025-01-30; 2023 data: rare earths China 240,000 of 350,000 t,
antimony Burma 4,600 t fourth after China, Tajikistan and Turkey), MCS 2025 (2024 data: graphite
China 1,270,000 of 1,600,000 t, antimony China 60,000 of 100,000 t, rare earths China 270,000 of
390,000 t), IEA GCMO 2024 (published 2024-05-17: China ~92 % of magnet rare-earth refining, 2023)
and the events table's rare-earth quota rows (2023 totals 255,000 t of mining, +21.4 %).
"""

from __future__ import annotations

import pytest

from critmin.claims import quota_rows

from .conftest import of_kind

pytestmark = pytest.mark.rules_only


# ----------------------------------------------------------------------------- presupposed dominance
def test_a_stranglehold_an_aim_would_break_is_still_asserted(checker) -> None:
    r = checker.check("The deal is part of US efforts to break China's stranglehold on graphite.", "2025-06-01")
    ranks, shares = of_kind(r, "rank"), of_kind(r, "share")
    assert ranks and ranks[0].claim.country == "CHN" and ranks[0].verdict.verdict == "supported"
    assert shares and shares[0].claim.share == 0.5 and shares[0].verdict.verdict == "supported"  # 79 % > half


@pytest.mark.parametrize("text", [
    "The deal could give China a monopoly on graphite.",                      # a possibility, no holder's noun
    "In an effort to loosen the stranglehold, the US agreed a graphite contract.",  # no country holds it
])
def test_no_presupposed_dominance_without_a_possessive_holder(checker, text: str) -> None:
    assert not of_kind(checker.check(text, "2025-06-01"), "rank")


def test_a_market_monopolized_by_a_country(checker) -> None:
    r = checker.check("Antimony is effectively a market monopolized by China.", "2025-06-01")
    assert [c.verdict.verdict for c in of_kind(r, "rank")] == ["supported"]
    assert [c.verdict.verdict for c in of_kind(r, "share")] == ["supported"]  # 60 % of 2024 output


def test_a_reduced_relative_after_a_dash_refers_to_the_list_before_it(checker) -> None:
    r = checker.check("The mine will yield gallium and germanium \u2014 metals largely dominated by China.", "2025-06-01")
    got = of_kind(r, "rank")
    assert got and got[0].claim.country == "CHN" and got[0].claim.commodity in ("gallium", "germanium")


@pytest.mark.parametrize(("text", "country"), [
    ("Rare earth mine production is heavily concentrated in China.", "CHN"),
])
def test_concentrated_in_one_country_is_first_place(checker, text: str, country: str) -> None:
    got = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert got and got[0].claim.country == country and got[0].claim.rank == 1
    assert got[0].verdict.verdict == "supported"


@pytest.mark.parametrize("text", [
    "Rare earth reserves are concentrated in Brazil and China.",          # a list of places
    "Imports of lithium carbonate were concentrated in Chile last year.",  # where a flow comes from
])
def test_concentrated_in_a_list_or_a_flow_is_no_first_place(checker, text: str) -> None:
    assert not [c for c in of_kind(checker.check(text, "2025-06-01"), "rank") if c.claim.rank == 1]


def test_its_dominance_belongs_to_the_subject_of_its_verb(checker) -> None:
    text = ("The agreement in South Korea is the latest twist for rare earths, after China used its dominance "
            "over the materials to win concessions.")
    got = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert got and {c.claim.country for c in got} == {"CHN"}


def test_a_major_source_set_off_by_an_alias_and_a_dash(checker) -> None:
    text = "The war in Myanmar (Burma) \u2014 a major source of antimony ore \u2014 is tightening supply."
    got = of_kind(checker.check(text, "2024-06-01"), "rank")
    assert got and got[0].claim.country == "MMR" and got[0].claim.rank_op == "among"
    assert got[0].verdict.verdict == "supported"  # fourth in 2023 (rule 14: the first five)


# ----------------------------------------------------------------------------- whose figure
def test_a_country_opening_its_own_clause_holds_the_share_not_the_plant(checker) -> None:
    text = ("The plant was among the largest until the 1980s but declined as China ramped up production to the "
            "point where it now accounts for about 70% of the world's mined rare earths.")
    got = of_kind(checker.check(text, "2025-06-01"), "share")
    assert got and got[0].claim.country == "CHN" and got[0].verdict.verdict == "supported"  # 69.2 %


def test_the_agent_of_a_passive_holds_the_rank_not_the_plant(checker) -> None:
    got = of_kind(checker.check("The new plant will separate rare earths, a sector dominated by China.", "2025-06-01"),
                  "rank")
    assert got and got[0].verdict.verdict == "supported"


def test_a_category_of_heavy_rare_earths_is_another_basis(checker) -> None:
    text = "The company expects a third of its output to come from heavy rare earths, a category dominated by China."
    got = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert got and got[0].verdict.verdict == "unverifiable" and "heavy rare earths" in got[0].verdict.explanation


@pytest.mark.parametrize("text", [
    "Russia's MMC Norilsk Nickel PJSC is the world's largest palladium producer.",
    "Glencore trails the number one cobalt producer, China's CMOC Group.",
])
def test_a_company_named_through_its_country_is_ranked_as_a_company(checker, text: str) -> None:
    got = of_kind(checker.check(text, "2025-06-01"), "rank")
    assert got and all(c.verdict.verdict == "unverifiable" for c in got)


# ----------------------------------------------------------------------------- basis and denominator
def test_rare_earths_used_for_magnets_are_the_magnet_rare_earths(checker) -> None:
    got = of_kind(checker.check("China refines 100% of the rare earths used for permanent magnets.", "2024-06-01"),
                  "share")
    assert got and got[0].claim.commodity == "magnet_rees"
    assert got[0].verdict.verdict == "refuted" and got[0].verdict.edition == "IEA GCMO 2024"  # ~92 %, not 100 %
    ok = of_kind(checker.check("China refines about 90% of the rare earths used in magnets.", "2024-06-01"), "share")
    assert ok and ok[0].claim.commodity == "magnet_rees" and ok[0].verdict.verdict == "supported"


def test_a_share_of_a_blocs_supply_is_no_world_share(checker) -> None:
    got = of_kind(checker.check("About 97% of the EU's magnesium supply is sourced from China.", "2024-06-01"), "share")
    assert all(c.verdict.verdict == "unverifiable" for c in got)


# ----------------------------------------------------------------------------- quota moves
@pytest.mark.parametrize(("text", "verdict"), [
    ("China's rare earth mining quotas increased year on year.", "supported"),   # +21.4 % in 2023
    ("China cut its rare earth production quotas in 2023.", "refuted"),
])
def test_a_quota_move_without_a_size_is_checked_by_its_sign(checker, text: str, verdict: str) -> None:
    got = [c for c in of_kind(checker.check(text, "2024-01-30"), "change") if c.claim.measure == "quota"]
    assert got and got[0].verdict.verdict == verdict


def test_only_changes_a_row_states_as_changes_count() -> None:
    assert quota_rows._changes({"detail": "2023 totals: mining 255,000 t (+21.4%)"}) == [pytest.approx(0.214)]
    assert quota_rows._changes({"what_changed": "Full-year quota cut about 40% from 2009"}) == [pytest.approx(-0.4)]
    assert quota_rows._changes({"detail": "10% of future volumes reserved for strategic needs"}) == []
