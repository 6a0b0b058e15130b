"""Claims without a stated figure, found from word classes (qualitative.py, issue 6 recall):
dominance, market moves, output that stopped. Every sentence is written for these tests
(two phrasings or more per class); the facts come from the bundled data:

* observations.csv, USGS MCS 2025 (current 2025-01-31 to 2026-02-05), 2024 mine production:
  graphite China 1,270,000 t (first), Madagascar 89,000 t, Mozambique 75,000 t; cobalt
  Congo (Kinshasa) 220,000 of 290,000 t (first); lithium Australia first; gallium China
  (98.7% of world output); tungsten China 66,000 t (2023) and 67,000 t (2024), United
  States 0 t in 2023 and 2024 (printed as a dash).
* USGS MCS 2024 (current 2024-01-31 to 2025-01-30): platinum, South Africa 124,000 kg in
  2022 and 120,000 kg in 2023 (a fall).
* No daily or monthly price series and no trade by partner are bundled: price moves and
  flows to one partner are unverifiable.
"""

from __future__ import annotations

import pytest

from critmin.claims.extract import extract_claims
from critmin.claims.qualitative import triggers


def kinds(result, kind: str):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == kind]


def verdicts(result, kind: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.verdict.verdict for c in kinds(result, kind)]


# ------------------------------------------------------------------------------- dominance
@pytest.mark.parametrize("text", [
    "China dominates the mining of graphite.",
    "Graphite mining is overwhelmingly dominated by China.",
    "China is known to dominate both the mining and the refining of graphite.",
    "China sits at the top of the global graphite production table.",
])
def test_dominance_is_first_place(checker, text: str) -> None:
    r = checker.check(text, "2025-03-01")
    ranks = kinds(r, "rank")
    assert ranks and ranks[0].claim.country == "CHN" and ranks[0].claim.rank == 1
    assert ranks[0].claim.commodity == "graphite"
    assert ranks[0].verdict.verdict == "supported"


@pytest.mark.parametrize(("text", "country"), [
    ("The Democratic Republic of Congo leads the world in cobalt mining.", "COD"),
    ("Australia, which dominates lithium mining, approved two new projects.", "AUS"),
])
def test_dominance_of_other_countries(checker, text: str, country: str) -> None:
    r = checker.check(text, "2025-03-01")
    ranks = kinds(r, "rank")
    assert [c.claim.country for c in ranks] == [country]
    assert verdicts(r, "rank") == ["supported"]


@pytest.mark.parametrize(("text", "country", "commodity"), [
    ("China controls the global market for mined graphite.", "CHN", "graphite"),
    ("Congo controlled world supply of cobalt last year.", "COD", "cobalt"),
    ("China leads global production of tungsten.", "CHN", "tungsten"),
    # (twenty-sixth session: "has become the dominant force" names the article's year, README rule 20a, and is
    # unverifiable on 2025-03-01: tests/claims/test_unheld_acts.py; the simple present reads the latest data year)
    ("Indonesia is the dominant force in nickel mining.", "IDN", "nickel"),
    ("Australia remains the undisputed leader in lithium mining.", "AUS", "lithium"),
    ("China has maintained its dominance over graphite mining.", "CHN", "graphite"),
    ("Congo retains a dominant position in cobalt mining.", "COD", "cobalt"),
])
def test_control_and_leader_wording_is_first_place(checker, text: str, country: str, commodity: str) -> None:
    ranks = kinds(checker.check(text, "2025-03-01"), "rank")
    assert [(c.claim.country, c.claim.commodity, c.claim.rank) for c in ranks] == [(country, commodity, 1)]
    assert ranks[0].verdict.verdict == "supported"


@pytest.mark.parametrize("text", [
    "Australia is a major player in lithium mining.",
    "China controls exports of gallium through licences.",
    "China's export controls on graphite took effect in December.",
])
def test_control_and_player_wording_without_first_place(checker, text: str) -> None:
    assert not kinds(checker.check(text, "2025-03-01"), "rank")


@pytest.mark.parametrize("text", [
    "Mozambique dominates graphite mining.",
    "Graphite mining is dominated by Madagascar.",
])
def test_dominance_by_a_country_not_first_is_refuted(checker, text: str) -> None:
    assert verdicts(checker.check(text, "2025-03-01"), "rank") == ["refuted"]


@pytest.mark.parametrize("text", [
    "China holds a near monopoly on gallium production.",
    "China has a virtual monopoly over the production of gallium.",
])
def test_monopoly_is_more_than_half_and_first(checker, text: str) -> None:
    r = checker.check(text, "2025-03-01")
    share = kinds(r, "share")
    assert len(share) == 1 and share[0].claim.value == 50.0 and share[0].claim.hedge == "more than"
    assert share[0].verdict.verdict == "supported"
    assert verdicts(r, "rank") == ["supported"]


