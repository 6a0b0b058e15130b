"""Every kind of broken table is rejected with file, line, column and what was expected.

The bad tables are written into a temporary data directory that holds a copy of the
real schemas, so the checks exercised are the ones the bundled dataset goes through.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from critmin.dataset import DATA_DIR, load_dataset, read_table
from critmin.errors import DataError

UNITS_HEADER = "unit,dimension,base_unit,factor,description\n"
UNITS_OK = UNITS_HEADER + "t,mass,t,1,metric ton\nkt,mass,t,1000,thousand metric tons\n"
OBS_HEADER = (
    "commodity,product,measure,stage,country,year,value,value_high,unit,basis,qualifier,"
    "estimate_flag,edition,source_id,locator,note\n"
)
OBS_ROW = "rare_earths,,mine_production,mining,CHN,2024,270000,,{unit},REO,,true,MCS 2025,usgs_mcs2025_ree,p. 145,\n"


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    shutil.copytree(DATA_DIR / "schema", tmp_path / "schema")
    return tmp_path


def _write(data_dir: Path, name: str, text: str | bytes) -> None:
    path = data_dir / f"{name}.csv"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


def _problems(err: DataError) -> str:
    return "\n".join([err.message, *err.errors])


def _units_error(data_dir: Path, text: str | bytes) -> DataError:
    """Write ``text`` as units.csv and return the error reading it must raise."""
    _write(data_dir, "units", text)
    with pytest.raises(DataError) as excinfo:
        read_table("units", data_dir)
    return excinfo.value


def test_valid_minimal_table_reads(data_dir: Path) -> None:
    _write(data_dir, "units", UNITS_OK)
    frame = read_table("units", data_dir)
    assert list(frame["unit"]) == ["t", "kt"]
    assert list(frame["factor"]) == [1.0, 1000.0]


def test_missing_column_names_file_line_and_column(data_dir: Path) -> None:
    text = _problems(_units_error(data_dir, "unit,dimension,base_unit,description\nt,mass,t,metric ton\n"))
    assert re.search(r"units\.csv line 1, column factor: missing", text), text
    assert "expected columns unit, dimension, base_unit, factor, description" in text


def test_thousands_separator_is_rejected_with_a_hint(data_dir: Path) -> None:
    text = _problems(_units_error(data_dir, UNITS_HEADER + 't,mass,t,1,metric ton\nkt,mass,t,"1,000",thousand\n'))
    assert re.search(r"units\.csv line 3, column factor: '1,000' is not a valid float", text), text
    assert "thousands separator" in text


def test_bad_enum_value_lists_the_allowed_ones(data_dir: Path) -> None:
    text = _problems(_units_error(data_dir, UNITS_HEADER + "t,weight,t,1,metric ton\n"))
    assert re.search(r"units\.csv line 2, column dimension: 'weight' is not one of mass, price", text), text


def test_missing_required_value(data_dir: Path) -> None:
    err = _units_error(data_dir, UNITS_HEADER + "t,mass,t,1,metric ton\nkt,mass,t,1000,\n")
    assert re.search(r"units\.csv line 3, column description: is empty but required", _problems(err))


def test_bad_reference_is_named(data_dir: Path) -> None:
    _write(data_dir, "units", UNITS_OK)
    _write(data_dir, "observations", OBS_HEADER + OBS_ROW.format(unit="t") + OBS_ROW.format(unit="tonnes").replace("CHN", "USA"))
    with pytest.raises(DataError) as excinfo:
        load_dataset(data_dir, tables=["units", "observations"])
    text = _problems(excinfo.value)
    assert re.search(r"observations\.csv line 3, column unit: 'tonnes' is not a known units\.unit", text), text


def test_duplicate_key_names_line_and_key_columns(data_dir: Path) -> None:
    _write(data_dir, "units", UNITS_OK + "t,mass,t,1,again\n")
    with pytest.raises(DataError) as excinfo:
        load_dataset(data_dir, tables=["units"])
    text = _problems(excinfo.value)
    assert re.search(r"units\.csv line 2: duplicate key \(unit=t\)", text), text
    assert re.search(r"units\.csv line 4: duplicate key \(unit=t\)", text), text


def test_duplicate_observation_key(data_dir: Path) -> None:
    _write(data_dir, "units", UNITS_OK)
    _write(data_dir, "observations", OBS_HEADER + OBS_ROW.format(unit="t") * 2)
    with pytest.raises(DataError) as excinfo:
        load_dataset(data_dir, tables=["units", "observations"])
    text = _problems(excinfo.value)
    assert "observations.csv line 3: duplicate key" in text
    assert "edition=MCS 2025" in text and "country=CHN" in text


def test_non_utf8_file_names_line_and_position(data_dir: Path) -> None:
    err = _units_error(data_dir, (UNITS_HEADER + "t,mass,t,1,metric ton\n").encode() + b"kt,mass,t,1000,caf\xe9\n")
    text = _problems(err)
    assert re.search(r"units\.csv line 3, column character 19: not UTF-8", text), text
    assert err.hint


def test_empty_file(data_dir: Path) -> None:
    err = _units_error(data_dir, "")
    assert re.search(r"units\.csv line 1, column \(header\): the file is empty", _problems(err))


def test_missing_table_file_says_where_it_belongs(data_dir: Path) -> None:
    with pytest.raises(DataError) as excinfo:
        read_table("units", data_dir)
    assert "units.csv" in excinfo.value.message
    assert excinfo.value.hint and "critmin/data/units.csv" in excinfo.value.hint


def test_load_dataset_reports_every_problem(data_dir: Path) -> None:
    _write(data_dir, "units", UNITS_HEADER + "t,weight,t,1,metric ton\nkt,mass,t,\"1,000\",thousand\n")
    with pytest.raises(DataError) as excinfo:
        load_dataset(data_dir, tables=["units"])
    errors = excinfo.value.errors
    assert any("line 2, column dimension" in e for e in errors)
    assert any("line 3, column factor" in e for e in errors)
