"""Acts a sentence reports that the events row it was matched to does not hold (labelling rules 9,
18a and 21a): the row stays cited as the closest one, the claim becomes ``unverifiable``.

The event rules, the signatures and the learned matcher find a row by what a sentence shares with
it: its parties, commodities, dates, kind and words. Some sentences share all that with a row and
still report another act, one the table does not record:

* **A meeting, a visit or talks that took place** (rule 21a): "Chinese and US officials began two
  days of trade talks in London yesterday", "this week sent a delegation to Islamabad", "Putin
  today held a meeting on the development of the rare earth metals industry". The meeting is an
  event claim of its own, ``unverifiable`` unless ``events.csv`` holds it; the framework signed at
  the end of the talks, the memorandum the delegation came for, the order of the same week are
  other acts. A row holds a meeting when its title or ``what_changed`` names one (a meeting,
  talks, a summit, a visit, a ministerial, a forum, a dialogue, a call). A meeting named as the
  setting of another act ("after", "during", "ahead of", "amid", "at the ..."), or a sentence that
  also names an act of a recorded kind (signed, agreed, announced, imposed, a framework, a
  deal ...), is left as it was: there the row may be the act the sentence reports.
* **A deal completed long after the recorded agreement** (rule 9): "Chile's Codelco and SQM completed a
  landmark deal ..." in December 2025, against the row of their memorandum of December 2023. A
  completion (completed, closed, finalised, formalised, formed, consummated) reported more than sixty
  days after a row that records only a preliminary or framing agreement, in a sentence that writes
  none of the row's years, is a later act of the same parties (the date is part of the event).
* **Licences granted to named firms** (rule 18a): "Beijing granted licenses initially to large
  firms including JL Mag Rare Earth, ...", "China is issuing rare earth export licences to
  companies including Jay Ushin, ...". The rows record licensing regimes and general licences,
  not which firms received one; the recipients are a term the row does not hold, and every
  readable label of such a sentence is ``unverifiable`` (C4462, C7122, C11902, C13125, C14301,
  C14309, C15505, C15508, C15568). A row whose parties include the firm named is kept.

:func:`unheld_acts` runs after every other stage (as :mod:`critmin.claims.approval_rates`): it
changes verdicts only, keeps the row as evidence, and so changes nothing the learned parts read
when they are trained (a sentence citing a row stays settled for the matcher).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from critmin.claims.model import ClaimCheck, Verdict

# --- a meeting, a visit or talks that took place (rule 21a) -----------------------------------------

#: the act of meeting, said in a verb phrase: "held a meeting", "began two days of trade talks", "met with
#: Xi", "sent a delegation", "a delegation was in Washington", "took part in a ministerial-level meeting",
#: "is hosting ministers"
_MEETING_ACT = re.compile(
    r"\b(?:held\s+(?:[\w-]+\s+){0,3}(?:meetings?|talks|discussions|consultations|a\s+(?:phone\s+)?call)\b"
    r"|(?:began|begun|opened|reopened|resumed|started)\s+(?:[\w-]+\s+){0,4}(?:talks|dialogue|negotiations)\b"
    r"|met\s+(?:with\s+)?[A-Z]"
    r"|sent\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}delegation\b"
    r"|delegations?\s+(?:was|were|is|are|visited|arrived|travell?ed)\b"
    r"|took\s+part\s+in\s+(?:[\w-]+\s+){0,4}(?:meeting|talks|summit|conference|forum|ministerial)\b"
    r"|(?:is|are|was|were)\s+hosting\b"
    r"|(?<!\bbe\s)hosted\s+(?!by\b)(?:[\w-]+\s+){0,3}(?:ministers|leaders|delegations?|summit|conference|meeting)\b)")
#: a meeting named as the setting of another act: "after ... met", "during talks", "ahead of", "amid"
_SETTING = re.compile(r"\b(?:after|following|during|ahead\s+of|amid|comes?\s+as|came\s+as|at\s+the)\b", re.I)
#: an act of a kind the table records, said beside the meeting: the row may be that act
_RECORDED_KIND = re.compile(
    r"\b(?:sign(?:ed|s|ing)?|agree(?:d|s|ment|ments)?|announc(?:ed|es|ing|ement)|impos(?:ed|es|ing)|bann?(?:ed|s)?"
    r"|approv(?:ed|es|al)|launch(?:ed|es)|establish(?:ed|es)|invest(?:ed|s|ment)?|commit(?:ted|s|ment)?"
    r"|award(?:ed|s)?|pledg(?:ed|es)|adopt(?:ed|s)|issu(?:ed|es)|restrict(?:ed|s|ions?)|controls?|tariffs?"
    r"|frameworks?|memorand(?:um|a)|MoUs?|deals?|pacts?|accords?|paus(?:ed|es)|suspend(?:ed|s)|lift(?:ed|s)"
    r"|unveil(?:ed|s)|order(?:ed|s)?|decree|law|quotas?|licen[cs]\w*)\b", re.I)
#: a row that records a meeting
_ROW_MEETING = re.compile(r"\b(?:meet(?:ing|s)?|met|talks|visit\w*|summit|ministerial|forum|dialogue|delegation|call)\b",
                          re.I)


def reports_meeting(sentence: str) -> bool:
    """Whether the sentence's act is a meeting, a visit or talks that took place (rule 21a): a verb
    phrase of meeting (:data:`_MEETING_ACT`) not inside a clause of setting (:data:`_SETTING` before
    it), and no act of a kind the events table records said beside it."""
    m = _MEETING_ACT.search(sentence)
    if m is None:
        return False
    if _SETTING.search(sentence, 0, m.start()) is not None:
        return False
    return _RECORDED_KIND.search(sentence) is None


def row_records_meeting(row: dict[str, Any]) -> bool:
    """Whether an events row records a meeting (its title or ``what_changed`` names one)."""
    return _ROW_MEETING.search(f"{row.get('title') or ''} {row.get('what_changed') or ''}") is not None


# --- licences granted to named firms (rule 18a) ------------------------------------------------------

#: licences granted or issued to firms, the recipients named: "granted licenses initially to large firms
#: including JL Mag", "issuing rare earth export licences to companies including Jay Ushin"
_LICENCES_TO_FIRMS = re.compile(
    r"\b(?:grant\w*|issu\w*|approv\w*|award\w*)\s+(?:[\w-]+\s+){0,5}?licen[cs]es?\s+(?:[\w-]+\s+){0,3}?to\s+"
    r"(?:[\w-]+\s+){0,3}?(?:firms|companies|suppliers|exporters|producers|makers|manufacturers|vendors|units)\s+"
    r"(?:including|such\s+as|like)\b", re.I)


def names_licence_recipients(sentence: str) -> bool:
    """Whether the sentence reports licences granted to firms it names (:data:`_LICENCES_TO_FIRMS`)."""
    return _LICENCES_TO_FIRMS.search(sentence) is not None


def _row_parties(row: dict[str, Any]) -> set[str]:
    return {x.strip().lower() for k in ("actors", "imposed_by", "targets") for x in str(row.get(k) or "").split(";")
            if x.strip()}


def _firm_party_named(sentence: str, row: dict[str, Any]) -> bool:
    """A firm among the row's parties (a lower-case actor id, "mp_materials") is named in the sentence."""
    low = sentence.lower()
    return any(p.replace("_", " ") in low for p in _row_parties(row) if p.islower() and "_" in p)


