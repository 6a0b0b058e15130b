"""click parameter types: bad input fails here, naming the option, with exit code 2."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import click

from critmin.errors import UnknownEntityError

__all__ = ["COMMODITY", "COUNTRY", "DATE", "YEAR", "CommodityType", "CountryType", "DateType"]


def _resolve_or_fail(
    ptype: click.ParamType, resolve: Callable[[str], str], listing: str,
    value: Any, param: click.Parameter | None, ctx: click.Context | None,
) -> str:
    """``resolve(value)``, or fail naming the value and the command that lists the known names."""
    try:
        return resolve(str(value))
    except UnknownEntityError as err:
        hint = f" ({err.hint})" if err.hint else ""
        ptype.fail(f"unknown {ptype.name} {value!r}{hint}; see `critmin {listing}`", param, ctx)


class CommodityType(click.ParamType):
    """A commodity slug or common spelling ("rare-earths", "rare earths", "Ga")."""

    name = "commodity"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from critmin.names import resolve_commodity

        return _resolve_or_fail(self, resolve_commodity, "commodities", value, param, ctx)


class CountryType(click.ParamType):
    """A country as ISO code, name, alias or adjective ("RUS", "Russia", "Burma", "U.S.")."""

    name = "country"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from critmin.names import resolve_country

        return _resolve_or_fail(self, resolve_country, "countries", value, param, ctx)


class DateType(click.ParamType):
    """An ISO date YYYY-MM-DD."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if isinstance(value, dt.date):
            return value.isoformat()
        try:
            return dt.date.fromisoformat(str(value).strip()).isoformat()
        except ValueError:
            self.fail(f"{value!r} is not a date; expected YYYY-MM-DD (e.g. 2025-03-19)", param, ctx)


COMMODITY = CommodityType()
COUNTRY = CountryType()
DATE = DateType()
YEAR = click.IntRange(1900, 2100)
