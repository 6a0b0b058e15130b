"""The one commodity a singular "critical mineral" stands for (issue #6, twenty-fifth session).

"Gallium is a critical mineral essential for manufacturing semiconductors, and China accounts for
96% of the world's primary production"; "dependence on tungsten produced in China, which accounts
for over 80% of the critical mineral's supply chain"; "Lithium, a critical raw material for battery
production, is abundant in Brazil, which ranks as the seventh-largest holder": the singular
umbrella term describes, or refers back to, the one commodity the sentence names, and its figures
are that commodity's (labels C16325, C12164, C6153, C9844; README rule 15 reads a figure referred
back to as the figure of the sentence it comes from). The extractor ties a figure to the nearest
commodity word, here the umbrella ``critical_minerals``, which no table holds, so every such
claim was ``unverifiable``.

This post-pass gives such a claim the sentence's one specific commodity, when the sentence uses
the umbrella term in the singular only ("critical mineral", "critical raw material", "strategic
metal") and names exactly one bundled commodity besides. The plural ("China processes 90% of
critical minerals") is the basket, and keeps the umbrella.
"""

from __future__ import annotations

import re

from critmin.claims.model import Claim

__all__ = ["specific_for_umbrella"]

UMBRELLA = "critical_minerals"
#: the umbrella term in the singular, as a noun with its determiner ("a critical mineral essential for", "the
#: critical mineral's supply chain"), not as a modifier of another noun ("the critical mineral supply chain",
#: "critical mineral reserves": the basket's)
_SINGULAR = re.compile(
    r"\b(?:a|an|the|this|that)\s+(?:[\w-]+\s+)?(?:critical|strategic|key)\s+(?:raw\s+)?(?:mineral|material|metal)"
    r"(?:['\u2019]s\b|(?![\w'\u2019-])(?!\s+(?:reserves?|suppl(?:y|ies)|chains?|partnerships?|sectors?|industry|industries"
    r"|deposits?|resources?|projects?|production|processing|refining|mining|markets?|security|strateg(?:y|ies)|lists?"
    r"|deals?|agreements?|exports?|imports?|polic(?:y|ies)|sources?|assets?|needs?|demand|output|dependence)\b))", re.I)
#: the umbrella term in the plural
_PLURAL = re.compile(r"\b(?:critical|strategic|key)\s+(?:raw\s+)?(?:minerals|materials|metals)\b", re.I)
#: kinds whose figure is a commodity's
_KINDS = frozenset({"quantity", "share", "rank", "comparison", "change"})


def specific_for_umbrella(claims: list[Claim], data_dir: str) -> None:
    """Give a claim tied to the umbrella the sentence's one specific commodity (see the module)."""
    todo = [c for c in claims if c.commodity == UMBRELLA and c.kind in _KINDS]
    if not todo:
        return
    from critmin.claims.extract import patterns, scan_entities

    pats = patterns(data_dir)
    by_sentence: dict[str, str | None] = {}
    for c in todo:
        sent = c.sentence
        if sent not in by_sentence:
            by_sentence[sent] = None
            if _SINGULAR.search(sent) and not _PLURAL.search(sent):
                named = {value for _s, _e, kind, value, _p in scan_entities(sent, pats)
                         if kind == "commodity" and value != UMBRELLA}
                if len(named) == 1:
                    by_sentence[sent] = named.pop()
        specific = by_sentence[sent]
        if specific is not None:
            c.commodity = specific
            if c.subject:
                c.subject = c.subject.replace("Critical minerals (unspecified)", specific)
