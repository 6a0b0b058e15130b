"""Twentieth session: the event matcher, given a floor, builds the features of only the candidate rows
whose upper bound (:func:`event_matcher.logit_bounds`) reaches it (:func:`event_matcher._best_hot_pair`),
ranking every candidate by its cue bits alone (:func:`event_matcher._pair_bits`). Both must agree with
the plain reading (:func:`rank_rows` and :func:`probability` over every row) on the readable sentences of
the labelled set, with the shipped weights and with random ones."""

from __future__ import annotations

import csv
import math
import random
from typing import Any

import pytest

from critmin.claims import event_matcher as em
from critmin.dataset import DATA_DIR

from .conftest import matcher_readings

DATA = str(DATA_DIR)
STATES = ("open_event", "open_fallback", "open_figure", "none")


with (DATA_DIR / "events.csv").open(encoding="utf-8", newline="") as _f:
    EVENTS = list(csv.DictReader(_f))


@pytest.fixture(scope="module")
def readings() -> list[tuple[em.Reading, list[int]]]:
    """(reading, candidates) of the sentences of every ninth readable article, in the open states and
    for one sentence in three with rows cited elsewhere in the article."""
    return matcher_readings(9, STATES)


def _weights() -> list[em.MatcherWeights]:
    """The shipped weights and random ones over every feature name (thresholds spread over (0, 1))."""
    base = em.load_weights()
    names = sorted(set(base.weights) | set(em._BOUND_NAMES))
    rng = random.Random(20)
    out = [base]
    for k in range(3):
        scale = (0.5, 2.0, 4.0)[k]
        weights = {x: rng.gauss(0.0, scale) for x in names if rng.random() < 0.9}
        out.append(em.MatcherWeights(rng.gauss(-2.0, 2.0), weights, rng.uniform(0.05, 0.95), {}))
    return out


def test_pair_bits_are_those_of_pair_features(readings) -> None:  # type: ignore[no-untyped-def]
    idx = em.row_index(EVENTS, DATA)
    n = other = 0
    for r, rows in readings:
        for i in rows:
            f, bits = em.pair_features(r, i, idx)
            assert em._pair_bits(r, i, idx) == (bits, "fig:other" in f), (r.sentence, idx.events[i]["event_id"])
            n += 1
            other += "fig:other" in f
    assert n > 5000


def _plain(r: em.Reading, rows: list[int], w: em.MatcherWeights) -> tuple[Any, float, list[str], float] | None:
    """The best pair of the plain reading (rank_rows, probability; ties: the first row) with its logit."""
    idx = em.row_index(EVENTS, DATA)
    ranked = em.rank_rows(r, idx, rows)
    if not ranked:
        return None
    p, neg, k = max((em.probability(w, f), -i, k) for k, (i, f) in enumerate(ranked))
    f = ranked[k][1]
    return idx.events[-neg], p, f, w.bias + sum(w.weights.get(x, 0.0) for x in set(f))


@pytest.mark.parametrize("stop", [False, True])
def test_hot_rows_give_the_plain_best_pair(readings, stop: bool) -> None:  # type: ignore[no-untyped-def]
    """Whenever the plain best pair reaches the floor, the hot rows give it (row, probability and
    features); otherwise they give None. Bounds read with or without ``stop`` (both are bounds)."""
    idx = em.row_index(EVENTS, DATA)
    reached = skipped_rows = 0
    for w in _weights():
        floor = em._floor(w.threshold)
        assert floor is not None
        for r, rows in readings:
            bounds = em.logit_bounds(r, rows, idx, w, floor, stop=stop)
            plain = _plain(r, rows, w)
            if max(bounds) < floor:
                assert plain is None or plain[3] < floor
                continue
            fast = em._best_hot_pair(r, rows, idx, w, floor, bounds)
            if plain is not None and plain[3] >= floor:
                assert fast == plain[:3], (r.sentence, w.threshold)
                reached += 1
            else:
                assert fast is None, (r.sentence, w.threshold)
            skipped_rows += sum(1 for b in bounds if b < floor)
    # not vacuous: pairs reach the floor, and rows are left out of sentences read in part
    assert reached > 20 and skipped_rows > 1000


def test_best_pair_with_a_floor_is_the_plain_one_that_passes(readings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``_best_pair`` with the floor, hot rows on and off, gives the pair the plain reading gives
    whenever that pair reaches the threshold, and nothing that passes otherwise."""
    w = em.load_weights()
    floor = em._floor(w.threshold)
    for r, _ in readings[::3]:
        state = r.flags[0][3:] if r.flags and r.flags[0].startswith("st:") else ""
        full = em._best_pair(r.sentence, r.day, EVENTS, DATA, w, state, r.cited)
        fast = em._best_pair(r.sentence, r.day, EVENTS, DATA, w, state, r.cited, floor)
        monkeypatch.setattr(em, "HOT_ROWS", False)
        before = em._best_pair(r.sentence, r.day, EVENTS, DATA, w, state, r.cited, floor)
        monkeypatch.setattr(em, "HOT_ROWS", True)
        if full is not None and full[1] >= w.threshold:
            assert fast == full == before
        else:
            assert fast is None or fast[1] < w.threshold
    assert not math.isinf(w.threshold)


def test_led_actor_finder_finds_what_the_plain_pattern_finds(readings) -> None:  # type: ignore[no-untyped-def]
    """``event_terms._actor_finder`` is led by ``extract._lead``: the same matches as the plain pattern,
    on the readable sentences, on generated texts of the names with neighbours that block a match, and in
    ranges that cut names."""
    from critmin.claims import event_terms as et

    led, forms = et._actor_finder(DATA)
    assert led is not None
    plain = et._actor_pattern(forms)
    assert led.pattern.startswith("(?=[") and not plain.pattern.startswith("(?=")  # (led)

    def same(text: str, a: int = 0, b: int | None = None) -> int:
        end = len(text) if b is None else b
        got = [(m.span(), m.group(0)) for m in led.finditer(text, a, end)]
        assert got == [(m.span(), m.group(0)) for m in plain.finditer(text, a, end)], (text[a:end])
        return len(got)

    found = sum(same(r.sentence) for r, _ in readings)
    rng = random.Random(2020)
    names = sorted(forms)
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(1, 5)):
            n = rng.choice(names)
            parts.append(rng.choice(["", "-", "x", " ", "(", "The ", "\u2019", "é"]) + n
                         + rng.choice(["", "-", "s", " ", ".", ",", "'s", "\u2019s", "\u00e9"]))
        text = rng.choice([" ", "", "and "]).join(parts)
        found += same(text)
        a = rng.randint(0, len(text))
        same(text, a, rng.randint(a, len(text)))
    assert found > 400
