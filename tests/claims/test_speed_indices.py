"""Judging look-ups built once per Checker (issue #6, speed target) must answer as the scans
they replace:

* ``EvidenceIndex.evidence`` builds the same Evidence as ``Row.evidence`` (a new object each
  time), reading a row's fields once;
* ``EvidenceIndex.rank_of`` and ``EvidenceIndex.valued`` give, per table, a country's first
  rank and first row with a value, as the linear scans of ``ranking`` and ``table`` did;
* ``verdict._data_interval`` answers once per row what it computes from the row;
* ``subject_scope._scope_may_name`` (a name's first four characters at a capital) holds on
  every text the three name patterns find something in;
* ``verdict._older_estimates`` gates on the lowered sentence holding one of its words, which
  holds whenever its pattern matches.

The store's own rows and names are used, with sentences written here.
"""

from __future__ import annotations

import dataclasses
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.claims import subject_scope as ss
from critmin.claims import verdict as vd
from critmin.claims.match import EvidenceIndex


@cache
def _index() -> EvidenceIndex:
    from critmin.claims import Checker

    return Checker.from_store().index


def test_evidence_is_the_rows_evidence_and_a_new_object_each_time() -> None:
    idx = _index()
    rows = [r for rs in list(idx.by_table.values())[:300] for r in rs]
    assert rows
    for r in rows:
        want = r.evidence(idx.editions.get(r.edition), True, "rank 1 of 3")
        first = idx.evidence(r, True, "rank 1 of 3")
        again = idx.evidence(r, False, None)  # from the fields read once
        assert first == want
        assert again == r.evidence(idx.editions.get(r.edition), False, None)
        assert again is not idx.evidence(r, False, None)  # callers may change what they get


def test_evidence_of_a_row_made_while_judging_is_its_own() -> None:
    idx = _index()
    r = next(iter(idx.by_table.values()))[0]
    idx.evidence(r, True)
    made = dataclasses.replace(r, country="USA+AUS", value=(r.value or 0.0) + 1.0)  # a sum of rows
    assert idx.evidence(made, True) == made.evidence(idx.editions.get(made.edition), True)


def test_rank_of_and_valued_match_the_scans_for_every_table() -> None:
    idx = _index()
    for (com, key, ed, y), tab in idx.by_table.items():
        ranking = idx.ranking(com, key, ed, y)
        rank_of = idx.rank_of(com, key, ed, y)
        valued = idx.valued(com, key, ed, y)
        for c in {r.country for r in tab} | {"WLD", "XXX"}:
            assert rank_of.get(c) == next((rk for rk, r in ranking if r.country == c), None)
            assert valued.get(c) is next((r for r in tab if r.country == c and r.value is not None), None)


def test_data_interval_is_the_same_on_every_call() -> None:
    idx = _index()
    rows = [r for rs in list(idx.by_table.values())[:200] for r in rs]
    for r in rows:
        first = vd._data_interval(r)
        copy = dataclasses.replace(r)  # another object with the same fields: computed anew
        assert vd._data_interval(copy) == first == vd._data_interval(r)
    priced = dataclasses.replace(rows[0], value=1234.5, unit="kt")
    lo, hi = vd._data_interval(priced) or (0.0, 0.0)
    assert lo < 1_234_500 < hi  # the row's own figure, not an earlier row's


# --------------------------------------------------------------------------- names of companies, sites, regions
FILLER = ["the", "mine", "at", "operator", "said", "output", "rose", "in", "province", "near", "-", "'s", ",",
          "Lyn", "Mou", "Bayan", "X", "Ltd", "2024", "12,000", "t"]


def _name_texts() -> st.SearchStrategy[str]:
    n = ss._names()
    names = sorted({*n.firms[:40], *n.sites[:40], *n.regions[:40]})
    words = st.sampled_from(names + FILLER)
    return st.tuples(st.lists(words, max_size=8).map(" ".join), st.integers(0, 60), st.integers(0, 80)).map(
        lambda t: t[0][t[1]:t[1] + t[2]])  # cut anywhere, as the head and tail of a figure are


def _names_found(text: str) -> bool:
    named = ss._scope_patterns()[0]
    return any(pat.search(text) for pat, _ in named)


@settings(max_examples=400, deadline=None)
@given(_name_texts())
def test_name_gate_holds_wherever_a_name_pattern_matches(text: str) -> None:
    if _names_found(text):
        assert ss._scope_may_name(text)


def test_name_gate_on_every_name_and_on_text_without_names() -> None:
    n = ss._names()
    for name in (*n.firms, *n.sites, *n.regions):
        assert ss._scope_may_name(f"Output at {name} rose 5% in 2024")
        assert ss._scope_may_name(name)
    assert not ss._scope_may_name("output rose 5% in 2024 as prices climbed")
    assert not ss._scope_may_name("")


# --------------------------------------------------------------------------- older estimates
OLDER = ["Earlier estimates put reserves at 44 million tonnes.", "Previous USGS figures gave 240,000 t.",
         "According to outdated government data, output was 12,000 t.", "Output was 12,000 t in 2024.",
         "The mine's past owner reported 3,000 t.", "PRIOR ASSESSMENTS showed 5 Mt.", "Formerly 5 Mt, now 6 Mt.",
         "Older reports said 20%.", "Its boulder estimates were 4 Mt.", "An earlierfigure was 3 t."]


def test_older_estimate_gate_keeps_every_sentence_its_pattern_matches() -> None:
    for s in OLDER:
        low = s.lower()
        gate = any(map(low.__contains__, vd._W_OLDER_ESTIMATES))
        if vd._OLDER_ESTIMATES.search(s):
            assert gate, s
    assert vd._OLDER_ESTIMATES.search(OLDER[0]) and not vd._OLDER_ESTIMATES.search(OLDER[3])