# --- a deal completed long after the recorded agreement (rule 9) ------------------------------------------

#: the completion of a deal: "completed a landmark deal", "formed a joint venture", "formalised the ... venture"
_COMPLETED = re.compile(r"\b(?:complet(?:ed|es)|closed|finali[sz](?:ed|es)|formali[sz]ed|formed|consummated)\b", re.I)
#: a row that records a preliminary or framing agreement (and no completion)
_PRELIMINARY = re.compile(r"\b(?:MoUs?|memorand(?:um|a)|non-binding|letters?\s+of\s+intent|agree\w*|frameworks?"
                          r"|term\s+sheets?|conditional|partnerships?)\b", re.I)
#: how many days after the row a completion is another act, not the row's (a framework "finalised on Monday"
#: at the summit that signed it is the row itself)
COMPLETION_GAP_DAYS = 60


def _row_day(row: dict[str, Any]) -> str | None:
    d = str(row.get("date") or "")
    return d + "-07-01" if len(d) == 4 else d + "-15" if len(d) == 7 else d[:10] if len(d) >= 10 else None


def completes_later(sentence: str, row: dict[str, Any], day: str) -> bool:
    """Whether the sentence reports the completion of a deal (:data:`_COMPLETED`) that the row records only
    as a preliminary agreement (:data:`_PRELIMINARY` in its title or ``what_changed``, no completion), the
    article being dated more than :data:`COMPLETION_GAP_DAYS` after the row and the sentence writing none of
    the row's years: "Codelco and SQM completed a landmark deal" two years after their memorandum is a later
    act of the same parties, which the table does not hold (rule 9: the date is part of the event)."""
    import datetime as dt

    if _COMPLETED.search(sentence) is None:
        return False
    text = f"{row.get('title') or ''} {row.get('what_changed') or ''}"
    if _PRELIMINARY.search(text) is None or _COMPLETED.search(text) is not None:
        return False
    rd = _row_day(row)
    if not rd or not day:
        return False
    if rd[:4] in sentence:
        return False  # "in December 2023 they formed ...": the sentence dates the act the row records
    try:
        gap = (dt.date.fromisoformat(day[:10]) - dt.date.fromisoformat(rd)).days
    except ValueError:
        return False
    return gap > COMPLETION_GAP_DAYS


