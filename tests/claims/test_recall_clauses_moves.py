"""Recall of non-event claims the sentence rules left (issue 6): a fact clause next to a plan
clause (clause_retry.py), places among the leaders told by a group noun, unsized moves of a
price, trade flow or output, and masses written in words (recall.py). Every sentence is
written for these tests (two phrasings or more per rule); the facts come from the bundled data:

* observations.csv, USGS MCS 2025 (current 2025-01-31 to 2026-02-05), 2024: rare-earth mine
  production China 270,000 t of 390,000 t world (69%), reserves Brazil second (21 Mt);
  lithium mine production Australia 88,000 t first, Chile second; nickel Indonesia first;
  graphite China 1,270,000 t (IEA CMDE 2025: 1,580 kt); graphite reserves Brazil 74,000,000 t.
* world cobalt mine production 197,000 t in 2022 (MCS 2024) and 290,000 t in 2024 (MCS 2025);
  world graphite 1,680,000 t in 2022 (MCS 2024) and 1,600,000 t in 2024 (MCS 2025).
* no price series by day or month and no trade by partner: such claims are found and stay
  unverifiable.
"""

from __future__ import annotations

import pytest

from critmin.claims.clause_retry import clause_joints
from critmin.claims.recall import triggers

from .conftest import of_kind

DAY = "2025-06-01"


# ------------------------------------------------------------------ a fact clause next to a plan
@pytest.mark.parametrize("text", [
    "The new refinery aims to loosen Beijing's grip on the sector \u2013 China mined about 69% of the world's "
    "rare earths in 2024.",
    "Europe could cut that reliance within a decade \u2014 China mined about 69% of global rare-earth output in 2024.",
])
def test_fact_clause_next_to_plan_clause_is_read(checker, text: str) -> None:
    shares = of_kind(checker.check(text, DAY), "share")
    assert [(c.claim.country, c.claim.commodity, c.claim.value) for c in shares] == [("CHN", "rare_earths", 69.0)]
    assert shares[0].verdict.verdict == "supported"
    assert shares[0].claim.sentence.startswith("China mined")  # its clause, read as a sentence


@pytest.mark.parametrize("text", [
    "Moscow could sell 2 million tons of aluminium a year to Washington, adding that it once shipped 15 percent "
    "of US aluminium imports.",
    "The group might offer 2 million tons of aluminium a year, noting that it had supplied 15 percent of US "
    "aluminium imports before the tariffs.",
])
def test_saying_participle_opens_a_clause_of_its_own(checker, text: str) -> None:
    found = checker.check(text, DAY).checks
    assert [c.claim.text for c in found] == ["15 percent"]  # the offer stays a non-claim (rule 10)


@pytest.mark.parametrize("text", [
    "The firm aims to produce 60,000 t of graphite a year \u2013 a target it expects to reach by 2028.",
    "Lynas plans to lift capacity to 12,000 t; it will also build a plant in Texas.",
])
def test_plan_in_every_clause_stays_a_non_claim(checker, text: str) -> None:
    assert checker.check(text, DAY).checks == []


def test_clause_joints() -> None:
    s = "Output may recover; exports fell 5% in 2024 \u2013 a drop, noting that prices slid."
    words = frozenset(s.lower().replace(";", " ").replace(",", " ").split())
    spans = [s[a:b] for a, b in clause_joints(s, words)]
    assert spans == ["Output may recover", "exports fell 5% in 2024", "prices slid."]
    assert clause_joints("China mined 270,000 t, up from 240,000 t.", frozenset({"china", "mined"})) == []


# ------------------------------------------------------------------ places among the leaders
@pytest.mark.parametrize("text, iso, measure", [
    ("Brazil is one of the undisputed leaders in reserves of rare earths.", "BRA", "reserves"),
    ("Chile ranks among the top for lithium.", "CHL", "production"),
    ("Indonesia, one of the most important suppliers of nickel, raised output.", "IDN", "production"),
    ("Australia stands among the heavyweights of lithium mining.", "AUS", "production"),
])
def test_group_noun_is_a_place_among_the_leaders(checker, text: str, iso: str, measure: str) -> None:
    ranks = of_kind(checker.check(text, DAY), "rank")
    assert len(ranks) == 1
    c = ranks[0]
    assert (c.claim.country, c.claim.measure, c.claim.rank_op) == (iso, measure, "among")
    assert c.verdict.verdict == "supported"


