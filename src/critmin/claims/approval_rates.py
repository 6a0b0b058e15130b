"""A share of licence applications approved is a licensing statistic, not the recorded control
(labelling rules 9 and 12).

"Only 25% of export license applications to China were approved", "Chinese authorities have only
approved about a quarter of the hundreds of export license applications since April", "only half
their applications ... are being approved": such a sentence measures how a licensing regime is
run, over some months, by someone's count (an industry survey, a chamber of commerce). The
control it runs under is in ``events.csv``; the approval rate is not, and no row of the table can
settle it: it stays ``unverifiable``, naming the licensing statistics that would settle it. Every
readable label of such a sentence says so (C6707, C8389, C10768, C11912, C14308, C15341, C15554,
C15563), while the event rules and the learned matcher cited the control's row, or a grant's.

:func:`states_approval_rate` reads the sentence; :func:`unheld_approval_rates` turns the checks
that an events row settled in such a sentence into ``unverifiable`` (the row is still cited as the
closest one), after every other stage.
"""

from __future__ import annotations

import re
from dataclasses import replace

from critmin.claims.model import ClaimCheck, Verdict

#: a proportion, then (within six words) the applications or requests it is a proportion of
_RATE = re.compile(
    r"(?:\b\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)|\b(?:a|one)[\s-](?:quarter|third|half|fifth|tenth)\b"
    r"|\bhalf\b|\b(?:two|three)[\s-](?:thirds|quarters)\b|\b(?:fraction|portion|proportion|minority|majority)\b"
    r"|\bonly\s+a\s+few\b|\bmost\b|\bnone\b|\ball\b)"
    r"\s+(?:of\s+)?(?:[\w'\u2019-]+\s+){0,6}?(?:applications?|requests?)\b"
    r"|\bapproval\s+rates?\b", re.I)
#: what is done to the applications: approved, granted, issued, processed, rejected
_DECIDED = re.compile(r"\b(?:approv|grant|issu|accept|reject|den(?:y|ied)|clear|process)\w*", re.I)
#: the licences the applications are for
_LICENCE = re.compile(r"\b(?:licen[cs]\w*|permits?|exports?)\b", re.I)

NEEDS = "licensing statistics (applications filed and approved, by period and by applicant) from the licensing authority"


def states_approval_rate(sentence: str) -> bool:
    """Whether the sentence states a share of licence or export applications approved (or processed,
    rejected): a proportion of "applications" or "requests", or an "approval rate", beside a verb of
    deciding them and a word for the licence or the export."""
    return _RATE.search(sentence) is not None and _DECIDED.search(sentence) is not None \
        and _LICENCE.search(sentence) is not None


def unheld_approval_rates(checks: list[ClaimCheck]) -> None:
    """Turn into ``unverifiable`` (in place) every check an events row settles whose sentence states
    an approval rate (:func:`states_approval_rate`): the row records the control, not the rate."""
    for i, cc in enumerate(checks):
        v = cc.verdict
        if v.verdict == "unverifiable" or not any(e.measure == "event" for e in v.evidence):
            continue
        if not states_approval_rate(cc.claim.sentence):
            continue
        checks[i] = replace(cc, verdict=Verdict(
            "unverifiable", "the sentence states a share of licence applications approved, which no row of the "
            f"events table holds (closest: {v.evidence[0].locator or v.evidence[0].edition})",
            v.evidence, needs=NEEDS))
