"""critmin: offline-first critical-minerals intelligence, centred on rare earths.

>>> import critmin
>>> store = critmin.open()                      # doctest: +SKIP
>>> store.production("rare earths", year=2024)  # doctest: +SKIP

Heavy libraries (pandas, DuckDB, ...) are imported only when a function needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from critmin.errors import (
    ClaimError,
    CritminError,
    DataError,
    ScenarioError,
    SchemaError,
    StoreError,
    UnknownEntityError,
)

if TYPE_CHECKING:
    from critmin.store import Store

__version__ = "0.1.0"

__all__ = [
    "ClaimError",
    "CritminError",
    "DataError",
    "ScenarioError",
    "SchemaError",
    "StoreError",
    "UnknownEntityError",
    "__version__",
    "open",
]


def open(**kwargs: Any) -> Store:
    """Open the embedded store (building it on first use) and return a :class:`Store`."""
    from critmin.store import open_store

    return open_store(**kwargs)
