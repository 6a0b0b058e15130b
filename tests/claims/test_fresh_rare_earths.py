"""Rules found on fresh rare-earth articles: phrasings the checker
misread on articles it had never seen. Every sentence here is written for these tests (two
phrasings or more per rule); facts come from the bundled tables:

* ``observations.csv`` (USGS MCS 2025, current 2025-01-31 to 2026-02-05): rare-earth mine
  production 2024 China 270,000 t, United States 45,000 t, Burma 31,000 t, Australia,
  Nigeria and Thailand 13,000 t each, India 2,900 t, Russia 2,500 t, Madagascar 2,000 t,
  Vietnam 300 t, world 390,000 t; reserves China 44 Mt, Brazil 21 Mt, India 6.9 Mt,
  Australia 5.7 Mt, Russia 3.8 Mt. IEA GCMO 2025 (published 2025-05-21): China 91 % of
  rare-earth refining and 94 % of NdFeB magnet production in 2024; IEA GCMO 2024: China 92 %
  of magnet rare-earth refining in 2023.
* ``events.csv``: cn-2025-04-04-no18-medium-heavy-ree (China's licences for seven medium and
  heavy rare earths, 2025-04-04), rus-us-2025-03-30-rdif-talks (an offer statement of
  2025-03-30), eu-2024-04-11-crma (adopted 2024-04-11, in force 2024-05-23),
  us-2025-07-10-dod-mp-* (US$400 million equity, US$150 million loan, US$110/kg price floor),
  aus-2024-12-iluka-additional-loan (A$400 million, December 2024).
"""

from __future__ import annotations

import pytest

from .conftest import one


def kinds(result):  # type: ignore[no-untyped-def]
    return [(c.claim.kind, c.claim.text, c.verdict.verdict) for c in result.checks]


# ------------------------------------------------------- ordinals are never quantities
@pytest.mark.parametrize("sentence", [
    "Russia ranked (8th) in rare earth mine production, with 2,500 tonnes in 2024.",
    "Madagascar came 9th in rare earth mine production in 2024, with 2,000 tonnes.",
    "In 2024 Vietnam was 10th among rare earth producers, at 300 tonnes.",
])
def test_ordinal_digits_are_not_tonnages(checker, sentence: str) -> None:
    r = checker.check(sentence, date="2025-06-01")
    quantities = [c for c in r.checks if c.claim.kind == "quantity"]
    # the ordinal ("8th", "9th", "10th") is no figure of 8, 9 or 10 tonnes: only the real tonnage is read
    assert [c.claim.value for c in quantities] in ([2500.0], [2000.0], [300.0])
    assert all(c.verdict.verdict == "supported" for c in quantities)


@pytest.mark.parametrize("sentence", [
    "China set its mining quota for 2024 at 270,000 tonnes.",
    "The government fixed the ceiling for 2023 at 255,000 tonnes of rare earths.",
])
def test_at_after_a_year_is_no_price_per_tonne(checker, sentence: str) -> None:
    r = checker.check(sentence, date="2024-03-01")
    # "2024 at" is not "2,024 dollars a tonne"
    assert not any(c.claim.unit == "USD/t" for c in r.checks), kinds(r)


# ------------------------------------------------------- someone else's measure
@pytest.mark.parametrize(("sentence", "date"), [
    ("Malaysia's ban on exports of unprocessed rare earths this week cheered US buyers.", "2025-08-23"),
    ("Indonesia's new export ban on rare earth concentrate took effect in June.", "2025-07-15"),
])
def test_another_countrys_measure_is_not_refuted_by_chinas(checker, sentence: str, date: str) -> None:
    r = checker.check(sentence, date=date)
    ev = one(r, "event")
    # China's April 2025 licences share the commodity and the kind of measure, but the ban is
    # Malaysia's (Indonesia's): the table does not hold it, so it is unverifiable, not refuted
    assert ev.verdict.verdict == "unverifiable", ev.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China's ban on exports of seven rare earths in April 2025 hit carmakers.",
    "Beijing's export controls on seven heavy rare earths, imposed in April, hurt carmakers.",
])
def test_the_owners_own_measure_still_matches(checker, sentence: str) -> None:
    r = checker.check(sentence, date="2025-06-01")
    assert one(r, "event").verdict.verdict == "supported"


