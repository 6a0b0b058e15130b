"""Patterns tried only at the words a match can start with (``extract._finditer_words``)
must find exactly what ``finditer`` finds: the same spans and groups, in the same order,
for any text and any range, including ranges that cut a word and texts holding characters
that fold onto ASCII letters (U+017F, U+0131, U+0130, U+212A), where it falls back.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.claims import extract as ex

# shapes: whole words (\b after), word beginnings (no \b after), optional letters, a
# look-behind instead of \b, look-aheads, scoped flags, words joined by spaces
SHAPES = [
    (r"\b(?:signed|impose[sd]?|restrict(?:s|ing)?|ban(?:s|ning)?|go|went)\b", re.I),
    (r"\b(?:refin(?:ed|ery|ers?)|production|output|exports?|is\s+home\s+to|dug\s+up)", re.I),
    (r"(?<![\w-])(?:Mountain\s+Pass|Lynas|Bayan\s+Obo)(?![\w-])", 0),
    (r"\b(?:postponed|delayed)(?=\s+(?:[\w-]+\s+){0,3}?(?:rules?|controls?)\b)|\b(?-i:Mar)\.?\s+\d", re.I),
    (r"\b(?:the\s+)?(?:world['\u2019]s\s+)?(?:largest|top)\s+(?:[A-Za-z-]+\s+){0,2}?(?:producer|miner)s?\b", re.I),
]
REAL = [p for p in vars(ex).values() if isinstance(p, re.Pattern) and ex._word_prefixes(p) is not None]

WORDS = ["signed", "Imposed", "imposes", "restricting", "restrictions", "bans", "banning", "go", "goes", "went",
         "refinery", "refiners", "refined", "production", "productions", "output", "outputs", "exports",
         "is home to", "dug up", "Mountain Pass", "Lynas", "Lynas-owned", "Bayan Obo", "postponed the rules",
         "delayed", "Mar. 4", "March 4", "the world's largest rare earth producer", "top miners", "U.S.", "e.g.",
         "2024", "70%", "it", "its", "the country", "controls on seven elements", "took effect", "came into force",
         "according to", "the agency", "\u017fhare", "\u212aelvin", "\u0130mposed", "caf\u00e9", "\u00e9t\u00e9",
         "-", "'s", "\u2019s", ",", ".", "(", ")", " ", " ", " ", "\n", "\n\n", "x", "a", "s"]
texts = st.lists(st.sampled_from(WORDS), max_size=30).map("".join)


def found(it: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in it]  # type: ignore[attr-defined]


def check_same(p: re.Pattern[str], text: str, a: int, b: int) -> None:
    ws = ex._WordStarts.of(text, ex.Tokens.of(text))
    assert found(ex._finditer_words(p, text, a, b, ws)) == found(p.finditer(text, a, b)), (p.pattern[:80], text, a, b)


@settings(max_examples=150, deadline=None)
@given(texts, st.integers(0, 40), st.integers(0, 40))
def test_shapes_find_the_same_matches(text: str, a: int, cut: int) -> None:
    for pattern, flags in SHAPES:
        p = re.compile(pattern, flags)
        assert ex._word_prefixes(p) is not None, pattern  # every shape here is within the analysis
        check_same(p, text, 0, len(text))
        check_same(p, text, min(a, len(text)), max(min(a, len(text)), len(text) - cut))


@settings(max_examples=60, deadline=None)
@given(texts, st.integers(0, 40))
def test_extractor_patterns_find_the_same_matches(text: str, cut: int) -> None:
    assert len(REAL) >= 20  # _MEASURE, _EVENT and most word patterns are within the analysis
    for p in REAL:
        check_same(p, text, 0, len(text))
        check_same(p, text, 0, max(0, len(text) - cut))


@pytest.mark.parametrize("pattern", [
    r"\d+\s*t\b",  # starts with a digit
    r"share|supplies",  # no word boundary before the first letter
    r"\b(?:a|an)\s+share",  # a one-letter word ("a" can sit inside "U.S.A.")
    r"\bU\.?S\.?\s+output",  # one letter, then maybe a dot
    r"\b[\w-]+\s+output",  # any word character first
])
def test_patterns_outside_the_analysis_are_left_alone(pattern: str) -> None:
    p = re.compile(pattern, re.I)
    assert ex._word_prefixes(p) is None
    text = "U.S.A. output: a share of 5 t, US output and its supplies"
    check_same(p, text, 0, len(text))


def test_whole_words_and_beginnings() -> None:
    words, three, two = ex._word_prefixes(re.compile(r"\b(?:signed|impose[sd]?|go)\b|\bproduc(?:tion|ers?)", re.I))
    assert {"signed", "impose", "imposes", "imposed", "go"} <= words
    assert three == {"pro"} and not two


# patterns whose matches may also start with a digit at a word boundary (tried where
# ``extract._DIGIT_START`` matches as well as at the words that begin as they must)
DIGIT_SHAPES = [
    (r"\b(?:\d{1,2}\s+(?:May|June)|fourth|ninth)\b", re.I),
    (r"(?<![\w.,$-])(?:\d+(?:\.\d+)?)\s*(?:-|to)\s*\d+\s*%", re.I),
    (r"(?=[0-9st])\b(?:[1-9]\d{3}|sixth|second(?:ly)?)", re.I),
]
DIGIT_REAL = [p for p in vars(ex).values() if isinstance(p, re.Pattern)
              and (got := ex._word_beginnings(p)) is not None and got[2]]
DIGIT_WORDS = [*WORDS, "4 May", "12 June", "19", "2023", "3.5", "60-70%", "8 to 9 %", "A4", "x2", "_7", "\u0663\u0660",
               "fourth", "Ninth", "sixth", "secondly", "$5", "5,000", "Q1", "H2"]
digit_texts = st.lists(st.sampled_from(DIGIT_WORDS), max_size=30).map("".join)


@settings(max_examples=150, deadline=None)
@given(digit_texts, st.integers(0, 40), st.integers(0, 40))
def test_digit_starts_find_the_same_matches(text: str, a: int, cut: int) -> None:
    assert len(DIGIT_REAL) >= 4  # _DATE, _RANK, _YEAR, _MASS_RANGE ...
    for pattern, flags in DIGIT_SHAPES:
        p = re.compile(pattern, flags)
        got = ex._word_beginnings(p)
        assert got is not None and got[2], pattern  # within the analysis, with digit starts
        assert ex._word_prefixes(p) is None  # (the three-letter form stays for words of letters only)
        check_same(p, text, 0, len(text))
        check_same(p, text, min(a, len(text)), max(min(a, len(text)), len(text) - cut))
    for p in DIGIT_REAL:
        check_same(p, text, 0, len(text))
        check_same(p, text, 0, max(0, len(text) - cut))


def test_digit_starts_gate_sentences() -> None:
    p = re.compile(r"\b(?:\d{4}|twelfth)\b", re.I)
    assert ex.words_may_match(p, frozenset({"output", "rose"}), "Output rose in 2019.")
    assert ex.words_may_match(p, frozenset({"the", "twelfth"}), "The twelfth.")
    assert not ex.words_may_match(p, frozenset({"output", "rose"}), "Output rose.")


# patterns whose matches may start with a word of one letter ("a", "H" of "H1"), which may also
# be a letter of a dotted abbreviation ("U.S.", "e.g.")
ONE_LETTER_REAL = [p for p in vars(ex).values() if isinstance(p, re.Pattern)
                   and (got := ex._word_beginnings(p)) is not None and any(len(w) == 1 for w in got[0])]
ONE_LETTER_WORDS = [*DIGIT_WORDS, "a", "A", "an", "U.S.", "u.s.", "U.S", "U.K.", "a.m.", "H1", "Q3", "a half",
                    "a 3-fold", "a third", "US Geological Survey", "U.S. Geological Survey"]
one_letter_texts = st.lists(st.sampled_from(ONE_LETTER_WORDS), max_size=30).map("".join)


@settings(max_examples=150, deadline=None)
@given(one_letter_texts, st.integers(0, 40), st.integers(0, 40))
def test_one_letter_words_find_the_same_matches(text: str, a: int, cut: int) -> None:
    assert len(ONE_LETTER_REAL) >= 2  # _CHANGE, _FRACTION ...
    shape = re.compile(r"\b(?:an?\s+(?:half|third)|[HQ][1-4]|U\.?S\.?\s+output)\b", re.I)
    for p in (shape, *ONE_LETTER_REAL):
        assert ex._word_prefixes(p) is None  # (the three-letter form stays for words of two letters or more)
        check_same(p, text, 0, len(text))
        check_same(p, text, min(a, len(text)), max(min(a, len(text)), len(text) - cut))
