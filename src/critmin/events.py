"""The policy and deals timeline: typed events, their lifecycles, and the controls in force.

Events come from ``data/events.csv`` (one sourced row per event) and are tied together
by ``data/event_links.csv`` (``suspends``, ``expands``, ``replaces`` ...). Three questions:

* which controls are in force on a date for an element (:meth:`Timeline.in_force`),
* which agreements involve a country (:meth:`Timeline.agreements`),
* what happened to a measure since it was announced (:meth:`Timeline.lifecycle`).

Date rules (documented in docs/events.md):

* A date carries its precision (``2010`` = year, ``2024-10`` = month). A measure with an
  imprecise start is taken to start on the *first* day of its period, an imprecise end
  to last until the *last* day of its period; results flag ``date_precision``.
* A measure is in force from its ``effective_date`` (else its ``date``) through its
  ``end_date`` (inclusive), unless a ``replaces``/``revokes`` event has started, or a
  ``suspends`` event is itself in force on that day. ``extends`` moves the end date.
  An ``expands`` event is a measure in its own right with its own elements.
* Nothing is known after the latest event in the table: a suspension is assumed to end on
  its stated end date unless the table records an extension.

Pure computation over the bundled CSVs; no store, click or networkx import.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from critmin.dataset import DATA_DIR, read_schema, read_table, table_names
from critmin.errors import DataError, UnknownEntityError

__all__ = [
    "AGREEMENT_TYPES",
    "CONTROL_TYPES",
    "ELEMENT_SYMBOLS",
    "EVENT_TYPES",
    "LINK_RELATIONS",
    "ControlStatus",
    "Event",
    "LifecycleStep",
    "Link",
    "Timeline",
    "agreements",
    "controls",
    "event_detail",
    "find_events",
    "load_timeline",
    "parse_date",
]

# Event types that restrict trade and can be "in force".
CONTROL_TYPES = frozenset({"export_control", "quota", "licensing", "tariff", "sanction"})
# Event types that make or carry an agreement between parties.
AGREEMENT_TYPES = frozenset({"agreement", "ratification", "entry_into_force"})
# Relations that end or pause the related measure (see in_force).
ENDING_RELATIONS = frozenset({"replaces", "revokes"})

ELEMENT_SYMBOLS: tuple[str, ...] = (
    "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl",
    "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As",
    "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In",
    "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb",
    "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl",
    "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu", "Am", "Cm", "Bk",
    "Cf", "Es", "Fm", "Md", "No", "Lr", "Rf", "Db", "Sg", "Bh", "Hs", "Mt", "Ds", "Rg", "Cn", "Nh",
    "Fl", "Mc", "Lv", "Ts", "Og",
)
_SYMBOLS = {s.lower(): s for s in ELEMENT_SYMBOLS}


def _allowed(table: str, column: str) -> tuple[str, ...]:
    return tuple(read_schema(table).column(column).allowed or ())


EVENT_TYPES: tuple[str, ...] = _allowed("events", "type")
LINK_RELATIONS: tuple[str, ...] = _allowed("event_links", "relation")


# -- dates -----------------------------------------------------------------------------
def parse_date(text: str | dt.date, *, what: str = "date") -> tuple[dt.date, dt.date, str]:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into (first day, last day, precision),
    by the project's one date rule (:func:`critmin.dates.parse_date`).

    Raises
    ------
    DataError
        Naming ``what`` and the bad text when it is not such a date.
    """
    from critmin.dates import DateParseError
    from critmin.dates import parse_date as parse_partial

    try:
        d = parse_partial(text, where=what)
    except DateParseError:
        raise DataError(f"{what} {str(text).strip()!r} is not a date; expected YYYY-MM-DD (or YYYY-MM, YYYY)") from None
    return d.start, d.end, d.precision


def _day(value: str | dt.date, what: str) -> dt.date:
    """A single day given by the user (YYYY-MM-DD only)."""
    first, _, precision = parse_date(value, what=what)
    if precision != "day":
        raise DataError(f"{what} {value!r} is not a day; expected YYYY-MM-DD (e.g. 2025-06-01)")
    return first


def _split(cell: Any) -> tuple[str, ...]:
    if not isinstance(cell, str):
        return ()
    return tuple(p.strip() for p in cell.split(";") if p.strip())


