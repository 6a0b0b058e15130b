"""Bloc groupings, bloc shares and a buyer's dependence."""

from __future__ import annotations

from pathlib import Path

import pytest

from critmin.dataset import read_table
from critmin.errors import DataError, UnknownEntityError
from critmin.indicators.blocs import (
    REST,
    UNATTRIBUTED,
    bloc_shares,
    dependence,
    grouping_from_frame,
    read_bloc_file,
)
from critmin.indicators.concentration import shares


@pytest.fixture(scope="module")
def default():
    return grouping_from_frame(read_table("blocs"))


def test_default_grouping_has_china_russia_and_msp(default) -> None:
    assert default.members["china"] == {"CHN"}
    assert default.members["russia"] == {"RUS"}
    assert {"USA", "AUS", "JPN", "IND", "EST"} <= default.members["msp"]
    assert default.bloc_of("BRA") == REST and default.bloc_of("OTH") == UNATTRIBUTED


def test_membership_as_of_a_date_follows_accession() -> None:
    blocs = read_table("blocs")
    before = grouping_from_frame(blocs, as_of="2023-01-01")
    after = grouping_from_frame(blocs, as_of="2024-06-01")
    assert "IND" not in before.members["msp"] and "EST" not in before.members["msp"]
    assert {"IND", "EST"} <= after.members["msp"]
    assert "USA" in before.members["msp"]


def test_bloc_shares_sum_to_one_with_unattributed_rest(make_obs, default) -> None:
    obs = make_obs([
        {"country": "CHN", "value": 60.0}, {"country": "USA", "value": 10.0},
        {"country": "AUS", "value": 5.0}, {"country": "BRA", "value": 5.0},
        {"country": "OTH", "value": 10.0}, {"country": "WLD", "value": 100.0},
    ])
    bs = bloc_shares(shares(obs), default).set_index("bloc")
    assert bs.loc["china", "share"] == pytest.approx(0.60)
    assert bs.loc["msp", "share"] == pytest.approx(0.15)
    assert bs.loc["russia", "share"] == pytest.approx(0.0)
    assert bs.loc[REST, "share"] == pytest.approx(0.05)
    assert bs.loc[UNATTRIBUTED, "share"] == pytest.approx(0.20)  # OTH 10 + residual 10
    assert bs["share"].sum() == pytest.approx(1.0)


def test_us_dependence_on_blocs_from_bundled_import_sources(default) -> None:
    """USGS MCS 2025: US imports of RE compounds and metals 2020-23, China 70 %."""
    dep = dependence(read_table("import_sources"), "USA", "rare_earths", default, edition="MCS 2025")
    got = dep.set_index("bloc")["share"]
    assert got["china"] == pytest.approx(0.70)
    assert got["msp"] == pytest.approx(0.06 + 0.05)  # Japan and Estonia
    assert got[REST] == pytest.approx(0.13)  # Malaysia
    assert got[UNATTRIBUTED] == pytest.approx(0.06)
    assert "ind_usgs_mcs2025_ree" in dep.attrs["source_ids"]


def test_dependence_without_rows_names_what_exists(default) -> None:
    with pytest.raises(DataError, match="no import sources") as err:
        dependence(read_table("import_sources"), "DEU", "gallium", default)
    assert "USA/rare_earths" in (err.value.hint or "")


def test_user_bloc_file(tmp_path: Path) -> None:
    p = tmp_path / "quad.csv"
    p.write_text("bloc,country\nquad,United States\nquad,Japan\nquad,India\nquad,Australia\n", encoding="utf-8")
    g = grouping_from_frame(read_bloc_file(p), "quad")
    assert g.members["quad"] == {"USA", "JPN", "IND", "AUS"}


def test_user_bloc_file_errors_name_the_line(tmp_path: Path) -> None:
    p = tmp_path / "bad.csv"
    p.write_text("bloc,country\nx,Narnia\n", encoding="utf-8")
    with pytest.raises(DataError, match="line 2, column country"):
        read_bloc_file(p)


def test_country_in_two_blocs_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "two.csv"
    p.write_text("bloc,country\na,CHN\nb,CHN\n", encoding="utf-8")
    with pytest.raises(DataError, match="two blocs"):
        grouping_from_frame(read_bloc_file(p), "two")


def test_unknown_grouping() -> None:
    with pytest.raises(UnknownEntityError):
        grouping_from_frame(read_table("blocs"), "nato")
