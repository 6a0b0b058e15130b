"""Eighteenth session's speed-ups must change nothing (docs/claims.md "## Speed"):

* ``extract._finditer_sentence`` (a pattern searched in a sentence cut out of the article, tried only
  at the sentence's first character and at the article's words that can start a match) finds what
  ``p.finditer(sent)`` finds, for any sentence span, including spans that cut a word at either end
  and texts holding characters that fold onto ASCII letters (where it falls back);
* ``extract._sentence_has`` answers ``p.search(sent) is not None``, searching each pattern once;
* ``org_agents._known_by_head`` (the actors' names by their first three characters) gives
  ``_org_opening`` the same first name as the plain loop over every name, longest first.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.claims import extract as ex
from critmin.claims import org_agents as oa
from critmin.claims.extract import DATA_DIR

SHAPES = [
    (r"\b(?:signed|impose[sd]?|restrict(?:s|ing)?|ban(?:s|ning)?|go|went)\b", re.I),
    (r"\b(?:refin(?:ed|ery|ers?)|production|output|exports?|is\s+home\s+to|dug\s+up)", re.I),
    (r"(?<![\w-])(?:Mountain\s+Pass|Lynas|Bayan\s+Obo)(?![\w-])", 0),
    (r"(?<!\bto\s)\b(?:controls?|curbs?)\b", re.I),  # a look-behind reaching before the word
    (r"\b(?:the\s+)?(?:world['\u2019]s\s+)?(?:largest|top)\s+(?:[A-Za-z-]+\s+){0,2}?(?:producer|miner)s?\b", re.I),
    (r"\b\d+\s*(?:t|tonnes)\b|\bseven\s+elements", re.I),  # a digit at a word boundary starts a match
]
REAL = [ex._EVENT_TYPE, ex._UNREAD_NOT_FACT, ex._PAST_EVENT, ex._FUTURE, ex._PAST_STRONG, ex._MODAL,
        ex._MEASURE_INTENT, ex._NEWS_MEASURE_VERB, ex._PASSIVE_EXPORT_MEASURE, ex._UNDATED_PASSIVE_MEASURE,
        ex._UNDATED_PASSIVE_LIFT, ex._READY_TO_OFFER, ex._UNDATED_STILL_IN_FORCE, ex._UNDATED_ANAPHOR_OBJECT]

WORDS = ["signed", "Imposed", "imposes", "restricting", "restrictions", "bans", "banning", "go", "went",
         "refinery", "refiners", "production", "output", "exports", "is home to", "dug up", "Mountain Pass",
         "Lynas", "Lynas-owned", "Bayan Obo", "to controls", "to curbs", "export controls", "the world's largest",
         "top miners", "U.S.", "e.g.", "2024", "70%", "5t", "7 tonnes", "seven elements", "it", "will", "would",
         "has imposed", "plans to", "had been", "announced", "took effect", "expected", "is to", "agreed",
         "quota", "licences", "\u017fhare", "\u212aelvin", "caf\u00e9", "-", "'s", ",", ".", "(", " ", " ", " ",
         "\n", "x", "a", "s", "_"]
texts = st.lists(st.sampled_from(WORDS), max_size=30).map("".join)


def found(it: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in it]  # type: ignore[attr-defined]


def scan(text: str, a: int, b: int) -> SimpleNamespace:
    return SimpleNamespace(start=a, end=b, word_starts=ex._WordStarts.of(text, ex.Tokens.of(text)))


def check_same(p: re.Pattern[str], text: str, a: int, b: int) -> None:
    s, sent = scan(text, a, b), text[a:b]
    assert found(ex._finditer_sentence(p, sent, s)) == found(p.finditer(sent)), (p.pattern[:80], text, a, b)
    has = ex._sentence_has(s, sent)
    assert has(p) is (p.search(sent) is not None)
    assert has(p) is (p.search(sent) is not None)  # (asked again: the remembered answer)


@settings(max_examples=150, deadline=None)
@given(texts, st.integers(0, 60), st.integers(0, 60))
def test_sentence_search_finds_the_same_matches(text: str, a: int, cut: int) -> None:
    a = min(a, len(text))
    b = max(a, len(text) - cut)
    for pattern, flags in SHAPES:
        p = re.compile(pattern, flags)
        assert ex._word_beginnings(p) is not None, pattern  # every shape here is within the analysis
        check_same(p, text, 0, len(text))
        check_same(p, text, a, b)
    for p in REAL:
        check_same(p, text, a, b)


def test_sentence_search_at_cut_words() -> None:
    text = "Exports fell.Banned in 2024, the curbs took effect; China imposed export controls on seven elements"
    p = re.compile(r"\b(?:ban(?:ned|s)?|impose[sd]?|controls?|curbs)\b", re.I)
    for a in range(len(text)):
        for b in range(a, len(text) + 1, 7):
            check_same(p, text, a, b)
    # a sentence cut after its first letter ("anned"), one cut inside "imposed" ("impose")
    s = scan(text, 14, text.index("imposed") + 6)
    assert [m.group(0) for m in ex._finditer_sentence(p, text[14:s.end], s)] == ["curbs", "impose"]
    # a sentence that starts inside a word of the article: its first word is a word of its own
    for text, a, want in [("Unbanned exports", 2, ["banned"]), ("X2024curbs", 1, []), ("Subans ok", 2, ["bans"]),
                          ("a_controls", 2, ["controls"]), ("bans", 0, ["bans"])]:
        s = scan(text, a, len(text))
        assert [m.group(0) for m in ex._finditer_sentence(p, text[a:], s)] == want, text
        check_same(p, text, a, len(text))


def test_a_sentence_not_cut_from_its_article_falls_back() -> None:
    text = "China banned exports."
    s = scan(text, 0, len(text))
    other = "Chile banned imports."  # (the same length, other words)
    p = re.compile(r"\bbanned\s+imports\b")
    assert [m.span() for m in ex._finditer_sentence(p, other, s)] == [(6, 20)]
    assert ex._sentence_has(SimpleNamespace(start=0, end=len(text)), text)(p) is False  # no word starts: plain


def test_sentence_has_searches_each_pattern_once() -> None:
    calls: list[str] = []

    class Counting:
        def __init__(self, p: re.Pattern[str]) -> None:
            self.p = p

        def finditer(self, sent: str) -> object:
            calls.append(sent)
            return self.p.finditer(sent)

        def search(self, sent: str) -> object:  # (nineteenth session: the plain first match is p.search)
            calls.append(sent)
            return self.p.search(sent)

    text = "The ban was announced."
    has = ex._sentence_has(SimpleNamespace(start=0, end=len(text)), text)  # (no word starts: finditer)
    p = Counting(re.compile(r"\bannounced\b"))
    assert has(p) and has(p)  # type: ignore[arg-type]
    assert calls == [text]


def _plain_opening_name(sent: str, at: int) -> str | None:
    for name in oa._known_by_length(str(DATA_DIR)):
        if sent.startswith(name, at) and not sent[at + len(name):at + len(name) + 1].isalnum():
            return name
    return None


def _indexed_opening_name(sent: str, at: int) -> str | None:
    for name in oa._known_by_head(str(DATA_DIR)).get(sent[at:at + 3], ()):
        if sent.startswith(name, at) and not sent[at + len(name):at + len(name) + 1].isalnum():
            return name
    return None


def test_names_by_head_keep_every_name_in_order() -> None:
    names = oa._known_by_length(str(DATA_DIR))
    by_head = oa._known_by_head(str(DATA_DIR))
    assert len(names) > 50 and all(len(n) >= 3 for n in names)
    assert sorted(n for group in by_head.values() for n in group) == sorted(names)
    for head, group in by_head.items():
        assert list(group) == [n for n in names if n[:3] == head]  # longest first, as the plain loop


def test_names_by_head_find_the_plain_loops_name() -> None:
    names = oa._known_by_length(str(DATA_DIR))
    tails = ["", " said", "s", "'s", "-led", ".", "X", "1", " (ACREI)"]
    sents = [lead + n + tail for n in names for tail in tails for lead in ("", "The ")]
    sents += [n[:k] for n in names[:40] for k in range(len(n) + 1)]  # every prefix, the empty text too
    hits = 0
    for sent in sents:
        for at in (0, 4):
            got = _indexed_opening_name(sent, at)
            assert got == _plain_opening_name(sent, at), (sent, at)
            hits += got is not None
    assert hits > len(names)
    for sent in ["The Cobalt Institute said Congo banned exports.", "Lynas Rare Earths said", "the US said"]:
        spans: list[tuple[int, int]] = []
        assert oa._org_opening(sent, spans, str(DATA_DIR)) == _org_opening_plain(sent, spans)


def _org_opening_plain(sent: str, spans: list[tuple[int, int]]) -> object:
    """``_org_opening`` with the plain loop over every name (the reading before the index)."""
    lead = oa._LEAD_IN.match(sent)
    at = lead.end() if lead else 0
    forms, _, _ = oa._org_forms(str(DATA_DIR))
    name = _plain_opening_name(sent, at)
    if name is not None:
        return (forms[name], at, at + len(name)) if name in forms else None
    return oa._org_opening(sent, spans, str(DATA_DIR))  # (no name of the table: the rest is unchanged)


MOVE_WORDS = ["prices", "fell", "rose", "four-year lows", "a 14-year high", "record highs", "multi-year peaks",
              "all-time high", "highest level", "lowest since", "pushed prices higher", "drove down prices",
              "edged lower", "was lower than in 2023", "a downward trend", "far fewer", "remained flat",
              "lower nickel prices", "a sharp drop", "the rebound", "year", "month", "decade", "high", "Lows",
              "peak", "2024", "10", "output", "exports", "\u017f", "h\u0131gh", "-", ",", ".", " ", " ", " ", "\n"]
move_texts = st.lists(st.sampled_from(MOVE_WORDS), max_size=25).map("".join)


@settings(max_examples=200, deadline=None)
@given(move_texts, st.integers(0, 40), st.integers(0, 40))
def test_moves_find_what_the_whole_pattern_finds(text: str, a: int, cut: int) -> None:
    from critmin.claims import qualitative as q

    tok = ex.Tokens.of(text)
    ws = ex._WordStarts.of(text, tok)
    words = ex._sentence_words(text, tok, ws.lower)
    a = min(a, len(text))
    for lo, hi in [(0, len(text)), (a, max(a, len(text) - cut))]:
        s = SimpleNamespace(start=lo, end=hi, word_starts=ws, words=words(lo, hi))
        assert found(q._moves(text, s)) == found(q._MOVE.finditer(text, lo, hi)), (text, lo, hi)


def test_moves_leave_out_only_the_any_word_level() -> None:
    from critmin.claims import qualitative as q

    assert q._MOVE_WORD_LED.pattern != q._MOVE.pattern and q._MOVE_WORD_LED.groupindex == q._MOVE.groupindex
    assert ex._word_beginnings(q._MOVE) is None and ex._word_beginnings(q._MOVE_WORD_LED) is not None
    text = "Nickel fell to four-year lows. Prices rose."
    tok = ex.Tokens.of(text)
    ws = ex._WordStarts.of(text, tok)
    words = ex._sentence_words(text, tok, ws.lower)
    s = SimpleNamespace(start=0, end=len(text), word_starts=ws, words=words(0, len(text)))
    assert [m.group(0) for m in q._moves(text, s)] == ["fell", "four-year lows", "rose"]  # (the whole pattern)
    assert [m.group(0) for m in q._MOVE_WORD_LED.finditer(text)] == ["fell", "rose"]  # (what the gate guards)


def test_partial_dates_of_the_articles_sentences_read_at_their_words() -> None:
    text = ("On April 4, Beijing imposed export controls on seven rare earths.(Reuters) In December, it banned "
            "gallium exports to the US; last Thursday the ministry said the curbs stay. Exports fell 5% last month, "
            "and on 3 March 2025 a new list followed.Since May,prices rose. The rule starts on Monday.")
    ex.new_article()
    ex.extract_claims(text, date="2025-05-20")
    sents = dict(ex._SENTENCE_SCANS)
    assert len(sents) >= 3
    for sent, scan in sents.items():
        assert found(ex._finditer_sentence(ex._PARTIAL_DATE, sent, scan)) == found(ex._PARTIAL_DATE.finditer(sent))
        for past in (False, True):
            ex._partial_date_spans_of.cache_clear()
            with_scan = ex.partial_date_spans(sent, "2025-05-20", past)
            ex._SENTENCE_SCANS.clear()
            ex._partial_date_spans_of.cache_clear()
            assert with_scan == ex.partial_date_spans(sent, "2025-05-20", past), sent
            ex._SENTENCE_SCANS.update(sents)
    ex.new_article()
    assert not ex._SENTENCE_SCANS  # (forgotten with the article)


def test_search_in_sentence_is_the_plain_search() -> None:
    from critmin.claims import event_signatures as es
    from critmin.claims import event_terms as et

    text = ("China would not lift its ban. The ministry could impose curbs; officials said it imposed controls in "
            "April.Beijing signed a deal to supply 5,000 t of gallium and will halt exports, the firm agreed to buy "
            "the plant's output under a five-year offtake.")
    ex.new_article()
    ex.extract_claims(text, date="2025-05-20")
    sents = dict(ex._SENTENCE_SCANS)
    assert len(sents) >= 2
    pats = [es._WOULD, es._NOT_A_FACT, es._FUTURE, es._ACT_VERB, *et._term_kinds_led(), et._TERM, et._PLEDGE]
    for sent in [*sents, "Not a sentence of the article: it would impose a ban."]:
        for p in pats:
            got, want = ex.search_in_sentence(p, sent), p.search(sent)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (p.pattern[:60], sent)
    ex.new_article()


@settings(max_examples=100, deadline=None)
@given(texts, st.integers(0, 60), st.integers(0, 60))
def test_sentence_search_in_the_lowered_sentence(text: str, a: int, cut: int) -> None:
    from critmin.claims import event_signatures as es

    a = min(a, len(text))
    b = max(a, len(text) - cut)
    sent = text[a:b]
    low = es._lowered(sent)
    if low is None:
        return  # (the lower-case patterns are used only when _lowered gives the sentence)
    s = scan(text, a, b)
    for f, p in [*es._FAMILY_LOWER.items(), *es._STRONG_LOWER.items()]:
        assert found(ex._finditer_sentence(p, sent, s, low)) == found(p.finditer(low)), (f, sent)


def test_kind_named_reads_the_same_at_the_sentences_words() -> None:
    from critmin.claims import event_signatures as es

    text = ("Beijing imposed export controls on gallium. The deal could be signed next month. Washington did not "
            "ban imports, but it SUSPENDED the tariffs; the WTO panel ruled on the dispute.Quotas were cut.")
    ex.new_article()
    ex.extract_claims(text, date="2025-05-20")
    sents = dict(ex._SENTENCE_SCANS)
    assert sents
    fams = tuple(es._FAMILY_PATTERNS)
    for sent in sents:
        for strong in (False, True):
            for f in fams:
                with_scans = es._kind_named(sent, (f,), strong)
                ex._SENTENCE_SCANS.clear()
                assert with_scans == es._kind_named(sent, (f,), strong), (f, strong, sent)
                ex._SENTENCE_SCANS.update(sents)
    ex.new_article()
