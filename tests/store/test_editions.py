"""Edition and as-of logic of the store, on real published figures (tests/fixtures/data).

Expected values are typed from the USGS tables: MCS 2025 Rare Earths p.145 (text copy)
and MCS 2026 Rare Earths (parse), MCS 2024 as quoted secondarily (shared PROVENANCE).
"""

from __future__ import annotations

import pytest

from critmin.errors import DataError, UnknownEntityError


def _one(df, **filters):
    for k, v in filters.items():
        df = df[df[k] == v]
    assert len(df) == 1, df
    return df.iloc[0]


def test_no_edition_answers_from_the_latest_edition_holding_the_figure(fixture_store):
    df = fixture_store.observations("rare earths", "mine_production", country="Russia", year=2024)
    row = _one(df)
    assert (row["value"], row["edition"]) == (2600, "MCS 2026")


def test_a_figure_only_in_an_older_edition_comes_from_that_edition(fixture_store):
    # 2023 is not in MCS 2026's table: the newest edition holding it is MCS 2025
    row = _one(fixture_store.observations("rare_earths", "mine_production", country="RUS", year=2023))
    assert (row["value"], row["edition"]) == (2500, "MCS 2025")


def test_as_of_picks_the_edition_current_on_that_date(fixture_store):
    # on 2025-01-15 MCS 2025 (published 2025-01-31) did not exist yet
    row = _one(fixture_store.observations("rare earths", "mine_production", country="RUS", year=2023,
                                          as_of="2025-01-15"))
    assert (row["value"], row["edition"]) == (2600, "MCS 2024")
    row = _one(fixture_store.observations("rare earths", "mine_production", country="RUS", year=2023,
                                          as_of="2025-03-19"))
    assert (row["value"], row["edition"]) == (2500, "MCS 2025")


def test_pinned_edition_overrides_latest(fixture_store):
    row = _one(fixture_store.observations("rare earths", "mine_production", country="AUS", year=2024,
                                          edition="mcs 2025"))
    assert (row["value"], row["edition"]) == (13000, "MCS 2025")
    row = _one(fixture_store.observations("rare earths", "mine_production", country="AUS", year=2024))
    assert (row["value"], row["edition"]) == (29000, "MCS 2026")


def test_a_country_table_never_mixes_editions(fixture_store):
    df = fixture_store.observations("rare earths", "reserves")
    for _, grp in df.groupby("year"):
        assert grp["edition"].nunique() == 1


def test_history_marks_revisions_between_editions(fixture_store):
    h = fixture_store.history("rare earths", "mine_production", "RUS", year=2023)
    assert list(h["edition"]) == ["MCS 2024", "MCS 2025"]
    assert list(h["revision"]) == ["new", "revised down"]
    assert h.iloc[1]["previous_value"] == 2600


def test_history_marks_a_withdrawn_figure(fixture_store):
    # India's reserves: 6.9 Mt in MCS 2025 (p.145), NA in MCS 2026. A stock is compared
    # edition to edition although each states it at its own date.
    h = fixture_store.history("rare earths", "reserves", "IND")
    assert list(h["edition"]) == ["MCS 2025", "MCS 2026"]
    assert list(h["revision"]) == ["new", "withdrawn"]
    assert h.iloc[0]["value"] == 6_900_000
    assert h.iloc[1]["qualifier"] == "NA" and h.iloc[1]["value"] != h.iloc[1]["value"]  # a gap, not 0
    assert h.iloc[1]["previous_value"] == 6_900_000


def test_rank_of_russia_reserves_depends_on_the_edition(fixture_store):
    # MCS 2025: China, Brazil, India, Australia, Russia -> 5th; MCS 2026: India NA -> 4th
    r25 = fixture_store.rank("rare earths", "reserves", edition="MCS 2025")
    assert int(_one(r25, country="RUS")["rank"]) == 5
    assert list(r25.dropna(subset=["rank"])["country"][:5]) == ["CHN", "BRA", "IND", "AUS", "RUS"]
    r26 = fixture_store.rank("rare earths", "reserves")
    assert int(_one(r26, country="RUS")["rank"]) == 4
    assert _one(r26, country="IND")["rank"] is None or str(_one(r26, country="IND")["rank"]) == "<NA>"


def test_rank_as_of_uses_the_edition_current_then(fixture_store):
    r = fixture_store.rank("rare earths", "reserves", as_of="2025-03-19")
    assert set(r["edition"]) == {"MCS 2025"}


def test_unknown_edition_suggests_close_names(fixture_store):
    with pytest.raises(UnknownEntityError) as err:
        fixture_store.observations("rare earths", "reserves", edition="MCS 2052")
    assert "MCS 2025" in (err.value.hint or "")


def test_bad_as_of_date_is_a_data_error(fixture_store):
    with pytest.raises(DataError, match="YYYY-MM-DD"):
        fixture_store.observations("rare earths", "reserves", as_of="19/03/2025")


def test_gap_is_not_zero(fixture_store):
    row = _one(fixture_store.observations("rare earths", "reserves", country="Burma", edition="MCS 2025"))
    assert row["qualifier"] == "NA"
    assert row["value"] != row["value"]  # NaN, never 0