@pytest.mark.parametrize("text", [
    # ("Western governments want to break China's dominance of rare earth processing." left this list in the
    # twenty-first session: README rule 17 (d) reads a dominance noun that is the object of "break" as first
    # place, C2847; see test_dominance_in_passing_s21.py)
    "China could dominate the lithium market by 2030, analysts say.",
    "Beijing has long sought to dominate the market for battery metals such as graphite.",
    "The rally in graphite prices is leading to new mine openings in Tanzania.",
    "China does not dominate the mining of cobalt.",
    "Graphite anodes matter. China leads the world in electric-vehicle sales.",
    "New mines could erode China's dominance over graphite mining.",
])
def test_dominance_words_that_assert_nothing(checker, text: str) -> None:
    r = checker.check(text, "2025-03-01")
    assert not kinds(r, "rank") and not kinds(r, "share")


# ------------------------------------------------------------------------------- market moves
@pytest.mark.parametrize("text", [
    "Cobalt prices ended the quarter at nine-year lows.",
    "Lithium prices have seen a steep pullback over the past eighteen months.",
    "Nickel values hit lows not seen since 2016.",
    "A supply scare has pushed antimony prices sharply higher.",
    "The price of graphite flakes in China continued to edge lower this week.",
    "Gallium prices followed a mostly downward trend in the first half.",
    "The price of cobalt showed a rising trend through the spring.",
])
def test_price_moves_without_a_size_are_unverifiable(checker, text: str) -> None:
    r = checker.check(text, "2025-03-01")
    changes = kinds(r, "change")
    assert len(changes) == 1 and changes[0].claim.change is None
    assert changes[0].claim.measure == "price"
    assert changes[0].verdict.verdict == "unverifiable" and changes[0].verdict.needs


@pytest.mark.parametrize(("text", "want"), [
    ("South Africa's platinum production fell in 2023.", "supported"),
    ("In 2023, South African platinum output was lower compared to the previous year.", "supported"),
    ("South Africa's platinum output rose in 2023.", "refuted"),
    ("In 2023, South African platinum production was higher than the year before.", "refuted"),
])
def test_direction_of_an_annual_move_is_checked(checker, text: str, want: str) -> None:
    # MCS 2024 (current on 2024-06-01): 124,000 kg (2022) -> 120,000 kg (2023)
    assert verdicts(checker.check(text, "2024-06-01"), "change") == [want]


@pytest.mark.parametrize("text", [
    "South Africa is the biggest platinum producer. In 2023, production was lower than in the previous year.",
    "South Africa mines most of the world's platinum. Output fell in 2023 because of power cuts.",
])
def test_a_bare_national_quantity_takes_the_country_named_before(checker, text: str) -> None:
    c = kinds(checker.check(text, "2024-06-01"), "change")
    assert len(c) == 1 and c[0].claim.country == "ZAF" and c[0].verdict.verdict == "supported"


@pytest.mark.parametrize("text", [
    "China shipped 40 t of gallium in May. Year on year, exports also fell by approximately 20%.",
    "China shipped 40 t of gallium in May. Compared with a year earlier, shipments dropped by an estimated 20%.",
])
def test_a_change_without_its_commodity_takes_the_article_topic(checker, text: str) -> None:
    c = kinds(checker.check(text, "2025-06-20"), "change")
    assert len(c) == 1 and c[0].claim.commodity == "gallium" and c[0].claim.change == pytest.approx(-0.2)


@pytest.mark.parametrize(("text", "measure"), [
    ("Japan has been importing many more tonnes of antimony from Thailand.", "imports"),
    ("South Korea bought far fewer tonnes of gallium from China in the spring as imports dried up.", "imports"),
    ("China's tungsten mining quota was kept at a flat rate from the year before.", "quota"),
    ("Cobalt prices remained broadly stable through the second quarter.", "price"),
])
def test_comparisons_and_flat_moves_are_unverifiable(checker, text: str, measure: str) -> None:
    c = kinds(checker.check(text, "2025-03-01"), "change")
    assert len(c) == 1 and c[0].claim.measure == measure and c[0].verdict.verdict == "unverifiable"


@pytest.mark.parametrize("text", [
    "Cobalt prices are expected to rise further next year as demand grows.",
    "When supply falls, tungsten prices rise.",
    "Shares of the cobalt miner surged after the announcement.",
    "Demand for graphite has grown in recent years as battery makers expand.",
    "The company's tungsten stock soared 40% as investors priced in scarcer supply.",
    "There is more demand for cobalt than ever before.",
    "Less graphite is needed in the newest anodes.",
    "A downward trend in cobalt prices is expected to continue.",
])
def test_moves_that_are_no_claims(checker, text: str) -> None:
    assert not kinds(checker.check(text, "2025-03-01"), "change")


