"""Share readings of the twenty-fifth session (critmin.claims.share_readings, extract._respective_list).

Invented sentences; reference values from the bundled editions, as README rules 1, 5 and 21c read them:
SMM 2025-05-06 gives China ~85 % of rare-earth separation and smelting *capacity* (2025); IEA GCMO 2025
(published 2025-05-21) ~91 % of rare-earth refining *output* and ~94 % of NdFeB magnet output (2024); USGS
MCS 2025 (current 2025-01-31 to 2026-02-05) 2024 rare-earth mine output: world 390,000 t, United States
45,000 t (11.5 %), Myanmar 31,000 t (7.9 %), China 270,000 t (69.2 %)."""

from __future__ import annotations

import pytest


def shares(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "share"]


# -- control of a share of refining read as control of capacity (rule 21c)
@pytest.mark.parametrize("text", [
    "China currently controls about 85% of rare earth processing.",
    "China controls 60% of rare earth mining, 85% of refining and 90% of magnet manufacturing.",
])
def test_control_of_refining_holds_through_the_capacity_share(checker, text: str) -> None:
    got = [c for c in shares(checker.check(text, "2025-12-01")) if c.claim.share == 0.85]
    assert got and all(c.verdict.verdict == "supported" for c in got), \
        [(c.verdict.verdict, c.verdict.explanation) for c in got]
    assert "capacity" in got[0].verdict.explanation


def test_output_wording_is_not_read_as_capacity(checker) -> None:
    # "produces" names output: the ~91 % output share refutes 85 % (rule 11: capacity and output differ)
    got = [c for c in shares(checker.check("China produces about 85% of the world's refined rare earths.",
                                           "2025-12-01")) if c.claim.share == 0.85]
    assert got and got[0].verdict.verdict == "refuted"


def test_control_that_neither_share_holds_stays_refuted(checker) -> None:
    got = shares(checker.check("China controls 70% of rare earth refining.", "2025-12-01"))
    assert got and got[0].verdict.verdict == "refuted"


def test_a_capacity_share_published_after_the_article_settles_nothing(checker) -> None:
    # on 2025-03-01 neither SMM 2025-05-06 nor IEA GCMO 2025 is out: no capacity reading may support it
    got = shares(checker.check("China currently controls about 85% of rare earth processing.", "2025-03-01"))
    assert got and got[0].verdict.verdict != "supported"
    assert "21c" not in got[0].verdict.explanation


# -- magnets have one stage
def test_magnet_share_in_a_list_of_stages_is_the_magnet_share(checker) -> None:
    got = [c for c in shares(checker.check(
        "China controls 60% of rare earth mining, 85% of refining and 90% of magnet manufacturing.", "2025-12-01"))
        if c.claim.commodity == "ndfeb_magnets"]
    assert got and all(c.verdict.verdict == "supported" for c in got), \
        [(c.claim.stage, c.verdict.verdict, c.verdict.explanation) for c in got]


# -- "respectively" after a list shorter than the sentence's countries
def test_respectively_pairs_the_list_right_before_the_figures(checker) -> None:
    got = shares(checker.check("China leads the world in rare earth extraction, while the U.S. and Myanmar hold "
                               "12% and 8% of global output respectively.", "2025-10-30"))
    pairs = {(c.claim.country, c.claim.share, c.verdict.verdict) for c in got}
    assert ("USA", 0.12, "supported") in pairs and ("MMR", 0.08, "supported") in pairs, pairs


def test_respectively_with_a_longer_list_is_not_paired_by_the_tail(checker) -> None:
    # three countries joined in one list and two figures: no one-to-one pairing of the list's tail
    got = shares(checker.check("China, the U.S. and Myanmar hold 12% and 8% of global rare earth output "
                               "respectively.", "2025-10-30"))
    pairs = {(c.claim.country, c.claim.share) for c in got}
    assert not {("USA", 0.12), ("MMR", 0.08)} <= pairs, pairs


