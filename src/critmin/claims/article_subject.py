"""A claim whose sentence names no country, in an article about one country.

"Output of concentrate reached a record 51,000 t last year", "Imports of rare-earth
compounds fell to 8,000 t", "The country holds 6.9 Mt of reserves", "It has required
licences for these exports since April": articles about one country state many of its
figures and measures without naming it again, and the checker, finding no country in the
sentence (nor an "it / the country" it could carry from the paragraph), left them
unverifiable ("the sentence does not say which country the figure is for", "no matching
event in the events table").

The rule: a claim left unverifiable for want of a country -- a figure kind (quantity,
share, rank, change, comparison) whose verdict asks for the country, or an event naming no
country or organisation as a party -- is judged again for the article's main subject: the
country its other claims name in their own sentences most often (at least twice, and more
often than any other, the reading ``_carried_main_subject`` in ``__init__`` uses for a
carried "it"). When that does not fit, it is judged for each other country the article's
claims name, and read as the one it fits if exactly one does. The new verdict is kept only
when it is ``supported``: a claim that fits the country is about it, while one that does
not fit may be about a country the text names elsewhere or about a company, a region or a
site, which the data cannot settle (so nothing is refuted on a guess, and a figure that
matches only another edition is not taken as proof of the reading). The explanation says
how the country was read.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from critmin.claims.match import EvidenceIndex
from critmin.claims.model import Claim, ClaimCheck, Verdict
from critmin.claims.recall import ONE_HOLDER

__all__ = ["SUBJECT_SOURCE", "judge_for_article_subject"]

#: how a country found this way is recorded in ``Claim.country_source``
SUBJECT_SOURCE = "article_subject"

#: the ``needs`` of verdicts left unverifiable because no country was read
_NO_COUNTRY_NEEDS = frozenset({"the country (or world) the figure refers to", "the country ranked"})
#: claim kinds that carry a figure of a country
_FIGURE_KINDS = frozenset({"quantity", "share", "rank", "change", "comparison"})
#: verdicts that show the figure is about the article's main country
_FITTING = frozenset({"supported"})


def main_subject(checks: list[ClaimCheck]) -> str | None:
    """The country the article's claims name in their own sentences most often: at least
    twice, and strictly more often than any other; None otherwise."""
    named = Counter(cc.claim.country for cc in checks
                    if cc.claim.country_source is None and cc.claim.country not in (None, "WLD"))
    top = named.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]


def _partyless_event(c: Claim) -> bool:
    """An event claim whose sentence names no country and no organisation taking part."""
    ev = c.event or {}
    return c.kind == "event" and not ev.get("actors") and not ev.get("agents") and not ev.get("agent")


def _named_countries(checks: list[ClaimCheck]) -> list[str]:
    """The countries the article's claims name in their own sentences, in order of first mention."""
    out: list[str] = []
    for cc in checks:
        c = cc.claim
        if c.country_source is None and c.country not in (None, "WLD") and c.country not in out:
            out.append(str(c.country))
    return out


#: a firm named with a corporate word after its name ("Nouveau Monde Graphite", "Gerald Metals",
#: "Shenghe Resources Holding Co.", "Hancock Prospecting"): the first word of the name
_FIRM_NAMED = re.compile(
    r"(?<![\w'\u2019])([A-Z][\w&'\u2019.-]+)(?:\s+[A-Z][\w&.-]+){0,3}\s+(?:Ltd|Limited|Inc|Corp|Corporation|Co\.|Resources"
    r"|Mining|Minerals|Metals|Materials|Graphite|Lithium|Rare\s+Earths|Holdings?|Group|Prospecting|Technologies)\b"
    r"(?!\s+[A-Z])")  # (the name goes on: "the Future Minerals Forum", "a Critical Minerals Strategy" are no firm)