@pytest.mark.parametrize("sentence", [
    "Trump said on Sunday he will impose secondary tariffs of 25 percent on buyers of Russian oil.",
    "On Sunday the president threatened Russia with new tariffs on its oil buyers.",
])
def test_a_tariff_is_not_settled_by_talks_of_the_same_day(checker, sentence: str) -> None:
    # 2025-03-30 (a Sunday) holds only the RDIF talks (an offer statement), not a tariff
    r = checker.check(sentence, date="2025-03-31")
    assert all(c.verdict.verdict != "supported" for c in r.checks if c.claim.kind == "event"), kinds(r)


# ------------------------------------------------------- the stage named before the share
@pytest.mark.parametrize("sentence", [
    "China refines 90% of the world's rare earth output.",
    "Chinese plants process nearly 90 percent of global rare earth supply.",
    "Beijing dominates the processing stage of rare earths, controlling about 90% of global output.",
])
def test_refining_word_before_a_share_of_output_is_the_refining_stage(checker, sentence: str) -> None:
    # IEA GCMO 2025: China refines 91% (2024); its mining share is only 69% (MCS 2025), which
    # must not refute a figure about refining
    r = checker.check(sentence, date="2025-10-10")
    c = one(r, "share")
    assert c.claim.stage == "refining"
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "China produces 70% of the world's rare earth output.",
    "China mines about 70% of global rare earth output, but refines far more.",
])
def test_a_mining_share_of_output_stays_mining(checker, sentence: str) -> None:
    r = checker.check(sentence, date="2025-10-10")
    c = next(x for x in r.checks if x.claim.kind == "share")
    assert c.claim.stage != "refining"
    assert c.verdict.verdict == "supported", c.verdict.explanation  # MCS 2025: 69.2%


@pytest.mark.parametrize("sentence", [
    "In 2024-2025 China refined about 90% of the world's rare earths.",
    "Over 2024\u20132025, China processed roughly 90 percent of global rare earth supply.",
])
def test_a_range_closed_by_the_running_year_dates_no_figure(checker, sentence: str) -> None:
    # written in 2025: 2025 is not over, so the figure is the latest year's (2024, IEA GCMO 2025: 91%)
    r = checker.check(sentence, date="2025-07-18")
    c = one(r, "share")
    assert c.claim.year != 2025
    assert c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "Malaysia refines about 12% of the world's rare earths.",
    "Malaysian plants process around 13 percent of global rare earth supply.",
])
def test_a_share_only_a_superseded_outlook_gives_is_not_refuted(checker, sentence: str) -> None:
    # Malaysia's refining share is published only in IEA GCMO 2024 (5% of magnet rare earths,
    # 2023); on 2025-08-26 GCMO 2025 is the current outlook and does not give it (rule 3 d)
    r = checker.check(sentence, date="2025-08-26")
    assert one(r, "share").verdict.verdict == "unverifiable"
    # while GCMO 2024 was current, its magnet-REE share (another basis) did not settle it either
    r = checker.check(sentence, date="2024-08-26")
    assert one(r, "share").verdict.verdict == "unverifiable"


# ------------------------------------------------------- public funding with its amount
#: an article's opening, naming the commodity (funding sentences rarely do)
_RARE_EARTH_CONTEXT = "Rare earths are mined in Australia and in California.\n\n"


def funding(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "event" and (c.claim.event or {}).get("type") == "funding"]


