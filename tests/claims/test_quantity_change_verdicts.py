"""Verdicts of quantity, change, comparison and attribution claims.

Every sentence here was written for these tests. Reference values come from the bundled
rows of ``src/critmin/data/observations.csv``:

* ``usgs_mcs2025_ree`` (USGS MCS 2025, rare earths, p. 145, World Mine Production and
  Reserves table, REO): mine production 2023 / 2024 -- China 255,000 / 270,000 t; United
  States 41,600 / 45,000 t; Burma 43,000 / 31,000 t; Australia 16,000 / 13,000 t; Nigeria
  7,200 / 13,000 t; Thailand 3,600 / 13,000 t; India 2,900 / 2,900 t; world 376,000 / 390,000 t.
  Reserves (2024): China 44,000,000 t, Brazil 21,000,000 t, Vietnam 3,500,000 t, world
  more than 90,000,000 t.
* ``usgs_mcs2024_ree`` (USGS MCS 2024, data release file mcs2024-raree_world.csv): reserves
  of Vietnam 22,000,000 t (2023).

MCS 2025 is current from its release in January 2025 until MCS 2026 (January 2026), so the
articles are dated mid-2025.
"""

from __future__ import annotations

import pytest

from critmin.claims import check

MID_2025 = "2025-06-15"


def _checks(text: str, date: str = MID_2025) -> list:
    return list(check(text, date).checks)


def _one(text: str, kind: str, date: str = MID_2025):
    got = [c for c in _checks(text, date) if c.claim.kind == kind]
    assert got, f"no {kind} claim found in {text!r}"
    return got[0]


# ---------------------------------------------------------------- a carried country the figures contradict
@pytest.mark.parametrize(("text", "country", "verdict"), [
    # India (2,900 t both years) is named before; Nigeria alone went from 7,200 t to 13,000 t (+80.6 %)
    ("India has large rare earth reserves but mines little.\n\n"
     "The country's rare earth output jumped about 81% in 2024 from 7,200 tonnes in 2023.", "NGA", "supported"),
    # Burma alone had 43,000 t in 2023 (then 31,000 t in 2024, -28 %)
    ("India has large rare earth reserves but mines little.\n\n"
     "Its mine production of rare earths dropped by nearly 28% in 2024 from 43,000 tonnes the year before.",
     "MMR", "supported"),
])
def test_carried_country_refitted_to_the_one_country_the_figures_fit(text: str, country: str, verdict: str) -> None:
    checks = [c for c in _checks(text) if c.claim.sentence.startswith(("The country", "Its"))]
    assert checks and {c.claim.country for c in checks} == {country}
    assert {c.verdict.verdict for c in checks} == {verdict}
    assert "fit" in checks[0].verdict.explanation


@pytest.mark.parametrize("second", [
    # 13,000 t in 2024 fits Australia, Nigeria and Thailand alike: no single country, no refit
    "Its rare earth mine output reached 13,000 tonnes in 2024.",
    # 999 t fits no country of the table
    "The country's rare earth mine output reached 999 tonnes in 2024.",
])
def test_carried_country_kept_cautious_without_a_single_fit(second: str) -> None:
    checks = [c for c in _checks("India has large rare earth reserves but mines little.\n\n" + second)
              if c.claim.kind == "quantity"]
    assert checks and all(c.claim.country == "IND" and c.verdict.verdict == "unverifiable" for c in checks)


# ---------------------------------------------------------------- "supply" and "manufacturing" as output
@pytest.mark.parametrize(("text", "year"), [
    ("Global rare earth supply grew to 390,000 tonnes in 2024, well ahead of demand growth.", 2024),
    ("Worldwide rare earth manufacturing came in at 376,000 tonnes in 2023, as demand kept rising.", 2023),
])
def test_supply_noun_before_the_figure_is_output(text: str, year: int) -> None:
    c = _one(text, "quantity")
    assert (c.claim.measure, c.claim.country, c.claim.year) == ("production", "WLD", year)
    assert c.verdict.verdict == "supported"


# ---------------------------------------------------------------- parts of the world total
@pytest.mark.parametrize(("text", "country", "value"), [
    ("Of the 390,000 tonnes of global rare earth output in 2024, 31,000 tonnes were mined in Myanmar.", "MMR", 31000.0),
    ("Out of some 90 million tonnes of world rare earth reserves, 21 million tonnes lie in Brazil.", "BRA", 21e6),
])
def test_world_word_owned_by_another_figure(text: str, country: str, value: float) -> None:
    part = next(c for c in _checks(text) if c.claim.kind == "quantity" and c.claim.value
                and abs(c.claim.value * (1e6 if c.claim.unit == "Mt" else 1.0) - value) < 1)
    assert part.claim.country == country
    assert part.verdict.verdict == "supported"


