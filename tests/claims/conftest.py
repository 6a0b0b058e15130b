"""A claim checker on the bundled dataset (built once per test session in a private cache)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from critmin.claims import Checker
from critmin.store import open_store


@pytest.fixture(scope="session")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    cache = tmp_path_factory.mktemp("claims-cache")
    with open_store(cache_dir=cache, user_dir=tmp_path_factory.mktemp("claims-user")) as st:
        return Checker.from_store(st)


@pytest.fixture(scope="session")
def training_script() -> Callable[[str], ModuleType]:
    """A training script of ``scripts/`` loaded as a module, once (registered in ``sys.modules``: its
    dataclasses look their module up there, and one script reuses another's)."""
    def load(name: str) -> ModuleType:
        if name not in sys.modules:
            path = Path(__file__).resolve().parents[2] / "scripts" / f"{name}.py"
            spec = importlib.util.spec_from_file_location(name, path)
            assert spec is not None and spec.loader is not None
            mod = importlib.util.module_from_spec(spec)
            sys.modules[name] = mod
            spec.loader.exec_module(mod)
        return sys.modules[name]
    return load


@pytest.fixture(autouse=True)
def _rules_only(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test marked ``rules_only`` sees the rules alone (``Checker.fallback`` and ``Checker.matcher``
    off): it states what
    the rules read of a sentence, while the learned fallback, which may fire on any sentence no rule
    read, is judged by its measured budget of false firings (claims/detector.py), not sentence by
    sentence."""
    if request.node.get_closest_marker("rules_only") is None:
        yield None
        return
    import critmin.claims as claims_api

    if claims_api._DEFAULT is None:  # the checker of the module-level ``check()``
        claims_api._DEFAULT = Checker.from_store()
    chks = [request.getfixturevalue("checker"), claims_api._DEFAULT]
    for chk in chks:
        chk.fallback = False
        chk.matcher = False  # the learned event matcher (claims/event_matcher.py), judged by cross-validation
    try:
        yield None
    finally:
        for chk in chks:
            chk.fallback = True
            chk.matcher = True


def one(result, kind: str | None = None):  # type: ignore[no-untyped-def]
    """The single check of ``kind`` in a result (fails when there is not exactly one)."""
    found = [c for c in result.checks if kind is None or c.claim.kind == kind]
    assert len(found) == 1, [(c.claim.kind, c.claim.text) for c in result.checks]
    return found[0]


def of_kind(result, kind: str):  # type: ignore[no-untyped-def]
    """The checks of ``result`` whose claim is of ``kind``."""
    return [c for c in result.checks if c.claim.kind == kind]


def registered_sentences(text: str) -> list[str]:
    """The sentences of ``text`` after one extraction of it as a fresh article: their scans are
    registered by ``extract_claims`` (the speed tests compare the fast readings of a registered
    sentence with the plain ones)."""
    from critmin.claims import extract as ex

    ex.new_article()
    ex.extract_claims(text, date="2025-01-10")
    sents = [text[a:b] for a, b in ex.sentence_spans(text)]
    assert all(s in ex._SENTENCE_SCANS for s in sents)
    return sents


def matcher_readings(step: int, states: tuple[str, ...]) -> list[tuple[Any, list[int]]]:
    """(reading, candidate rows) of the event matcher for the sentences of every ``step``-th readable
    article of the labelled set (claims and non-claims), each read in one of ``states`` in turn and,
    for one sentence in three, with rows cited elsewhere in the article (``art:cited``): the sample
    the matcher's exact speed-ups are checked on against the plain reading."""
    import csv

    from critmin.claims import event_matcher as em
    from critmin.dataset import DATA_DIR

    name = "claims_eval_run_for_matcher_readings"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parents[2] / "benchmarks"
                                                      / "claims_eval" / "run.py")
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    run = sys.modules[name]
    data = str(DATA_DIR)
    with (DATA_DIR / "events.csv").open(encoding="utf-8", newline="") as f:
        idx = em.row_index(list(csv.DictReader(f)), data)
    arts = sorted((a for a in run.load(run.HERE) if run.readable(a.article_id)), key=lambda a: run._id_key(a.article_id))
    out = []
    n = 0
    for a in arts[::step]:
        for s in a.sentences:
            n += 1
            cited: frozenset[str] = frozenset()
            if n % 3 == 0:
                first = em.candidates(em.read_sentence(s.text, a.published, data), idx)
                cited = frozenset(idx.events[i]["event_id"] for i in first[:: max(1, len(first) // 3)])
            r = em.read_sentence(s.text, a.published, data, states[n % len(states)], cited)
            rows = em.candidates(r, idx)
            if rows:
                out.append((r, rows))
    assert len(out) > 200
    return out
