"""Rules found on fresh articles about minerals other than rare earths (issue 6): cobalt in
Congo, lithium in Zimbabwe, graphite, Russian palladium, IEA outlooks. Every sentence is
written for these tests (two phrasings or more per rule); facts come from the bundled data:

* events.csv: cn-2025-10-09-no58-battery-graphite-anode (China, lithium-battery items,
  2025-10-09), cn-2025-11-07-no70-suspension (China, 2025-11-07), cn-2025-04-04-no18-medium-
  heavy-ree (China, rare earths, 2025-04-04); no Zimbabwean, Chilean or Congolese measure.
* editions.csv: IEA GCMO 2024 published 2024-05 (month precision).
* observations.csv, MCS 2023: cobalt 2022 world 190,000 t, Philippines 3,800 t, Cuba 3,800 t
  (reserves 500,000 t); graphite 2022 world 1,300,000 t. MCS 2025: rare earths 2024 China
  270,000 of 390,000 t (69.2%). MCS 2026: lithium 2025 world 290,000 t, Zimbabwe 28,000 t.
"""

from __future__ import annotations

import pytest

from .conftest import one


def verdicts(result, kind: str):  # type: ignore[no-untyped-def]
    return [c.verdict.verdict for c in result.checks if c.claim.kind == kind]


# ------------------------------------------------ another country's measure is not China's
@pytest.mark.parametrize(("text", "date"), [
    ("Mali on Wednesday suspended exports of all raw lithium concentrates.", "2026-02-26"),
    ("Chile last month banned exports of lithium carbonate to protect domestic refiners.", "2025-12-10"),
])
def test_measure_of_an_unlisted_country_is_unverifiable(checker, text: str, date: str) -> None:
    assert verdicts(checker.check(text, date), "event") == ["unverifiable"]


def test_measure_of_the_listed_country_still_matches(checker) -> None:
    r = checker.check("China on November 7, 2025 suspended the October export controls on lithium battery items.",
                      "2025-11-20")
    assert verdicts(r, "event") == ["supported"]


@pytest.mark.parametrize("text", [
    "Kazakhstan halted tungsten exports to lift prices. The ban was extended in June, forcing a Swiss trader "
    "to declare force majeure.",
    "Zambia stopped shipments of raw copper ore. The ban was extended in April 2025, hurting Chinese smelter "
    "groups.",
])
def test_event_sharing_no_party_or_commodity_is_not_matched(checker, text: str) -> None:
    r = checker.check(text, "2025-09-22")
    assert "supported" not in verdicts(r, "event") and "refuted" not in verdicts(r, "event")


# ------------------------------------------------ a rank within a region
@pytest.mark.parametrize("text", [
    "Zimbabwe is Africa's largest lithium producer.",
    "Zimbabwe is the top lithium miner in Africa.",
    "Zimbabwe is the biggest African producer of lithium.",
])
def test_regional_rank_is_ranked_within_the_region(checker, text: str) -> None:
    # eleventh session (region_ranks.py): ranked among the region's listed countries, as the labels
    # read such ranks (C949, C1930); MCS 2026 lists Zimbabwe and Namibia for Africa
    c = one(checker.check(text, "2026-03-01"), "rank")
    assert c.verdict.verdict == "supported" and "Africa" in c.verdict.explanation


def test_world_rank_of_the_same_country_is_still_checked(checker) -> None:
    # MCS 2026, lithium 2025: Australia, China, Chile and Argentina produce more than Zimbabwe
    c = one(checker.check("Zimbabwe is the world's largest lithium producer.", "2026-03-01"), "rank")
    assert c.verdict.verdict == "refuted"


# ------------------------------------------------ a stated total is the world's
@pytest.mark.parametrize(("text", "date"), [
    ("Total cobalt output in 2022 reached 150,000 tonnes.", "2023-06-01"),
    ("The total mined supply of graphite in 2022 came to 3 million tonnes.", "2023-06-01"),
])
def test_stated_total_is_checked_as_the_world_total(checker, text: str, date: str) -> None:
    c = one(checker.check(text, date), "quantity")
    assert c.verdict.verdict == "refuted" and "total" in c.verdict.explanation


def test_figure_without_country_or_total_wording_is_not_refuted(checker) -> None:
    c = one(checker.check("Cobalt output in 2022 reached 150,000 tonnes.", "2023-06-01"), "quantity")
    assert c.verdict.verdict == "unverifiable"


