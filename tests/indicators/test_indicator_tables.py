"""The indicator tables validate, have unique keys, and every row's source resolves."""

from __future__ import annotations

import pytest

from critmin.dataset import read_table

TABLES = {
    "eu_crm_2023": ("material", "stage"),
    "eu_crm_2023_trade": ("material", "stage", "scope", "country"),
    "blocs": ("grouping", "bloc", "country"),
    "import_sources": ("buyer", "commodity", "product", "period", "partner", "edition"),
}


@pytest.mark.parametrize(("table", "key"), TABLES.items())
def test_table_keys_unique_and_sources_resolve(table: str, key: tuple[str, ...]) -> None:
    df = read_table(table)
    assert not df.duplicated(subset=list(key)).any()
    known = set(read_table("sources")["source_id"])
    assert set(df["source_id"]) <= known


@pytest.mark.parametrize(("table", "col", "ref"), [
    ("eu_crm_2023", "commodity", ("commodities", "slug")),
    ("eu_crm_2023_trade", "country", ("countries", "iso3")),
    ("blocs", "country", ("countries", "iso3")),
    ("import_sources", "partner", ("countries", "iso3")),
])
def test_references_resolve(table: str, col: str, ref: tuple[str, str]) -> None:
    values = set(read_table(table)[col].dropna())
    assert values <= set(read_table(ref[0])[ref[1]])


def test_eu_fractions_are_fractions() -> None:
    eu = read_table("eu_crm_2023")
    for col in ("import_reliance", "eol_rir", "si_sr", "si_ei"):
        assert eu[col].dropna().between(0, 1).all(), col


def test_import_source_shares_sum_to_one_per_set() -> None:
    imp = read_table("import_sources")
    sums = imp.groupby(["buyer", "commodity", "product", "period", "edition"])["share"].sum()
    assert sums.between(0.99, 1.01).all()


def test_our_sources_use_our_prefixes() -> None:
    ids = set(read_table("sources")["source_id"])
    ours = {s for s in ids if s.startswith(("eu_", "ind_"))}
    used = set()
    for t in ("eu_crm_2023", "eu_crm_2023_trade", "blocs", "import_sources"):
        used |= set(read_table(t)["source_id"])
    assert used <= ours
