"""Dump every result of the claim checker on a fixed corpus, to show a speed-up changes nothing.

    .venv/bin/python benchmarks/claims_identity.py dump OUT.json [--reverse]
    .venv/bin/python benchmarks/claims_identity.py compare A.json B.json

The corpus: every labelled evaluation article joined as ``claims_eval/run.py`` joins it (with its
date of publication), the same articles run together into texts of about 5,000 characters, and
the articles of ``claims_speed.py`` (on two dates). For each text the dump holds the whole
``CheckResult.to_dict()``: claims, spans, verdicts, evidence, explanations, contradictions.
``--reverse`` checks the texts in the opposite order (a cache must not make one article's result
depend on the one before). ``compare`` prints only the names of the texts that differ and, for
the articles one may read (``run.readable``), the first differing claim; never the text of an
article one may not read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "claims_eval"))


def corpus() -> list[tuple[str, str, str, bool]]:
    """(name, text, date, readable) of every text of the dump, in a fixed order."""
    import random

    import claims_speed
    import run  # benchmarks/claims_eval/run.py

    out: list[tuple[str, str, str, bool]] = []
    arts = sorted(run.load(run.HERE), key=lambda a: run._id_key(a.article_id))
    for a in arts:
        out.append((a.article_id, a.text(), a.published, run.readable(a.article_id)))
    chunk: list[Any] = []
    size = 0
    for a in arts:
        chunk.append(a)
        size += len(a.text()) + 2
        if size >= 5000 or a is arts[-1]:
            name = f"joined:{chunk[0].article_id}-{chunk[-1].article_id}"
            text = "\n\n".join(x.text() for x in chunk)
            out.append((name, text, chunk[0].published, all(run.readable(x.article_id) for x in chunk)))
            chunk, size = [], 0
    rng = random.Random(20250319)  # the speed benchmark's own articles
    docs = [claims_speed.article(rng) for _ in range(200)]
    for i, d in enumerate(docs):
        out.append((f"speed:{i}", d, "2025-06-01", True))
    for i, d in enumerate(docs[:40]):
        out.append((f"speed-2023:{i}", d, "2023-03-01", True))
    return out


def dump(path: Path, reverse: bool = False) -> None:
    from critmin.claims import Checker

    checker = Checker.from_store()
    texts = corpus()
    order = list(reversed(texts)) if reverse else texts
    results: dict[str, Any] = {}
    for name, text, date, _ in order:
        results[name] = checker.check(text, dt.date.fromisoformat(date)).to_dict(include_text=True)
    out = {name: results[name] for name, *_ in texts}
    blob = json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True, default=str)
    path.write_text(blob, encoding="utf-8")
    n = sum(len(r["claims"]) for r in out.values())
    print(f"{len(out)} texts, {n} claims; sha256 {hashlib.sha256(blob.encode()).hexdigest()[:16]} -> {path}")


def compare(a: Path, b: Path) -> int:
    import run

    if a.read_bytes() == b.read_bytes():
        print("identical (byte for byte)")
        return 0
    da, db = json.loads(a.read_text(encoding="utf-8")), json.loads(b.read_text(encoding="utf-8"))
    bad = [k for k in da if da[k] != db.get(k)] + [k for k in db if k not in da]
    print(f"{len(bad)} of {len(da)} texts differ")
    for k in bad[:20]:
        ids = [x for x in k.replace("joined:", "").split("-") if x.startswith("A")]
        if ids and not all(run.readable(x) for x in ids):
            print(f"  {k}: (not readable; content not shown)")
            continue
        ra, rb = da.get(k, {}), db.get(k, {})
        ca, cb = ra.get("claims", []), rb.get("claims", [])
        print(f"  {k}: {len(ca)} vs {len(cb)} claims")
        for x, y in zip(ca, cb, strict=False):
            if x != y:
                for key in sorted(set(x) | set(y)):
                    if x.get(key) != y.get(key):
                        print(f"    {key}: {str(x.get(key))[:300]!r}\n    {'':{len(key)}}  {str(y.get(key))[:300]!r}")
                break
        for key in ("contradictions", "message", "current_editions"):
            if ra.get(key) != rb.get(key):
                print(f"    {key} differs")
    return 1


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "dump":
        dump(Path(argv[1]), "--reverse" in argv[2:])
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
