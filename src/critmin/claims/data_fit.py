"""Claims matched to data that answer another figure of the same sentence.

The checker reads each figure's commodity, measure, stage, country and year from its
clause, and where the clause names one of them not, from the rest of the sentence. When
two figures of one sentence end up read as the same quantity (same kind, commodity,
measure, stage, product, country, year and any edition its wording names) with values that
cannot both hold, the data can answer at most one of them: the other was given a field that
belongs to its neighbour ("the Asian economy's output reached 41,000 t, while Chile recorded 49,000 t";
"from a 5% share today to 12% in 2030"; "revised down from 22 Mt to 3.5 Mt"). If the
data support one and refute the other, the refuted one is not shown wrong, only read
against a row that does not answer it: it is ``unverifiable``, naming the field the
sentence leaves unstated. Figures whose readings overlap ("64%" and "more than half")
are not in conflict and are left alone, as are figures of different quantities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from critmin.claims.match import UNIT_FACTORS
from critmin.claims.model import Claim, ClaimCheck, Verdict

__all__ = ["partly_matched_measures", "unread_neighbour_figures"]

#: kinds whose figure is one value of one quantity
_SINGLE_FIGURE_KINDS = frozenset({"quantity", "share", "rank"})
#: verdicts that say the data answer a figure
_ANSWERED = frozenset({"supported", "supported_by_other_edition"})


def _quantity_key(c: Claim) -> tuple[object, ...] | None:
    """What the figure was read as being a value of, or None when the reading is incomplete."""
    if c.kind not in _SINGLE_FIGURE_KINDS or not c.commodity or not c.country:
        return None
    base: str | None
    if c.kind == "rank":
        if c.rank is None or c.rank_op not in (None, "=="):
            return None
        base = "rank"
    else:
        if c.value is None:
            return None
        base = UNIT_FACTORS.get(c.unit or "", (c.unit or "", 1.0))[0]
    # a figure tied by its wording to an edition ("from a previous estimate of 22 Mt", "MCS 2024
    # gave ...") is a reading of its own: that edition's figure, not the current one
    return (c.kind, c.commodity, c.measure, c.stage, c.product, c.country, c.year, base, c.edition, c.edition_ref)


def _reading(c: Claim) -> tuple[float, float]:
    """The interval the stated figure stands for, in the unit's base unit."""
    from critmin.claims.verdict import claim_interval

    if c.kind == "rank":
        return float(c.rank or 0), float(c.rank or 0)
    f = UNIT_FACTORS.get(c.unit or "", (c.unit or "", 1.0))[1]
    lo, hi = claim_interval(float(c.value or 0.0), float(c.precision or 0.0), c.hedge)
    return lo * f, hi * f


def _disjoint(a: Claim, b: Claim) -> bool:
    ra, rb = _reading(a), _reading(b)
    return ra[1] < rb[0] or rb[1] < ra[0]


def unread_neighbour_figures(checks: Sequence[ClaimCheck]) -> list[ClaimCheck]:
    """``checks`` with each refuted figure that shares its reading with a supported,
    incompatible figure of its sentence made ``unverifiable`` (see the module docstring)."""
    out = list(checks)
    by_key: dict[tuple[object, ...], list[int]] = {}
    for i, cc in enumerate(out):
        key = _quantity_key(cc.claim)
        if key is not None:
            by_key.setdefault((cc.claim.sentence_span, *key), []).append(i)
    for idxs in by_key.values():
        if len(idxs) < 2:
            continue
        answered = [out[i] for i in idxs if out[i].verdict.verdict in _ANSWERED]
        for i in idxs:
            cc = out[i]
            if cc.verdict.verdict != "refuted":
                continue
            other = next((o for o in answered if _disjoint(o.claim, cc.claim)), None)
            if other is None:
                continue
            c = cc.claim
            what = "rank" if c.kind == "rank" else "figure"
            out[i] = ClaimCheck(c, Verdict(
                "unverifiable",
                f"the sentence gives another {what}, {other.claim.text!r}, for the same reading of the "
                f"quantity ({_reading_words(c)}), and the data support that one; two different values cannot "
                f"both be that quantity, so {c.text!r} is of something its own clause does not name (another "
                f"year, country, stage or edition): {cc.verdict.explanation}",
                evidence=cc.verdict.evidence,
                needs=f"the year, country, stage or edition {c.text!r} is of, stated in its own clause"))
    return out


def _reading_words(c: Claim) -> str:
    parts = [c.commodity or "", c.measure or "", c.stage or "", c.country or "", str(c.year or "latest year")]
    return ", ".join(p for p in parts if p)


# --- a measure matched for some of the commodities the sentence lists ----------------------------

#: event verdicts that say the table's event is the one meant
_EVENT_RIGHT = frozenset({"supported"})


def _listed_commodities(c: Claim) -> set[str]:
    return {x for x in ((c.event or {}).get("commodities") or []) if x and x != "critical_minerals"}