def _nonan(rec: dict[str, Any]) -> dict[str, Any]:
    """A record with NaN/NA cells turned into None."""
    return {k: (None if v is None or (isinstance(v, float) and v != v) else v) for k, v in rec.items()}


def _text(cell: Any) -> str:
    return cell if isinstance(cell, str) else ""


# -- records ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Event:
    """One row of events.csv with its dates parsed."""

    event_id: str
    date: str
    date_precision: str
    type: str
    title: str
    actors: tuple[str, ...]
    imposed_by: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    commodities: tuple[str, ...] = ()
    elements: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    effective_date: str = ""
    end_date: str = ""
    legal_reference: str = ""
    what_changed: str = ""
    quantity: float | None = None
    unit: str = ""
    detail: str = ""
    status: str = ""
    source_id: str = ""
    more_sources: tuple[str, ...] = ()
    note: str = ""

    @property
    def first_day(self) -> dt.date:
        """Earliest day the event can have happened."""
        return parse_date(self.date, what=f"events.csv {self.event_id} date")[0]

    @property
    def last_day(self) -> dt.date:
        """Latest day the event can have happened."""
        return parse_date(self.date, what=f"events.csv {self.event_id} date")[1]

    @property
    def start(self) -> dt.date:
        """First day the measure applies: the first day of its effective date's period, but
        never before the event itself (an allocation announced mid-period counts from then)."""
        text = self.effective_date or self.date
        return max(parse_date(text, what=f"events.csv {self.event_id} effective_date")[0], self.first_day)

    @property
    def end(self) -> dt.date | None:
        """Last day the measure applies (inclusive), or None when open-ended or unknown."""
        if not self.end_date:
            return None
        return parse_date(self.end_date, what=f"events.csv {self.event_id} end_date")[1]

    @property
    def sources(self) -> tuple[str, ...]:
        return (self.source_id, *self.more_sources)

    def record(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id, "date": self.date, "date_precision": self.date_precision,
            "effective_date": self.effective_date, "end_date": self.end_date, "type": self.type,
            "title": self.title, "actors": ";".join(self.actors), "imposed_by": ";".join(self.imposed_by),
            "targets": ";".join(self.targets), "commodities": ";".join(self.commodities),
            "elements": ";".join(self.elements), "stages": ";".join(self.stages),
            "legal_reference": self.legal_reference, "what_changed": self.what_changed,
            "quantity": self.quantity, "unit": self.unit, "detail": self.detail, "status": self.status,
            "source_id": self.source_id, "more_sources": ";".join(self.more_sources), "note": self.note,
        }


EVENT_COLUMNS = [
    "event_id", "date", "date_precision", "effective_date", "end_date", "type", "title", "actors",
    "imposed_by", "targets", "commodities", "elements", "stages", "legal_reference", "what_changed",
    "quantity", "unit", "detail", "status", "source_id", "more_sources", "note",
]


@dataclass(frozen=True)
class Link:
    """One row of event_links.csv: ``event_id`` <relation> ``related_event_id``."""

    event_id: str
    related_event_id: str
    relation: str
    source_id: str
    note: str = ""


@dataclass(frozen=True)
class ControlStatus:
    """A control in force on a date, with the links that bear on it."""

    event: Event
    as_of: dt.date
    start: dt.date
    end: dt.date | None
    modified_by: tuple[str, ...] = ()
    caveat: str = ""


@dataclass(frozen=True)
class LifecycleStep:
    """One step in the life of a measure."""

    event: Event
    relation: str  # "" for the measure itself
    acts_on: str  # the event this step acts on ("" for the measure itself)
    depth: int
    link_source_id: str = ""


