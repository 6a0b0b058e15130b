"""Small hand-made frames shaped like schema/observations.csv."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest

OBS_COLUMNS = [
    "commodity", "product", "measure", "stage", "country", "year", "value", "value_high", "unit",
    "basis", "qualifier", "estimate_flag", "edition", "source_id", "locator", "note",
]


def obs_frame(rows: list[dict[str, Any]], **defaults: Any) -> pd.DataFrame:
    base = {
        "commodity": "rare_earths", "product": None, "measure": "mine_production", "stage": "mining",
        "year": 2024, "value_high": None, "unit": "t", "basis": "REO", "qualifier": None,
        "estimate_flag": False, "edition": "MCS 2025", "source_id": "test_src", "locator": "table 1",
        "note": None,
    }
    base.update(defaults)
    recs = [{**base, **r} for r in rows]
    return pd.DataFrame.from_records(recs, columns=OBS_COLUMNS)


@pytest.fixture
def make_obs() -> Callable[..., pd.DataFrame]:
    return obs_frame
