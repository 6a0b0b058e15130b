"""Scenario engine benchmark: ``python benchmarks/scenarios.py [--dask [--max-draws N]]``.

1. A 10,000-draw, 10-year ensemble of the full rare-earth chain (mining, five separated
   products, metal, magnets) of ``china-2025-controls``, vectorised in one process
   (uniforms + simulation + percentiles), target < 10 s.
2. Baseline in the same run: the same model solved draw by draw, every market-year root
   found with scipy's ``brentq`` on scalar functions, timed on a subsample and extrapolated
   to 10,000 draws; prints the ratio (target >= 50x).
3. With ``--dask``: draws on a local Dask cluster (2 workers on loopback), results streamed
   chunk by chunk (nothing kept); time per draw at growing sizes and peak memory.
"""

from __future__ import annotations

import resource
import sys
import time

import numpy as np

DRAWS = 10_000
YEARS = 10
SUBSAMPLE = 20
CPU: list[float] = []


def _scenario():  # type: ignore[no-untyped-def]
    from critmin.scenarios.runner import load, prepare

    sc = load("china-2025-controls").model_copy(update={"years": YEARS})
    base, params = prepare(sc)
    return sc, base, params


def vectorised(sc, base, params) -> float:  # type: ignore[no-untyped-def]
    from critmin.scenarios.ensemble import run_chunks
    from critmin.scenarios.uncertainty import summarise

    t0, c0 = time.perf_counter(), time.process_time()
    out = run_chunks(sc, base, params, DRAWS, 0, chunk_size=DRAWS)
    summarise(out.series, out.years)
    CPU.append(time.process_time() - c0)
    return time.perf_counter() - t0


def scalar_brentq(sc, base, params) -> float:  # type: ignore[no-untyped-def]
    """Per draw and per market-year scalar root finding with scipy.optimize.brentq."""
    from scipy.optimize import brentq

    import critmin.scenarios.market as market
    from critmin.scenarios.simulate import collect_inputs, simulate
    from critmin.scenarios.uncertainty import uniforms

    def root(f, target, hi, scale):  # type: ignore[no-untyped-def]
        out = np.empty_like(hi)
        for i in range(hi.shape[0]):
            lo_m, hi_m = np.log(market._LO), float(np.log(hi[i]))

            def g(m: float, i: int = i) -> float:
                v, _ = f(np.full(hi.shape, m))
                return float(v[i] - target[i])

            if g(hi_m) < 0:
                out[i] = hi_m
            elif g(lo_m) > 0:
                out[i] = lo_m
            else:
                out[i] = brentq(g, lo_m, hi_m, xtol=1e-14, rtol=1e-14)
        return out

    k = len(collect_inputs(sc, base, params).names)
    U = uniforms(0, 0, SUBSAMPLE, k)
    saved = market._solve_log
    market._solve_log = root  # type: ignore[assignment]
    try:
        t0 = time.perf_counter()
        for i in range(SUBSAMPLE):
            simulate(sc, base, params, U[i : i + 1])
        dt = time.perf_counter() - t0
    finally:
        market._solve_log = saved  # type: ignore[assignment]
    return dt * DRAWS / SUBSAMPLE


def _reduce(out):  # type: ignore[no-untyped-def]
    """Runs on the worker: keep only the sum and count of the first-year outside Dy price index."""
    v = out.series[("rare_earths:dy", "price_index", "outside")][:, 0]
    return out.draws, float(v.sum())


def dask_scaling(sc, base, params, sizes=(10_000, 20_000, 40_000, 80_000), workers: int = 2) -> None:  # type: ignore[no-untyped-def]
    from dask.distributed import Client, LocalCluster

    from critmin.scenarios.ensemble import run_chunks

    print(f"dask local cluster on loopback, {workers} workers; chunks of 5,000 draws reduced on the workers (nothing kept)")
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, host="127.0.0.1", dashboard_address=None)
    client = Client(cluster)
    try:
        for n in sizes:
            acc = {"n": 0, "sum": 0.0}

            def on_chunk(r, acc=acc):  # type: ignore[no-untyped-def]
                acc["n"] += r[0]
                acc["sum"] += r[1]

            t0 = time.perf_counter()
            run_chunks(sc, base, params, n, 0, client=client, workers=workers, chunk_size=5_000, on_chunk=on_chunk,
                       keep=False, reducer=_reduce)
            dt = time.perf_counter() - t0
            mem = sum(w["metrics"]["memory"] for w in client.scheduler_info()["workers"].values()) / 2**20
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"  {n:>9,} draws: {dt:7.1f} s  ({dt / n * 1e6:6.1f} us/draw)  mean Dy outside index {acc['sum'] / acc['n']:.3f}"
                  f"  client peak RSS {rss:.0f} MB, workers now {mem:.0f} MB")
    finally:
        client.close()
        cluster.close()


def main() -> None:
    sc, base, params = _scenario()
    markets = len(base.order)
    vectorised(sc, base, params)  # warm-up (imports, caches)
    t_vec = min(vectorised(sc, base, params) for _ in range(2))
    t_base = scalar_brentq(sc, base, params)
    print(f"scenarios: {DRAWS:,} draws x {YEARS} years x {markets} markets (full rare-earth chain)")
    print(f"  vectorised ensemble      {t_vec:8.2f} s   (target < 10 s; CPU time {min(CPU):.2f} s, load average {__import__('os').getloadavg()[0]:.1f})")
    print(f"  per-draw scipy brentq    {t_base:8.2f} s   (extrapolated from {SUBSAMPLE} draws)")
    print(f"  ratio                    {t_base / t_vec:8.1f}x  (target >= 50x)")
    if "--dask" in sys.argv:
        # --max-draws N (default 80,000): sizes grow tenfold from 10,000 up to N
        top = int(sys.argv[sys.argv.index("--max-draws") + 1]) if "--max-draws" in sys.argv else 80_000
        sizes = [10_000]
        while sizes[-1] * 10 <= top:
            sizes.append(sizes[-1] * 10)
        if top not in sizes:
            sizes.append(top)
        dask_scaling(sc, base, params, sizes=tuple(sizes))


if __name__ == "__main__":
    main()
