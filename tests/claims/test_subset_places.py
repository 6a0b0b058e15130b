"""A first place in a subset of the producers said of a firm ("Carver Metals is the world's largest
producer of rare earths outside China"): the role rule reads it as a rank naming no country (no
world rank, README rules 8 and 13), and since the twentieth session it is never re-read as the
article's country by article_subject.py, for no country holds a firm's place: read as China's
(first in rare-earth mining, USGS MCS 2025) it came out `supported`, the claim that China is the
largest producer outside China. Sentences written for the test.
"""

from __future__ import annotations

from critmin.claims.recall import ONE_HOLDER

DAY = "2025-06-01"


def test_a_firms_first_place_outside_china_is_not_read_as_the_article_country(checker) -> None:
    text = ("China mined about 270,000 tons of rare earths in 2024. Carver Metals runs a mine in Western Australia. "
            "It is the largest rare earth producer outside of China.")
    ranks = [c for c in checker.check(text, DAY).checks if c.claim.kind == "rank"]
    assert len(ranks) == 1
    c, v = ranks[0].claim, ranks[0].verdict
    assert (c.subject or "").startswith(ONE_HOLDER) and c.country is None
    assert v.verdict == "unverifiable"


def test_a_world_first_place_of_a_firm_keeps_the_ordinary_subject(checker) -> None:
    # no subset: the place is the world's, and the role rule's subject is unchanged
    ranks = [c for c in checker.check("Carver Metals is the world's largest producer of rare earths.", DAY).checks
             if c.claim.kind == "rank"]
    assert all(not (c.claim.subject or "").startswith(ONE_HOLDER) for c in ranks)
