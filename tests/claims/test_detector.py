"""The learned claim detector (claims/detector.py): a logistic regression over one sentence's
words, used only as a fallback for sentences no rule reads. Sentences written for this test."""

from __future__ import annotations

import itertools
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from critmin.claims import detector
from critmin.claims.model import Claim
from critmin.errors import ClaimError

DATE = "2025-11-01"
ROOT = Path(__file__).resolve().parents[2]

# statements of dated trade and supply facts that no rule parses (each names what and when)
MUST_FIRE = [
    "Exports of antimony from China to the United States stopped entirely in October 2024.",
    "Brazil's Serra Verde began shipping rare earth concentrate to China in 2024.",
    "Chinese customs data showed imports of rare earth ores from Myanmar doubling in 2023.",
]

# not checkable claims, or not sentences of prose (README rules 10 and 15)
MUST_NOT_FIRE = [
    "Is the world ready for a rare earth shortage?",                       # a question
    "China tightens its grip on rare earths in 2025",                      # a heading: no full stop
    "- Exports of antimony from China to the United States stopped in 2024.",  # a list item
    "The company plans to build a refinery in Texas by 2027.",             # a plan (rule 10)
    "Shares of the Chinese producer of tungsten closed higher on Monday in Shanghai.",  # a share price
    "Rare earths are used in the magnets of wind turbines and electric cars.",  # a description
    "Analysts believe the market will stay tight for years.",              # names no figure, place or day
    "Please subscribe to our newsletter for more updates on metals.",
]


def _fired(result) -> list:  # type: ignore[no-untyped-def]
    return [c for c in result.checks if "detector score" in c.verdict.explanation]


def _rows(result) -> list:  # type: ignore[no-untyped-def]
    return [(c.claim.span, c.claim.kind, c.verdict.verdict, c.verdict.explanation) for c in result.checks]


@pytest.mark.parametrize("sentence", MUST_FIRE)
def test_fires_on_unread_statements(checker, sentence: str) -> None:  # type: ignore[no-untyped-def]
    r = checker.check(sentence, DATE)
    fired = _fired(r)
    assert len(fired) == 1 and len(r.checks) == 1, _rows(r)
    c = fired[0]
    assert c.verdict.verdict == "unverifiable"
    assert "no rule of the checker parsed" in c.verdict.explanation
    assert c.verdict.needs  # what data would settle it
    assert c.claim.kind == "event"  # a year and no figure with a unit or percent
    assert c.claim.span == (0, len(sentence))


