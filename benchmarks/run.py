"""critmin benchmarks: ``make bench`` (or ``python benchmarks/run.py [NAME ...]``).

Each case keeps the best of N repetitions and prints a ratio against a baseline
measured in the same run, so figures compare across machines. Areas add their own
module here with a ``main()``; this runner calls them after the foundation cases.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
CRITMIN = str(BIN / "critmin")
AREAS = ("scenarios", "claims", "api", "sites")  # benchmarks/<area>.py with a main(), when present


def best_of(n: int, fn) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def run(cmd: list[str], env: dict[str, str] | None = None) -> None:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)


def foundation() -> list[tuple[str, float, float, float]]:
    rows = []
    home = Path(tempfile.mkdtemp(prefix="critmin-bench-"))
    env = {**os.environ, "CRITMIN_HOME": str(home), "CRITMIN_USER_DIR": str(home / "user")}
    try:
        base = best_of(7, lambda: run([sys.executable, "-c", "pass"], env))
        helped = best_of(7, lambda: run([CRITMIN, "--help"], env))
        rows.append(("critmin --help (limit 0.3 s)", helped, base, 0.3))

        def cold_build() -> None:
            for p in home.glob("store-*.duckdb"):
                p.unlink()
            run([sys.executable, "-c", "import critmin; critmin.open()"], env)

        imp = best_of(3, lambda: run([sys.executable, "-c", "import duckdb, pandas"], env))
        build = best_of(3, cold_build)
        rows.append(("store build from scratch, end to end (limit 3 s)", build, imp, 3.0))
        run([CRITMIN, "data", "info"], env)  # warm
        q = [CRITMIN, "production", "rare-earths", "--year", "2024", "--format", "json"]
        warm = best_of(7, lambda: run(q, env))
        rows.append(("warm query, end to end (limit 0.5 s)", warm, base, 0.5))
        q2 = [CRITMIN, "rank", "rare-earths", "--measure", "reserves", "--as-of", "2025-03-19"]
        rows.append(("warm rank --as-of, table output (limit 0.5 s)", best_of(7, lambda: run(q2, env)), base, 0.5))
        # indicators: the whole `critmin risk` command against a plain pandas groupby on the CSV
        csv_path = Path(__file__).resolve().parents[1] / "src" / "critmin" / "data" / "observations.csv"
        groupby = (
            f"import pandas as pd; d = pd.read_csv({str(csv_path)!r}); d = d[(d.commodity == 'rare_earths') & "
            "(d.measure == 'mine_production') & (d.year == 2024) & (d.edition == 'MCS 2025')]; "
            "w = d[d.country == 'WLD'].value.iloc[0]; n = d[~d.country.isin(['WLD', 'OTH'])]; "
            "print(((n.groupby('country').value.sum() / w) ** 2).sum() * 1e4)"
        )
        pandas_base = best_of(5, lambda: run([sys.executable, "-c", groupby], env))
        q3 = [CRITMIN, "risk", "rare_earths", "--year", "2024", "--edition", "MCS 2025", "--format", "json"]
        run(q3, env)  # warm
        rows.append(("warm risk rare_earths vs pandas groupby (limit 1 s)", best_of(7, lambda: run(q3, env)),
                     pandas_base, 1.0))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return rows


def main(argv: list[str]) -> int:
    wanted = set(argv)
    print(f"critmin benchmarks on {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    if not wanted or "foundation" in wanted:
        print("\n## foundation (baseline: bare `python -c pass`, or `import duckdb, pandas` for the build)")
        sys.stdout.flush()
        print(f"{'case':52} {'best s':>8} {'baseline s':>10} {'ratio':>7} {'limit':>6}  ok")
        for name, t, b, limit in foundation():
            print(f"{name:52} {t:8.3f} {b:10.3f} {t / b:7.2f} {limit:6.2f}  {'yes' if t <= limit else 'NO'}")
    for area in AREAS:
        if wanted and area not in wanted:
            continue
        if not (HERE / f"{area}.py").exists():
            continue
        print(f"\n## {area}")
        sys.path.insert(0, str(HERE))
        importlib.import_module(area).main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
