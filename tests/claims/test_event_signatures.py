"""Events recognised by their rows' signatures (critmin.claims.event_signatures).

Every row here is invented (countries, commodities, dates and kinds that no bundled row and no
labelled sentence has): the mechanism must read rows it has never seen, from the table alone.
"""

from __future__ import annotations

import pytest

from critmin.claims.event_signatures import family_of, sentence_matches, signature_events
from critmin.claims.model import Claim, ClaimCheck, Verdict
from critmin.dataset import DATA_DIR

D = str(DATA_DIR)

ROWS = [
    {"event_id": "t-idn-ni", "date": "2027-01-15", "date_precision": "day", "effective_date": "2027-03-01",
     "type": "export_control", "title": "Indonesia restricts nickel exports", "actors": "IDN", "commodities": "nickel"},
    {"event_id": "t-chl-kor", "date": "2027-05-20", "date_precision": "day", "type": "agreement",
     "title": "Chile-Korea lithium framework", "actors": "CHL;KOR", "commodities": "lithium"},
    {"event_id": "t-can-co", "date": "2027-06-10", "date_precision": "day", "type": "investment",
     "title": "Canada takes a stake in a cobalt refiner", "actors": "CAN", "commodities": "cobalt"},
    {"event_id": "t-per-cu", "date": "2027-02-02", "date_precision": "day", "type": "concession_moratorium",
     "title": "Peru pauses new copper concessions", "actors": "PER", "commodities": "copper"},
    {"event_id": "t-zaf-mn", "date": "2026", "date_precision": "year", "type": "supply_disruption",
     "title": "South Africa halts platinum shipments to India", "actors": "ZAF;IND", "imposed_by": "ZAF",
     "targets": "IND", "commodities": "platinum"},
]


def _ids(sentence: str, day: str) -> list[str]:
    return [str(e["event_id"]) for _, e, _ in sentence_matches(sentence, day, ROWS, D)]


@pytest.mark.parametrize(("sentence", "day", "row"), [
    # a capital for the country, "curbs" for an export control, the effective day without a year
    ("Jakarta's curbs on nickel shipments took effect on March 1.", "2027-04-01", "t-idn-ni"),
    # the adjective for the country, a month for the announcement
    ("Indonesian nickel export restrictions announced in January have rattled buyers.", "2027-04-01", "t-idn-ni"),
    # no date: every country party to the deal, its commodity and a verb of the act
    ("Chile and South Korea signed a lithium pact.", "2027-07-01", "t-chl-kor"),
    # a capital, "equity stake" for an investment, a month
    ("Ottawa took an equity stake in a cobalt refiner in June.", "2027-07-01", "t-can-co"),
    # a type no family lists is named by the words of its own name
    ("Peru's moratorium on new copper concessions took effect on 2 February.", "2027-03-01", "t-per-cu"),
    # a year written alone, against a row known to the year
    ("South Africa's 2026 halt on platinum shipments to India rattled steelmakers.", "2027-03-01", "t-zaf-mn"),
    # no date: a verb of stopping trade with what it stops, the party and the commodity
    ("Indonesia retaliated by banning nickel exports.", "2027-04-01", "t-idn-ni"),
    # "controls" the noun, a month
    ("Indonesia's initial controls were introduced in January.", "2027-04-01", "t-idn-ni"),
    # a year, the party, a word of a measure taken and a verb of the act: a measure of that year is recorded
    ("Earlier this year, Jakarta imposed export restrictions.", "2027-04-01", "t-idn-ni"),
])
def test_a_row_is_named_by_its_signature(sentence: str, day: str, row: str) -> None:
    assert _ids(sentence, day)[:1] == [row]