@pytest.mark.parametrize("sentence", MUST_NOT_FIRE)
def test_does_not_fire(checker, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _fired(checker.check(sentence, DATE)) == []


def test_fallback_off_leaves_the_rules_alone(checker) -> None:  # type: ignore[no-untyped-def]
    checker.fallback = False
    try:
        for s in MUST_FIRE:
            assert _fired(checker.check(s, DATE)) == []
    finally:
        checker.fallback = True


@pytest.mark.parametrize("text", [
    # sentences the rules read; the detector scores them above its threshold too
    "The licences for gallium exports took effect on 1 August 2023.",
    "Indonesia banned exports of raw nickel ore in January 2020.",
    "China mined 270,000 tonnes of rare earths in 2024. " + MUST_FIRE[0],
])
def test_never_overrides_a_rule(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    on = checker.check(text, DATE)
    checker.fallback = False
    try:
        off = checker.check(text, DATE)
    finally:
        checker.fallback = True
    assert off.checks, "the rules read this sentence"
    rule_rows = _rows(off)
    assert [row for row in _rows(on) if "detector score" not in row[3]] == rule_rows
    read = {c.claim.sentence_span for c in off.checks}
    for c in _fired(on):  # a firing only in a sentence no rule read
        assert all(c.claim.span[1] <= a or c.claim.span[0] >= b for a, b in read)


def test_one_firing_among_rule_claims_keeps_reading_order(checker) -> None:  # type: ignore[no-untyped-def]
    text = MUST_FIRE[1] + "\n\nChina mined 270,000 tonnes of rare earths in 2024."
    r = checker.check(text, DATE)
    starts = [c.claim.span[0] for c in r.checks]
    assert starts == sorted(starts)
    assert len(_fired(r)) == 1 and _fired(r)[0].claim.span[0] == 0


def test_kind_guess() -> None:
    w = detector.load_weights()
    low = detector.DetectorWeights(w.bias, w.weights, -1e9, w.header)  # fire on every eligible sentence
    cases = {
        "Chile's share of the copper trade with Japan was 41% in 2022 and grew after that.": "share",
        "Peru shipped 3,000 tonnes of tin concentrate to Malaysia over the year 2021 alone.": "quantity",
        "The ministry in Hanoi confirmed the new licensing scheme for tungsten in March.": "event",
    }
    for sent, kind in cases.items():
        out = detector.fallback_claims(sent, [(0, len(sent))], [], low)
        assert [c.kind for c, _ in out] == [kind], sent


def test_shipped_weights_load() -> None:
    w = detector.load_weights()
    assert math.isfinite(w.bias) and math.isfinite(w.threshold)
    assert len(w.weights) > 1000 and all(math.isfinite(v) for v in w.weights.values())
    head = w.header
    assert "whose failures may be read" in head["training_set"]
    cv = head["cross_validated"]["at_threshold"]
    assert cv["fired"] >= 10 and 0 < cv["precision"] <= 1
    assert cv["claims_caught"] <= cv["unread_claims_it_may_read"] <= cv["unread_claims"]
    assert cv["false_firings"] == cv["fired"] - cv["claims_among_fired"]
    assert head["cross_validated"]["threshold"] == w.threshold
    # the file is package data (a wheel ships it)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "claims/detector_weights.json" in pyproject
    assert detector.WEIGHTS_PATH.parent == Path(detector.__file__).parent


def test_score_is_the_documented_formula() -> None:
    # by hand from the module docstring: names masked, numbers as shapes, unigrams, stems of the
    # words longer than five letters, bigrams and trigrams framed by <s> and </s>, cues for a
    # digit and a named country, 8 tokens -> length bucket 1; the structural cues: a year (date),
    # a word in -ed (act), a country (agent), a figure with a unit, and their combination
    sent = "Peru exported 3,000 tonnes of copper in 2023."
    toks = ["<country>", "exported", "<num>", "<unit>", "of", "<commodity>", "in", "<year>"]
    framed = ["<s>", *toks, "</s>"]
    expected = toks + ["stem:expor"] + [f"{a} {b}" for a, b in itertools.pairwise(framed)] + [
        f"{a} {b} {c}" for a, b, c in zip(framed, framed[1:], framed[2:], strict=False)] + [
        "cue:digit", "cue:actor", "cue:len:1", "cue:date", "cue:act", "cue:agent", "cue:figure", "combo:DARF"]
    assert len(expected) == 8 + 1 + 9 + 8 + 8
    assert detector.features(sent) == expected
    doc = json.loads(detector.WEIGHTS_PATH.read_text(encoding="utf-8"))
    by_hand = doc["bias"] + sum(doc["weights"].get(f, 0.0) for f in expected)
    assert detector.score(sent) == pytest.approx(by_hand, abs=1e-9)
    assert detector.probability(0.0) == 0.5


def test_features_are_binary_and_stable() -> None:
    s = "China said China would curb exports, China said."
    f = detector.features(s)
    assert len(f) == len(set(f))
    assert f == detector.features(s)
    assert "cue:modal" in f  # "would"


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01\x02", "\ufffd\ufffd", "???", "1 2 3 4 5 6 7.", "é" * 3000])
def test_bad_input_is_fine(text: str) -> None:
    assert math.isfinite(detector.score(text))
    assert detector.eligible(text, 0, len(text)) in (True, False)
    assert isinstance(detector.fallback_claims(text, [(0, len(text))], [], None), list)


def test_bad_input_through_the_checker(checker) -> None:  # type: ignore[no-untyped-def]
    assert checker.check("", DATE).checks == []
    with pytest.raises(ClaimError):
        checker.check(b"\x00\x01binary\x00" * 100, DATE)


def test_fallback_skips_sentences_with_a_claim() -> None:
    sent = MUST_FIRE[0]
    claim = Claim(sentence=sent, span=(10, 20), kind="quantity")
    assert detector.fallback_claims(sent, [(0, len(sent))], [claim]) == []
    assert len(detector.fallback_claims(sent, [(0, len(sent))], [])) == 1


def test_check_path_is_pure_python() -> None:
    code = ("import sys; from critmin.claims import detector; "
            f"detector.score({MUST_FIRE[0]!r}); print('numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.slow
def test_retraining_reproduces_the_shipped_weights(training_script) -> None:  # type: ignore[no-untyped-def]
    mod = training_script("train_claim_detector")
    doc = mod.build(with_threshold=False)
    shipped = json.loads(detector.WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert doc["bias"] == pytest.approx(shipped["bias"], abs=2e-4)
    assert doc["weights"].keys() == shipped["weights"].keys()
    assert all(doc["weights"][k] == pytest.approx(v, abs=2e-4) for k, v in shipped["weights"].items())


def test_fast_scoring_equals_the_formula() -> None:
    w = detector.load_weights()
    for s in [*MUST_FIRE, *MUST_NOT_FIRE, "Prices rose 5 per cent to US$12 a kg, traders said on Monday, \"sharply\".",
              "Peru mined 3,000 tonnes of copper in 2023 and 3,000 tonnes in 2022."]:
        toks = detector._tokens(s)
        assert w.score_tokens(*detector._normalised(toks, s)) == pytest.approx(w.score(detector.features(s)), abs=1e-9)


@pytest.mark.parametrize("sentence", [
    "The ministry's decision on cobalt export permits for Zambia is due by 30 June 2026.",
    "India's licence decision on rare earth exports to Japan is due by October 2025.",
])
def test_something_still_due_does_not_fire(checker, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert detector.score(sentence) >= detector.load_weights().threshold  # it would fire but for "due by"
    assert _fired(checker.check(sentence, DATE)) == []
    # "due to" is a cause, not a schedule: the sentence stays eligible
    cause = "Exports of tungsten from Vietnam fell in March 2024 due to heavy rain."
    assert detector.eligible(cause, 0, len(cause))


def test_stems_of_long_words_only() -> None:
    f = detector.features("Chile was restricting lithium brine permits in 2021.")
    assert "stem:restr" in f and "stem:permi" in f  # "restricting", "permits"
    assert not [x for x in f if x.startswith("stem:") and x[5:] in {"chile", "was", "<year"}]
    assert "<s> <country> was" in f and "in <year> </s>" in f  # framed trigrams


def test_threshold_and_acceptance_measure_by_hand(training_script) -> None:  # type: ignore[no-untyped-def]
    t = training_script("train_claim_detector")
    t._runner()
    # two articles: X has a claim the rules read (0), an unread claim labelled unverifiable (1),
    # an unread claim labelled supported (2) and a non-claim (3); Y an unread claim (0) and a non-claim (1)
    L = t.Labelled
    labelled = [L("X", True, "supported", True), L("X", True, "unverifiable", False),
                L("X", True, "supported", False), L("X", False, "", False),
                L("Y", True, "unverifiable", False), L("Y", False, "", False)]
    C = t.Candidate
    cands = [C("X", "a", 1, "unverifiable"), C("X", "b", 2, "unverifiable"), C("X", "c", 3, "unverifiable"),
             C("Y", "d", 0, "unverifiable"), C("Y", "e", 1, "unverifiable")]
    scores = [5.0, 3.0, 4.0, 1.0, 0.5]
    labels = [1, 1, 0, 1, 0]
    # 200 detections, half a percent: budget 1 false firing -> down to 1.0 (a, c, b, d), not 0.5 (e, a second
    # false one)
    thr, rule = t.choose_threshold(scores, labels, 200, 0.005)
    assert thr == 1.0 and "(1)" in rule
    e = t.evaluate(cands, scores, labelled, thr, 200)
    assert (e["fired"], e["claims_among_fired"], e["false_firings"]) == (4, 3, 1)
    assert (e["unread_claims"], e["unread_claims_it_may_read"], e["claims_caught"]) == (3, 3, 3)
    assert (e["caught_labelled_unverifiable"], e["caught_with_the_labelled_verdict"]) == (2, 2)
    assert t.choose_threshold(scores, labels, 100, 0.005)[0] == 5.0  # no false firing allowed: a only (c is false)
    assert t.choose_threshold(scores, labels, 40, 0.05)[0] == 0.5  # 5 %: two false firings of 40
    assert t.choose_threshold(scores, labels, 39, 0.05)[0] == 1.0  # 5 % of 39 is one
    assert t.FP_BUDGET == 0.10  # the shipped budget (docs/claims.md)
    assert t.choose_threshold(scores, labels, 50, 0.04)[0] == 0.5  # 4 %: two false firings of 50, one of 49
    assert t.choose_threshold(scores, labels, 49, 0.04)[0] == 1.0


def test_folds_are_the_batches(training_script) -> None:  # type: ignore[no-untyped-def]
    t = training_script("train_claim_detector")
    t._runner()
    assert [t.fold_of(a) for a in ("A001", "A060", "A061", "A241", "A242", "A316", "A317", "A376", "A377",
                                   "A437", "A496", "A497", "A556", "A557", "A616", "A617", "A674", "A675",
                                   "A734", "A735", "A794", "A855", "A914", "A915", "A974", "A975", "A1034", "A1035", "A1094", "A1095", "A1154", "A1155", "A1184", "A1185", "A1214", "A1215", "A1274", "A1275", "A1334", "A1335", "A1394", "A1395", "A1454", "A1455", "A1514", "A1515", "A1574", "A1575", "A1634", "A1635", "A1694", "A1695", "A1754", "A1755", "A1814", "A1815", "A1874", "A1875", "A1934", "A1935", "A1994", "A1995", "A2054", "A2055", "A2114", "A2115", "A2174", "A2175", "A2234", "A2235", "A2294", "A2295", "A2354", "A2355", "A2414", "A2475", "A2534", "A2595", "A2654")] == [
        0, 0, 1, 3, 4, 4, 5, 5, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 18, 18, 19, 19, 20, 20, 21, 21, 22, 22, 23, 23, 24, 24, 25, 25, 26, 26, 27, 27, 28, 28, 29, 29, 30, 30, 31, 31, 32, 32, 33, 33, 34, 34, 35, 35, 36, 36, 37, 37, 38, 38, 39, 39, 40, 40]
    for unread in ("A795", "A854", "A2415", "A2474", "A2535", "A2594", "A2655"):
        with pytest.raises(ValueError):
            t.fold_of(unread)  # the validation batch and the unread later batches are in no fold: never trained on


def test_training_articles_are_the_readable_ones(training_script) -> None:  # type: ignore[no-untyped-def]
    t = training_script("train_claim_detector")
    t._runner()
    ids = {a.article_id for a in t.training_articles()}
    assert {"A001", "A241", "A496", "A497", "A557", "A616", "A617", "A674", "A675", "A734", "A735"} <= ids
    assert not ids & {f"A{n}" for n in range(795, 855)}  # validation
    assert {"A1035", "A1094"} <= ids  # the twenty-second batch, labelled as training data
    assert {"A915", "A974"} <= ids  # the twentieth batch, the fourteenth session's test set
    assert {"A1155", "A1214"} <= ids  # the twenty-fourth batch, labelled as training data
    assert {"A975", "A1034"} <= ids  # the twenty-first batch, the fifteenth session's test set
    assert {"A1335", "A1394"} <= ids  # the twenty-seventh batch, labelled as training data
    assert {"A1095", "A1154"} <= ids  # the twenty-third batch, the sixteenth session's test set
    assert {"A1455", "A1514"} <= ids  # the twenty-ninth batch, labelled as training data
    assert {"A1275", "A1334"} <= ids  # the twenty-sixth batch, the seventeenth session's test set
    assert {"A1395", "A1454"} <= ids  # the twenty-eighth batch, the eighteenth session's test set
    assert {"A1515", "A1574"} <= ids  # the thirtieth batch, the nineteenth session's test set
    assert {"A1575", "A1634", "A1635", "A1684"} <= ids
    assert {"A1875", "A1934"} <= ids  # the thirty-sixth batch, training data
    assert {"A1995", "A2054"} <= ids  # the thirty-eighth batch, training data
    assert {"A2115", "A2174"} <= ids  # the fortieth batch, training data
    assert {"A2055", "A2114"} <= ids  # the thirty-ninth batch, the twenty-third session's test set
    assert {"A2235", "A2294"} <= ids  # the forty-second batch, training data
    assert {"A2175", "A2232"} <= ids  # the forty-first batch, the twenty-fourth session's test set
    assert {"A2355", "A2404"} <= ids  # the forty-fourth batch, training data
    assert {"A2295", "A2354"} <= ids  # the forty-third batch, the twenty-fifth session's test set
    assert {"A2475", "A2534"} <= ids  # the forty-sixth batch, training data
    assert {"A2595", "A2654"} <= ids  # the forty-eighth batch, training data
    assert {"A1755", "A1814"} <= ids  # the thirty-fourth batch, training data
    assert {"A1695", "A1754"} <= ids  # the thirty-third batch, the twentieth session's test set
    assert {"A1815", "A1874"} <= ids  # the thirty-fifth batch, the twenty-first session's test set
    assert {"A1935", "A1994"} <= ids  # the thirty-seventh batch, the twenty-second session's test set
    assert not any(794 < int(a[1:]) < 855
                   or 2414 < int(a[1:]) < 2475 or 2534 < int(a[1:]) < 2595 or int(a[1:]) > 2654 for a in ids)  # unread
    run = t._runner()
    assert all(run.readable(a) for a in ids)


@pytest.mark.parametrize(("sentence", "cues"), [
    # a dated act by a named actor (a country; an organisation word; a company-like name inside the sentence)
    ("Kazakhstan suspended tantalum shipments to Estonia last month.", {"cue:date", "cue:act", "cue:agent"}),
    ("The trade ministry halted the licences on Thursday.", {"cue:date", "cue:act", "cue:agent"}),
    ("Last week Nordvik Metals bought a niobium plant.", {"cue:date", "cue:act", "cue:agent", "cue:name"}),
    # an irregular past form, a figure with a unit
    ("Scandium output in Norway fell to 40 tonnes in 2019.", {"cue:date", "cue:act", "cue:agent", "cue:figure"}),
    # the writer's voice, an opinion, the future
    ("We think Morocco will matter for cobalt in 2031.", {"cue:date", "cue:agent", "cue:first", "cue:opinion",
                                                          "cue:future"}),
])
def test_structural_cues(sentence: str, cues: set[str]) -> None:
    structural = {"cue:date", "cue:act", "cue:agent", "cue:name", "cue:figure", "cue:first", "cue:opinion",
                  "cue:future"}
    f = detector.features(sentence)
    assert structural & set(f) == cues, sentence
    combo = [x for x in f if x.startswith("combo:")]
    letters = "".join(k for k, c in (("D", "cue:date"), ("A", "cue:act"), ("R", "cue:agent"), ("F", "cue:figure"))
                      if c in cues)
    assert combo == ["combo:" + letters]


def test_words_in_ed_that_are_no_act() -> None:
    f = detector.features("A Peruvian firm based in Lima listed zinc projects.")
    assert "cue:act" not in f  # "based", "listed" (of a company's listing) are no acts
    assert "cue:act" in detector.features("A Peruvian firm based in Lima banned zinc exports.")


@pytest.mark.parametrize("sentence", [
    "Bolivia has not renewed the lithium brine permits of the Uyuni operators since 2022.",  # negated
    "Mongolia never exported fluorspar to Korea in 2020.",
    "Ghana didn't ship any manganese ore to India in March 2021.",                    # "didn't"
    "If Namibia bans uranium ore exports in 2027, buyers in France will look elsewhere.",  # a condition
    "Importers wonder whether Gabon halted manganese sales in May 2022.",
    "Senators urged Chile to cap copper concentrate exports in 2024.",                 # an appeal
    "Китай добыл 310 000 тонн вольфрама в 2021 году по данным таможни страны.",            # another language
])
def test_unasserted_or_foreign_sentences_are_not_read(sentence: str) -> None:
    assert not detector.eligible(sentence, 0, len(sentence))


@pytest.mark.parametrize("sentence", [
    "Bolivia has not renewed the lithium brine permits of the Uyuni operators since 2022.",
    "Mongolia never exported fluorspar to Korea in 2020.",
    "Ghana didn't ship any manganese ore to India in March 2021.",
    "Gallium metal and gallium nitride shall not be exported without permission from August 1.",
    "The four licences granted prior to 2020 did not include these conditions.",
])
def test_a_negated_sentence_with_a_figure_or_a_year_is_read_when_switched_on(
        sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # README rule 10 excludes plans, forecasts and intent, not negations: a negated statement of a
    # dated measure or a figure is still one of what is (on the readable articles 26 of the 31 such
    # sentences no rule read are labelled claims, against 43 of 132 negated ones without a digit).
    # Measured in the nineteenth session and not shipped: off, such a sentence is not read
    assert not detector.eligible(sentence, 0, len(sentence))
    assert "cue:negated" not in detector.features(sentence)
    monkeypatch.setattr(detector, "_DET_READ_NEGATED_FIGURES", True)
    assert detector.eligible(sentence, 0, len(sentence))
    assert "cue:negated" in detector.features(sentence)


@pytest.mark.parametrize("sentence", [
    "Bolivia has not renewed the lithium brine permits of the Uyuni operators.",  # no figure or year
    "Mongolia never exported fluorspar to Korea.",
    "Namibia has not banned uranium ore exports if prices fell in 2021.",             # and conditional
    "Senators urged Chile not to cap copper concentrate exports in 2024.",             # and an appeal
])
def test_other_negated_sentences_stay_unread_when_switched_on(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detector, "_DET_READ_NEGATED_FIGURES", True)
    assert not detector.eligible(sentence, 0, len(sentence))


def test_the_negated_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detector, "_DET_READ_NEGATED_FIGURES", True)
    assert "cue:negated" in detector.features("Bolivia has not renewed the permits.")
    assert "cue:negated" in detector.features("Chile isn't a member of the group.")
    assert "cue:negated" not in detector.features("Malaysia not only banned bauxite mining in 2016 but extended it.")
    assert "cue:negated" not in detector.features("Malaysia banned bauxite mining in Pahang in 2016.")


def test_not_only_asserts() -> None:
    s = "Malaysia not only banned bauxite mining in Pahang in 2016 but extended it in 2017."
    assert detector.eligible(s, 0, len(s))


@pytest.mark.parametrize(("sentence", "foreign"), [
    ("Le Maroc a exporté 12 000 tonnes de cobalt en 2022, selon le ministère.", True),
    ("Chile produjo 5,3 millones de toneladas de cobre y 44.000 de litio.", True),
    # name particles are no sign of another language, nor is an English sentence without "the"
    ("Ursula von der Leyen unveiled 3 billion euros Tuesday.", False),
    ("Cobalt prices rose 7 per cent during May 2024, traders said.", False),
])
def test_a_sentence_in_another_latin_language_is_not_read(sentence: str, foreign: bool) -> None:
    raw = {t.lower() for t in detector._DET_TOKEN.findall(sentence)}
    assert (detector._DET_ENGLISH.isdisjoint(raw) and not detector._DET_FOREIGN.isdisjoint(raw)) is foreign
    if foreign:
        assert detector._readable(sentence) is None


def test_gates_split_rule_10s_words() -> None:
    names = [n for n, _ in detector._DET_GATES]
    assert names == ["moot", "plan", "modal", "forecast", "money", "other"]
    sets = [ws for _, ws in detector._DET_GATES]
    assert frozenset().union(*sets) == detector._DET_INTENT  # every word in a gate ...
    assert sum(map(len, sets)) == len(detector._DET_INTENT)  # ... and in one only
    assert detector._gates({"plans", "to"}, False, False) == ["plan"]
    assert detector._gates({"shares", "could"}, False, False) == ["modal", "money"]
    assert detector._gates({"mulling"}, False, False) == ["moot"]
    assert detector._gates({"the"}, True, False) == ["modal"]     # "may" as written in lower case
    assert detector._gates({"the"}, False, True) == ["plan"]      # something due by a date


@pytest.mark.parametrize(("sentence", "readable"), [
    # a plan acted on: a past act, a date and an agent
    ("Kenya's cabinet approved a plan to auction titanium licences in March 2023.", True),
    ("The ministry adopted its cobalt refining plan for Zambia in 2022.", True),
    # a plan only: no past act, or no date (but for the noun "plan" alone: _DET_ADMIT_PLAN_NOUN, test_plan_noun.py)
    ("Kenya's cabinet plans to auction titanium licences in March 2027.", False),
    ("The ministry adopted a refining scheme and plans to ship cobalt from Zambia.", False),
    ("The ministry adopted its cobalt refining plan for Zambia.", bool(detector._DET_ADMIT_PLAN_NOUN)),
    # another gate of rule 10 stays shut, alone or with the plan gate
    ("Kenya's cabinet could have approved titanium licences in March 2023.", False),
    ("Kenya's cabinet approved a plan that could auction titanium licences in March 2023.", False),
])
def test_plan_gate_opens_for_plans_acted_on(sentence: str, readable: bool) -> None:
    assert detector.eligible(sentence, 0, len(sentence)) is readable


def test_gate_cues_are_features() -> None:
    f = detector.features("Peru's mining agency expects zinc output to rise in 2026.")
    assert "cue:gate:forecast" in f and "cue:gate:plan" not in f
    assert not [x for x in detector.features("Peru mined 3,000 tonnes of zinc in May 2023.") if "gate" in x]  # the month
    assert "cue:gate:modal" in detector.features("Peru may mine 3,000 tonnes of zinc in 2027.")


@pytest.mark.parametrize(("sentence", "readable"), [
    # no figure, country, commodity or day, but a past act and an agent: read (seventeenth session)
    ("The regulator suspended the smelter's operating permit after an audit.", True),
    ("Acme Metals signed an offtake contract with two magnet makers.", True),
    # no act, or no agent: not read
    ("The directive covers every shipment already at sea.", False),
    ("The suspension took everyone by surprise.", False),
    # a word of rule 10's gate keeps an unanchored sentence out, even one acted on
    ("The regulator suspended the permit and could revoke it.", False),
])
def test_unanchored_sentences_acted_on_are_read(sentence: str, readable: bool) -> None:
    assert detector.eligible(sentence, 0, len(sentence)) is readable
    assert ("cue:noanchor" in detector.features(sentence))
    assert "cue:noanchor" not in detector.features("Peru mined zinc in May.")
