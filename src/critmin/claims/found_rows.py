"""Sentences whose recorded event the rules found but whose claim they could not compare.

The event rules (:func:`critmin.claims.verdict`) end some claims "<row> found, but the claim states
nothing the table records": the kind, parties and commodities fit a row, and the sentence states no
date, figure or term the rules compare ("Malaysia has renewed Lynas Malaysia's operating license for 10
years, commencing tomorrow", "Exporters will need to apply for licences from China's Ministry of
Commerce"). Such a sentence cites the row, so the learned event matcher (:mod:`event_matcher`) never
reads it (its state is ``settled``), and it stays ``unverifiable``, though most of them report the row's
event (labelling rule 13: a restatement of the event with what the row records).

:func:`match_found_rows` asks the matcher whether the sentence reports that row: read as in training
(state ``settled``, the rows the rules cite in the article's other sentences as ``art:cited``), when the
row the rules found is its best candidate, with a probability at the matcher's threshold at least, and
no guard of the call holds it (an amount not held, another party acting, a missed date, another
commodity only, another stage, another firm), the found claims become ``supported`` by that row. Neither
learned part is retrained (the training script reads these sentences as they were, and applies no
guard). ``FOUND_ROWS`` switches it off.
"""

from __future__ import annotations

import math
from typing import Any

from critmin.claims.model import ClaimCheck

#: (twenty-sixth session; switch for measuring) the matcher's reading of the rules' found-but-not-compared rows
FOUND_ROWS = True

FOUND_WORDS = "found, but the claim states nothing the table records"
_WHY = ("; the rules found this row but compared nothing of the claim, and the learned matcher reads the "
        "sentence as reporting it")


def match_found_rows(checks: list[ClaimCheck], events: list[dict[str, Any]] | None, day: str, data_dir: str) -> None:
    """The sentences whose claims are all ``unverifiable``, one of them found but not compared by the
    rules: ``supported`` by the found row when the matcher reads the sentence as reporting it."""
    if not FOUND_ROWS or not events:
        return
    from critmin.claims import event_matcher as em
    from critmin.claims.row_text_dates import date_missed

    groups: dict[tuple[int, int], list[int]] = {}
    for k, cc in enumerate(checks):
        groups.setdefault(tuple(cc.claim.sentence_span), []).append(k)  # type: ignore[arg-type]
    todo = [(span, ks) for span, ks in groups.items()
            if all(checks[k].verdict.verdict == "unverifiable" for k in ks)
            and any(FOUND_WORDS in checks[k].verdict.explanation for k in ks)]
    if not todo:
        return
    w = em.load_weights()
    if math.isinf(w.threshold):
        return
    floor = em._floor(w.threshold)
    for _span, ks in todo:
        found = [k for k in ks if FOUND_WORDS in checks[k].verdict.explanation]
        rows = {ev.edition for k in found for ev in checks[k].verdict.evidence if ev.measure == "event" and ev.edition}
        if not rows:
            continue
        others = em.cited_rows([cc for j, cc in enumerate(checks) if j not in ks])  # as in training: elsewhere
        sent = checks[found[0]].claim.sentence
        got = em._best_pair(sent, day, events, data_dir, w, "settled", others, floor)
        if got is None or got[1] < w.threshold or str(got[0].get("event_id") or "") not in rows:
            continue
        e, p, f = got
        if (em._amount_not_held(sent, e) or em._another_party_acts(f) or date_missed(f, sent, day, e, data_dir)
                or em._other_commodity_only(f) or em._other_stage(sent, e) or em._unknown_firm_acts(sent, e, f, data_dir)
                or (em.OTHER_FIRM and em._other_firm_acts(sent, e, f, data_dir))):
            continue
        v = em._verdict(e, p)
        v.explanation += _WHY
        for k in found:
            checks[k] = ClaimCheck(checks[k].claim, v)