@pytest.mark.parametrize(("sentence", "day"), [
    ("Vietnam imposed curbs on nickel exports in January.", "2027-04-01"),   # another country's measure
    ("Indonesia banned nickel exports in September.", "2027-10-01"),         # a date the row does not have
    ("Indonesia could ban nickel exports in January.", "2027-04-01"),        # a possibility, not a fact
    ("Indonesia restricted cobalt exports in January.", "2027-04-01"),       # another commodity
    ("Jakarta's curbs on nickel shipments took effect on March 1.", "2027-01-01"),  # the row is after the article
    ("Chile and Japan signed a lithium pact.", "2027-07-01"),                # a party the deal does not have
    ("South Africa's 2024 halt on platinum shipments to India rattled steelmakers.", "2027-03-01"),  # another year
    ("Indonesia's nickel export ban poses challenges for steelmakers.", "2027-04-01"),  # no act reported
    ("Indonesia controls half of the nickel market since January.", "2027-04-01"),  # "controls" the verb
    ("In 2026, Jakarta imposed export restrictions.", "2027-04-01"),  # no measure of that year
    ("Miners in Chile called for the signing of a lithium pact with South Korea.", "2027-07-01"),  # a demand
    ("The signing of a lithium pact between Chile and South Korea could come soon.", "2027-07-01"),  # a modal
    ("Chile has not announced the signing of a lithium pact with South Korea.", "2027-07-01"),  # negated
    ("Indonesia has not restricted nickel exports since January.", "2027-04-01"),  # negated (see the pass)
])
def test_no_row_when_the_signature_disagrees(sentence: str, day: str) -> None:
    if sentence.startswith("Indonesia has not"):
        checks: list[ClaimCheck] = []
        signature_events(checks, sentence, [(0, len(sentence))], ROWS, day, D)
        assert checks == []
    else:
        assert _ids(sentence, day) == []


def test_families_of_types() -> None:
    assert family_of("export_control") == ("control",)
    assert family_of("anti_dumping_determination") == ("trade_remedy",)
    assert family_of("concession_moratorium") == ("words:concession|moratorium",)


def _unverifiable(kind: str, text: str) -> ClaimCheck:
    return ClaimCheck(Claim(sentence=text, span=(0, len(text)), kind=kind, sentence_span=(0, len(text))),
                      Verdict("unverifiable", "no matching event in the events table"))


def test_the_pass_adds_a_claim_where_no_rule_read_one() -> None:
    text = "Jakarta's curbs on nickel shipments took effect on March 1."
    checks: list[ClaimCheck] = []
    signature_events(checks, text, [(0, len(text))], ROWS, "2027-04-01", D)
    assert len(checks) == 1 and checks[0].verdict.verdict == "supported"
    assert checks[0].verdict.evidence[0].edition == "t-idn-ni"


def test_the_pass_settles_an_unverifiable_event_claim() -> None:
    text = "Ottawa took an equity stake in a cobalt refiner in June."
    checks = [_unverifiable("event", text)]
    signature_events(checks, text, [(0, len(text))], ROWS, "2027-07-01", D)
    assert [c.verdict.verdict for c in checks] == ["supported"]


def test_the_pass_leaves_a_figure_and_a_settled_claim_alone() -> None:
    text = "Ottawa took an equity stake in a cobalt refiner in June."
    figure = [_unverifiable("quantity", text)]
    signature_events(figure, text, [(0, len(text))], ROWS, "2027-07-01", D)
    assert [c.verdict.verdict for c in figure] == ["unverifiable"]
    settled = [ClaimCheck(figure[0].claim, Verdict("refuted", "a rule's verdict"))]
    signature_events(settled, text, [(0, len(text))], ROWS, "2027-07-01", D)
    assert [c.verdict.verdict for c in settled] == ["refuted"]


