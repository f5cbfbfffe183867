"""World map shapes: Natural Earth 1:110m countries from the world-atlas 2.0.2 TopoJSON.

The TopoJSON (``resources/geo/countries-110m.json``, keyed by ISO 3166 numeric codes) is
converted once, at build time, into a small JSON file of projected polygons keyed by ISO3
(``resources/geo/countries-110m-iso3.json``): the app then draws the map without decoding
topology at start-up and without any network. Run ``python -m ree_desktop.data.geo`` after
changing the source or this module; a test checks the committed file equals a fresh
conversion.

The projection is Equal Earth (Šavrič, Patterson & Jenny 2018): equal-area, so a large
country does not look larger than it is, unlike plate carrée. Antarctica is left out (no
rare-earth data, and it would take a fifth of the map's height).
"""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

from ree_desktop.paths import bundled_db_path, resources_dir

SOURCE_NAME = "countries-110m.json"
OUTPUT_NAME = "countries-110m-iso3.json"
LEFT_OUT = frozenset({"ATA"})
DECIMALS = 4

# Equal Earth polynomial coefficients.
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3.0) / 2.0


def source_path() -> Path:
    return resources_dir() / "geo" / SOURCE_NAME


def shapes_path() -> Path:
    return resources_dir() / "geo" / OUTPUT_NAME


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Equal Earth projection of degrees → plane units (x in about ±2.7, y in ±1.3)."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (2.0 * math.sqrt(3.0) * lam * math.cos(theta)
         / (3.0 * (9.0 * _A4 * t6 * t2 + 7.0 * _A3 * t6 + 3.0 * _A2 * t2 + _A1)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (TopoJSON arcs are quantised and delta-coded)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x, y = x + dx, y + dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(float(p[0]), float(p[1])) for p in arc]
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs: list[list[tuple[float, float]]]) -> list:
    """One closed ring from arc indices (a negative index ~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def split_antimeridian(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """Cut a ring that jumps across ±180° into one ring per side (Russia, Fiji).

    world-atlas keeps such rings whole (d3 clips them when drawing); drawn flat they would
    streak across the map. Each crossing gets a point on the edge at the mean latitude.
    """
    jumps = [i for i in range(1, len(ring)) if abs(ring[i][0] - ring[i - 1][0]) > 180]
    if not jumps:
        return [ring]
    start = jumps[0]
    rotated = ring[start:] + ring[1:start] + [ring[start]]
    pieces: list[list[tuple[float, float]]] = [[]]
    previous = None
    for point in rotated:
        if previous is not None and abs(point[0] - previous[0]) > 180:
            lat = (point[1] + previous[1]) / 2
            pieces[-1].append((math.copysign(180.0, previous[0]), lat))
            pieces.append([(math.copysign(180.0, point[0]), lat)])
        pieces[-1].append(point)
        previous = point
    sides: dict[bool, list[tuple[float, float]]] = {}
    for piece in pieces:
        inner = [p for p in piece if abs(p[0]) < 180]
        if not inner:
            continue
        sides.setdefault(inner[0][0] > 0, []).extend(piece)
    return [side + side[:1] for side in sides.values() if len(side) >= 3]


def iso_numeric_map(db_path: Path | None = None) -> dict[str, str]:
    """ISO numeric → ISO3 from the bundled ``countries`` table."""
    uri = f"file:{Path(db_path or bundled_db_path()).as_posix()}?mode=ro&immutable=1"
    conn = sqlite3.connect(uri, uri=True)
    try:
        rows = conn.execute("SELECT iso_numeric, iso3 FROM countries "
                            "WHERE iso_numeric IS NOT NULL AND is_aggregate = 0").fetchall()
    finally:
        conn.close()
    return {str(numeric).zfill(3): iso3 for numeric, iso3 in rows}


def _project_ring(points: list[tuple[float, float]]) -> list[list[float]]:
    projected = []
    for lon, lat in points:
        x, y = equal_earth(lon, lat)
        pair = [round(x, DECIMALS), round(y, DECIMALS)]
        if not projected or projected[-1] != pair:
            projected.append(pair)
    return projected


def convert(topology: dict, numeric_to_iso3: dict[str, str]) -> dict:
    """TopoJSON topology → {"countries": {ISO3: {name, bbox, rings}}, "unassigned": [...]}.

    ``bbox`` is (min lon, min lat, max lon, max lat) in degrees; ``rings`` are projected
    (outer rings and holes alike; they are drawn with the odd-even fill rule). Features
    without an ISO code (N. Cyprus, Somaliland, Kosovo) go to ``unassigned`` so the map has
    no holes, but they can never carry data.
    """
    arcs = decode_arcs(topology)
    countries: dict[str, dict] = {}
    unassigned: list[dict] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = [piece for polygon in polygons for ring in polygon
                 for piece in split_antimeridian(ring_points(ring, arcs))]
        lons = [p[0] for ring in rings for p in ring]
        lats = [p[1] for ring in rings for p in ring]
        entry = {
            "name": geometry.get("properties", {}).get("name", ""),
            "bbox": [round(min(lons), 2), round(min(lats), 2),
                     round(max(lons), 2), round(max(lats), 2)],
            "rings": [_project_ring(ring) for ring in rings],
        }
        iso3 = numeric_to_iso3.get(str(geometry.get("id") or "").zfill(3))
        if iso3 in LEFT_OUT:
            continue
        if iso3 is None:
            unassigned.append(entry)
        elif iso3 in countries:  # never in 2.0.2, but merge rather than lose a shape
            countries[iso3]["rings"] += entry["rings"]
        else:
            countries[iso3] = entry
    return {
        "source": "Natural Earth 1:110m admin-0 countries (public domain) via world-atlas "
                  "2.0.2 countries-110m.json (ISC licence, see LICENSE-world-atlas)",
        "projection": "Equal Earth, plane units; y grows northwards",
        "countries": dict(sorted(countries.items())),
        "unassigned": sorted(unassigned, key=lambda e: e["name"]),
    }


def conversion_text(source: Path | None = None, db_path: Path | None = None) -> str:
    """The converted file's exact text (deterministic: sorted keys, fixed rounding)."""
    topology = json.loads(Path(source or source_path()).read_text(encoding="utf-8"))
    shapes = convert(topology, iso_numeric_map(db_path))
    return json.dumps(shapes, separators=(",", ":"), sort_keys=True, ensure_ascii=False) + "\n"


def write_shapes(out: Path | None = None) -> Path:
    out = Path(out or shapes_path())
    out.write_text(conversion_text(), encoding="utf-8")
    return out


def load_shapes(path: Path | None = None) -> dict:
    """The converted shapes, as written by ``write_shapes``."""
    return json.loads(Path(path or shapes_path()).read_text(encoding="utf-8"))


if __name__ == "__main__":
    print(f"wrote {write_shapes()}")
