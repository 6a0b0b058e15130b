"""Generate ``docs/parameters.md`` from ``src/critmin/data/scenario_parameters.csv``.

Usage::

    python scripts/gen_parameter_docs.py          # rewrite docs/parameters.md
    python scripts/gen_parameter_docs.py --check  # exit 1 if the page is stale
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "critmin" / "data"
OUT = ROOT / "docs" / "parameters.md"

HEAD = """# Scenario parameters

Every number the scenario engine uses that is not read from the dataset's observations, with its
value, range, kind and source. Generated from `src/critmin/data/scenario_parameters.csv` by
`scripts/gen_parameter_docs.py` (a test fails when this page is stale). Scenario files may
override any of them (`[parameters]`, key `name` or `name:commodity:product`).

Kinds: **sourced** (from the publication named), **assumption** (a modelling choice; the reasoning
is in the note and in [methods/scenarios.md](methods/scenarios.md)), **calibrated** (fitted on the
2010-11 rare-earth quota episode, see the methods page), **stoichiometry**.
A range with `triangular` is sampled with the value as mode; without a range the value is fixed.

| parameter | commodity | market | value | range | unit | kind | source | where / reasoning |
|---|---|---|---|---|---|---|---|---|
"""


def _distribution_section(lines: list[str]) -> set[str]:
    """Element distributions of the deposit types (read from site_ree_distribution.csv)."""
    sys.path.insert(0, str(ROOT / "src"))
    from critmin.scenarios.baseline import DEPOSIT_SITES

    with (DATA / "site_ree_distribution.csv").open(encoding="utf-8", newline="") as fh:
        dist = list(csv.DictReader(fh))
    oxides = ["La2O3", "Ce2O3", "Pr6O11", "Nd2O3", "Sm2O3", "Eu2O3", "Gd2O3", "Tb4O7", "Dy2O3", "Y2O3"]
    lines.append("## Element distributions of the deposit types")
    lines.append("")
    lines.append("Co-product ratios of separated oxides are not parameters: the engine reads the published,")
    lines.append("sourced distribution (oxide percent of TREO) of one site of `site_ree_distribution.csv` per")
    lines.append("deposit type (`DEPOSIT_SITES` in `critmin.scenarios.baseline`), normalised by its total; any")
    lines.append("other site id of that table may be named as a `deposit_type`. A scenario may override one")
    lines.append("element with a `mix:<deposit>:<element>` parameter (percent).")
    lines.append("")
    lines.append("| deposit type | site | " + " | ".join(oxides) + " | total (15 oxides) | source |")
    lines.append("|---|---|" + "---|" * (len(oxides) + 2))
    cited: set[str] = set()
    for dep, site in DEPOSIT_SITES.items():
        rows = {r["oxide"]: r for r in dist if r["site_id"] == site}
        srcs = sorted({r["source_id"] for r in rows.values()})
        cited |= set(srcs)
        total = sum(float(r["pct_of_treo"]) for r in rows.values())
        cells = [rows[o]["pct_of_treo"] if o in rows else "" for o in oxides]
        lines.append(f"| {dep} | {site} | " + " | ".join(cells) + f" | {total:.2f} | " + ", ".join(f"`{x}`" for x in srcs) + " |")
    lines.append("")
    return cited


def _fmt_dist(v: dict) -> str:
    if v["dist"] == "triangular":
        return f"{v['low']:g} .. {v['high']:g}, mode {v['mode']:g} (triangular)"
    if v["dist"] == "uniform":
        return f"{v['low']:g} .. {v['high']:g} (uniform)"
    return f"{v['dist']} mean {v.get('mean')} sd {v.get('sd')}"


def _src(v: dict) -> str:
    return str(v.get("source") or "assumption (the file states no source)").replace("|", "/")


def _scenario_section(lines: list[str]) -> set[str]:
    """Numbers written in the bundled scenario files: reference exports and every uncertain input."""
    import tomllib

    lib = ROOT / "src" / "critmin" / "scenarios" / "library"
    cited: set[str] = set()
    lines.append("## Inputs written in the bundled scenario files")
    lines.append("")
    lines.append("Reference exports (`[reference_exports]`, they replace the assumed consumption split of a market)")
    lines.append("and every uncertain number of `library/*.toml`, with the source or the assumption the file states.")
    lines.append("Fixed numbers of policies (quotas, capacities, dates) carry the policy's `source`.")
    lines.append("")
    lines.append("| scenario | input | value | source or assumption |")
    lines.append("|---|---|---|---|")
    for path in sorted(lib.glob("*.toml")):
        sc = tomllib.loads(path.read_text(encoding="utf-8"))
        srcs = ", ".join(f"`{x['id']}`" for x in sc.get("sources", []))
        cited |= {x["id"] for x in sc.get("sources", [])}
        for key, val in sc.get("reference_exports", {}).items():
            lines.append(f"| {sc['name']} | reference exports {key} | {val:g} | {srcs} |")
        for key, val in sc.get("parameters", {}).items():
            if isinstance(val, dict):
                lines.append(f"| {sc['name']} | [parameters] {key} | {_fmt_dist(val)} | {_src(val)} |")
        for i, pol in enumerate(sc.get("policies", [])):
            for key, val in pol.items():
                if isinstance(val, dict) and "dist" in val:
                    who = pol.get("name") or pol["kind"]
                    lines.append(f"| {sc['name']} | policy {i + 1} ({who}) {key} | {_fmt_dist(val)} | {_src(val)} |")
    lines.append("")
    return cited


def render() -> str:
    with (DATA / "scenario_parameters.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with (DATA / "sources.csv").open(encoding="utf-8", newline="") as fh:
        titles = {r["source_id"]: f"{r['publisher']}, {r['title']}" for r in csv.DictReader(fh)}
    lines = [HEAD.rstrip("\n")]
    for r in rows:
        rng = f"{r['low']} .. {r['high']} ({r['dist']})" if r["low"] else ""
        where = r["locator"] + (f"; {r['note']}" if r["note"] else "")
        src = f"`{r['source_id']}`"
        lines.append(f"| {r['parameter']} | {r['commodity']} | {r['product']} | {r['value']} | {rng} | {r['unit']} | {r['kind']} | {src} | {where.replace('|', '/')} |")
    lines.append("")
    cited = {r["source_id"] for r in rows} | _distribution_section(lines) | _scenario_section(lines)
    lines.append("## Sources cited above")
    lines.append("")
    for sid in sorted(cited):
        lines.append(f"- `{sid}`: {titles.get(sid, '(missing from sources.csv)')}")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text = render()
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print("docs/parameters.md is stale: run python scripts/gen_parameter_docs.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
