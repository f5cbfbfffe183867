"""The world-map shapes: TopoJSON decoding, projection, and the committed converted file."""

from __future__ import annotations

import pytest

from ree_desktop.data import geo


def test_committed_shapes_equal_a_fresh_conversion():
    committed = geo.shapes_path().read_text(encoding="utf-8")
    assert committed == geo.conversion_text(), \
        "resources/geo shapes are stale: run python -m ree_desktop.data.geo and commit"


@pytest.mark.parametrize(("iso3", "bbox"), [
    ("CHN", (73, 18, 135, 54)),
    ("USA", (-172, 18, -66, 72)),  # Alaska and Hawaii included
    ("AUS", (113, -44, 154, -10)),
    ("MMR", (92, 9, 102, 29)),
])
def test_key_countries_present_with_plausible_bounds(iso3, bbox):
    shapes = geo.load_shapes()["countries"]
    west, south, east, north = shapes[iso3]["bbox"]
    assert abs(west - bbox[0]) <= 1.5 and abs(south - bbox[1]) <= 1.5
    assert abs(east - bbox[2]) <= 1.5 and abs(north - bbox[3]) <= 1.5
    assert sum(len(ring) for ring in shapes[iso3]["rings"]) > 50


def test_every_producer_in_the_database_has_a_shape(store):
    producers = store.mine_production()["country_iso3"].dropna().unique()
    shapes = geo.load_shapes()["countries"]
    missing = [c for c in producers if c not in shapes and len(c) == 3
               and not store.countries().set_index("iso3").loc[c, "is_aggregate"]]
    assert missing == []


def test_antarctica_left_out_and_unnamed_features_kept():
    data = geo.load_shapes()
    assert "ATA" not in data["countries"]
    assert {e["name"] for e in data["unassigned"]} == {"N. Cyprus", "Somaliland", "Kosovo"}
    assert len(data["countries"]) > 165


def test_decode_delta_quantised_arcs_and_reversed_rings():
    topology = {
        "transform": {"scale": [1.0, 2.0], "translate": [10.0, 20.0]},
        "arcs": [[[0, 0], [1, 0], [0, 1]], [[1, 1], [-1, 0], [0, -1]]],
        "objects": {"countries": {"geometries": [
            {"type": "Polygon", "arcs": [[0, 1]], "id": "156"},
            {"type": "Polygon", "arcs": [[~0]], "id": "999"},
        ]}},
    }
    arcs = geo.decode_arcs(topology)
    assert arcs[0] == [(10.0, 20.0), (11.0, 20.0), (11.0, 22.0)]
    assert arcs[1] == [(11.0, 22.0), (10.0, 22.0), (10.0, 20.0)]
    ring = geo.ring_points([0, 1], arcs)
    assert ring[0] == ring[-1] and len(ring) == 5  # shared point not repeated
    assert geo.ring_points([~0], arcs) == arcs[0][::-1]
    converted = geo.convert(topology, {"156": "CHN"})
    assert list(converted["countries"]) == ["CHN"]
    assert converted["countries"]["CHN"]["bbox"] == [10.0, 20.0, 11.0, 22.0]
    assert len(converted["unassigned"]) == 1


def test_equal_earth_projection_known_points():
    assert geo.equal_earth(0, 0) == (0.0, 0.0)
    x, y = geo.equal_earth(180, 0)
    assert x == pytest.approx(2.7064, abs=1e-3) and y == 0.0
    _, north = geo.equal_earth(0, 90)
    assert north == pytest.approx(1.3173, abs=1e-3)
    assert geo.equal_earth(-30, -45) == pytest.approx(
        tuple(-v for v in geo.equal_earth(30, 45)))


def test_rings_crossing_the_antimeridian_are_cut():
    ring = [(170.0, 60.0), (179.0, 61.0), (-179.0, 62.0), (-170.0, 63.0), (-171.0, 65.0),
            (178.0, 64.0), (170.0, 60.0)]
    pieces = geo.split_antimeridian(ring)
    assert len(pieces) == 2
    for piece in pieces:
        lons = [p[0] for p in piece]
        assert max(lons) - min(lons) < 180 and piece[0] == piece[-1]
    assert geo.split_antimeridian(ring[:2] + [(171.0, 62.0), (170.0, 60.0)]) == \
        [ring[:2] + [(171.0, 62.0), (170.0, 60.0)]]


def test_no_shape_streaks_across_the_map():
    for iso3, entry in geo.load_shapes()["countries"].items():
        for ring in entry["rings"]:
            xs = [p[0] for p in ring]
            assert max(xs) - min(xs) < 2.7, iso3  # less than half the map's width