@pytest.mark.parametrize("text", [
    "Several Chinese firms rank among the biggest lithium miners.",
    "Brazil is one of the producers of niobium.",
    "The Nui Phao site is one of the largest tungsten mines outside China.",
    "Chile could become one of the leaders in lithium refining.",
])
def test_group_without_a_country_place_is_no_rank(checker, text: str) -> None:
    assert of_kind(checker.check(text, DAY), "rank") == []


# ------------------------------------------------------------------ unsized moves
@pytest.mark.parametrize("text, measure", [
    ("Gallium was hit by new curbs. Exports of both metals fell to almost nothing, customs figures show.", "exports"),
    ("The licensing rules have slashed shipments of gallium from China in recent months.", "exports"),
    ("Tungsten markets were busy this week, with APT prices climbing again.", "price"),
    ("Lithium saw its price skyrocket before the glut arrived.", "price"),
    ("Over the first half, world tungsten prices fluctuated upward.", "price"),
    ("Cobalt is mined mostly in Congo.\n\nPrices are at their lowest in nine years.", "price"),
    ("Congo mines cobalt.\n\nCobalt exports stood near their highest since 2019.", "exports"),
    ("China dominates graphite.\n\nGraphite exports from China have been slashed.", "exports"),
])
def test_market_move_without_size_is_an_unverifiable_change(checker, text: str, measure: str) -> None:
    changes = of_kind(checker.check(text, DAY), "change")
    assert len(changes) == 1
    c = changes[0]
    assert (c.claim.measure, c.claim.change) == (measure, None)
    assert c.verdict.verdict == "unverifiable"


@pytest.mark.parametrize("text, verdict", [
    ("Cobalt output has seen marked growth over recent years.", "supported"),  # 197,000 t -> 290,000 t
    ("Global graphite output has seen strong growth in recent years.", "refuted"),  # 1,680,000 t -> 1,600,000 t
])
def test_world_production_move_with_a_span_is_checked_by_its_sign(checker, text: str, verdict: str) -> None:
    c = of_kind(checker.check(text, DAY), "change")[0]
    assert (c.claim.country, c.verdict.verdict) == ("WLD", verdict)


@pytest.mark.parametrize("text", [
    "Demand for gallium has not fallen, as chipmakers keep buying.",
    "Prices could rise if supply tightens.",
    "When exports fell, prices jumped.",
    "The company's output fell and its shares slid.",
])
def test_no_move_that_happened_is_no_change(checker, text: str) -> None:
    assert of_kind(checker.check(text, DAY), "change") == []


# ------------------------------------------------------------------ masses in words
@pytest.mark.parametrize("text, value, verdict", [
    ("Australia mined about ninety thousand tonnes of lithium in 2024.", 90_000.0, "supported"),
    ("Graphite reserves in Brazil stand at seventy million tons.", 70_000_000.0, "refuted"),  # 74 Mt
])
def test_mass_in_words_is_a_quantity(checker, text: str, value: float, verdict: str) -> None:
    qs = of_kind(checker.check(text, DAY), "quantity")
    assert [c.claim.value for c in qs] == [value]
    assert qs[0].verdict.verdict == verdict


@pytest.mark.parametrize("text", [
    "The company plans to produce two million tonnes of graphite by 2030.",
    "The project would add half a million tons of graphite capacity.",
])
def test_planned_mass_in_words_is_no_claim(checker, text: str) -> None:
    assert checker.check(text, DAY).checks == []


def test_triggers_gate_the_new_detectors() -> None:
    assert triggers(frozenset({"one", "of", "the", "leaders"}))
    assert triggers(frozenset({"exports", "fell"}))
    assert triggers(frozenset({"million", "tonnes"}))
    assert not triggers(frozenset({"the", "mine", "opened", "yesterday"}))


