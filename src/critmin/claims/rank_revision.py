"""A rank the text says an edition revised (issue #6, twenty-fifth session).

"The revision ... has moved Vietnam from second position on the USGS's list of countries with
the largest reserves to sixth"; "Until last year, the USGS ranked Vietnam as the second-largest
holder of rare earth reserves; however, it has since revised the ranking, placing Vietnam
sixth". The sentence gives two ranks of one country: the old one, which the edition before the
current one held, and the new one, the current edition's (labels C085 and C14146, README rules 3
and 8). Read as one rank of the current edition, the old place is refuted or only
``supported_by_other_edition``; the sentence is right on both counts and is ``supported``.

This post-pass on the extracted claims marks the rank claim of the old place as the previous
edition's (``edition_ref = "previous"``, the reading ``_previous_edition_ranks`` gives a rank set
beside a previous figure) and adds the new place, the ordinal after "to" or after the verb of the
revision, as a rank claim of the current edition, when the extractor left it out. A revision is
told by "from <ordinal> ... to <ordinal>" or by a past ranking ("until last year", "previously",
"had ranked") followed by "revised", "moved", "placing", "now ranks" and a second ordinal.
"""

from __future__ import annotations

import dataclasses
import re

from critmin.claims.model import Claim

__all__ = ["read_rank_revisions"]

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
             "9th": 9, "10th": 10}
_ORD = r"(?P<{name}>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:[1-9]|10)(?:st|nd|rd|th))"

#: "from second (position|place|spot) ... to sixth"
_FROM_TO = re.compile(r"\bfrom\s+(?:the\s+)?(?:world['\u2019]s\s+)?" + _ORD.format(name="old")
                      + r"\b(?P<gap>[^;.]{0,120}?)\bto\s+(?:the\s+)?(?:world['\u2019]s\s+)?" + _ORD.format(name="new")
                      + r"\b", re.I)
#: a past ranking and its revision: "until last year ... ranked X as the second-largest ...; however, it has since
#: revised the ranking, placing X sixth"
_PAST = re.compile(r"\b(?:until\s+(?:last\s+year|recently|\d{4})|previously|formerly|once|used\s+to|had\s+(?:been\s+)?ranked)\b",
                   re.I)
_REVISED = re.compile(r"\b(?:revis\w*|moved|moving|downgrad\w*|demot\w*|plac(?:ing|ed|es)|now\s+(?:ranks?|sits?|stands?)"
                      r"|dropp\w*|fell|slipp\w*|relegat\w*)\b[^;.]{0,60}?\b" + _ORD.format(name="new") + r"\b", re.I)


def _place(word: str) -> int | None:
    return _ORDINALS.get(word.lower())


def read_rank_revisions(claims: list[Claim]) -> None:
    """Mark the old place of a revised rank as the previous edition's and add the new place."""
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        if c.kind == "rank" and c.rank_op == "==" and c.country and not c.edition and not c.edition_ref:
            by_sentence.setdefault(c.sentence_span, []).append(c)
    added: list[tuple[int, Claim]] = []
    for span, ranks in by_sentence.items():
        sent = ranks[0].sentence
        old = new = None
        at = -1
        past = False
        m = _FROM_TO.search(sent)
        if m is not None:
            old, new, at = _place(m.group("old")), _place(m.group("new")), m.start("new")
        else:
            p = _PAST.search(sent)
            r = _REVISED.search(sent, p.end()) if p is not None else None
            if p is not None and r is not None:
                new, at, past = _place(r.group("new")), r.start("new"), True
                before = [c for c in ranks if p.start() <= c.span[0] - span[0] < r.start()]
                old = before[0].rank if before else None
        if old is None or new is None or old == new:
            continue
        olds = [c for c in ranks if c.rank == old and c.span[0] - span[0] < at and (c.year is None or past)]
        if not olds or any(c.country != olds[0].country for c in olds):
            continue
        country = olds[0].country
        for c in olds:
            c.edition_ref = "previous"
            c.year = None  # ("until last year": the time the old ranking held, not its data year)
        if not any(c.rank == new and c.country == country and c.span[0] - span[0] >= at for c in ranks):
            pos = span[0] + at
            word = re.match(r"[\w-]+", sent[at:])
            end = pos + (word.end() if word else 1)
            fresh = dataclasses.replace(olds[0], span=(pos, end), rank=new, edition_ref=None, year=None,
                                        text=sent[at:at + (end - pos)])
            fresh.subject = f"{olds[0].subject or country} (after the revision)"
            added.append((claims.index(olds[-1]) + 1, fresh))
    for i, c in sorted(added, key=lambda x: -x[0]):
        claims.insert(i, c)