# -- a rank the text says an edition revised (critmin.claims.rank_revision). USGS MCS 2024 (published
# 2024-01-31) put Vietnam second in rare-earth reserves (22 Mt); MCS 2025 (2025-01-31) sixth (3.5 Mt).
@pytest.mark.parametrize("text", [
    "The revision has moved Vietnam from second position on the USGS list of countries with the largest rare "
    "earth reserves to sixth.",
    "Until last year, the USGS ranked Vietnam as the second-largest holder of rare earth reserves in the world; "
    "however, it has since revised the ranking, placing Vietnam sixth.",
])
def test_a_revised_rank_holds_old_and_new_place(checker, text: str) -> None:
    got = [c for c in checker.check(text, "2025-03-13").checks if c.claim.kind == "rank"]
    places = {(c.claim.rank, c.verdict.verdict) for c in got}
    assert (2, "supported") in places and (6, "supported") in places, \
        [(c.claim.rank, c.verdict.verdict, c.verdict.explanation) for c in got]


def test_a_wrong_new_place_is_still_refuted(checker) -> None:
    got = [c for c in checker.check("The revision has moved Vietnam from second position on the USGS list of "
                                    "countries with the largest rare earth reserves to third.", "2025-03-13").checks
           if c.claim.kind == "rank" and c.claim.rank == 3]
    assert got and got[0].verdict.verdict == "refuted"


# -- a singular "critical mineral" stands for the sentence's one commodity (critmin.claims.umbrella_commodity).
# USGS MCS 2025 (current 2025-01-31 to 2026-02-05): primary gallium, China 750,000 of 760,000 kg in 2024
# (98.7 %); tungsten mine output, China 67,000 of 81,000 t (82.7 %).
def test_a_singular_umbrella_takes_the_named_commodity(checker) -> None:
    got = shares(checker.check("Gallium is a critical mineral essential for semiconductors, and China accounts "
                               "for 96% of the world's primary production.", "2025-12-01"))
    assert got and got[0].claim.commodity == "gallium" and got[0].verdict.verdict == "refuted", \
        [(c.claim.commodity, c.verdict.verdict, c.verdict.explanation) for c in got]
    got = shares(checker.check("Western buyers depend on tungsten produced in China, which accounts for over 80% "
                               "of the critical mineral's supply chain.", "2025-12-01"))
    assert got and got[0].claim.commodity == "tungsten" and got[0].verdict.verdict == "supported"


def test_the_plural_umbrella_stays_the_basket(checker) -> None:
    got = shares(checker.check("Lithium is needed for batteries, and China controls up to 90% of global critical "
                               "minerals processing.", "2025-12-01"))
    assert all(c.claim.commodity != "lithium" for c in got), [(c.claim.commodity, c.verdict.verdict) for c in got]


# -- a first place told by a dominance word that only a later edition's table of another stage holds (rule 3b for
# ranks, README rule 16d): on 2024-01-16 MCS 2023 (current) puts China third in 2022 lithium mining; IEA CMDE 2025
# (published 2025-05-21) puts it first in 2024 lithium refining (170 of 242 kt). A "mining deal" in another clause
# does not make the dominance a mining one.
def test_dominance_held_only_by_a_later_refining_table(checker) -> None:
    got = [c for c in checker.check("India signed its first overseas lithium exploration and mining deal in "
                                    "Argentina, setting off a hunt for the critical mineral to loosen China's "
                                    "stranglehold on a key element of the energy transition.", "2024-01-16").checks
           if c.claim.kind in ("rank", "share") and c.claim.country == "CHN"]
    assert got and all(c.verdict.verdict == "supported_by_other_edition" for c in got), \
        [(c.claim.kind, c.claim.commodity, c.verdict.verdict, c.verdict.explanation) for c in got]


def test_mining_named_in_the_dominance_keeps_it_at_mining(checker) -> None:
    got = [c for c in checker.check("China dominates lithium mining.", "2024-01-16").checks
           if c.claim.kind == "rank" and c.claim.country == "CHN"]
    assert got and got[0].verdict.verdict == "refuted", [(c.verdict.verdict, c.verdict.explanation) for c in got]


