"""The checker's output does not depend on the interpreter's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys

# Two editions without a publication date ("USGS MCS compiled", "BGS WMS (atlas)") tie on
# every other ordering key; their order used to follow the hash seed of the process.
SCRIPT = """
import json
from critmin.claims import Checker
r = Checker.from_store().check("China mined 41,000 tons of antimony in 2023.", "2024-12-02")
print(json.dumps([[e.edition for e in c.verdict.evidence] for c in r.checks]))
"""


def test_evidence_order_is_the_same_under_different_hash_seeds(tmp_path) -> None:
    outs = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "CRITMIN_HOME": str(tmp_path)}
        done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True,
                              check=True)
        outs.add(done.stdout)
    assert len(outs) == 1, outs
    assert "BGS WMS (atlas)" in next(iter(outs))
