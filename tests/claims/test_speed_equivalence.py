"""Speed-ups that must not change what the checker reads: the faster forms of patterns
find exactly the matches of the plain ones (sentences written for this test)."""

from __future__ import annotations

import re

import pytest

from critmin.claims import event_terms as et
from critmin.claims import extract as ex

SENTENCES = [
    "Lynas said on Monday it had bought a 20% stake in a Texas separation venture for $40 million.",
    "The Mount Weld mine resumed production in March after a two-week halt for maintenance.",
    "Customs officials arrested three executives accused of smuggling antimony concentrate.",
    "The miner announced it would immediately shut the smelter because of power shortages.",
    "Beijing will impose new duties on graphite anodes from next week, the ministry said.",
    "Prices for terbium oxide moved higher after traders reported thin spot volumes.",
    "The refinery was placed in care and maintenance while the owner sought a buyer.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_led_term_patterns_find_the_same_matches(sentence: str) -> None:
    plain = (et._TRANSACTION, et._OPERATION, et._ENFORCEMENT, et._DECIDED_OPERATION, et._ANNOUNCED)
    for p, led in zip(plain, et._term_kinds_led(), strict=True):
        assert led is not p
        assert [m.span() for m in led.finditer(sentence)] == [m.span() for m in p.finditer(sentence)]


def test_boundary_patterns_are_those_of_compiled_sources() -> None:
    # a pattern given as source to _boundary wraps exactly as the compiled pattern would
    src = r"(?P<verb>imposed|lifted)\s+(?:export\s+)?(?:controls|curbs)|quota"
    from_source = ex._boundary(ex._uncompiled(src, re.I))
    from_compiled = ex._boundary(re.compile(src, re.I))
    assert (from_source.pattern, from_source.flags) == (from_compiled.pattern, from_compiled.flags)
    text = "Officials imposed export curbs; a quota followed. Nobody lifted controls."
    assert [m.group(0) for m in from_source.finditer(text)] == ["imposed export curbs", "quota", "lifted controls"]
    for name in ("_MEASURE", "_EVENT", "_DATE", "_EVENT_TYPE"):
        assert isinstance(getattr(ex, name), re.Pattern)  # wrapped at import, never left as source


NAME_TEXTS = [
    "Talks in Almaty on the Qarlyk deposit", "the Qarlyk-2 licence", "Qarlyks", "_Qarlyk", "qarlyk",
    "A.B.C. Mining signed", "the A.B.C.", "A.B.C.D", "Société Minière du Nord", "Sociétés", "x Qarlyk",
    "Qarlyk Qarlyk", "", "Kōbe steel", "Kōbe2", "(Ore Bay)", "Ore Bayside", "9th Street", "19th Street",
]
NAMES = ["Qarlyk", "A.B.C.", "A.B.C", "Société Minière", "Kōbe", "Ore Bay", "(Ore", "9th", "_", "-", "Ore Bay)"]


@pytest.mark.parametrize("name", NAMES)
def test_names_whole_agrees_with_the_word_boundary_pattern(name: str) -> None:
    from critmin.claims.verdict import names_whole

    for text in NAME_TEXTS:
        want = re.search(rf"\b{re.escape(name)}\b", text) is not None
        assert names_whole(name, text) is want, (name, text)


def test_remembered_sentence_functions_give_fresh_equal_lists() -> None:
    from critmin.claims.event_context import metonym_parties
    from critmin.dataset import DATA_DIR

    sent = "On 9 March the ministry said curbs announced last Tuesday would start in May."
    first = ex.partial_date_spans(sent, "2031-04-16", past=True)
    assert first and first == ex.partial_date_spans(sent, "2031-04-16", past=True)
    first.clear()  # a caller changing its list does not change the next caller's
    assert ex.partial_date_spans(sent, "2031-04-16", past=True)
    assert ex.partial_date_spans(sent, "2031-04-16") != ex.partial_date_spans(sent, "2029-01-02")
    words = frozenset(w.lower() for w in re.findall(r"\w+", "Washington and Beijing agreed on Friday."))
    got = metonym_parties("Washington and Beijing agreed on Friday.", words, "2031-04-16", str(DATA_DIR))
    got2 = metonym_parties("Washington and Beijing agreed on Friday.", set(words), "2031-04-16", str(DATA_DIR))
    assert got == got2 and got is not got2


def test_sentence_memos_are_emptied_for_every_article() -> None:
    from critmin.claims import event_context

    ex.partial_date_spans("Shipments resumed on 3 May after a pause.", "2031-06-01")
    assert ex._partial_date_spans_of.cache_info().currsize > 0
    ex.new_article()  # (Checker.check calls it first: nothing carries from one article to the next)
    assert ex._partial_date_spans_of.cache_info().currsize == 0
    assert event_context._metonym_parties_of.cache_info().currsize == 0
