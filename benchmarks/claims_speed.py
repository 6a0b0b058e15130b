"""Claim checker speed: articles of ~5,000 characters per second on one core after
start-up (target >= 200/s), and the first check with start-up (target < 2 s).

Run: ``.venv/bin/python benchmarks/claims_speed.py`` (also part of ``benchmarks/run.py``);
``--profile`` prints where the time of one pass over the articles goes (cProfile, top
functions by own and by cumulative time) instead of the measures; ``--stages`` prints the share
of a check on real text taken by each top-level pass of ``Checker.check`` and, within the
largest, by the functions it calls (sampled, :func:`stages`).

Baselines measured in the same run: a naive regex scan of the same articles (numbers with
units, no entities or verdicts) for the throughput, and a bare ``python -c pass`` for the
start-up. The articles are assembled from sentences written for this benchmark; since they
repeat a few sentences, a second throughput row checks real text: the readable articles of
the labelled evaluation set joined into texts of about 5,000 characters.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CLAIMS = [
    "China mined about 270,000 tonnes of rare earths in 2024, according to the USGS.",
    "The U.S. took second spot among rare earth producers with 45,000 t.",
    "Burma's rare earth output fell 28% in 2024 as fighting spread near the border.",
    "Russia has the fifth-largest rare earth reserves in the world.",
    "Brazil's rare earth reserves far exceed those of India.",
    "China supplies nearly 70% of the world's mined rare earths.",
    "Australia produced 13,000 tons of rare earth oxide in 2024.",
    "On 4 April 2025, Beijing imposed export controls on seven rare earth elements.",
    "Vietnam holds 3.5 million tons of rare earth reserves.",
    "Global rare earth mine production reached 390,000 tonnes in 2024.",
    "India mined at least 2,900 tons of rare earths last year.",
    "Graphite production in China was 1.27 million tons in 2024.",
    "The top three rare earth reserve holders are China, Brazil and India.",
    "Cobalt output in the Democratic Republic of the Congo rose 20% in 2024.",
]
FILLER = [
    "Analysts said the market remained tight through the second half of the year.",
    "The company plans to expand its processing plant and hire more engineers.",
    "Officials did not respond to a request for comment on Tuesday.",
    "Investors are watching how policy in Washington and Brussels evolves.",
    "Magnet makers have sought long-term contracts to secure their feedstock.",
    "The project still needs environmental approvals and financing before construction.",
    "Prices for some products moved sharply after the announcement, traders said.",
    "Several governments have published lists of critical raw materials in recent years.",
]


def article(rng: random.Random, size: int = 5000) -> str:
    parts: list[str] = []
    n = 0
    while n < size:
        s = rng.choice(CLAIMS) if rng.random() < 0.35 else rng.choice(FILLER)
        parts.append(s)
        n += len(s) + 1
        if rng.random() < 0.15:
            parts.append("\n\n")
    return " ".join(parts)[:size]


def real_docs(limit: int = 100, size: int = 5000) -> list[tuple[str, str]]:
    """Real text: the readable articles of the labelled evaluation set (``claims_eval/run.py``'s
    ``readable()``; their labelled sentences, one paragraph each) joined, in id order, into texts
    of about ``size`` characters, each with the date of its first article."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("claims_eval_run", Path(__file__).parent / "claims_eval" / "run.py")
    assert spec is not None and spec.loader is not None
    run = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = run
    spec.loader.exec_module(run)
    out: list[tuple[str, str]] = []
    buf, day = "", ""
    for a in sorted((a for a in run.load(run.HERE) if run.readable(a.article_id)), key=lambda a: run._id_key(a.article_id)):
        day = day or a.published
        buf += a.text() + "\n\n"
        if len(buf) >= size:
            out.append((buf, day))
            buf, day = "", ""
            if len(out) == limit:
                break
    return out


def naive_scan(text: str) -> int:
    import re

    return len(re.findall(r"\d[\d,.]*\s*(?:tons?|tonnes?|t|kt|Mt|%|percent)\b", text))


def best_of(n: int, fn, clock=time.perf_counter) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(n):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return min(times)


def profile(fn, top: int = 25) -> None:  # type: ignore[no-untyped-def]
    """The top functions of one call of ``fn``, by own time and by cumulative time."""
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.runcall(fn)
    for order in ("tottime", "cumulative"):
        pstats.Stats(prof, stream=sys.stdout).strip_dirs().sort_stats(order).print_stats(top)