@pytest.mark.parametrize(("sentence", "date"), [
    ("Canberra's government will lend Iluka Resources a further A$400 million for its Eneabba refinery.", "2024-12-21"),
    ("The Australian government has committed an extra A$400m to Iluka's rare earths refinery at Eneabba.", "2025-01-15"),
    ("The Australian government first backed Iluka with a A$1.25 billion loan for the Eneabba refinery.", "2024-12-21"),
    ("The Pentagon is buying $400 million of MP Materials preferred stock.", "2025-07-12"),
    ("Under the deal the Department of Defense invests US$400 million in MP Materials.", "2025-08-01"),
    ("The DoD also guarantees MP Materials a price floor of $110 per kilogram for NdPr.", "2025-07-12"),
    ("MP Materials gets a Pentagon price floor of US$110 a kilogram on its neodymium-praseodymium.", "2025-09-01"),
])
def test_public_funding_with_the_tabled_amount_is_supported(checker, sentence: str, date: str) -> None:
    r = checker.check(_RARE_EARTH_CONTEXT + sentence, date=date)
    f = funding(r)
    assert len(f) == 1, kinds(r)
    assert f[0].verdict.verdict == "supported", f[0].verdict.explanation
    # the amount is no production, export or market price figure
    assert not any(c.claim.kind == "quantity" for c in r.checks), kinds(r)


@pytest.mark.parametrize(("sentence", "date"), [
    ("The Pentagon is buying $600 million of MP Materials preferred stock.", "2025-07-12"),
    ("The Australian government will lend Iluka a further A$700 million for Eneabba.", "2025-01-15"),
])
def test_an_amount_the_table_does_not_hold_is_unverifiable_not_refuted(checker, sentence: str, date: str) -> None:
    f = funding(checker.check(_RARE_EARTH_CONTEXT + sentence, date=date))
    assert len(f) == 1
    assert f[0].verdict.verdict == "unverifiable"  # another tranche may exist: never refuted


@pytest.mark.parametrize(("sentence", "date"), [
    # the funding is dated after the article: it cannot be what the article reports
    ("The Pentagon is buying $400 million of MP Materials preferred stock.", "2025-06-01"),
])
def test_funding_dated_after_the_article_does_not_support_it(checker, sentence: str, date: str) -> None:
    f = funding(checker.check(_RARE_EARTH_CONTEXT + sentence, date=date))
    assert f and f[0].verdict.verdict == "unverifiable"


@pytest.mark.parametrize("sentence", [
    "The government unveiled a $156 million subsidy program for magnet makers.",  # a programme (rule 10)
    "The refinery's capital cost rose to A$1.7 billion, the government said.",  # a project budget
    "Iluka raised its own equity contribution to A$214m after the government's decision.",  # the payer is Iluka
    "MP Materials shares surged to $46 after the Pentagon stake was announced.",  # a share price
])
def test_plans_costs_and_company_money_are_no_funding_claims(checker, sentence: str) -> None:
    assert funding(checker.check(_RARE_EARTH_CONTEXT + sentence, date="2025-07-12")) == []


# ------------------------------------------------------- "100%" is not loosely right
@pytest.mark.parametrize("sentence", [
    "100% of the world's magnet rare earths are refined in China.",
    "China refines 100 percent of the world's magnet rare earths.",
])
def test_a_whole_is_refuted_by_a_part(checker, sentence: str) -> None:
    # IEA GCMO 2024 (current on 2024-06-01): China 92% of magnet rare-earth refining in 2023
    r = checker.check(sentence, date="2024-06-01")
    assert one(r, "share").verdict.verdict == "refuted"


# ------------------------------------------------------- "MT" spelled out as million tonnes
@pytest.mark.parametrize("text", [
    "India holds 6.9 million tonnes (MT) of rare earth reserves.\n\nChina has 44 MT of reserves and Brazil about 21 MT.",
    "Reserves are counted in million metric tons (MT).\n\nBrazil's rare earth reserves stand at 21 MT.",
])
def test_mt_defined_as_million_tonnes(checker, text: str) -> None:
    r = checker.check(text, date="2025-10-15")
    qs = [c for c in r.checks if c.claim.kind == "quantity" and c.claim.value and c.claim.value >= 1e7]
    assert qs and all(c.verdict.verdict == "supported" for c in qs), kinds(r)


