"""Event claims that name a measure without a full date (s4-events2).

Sentences are written for these tests. Reference rows, from src/critmin/data/events.csv:
``cn-2025-02-04-w-te-bi-mo-in-controls`` (China's controls on tungsten, tellurium, bismuth,
molybdenum and indium, 2025-02-04), ``cn-2023-10-20-graphite-controls`` (graphite, announced
2023-10-20, effective 2023-12-01) and ``cn-2023-07-03-ga-ge-controls`` (gallium and germanium,
announced 2023-07-03, effective 2023-08-01).
"""
from __future__ import annotations

import pytest

from critmin.claims import check


def _events(text: str, date: str) -> list[tuple[str, str]]:
    r = check(text, date=date)
    return [(c.verdict.verdict, " ".join(str(e) for e in c.verdict.evidence)) for c in r.checks if c.claim.kind == "event"]


# -- rule 1: a measure taken on a commodity named before by a word for it ("on the metal")

@pytest.mark.parametrize("text", [
    "Tungsten quotes climbed again this week. Beijing has imposed export controls on the metal, and buyers are scrambling.",
    "Traders are short of tungsten. China restricted exports of the metal, and stocks have thinned since.",
])
def test_measure_on_a_commodity_named_before_is_an_event(text: str) -> None:
    got = _events(text, "2025-03-10")
    assert got and got[0][0] == "supported"
    assert "cn-2025-02-04-w-te-bi-mo-in-controls" in got[0][1]


def test_measure_on_the_metal_before_any_such_event_is_not_supported() -> None:
    # the tungsten controls date from 2025-02-04: an article of 2024 cannot be supported by them
    got = _events("Tungsten quotes climbed again this week. Beijing has imposed export controls on the metal.",
                  "2024-06-10")
    assert all(v != "supported" for v, _ in got)


@pytest.mark.parametrize("text", [
    "Tungsten quotes climbed again this week. Beijing is considering export controls on the metal.",
    "Tungsten quotes climbed again this week. Beijing could impose export controls on the metal.",
])
def test_intended_measure_on_the_metal_stays_a_non_claim(text: str) -> None:
    assert _events(text, "2025-03-10") == []


# -- rule 2: a measure in the passive, named by its noun, with no party

@pytest.mark.parametrize("text", [
    "Export controls were also announced on graphite anode materials.",
    "Restrictions have been imposed on shipments of synthetic graphite.",
])
def test_passive_measure_without_a_party_is_supported_by_the_table(text: str) -> None:
    got = _events(text, "2023-11-01")
    assert got and got[0][0] == "supported"
    assert "cn-2023-10-20-graphite-controls" in got[0][1]


def test_passive_measure_before_the_event_is_not_supported() -> None:
    got = _events("Export controls were also announced on graphite anode materials.", "2023-05-01")
    assert all(v != "supported" for v, _ in got)


# -- rule 3: a measure said to apply since a date ("in place since Aug 1")

@pytest.mark.parametrize("text", [
    "The new graphite curbs resemble the ones that have applied since Aug 1 to gallium and germanium.",
    "The graphite rules mirror those in force since August 1 for gallium and germanium.",
    "Licensing for gallium and germanium has been in place since August.",
])
def test_measure_in_place_since_a_date_is_checked(text: str) -> None:
    got = _events(text, "2023-11-01")
    assert got and got[0][0] == "supported"
    assert "cn-2023-07-03-ga-ge-controls" in got[0][1]


def test_in_place_since_a_wrong_day_is_not_supported() -> None:
    got = _events("The new graphite curbs resemble the ones that have applied since Sept 20 to gallium and germanium.",
                  "2023-11-01")
    assert got and all(v != "supported" for v, _ in got)
