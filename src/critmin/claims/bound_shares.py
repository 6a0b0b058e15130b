"""Shares over a world total printed as a lower bound, in a sentence that follows the edition of
the day (labelling rules 3, 4 and 7; thirteenth session).

When the current edition prints a world total only as a bound ("more than 90 Mt" of rare-earth
reserves), rule 7 makes that bound the denominator of a country's share: 44 of more than 90 Mt is
48.9 %. A share that this reading refutes but an older edition's full total matches ("nearly 37%"
of the 120 or 130 Mt once printed) is ``supported_by_other_edition`` on its own (rule 3 (b)). In
a sentence whose other figure an edition current on the date supports ("India holds 6-7% of reserves but
produces less than 1%", "approximately 44 Mt, nearly 37% of the world's"), the sentence follows
the editions of the day, and the share is a wrong part of it: ``refuted``, so the sentence is
``partly_supported`` (README readings C130, C494, C1287, C2842; C145 reads such a sentence as
another edition's).
"""

from __future__ import annotations

from critmin.claims.model import ClaimCheck, Verdict

__all__ = ["bound_share_follows_day"]

#: the derivation the share rule writes on the current edition's rows over a lower-bound total
_BOUND_DERIVED = "share at most"
#: kinds of a figure of the sentence's own
_FIGURE_KINDS = frozenset({"quantity", "share", "rank"})


def bound_share_follows_day(checks: list[ClaimCheck]) -> None:
    """Apply the module's rule to ``checks`` in place."""
    for i, cc in enumerate(checks):
        c, v = cc.claim, cc.verdict
        if c.kind != "share" or v.verdict != "supported_by_other_edition" or c.year is not None or c.edition:
            continue
        day = next((e.edition for e in v.evidence if e.current and (e.derived or "").startswith(_BOUND_DERIVED)), None)
        if day is None:
            continue
        follows = next((o for j, o in enumerate(checks) if j != i and o.claim.sentence_span == c.sentence_span
                        and o.claim.kind in _FIGURE_KINDS and o.claim.commodity == c.commodity
                        and o.verdict.verdict == "supported"), None)
        if follows is None:
            continue
        checks[i] = ClaimCheck(c, Verdict(
            "refuted", f"the sentence follows the editions of the day (its figure {follows.claim.text!r} is "
            f"{follows.verdict.edition}'s); {day}'s lower-bound world total is the share's denominator (rule 7) and disagrees; only "
            f"{v.edition} matches: {v.explanation}", evidence=v.evidence, edition=day))
