"""``benchmarks/claims_speed.py --stages``: the sampled share of each top-level pass of a check
(twenty-second session, docs/claims.md "## Speed")."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

from critmin.claims import Checker


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "claims_speed.py"
    spec = importlib.util.spec_from_file_location("claims_speed_stages", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_stages_counts_each_sample_once_under_a_pass_of_check(checker: Checker, capsys) -> None:  # type: ignore[no-untyped-def]
    bench = _bench()
    rng = random.Random(7)
    texts = [(bench.article(rng), "2025-06-01") for _ in range(4)]
    by_stage, by_sub = bench.stages(checker, texts, passes=3)
    out = capsys.readouterr().out
    n = sum(by_stage.values())
    assert n > 0 and f"{n} samples" in out
    # every sample under a pass is counted once for that pass and once for one path within it
    for stage, k in by_stage.items():
        if stage.startswith(("(", "check ")):
            continue
        assert sum(v for (st, _), v in by_sub.items() if st == stage) == k
    assert all(st in by_stage for st, _ in by_sub)
    # extraction is a large part of every check: it is named, as module.function
    assert by_stage["extract.extract_claims"] > 0
    shares = [float(line.split("%")[0]) for line in out.splitlines()[1:] if line.lstrip()[:1].isdigit()
              and "  " in line and not line.startswith("   ")]
    assert abs(sum(shares) - 100.0) <= 0.05 * len(shares) + 0.1
