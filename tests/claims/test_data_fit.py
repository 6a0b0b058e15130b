"""Figures matched to data that answer another figure of their sentence (claims/data_fit.py).

When two figures of one sentence are read as the same quantity (commodity, measure, stage,
country and year) and their values cannot both hold, the data answer at most one of them;
the other took a field (country, year, edition) from its neighbour. A refuted figure in that
position is ``unverifiable``, not refuted. Figures of different quantities, figures whose
readings overlap and a lone refuted figure are left alone.

Sentences written for this test. Reference values: USGS Mineral Commodity Summaries 2025,
rare earths (mine production 2024: United States 45,000 t, Myanmar 31,000 t, China 270,000 t,
Canada none listed; reserves: China 44,000,000 t, Vietnam 3,500,000 t; MCS 2024 gave Vietnam
22,000,000 t), and IEA Global Critical Minerals Outlook 2024 (Malaysia 12% of magnet
rare-earth refining in 2030). Export-control dates: MOFCOM/GACC Announcement No. 23 of 2023
(gallium and germanium items, 3 July 2023), No. 33 of 2024 (antimony, 15 August 2024) and No. 10
of 2025 (tungsten, tellurium, bismuth, molybdenum and indium, 4 February 2025).
"""

from __future__ import annotations

import pytest

from critmin.claims.data_fit import partly_matched_measures, unread_neighbour_figures
from critmin.claims.model import Claim, ClaimCheck, Verdict

DATE = "2025-06-01"


def _by_text(checker, text: str) -> dict[str, ClaimCheck]:  # type: ignore[no-untyped-def]
    return {c.claim.text: c for c in checker.check(text, DATE).checks}


# (sentence, the figure the neighbour's data answer, the figure read against them)
CARRIED = [
    # a country epithet the checker cannot resolve: the other clause's country was used
    ("By 2024 the neighbouring superpower's rare earth output stood at 270,000 tons, whereas Myanmar "
     "produced 31,000 tons.", "31,000 tons", "270,000 tons"),
    ("Last year the Asian economy's rare earth mining reached 270,000 tons, while Myanmar's stood at "
     "31,000 tons.", "31,000 tons", "270,000 tons"),
    ("The US mined 45,000 tons of rare earths in 2024, and its northern neighbour's mines yielded "
     "13,000 tons.", "45,000 tons", "13,000 tons"),
    # the year of the later figure given to the earlier one ("from X today to Y in 2030")
    ("Malaysia's share of refined rare earths used in magnets rises from 5% today to 12% in 2030, the "
     "IEA says.", "12%", "5%"),
]


@pytest.mark.parametrize(("text", "answered", "carried"), CARRIED)
def test_a_figure_read_as_its_neighbours_quantity_is_unverifiable(checker, text, answered, carried):  # type: ignore[no-untyped-def]
    got = _by_text(checker, text)
    assert got[answered].verdict.verdict in ("supported", "supported_by_other_edition")
    v = got[carried].verdict
    assert v.verdict == "unverifiable", v.explanation
    assert answered in v.explanation and "its own clause" in v.explanation
    assert v.needs and carried in v.needs


LEFT_ALONE = [
    # two countries named, each figure its own: both supported, nothing to guard
    ("China produced 270,000 tons of rare earths in 2024 and Myanmar 31,000 tons.",
     {"270,000 tons": "supported", "31,000 tons": "supported"}),
    # overlapping readings ("more than 200,000" holds with 270,000): the wrong figure stays refuted
    ("China mined more than 200,000 tons of rare earths in 2024, or roughly 300,000 tons by another count.",
     {"more than 200,000 tons": "supported", "roughly 300,000 tons": "refuted"}),
    # a different quantity (reserves next to mine output): the wrong reserve figure stays refuted
    ("China mined 270,000 tons of rare earths in 2024 and holds 60 million tons of reserves.",
     {"270,000 tons": "supported", "60 million tons": "refuted"}),
    # a figure the wording ties to the previous edition is that edition's reading: still refuted
    ("Russia's rare earth reserves fell to 3.8 million tons from a previous estimate of 25 million tons.",
     {"3.8 million tons": "supported", "25 million tons": "refuted"}),
    # a lone wrong figure stays refuted
    ("Myanmar mined 50,000 tons of rare earths in 2024.", {"50,000 tons": "refuted"}),
]


@pytest.mark.parametrize(("text", "want"), LEFT_ALONE)
def test_figures_of_other_quantities_or_compatible_readings_are_left_alone(checker, text, want):  # type: ignore[no-untyped-def]
    got = _by_text(checker, text)
    assert {k: got[k].verdict.verdict for k in want} == want


