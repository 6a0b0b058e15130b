"""Train the learned event matcher (critmin.claims.event_matcher) on the training articles of
benchmarks/claims_eval and write its weights.

    python scripts/train_event_matcher.py            # write src/critmin/claims/event_matcher_weights.json
    python scripts/train_event_matcher.py --out F    # write elsewhere (tests compare with the shipped file)
    python scripts/train_event_matcher.py --evaluate # print the cross-validated figures only

Training articles: those whose failures may be read (the runner's ``readable()``: A001-A241,
the dev split of A242-A316, A317-A794, A855-A2414, A2475-A2534 and A2595-A2654); the eighteenth batch A795-A854
(validation), the held-out split and the unread test batches are never read. Pairs: every candidate row (:func:`event_matcher.rank_rows`) of
every labelled sentence. A pair is positive when the sentence is a claim labelled ``supported``
whose ``evidence`` cites the row (``events|<event_id>|...``); negative when the sentence is a
non-claim, a claim labelled ``unverifiable``, or a claim citing other rows (or none); the rows
cited by claims labelled ``refuted`` / ``partly_supported`` are left out (the row is meant, but
a ``supported`` call would be wrong). The model is the L2 logistic regression of
``scripts/train_claim_detector.py`` (its ``train``: Newton steps, features of fewer than two
training articles pruned), over the binary pair features.

Cross-validation, leave one batch out (``FOLDS``): each fold's model is trained on the pairs of
the other batches. A sentence's call is its best candidate when that row's probability is at
least the threshold; a call is VERDICT-RIGHT when the sentence is labelled ``supported`` and
ROW-RIGHT when it also cites the row. Figures are given for every labelled sentence and for the sentences the checker leaves
open to the matcher (:func:`event_matcher.open_sentences`, the checker run with the matcher
off): the calls that change verdicts. With ``--evaluate``, a second cross-validation holds out ROWS too: the pairs of
every row cited in the test fold are removed from the training folds, so those rows are scored
by a model that never saw any sentence about them.

Threshold (fourteenth session): the lowest held-out probability at which the calls on the open
sentences, from that probability up, are right at least ``TARGET`` (75 %) of the time, over at
least ``MIN_CALLS`` (10) calls; a call is RIGHT here when the sentence is labelled ``supported``,
the verdict the scorer counts (the figures also say how many cite the labelled row). Why not
the earlier 90 % of row-right calls: an open sentence the matcher abstains on keeps
``unverifiable``, which is also wrong when the sentence is labelled ``supported``; a call
raises verdict accuracy whenever it is right more often than the ``unverifiable`` it replaces
(break-even at 50 %; of the open sentences with a candidate, 218 of 543 are labelled
``supported`` and 270 ``unverifiable`` in the readable set), and 75 % leaves a margin for the
drop from cross-validation to fresh text while keeping wrong ``supported`` verdicts (worse for a
reader than an ``unverifiable``) to one call in four. Ten calls at least: fewer say nothing
about a precision. Deterministic: no random numbers. The features depend on the events table
and on what the rules leave open: rerun the script after either changes. Speed (sixteenth
session): the pairs' features are read once (:class:`PairMatrix`); each fit of the sixteen folds
and the final one takes the same optimum as ``train_claim_detector.train`` (the weights file is
byte-identical) from the distinct (feature set, label) pairs with Newton steps on the explicit
Hessian, one BLAS thread: under two minutes of user CPU (24 before), most of it the checker's pass
over the articles; ``--evaluate`` adds the sixteen fits of the rows-held-out cross-validation.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# one BLAS thread: the fits are small dense products, and on a shared machine threads that wait for a
# core cost three times the CPU (set before numpy is first imported; the figures do not depend on it)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "benchmarks" / "claims_eval"
OUT = ROOT / "src" / "critmin" / "claims" / "event_matcher_weights.json"

#: the leave-one-batch-out folds (the batches as labelled; the training articles are the readable ones)
FOLDS = (("A001", "A241"), ("A242", "A316"), ("A317", "A376"), ("A377", "A436"), ("A437", "A496"), ("A497", "A556"),
         ("A557", "A616"), ("A617", "A674"), ("A675", "A734"), ("A735", "A794"), ("A855", "A914"),
         ("A915", "A974"), ("A975", "A1034"), ("A1035", "A1094"), ("A1095", "A1154"), ("A1155", "A1214"), ("A1215", "A1274"), ("A1275", "A1334"), ("A1335", "A1394"), ("A1395", "A1454"), ("A1455", "A1514"), ("A1515", "A1574"),
         ("A1575", "A1634"), ("A1635", "A1694"), ("A1695", "A1754"), ("A1755", "A1814"),
         ("A1815", "A1874"), ("A1875", "A1934"), ("A1935", "A1994"), ("A1995", "A2054"),
         ("A2055", "A2114"), ("A2115", "A2174"), ("A2175", "A2234"), ("A2235", "A2294"),
         ("A2295", "A2354"), ("A2355", "A2414"), ("A2475", "A2534"),
         ("A2595", "A2654"))
L2 = 2.0
TARGET = 0.75         # verdict precision of the supported calls on the open sentences (cross-validated)
FOCUS_WEIGHT = 4.0    # a pair of a sentence the checker leaves open to the matcher counts this many times
MIN_CALLS = 10        # fewer held-out calls than this say nothing about a precision
CURVE = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


def _load_module(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def _detector_trainer() -> Any:
    """scripts/train_claim_detector.py: its logistic regression is reused, not copied."""
    return sys.modules.get("train_claim_detector") or _load_module("train_claim_detector",
                                                                  ROOT / "scripts" / "train_claim_detector.py")


def _runner() -> Any:
    return sys.modules.get("claims_eval_run") or _load_module("claims_eval_run", EVAL / "run.py")


def fold_of(article_id: str) -> int:
    key = _runner()._id_key
    for k, (lo, hi) in enumerate(FOLDS):
        if key(lo) <= key(article_id) <= key(hi):
            return k
    raise ValueError(f"{article_id}: in no fold")


def training_articles() -> list[Any]:
    run = _runner()
    return sorted((a for a in run.load(EVAL) if run.readable(a.article_id)), key=lambda a: run._id_key(a.article_id))


def cited_events() -> dict[str, set[str]]:
    """claim id -> the event ids its evidence cites."""
    out: dict[str, set[str]] = {}
    for r in _runner().read_claims(EVAL):
        ids = {p.split("|")[1] for p in (r.get("evidence") or "").split(" ; ") if p.strip().startswith("events|")}
        if ids:
            out[r["claim_id"]] = ids
    return out


@dataclass
class Item:
    """A labelled sentence with its candidate rows."""

    article: str
    sid: str
    expected: str                    # "" for a non-claim
    cited: set[str]
    rows: list[str]                  # event ids of the candidates
    feats: list[list[str]]
    labels: list[int | None]         # 1, 0, or None (left out of training)
    open: bool = False               # the checker (matcher off) leaves it open to the matcher
    scores: list[float] = field(default_factory=list)
    scores_rows_out: list[float] = field(default_factory=list)


def sentence_states(arts: list[Any], checker: Any, elsewhere: dict[str, frozenset[str]] | None = None) -> dict[str, str]:
    """Labelled sentence id -> how the checker with the matcher off leaves it
    (:func:`event_matcher.sentence_state`); ``elsewhere`` gets, per sentence, the rows the checker
    cites in the article's other sentences (:func:`event_matcher.cited_rows`)."""
    from critmin.claims.event_matcher import cited_rows, sentence_state

    out: dict[str, str] = {}
    matcher = checker.matcher
    checker.matcher = False
    try:
        for a in arts:
            text = a.text()  # (sets the sentences' spans)
            res = checker.check(text, date=a.published)
            mine: dict[int, list[int]] = defaultdict(list)  # labelled sentence -> the claims in it
            for k, cc in enumerate(res.checks):
                lo, hi = cc.claim.sentence_span
                over = [(min(hi, s.end) - max(lo, s.start), n) for n, s in enumerate(a.sentences)]
                best = max(over) if over else (0, 0)
                if best[0] > 0:
                    mine[best[1]].append(k)
            for n, s in enumerate(a.sentences):
                out[s.sid] = sentence_state(res.checks, mine.get(n, []))
                if elsewhere is not None:
                    own = set(mine.get(n, []))
                    elsewhere[s.sid] = cited_rows([cc for k, cc in enumerate(res.checks) if k not in own])
    finally:
        checker.matcher = matcher
    return out


