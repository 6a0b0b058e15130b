"""Properties of the HHI and top-n share (hypothesis)."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.indicators.concentration import hhi, top_n_share

# supplier volumes -> shares of their sum
volumes = st.lists(st.floats(min_value=0.0, max_value=1e6, allow_nan=False), min_size=1, max_size=30).filter(
    lambda v: sum(v) > 0
)


def to_shares(v: list[float]) -> list[float]:
    total = sum(v)
    return [x / total for x in v]


@settings(deadline=None)  # timing varies on a shared machine; the property is what is tested
@given(st.integers(min_value=1, max_value=500))
def test_hhi_of_n_equal_shares_is_10000_over_n(n: int) -> None:
    assert math.isclose(hhi([1.0 / n] * n), 10_000 / n, rel_tol=1e-9)


@settings(deadline=None)  # timing varies on a shared machine; the property is what is tested
@given(volumes, st.randoms(use_true_random=False))
def test_hhi_does_not_depend_on_supplier_order(v: list[float], rnd) -> None:
    s = to_shares(v)
    shuffled = s[:]
    rnd.shuffle(shuffled)
    assert math.isclose(hhi(s), hhi(shuffled), rel_tol=1e-9, abs_tol=1e-9)


@settings(deadline=None)  # timing varies on a shared machine; the property is what is tested
@given(volumes)
def test_hhi_lies_between_10000_over_n_and_10000(v: list[float]) -> None:
    s = to_shares(v)
    n_pos = sum(1 for x in s if x > 0)
    h = hhi(s)
    assert 10_000 / n_pos - 1e-6 <= h <= 10_000 + 1e-6


@settings(deadline=None)  # timing varies on a shared machine; the property is what is tested
@given(volumes, st.data())
def test_merging_two_suppliers_never_lowers_hhi(v: list[float], data) -> None:
    if len(v) < 2:
        v = [*v, 1.0]
    s = to_shares(v)
    i = data.draw(st.integers(0, len(s) - 1))
    j = data.draw(st.integers(0, len(s) - 1).filter(lambda k: k != i))
    merged = [x for k, x in enumerate(s) if k not in (i, j)] + [s[i] + s[j]]
    assert hhi(merged) >= hhi(s) - 1e-9


@settings(deadline=None)  # timing varies on a shared machine; the property is what is tested
@given(volumes)
def test_top_n_share_rises_with_n_and_reaches_one(v: list[float]) -> None:
    s = to_shares(v)
    prev = 0.0
    for n in range(1, len(s) + 1):
        cur = top_n_share(s, n)
        assert cur >= prev - 1e-12
        prev = cur
    assert math.isclose(prev, 1.0, rel_tol=1e-9)


@settings(deadline=None, max_examples=50)
@given(volumes)
def test_top1_share_squared_bounds_hhi_from_below(v: list[float]) -> None:
    s = to_shares(v)
    assert hhi(s) >= 10_000 * top_n_share(s, 1) ** 2 - 1e-6


def test_hhi_rejects_a_share_above_one() -> None:
    import pytest

    with pytest.raises(ValueError, match="outside"):
        hhi([0.5, 1.5])