@pytest.mark.parametrize("text", [
    "The Southeast Asian nation's 3,000 tonnes of rare earth reserves are a fraction of the world's total and much "
    "less than the biggest holder, China.",
    "The island's 5,000 tonnes of rare earth reserves are only a small part of the global total, far below those "
    "of the leader, Brazil.",
])
def test_figure_set_against_the_world_or_another_country_is_neither(text: str) -> None:
    small = next(c for c in _checks(text) if c.claim.kind == "quantity" and (c.claim.value or 0) < 10_000)
    assert small.claim.country not in ("WLD", "CHN", "BRA")
    assert small.verdict.verdict == "unverifiable"


# ---------------------------------------------------------------- older estimates
@pytest.mark.parametrize("text", [
    "Earlier USGS estimates put Vietnam's rare earth reserves at 22 million tonnes.",
    "According to previous figures from the US Geological Survey, Vietnam held about 22 million tons of rare "
    "earth reserves.",
])
def test_older_estimate_matches_an_earlier_edition(text: str) -> None:
    c = _one(text, "quantity")
    assert c.verdict.verdict == "supported_by_other_edition"
    assert c.verdict.edition == "MCS 2024"


def test_older_estimate_does_not_let_a_loose_bound_pass_on_the_current_edition() -> None:
    # "up to 22 Mt" holds against MCS 2025's 3.5 Mt as a bound; said of older estimates, MCS 2024 decides
    c = _one("Older USGS figures gave Vietnam up to 22 million tonnes of rare earth reserves.", "quantity")
    assert c.verdict.verdict == "supported_by_other_edition"


# ---------------------------------------------------------------- changes sized by a fraction word
@pytest.mark.parametrize(("text", "change", "verdict"), [
    ("Myanmar's rare earth output shrank by more than a quarter in 2024.", -0.25, "supported"),  # -27.9 %
    ("Australia's rare earth mine production fell by a fifth in 2024.", -0.2, "supported"),  # -18.75 %
    ("Australia's rare earth mine production fell by half in 2024.", -0.5, "partly_supported"),  # direction only
    ("US rare earth mine output rose by a third in 2024.", 1 / 3, "partly_supported"),  # +8.2 %
])
def test_fraction_sized_change(text: str, change: float, verdict: str) -> None:
    c = _one(text, "change")
    assert c.claim.change == pytest.approx(change)
    assert not (c.claim.comparison or {}).get("sub_annual")  # "a quarter" is a size, not a part of the year
    assert c.verdict.verdict == verdict


# ---------------------------------------------------------------- "X% more than in <year>"
@pytest.mark.parametrize(("text", "verdict"), [
    ("China mined 6% more rare earths in 2024 than in 2023.", "supported"),  # 255,000 -> 270,000 t, +5.9 %
    ("Nigeria extracted 80 percent more rare earths in 2024 than in 2023.", "supported"),  # +80.6 %
    ("China mined 20% more rare earths in 2024 than in 2023.", "partly_supported"),
])
def test_percent_more_than_an_earlier_year_is_a_change(text: str, verdict: str) -> None:
    c = _one(text, "change")
    assert (c.claim.year, (c.claim.comparison or {}).get("from_year")) == (2024, 2023)
    assert c.verdict.verdict == verdict
    assert not any(x.claim.kind == "share" for x in _checks(text))


# ---------------------------------------------------------------- the year of the sentence before
@pytest.mark.parametrize(("text", "country"), [
    ("In 2023, Myanmar produced 43,000 tonnes of rare earths. Output in Nigeria was 7,200 tonnes.", "NGA"),
    ("Thailand mined 3,600 tonnes of rare earths in 2023. Australia's output came to 16,000 tonnes.", "AUS"),
])
def test_year_carries_from_the_previous_sentence(text: str, country: str) -> None:
    c = next(c for c in _checks(text) if c.claim.country == country)
    assert c.claim.year == 2023
    assert c.verdict.verdict == "supported"


def test_sentence_marking_its_own_time_keeps_the_latest_year() -> None:
    text = "Thailand mined 3,600 tonnes of rare earths in 2023. Australia now mines 13,000 tonnes a year."
    c = next(c for c in _checks(text) if c.claim.country == "AUS")
    assert c.claim.year != 2023
    assert c.verdict.verdict == "supported"  # 13,000 t in 2024, the latest year of MCS 2025


