"""Dominance over "critical minerals" in an article about one commodity.

"A bid to counter China's chokehold over critical minerals", "an alliance aimed at
challenging China's dominance in critical minerals", "a turning point in America's quest to
break free from China's stranglehold on critical minerals": a first place (and, for a
stranglehold or monopoly, more than half of world output) claimed over the umbrella of
"critical minerals". No edition ranks countries over all critical minerals together, so
the checker left such claims unverifiable ("no table of mine production by country"). The
labels read them for the commodity the article is about (README rule 12, 17 (d); C2873,
C2938, C5453, C10727, C11805 read the rare earths of their articles).

The rule: a dominance claim (a first place, or more than half of output) of a country whose commodity is the umbrella
``critical_minerals``, left unverifiable, is judged again for the article's main commodity:
the family the article names most often (each mention counted for its top parent in
``commodities.csv``, so NdPr oxide and magnets count for rare earths; strictly more often than
any other, and at least as often as the umbrella itself: an article that names critical minerals
more often than any one of them is about them in general, C7144, C7805). Only dominance is read
so: a first place, or more than half of output (a monopoly, a stranglehold), after
``umbrella_ranks`` has tried the commodities the sentence and the sentences before it name. The new verdict is kept only when it is ``supported``: a claim that
does not fit the article's commodity may be about another mineral the umbrella covers, which
the sentence does not name, so nothing is refuted on this reading. The explanation says how
the commodity was read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from critmin.claims.match import EvidenceIndex
from critmin.claims.model import Claim, ClaimCheck

__all__ = ["UMBRELLA", "judge_for_article_commodity", "main_commodity"]

#: the commodity slug of "critical minerals", "strategic minerals" named as one
UMBRELLA = "critical_minerals"
#: claim kinds a first place or a share over the umbrella takes
_KINDS = frozenset({"rank", "share"})


def _parents(data_dir: str) -> dict[str, str]:
    """Each commodity's top parent in ``commodities.csv`` (NdPr oxide, magnets -> rare earths)."""
    import csv
    from pathlib import Path

    with (Path(data_dir) / "commodities.csv").open(encoding="utf-8", newline="") as fh:
        parent = {r["slug"]: (r.get("parent") or "").strip() for r in csv.DictReader(fh)}

    def top(slug: str) -> str:
        seen = {slug}
        while parent.get(slug) and parent[slug] not in seen:
            slug = parent[slug]
            seen.add(slug)
        return slug

    return {slug: top(slug) for slug in parent}


_PARENTS: dict[str, dict[str, str]] = {}


def main_commodity(text: str, data_dir: str) -> str | None:
    """The commodity family the article names most often (each mention counted for its top
    parent: NdPr oxide and magnets for rare earths; the umbrella left out), strictly more
    often than any other; None otherwise."""
    from critmin.claims.extract import patterns, scan_entities

    parents = _PARENTS.get(data_dir)
    if parents is None:
        parents = _PARENTS[data_dir] = _parents(data_dir)
    named = Counter(parents.get(value, value) for _s, _e, kind, value, _p in scan_entities(text, patterns(data_dir))
                    if kind != "country")
    umbrella = named.pop(UMBRELLA, 0)
    top = named.most_common(2)
    if not top or (len(top) > 1 and top[1][1] == top[0][1]) or top[0][1] < umbrella:
        return None  # no one commodity, or an article about critical minerals in general (C7144, C7805)
    return top[0][0]


def _dominance(c: Claim) -> bool:
    """A first place or a share of more than half of output (rule 12's dominance and monopoly)."""
    if c.kind == "rank":
        return c.rank == 1 and c.rank_op in (None, "==")
    return c.measure == "production" and (c.hedge or "").lower() == "more than" and c.share == 0.5


def judge_for_article_commodity(checks: list[ClaimCheck], text: str, index: EvidenceIndex, day: str,
                                current: dict[str, str], ctx: Any, data_dir: str) -> None:
    """Judge the umbrella rank and share claims left unverifiable for the article's main
    commodity; keep a ``supported`` verdict (in place)."""
    todo = [i for i, cc in enumerate(checks)
            if cc.claim.commodity == UMBRELLA and cc.claim.kind in _KINDS and _dominance(cc.claim)
            and cc.claim.country not in (None, "WLD") and cc.verdict.verdict == "unverifiable"]
    if not todo:
        return
    main = main_commodity(text, data_dir)
    if main is None:
        return
    from critmin.claims.verdict import judge

    for i in todo:
        c = replace(checks[i].claim, commodity=main)
        try:
            v = judge(c, index, day, current, ctx)
        except Exception:  # keep the cautious verdict
            continue
        if v.verdict != "supported":
            continue
        v.explanation = (f"{v.explanation} (the sentence names critical minerals as one; read for {main}, "
                         f"the commodity the article names most)")
        checks[i] = ClaimCheck(c, v)