# -- the timeline ----------------------------------------------------------------------
@dataclass
class Timeline:
    """Events, links and the reference tables needed to resolve names."""

    events: dict[str, Event]
    links: list[Link]
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    commodity_elements: dict[str, tuple[str, ...]] = field(default_factory=dict)
    memberships: dict[str, set[str]] = field(default_factory=dict)  # actor -> blocs it belongs to
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    data_dir: Path = DATA_DIR

    # .. loading .........................................................................
    @classmethod
    def load(cls, data_dir: Path | str | None = None) -> Timeline:
        """Read events, links, actors, relations, commodities and sources from ``data_dir``."""
        ddir = Path(data_dir or os.environ.get("CRITMIN_DATA_DIR") or DATA_DIR)
        names = set(table_names(ddir))
        missing = [t for t in ("events", "event_links", "actors") if t not in names]
        if missing:
            raise DataError(
                f"the dataset in {ddir} has no {', '.join(missing)} table(s)",
                hint="the policy timeline ships with critmin; unset CRITMIN_DATA_DIR to use it",
            )
        ev = read_table("events", ddir)
        events: dict[str, Event] = {}
        for r in ev.to_dict("records"):
            q = r.get("quantity")
            events[r["event_id"]] = Event(
                event_id=r["event_id"], date=str(r["date"]), date_precision=r["date_precision"],
                type=r["type"], title=r["title"], actors=_split(r["actors"]),
                imposed_by=_split(r["imposed_by"]), targets=_split(r["targets"]),
                commodities=_split(r["commodities"]), elements=_split(r["elements"]),
                stages=_split(r["stages"]), effective_date=_text(r["effective_date"]),
                end_date=_text(r["end_date"]), legal_reference=_text(r["legal_reference"]),
                what_changed=_text(r["what_changed"]),
                quantity=None if q is None or q != q else float(q), unit=_text(r["unit"]),
                detail=_text(r["detail"]), status=_text(r["status"]), source_id=r["source_id"],
                more_sources=_split(r["more_sources"]), note=_text(r["note"]),
            )
        links = [
            Link(r["event_id"], r["related_event_id"], r["relation"], r["source_id"], _text(r["note"]))
            for r in read_table("event_links", ddir).to_dict("records")
        ]
        actors = {r["actor_id"]: _nonan(r) for r in read_table("actors", ddir).to_dict("records")}
        memberships: dict[str, set[str]] = {}
        if "relations" in names:
            for r in read_table("relations", ddir).to_dict("records"):
                if r["relation"] == "member_of":
                    memberships.setdefault(r["subject"], set()).add(r["object"])
        com = read_table("commodities", ddir)
        commodity_elements = {r["slug"]: _split(r["elements"]) for r in com.to_dict("records")}
        sources = {r["source_id"]: _nonan(r) for r in read_table("sources", ddir).to_dict("records")}
        return cls(events, links, actors, commodity_elements, memberships, sources, ddir)

    # .. integrity .......................................................................
    def problems(self) -> list[str]:
        """Integrity problems: unresolved ids in multi-valued columns, bad dates, link cycles."""
        out: list[str] = []
        for e in self.events.values():
            where = f"events.csv {e.event_id}"
            for col in ("actors", "imposed_by", "targets"):
                out += [f"{where} {col}: unknown actor {a!r}" for a in getattr(e, col) if a not in self.actors]
            out += [f"{where} commodities: unknown commodity {c!r}" for c in e.commodities
                    if c not in self.commodity_elements]
            out += [f"{where} elements: {s!r} is not an element symbol" for s in e.elements
                    if s not in ELEMENT_SYMBOLS]
            out += [f"{where} more_sources: unknown source {s!r}" for s in e.more_sources
                    if s not in self.sources]
            try:
                first, _, precision = parse_date(e.date, what=f"{where} date")
                if precision != e.date_precision:
                    out.append(f"{where} date_precision: {e.date_precision!r} but date {e.date!r} is {precision}")
                if e.end is not None and e.end < e.start:
                    out.append(f"{where} end_date {e.end_date} is before its start {e.start}")
                if e.effective_date and parse_date(e.effective_date)[1] < first:
                    out.append(f"{where} effective_date {e.effective_date} is before date {e.date}")
            except DataError as err:
                out.append(err.message)
        for ln in self.links:
            for eid in (ln.event_id, ln.related_event_id):
                if eid not in self.events:
                    out.append(f"event_links.csv: unknown event {eid!r}")
            if ln.event_id == ln.related_event_id:
                out.append(f"event_links.csv: {ln.event_id} links to itself")
        cycle = self._find_cycle()
        if cycle:
            out.append("event_links.csv: links form a cycle: " + " -> ".join(cycle))
        return out

    def _find_cycle(self) -> list[str]:
        graph: dict[str, list[str]] = {}
        for ln in self.links:
            graph.setdefault(ln.event_id, []).append(ln.related_event_id)
        state: dict[str, int] = {}
        stack: list[str] = []

        def visit(node: str) -> list[str]:
            state[node] = 1
            stack.append(node)
            for nxt in graph.get(node, []):
                if state.get(nxt) == 1:
                    return [*stack[stack.index(nxt):], nxt]
                if nxt not in state:
                    found = visit(nxt)
                    if found:
                        return found
            stack.pop()
            state[node] = 2
            return []

        for node in list(graph):
            if node not in state:
                found = visit(node)
                if found:
                    return found
        return []

    # .. name resolution .................................................................
    def get(self, event_id: str) -> Event:
        """The event with this id (case-insensitive)."""
        ev = self.events.get(event_id) or self.events.get(str(event_id).strip().lower())
        if ev is None:
            raise UnknownEntityError("event", event_id, self.events,
                                     hint=None if len(event_id) > 3 else "see `critmin events`")
        return ev

    def resolve_element(self, text: str) -> str:
        """An element symbol from a symbol (any case) or an element name (``dysprosium``)."""
        t = str(text).strip()
        if t.lower() in _SYMBOLS:
            return _SYMBOLS[t.lower()]
        slug = t.lower().replace(" ", "_").replace("-", "_")
        els = self.commodity_elements.get(slug, ())
        if len(els) == 1:
            return els[0]
        raise UnknownEntityError("element", t, [*ELEMENT_SYMBOLS, *self.commodity_elements],
                                 hint="give a chemical symbol such as Dy or Ga")

    def resolve_commodity(self, text: str) -> str:
        t = str(text).strip()
        if t in self.commodity_elements:
            return t
        from critmin.names import gazetteer

        return gazetteer(self.data_dir).commodity(t)

    def resolve_actor(self, text: str) -> str:
        """An actor id from an id, an ISO3 code, a name or an alias (case-insensitive)."""
        t = str(text).strip()
        if t in self.actors:
            return t
        low = t.lower()
        for aid, row in self.actors.items():
            names = [aid, row.get("name") or "", *_split(row.get("aliases"))]
            if any(low == n.lower() for n in names):
                return aid
        try:
            from critmin.names import gazetteer

            return gazetteer(self.data_dir).country(t)
        except UnknownEntityError:
            raise UnknownEntityError(
                "actor", t, list(self.actors), hint="see actors.csv; countries by ISO3 code (e.g. USA)"
            ) from None

    def _actor_family(self, actor_id: str) -> set[str]:
        """The actor plus every actor that belongs to it (its agencies and companies)."""
        fam = {actor_id}
        for aid, row in self.actors.items():
            if row.get("country") == actor_id:
                fam.add(aid)
        return fam

    # .. matching ........................................................................
    def _matches_commodity(self, e: Event, slug: str) -> bool:
        if slug in e.commodities:
            return True
        els = set(self.commodity_elements.get(slug, ()))
        return bool(els and els & set(e.elements))

    def _matches(
        self, e: Event, *, element: str | None = None, commodity: str | None = None,
        actor: str | None = None, stage: str | None = None, types: Sequence[str] | None = None,
    ) -> bool:
        if types and e.type not in types:
            return False
        if element and element not in e.elements:
            return False
        if commodity and not self._matches_commodity(e, commodity):
            return False
        if stage and stage not in e.stages and "all" not in e.stages:
            return False
        if actor:
            fam = self._actor_family(actor)
            if not fam & set(e.actors + e.imposed_by + e.targets):
                return False
        return True

    # .. questions .......................................................................
    def query(
        self,
        *,
        date_from: str | dt.date | None = None,
        date_to: str | dt.date | None = None,
        type: str | Sequence[str] | None = None,
        commodity: str | None = None,
        element: str | None = None,
        actor: str | None = None,
        stage: str | None = None,
    ) -> list[Event]:
        """Events matching every given filter, oldest first.

        ``date_from``/``date_to`` keep events whose date period overlaps the range
        (a year-precision event dated 2010 is kept for ``date_from=2010-06-01``).
        """
        types = [type] if isinstance(type, str) else list(type or [])
        for t in types:
            if t not in EVENT_TYPES:
                raise UnknownEntityError("event type", t, EVENT_TYPES)
        lo = parse_date(date_from, what="from date")[0] if date_from else None
        hi = parse_date(date_to, what="to date")[1] if date_to else None
        if lo and hi and lo > hi:
            raise DataError(f"from date {date_from} is after to date {date_to}")
        el = self.resolve_element(element) if element else None
        com = self.resolve_commodity(commodity) if commodity else None
        act = self.resolve_actor(actor) if actor else None
        if stage and stage not in _STAGES:
            raise UnknownEntityError("stage", stage, _STAGES)
        out = [
            e for e in self.events.values()
            if (lo is None or e.last_day >= lo) and (hi is None or e.first_day <= hi)
            and self._matches(e, element=el, commodity=com, actor=act, stage=stage, types=types)
        ]
        return sorted(out, key=lambda e: (e.first_day, e.event_id))

    def _incoming(self, event_id: str) -> list[Link]:
        return [ln for ln in self.links if ln.related_event_id == event_id]

    def _end_on(self, e: Event, day: dt.date) -> dt.date | None:
        """Last day of ``e`` as known on ``day``: an ``extends`` event announced by then moves it."""
        end = e.end
        for ln in self._incoming(e.event_id):
            other = self.events[ln.event_id]
            if ln.relation == "extends" and other.first_day <= day:
                end = other.end
        return end

    def _active(self, e: Event, day: dt.date, seen: frozenset[str] = frozenset()) -> tuple[bool, str]:
        """Whether ``e`` applies on ``day`` following its lifecycle; (False, reason) if not."""
        if e.event_id in seen:
            return False, "cycle"
        seen = seen | {e.event_id}
        start, end = e.start, self._end_on(e, day)
        incoming = self._incoming(e.event_id)
        if day < start:
            return False, f"not yet in force (from {start})"
        if end is not None and day > end:
            return False, f"ended {end}"
        for ln in incoming:
            other = self.events[ln.event_id]
            if ln.relation in ENDING_RELATIONS and other.start <= day:
                return False, f"{ln.relation[:-1]}d by {other.event_id}"
            if ln.relation == "suspends":
                ok, _ = self._active(other, day, seen)
                if ok:
                    return False, f"suspended by {other.event_id} until {other.end or 'further notice'}"
        return True, ""

    def in_force(
        self,
        as_of: str | dt.date,
        element: str | None = None,
        commodity: str | None = None,
        *,
        destination: str | None = None,
        imposed_by: str | None = None,
    ) -> list[ControlStatus]:
        """Controls in force on ``as_of`` (a day), optionally for an element, commodity,
        destination country (measures that target no one apply to every destination)
        or imposing actor; oldest first."""
        day = _day(as_of, "as-of date")
        el = self.resolve_element(element) if element else None
        com = self.resolve_commodity(commodity) if commodity else None
        dest = self.resolve_actor(destination) if destination else None
        imp = self.resolve_actor(imposed_by) if imposed_by else None
        out: list[ControlStatus] = []
        for e in sorted(self.events.values(), key=lambda e: (e.start, e.event_id)):
            if e.type not in CONTROL_TYPES:
                continue
            if not self._matches(e, element=el, commodity=com):
                continue
            if dest and e.targets and not self._actor_family(dest) & set(e.targets):
                continue
            if imp and not self._actor_family(imp) & set(e.imposed_by + e.actors):
                continue
            ok, _ = self._active(e, day)
            if not ok:
                continue
            mods = tuple(f"{ln.relation} {ln.related_event_id}" if ln.event_id == e.event_id
                         else f"{ln.event_id} {ln.relation}" for ln in self.links
                         if e.event_id in (ln.event_id, ln.related_event_id))
            caveat = ""
            if e.end is None and e.status in {"expired", "superseded", "revoked", "ended"}:
                caveat = f"recorded as {e.status} but the end date is not known"
            elif e.status == "unknown":
                caveat = "later status not known"
            elif e.date_precision != "day" or (e.effective_date and len(e.effective_date) < 10):
                caveat = "start known only to the " + ("year" if len(e.effective_date or e.date) == 4 else "month")
            out.append(ControlStatus(e, day, e.start, self._end_on(e, day), mods, caveat))
        return out

    def agreements(self, country: str) -> list[Event]:
        """Agreements (and their ratification or entry into force) involving ``country``,
        directly, through its agencies and companies, or through a bloc it belongs to."""
        actor = self.resolve_actor(country)
        fam = self._actor_family(actor)
        blocs = set().union(*(self.memberships.get(a, set()) for a in fam))
        fam |= blocs
        out = [e for e in self.events.values()
               if e.type in AGREEMENT_TYPES and fam & set(e.actors + e.imposed_by + e.targets)]
        return sorted(out, key=lambda e: (e.first_day, e.event_id))

    def lifecycle(self, event_id: str) -> list[LifecycleStep]:
        """What happened to a measure since it was announced: the measure, then every event
        acting on it (and on those), oldest first.

        Links are followed backwards (from the measure to events that suspend, expand,
        replace ... it). Beyond the first step, ``responds_to`` and ``implements`` are
        followed only between events of the same type (a WTO panel responding to a
        complaint, an appeal to the panel), so a deal answering one measure does not pull
        in everything else the deal touched.
        """
        root = self.get(event_id)
        found: dict[str, LifecycleStep] = {root.event_id: LifecycleStep(root, "", "", 0)}
        frontier = [(root, 0)]
        while frontier:
            cur, depth = frontier.pop(0)
            for ln in self._incoming(cur.event_id):
                other = self.events[ln.event_id]
                if depth >= 1 and ln.relation in {"responds_to", "implements"} and other.type != cur.type:
                    continue
                if other.event_id in found:  # one step acting on several parts: list them all
                    prev = found[other.event_id]
                    if prev.depth and cur.event_id not in prev.acts_on.split(";"):
                        found[other.event_id] = LifecycleStep(
                            other, prev.relation, f"{prev.acts_on};{cur.event_id}", prev.depth,
                            prev.link_source_id)
                    continue
                found[other.event_id] = LifecycleStep(other, ln.relation, cur.event_id, depth + 1, ln.source_id)
                frontier.append((other, depth + 1))
        head, *rest = found.values()
        rest.sort(key=lambda s: (s.event.first_day, s.event.start, s.depth, s.event.event_id))
        return [head, *rest]

    def context(self, event_id: str) -> list[Link]:
        """Links from this event to earlier ones (what it modifies, expands, responds to)."""
        ev = self.get(event_id)
        return [ln for ln in self.links if ln.event_id == ev.event_id]

    @property
    def last_date(self) -> dt.date:
        """Latest day covered by the table."""
        return max(e.last_day for e in self.events.values())