def test_mt_without_the_definition_stays_tonnes(checker) -> None:
    r = checker.check("India mined 2,900 MT of rare earths in 2024.", date="2025-10-15")
    c = one(r, "quantity")
    assert c.claim.value == 2900.0 and c.verdict.verdict == "supported"


# ------------------------------------------------------- who holds the rank
@pytest.mark.parametrize(("text", "want"), [
    ("India ranks third in rare earth reserves.\n\nChina and Brazil ranked first and second respectively.",
     {"CHN": 1, "BRA": 2}),
    ("Brazil and India ranked second and third, respectively, in rare earth reserves.", {"BRA": 2, "IND": 3}),
])
def test_ranked_respectively(checker, text: str, want: dict[str, int]) -> None:
    r = checker.check(text, date="2025-10-15")
    got = {c.claim.country: c.claim.rank for c in r.checks if c.claim.kind == "rank"
           and c.claim.sentence_span[0] == r.checks[-1].claim.sentence_span[0]}
    assert got == want
    assert all(c.verdict.verdict == "supported" for c in r.checks if c.claim.kind == "rank")


@pytest.mark.parametrize("sentence", [
    "The USA mined 45,000 tonnes of rare earths in 2024 and took second place, followed by Myanmar.",
    "In 2024 the United States came second in rare earth mine production, followed by Burma and Australia.",
])
def test_followed_by_names_the_next_not_the_ranked(checker, sentence: str) -> None:
    r = checker.check(sentence, date="2025-10-15")
    rk = one(r, "rank")
    assert rk.claim.country == "USA" and rk.claim.rank == 2
    assert rk.verdict.verdict == "supported"


# ------------------------------------------------------- laws named by title, entry into force
@pytest.mark.parametrize(("sentence", "date"), [
    ("The European Commission said on May 23 that the European Critical Raw Materials Act went into force.", "2024-05-24"),
    ("The EU Critical Raw Materials Act entered into force on 23 May 2024.", "2024-06-10"),
    ("Brussels adopted the Critical Raw Materials Act on 11 April 2024.", "2024-06-10"),
])
def test_a_law_named_by_its_title_is_found_with_its_dates(checker, sentence: str, date: str) -> None:
    # eu-2024-04-11-crma: adopted 2024-04-11, in force 2024-05-23
    assert one(checker.check(sentence, date=date), "event").verdict.verdict == "supported"


@pytest.mark.parametrize("sentence", [
    "The EU Critical Raw Materials Act came into force in April 2024.",
    "Europe's Critical Raw Materials Act took effect on 1 March 2024.",
])
def test_a_named_law_with_a_wrong_date_is_partly_supported(checker, sentence: str) -> None:
    assert one(checker.check(sentence, date="2024-06-10"), "event").verdict.verdict == "partly_supported"


# ------------------------------------------------------- halting enforcement is a suspension
@pytest.mark.parametrize("sentence", [
    "The order halts enforcement of China's October rare earth measures until November 10, 2026.",
    "Beijing froze implementation of its October rare earth controls until November 10, 2026.",
])
def test_halting_enforcement_until_a_date_is_the_suspension(checker, sentence: str) -> None:
    # cn-2025-11-07-no70-suspension ends 2026-11-10
    ev = one(checker.check(sentence, date="2025-11-12"), "event")
    assert ev.claim.event["type"] == "suspension"
    assert ev.verdict.verdict == "supported", ev.verdict.explanation


