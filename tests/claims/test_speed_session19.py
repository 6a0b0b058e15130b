"""Nineteenth session's speed-ups must change nothing (docs/claims.md "## Speed"):

* ``extract._search_sentence`` (the first match of a sentence search, written out without the
  generator) is ``p.search(sent)``, and ``extract.finditer_in_sentence`` is ``p.finditer(sent)``,
  for any sentence span of a registered article and for a sentence of no article;
* ``extract._FINANCIAL_WORD`` (``_FINANCIAL`` without its optional opening) finds a match in a text
  exactly when ``_FINANCIAL`` does;
* ``verdict._tech_said`` (a substring gate before ``_TECH_SAID``) answers as the search does;
* ``event_signatures._any_kind`` (at the sentence's word starts) answers as the plain search does;
* the matcher's sums of weights by ``map`` and its title-word bound without empty intersections
  give the same floats as the plain generator sums.
"""

from __future__ import annotations

import re
from itertools import repeat
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.claims import event_signatures as es
from critmin.claims import extract as ex
from critmin.claims import verdict as vd
from critmin.claims.event_matcher import MatcherWeights, probability

from .conftest import registered_sentences

WORDS = ["signed", "Imposed", "imposes", "banned", "export controls", "curbs", "will", "would", "plans to",
         "has imposed", "announced", "took effect", "not", "never", "no", "record", "net", "quarterly", " profits",
         "profit", "shares", "share price", "Market cap", "market capitalisation", "EBITDA", "earnings", "net loss",
         "loss", "technology", "biotechnology", "Know-how", "techniques", "technique", "expertise", "process to",
         "processes to", "processing", "1990s", "decades ago", "century", "2024", "70%", "U.S.", "e.g.",
         "\u017fhares", "\u212anow-how", "caf\u00e9", "\u0130", "-", "'s", ",", ".", "(", " ", " ", " ", "\n",
         "x", "a", "s", "_"]
texts = st.lists(st.sampled_from(WORDS), max_size=30).map("".join)
REAL = [ex._EVENT_TYPE, ex._UNREAD_NOT_FACT, ex._PAST_EVENT, ex._FUTURE, ex._MEASURE_INTENT, ex._FINANCIAL_WORD,
        ex._EQUITY, ex._UNREAD_HISTORY, es._ACT_VERB, es._NOT_A_FACT, es._NEGATED, es._WOULD, es._FUTURE]


def found(it: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in it]  # type: ignore[attr-defined]


def one(m: re.Match[str] | None) -> tuple[tuple[int, int], tuple[str | None, ...]] | None:
    return None if m is None else (m.span(), m.groups())


def scan(text: str, a: int, b: int) -> SimpleNamespace:
    return SimpleNamespace(start=a, end=b, word_starts=ex._WordStarts.of(text, ex.Tokens.of(text)))


@settings(max_examples=150, deadline=None)
@given(texts, st.integers(0, 60), st.integers(0, 60))
def test_sentence_search_is_the_first_match(text: str, a: int, cut: int) -> None:
    a = min(a, len(text))
    b = max(a, len(text) - cut)
    for lo, hi in ((0, len(text)), (a, b)):
        s, sent = scan(text, lo, hi), text[lo:hi]
        low = es._lowered(sent)
        for p in REAL:
            assert one(ex._search_sentence(p, sent, s)) == one(p.search(sent)), (p.pattern[:60], text, lo, hi)
            assert one(ex._search_sentence(p, sent, SimpleNamespace(start=lo, end=hi))) == one(p.search(sent))
        if low is not None:
            p = es._ANY_KIND_LOWER
            assert one(ex._search_sentence(p, sent, s, low)) == one(p.search(low))


def test_sentence_search_at_cut_words() -> None:
    text = "Exports fell.Banned in 2024, the curbs took effect; China imposed export controls on seven elements"
    p = re.compile(r"\b(?:ban(?:ned|s)?|impose[sd]?|controls?|curbs)\b", re.I)
    for a in range(len(text)):
        for b in range(a, len(text) + 1, 5):
            s, sent = scan(text, a, b), text[a:b]
            assert one(ex._search_sentence(p, sent, s)) == one(p.search(sent)), (a, b)
    other = "Chile banned imports."  # not a sentence of the article scanned: the plain search
    s = scan("China banned exports.", 0, len(other))
    q = re.compile(r"\bbanned\s+imports\b")
    assert one(ex._search_sentence(q, other, s)) == one(q.search(other))


