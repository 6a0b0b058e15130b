"""A country read from "it / its / the country" in another paragraph that the figures
contradict, when the figures fit exactly one other country of the table.

Lists of countries often lose their headings when copied ("1. Nigeria" above "The
country's output rose 80% from 7,200 t"): the country the checker carried from an
earlier paragraph is then the previous entry's, and the data disagree with it. When the
sentence's figures (every figure-bearing claim carried that way) are supported for one
country of the edition's table and for no other, that country is the one the text is
about; the claims are judged for it and the explanation says how it was found. With no
such country, or with several, the cautious verdict stays (unverifiable).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from critmin.claims.match import AGGREGATES, EvidenceIndex, measure_key
from critmin.claims.model import Claim, ClaimCheck

__all__ = ["refit_carried_country"]

#: how a country found this way is recorded in ``Claim.country_source``
FITTED_SOURCE = "fits_figures"


#: a share whose sentence names the world's total ("70% of the world's cobalt", "69% of global
#: production"); a percentage without one may be a grade or a part of a firm's output ("averaging
#: over 55% TREO")
_WORLD = re.compile(r"\b(?:world(?:['\u2019]s|wide)?|global(?:ly)?)\b", re.I)


def _has_figure(c: Claim) -> bool:
    """A tonnage, a change or (twenty-fourth session) a share of the world: "It produces over 70%
    of the world's cobalt" tells countries apart as a tonnage does (README rule 8's tables)."""
    return ((c.value is not None and c.kind in ("quantity", "change")) or c.change is not None
            or (c.kind == "share" and c.share is not None and bool(_WORLD.search(c.sentence or ""))))


def _candidates(c: Claim, index: EvidenceIndex) -> set[str]:
    """Countries with a row for the claim's commodity, measure and year (any edition)."""
    com, key = c.commodity or "", measure_key(c.measure or "", c.stage)
    out: set[str] = set()
    for ed in index.editions_with(com, key):
        years = [c.year] if c.year is not None else index.years.get((com, key, ed), [])[-1:]
        for y in years:
            out |= {r.country for r in index.table(com, key, ed, y) if r.value is not None}
    return out - AGGREGATES


#: how the extractor marks a country carried from another sentence or paragraph
_CARRIED_SOURCES = ("previous_paragraph", "other_sentence", "previous_sentence")


def _same_reading(checks: list[ClaimCheck], idxs: list[int], was: str | None, carried_needs: str) -> list[int]:
    """The claims that share the refitted reading: every claim of the sentence whose country
    was carried as ``was``, and the cautious ("it holds the fourth-largest reserves") claims of
    the following sentences without figures that carried the same country, up to the next
    sentence that names a country or gives figures of its own."""
    span = checks[idxs[0]].claim.sentence_span
    out = [i for i, cc in enumerate(checks) if cc.claim.sentence_span == span and cc.claim.country == was
           and cc.claim.country_source in _CARRIED_SOURCES]
    named_here: set[tuple[int, int]] = set()
    for cc in checks:
        if cc.claim.country_source is None and cc.claim.country not in (None, "WLD"):
            named_here.add(cc.claim.sentence_span)
    later = sorted({cc.claim.sentence_span for cc in checks if cc.claim.sentence_span[0] > span[1]})
    for sp in later:
        if sp in named_here:
            break
        here = [i for i, cc in enumerate(checks) if cc.claim.sentence_span == sp]
        if not any(checks[i].verdict.needs == carried_needs and checks[i].claim.country == was for i in here) \
                or any(_has_figure(checks[i].claim) for i in here):
            break  # (a sentence with figures of its own is fitted on its own)
        out += [i for i in here if checks[i].claim.country == was and checks[i].claim.country_source in _CARRIED_SOURCES]
    return out


def refit_carried_country(checks: list[ClaimCheck], index: EvidenceIndex, day: str, current: dict[str, str],
                          ctx: Any, carried_needs: str) -> None:
    """Re-judge, in place, the carried claims of each sentence whose figures fit one other
    country alone (see the module docstring); ``carried_needs`` marks the cautious verdicts."""
    from critmin.claims.verdict import judge

    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, cc in enumerate(checks):
        if cc.verdict.needs == carried_needs:
            by_sentence.setdefault(cc.claim.sentence_span, []).append(i)
    for idxs in by_sentence.values():
        claims = [checks[i].claim for i in idxs]
        span, was = claims[0].sentence_span, claims[0].country
        # every figure the sentence gives for the carried country must fit, not only the cautious ones
        sentence = [cc.claim for cc in checks if cc.claim.sentence_span == span and cc.claim.country == was
                    and cc.claim.country_source in _CARRIED_SOURCES]
        sized = [c for c in sentence if _has_figure(c) and c.commodity and c.measure and c.measure != "price"]
        # a figure for a year no table holds for any country ("up from 4,000 t in 2013") cannot
        # tell countries apart; every other figure must be supported for the country found
        per_figure = [(c, _candidates(c, index)) for c in sized]
        sized = [c for c, found in per_figure if found]
        if not sized:
            continue
        said = {c.country for c in claims}
        cands: set[str] = set().union(*(found for _, found in per_figure))
        fits: list[tuple[str, list[Any]]] = []
        for cty in sorted(cands - said):
            got = []
            for c in sized:
                try:
                    got.append(judge(replace(c, country=cty, country_source=FITTED_SOURCE), index, day, current, ctx))
                except Exception:  # a claim that cannot be judged for this country: not a fit
                    got = []
                    break
            verdicts = {v.verdict for v in got}
            if got and verdicts == {"supported"}:  # every figure fits, as the module docstring says
                fits.append((cty, got))
                if len(fits) > 1:
                    break
        if len(fits) != 1:
            continue
        cty = fits[0][0]
        for i in _same_reading(checks, idxs, was, carried_needs):
            old = checks[i]
            c = replace(old.claim, country=cty, country_source=FITTED_SOURCE)
            try:
                v = judge(c, index, day, current, ctx)
            except Exception:  # keep the cautious verdict
                continue
            v.explanation = (f"{v.explanation} (the country was read as {old.claim.country} from another paragraph, "
                             f"whose figures disagree; the sentence's figures fit {cty} alone among the countries "
                             "the tables list, so the text is read as being about it, e.g. a list whose headings "
                             "were lost)")
            checks[i] = ClaimCheck(c, v)