def test_through_the_checker_with_an_invented_table() -> None:
    from critmin.claims import Checker

    editions = [{"edition": "MCS 2027", "series": "USGS MCS", "published": "2027-01-31", "precedence": 1}]
    checker = Checker.from_frames([], editions, events=ROWS)
    text = "Ottawa took an equity stake in a cobalt refiner in June."
    got = [c.verdict.verdict for c in checker.check(text, "2027-07-01").checks]
    assert got and "supported" in got
    checker.signatures = False
    off = [c.verdict.verdict for c in checker.check("Jakarta's curbs on nickel shipments took effect on March 1.",
                                                    "2027-04-01").checks]
    checker.signatures = True
    on = [c.verdict.verdict for c in checker.check("Jakarta's curbs on nickel shipments took effect on March 1.",
                                                   "2027-04-01").checks]
    assert "supported" in on and len(on) >= len(off)


def test_rows_with_missing_or_odd_cells_are_skipped_quietly() -> None:
    odd = [*ROWS, {"event_id": "t-odd"}, {"event_id": "t-odd2", "date": "sometime", "type": None, "actors": None},
           {"event_id": "t-odd3", "date": "2027-01-15", "type": "export_control", "actors": "IDN;;", "commodities": ";nickel"}]
    got = [str(e["event_id"]) for _, e, _ in sentence_matches(
        "Jakarta's curbs on nickel shipments took effect on March 1.", "2027-04-01", odd, D)]
    assert got[:1] == ["t-idn-ni"]


RATED = [
    {"event_id": "t-tza-duty", "date": "2027-03-03", "date_precision": "day", "type": "tariff",
     "title": "Tanzania raises its duty on Kenyan graphite to 40%", "actors": "TZA;KEN", "imposed_by": "TZA",
     "targets": "KEN", "commodities": "graphite", "quantity": "40", "unit": "percent"},
    {"event_id": "t-nor-deal", "date": "2027-05-05", "date_precision": "day", "type": "agreement",
     "title": "Norway and Chile sign a lithium deal", "actors": "NOR;CHL", "commodities": "lithium",
     "quantity": "300", "unit": "USD_million"},
]


@pytest.mark.parametrize(("sentence", "day", "row"), [
    ("Tanzania raised its duty on Kenyan graphite to 40% on March 3.", "2027-04-01", "t-tza-duty"),
    ("On 5 May Norway and Chile signed a $300 million lithium deal.", "2027-06-01", "t-nor-deal"),
    ("On 5 May Norway and Chile signed a US$0.3 billion lithium deal.", "2027-06-01", "t-nor-deal"),
])
def test_a_rate_or_an_amount_the_row_holds_still_names_it(sentence: str, day: str, row: str) -> None:
    assert [str(e["event_id"]) for _, e, _ in sentence_matches(sentence, day, RATED, D)][:1] == [row]


@pytest.mark.parametrize(("sentence", "day"), [
    # another rate or another amount than the row's: another measure, another deal
    ("Tanzania raised its duty on Kenyan graphite to 65% on March 3.", "2027-04-01"),
    ("On 5 May Norway and Chile signed a $2 billion lithium deal.", "2027-06-01"),
    # the country the row's measure targets, named as the one acting: another measure
    ("Kenya raised its duty on Tanzanian graphite on March 3.", "2027-04-01"),
    ("Kenya put a 40% duty on graphite from Tanzania on March 3.", "2027-04-01"),
])
def test_another_rate_amount_or_acting_party_is_another_event(sentence: str, day: str) -> None:
    assert sentence_matches(sentence, day, RATED, D) == []


@pytest.mark.parametrize(("sentence", "row", "other"), [
    # a trade remedy is matched only by a row of that remedy and, when named, of that stage
    ("Ottawa imposed countervailing duties on Korean cobalt.", {"type": "tariff", "title": "Canada's 10% tariff"}, True),
    ("Ottawa imposed countervailing duties on Korean cobalt.",
     {"type": "trade_remedy", "title": "Canada's countervailing duty on Korean cobalt"}, False),
    ("A final anti-dumping ruling came in May.",
     {"type": "anti_dumping_determination", "title": "preliminary anti-dumping margin on cobalt"}, True),
    ("A preliminary anti-dumping ruling came in May.",
     {"type": "anti_dumping_determination", "title": "preliminary anti-dumping margin on cobalt"}, False),
    ("Ottawa raised its tariffs on Korean cobalt.", {"type": "tariff", "title": "Canada's 10% tariff"}, False),
])
def test_a_trade_remedy_is_matched_only_by_its_kind_and_stage(sentence: str, row: dict[str, str], other: bool) -> None:
    from critmin.claims.verdict import other_remedy

    assert other_remedy(sentence, row) is other


