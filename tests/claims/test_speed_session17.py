"""Seventeenth session's speed-ups: each pattern led by ``extract._lead`` finds what its plain
form finds (same spans, same groups), at every start and in every window, on invented sentences."""

from __future__ import annotations

import re

import pytest

from critmin.claims import event_context, event_signatures, extract, products

SENTENCES = [
    "Kazakhstan would not impose curbs on tungsten, officials said on 3 March 2021.",
    "The ministry may soon restrict exports of the metal, though it never said so publicly.",
    "Peru's zinc output, which could rise 4%, was expected to stall, according to the agency.",
    "Canada's 2019 Mineral Strategy, published in June, lists 31 critical minerals.",
    "Shares of the miner rose after it paused the deal and delayed its plant; investors balked.",
    "Chile had previously estimated reserves, unlike the U.S. Geological Survey, at 9.3 Mt.",
    "Norway, the world's second-largest holder, signed an accord with Japan in May.",
    "",
    "NOT A FACT: WOULD THEY BAN IT? The Act on Nickel Supply was adopted in 2022 (Act No. 12).",
]


def _plain(p: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern before leading: the led one is ``(?=first)(?:plain)``."""
    assert p.pattern.startswith("(?="), p.pattern[:40]
    inner = p.pattern[p.pattern.index(")(?:") + 4:-1]
    return re.compile(inner, p.flags)


LED = [getattr(extract, n) for n in (
    "_PARTIAL_HINT", "_ITEM_COUNT", "_MEASURE_INTENT", "_PAST_STRONG", "_EQUITY", "_AGENCY_BACK", "_WORLD_APPOSED",
    "_NOT_YET", "_TAIL_STOP", "_ACT_NAME", "_FRESH_PREVIOUS_FORECAST", "_NON_BEFORE", "_CONDITIONAL_BEFORE",
    "_PUBLISHED", "_SOURCE_DATA_AROUND", "_PLAN_BEFORE_VERB", "_MODAL", "_REFERENCE_BEFORE", "_DATED_REPORT")] + [
    event_signatures._NOT_A_FACT, event_signatures._ACT_VERB, event_signatures._WOULD,
    event_signatures._BACK_TO_COMMODITY, event_signatures._NEGATED, event_context._PAUSE_IN_DEAL, products._TAIL_STOP]


@pytest.mark.parametrize("led", LED, ids=lambda p: p.pattern[:30])
def test_led_pattern_finds_what_the_plain_one_finds(led: re.Pattern[str]) -> None:
    plain = _plain(led)
    for s in SENTENCES:
        assert [m.span() for m in led.finditer(s)] == [m.span() for m in plain.finditer(s)]
        for a in range(0, len(s) + 1, 7):
            for b in (a + 20, a + 60, len(s)):
                x, y = led.search(s, a, b), plain.search(s, a, b)
                assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups()))
                x, y = led.match(s, a, b), plain.match(s, a, b)
                assert (x and x.span()) == (y and y.span())


def test_ruling_ahead_pattern_is_compiled_once() -> None:
    assert extract._RULING_AHEAD.search("the final ruling is due in May") is not None
    assert extract._RULING_AHEAD.search("the final ruling came in May") is None


def test_lowered_remembers_only_the_same_sentence() -> None:
    a = "Bans on Gallium"
    b = "Bans on Germanium"
    assert event_signatures._lowered(a) == "bans on gallium"
    assert event_signatures._lowered(b) == "bans on germanium"
    assert event_signatures._lowered(a) == "bans on gallium"
    assert event_signatures._lowered("\u212a") is None  # (Kelvin sign: folds to an ASCII letter)
