"""Sites and territory benchmarks: ``python benchmarks/sites.py`` (or ``benchmarks/run.py sites``).

In-process queries are compared with the baseline of merely reading the site CSVs with
pandas (``pd.read_csv``, no validation); CLI commands with a bare ``python -c pass``.
Each case keeps the best of N repetitions measured in this run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent
CRITMIN = str(BIN / "critmin")


sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import best_of  # noqa: E402  (one timing rule for every benchmark)


def main() -> None:
    import pandas as pd

    from critmin import sites as sites_mod
    from critmin import territory
    from critmin.dataset import DATA_DIR

    files = [DATA_DIR / f"{n}.csv" for n in ("sites", "site_status", "site_resources",
                                              "territorial_control")]
    base_read = best_of(15, lambda: [pd.read_csv(f) for f in files])

    def cold_sites() -> None:
        sites_mod._tables.cache_clear()
        sites_mod.sites(as_of="2025-06-01")

    def cold_exposure() -> None:
        sites_mod._tables.cache_clear()
        territory._control.cache_clear()
        territory.conflict_exposure("UKR", "2025-06-01")

    rows = [
        ("sites() first call incl. CSV validation", best_of(5, cold_sites), base_read),
        ("sites(as_of) warm, all sites (97)", best_of(15, lambda: sites_mod.sites(as_of="2025-06-01")), base_read),
        ("sites(country=UKR, stage=mining) warm",
         best_of(15, lambda: sites_mod.sites(country="UKR", stage="mining", as_of="2025-06-01")), base_read),
        ("conflict_exposure(UKR) first call", best_of(5, cold_exposure), base_read),
        ("conflict_exposure(UKR) warm", best_of(15, lambda: territory.conflict_exposure("UKR", "2025-06-01")),
         base_read),
    ]
    base_py = best_of(5, lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))
    for name, args in (("critmin sites --format json, end to end", ["sites", "--format", "json"]),
                       ("critmin exposure UKR, end to end", ["exposure", "UKR", "--as-of", "2025-06-01"])):
        t = best_of(5, lambda a=args: subprocess.run([CRITMIN, *a], check=True, stdout=subprocess.DEVNULL))
        rows.append((name, t, base_py))
    print("baseline: pd.read_csv of sites, site_status, site_resources, territorial_control "
          "(in-process rows); python -c pass (CLI rows)")
    print(f"{'case':48} {'best s':>8} {'baseline s':>10} {'ratio':>7}")
    for name, t, b in rows:
        print(f"{name:48} {t:8.4f} {b:10.4f} {t / b:7.2f}")


if __name__ == "__main__":
    main()
