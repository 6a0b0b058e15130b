"""Eighteenth session: the event matcher skips the per-row work of a sentence when an upper bound
on every candidate row's logit (:func:`event_matcher.logit_bounds`) stays under the threshold.
The bound must be exact: no pair the full computation (:func:`rank_rows`, :func:`probability`)
scores may score above its bound, with the shipped weights and with any others (random weights
over every feature name the pairs carry), on the readable sentences of the labelled set."""

from __future__ import annotations

import math
import random

import pytest

from critmin.claims import event_matcher as em
from critmin.dataset import DATA_DIR

from .conftest import matcher_readings

DATA = str(DATA_DIR)
STATES = ("open_event", "open_fallback", "open_figure")


def _events() -> list[dict[str, str]]:
    import csv

    with (DATA_DIR / "events.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


EVENTS = _events()


@pytest.fixture(scope="module")
def pairs() -> list[tuple[em.Reading, list[int], list[tuple[int, list[str]]]]]:
    """(reading, candidates, ranked rows) of every tenth readable article's sentences (a sample of the
    labelled set: claims and non-claims), each read in one of the open states and, for one sentence
    in three, with rows cited elsewhere in the article (``art:cited``)."""
    idx = em.row_index(EVENTS, DATA)
    return [(r, rows, em.rank_rows(r, idx, rows)) for r, rows in matcher_readings(10, STATES)]


def _logit(w: em.MatcherWeights, feats: list[str]) -> float:
    return w.bias + sum(w.weights.get(x, 0.0) for x in set(feats))


def _check(w: em.MatcherWeights, pairs) -> tuple[int, int, float]:  # type: ignore[no-untyped-def]
    """Assert every ranked pair's logit is at most its row's bound; return (sentences, sentences whose
    bounds all stay under the threshold, the smallest gap between a sentence's best bound and its best logit)."""
    idx = em.row_index(EVENTS, DATA)
    floor = em._floor(w.threshold)
    n = skipped = 0
    tightest = math.inf
    for r, rows, ranked in pairs:
        # the first tier alone (floor +inf), the second for every row (-inf), and as matching reads them (stop)
        bounds = {}
        for at in (math.inf, -math.inf, floor if floor is not None else 0.0):
            bound = bounds[at] = dict(zip(rows, em.logit_bounds(r, rows, idx, w, at, stop=at == floor), strict=True))
            for i, f in ranked:
                assert _logit(w, f) <= bound[i] + 1e-9, (r.sentence, idx.events[i]["event_id"], _logit(w, f), bound[i], at)
        n += 1
        if floor is not None and max(bound.values()) < floor:
            skipped += 1
            assert all(em.probability(w, f) < w.threshold for _, f in ranked)
        if ranked:
            tightest = min(tightest, max(bounds[-math.inf].values()) - max(_logit(w, f) for _, f in ranked))
    return n, skipped, tightest


def test_bound_holds_with_the_shipped_weights(pairs) -> None:  # type: ignore[no-untyped-def]
    n, skipped, tightest = _check(em.load_weights(), pairs)
    # not vacuous: many sentences are skipped, and some bound is met by a pair (to rounding)
    assert skipped > n // 4
    assert tightest < 1e-6


def test_bound_holds_with_random_weights(pairs) -> None:  # type: ignore[no-untyped-def]
    names = sorted({x for _, _, ranked in pairs for _, f in ranked for x in f} | set(em.load_weights().weights)
                   | set(em._BOUND_NAMES))
    rng = random.Random(18)
    gaps = []
    for k in range(4):
        scale = (0.5, 2.0, 4.0)[k % 3]
        weights = {x: rng.gauss(0.0, scale) for x in names if rng.random() < 0.9}
        w = em.MatcherWeights(rng.gauss(-3.0, 2.0), weights, rng.uniform(0.05, 0.95), {})
        gaps.append(_check(w, pairs)[2])  # every pair under its bound (asserted in _check)
    # not vacuous: with some of the weights a sentence's best pair meets its bound (to rounding); whether
    # one does under a given draw depends on the sample of sentences
    assert min(gaps) < 1e-6


def test_bound_holds_for_each_family_alone(pairs) -> None:  # type: ignore[no-untyped-def]
    """Positive weights on one family of features at a time (the rest weigh nothing): a family the
    bound leaves out or under-counts shows, in either tier."""
    names = sorted({x for _, _, ranked in pairs for _, f in ranked for x in f} | set(em._BOUND_NAMES))
    rng = random.Random(1818)
    for family in sorted({x.split(":", 1)[0] for x in names}):
        weights = {x: rng.uniform(0.1, 3.0) for x in names if x.split(":", 1)[0] == family}
        _check(em.MatcherWeights(0.0, weights, 0.5, {}), pairs[::5])


def test_weights_of_names_the_bound_does_not_read_are_added() -> None:
    base = em.load_weights()
    idx = em.row_index(EVENTS, DATA)
    more = em.MatcherWeights(base.bias, {**base.weights, "zz:new": 2.5, "p:new": 1.5, "d:f:other": -3.0, "c:1x11": 0.7},
                             base.threshold, {})
    assert em._row_bounds(more, idx).slack == pytest.approx(em._row_bounds(base, idx).slack + 2.5 + 1.5 + 0.7)


def test_matching_skips_only_sentences_no_row_would_pass(pairs) -> None:  # type: ignore[no-untyped-def]
    """``_best_pair`` with the floor gives the pair it gives without it whenever that pair passes."""
    w = em.load_weights()
    floor = em._floor(w.threshold)
    assert floor is not None
    for r, _, _ in pairs[::4]:
        full = em._best_pair(r.sentence, r.day, EVENTS, DATA, w, r.flags[0][3:], r.cited)
        fast = em._best_pair(r.sentence, r.day, EVENTS, DATA, w, r.flags[0][3:], r.cited, floor)
        if fast is None:
            assert full is None or full[1] < w.threshold
        else:
            assert fast == full
    assert em._floor(0.0) is None and em._floor(1.0) is None


LED_SENTENCES = [
    "Since April 4, 2025, China has restricted exports of seven rare earth elements under Announcement No. 18.",
    "Prices of dysprosium oxide rose 12% after the ban, traders said, as shipments fell to 1,250 tonnes.",
    "The company holds a 20% stake in the operator, which is majority-owned by Lynas Rare Earths Ltd.",
    "Exporters must apply for licences; the rule can be waived, according to the Ministry of Commerce.",
    "For decades the country has long been the largest producer; historically it supplies 70% of output.",
    "Section 232 tariffs of 25% on 18,125 t of graphite would take effect in 2026, officials noted.",
    "Magnet maker Acme Magnetics and the miner Zeta Resources signed Order No. 14156 in Busan on 3 March.",
    "It is not clear whether Indonesia will impose a duty on 2 million tonnes of nickel ore in 2023/24.",
    "\u201cWe expect it to remain,\u201d she said, due to the 2019 halt and amid 96,600 metric tons of quota.",
    "",
]


def _plain(p):  # type: ignore[no-untyped-def]
    """The pattern before leading: the led one is ``(?=first)(?:plain)``."""
    import re

    assert p.pattern.startswith("(?="), p.pattern[:40]
    return re.compile(p.pattern[p.pattern.index(")(?:") + 4:-1], p.flags)


@pytest.mark.parametrize("name", ["_LEGAL_LIKE", "_COUNT", "_TONNAGE", "_MARKET", "_CAUSE", "_HOLDING", "_STATE", "_DUTY",
                                  "_BACKGROUND", "_SPEECH", "_NAME_WORD", "es._FUTURE", "es._BARE_YEAR", "firms"])
def test_led_matcher_pattern_finds_what_the_plain_one_finds(name: str) -> None:
    from critmin.claims import event_signatures as es

    led = (em.firm_names(DATA)[0] if name == "firms" else getattr(es, name[3:]) if name.startswith("es.")
           else getattr(em, name))
    plain = _plain(led)
    assert any(plain.search(s) for s in LED_SENTENCES)
    for s in LED_SENTENCES:
        assert [(m.span(), m.groups()) for m in led.finditer(s)] == [(m.span(), m.groups()) for m in plain.finditer(s)]
        assert led.findall(s) == plain.findall(s)
        for a in range(0, len(s) + 1, 5):
            for b in (a + 20, a + 60, len(s)):
                x, y = led.search(s, a, b), plain.search(s, a, b)
                assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups()))