def _check(text: str, value: float | None, verdict: str, *, span: tuple[int, int] = (0, 80),
           kind: str = "quantity", rank: int | None = None, hedge: str | None = None,
           country: str = "MMR", year: int | None = 2024) -> ClaimCheck:
    c = Claim(sentence="s", span=(0, 1), kind=kind, text=text, sentence_span=span, commodity="rare_earths",
              measure="production", country=country, year=year, value=value,
              unit=None if kind == "rank" else "t", precision=500.0 if value else None, hedge=hedge,
              rank=rank, rank_op="==" if kind == "rank" else None)
    return ClaimCheck(c, Verdict(verdict, f"data for {text}"))


def test_ranks_of_one_reading_follow_the_same_rule() -> None:
    out = unread_neighbour_figures([_check("sixth place", None, "supported", kind="rank", rank=6),
                                    _check("the biggest", None, "refuted", kind="rank", rank=1)])
    assert [c.verdict.verdict for c in out] == ["supported", "unverifiable"]


def test_only_figures_of_one_sentence_and_one_reading_are_compared() -> None:
    other_sentence = [_check("31,000 t", 31000.0, "supported"), _check("270,000 t", 270000.0, "refuted", span=(81, 160))]
    other_country = [_check("31,000 t", 31000.0, "supported"), _check("270,000 t", 270000.0, "refuted", country="CHN")]
    other_year = [_check("31,000 t", 31000.0, "supported"), _check("38,000 t", 38000.0, "refuted", year=2023)]
    for checks in (other_sentence, other_country, other_year):
        assert [c.verdict.verdict for c in unread_neighbour_figures(checks)] == ["supported", "refuted"]


def test_an_unsupported_neighbour_gives_no_reason_to_doubt_the_reading() -> None:
    checks = [_check("31,000 t", 31000.0, "unverifiable"), _check("270,000 t", 270000.0, "refuted")]
    assert [c.verdict.verdict for c in unread_neighbour_figures(checks)] == ["unverifiable", "refuted"]


def test_a_bound_that_contains_the_other_figure_is_compatible() -> None:
    checks = [_check("31,000 t", 31000.0, "supported"), _check("under 20,000 t", 20000.0, "refuted", hedge="less than"),
              _check("over 20,000 t", 20000.0, "refuted", hedge="more than")]
    out = unread_neighbour_figures(checks)
    assert [c.verdict.verdict for c in out] == ["supported", "unverifiable", "refuted"]


# --- a measure matched for only some of the commodities a sentence lists -------------------------

PARTLY_MATCHED = [
    # the 2023 measure covers gallium and germanium; antimony's came in August 2024
    ("Back in July 2023, China imposed export curbs on germanium, antimony and gallium.", "antimony"),
    # the February 2025 measure covers tungsten and molybdenum; gallium's dates from 2023
    ("In February this year China placed tungsten, molybdenum and gallium under export controls.", "gallium"),
]


@pytest.mark.parametrize(("text", "left_over"), PARTLY_MATCHED)
def test_a_measure_covering_part_of_a_listed_set_is_partly_supported(checker, text, left_over):  # type: ignore[no-untyped-def]
    events = [c for c in checker.check(text, DATE).checks if c.claim.kind == "event"]
    assert len(events) == 1
    v = events[0].verdict
    assert v.verdict == "partly_supported", v.explanation
    assert f"not {left_over}" in v.explanation


MEASURE_LEFT_ALONE = [
    # every listed commodity is in the measure
    "In July 2023 China imposed export controls on gallium and germanium.",
    "In July 2023, China imposed export curbs on gallium and germanium, the two chipmaking metals.",
    # the other commodity has its own clause and its own date: not one list
    "China restricted gallium and germanium exports in 2023 and antimony exports in 2024.",
    # the table holds no export control of China's for the commodity left over (Indonesia's nickel
    # bans are another country's measure): that part settles nothing (rule 4)
    "In July 2023 China imposed export controls on gallium, germanium and nickel.",
]


@pytest.mark.parametrize("text", MEASURE_LEFT_ALONE)
def test_a_measure_covering_the_whole_list_or_an_unrecorded_part_stays_supported(checker, text):  # type: ignore[no-untyped-def]
    events = [c for c in checker.check(text, DATE).checks if c.claim.kind == "event"]
    assert [c.verdict.verdict for c in events] == ["supported"], [c.verdict.explanation for c in events]


def test_without_an_events_table_nothing_changes() -> None:
    c = Claim(sentence="s", span=(0, 1), kind="event", text="curbs", event={"commodities": ["gallium", "antimony"],
                                                                            "dates": [("2023-07", "month")]})
    checks = [ClaimCheck(c, Verdict("supported", "ok"))]
    assert partly_matched_measures(checks, None, DATE)[0].verdict.verdict == "supported"
