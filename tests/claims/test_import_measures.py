"""Measures on imports against the events table's import bans (fifteenth session, verdict rules).

The events table holds import bans as sanctions (the US law barring Russian low-enriched uranium,
13 May 2024; the US and UK ban on new Russian aluminium, copper and nickel, 12 April 2024). A
sentence about a measure on imports is judged against those rows alone; only their support counts,
and a sentence they do not support keeps its verdict (`unverifiable`: the table's export controls
are another measure). The sentences are invented.
"""

from __future__ import annotations

import pytest


def _events(checker, text: str, day: str = "2024-07-01") -> list:  # type: ignore[no-untyped-def]
    return [c for c in checker.check(text, day).checks if c.claim.kind == "event"]


@pytest.mark.rules_only
@pytest.mark.parametrize(("text", "row"), [
    ("The American president has signed a law barring imports of low-enriched uranium from Russia.",
     "us-2024-05-13-russian-uranium-import-ban"),
    ("Washington has banned the importation of Russian nickel, copper and aluminium.",
     "us-gbr-2024-04-12-russian-metals-ban"),
])
def test_an_import_ban_the_table_records(checker, text: str, row: str) -> None:
    got = _events(checker, text)
    assert got and got[0].verdict.verdict == "supported" and got[0].verdict.evidence[0].edition == row


@pytest.mark.rules_only
@pytest.mark.parametrize("text", [
    # another step of the measure (a vote before the signing), on a date the row lacks
    "In March, the House of Representatives voted to ban the import of Russian uranium.",
    # another country's import ban
    "Japan has banned imports of Russian nickel.",
])
def test_an_import_measure_the_table_does_not_record(checker, text: str) -> None:
    got = _events(checker, text)
    assert got and all(c.verdict.verdict == "unverifiable" for c in got)


@pytest.mark.rules_only
def test_an_import_ban_before_the_row_is_not_supported(checker) -> None:
    got = _events(checker, "The American president has signed a law barring imports of low-enriched uranium from Russia.",
                  "2024-03-01")
    assert got and all(c.verdict.verdict != "supported" for c in got)


# -- a measure on a country's metal in markets (sixteenth session): a sanction, like an import ban

@pytest.mark.rules_only
def test_a_ban_from_metal_exchanges_the_table_records(checker) -> None:
    got = _events(checker, "Last week, the US and British governments barred the LME and the CME from accepting "
                           "newly smelted aluminium from Russia.", "2024-04-17")
    assert got and got[0].verdict.verdict == "supported"
    assert got[0].verdict.evidence[0].edition == "us-gbr-2024-04-12-russian-metals-ban"


@pytest.mark.rules_only
def test_another_country_s_ban_from_metal_exchanges_is_not_the_row(checker) -> None:
    got = _events(checker, "Last week, Japan barred the LME and the CME from accepting newly smelted aluminium "
                           "from Russia.", "2024-04-17")
    assert all(c.verdict.verdict != "supported" for c in got)
