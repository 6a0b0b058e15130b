"""Known misreadings of the claim checker, each fixed by a general rule (sentences written for
this test; figures cited are those of the bundled USGS Mineral Commodity Summaries 2025, MCS
2025 gallium: China 750,000 kg of 760,000 kg of low-purity primary gallium in 2024).

1. a share in words ("nearly all", "most") in a list with percentages or other word shares is
   read item by item, each with the stage and commodity of its own phrase;
2. the count of an official list ("the list now includes 50 minerals") is a claim about that
   list, which the dataset does not hold: reported, unverifiable;
3. a change sized in percent ("a 10% year-on-year rise", "15% growth", "8% more ... y/y") is a
   change, never a share of world output; "posted" before a figure reports it, no measure taken;
4. "recent", "recently", "latest", "last month" bind an undated event to the article's last
   months (verdict.RECENT_EVENT_DAYS): an event of events.csv years older is not the one meant
   (cn-jpn-2010-shipment-halt, 2010, must not answer an article of 2024);
5. a percentage of something other than world output is not a world share: "A's share of B's
   imports" is A's share of B's imports (MCS 2025 import sources: China 70% of US rare-earth
   imports, 2020-2023), "A's share of B's output" a part of a national total, "N% of the magnets
   shipped to B" a share of B's imports, and a share of a firm's sales or revenue a company
   result (rule 10), no claim; "makes up N%" is no change; "A has N% of the world's X" is a stock
   (read as resources: checked as reserves, never refuted); a share of a made good the dataset
   does not hold ("30% of the world's battery cells") is unverifiable; a region's share ("Latin
   America holds 55% ...") is no country's, and "South America" names no United States;
6. a sum of money is never a tonnage: "US$ 465 million" (a space after the sign), "A$1.6 billion",
   "C$", "EUR", "\u20ac", "RM", "Rs ... crore", "billion dollars", "trillion won" are read as money,
   so no unit of another figure carries onto them; a project's NPV, an investment needed or a
   contribution to an economy is no market figure, and a budget's sum does not hide the event
   verb of its sentence.

False positives of the thirteenth batch's reading (A317-A496), by class:

7. a share projected for a later year is a claim only as an outlook's projection: "could/may/
   might" (a possibility) or a forecaster other than the IEA ("according to X", "X estimates")
   make it a third party's forecast (README: non-claims);
8. a deal's term in the conditional ("the draft deal would give ...") with no deal said to be
   signed or cited is not (yet) agreed; "its joint venture partner" describes a firm;
9. "will develop a policy to ban ...", "would formulate a policy of banning ...": a planned measure;
10. an unnamed firm opening the sentence ("A top copper producer has warned ...") ranks no country,
    and "The world's largest producer of the metal said ..." in a sentence naming no country is a
    speaker described: unverifiable, never the carried country's rank; "is ready to ... by selling
    40,000 t" is an offer and "an average selling price of $61/kg" a company's result (rule 10);
11. sums set aside ("$90 million has been earmarked for ..."), allocations, write-downs and market
    sizes are budgets and company figures; ", expected to deliver 9,000 t a year" is a forecast;
    "each turbine requires about 600 kg" is a use (rule 10); "300 member companies" is no count
    of the trade;
12. a role not yet held ("a key potential supplier") is no rank; a financial rate ("an internal
    rate of return (IRR) of 45%") is no share; "a letter dated May 2" dates a letter, no event.
"""

from __future__ import annotations

import pytest

DATE = "2025-05-01"


def _claims(checker, text: str, date: str = DATE, kind: str | None = None) -> list:  # type: ignore[no-untyped-def]
    return [c for c in checker.check(text, date).checks if kind is None or c.claim.kind == kind]


# --------------------------------------------------------------------------- 1. word shares in lists
def test_word_share_beside_a_percentage_is_read(checker) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, "China produces nearly all refined gallium and about 80% of refined germanium.",
                    kind="share")
    by_text = {c.claim.text: c for c in found}
    assert "nearly all" in by_text and "about 80%" in by_text, list(by_text)
    gallium = by_text["nearly all"]
    assert (gallium.claim.commodity, gallium.claim.country) == ("gallium", "CHN")
    assert gallium.verdict.verdict == "supported"  # 98.7% of world output in MCS 2025
    assert by_text["about 80%"].claim.commodity == "germanium"


def test_word_shares_in_a_list_take_their_own_stage(checker) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, "Indonesia controls most nickel mining, nearly all refining and 45% of trade.",
                    kind="share")
    words = [c.claim for c in found if c.claim.text in ("most", "nearly all")]
    assert [(c.text, c.stage, c.country) for c in words] == [("most", None, "IDN"), ("nearly all", "refining", "IDN")]


