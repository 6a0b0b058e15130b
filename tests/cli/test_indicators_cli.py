"""The indicator commands (risk, blocs, dependence) on the bundled dataset.

Reference figures are the published USGS Mineral Commodity Summaries values bundled in
observations.csv, typed again here with their source so each expected number is
computed by hand in the test, not copied from critmin's output.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from critmin.cli import cli

# USGS MCS 2025, Rare Earths p. 145, World Mine Production, 2024 (t REO):
MCS2025_2024 = {"WLD": 390_000, "USA": 45_000, "AUS": 13_000, "BRA": 20, "CAN": 0, "CHN": 270_000, "GRL": 0,
                "IND": 2_900, "MDG": 2_000, "MMR": 31_000, "MYS": 130, "NGA": 13_000, "RUS": 2_500,
                "THA": 13_000, "TZA": 0, "VNM": 300, "ZAF": 0, "OTH": 1_100}
# 2023 as printed in MCS 2025 (same table, previous-year column):
MCS2025_2023 = {"WLD": 376_000, "USA": 41_600, "AUS": 16_000, "BRA": 140, "CAN": 0, "CHN": 255_000, "GRL": 0,
                "IND": 2_900, "MDG": 2_100, "MMR": 43_000, "MYS": 310, "NGA": 7_200, "RUS": 2_500,
                "THA": 3_600, "TZA": 0, "VNM": 300, "ZAF": 0, "OTH": 1_440}
# 2023 as printed in MCS 2024 (USGS data-release file mcs2024-raree_world.csv, column
# Prod_t_est_2023; Canada, Greenland, South Africa and Tanzania are printed as zero):
MCS2024_2023 = {"WLD": 350_000, "CHN": 240_000, "USA": 43_000, "MMR": 38_000, "AUS": 18_000, "THA": 7_100,
                "IND": 2_900, "RUS": 2_600, "MDG": 960, "VNM": 600, "BRA": 80, "MYS": 80}


def hand_hhi(table: dict[str, float]) -> float:
    world = table["WLD"]
    return 10_000 * sum((v / world) ** 2 for c, v in table.items() if c not in ("WLD", "OTH"))


@pytest.fixture
def run(bundled_store, monkeypatch):
    import critmin.service as service

    monkeypatch.setattr(service, "_STORE", bundled_store)
    runner = CliRunner()

    def _run(*args: str):
        return runner.invoke(cli, list(args), catch_exceptions=False)

    return _run


def _json(res):
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


# --- risk --method hhi ----------------------------------------------------------------------

def test_risk_json_shares_and_hhi_match_the_published_table(run):
    doc = _json(run("risk", "rare-earths", "--year", "2024", "--edition", "MCS 2025", "--format", "json"))
    rows = {r["country"]: r for r in doc["rows"]}
    assert rows["CHN"]["share"] == pytest.approx(270_000 / 390_000)
    assert rows["CHN"]["rank"] == 1 and rows["USA"]["rank"] == 2
    assert rows["OTH"]["rank"] is None  # "other countries" is not ranked
    conc = doc["concentration"][0]
    assert conc["hhi"] == pytest.approx(hand_hhi(MCS2025_2024))
    assert conc["base"] == "world"
    assert conc["top3_share"] == pytest.approx((270_000 + 45_000 + 31_000) / 390_000)
    assert {s["source_id"] for s in doc["sources"]} == {"usgs_mcs2025_ree"}
    assert doc["method"] and doc["inputs"] == ["observations"]


def test_risk_table_states_base_method_and_sources(run):
    res = run("risk", "rare-earths", "--year", "2024", "--edition", "MCS 2025", "--top", "5")
    assert res.exit_code == 0, res.output
    out = res.output
    assert "Shares: mine production of rare_earths, mining, 2024" in out
    assert "world total (WLD row)" in out and "top-5 share" in out
    assert f"{hand_hhi(MCS2025_2024):,.0f}" in out
    assert "[usgs_mcs2025_ree]" in out


def test_risk_csv_has_one_row_per_country_with_hhi(run):
    res = run("risk", "rare-earths", "--year", "2024", "--edition", "MCS 2025", "--format", "csv")
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert {r["country"] for r in rows} == set(MCS2025_2024) - {"WLD"}
    assert float(rows[0]["hhi"]) == pytest.approx(hand_hhi(MCS2025_2024))


def test_risk_parquet_to_file(run, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "r.parquet"
    res = run("risk", "rare-earths", "--year", "2024", "--edition", "MCS 2025", "--format", "parquet",
              "--out", str(out))
    assert res.exit_code == 0, res.output
    t = pq.read_table(out).to_pylist()
    assert {r["country"] for r in t} >= {"CHN", "USA"}


def test_risk_as_of_uses_the_edition_current_then(run):
    # on 2025-06-01 MCS 2026 did not exist: 2024 comes from MCS 2025
    doc = _json(run("risk", "rare-earths", "--year", "2024", "--as-of", "2025-06-01", "--format", "json"))
    assert {r["edition"] for r in doc["rows"]} == {"MCS 2025"}
    assert doc["concentration"][0]["hhi"] == pytest.approx(hand_hhi(MCS2025_2024))


def test_risk_unknown_commodity_is_a_usage_error(run):
    res = CliRunner().invoke(cli, ["risk", "unobtainium"])
    assert res.exit_code == 2
    assert "unknown commodity 'unobtainium'" in res.output


def test_risk_year_without_data_is_a_gap_not_zero(run):
    from critmin.cli import main

    with pytest.raises(SystemExit) as ex:
        main(["risk", "rare-earths", "--year", "1950"])
    assert ex.value.code == 1


def test_risk_year_without_data_message(bundled_store):
    from critmin.errors import DataError
    from critmin.indicators.service import concentration_of

    with pytest.raises(DataError, match=r"in 1950.*a gap, not 0") as err:
        concentration_of(bundled_store, "rare_earths", year=1950)
    assert "2003-2025" in (err.value.hint or "")  # the years that do have figures


def test_risk_edition_and_as_of_together_is_refused(run):
    res = CliRunner().invoke(cli, ["risk", "rare-earths", "--edition", "MCS 2025", "--as-of", "2025-03-01"])
    assert res.exit_code == 2 and "either --edition or --as-of" in res.output


# --- revisions --------------------------------------------------------------------------------

def test_compare_editions_shows_how_the_revision_moved_shares_and_hhi(run):
    doc = _json(run("risk", "rare_earths", "--measure", "mine_production", "--year", "2023",
                    "--editions", "MCS 2024,MCS 2025", "--format", "json"))
    rows = {r["country"]: r for r in doc["rows"]}
    old, new = 240_000 / 350_000, 255_000 / 376_000
    assert rows["CHN"]["share MCS 2024"] == pytest.approx(old)
    assert rows["CHN"]["share MCS 2025"] == pytest.approx(new)
    assert rows["CHN"]["share_change"] == pytest.approx(new - old)
    assert rows["MMR"]["value_change"] == pytest.approx(43_000 - 38_000)
    # a country not printed in the MCS 2024 copy has no old share: a gap, not 0
    assert rows["NGA"]["share MCS 2024"] is None and rows["NGA"]["share_change"] is None
    summ = {s["edition"]: s for s in doc["summary"]}
    assert summ["MCS 2024"]["hhi"] == pytest.approx(hand_hhi(MCS2024_2023))
    assert summ["MCS 2025"]["hhi"] == pytest.approx(hand_hhi(MCS2025_2023))
    assert summ["MCS 2025"]["hhi_change"] == pytest.approx(hand_hhi(MCS2025_2023) - hand_hhi(MCS2024_2023))
    assert summ["MCS 2025"]["denominator_change"] == pytest.approx(376_000 - 350_000)
    assert {s["source_id"] for s in doc["sources"]} >= {"usgs_mcs2025_ree", "usgs_mcs2024_ree"}


def test_compare_editions_table(run):
    res = run("risk", "rare_earths", "--year", "2023", "--editions", "MCS 2024,MCS 2025")
    assert res.exit_code == 0, res.output
    assert "Revision of shares" in res.output and "Concentration by edition" in res.output
    change = (255_000 / 376_000 - 240_000 / 350_000) * 100
    assert f"{change:+.1f} pts" in res.output


def test_compare_needs_two_editions(run):
    from critmin.cli import main

    with pytest.raises(SystemExit) as ex:
        main(["risk", "rare_earths", "--editions", "MCS 2025"])
    assert ex.value.code == 1


# --- plots ----------------------------------------------------------------------------------

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
def test_plot_png_over_time(run, tmp_path):
    out = tmp_path / "hhi.png"
    res = run("risk", "rare-earths", "--plot", str(out), "--format", "csv")
    assert res.exit_code == 0, res.output
    assert out.read_bytes()[:8] == PNG_MAGIC


@pytest.mark.slow
def test_plot_svg_across_countries(run, tmp_path):
    import xml.etree.ElementTree as ET

    out = tmp_path / "shares.svg"
    res = run("risk", "rare-earths", "--year", "2024", "--plot", str(out), "--format", "json")
    assert res.exit_code == 0, res.output
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    assert "CHN" in out.read_text(encoding="utf-8")


@pytest.mark.slow
def test_plot_of_a_revision(run, tmp_path):
    out = tmp_path / "rev.png"
    res = run("risk", "rare_earths", "--year", "2023", "--editions", "MCS 2024,MCS 2025", "--plot", str(out),
              "--format", "json")
    assert res.exit_code == 0, res.output
    assert out.read_bytes()[:8] == PNG_MAGIC


def test_plot_bad_extension_is_a_clear_error(run, tmp_path):
    from critmin.cli import main

    out = tmp_path / "chart.jpg"
    with pytest.raises(SystemExit) as ex:
        main(["risk", "rare-earths", "--plot", str(out)])
    assert ex.value.code == 1
    assert not out.exists()


def test_check_plot_path_messages(tmp_path):
    from critmin.indicators.plots import PlotError, check_plot_path

    with pytest.raises(PlotError, match=r"unsupported plot format \.jpg") as err:
        check_plot_path(tmp_path / "x.jpg")
    assert ".png or .svg" in (err.value.hint or "")
    with pytest.raises(PlotError, match="no extension"):
        check_plot_path(tmp_path / "x")
    with pytest.raises(PlotError, match="does not exist"):
        check_plot_path(tmp_path / "nope" / "x.png")
    assert check_plot_path(tmp_path / "X.SVG").name == "X.SVG"


# --- risk --method eu -------------------------------------------------------------------------

def test_risk_eu_json_has_the_breakdown_inputs_and_sources(run):
    doc = _json(run("risk", "tungsten", "--method", "eu", "--format", "json"))
    stages = {r["stage"]: r for r in doc["rows"]}
    assert "extraction" in stages
    ext = stages["extraction"]
    for key in ("hhi_wgi_gs", "hhi_wgi_eu", "ir", "eol_rir", "si_sr", "supply_risk", "published_supply_risk",
                "economic_importance", "critical", "kept"):
        assert key in ext
    # IR, EoL-RIR and SI_SR as published in the 2023 study (results table, row Tungsten)
    assert (ext["ir"], ext["eol_rir"], ext["si_sr"]) == (0.21, 0.42, 0.96)
    inputs = doc["stage_inputs"]
    chn = next(i for i in inputs if i["country"] == "CHN" and i["stage"] == "extraction")
    assert chn["t"] == 1.1  # published trade-restriction factor for China, tungsten extraction
    assert {"eu_crm2023_results", "eu_crm2023_trade"} <= {s["source_id"] for s in doc["sources"]}


def test_risk_eu_table(run):
    res = run("risk", "tungsten", "--method", "eu")
    assert res.exit_code == 0, res.output
    assert "EU supply risk" in res.output and "Inputs: supply shares" in res.output
    assert "[eu_crm2023_results]" in res.output


def test_risk_eu_for_a_commodity_outside_the_eu_table(bundled_store):
    from critmin.errors import DataError
    from critmin.indicators.service import eu_risk_of

    with pytest.raises(DataError, match="no row in the EU CRM 2023 table"):
        eu_risk_of(bundled_store, "rare_earths")


# --- blocs ------------------------------------------------------------------------------------

def test_blocs_default_grouping(run):
    doc = _json(run("blocs", "rare-earths", "--year", "2024", "--edition", "MCS 2025", "--format", "json"))
    by = {r["bloc"]: r for r in doc["rows"]}
    assert by["china"]["share"] == pytest.approx(270_000 / 390_000)
    assert by["russia"]["share"] == pytest.approx(2_500 / 390_000)
    # the printed rows add up to more than the printed world total (rounding): shares are of the
    # world total, and the excess is not spread over the blocs
    rows_total = sum(v for c, v in MCS2025_2024.items() if c != "WLD")
    assert sum(r["share"] for r in doc["rows"]) == pytest.approx(rows_total / 390_000)
    assert "ind_msp_founding" in {s["source_id"] for s in doc["sources"]}


def test_blocs_user_file(run, tmp_path):
    f = tmp_path / "quad.csv"
    f.write_text("bloc,country\nquad,USA\nquad,Australia\nquad,India\nquad,Japan\n", encoding="utf-8")
    doc = _json(run("blocs", "rare-earths", "--year", "2024", "--edition", "MCS 2025", "--blocs", str(f),
                    "--format", "json"))
    by = {r["bloc"]: r for r in doc["rows"]}
    assert by["quad"]["share"] == pytest.approx((45_000 + 13_000 + 2_900) / 390_000)


def test_blocs_bad_user_file_names_line_and_column(run, tmp_path):
    from critmin.cli import main

    f = tmp_path / "bad.csv"
    f.write_text("bloc,country\nwest,USA\nwest,Atlantis\n", encoding="utf-8")
    with pytest.raises(SystemExit) as ex:
        main(["blocs", "rare-earths", "--blocs", str(f)])
    assert ex.value.code == 1
    from critmin.errors import DataError
    from critmin.indicators.blocs import read_bloc_file

    with pytest.raises(DataError, match=r"bad\.csv line 3, column country: unknown country 'Atlantis'"):
        read_bloc_file(f)


def test_blocs_file_without_columns(tmp_path):
    from critmin.errors import DataError
    from critmin.indicators.blocs import read_bloc_file

    f = tmp_path / "g.csv"
    f.write_text("group,iso\nx,USA\n", encoding="utf-8")
    with pytest.raises(DataError, match="missing column"):
        read_bloc_file(f)


# --- dependence -------------------------------------------------------------------------------

def test_dependence_usa_rare_earths(run):
    doc = _json(run("dependence", "USA", "rare-earths", "--format", "json"))
    dep = [r for r in doc["dependence"]["rows"] if r["product"] == "compounds_and_metals"
           and r["edition"] == "MCS 2025"]
    china = next(r for r in dep if r["bloc"] == "china")
    # MCS 2025 Rare Earths p. 144, import sources 2020-23 (compounds and metals): China 70 %
    assert china["share"] == pytest.approx(0.70)
    rel = doc["reliance"]["rows"]
    assert rel and all(r["published"] is None or -1 <= r["published"] <= 1 for r in rel)
    assert doc["sources"]


def test_dependence_other_country_needs_balances(run, tmp_path):
    from critmin.cli import main

    with pytest.raises(SystemExit) as ex:
        main(["dependence", "Germany", "rare-earths"])
    assert ex.value.code == 1


def test_dependence_with_user_balances(run, tmp_path):
    f = tmp_path / "bal.csv"
    f.write_text("country,commodity,year,production,imports,exports,stock_change,apparent_consumption,unit,source_id\n"
                 "Germany,rare earths,2023,0,100,20,,,t,my_src\n", encoding="utf-8")
    doc = _json(run("dependence", "DEU", "rare-earths", "--balances", str(f), "--format", "json"))
    rel = doc["reliance"]["rows"][0]
    assert rel["net_import_reliance"] == pytest.approx(1.0)  # (80 - 0) / 80
    assert "my_src" in {s["source_id"] for s in doc["sources"]}
    assert doc["gaps"]  # no import sources for Germany: said, not zero


def test_dependence_bad_balances_file(run, tmp_path):
    from critmin.errors import DataError
    from critmin.indicators.reliance import read_balance_file

    f = tmp_path / "bal.csv"
    f.write_text("country,commodity,year,production,imports,exports,source_id\nDEU,rare earths,2023,x,1,0,s\n",
                 encoding="utf-8")
    with pytest.raises(DataError, match="line 2, column production"):
        read_balance_file(f)


def test_risk_eu_with_a_user_inputs_file(run, tmp_path):
    # China 100 % of HREE separation with a scaled WGI of 5.679 (China, WGI 2021 update, mean of
    # 2016-2020; see docs/methods/eu_supply_risk.md): SR = 5.679 * (1 - 0.01) * 1.00 = 5.62
    f = tmp_path / "er.csv"
    f.write_text("stage,scope,country,share,wgi_scaled,t,source_id\nprocessing,global,CHN,1,5.679,,my_factsheet\n",
                 encoding="utf-8")
    doc = _json(run("risk", "erbium", "--method", "eu", "--inputs", str(f), "--format", "json"))
    proc = next(r for r in doc["rows"] if r["stage"] == "processing")
    assert proc["supply_risk"] == pytest.approx(5.679 * 0.99 * 1.0)
    assert round(proc["supply_risk"], 1) == proc["published_supply_risk"] == 5.6
    assert "my_factsheet" in {s["source_id"] for s in doc["sources"]}


def test_risk_inputs_needs_method_eu(run, tmp_path):
    res = CliRunner().invoke(cli, ["risk", "erbium", "--inputs", str(tmp_path / "x.csv")])
    assert res.exit_code == 2 and "--inputs works with --method eu" in res.output


def test_dependence_csv_needs_one_table(run):
    res = CliRunner().invoke(cli, ["dependence", "USA", "rare-earths", "--format", "csv"])
    assert res.exit_code == 2 and "--only dependence" in res.output
    res = run("dependence", "USA", "rare-earths", "--only", "dependence", "--format", "csv")
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output)))
    china = [r for r in rows if r["bloc"] == "china" and r["edition"] == "MCS 2025"]
    assert float(china[0]["share"]) == pytest.approx(0.70)  # MCS 2025 Rare Earths p.144 import sources


@pytest.mark.parametrize("args", [
    ("risk", "rare-earths", "--year", "2024"),
    ("risk", "rare_earths", "--year", "2023", "--editions", "MCS 2024,MCS 2025"),
    ("risk", "tungsten", "--method", "eu"),
    ("dependence", "USA", "rare-earths"),
])
def test_table_output_to_a_file_holds_every_table_and_the_sources(run, tmp_path, args):
    out = tmp_path / "out.txt"
    res = run(*args, "--out", str(out))
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert text.count("┏") >= 2  # both tables
    assert "Sources" in text
    assert "┏" not in res.output  # nothing of it on standard output