# ------------------------------------------------ release dates held to the month
@pytest.mark.parametrize(("text", "want"), [
    ("The IEA's Global Critical Minerals Outlook 2024, released on May 17, warns of lithium shortfalls.",
     "supported"),
    ("The Global Critical Minerals Outlook 2024 was published on May 22, 2024.", "supported"),
    ("The Global Critical Minerals Outlook 2024 was published on April 30, 2024.", "refuted"),
])
def test_month_precision_release_date(checker, text: str, want: str) -> None:
    r = checker.check(text, "2024-06-01")
    assert want in verdicts(r, "event")


# ------------------------------------------------ open bounds and the other measure
@pytest.mark.parametrize("text", [
    "The Philippines produced at least 5,400 tons of cobalt in 2022.",
    "Cuba mined more than 50,000 tonnes of cobalt in 2022.",
])
def test_open_bound_is_not_rescued_by_reserves(checker, text: str) -> None:
    c = one(checker.check(text, "2023-06-01"), "quantity")
    assert c.verdict.verdict == "refuted"


# ------------------------------------------------ a measure's date does not date the share
@pytest.mark.parametrize(("text", "date"), [
    ("China, which produces about 70% of the world's rare earths, announced new controls on April 4, 2025.",
     "2025-04-10"),
    ("China, which mines around 70 percent of global rare earths, said the rules take effect on 4 April 2025.",
     "2025-04-10"),
])
def test_share_in_present_tense_beside_a_dated_measure(checker, text: str, date: str) -> None:
    c = one(checker.check(text, date), "share")
    assert c.verdict.verdict == "supported" and c.claim.year is None


# ------------------------------------------------ Section 232 investigations (events.csv:
# us-2025-04-15-section-232-order 2025-04-15, us-2025-04-23-section-232-initiation 2025-04-23)
@pytest.mark.parametrize(("text", "want"), [
    ("On April 15, 2025, the president launched a Section 232 inquiry into critical mineral imports.", "supported"),
    ("The Commerce Department opened a Section 232 investigation into processed critical minerals on April 23, 2025.",
     "supported"),
    ("Trump ordered a Section 232 probe of critical mineral imports on April 20, 2025.", "partly_supported"),
])
def test_section_232_investigation_is_an_event(checker, text: str, want: str) -> None:
    assert verdicts(checker.check(text, "2025-05-01"), "event") == [want]


# ------------------------------------------------ the commodity the rank phrase names
@pytest.mark.parametrize(("text", "com", "country"), [
    ("Canada's Lithium Americas says Argentina is the fourth-largest lithium producer.", "lithium", "ARG"),
])
def test_rank_takes_the_commodity_of_its_own_phrase(checker, text: str, com: str, country: str) -> None:
    c = one(checker.check(text, "2025-06-01"), "rank")
    assert (c.claim.commodity, c.claim.country) == (com, country)
    assert c.verdict.verdict in ("supported", "supported_by_other_edition")


def test_a_company_rank_takes_the_commodity_of_its_phrase_and_stays_a_company(checker) -> None:
    # nineteenth session: a commodity word inside the name ("Norilsk Nickel") leaves it a company, whose
    # rank the dataset does not hold (label C3109: "Russia's MMC Norilsk Nickel PJSC is the world's
    # largest palladium producer" is unverifiable)
    c = one(checker.check("Russia's Norilsk Nickel is the world's largest palladium producer.", "2025-06-01"), "rank")
    assert (c.claim.commodity, c.claim.country) == ("palladium", "RUS")
    assert c.verdict.verdict == "unverifiable" and "company" in c.verdict.explanation


# ------------------------------------------------ forecasts and guidance are no claims (rule 10)
@pytest.mark.parametrize("text", [
    "The company said its full-year nickel production forecast was now at 150,000 tonnes.",
    "The miner raised its nickel output guidance to 210,000 tonnes, up from 190,000 tonnes previously.",
    "Cobalt and nickel mine output in Russia are anticipated to reach 9,000 tonnes and 200,000 tonnes respectively.",
])
def test_forecast_figures_are_no_claims(checker, text: str) -> None:
    assert [c for c in checker.check(text, "2024-10-28").checks if c.claim.kind == "quantity"] == []


def test_past_figure_beside_a_forecast_is_still_a_claim(checker) -> None:
    # MCS 2024: Russia mined 200,000 t of nickel in 2023
    r = checker.check("Russia mined 200,000 tonnes of nickel in 2023, and the ministry expects 210,000 tonnes "
                      "this year.", "2024-10-28")
    assert [c.verdict.verdict for c in r.checks if c.claim.kind == "quantity"] == ["supported"]


