"""Work the checker's later passes take over from ``extract_claims`` or skip must change nothing
(twelfth session):

* ``extract._agents_in`` skips a sentence in which no key of any agent occurs, found by one
  search of all keys (``_agent_key_gate``): the same agents as the loop over every key;
* ``event_signatures._kind_starts`` finds the words of a kind of action of the whole article at
  the words that can start one (the article's word starts, found once by ``extract_claims``):
  the same starts as ``_ANY_KIND_LOWER.finditer`` on the lower-cased text, including texts with
  characters that fold onto ASCII letters or change length in lower case, where it falls back.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.claims import event_signatures as es
from critmin.claims import extract as ex
from critmin.dataset import DATA_DIR

DD = str(DATA_DIR)

WORDS = ["curbs", "Curbed", "restrictions", "licensing", "ban", "bans", "banned", "deal", "agreements", "signed",
         "stake", "tariffs", "duty", "probe", "sanctions", "entity list", "suspended", "paused", "lifted", "truce",
         "export controls", "controls on exports", "the new controls", "controls took effect", "in force",
         "the Ministry of Commerce", "MOFCOM", "the Pentagon", "the Commerce Department", "Commerce", "Pentagonal",
         "USGS", "the USGS", "DOE", "DOEs", "(MOFCOM)", "Bolivia", "Chile", "cobalt", "2026", "14%", "it",
         "\u017fanctions", "\u212aey", "\u0130mposed", "caf\u00e9", "-", "'s", "\u2019s", ",", ".", "(", ")",
         " ", " ", " ", "\n", "\n\n", "x", "a"]
texts = st.lists(st.sampled_from(WORDS), max_size=30).map("".join)


def loop_agents(sent: str) -> list[str]:
    return sorted({a for k, p, a in ex._event_agent_keys(DD) if k in sent and p.search(sent)})


def test_agent_gate_reads_the_keys() -> None:
    gate = ex._agent_key_gate(DD)
    assert gate is not None
    assert gate.search("Officials at the Pentagon declined to comment.") is not None
    assert ex._agents_in("Officials at the Pentagon declined to comment.", DD) != []
    assert gate.search("Nickel prices eased in Jakarta on Monday.") is None


def test_agent_gate_passes_every_agent_name() -> None:
    # each agent's name (read back from its pattern), in an invented sentence: the gate lets it through
    keys = ex._event_agent_keys(DD)
    assert len(keys) > 20
    for _, p, a in keys:
        body = p.pattern[len(r"(?<![\w.])"):-len(r"(?!\w)")].replace(r"\s+", " ")
        name = re.sub(r"\\(.)", r"\1", body)
        sent = f"Officials of {name} met in Lisbon on Monday."
        assert p.search(sent) is not None, name
        assert a in ex._agents_in(sent, DD), name
        assert ex._agents_in(sent, DD) == loop_agents(sent)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_agents_in_finds_what_the_loop_finds(text: str) -> None:
    assert ex._agents_in(text, DD) == loop_agents(text)


def reference_kinds(text: str) -> list[int]:
    low = text.lower()
    return [m.start() for m in (es._ANY_KIND_LOWER.finditer(low) if len(low) == len(text)
                                else es._ANY_KIND.finditer(text))]


@settings(max_examples=150, deadline=None)
@given(texts)
def test_kind_starts_with_the_article_words(text: str) -> None:
    ex.new_article()
    ex.extract_claims(text, DD, "2026-03-02")  # (leaves the text's word starts for the later passes)
    assert ex.article_word_starts(text) is not None or not text.strip()
    assert es._kind_starts(text) == reference_kinds(text)
    ex.new_article()
    assert ex.article_word_starts(text) is None  # forgotten at the next article
    assert es._kind_starts(text) == reference_kinds(text)


def test_kind_starts_of_an_invented_article() -> None:
    text = ("Ruritania imposed curbs on cobalt exports in 2026. The deal was signed in Lisbon. "
            "Officials said the new controls took effect and tariffs on tin were paused.")
    ex.new_article()
    ex.extract_claims(text, DD, "2026-05-01")
    got = es._kind_starts(text)
    assert got == reference_kinds(text)
    assert [text[i:i + 5] for i in got][:2] == ["curbs", "deal "]
