"""The actors-relations-events graph: neighbours, sites, GraphML and JSON round trips."""

from __future__ import annotations

import pandas as pd
import pytest

from critmin.errors import DataError, UnknownEntityError
from critmin.graph import build_graph, export_graph, load_graph, neighbours


@pytest.fixture(scope="module")
def g(tl):
    return build_graph(tl)


def test_rdif_is_a_russian_state_fund_linked_to_its_offer(g, tl):
    rows = neighbours("RDIF", graph=g, timeline=tl)
    pairs = {(r["relation"], r["neighbour"]) for r in rows}
    assert ("part_of", "RUS") in pairs
    assert ("party_to", "event:rus-us-2025-03-30-rdif-talks") in pairs


def test_relation_filter_and_depth(g, tl):
    susp = neighbours("cn-2025-11-07-no70-suspension", relation="suspends", graph=g, timeline=tl)
    assert {r["neighbour"] for r in susp} == {f"event:cn-2025-10-09-no{n}" for n in (
        "55-superhard", "56-re-equipment", "57-five-ree", "58-battery-graphite-anode",
        "61-extraterritorial-re", "62-re-technology")}
    one = {r["neighbour"] for r in neighbours("mp_materials", graph=g, timeline=tl)}
    two = {r["neighbour"] for r in neighbours("mp_materials", depth=2, graph=g, timeline=tl)}
    assert "us_dod" in one and one < two
    with pytest.raises(UnknownEntityError):
        neighbours("mp_materials", relation="marries", graph=g, timeline=tl)
    with pytest.raises(UnknownEntityError):
        neighbours("nobody-at-all", graph=g, timeline=tl)
    with pytest.raises(DataError):
        neighbours("mp_materials", depth=0, graph=g, timeline=tl)


def test_events_link_to_imposing_and_targeted_actors(g):
    e = "event:cn-2024-12-03-us-ga-ge-sb-ban"
    assert g.has_edge(e, "mofcom", key="imposed_by") and g.has_edge(e, "USA", key="targets")


def test_ownership_shares_from_relations(g):
    # SASAC 31.2% of China Rare Earth Group (S&P Global, 23 Dec 2021)
    assert g.edges["sasac", "china_rare_earth_group", "owns"]["share"] == pytest.approx(0.312)


@pytest.mark.parametrize("suffix", [".graphml", ".json"])
def test_round_trip(g, tmp_path, suffix):
    path = export_graph(tmp_path / f"g{suffix}", g)
    back = load_graph(path)
    assert set(back.nodes) == set(g.nodes)
    assert sorted(back.edges(keys=True)) == sorted(g.edges(keys=True))
    assert back.nodes["rdif"]["kind"] == "state_fund"
    assert back.edges["rdif", "RUS", "part_of"]["source_id"] == "ev_belta_2025_03_30_rdif"


def test_export_refuses_other_formats(g, tmp_path):
    with pytest.raises(DataError, match=r"\.graphml or \.json"):
        export_graph(tmp_path / "g.csv", g)
    assert not (tmp_path / "g.csv").exists()


class FakeStore:
    """A store holding the two site tables the sites registry provides."""

    def __init__(self, tables: dict[str, pd.DataFrame]):
        self._t = tables

    def tables(self) -> list[str]:
        return list(self._t)

    def table(self, name: str) -> pd.DataFrame:
        return self._t[name]


def test_sites_tables_add_owns_and_located_in_edges(tl):
    sites = pd.DataFrame([{"site_id": "mountain_pass", "name": "Mountain Pass", "country": "USA",
                           "operator_id": "mp_materials", "source_id": "ev_metaltech_2025_07_dod_mp"}])
    owners = pd.DataFrame([{"site_id": "mountain_pass", "owner": "MP Materials", "owner_id": "mp_materials",
                            "share": 1.0, "as_of": "2025", "source_id": "ev_metaltech_2025_07_dod_mp"}])
    g = build_graph(tl, store=FakeStore({"sites": sites, "site_owners": owners}))
    assert g.has_edge("mp_materials", "site:mountain_pass", key="owns")
    assert g.has_edge("mp_materials", "site:mountain_pass", key="operates")
    assert g.has_edge("site:mountain_pass", "USA", key="located_in")
    without = build_graph(tl, store=FakeStore({"sites": sites}))
    assert "site:mountain_pass" not in without
