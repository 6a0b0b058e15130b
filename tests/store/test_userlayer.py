"""The user layer: whole-file validation, atomicity, never touching bundled data."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from critmin.errors import DataError

HEADER = ("commodity,product,measure,stage,country,year,value,value_high,unit,basis,qualifier,"
          "estimate_flag,edition,source_id,locator,note\n")
GOOD = HEADER + (
    "rare earths,,mine_production,mining,Ukraine,2024,0,,t,REO,,false,My notes 2026,my_src,p.1,\n"
    "Ga,,mine_production,mining,KAZ,2024,1000,,kg,Ga content,,true,My notes 2026,my_src,p.2,\n"
)


def test_import_adds_rows_to_the_user_layer_only(fixture_store, tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text(GOOD)
    bundled = len(fixture_store.table("observations"))
    assert fixture_store.import_observations(f) == 2
    df = fixture_store.observations("gallium", "mine_production", country="Kazakhstan")
    assert list(df["layer"]) == ["user"]
    assert df.iloc[0]["value"] == 1000
    assert len(fixture_store.table("observations")) == bundled


def test_bad_file_is_rejected_whole_with_each_bad_row(fixture_store, tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text(HEADER
                 + "rare earths,,mine_production,mining,Atlantis,2024,5,,t,REO,,false,E,s,l,\n"
                 + "rare earths,,mine_production,mining,CHN,2024,\"1,000\",,t,REO,,false,E,s,l,\n"
                 + "rare earths,,mine_production,mining,CHN,2023,10,,furlongs,REO,,false,E,s,l,\n"
                 + "rare earths,,mine_production,mining,CHN,2022,10,,t,REO,,false,E,s,l,\n")
    with pytest.raises(DataError) as err:
        fixture_store.import_observations(f)
    text = "\n".join(err.value.errors)
    assert "line 3, column value" in text and "thousands separator" in text
    with pytest.raises(DataError) as err2:
        f.write_text(HEADER
                     + "rare earths,,mine_production,mining,Atlantis,2024,5,,t,REO,,false,E,s,l,\n"
                     + "rare earths,,mine_production,mining,CHN,2023,10,,furlongs,REO,,false,E,s,l,\n")
        fixture_store.import_observations(f)
    text = "\n".join(err2.value.errors)
    assert "line 2, column country" in text and "Atlantis" in text
    assert "line 3, column unit" in text
    assert not (fixture_store.user_dir / "user_observations.parquet").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"commodity\nrare earths\n", "missing column"),
        (HEADER.encode() + "rare earths,,mine_production,mining,CHN,2024,1,,t,,,false,E,s,l,caf\xe9\n".encode("latin-1"), "UTF-8"),
    ],
)
def test_unreadable_files_get_a_clear_message(fixture_store, tmp_path, content, message):
    f = tmp_path / "x.csv"
    f.write_bytes(content)
    with pytest.raises(DataError, match=message):
        fixture_store.import_observations(f)


def test_reimporting_the_same_rows_is_rejected_as_duplicates(fixture_store, tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text(GOOD)
    fixture_store.import_observations(f)
    with pytest.raises(DataError, match="duplicate"):
        fixture_store.import_observations(f)
    assert len(fixture_store.observations("gallium", "mine_production", latest=False)) == 1


def test_a_process_killed_during_import_leaves_the_layer_unchanged(fixture_data_dir, cache_env, tmp_path):
    from critmin.store import open_store

    first = tmp_path / "first.csv"
    first.write_text(GOOD)
    store = open_store(fixture_data_dir)
    store.import_observations(first)
    target = store.user_dir / "user_observations.parquet"
    before = target.read_bytes()
    second = tmp_path / "second.csv"
    second.write_text(HEADER + "nickel,,mine_production,mining,IDN,2024,5,,t,,,false,Mine 2,my_src,p,\n")
    script = textwrap.dedent(f"""
        import os, signal
        import critmin.store.userlayer as ul
        from critmin.store import open_store
        from pathlib import Path
        real = os.replace
        def killed(src, dst):
            os.kill(os.getpid(), signal.SIGKILL)   # die after the temp file is written
        ul.os.replace = killed
        open_store(Path({str(fixture_data_dir)!r})).import_observations(Path({str(second)!r}))
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    assert target.read_bytes() == before
    reopened = open_store(fixture_data_dir)
    assert reopened.observations("nickel", "mine_production", latest=False).empty
    assert len(reopened.observations("gallium", "mine_production", latest=False)) == 1
