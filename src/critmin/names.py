"""Resolve the names users type into the dataset's identifiers.

Countries are accepted as ISO 3166-1 alpha-3 or alpha-2 codes, names, official
names, aliases (``Burma``, ``U.S.``), adjectives (``Chinese``) and possessives
(``Russia's``). Commodities are accepted as slugs and common spellings
(``rare-earths``, ``rare_earths``, ``"rare earths"``, ``REE``) and element symbols.

Built from ``countries.csv`` and ``commodities.csv`` with the standard library
only, so the CLI can resolve names without importing pandas.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from critmin.dataset import DATA_DIR
from critmin.errors import UnknownEntityError

__all__ = [
    "Gazetteer",
    "country_name",
    "gazetteer",
    "normalise",
    "resolve_commodity",
    "resolve_country",
]

_POSSESSIVE = re.compile("(?:'s|\u2019s|'|\u2019)$")  # straight or curly apostrophe
_SEPARATORS = re.compile(r"[-_/,()]+")
_LEADING_THE = re.compile(r"^the\s+")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Fold case, accents, punctuation and separators for lookup.

    >>> normalise("Rare-Earths")
    'rare earths'
    >>> normalise("U.S.")
    'us'
    """
    if not text.isascii():  # ASCII has no accents to fold
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().strip()
    text = _POSSESSIVE.sub("", text)
    text = text.replace(".", "")
    text = _SEPARATORS.sub(" ", text)
    text = _LEADING_THE.sub("", text)
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class Gazetteer:
    """Lookup tables from normalised names to identifiers."""

    countries: dict[str, str]
    country_names: dict[str, str]
    commodities: dict[str, str]
    commodity_names: dict[str, str]
    elements: dict[str, str]

    def country(self, text: str) -> str:
        """ISO3 code for a country name, code, alias, adjective or possessive."""
        raw = text.strip()
        if raw.upper() in self.country_names:
            return raw.upper()
        key = normalise(raw)
        if key in self.countries:
            return self.countries[key]
        raise UnknownEntityError(
            "country", text, list(self.country_names.values()) + list(self.country_names),
            hint=None,
        )

    def commodity(self, text: str) -> str:
        """Slug of a commodity given its slug, name, alias or element symbol."""
        raw = text.strip()
        if raw in self.elements:
            return self.elements[raw]
        key = normalise(raw)
        if key in self.commodities:
            return self.commodities[key]
        raise UnknownEntityError("commodity", text, list(self.commodity_names))


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split(";") if p.strip()]


def _rows(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a CSV file as dicts (UTF-8; the file is closed when they are read)."""
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


@cache
def _build(data_dir: str) -> Gazetteer:
    base = Path(data_dir)
    countries: dict[str, str] = {}
    country_names: dict[str, str] = {}
    for row in _rows(base / "countries.csv"):
        iso3 = row["iso3"]
        country_names[iso3] = row["name"]
        names = [iso3, row.get("iso2", ""), row["name"], row.get("official_name", "")]
        names += _split(row.get("aliases")) + _split(row.get("adjectives"))
        for name in names:
            if name:
                # the first country to claim a name keeps it (codes first)
                countries.setdefault(normalise(name), iso3)
    commodities: dict[str, str] = {}
    commodity_names: dict[str, str] = {}
    elements: dict[str, str] = {}
    for row in _rows(base / "commodities.csv"):
        slug = row["slug"]
        commodity_names[slug] = row["name"]
        for name in [slug, row["name"], *_split(row.get("aliases"))]:
            commodities.setdefault(normalise(name), slug)
        els = _split(row.get("elements"))
        if row.get("kind") == "element" and len(els) == 1:
            elements[els[0]] = slug
    # plural/singular forgiveness: "rare earth" and "rare earths"
    for key, slug in list(commodities.items()):
        commodities.setdefault(key + "s", slug)
        if key.endswith("s"):
            commodities.setdefault(key[:-1], slug)
    return Gazetteer(countries, country_names, commodities, commodity_names, elements)


def gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    """The gazetteer of the bundled dataset (cached)."""
    return _build(str(data_dir))


def resolve_country(text: str) -> str:
    """ISO3 code for ``text``.

    >>> resolve_country("Burma"), resolve_country("U.S."), resolve_country("Russia's")
    ('MMR', 'USA', 'RUS')
    """
    return gazetteer().country(text)


def resolve_commodity(text: str) -> str:
    """Commodity slug for ``text``.

    >>> resolve_commodity("rare-earths"), resolve_commodity("rare earths"), resolve_commodity("Ga")
    ('rare_earths', 'rare_earths', 'gallium')
    """
    return gazetteer().commodity(text)


def country_name(iso3: str) -> str:
    """Common English name of an ISO3 code (the code itself when unknown)."""
    return gazetteer().country_names.get(iso3, iso3)
