"""Write ``critmin/data/governance.csv`` from a WGI extract.

The input is a CSV in the layout of the World Bank's WGI download as copied by
OHI-Science (``country,iso3c,year,CC.EST,GE.EST,PV.EST,RQ.EST,RL.EST,VA.EST``), holding
only the rows that were read (``scripts/wgi_2023_extract.csv``, transcribed from
github OHI-Science/ohiprep_v2025 globalprep/prs_res_wgi/v2025/raw/worldbank_wgi_from_web_2025.csv
@f20b595f43694245978e87088050379fe801c691 by offset reads). Values are rounded to
5 decimals. ``NA`` cells are left out (a gap, not a zero).

Usage::

    python scripts/transcribe_wgi.py
"""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTRACT = ROOT / "scripts" / "wgi_2023_extract.csv"
OUT = ROOT / "src" / "critmin" / "data" / "governance.csv"
INDICATORS = {
    "CC.EST": "control_of_corruption",
    "GE.EST": "government_effectiveness",
    "PV.EST": "political_stability",
    "RQ.EST": "regulatory_quality",
    "RL.EST": "rule_of_law",
    "VA.EST": "voice_accountability",
}
COLUMNS = ["country", "year", "indicator", "value", "edition", "source_id", "locator"]


def main() -> int:
    with EXTRACT.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for r in rows:
        for col, indicator in INDICATORS.items():
            cell = r[col].strip()
            if cell in ("", "NA"):
                continue
            out.append({
                "country": r["iso3c"], "year": r["year"], "indicator": indicator,
                "value": f"{round(float(cell), 5):.5f}", "edition": "WGI 2024", "source_id": "wb_wgi_2024",
                "locator": f"worldbank_wgi_from_web_2025.csv row '{r['country']},{r['iso3c']},{r['year']}', column {col}",
            })
    out.sort(key=lambda d: (d["country"], d["year"], d["indicator"]))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    print(f"wrote {len(out)} rows for {len(rows)} country-years to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
