"""The family words of event_signatures.py are searched, in a sentence that allows it, in lower
case with patterns compiled without ``re.IGNORECASE`` (issue #6, speed target). That finds the
same words at the same places only if no character outside ASCII matches an ASCII letter
ignoring case, other than those ``_FOLDS_TO_ASCII`` lists, and lower-casing keeps every other
character a word character (or not) and a space (or not). Both are checked here over every
code point, and the searches against the ignore-case patterns on sentences written here."""

from __future__ import annotations

import re
import sys

from critmin.claims import event_signatures as es


def test_folds_to_ascii_lists_every_non_ascii_character_an_ascii_letter_matches() -> None:
    letter = re.compile(r"[a-z]", re.I)
    found = {chr(c) for c in range(0x80, sys.maxunicode + 1) if letter.fullmatch(chr(c))}
    found |= {chr(c) for c in range(0x80, sys.maxunicode + 1)
              if len(chr(c).lower()) == 1 and chr(c).lower().isascii() and chr(c).lower().isalpha()}
    assert found <= es._FOLDS_TO_ASCII, sorted(found - es._FOLDS_TO_ASCII)


def test_lower_casing_keeps_word_and_space_characters() -> None:
    word, space = re.compile(r"\w"), re.compile(r"\s")
    for c in range(sys.maxunicode + 1):
        ch = chr(c)
        low = ch.lower()
        if len(low) != 1 or low == ch:
            continue
        assert bool(word.match(ch)) == bool(word.match(low)), hex(c)
        assert bool(space.match(ch)) == bool(space.match(low)), hex(c)


def test_lowered_refuses_sentences_it_cannot_stand_for() -> None:
    assert es._lowered("Lima BANNED Exports") == "lima banned exports"
    assert es._lowered("Quito\u2019s “curbs” on zinc") == "quito\u2019s “curbs” on zinc"
    assert es._lowered("\u0130zmir curbs") is None  # (two characters in lower case)
    assert es._lowered("a ban on \u017fulphur") is None  # (long s matches "s")
    assert es._lowered("5 \u212a") is None


SENTENCES = [
    "Peru BANNED the export of tin concentrate in March.",
    "Bolivia's government said it Could Impose curbs on zinc next year.",
    "Ecuador did not sign the Accord, officials said.",
    "Quito\u2019s “Export Controls” on antimony took effect on Friday.",
    "Chile and Argentina SIGNED a lithium MoU in Santiago.",
    "The \u0130zmir port was closed; a ban on \u017fulphur shipments followed.",
    "Kazakhstan imposed a 5 \u212a duty",
    "Nothing here names a measure at all.",
]


def _without_lowering(sentence: str, fams: tuple[str, ...], strong: bool) -> bool:
    saved = es._FAMILY_LOWER, es._STRONG_LOWER
    try:
        es._FAMILY_LOWER, es._STRONG_LOWER = {}, {}
        return es._kind_named(sentence, fams, strong)
    finally:
        es._FAMILY_LOWER, es._STRONG_LOWER = saved


def test_kind_named_in_lower_case_gives_what_the_ignore_case_patterns_give() -> None:
    assert es._FAMILY_LOWER and es._STRONG_LOWER
    for sentence in SENTENCES:
        for strong in (False, True):
            table = es._STRONG_PATTERNS if strong else es._FAMILY_PATTERNS
            for f in table:
                assert es._kind_named(sentence, (f,), strong) == _without_lowering(sentence, (f,), strong), \
                    (sentence, f, strong)
    assert es._kind_named(SENTENCES[0], ("control",)) and not es._kind_named(SENTENCES[-1], ("control",))


def test_patterns_with_an_inline_flag_or_capital_are_not_lowered() -> None:
    assert not es._lower_case_only(re.compile(r"\b(?:(?-i:may)|might)\b", re.I))
    assert not es._lower_case_only(re.compile(r"\bUSGS\b", re.I))
    assert es._lower_case_only(re.compile(r"\b(?:bans?|curbs?)\s+\W\b", re.I))
