"""Seven reading bugs of the claim checker, each fixed by a general rule (sentences written for
this test; the figures cited are those of the bundled USGS Mineral Commodity Summaries 2025 and
of events.csv, named in each test).

1. a country named by its region ("the South American country") is the country named before,
   never the United States read out of "American";
2. "X imports / relies on Y for / Y supplies N% of X's ...": Y's share of X's imports;
3. "a quarter of a million tonnes": a quantity, not a share;
4. "the two countries", "together they" after a sentence naming two countries: the group's share;
   "A and B dominate": a place among the first two for each;
5. "shed 20%", "slipped 4%", "rallied 30%": a change, not a share;
6. an organisation opening an event sentence is its subject: only an event it is party to matches;
7. an event that leaves out a party the sentence names and disagrees on the date is another event;
8. the owner of a measure ("Japan's restrictions on gallium") imposed it: another country's
   measure of the same day is not it (events.csv ``cn-2023-07-03-ga-ge-controls``: China's
   gallium and germanium licences, announced 2023-07-03).
"""

from __future__ import annotations

import pytest

from critmin.claims import org_agents, supplied_share
from critmin.claims.extract import Mention

DATE = "2025-06-01"


def _claims(checker, text: str, date: str = DATE, kind: str | None = None) -> list:  # type: ignore[no-untyped-def]
    return [c for c in checker.check(text, date).checks if kind is None or c.claim.kind == kind]


# --------------------------------------------------------------------------- 1. region epithets
@pytest.mark.parametrize(("text", "country"), [
    ("Brazil holds large rare earth reserves. The South American country mined 20 tonnes of rare earths in 2024.",
     "BRA"),
    ("Lithium output in Chile keeps rising. The South American nation produced 49,000 tonnes of lithium in 2024.",
     "CHL"),
    ("Argentina is courting miners. Latin American output of lithium reached 18,000 tonnes in 2024, the country says.",
     "ARG"),
])
def test_region_epithet_is_the_country_named_before(checker, text: str, country: str) -> None:
    found = _claims(checker, text, kind="quantity")
    assert found and all(c.claim.country == country for c in found), [(c.claim.country, c.claim.text) for c in found]


@pytest.mark.parametrize("text", [
    "The South American country mined 20 tonnes of rare earths in 2024.",
    "North American output of rare earths reached 45,000 tonnes in 2024.",
])
def test_region_epithet_never_defaults_to_the_united_states(checker, text: str) -> None:
    assert all(c.claim.country != "USA" for c in _claims(checker, text))


def test_country_adjectives_after_a_compass_word_still_name_their_country(checker) -> None:  # type: ignore[no-untyped-def]
    # "South African", "South Korean" are countries' own adjectives, read whole
    found = _claims(checker, "South African output of platinum was 120,000 kilograms in 2024.", kind="quantity")
    assert found and found[0].claim.country == "ZAF"


# --------------------------------------------------------------------------- 2. import-source shares
@pytest.mark.parametrize(("text", "buyer", "seller", "share"), [
    ("The United States relies on China for 70% of its rare earth supply.", "USA", "CHN", 0.70),
    ("Washington depends on Beijing for 70% of its rare earth compounds.", "USA", "CHN", 0.70),
    ("China provides 70% of America's rare earths.", "USA", "CHN", 0.70),
    ("Malaysia supplies about 13% of the rare earths the United States uses.", "USA", "MYS", 0.13),
    ("Japan still obtains around 60% of its rare earths from China.", "JPN", "CHN", 0.60),
    ("Japan imports a third of its cobalt from Congo.", "JPN", "COD", 1 / 3),
    ("China accounted for 70% of the rare earth compounds the United States imported.", "USA", "CHN", 0.70),
    ("Nearly 70 percent of the rare earths the US bought abroad came from China.", "USA", "CHN", 0.70),
    ("America leans on Malaysia for 13% of its rare earth supplies.", "USA", "MYS", 0.13),
])
def test_share_of_a_buyers_supply_is_an_import_share(checker, text: str, buyer: str, seller: str,
                                                      share: float) -> None:
    found = [c for c in _claims(checker, text, kind="share") if (c.claim.comparison or {}).get("buyer")]
    assert len(found) == 1, [(c.claim.subject, c.claim.comparison) for c in _claims(checker, text)]
    c = found[0].claim
    assert (c.comparison["buyer"], c.country, c.measure) == (buyer, seller, "imports")
    assert c.share == pytest.approx(share)


