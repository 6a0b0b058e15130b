"""Decode the quantised arcs of a TopoJSON topology (shared by the geometry scripts)."""

from __future__ import annotations

from collections.abc import Callable


def decode_arcs(topo: dict, rnd: Callable[[float], float]) -> list[list[tuple[float, float]]]:
    """Every arc as absolute (lon, lat) points, each coordinate passed through ``rnd``."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((rnd(x * sx + tx), rnd(y * sy + ty)))
        arcs.append(pts)
    return arcs
