"""Run many draws: vectorised in one process, or in chunks on Dask."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from critmin.scenarios.uncertainty import uniforms

__all__ = ["run_chunks"]


def _chunk(args: tuple[Any, ...]) -> tuple[int, Any]:
    sc, base, params, seed, a, b, blocs, reducer = args
    from critmin.scenarios.simulate import collect_inputs, simulate

    k = len(collect_inputs(sc, base, params).names)
    U = uniforms(seed, a, b, k)
    out = simulate(sc, base, params, U, blocs=blocs)
    return a, (reducer(out) if reducer is not None else out)


def _merge(parts: list[Any]) -> Any:
    from critmin.scenarios.simulate import Outputs

    parts = [p for _, p in sorted(parts, key=lambda t: t[0])]
    first = parts[0]
    keys = set().union(*(p.series.keys() for p in parts))
    series = {}
    for key in keys:
        arrs = [p.series.get(key, np.full((p.draws, len(p.years)), np.nan)) for p in parts]
        series[key] = np.concatenate(arrs, axis=0)
    return Outputs(first.years, sum(p.draws for p in parts), series, first.markets,
                   max(p.mass_error for p in parts), max(p.solver_residual for p in parts))


def run_chunks(sc: Any, base: Any, params: Any, draws: int, seed: int, *, blocs: dict[str, list[str]] | None = None,
               workers: int | None = None, scheduler: str | None = None, chunk_size: int = 5000,
               progress: bool = False, on_chunk: Callable[[Any], None] | None = None, keep: bool = True,
               reducer: Callable[[Any], Any] | None = None, client: Any = None) -> Any:
    """Run ``draws`` draws in chunks.

    ``keep=False`` streams each chunk to ``on_chunk`` and keeps nothing (returns None); a
    ``reducer`` (a picklable function of a chunk's Outputs) runs where the chunk ran, so only
    its small result travels. ``client`` reuses an existing Dask client.
    """
    if reducer is not None and keep:
        raise ValueError("a reducer needs keep=False")
    bounds = [(a, min(a + chunk_size, draws)) for a in range(0, draws, chunk_size)]
    tasks = [(sc, base, params, seed, a, b, blocs, reducer) for a, b in bounds]
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=draws, unit="draw", desc=sc.name)
    parts = []
    if not workers and not scheduler and client is None:
        for t in tasks:
            a, out = _chunk(t)
            if keep:
                parts.append((a, out))
            if bar is not None:
                bar.update(t[5] - t[4])
            if on_chunk:
                on_chunk(out)
    else:
        from dask.distributed import Client, LocalCluster, as_completed

        cluster = None
        own = client is None
        if client is not None:
            pass
        elif scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                                   processes=True)
            client = Client(cluster)
        try:
            futs = client.map(_chunk, tasks, pure=False)
            for fut in as_completed(futs):
                a, out = fut.result()
                fut.release()
                if keep:
                    parts.append((a, out))
                if bar is not None:
                    bar.update(tasks[a // chunk_size][5] - a)
                if on_chunk:
                    on_chunk(out)
        finally:
            if own:
                client.close()
            if cluster is not None:
                cluster.close()
    if bar is not None:
        bar.close()
    return _merge(parts) if keep else None
