"""Scenario files: typed policies, uncertain numbers and clear error messages.

A scenario file is TOML or YAML. Every number a reader may be unsure of can be
a distribution (``{dist = "triangular", low = .., mode = .., high = ..}``).
:func:`load_scenario` returns a :class:`Scenario` or raises
:class:`~critmin.errors.ScenarioError` listing one line per problem
(file, line, field, what was expected).
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from critmin.errors import ScenarioError

__all__ = [
    "POLICY_KINDS",
    "Dist",
    "Num",
    "Scenario",
    "load_scenario",
    "parse_scenario",
    "scenario_schema",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Dist(_Strict):
    """An uncertain number: sampled once per draw from its own random stream."""

    dist: Literal["triangular", "uniform", "normal", "lognormal"]
    low: float | None = None
    mode: float | None = None
    high: float | None = None
    mean: float | None = None
    sd: float | None = Field(default=None, gt=0)
    source: str | None = Field(default=None, description="Where the range comes from, or 'assumption: why'")

    @model_validator(mode="after")
    def _check(self) -> Dist:
        need = {
            "triangular": ("low", "mode", "high"),
            "uniform": ("low", "high"),
            "normal": ("mean", "sd"),
            "lognormal": ("mean", "sd"),
        }[self.dist]
        missing = [k for k in need if getattr(self, k) is None]
        if missing:
            raise ValueError(f"a {self.dist} distribution needs {', '.join(need)} (missing {', '.join(missing)})")
        if self.dist in ("triangular", "uniform"):
            lo, hi = float(self.low), float(self.high)  # type: ignore[arg-type]
            if lo > hi:
                raise ValueError("low must not exceed high")
            if self.dist == "triangular" and not lo <= float(self.mode) <= hi:  # type: ignore[arg-type]
                raise ValueError("mode must lie between low and high")
        if self.dist == "lognormal" and (self.mean is None or self.mean <= 0):
            raise ValueError("a lognormal distribution needs a positive mean (the median)")
        return self

    @property
    def central(self) -> float:
        if self.dist == "triangular":
            return float(self.mode)  # type: ignore[arg-type]
        if self.dist == "uniform":
            return (float(self.low) + float(self.high)) / 2  # type: ignore[arg-type]
        return float(self.mean)  # type: ignore[arg-type]


Num = float | Dist


class _Policy(_Strict):
    commodity: str = Field(description="Commodity slug (rare_earths, gallium, ...)")
    product: str | None = Field(
        default=None,
        description="Market inside the commodity: mining, refining, ndpr, dy, tb, lace, other, metal, magnet; empty = every market of the commodity",
    )
    start: int = Field(description="First calendar year the policy applies")
    duration: Num | None = Field(default=None, description="Years in force (may be uncertain); empty = to the end")
    source: str | None = Field(default=None, description="Source of the policy facts (url or source_id)")
    note: str | None = None


class ExportBan(_Policy):
    kind: Literal["export_ban"]
    country: str = Field(description="Exporting country (ISO3)")
    to: list[str] | None = Field(default=None, description="Destinations banned (ISO3); empty = all")
    leakage: Num = Field(default=0.0, description="Share of banned flows that still arrive via third countries")
    targets_share: Num | None = Field(default=None, description="Share of the exporter's exports going to the banned destinations (needed with 'to')")


class ExportQuota(_Policy):
    kind: Literal["export_quota"]
    country: str
    quota: Num | None = Field(default=None, description="Allowed exports in the market's unit per year")
    share_of_reference: Num | None = Field(default=None, description="Allowed exports as a share of reference exports")

    @model_validator(mode="after")
    def _one(self) -> ExportQuota:
        if (self.quota is None) == (self.share_of_reference is None):
            raise ValueError("give exactly one of quota or share_of_reference")
        return self


class Licensing(_Policy):
    kind: Literal["licensing"]
    country: str
    approval_share: Num = Field(description="Share of reference exports licensed once the system runs")
    delay_months: Num = Field(default=0.0, description="Months with no licences at the start")


class Tariff(_Policy):
    kind: Literal["tariff"]
    importer: str = Field(description="Country or bloc imposing the duty (ISO3 or bloc id)")
    exporter: str
    rate: Num = Field(description="Ad valorem rate (0.25 = 25 %)")
    importer_share: Num = Field(description="Share of the exporter's exports bought by the importer")


class AntiDumpingDuty(Tariff):
    kind: Literal["anti_dumping_duty"]  # type: ignore[assignment]


class ExportTax(_Policy):
    kind: Literal["export_tax"]
    country: str
    rate: Num


class Sanction(_Policy):
    kind: Literal["sanction"]
    importer: str
    exporter: str
    importer_share: Num
    leakage: Num = 0.0


class ImportBan(Sanction):
    kind: Literal["import_ban"]  # type: ignore[assignment]


def _fill_from_site(pol: Any) -> None:
    """Check ``pol.site`` names a site and, when ``pol.capacity`` is empty, take it (and its
    sources) from site_capacity.csv."""
    from critmin.scenarios.sites import site_capacity, site_ids

    if pol.site not in site_ids():
        raise ValueError(f"site {pol.site!r} is not a site_id of sites.csv")
    if pol.capacity is None:
        try:
            cap = site_capacity(pol.site, pol.commodity, pol.product)
        except ScenarioError as exc:
            raise ValueError(exc.message) from None
        pol.capacity = cap.value
        year = f" {cap.year}" if cap.year is not None else ""
        pol.capacity_source = (f"site_capacity.csv: {pol.site} {'+'.join(cap.products)} {cap.basis}{year} "
                               f"({', '.join(cap.source_ids)})")


class TerritoryLoss(_Policy):
    kind: Literal["territory_loss"]
    country: str = Field(description="Owner country that loses production")
    share: Num | None = Field(default=None, description="Share of the country's production (in this market) in the lost territory (empty: capacity / the country's reference production)")
    occupier: str | None = Field(default=None, description="Country that takes over the output (ISO3)")
    occupier_share: Num = Field(default=0.0, description="Share of lost output the occupier produces")
    sites: list[str] = Field(default_factory=list, description="Sites concerned (names, for the record)")
    site: str | None = Field(default=None, description="site_id of sites.csv whose capacity (site_capacity.csv) is lost when neither share nor capacity is given")
    capacity: float | None = Field(default=None, description="Output lost per year in the market's unit; gives the share when share is empty")
    capacity_source: str | None = Field(default=None, description="Filled when the capacity comes from site_capacity.csv")

    @model_validator(mode="after")
    def _site_capacity(self) -> TerritoryLoss:
        if self.share is not None:
            return self
        if self.capacity is None and self.site is None:
            raise ValueError(f"a {self.kind} needs a share, a capacity or a site (site_id of sites.csv)")
        if self.site is not None:
            _fill_from_site(self)
        return self


class TerritoryRecovery(TerritoryLoss):
    kind: Literal["territory_recovery"]  # type: ignore[assignment]


class NewProject(_Policy):
    kind: Literal["new_project"]
    name: str
    country: str
    capacity: Num | None = Field(default=None, description="Nameplate output per year in the market's unit (empty: taken from site_capacity.csv for `site`)")
    site: str | None = Field(default=None, description="site_id of sites.csv; gives the capacity from site_capacity.csv when `capacity` is empty")
    capacity_source: str | None = Field(default=None, description="Filled when the capacity comes from site_capacity.csv: its source_id(s) and basis")
    lead_time: Num | None = Field(default=None, description="Years from start to first output (empty: lead_time_new_mine parameter)")
    ramp_years: Num | None = Field(default=None, description="Years from first output to nameplate, linear (empty: ramp_years parameter)")
    probability: Num = Field(default=1.0, description="Probability the project is built")
    capex: Num = Field(default=0.0, description="Capital cost, USD")
    opex: Num = Field(default=0.0, description="Operating cost per unit of output, USD")
    deposit_type: str | None = Field(default=None, description="Element distribution for rare-earth mines: bayan_obo, mountain_pass, mount_weld, ionic_clay_hree (south_china_ionic_clays) or any site_id of site_ree_distribution.csv")
    life_years: int = 20

    @model_validator(mode="after")
    def _site_capacity(self) -> NewProject:
        if self.site is None:
            if self.capacity is None:
                raise ValueError("a new_project needs a capacity or a site (site_id of sites.csv with a capacity in site_capacity.csv)")
            return self
        _fill_from_site(self)
        return self


class Deal(_Policy):
    kind: Literal["deal"]
    partner: str = Field(description="Investing country or bloc")
    project: str = Field(description="Name of a new_project in this file")
    offtake_share: Num
    technology_transfer: bool = False
    discount_rate: Num = 0.08


class StockpileRelease(_Policy):
    kind: Literal["stockpile_release"]
    holder: str = Field(description="Country releasing (ISO3); released outside the restricting country unless it is the holder")
    volume: Num = Field(description="Released per year in the market's unit")


class PriceFloor(_Policy):
    kind: Literal["price_floor"]
    region: str = Field(description="Country whose producers get the floor (ISO3)")
    price: Num = Field(description="Floor price in the market's price unit")


class ProductionCap(_Policy):
    kind: Literal["production_cap"]
    country: str = Field(description="Country whose output is capped (ISO3); only the restricting country (its own price zone)")
    cap: Num = Field(description="Most the country produces per year in the market's unit (production quota, or observed output during a crackdown)")


Policy = Annotated[
    ExportBan | ExportQuota | Licensing | Tariff | AntiDumpingDuty | ExportTax | Sanction
    | ImportBan | TerritoryLoss | TerritoryRecovery | NewProject | Deal | StockpileRelease | PriceFloor
    | ProductionCap,
    Field(discriminator="kind"),
]

POLICY_KINDS = (
    "export_ban", "export_quota", "licensing", "tariff", "anti_dumping_duty", "export_tax", "sanction",
    "import_ban", "territory_loss", "territory_recovery", "new_project", "deal", "stockpile_release",
    "price_floor", "production_cap",
)


class SourceRef(_Strict):
    id: str = Field(description="source_id in sources.csv, or a short id")
    title: str | None = None
    url: str | None = None
    locator: str | None = None


class Scenario(_Strict):
    """One scenario: reference year, horizon, markets, parameters and policies."""

    name: str
    title: str
    description: str = ""
    commodities: list[str] = Field(min_length=1)
    reference_year: int | None = Field(default=None, description="Empty = latest year with data")
    start_year: int | None = Field(default=None, description="First simulated year (default reference_year + 1)")
    years: int = Field(default=10, ge=1, le=50)
    restricting_country: str = Field(default="CHN", description="Country with its own (inside) price")
    chain: Literal["elements", "aggregate"] = Field(default="elements", description="Rare earths: element-resolved chain or one aggregate REO market")
    reference_exports: dict[str, float] = Field(default_factory=dict, description="Override of the restricting country's reference exports per market key, with a source")
    parameters: dict[str, Num] = Field(default_factory=dict, description="Overrides of scenario_parameters.csv values (name or name:commodity:product)")
    policies: list[Policy] = Field(default_factory=list)
    sources: list[SourceRef] = Field(default_factory=list)

    @model_validator(mode="after")
    def _refs(self) -> Scenario:
        names = {p.name for p in self.policies if isinstance(p, NewProject)}
        for p in self.policies:
            if isinstance(p, Deal) and p.project not in names:
                raise ValueError(f"deal refers to project {p.project!r}, which no new_project in this file defines")
        return self


def scenario_schema() -> dict[str, Any]:
    return Scenario.model_json_schema()


def _toml_line(text: str, loc: tuple[Any, ...]) -> int | None:
    """Best-effort line of a location in TOML text (tomllib keeps no positions)."""
    lines = text.splitlines()
    start = 0
    if len(loc) >= 2 and loc[0] == "policies" and isinstance(loc[1], int):
        seen = -1
        for i, ln in enumerate(lines):
            if re.match(r"\s*\[\[policies\]\]", ln):
                seen += 1
                if seen == loc[1]:
                    start = i
                    break
        else:
            return None
        rest = [str(x) for x in loc[2:] if isinstance(x, str)]
        for key in reversed(rest):
            for j in range(start + 1, len(lines)):
                if re.match(r"\s*\[", lines[j]):
                    break
                if re.match(rf"\s*{re.escape(key)}\s*=", lines[j]):
                    return j + 1
        return start + 1
    keys = [str(x) for x in loc if isinstance(x, str)]
    for key in reversed(keys):
        for j, ln in enumerate(lines):
            if re.match(rf"\s*{re.escape(key)}\s*=", ln) or re.match(rf"\s*\[{re.escape(key)}\]", ln):
                return j + 1
    return None


def _yaml_line(text: str, loc: tuple[Any, ...]) -> int | None:
    import yaml

    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return None
    line = None
    for part in loc:
        if node is None:
            break
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if k.value == part:
                    nxt = v
                    line = k.start_mark.line + 1
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _expected(err: Any) -> str:
    t = err.get("type", "")
    if t == "missing":
        return "a value (field is required)"
    if t == "extra_forbidden":
        return "no such field (check the spelling; see `critmin scenario schema`)"
    if t == "union_tag_invalid":
        return "kind to be one of " + ", ".join(POLICY_KINDS)
    if t == "union_tag_not_found":
        return "a 'kind' field naming the policy type"
    return str(err.get("msg", "a valid value"))


def parse_scenario(data: Any, *, file: str = "<scenario>", text: str = "", fmt: str = "toml") -> Scenario:
    if not isinstance(data, dict):
        raise ScenarioError(f"{file}: line 1: the file must be a table of fields (name, title, commodities, policies ...)")
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        by_field: dict[str, list[tuple[bool, str]]] = {}
        for err in exc.errors():
            raw = tuple(err["loc"])
            is_dist_branch = any(isinstance(x, str) and ("Dist" in x) for x in raw)
            is_float_branch = "float" in raw
            loc = tuple(x for x in raw if not (isinstance(x, str) and x in POLICY_KINDS))
            loc = tuple(x for x in loc if not (isinstance(x, str) and (x == "float" or "Dist" in x)))
            if err.get("type") in ("union_tag_invalid", "union_tag_not_found"):
                loc = (*loc, "kind")
            field = ".".join(str(x) for x in loc) or "(file)"
            got = err.get("input")
            # a number-or-distribution field: keep the branch that matches what was written
            if (is_dist_branch and not isinstance(got, dict)) or (is_float_branch and isinstance(got, dict)):
                relevant = False
            else:
                relevant = True
            line = (_yaml_line(text, loc) if fmt == "yaml" else _toml_line(text, loc)) if text else None
            where = f"line {line}" if line else "line ?"
            got_s = "" if isinstance(got, dict | list) or got is None else f" (got {json.dumps(got, default=str)})"
            msg = _expected(err).removeprefix("Value error, ")
            by_field.setdefault(field, []).append((relevant, f"{file}: {where}: field {field}: expected {msg}{got_s}"))
        problems = []
        for items in by_field.values():
            keep = [m for ok, m in items if ok] or [m for _, m in items]
            problems.extend(keep)
        uniq = list(dict.fromkeys(problems))
        raise ScenarioError(
            uniq[0] + (f" (and {len(uniq) - 1} more problem(s))" if len(uniq) > 1 else ""), errors=uniq,
            hint="See `critmin scenario schema` for every field.",
        ) from None


def loads_scenario(text: str, fmt: str = "toml", *, file: str = "<scenario>") -> Scenario:
    """Parse scenario text (``fmt`` "toml" or "yaml"); problems name ``file`` and the line."""
    if fmt in ("yaml", "yml"):
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else "?"
            raise ScenarioError(f"{file}: line {line}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
        return parse_scenario(data, file=file, text=text, fmt="yaml")
    if fmt != "toml":
        raise ScenarioError(f"{file}: unknown scenario format {fmt!r}", hint="use toml or yaml")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise ScenarioError(f"{file}: line {m.group(1) if m else '?'}: not valid TOML ({exc})") from None
    return parse_scenario(data, file=file, text=text, fmt="toml")


def load_scenario(path: str | Path) -> Scenario:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioError(f"{p}: no such scenario file") from None
    except UnicodeDecodeError as exc:
        raise ScenarioError(f"{p}: line ?: the file is not UTF-8 text ({exc.reason})") from None
    return loads_scenario(text, "yaml" if p.suffix.lower() in (".yaml", ".yml") else "toml", file=str(p))
