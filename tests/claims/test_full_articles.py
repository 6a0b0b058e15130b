"""Whole articles as users paste them (issue 6): page furniture, datelines, lists, monthly
figures, ranges and forecasts must not turn into claims, wrong years or false contradictions.

Reference figures (``src/critmin/data/observations.csv``, USGS MCS 2025): rare earths, mine
production 2024, China 270,000 t and world 390,000 t REO; cobalt, mine production 2024,
Congo (Kinshasa) 220,000 t of world 290,000 t. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import one

MID_2025 = "2025-06-01"


def quantities(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "quantity"]


# ---------------------------------------------------------------- "the world's largest producer"
@pytest.mark.parametrize("text", [
    "Customs figures showed the world's leading producer of rare earths shipped 390,000 tons of them in 2024.",
    "Last year the world's No. 1 rare earth miner dug up 390,000 tons, according to the customs office.",
])
def test_the_worlds_largest_producer_is_not_the_world(checker, text: str) -> None:
    q = one(checker.check(text, MID_2025), "quantity")
    # 390,000 t is the world's 2024 output: read as a world total it would be "supported"
    assert q.claim.country != "WLD"
    assert q.verdict.verdict != "supported"


def test_a_world_total_is_still_a_world_total(checker) -> None:
    q = one(checker.check("Global rare earth mine output reached 390,000 tons in 2024.", MID_2025), "quantity")
    assert q.claim.country == "WLD" and q.verdict.verdict == "supported"


# ---------------------------------------------------------------- "last year" at the figure
@pytest.mark.parametrize(("text", "years"), [
    ("In the first five months of this year Chinese smelters shipped 21,000 tons of rare earths abroad, "
     "against 19,500 tons in the same period last year.", [2025, 2024]),
    ("China exported 21,000 tons of rare earths in January-May 2025, while last year's exports for those "
     "months were 19,500 tons.", [2025, 2024]),
])
def test_last_year_next_to_a_figure_dates_it(checker, text: str, years: list[int]) -> None:
    r = checker.check(text, MID_2025)
    assert [c.claim.year for c in quantities(r)] == years
    assert r.contradictions == []


def test_last_year_in_a_comparison_does_not_date_the_figure(checker) -> None:
    q = one(checker.check("China mined 270,000 tons of rare earths in 2024, up from last year.", MID_2025), "quantity")
    assert q.claim.year == 2024


# ---------------------------------------------------------------- ranges and alternatives
@pytest.mark.parametrize("text", [
    "Congo mined somewhere between 200,000 and 240,000 tons of cobalt in 2024.",
    "In 2024 Congo's cobalt mines produced 200,000 to 240,000 tons, depending on the count used.",
    "Congo's cobalt output in 2024 was put at 200,000 or 240,000 tons by two different agencies.",
])
def test_a_range_or_alternatives_are_not_a_contradiction(checker, text: str) -> None:
    r = checker.check(text, MID_2025)
    assert quantities(r)  # one range or two alternatives, never a contradiction
    assert r.contradictions == []


def test_two_separate_figures_for_one_quantity_still_contradict(checker) -> None:
    r = checker.check("Congo mined 200,000 tons of cobalt in 2024. Later the text says Congo's "
                      "cobalt mines produced 150,000 tons in 2024.", MID_2025)
    assert [c.kind for c in r.contradictions] == ["different_figures"]


def test_a_range_counts_as_its_whole_interval(checker) -> None:
    # 215,000 lies inside the range given earlier: no contradiction
    r = checker.check("Congo mined between 200,000 and 240,000 tons of cobalt in 2024. "
                      "Another estimate puts Congo's 2024 cobalt production at 215,000 tons.", MID_2025)
    assert r.contradictions == []


def test_a_country_read_from_another_paragraph_raises_no_contradiction(checker) -> None:
    r = checker.check("Congo produced 220,000 tons of cobalt in 2024.\n\nA trading house with mines in Zambia "
                      "said its cobalt production was 30,000 tons in 2024.", MID_2025)
    assert r.contradictions == []


# ---------------------------------------------------------------- forecasts
@pytest.mark.parametrize("text", [
    "The miner forecasts that Congo will ship 300,000 tons of cobalt in 2026.",
    "Congo's mining ministry expects cobalt output of 310,000 tons in 2026.",
])
def test_forecast_wording_makes_no_claim(checker, text: str) -> None:
    assert quantities(checker.check(text, MID_2025)) == []


def test_last_years_figure_in_a_forecast_sentence_is_still_a_claim(checker) -> None:
    r = checker.check("The ministry expects cobalt output in Congo of 250,000 tons this year, after "
                      "last year's 220,000 tons.", MID_2025)
    q = one(r, "quantity")
    assert q.claim.value == 220000 and q.claim.year == 2024 and q.verdict.verdict == "supported"


# ---------------------------------------------------------------- part of a year
@pytest.mark.parametrize("text", [
    "China mined 120,000 tons of rare earths in the first half of 2024.",
    "Chinese rare earth mine output reached 31,000 tons in March 2024 alone.",
    "China's rare earth production for January-April 2024 came to 88,000 tons.",
])
def test_a_figure_for_part_of_a_year_is_not_judged_against_annual_data(checker, text: str) -> None:
    q = one(checker.check(text, MID_2025), "quantity")
    assert q.verdict.verdict == "unverifiable"
    assert "part of a year" in q.verdict.explanation


def test_a_month_that_dates_the_source_does_not_make_the_figure_monthly(checker) -> None:
    q = one(checker.check("China mined 270,000 tons of rare earths in 2024, the survey said in January.", MID_2025),
            "quantity")
    assert q.verdict.verdict == "supported"


# ---------------------------------------------------------------- page furniture
@pytest.mark.parametrize("line", [
    "Related: China mined 300,000 tons of rare earths in 2024, traders say",
    "READ ALSO: Congo's cobalt output hit 100,000 tons in 2024",
    "See also - China's 2024 rare earth production fell to 200,000 tons",
])
def test_link_lines_to_other_articles_make_no_claim(checker, line: str) -> None:
    r = checker.check("China mined 270,000 tons of rare earths in 2024.\n" + line + "\nThe end.", MID_2025)
    assert [c.claim.value for c in r.checks if c.claim.kind == "quantity"] == [270000]


# ---------------------------------------------------------------- events that are no events
@pytest.mark.parametrize("text", [
    "Trade statistics released by the customs office on Friday did not split rare earths by element.",
    "A more detailed breakdown of rare earth shipments will also be released on March 20.",
    "Monthly data on rare earth exports first began in 2014, the customs office said.",
    "Scrap magnets, which are not restricted, left China freely in May.",
])
def test_data_releases_futures_and_negations_are_not_events(checker, text: str) -> None:
    r = checker.check(text, MID_2025)
    assert [c.claim.text for c in r.checks if c.claim.kind == "event"  # (the rules'; not the learned fallback's)
            and "detector score" not in c.verdict.explanation] == []


def test_a_policy_event_is_still_found(checker) -> None:
    r = checker.check("On April 4, 2025, China imposed export controls on seven rare earth elements.", MID_2025)
    assert one(r, "event").verdict.verdict == "supported"


# ---------------------------------------------------------------- lists and tables
# USGS MCS 2025, reserves 2024 (t REO): China 44,000,000; Brazil 21,000,000; India 6,900,000;
# Australia 5,700,000; Russia 3,800,000; Vietnam 3,500,000; United States 1,900,000
RANKED_LISTS = [
    "Rare earth reserves: the biggest holders are listed below.\n\n"
    "1. China: 44 million metric tons\n2. Brazil: 21 million metric tons\n3. Australia: 5.7 million metric tons\n"
    "4. India: 6.9 million metric tons\n",
    "Which nations have the largest rare earth reserves?\n"
    "1) China - 44,000,000 tonnes\n2) Brazil - 21,000,000 tonnes\n3) Australia - 5,700,000 tonnes\n"
    "4) India - 6,900,000 tonnes\n",
]


@pytest.mark.parametrize("text", RANKED_LISTS)
def test_a_numbered_ranking_list_gives_each_country_its_position(checker, text: str) -> None:
    r = checker.check(text, MID_2025)
    q = {c.claim.country: c.verdict.verdict for c in r.checks if c.claim.kind == "quantity"}
    assert q == {"CHN": "supported", "BRA": "supported", "AUS": "supported", "IND": "supported"}
    ranks = {c.claim.country: (c.claim.rank, c.verdict.verdict) for c in r.checks if c.claim.kind == "rank"}
    # India (6.9 Mt) is third and Australia (5.7 Mt) fourth in MCS 2025
    assert ranks["CHN"] == (1, "supported") and ranks["BRA"] == (2, "supported")
    assert ranks["IND"] == (4, "refuted")
    assert [x.kind for x in r.contradictions] == ["ordinal_vs_list"]
    assert "Australia" in r.contradictions[0].explanation


def test_a_list_without_a_ranking_heading_claims_no_ranks(checker) -> None:
    r = checker.check("Rare earth reserves held by some countries:\n1. India: 6.9 million metric tons\n"
                      "2. Brazil: 21 million metric tons\n", MID_2025)
    assert [c.claim.kind for c in r.checks] == ["quantity", "quantity"]
    assert r.contradictions == []


@pytest.mark.parametrize("text", [
    "Rare earth mine production in 2023 (tonnes):\n- China: 240000\n- Myanmar: 38000\n",
    "| Country | Rare earth output, 2023 (t) |\n|---|---|\n| China | 240,000 |\n| Myanmar | 38,000 |\n",
    "Rare earths: mine production by country, 2023\nin tonnes\nChina\n240,000\nMyanmar\n38,000\n",
])
def test_rows_of_a_list_or_table_take_measure_unit_and_year_from_the_heading(checker, text: str) -> None:
    # MCS 2024 gives 2023 mine production: China 240,000 t, Myanmar 38,000 t
    r = checker.check(text, "2024-06-01")
    got = [(c.claim.country, c.claim.measure, c.claim.year, c.claim.unit, c.verdict.verdict) for c in r.checks]
    assert got == [("CHN", "production", 2023, "t", "supported"), ("MMR", "production", 2023, "t", "supported")]


def test_short_paragraphs_of_prose_are_not_table_rows(checker) -> None:
    # one-sentence paragraphs end with a full stop: the year of the line before is not theirs
    r = checker.check("Rare earth reserves were revised in 2019.\nChina holds 44 million tonnes of reserves.", MID_2025)
    q = one(r, "quantity")
    assert q.claim.year is None and q.verdict.verdict == "supported"


# ---------------------------------------------------------------- the measure of the sentence before
@pytest.mark.parametrize("text", [
    "Known rare earth reserves worldwide exceed 90 million tonnes. Brazil has 21 million tonnes, accounting for about 23%.",
    "Rare earth reserves around the globe top 90 million tonnes. Brazil, with 21 million tonnes, holds 23%.",
])
def test_a_share_takes_the_reserves_of_the_sentence_before(checker, text: str) -> None:
    s = one(checker.check(text, MID_2025), "share")
    assert s.claim.measure == "reserves" and s.verdict.verdict != "refuted"


@pytest.mark.parametrize("text", [
    "Rare earth reserves worldwide exceed 90 million tonnes. Brazil ranks second with 21 million tonnes.",
    "Rare earth reserves total more than 90 million tonnes. Brazil comes second, holding 21 million tonnes.",
])
def test_a_bare_rank_takes_the_reserves_of_the_sentence_before(checker, text: str) -> None:
    rk = one(checker.check(text, MID_2025), "rank")
    assert rk.claim.measure == "reserves" and rk.verdict.verdict == "supported"


# ---------------------------------------------------------------- shares of groups
@pytest.mark.parametrize("text", [
    "China holds nearly half of global rare earth reserves. Together, the six biggest holders account "
    "for 80% of global reserves.",
    "China controls almost 50% of the world's rare earth reserves, while the top six countries combined "
    "hold some 80% of world reserves.",
])
def test_a_groups_share_is_not_added_to_a_countrys(checker, text: str) -> None:
    assert checker.check(text, MID_2025).contradictions == []


def test_country_shares_over_100_percent_still_contradict(checker) -> None:
    r = checker.check("China holds 70% of global rare earth reserves. Brazil holds 40% of global "
                      "rare earth reserves.", MID_2025)
    assert [c.kind for c in r.contradictions] == ["total_mismatch"]


# ---------------------------------------------------------------- list items titled by a country
# USGS MCS 2025, mine production 2024 (t REO): China 270,000 (1st), United States 45,000 (2nd),
# Burma 31,000 (3rd); reserves: United States 1,900,000
@pytest.mark.parametrize("text", [
    "Who mined the most rare earths in 2024?\n\n3. Myanmar\nMine production: 31,000 metric tons\n\n"
    "2. United States\nMine production: 45,000 metric tons\nReserves: 1.9 million metric tons\n\n"
    "1. China\nMine production: 270,000 metric tons\n",
    "Leading rare earth miners, 2024\n- Myanmar:\n  Output: 31,000 t\n- United States:\n  Output: 45,000 t\n"
    "  Reserves: 1.9 million t\n- China:\n  Output: 270,000 t\n",
])
def test_the_lines_of_a_list_item_belong_to_the_country_in_its_title(checker, text: str) -> None:
    r = checker.check(text, MID_2025)
    q = [(c.claim.country, c.claim.measure, c.verdict.verdict) for c in r.checks if c.claim.kind == "quantity"]
    assert q == [("MMR", "production", "supported"), ("USA", "production", "supported"),
                 ("USA", "reserves", "supported"), ("CHN", "production", "supported")]


def test_a_numbered_title_under_a_ranking_heading_is_a_rank(checker) -> None:
    r = checker.check("The biggest rare earth miners of 2024:\n\n2. Myanmar\nMine production: 31,000 metric tons\n\n"
                      "1. China\nMine production: 270,000 metric tons\n", MID_2025)
    ranks = {c.claim.country: (c.claim.rank, c.verdict.verdict) for c in r.checks if c.claim.kind == "rank"}
    assert ranks == {"MMR": (2, "refuted"), "CHN": (1, "supported")}


# ---------------------------------------------------------------- sentence splitting
@pytest.mark.parametrize(("text", "n"), [
    ("Lynas said its Mt. Weld mine in Australia produced 13,000 tons of rare earths in 2024. Prices fell.", 2),
    ("Output at Mt. Holland, Western Australia, started in 2024. Lithium prices fell.", 2),
    ("Brazil holds 21 Mt. China holds 44 Mt. India follows.", 3),
])
def test_mt_is_a_mountain_before_a_name_and_megatonnes_after_a_figure(text: str, n: int) -> None:
    from critmin.claims.extract import split_sentences

    assert len(split_sentences(text)) == n


# ---------------------------------------------------------------- figures that can both hold
@pytest.mark.parametrize("text", [
    # two editions: MCS 2024 gave China 240,000 t for 2023, MCS 2025 revised it to 255,000 t
    "The 2024 edition of the USGS summaries had China mining 240,000 tons of rare earths in 2023. The "
    "following edition revised China's 2023 output to 255,000 tons.",
    "China's 2023 rare earth production, first put at 240,000 tons, was later revised to 255,000 tons for 2023.",
    # two sources for one quantity, each in its own clause
    "The USGS puts China's 2024 rare earth output at 270,000 tons, while the BGS puts China's 2024 "
    "rare earth production at 300,000 tons.",
    # two bases: oxide content and ore by gross weight
    "China mined 270,000 tons of rare earth oxide in 2024. Counted as ore, China produced 600,000 tons "
    "of rare earth concentrate in 2024.",
])
def test_revisions_sources_and_bases_are_no_contradiction(checker, text: str) -> None:
    r = checker.check(text, MID_2025)
    assert quantities(r)  # one range or two alternatives, never a contradiction
    assert r.contradictions == []


def test_one_source_giving_two_figures_still_contradicts(checker) -> None:
    r = checker.check("China mined 270,000 tons of rare earths in 2024, according to the USGS. China "
                      "produced 200,000 tons of rare earths in 2024, the USGS said.", MID_2025)
    assert [c.kind for c in r.contradictions] == ["different_figures"]


# ---------------------------------------------------------------- the count of an earlier measure
@pytest.mark.parametrize("text", [
    "On October 9, 2025, Beijing widened its existing controls on seven elements to five more rare earths.",
    "The October 9, 2025 rules extend the earlier restrictions on seven elements to five additional rare earths.",
])
def test_the_count_of_earlier_controls_is_not_the_new_measures(checker, text: str) -> None:
    # events.csv: Announcement 57 of 9 October 2025 added five elements
    ev = one(checker.check(text, "2025-10-20"), "event")
    assert (ev.claim.event or {}).get("count") == 5
    assert ev.verdict.verdict == "supported"


# ---------------------------------------------------------------- wire datelines
# events.csv: China's licences for seven medium and heavy rare earths, 2025-04-04
@pytest.mark.parametrize(("text", "day"), [
    ("WASHINGTON, Dec 3 (Reuters) - China has imposed export controls on seven rare earth elements.", "2025-12-03"),
    ("LONDON, 5 May 2025 (AFP) — China has imposed export controls on seven rare earth elements, hitting car makers.",
     "2025-05-05"),
])
def test_the_date_of_a_wire_dateline_is_not_the_events_date(checker, text: str, day: str) -> None:
    ev = one(checker.check(text, day), "event")
    assert day not in [d for d, _ in (ev.claim.event or {}).get("dates", [])]
    assert ev.verdict.verdict == "supported"
    assert not ev.claim.sentence.startswith(("WASHINGTON", "LONDON"))


# ---------------------------------------------------------------- ties in a ranking list
def test_a_list_that_numbers_countries_alike_states_a_tie(checker) -> None:
    # MCS 2025: Australia, Nigeria and Thailand each mined 13,000 t REO in 2024 (4th-6th)
    r = checker.check("Top rare earth producing countries in 2024:\n1. China: 270,000 metric tons\n"
                      "4. Australia: 13,000 metric tons\n4. Nigeria: 13,000 metric tons\n", MID_2025)
    assert r.contradictions == []
    assert {c.claim.country: c.claim.rank for c in r.checks if c.claim.kind == "rank"} == {"CHN": 1, "AUS": 4, "NGA": 4}


def test_two_countries_called_first_in_prose_still_conflict(checker) -> None:
    r = checker.check("China is the largest producer of rare earths. Myanmar is the largest producer of rare earths.",
                      MID_2025)
    assert [c.kind for c in r.contradictions] == ["rank_conflict"]


@pytest.mark.parametrize("title", ["Australia: Still On Top", "1. Australia \u2013 The Hard-Rock Leader"])
def test_a_title_with_a_subtitle_still_names_the_items_country(checker, title: str) -> None:
    # MCS 2025: Australia mined 88,000 t of lithium in 2024
    r = checker.check(f"Lithium producers in 2024\n\n{title}\nProduction: 88,000 metric tons\n", MID_2025)
    q = one(r, "quantity")
    assert q.claim.country == "AUS" and q.verdict.verdict == "supported"


def test_a_prose_line_is_not_a_title(checker) -> None:
    r = checker.check("Australia: the country mined more lithium than anyone else.\nProduction: 88,000 metric tons\n",
                      MID_2025)
    assert one(r, "quantity").claim.country is None


# ---------------------------------------------------------------- markets and company results
@pytest.mark.parametrize("text", [
    "Shares of a US rare earth miner rose 12% on Tuesday after it won a defence contract.",
    "The Australian rare earth producer's stock fell 7.5% in Sydney trading.",
    "Quarterly rare earth revenue at the miner rose 20% to A$200 million.",
    "The company's stock has tripled this year as China curbed rare earth exports.",
    "The miner posted a record net profit of A$150 million on its rare earth sales.",
    "An Australian rare earth group reported a quarterly loss of A$20 million on Friday.",
])
def test_share_prices_and_company_results_are_not_claims(checker, text: str) -> None:
    # a policy event named beside the price move ("as China curbed exports") may be claimed
    assert [c for c in checker.check(text, MID_2025).checks if c.claim.kind != "event"] == []


@pytest.mark.parametrize("text", [
    "Nigeria's rare earth production rose 80% in 2024.",
    "Rare earth output in Nigeria jumped 80% in 2024, after the country's mines expanded.",
])
def test_a_production_change_is_still_a_claim(checker, text: str) -> None:
    # MCS 2025: Nigeria 7,200 t (2023) to 13,000 t (2024), +80.6%
    assert one(checker.check(text, MID_2025), "change").verdict.verdict == "supported"


# ---------------------------------------------------------------- a past verb and a bare month
@pytest.mark.parametrize("text", [
    "Shipments hit a record last year, even as Beijing imposed curbs on seven rare earth elements starting in April.",
    "Exports grew last year although China introduced licences for seven rare earth elements from April.",
])
def test_a_past_tense_event_with_only_a_bare_month_lies_before_the_article(checker, text: str) -> None:
    # events.csv: licences for seven medium and heavy rare earths, 2025-04-04; article of January 2026
    ev = one(checker.check(text, "2026-01-14"), "event")
    assert [d for d, _ in (ev.claim.event or {}).get("dates", [])] == ["2025-04"]
    assert ev.verdict.verdict == "supported"