def test_import_share_is_judged_on_the_import_sources(checker) -> None:  # type: ignore[no-untyped-def]
    # USGS MCS 2025, Rare Earths (p. 144), import sources 2020-23: China 70%, Malaysia 13%
    ok = _claims(checker, "The United States relies on China for 70% of its rare earth supply.", kind="share")
    assert ok[0].verdict.verdict == "supported"
    wrong = _claims(checker, "China provides 40% of America's rare earths.", kind="share")
    assert wrong[0].verdict.verdict == "refuted"


@pytest.mark.parametrize("text", [
    "The United States depends on China for 70% of its rare earth refining.",  # a stage, not supply it buys
    "China supplies 60% of the world's rare earths.",  # the world's, not a buyer's
    "China accounts for 70% of the rare earths the world uses.",
    "In 2024, 70% of the rare earths mined worldwide came from China.",
])
def test_no_import_share_without_a_buyers_supply(checker, text: str) -> None:
    assert not any((c.claim.comparison or {}).get("buyer") for c in _claims(checker, text))


def test_part_of_another_countrys_imports_is_no_ratio(checker) -> None:  # type: ignore[no-untyped-def]
    for text in ("Congo supplies a third of China's cobalt imports.",
                 "Australia provides half of China's lithium imports."):
        assert not _claims(checker, text, kind="comparison"), text


def test_supplied_share_reader_directly() -> None:
    text = "Japan relies on China for 60% of its rare earths."
    cs = [Mention(0, 5, "country", "JPN"), Mention(20, 25, "country", "CHN")]
    hs = text.index("60%")
    assert supplied_share.supplied_share(text, 0, len(text), hs, hs + 3, cs) == ("JPN", "CHN")
    other = "Japan relies on China for 60% of its magnet output."
    assert supplied_share.supplied_share(other, 0, len(other), hs, hs + 3, cs) is None


# --------------------------------------------------------------------------- 3. fractions of a scale word
@pytest.mark.parametrize(("text", "value"), [
    ("China produced a quarter of a million tonnes of rare earths in 2024.", 250_000),
    ("Mines in China produced a third of a million tons of rare earths in 2024.", 1_000_000 / 3),
    ("Global output reached three quarters of a million tonnes of rare earths in 2024.", 750_000),
])
def test_fraction_of_a_scale_word_is_a_quantity(checker, text: str, value: float) -> None:
    found = _claims(checker, text)
    assert not any(c.claim.kind == "share" for c in found), [(c.claim.kind, c.claim.text) for c in found]
    q = [c for c in found if c.claim.kind == "quantity"]
    assert q and q[0].claim.value == pytest.approx(value)


def test_quarter_of_a_million_is_read_within_half_the_fraction(checker) -> None:  # type: ignore[no-untyped-def]
    # MCS 2025: China mined 270,000 t REO in 2024; "a quarter of a million" (125,000..375,000) holds,
    # while "a tenth of a million" (50,000..150,000) does not
    q = _claims(checker, "China produced a quarter of a million tonnes of rare earths in 2024.", kind="quantity")
    assert q[0].verdict.verdict == "supported"
    q = _claims(checker, "China produced a tenth of a million tonnes of rare earths in 2024.", kind="quantity")
    assert q[0].verdict.verdict == "refuted"