# ------------------------------------------------------- armed groups seizing mines
@pytest.mark.parametrize(("sentence", "date"), [
    ("When rebels seized Myanmar's rare earth mining belt in October, supplies to China fell.", "2025-03-28"),
    ("The Kachin Independence Army captured Myanmar's Pangwa rare earth hub on October 19, 2024.", "2025-01-10"),
    ("Rebels took control of Myanmar's Kanpaiti rare earth mines in November.", "2025-01-10"),
])
def test_seizure_of_mining_areas_is_an_event(checker, sentence: str, date: str) -> None:
    # mmr-2024-10-19-kia-takes-pangwa, mmr-2024-11-26-kia-takes-kanpaiti
    ev = one(checker.check(sentence, date=date), "event")
    assert ev.verdict.verdict == "supported", ev.verdict.explanation


# ------------------------------------------------------- the kind of measure is read from whole words
@pytest.mark.parametrize("sentence", [
    "BANGKOK: When rebels seized Myanmar's rare earth mining belt in October, supplies to China fell.",
    "URBANA: Rebels captured Myanmar's Pangwa rare earth hub in October, traders said.",
])
def test_a_dateline_is_no_ban(checker, sentence: str) -> None:
    ev = one(checker.check(sentence, date="2025-03-28"), "event")
    assert ev.claim.event["type"] == "disruption"  # a seizure, not "control" from the letters of BANGKOK / URBANA
    assert "Pangwa" in ev.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "In Busan on October 30, 2025, China agreed to suspend its October rare earth measures for a year.",
    "China agreed to pause the October rare earth controls for a year at the Busan meeting of October 30, 2025.",
])
def test_agreed_to_names_an_agreement(checker, sentence: str) -> None:
    ev = one(checker.check(sentence, date="2025-11-03"), "event")
    assert ev.claim.event["type"] == "agreement"
    assert ev.verdict.verdict == "supported", ev.verdict.explanation


# ------------------------------------------------------- project costs and market sizes are no figures
@pytest.mark.rules_only
@pytest.mark.parametrize("sentence", [
    "Australia's Eneabba rare earths refinery now has a capital cost of A$1.7bn ($1.09bn) to A$1.8bn ($1.16bn).",
    "India's rare earth magnet makers eye a $9.6 billion market by 2027.",
    "To cover cost overruns on the rare earths refinery, Australia set up a A$150m ($96m) facility.",
])
def test_costs_budgets_and_market_sizes_are_not_quantities(checker, sentence: str) -> None:
    r = checker.check(sentence, date="2024-12-20")
    assert not [c for c in r.checks if c.claim.kind == "quantity"], kinds(r)


def test_a_trade_value_stays_a_claim(checker) -> None:
    # "valued at" states what was traded (a figure), not what a project costs
    r = checker.check("Rare earths valued at $803 million were exported from Myanmar in 2021.", date="2024-01-10")
    assert [c for c in r.checks if c.claim.kind == "quantity"], kinds(r)


# ------------------------------------------------------- "China's 70% grip on rare earths"
@pytest.mark.parametrize(("sentence", "stage"), [
    ("China's 70 per cent grip on rare earths worries carmakers.", None),
    ("Beijing's 90% stranglehold on rare earth refining worries Europe.", "refining"),
    ("China's 70% control of rare earth mining is a risk.", "mining"),
])
def test_a_possessive_share_with_grip_or_control(checker, sentence: str, stage: str | None) -> None:
    c = one(checker.check(sentence, date="2025-06-22"), "share")
    assert c.claim.country == "CHN" and c.claim.stage == stage
    assert c.verdict.verdict == "supported", c.verdict.explanation  # MCS 2025 69.2%; IEA GCMO 2025 91%


# ------------------------------------------------------- ranks stated with the country as object / in a relative clause
@pytest.mark.parametrize(("sentence", "country", "rank"), [
    ("Other estimates rank Russia 5th worldwide in rare earth reserves.", "RUS", 5),
    ("Analysts rank Brazil second in rare earth reserves.", "BRA", 2),
    ("The survey places India third for rare earth reserves.", "IND", 3),
])
def test_rank_with_the_country_as_object(checker, sentence: str, country: str, rank: int) -> None:
    c = one(checker.check(sentence, date="2025-03-31"), "rank")
    assert (c.claim.country, c.claim.rank) == (country, rank)
    assert c.verdict.verdict == "supported"  # MCS 2025 reserves: CHN, BRA, IND, AUS, RUS


