"""Claims matched to data that answer another figure of the same sentence.

The checker reads each figure's commodity, measure, stage, country and year from its
clause, and where the clause names one of them not, from the rest of the sentence. When
two figures of one sentence end up read as the same quantity (same kind, commodity,
measure, stage, product, country and year) with values that cannot both hold, the data
can answer at most one of them: the other was given a field that belongs to its
neighbour ("the Asian economy's output reached 41,000 t, while Chile recorded 49,000 t";
"from a 5% share today to 12% in 2030"; "revised down from 22 Mt to 3.5 Mt"). If the
data support one and refute the other, the refuted one is not shown wrong, only read
against a row that does not answer it: it is ``unverifiable``, naming the field the
sentence leaves unstated. Figures whose readings overlap ("64%" and "more than half")
are not in conflict and are left alone, as are figures of different quantities.
"""

from __future__ import annotations

from collections.abc import Sequence

from critmin.claims.match import UNIT_FACTORS
from critmin.claims.model import Claim, ClaimCheck, Verdict

__all__ = ["unread_neighbour_figures"]

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
    return (c.kind, c.commodity, c.measure, c.stage, c.product, c.country, c.year, base)


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