# ------------------------------------------------ "of that", "of this total": the measure before
@pytest.mark.parametrize("text", [
    "World cobalt mine production was 190,000 tonnes in 2022. Congo's share of that was 130,000 tonnes, while "
    "battery demand kept rising.",
    "Global graphite output reached 1.3 million tonnes in 2022. China accounted for 850,000 tonnes of this total, "
    "customs figures on demand show.",
])
def test_back_reference_takes_the_measure_of_the_sentence_before(checker, text: str) -> None:
    r = checker.check(text, "2023-06-01")
    second = [c for c in r.checks if c.claim.kind == "quantity" and c.claim.country != "WLD"]
    assert len(second) == 1 and second[0].claim.measure == "production" and second[0].verdict.verdict == "supported"


# ------------------------------------------------ shares of use or demand held by an application
@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    "Its main use is in batteries, which took about 40% of worldwide consumption in 2023.",
    "Flame retardants accounted for roughly half of global antimony demand last year.",
    "A report said about 20% of the world's tungsten is used in cemented carbides.",
    "Roughly half of global antimony was consumed in flame retardants in 2023.",
])
def test_end_use_share_is_no_claim(checker, text: str) -> None:
    assert [c for c in checker.check(text, "2024-06-01").checks if c.claim.kind == "share"] == []


# ------------------------------------------------ ranks among makers of a downstream product
def test_country_share_beside_use_wording_is_still_a_claim(checker) -> None:
    # MCS 2024: China 40,000 of 83,000 t of antimony in 2023 (48.2%)
    c = one(checker.check("China produced 48% of the world's antimony in 2023.", "2024-06-01"), "share")
    assert c.verdict.verdict == "supported"


@pytest.mark.parametrize("text", [
    "South Korea is the second-largest graphite anode producer.",
    "Japan is the third-largest producer of graphite anodes.",
])
def test_downstream_product_rank_is_unverifiable(checker, text: str) -> None:
    c = one(checker.check(text, "2024-06-01"), "rank")
    assert c.verdict.verdict == "unverifiable" and "anode" in c.verdict.explanation


def test_mineral_rank_is_still_checked(checker) -> None:
    # MCS 2024 (current on 2024-06-01): China first in 2023 graphite mine production
    c = one(checker.check("China is the largest graphite producer.", "2024-06-01"), "rank")
    assert c.verdict.verdict == "supported"


# ------------------------------------------------ trade-remedy rulings (events.csv: pd-2026-03-11-cvd-prelim,
# 2026-03-11; no anti-dumping ruling before it)
@pytest.mark.parametrize(("text", "date", "want"), [
    ("The preliminary decision to impose a 120% tariff on unwrought palladium from Russia awaits a final ruling.",
     "2026-02-14", "unverifiable"),
    ("Commerce issued a final anti-dumping ruling on Russian palladium last week.", "2026-02-20", "unverifiable"),
    ("Commerce issued a preliminary affirmative countervailing duty determination on Russian palladium.",
     "2026-03-20", "supported"),
])
def test_trade_remedy_ruling_is_an_event(checker, text: str, date: str, want: str) -> None:
    assert verdicts(checker.check(text, date), "event") == [want]


# ------------------------------------------------ undated measures reported as taken
# (events.csv: cn-2023-10-20-graphite-controls, cn-2024-08-15-antimony-controls)
@pytest.mark.parametrize(("text", "date"), [
    ("China has implemented export restrictions on some graphite products.", "2023-10-27"),
    ("Beijing enforced export controls on antimony, citing national security.", "2024-10-01"),
])
def test_implemented_measure_without_date_is_checked(checker, text: str, date: str) -> None:
    assert verdicts(checker.check(text, date), "event") == ["supported"]


# ------------------------------------------------ "shipped" is an export, not output
@pytest.mark.parametrize("text", [
    "Congo shipped 100,000 tonnes of cobalt in 2024, up 20% on the year.",
    "Chile, a big lithium producer, shipped 50,000 tonnes of lithium in 2023, up 12% from 2022.",
])
def test_shipped_is_exports(checker, text: str) -> None:
    r = checker.check(text, "2025-06-01")
    measures = {c.claim.measure for c in r.checks if c.claim.kind in ("quantity", "change")}
    assert measures == {"exports"}