def firm_of_its_own(sentence: str, e: dict[str, Any], data_dir: str | None) -> str | None:
    """A firm the sentence names that the events row ``e`` does not: a company of ``actors.csv``
    (by any of its names) that is no party of the row, or a name written with a corporate word
    ("Gerald Metals", "Nouveau Monde Graphite") that neither the row's text nor any actor of the
    table carries. None when every firm named is the row's (or none is named).

    A sentence that names no country but names a firm reports that firm's act ("Syrah extended
    Tesla's qualification deadline", "Hancock contributed A$125 million to the raise"): reading
    the article's country into it cannot make it a state's recorded measure or deal (rule 9; the
    module docstring: a claim that does not fit may be about a company)."""
    from critmin.claims.event_matcher import _actor_words, firms_in
    from critmin.claims.event_terms import row_blob

    if not data_dir:
        from critmin.dataset import DATA_DIR

        data_dir = str(DATA_DIR)
    blob = row_blob(e)
    parties = {x.strip() for k in ("actors", "imposed_by", "targets") for x in str(e.get(k) or "").split(";")}
    for f in sorted(firms_in(sentence, data_dir)):
        if f not in parties and f.replace("_", " ") not in blob:
            return f
    known = _actor_words(data_dir)
    for m in _FIRM_NAMED.finditer(sentence):
        # the words that say which firm it is: not its kind or trade ("Resources", "Rare Earths"), not a
        # possessive country ("Chile's") or a home ("US-based"); a word any actor of the table or the row
        # carries makes it a known body ("U.S. International Development Finance Corporation")
        words = [re.sub(r"['\u2019]s$", "", w.rstrip(".")) for w in _CAPITAL_WORD.findall(m.group(0))]
        words = [w for w in words if len(w) >= 3 and not w.endswith("-based") and w.lower() not in _TRADE_WORDS]
        if words and not any(w in known or w.lower() in blob for w in words):
            return m.group(0)
    return None


_CAPITAL_WORD = re.compile(r"[A-Z][\w&'\u2019.-]*")
#: words of a firm's name that say its kind, trade or listing, not which firm it is
_TRADE_WORDS = frozenset((
    "ltd", "limited", "inc", "corp", "corporation", "co", "company", "group", "holding", "holdings", "resources",
    "mining", "minerals", "metals", "materials", "technologies", "rare", "earths", "lithium", "graphite",
    "prospecting"))


def _row_of(v: Verdict, index: EvidenceIndex) -> dict[str, Any] | None:
    """The events row a verdict cites (its first event evidence), if any."""
    ids = [e.edition for e in v.evidence if e.measure == "event" and e.edition]
    if not ids or not index.events:
        return None
    return next((e for e in index.events if str(e.get("event_id") or "") == ids[0]), None)


def judge_for_article_subject(checks: list[ClaimCheck], index: EvidenceIndex, day: str,
                              current: dict[str, str], ctx: Any, data_dir: str | None = None) -> None:
    """Judge the claims left without a country for the article's main subject, or else for
    the one country the article names that the figure fits (in place). An event claim whose
    sentence names a firm the matched row does not hold (:func:`firm_of_its_own`) is left as it
    is: it reports that firm's act, not the country's."""
    todo = [i for i, cc in enumerate(checks)
            if cc.claim.country is None and cc.verdict.verdict == "unverifiable"
            and not (cc.claim.subject or "").startswith(ONE_HOLDER)  # "the largest producer outside China": a firm's
            and ((cc.claim.kind in _FIGURE_KINDS and cc.verdict.needs in _NO_COUNTRY_NEEDS)
                 or _partyless_event(cc.claim))]
    if not todo:
        return
    main = main_subject(checks)
    named = _named_countries(checks)
    from critmin.claims.verdict import judge

    def read_as(c: Claim, who: str) -> Claim:
        if c.kind != "event":
            return replace(c, country=who, country_source=SUBJECT_SOURCE)
        return replace(c, country=who, country_source=SUBJECT_SOURCE, event={**(c.event or {}), "actors": [who]})

    def fit(c: Claim, who: str) -> Verdict | None:
        try:
            v = judge(read_as(c, who), index, day, current, ctx)
        except Exception:  # keep the cautious verdict
            return None
        return v if v.verdict in _FITTING else None

    for i in todo:
        c = checks[i].claim
        v = fit(c, main) if main is not None else None
        who, why = main, "the country the article's other claims name most"
        if v is None:
            fits: list[tuple[str, Verdict]] = []
            for n in named:
                if n != main and (got := fit(c, n)) is not None:
                    fits.append((n, got))
                    if len(fits) > 1:
                        break  # (a second fit already leaves the claim as it is: no need to judge the rest)
            if len(fits) != 1:
                continue
            (who, v), why = fits[0], "the one country the article names that the claim fits"
        if c.kind == "event":
            row = _row_of(v, index)
            if row is not None and firm_of_its_own(c.sentence, row, data_dir) is not None:
                continue  # a firm's own act: the country read from the article does not make it the row's
        what = "party" if c.kind == "event" else "country"
        v.explanation = f"{v.explanation} (the sentence names no {what}; read as {who}, {why})"
        checks[i] = ClaimCheck(read_as(c, str(who)), v)
