"""Hook for ``benchmarks/run.py``: the claim checker's speed (see claims_speed.py)."""

from __future__ import annotations

from claims_speed import main

__all__ = ["main"]
