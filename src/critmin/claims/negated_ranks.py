"""A place among the leaders denied ("doesn't even make the top ten", "is not among the top five
producers"), twenty-sixth session.

The rank readers take "the top ten" and "among the top five" as the place a country holds and never
look at a negation before it, so "According to the USGS, South Africa doesn't even make the top ten
in REE reserves" was *supported* by South Africa's tenth place in MCS 2025, where the sentence says
the opposite (README reading C17309: ``refuted``). A denied place holds exactly when the place does
not: the verdict on the place itself is turned over (``supported`` <-> ``refuted``). A place that only
another edition settles, or a list partly right, is too loose to turn over and stays ``unverifiable``;
an ``unverifiable`` place stays so.

Only a negation in the words right before the place and in its own clause counts: "not", "n't",
"never", "no longer", "fails to" / "failed to" with a verb of ranking or being ("make", "rank",
"be", "feature", "crack", "count"), so that a negation of another verb ("China, which does not
disclose data, is the top producer") does not.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from critmin.claims.model import Claim, Verdict

__all__ = ["denied_place", "judge_denied"]

#: a negated verb of ranking or being right before the place: "doesn't even make the", "is not among the",
#: "did not rank in the", "fails to crack the", "no longer features among the"
_DENIED = re.compile(
    r"\b(?:(?:does|do|did|is|are|was|were|has|have|had|could|would|will)\s*(?:not|n['\u2019]t)|never|no\s+longer"
    r"|fail(?:s|ed)?\s+to)\s+(?:even\s+|yet\s+|quite\s+|still\s+)?"
    r"(?:(?:make|makes|made|rank|ranks|ranked|feature|features|featured|crack|cracks|cracked|count|counts|counted|be|been"
    r"|place|places|placed|figure|figures|appear|appears|appeared|get|gets|got|reach|reaches|reached)\s+)?"
    r"(?:(?:in|into|among|amongst|within|on)\s+)?(?:the\s+|its\s+|a\s+)?(?:world['\u2019]s\s+|global\s+)?$", re.I)


def denied_place(claim: Claim) -> bool:
    """Whether the words right before the claim's place deny it ("doesn't even make the top ten")."""
    if claim.kind != "rank" or claim.rank_op not in ("<=", "==", "among"):
        return False
    a = claim.span[0] - claim.sentence_span[0]
    if not 0 < a <= len(claim.sentence):
        return False
    head = claim.sentence[max(0, a - 60):a]
    return _DENIED.search(head) is not None


def judge_denied(claim: Claim, judge_place: Callable[[Claim], Verdict]) -> Verdict:
    """The verdict on a denied place: the verdict on the place itself, turned over."""
    v = judge_place(claim)
    said = f"the sentence denies the place ({claim.text}); on the place itself: {v.explanation}"
    if v.verdict == "supported":
        return dataclasses.replace(v, verdict="refuted", explanation=said)
    if v.verdict == "refuted":
        return dataclasses.replace(v, verdict="supported", explanation=said)
    if v.verdict == "unverifiable":
        return dataclasses.replace(v, explanation=said)
    return Verdict("unverifiable", f"{said}; another edition's or a partial reading is too loose to turn over",
                   v.evidence, v.edition, needs=v.needs or "the place in the edition of the day")
