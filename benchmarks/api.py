"""API latency under load: median and p99 of data reads at 100 concurrent connections
on loopback, against a trivial ``/healthz`` measured in the same run.

    python benchmarks/api.py [--duration 10] [--connections 100] [--workers N] [--server auto|granian|uvicorn]

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
from typing import Any

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


def _get_like_wrk(port: int, path: str) -> None:
    """A GET with only the Host header, as wrk sends it (no Accept-Encoding)."""
    import http.client

    con = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        con.putrequest("GET", path, skip_accept_encoding=True)
        con.endheaders()
        con.getresponse().read()
    finally:
        con.close()


def _tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by a process and its descendants (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(d.name)] = int(fields[1])
        cpu[int(d.name)] = (int(fields[11]) + int(fields[12])) / tick
    tree, todo = set(), [pid]
    while todo:
        p = todo.pop()
        tree.add(p)
        todo.extend(c for c, pp in parents.items() if pp == p and c not in tree)
    return sum(cpu.get(p, 0.0) for p in tree)


def measure(load: Any, url: str, connections: int, duration: int, pid: int) -> tuple[float, float, float, float]:
    """(p50 ms, p99 ms, requests/s, server CPU µs per request): the last figure is what
    the server itself spent per answer, which other load on the machine barely moves."""
    c0 = _tree_cpu(pid)
    p50, p99, rps = load(url, connections, duration)
    used = _tree_cpu(pid) - c0
    return p50, p99, rps, used / max(1.0, rps * duration) * 1e6


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--duration", type=int, default=10, help="seconds per URL")
    ap.add_argument("--connections", type=int, default=100)
    ap.add_argument("--workers", type=int, default=None, help="critmin serve --workers (default: its own)")
    ap.add_argument("--server", default="auto", choices=["auto", "granian", "uvicorn"], help="critmin serve --server")
    args = ap.parse_args(argv if argv is not None else [])
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [str(BIN / "critmin"), "serve", "--port", str(port), "--server", args.server]
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    from critmin.cli.serve import default_workers, pick_server

    workers, engine = args.workers or default_workers(), pick_server(args.server)
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + BASELINE, timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        for path in READS:
            for _ in range(4 * workers):  # fill each worker's cache, with wrk's headers (the key has them)
                _get_like_wrk(port, path)
        tool = "wrk" if shutil.which("wrk") else "python asyncio/httpx (wrk not installed)"
        load = wrk if shutil.which("wrk") else pyload
        print(f"load tool: {tool}; {args.connections} connections, {args.duration} s per URL, loopback, "
              f"{os.cpu_count()} cores, {engine} with {workers} server process(es), load average before {os.getloadavg()[0]:.1f}")
        b50, b99, brps, bcpu = measure(load, base + BASELINE, args.connections, args.duration, server.pid)
        print(f"{'endpoint':58} {'p50 ms':>7} {'p99 ms':>7} {'req/s':>8} {'cpu µs':>7} {'p50/base':>8} "
              f"{'p99/base':>8}  target")
        print(f"{BASELINE + ' (baseline)':58} {b50:7.2f} {b99:7.2f} {brps:8.0f} {bcpu:7.0f} {1:8.2f} {1:8.2f}")
        ok_all = True
        for path in READS:
            p50, p99, rps, cpu = measure(load, base + path, args.connections, args.duration, server.pid)
            ok = p50 < 10 and p99 < 50
            ok_all &= ok
            print(f"{path:58} {p50:7.2f} {p99:7.2f} {rps:8.0f} {cpu:7.0f} {p50 / b50:8.2f} {p99 / b99:8.2f}  "
                  f"{'met' if ok else 'MISSED'} (p50<10, p99<50)")
        print("all data reads within target" if ok_all else "some data reads missed the target")
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(5)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
