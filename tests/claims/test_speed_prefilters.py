"""The claim checker's speed-ups (issue #6, speed target) must not change what it finds or
says.

* pre-filters skip work that cannot give a result: the partial-date scan of a sentence with
  no digit, month or weekday name; the claim rules for a sentence none of them can claim
  from (:func:`_claimless`); the "years later" scan of a sentence without its words;
* events are matched only among those sharing a commodity with the claim;
* edition orders and "is current" answers are memoised per index, date and current
  editions, shared by the articles of one date.

Each is checked against the same computation without it, on sentences written here.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.claims import Checker
from critmin.claims import extract as ex
from critmin.claims import verdict as vd

# --------------------------------------------------------------------------- partial dates
DATE_WORDS = ["in", "on", "from", "since", "by", "early", "late", "mid-", "Mar", "March", "may", "May", "June",
              "Sept.", "sept", "Monday", "TUESDAY", "Tuesday", "Wednesday", "thursday", "Sunday", "4", "17th",
              "2025", "1999", "the", "ministry", "acted", "again", "Marketing", "Decembers", "No.", ",", "."]
date_texts = st.lists(st.sampled_from(DATE_WORDS), max_size=12).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(date_texts, st.sampled_from(["2025-05-20", "2024-01-03", "not a date"]), st.booleans())
def test_partial_date_hint_skips_only_sentences_without_a_date(text: str, day: str, past: bool) -> None:
    if ex._PARTIAL_DATE.search(text) is not None:
        assert ex._PARTIAL_HINT.search(text) is not None, text
    fast = ex.partial_dates(text, day, past)
    hint = ex._PARTIAL_HINT
    try:
        ex._PARTIAL_HINT = re.compile("")  # always "may hold a date"
        assert ex.partial_dates(text, day, past) == fast, text
    finally:
        ex._PARTIAL_HINT = hint


def test_partial_date_hint_keeps_dates_written_in_words() -> None:
    assert ex.partial_dates("The ministry acted on Thursday.", "2025-05-20") == [("2025-05-15", "day")]
    assert ex.partial_dates("The curbs start in September.", "2025-05-20") == [("2025-09", "month")]
    assert ex.partial_dates("Officials said little about the plan.", "2025-05-20") == []


# --------------------------------------------------------------------------- claimless sentences
# sentences assembled from words every claim rule reacts to (written for this test)
CLAIM_WORDS = ["China", "Brazil's", "Vietnam", "the country", "its", "rare earths", "lithium", "graphite",
               "produced", "mined", "reserves", "output", "exports", "refining", "fell", "rose", "doubled",
               "largest", "second-largest", "top", "three", "seven", "than", "more", "far exceeds", "twice",
               "imposed", "announced", "export controls on", "elements", "restrictions", "agreement",
               "export controls on seven metals", "curbs on two minerals", "Order No. 7",
               "in April", "on Friday", "2,400 t", "31%", "about 5,000 tonnes", "2023", "half of",
               "years later", "by then", "a decade on", "the USGS", "Mineral Commodity Summaries 2025",
               "published", "No. 18 of 2025", "plans to", "hire", "workers", "the", "and", "of", "in", ","]
sentences = st.lists(st.sampled_from(CLAIM_WORDS), min_size=1, max_size=14).map(lambda w: " ".join(w) + ".")
articles = st.lists(sentences, min_size=1, max_size=4).map(" ".join)

_ALL_WORDS = frozenset(w for s in CLAIM_WORDS for w in re.findall(r"[a-z]+", s.lower()))


def _dump(claims: list[Any]) -> list[dict[str, Any]]:
    return [c.to_dict() for c in claims]


@settings(max_examples=250, deadline=None)
@given(articles, st.sampled_from(["2025-06-01", "2026-02-10"]))
def test_prefilters_do_not_change_the_claims(text: str, day: str) -> None:
    fast = _dump(ex.extract_claims(text, date=day))
    claimless, unanchored = ex._claimless, ex._W_UNANCHORED
    try:
        ex._claimless = lambda text, s: False
        ex._W_UNANCHORED = _ALL_WORDS  # the "years later" scan on every sentence
        slow = _dump(ex.extract_claims(text, date=day))
    finally:
        ex._claimless, ex._W_UNANCHORED = claimless, unanchored
    assert fast == slow, text


def test_sentences_without_a_claim_rule_are_skipped_and_claims_kept() -> None:
    text = ("The firm plans to hire more engineers for its plant. Traders shrugged at the announcement. "
            "Chile's lithium output far exceeds Argentina's. On Friday, Beijing announced export controls on seven metals.")
    kinds = [c.kind for c in ex.extract_claims(text, date="2025-06-01")]
    assert "comparison" in kinds and "event" in kinds
    s = ex.SentenceScan(0, 52, triggers={"compare": True}, words=frozenset({"more", "hire", "plans"}))
    assert ex._claimless(text, s)
    s.words = frozenset({"more", "than"})
    assert not ex._claimless(text, s)


# --------------------------------------------------------------------------- events
def test_event_candidates_are_the_events_sharing_a_commodity_in_table_order() -> None:
    table = [{"event_id": "a", "commodities": "gallium;germanium"}, {"event_id": "b", "commodities": "graphite"},
             {"event_id": "c", "commodities": "germanium"}, {"event_id": "d", "commodities": ""}]
    ids = [r[0]["event_id"] for r in vd._event_candidates(table, {"germanium", "graphite"})]
    assert ids == ["a", "b", "c"]
    assert [r[0]["event_id"] for r in vd._event_candidates(table, set())] == ["a", "b", "c", "d"]
    assert vd._event_candidates(table, {"cobalt"}) == []


# --------------------------------------------------------------------------- shared memos
ARTICLE = ("China mined about 270,000 tonnes of rare earths in 2024. Australia is the second-largest producer. "
           "Graphite output in China rose 5% in 2024. Brazil holds more rare earth reserves than India.")


@pytest.mark.slow
def test_memos_shared_between_articles_of_one_date_change_nothing(checker: Checker) -> None:
    order = ["2025-06-01", "2023-03-01", "2025-06-01", "2024-02-15", "2023-03-01"]
    results = []
    for day in order:
        vd._CTX_MEMOS.clear()
        results.append(checker.check(ARTICLE, day).to_dict())
    for day, want in zip(order, results, strict=True):  # now with the memos of earlier checks
        assert checker.check(ARTICLE, day).to_dict() == want
