"""One-off converter: the shared reference tables -> ``critmin/data/observations.csv``.

Reads the project's gathered reference tables under ``/work/shared/data`` (see its
PROVENANCE.md) and writes them in the long observations layout, each row citing a
``source_id`` of ``sources.csv`` and a locator. Nothing at runtime reads
``/work/shared``: the committed CSV is the product; this script documents how the
rows were made and can be re-run.

Rows whose ``source_id`` this script manages are regenerated; every other row of
``observations.csv`` (figures transcribed by hand from other copies) is kept.

Usage::

    python scripts/transcribe_shared.py [--shared /work/shared/data]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from critmin.names import resolve_country  # noqa: E402

OUT = ROOT / "src" / "critmin" / "data" / "observations.csv"
COLUMNS = [
    "commodity", "product", "measure", "stage", "country", "year", "value", "value_high",
    "unit", "basis", "qualifier", "estimate_flag", "edition", "source_id", "locator", "note",
]

# Spellings in the shared tables that the gazetteer does not know (yet).
COUNTRY_EXTRA = {
    "World total (rounded)": "WLD",
    "World total": "WLD",
    "Other": "OTH",
    "Other countries": "OTH",
    "Rest of world": "OTH",
    "Korea, North": "PRK",
    "Democratic Republic of Congo": "COD",
    "other": "OTH",
    "China (incl. Hong Kong)": "CHN",
}

WORLD_TABLE = "World Mine Production and Reserves table"


def iso3(name: str) -> str:
    """ISO3 code of a country label in the shared tables."""
    name = name.strip()
    if name in COUNTRY_EXTRA:
        return COUNTRY_EXTRA[name]
    return resolve_country(name)


def num(text: str) -> float:
    """Parse a number as printed (thousands separators allowed)."""
    return float(text.replace(",", "").strip())


def fmt(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return repr(round(float(value), 6))


def row(**kw: object) -> dict[str, str]:
    out = dict.fromkeys(COLUMNS, "")
    for k, v in kw.items():
        if k not in out:
            raise KeyError(k)
        if isinstance(v, bool):
            out[k] = "true" if v else "false"
        elif isinstance(v, float):
            out[k] = fmt(v)
        else:
            out[k] = "" if v is None else str(v)
    if not out["estimate_flag"]:
        out["estimate_flag"] = "false"
    return out


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def value_and_qualifier(value: str, qualifier: str) -> tuple[float | None, str, str]:
    """Map the shared tables' value and qualifier to (value, qualifier, note)."""
    q = qualifier.strip()
    if q.startswith("dash"):
        return 0.0, "", "printed as a dash (zero)"
    if q == "NA":
        return None, "NA", ""
    if q.startswith("W"):
        return None, "W", "withheld to avoid disclosing company proprietary data"
    if q == "included in world total":
        return None, "NA", "not given separately: included in the world total"
    if q == ">":
        return num(value), ">", ""
    if q:
        raise ValueError(f"unknown qualifier {q!r}")
    return num(value), "", ""


