"""Speed-ups of the fourteenth session must change nothing:

* ``extract._agents_in``, ``fallback_events._fbev_entities`` and ``_fbev_dates`` are remembered
  within the article: the same answers as the plain reading, new lists each call (a caller may
  change its copy), and forgotten by ``extract.new_article``;
* ``extract.scan_entities`` of a text without its tokens is remembered within the article: the
  same entities as the scan itself, a new list each call, forgotten by ``new_article``;
* ``verdict._suspension_rows`` holds exactly the suspensions of the events table, read as the
  future-dated event check read every row;
* ``extract._event_kinds`` reads the kinds of measure of a sentence at its words that can start
  one: the same kinds as ``_EVENT_TYPE.finditer`` on the sentence alone, whatever comes before it.
"""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.claims import extract as ex
from critmin.claims import fallback_events as fe
from critmin.claims import verdict as vd
from critmin.dataset import DATA_DIR

DD = str(DATA_DIR)

WORDS = ["curbs", "Curbed", "restrictions", "licensing", "ban", "bans", "banned", "deal", "agreements", "signed",
         "tariffs", "duty", "probe", "probes", "to probe", "to ", "sanctions", "suspended", "paused", "ratified",
         "export controls", "the Ministry of Commerce", "MOFCOM", "the Pentagon", "Bolivia", "Chile", "cobalt",
         "tin", "on 3 March 2026", "until June 30", "in May", "2026", "14%", "it", "\u017fanctions", "\u212aey",
         "caf\u00e9", "-", "'s", ",", ".", "(", ")", " ", " ", " ", "\n", "\n\n", "x", "a", "_", "9"]
texts = st.lists(st.sampled_from(WORDS), max_size=30).map("".join)


def test_sentence_memos_give_fresh_lists_and_are_forgotten() -> None:
    sent = "The Pentagon said on 3 March 2026 that Ruritania banned cobalt exports until June 30."
    ex.new_article()
    first = ex._agents_in(sent, DD)
    first.append("changed")
    assert ex._agents_in(sent, DD) == list(ex._agents_in_of.__wrapped__(sent, DD)) == ["us_dod"] != first
    coms = fe._fbev_entities(sent, "2026-04-01", DD)[2]
    coms.append("changed")
    assert fe._fbev_entities(sent, "2026-04-01", DD)[2] == list(fe._fbev_entities_of.__wrapped__(sent, "2026-04-01", DD)[2])
    ends = fe._fbev_dates(sent, "2026-04-01")[1]
    ends.append(("x", "day"))
    assert fe._fbev_dates(sent, "2026-04-01") == tuple(map(list, fe._fbev_dates_of.__wrapped__(sent, "2026-04-01")))
    assert ex._agents_in_of.cache_info().currsize and fe._fbev_entities_of.cache_info().currsize
    ex.new_article()
    assert ex._agents_in_of.cache_info().currsize == 0
    assert fe._fbev_entities_of.cache_info().currsize == 0 and fe._fbev_dates_of.cache_info().currsize == 0


def test_suspension_rows_are_the_suspensions_of_the_table() -> None:
    events = [
        {"event_id": "a", "type": "suspension", "date": "2026-02-03", "end_date": "2027-01-31",
         "actors": "RUR; OTH", "commodities": "tin;critical_minerals"},
        {"event_id": "b", "type": "export_control", "date": "2026-02-04", "actors": "RUR", "commodities": "tin"},
        {"event_id": "c", "type": "suspension", "date": "", "end_date": None, "actors": "", "commodities": ""},
    ]
    rows = vd._suspension_rows(events)
    assert [r[0]["event_id"] for r in rows] == ["a", "c"]
    assert rows[0][1:] == ("2026-02-03", "2027-01-31", {"RUR", "OTH"}, {"tin"})
    assert rows[1][1:] == ("", "", set(), set())
    assert vd._suspension_rows(events) is rows  # read once per table
    assert vd._suspension_rows(list(events)) is not rows


def scan_of(text: str, a: int, b: int) -> SimpleNamespace:
    tok = ex.Tokens.of(text)
    return SimpleNamespace(start=a, end=b, word_starts=ex._WordStarts.of(text, tok))


def reference_kinds(sent: str) -> list[str]:
    return sorted({m.lastgroup for m in ex._EVENT_TYPE.finditer(sent) if m.lastgroup})


@settings(max_examples=200, deadline=None)
@given(texts, texts, texts)
def test_event_kinds_as_the_plain_scan(before: str, sent: str, after: str) -> None:
    text = before + sent + after
    a, b = len(before), len(before) + len(sent)
    typ = ex._EVENT_TYPE.search(sent)
    assert ex._event_kinds(scan_of(text, a, b), sent, typ, text) == reference_kinds(sent)


def test_event_kinds_of_invented_sentences() -> None:
    text = "Officials went to\nProbes into tin imports began. Ruritania banned cobalt exports and signed a deal."
    for sent in ("Probes into tin imports began.", "Ruritania banned cobalt exports and signed a deal."):
        a = text.index(sent)
        s = scan_of(text, a, a + len(sent))
        got = ex._event_kinds(s, sent, ex._EVENT_TYPE.search(sent), text)
        assert got == reference_kinds(sent) and got
    assert ex._event_kinds(scan_of(text, 0, 5), "tin x", None, text) == []


def test_scan_entities_remembered_within_the_article() -> None:
    pats = ex.patterns(DD)
    sent = "Ruritania's cobalt curbs hit Chile and Bolivia, while Peru's tin output rose."
    ex.new_article()
    first = ex.scan_entities(sent, pats)
    assert first == ex._scan_entities(sent, pats) and {v for *_, v, _ in first} >= {"CHL", "BOL", "PER"}
    first.clear()
    assert ex.scan_entities(sent, pats) == ex._scan_entities(sent, pats) != []
    assert ex._SCANNED
    ex.new_article()
    assert not ex._SCANNED
