"""API latency under load: median and p99 of data reads at 100 concurrent connections
on loopback, against a trivial ``/healthz`` measured in the same run.

    python benchmarks/api.py [--duration 10] [--connections 100] [--workers 1]

Starts ``critmin serve`` on a free port, warms the cache with one request per URL,
then drives each URL with wrk (``apt-get install wrk``); without wrk, with a Python
asyncio/httpx load generator (slower itself: its figures are an upper bound).
Target (issue 7): median < 10 ms and p99 < 50 ms for data reads.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BIN = Path(sys.executable).parent
BASELINE = "/healthz"
READS = [
    "/api/v1/rankings?commodity=rare_earths&measure=reserves",
    "/api/v1/observations?commodity=rare_earths&year=2024",
    "/api/v1/indicators/hhi?commodity=rare_earths",
    "/api/v1/sources",
]
UNIT = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ms(text: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s)", text.strip())
    if not m:
        raise ValueError(f"cannot read wrk latency {text!r}")
    return float(m.group(1)) * UNIT[m.group(2)]


def wrk(url: str, connections: int, duration: int) -> tuple[float, float, float]:
    """(median ms, p99 ms, requests/s) from wrk --latency."""
    threads = max(1, min(4, os.cpu_count() or 1))
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--latency", url],
                         capture_output=True, text=True, check=True).stdout
    p50 = _ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))  # type: ignore[union-attr]
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise RuntimeError(f"{url}: {errors.group(1)} error responses under load")
    return p50, p99, rps


def pyload(url: str, connections: int, duration: int) -> tuple[float, float, float]:
    """The same figures from an asyncio/httpx client (fallback when wrk is missing)."""
    import httpx

    lat: list[float] = []

    async def worker(client: httpx.AsyncClient, stop: float) -> None:
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            r = await client.get(url)
            lat.append((time.perf_counter() - t0) * 1e3)
            r.raise_for_status()

    async def main() -> float:
        limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
        async with httpx.AsyncClient(limits=limits, timeout=30) as client:
            t0 = time.perf_counter()
            await asyncio.gather(*(worker(client, t0 + duration) for _ in range(connections)))
            return time.perf_counter() - t0

    took = asyncio.run(main())
    q = statistics.quantiles(lat, n=100)
    return statistics.median(lat), q[98], len(lat) / took


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--duration", type=int, default=10, help="seconds per URL")
    ap.add_argument("--connections", type=int, default=100)
    ap.add_argument("--workers", type=int, default=1, help="critmin serve --workers")
    args = ap.parse_args(argv if argv is not None else [])
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([str(BIN / "critmin"), "serve", "--port", str(port), "--workers", str(args.workers)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + BASELINE, timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        for path in READS:
            for _ in range(4 * args.workers):  # fill each worker's cache
                urllib.request.urlopen(base + path, timeout=60).read()
        tool = "wrk" if shutil.which("wrk") else "python asyncio/httpx (wrk not installed)"
        load = wrk if shutil.which("wrk") else pyload
        print(f"load tool: {tool}; {args.connections} connections, {args.duration} s per URL, loopback, "
              f"{os.cpu_count()} cores, {args.workers} server process(es)")
        b50, b99, brps = load(base + BASELINE, args.connections, args.duration)
        print(f"{'endpoint':58} {'p50 ms':>7} {'p99 ms':>7} {'req/s':>8} {'p50/base':>8} {'p99/base':>8}  target")
        print(f"{BASELINE + ' (baseline)':58} {b50:7.2f} {b99:7.2f} {brps:8.0f} {1:8.2f} {1:8.2f}")
        ok_all = True
        for path in READS:
            p50, p99, rps = load(base + path, args.connections, args.duration)
            ok = p50 < 10 and p99 < 50
            ok_all &= ok
            print(f"{path:58} {p50:7.2f} {p99:7.2f} {rps:8.0f} {p50 / b50:8.2f} {p99 / b99:8.2f}  "
                  f"{'met' if ok else 'MISSED'} (p50<10, p99<50)")
        print("all data reads within target" if ok_all else "some data reads missed the target")
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