def test_projection_year_does_not_carry() -> None:
    text = ("Australia's rare earth output could reach 40,000 tonnes in 2030. "
            "Its output was 13,000 tonnes.")
    c = next(c for c in _checks(text) if c.claim.kind == "quantity" and c.claim.value == 13000)
    assert c.claim.year != 2030


# ---------------------------------------------------------------- comparisons by multiples and fractions
@pytest.mark.parametrize(("text", "ratio", "verdict"), [
    ("Brazil's rare earth reserves are about half those of China.", 0.5, "supported"),  # 21 / 44 = 0.48
    ("China's reserves of rare earths are more than double Brazil's.", 2.0, "supported"),  # 2.1
    ("China's 2024 rare earth output was six times that of the United States.", 6.0, "supported"),  # 270 / 45
    ("China produced about six times as much rare earth as the US in 2024.", 6.0, "supported"),
    ("Brazil's rare earth reserves are about a quarter of China's.", 0.25, "partly_supported"),
])
def test_comparison_multiples_and_fractions(text: str, ratio: float, verdict: str) -> None:
    c = _one(text, "comparison")
    assert (c.claim.comparison or {}).get("ratio") == pytest.approx(ratio)
    assert c.verdict.verdict == verdict


# ---------------------------------------------------------------- an event that only dates a change
def test_event_in_a_clause_of_time_is_not_a_claim() -> None:
    checks = _checks("When Beijing announced the export curbs, germanium prices jumped 30%.", "2024-04-15")
    assert any(c.claim.kind == "change" for c in checks)
    assert not any(c.claim.kind == "event" for c in checks)


def test_a_since_clause_naming_the_act_and_its_actor_is_a_claim_about_the_event() -> None:
    # README rule 16(c): a move dated from an act the clause tells (who did what) is a claim
    # about that recorded act; China's gallium export licensing of July 2023 is in events.csv
    checks = _checks("Since Beijing curbed gallium exports, the metal's price has more than doubled.", "2024-04-15")
    assert any(c.claim.kind == "change" for c in checks)
    assert [c.verdict.verdict for c in checks if c.claim.kind == "event"] == ["supported"]


def test_event_as_a_cause_is_kept() -> None:
    # MCS-independent: the July 2023 licensing of gallium and germanium exports is in events.csv
    text = "China imposed export licences on gallium and germanium in July 2023, and prices jumped 30% as a result."
    assert any(c.claim.kind == "event" for c in _checks(text, "2024-04-15"))


# ---------------------------------------------------------------- changes sized by a multiplier
@pytest.mark.parametrize(("text", "change", "verdict"), [
    ("Thailand's rare earth production rose 3.6-fold in 2024.", 2.6, "supported"),  # 3,600 -> 13,000 t = x3.61
    ("Thailand saw a nearly fourfold increase in rare earth mine output in 2024.", 3.0, "supported"),
    ("China's rare earth output rose threefold in 2024.", 2.0, "partly_supported"),  # 255,000 -> 270,000 t
])
def test_multiplier_sized_change(text: str, change: float, verdict: str) -> None:
    c = _one(text, "change")
    assert c.claim.change == pytest.approx(change)
    assert c.verdict.verdict == verdict


# ---------------------------------------------------------------- the basis written with the unit
@pytest.mark.parametrize("text", [
    "Rare earth output in Myanmar, mostly ionic clay ore, was 31,000 tonnes of REO in 2024.",
    "Although much of it is dug from clay ores, China's rare earth output was 270,000 tonnes REO in 2024.",
])
def test_basis_written_with_the_unit_wins(text: str) -> None:
    c = _one(text, "quantity")
    assert c.claim.basis == "REO"
    assert c.verdict.verdict == "supported"


# ---------------------------------------------------------------- reserves change between editions
@pytest.mark.parametrize(("text", "verdict"), [
    # MCS 2024 (2023) 22,000,000 t -> MCS 2025 (2024) 3,500,000 t: -84 %
    ("Vietnam's rare earth reserves were cut by about 84% in the latest USGS report.", "supported"),
    ("The USGS slashed its estimate of Vietnam's rare earth reserves by 84 percent.", "supported"),
    # China 44,000,000 t in both editions
    ("China's rare earth reserves rose 10%.", "refuted"),
])
def test_reserves_change_is_between_editions(text: str, verdict: str) -> None:
    c = _one(text, "change")
    assert c.verdict.verdict == verdict
    assert {e.edition for e in c.verdict.evidence} == {"MCS 2024", "MCS 2025"}


