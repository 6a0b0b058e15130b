"""Non-event claims without a figure that fresh articles phrase in new words (qualitative.py,
issue 6 recall): dominance nouns ("the world giant when it comes to", "the main hub
for"), a monopoly as a noun with its object ("a near-monopoly on"), a market move with the
particle before its object ("pulled down prices"), places among the leaders without a number
("one of the largest producers") and shares without a size ("a large share of", "the
overwhelming majority of"). Every sentence is written for these tests, two phrasings or more
per class, each with sentences that are no claim (rule 10 of benchmarks/claims_eval/README.md).

Facts (bundled observations.csv, USGS MCS 2025, current from 2025-01-31, 2024 mine
production): rare earths China 270,000 t (first); cobalt Congo (Kinshasa) 220,000 of 290,000 t
(first); gallium China 98.7% of world output; tungsten China 67,000 of 81,000 t (83%). No
daily or monthly price series is bundled, so price moves are unverifiable.
"""

from __future__ import annotations

import pytest

from critmin.claims.qualitative import triggers

DATE = "2025-03-01"


def kinds(result, kind: str):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == kind]


# ------------------------------------------------------------------------- dominance nouns
@pytest.mark.parametrize(("text", "country", "commodity"), [
    ("Congo is the world giant when it comes to cobalt mining.", "COD", "cobalt"),
    ("Undeniably, China is the world heavyweight in terms of rare earth production.", "CHN", "rare_earths"),
    ("China is the main hub for refining rare earths.", "CHN", "rare_earths"),
])
def test_dominance_nouns_claim_first_place(checker, text: str, country: str, commodity: str) -> None:
    ranks = kinds(checker.check(text, DATE), "rank")
    assert ranks and ranks[0].claim.country == country and ranks[0].claim.rank == 1
    assert ranks[0].claim.commodity == commodity


def test_dominance_noun_mining_first_place_is_supported(checker) -> None:
    # Congo mined 220,000 of 290,000 t of cobalt in 2024 (MCS 2025): first
    r = checker.check("Congo is the world giant when it comes to cobalt mining.", DATE)
    assert [c.verdict.verdict for c in kinds(r, "rank")] == ["supported"]


@pytest.mark.parametrize("text", [
    "Australia wants to become the main hub for rare earth processing.",
    "Rotterdam is the main hub for metal trading in Europe.",
])
def test_hub_of_a_plan_or_a_port_is_no_rank(checker, text: str) -> None:
    assert not kinds(checker.check(text, DATE), "rank")


# ------------------------------------------------------------------------- monopoly as a noun
@pytest.mark.parametrize("text", [
    "China's near-monopoly on gallium refining worries chipmakers.",
    "Past deals have given China a virtual monopoly over gallium supply.",
])
def test_monopoly_noun_is_first_place_and_more_than_half(checker, text: str) -> None:
    r = checker.check(text, DATE)
    shares = kinds(r, "share")
    assert kinds(r, "rank") and kinds(r, "rank")[0].claim.country == "CHN"
    assert shares and shares[0].claim.share == 0.5 and shares[0].claim.hedge == "more than"
    assert shares[0].verdict.verdict == "supported"  # 98.7% of gallium output


@pytest.mark.parametrize("text", [
    "Western firms are trying to break China's monopoly on gallium.",
    "New plants in Europe are designed to challenge China's stranglehold on gallium.",
])
def test_a_monopoly_to_break_is_presupposed(checker, text: str) -> None:
    # nineteenth session: the aim is to end a monopoly the sentence takes as given, so China's monopoly
    # is asserted (the labels C2873, C2938, C3265, C4036, C4476 and C6351 read it so; until then this
    # test followed the first batches' N037 and N153, which call it no claim)
    r = checker.check(text, DATE)
    assert kinds(r, "rank") and kinds(r, "rank")[0].claim.country == "CHN"
    assert kinds(r, "share") and kinds(r, "share")[0].verdict.verdict == "supported"  # 98.7% of gallium output


def test_a_monopoly_someone_could_gain_is_no_claim(checker) -> None:
    assert not kinds(checker.check("The deal could give China a monopoly on gallium.", DATE), "rank")


# ------------------------------------------------------------------------- pushed up / pulled down
@pytest.mark.parametrize("text", [
    "A supply glut pulled down cobalt prices in 2024.",
    "Hoarding by traders pushed up tungsten prices last year.",
])
def test_particle_before_object_is_a_price_move(checker, text: str) -> None:
    moves = kinds(checker.check(text, DATE), "change")
    assert moves and moves[0].claim.measure == "price" and moves[0].claim.change is None
    # a move over an ended year is checked by the sign of the annual averages (README, eleventh
    # batch): MCS 2025 has tungsten concentrate at 258 -> 250 USD/mtu from 2023 to 2024, so
    # "pushed up" is refuted; the cobalt 2024 averages are not in the edition of the day
    want = "refuted" if "tungsten" in text else "unverifiable"
    assert moves[0].verdict.verdict == want, moves[0].verdict.explanation


