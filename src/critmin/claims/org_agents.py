"""An organisation as the subject of an event: a trade association, an international body or
an agency the data do not list.

"The Association of China Rare Earth Industry announced ...", "ACREI said ...", "The WTO
imposed ...": the measure is the organisation's own act. A country inside its name ("China"
in the association's) is its home, not a party to the measure, and an event of the table is
the one the sentence reports only when the table lists that organisation among its actors;
otherwise the closest government measure (China's export controls of the same month) would
be taken for it. The organisations are those of ``actors.csv`` whose kind is not a country
or a state agency (international and industry bodies, unions, armed groups), and any name of
an organisation's form ("... Association", "Chamber of ...", "... Federation") or an acronym
the article spells out as one.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["ORG_AGENT", "org_subject"]

#: key of an event claim's fields: the id (``actors.csv``) or ``org:<name>`` of its subject
ORG_AGENT = "org_agent"

#: kinds of ``actors.csv`` that act for themselves, never for a government
_SELF_KINDS = frozenset({"organisation", "armed_group"})
#: the head nouns of an organisation's name
#: (the heads of trade and civil bodies only: a "State Council", a "European Council" or a "Union"
#: acts for a government, whose measures the table records under the country or bloc)
_ORG_NAME = re.compile(
    r"(?:(?:[A-Z][\w&'.-]*|of|for|and|the)\s+){0,6}?(?:[A-Z][\w&'.-]*\s+)"
    r"(?:Association|Federation|Chamber|Society|Institute|Alliance|Forum|Consortium)\b"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|and|of))*)?"
    r"|(?:Association|Federation|Chamber|Society|Institute|Alliance)\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|and|of))*")
#: what may open a sentence before its subject: "In October 2025, the", "On Monday, "
_LEAD_IN = re.compile(r"\s*(?:(?:In|On|Last|This|Earlier|Later|Since)\b[^,;]{0,30},\s*)?(?:[Tt]he\s+)?")
#: an acronym that opens the sentence ("ACREI said", "ARECOMS announced")
_ACRONYM = re.compile(r"[A-Z]{3,8}(?=\s+[a-z])")  # (not a dateline: "BEIJING -", "BANGKOK (AP)")
_BRACKET = re.compile(r"\s*\(\s*[A-Z]{2,8}\s*\)")


@cache
def _org_forms(data_dir: str) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """(name or alias -> actor id) of the self-acting organisations of ``actors.csv``, every
    name, alias and id of any actor (an acronym among them is known, not an unknown body), and
    those of the actors that are not countries ("China Nonferrous ... Association" opens with a
    country's name but is no country)."""
    path = Path(data_dir) / "actors.csv"
    forms: dict[str, str] = {}
    known: set[str] = set()
    bodies: set[str] = set()
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                names = [row.get("name") or "", *(row.get("aliases") or "").split(";"), row.get("actor_id") or ""]
                names = [n.strip() for n in names if n.strip()]
                known.update(names)
                if (row.get("kind") or "") != "country":
                    bodies.update(names)
                if (row.get("kind") or "") in _SELF_KINDS:
                    for n in names:
                        if len(n) >= 3 and n != row.get("actor_id"):
                            forms[n] = row["actor_id"]
    return forms, frozenset(known), frozenset(bodies)


@cache
def _known_by_length(data_dir: str) -> tuple[str, ...]:
    """Every name and alias of the non-country actors of ``actors.csv`` (three characters or
    more), longest first."""
    return tuple(sorted((n for n in _org_forms(data_dir)[2] if len(n) >= 3), key=len, reverse=True))


@cache
def _known_by_head(data_dir: str) -> dict[str, tuple[str, ...]]:
    """:func:`_known_by_length` by the first three characters of each name (every name has three
    or more), longest first within each: ``sent.startswith(name, at)`` holds only for the names
    under ``sent[at:at + 3]``, so :func:`_org_opening` tries those alone, in the same order
    (``tests/claims/test_speed_session18.py`` checks it against the plain loop)."""
    out: dict[str, list[str]] = {}
    for name in _known_by_length(data_dir):
        out.setdefault(name[:3], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def _spelt_out(acronym: str, article: str) -> bool:
    """Whether the article spells the acronym out as an organisation's name before it is used
    ("the Association of China Rare Earth Industry (ACREI)"): only then is it a body of its own,
    not a ministry or agency the data do not list (MIIT, NDRC)."""
    for m in re.finditer(r"\(\s*" + re.escape(acronym) + r"\s*\)", article):
        head = article[max(0, m.start() - 120):m.start()]
        if any(n.end() == len(head.rstrip()) for n in _ORG_NAME.finditer(head.rstrip())):
            return True
    return False


#: a verb of saying or reporting right after the organisation: it speaks, the measure is another's
_SPEAKS = re.compile(r"\s*(?:,[^,]{0,60},\s*)?(?:has\s+|had\s+)?(?:said|says|say|reported|reports|noted|notes|estimated"
                     r"|estimates|warned|warns|told|added|stated|argued|expects|expected|believes|called|urged|welcomed"
                     r"|criticised|criticized|complained)\b", re.I)


def org_subject(sent: str, country_spans: list[tuple[int, int]], data_dir: str,
                article: str = "") -> tuple[str, int, int] | None:
    """The organisation that opens ``sent`` as the subject of its measure (see :func:`_org_opening`),
    or None when it only speaks ("The Cobalt Institute said Congo banned exports": Congo acted)."""
    got = _org_opening(sent, country_spans, data_dir, article)
    if got is None or _SPEAKS.match(sent, got[2]):
        return None
    return got


def _org_opening(sent: str, country_spans: list[tuple[int, int]], data_dir: str,
                 article: str = "") -> tuple[str, int, int] | None:
    """The organisation that opens ``sent`` as its subject: (id or ``org:<name>``, start, end),
    or None. ``country_spans`` are the sentence's country mentions (a name that is a country's,
    "Russian Federation", is no organisation); an acronym counts when ``article`` spells it out
    as an organisation's name."""
    lead = _LEAD_IN.match(sent)
    at = lead.end() if lead else 0
    forms, known, _ = _org_forms(data_dir)
    for name in _known_by_head(data_dir).get(sent[at:at + 3], ()):  # (the names that begin as the text at ``at``)
        if sent.startswith(name, at) and not sent[at + len(name):at + len(name) + 1].isalnum():
            # an actor of the table: an organisation acting for itself, else a government's own body
            return (forms[name], at, at + len(name)) if name in forms else None
    m = _ORG_NAME.match(sent, at)
    if m is not None and not any(a < m.end() <= b for a, b in country_spans):
        end = m.end()
        b = _BRACKET.match(sent, end)
        return f"org:{m.group(0).strip()}", at, b.end() if b else end
    a = _ACRONYM.match(sent, at)
    if a is not None and a.group(0) not in known and not any(s <= at < e for s, e in country_spans) \
            and _spelt_out(a.group(0), article):
        return f"org:{a.group(0)}", at, a.end()
    return None


def unlisted_org(ev: dict[str, Any], e_actors: set[str]) -> bool:
    """Whether the event claim's subject is an organisation that the event's actors do not list."""
    org = ev.get(ORG_AGENT)
    return bool(org) and org not in e_actors
