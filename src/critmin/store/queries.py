"""SQL for observation queries: filters, the latest-edition rule, history and rank.

Kept apart from the connection so the rules can be read (and tested) as SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["ObservationQuery"]

# Group of rows that one edition answers for as a whole (a country table).
_TABLE_KEY = (
    "commodity || '|' || coalesce(product, '') || '|' || measure || '|' || stage || '|' || "
    "CAST(year AS VARCHAR) || '|' || coalesce(basis, '') || '|' || layer"
)
# The series of lowest precedence number answers first (a compilation only fills gaps);
# inside it the newest publication; then the label. max() of this key wins.
_SORT_KEY = (
    "CAST(9 - coalesce(precedence, 5) AS VARCHAR) || '|' || coalesce(published, '0000') || '|' || edition"
)
# Measures that are stocks restated by every edition (history compares editions, not years).
STOCK_MEASURES = frozenset({"reserves", "resources"})
# Measures whose rows are always about a product (a price is of an oxide, a grade...).
PRODUCT_MEASURES = frozenset({"price", "import_source_share"})
ORDER = "year DESC, CASE WHEN country = 'WLD' THEN 1 ELSE 0 END, value DESC NULLS LAST, country"


@dataclass(frozen=True)
class ObservationQuery:
    """A resolved observation query; :meth:`sql` turns it into SQL and parameters."""

    commodity: str | None = None
    measure: str | None = None
    country: str | None = None
    year: int | None = None
    stage: str | None = None
    product: str | None = None
    edition: str | None = None
    as_of: str | None = None
    latest: bool = True

    def where(self, *, with_country: bool = True) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for col in ("commodity", "measure", "stage", "edition"):
            val = getattr(self, col)
            if val is not None:
                clauses.append(f"{col} = ?")
                params.append(val)
        if with_country and self.country is not None:
            clauses.append("country = ?")
            params.append(self.country)
        if self.year is not None:
            clauses.append("year = ?")
            params.append(int(self.year))
        if self.product == "*" or (self.product is None and self.measure in PRODUCT_MEASURES):
            pass  # every product
        elif self.product is None:
            clauses.append("product IS NULL")  # the commodity as a whole
        else:
            clauses.append("coalesce(product, '') = ?")
            params.append(self.product)
        if self.as_of is not None:
            # editions published after the date did not exist yet; undated user rows too
            clauses.append("published IS NOT NULL AND published <= ?")
            params.append(self.as_of)
        return (" AND ".join(clauses) or "true"), params

    def sql(self) -> tuple[str, list[Any]]:
        where, params = self.where()
        base = f"SELECT * FROM obs_all WHERE {where}"
        if not self.latest:
            return f"{base} ORDER BY {ORDER}, published", params
        key = _TABLE_KEY + (" || '|' || country" if self.country else "")
        sql = (
            f"SELECT * EXCLUDE (_gk, _sk) FROM ("
            f"SELECT *, {key} AS _gk, {_SORT_KEY} AS _sk FROM ({base})"
            f") QUALIFY _sk = max(_sk) OVER (PARTITION BY _gk) ORDER BY {ORDER}"
        )
        return sql, params

    def history_sql(self) -> tuple[str, list[Any]]:
        where, params = self.where()
        # a stock (reserves) is restated by each edition at its own date: compare editions
        year_part = "" if self.measure in STOCK_MEASURES else "year,"
        sql = f"""
        WITH h AS (
          SELECT *, lag(value) OVER w AS previous_value, lag(edition) OVER w AS previous_edition,
                 lag(qualifier) OVER w AS previous_qualifier,
                 lag(source_id) OVER w AS previous_source_id
          FROM obs_all WHERE {where}
          WINDOW w AS (PARTITION BY commodity, coalesce(product, ''), measure, stage, country,
                       {year_part} coalesce(basis, ''), series, layer ORDER BY published NULLS LAST, edition)
        )
        SELECT *, CASE
            WHEN previous_edition IS NULL THEN 'new'
            WHEN value IS NULL AND previous_value IS NOT NULL THEN 'withdrawn'
            WHEN value IS NOT NULL AND previous_value IS NULL THEN 'restored'
            WHEN value IS NULL AND previous_value IS NULL THEN 'unchanged'
            WHEN value > previous_value THEN 'revised up'
            WHEN value < previous_value THEN 'revised down'
            ELSE 'unchanged' END AS revision
        FROM h ORDER BY {"" if self.measure in STOCK_MEASURES else "year, "}published NULLS LAST, edition, year
        """
        return sql, params

    def rank_sql(self) -> tuple[str, list[Any]]:
        where, params = self.where(with_country=False)
        # pick one edition (newest holding the measure), then one year (given or newest in it)
        sql = f"""
        WITH base AS (SELECT * FROM obs_all WHERE {where} AND layer = 'bundled'),
        ed AS (SELECT edition FROM base ORDER BY {_SORT_KEY} DESC LIMIT 1),
        yr AS (SELECT max(year) AS year FROM base WHERE edition = (SELECT edition FROM ed)),
        pick AS (
          SELECT * FROM base
          WHERE edition = (SELECT edition FROM ed) AND year = (SELECT year FROM yr)
            AND country NOT IN ('WLD', 'OTH')
        ),
        world AS (
          SELECT value AS world_value, qualifier AS world_qualifier FROM base
          WHERE edition = (SELECT edition FROM ed) AND year = (SELECT year FROM yr)
            AND country = 'WLD' LIMIT 1
        )
        SELECT CASE WHEN value IS NULL THEN NULL
                    ELSE rank() OVER (ORDER BY value DESC NULLS LAST) END AS rank,
               pick.*, world.world_value, world.world_qualifier,
               CASE WHEN value IS NOT NULL AND world.world_value > 0
                    THEN value / world.world_value END AS share_of_world
        FROM pick LEFT JOIN world ON true
        ORDER BY value DESC NULLS LAST, country
        """
        return sql, params