# ------------------------------------------------------------------ zero in words
@pytest.mark.parametrize("text, partner", [
    ("China exported zero gallium to the United States in 2024.", "USA"),
    ("Customs figures showed zero exports of germanium to America in 2024.", "USA"),
    ("Gallium imports from China were virtually zero in March.", "CHN"),
])
def test_zero_flow_to_a_partner_is_an_unverifiable_quantity(checker, text: str, partner: str) -> None:
    q = of_kind(checker.check(text, DAY), "quantity")
    assert [(c.claim.value, (c.claim.comparison or {}).get("partner")) for c in q] == [(0.0, partner)]
    assert q[0].verdict.verdict == "unverifiable"  # no trade by partner in the bundle


@pytest.mark.parametrize("text", [
    "The firm aims for net zero emissions at its rare earth plant.",
    "Lithium miners want zero tariffs on their exports.",
])
def test_zero_of_something_else_is_no_quantity(checker, text: str) -> None:
    assert of_kind(checker.check(text, DAY), "quantity") == []


# ------------------------------------------------------------------ passing and "fewer than"
@pytest.mark.parametrize("text, others, verdict", [
    # MCS 2025: nickel 2024 Indonesia 2,200,000 t, Philippines 330,000 t; 2023 Australia 149,000 t
    ("Indonesia has overtaken the Philippines in nickel output.", ["PHL"], "supported"),
    ("In 2023 Indonesia surpassed Australia and the Philippines in nickel mining.", ["AUS", "PHL"], "supported"),
    # MCS 2025: rare earths 2024 United States 45,000 t, Burma 31,000 t
    ("The US mined fewer rare earths than Myanmar in 2024.", ["MMR"], "refuted"),
])
def test_passing_verb_and_fewer_than_are_comparisons(checker, text: str, others: list[str], verdict: str) -> None:
    cs = of_kind(checker.check(text, DAY), "comparison")
    assert [c.claim.comparison["other"] for c in cs] == others
    assert {c.verdict.verdict for c in cs} == {verdict}


@pytest.mark.parametrize("text, op", [
    # MCS 2025, lithium 2024: Chile 49,000 t, Argentina 18,000 t
    ("Chile ranks ahead of Argentina in lithium output.", ">"),
    ("Argentina lags Chile in lithium production.", "<"),
    ("Argentina is well behind Chile in lithium mining.", "<"),
])
def test_ahead_behind_and_lags_are_comparisons(checker, text: str, op: str) -> None:
    cs = of_kind(checker.check(text, DAY), "comparison")
    assert [(c.claim.comparison["op"], c.verdict.verdict) for c in cs] == [(op, "supported")]


@pytest.mark.parametrize("text", [
    "The company behind the Chilean lithium project is Albemarle.",
    "Chinese firms are behind most lithium projects in Argentina.",
])
def test_behind_without_two_countries_is_no_comparison(checker, text: str) -> None:
    assert of_kind(checker.check(text, DAY), "comparison") == []


@pytest.mark.parametrize("text", [
    "Myanmar could overtake Australia in rare earth mining.",
    "Myanmar has not yet surpassed Australia in rare earth mining.",
])
def test_passing_not_made_is_no_comparison(checker, text: str) -> None:
    assert of_kind(checker.check(text, DAY), "comparison") == []


@pytest.mark.parametrize("text", [
    "Myanmar mined rare earths in 2024. This means that it has overtaken Australia.",
    "Myanmar mined rare earths in 2024. By then the country had surpassed Australia.",
])
def test_pronoun_subject_of_passing_is_the_country_before(checker, text: str) -> None:
    cs = of_kind(checker.check(text, DAY), "comparison")
    assert [(c.claim.country, c.claim.comparison["other"], c.verdict.verdict) for c in cs] == [
        ("MMR", "AUS", "supported")]  # 31,000 t against 13,000 t (MCS 2025, 2024)


@pytest.mark.parametrize("text", [
    "Chile is the runner-up in lithium production.",
    "In lithium mining, Chile remained the runner-up.",
])
def test_runner_up_is_second_place(checker, text: str) -> None:
    r = of_kind(checker.check(text, DAY), "rank")
    assert [(c.claim.country, c.claim.rank, c.verdict.verdict) for c in r] == [("CHL", 2, "supported")]


# ------------------------------------------------------------------ shares and dominance in words
@pytest.mark.parametrize("text", [
    "The U.S. gets about half its supply of gallium from China.",
    "Japan buys roughly a third their rare earth compounds from China.",
])
def test_fraction_before_its_is_a_share(checker, text: str) -> None:
    shares = of_kind(checker.check(text, DAY), "share")
    assert len(shares) == 1 and shares[0].claim.measure == "imports"


