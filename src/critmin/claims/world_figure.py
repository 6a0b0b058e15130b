"""A figure read as the world total that is the figure of the country the sentence ranks.

"Reserves estimated at 22 million tons, the second largest in the world after China": the
figure was read as the world's because "the world" is named in the sentence, but the world
belongs to the rank ("the second largest in the world"), and the figure is that of the country
the rank (or a share) of the same sentence is about. When a tonnage read as the world total is
refuted by the data, and another claim of the sentence, of the same commodity and measure,
names one country, the figure is judged as that country's; the new reading replaces the
refutation only when the data support it (the figure is that country's), so a wrong world
total stays refuted.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from critmin.claims.model import ClaimCheck

__all__ = ["world_figure_of_ranked_country"]


def world_figure_of_ranked_country(checks: list[ClaimCheck], judge: Any) -> None:
    """Re-judge, in place, refuted world tonnages of sentences that rank one country (see the
    module docstring). ``judge(claim)`` is the rules' judge with the article's data bound."""
    for i, cc in enumerate(checks):
        c, v = cc.claim, cc.verdict
        if c.kind != "quantity" or c.country != "WLD" or v.verdict not in ("refuted", "partly_supported"):
            continue
        others = {o.claim.country for j, o in enumerate(checks) if j != i
                  and o.claim.sentence_span == c.sentence_span and o.claim.kind in ("rank", "share")
                  and o.claim.commodity == c.commodity and o.claim.measure == c.measure
                  and o.claim.country not in (None, "WLD")}
        if len(others) != 1:
            continue
        who = others.pop()
        try:
            w = judge(replace(c, country=who))
        except Exception:  # keep the verdict
            continue
        if w.verdict != "supported":
            continue
        w.explanation = (f"the figure is the country's the sentence ranks ({who}), not the world's "
                         f"('the world' belongs to the rank): {w.explanation}")
        checks[i] = ClaimCheck(replace(c, country=who), w)
