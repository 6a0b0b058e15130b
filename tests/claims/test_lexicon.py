"""The shared word classes (critmin.claims.lexicon) and the patterns built from them: each
pattern still reads the words of its class and its own extra words, and no others, so the
lists cannot drift apart again. (Sentences here hold no digits, but for a few short figures: they test words.)"""
from __future__ import annotations

import re

import pytest

from critmin.claims import (
    event_context,
    event_structure,
    event_terms,
    extract,
    funding,
    lexicon,
    non_claims,
    qualitative,
    recall,
    share_rank,
    subject_scope,
    verdict,
)
from critmin.claims.lexicon import alternation, bounded, joined, spellings, without, words

# ----------------------------------------------------------------------------- the helpers


def test_words_keeps_order_and_drops_repeats() -> None:
    assert words(("a", "b"), "c", ("b", "d")) == ("a", "b", "c", "d")


def test_bounded_is_a_word_bounded_alternation() -> None:
    p = re.compile(bounded(lexicon.CONDITIONALS, "once"), re.I)
    assert p.pattern == r"\b(?:if|unless|whether|once)\b"
    assert p.search("Unless the talks fail, the mine reopens")
    assert p.search("Once the plant opens, output rises")
    assert not p.search("the ifs and buts of the ruling")  # part of a longer word
    assert alternation("a", ("b",)) == "(?:a|b)"
    assert joined(("a", "b"), "c|d") == "a|b|c|d"


def test_without_drops_named_alternatives_and_refuses_a_typo() -> None:
    assert without(lexicon.MODALS, "may") == ("could", "would", "might")
    with pytest.raises(ValueError, match="not in the class"):
        without(lexicon.MODALS, "mayy")


def test_spellings_spells_out_optional_letters_and_groups() -> None:
    assert spellings("plans?") == {"plan", "plans"}
    assert spellings(lexicon.THREAT_WORDS) == {"threaten", "threatens", "threatened", "threatening"}
    assert spellings(lexicon.MAY_LOWER) == {"may"}
    assert spellings("pledge[sd]?") == {"pledge", "pledges", "pledged"}
    with pytest.raises(ValueError):
        spellings(lexicon.POISED_TO)  # a phrase, not a word
    with pytest.raises(ValueError):
        spellings(r"anticipat\w*")  # no finite spelling


def test_every_class_compiles_and_holds_no_repeats() -> None:
    for name in dir(lexicon):
        value = getattr(lexicon, name)
        if name.isupper() and isinstance(value, tuple):
            assert len(set(value)) == len(value), name
            re.compile(bounded(value))


