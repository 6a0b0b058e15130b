"""Past episodes of conflict over a commodity, named by a word of conflict and a year
(claims/episode_events.py). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from critmin.claims import check


def _events(text: str, date: str) -> list[tuple[str, str]]:
    res = check(text, date=date)
    return [(c.claim.text, c.verdict.verdict) for c in res.checks if c.claim.kind == "event"]


@pytest.mark.parametrize("text", [
    "Tokyo and Beijing feuded over rare-earth shipments in 2010.",
    "Japanese magnet makers have stockpiled rare earths ever since the 2010 spat with Beijing.",
    "Seoul still buys most of its rare earths from China, fifteen years after China first weaponised them "
    "against Japan in 2010.",
])
def test_recorded_episode_is_supported(text: str) -> None:
    # events.csv holds the 2010 halt of China's rare-earth shipments to Japan (cn-jpn-2010-shipment-halt)
    got = _events(text, "2024-03-05")
    assert got and got[0][1] == "supported", got


@pytest.mark.parametrize("text", [
    "Chile and Argentina clashed over rare earths in 2010.",  # other parties: not the China-Japan row
    "Canada and India clashed over lithium in 2019.",  # no such episode in the table
])
def test_unrecorded_episode_is_unverifiable(text: str) -> None:
    got = _events(text, "2024-03-05")
    assert got and all(v == "unverifiable" for _, v in got), got


@pytest.mark.parametrize("text", [
    "Analysts warn that Beijing could weaponise cobalt refining, as it did with other metals before 2020.",
    "Cobalt prices fell for the third year in a row in 2023.",
    "Amid the trade dispute, lithium prices slid.",  # no year: no past episode named
])
def test_no_episode(text: str) -> None:
    assert not [t for t, _ in _events(text, "2024-03-05") if t.lower() in ("weaponise", "row", "dispute")]


def test_that_year_is_the_year_of_the_sentences_before() -> None:
    text = ("Japan's rare earth buyers lost their main supplier in 2010. "
            "In October of that year, China halted rare earth shipments to Japan.")
    got = _events(text, "2024-03-05")
    assert got and got[-1][1] == "supported", got


def test_an_episode_dated_by_that_year() -> None:
    text = ("Tokyo first worried about rare earths in 2010. "
            "A feud between Japan and China over a fishing boat erupted in September of that year.")
    got = _events(text, "2024-03-05")
    assert got and got[-1][1] == "supported", got