# ------------------------------------------------ perfect-tense changes
@pytest.mark.parametrize("text", [
    "Battery demand for graphite has grown by 250% since 2018.",
    "Cobalt prices have fallen 60% over the past year.",
    "Lithium output in Chile has risen 30% since 2021.",
])
def test_perfect_tense_change_is_detected(checker, text: str) -> None:
    assert [c.claim.kind for c in checker.check(text, "2024-06-01").checks] == ["change"]


# ------------------------------------------------ another kind of measure cannot refute by its date
# (events.csv: cn-2024-12-03-us-ga-ge-sb-ban is China's export ban; no US tariff on gallium; the
# Section 301 tariff on natural graphite, us-2024-09-13-s301-graphite-magnets-2026, is not an AD duty)
@pytest.mark.parametrize(("text", "date"), [
    ("Washington said on Thursday it will impose anti-dumping duties on graphite anodes imported from China.",
                 "2025-07-17"),
    ("The US slapped tariffs of 25% on Chinese gallium on July 1, 2025.", "2025-07-20"),
])
def test_measure_of_another_kind_is_unverifiable(checker, text: str, date: str) -> None:
    assert verdicts(checker.check(text, date), "event") == ["unverifiable"]


def test_measure_of_the_same_kind_is_still_checked(checker) -> None:
    r = checker.check("China halted exports of gallium to the US on December 3, 2024.", "2025-01-10")
    assert verdicts(r, "event") == ["supported"]


# ------------------------------------------------ "the leading producer" ranks output, whatever else the sentence measures
# (MCS 2025: Congo first in 2024 cobalt mine production)
@pytest.mark.parametrize("text", [
    "Congo suspended cobalt exports as the world's top producer tried to lift prices.",
    "The DRC stopped cobalt exports as the biggest producer sought to support prices.",
])
def test_producer_rank_is_about_production(checker, text: str) -> None:
    c = one(checker.check(text, "2025-03-10"), "rank")
    assert c.claim.measure == "production" and c.verdict.verdict == "supported"


# ------------------------------------------------ any current source supports an output share (labelling rule 1)
# MCS 2025 (current from 2025-01-31): Congo 220,000 of 290,000 t of cobalt in 2024 (75.9%); MCS 2024:
# 170,000 of 230,000 t in 2023 (73.9%); MCS 2026 (2026-02-06): 226,000 of 302,000 t in 2024 (74.8%);
# IEA CMDE 2025 (2025-05-21): 182 of 273 kt in 2024 (66.5%). Without an attribution a share that
# matches a source current on the date is supported (README rule 1; tenth-batch labels C1823,
# C2206, C2601), even when the current MCS disagrees and an older MCS edition matches.
@pytest.mark.parametrize("text", [
    "The DRC accounts for around 70% of global cobalt output.",
    "Congo mined about 70 percent of the world's cobalt in 2024.",
])
def test_current_iea_share_supports_without_attribution(checker, text: str) -> None:
    c = one(checker.check(text, "2025-10-08"), "share")
    assert c.verdict.verdict == "supported" and (c.verdict.edition or "").startswith("IEA CMDE")


def test_before_the_iea_edition_an_older_mcs_edition_decides(checker) -> None:
    c = one(checker.check("The DRC accounts for around 70% of global cobalt output.", "2025-04-08"), "share")
    assert c.verdict.verdict == "supported_by_other_edition" and (c.verdict.edition or "").startswith("MCS")


@pytest.mark.parametrize(("text", "want"), [
    ("Congo mined about 76 percent of the world's cobalt in 2024.", "supported"),
    ("According to the IEA, Congo mined about 70% of the world's cobalt in 2024.", "supported"),
])
def test_current_reference_or_named_source_still_supports(checker, text: str, want: str) -> None:
    assert one(checker.check(text, "2025-10-08"), "share").verdict.verdict == want


# ------------------------------------------------ "the largest lithium-producing country" is a rank
# (MCS 2024: Australia first in 2023 lithium, Congo first in cobalt, Indonesia first in nickel)
@pytest.mark.parametrize(("text", "country"), [
    ("Australia was the largest lithium producing country last year, ahead of Chile.", "AUS"),
    ("Congo is the biggest cobalt mining nation.", "COD"),
    ("Indonesia is the leading nickel-producing country.", "IDN"),
])
def test_producing_country_rank(checker, text: str, country: str) -> None:
    c = one(checker.check(text, "2024-06-01"), "rank")
    assert c.claim.country == country and c.claim.measure == "production" and c.verdict.verdict == "supported"