_STAGES = ("mining", "refining", "metal", "magnet", "trade", "use", "technology", "equipment", "all")


@lru_cache(maxsize=4)
def _load_cached(data_dir: str, stamp: float) -> Timeline:
    return Timeline.load(data_dir)


def load_timeline(data_dir: Path | str | None = None) -> Timeline:
    """The timeline of ``data_dir`` (default ``$CRITMIN_DATA_DIR`` or the bundled data), cached."""
    ddir = Path(data_dir or os.environ.get("CRITMIN_DATA_DIR") or DATA_DIR)
    path = ddir / "events.csv"
    stamp = path.stat().st_mtime if path.exists() else 0.0
    return _load_cached(str(ddir), stamp)


# -- API behind the CLI: Answers with sources ------------------------------------------
def _answer(tl: Timeline, columns: list[str], rows: list[tuple[Any, ...]], source_ids: Iterable[str],
            **kw: Any) -> Any:
    from critmin.service import Answer

    ids = sorted({s for s in source_ids if s})
    srcs = [dict(tl.sources[s]) for s in ids if s in tl.sources]
    meta = {"timeline_last_date": tl.last_date.isoformat(), **kw.pop("meta", {})}
    return Answer(columns, rows, sources=srcs, meta=meta, **kw)


LIST_COLUMNS = ["date", "date_precision", "event_id", "type", "title", "imposed_by", "targets",
                "commodities", "elements", "legal_reference", "status", "source_id"]