def _event_commodities(e: dict[str, object]) -> set[str]:
    return {x.strip() for x in str(e.get("commodities") or "").split(";") if x.strip()} - {"critical_minerals"}


#: how fine a stated date is
_DATE_RANK = {"year": 0, "month": 1, "week": 2, "range": 2, "day": 3}


def _finest(stated: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The finest stated dates ("in April this year" is April, not the whole year)."""
    if not stated:
        return stated
    top = max(_DATE_RANK.get(p, 0) for _, p in stated)
    return [(d, p) for d, p in stated if _DATE_RANK.get(p, 0) == top]


#: what may stand between two commodities of one list: "gallium, germanium, and antimony",
#: "tungsten and several rare earths", "gallium/germanium"
_LIST_GAP = re.compile(r"(?:\s*(?:,|/|;)?\s*(?:and|or|as\s+well\s+as|plus)?\s*"
                       r"(?:(?:several|some|other|key|certain|various|the)\s+)?)", re.I)


def _listed_with(sentence: str, covered: set[str]) -> set[str]:
    """The commodities named in one list with a commodity of ``covered`` (adjacent names
    separated only by commas, slashes or a conjunction)."""
    from critmin.claims.extract import patterns, scan_entities

    coms = [(a, b, com) for a, b, kind, com, _ in scan_entities(sentence, patterns()) if kind == "commodity"]
    groups: list[list[str]] = []
    last_end = -1
    for a, b, com in coms:
        if groups and _LIST_GAP.fullmatch(sentence[last_end:a]):
            groups[-1].append(com)
        else:
            groups.append([com])
        last_end = b
    out: set[str] = set()
    for g in groups:
        if covered & set(g):
            out |= set(g)
    return out


def _acting_countries(e: dict[str, object]) -> frozenset[str]:
    """The countries acting in an event row: its actors and imposer, an agency standing for its
    country (``mofcom`` is China)."""
    from critmin.claims.event_signatures import _agency_countries
    from critmin.dataset import DATA_DIR

    agency = _agency_countries(str(DATA_DIR))
    cells = [p.strip() for f in ("actors", "imposed_by") for p in str(e.get(f) or "").split(";") if p.strip()]
    return frozenset(p for p in cells if p.isupper() and len(p) == 3) | frozenset(agency[p] for p in cells if p in agency)


def partly_matched_measures(checks: Sequence[ClaimCheck], events: list[dict[str, object]] | None,
                            day: str) -> list[ClaimCheck]:
    """``checks`` with each supported event claim whose measure covers only some of the
    commodities the sentence lists for it made ``partly_supported``, when the events table
    holds another measure of the same kind for a commodity left over, dated before the
    article, whose date is not the stated one ("in 2023 China restricted exports of gallium,
    germanium and antimony": the 2023 measure covers gallium and germanium; antimony's came
    in 2024). A leftover commodity the table holds no measure for changes nothing (rule 4)."""
    from critmin.claims.verdict import _date_matches

    out = list(checks)
    if not events:
        return out
    by_id = {str(e.get("event_id") or ""): e for e in events}
    for i, cc in enumerate(out):
        c, v = cc.claim, cc.verdict
        if c.kind != "event" or v.verdict not in _EVENT_RIGHT or not v.evidence:
            continue
        ev = c.event or {}
        stated = _finest(list(ev.get("dates") or ([(ev["date"], "day")] if ev.get("date") else [])))
        matched = by_id.get(v.evidence[0].edition)
        if not stated or matched is None:
            continue
        covered = _event_commodities(matched)
        left = _listed_commodities(c) - covered
        if left and covered:
            left &= _listed_with(c.sentence, covered)
        if not left or not covered:
            continue
        kind = str(matched.get("type") or "").lower()
        party = _acting_countries(matched)
        wrong: list[str] = []
        for com in sorted(left):
            # (a measure of the same kind by the same country: Indonesia's nickel ban says nothing of
            # what China's list of July covered)
            others = [e for e in events if e is not matched and com in _event_commodities(e)
                      and str(e.get("type") or "").lower() == kind and str(e.get("date") or "")[:10] <= day[:10]
                      and not (party and party.isdisjoint(_acting_countries(e)))]
            if others and not any(_date_matches(d, p, e) for e in others for d, p in stated):
                first = min(str(e.get("date") or "")[:10] for e in others)
                wrong.append(f"{com} ({first})")
        if not wrong:
            continue
        out[i] = ClaimCheck(c, Verdict(
            "partly_supported",
            f"{v.explanation}; but the measure covers {', '.join(sorted(covered))}, not "
            f"{', '.join(w.split(' ')[0] for w in wrong)}, whose measure of that kind the table dates "
            f"otherwise: {', '.join(wrong)}", evidence=v.evidence, edition=v.edition))
    return out
