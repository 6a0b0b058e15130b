"""Cross-check MCS 2025 country-table rows of observations.csv against the chapter texts.

For every MCS 2025 country row transcribed from a chapter (production, reserves,
capacity), the figures of that row, in the table's column order, must appear in the
same order among the numbers printed on the country's lines of the chapter text
(``/work/shared/data/raw/usgs_mcs2025_text/mcs2025-<chapter>.txt``). Footnote markers
printed between the figures are skipped; a marker glued to a figure ("4750,000") is
split off when the digit grouping shows it. A dash is zero, ``NA`` not available.

A maintainer's tool, not a test (the chapter texts are not part of the package).
Prints one line per disagreement and exits 1 if there is any.

Usage::

    python scripts/check_raw_mcs2025.py [--raw /work/shared/data/raw/usgs_mcs2025_text]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OBS = ROOT / "src" / "critmin" / "data" / "observations.csv"

CHAPTER = {
    "usgs_mcs2025_ree": "rare-earths", "usgs_mcs2025_antimony": "antimony", "usgs_mcs2025_cobalt": "cobalt",
    "usgs_mcs2025_gallium": "gallium", "usgs_mcs2025_graphite": "graphite", "usgs_mcs2025_lithium": "lithium",
    "usgs_mcs2025_nickel": "nickel", "usgs_mcs2025_pgm": "platinum-group", "usgs_mcs2025_tungsten": "tungsten",
}
# column order of the country tables: (commodity or '*', measure, year)
ORDER = {
    "platinum-group": [("palladium", "mine_production", 2023), ("palladium", "mine_production", 2024),
                       ("platinum", "mine_production", 2023), ("platinum", "mine_production", 2024),
                       ("platinum_group_metals", "reserves", 2024)],
    "gallium": [("*", "production", 2023), ("*", "production", 2024), ("*", "capacity", 2024)],
}
DEFAULT_ORDER = [("*", "mine_production", 2023), ("*", "mine_production", 2024), ("*", "reserves", 2024)]
TOKEN = re.compile(r">?\d[\d,]*(?:\.\d+)?|—|\bNA\b|\bW\b|\(\d+\)")
GROUPED = re.compile(r"^\d{1,3}(,\d{3})+$")


def token_values(token: str) -> list[str]:
    """Readings of one printed token: itself, and without a glued footnote marker."""
    token = token.lstrip(">")
    out = [token]
    if "," in token and not GROUPED.match(token):
        for cut in (1, 2):
            if GROUPED.match(token[cut:]):
                out.append(token[cut:])
    return out


def expected_token(row: dict[str, str]) -> str:
    if "included in the world total" in row["note"]:
        return "(5)"
    if row["qualifier"] in ("NA", "W"):
        return row["qualifier"]
    value = float(row["value"])
    if value == 0:
        return "0"
    return f"{int(value):,}" if value.is_integer() else str(value)


def matches(expected: str, token: str) -> bool:
    if expected == "0":
        return token in ("—", "0")
    if expected == "(5)":
        return token.startswith("(")
    return expected in token_values(token)


def table_lines(text: str) -> list[str]:
    start = re.search(r"World (Mine Production and Reserves|Low-Purity Production)", text)
    end = re.search(r"World Resources", text[start.start():]) if start else None
    if not start or not end:
        raise ValueError("no world table found")
    lines = text[start.start(): start.start() + end.start()].splitlines()
    header = next(i for i, line in enumerate(lines) if re.match(r"^\s+20\d\d\s+20\d\d", line))
    return lines[header + 1:]


def check(raw: Path, obs: Path = OBS) -> tuple[list[str], int]:
    with obs.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh)
                if r["source_id"] in CHAPTER and r["locator"].startswith(("World", "p. 145, World"))]
    by_chapter: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        label = r["locator"].split("row '", 1)[1].rstrip("'")
        by_chapter[CHAPTER[r["source_id"]]][label].append(r)
    problems = []
    for chapter, labels in sorted(by_chapter.items()):
        lines = table_lines((raw / f"mcs2025-{chapter}.txt").read_text(encoding="utf-8"))
        starts = {}
        for label in labels:
            for i, line in enumerate(lines):
                if line.strip().startswith(label) and i not in starts.values():
                    starts[label] = i
                    break
            else:
                problems.append(f"{chapter}: row label {label!r} not found in the chapter text")
        bounds = sorted(starts.values()) + [len(lines)]
        for label, i in starts.items():
            j = min(b for b in bounds if b > i)
            region = " ".join(lines[i:j])[len(label) + (len(lines[i]) - len(lines[i].lstrip())):]
            tokens = TOKEN.findall(region)
            order = ORDER.get(chapter, DEFAULT_ORDER)
            wanted = []
            for commodity, measure, year in order:
                for r in labels[label]:
                    if r["measure"] == measure and int(r["year"]) == year and commodity in ("*", r["commodity"]) \
                            and r["product"] in ("", "low_purity_primary"):
                        wanted.append((expected_token(r), r))
            pos = 0
            for exp, r in wanted:
                while pos < len(tokens) and not matches(exp, tokens[pos]):
                    pos += 1
                if pos == len(tokens):
                    problems.append(
                        f"{chapter} {label!r} {r['commodity']} {r['measure']} {r['year']}: "
                        f"{exp} not found in order among {tokens}"
                    )
                    break
                pos += 1
    return problems, len(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw", type=Path, default=Path("/work/shared/data/raw/usgs_mcs2025_text"))
    ap.add_argument("--obs", type=Path, default=OBS)
    args = ap.parse_args(argv)
    problems, n = check(args.raw, args.obs)
    for p in problems:
        print(p)
    print(f"{n} rows checked, {len(problems)} disagreement(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