def build_items(arts: list[Any], checker: Any, states: dict[str, str] | None = None,
                elsewhere: dict[str, frozenset[str]] | None = None) -> list[Item]:
    """Every labelled sentence of ``arts`` with its candidate rows, their features and labels
    (``states`` and ``elsewhere`` of :func:`sentence_states`, computed when not given)."""
    from critmin.claims.event_matcher import (
        KIND_GATE,
        may_report_event,
        rank_rows,
        read_sentence,
        row_index,
    )

    cited = cited_events()
    if states is None:
        elsewhere = {}
        states = sentence_states(arts, checker, elsewhere)
    elsewhere = elsewhere or {}
    idx = row_index(checker.index.events or [], checker.data_dir)
    items: list[Item] = []
    for a in arts:
        for s in a.sentences:
            state = states[s.sid]
            ranked = rank_rows(read_sentence(s.text, a.published, checker.data_dir, state,
                                             elsewhere.get(s.sid, frozenset())), idx)
            got = cited.get(s.sid, set()) if s.is_claim else set()
            expected = s.expected if s.is_claim else ""
            rows = [str(idx.events[i].get("event_id") or "") for i, _ in ranked]
            labels: list[int | None] = [(1 if expected == "supported" else None) if r in got else 0 for r in rows]
            opened = state.startswith("open") and (not KIND_GATE or may_report_event(s.text, idx.events, checker.data_dir))
            items.append(Item(a.article_id, s.sid, expected, got, rows, [f for _, f in ranked], labels, opened))
    return items


