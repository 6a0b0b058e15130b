"""Editions published after the article (labelling rules 3 and 13), applied once every claim
of an article has its verdict.

* A figure that only a compilation matches whose figure for that year copies an edition
  published after the article, while the edition of the same series current on the day holds
  the same quantity and year and disagrees, is ``refuted``: such a compilation settles nothing
  (rule 11, as C367 reads it), so the edition of the day decides (rule 3 (c)). A plain later
  edition that matches keeps rule 3 (b), "another edition, older or newer".
* A sentence whose checkable parts rest only on editions published after it, one part
  matching them and another contradicted by them, is ``unverifiable`` as a whole (rule 13:
  "When editions published after the article match one part of a sentence and contradict
  another, the sentence is unverifiable").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from critmin.claims.match import COMPILATIONS
from critmin.claims.model import ClaimCheck, Verdict

if TYPE_CHECKING:
    from critmin.claims.match import EvidenceIndex

__all__ = ["settle_later_editions"]

#: kinds of a figure of the sentence's own (events and attributions settle other things)
_OWN_FIGURE_KINDS = frozenset({"quantity", "share", "rank", "comparison", "change"})
#: series compiled from past tables (rule 11: a compilation published after the article may
#: support as another edition but settles nothing else), left to :mod:`verdict`
_COMPILED_SERIES = frozenset(COMPILATIONS) | {"BGS WMS"}


def _later(index: EvidenceIndex, edition: str | None, day: str) -> bool:
    """An edition of a series published after ``day`` (compilations of past editions follow
    rule 11 instead, in :mod:`verdict`)."""
    info = index.editions.get(edition or "")
    return bool(info and info.published and info.published[:10] > day[:10] and info.series not in _COMPILED_SERIES)


def _published_after(index: EvidenceIndex, edition: str | None, day: str) -> bool:
    info = index.editions.get(edition or "")
    return bool(info and info.published and info.published[:10] > day[:10])


def _figure_year(cc: ClaimCheck) -> int | None:
    """The claim's year, or for a present-tense claim the year of the matching edition's rows."""
    if cc.claim.year is not None:
        return cc.claim.year
    return next((e.year for e in cc.verdict.evidence if e.edition == cc.verdict.edition and e.year is not None), None)


def _copies_unseen_edition(index: EvidenceIndex, edition: str | None, year: int | None, day: str) -> bool:
    """A compilation of MCS tables whose figure for ``year`` comes from an edition published
    after ``day`` (the compilation itself may be older than the article)."""
    info = index.editions.get(edition or "")
    if year is None or info is None or info.series not in COMPILATIONS:
        return False
    return not index.compiled_current(info.edition, year, day)


def _day_edition_disagrees(cc: ClaimCheck, index: EvidenceIndex) -> str | None:
    """The current edition of the later edition's series that holds the claim's year, if any
    (it disagrees, or the verdict would be ``supported``)."""
    c, v = cc.claim, cc.verdict
    year = _figure_year(cc)
    if year is None or c.kind == "event":
        return None
    series = index.series_of(v.edition or "")
    series = COMPILATIONS.get(series, series)  # a compilation of MCS tables: the MCS edition of the day
    for e in v.evidence:
        if e.current and e.year == year and e.value is not None and e.edition != v.edition \
                and index.series_of(e.edition) == series:
            return e.edition
    return None


def _rests_on_later(cc: ClaimCheck, index: EvidenceIndex, day: str) -> bool:
    """An ``unverifiable`` verdict whose only evidence is in editions published after the day
    (the later figures disagree with the text, or it would be ``supported_by_other_edition``)."""
    ev = cc.verdict.evidence
    return cc.verdict.verdict == "unverifiable" and any(_later(index, e.edition, day) for e in ev) and all(
        _published_after(index, e.edition, day) for e in ev)


def settle_later_editions(checks: list[ClaimCheck], index: EvidenceIndex, day: str) -> None:
    """Apply the two rules of the module docstring to ``checks`` in place."""
    for i, cc in enumerate(checks):
        v = cc.verdict
        if v.verdict != "supported_by_other_edition":
            continue
        unseen = _copies_unseen_edition(index, v.edition, _figure_year(cc), day)
        if not (unseen or _later(index, v.edition, day)):
            continue
        on_day = _day_edition_disagrees(cc, index) if unseen else None
        if on_day is not None:
            checks[i] = ClaimCheck(cc.claim, Verdict(
                "refuted", f"{on_day}, current on {day}, holds this figure and disagrees; only {v.edition} matches, "
                f"whose figure for the year copies an edition published after the article, so it settles nothing "
                f"(a later revision cannot show what the source said on the day): {v.explanation}",
                evidence=v.evidence, edition=on_day))
            continue
        if unseen:
            continue  # (compilations are rule 11's: the sentence rule below is for editions)
        span = cc.claim.sentence_span
        if cc.claim.kind == "share" and cc.claim.year is None and not any(e.current for e in v.evidence) \
                and any(j != i and o.claim.sentence_span == span and o.claim.kind in _OWN_FIGURE_KINDS
                        and o.verdict.verdict == "supported" for j, o in enumerate(checks)):
            # "China, the largest producer, also refines more than 90% ...": a present-tense share only
            # a later edition holds, beside a part the edition of the day supports, stays unchecked
            # (rule 4: the checkable part decides; README readings C1855, C4459)
            checks[i] = ClaimCheck(cc.claim, Verdict(
                "unverifiable", f"no edition current on {day} holds this share; only {v.edition}, published "
                f"later, does, and the sentence's other part is settled by the edition of the day: {v.explanation}",
                evidence=v.evidence, edition=v.edition,
                needs="an edition published on or before the article's date holding the share"))
            continue
        if any(j != i and o.claim.sentence_span == span and o.claim.kind != "event"
               and _rests_on_later(o, index, day) for j, o in enumerate(checks)):
            checks[i] = ClaimCheck(cc.claim, Verdict(
                "unverifiable", f"only editions published after the article hold this sentence's figures, and they "
                f"match one part and contradict another; they cannot show what the source said on the day: "
                f"{v.explanation}", evidence=v.evidence, edition=v.edition,
                needs="an edition published on or before the article's date"))