def test_registered_sentence_searches() -> None:
    """``search_in_sentence`` and ``finditer_in_sentence`` on the sentences of a checked article (their
    scans registered by ``extract_claims``) and on a sentence of no article."""
    text = ("China imposed export controls on gallium in July 2023. The curbs would not be lifted, officials said. "
            "Shares of Lynas rose 5% and the firm's net loss narrowed; its technology was not affected in the 1990s.")
    sents = registered_sentences(text)
    assert len(sents) == 3
    for sent in [*sents, "A sentence of no article: it would ban no exports."]:
        for p in REAL:
            assert one(ex.search_in_sentence(p, sent)) == one(p.search(sent)), (p.pattern[:60], sent)
            assert found(ex.finditer_in_sentence(p, sent)) == found(p.finditer(sent)), (p.pattern[:60], sent)
        assert es._any_kind(sent) is (es._ANY_KIND.search(sent) is not None)
        assert es._future(sent) is _plain_future(sent)
    ex.new_article()


def _plain_future(sent: str) -> bool:
    if es._WOULD.search(sent) is not None:
        return True
    for m in es._FUTURE.finditer(sent):
        end = m.end() + es._FUTURE_REACH
        if es._ANY_KIND.search(sent, m.end(), end) is not None or es._ACT_VERB.search(sent, m.end(), end) is not None:
            return True
    return False


@settings(max_examples=300, deadline=None)
@given(texts)
def test_gates_answer_as_their_searches(text: str) -> None:
    assert (ex._FINANCIAL_WORD.search(text) is None) is (ex._FINANCIAL.search(text) is None), text
    assert vd._tech_said(text) is (vd._TECH_SAID.search(text) is not None), text
    assert es._any_kind(text) is (es._ANY_KIND.search(text) is not None), text


def test_gates_on_written_cases() -> None:
    for text, fin in [("its record quarterly profits", True), ("the EBITDA", True), ("market capitalization", True),
                      ("profitable", False), ("the net", False), ("a \u017fhare price", True), ("", False)]:
        assert (ex._FINANCIAL.search(text) is not None) is fin and (ex._FINANCIAL_WORD.search(text) is not None) is fin
    for text, tech in [("biotechnology", True), ("KNOW-HOW", True), ("\u212anow-how", True), ("the process to refine", True),
                       ("processing", False), ("techniques", True), ("technical", False), ("expertise", True),
                       ("exp\u0130rtise", False), ("proce\u017fs to", True), ("", False)]:
        assert vd._tech_said(text) is tech is (vd._TECH_SAID.search(text) is not None), text


def test_matcher_sums_by_map_are_the_plain_sums() -> None:
    w = MatcherWeights(-1.25, {"a": 0.1, "b": 0.2, "c": -0.3000000001, "d": 1e-17, "e": 7.5}, 0.5, {})
    for feats in (["a", "b", "c", "a", "x"], [], ["e", "d", "c", "b", "a"], ["d"] * 3 + ["e"]):
        z = w.bias + sum(w.weights.get(x, 0.0) for x in set(feats))
        import math

        assert probability(w, feats) == 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
        assert sum(map(w.weights.get, set(feats), repeat(0.0))) == sum(w.weights.get(x, 0.0) for x in set(feats))
    words, titles = frozenset({"ban", "export"}), [frozenset(), frozenset({"ban"}), frozenset({"ban", "export", "x"})]
    tws = (0.0, 0.5, 1.0, 2.0)
    got = {i: tws[0] if words.isdisjoint(titles[i]) else tws[min(3, len(words & titles[i]))] for i in range(3)}
    assert got == {i: tws[min(3, len(words & titles[i]))] for i in range(3)}


COUNT_WORDS = ["20", "twenty", "Twenty", "7", "seven", " ", " ", "-", "new", "critical", "minerals", "Minerals",
               "MINERAL", "mineral", "blocks", "block", "projects", "strategic", "and", "10", "s", "y", "ies",
               "miner\u0430l", "\u212aey", "keys", "key", "\u017ftrategic", "commodities", "commodity", ","]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(COUNT_WORDS), max_size=14).map("".join))
def test_count_gate_never_hides_a_match(text: str) -> None:
    for n, counted in ((20, "minerals"), (7, "keys"), (10, "commodities"), (20, "blocks"), (7, "strategic projects")):
        stem = counted[:-3] if counted.endswith("ies") else counted.rstrip("s")
        if vd._count_pattern(n, counted).search(text) is not None:
            assert vd._may_hold(stem, text), (text, counted)
    assert vd._may_hold("key", "a \u212aEY") and not vd._may_hold("key", "a monkey".replace("key", "kex"))


@settings(max_examples=200, deadline=None)
@given(texts)
def test_partial_date_hint_memo(text: str) -> None:
    ex.new_article()
    for past in (False, True, False):
        got = ex.partial_date_spans(text, "2025-05-20", past)
        plain = ex._partial_date_spans_of.__wrapped__(text, "2025-05-20", past)  # (the plain reading, no memo)
        assert got == (list(plain) if ex._PARTIAL_HINT.search(text) else []), text
    assert {text: ex._PARTIAL_HINT.search(text) is not None} == ex._PARTIAL_HINTS
    ex.new_article()
    assert not ex._PARTIAL_HINTS
