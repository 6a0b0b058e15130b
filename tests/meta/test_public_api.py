"""The public API: __all__ is sorted and complete (httpx's rule)."""

from __future__ import annotations

import critmin


def test_all_is_sorted_and_exported():
    assert critmin.__all__ == sorted(critmin.__all__, key=str.lower) or critmin.__all__ == sorted(critmin.__all__)
    for name in critmin.__all__:
        assert hasattr(critmin, name), name


def test_public_names_are_in_all():
    public = {n for n in vars(critmin) if not n.startswith("_") and n not in {"annotations", "TYPE_CHECKING", "Any", "errors"}}
    assert public <= set(critmin.__all__) | {"Store"}
