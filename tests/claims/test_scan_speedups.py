"""The extraction's speed-ups must not change what it finds.

* ``_lead`` / ``_boundary`` put a look-ahead on the characters a match can start with
  (read from the parsed pattern) in front of a pattern: the matches must stay the same,
  also with case folding (``re.I`` folds U+017F, U+0131, U+0130 and U+212A onto ASCII
  letters) and with scoped flags (``(?i:...)``).
* :class:`Tokens` and the sentence word sets come from one pass over the whole text: they
  must equal a scan of each span on its own.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.claims import extract as ex

# pattern shapes used by the extractor: optional prefixes, look-behinds, scoped flags,
# alternatives starting with digits, currency signs or punctuation
PATTERNS = [
    (r"(?<![\w.,/-])(?<!\d\s)(?P<cur>US\$|\$)?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?P<u>t|kt)\b)?", 0),
    (r"\b(?i:in|from|since)\s+(?P<m>May|June|July)\b|\bon\s+(?P<d>Monday|Friday)\b", 0),
    (r"(?P<far>far|well)?\s*(?P<gt>exceeds?|larger\s+than)|(?P<lt>smaller\s+than|trails?)", re.I),
    (r"(?<!first\s)(?<!second\s)\b(?P<f>half|(?:one|a)[\s-]half|two[\s-]thirds)(?=\s+of\b)", re.I),
    (r"[;:]|(?:,|(?<=\S))\s+(?:while|but|and)\s+", re.I),
    (r"(?P<p>[.!?])[\"')]*\s+(?=[\"'(]*[A-Z0-9])|\n\s*\n|\n", 0),
    (r"\bshare\b|accounts?\s+for|supplies|ski|kelvin|istanbul", re.I),
    (r"(?P<ord>first|second|\d{1,2}(?:st|nd|rd|th))[\s-]+(?:largest|biggest)|(?P<top>top)\s+(?P<n>two|\d)", re.I),
]

ALPHABET = [*"abfhikmnorstwyABFIKMOSTUY0123456789 ,.;:-%$'\n", "\u017f", "\u0131", "\u0130", "\u212a", "\u00e9"]
WORDS = ["far exceeds", "larger than", "In May", "from June", "on Monday", "US$", "$5", "1,000 t", "12 kt",
         "two-thirds of", "half of", "second half of", ", while ", " and ", "share", "accounts for", "supplies",
         "Kelvin", "\u212aelvin", "\u017fhare", "\u0130stanbul", "fifth-largest", "2nd biggest", "top 3", "U.S.",
         "e.g.", "\n\n", ". The", "? 5"]
texts = st.lists(st.one_of(st.sampled_from(ALPHABET), st.sampled_from(WORDS)), max_size=40).map("".join)


def spans(p: re.Pattern[str], text: str, a: int = 0, b: int | None = None) -> list[tuple[int, int]]:
    return [m.span() for m in p.finditer(text, a, len(text) if b is None else b)]


@settings(max_examples=120, deadline=None)
@given(texts, st.integers(0, 5))
def test_lead_finds_the_same_matches(text: str, cut: int) -> None:
    for pattern, flags in PATTERNS:
        p = re.compile(pattern, flags)
        fast = ex._lead(p)
        assert fast is not p  # every shape here is within the analysis
        assert spans(fast, text) == spans(p, text), pattern
        assert spans(fast, text, cut, len(text) - cut) == spans(p, text, cut, len(text) - cut), pattern


@settings(max_examples=120, deadline=None)
@given(texts)
def test_boundary_finds_the_same_matches(text: str) -> None:
    for pattern, flags in PATTERNS:
        p = re.compile(pattern, flags)
        plain = re.compile(r"(?=[A-Za-z0-9])\b(?:" + pattern + ")", flags)  # the form before the speed-up
        assert spans(ex._boundary(p), text) == spans(plain, text), pattern


def test_first_class_gives_up_where_it_cannot_tell() -> None:
    assert ex._first_class(re.compile(r"a?")) is None          # matches the empty string
    assert ex._first_class(re.compile(r"[^a]b")) is None       # a negated class
    assert ex._first_class(re.compile(r"(a)\1")) is not None   # the first item decides
    assert ex._first_class(re.compile(r".b")) is None          # any character
    assert ex._first_class(re.compile(r"(?s:a)b")) is None     # a scoped flag other than i
    assert ex._lead(re.compile(r"a?")).pattern == "a?"


@settings(max_examples=120, deadline=None)
@given(texts)
def test_tokens_and_sentence_words_match_a_scan_of_each_span(text: str) -> None:
    tok = ex.Tokens.of(text)
    ms = list(ex._TOKEN.finditer(text))
    assert tok.words == [m.group() for m in ms]
    assert tok.starts == [m.start() for m in ms]
    assert tok.ends == [m.end() for m in ms]
    words = ex._sentence_words(text, tok)
    for a, b in [*ex.split_sentences(text), (0, len(text)), (1, max(1, len(text) - 1)), (2, len(text) // 2)]:
        if a <= b:
            assert words(a, b) == frozenset(ex._WORDS.findall(text[a:b].lower())), (a, b)