@pytest.mark.parametrize("text", [
    "Tariffs could push up antimony prices.",
    "Buyers hope that new mines will pull down lithium prices.",
])
def test_particle_move_that_did_not_happen_is_no_claim(checker, text: str) -> None:
    assert not kinds(checker.check(text, DATE), "change")


# ------------------------------------------------------------------------- among the leaders
# README rule 14: the first five hold, after the tenth is refuted, sixth to tenth is unverifiable.
# Ranks from USGS MCS 2025 (current on DATE), 2024 mine production: graphite Brazil 4th (68,000 t)
# Tanzania 6th (25,000 t), Sri Lanka 12th (3,300 t); cobalt Russia 3rd (8,700 t), Papua New Guinea
# 8th (2,800 t), United States 12th (300 t).
@pytest.mark.parametrize(("text", "country", "stage", "verdict"), [
    ("Brazil is one of the world's largest producers of graphite.", "BRA", None, "supported"),
    ("Russia ranks among the leading cobalt miners.", "RUS", "mining", "supported"),
    ("Papua New Guinea ranks among the leading cobalt miners.", "PNG", "mining", "unverifiable"),
    ("Tanzania is one of the world's biggest graphite producers.", "TZA", None, "unverifiable"),
    ("Sri Lanka is one of the world's biggest graphite producers.", "LKA", None, "refuted"),
    ("The United States remains one of the largest cobalt miners.", "USA", "mining", "refuted"),
])
def test_among_the_leaders_is_a_top_five_rank(checker, text: str, country: str, stage: str | None,
                                              verdict: str) -> None:
    ranks = kinds(checker.check(text, DATE), "rank")
    assert len(ranks) == 1 and ranks[0].claim.country == country and ranks[0].claim.rank_op == "among"
    assert ranks[0].claim.stage == stage
    assert ranks[0].verdict.verdict == verdict


def test_among_the_leaders_without_a_table_of_the_day_is_settled_by_the_later_table(checker) -> None:
    # the bundle's only table of cobalt refining by country is IEA CMDE 2025, later than this date;
    # it puts Finland (20.1 kt of 250 kt in 2024) second after China: rule 3(b) for ranks (README 16(d))
    ranks = kinds(checker.check("Finland remains one of the biggest cobalt refiners.", "2024-01-01"), "rank")
    assert len(ranks) == 1 and ranks[0].claim.stage == "refining"
    assert ranks[0].verdict.verdict == "supported_by_other_edition"


@pytest.mark.parametrize("text", [
    "The Bayan Obo mine in China is one of the largest producers of rare earths.",
    "Vietnam is expected to become one of the top producers of rare earths.",
    "Lynas is one of the largest producers of rare earths outside China.",
    "Chile is one of the largest consumers of copper wire.",
])
def test_among_the_leaders_without_a_country_subject_is_no_rank(checker, text: str) -> None:
    assert not any(c.claim.rank_op == "among" for c in kinds(checker.check(text, DATE), "rank"))


def test_among_the_top_three_keeps_its_number(checker) -> None:
    ranks = kinds(checker.check("Madagascar is one of the top three producers of graphite.", DATE), "rank")
    assert ranks and ranks[0].claim.rank_op != "among" and ranks[0].claim.rank == 3


# ------------------------------------------------------------------------- shares in vague words
@pytest.mark.parametrize(("text", "country"), [
    ("China controls a large share of global graphite output.", "CHN"),
    ("Indonesia supplies a significant portion of the world's nickel.", "IDN"),
    ("Congo accounts for a sizeable chunk of global cobalt supply.", "COD"),
])
def test_share_without_a_size_is_an_unverifiable_share(checker, text: str, country: str) -> None:
    shares = kinds(checker.check(text, DATE), "share")
    assert len(shares) == 1 and shares[0].claim.country == country
    assert shares[0].claim.comparison == {"unsized": "share"}
    assert shares[0].verdict.verdict == "unverifiable"


@pytest.mark.parametrize("text", [
    "China buys a large share of its cobalt from Congo.",
    "China holds a large share of its rare earth reserves in Inner Mongolia.",
    "Investors in China hold a large share of the miner's stock.",
])
def test_share_of_own_total_or_stock_is_no_world_share(checker, text: str) -> None:
    assert not kinds(checker.check(text, DATE), "share")


