"""Percentages whose base is no world total (labelling rule 6: another basis): ``unverifiable``.

A share claim is read as a country's share of world output, reserves or trade. Two wordings give a
percentage of something else, and a world table can neither support nor refute them:

* **a share of a product's value**, a threshold of a rule: "when those materials represent 0.1 percent
  or more of an item's value", "where the value of those materials accounts for 0.1% of the item's
  value" (the de-minimis rule of an export control, a term of the recorded measure);
* **a part of a country's own output set aside**: "orders for DRC to retain 10% of production to
  constitute a strategic stockpile" (a quota's reserve, not the country's share of the world).

:func:`other_base_shares` turns such share claims into ``unverifiable`` (in place, the evidence the
share judge read kept), after every other stage and only with the matcher on (as
:mod:`critmin.claims.unheld_acts`): nothing the learned parts are trained on changes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from critmin.claims.model import ClaimCheck, Verdict

_PERCENT = r"(?:%|\bper\s?cent\b|\bpercent\b)"
#: the percentage's base, said right after it: a value, or a country's own output set aside
_OTHER_BASE = re.compile(
    _PERCENT + r"\s+(?:or\s+(?:more|less)\s+)?of\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+['\u2019]s\s+)?"
    r"(?:total\s+|declared\s+|customs\s+)?value\b"
    r"|\b(?:retain|reserve|keep|set\s+aside|withhold)\s+(?:[\w-]+\s+){0,2}\d+(?:\.\d+)?\s*" + _PERCENT
    + r"\s+of\s+(?:(?:its|their|the|national|domestic)\s+)?(?:own\s+)?(?:production|output|volumes?)\b", re.I)


def other_base(sentence: str) -> re.Match[str] | None:
    """The words that give a percentage of the sentence a base other than a world total, if any."""
    return _OTHER_BASE.search(sentence)


def other_base_shares(checks: list[ClaimCheck]) -> None:
    """Turn into ``unverifiable`` (in place) every judged share claim whose percentage is of another base
    (:func:`other_base`): a value threshold or a part of a country's own output, no share of the world."""
    for i, cc in enumerate(checks):
        c, v = cc.claim, cc.verdict
        if c.kind != "share" or v.verdict == "unverifiable":
            continue
        m = other_base(c.sentence)
        if m is None:
            continue
        # the percentage the claim read is the one the base follows (its text overlaps the match)
        a, b = c.span[0] - c.sentence_span[0], c.span[1] - c.sentence_span[0]
        if not (a <= m.end() and b >= m.start()):
            continue
        checks[i] = replace(cc, verdict=Verdict(
            "unverifiable", f"the percentage is of another base ('{m.group(0)}'), not a share of a world total "
                            "(labelling rule 6)", v.evidence,
            needs="the base the percentage is of (a product's value, a country's own output)"))