@pytest.mark.parametrize("sentence", [
    "In February Putin said US firms might explore deposits in Russia, which has the world's fifth-largest "
    "rare earth reserves.",
    "Washington could invest in Russia, which holds the fifth-largest rare earth reserves in the world.",
])
def test_a_relative_clause_states_a_rank_despite_a_modal_before(checker, sentence: str) -> None:
    c = one(checker.check(sentence, date="2025-04-01"), "rank")
    assert c.claim.country == "RUS" and c.verdict.verdict == "supported", c.verdict.explanation


@pytest.mark.parametrize("sentence", [
    "The company might become the second-largest rare earth producer.",
    "Vietnam could be the second-largest holder of rare earth reserves.",
])
def test_a_modal_rank_is_still_no_claim(checker, sentence: str) -> None:
    assert not [c for c in checker.check(sentence, date="2025-04-01").checks if c.claim.kind == "rank"]


@pytest.mark.parametrize("sentence", [
    "China's 70 per cent grip on rare earths fuels urgency, but India's response feels slow against a "
    "$9.6 billion market by 2027.",
    "China controls 70% of rare earth mining, while India hopes to build a $2 billion industry by 2030.",
])
def test_a_future_year_of_another_clause_does_not_date_the_figure(checker, sentence: str) -> None:
    c = one(checker.check(sentence, date="2025-06-22"), "share")
    assert c.claim.year is None or c.claim.year <= 2025
    assert c.verdict.verdict == "supported", c.verdict.explanation


# ------------------------------------------------------- "reached an agreement", "at the end of October"
@pytest.mark.parametrize("sentence", [
    "Talks followed, and at the end of October the leaders of China and the US met in Busan and reached an agreement.",
    "China and the United States reached a trade deal in Busan at the end of October.",
])
def test_reaching_an_agreement_at_the_end_of_a_month(checker, sentence: str) -> None:
    # us-cn-2025-10-30-busan
    ev = one(checker.check(_RARE_EARTH_CONTEXT + sentence, date="2025-11-07"), "event")
    assert ev.claim.event["dates"] == [("2025-10", "month")]
    assert ev.verdict.verdict == "supported", ev.verdict.explanation


# ------------------------------------------------------- "The law was adopted on <day>" after the measure's sentence
@pytest.mark.parametrize(("text", "verdict"), [
    ("China added five rare earths to its export controls.\n\nThe rules were adopted on October 9, 2025.", "supported"),
    ("Beijing widened its rare earth export controls.\n\nThe measure was announced on 9 October 2025.", "supported"),
    # another day: the table has no such measure of those commodities, which cannot refute it
    ("China added five rare earths to its export controls.\n\nThe rules were adopted on October 14, 2025.", "unverifiable"),
])
def test_an_anaphoric_measure_dated_to_the_day(checker, text: str, verdict: str) -> None:
    evs = [c for c in checker.check(text, date="2025-10-20").checks if c.claim.kind == "event"]
    assert evs[-1].verdict.verdict == verdict, evs[-1].verdict.explanation


# ------------------------------------------------------- bracketed ordinals after a country
@pytest.mark.parametrize(("sentence", "want"), [
    ("In 2024 rare earth mine production placed Nigeria (fourth), Thailand (fifth) and Australia (sixth), at "
     "about 13,000 tonnes each.", {"NGA": 4, "THA": 5, "AUS": 6}),
    ("Russia ranked (8th) in rare earth production in 2024, ahead of Madagascar (9th) and Vietnam (10th).",
     {"RUS": 8, "MDG": 9, "VNM": 10}),
])
def test_bracketed_ordinals_rank_the_country_before(checker, sentence: str, want: dict[str, int]) -> None:
    r = checker.check(sentence, date="2025-10-15")
    got = {c.claim.country: c.claim.rank for c in r.checks if c.claim.kind == "rank"}
    assert got == want
    assert all(c.verdict.verdict == "supported" for c in r.checks if c.claim.kind == "rank")