def find_events(
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    type: str | Sequence[str] | None = None,
    commodity: str | None = None,
    element: str | None = None,
    actor: str | None = None,
    stage: str | None = None,
    timeline: Timeline | None = None,
) -> Any:
    """Events matching the filters as an :class:`~critmin.service.Answer` (all columns)."""
    tl = timeline or load_timeline()
    evs = tl.query(date_from=date_from, date_to=date_to, type=type, commodity=commodity,
                   element=element, actor=actor, stage=stage)
    rows = [tuple(e.record()[c] for c in EVENT_COLUMNS) for e in evs]
    return _answer(tl, EVENT_COLUMNS, rows, [s for e in evs for s in e.sources],
                   title="Policy and deals timeline", display=LIST_COLUMNS,
                   caption=f"{len(rows)} event(s)")


CONTROL_COLUMNS = ["event_id", "date", "title", "imposed_by", "targets", "elements", "commodities",
                   "in_force_from", "in_force_until", "legal_reference", "status_recorded",
                   "lifecycle", "caveat", "source_id"]


def controls(
    as_of: str | dt.date,
    element: str | None = None,
    commodity: str | None = None,
    *,
    destination: str | None = None,
    imposed_by: str | None = None,
    timeline: Timeline | None = None,
) -> Any:
    """Controls in force on a date (see :meth:`Timeline.in_force`) as an Answer."""
    tl = timeline or load_timeline()
    found = tl.in_force(as_of, element, commodity, destination=destination, imposed_by=imposed_by)
    rows = [
        (c.event.event_id, c.event.date, c.event.title, ";".join(c.event.imposed_by),
         ";".join(c.event.targets) or "all destinations", ";".join(c.event.elements),
         ";".join(c.event.commodities), c.start.isoformat(), c.end.isoformat() if c.end else "",
         c.event.legal_reference, c.event.status, "; ".join(c.modified_by), c.caveat, c.event.source_id)
        for c in found
    ]
    day = _day(as_of, "as-of date")
    meta: dict[str, Any] = {"as_of": day.isoformat()}
    caption = f"{len(rows)} control(s) in force on {day.isoformat()}"
    if day > tl.last_date:
        meta["caveat"] = (f"the timeline's latest event is dated {tl.last_date.isoformat()}; later "
                          "changes (for example extensions of suspensions) are not known")
        caption += " (after the timeline's latest event: see caveat)"
    return _answer(tl, CONTROL_COLUMNS, rows, [s for c in found for s in c.event.sources],
                   title="Controls in force", caption=caption, meta=meta,
                   display=["event_id", "title", "elements", "targets", "in_force_from",
                            "in_force_until", "legal_reference", "caveat"])