@pytest.mark.parametrize(("second", "year"), [
    # USGS MCS 2026 (usgs_datarelease_mcs2026, published 2026-02-06): Indonesia 44,000 of 310,000 t in 2025.
    # On 2026-01-10 MCS 2025 is current, its latest year 2024: a present-tense sentence after one on 2025
    # is read for 2025 (labelling rule 13), unless it marks its own time ("now")
    ("Indonesia holds about 14% of world cobalt output.", 2025),
    ("Indonesia now produces about 14% of the world's cobalt.", None),
])
def test_present_tense_takes_a_newer_year_from_the_sentence_before(second: str, year: int | None) -> None:
    text = f"Congo's cobalt mine output reached 230,000 tonnes in 2025. {second}"
    share = _one(text, "share", "2026-01-10")
    assert share.claim.country == "IDN" and share.claim.year == year


# ---------------------------------------------------------------- a change given as an amount
@pytest.mark.parametrize(("text", "verdict"), [
    ("Myanmar's rare earth output fell by 12,000 tonnes in 2024.", "supported"),  # 43,000 -> 31,000 t
    ("China's rare earth production was 15,000 tonnes higher in 2024 than in 2023.", "supported"),  # 255,000 -> 270,000
    ("US rare earth mine output rose by about 3,400 tonnes in 2024.", "supported"),  # 41,600 -> 45,000 t
    ("Myanmar's rare earth output fell by 2,000 tonnes in 2024.", "partly_supported"),  # the fall was 12,000 t
    ("Myanmar's rare earth output rose by 12,000 tonnes in 2024.", "refuted"),
])
def test_amount_of_change_is_the_difference_of_two_years(text: str, verdict: str) -> None:
    checks = _checks(text)
    assert not any(c.claim.kind == "quantity" for c in checks)  # the amount is no level
    c = _one(text, "change")
    assert c.verdict.verdict == verdict


# ---------------------------------------------------------------- bare "imports" are the subject's
@pytest.mark.parametrize(("text", "partner", "verdict"), [
    # import_sources (ind_usgs_mcs2025_ree, MCS 2025 p.144, Import Sources 2020-23, rare-earth compounds and
    # metals): China 70%, Malaysia 13% of US imports
    ("The United States relied heavily on foreign rare earths, with China supplying about 70% of imports.",
     "CHN", "supported"),
    ("The US depends on foreign rare earths, with Malaysia providing roughly 40% of imports.", "MYS", "refuted"),
])
def test_bare_imports_are_the_sentence_subjects(text: str, partner: str, verdict: str) -> None:
    c = _one(text, "share", "2025-07-10")
    assert (c.claim.country, (c.claim.comparison or {}).get("buyer")) == (partner, "USA")
    assert c.verdict.verdict == verdict


# ---------------------------------------------------------------- a measure of the next clause
@pytest.mark.parametrize("text", [
    "Between 2022 and 2024, shipments of palladium from Russia to the US grew by 20%, whereas palladium prices "
    "dropped 54%.",
    "Russian exports of palladium to the United States in 2024 climbed 15%, while palladium prices slid 27%.",
])
def test_measure_after_a_joined_clause_is_not_the_figures(text: str) -> None:
    changes = sorted((c for c in _checks(text) if c.claim.kind == "change"), key=lambda c: c.claim.span)
    assert len(changes) == 2
    assert changes[0].claim.measure == "exports" and changes[1].claim.measure == "price"


# ---------------------------------------------------------------- a price move between two named years
@pytest.mark.parametrize(("text", "verdict"), [
    # usgs_mcs2025_pgm (MCS 2025): palladium annual average 2,133.81 (2022) and 980 (2024) USD/troy oz: -54 %
    ("Palladium prices fell 50% between 2022 and 2024 as Russian metal kept flowing to the US.", "supported"),
    ("From 2022 to 2024 the average palladium price dropped by 54 percent in the United States.", "supported"),
    ("Palladium prices fell 50% as Russian metal kept flowing to the US.", "unverifiable"),  # no years
])
def test_price_move_between_two_named_years(text: str, verdict: str) -> None:
    c = next(c for c in _checks(text) if c.claim.kind == "change" and c.claim.measure == "price")
    assert c.verdict.verdict == verdict


@pytest.mark.parametrize(("text", "verdict"), [
    # a whole multiple of ten is stated to the nearest ten points (labelling rule 5): Burma -27.9 %
    ("Myanmar's rare earth mine output fell 30% in 2024.", "supported"),
    ("Myanmar's rare earth mine output fell 31% in 2024.", "partly_supported"),  # to the point: 31 +- 2.5
])
def test_round_percentage_change_is_read_to_ten_points(text: str, verdict: str) -> None:
    assert _one(text, "change").verdict.verdict == verdict
