"""A sentence that names no kind of measure, a country the row does not hold and only a month or a
year of the row's names another happening (verdict._event; labelling rule 9)."""

from __future__ import annotations

import datetime as dt

import pytest

from critmin import claims


def _verdicts(text: str, day: dt.date) -> list[tuple[str, str]]:
    return [(c.verdict.verdict, c.verdict.explanation) for c in claims.check(text, date=day).checks]


@pytest.mark.parametrize(("text", "day"), [
    # events.csv holds the USGS draft list of 26 August 2025 (a US act); a Korean firm's MOU signed in
    # Washington that month is not it
    ("In the germanium sector, Mr Kim joined South Korea's economic delegation to Washington last month and "
     "signed an MOU with Lockheed Martin on supply cooperation.", dt.date(2025, 9, 10)),
    # China's threat to the KIA (May 2025) is no licence for Korean buyers of that month
    ("China's Ministry of Commerce is said to have approved rare earth exports to several Korean companies this "
     "month.", dt.date(2025, 5, 26)),
    # a meeting with the Philippines in July 2025 is not the palladium petition of 30 July
    ("Last month, officials from the US met their Philippine counterparts in Kuala Lumpur to discuss critical "
     "minerals.", dt.date(2025, 8, 5)),
])
def test_month_and_one_shared_party_name_no_row(text: str, day: dt.date) -> None:
    assert all(v != "supported" for v, _ in _verdicts(text, day))


def test_a_day_of_the_row_still_names_it() -> None:
    # the DR Congo quota decision of 21 September 2025, named by its day beside a price in China
    got = _verdicts("The cobalt hydroxide CIF China price surged 69.9% to $54,674.58/mt on Dec. 9 from $32,187.45/mt "
                    "on Sept. 21, when Congo announced the export quotas.", dt.date(2025, 12, 12))
    assert any(v == "supported" for v, _ in got)