# ------------------------------------------------------------------------------- output that stopped
@pytest.mark.parametrize("text", [
    "The United States no longer mines tungsten.",
    "Tungsten has not been mined commercially in the United States for years.",
    "In 2024, no marketable tungsten was mined in the United States.",
])
def test_stopped_output_is_zero(checker, text: str) -> None:
    q = kinds(checker.check(text, "2025-03-01"), "quantity")
    assert len(q) == 1 and q[0].claim.value == 0.0 and q[0].claim.country == "USA"
    assert q[0].verdict.verdict == "supported"  # MCS 2025: 0 t in 2024


@pytest.mark.parametrize("text", [
    "No graphite has been shipped from China to the United States since December.",
    "No gallium was exported from China to Japan in August.",
])
def test_a_zero_flow_to_one_partner_is_unverifiable(checker, text: str) -> None:
    q = kinds(checker.check(text, "2025-03-01"), "quantity")
    assert len(q) == 1 and q[0].claim.value == 0.0 and q[0].verdict.verdict == "unverifiable"


@pytest.mark.parametrize("text", [
    "The United States is not expected to mine antimony again before 2027.",
    "If prices stay low, Australia may no longer mine lithium at some sites.",
])
def test_stopped_output_in_a_forecast_is_no_claim(checker, text: str) -> None:
    assert not kinds(checker.check(text, "2025-03-01"), "quantity")


# ------------------------------------------------------------------------------- gating
def test_triggers_are_word_sets() -> None:
    assert triggers(frozenset({"china", "dominates", "graphite"}))["dominance"]
    assert triggers(frozenset({"prices", "slumped"}))["market_move"]
    assert not triggers(frozenset({"slumped", "morale"}))["market_move"]  # a move needs a market quantity or a level
    assert triggers(frozenset({"no", "longer", "mines"}))["stopped_output"]
    assert not any(triggers(frozenset({"china", "graphite", "batteries"})).values())


def test_sentences_without_figures_reach_the_detectors() -> None:
    # _claimless() must let a figure-free sentence with a trigger word through
    found = extract_claims("Graphite mining is largely dominated by China.", date="2025-03-01")
    assert [c.kind for c in found] == ["rank"]


@pytest.mark.parametrize("text", [
    "Chinese tungsten output fell 3% in 2023, and output fell again in 2024.",
    "China's tungsten production dropped 3% in 2023, and production declined once more in 2024.",
])
def test_a_second_unsized_move_beside_a_sized_one(checker, text: str) -> None:
    # MCS 2025 (current on 2025-03-01): 66,000 t (2023) -> 67,000 t (2024), a rise; a later
    # compilation that shows a fall cannot outvote the current edition
    moves = [c for c in kinds(checker.check(text, "2025-03-01"), "change") if c.claim.change is None]
    assert len(moves) == 1 and moves[0].claim.year == 2024
    assert moves[0].verdict.verdict == "refuted", moves[0].verdict.explanation


@pytest.mark.parametrize("text", [
    "Australia is the biggest lithium miner. Lithium production increased in 2022 on strong demand.",
    "Chile ranks second among lithium miners. Global lithium output rose in 2022 as prices soared.",
])
def test_a_quantity_named_with_its_commodity_keeps_no_carried_country(checker, text: str) -> None:
    moves = [c for c in kinds(checker.check(text, "2023-06-01"), "change") if c.claim.measure != "price"]
    assert all(c.claim.country in (None, "WLD") for c in moves)


# ------------------------------------------------------------------------------- revisions between editions
@pytest.mark.parametrize(("text", "want"), [
    # MCS 2024: Vietnam rare-earth reserves 22,000,000 t; MCS 2025 (current on 2025-03-01): 3,500,000 t
    ("The USGS revised down its estimate of Vietnam's rare earth reserves.", "supported"),
    ("The USGS sharply cut its estimate of Vietnamese rare earth reserves this year.", "supported"),
    ("The USGS raised its estimate of Vietnam's rare earth reserves.", "refuted"),
])
def test_a_revision_without_figures_compares_two_editions(checker, text: str, want: str) -> None:
    c = kinds(checker.check(text, "2025-03-01"), "change")
    assert len(c) == 1 and c[0].claim.comparison and c[0].claim.comparison.get("revision")
    assert c[0].verdict.verdict == want, c[0].verdict.explanation


@pytest.mark.parametrize("text", [
    "Analysts revised up their lithium price forecast for Chile.",
    "Banks cut their estimates of Australian lithium demand growth.",
])
def test_revisions_of_forecasts_are_no_claims(checker, text: str) -> None:
    assert not kinds(checker.check(text, "2025-03-01"), "change")