@pytest.mark.parametrize("text", [
    "China produces the overwhelming majority of the world's tungsten.",
    "The great majority of the world's tungsten is mined in China.",
])
def test_overwhelming_majority_is_more_than_half(checker, text: str) -> None:
    shares = kinds(checker.check(text, DATE), "share")
    assert shares and shares[0].claim.country == "CHN" and shares[0].claim.share == 0.5
    assert shares[0].verdict.verdict == "supported"  # 67,000 of 81,000 t = 83%


# ------------------------------------------------------------------------- cheap gates
def test_new_detectors_are_gated_on_words() -> None:
    t = triggers(frozenset(["brazil", "is", "one", "of", "the", "largest", "producers", "of", "graphite"]))
    assert t["among_leaders"] and not t["vague_share"]
    t = triggers(frozenset(["china", "controls", "a", "large", "share", "of", "graphite", "output"]))
    assert t["vague_share"]
    t = triggers(frozenset(["china", "produces", "graphite"]))
    assert not t["among_leaders"] and not t["vague_share"]


# ------------------------------------------------------------------------- moved prices as subjects
@pytest.mark.parametrize("text", [
    "Lower cobalt prices have squeezed miners in Congo.",
    "Soaring tungsten prices prompted buyers in Japan to draw on stocks in 2024.",
    "Average nickel quotations fell further in the first half.",
])
def test_moved_price_that_happened_is_a_price_move(checker, text: str) -> None:
    moves = kinds(checker.check(text, DATE), "change")
    assert moves and moves[0].claim.measure == "price" and moves[0].verdict.verdict == "unverifiable"


@pytest.mark.parametrize("text", [
    "Higher cobalt prices encourage new mines.",
    "Lower lithium prices would hurt Chilean miners.",
    "Rising nickel prices could revive mining in New Caledonia.",
])
def test_moved_price_in_a_generic_or_modal_clause_is_no_claim(checker, text: str) -> None:
    assert not kinds(checker.check(text, DATE), "change")


def test_one_of_the_largest_holders_of_reserves_is_a_reserves_rank(checker) -> None:
    # USGS MCS 2025: Brazil's 21 Mt of rare-earth reserves are second to China's 44 Mt
    ranks = kinds(checker.check("Brazil is one of the largest holders of rare earth reserves.", DATE), "rank")
    assert len(ranks) == 1 and ranks[0].claim.rank_op == "among" and ranks[0].claim.measure == "reserves"
    assert ranks[0].claim.rank is None and ranks[0].verdict.verdict == "supported"


# ------------------------------------------------------------------------- flows mainly to one partner
@pytest.mark.parametrize(("text", "trader", "partner"), [
    ("Cobalt hydroxide produced in Congo is largely sold to China.", "COD", "CHN"),
    ("Graphite concentrate from Mozambique is mostly shipped to China and Poland.", "MOZ", "CHN"),
])
def test_flow_mainly_to_a_partner_is_an_unverifiable_export_share(checker, text: str, trader: str, partner: str) -> None:
    shares = kinds(checker.check(text, DATE), "share")
    assert len(shares) == 1 and shares[0].claim.country == trader and shares[0].claim.measure == "exports"
    assert (shares[0].claim.comparison or {}).get("partner") == partner
    assert shares[0].verdict.verdict == "unverifiable"  # no trade by partner is bundled


@pytest.mark.parametrize("text", [
    "Ore from the new mine in Peru will be mainly shipped to China.",
    "Analysts expect Chilean lithium to be mostly sold to China.",
])
def test_planned_flow_is_no_export_share(checker, text: str) -> None:
    assert not any((c.claim.comparison or {}).get("partner") for c in kinds(checker.check(text, DATE), "share"))


# ------------------------------------------------------------------------- among the fastest-growing
@pytest.mark.parametrize(("text", "country"), [
    ("Vietnam has emerged as one of the fastest-growing producers of rare earths.", "VNM"),
    ("Indonesia is the world's fastest-growing nickel producer.", "IDN"),
])
def test_fastest_growing_is_a_change_of_unstated_size(checker, text: str, country: str) -> None:
    moves = kinds(checker.check(text, DATE), "change")
    assert len(moves) == 1 and moves[0].claim.country == country and moves[0].claim.change is None
    assert moves[0].verdict.verdict == "unverifiable"


@pytest.mark.parametrize("text", [
    "Vietnam could become one of the fastest-growing producers of rare earths.",
    "The mine in Brazil is one of the fastest-growing producers of lithium.",
])
def test_fastest_growing_forecast_or_site_is_no_claim(checker, text: str) -> None:
    assert not kinds(checker.check(text, DATE), "change")