@pytest.mark.parametrize("text", [
    "Gallium, a market dominated by China, is used in chips.",
    "Graphite processing, an industry largely dominated by China, is hard to enter.",
])
def test_market_noun_dominated_by_is_first_place(checker, text: str) -> None:
    r = of_kind(checker.check(text, DAY), "rank")
    assert [(c.claim.country, c.claim.rank, c.verdict.verdict) for c in r] == [("CHN", 1, "supported")]


def test_market_dominated_by_in_a_wish_is_no_rank(checker) -> None:
    assert checker.check("The firm hopes to break into a graphite market dominated by China.", DAY).checks == []


# ------------------------------------------------------------------ leaders listed after their role
@pytest.mark.parametrize("text, isos", [
    # MCS 2025, rare earths 2024: China first, United States second, Burma third
    ("The main rare earth producers are China, the United States and Myanmar.", ["CHN", "USA", "MMR"]),
    # MCS 2025, nickel 2024: Indonesia first, Philippines second, Russia third
    ("Other major nickel producers include the Philippines and Russia.", ["PHL", "RUS"]),
])
def test_leaders_listed_after_their_role_are_among_the_leaders(checker, text: str, isos: list[str]) -> None:
    ranks = of_kind(checker.check(text, DAY), "rank")
    assert [c.claim.country for c in ranks] == isos
    assert {(c.claim.rank_op, c.verdict.verdict) for c in ranks} == {("among", "supported")}


@pytest.mark.parametrize("text", [
    "Its main suppliers of nickel are Indonesia and the Philippines.",
    "The main nickel producers will include Indonesia and the Philippines.",
])
def test_own_suppliers_or_future_list_is_no_rank(checker, text: str) -> None:
    assert of_kind(checker.check(text, DAY), "rank") == []


@pytest.mark.parametrize("text, iso", [
    ("Congo's small-scale miners account for a sizeable part of cobalt output.", "COD"),
    ("Indonesia's nickel smelters supply a large portion of the world's nickel.", "IDN"),
])
def test_vague_share_of_a_countrys_sector_is_its_share(checker, text: str, iso: str) -> None:
    shares = of_kind(checker.check(text, DAY), "share")
    assert [(c.claim.country, c.claim.value, c.verdict.verdict) for c in shares] == [(iso, None, "unverifiable")]


@pytest.mark.rules_only
def test_vague_share_of_a_companys_operations_is_no_claim(checker) -> None:
    assert checker.check("Lynas's operations provide a large share of rare earths outside China.", DAY).checks == []


@pytest.mark.parametrize("text, iso, places", [
    # MCS 2025, cobalt 2024: Congo 220,000 t first, Indonesia 28,000 t second, Russia 8,700 t third
    # (simple present: "has become" would name the article's year, README rule 15)
    ("Cobalt is mined mostly in Congo.\n\nIndonesia is now the number-two producer.", "IDN", 2),
    ("Cobalt is mined mostly in Congo.\n\nRussia is among the three biggest producers.", "RUS", 3),
    ("Russia is one of the 3 largest producers of cobalt.", "RUS", 3),
])
def test_numbered_places_of_the_article_topic(checker, text: str, iso: str, places: int) -> None:
    ranks = of_kind(checker.check(text, DAY), "rank")
    assert [(c.claim.country, c.claim.commodity, c.claim.rank, c.verdict.verdict) for c in ranks] == [
        (iso, "cobalt", places, "supported")]


@pytest.mark.parametrize("text, iso, rank", [
    ("Cobalt is mined mostly in Congo.\n\nCongo remains by far the biggest.", "COD", 1),
    ("Cobalt is mined mostly in Congo.\n\nCongo is the undisputed leader.", "COD", 1),
    ("Cobalt is mined mostly in Congo.\n\nRussia is a distant third.", "RUS", 3),
])
def test_place_without_a_role_noun_is_a_rank_of_the_topic(checker, text: str, iso: str, rank: int) -> None:
    ranks = of_kind(checker.check(text, DAY), "rank")
    assert [(c.claim.country, c.claim.commodity, c.claim.rank, c.verdict.verdict) for c in ranks] == [
        (iso, "cobalt", rank, "supported")]