# --- the pass -------------------------------------------------------------------------------------------


def _why_unheld(sentence: str, row: dict[str, Any], day: str) -> tuple[str, str] | None:
    """(explanation, needs) when the sentence reports an act the row does not hold, else None."""
    title = str(row.get("title") or row.get("event_id") or "")
    if reports_meeting(sentence) and not row_records_meeting(row):
        return (f"the sentence reports a meeting, visit or talks that took place, which no row of the events table "
                f"records (closest, another act: {title}; labelling rule 21a)",
                "a record of the meeting (date, parties, place) in the events table")
    if names_licence_recipients(sentence) and not _firm_party_named(sentence, row):
        return (f"the sentence names the firms granted licences, which the row does not hold (closest: {title}; "
                "labelling rule 18a)", "a record of the licences granted, by recipient, in the events table")
    if completes_later(sentence, row, day):
        return (f"the sentence reports a deal completed long after the agreement the row records ({title}, dated "
                f"{str(row.get('date') or '')[:10]}): a later act of those parties, which the table does not hold "
                "(labelling rule 9)", "a record of the completed deal (definitive agreements, closing) in the events table")
    return None


def unheld_acts(checks: list[ClaimCheck], events: list[dict[str, Any]] | None, day: str = "") -> None:
    """Turn into ``unverifiable`` (in place) every check an events row settles whose sentence reports an
    act that row does not hold (:func:`_why_unheld`); the row stays cited as the closest one."""
    if not events:
        return
    by_id: dict[str, dict[str, Any]] | None = None
    for i, cc in enumerate(checks):
        v = cc.verdict
        if v.verdict == "unverifiable":
            continue
        ids = [e.edition for e in v.evidence if e.measure == "event" and e.edition]
        if not ids:
            continue
        s = cc.claim.sentence
        # (the cheap tests first: most sentences name no meeting and no licence)
        if _MEETING_ACT.search(s) is None and _LICENCES_TO_FIRMS.search(s) is None and _COMPLETED.search(s) is None:
            continue
        if by_id is None:
            by_id = {str(e.get("event_id") or ""): e for e in events}
        row = by_id.get(ids[0])
        if row is None:
            continue
        why = _why_unheld(s, row, day)
        if why is not None:
            checks[i] = replace(cc, verdict=Verdict("unverifiable", why[0], v.evidence, needs=why[1]))
