"""Convert Natural Earth 1:110m countries (TopoJSON from the world-atlas npm package,
version 2.0.2: `npm pack world-atlas@2.0.2`) into the small GeoJSON the dashboard and the
briefings draw: features keyed by ISO3 (resolved from the country name with critmin's
gazetteer), coordinates rounded to 0.1 degree, Antarctica dropped.

    python scripts/make_world_geo.py path/to/countries-110m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from topo_arcs import decode_arcs

from critmin.names import gazetteer

OUT = Path(__file__).resolve().parents[1] / "src/critmin/web/static/geo/countries-110m.geojson"
# Natural Earth short names the gazetteer does not know
FIX = {
    "Dem. Rep. Congo": "COD", "Central African Rep.": "CAF", "S. Sudan": "SSD", "Bosnia and Herz.": "BIH",
    "W. Sahara": "ESH", "Dominican Rep.": "DOM", "Eq. Guinea": "GNQ", "Falkland Is.": "FLK",
    "Fr. S. Antarctic Lands": "ATF", "Solomon Is.": "SLB", "N. Cyprus": None, "Somaliland": None,
    "Kosovo": "XKX", "Côte d'Ivoire": "CIV", "eSwatini": "SWZ", "Macedonia": "MKD", "Timor-Leste": "TLS",
    "Antarctica": None,
}


def decode(topo: dict) -> list[dict]:
    arcs = decode_arcs(topo, lambda v: round(v, 1))

    def ring(idx: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in idx:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    feats = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g.get("type") == "Polygon":
            polys = [g["arcs"]]
        elif g.get("type") == "MultiPolygon":
            polys = g["arcs"]
        else:
            continue
        feats.append((g["properties"]["name"], [[ring(r) for r in p] for p in polys]))
    return feats


def main(src: str) -> None:
    topo = json.loads(Path(src).read_text())
    gaz = gazetteer()
    features = []
    for name, polys in decode(topo):
        iso = FIX.get(name, "?")
        if iso == "?":
            try:
                iso = gaz.country(name)
            except Exception:
                print("unresolved:", name, file=sys.stderr)
                continue
        if iso is None:
            continue
        coords = [[[list(p) for p in r] for r in poly] for poly in polys]
        features.append({"type": "Feature", "id": iso, "properties": {"name": name},
                         "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    fc = {"type": "FeatureCollection",
          "attribution": "Made with Natural Earth (public domain), 1:110m Admin 0 countries v4.1.0, "
                         "via the world-atlas 2.0.2 TopoJSON; see NATURALEARTH.md",
          "features": features}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(fc, separators=(",", ":")))
    print(f"{len(features)} countries -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