def test_calendar_classes() -> None:
    assert len(lexicon.MONTHS) == 12 and lexicon.MONTHS[4] == "May"
    assert len(lexicon.WEEKDAYS) == 7 and lexicon.WEEKDAYS[0] == "Monday"
    assert spellings(lexicon.WEEKDAYS) == {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


# ----------------------------------------------------------------------------- the patterns
# (pattern, sentences it must match, sentences it must not match); each "yes" list names at
# least one word of every shared class the pattern is built from, and each "no" list a word
# of a class the pattern leaves out, so a class that grows or shrinks shows here.
CASES: list[tuple[str, re.Pattern[str], list[str], list[str]]] = [
    ("extract._ASPIRATION", extract._ASPIRATION,
     ["The firm plans to double its refining", "Canberra is planning to build a stockpile", "Output could rise again",
      "Output will rise again", "Demand is expected to climb", "The ministry hopes to attract buyers"],
     ["Output rose last year", "The firm planned a new plant", "The mine shall reopen soon", "Whether it reopens is open"]),
    ("extract._CHANGE_FORECAST_WORD", extract._CHANGE_FORECAST_WORD,
     ["Analysts expect cuts of a tenth", "the planned cut in quotas", "the proposed rise in tariffs",
      "the targeted rise in output", "the group intends cuts", "the forecasted drop in prices"],
     ["more than expected cuts", "the firm is planning cuts", "the firm is targeting growth", "output could fall"]),
    ("extract._MEASURE_INTENT", extract._MEASURE_INTENT,
     ["Beijing plans curbs on graphite", "The ministry is mulling a ban", "It threatened to halt shipments",
      "Washington is seeking limits", "The government might restrict sales", "It is poised to impose duties",
      "whether to extend the controls", "Lawmakers called for a ban"],
     ["Beijing imposed curbs on graphite", "Unless talks resume, nothing changes", "It hopes for a deal"]),
    ("extract._MODAL", extract._MODAL,
     ["Prices could fall", "Exports will slow", "The ban is set to expire", "Output is expected to dip"],
     ["Prices fell", "Exports shall slow", "The firm plans cuts"]),
    ("extract._MEETING_AHEAD_WORDS", extract._MEETING_AHEAD_WORDS,
     ["the leaders plan to meet", "the summit might be delayed", "the talks are due next week"],
     ["the leaders met on Friday", "the leaders are planning to meet"]),
    ("extract._INTENT_BEFORE_RECALL", extract._INTENT_BEFORE_RECALL,
     ["the rules could ", "the rules shall also ", "the list must ", "exporters cannot ", "the ministry is weighing "],
     ["the rules now ", "the ministry is planning "]),
    ("extract._PLAN_BEFORE_VERB", extract._PLAN_BEFORE_VERB,
     ["Beijing plans to ", "the ministry is mulling ", "it threatened to ", "Tokyo intends to ",
      "Seoul aims to ", "the agency seeks to ", "China might "],
     ["China would ", "China hopes to ", "China will "]),
    ("extract._UNREAD_NOT_FACT", extract._UNREAD_NOT_FACT,
     ["Analysts forecast a deficit", "the planned expansion", "the group is planning an expansion", "demand may rise",
      "a targeted output of rare earths", "Output will rise", "the proposed mine"],
     ["In May output rose", "Output rose in the year", "the group is intending a sale"]),
    ("extract._ZERO_TRADE_NOT_YET", extract._ZERO_TRADE_NOT_YET,
     ["shipments will resume", "shipments shall resume", "if shipments resume", "shipments might resume",
      "the firm plans shipments"],
     ["shipments resumed", "whether shipments resume", "the firm planned shipments"]),
    ("extract._UNSIZED_NOT_FACT", extract._UNSIZED_NOT_FACT,
     ["output will rise", "output could rise", "unless output rises", "analysts expect output to rise",
      "the firm plans a rise", "the ministry seeks a rise"],
     ["In May output rose", "whether output rises", "the ministry is seeking a rise", "the firm is planning a rise"]),
    ("recall._NOT_FACT", recall._NOT_FACT,
     ["the firm will become a producer", "whether the firm produces", "the firm predicts output",
      "the firm is poised to produce", "the firm is seeking output", "the firm aims at output"],
     ["In May the firm produced ore", "the firm cannot produce", "the firm is planning output"]),
    ("qualitative._NOT_FACT_BEFORE", qualitative._NOT_FACT_BEFORE,
     ["China cannot dominate", "if China dominates", "China is set to dominate", "analysts predicted dominance",
      "China is seeking dominance", "China wants dominance"],
     ["In May China dominated", "China is planning dominance"]),
    ("event_terms._INTENT", event_terms._INTENT,
     ["the two sides might sign", "the two sides must sign", "the firm is planning a sale", "the firm aimed at a sale",
      "unless the firm sells", "the firm is targeting a sale"],
     ["the firm would sign", "the firm will sign", "the firm targeted a sale", "the firm sold a stake"]),
    ("funding._NOT_FUNDING", funding._NOT_FUNDING,
     ["the agency plans to lend", "the agency is planning a loan", "the proposed loan", "the agency would lend",
      "the agency is considering a loan"],
     ["the agency lent money", "the agency will lend"]),
    ("non_claims._PLAN_PHRASE", non_claims._PLAN_PHRASE,
     ["the firm aims to produce", "the firm is planning to produce", "the firm intends to produce",
      "the firm is hoping to produce", "the firm proposes to produce"],
     ["the firm planned to produce", "the firm aims at output"]),
    ("non_claims._EVENT_INTENT", non_claims._EVENT_INTENT,
     ["the firm aims to sign", "the firm is aiming to sign", "the firm seeks to sign"],
     ["the firm plans to sign", "the firm wants to sign"]),
    # company results
    ("non_claims._FINANCE_NOUN", non_claims._FINANCE_NOUN,
     ["quarterly revenue was strong", "the miner's profits held", "the group's earnings", "turnover held up"],
     ["the mine's output held up", "the group's income held up"]),
    ("non_claims._FINANCE_CHANGE", non_claims._FINANCE_CHANGE,
     ["earnings at the group rose", "revenues of the unit fell", "income at the smelter grew"],
     ["output of the unit fell", "profits were steady"]),
    ("recall._FINANCE", recall._FINANCE,
     ["the profit of the miner", "earnings were steady", "quarterly revenues"], ["the output of the miner"]),
    ("qualitative._FINANCE", qualitative._FINANCE,
     ["the profit of the miner", "earnings were steady", "annual revenues"], ["the output of the miner"]),
    # calendar words
    ("extract._PARTIAL_HINT", extract._PARTIAL_HINT, ["on Thursday", "in Sept", "the month before"], ["on thursday"]),
    ("event_terms._NEAR_TIME_RE", event_terms._NEAR_TIME_RE, ["the rules apply on Friday", "on sunday"],
     ["the rules apply in Friday"]),
    ("verdict._SPOT", verdict._SPOT, ["the price in March", "the price today"], ["the price over the year"]),
    ("qualitative._PERIOD", qualitative._PERIOD, ["since March", "in the past months"], ["since the war"]),
    ("qualitative._ANCHOR", qualitative._ANCHOR, ["rose in October", "rose sharply"], ["rose"]),
]


@pytest.mark.parametrize(("name", "pattern", "yes", "no"), CASES, ids=[c[0] for c in CASES])
def test_pattern_reads_its_classes(name: str, pattern: re.Pattern[str], yes: list[str], no: list[str]) -> None:
    for s in yes:
        assert pattern.search(s), (name, s)
    for s in no:
        assert not pattern.search(s), (name, s)


def test_word_gates_hold_the_words_of_their_classes() -> None:
    # the gate of a rule holds every spelling of the classes its pattern is built from
    assert spellings(lexicon.AIM_WORDS, lexicon.INTENT_WORDS, lexicon.WISH_WORDS) <= non_claims._W_PLAN
    assert {"plan", "plans", "planning", "hoping", "proposing"} <= non_claims._W_PLAN
    assert "planned" not in non_claims._W_PLAN and "targeted" not in non_claims._W_PLAN
    assert {"forecast", "forecasts", "expected", "projected", "set", "poised"} <= non_claims._W_FORECAST
    assert "expects" not in non_claims._W_FORECAST
    assert spellings(lexicon.AIM_WORDS) <= non_claims._W_EVENT_INTENT
    assert spellings(lexicon.MODALS, lexicon.DUTY_MODALS, lexicon.CONDITIONALS) <= event_structure._INTENT
    assert {"plan", "plans", "planned", "planning", "mulling", "proposed"} <= event_structure._INTENT
    assert "will" not in event_structure._INTENT and "aim" not in event_structure._INTENT


def test_calendar_and_ordinal_words_come_from_the_lexicon() -> None:
    assert extract._FULL_MONTHS.split("|") == list(lexicon.MONTHS)
    assert subject_scope._MONTH_NAMES.split("|") == list(lexicon.MONTHS)
    assert extract._MONTH_NO["sep"] == 9 and extract._MONTH_NO["may"] == 5
    assert extract._WEEKDAYS.index("wednesday") == 2 and event_terms._WEEKDAYS == extract._WEEKDAYS
    assert {"monday", "sunday", "weekend"} <= event_terms._NEAR_TIME
    assert extract._ORD["first"] == 1 and extract._ORD["tenth"] == 10
    assert "first" not in recall._ORDINALS and recall._ORDINALS["seventh"] == 7
    assert spellings(lexicon.SHARE_MOVES) == non_claims._W_MOVE
    assert re.fullmatch(f"(?:{non_claims._MOVES})", "tumbled")


def test_weekday_between_subject_and_verb() -> None:
    assert event_context._SUBJECT_GAP.fullmatch(" on Wednesday ")
    assert not event_context._SUBJECT_GAP.fullmatch(" on Wednesdays ")


def test_ordinals_and_scale_words_in_patterns() -> None:
    assert extract._PROSE_LIST_ITEM.match("Fifth on the list is")
    assert not extract._PROSE_LIST_ITEM.match("Eleventh on the list is")
    m = share_rank._ELLIPTIC_RANK.match(", and seventh in reserves")
    assert m is not None and m.group("o") == "seventh"
    assert share_rank._ELLIPTIC_RANK.match(", and eleventh in reserves") is None
    m = extract._MASS_RANGE.search("5-6 million tonnes")
    assert m is not None and m.group("sb") == "million"
    assert extract._MASS_RANGE.search("5-6 trillion tonnes") is None
    m = recall._UNIT_FIGURE.search("3 million pounds")
    assert m is not None and m.group("scale") == "million"
    assert recall._UNIT_FIGURE.search("3 trillion pounds") is None
    assert extract._FROM_FIGURE_YEAR.search("from 5 million t in 2019")
    assert extract._FROM_FIGURE_YEAR.search("from 5 billion t in 2019")