def stages(checker, real: list[tuple[str, str]], passes: int = 4, top: int = 6):  # type: ignore[no-untyped-def]
    """The share of the checks of ``real`` taken by each pass ``Checker.check`` calls
    (extraction, verdicts, the event matcher ...) and, for the ``top`` largest, by each function
    that pass calls and the function that one calls. Sampled on the process's CPU clock (``ITIMER_PROF``; the kernel's tick, a few
    milliseconds, sets the resolution, hence several passes): each sample is counted once, for the
    frame ``check`` called and the frame that one called, so nothing is counted twice, unlike
    cProfile's cumulative times; the sampler adds no cost to the calls it measures. Returns the
    samples by pass and by (pass, callee path)."""
    import collections
    import signal

    from critmin.claims import Checker

    code = Checker.check.__code__
    by_stage: collections.Counter[str] = collections.Counter()
    by_sub: collections.Counter[tuple[str, str]] = collections.Counter()

    def name(fr) -> str:  # type: ignore[no-untyped-def]
        return f"{Path(fr.f_code.co_filename).stem}.{fr.f_code.co_name}"

    def sample(_sig, frame) -> None:  # type: ignore[no-untyped-def]
        chain = []
        fr = frame
        while fr is not None and fr.f_code is not code:
            chain.append(fr)
            fr = fr.f_back
        if fr is None:
            by_stage["(outside check)"] += 1
        elif not chain:
            by_stage["check (own lines)"] += 1
        else:
            stage = name(chain[-1])
            by_stage[stage] += 1
            by_sub[(stage, " > ".join(map(name, chain[-2:-4:-1])) or "(own lines)")] += 1

    old = signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    t0 = time.process_time()
    try:
        for _ in range(passes):
            for t, d in real:
                checker.check(t, d)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, old)
    n = sum(by_stage.values()) or 1
    print(f"{passes} passes over {len(real)} real texts, {time.process_time() - t0:.1f} s of CPU, {n} samples")
    for stage, k in by_stage.most_common():
        print(f"{100 * k / n:5.1f} %  {stage}")
    for stage, _ in by_stage.most_common(top):
        subs = sorted(((k, sub) for (st, sub), k in by_sub.items() if st == stage), reverse=True)
        print(f"-- within {stage}:")
        for k, sub in subs[:10]:
            print(f"   {100 * k / n:5.1f} %  {sub}")
    return by_stage, by_sub


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="critmin-claims-bench-"))
    env = {**os.environ, "CRITMIN_HOME": str(home), "CRITMIN_USER_DIR": str(home / "user")}
    try:
        rng = random.Random(20250319)
        docs = [article(rng) for _ in range(200)]
        mean_chars = sum(map(len, docs)) / len(docs)
        art = home / "article.txt"
        art.write_text(docs[0], encoding="utf-8")
        critmin = str(Path(sys.executable).parent / "critmin")

        # start-up: build the store once (not part of the measure), then end-to-end first checks
        subprocess.run([sys.executable, "-c", "import critmin; critmin.open()"], check=True, env=env)
        base = best_of(5, lambda: subprocess.run([sys.executable, "-c", "pass"], check=True, env=env))
        first = best_of(5, lambda: subprocess.run([critmin, "check", str(art), "--date", "2025-06-01",
                                                   "--format", "json"], check=True, env=env,
                                                  stdout=subprocess.DEVNULL))

        os.environ.update(env)
        from critmin.claims import Checker

        checker = Checker.from_store()
        checker.check(docs[0], "2025-06-01")  # warm the compiled patterns
        n_claims = sum(len(checker.check(d, "2025-06-01").checks) for d in docs[:20]) / 20

        def all_checks() -> None:
            for d in docs:
                checker.check(d, "2025-06-01")

        if "--profile" in sys.argv[1:]:
            profile(all_checks)
            return
        if "--stages" in sys.argv[1:]:
            real = real_docs()
            for t, d in real:  # (a warm pass: the lazy patterns and the store's indices)
                checker.check(t, d)
            stages(checker, real)
            return

        def all_naive() -> None:
            for d in docs:
                naive_scan(d)

        # one core: the process's CPU time (the machine may be shared), and wall time
        t_check = best_of(3, all_checks, time.process_time)
        t_naive = best_of(3, all_naive, time.process_time)
        t_wall = best_of(3, all_checks)
        rate, naive_rate, wall_rate = len(docs) / t_check, len(docs) / t_naive, len(docs) / t_wall
        # real text: the benchmark's articles repeat a few sentences, real articles do not
        real = real_docs()
        real_chars = sum(len(t) for t, _ in real) / max(len(real), 1)
        t_real = best_of(2, lambda: [checker.check(t, d) for t, d in real], time.process_time)
        t_real_naive = best_of(2, lambda: [naive_scan(t) for t, _ in real], time.process_time)
        real_rate, real_naive = len(real) / t_real, len(real) / t_real_naive
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"{len(docs)} articles of {mean_chars:,.0f} characters, {n_claims:.1f} claims each; "
              f"one process; load average {load:.1f} on {os.cpu_count()} cores")
        print(f"{'case':52} {'value':>10} {'baseline':>10} {'ratio':>7} {'target':>8}  ok")
        print(f"{'articles/s, CPU time (naive regex scan baseline)':52} {rate:10.0f} {naive_rate:10.0f} "
              f"{rate / naive_rate:7.3f} {'>= 200':>8}  {'yes' if rate >= 200 else 'NO'}")
        print(f"{'articles/s, wall time':52} {wall_rate:10.0f} {'':>10} {'':>7} {'>= 200':>8}  "
              f"{'yes' if wall_rate >= 200 else 'NO'}")
        label = f"real text, {len(real)} x {real_chars:,.0f} chars, CPU (naive scan)"
        print(f"{label:52} {real_rate:10.0f} {real_naive:10.0f} "
              f"{real_rate / real_naive:7.3f} {'>= 200':>8}  {'yes' if real_rate >= 200 else 'NO'}")
        print(f"{'first check incl. start-up, s (python -c pass)':52} {first:10.3f} {base:10.3f} "
              f"{first / base:7.1f} {'< 2 s':>8}  {'yes' if first < 2 else 'NO'}")
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
