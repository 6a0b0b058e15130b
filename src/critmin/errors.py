"""The exception tree of critmin.

Every error a user can cause is a :class:`CritminError`; the CLI turns it into
one line (plus a hint) and a non-zero exit code, the API into one JSON shape::

    CritminError
    ├── DataError            dataset or user file invalid: file, row, column
    │   └── SchemaError      a table does not follow its schema/<table>.csv
    ├── UnknownEntityError   unknown commodity/country/indicator/edition; suggests close names
    ├── ScenarioError        scenario spec invalid or infeasible; path inside the spec
    ├── ClaimError           article cannot be read as text
    └── StoreError           DuckDB file missing, locked or stale; says how to rebuild
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = [
    "ClaimError",
    "CritminError",
    "DataError",
    "ScenarioError",
    "SchemaError",
    "StoreError",
    "UnknownEntityError",
]


class CritminError(Exception):
    """Base class of every error critmin raises on purpose.

    Parameters
    ----------
    message
        What was wrong and where, in one line.
    hint
        What to do next (optional).
    errors
        Individual problems when there are several (for example one per bad row).
    """

    exit_code = 1
    http_status = 400

    def __init__(self, message: str, *, hint: str | None = None, errors: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.errors = list(errors)

    def __str__(self) -> str:
        return self.message


class DataError(CritminError):
    """A dataset table or a user file is invalid."""

    http_status = 422


class SchemaError(DataError):
    """A table does not follow its schema."""


class UnknownEntityError(CritminError):
    """A name (commodity, country, edition, indicator, site, ...) is not known."""

    http_status = 404

    def __init__(
        self, kind: str, name: str, known: Iterable[str] = (), *, hint: str | None = None
    ) -> None:
        close = difflib.get_close_matches(str(name), list(known), n=3, cutoff=0.6)
        if hint is None and close:
            hint = "did you mean " + " or ".join(repr(c) for c in close) + "?"
        super().__init__(f"unknown {kind} {name!r}", hint=hint)
        self.kind = kind
        self.name = name
        self.suggestions = close


class ScenarioError(CritminError):
    """A scenario specification is invalid or cannot be simulated."""

    http_status = 422


class ClaimError(CritminError):
    """An article cannot be read."""

    http_status = 422


class StoreError(CritminError):
    """The DuckDB store is missing, locked, stale or was asked to write."""

    http_status = 500
