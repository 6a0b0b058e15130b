"""Cheap word tests that skip a regex search must never skip one that would match:
``extract._sentence_may_match`` (a whole sentence, read from its words), ``extract._span_may_match``
(a range of the text) and ``subject_scope._scope_may_match`` (letters a pattern needs) are
false only where the search finds nothing, for any text, including texts with characters
that fold onto ASCII letters (U+017F, U+0131, U+0130, U+212A)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.claims import extract as ex
from critmin.claims import subject_scope as sc

REAL = [p for p in vars(ex).values() if isinstance(p, re.Pattern) and ex._word_prefixes(p) is not None]
SCOPE = [(sc._REGION_WORD, sc._SCOPE_REGION_NEED, False), (sc._FIRM_SUFFIX, sc._SCOPE_FIRM_NEED, False),
         (sc._UNIT_NOUN, sc._SCOPE_UNIT_NEED, True)]

WORDS = ["imposed", "Imposed", "export controls", "quota", "quotas", "capped", "caps", "may", "could", "plans to",
         "would", "will", "expected", "lifted", "remains", "still", "in force", "covered by", "affected by", "items",
         "elements", "nine", "12", "petition", "preliminary", "determination", "subsidy program", "programme",
         "last year", "this year", "years", "Year", "Kachin State", "the province of Jiangxi", "Oblast", "Krai",
         "Iluka Resources", "Pilbara Minerals Ltd", "Rare Earths", "Group", "the miner", "its mine", "the plant",
         "U.S.", "China", "Lynas", "2024", "70%", "it", "its", "\u017fhare", "\u212aelvin", "\u0130mposed",
         "\u0131tems", "caf\u00e9", "-", "'s", ",", ".", "(", " ", " ", " ", "\n"]
texts = st.lists(st.sampled_from(WORDS), max_size=30).map("".join)


def scan(text: str) -> ex.SentenceScan:
    s = ex.SentenceScan(0, len(text))
    s.words = ex._sentence_words(text, ex.Tokens.of(text))(0, len(text))
    return s


@settings(max_examples=120, deadline=None)
@given(texts, st.integers(0, 40), st.integers(0, 40))
def test_word_gates_never_skip_a_match(text: str, a: int, cut: int) -> None:
    assert len(REAL) >= 20
    s = scan(text)
    lo = min(a, len(text))
    hi = max(lo, len(text) - cut)
    for p in REAL:
        if not ex._sentence_may_match(p, s, text):
            assert p.search(text) is None, (p.pattern[:80], text)
        if not ex._span_may_match(p, text, lo, hi):
            assert p.search(text, lo, hi) is None, (p.pattern[:80], text, lo, hi)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_scope_letter_gates_never_skip_a_match(text: str) -> None:
    for p, need, fold in SCOPE:
        if not sc._scope_may_match(text, need, fold):
            assert p.search(text) is None, (p.pattern[:60], text)
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    sc.new_article()
    assert sc._title_case(text) == (len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) >= 0.6)


def test_gates_pass_the_sentences_that_hold_the_words() -> None:
    # (sentences written for this test) the gate opens where the pattern matches ...
    for sent in ("Gallium remains under export controls, officials said.",
                 "Exporters must still apply for licences, the ministry said."):
        assert ex._UNDATED_STILL_IN_FORCE.search(sent) is not None
        assert ex._sentence_may_match(ex._UNDATED_STILL_IN_FORCE, scan(sent), sent)
    for sent in ("Output of the metal is capped at 12,000 t a year.", "The annual quota was 270,000 t."):
        assert ex._sentence_may_match(ex._FRESH_QUOTA_WORD, scan(sent), sent)
    # ... and shuts where none of the words a match starts with is there
    for sent in ("Analysts expect prices to stay firm into the new season.",
                 "The refinery ran at full rate through the winter months."):
        assert ex._FRESH_QUOTA_WORD.search(sent) is None
        assert not ex._sentence_may_match(ex._FRESH_QUOTA_WORD, scan(sent), sent)


def test_a_character_folding_to_ascii_keeps_the_search() -> None:
    # "\u017f" (long s) matches "s" when case is ignored: the words cannot tell, so the search runs
    sent = "Officials \u017faid the measure is \u017ftill in force."
    assert ex._sentence_may_match(ex._UNDATED_STILL_IN_FORCE, scan(sent), sent)
    assert ex._span_may_match(ex._UNDATED_STILL_IN_FORCE, sent, 0, len(sent))