@pytest.mark.parametrize("text", [
    "Cobalt is mined mostly in Congo.\n\nThe mine in Congo is the biggest.",
    "Cobalt is mined mostly in Congo.\n\nCongo is the biggest risk for buyers.",
    "Cobalt is mined mostly in Congo.\n\nTshisekedi is the leader of Congo.",
])
def test_place_of_something_else_is_no_rank(checker, text: str) -> None:
    assert of_kind(checker.check(text, DAY), "rank") == []


@pytest.mark.parametrize("text, iso, value", [
    # MCS 2025, cobalt 2024: Congo 220,000 of 290,000 t (75.9%), Indonesia 28,000 t (9.7%)
    ("Cobalt is mined mostly in Congo.\n\nCongo's share is about three-quarters.", "COD", 75.0),
    ("Cobalt is mined mostly in Congo.\n\nIndonesia's share was about a tenth in 2024.", "IDN", 10.0),
    ("Cobalt is mined mostly in Congo.\n\nIts share of world supply has climbed to about three quarters.", "COD",
     75.0),
])
def test_share_told_as_a_fraction_after_the_verb(checker, text: str, iso: str, value: float) -> None:
    shares = of_kind(checker.check(text, DAY), "share")
    assert [(c.claim.country, c.claim.value, c.verdict.verdict) for c in shares] == [(iso, value, "supported")]


@pytest.mark.parametrize("text", [
    "Cobalt is mined mostly in Congo.\n\nLynas's share is about half.",
    "Cobalt is mined mostly in Congo.\n\nCongo's share could reach three-quarters by 2030.",
    "Cobalt is mined mostly in Congo.\n\nLynas's share has fallen to about half.",
])
def test_fraction_share_of_a_company_or_a_forecast_is_no_claim(checker, text: str) -> None:
    assert of_kind(checker.check(text, DAY), "share") == []


@pytest.mark.parametrize("text, kind", [
    ("Rare earths are mined mostly in China.\n\nChina, which aims to keep its lead, mined 270,000 t in 2024.",
     "quantity"),
    ("Rare earths are mined mostly in China.\n\nAccording to analysts, who expect prices to rise, China mined "
     "about 69% of global output in 2024.", "share"),
])
def test_plan_in_a_relative_clause_leaves_the_main_clause(checker, text: str, kind: str) -> None:
    found = of_kind(checker.check(text, DAY), kind)  # MCS 2025: China 270,000 t of 390,000 t (69%) in 2024
    assert [(c.claim.country, c.verdict.verdict) for c in found] == [("CHN", "supported")]


def test_plan_in_the_main_clause_after_a_relative_clause_stays_a_non_claim(checker) -> None:
    text = "Graphite is mined in Mozambique.\n\nThe firm, which plans to build a plant, will produce 5,000 t by 2027."
    assert checker.check(text, DAY).checks == []


@pytest.mark.parametrize("text", [
    "Lithium is mined mostly in Australia.\n\nChile's reserves are the world's largest.",
    "Lithium is mined mostly in Australia.\n\nChile's lithium reserves are the largest.",
])
def test_measure_of_a_country_as_subject_of_a_bare_superlative(checker, text: str) -> None:
    ranks = of_kind(checker.check(text, DAY), "rank")  # MCS 2025: Chile 9,300,000 t, first in reserves
    assert [(c.claim.country, c.claim.measure, c.claim.rank, c.verdict.verdict) for c in ranks] == [
        ("CHL", "reserves", 1, "supported")]


@pytest.mark.parametrize("text", [
    "Indonesia is the top nickel producer.\n\nIt accounts for the majority of global nickel supply.",
    "Indonesia is the top nickel producer.\n\nThe country produces most of the world's nickel.",
])
def test_word_share_of_a_pronoun_subject_is_the_carried_country(checker, text: str) -> None:
    shares = of_kind(checker.check(text, DAY), "share")  # MCS 2025: Indonesia 2,200,000 of 3,700,000 t (59%)
    assert [(c.claim.country, c.claim.hedge, c.verdict.verdict) for c in shares] == [("IDN", "more than", "supported")]