def test_a_bracketed_ordinal_after_no_country_ranks_nothing(checker) -> None:
    r = checker.check("The company's mine ranked (third) by output of rare earths in 2024.", date="2025-10-15")
    assert not [c for c in r.checks if c.claim.kind == "rank"]


def test_a_stock_has_no_trade_partner(checker) -> None:
    # "imports, primarily from China" qualifies the imports, not the reserves
    r = checker.check("Although India holds 6.9 million tonnes of rare earth reserves, it depends heavily on "
                      "imports, primarily from China.", date="2025-06-20")
    assert one(r, "quantity").verdict.verdict == "supported"


# ------------------------------------------------------- whose figure, which year (found on a second set of articles)
@pytest.mark.parametrize("sentence", [
    "China mined 270,000 tons of rare earths in 2024, a majority of the world's 390,000 tons.",
    "In 2024 the globe's 390,000 tonnes of rare earth output were led by China.",
])
def test_the_worlds_figure_is_the_worlds(checker, sentence: str) -> None:
    r = checker.check(sentence, date="2025-06-01")
    world = [c for c in r.checks if c.claim.kind == "quantity" and c.claim.value == 390000.0]
    assert world and world[0].claim.country == "WLD" and world[0].verdict.verdict == "supported"


@pytest.mark.parametrize("sentence", [
    "In 2023 China mined 240,000 tons of rare earths, a sharp rise from 210,000 tons in 2022.",
    "China produced 240,000 tonnes of rare earths, up from 210,000 tonnes in 2022.",
])
def test_the_year_after_from_dates_the_earlier_figure(checker, sentence: str) -> None:
    r = checker.check(sentence, date="2024-06-01")
    qs = {c.claim.value: c for c in r.checks if c.claim.kind == "quantity"}
    assert qs[240000.0].claim.year != 2022 and qs[240000.0].verdict.verdict == "supported"
    assert qs[210000.0].verdict.verdict == "supported"


@pytest.mark.parametrize("text", [
    "Vietnam mined 600 tons of rare earths in 2023.\n\nThis is out of reserves of 22 million tons, the second "
    "largest in the world after China.",
    "Vietnam's rare earth output fell to 600 tons in 2023. That compares with reserves of 22 million tons, "
    "second only to China.",
])
def test_a_reference_country_is_not_the_owner_of_the_figure(checker, text: str) -> None:
    r = checker.check(text, date="2024-06-01")  # MCS 2024: Vietnam 22 Mt, China 44 Mt
    q = next(c for c in r.checks if c.claim.kind == "quantity" and c.claim.value == 22e6)
    assert q.claim.country != "CHN" and q.verdict.verdict != "refuted"


@pytest.mark.parametrize("text", [
    "China mined 240,000 tons of rare earths in 2023. This output represents nearly 70% of the global total.",
    "China mined 240,000 tons of rare earths in 2023. That figure accounts for about 70% of world output.",
])
def test_this_output_carries_the_subject(checker, text: str) -> None:
    s = one(checker.check(text, date="2024-06-01"), "share")
    assert s.claim.country == "CHN" and s.verdict.verdict == "supported"  # MCS 2024: 68.6%


@pytest.mark.parametrize("sentence", [
    "The Southeast Asian country has the second-largest rare earth reserves following China.",
    "The country holds the world's second-largest rare earth reserves, trailing only China.",
])
def test_the_reference_of_an_order_is_not_ranked(checker, sentence: str) -> None:
    r = checker.check(sentence, date="2023-02-15")
    assert not [c for c in r.checks if c.claim.kind == "rank" and c.claim.country == "CHN" and c.claim.rank == 2]