LIFECYCLE_COLUMNS = ["step", "date", "event_id", "type", "relation", "acts_on", "title", "what_changed",
                     "effective_date", "end_date", "status", "legal_reference", "source_id"]


def event_detail(event_id: str, *, timeline: Timeline | None = None) -> Any:
    """One event and its lifecycle (the event first, then what acted on it) as an Answer."""
    tl = timeline or load_timeline()
    steps = tl.lifecycle(event_id)
    rows = [
        (i, s.event.date, s.event.event_id, s.event.type, s.relation or "(measure)", s.acts_on,
         s.event.title, s.event.what_changed, s.event.effective_date, s.event.end_date,
         s.event.status, s.event.legal_reference, s.event.source_id)
        for i, s in enumerate(steps)
    ]
    root = steps[0].event
    ctx = [f"{ln.relation} {ln.related_event_id}" for ln in tl.context(root.event_id)]
    ids = [x for s in steps for x in (*s.event.sources, s.link_source_id)]
    return _answer(tl, LIFECYCLE_COLUMNS, rows, ids, title=f"{root.event_id}: {root.title}",
                   caption=f"Lifecycle of {root.event_id} ({len(rows) - 1} later event(s))",
                   meta={"event": root.record(), "context": ctx},
                   display=["step", "date", "event_id", "relation", "acts_on", "title", "status"])


def agreements(country: str, *, timeline: Timeline | None = None) -> Any:
    """Agreements involving a country as an Answer."""
    tl = timeline or load_timeline()
    evs = tl.agreements(country)
    rows = [tuple(e.record()[c] for c in EVENT_COLUMNS) for e in evs]
    return _answer(tl, EVENT_COLUMNS, rows, [s for e in evs for s in e.sources],
                   title=f"Agreements involving {tl.resolve_actor(country)}", display=LIST_COLUMNS,
                   caption=f"{len(rows)} agreement event(s)")