def test_word_share_with_its_percentage_in_one_clause_is_one_claim(checker) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, "South Africa mines most of the world's platinum, about 70%.", kind="share")
    assert [c.claim.text for c in found] == ["about 70%"]


@pytest.mark.parametrize(("text", "commodity"), [
    ("China is responsible for virtually all gallium refining.", "gallium"),
    ("China makes almost all of the world's NdFeB magnets.", "ndfeb_magnets"),
])
def test_more_verbs_of_a_word_share(checker, text: str, commodity: str) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, text, kind="share")
    assert found and (found[0].claim.country, found[0].claim.commodity) == ("CHN", commodity)


def test_a_later_word_share_of_its_takes_its_own_commodity(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Indonesia supplies most of the world's nickel and nearly all of its refined cobalt."
    found = [c.claim for c in _claims(checker, text, kind="share")]
    assert [(c.text, c.commodity) for c in found] == [("most", "nickel"), ("nearly all", "cobalt")]


# --------------------------------------------------------------------------- 2. counts of official lists
def test_count_of_an_official_list_is_reported(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Japan revised its critical minerals list in May. The list now includes 41 minerals, up from 34 in 2017."
    found = [c for c in _claims(checker, text) if c.claim.unit == "count"]
    assert found and found[0].claim.value == 41
    assert found[0].verdict.verdict == "unverifiable"


def test_count_of_a_list_in_an_article_naming_no_commodity(checker) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in _claims(checker, "The list now includes 47 minerals.") if c.claim.unit == "count"]
    assert found and found[0].claim.value == 47 and found[0].verdict.verdict == "unverifiable"


def test_list_entries_and_raw_materials_are_counted(checker) -> None:  # type: ignore[no-untyped-def]
    text = ("Brussels keeps a list of critical raw materials. Eleven projects address 9 of the 20 strategic raw "
            "materials listed under the act. The revised catalogue retains all 27 minerals of the 2019 version.")
    counts = sorted(c.claim.value for c in _claims(checker, text) if c.claim.unit == "count")
    assert counts == [9, 27], counts  # ("9 of the 20 ...": the count the sentence makes)


def test_a_proposed_list_of_joined_adjectives_is_counted_as_the_lists(checker) -> None:  # type: ignore[no-untyped-def]
    text = ("Critical minerals are in the news. Ottawa has proposed a list of 37 critical and strategic minerals, "
            "including nickel and cobalt.")
    found = [c for c in _claims(checker, text, date="2025-08-01") if c.claim.unit == "count"]
    assert found and found[0].claim.value == 37 and found[0].claim.commodity == "critical_minerals"


def test_a_list_count_in_words_is_counted(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Critical minerals are in the news. Against the 2021 list, seven new commodities have been added."
    found = [c for c in _claims(checker, text, date="2025-08-01") if c.claim.unit == "count"]
    assert found and found[0].claim.value == 7


def test_a_definition_is_still_no_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Rare earths are a group of 17 elements used in magnets."
    assert not [c for c in _claims(checker, text) if c.claim.unit == "count"]


# --------------------------------------------------------------------------- 3. changes are no shares
@pytest.mark.parametrize("text", [
    "Chile produces 24% of the world's lithium, a 9% year-on-year rise.",
    "Australia's lithium production saw a 13% year-on-year increase in 2023.",
    "Congo's cobalt exports showed 15% growth in 2024.",
    "Indonesia supplied 8% more nickel y/y in 2024.",
])
def test_a_sized_change_is_never_a_share(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, text)
    pcts = {"9%", "13%", "15%", "8%"}
    assert any(c.claim.kind == "change" for c in found), [(c.claim.kind, c.claim.text) for c in found]
    assert not [c for c in found if c.claim.kind == "share" and c.claim.text in pcts]


def test_posted_before_a_figure_is_no_event(checker) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, "China's gallium output posted an 11% year-on-year rise in 2024.")
    assert not [c for c in found if c.claim.kind == "event"], [(c.claim.kind, c.claim.text) for c in found]
    change = [c for c in found if c.claim.kind == "change"]
    assert change and change[0].claim.year == 2024 and change[0].claim.change == pytest.approx(0.11)


# --------------------------------------------------------------------------- 4. relative time words
def test_recent_event_is_not_matched_to_an_old_row(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Beijing's recent easing of rare earth export restrictions has calmed Korean buyers."
    found = _claims(checker, text, date="2024-06-01", kind="event")
    assert found
    for c in found:
        assert c.claim.event.get("recent") is True
        dated = [e.published for e in c.verdict.evidence]
        assert all(d >= "2022-12-01" for d in dated if d), dated


def test_recent_event_still_matches_a_recent_row(checker) -> None:  # type: ignore[no-untyped-def]
    # events.csv cn-2025-11-07-no70-suspension: China suspends the October 2025 controls (2025-11-07)
    text = "China recently suspended its October export restrictions on rare earths for a year."
    found = _claims(checker, text, date="2025-11-25", kind="event")
    assert found and found[0].verdict.verdict == "supported"
    assert any(e.published == "2025-11-07" for e in found[0].verdict.evidence)


# --------------------------------------------------------------------------- 5. shares of other totals
def test_a_partners_share_of_a_buyers_imports(checker) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, "China's share of US rare earth imports was 70% between 2020 and 2023.", kind="share")
    assert len(found) == 1
    c = found[0]
    assert (c.claim.measure, c.claim.country, c.claim.comparison.get("buyer")) == ("imports", "CHN", "USA")
    assert c.verdict.verdict == "supported"


def test_a_share_of_a_national_total_is_not_the_worlds(checker) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, "Indonesia's share of Philippine nickel output was 35% in 2024.", kind="share")
    assert found and found[0].claim.country == "IDN"
    assert found[0].verdict.verdict == "unverifiable"
    assert (found[0].claim.comparison or {}).get("denominator") == "not the world"


