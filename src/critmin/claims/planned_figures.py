"""A recorded plan's output figure stated in the words of a forecast (twenty-fifth session).

"The planned facility, to be operated by Alcoa, is expected to produce 100 metric tons of gallium
annually", "That refinery is expected to produce about 100 tonnes of gallium a year": rule 10 of the
labelling rules makes plans and forecasts non-claims, and the rules' gates hold such sentences
(``expected``, ``target``, ``would``). But a term of a plan, framework or deal that ``events.csv``
records (a plant's capacity, a loan's size) is a detail of the recorded event, a claim its row
settles (README rule 17(i), rule 18(a); labels C13641, C9822, C13614, C8162, C10379). This pass
reads the tonnages of a sentence from which no rule, no fallback and no matcher drew a claim and
that a gate of rule 10 holds (``detector.held_by_gate``), naming an output word and one commodity,
and keeps one as a quantity claim only when a row of ``events.csv`` of that commodity, dated on or
before the article, states it within 1 % (``event_terms._states_closely``) where the sentence ties
it to the row: the part of the row stating it shares a content word with the sentence, or the row
shares a name the sentence gives. Quota rows are another quantity. A forecast or plan the table
does not record gives nothing: the wording alone never turns a non-claim into a claim. ("Vulcan's
target is to produce 10,000 tons of magnets", C11432, stays unread: "magnets" alone is no
commodity of the gazetteer.)
"""

from __future__ import annotations

import re
from typing import Any

from critmin.claims.model import Claim, ClaimCheck, Verdict

__all__ = ["planned_row_figures"]


#: a name in the sentence (a capitalised word after its first): "operated by Alcoa", "Thacker Pass"
_NAME = re.compile(r"(?<![\w.])(?-i:[A-Z][a-z]{3,})\b")
#: words of a plant's or a project's output: what the pass reads a tonnage as
_OUTPUT = re.compile(r"\b(?:produc\w*|output|capacity|plant|refinery|facility|mine|smelter|operations?)\b", re.I)


def _row_stating(c: Claim, sent: str, events: list[dict[str, Any]], day: str) -> tuple[dict[str, Any], str, str] | None:
    """(row, field, part) of the first event row of the claim's commodity, dated on or before ``day``
    and of its country when it has one, whose text states the tonnage within 1 % where the sentence
    ties it to the row: the part stating it shares a content word with the sentence ("That refinery
    ... 100 tonnes" and "a 100 t/yr gallium refinery"), or the row names a name the sentence gives
    ("operated by Alcoa" and "the Alcoa-Sojitz gallium refinery"); else None. Quota rows are another
    quantity. (Content words: four letters or more, besides the commodity's and the units'.)"""
    from critmin.claims.event_terms import (
        _UNIT_STEMS,
        _content_words,
        _figure_parts,
        _row_stems,
        _rows_by_commodity,
        _states_closely,
    )

    drop = _UNIT_STEMS | {p[:5] for p in (c.commodity or "").split("_")}
    own = {w[:5] for w in _content_words(sent)} - drop
    names = {m.group(0).lower()[:5] for m in _NAME.finditer(sent, 1)} - drop
    for e, edate, parties in _rows_by_commodity(events).get(c.commodity or "", ()):
        if edate > day or (c.country is not None and c.country not in parties):
            continue
        if str(e.get("type") or "") == "quota":
            continue  # a plant's output equal to a quota is still another quantity (as event_terms reads it, C2110)
        shared = own & _row_stems(e)
        if not shared:
            continue
        by_name = not names.isdisjoint(shared)
        for f, p in _figure_parts(c, e):
            if _states_closely(c, p) and (by_name or not own.isdisjoint(w[:5] for w in _content_words(p))):
                return e, f, p
    return None


def planned_row_figures(checks: list[ClaimCheck], text: str, events: list[dict[str, Any]] | None, day: str,
                        data_dir: str) -> None:
    """Insert, in reading order, a ``supported`` quantity claim for each sentence with no claim whose
    tonnage of one commodity an event row dated on or before ``day`` states (see the module)."""
    if not events:
        return
    from critmin.claims.detector import held_by_gate
    from critmin.claims.event_terms import _evidence
    from critmin.claims.extract import patterns, scan_entities, sentence_spans
    from critmin.claims.fallback_figures import _FIGURE, _figures

    taken = [cc.claim.span for cc in checks]
    pats = None
    day = (day or "")[:10]
    for a, b in sentence_spans(text):
        sent = text[a:b]
        if not any(ch.isdigit() for ch in sent) or any(a <= s0 < b or s0 <= a < s1 for s0, s1 in taken) \
                or _OUTPUT.search(sent) is None or not held_by_gate(sent):
            continue  # (only what rule 10's gates hold: a plan, forecast or modal wording)
        tonnages = [f for f in _figures(sent) if f[0] == "quantity"]
        if not tonnages:
            continue
        if pats is None:
            pats = patterns(data_dir)
        commodities: list[str] = []
        countries: list[str] = []
        for _, _, ent_kind, ent, _ in scan_entities(sent, pats):
            bucket = commodities if ent_kind == "commodity" else countries if ent_kind == "country" else None
            if bucket is not None and ent not in bucket:
                bucket.append(ent)
        if len(commodities) != 1:
            continue  # one commodity, whose rows are searched
        who = [c for c in countries if c != "WLD"]
        for _, value, prec, hedge, at in tonnages:
            fm = _FIGURE.match(sent, at)
            end = fm.end() if fm is not None else at + len(sent[at:].split(None, 1)[0])
            c = Claim(sentence=sent, span=(a + at, a + end), kind="quantity", text=sent[at:end],
                      sentence_span=(a, b), commodity=commodities[0], measure="capacity",
                      country=who[0] if len(who) == 1 else None, value=value, unit="t", hedge=hedge,
                      precision=prec, subject=f"a recorded plan's output of {commodities[0]}")
            found = _row_stating(c, sent, events, day)
            if found is None:
                continue
            e, field, part = found
            v = Verdict("supported", f"{e.get('title') or e.get('event_id')} (dated {str(e.get('date'))[:10]}): the "
                        f"row states the figure ({field}: {part.strip()[:120]}); a term of the recorded plan, stated "
                        "in the words of a forecast (README rule 17(i))", [_evidence(e, field, part.strip())])
            at_i = next((i for i, cc in enumerate(checks) if cc.claim.span[0] > c.span[0]), len(checks))
            checks.insert(at_i, ClaimCheck(c, v))
            taken.append(c.span)
            break