def _pairs(items: list[Item], drop_rows: set[str] | frozenset[str] = frozenset()) -> list[tuple[str, list[str], int]]:
    """(article, features, label) of every labelled pair, but those of ``drop_rows``."""
    return [(it.article, f, lab) for it in items for r, f, lab in zip(it.rows, it.feats, it.labels, strict=True)
            if lab is not None and r not in drop_rows]


def _pair_weights(items: list[Item], drop_rows: set[str] | frozenset[str] = frozenset()) -> list[float]:
    """The weight of each pair of :func:`_pairs`: ``FOCUS_WEIGHT`` for the sentences the checker
    leaves open to the matcher (the model learns most from the kind of sentence it will score)."""
    return [FOCUS_WEIGHT if it.open else 1.0 for it in items for r, lab in zip(it.rows, it.labels, strict=True)
            if lab is not None and r not in drop_rows]


def _prob(bias: float, weights: dict[str, float], feats: list[str]) -> float:
    import math

    z = bias + sum(weights.get(x, 0.0) for x in set(feats))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


class PairMatrix:
    """The labelled pairs of the items (:func:`_pairs`, :func:`_pair_weights`), read once for every
    fit of the cross-validation: each pair's feature set is a row of a 0/1 matrix of the DISTINCT
    sets (a third of the pairs), with the pair's article, fold, label, weight and row. A fit (:meth:`train`)
    selects its pairs by a mask (the folds only change which pairs are training data)."""

    def __init__(self, items: list[Item]) -> None:
        import numpy as np

        names: dict[str, int] = {}
        uid_of: dict[frozenset[str], int] = {}
        sets: list[list[int]] = []
        art_ix: dict[str, int] = {}
        arts: list[int] = []
        folds: list[int] = []
        labels: list[int] = []
        weights: list[float] = []
        self.rows: list[str] = []
        uids: list[int] = []
        for it in items:
            a, k = art_ix.setdefault(it.article, len(art_ix)), fold_of(it.article)
            wt = FOCUS_WEIGHT if it.open else 1.0
            for r, f, lab in zip(it.rows, it.feats, it.labels, strict=True):
                if lab is None:
                    continue
                key = frozenset(f)
                u = uid_of.get(key)
                if u is None:
                    u = uid_of[key] = len(sets)
                    sets.append([names.setdefault(x, len(names)) for x in key])
                arts.append(a)
                folds.append(k)
                labels.append(lab)
                weights.append(wt)
                self.rows.append(r)
                uids.append(u)
        first = sorted(names, key=names.__getitem__)
        by_name = sorted(range(len(first)), key=first.__getitem__)
        col = np.empty(len(first), dtype=np.int64)
        col[by_name] = np.arange(len(first))
        self.names = [first[j] for j in by_name]  # columns in the order of the names (the fit's vocabulary order)
        self.sets = np.zeros((len(sets), len(first)), dtype=bool)
        for u, cols in enumerate(sets):
            self.sets[u, col[cols]] = True
        self.art, self.fold, self.label = np.array(arts), np.array(folds), np.array(labels)
        self.weight, self.uid = np.array(weights, dtype=float), np.array(uids)

    def mask(self, fold: int | None = None, drop_rows: set[str] | frozenset[str] = frozenset()) -> Any:
        """The training pairs: all, or those outside ``fold``; never those of ``drop_rows``."""
        import numpy as np

        m = np.ones(len(self.uid), dtype=bool) if fold is None else self.fold != fold
        if drop_rows:
            m &= np.array([r not in drop_rows for r in self.rows], dtype=bool)
        return m

    def train(self, mask: Any) -> tuple[float, dict[str, float]]:
        """Bias and weights of the masked pairs, the same as ``train_claim_detector.train`` on them
        (its vocabulary rule, penalty, rounding and pruning; the same optimum), faster: identical
        (feature set, label) pairs are fitted once with their summed weight, and each Newton step
        solves with the explicit Hessian (under two hundred features) instead of conjugate gradients."""
        import numpy as np

        tcd = _detector_trainer()
        n_sets, n_cols = self.sets.shape
        # the vocabulary: features of at least MIN_ARTICLES training articles
        au = np.unique(self.art[mask] * n_sets + self.uid[mask])
        ri, ci = np.nonzero(self.sets[au % n_sets])
        af = np.unique((au // n_sets)[ri] * n_cols + ci)
        kept = np.flatnonzero(np.bincount(af % n_cols, minlength=n_cols) >= tcd.MIN_ARTICLES)
        key, inv = np.unique(self.uid[mask] * 2 + self.label[mask], return_inverse=True)
        sw = np.bincount(inv.ravel(), weights=self.weight[mask])
        b, w = _newton(self.sets[key // 2][:, kept].astype(float), (key % 2).astype(float), sw, L2)
        vocab = [self.names[j] for j in kept]
        dg = tcd.DIGITS
        return round(b, dg), {f: round(float(v), dg) for f, v in zip(vocab, w, strict=True)
                              if abs(round(float(v), dg)) >= tcd.PRUNE}


def _newton(x: Any, y: Any, sw: Any, l2: float) -> tuple[float, Any]:
    """The L2 logistic regression of ``train_claim_detector._fit`` (bias not penalised, rows weighted
    by ``sw``, the same stopping rule: every gradient component under 1e-8) by Newton steps with the
    explicit Hessian."""
    import numpy as np

    d = x.shape[1]
    b, w = 0.0, np.zeros(d)
    xs = np.empty_like(x)  # the rows scaled by the square root of their curvature (one buffer: no page faults per step)
    for _ in range(40):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = sw * (p - y)
        gb, gw = float(g.sum()), x.T @ g + l2 * w
        if max(abs(gb), float(np.max(np.abs(gw)))) < 1e-8:
            break
        s = sw * p * (1.0 - p)
        np.multiply(x, np.sqrt(s)[:, None], out=xs)
        h = np.empty((d + 1, d + 1))
        h[0, 0] = s.sum()
        h[0, 1:] = h[1:, 0] = x.T @ s
        h[1:, 1:] = xs.T @ xs
        h[1:, 1:] += l2 * np.eye(d)
        step = np.linalg.solve(h, np.concatenate(([gb], gw)))
        b -= float(step[0])
        w -= step[1:]
    return b, w


def fit(items: list[Item], pm: PairMatrix | None = None) -> tuple[float, dict[str, float]]:
    pm = pm or PairMatrix(items)
    return pm.train(pm.mask())


def cross_validate(items: list[Item], rows_out: bool = False, pm: PairMatrix | None = None) -> None:
    """Held-out probabilities of every pair: ``scores`` (leave one batch out) and, with
    ``rows_out``, ``scores_rows_out`` (also without any pair of a row the test batch cites; a
    second fit per fold, so only ``--evaluate`` asks for it: the threshold does not use it)."""
    pm = pm or PairMatrix(items)
    folds = defaultdict(list)
    for it in items:
        folds[fold_of(it.article)].append(it)
    for k, test in sorted(folds.items()):
        b, w = pm.train(pm.mask(k))
        for it in test:
            it.scores = [_prob(b, w, f) for f in it.feats]
        if not rows_out:
            continue
        rows_k = {r for it in test for r in it.cited}
        b2, w2 = pm.train(pm.mask(k, rows_k))
        for it in test:
            it.scores_rows_out = [_prob(b2, w2, f) for f in it.feats]


def calls(items: list[Item], attr: str = "scores") -> list[tuple[float, bool, bool, Item]]:
    """(probability, row right, verdict right, item) of each sentence's best candidate."""
    out = []
    for it in items:
        sc = getattr(it, attr)
        if not sc:
            continue
        j = max(range(len(sc)), key=lambda n: (sc[n], -n))
        out.append((sc[j], it.expected == "supported" and it.rows[j] in it.cited, it.expected == "supported", it))
    return out


def figures(items: list[Item], thr: float, attr: str = "scores", only_open: bool = False,
            rows: set[str] | None = None) -> dict[str, Any]:
    pool = [it for it in items if (not only_open or it.open)]
    want = [it for it in pool if it.expected == "supported" and it.cited and (rows is None or it.cited & rows)]
    made = [c for c in calls(pool, attr) if c[0] >= thr and (rows is None or c[3].cited & rows or not c[3].cited)]
    right = sum(c[1] for c in made)
    vright = sum(c[2] for c in made)
    return {"calls": len(made), "row_right": right, "verdict_right": vright,
            "precision": round(vright / len(made), 4) if made else None,
            "row_precision": round(right / len(made), 4) if made else None,
            "supported_with_row": len(want), "recall": round(right / len(want), 4) if want else None}


def choose_threshold(items: list[Item]) -> float | None:
    """The lowest held-out probability whose open-sentence calls, from it up, are right >= TARGET
    (at least ``MIN_CALLS`` of them; a call is right when the sentence is labelled ``supported``,
    the verdict the scorer counts); None (the matcher makes no call) when there is none."""
    pool = sorted(((p, v) for p, _, v, it in calls([it for it in items if it.open])), key=lambda t: -t[0])
    best = None
    right = 0
    for n, (p, r) in enumerate(pool, start=1):
        right += r
        if n < len(pool) and pool[n][0] == p:
            continue
        if right / n >= TARGET and n >= MIN_CALLS:
            best = p
    return round(best, 4) if best is not None else None


def _logit(p: float) -> float:
    import math

    p = min(max(p, 1e-9), 1.0 - 1e-9)
    return math.log(p / (1.0 - p))


#: the second stage's floor for the runner-up's logit (a sentence with one candidate has none): the checker's
RUNNER_UP_FLOOR = -6.0  # (event_matcher.RUNNER_UP_FLOOR)


def second_stage(items: list[Item], attr: str = "scores", floor: float | None = None) -> dict[str, Any]:
    """The second stage (twenty-first session; written as the weights file's ``second_stage``, the
    checker's call of an open sentence): a second logistic regression over the open sentences that reads, from the held-out probabilities
    ``attr`` of a sentence's candidates, the best row's logit and the runner-up's (floored at
    ``RUNNER_UP_FLOOR``), labelled by the verdict (the sentence is labelled ``supported``), itself
    cross-validated leave one batch out; its threshold by the rule of :func:`choose_threshold`. Gives
    the figures at that threshold (calls, verdict right, row right, over-calls: calls on sentences
    labelled ``unverifiable``), the threshold and the weights fitted on every open sentence. ``floor``
    (default ``event_matcher.SECOND_STAGE_FLOOR``, twenty-second session): only a sentence whose best row's
    first-stage probability reaches it is called, as at the checker's call; the threshold rule is applied
    over those sentences."""
    import numpy as np

    if floor is None:
        from critmin.claims.event_matcher import SECOND_STAGE_FLOOR as floor

    pool = [it for it in items if it.open and getattr(it, attr)]
    if not pool:
        return {}
    best = []
    x = np.ones((len(pool), 3))
    for n, it in enumerate(pool):
        sc = getattr(it, attr)
        j = max(range(len(sc)), key=lambda k: (sc[k], -k))
        best.append(j)
        rest = [p for k, p in enumerate(sc) if k != j]
        x[n, 1] = _logit(sc[j])
        x[n, 2] = max(RUNNER_UP_FLOOR, _logit(max(rest))) if rest else RUNNER_UP_FLOOR
    y = np.array([it.expected == "supported" for it in pool], dtype=float)
    fold = np.array([fold_of(it.article) for it in pool])
    prob = np.zeros(len(pool))
    for k in sorted(set(fold.tolist())):
        b, w = _newton(x[fold != k, 1:], y[fold != k], np.ones(int((fold != k).sum())), 1.0)
        prob[fold == k] = 1.0 / (1.0 + np.exp(-(x[fold == k, 1:] @ w + b)))
    ranked = sorted((n for n in range(len(pool)) if getattr(pool[n], attr)[best[n]] >= floor), key=lambda n: -prob[n])
    thr, right = None, 0.0
    for m, n in enumerate(ranked, start=1):
        right += y[n]
        if m < len(ranked) and prob[ranked[m]] == prob[n]:
            continue
        if right / m >= TARGET and m >= MIN_CALLS:
            thr = float(prob[n])
    made = [n for n in ranked if thr is not None and prob[n] >= thr]
    b, w = _newton(x[:, 1:], y, np.ones(len(pool)), 1.0)
    return {"threshold": None if thr is None else round(thr, 4), "calls": len(made),
            "verdict_right": int(sum(y[n] for n in made)),
            "row_right": sum(pool[n].expected == "supported" and pool[n].rows[best[n]] in pool[n].cited for n in made),
            "over_calls": sum(pool[n].expected == "unverifiable" for n in made), "floor": floor,
            "weights": {"bias": round(float(b), 4), "best": round(float(w[0]), 4), "runner_up": round(float(w[1]), 4)}}


def over_calls(items: list[Item], thr: float, attr: str = "scores") -> int:
    """The calls at ``thr`` on open sentences labelled ``unverifiable``."""
    return sum(1 for p, _, _, it in calls([it for it in items if it.open], attr) if p >= thr and it.expected == "unverifiable")


def _line(name: str, f: dict[str, Any]) -> str:
    return (f"{name:<34} calls {f['calls']:4}  verdict right {f['verdict_right']:4} "
            f"({100 * (f['precision'] or 0):5.1f}%)  row right {f['row_right']:4} ({100 * (f['row_precision'] or 0):5.1f}%)  "
            f"row recall {100 * (f['recall'] or 0):5.1f}% of {f['supported_with_row']}")


def report(items: list[Item], thr: float | None) -> list[str]:
    lines = [f"threshold {thr} (lowest held-out probability with open-sentence verdict precision >= {TARGET:.0%} "
             f"over at least {MIN_CALLS} calls; None: no call is made)"]
    thr = float("inf") if thr is None else thr
    lines.append(_line("CV, all sentences", figures(items, thr)))
    lines.append(_line("CV, open sentences", figures(items, thr, only_open=True)))
    if any(it.scores_rows_out for it in items):
        lines.append(_line("rows held out, all sentences", figures(items, thr, "scores_rows_out")))
        lines.append(_line("rows held out, open sentences", figures(items, thr, "scores_rows_out", only_open=True)))
    for k, (lo, hi) in enumerate(FOLDS):
        its = [it for it in items if fold_of(it.article) == k]
        lines.append(_line(f"  fold {lo}-{hi}, open", figures(its, thr, only_open=True)))
    for st in ("open_event", "open_figure", "open_fallback"):
        its = [it for it in items if it.open and it.feats and f"st:{st}" in it.feats[0]]
        lines.append(_line(f"  {st} sentences", figures(its, thr, only_open=True)))
    for t in CURVE:
        lines.append(_line(f"  at {t:.2f}, open", figures(items, t, only_open=True)))
    return lines


def build(date: str | None = None, evaluate: bool = False) -> tuple[dict[str, Any], list[str]]:
    from critmin.claims import Checker

    arts = training_articles()
    checker = Checker.from_store()
    items = build_items(arts, checker)
    pm = PairMatrix(items)
    cross_validate(items, rows_out=evaluate, pm=pm)
    thr = choose_threshold(items)
    lines = report(items, thr)
    pairs = _pairs(items)
    n_open = sum(it.open for it in items)
    st = second_stage(items)
    lines.append(f"over-calls (open sentences labelled unverifiable called) at the threshold "
                 f"{over_calls(items, float('inf') if thr is None else thr)}")
    lines.append(f"second stage (best and runner-up logits, the checker's call; first-stage floor "
                 f"{st.get('floor')}): {st}")
    if evaluate:
        return {}, lines
    bias, weights = fit(items, pm)
    doc = {
        "header": {
            "model": f"logistic regression (scripts/train_claim_detector.py train), L2 penalty {L2:.1f}, binary pair "
                     "features of critmin.claims.event_matcher.rank_rows",
            "training_set": f"benchmarks/claims_eval articles whose failures may be read (the runner's readable(): "
                            f"{len(arts)} articles); {len(pairs)} pairs, "
                            f"{sum(p[2] for p in pairs)} positive (rows cited by claims labelled supported); "
                            f"{n_open} sentences the checker leaves open to the matcher; "
                            f"{len(checker.index.events or [])} rows in the events table",
            "trained": date or dt.date.today().isoformat(),
            "threshold_rule": f"leave one batch out ({', '.join(a + '-' + b for a, b in FOLDS)}): the lowest held-out "
                              f"probability whose calls on the open sentences (at least {MIN_CALLS}) are right >= {TARGET:.0%} "
                              "(labelled supported: the verdict the scorer counts)",
            "cross_validated": lines,
        },
        "bias": bias,
        "threshold": thr,
        "weights": dict(sorted(weights.items())),
    }
    if st.get("threshold") is not None:
        doc["second_stage"] = {**st["weights"], "threshold": st["threshold"],
                               "cross_validated": {k: st[k] for k in ("calls", "verdict_right", "row_right", "over_calls",
                                                                      "floor")}}
    return doc, lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--date", help="date written in the header (default today)")
    ap.add_argument("--evaluate", action="store_true", help="print the cross-validated figures only (writes nothing)")
    args = ap.parse_args(argv)
    doc, lines = build(args.date, args.evaluate)
    print("\n".join(lines))
    if args.evaluate:
        return 0
    args.out.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(doc['weights'])} weights, threshold {doc['threshold']} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