def test_a_fraction_of_a_budget_is_no_share(checker) -> None:  # type: ignore[no-untyped-def]
    text = "The government set aside a third of a billion dollars for rare earth processing."
    assert not _claims(checker, text, kind="share")


# --------------------------------------------------------------------------- 4. group shares
@pytest.mark.parametrize(("text", "group"), [
    ("Argentina and Chile anchor the lithium triangle. The two countries hold more than half of the world's "
     "lithium reserves.", ["ARG", "CHL"]),
    ("Australia and Chile led lithium mining in 2024. Together they accounted for 57% of world output.",
     ["AUS", "CHL"]),
    ("China and Myanmar mine most rare earths. Both nations mined about 77% of the world's rare earths in 2024.",
     ["CHN", "MMR"]),
])
def test_group_named_in_the_sentence_before_takes_the_share(checker, text: str, group: list[str]) -> None:
    second = text.split(". ", 1)[1]
    found = [c for c in _claims(checker, text, kind="share") if c.claim.sentence == second]
    assert len(found) == 1
    assert found[0].claim.comparison == {"countries": group}


def test_group_share_is_the_sum_of_its_members(checker) -> None:  # type: ignore[no-untyped-def]
    # MCS 2025 (2024 mining): Australia 88,000 t + Chile 49,000 t of 240,000 t = 57.1%
    text = "Australia and Chile led lithium mining in 2024. Together they accounted for 57% of world output."
    share = _claims(checker, text, kind="share")[0]
    assert share.verdict.verdict == "supported"
    # MCS 2025 reserves: Argentina 4.0 Mt + Chile 9.3 Mt of 30 Mt = 44.3%, not more than half
    text = "Argentina and Chile anchor the lithium triangle. The two countries hold more than half of the world's " \
           "lithium reserves."
    assert _claims(checker, text, kind="share")[0].verdict.verdict == "refuted"


