"""Exposure indicators: concentration, bloc shares and dependence, EU supply risk, import reliance.

``INDICATORS`` is the one registry: the CLI, the API and the docs test iterate over it.
Each entry names the function computing it, its unit, its methods page under
``docs/methods/`` and a one-line description. Every function returns a DataFrame whose
``attrs`` name the method, the inputs, their ``source_ids`` and the base used.

Nothing here imports pandas at module level (the CLI imports this module to list choices).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from critmin.indicators.blocs import bloc_shares, dependence
from critmin.indicators.concentration import concentration, hhi, shares, top_n_share
from critmin.indicators.reliance import net_import_reliance, reliance
from critmin.indicators.supply_risk import eu_supply_risk, scaled_wgi, supply_risk

__all__ = [
    "INDICATORS",
    "Indicator",
    "bloc_shares",
    "concentration",
    "conflict_exposure",
    "dependence",
    "eu_supply_risk",
    "get_indicator",
    "hhi",
    "net_import_reliance",
    "reliance",
    "scaled_wgi",
    "shares",
    "supply_risk",
    "top_n_share",
]


def conflict_exposure(country: str, as_of: Any = None, **kwargs: Any) -> Any:
    """Sites of ``country`` in occupied, contested or frontline ground on ``as_of``, and the
    share of the country's listed resources they hold (see :mod:`critmin.territory`)."""
    from critmin.territory import conflict_exposure as _conflict_exposure

    return _conflict_exposure(country, as_of, **kwargs)


@dataclass(frozen=True)
class Indicator:
    """One indicator: its name, the function computing it, unit, methods page, description."""

    name: str
    func: Callable[..., Any]
    unit: str
    method_doc: str
    description: str


INDICATORS: tuple[Indicator, ...] = (
    Indicator("shares", shares, "fraction", "docs/methods/shares.md",
              "Each country's share of production, reserves or capacity, with rank and base."),
    Indicator("hhi", concentration, "HHI points (0-10,000)", "docs/methods/hhi.md",
              "Herfindahl-Hirschman index and top-n shares of a figure set."),
    Indicator("bloc_share", bloc_shares, "fraction", "docs/methods/bloc_share.md",
              "Share of supply held by each bloc (China, Russia, US and MSP partners, rest)."),
    Indicator("bloc_dependence", dependence, "fraction of imports", "docs/methods/bloc_dependence.md",
              "A buyer's imports by supplying bloc."),
    Indicator("eu_supply_risk", eu_supply_risk, "SR (dimensionless, critical at >= 1)",
              "docs/methods/eu_supply_risk.md",
              "EU CRM supply risk (2017 method, 2023 assessment), per stage, with criticality."),
    Indicator("net_import_reliance", reliance, "fraction of apparent consumption",
              "docs/methods/net_import_reliance.md",
              "Net import reliance, published and recomputed from the balance."),
    Indicator("conflict_exposure", conflict_exposure, "fraction of listed resources (treo_t)",
              "docs/methods/conflict_exposure.md",
              "Sites and share of listed resources in occupied, contested or frontline ground, as of a date."),
)


def get_indicator(name: str) -> Indicator:
    """The registry entry called ``name``.

    Raises
    ------
    UnknownEntityError
        Suggesting close names.
    """
    from critmin.errors import UnknownEntityError

    for ind in INDICATORS:
        if ind.name == name:
            return ind
    raise UnknownEntityError("indicator", name, [i.name for i in INDICATORS])