# ------------------------------------------------ the ceilings an export quota sets are claims, even in modal wording
@pytest.mark.parametrize("text", [
    "Under the new rules, traders may ship up to 20,000 tonnes of cobalt this year, with annual quotas rising "
    "to 90,000 tonnes from next year.",
    "Under its quota system the regulator will allow companies to export up to 12,000 tonnes of cobalt before December.",
    "Export limits will rise to 95,000 tons of cobalt a year in 2027.",
])
def test_export_quota_ceiling_is_an_unverifiable_claim(checker, text: str) -> None:
    found = [c for c in checker.check(text, "2025-10-08").checks if c.claim.measure == "quota"]
    assert found and all(c.verdict.verdict == "unverifiable" for c in found)


def test_forecast_without_quota_wording_stays_no_claim(checker) -> None:
    assert checker.check("Congo may export up to 20,000 tonnes of cobalt next year, analysts say.",
                         "2025-10-08").checks == []


# ------------------------------------------------ "the African nation": the country the sentence before is about
# (MCS 2026: Zimbabwe 28,000 of 290,000 t of lithium in 2025, 9.7%; MCS 2025: Indonesia 2,200,000 t of nickel in 2024)
@pytest.mark.parametrize(("text", "date", "country"), [
    ("Zimbabwe mined lithium for Chinese buyers. The African nation accounted for about 10% of the world's mined "
     "lithium last year.", "2026-02-26", "ZWE"),
    ("Indonesia ships most of its nickel to China. The Southeast Asian country produced 2.2 million tonnes of "
     "nickel in 2024.", "2025-06-01", "IDN"),
])
def test_epithet_takes_the_subject_of_the_sentence_before(checker, text: str, date: str, country: str) -> None:
    r = checker.check(text, date)
    c = [c for c in r.checks if c.claim.kind in ("share", "quantity")]
    assert len(c) == 1 and c[0].claim.country == country and c[0].verdict.verdict == "supported"


# ------------------------------------------------ shares projected for a future year, against the outlooks
# observations.csv, qualifier "projection": IEA GCMO 2024 (2024-05) magnet rare earths, China's refining share
# in 2030 0.77; IEA CMDE 2025 (2025-05-21) cobalt mining 2030: Congo 199.386 of 320.649 kt (62.2%)
@pytest.mark.parametrize(("text", "date", "want"), [
    ("The IEA expects China to refine 77% of rare earths in 2030.", "2024-06-01", "supported"),
    ("In 2030, China will refine 60% of the world's rare earths, according to the IEA.", "2024-06-01", "refuted"),
    ("Congo is expected to produce 62% of the world's cobalt by 2030.", "2025-06-01", "supported"),
    ("Congo is expected to produce 80% of the world's cobalt by 2030.", "2025-06-01", "refuted"),
])
def test_projected_share_is_checked_against_the_outlook(checker, text: str, date: str, want: str) -> None:
    c = one(checker.check(text, date), "share")
    assert c.claim.year == 2030 and c.verdict.verdict == want


def test_projection_published_after_the_article_cannot_settle_it(checker) -> None:
    # IEA CMDE 2025 came out on 2025-05-21: an article of April 2025 cannot be checked against it
    c = one(checker.check("Congo is expected to produce 62% of the world's cobalt by 2030.", "2025-04-01"), "share")
    assert c.verdict.verdict == "unverifiable"


def test_forecast_share_without_a_year_stays_no_claim(checker) -> None:
    assert checker.check("Congo could one day produce 62% of the world's cobalt.", "2025-06-01").checks == []


# ------------------------------------------------ "X% of the metal comes from China": a share of world output
# (MCS 2024: China 40,000 of 83,000 t of antimony in 2023; IEA GCMO 2024: China 77% of magnet-REE refining in 2030)
@pytest.mark.parametrize(("text", "date", "year"), [
    ("About 48% of antimony mined in 2023 came from China.", "2024-06-01", 2023),
    ("77% of refined rare earths in 2030 will originate from China.", "2024-06-01", 2030),
])
def test_share_that_comes_from_a_country(checker, text: str, date: str, year: int) -> None:
    c = one(checker.check(text, date), "share")
    assert (c.claim.country, c.claim.year, c.verdict.verdict) == ("CHN", year, "supported")


def test_imports_that_come_from_a_country_stay_an_import_share(checker) -> None:
    c = one(checker.check("Some 60% of US gallium imports came from China in 2023.", "2024-06-01"), "share")
    assert c.claim.measure == "imports" and c.verdict.verdict == "unverifiable"