def test_share_of_what_a_buyer_received(checker) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, "Japan accounted for 65% of the gallium shipped to Malaysia.", kind="share")
    assert found and (found[0].claim.measure, found[0].claim.country) == ("imports", "JPN")
    assert found[0].claim.comparison.get("buyer") == "MYS"


def test_what_a_buyer_gets_from_a_partner(checker) -> None:  # type: ignore[no-untyped-def]
    # MCS 2025 import sources: China supplied 70% of US rare-earth compounds and metals imports, 2020-2023
    found = _claims(checker, "About 70% of America's rare earth compounds come from China.", kind="share")
    assert found and (found[0].claim.country, found[0].claim.comparison.get("buyer")) == ("CHN", "USA")
    assert found[0].verdict.verdict == "supported"


def test_what_a_country_has_of_the_worlds_commodity_is_a_stock(checker) -> None:  # type: ignore[no-untyped-def]
    # MCS 2025: Brazil 21 Mt of more than 90 Mt world rare-earth reserves; its 2024 output, 20 t, is ~0%
    found = _claims(checker, "Brazil possesses 23% of the world's rare earths.", kind="share")
    assert found and found[0].claim.measure == "resources"
    assert found[0].verdict.verdict == "supported"
    found = _claims(checker, "Kazakhstan has around 15 per cent of the world's tungsten.", kind="share")
    assert found and found[0].verdict.verdict != "refuted"


@pytest.mark.parametrize("text", [
    "Latin America holds about 55% of the world's lithium reserves, led by Chile.",
    "Southern Africa, with an estimated 12% of the world's cobalt reserves, draws investors to nations like Zambia.",
])
def test_a_regions_share_is_no_countrys(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, text, kind="share")
    assert found and all(c.claim.country is None and c.verdict.verdict == "unverifiable" for c in found), \
        [(c.claim.country, c.verdict.verdict) for c in found]


def test_a_country_in_a_region_keeps_its_share(checker) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, "Chile, the top producer in South America, mines 20% of the world's lithium.", kind="share")
    assert found and found[0].claim.country == "CHL"


def test_a_share_of_a_made_good_is_no_commodity_share(checker) -> None:  # type: ignore[no-untyped-def]
    text = ("Rare earth magnets matter to carmakers. Korea controls 30% of the world's battery production "
            "and Japan about 10%.")
    found = _claims(checker, text, kind="share")
    assert len(found) == 2 and all(c.verdict.verdict == "unverifiable" for c in found)
    assert all((c.claim.comparison or {}).get("of_product") for c in found)


@pytest.mark.parametrize("text", [
    "Tungsten made up 18% of Almonty Industries' revenue in 2024.",
    "Canada accounts for 35% of Cameco's uranium sales.",
    "Cobalt makes up 22% of the company's sales.",
])
def test_a_share_of_a_firms_results_is_no_claim(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in _claims(checker, text) if c.claim.kind in ("share", "change")]
    assert not found, [(c.claim.kind, c.claim.text) for c in found]


