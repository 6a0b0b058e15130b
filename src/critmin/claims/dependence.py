"""Heavy dependence on one supplier, stated without a figure (issue 6, like rule 12's
"monopoly": a degree word is a threshold).

"The U.S. is heavily reliant on China for rare earths", "gallium supply remains largely
dependent on China": an intensifier (heavily, largely, mostly, overwhelmingly ...) before
the dependence says the supplier provides *more than half*:

* of the buyer's imports, when a buyer is named (the USGS MCS import-sources line);
* of world output, when no buyer is named and the subject is the commodity's supply or
  output at large ("global gallium output depends largely on China").

More than half holds → ``supported``. Less does not refute (a looser "heavily" may mean less),
and a buyer or supplier the data do not hold stays ``unverifiable``, as before. A dependence
with no intensifier ("is reliant on China") or a negated one keeps no threshold.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from critmin.claims.model import Claim, Verdict

__all__ = ["HEAVY_DEPENDENCE", "heavy_dependence", "judge_heavy_dependence", "named_supplier", "relied_on"]

#: key of ``Claim.comparison`` for the supplier of a heavy dependence
HEAVY_DEPENDENCE = "heavy_on"

#: degree words that make a dependence "more than half"
_HEAVY_WORDS = frozenset({
    "heavily", "heavy", "largely", "mostly", "mainly", "chiefly", "primarily", "predominantly", "overwhelmingly",
    "entirely", "highly", "hugely", "massively", "deeply", "critically", "great", "huge", "massive", "near-total",
})
_NEGATION = frozenset({"not", "no", "never", "less", "reduce", "reducing", "reduced", "lessen", "cut", "end", "ending"})
_WORD = re.compile(r"[a-z-]+")
#: the subject of a dependence with no buyer is the commodity's supply at large
_WORLD_SUPPLY = re.compile(r"\b(?:supply|supplies|output|production|world(?:['\u2019]s)?|global|worldwide)\b", re.I)
#: "foreign nations, particularly China": the supplier a dependence names after a broader one
_SINGLED_OUT = re.compile(r"[^.;:]{0,40}?\b(?:particularly|especially|notably|mainly|chiefly|primarily|above\s+all)\s+"
                          r"(?:on\s+|from\s+)?(?:the\s+)?$", re.I)


#: a percentage: the sentence sizes the dependence itself
_PERCENT_AFTER = re.compile(r"\d\s*(?:%|per\s*cent|percent)", re.I)


def heavy_dependence(text: str, start: int, end: int, stop: int | None = None) -> bool:
    """Whether the dependence phrase ``text[start:end]`` ("reliant on", "sourced from") has a
    degree word in it or in the three words before it, no negation, and no percentage after
    it up to ``stop`` (the sentence's end), which would size the dependence itself."""
    if _PERCENT_AFTER.search(text, end, stop if stop is not None else len(text)):
        return False
    before = _WORD.findall(text[max(0, start - 30):start].lower())[-3:]
    inside = _WORD.findall(text[start:end].lower())
    if any(w in _NEGATION for w in before):
        return False
    return any(w in _HEAVY_WORDS for w in before + inside)


def named_supplier(text: str, end: int, countries: list[Any]) -> Any:
    """The country a dependence names right after it, or singled out within the next words
    ("on foreign nations, particularly China")."""
    for c in countries:
        if end <= c.start <= end + 12:
            return c
        if end <= c.start <= end + 60 and _SINGLED_OUT.match(text, end, c.start):
            return c
    return None


def judge_heavy_dependence(claim: Claim, share: Any, import_share: Any, ctx: Any) -> Verdict | None:
    """The verdict on a heavy dependence (``comparison[HEAVY_DEPENDENCE]`` names the supplier),
    using the checker's own share (``share``) and import-share (``import_share``) judges on
    the same claim read as "more than 50%"; None when the claim is no such dependence."""
    supplier = (claim.comparison or {}).get(HEAVY_DEPENDENCE)
    if not supplier:
        return None
    buyer = claim.country if claim.country not in (None, "WLD") else None
    if buyer == supplier:
        return None
    if buyer is None and not _WORLD_SUPPLY.search(claim.sentence, 0, max(0, claim.span[0] - claim.sentence_span[0])):
        return None  # "the gallium Europe uses is largely sourced from China": a buyer the data do not name
    if buyer is not None:
        probe = replace(claim, country=supplier, comparison={"buyer": buyer}, value=50.0, share=0.5,
                        hedge="more than", precision=0.5)
        v = import_share(probe, ctx)
        what = f"more than half of its imports come from {supplier}"
    else:
        probe = replace(claim, country=supplier, comparison=None, measure="production", stage=None, value=50.0,
                        share=0.5, hedge="more than", precision=0.5, basis=None)
        v = share(probe, ctx)
        what = f"{supplier} supplies more than half of world output"
    said = f"a heavy dependence on one supplier, read as: {what}"
    if v.verdict in ("supported", "supported_by_other_edition"):
        return Verdict(v.verdict, f"{said}; {v.explanation}", v.evidence, v.edition)
    return Verdict("unverifiable", f"{said}; the data do not show it ({v.explanation}), and a dependence "
                   "without a figure is too loose to refute", v.evidence, v.edition,
                   needs=v.needs or "the supplier's share as a figure")


#: "relies on", "dependent upon", "reliance on the": the supplier follows
_RELIED_ON = re.compile(r"\b(?:relie[sd]|rely|relying|reliant|reliance|depends?|depended|depending|dependent|dependence)"
                        r"\s+(?:[\w-]+\s+)?(?:up)?on\s+(?:the\s+)?$", re.I)


def relied_on(text: str, start: int) -> bool:
    """Whether the country at ``start`` is the supplier of a dependence ("relied on China for
    70% of its imports"), so the "its" after it is the buyer named before."""
    return _RELIED_ON.search(text, max(0, start - 40), start) is not None
