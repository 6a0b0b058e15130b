"""Properties of the per-year table choice (indicators.service._best_tables)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.indicators.service import _best_tables, _years

EDITIONS = {  # edition -> (precedence, published)
    "A 2024": (1, "2024-01-31"), "A 2025": (1, "2025-01-31"), "C": (5, "2026-01-01"), "N": (3, "2025-06-01"),
}


@st.composite
def tables(draw):
    rows = []
    for year in draw(st.lists(st.integers(2018, 2024), min_size=1, max_size=4, unique=True)):
        for ed in draw(st.lists(st.sampled_from(sorted(EDITIONS)), min_size=1, max_size=4, unique=True)):
            prec, pub = EDITIONS[ed]
            countries = draw(st.lists(st.sampled_from(["WLD", "CHN", "USA", "AUS"]), min_size=1, max_size=4,
                                      unique=True))
            for c in countries:
                rows.append({"year": year, "edition": ed, "country": c, "value": 1.0, "precedence": prec,
                             "published": pub})
    return pd.DataFrame(rows)


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(tables())
def test_one_edition_per_year_and_a_world_total_when_any_edition_has_one(obs: pd.DataFrame) -> None:
    out = _best_tables(obs)
    assert set(out["year"]) == set(obs["year"])
    assert (out.groupby("year")["edition"].nunique() == 1).all()
    for year, grp in obs.groupby("year"):
        chosen = out[out["year"] == year]
        any_world = (grp["country"] == "WLD").any()
        assert (chosen["country"] == "WLD").any() == any_world
        # the chosen edition's rows are returned whole
        ed = chosen["edition"].iloc[0]
        assert len(chosen) == len(grp[grp["edition"] == ed])
        # among editions with a world total (or all, if none has one), the lowest precedence wins
        pool = grp[grp["edition"].isin(grp.loc[grp["country"] == "WLD", "edition"])] if any_world else grp
        assert EDITIONS[ed][0] == min(EDITIONS[e][0] for e in pool["edition"])


@settings(deadline=None)
@given(st.lists(st.integers(1990, 2030), min_size=1, max_size=30))
def test_years_as_runs_list_every_year_once(years: list[int]) -> None:
    text = _years(years)
    back: set[int] = set()
    for part in text.split(", "):
        a, _, b = part.partition("-")
        back.update(range(int(a), int(b or a) + 1))
    assert back == set(years)
