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
    ("Zimbabwe on Wednesday suspended exports of all raw lithium concentrates.", "2026-02-26"),
    ("Chile last month banned exports of lithium carbonate to protect domestic refiners.", "2025-12-10"),
])
def test_measure_of_an_unlisted_country_is_unverifiable(checker, text: str, date: str) -> None:
    assert verdicts(checker.check(text, date), "event") == ["unverifiable"]


def test_measure_of_the_listed_country_still_matches(checker) -> None:
    r = checker.check("China on November 7, 2025 suspended the October export controls on lithium battery items.",
                      "2025-11-20")
    assert verdicts(r, "event") == ["supported"]


@pytest.mark.parametrize("text", [
    "Congo halted cobalt exports to lift prices. The ban was extended in June, forcing Swiss miner Glencore "
    "to declare force majeure.",
    "Indonesia stopped shipments of raw nickel ore. The ban was extended in April 2025, hurting Chinese smelter "
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
def test_regional_rank_is_unverifiable(checker, text: str) -> None:
    c = one(checker.check(text, "2026-03-01"), "rank")
    assert c.verdict.verdict == "unverifiable" and "region" in c.verdict.explanation


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