def test_a_firms_home_country_is_no_party_to_the_act() -> None:
    # an invented US stake in a firm of actors.csv based in Canada (Neo Performance Materials)
    rows = [{"event_id": "t-usa-firm-sn", "date": "2027-08-12", "date_precision": "day", "type": "investment",
             "title": "US stake in a bismuth smelter", "actors": "USA;neo", "commodities": "bismuth"}]

    def ids(sentence: str) -> list[str]:
        return [str(e["event_id"]) for _, e, _ in sentence_matches(sentence, "2027-09-01", rows, D)]

    assert ids("Washington took an equity stake in a bismuth smelter.") == ["t-usa-firm-sn"]
    assert ids("Canada took an equity stake in a bismuth smelter.") == []  # Canada is where the firm is based


@pytest.mark.parametrize(("sentence", "match"), [
    # a plant's first output, its party and commodity, the month
    ("In March, Peru's state miner began production of separated samarium.", True),
    ("Peru produced its first samarium oxide in March.", True),
    ("Peru commissioned a samarium separation line in March 2027.", True),
    # another month, another commodity, a plan
    ("Peru began production of separated samarium in October.", False),
    ("Peru began production of separated gadolinium in March.", False),
    ("Peru plans to begin production of separated samarium in March.", False),
])
def test_a_project_milestone_is_named_by_its_words(sentence: str, match: bool) -> None:
    rows = [{"event_id": "t-per-sm-start", "date": "2027-03-18", "date_precision": "day", "type": "project_milestone",
             "title": "First separated samarium", "actors": "PER", "commodities": "samarium"}]
    got = [str(e["event_id"]) for _, e, _ in sentence_matches(sentence, "2027-11-01", rows, D)]
    assert got == (["t-per-sm-start"] if match else [])
    assert family_of("project_milestone") == ("milestone",)


@pytest.mark.parametrize("sentence", [
    "The loan agreement was signed on August 12.",
    "A stake notice filed on August 12 showed the holding rose.",
])
def test_a_kind_and_a_day_name_only_a_row_known_to_the_day(sentence: str) -> None:
    # (fifteenth session) with no party or commodity named, the kind and the day alone name a row
    # only when the row holds that day; a row known to the month matches any day of it, so another
    # filing or meeting of that month would be read as the recorded event
    def rows(date: str, precision: str) -> list[dict[str, str]]:
        return [{"event_id": "t-per-zn-loan", "date": date, "date_precision": precision, "type": "investment",
                 "title": "Peru lends to a zinc smelter", "actors": "PER", "commodities": "zinc"}]

    assert [w for _, _, w in sentence_matches(sentence, "2027-09-01", rows("2027-08-12", "day"), D)] == ["day"]
    assert sentence_matches(sentence, "2027-09-01", rows("2027-08", "month"), D) == []


def test_a_hyphenated_amount_is_read_at_its_scale() -> None:
    """"a $120-million contract" is 120 US$ million, as "$120 million" (the hyphen of the compound
    adjective is no range); a range's first end keeps its own reading."""
    from critmin.claims.event_signatures import _figures

    assert _figures("a $120-million contract from the DoD") == {"USD_million": [120.0]}
    assert _figures("a US$1.5-billion facility") == {"USD_million": [1500.0]}
    assert _figures("$120 million") == _figures("a $120-million deal")
    assert _figures("$5-10 million")["USD_million"][0] < 1  # "5" has no scale of its own
