"""Evidence lookup: the store's observations indexed once in plain Python structures.

:class:`Evidence index <EvidenceIndex>` answers, for a claim's (commodity, measure,
country, year), the rows of every edition, marks the edition current on the article's
date (the latest of its series published on or before that date), and ranks countries
inside one edition. No pandas or DuckDB at query time, so repeated checks are fast.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields
from typing import Any

from critmin.claims.model import Evidence

__all__ = ["PRODUCT_SEP", "EditionInfo", "EvidenceIndex", "Row", "measure_key"]

AGGREGATES = {"WLD", "OTH"}

#: product series that are the commodity's headline figure, indexed under the commodity: the
#: rare-earth net import reliance is published for compounds and metals (the concentrate line
#: is an estimate mark only); world gallium production and capacity are of primary
#: (low-purity) gallium, the only gallium series USGS gives by country
HEADLINE_PRODUCTS = {
    ("rare_earths", "compounds_and_metals", "net_import_reliance"),
    ("gallium", "low_purity_primary", "production"),
    ("gallium", "low_purity_primary", "capacity"),
}

#: compilation series -> the series whose newest edition reporting a year it reproduces
#: ("USGS MCS compiled" holds, for each year, the value of the newest MCS edition with that year)
COMPILATIONS = {"USGS MCS compiled": "USGS MCS"}

#: joins a commodity and a product into the key a product sub-series is indexed under
#: ("rare_earths#compounds_and_metals")
PRODUCT_SEP = "#"

# base-unit factors for mass; prices normalise to USD/kg
UNIT_FACTORS: dict[str, tuple[str, float]] = {
    "t": ("t", 1.0), "kt": ("t", 1e3), "Mt": ("t", 1e6), "kg": ("t", 1e-3), "g": ("t", 1e-6),
    "short_t": ("t", 0.90718474), "oz": ("t", 3.11034768e-5),  # troy ounce (PGMs, gold)
    "USD/kg": ("USD/kg", 1.0), "USD/t": ("USD/kg", 1e-3), "USD/lb": ("USD/kg", 2.2046226218),
    "USD/troy_oz": ("USD/kg", 32.1507466), "USD/mtu": ("USD/kg", 0.1),
    "fraction": ("fraction", 1.0), "percent": ("fraction", 0.01),
}


def measure_key(measure: str, stage: str | None) -> str:
    """One name for a measure whatever the table calls it: mine production is
    ``production@mining``, refinery production ``production@refining``."""
    if measure == "mine_production":
        return "production@mining"
    if measure == "refinery_production":
        return "production@refining"
    if measure == "production":
        return f"production@{stage or 'mining'}"
    return measure


@dataclass(frozen=True)
class Row:
    commodity: str
    measure: str
    key: str
    stage: str
    country: str
    year: int
    value: float | None
    value_high: float | None
    unit: str
    basis: str
    qualifier: str
    edition: str
    source_id: str
    locator: str
    product: str

    def base_value(self) -> tuple[str, float] | None:
        if self.value is None:
            return None
        base, f = UNIT_FACTORS.get(self.unit, (self.unit, 1.0))
        return base, self.value * f

    def evidence(self, ed: EditionInfo | None, current: bool, derived: str | None = None) -> Evidence:
        return Evidence(
            edition=self.edition, source_id=self.source_id, commodity=self.commodity,
            measure=self.measure, country=self.country, year=self.year, value=self.value,
            unit=self.unit, basis=self.basis or None, qualifier=self.qualifier or None,
            published=ed.published if ed else None, locator=self.locator or None,
            current=current, derived=derived,
        )


#: Evidence's fields: :meth:`EvidenceIndex.evidence` fills all but the last two (current, derived) from a row
_EVIDENCE_FIRST = tuple(f.name for f in fields(Evidence))[:-2]
_EVIDENCE_LAST = tuple(f.name for f in fields(Evidence))[-2:]


@dataclass(frozen=True)
class EditionInfo:
    edition: str
    series: str
    published: str
    precedence: int
    data_years: tuple[int, int] | None = None

    def covers(self, year: int) -> bool:
        return self.data_years is not None and self.data_years[0] <= year <= self.data_years[1]


def _data_years(cell: Any) -> tuple[int, int] | None:
    """``"2019-2023"`` -> (2019, 2023); anything else -> None."""
    parts = _s(cell).split("-")
    try:
        return (int(parts[0]), int(parts[-1])) if parts[0] else None
    except ValueError:
        return None


def _s(v: Any) -> str:
    if v is None:
        return ""
    try:
        if v != v:  # NaN / NA
            return ""
    except TypeError:
        return ""
    return str(v)


def _f(v: Any) -> float | None:
    if v is None or v == "":
        return None
    try:
        x = float(v)
    except (TypeError, ValueError):
        return None
    return None if x != x else x


def _single_subseries(observations: list[dict[str, Any]], whole: set[str]) -> set[tuple[str, str, str]]:
    """(commodity, measure, stage) whose figures the dataset gives only for one product and
    never for the whole commodity: USGS reports gallium production only as low-purity
    primary gallium, which is what "gallium production" means in the news. Such a
    sub-series stands for the commodity."""
    products: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for o in observations:
        com, product, measure = _s(o["commodity"]), _s(o.get("product")), _s(o["measure"])
        if product and measure != "price" and com not in whole:
            products[(com, measure, _s(o.get("stage")))].add(product)
    return {k for k, v in products.items() if len(v) == 1}


@dataclass
class EvidenceIndex:
    """Observations and editions, indexed for claim checking."""

    editions: dict[str, EditionInfo]
    by_figure: dict[tuple[str, str, str, int], list[Row]] = field(default_factory=dict)
    by_table: dict[tuple[str, str, str, int], list[Row]] = field(default_factory=dict)
    years: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)
    events: list[dict[str, Any]] | None = None
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: shares of a buyer's imports by partner (``import_sources.csv``), keyed (buyer, commodity)
    import_sources: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    _with: dict[tuple[str, str], list[str]] | None = field(default=None, repr=False)
    _products: dict[str, dict[str, set[str]]] | None = field(default=None, repr=False)
    _newest_covering: dict[tuple[str, int], str] = field(default_factory=dict, repr=False)
    # memoised per key on first use (the index is read-only once built)
    _ranks: dict[tuple[str, str, str, int], list[tuple[int, Row]]] = field(default_factory=dict, repr=False)
    #: per row (by id, the row kept to check it is the same object): its Evidence fields but the last two
    _evidence_fields: dict[int, tuple[Row, tuple[Any, ...]]] = field(default_factory=dict, repr=False)
    _rank_of: dict[tuple[str, str, str, int], dict[str, int]] = field(default_factory=dict, repr=False)
    _valued: dict[tuple[str, str, str, int], dict[str, Row]] = field(default_factory=dict, repr=False)
    _latest: dict[tuple[str, str, str, str | None, int | None], int | None] = field(default_factory=dict, repr=False)
    _price_series: dict[str, list[str]] | None = field(default=None, repr=False)

    @classmethod
    def build(cls, observations: list[dict[str, Any]], editions: list[dict[str, Any]],
              events: list[dict[str, Any]] | None = None,
              sources: list[dict[str, Any]] | None = None,
              import_sources: list[dict[str, Any]] | None = None) -> EvidenceIndex:
        eds = {}
        for e in editions:
            pub = e.get("published")
            pub_s = str(pub.isoformat()) if pub is not None and hasattr(pub, "isoformat") else _s(pub)[:10]
            prec = _f(e.get("precedence"))
            eds[_s(e["edition"])] = EditionInfo(_s(e["edition"]), _s(e.get("series")), pub_s,
                                                int(prec) if prec is not None else 9,
                                                _data_years(e.get("data_years")))
        by_figure: dict[tuple[str, str, str, int], list[Row]] = defaultdict(list)
        by_table: dict[tuple[str, str, str, int], list[Row]] = defaultdict(list)
        years: dict[tuple[str, str, str], set[int]] = defaultdict(set)
        whole = {_s(o["commodity"]) for o in observations if not _s(o.get("product")) and _s(o["measure"]) != "price"}
        subs = _single_subseries(observations, whole)
        for o in observations:
            product = _s(o.get("product"))
            measure = _s(o["measure"])
            nir = (_s(o["commodity"]), product, measure) in HEADLINE_PRODUCTS
            # a sub-series (US rare-earth "compounds and metals", "mineral concentrates"): kept
            # apart from the whole-commodity figures, under "<commodity>#<product>", so only a
            # claim that names the product reaches it (see EvidenceIndex.products_of)
            sub_series = bool(product and measure != "price" and not nir
                              and (_s(o["commodity"]), measure, _s(o.get("stage"))) not in subs)
            yr = _f(o.get("year"))
            if yr is None:
                continue
            key = measure_key(measure, _s(o.get("stage")))
            row = Row(
                commodity=_s(o["commodity"]), measure=measure, key=key, stage=_s(o.get("stage")),
                country=_s(o["country"]), year=int(yr), value=_f(o.get("value")),
                value_high=_f(o.get("value_high")), unit=_s(o.get("unit")), basis=_s(o.get("basis")),
                qualifier=_s(o.get("qualifier")), edition=_s(o["edition"]),
                source_id=_s(o.get("source_id")), locator=_s(o.get("locator")), product=product,
            )
            if row.qualifier == "projection":
                continue
            # a price is of a product (neodymium_oxide ...): indexed under the product's name; a
            # headline series, or the only sub-series of a commodity without whole figures, under the commodity's
            ikey = product if product and measure == "price" else row.commodity
            if sub_series:
                ikey = f"{row.commodity}{PRODUCT_SEP}{product}"
            by_figure[(ikey, key, row.country, row.year)].append(row)
            by_table[(ikey, key, row.edition, row.year)].append(row)
            years[(ikey, key, row.edition)].add(row.year)
        src = {_s(s["source_id"]): s for s in (sources or [])}
        imports: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for r in import_sources or []:
            imports[(_s(r.get("buyer")), _s(r.get("commodity")))].append(
                {k: (_f(v) if k == "share" else _s(v)) for k, v in r.items()})
        return cls(eds, dict(by_figure), dict(by_table),
                   {k: sorted(v) for k, v in years.items()}, events, src, dict(imports))

    # -- editions ---------------------------------------------------------------------
    def current_editions(self, date: str) -> dict[str, str]:
        """Series -> the edition current on ``date`` (latest published on or before it)."""
        best: dict[str, EditionInfo] = {}
        for e in self.editions.values():
            if e.published and e.published <= date:
                cur = best.get(e.series)
                if cur is None or e.published > cur.published:
                    best[e.series] = e
        return {s: e.edition for s, e in best.items()}

    def is_current(self, edition: str, current: dict[str, str]) -> bool:
        ed = self.editions.get(edition)
        return ed is not None and current.get(ed.series) == edition

    def compiled_current(self, edition: str, year: int, date: str) -> bool:
        """Whether a compilation's figure for ``year`` is what the series said on ``date``:
        the newest edition of the compiled series that reports the year was published on or
        before the date (so the compilation reproduces an edition the reader could see)."""
        ed = self.editions.get(edition)
        base = COMPILATIONS.get(ed.series) if ed else None
        if base is None:
            return False
        newest = self._newest_covering.get((base, year))
        if newest is None:
            covering = [e.published for e in self.editions.values() if e.series == base and e.covers(year)]
            newest = self._newest_covering[(base, year)] = max(covering) if covering else "9999"
        return newest <= date[:10]

    def precedence(self, edition: str) -> int:
        ed = self.editions.get(edition)
        return ed.precedence if ed else 9

    def series_of(self, edition: str) -> str:
        ed = self.editions.get(edition)
        return ed.series if ed else ""

    # -- figures -----------------------------------------------------------------------
    def figure(self, commodity: str, key: str, country: str, year: int) -> list[Row]:
        return self.by_figure.get((commodity, key, country, year), [])

    def latest_year(self, commodity: str, key: str, edition: str, country: str | None = None,
                    before: int | None = None) -> int | None:
        """The latest year the edition holds (with a value for ``country``), below ``before``."""
        memo = (commodity, key, edition, country, before)
        try:
            return self._latest[memo]
        except KeyError:
            pass
        ys = self.years.get((commodity, key, edition), [])
        if before is not None:
            ys = [y for y in ys if y < before]
        found: int | None = None
        if country is None:
            found = ys[-1] if ys else None
        else:
            for y in reversed(ys):
                if any(r.country == country and r.value is not None
                       for r in self.by_table.get((commodity, key, edition, y), [])):
                    found = y
                    break
        self._latest[memo] = found
        return found

    def editions_with(self, commodity: str, key: str) -> list[str]:
        if self._with is None:
            found: dict[tuple[str, str], set[str]] = defaultdict(set)
            for (c, k, e) in self.years:
                found[(c, k)].add(e)
            self._with = {ck: sorted(es, key=lambda e: self.editions[e].published if e in self.editions else "")
                          for ck, es in found.items()}
        return self._with.get((commodity, key), [])

    def price_series_of(self, commodity: str) -> list[str]:
        """The keys under which the price series of a commodity are indexed (its own, and those
        of its products: ``rare_earths`` -> ``neodymium_oxide``, ``dysprosium_oxide`` ...)."""
        if self._price_series is None:
            found: dict[str, set[str]] = defaultdict(set)
            for (c, k, e), ys in self.years.items():
                if k == "price" and ys:
                    for r in self.by_table.get((c, k, e, ys[-1]), ()):
                        found[r.commodity].add(c)
            self._price_series = {c: sorted(v) for c, v in found.items()}
        return self._price_series.get(commodity, [])

    def products_of(self, commodity: str) -> dict[str, set[str]]:
        """The product sub-series of a commodity the index holds: product -> measure keys
        (``{"compounds_and_metals": {"production@refining", ...}}``); no prices."""
        if self._products is None:
            found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
            for (c, k, _e) in self.years:
                com, sep, product = c.partition(PRODUCT_SEP)
                if sep:
                    found[com][product].add(k)
            self._products = {c: {p: set(ks) for p, ks in v.items()} for c, v in found.items()}
        return self._products.get(commodity, {})

    def evidence(self, r: Row, current: bool, derived: str | None = None) -> Evidence:
        """``r.evidence(...)`` with its edition's release date: the same Evidence, the row's fields
        read once per row (a verdict lists a row per edition; building each from the row anew
        was a noticeable part of judging)."""
        hit = self._evidence_fields.get(id(r))
        if hit is not None and hit[0] is r:
            return Evidence(*hit[1], current, derived)  # type: ignore[call-arg]  # (the fields but the last two)
        e = r.evidence(self.editions.get(r.edition), current, derived)
        if _EVIDENCE_LAST == ("current", "derived"):
            if len(self._evidence_fields) >= 100_000:  # rows made while judging (sums, shares) come and go
                self._evidence_fields.clear()
            self._evidence_fields[id(r)] = (r, tuple(getattr(e, n) for n in _EVIDENCE_FIRST))
        return e

    def table(self, commodity: str, key: str, edition: str, year: int) -> list[Row]:
        return self.by_table.get((commodity, key, edition, year), [])

    def ranking(self, commodity: str, key: str, edition: str, year: int) -> list[tuple[int, Row]]:
        """Countries with a value, largest first, with competition ranks (1, 2, 2, 4);
        computed once per table (do not modify the list returned)."""
        memo = (commodity, key, edition, year)
        got = self._ranks.get(memo)
        if got is None:
            got = self._ranks[memo] = self._ranking(commodity, key, edition, year)
        return got

    def rank_of(self, commodity: str, key: str, edition: str, year: int) -> dict[str, int]:
        """Country -> its rank in :meth:`ranking` (the first it holds there); computed once per
        table (do not modify the dict returned)."""
        memo = (commodity, key, edition, year)
        got = self._rank_of.get(memo)
        if got is None:
            got = self._rank_of[memo] = {}
            for rk, r in self.ranking(commodity, key, edition, year):
                got.setdefault(r.country, rk)
        return got

    def valued(self, commodity: str, key: str, edition: str, year: int) -> dict[str, Row]:
        """Country -> its first row with a value in :meth:`table`; computed once per table (do not
        modify the dict returned)."""
        memo = (commodity, key, edition, year)
        got = self._valued.get(memo)
        if got is None:
            got = self._valued[memo] = {}
            for r in self.table(commodity, key, edition, year):
                if r.value is not None:
                    got.setdefault(r.country, r)
        return got

    def _ranking(self, commodity: str, key: str, edition: str, year: int) -> list[tuple[int, Row]]:
        rows = [r for r in self.table(commodity, key, edition, year)
                if r.value is not None and r.country not in AGGREGATES and not (r.product and r.measure == "price")]
        rows.sort(key=lambda r: -(r.value or 0.0))
        out: list[tuple[int, Row]] = []
        for i, r in enumerate(rows):
            rank = out[-1][0] if out and out[-1][1].value == r.value else i + 1
            out.append((rank, r))
        return out
