"""Ranks read for an umbrella term or for a commodity the data rank nowhere (thirteenth session).

"Cobalt is one of many critical mineral supply chains dominated by China", "China is the leading
producer of these and many other critical raw materials", "the dominant producer of both
germanium and gallium": the rank's own phrase names the umbrella term ("critical minerals") or a
commodity no edition ranks (germanium), so it is left ``unverifiable`` for want of a table, while
the sentence, or the one before it that "these" / "this group of" points back to, names the
commodity the place is claimed in. Labelling rule 4 checks the parts the bundle can check: the
rank is judged again for each specific commodity the sentence names (else, after such a pointer
word, for those of the nearer of the two sentences before that names one) and takes the first verdict that is ``supported``. As for
the article's subject (``article_subject.py``), nothing is refuted on this second reading: a rank
that no such commodity supports keeps its verdict.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from critmin.claims.model import Claim, ClaimCheck, Verdict

__all__ = ["specific_commodity_ranks"]

#: the umbrella slug of commodities.csv ("critical minerals", "critical raw materials")
UMBRELLA = "critical_minerals"
#: words that point back to the commodities of the sentence before
_POINTER = re.compile(r"\b(?:these|this\s+group\s+of|the\s+two|both\s+of\s+these|those"
                      # (twenty-fifth session) "the world's dominant producer of both metals" (C17602)
                      r"|both\s+(?:[\w-]+\s+)?(?:metals|minerals|materials|elements|commodities)\b"
                      r"|the\s+(?:metals|minerals|materials|elements)\b(?!\s+(?:that|which|used|needed|found|such)\b))\b",
                      re.I)
#: how far back (characters) the two sentences before are looked for
_REACH = 500
#: why a rank verdict is open for want of a table of its commodity
_NO_TABLE = ("no table of", "names no commodity")


def _open_for_commodity(cc: ClaimCheck) -> bool:
    c, v = cc.claim, cc.verdict
    return c.kind == "rank" and v.verdict == "unverifiable" and bool(c.country) and (
        c.commodity == UMBRELLA or any(w in v.explanation for w in _NO_TABLE))


def _commodities(text: str, data_dir: str) -> list[str]:
    from critmin.claims.extract import patterns, scan_entities

    out: list[str] = []
    for _s, _e, kind, value, _poss in scan_entities(text, patterns(data_dir)):
        if kind != "country" and value != UMBRELLA and value not in out:
            out.append(value)
    return out


def _family(commodity: str | None, data_dir: str) -> str | None:
    """The top parent of ``commodity`` in ``commodities.csv`` (dysprosium -> rare earths)."""
    from critmin.claims.article_commodity import _PARENTS, _parents

    parents = _PARENTS.get(data_dir)
    if parents is None:
        parents = _PARENTS[data_dir] = _parents(data_dir)
    return parents.get(commodity or "")


def _sentences_before(text: str, start: int, n: int = 2) -> list[str]:
    """The ``n`` sentences of the article (as the extractor splits it) ending right before
    ``start``, nearest first, within ``_REACH`` characters."""
    from critmin.claims.extract import sentence_spans

    spans = [(a, b) for a, b in sentence_spans(text) if b <= start and b >= start - _REACH]
    return [text[max(a, start - _REACH):b] for a, b in reversed(spans[-n:])]


def specific_commodity_ranks(checks: list[ClaimCheck], text: str, judging: Callable[[Claim], Verdict],
                             data_dir: str) -> None:
    """Apply the module's rule to ``checks`` in place."""
    for i, cc in enumerate(checks):
        if not _open_for_commodity(cc):
            continue
        c = cc.claim
        named = [x for x in _commodities(c.sentence, data_dir) if x != c.commodity]
        source = "the sentence"
        if not named and _POINTER.search(c.sentence):  # (twenty-third session: also for a commodity read
            # from the context that no edition ranks, "China's dominance of these materials" after gallium
            # and germanium)
            family = _family(c.commodity, data_dir)
            for before in _sentences_before(text, c.sentence_span[0]):
                named = [x for x in reversed(_commodities(before, data_dir))  # (the last named first)
                         if x != c.commodity and not (x == family and c.commodity != UMBRELLA)]
                # (the family of an element read from the context is another basis, rule 6: "these
                # elements" after lutetium and dysprosium are not all rare earths, C2891)
                if named:
                    break
            source = "the sentences before"
        own_family = _family(c.commodity, data_dir) if c.commodity != UMBRELLA else None
        for com in named:
            if com == own_family and com != c.commodity:
                # (twenty-sixth session) a member's rank is not its group's: "the world's largest platinum
                # reserves" beside "platinum group metals (PGM)" is not settled by the PGM reserve table
                # (rule 6, README rule 17f: C7854, C9438)
                continue
            v = judging(dataclasses.replace(c, commodity=com))
            if v.verdict == "supported":
                checks[i] = ClaimCheck(c, dataclasses.replace(v, explanation=(
                    f"the rank's phrase names no commodity the data rank ({c.commodity}); read for {com}, named in "
                    f"{source}: {v.explanation}")))
                break