# --------------------------------------------------------------------------- 6. money is no tonnage
@pytest.mark.parametrize(("text", "sum_text"), [
    ("Arafura mined 9,800 tonnes of rare earths in Australia in 2024 and secured a US$ 380 million loan from Korea.",
     "380 million"),
    ("Peru exported 2,600,000 tonnes of copper concentrate in 2024, earning C$ 12.5 billion.", "12.5 billion"),
    ("Malaysia refined 8,000 tonnes of rare earths in 2024, adding RM 4.1 billion to exports.", "4.1 billion"),
    ("Chile shipped 150,000 tonnes of lithium in 2024, worth 6.3 billion dollars.", "6.3 billion"),
])
def test_a_sum_of_money_is_never_read_as_tonnes(checker, text: str, sum_text: str) -> None:  # type: ignore[no-untyped-def]
    for c in _claims(checker, text):
        if sum_text in c.claim.text:
            assert c.claim.unit not in ("t", "kt", "Mt", "kg"), (c.claim.text, c.claim.unit)
            assert c.claim.measure != "production", (c.claim.text, c.claim.measure)


def test_currency_prefixes_and_words_are_money() -> None:
    from critmin.claims.extract import NUMBER, _number

    for text in ("US$ 465 million", "A$1.6 billion", "C$ 20 million", "EUR 40 million", "\u20ac75 million",
                 "RM 3.2 billion", "Rs 5,100 crore", "2.4 billion dollars", "12 trillion won"):
        m = NUMBER.search(text)
        assert m is not None, text
        n = _number(m, text)
        assert (text[n.start:n.end], n.unit, n.currency) == (text, "USD", True), (text, text[n.start:n.end])
    m = NUMBER.search("270,000 tonnes")
    assert m is not None and _number(m, "270,000 tonnes").unit == "t"


