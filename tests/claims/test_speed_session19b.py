"""Nineteenth session's second set of speed-ups must change nothing (docs/claims.md "## Speed"):

* ``extract._WordStarts.candidates`` (each pattern's plan read once, a beginning's words taken as one
  slice of the sorted distinct words) gives the starts of exactly the words the plain reading picks:
  a word that is one of the pattern's first words or starts with one of its beginnings, a letter of a
  dotted word ("U.S.") that is a first word of one letter, and every digit that starts a word;
* ``extract._sentence_tokens`` (a registered sentence's tokens cut out of the article's) is
  ``Tokens.of(sent)``, and ``None`` when a word of the article runs across the sentence's start or end.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.claims import extract as ex

from .conftest import registered_sentences

WORDS = ["China", "imposed", "Imposes", "export", "exports", "controls", "ban", "banned", "bans", "curbs",
         "U.S.", "U.S", "e.g.", "a", "A", "I", "s", "x", "2024", "70%", "1.5", "b2", "rare", "earth",
         "\u017fhares", "caf\u00e9", "-", "'s", ",", ".", ". ", "(", " ", " ", "\n", "_", "x."]
texts = st.lists(st.sampled_from(WORDS), max_size=40).map("".join)
PATTERNS = [
    re.compile(r"\b(?:ban(?:ned|s)?|impose[sd]?|controls?|curbs)\b", re.I),
    re.compile(r"\b(?:exp\w+|cur\w*|a)\b", re.I),  # beginnings ("exp", "cur") and a word of one letter
    re.compile(r"\b(?:\d+(?:\.\d+)?\s*%|s\b|rare\s+earths?)", re.I),  # digits, and a one-letter word
    re.compile(r"\b(?:u\.s\.|us|united\s+states)\b", re.I),
    ex._MEASURE_INTENT, ex._PAST_EVENT, ex._FUTURE, ex._EVENT_TYPE,
]


def plain_candidates(text: str, p: re.Pattern[str]) -> list[int] | None:
    """The starts the word analysis allows, read token by token."""
    pre = ex._word_beginnings(p)
    if pre is None or any(ch in text for ch in ex._FOLDS_TO_ASCII):
        return None
    words, begins, digits = pre
    tok = ex.Tokens.of(text)
    got: set[int] = set()
    for w, st_ in zip(tok.words, tok.starts, strict=True):
        lw = w.lower()
        if lw in words or any(lw.startswith(b) for b in begins):
            got.add(st_)
        if "." in lw:
            got.update(st_ + i for i, ch in enumerate(lw) if ch in words and len(ch) == 1)
    if digits:
        got.update(m.start() for m in re.finditer(r"(?<!\w)\d", text))
    return sorted(got)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_candidates_are_the_plain_reading(text: str) -> None:
    ws = ex._WordStarts.of(text, ex.Tokens.of(text))
    for p in PATTERNS:
        assert ws.candidates(p) == plain_candidates(text, p), (p.pattern[:60], text)
        assert ws.candidates(p) is ws.candidates(p)  # (worked out once per article)


def test_candidates_hold_a_whole_pattern_beginning() -> None:
    """Beginnings whose words are neighbours in sorted order of other words ("exp" between "exo" and
    "exq", "expz" and "exp" itself)."""
    text = "exo exp expz exq export Exp EXPORTS ex e cura curb cur cus"
    ws = ex._WordStarts.of(text, ex.Tokens.of(text))
    p = PATTERNS[1]
    assert ws.candidates(p) == plain_candidates(text, p)
    assert [text[i:i + 4] for i in ws.candidates(p) or []] == \
        ["exp ", "expz", "expo", "Exp ", "EXPO", "cura", "curb", "cur "]
    assert ex._prefix_end("exp") == "exq" and ex._prefix_end("cu") == "cv"


def registered(text: str, a: int, b: int) -> None:
    ex.new_article()
    ex._SENTENCE_SCANS[text[a:b]] = SimpleNamespace(
        start=a, end=b, word_starts=ex._WordStarts.of(text, ex.Tokens.of(text)))


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(0, 80), st.integers(0, 80))
def test_sentence_tokens_are_the_sentences_own(text: str, a: int, cut: int) -> None:
    a = min(a, len(text))
    b = max(a, len(text) - cut)
    sent = text[a:b]
    registered(text, a, b)
    got = ex._sentence_tokens(sent)
    tok = ex.Tokens.of(text)
    across = any(s < a < e or s < b < e for s, e in zip(tok.starts, tok.ends, strict=True))
    if across:
        assert got is None
    else:
        assert got == ex.Tokens.of(sent), (text, a, b)
    ex.new_article()
    assert ex._sentence_tokens(sent) is None  # (no article registered)


def test_sentence_tokens_of_a_checked_article() -> None:
    text = ("China imposed export controls on gallium in July 2023. The U.S. said the curbs would not be "
            "lifted.\nRare earth output rose 5%; Lynas shares fell. ")
    sents = registered_sentences(text)
    assert len(sents) == 3
    for sent in sents:
        assert ex._sentence_tokens(sent) == ex.Tokens.of(sent)
        assert ex.scan_entities(sent, ex.patterns()) == ex._scan_entities(sent, ex.patterns(), None)
    assert ex._sentence_tokens("China imposed export controls on gallium") is None  # (no sentence of it)
    ex.new_article()