def join_notes(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


# ---------------------------------------------------------------- rare earths
QUOTE_SOURCES = {
    "miningvisuals.com": "quote_miningvisuals_mcs2024",
    "saferetirementreports.com": "quote_inn_2024",
    "wionews.com": "quote_wionews_reserves",
    "datawrapper.dwcdn.net": "quote_datawrapper_pbbks4",
    "bigstatesnews.com": "quote_inn_2023",
    "w3wiki.net": "quote_w3wiki_myanmar",
}


def quote_source(source: str) -> tuple[str, str]:
    for host, sid in QUOTE_SOURCES.items():
        if source.startswith(host):
            m = re.search(r"\((.*)\)", source)
            return sid, (m.group(1) if m else "article text")
    raise ValueError(f"no source id for {source[:60]!r}")


def rare_earth_world(shared: Path) -> list[dict[str, str]]:
    rows = []
    for r in read(shared / "usgs_mcs" / "ree_world_mine_production_reserves_by_edition.csv"):
        edition = r["edition"]
        if edition in ("MCS 2023", "MCS 2024"):
            # superseded by the USGS data-release tables (sources usgs_mcs2023_ree and
            # usgs_mcs2024_ree, added directly to observations.csv); the secondary quotations
            # in the shared table agree with them and are no longer transcribed
            continue
        value, qual, qnote = value_and_qualifier(r["value"], r["value_qualifier"])
        if edition == "MCS 2025":
            sid, loc = "usgs_mcs2025_ree", f"p. 145, {WORLD_TABLE}, row '{r['country']}'"
        elif edition == "MCS 2026":
            sid, loc = "usgs_mcs2026_ree", f"{WORLD_TABLE}, row '{r['country']}'"
        else:
            sid, loc = quote_source(r["source"])
        note = join_notes(qnote, ("footnote " + r["footnotes"]) if r["footnotes"] else "")
        if edition in ("MCS 2023", "MCS 2024"):
            note = join_notes(note, f"quoted from {edition}; primary table not obtained")
        rows.append(row(
            commodity="rare_earths", measure=r["measure"], stage="mining", country=iso3(r["country"]),
            year=r["data_year"], value=value, unit="t", basis="REO", qualifier=qual,
            estimate_flag=r["estimate_flag"] == "e", edition=edition, source_id=sid, locator=loc, note=note,
        ))
    return rows


SALIENT_SOURCES = {
    "MCS 2025": ("usgs_mcs2025_ree", "p. 144, Salient Statistics—United States"),
    "MCS 2026": ("usgs_mcs2026_ree", "Salient Statistics—United States"),
    "MCS 2019": ("usgs_mcs2019_ree", "p. 132, Salient Statistics—United States"),
    "MCS 2016": ("usgs_mcs2016_ree", "p. 134, Salient Statistics—United States"),
}

# item label -> (measure, stage, product)
SALIENT_ITEMS = {
    ("production", "Mineral concentrates (excl. monazite 2021-24)"): ("mine_production", "mining", "mineral_concentrates"),
    ("production", "Mineral concentrates (excl. monazite)"): ("mine_production", "mining", "mineral_concentrates"),
    ("production", "Bastnaesite concentrates"): ("mine_production", "mining", "mineral_concentrates"),
    ("production", "Bastnasite concentrates"): ("mine_production", "mining", "mineral_concentrates"),
    ("production", "Compounds and metals"): ("production", "refining", "compounds_and_metals"),
    ("imports", "Compounds"): ("imports", "trade", "compounds"),
    ("imports", "Cerium compounds"): ("imports", "trade", "cerium_compounds"),
    ("imports", "Other rare-earth compounds"): ("imports", "trade", "other_compounds"),
    ("imports", "Ferrocerium, alloys"): ("imports", "trade", "ferrocerium_alloys"),
    ("imports", "Rare-earth metals, scandium, and yttrium"): ("imports", "trade", "metals_scandium_yttrium"),
    ("imports", "Rare-earth metals and alloys"): ("imports", "trade", "metals_and_alloys"),
    ("exports", "Compounds"): ("exports", "trade", "compounds"),
    ("exports", "Ores and compounds"): ("exports", "trade", "ores_and_compounds"),
    ("exports", "Cerium compounds"): ("exports", "trade", "cerium_compounds"),
    ("exports", "Other rare-earth compounds"): ("exports", "trade", "other_compounds"),
    ("exports", "Ferrocerium, alloys"): ("exports", "trade", "ferrocerium_alloys"),
    ("exports", "Rare-earth metals, scandium, and yttrium"): ("exports", "trade", "metals_scandium_yttrium"),
    ("exports", "Rare-earth metals and alloys"): ("exports", "trade", "metals_and_alloys"),
    ("consumption", "Apparent consumption, compounds and metals"): ("apparent_consumption", "use", "compounds_and_metals"),
    ("consumption", "Apparent consumption"): ("apparent_consumption", "use", ""),
    ("consumption", "Consumption, estimated"): ("apparent_consumption", "use", ""),
    ("employment", "Mine and mill, annual average"): ("employment", "mining", "mine_and_mill"),
    ("net_import_reliance", "Compounds and metals"): ("net_import_reliance", "trade", "compounds_and_metals"),
    ("net_import_reliance", "Mineral concentrates"): ("net_import_reliance", "trade", "mineral_concentrates"),
}

# price label -> (product slug, basis)
REE_PRICE_ITEMS = {
    "Cerium oxide, 99.5% min": ("cerium_oxide", "99.5% min"),
    "Dysprosium oxide, 99.5% min": ("dysprosium_oxide", "99.5% min"),
    "Europium oxide, 99.99% min": ("europium_oxide", "99.99% min"),
    "Europium oxide, 99.9% min": ("europium_oxide", "99.9% min"),
    "Lanthanum oxide, 99.5% min": ("lanthanum_oxide", "99.5% min"),
    "Mischmetal, 65% Ce 35% La": ("mischmetal", "65% Ce, 35% La"),
    "Neodymium oxide, 99.5% min": ("neodymium_oxide", "99.5% min"),
    "Terbium oxide, 99.99% min": ("terbium_oxide", "99.99% min"),
    "Praseodymium oxide, 99.99% min": ("praseodymium_oxide", "99.99% min"),
    "NdPr oxide, 99% min": ("ndpr_oxide", "99% min"),
    "Samarium oxide, 99.5% min": ("samarium_oxide", "99.5% min"),
    "Gadolinium oxide, 99.99% min": ("gadolinium_oxide", "99.99% min"),
}

RANGE = re.compile(r"^\s*([\d.,]+)\s*[\u2013-]\s*([\d.,]+)\s*$")


def rare_earth_salient(shared: Path) -> list[dict[str, str]]:
    rows = []
    for r in read(shared / "usgs_mcs" / "ree_us_salient_statistics_by_edition.csv"):
        edition, section, item = r["edition"], r["section"], r["item"]
        sid, loc = SALIENT_SOURCES[edition]
        est = r["estimate_flag"] == "e"
        text = r["value_text"].strip()
        base_note = r["note"] if ("verify" in r["note"] or "missing" in r["note"]) else ""
        if section == "import_sources":
            continue  # import shares live in import_sources.csv (buyer, partner, period)
        if section in ("price_average", "price_yearend_range"):
            product, basis = REE_PRICE_ITEMS[item]
            if section == "price_yearend_range":
                basis = f"{basis}; year-end"
            else:
                basis = f"{basis}; annual average"
            value, high, qual = None, None, ""
            m = RANGE.match(text) if text else None
            if m:
                value, high, qual = num(m.group(1)), num(m.group(2)), "range"
            else:
                value = num(r["value"])
            note = join_notes(base_note, "price free on board (MCS 2026 label)" if edition == "MCS 2026" else "")
            rows.append(row(
                commodity="rare_earths", product=product, measure="price", stage="refining", country="WLD",
                year=r["data_year"], value=value, value_high=high, unit="USD/kg", basis=basis, qualifier=qual,
                estimate_flag=est, edition=edition, source_id=sid, locator=f"{loc}, Price row '{item}'",
                note=note,
            ))
            continue
        measure, stage, product = SALIENT_ITEMS[(section, item)]
        unit = {"t REO": "t", "persons": "persons", "% of apparent consumption": "percent"}[r["unit"]]
        basis = "REO" if r["unit"] == "t REO" else ""
        qual, note, value = "", base_note, None
        if text.startswith("—"):
            value, note = 0.0, join_notes(note, "printed as a dash (zero)")
        elif text.startswith(">"):
            value, qual = num(text[1:]), ">"
        elif text.startswith("E"):
            qual, note = "E", join_notes(note, "net exporter")
        else:
            value = num(r["value"])
        if item == "Consumption, estimated":
            note = join_notes(note, "printed as 'Consumption, estimated'")
        if item.startswith("Mineral concentrates (excl. monazite"):
            note = join_notes(note, "excludes monazite")
        rows.append(row(
            commodity="rare_earths", product=product, measure=measure, stage=stage, country="USA",
            year=r["data_year"], value=value, unit=unit, basis=basis, qualifier=qual, estimate_flag=est,
            edition=edition, source_id=sid, locator=f"{loc}, row '{item}'", note=note,
        ))
    return rows


# ---------------------------------------------------------- other minerals
COMMODITY = {
    "graphite (natural)": "graphite", "antimony": "antimony", "cobalt": "cobalt", "tungsten": "tungsten",
    "lithium": "lithium", "nickel": "nickel", "gallium": "gallium", "germanium": "germanium",
    "platinum-group metals": "platinum_group_metals", "rare earths": "rare_earths",
}
SOURCE_KEY = {
    "graphite": "graphite", "antimony": "antimony", "cobalt": "cobalt", "tungsten": "tungsten",
    "lithium": "lithium", "nickel": "nickel", "gallium": "gallium", "germanium": "germanium",
    "platinum_group_metals": "pgm", "palladium": "pgm", "platinum": "pgm",
}


def mcs_source(edition: str, commodity: str) -> str:
    return f"usgs_mcs{edition[-4:]}_{SOURCE_KEY[commodity]}"


def critical_minerals(shared: Path) -> list[dict[str, str]]:
    rows = []
    for r in read(shared / "usgs_mcs" / "critical_minerals_world_production_reserves_mcs2025_mcs2026.csv"):
        commodity = COMMODITY[r["commodity"]]
        measure, stage, product = r["measure"], "mining", ""
        table = WORLD_TABLE
        if measure == "mine_production_palladium":
            commodity, measure = "palladium", "mine_production"
        elif measure == "mine_production_platinum":
            commodity, measure = "platinum", "mine_production"
        elif measure == "reserves_pgm":
            measure = "reserves"
        elif measure == "primary_production_low_purity":
            measure, stage, product = "production", "refining", "low_purity_primary"
            table = "World Primary Production (low-purity gallium) and Capacity table"
        elif measure == "production_capacity":
            measure, stage, product = "capacity", "refining", "low_purity_primary"
            table = "World Primary Production (low-purity gallium) and Capacity table"
        unit = "kg" if r["unit"] == "kg" else "t"
        basis = "gross weight" if commodity == "graphite" else "metal content"
        value, qual, qnote = value_and_qualifier(r["value"], r["value_qualifier"])
        fn = r["footnotes"]
        est = r["estimate_flag"] == "e" or fn.startswith("e ") or fn == "capacity e"
        note = join_notes(qnote, ("footnote " + fn) if fn and fn not in ("e", "capacity e") else "")
        rows.append(row(
            commodity=commodity, product=product, measure=measure, stage=stage, country=iso3(r["country"]),
            year=r["data_year"], value=value, unit=unit, basis=basis, qualifier=qual, estimate_flag=est,
            edition=r["edition"], source_id=mcs_source(r["edition"], commodity),
            locator=f"{table}, row '{r['country']}'", note=note,
        ))
    return rows


PRICE_PRODUCTS = {
    "High-purity refined (avg unit value of US imports, 99.999%-99.99999%)": "high_purity_refined",
    "Low-purity primary (avg unit value of US imports, 99.99%)": "low_purity_primary",
    "Gallium metal (avg customs value of US imports, HTS 8112.92.1000)": "gallium_metal",
    "Germanium metal 99.999% (European price)": "germanium_metal",
    "Germanium dioxide (European price)": "germanium_dioxide",
    "Palladium": "", "Platinum": "", "Rhodium": "", "Iridium": "", "Ruthenium": "",
    "Antimony metal 99.65% CIF": "antimony_metal",
    "Concentrate, in-warehouse Rotterdam": "concentrate",
    "Battery-grade lithium carbonate": "lithium_carbonate",
    "US spot cathode": "cathode_us_spot",
    "LME cash": "lme_cash",
    "Flake (unit value of US imports)": "flake",
    "Lump and chip, Sri Lanka": "lump_and_chip",
    "Amorphous": "amorphous",
}
PRICE_UNITS = {"USD/kg": "USD/kg", "USD/troy oz": "USD/troy_oz", "USD/lb": "USD/lb", "USD/t": "USD/t",
               "USD/mtu WO3": "USD/mtu"}


def prices(shared: Path, salient_rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Non-rare-earth prices; rare-earth prices come from the salient table (checked equal)."""
    rows = []
    salient = {(r["edition"], r["product"], r["year"]): r for r in salient_rows if r["measure"] == "price"}
    ree_slug = {"Neodymium oxide 99.5%": "neodymium_oxide", "Dysprosium oxide 99.5%": "dysprosium_oxide",
                "Terbium oxide 99.99%": "terbium_oxide", "Europium oxide 99.99%": "europium_oxide",
                "Europium oxide 99.9%": "europium_oxide", "Cerium oxide 99.5%": "cerium_oxide",
                "Lanthanum oxide 99.5%": "lanthanum_oxide", "Mischmetal 65Ce/35La": "mischmetal",
                "Praseodymium oxide 99.99%": "praseodymium_oxide", "NdPr oxide 99%": "ndpr_oxide",
                "Samarium oxide 99.5%": "samarium_oxide", "Gadolinium oxide 99.99%": "gadolinium_oxide"}
    for r in read(shared / "prices" / "annual_prices_usgs_mcs.csv"):
        if r["commodity"] == "rare earths":
            s = salient.get((r["edition"], ree_slug[r["product"]], r["year"]))
            if s is None:
                raise ValueError(f"rare-earth price missing from the salient rows: {r}")
            if r["value"] and float(s["value"]) != float(r["value"]):
                raise ValueError(f"price tables disagree: {r} vs {s}")
            continue
        commodity = COMMODITY[r["commodity"]]
        if commodity == "platinum_group_metals":
            commodity = r["product"].lower()
        if commodity not in SOURCE_KEY and commodity not in ("rhodium", "iridium", "ruthenium"):
            raise ValueError(commodity)
        source_commodity = "pgm" if commodity in ("palladium", "platinum", "rhodium", "iridium", "ruthenium") else SOURCE_KEY[commodity]
        rows.append(row(
            commodity=commodity, product=PRICE_PRODUCTS[r["product"]], measure="price", stage="refining",
            country="WLD", year=r["year"], value=num(r["value"]), unit=PRICE_UNITS[r["unit"]],
            basis=r["basis"], estimate_flag=r["estimate_flag"] == "e", edition=r["edition"],
            source_id=f"usgs_mcs{r['edition'][-4:]}_{source_commodity}",
            locator=f"Salient Statistics—United States, price row '{r['product']}'",
            note=join_notes(r["note"], "tungsten price per metric ton unit of WO3" if commodity == "tungsten" else ""),
        ))
    return rows


# ----------------------------------------------------------- long series
def compiled_series(shared: Path) -> list[dict[str, str]]:
    rows = []
    for r in read(shared / "usgs_mcs" / "world_and_china_mine_production_series_usgs_vs_bgs.csv"):
        commodity = COMMODITY[r["commodity"]]
        basis = {"t REO": "REO", "t": "gross weight"}.get(r["unit"], "metal content")
        for col, country, edition, sid in (
            ("usgs_world_t", "WLD", "USGS MCS compiled", "atlas_usgs_series"),
            ("usgs_china_t", "CHN", "USGS MCS compiled", "atlas_usgs_series"),
            ("bgs_world_t", "WLD", "BGS WMS (atlas)", "atlas_bgs_series"),
            ("bgs_china_t", "CHN", "BGS WMS (atlas)", "atlas_bgs_series"),
        ):
            if not r[col].strip():
                continue
            note = ""
            if edition.startswith("BGS") and country == "WLD":
                note = f"sum of {r['bgs_countries_reporting']} reporting countries (BGS series '{r['bgs_series']}')"
            if edition.startswith("USGS"):
                note = "value printed in the newest MCS edition reporting this year"
            rows.append(row(
                commodity=commodity, measure="mine_production", stage="mining", country=country,
                year=r["data_year"], value=num(r[col]), unit="t", basis=basis, edition=edition,
                source_id=sid, locator=f"out/usgs_revisions.json usgs_vs_bgs, {r['commodity']} {r['data_year']} {col}",
                note=note,
            ))
    return rows


IEA_COMMODITY = {"Copper": ("copper", "metal content"), "Cobalt": ("cobalt", "metal content"),
                 "Lithium": ("lithium", "metal content"), "Nickel": ("nickel", "metal content"),
                 "Graphite": ("graphite", ""), "Rare Earth Elements": ("magnet_rees", "REO")}
IEA_BASE_YEAR = 2024


def iea_volumes(shared: Path) -> list[dict[str, str]]:
    data = json.loads((shared / "raw" / "iea_critical_minerals_data_explorer" / "iea.json").read_text(encoding="utf-8"))
    rows = []
    for name, stages in data["supply"].items():
        commodity, basis = IEA_COMMODITY[name]
        for stage, block in stages.items():
            series = dict(block["countries"])
            series["World total"] = block["total"]
            for country, by_year in series.items():
                if country.startswith(("Notes:", "\u201c", '"')):
                    continue  # explanatory text rows carried in the converted copy
                for year, value in by_year.items():
                    projection = int(year) > IEA_BASE_YEAR
                    note = "IEA base case projection (operating and announced projects, risk-adjusted)" if projection else ""
                    if commodity == "graphite":
                        note = join_notes(note, "all grades; refining is battery-grade graphite")
                    rows.append(row(
                        commodity=commodity, measure="production", stage=stage, country=iso3(country),
                        year=year, value=round(float(value), 3), unit="kt", basis=basis,
                        qualifier="projection" if projection else "", edition="IEA CMDE 2025",
                        source_id="iea_cmde_2025", locator=f"supply / {name} / {stage} / {country} / {year}",
                        note=note,
                    ))
    return rows


def stage_shares(shared: Path) -> list[dict[str, str]]:
    """Published shares (GCMO via summaries, SMM); aggregates without a country code are skipped."""
    rows = []
    for r in read(shared / "supply_chain" / "stage_shares_by_country.csv"):
        src = r["source"]
        if src.startswith("IEA Critical Minerals Data Explorer"):
            continue  # volumes come from the raw json (iea_volumes)
        try:
            country = iso3(r["country"])
        except Exception:
            continue
        share = num(r["share_of_world_pct"]) / 100
        projection = "projection" in r["scenario_or_basis"]
        if src.startswith("seaisi.org"):
            commodity, edition, sid, qual = "magnet_rees", "IEA GCMO 2024", "iea_gcmo2024_seaisi", ""
            measure = "production_share"
            stage = r["stage"]
        elif src.startswith("IEA Global Critical Minerals Outlook 2025"):
            edition, sid, qual, measure = "IEA GCMO 2025", "iea_gcmo2025_atlas", "~", "production_share"
            stage = {"mining": "mining", "separation & refining": "refining"}.get(r["stage"], "magnet")
            commodity = "ndfeb_magnets" if stage == "magnet" else "rare_earths"
        elif src.startswith("news.metal.com"):
            commodity, edition, sid, qual = "rare_earths", "SMM 2025-05-06", "smm_separation_capacity_2025", "~"
            measure, stage = "capacity_share", "refining"
        else:
            continue  # MacroPolo (publication date unknown), metalnomist ('up to' projection): not transcribed
        if projection:
            qual = "projection"
        note = join_notes(r["note"].strip("'\""), "IEA projection" if projection else "")
        rows.append(row(
            commodity=commodity, measure=measure, stage=stage, country=country, year=r["year"],
            value=round(share, 4), unit="fraction", qualifier=qual, edition=edition, source_id=sid,
            locator="summary text" if sid != "iea_gcmo2025_atlas" else "magnet-chain/out/magnet_chain.json",
            note=note,
        ))
    return rows




def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path("/work/shared/data"))
    args = ap.parse_args(argv)
    shared = args.shared
    salient = rare_earth_salient(shared)
    new = (rare_earth_world(shared) + salient + critical_minerals(shared) + prices(shared, salient)
           + compiled_series(shared) + iea_volumes(shared) + stage_shares(shared))
    managed = {r["source_id"] for r in new}
    kept = []
    if OUT.exists():
        kept = [r for r in read(OUT) if r["source_id"] not in managed]
    allrows = kept + new
    order = {c: i for i, c in enumerate(["WLD"])}
    allrows.sort(key=lambda r: (r["commodity"], r["edition"], r["measure"], r["product"], r["stage"],
                                r["basis"], int(r["year"]), order.get(r["country"], 1), r["country"]))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(allrows)
    sys.stdout.write(f"wrote {len(allrows)} rows ({len(new)} from /work/shared, {len(kept)} kept) to {OUT}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