def test_a_count_that_does_not_fit_takes_no_group(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Argentina and Chile anchor the lithium triangle. The three countries hold 58% of the world's lithium reserves."
    assert all(not (c.claim.comparison or {}).get("countries") for c in _claims(checker, text, kind="share"))


@pytest.mark.parametrize(("text", "places"), [
    ("Congo and Indonesia dominate cobalt production.", {"COD": 2, "IDN": 2}),
    ("Brazil and Vietnam dominated rare earth reserves.", {"BRA": 2, "VNM": 2}),
])
def test_two_countries_that_dominate_each_hold_a_first_place(checker, text: str, places: dict[str, int]) -> None:
    ranks = _claims(checker, text, kind="rank")
    assert {c.claim.country: c.claim.rank for c in ranks} == places
    assert {c.claim.rank_op for c in ranks} == {"<="}


# --------------------------------------------------------------------------- 5. verbs of a move
@pytest.mark.parametrize(("text", "change"), [
    ("Dysprosium prices shed 20% in 2024.", -0.20),
    ("Chinese exports of graphite slipped 4% in 2024.", -0.04),
    ("Cobalt prices rallied 30% in 2024.", 0.30),
    ("Lithium prices eased 15% over 2024.", -0.15),
])
def test_move_verbs_with_a_percentage_are_changes(checker, text: str, change: float) -> None:
    found = _claims(checker, text)
    assert [c.claim.kind for c in found] == ["change"], [(c.claim.kind, c.claim.text) for c in found]
    assert found[0].claim.change == pytest.approx(change)


@pytest.mark.parametrize(("text", "change"), [
    ("Neodymium prices shed a fifth in 2024.", -0.2),
    ("Terbium prices rallied by a third in 2024.", 1 / 3),
])
def test_move_verb_with_a_fraction_is_a_change(checker, text: str, change: float) -> None:
    found = _claims(checker, text, kind="change")
    assert found and found[0].claim.change == pytest.approx(change)


def test_a_share_price_move_stays_no_claim(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _claims(checker, "Shares of Lynas shed 15% on Monday.")


# --------------------------------------------------------------------------- 6. organisations as actors
@pytest.mark.parametrize("text", [
    "The Association of China Rare Earth Industry announced export controls on rare earths in October 2025.",
    "The Association of China Rare Earth Industry (ACREI) speaks for the sector. ACREI announced export controls "
    "on rare earths in October 2025.",
    "The China Nonferrous Metals Industry Association imposed export curbs on rare earths in October 2025.",
])
def test_an_association_is_not_the_government(checker, text: str) -> None:
    # events.csv holds China's (MOFCOM's) rare-earth controls of 9 October 2025, not an association's
    found = _claims(checker, text, date="2025-12-01", kind="event")
    assert found and all(c.verdict.verdict == "unverifiable" for c in found)
    assert all(org_agents.ORG_AGENT in (c.claim.event or {}) for c in found)


def test_the_government_itself_still_matches(checker) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, "China announced export controls on rare earths in October 2025.", date="2025-12-01",
                    kind="event")
    assert found and found[0].verdict.verdict == "supported"


def test_org_subject_reader() -> None:
    from critmin.dataset import DATA_DIR

    d = str(DATA_DIR)
    assert org_agents.org_subject("The World Trade Organization ruled on Monday.", [], d)[0] == "wto"
    assert org_agents.org_subject("In May, the Kachin Independence Army seized a town.", [], d)[0] == "kia"
    assert org_agents.org_subject("MOFCOM announced new rules.", [], d) is None  # a government's own body
    assert org_agents.org_subject("The European Union adopted the act.", [], d) is None  # a bloc acts for states
    assert org_agents.org_subject("BEIJING - China banned exports.", [], d) is None  # a dateline
    got = org_agents.org_subject("The Chamber of Mines of Ruritania imposed a levy.", [], d)
    assert got is not None and got[0].startswith("org:Chamber of Mines")
    # a bare acronym is an organisation only when the article spells it out as one (not MIIT, NDRC)
    assert org_agents.org_subject("MIIT issued quotas.", [], d, "MIIT issued quotas.") is None
    article = "The Ruritanian Mining Association (RMA) met. RMA issued quotas."
    assert org_agents.org_subject("RMA issued quotas.", [], d, article) == ("org:RMA", 0, 3)
    # a country's own name is no organisation, whatever its last word
    assert org_agents.org_subject("The Russian Federation banned exports.", [(4, 22)], d) is None


# --------------------------------------------------------------------------- 7. events of other parties
@pytest.mark.parametrize("text", [
    "In January 2026, Beijing restricted rare earth shipments to Japan.",
    "China halted rare earth exports to Japan on 6 January 2026.",
])
def test_an_event_leaving_out_a_named_party_and_its_date_is_another(checker, text: str) -> None:
    # events.csv: China's controls of 9 October 2025 name no Japan; no China-Japan event of 2026
    found = _claims(checker, text, date="2026-06-01", kind="event")
    assert found and all(c.verdict.verdict == "unverifiable" for c in found)


def test_an_agreement_of_other_parties_does_not_date_the_claim(checker) -> None:  # type: ignore[no-untyped-def]
    # events.csv: the US-Japan framework (2025-10-28), an EU act of 2024: neither is a China-Japan deal
    for text in ("China and Japan signed a rare earth agreement in 2024.",
                 "Japan and China agreed a rare earth supply pact in 2024."):
        found = _claims(checker, text, date="2026-06-01", kind="event")
        assert found and all(c.verdict.verdict != "supported" for c in found), text


def test_the_recorded_event_between_the_parties_still_matches(checker) -> None:  # type: ignore[no-untyped-def]
    # events.csv: cn-jpn-2010-shipment-halt (2010), Japan's WTO complaint (2012-03)
    found = _claims(checker, "China suspended rare earth exports to Japan in 2010.", date="2026-06-01", kind="event")
    assert found and found[0].verdict.verdict == "supported"
    found = _claims(checker, "Japan filed a WTO complaint against China's rare earth export restrictions in March 2012.",
                    date="2026-06-01", kind="event")
    assert found and found[0].verdict.verdict == "supported"


def test_a_background_happening_dates_nothing(checker) -> None:  # type: ignore[no-untyped-def]
    text = ("The United States and Ukraine signed a minerals agreement, following Russia's invasion in "
            "February 2022.")
    found = _claims(checker, text, date="2025-06-01", kind="event")
    assert found and all(c.verdict.verdict != "refuted" for c in found)
    ev = found[0].claim.event or {}
    assert (ev.get("roles") or {}).get("2022-02") == "background"
    assert "RUS" not in (ev.get("actors") or [])


@pytest.mark.parametrize("text", [
    "The US eased a 25% tariff on Chinese graphite in 2025.",  # the verb's object, not a move
    "The miner shed 10% of its rare earth workforce in 2024.",
])
def test_a_move_verb_with_an_object_is_no_change(checker, text: str) -> None:
    assert not [c for c in _claims(checker, text, kind="change") if c.claim.change is not None]


def test_an_organisation_that_only_speaks_is_no_subject() -> None:
    from critmin.dataset import DATA_DIR

    d = str(DATA_DIR)
    assert org_agents.org_subject("The Cobalt Institute said Congo banned exports in February.", [], d) is None
    assert org_agents.org_subject("The Ruritanian Mining Association, a lobby group, warned of shortages.", [], d) is None


@pytest.mark.parametrize("text", [
    "Amid the trade war, China banned exports of gallium to the United States in December 2024.",
    "During the crisis, China cut its rare earth export quota in 2010.",
])
def test_a_background_word_earlier_does_not_take_the_events_date(checker, text: str) -> None:
    found = _claims(checker, text, date="2025-06-01", kind="event")
    assert found
    assert "background" not in ((found[0].claim.event or {}).get("roles") or {}).values()


@pytest.mark.parametrize("text", [
    "Japan's restrictions on gallium exports were announced on 3 July 2023.",
    "South Korea's new export curbs on germanium were unveiled on 3 July 2023.",
])
def test_another_owners_measure_is_not_chinas(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [c for c in checker.check(text, "2024-01-10").checks if c.claim.kind == "event"]
    assert events and all(c.verdict.verdict == "unverifiable" for c in events), \
        [(c.verdict.verdict, c.verdict.explanation) for c in events]


@pytest.mark.parametrize("text", [
    "China's restrictions on gallium exports were announced on 3 July 2023.",
    "Beijing's new export controls on germanium were unveiled on 3 July 2023.",
])
def test_the_owners_own_measure_still_matches(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    events = [c for c in checker.check(text, "2024-01-10").checks if c.claim.kind == "event"]
    assert events and events[0].verdict.verdict == "supported", [(c.verdict.verdict, c.verdict.explanation) for c in events]
    assert events[0].verdict.evidence[0].edition == "cn-2023-07-03-ga-ge-controls"


def test_a_reference_mark_after_the_full_stop_ends_a_sentence_of_prose(checker) -> None:  # type: ignore[no-untyped-def]
    # eighteenth session: "... of antimony.[1]" on a short line is a sentence with a citation mark,
    # not a row of a list under the sentence before, so it does not take that sentence's year
    # (December 2024, a year no edition of 2024-12-05 holds) but the present tense's latest year:
    # USGS MCS 2024 gives China 600,000 of 610,000 kg of primary gallium in 2023 (98.4 %, not 94 %)
    head = ("In early December 2024, China announced a ban on exports of gallium, germanium and antimony "
            "to the United States.\n\n")
    for tail in ("", "[1]"):
        got = _claims(checker, head + "China currently controls 94% of the global supply of gallium." + tail,
                      "2024-12-05", "share")
        assert got and got[0].claim.year is None and got[0].verdict.verdict == "refuted", (tail, got)