def test_a_firms_sales_in_money_are_no_claim(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Lithium is mined in Chile. Livent's lithium sales fell to 0.9 billion dollars in 2023."
    assert not [c for c in _claims(checker, text, date="2024-05-01") if c.claim.unit == "USD"]


@pytest.mark.parametrize("text", [
    "The Kvanefjeld project has a net present value (NPV) of US$1.5 billion.",
    "An investment of $420 million would be needed to develop the Tomtor deposit in Russia.",
    "Mining contributed more than $2 trillion to the Canadian economy in 2024.",
])
def test_project_and_economy_sums_are_no_claims(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in _claims(checker, text) if c.claim.kind == "quantity"]


# --------------------------------------------------------------------------- 7. third parties' forecasts
@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "South America could supply 15% of global graphite output by 2031.",
    "According to Wood Mackenzie, Brazil is set to account for 12% of global rare earth production by 2032.",
    "Fitch Solutions estimates that Canada will contribute 6% of global cobalt supply by 2033.",
])
def test_third_party_forecast_share_is_no_claim(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _claims(checker, text, date="2025-03-01", kind="share")


def test_outlook_projection_share_is_still_a_claim(checker) -> None:  # type: ignore[no-untyped-def]
    text = "According to the IEA, China will account for 76% of global rare earth refining by 2030."
    assert _claims(checker, text, date="2025-06-01", kind="share")


# --------------------------------------------------------------------------- 8. deals not yet agreed
@pytest.mark.parametrize("text", [
    "Chile and Japan have negotiated for months. The draft accord would give Japan first rights to Chilean lithium.",
    "Talks on the pact continue. The agreement would establish a joint Chile-Japan fund for lithium projects.",
])
def test_conditional_term_of_an_unsigned_deal_is_no_claim(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    second = text.index(". ") + 2
    assert not [c for c in _claims(checker, text, date="2025-03-01", kind="event") if c.claim.span[0] >= second]


def test_conditional_term_of_a_signed_deal_stays_a_claim(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Chile and Japan signed an accord on Monday that would give Japan first rights to Chilean lithium."
    assert _claims(checker, text, date="2025-03-05", kind="event")


def test_a_pledge_without_a_deal_subject_is_no_term(checker) -> None:  # type: ignore[no-untyped-def]
    text = ("Zambia has pledged to honour copper export permits allocated to traders for 2026, under the new "
            "licensing framework, its regulator said.")
    assert not [c for c in _claims(checker, text, date="2025-12-01", kind="event")
                if (c.claim.event or {}).get("type") == "deal_term"]


def test_a_pledge_under_a_deal_stays_a_term(checker) -> None:  # type: ignore[no-untyped-def]
    text = "As part of the framework, both countries pledged to streamline permitting for copper projects."
    assert [c for c in _claims(checker, text, date="2025-12-01", kind="event")
            if (c.claim.event or {}).get("type") == "deal_term"]


def test_joint_venture_partner_is_no_transaction(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Its joint venture partner, Canada's Teck, said on Friday it would seek a new quota for nickel."
    assert not [c for c in _claims(checker, text, date="2025-03-05", kind="event")
                if (c.claim.event or {}).get("type") == "transaction"]


# --------------------------------------------------------------------------- 9. policies being written
@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "Indonesia will develop a policy to ban exports of raw bauxite and nickel ore, the minister said on Tuesday.",
    "Zimbabwe is set to formulate a policy aimed at prohibiting exports of unprocessed lithium, officials said on Monday.",
])
def test_a_policy_being_written_is_no_event(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _claims(checker, text, date="2025-03-05", kind="event")


# --------------------------------------------------------------------------- 10.-11. more non-claims
def test_unnamed_firm_opening_a_sentence_ranks_no_country(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Chile mined 5.3 Mt of copper in 2024. A leading copper producer has warned that new duties will hurt trade."
    second = text.index("A leading")
    assert not [c for c in _claims(checker, text, kind="rank") if c.claim.span[0] >= second]


def test_a_described_speaker_is_ranked_as_no_country(checker) -> None:  # type: ignore[no-untyped-def]
    text = ("Australia mined 88,000 t of lithium in 2024.\n\nPrices fell all year. The world's largest producer of "
            "the metal said on Tuesday it would review its costs.")
    found = [c for c in _claims(checker, text, date="2025-05-01", kind="rank") if "speaker" in (c.claim.subject or "")]
    assert found and found[0].claim.country is None and found[0].verdict.verdict == "unverifiable"


def test_named_country_as_top_producer_is_still_ranked(checker) -> None:  # type: ignore[no-untyped-def]
    assert _claims(checker, "Chile is the top copper producer in the world.", kind="rank")


@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "Canada mined 2,500 t of cobalt in 2024. A further C$90 million has been earmarked for stockpiling cobalt.",
    "Zambia mined 700,000 t of copper in 2024. Miners are exploring a $3B copper allocation to expand output.",
    "Zambia mined 700,000 t of copper in 2024. The firm wrote down $400m of its Zambian copper assets.",
])
def test_budgets_and_write_downs_are_no_quantities(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    second = text.index(". ") + 2
    assert not [c for c in _claims(checker, text, kind="quantity") if c.claim.span[0] >= second]


def test_expected_output_of_a_project_is_a_forecast(checker) -> None:  # type: ignore[no-untyped-def]
    text = "In Malawi, Lindian is building its Kangankunde project, expected to deliver 9,000 tons of concentrate a year."
    assert not _claims(checker, text, kind="quantity")


@pytest.mark.parametrize("text", [
    "Brazil mined 20 t of rare earths in 2024, while a typical wind turbine requires around 600 kilograms of neodymium.",
    "Brazil mined 20 t of rare earths in 2024; electric cars use about 2 kg of rare earths per vehicle.",
])
def test_use_intensity_is_no_output(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    got = [c.claim.text for c in _claims(checker, text) if c.claim.kind == "quantity" and c.claim.unit == "kg"]
    assert not got, got


# --------------------------------------------------------------------------- 12. roles, rates, letters
def test_potential_supplier_is_no_rank(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Analysts have said Kazakhstan is a key potential supplier of tungsten, molybdenum and rare earths."
    assert not _claims(checker, text, kind="rank")


def test_a_rate_of_return_is_no_share(checker) -> None:  # type: ignore[no-untyped-def]
    text = "The study for the Kvanefjeld rare earth project shows an internal rate of return (IRR) of 45%."
    assert not [c for c in _claims(checker, text) if c.claim.unit == "percent"]


@pytest.mark.rules_only
def test_a_letter_dated_is_no_event(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Peru's copper exports are no risk to anyone, Peru's trade minister wrote in a letter dated May 2."
    assert not _claims(checker, text, date="2025-06-01", kind="event")


# --------------------------------------------------------------------------- 13. offers and firms' prices
def test_an_offer_to_sell_is_no_figure(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Aluminium trade is tense. Canada is ready to resume nickel supplies to China by selling 40,000 tons a year."
    assert not [c for c in _claims(checker, text, date="2025-03-01") if c.claim.unit == "t"]


def test_a_firms_selling_price_is_no_market_price(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Iluka earned $90 million, helped by an average selling price of $61.2/kg for its NdPr oxide."
    assert not [c for c in _claims(checker, text, date="2025-03-01") if (c.claim.unit or "").startswith("USD/")]