# -- a percentage no rule read, tried as the one named country's share of world output (only a supporting reading
# is used). USGS MCS 2025: Indonesia 2.2 of 3.7 Mt of nickel mined in 2024 (59.5 %); MCS 2023 (current
# 2023-01-31 to 2024-01-30): Chile 9.3 of 26 Mt of lithium reserves (35.8 %).
@pytest.mark.parametrize(("text", "day", "commodity"), [
    ("Growth is expected to slow, as Indonesia\u2014now accounting for about 60 percent of global nickel "
     "production\u2014introduces mining quotas.", "2025-08-20", "nickel"),
    ("The president highlighted that Chile is one of the countries with the largest lithium reserves in the world, "
     "since it concentrates around 40% of the metal.", "2023-04-21", "lithium"),
])
def test_an_unread_percentage_held_as_the_countrys_world_share(checker, text: str, day: str, commodity: str) -> None:
    got = [c for c in shares(checker.check(text, day)) if c.claim.commodity == commodity]
    assert got and any(c.verdict.verdict == "supported" for c in got), \
        [(c.claim.commodity, c.verdict.verdict, c.verdict.explanation) for c in got]


def test_an_unread_percentage_of_several_countries_or_a_basket_is_not_read(checker) -> None:
    for text, day in (("The balance comes from: Russia \u2013 11 per cent; Zimbabwe \u2013 8 per cent; and North "
                       "America \u2013 4 per cent of platinum.", "2023-02-23"),
                      ("For 19 of 20 key materials, Beijing sits atop the refining throne with a 70 percent market "
                       "share of rare earths.", "2025-10-24")):
        got = shares(checker.check(text, day))
        assert all("no rule read" not in c.verdict.explanation for c in got), \
            [(c.claim.country, c.verdict.verdict, c.verdict.explanation) for c in got]


# -- "both metals" points back to the commodities of the sentence before (umbrella_ranks): MCS 2025 puts China first
# in primary gallium (750,000 of 760,000 kg in 2024); germanium has no table.
def test_both_metals_points_back_to_the_sentence_before(checker) -> None:
    got = [c for c in checker.check("China restricted exports of gallium and germanium. China is the world's "
                                    "dominant producer of both metals.", "2025-07-21").checks if c.claim.kind == "rank"]
    assert got and got[0].verdict.verdict == "supported", [(c.verdict.verdict, c.verdict.explanation) for c in got]


# -- countries called "major producers" as a group, or "major producer" as a title (README rules 14, 21b). MCS 2025
# (current 2025-01-31 to 2026-02-05), 2024 rare-earth mine output: China first, the United States second, Myanmar
# third, Australia fourth to sixth (tied), India seventh, Russia eighth, Vietnam tenth, Brazil twelfth (20 t).
def _ranks_by_country(result):  # type: ignore[no-untyped-def]
    return {c.claim.country: c.verdict.verdict for c in result.checks if c.claim.kind == "rank"}


def test_a_plural_apposition_places_each_country_among_the_leaders(checker) -> None:
    got = _ranks_by_country(checker.check("The fall was mainly due to reduced supplies from the United States and "
                                          "Myanmar, the other two major producers of rare earths.", "2025-06-01"))
    assert got.get("USA") == "supported" and got.get("MMR") == "supported", got


def test_a_list_after_major_producers_like(checker) -> None:
    got = _ranks_by_country(checker.check("Other major rare earth producers like Myanmar, Australia, India, Russia, "
                                          "Brazil and Vietnam are far from Europe.", "2025-06-01"))
    assert got.get("MMR") == "supported" and got.get("AUS") == "supported", got
    assert got.get("IND") == "unverifiable" and got.get("VNM") == "unverifiable", got  # sixth to tenth: too loose
    assert got.get("BRA") == "refuted", got  # twelfth in the edition of the day (tenth-eleventh in MCS 2024)


def test_a_title_before_the_name(checker) -> None:
    got = _ranks_by_country(checker.check("The US grapples to wrest control of global rare earth supplies from major "
                                          "producer China.", "2025-06-01"))
    assert got.get("CHN") == "supported", got
