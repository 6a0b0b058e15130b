"""The learned event matcher (critmin.claims.event_matcher) on INVENTED rows added to the events
table: rows no labelled sentence was ever matched to, so what it shows is what carries over to
new rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from critmin.claims import event_matcher as em
from critmin.claims.model import Claim, ClaimCheck, Evidence, Verdict
from critmin.dataset import DATA_DIR

ROOT = Path(__file__).resolve().parents[2]
DATA = str(DATA_DIR)

#: invented rows: a Peruvian export ban on molybdenum, a Brazilian-Canadian bismuth accord, an Indonesian
#: duty on tellurium (none is in events.csv; the shapes follow its columns)
ROWS = [
    {"event_id": "per-2024-03-14-molybdenum-ban", "date": "2024-03-14", "date_precision": "day", "effective_date": "2024-04-01",
     "end_date": "", "type": "export_control", "title": "Peru bans exports of molybdenum concentrate", "actors": "PER",
     "imposed_by": "PER", "targets": "", "commodities": "molybdenum", "elements": "", "legal_reference": "",
     "quantity": "", "unit": "", "source_id": "invented"},
    {"event_id": "bra-can-2022-09-08-bismuth-accord", "date": "2022-09-08", "date_precision": "day",
     "effective_date": "", "end_date": "", "type": "agreement", "title": "Brazil-Canada bismuth supply accord",
     "actors": "BRA;CAN", "imposed_by": "", "targets": "", "commodities": "bismuth", "elements": "",
     "legal_reference": "", "quantity": "", "unit": "", "source_id": "invented"},
    {"event_id": "idn-2021-06-30-tellurium-duty", "date": "2021-06-30", "date_precision": "day", "effective_date": "",
     "end_date": "", "type": "tariff", "title": "Indonesia's export duty on tellurium", "actors": "IDN",
     "imposed_by": "IDN", "targets": "", "commodities": "tellurium", "elements": "", "legal_reference": "",
     "quantity": "", "unit": "", "source_id": "invented"},
]
DAY = "2024-06-20"


def _table() -> list[dict[str, str]]:
    """The bundled events table with the invented rows added, as a new row arrives."""
    import csv

    with (DATA_DIR / "events.csv").open(encoding="utf-8", newline="") as f:
        return [*csv.DictReader(f), *ROWS]


TABLE = _table()


def _best(sentence: str, day: str = DAY):  # type: ignore[no-untyped-def]
    return em.best_row(sentence, day, TABLE, DATA, em.load_weights())


def _probability_of(sentence: str, event_id: str, day: str = DAY, table: list[dict[str, str]] = TABLE) -> float | None:
    """The probability of one row for the sentence (None: not a candidate)."""
    idx = em.row_index(table, DATA)
    w = em.load_weights()
    for i, f in em.rank_rows(em.read_sentence(sentence, day, DATA, "open_event"), idx):
        if idx.events[i]["event_id"] == event_id:
            return em.probability(w, f)
    return None


def test_parties_commodity_and_date_are_matched() -> None:
    thr = em.load_weights().threshold
    for s in ("Lima halted all foreign sales of molybdenum concentrate on 14 March, the mining ministry said.",
              "Peru banned exports of molybdenum concentrate on March 14, 2024."):
        got = _best(s)
        # the right row ranks first, and clears the shipped threshold when there is one (infinite: the
        # cross-validation found no threshold precise enough, and the matcher makes no call)
        assert got is not None and got[0]["event_id"] == "per-2024-03-14-molybdenum-ban", (s, got)
    # the full report (party, kind, day) clears the threshold; the metonym with a day and no year ranks
    # the row first but sits at the threshold's edge, so only its rank is asserted
    got = _best("Peru banned exports of molybdenum concentrate on March 14, 2024.")
    assert got is not None and (thr == float("inf") or got[1] >= thr), got


def test_another_country_or_date_is_not_matched() -> None:
    right = _probability_of("Peru banned exports of molybdenum concentrate on March 14, 2024.", "per-2024-03-14-molybdenum-ban")
    assert right is not None
    for s in ("Bolivia banned exports of molybdenum concentrate on March 14, 2024.",
              "Peru banned exports of molybdenum concentrate on November 3, 2023."):
        p = _probability_of(s, "per-2024-03-14-molybdenum-ban")
        # the learned margin moves with each retraining (0.12 for the other country since the twentieth
        # session's data, 0.15 and more before): the pair scores lower, and the guards below decide
        assert p is None or p < right - 0.05, (s, p)
        # since the eighteenth session the words shared with the row's title ("banned exports of ... concentrate")
        # can lift such a pair over the threshold: the guards at the call (another country acts, a stated date
        # the row does not hold) keep the claim unverifiable
        c = Claim(sentence=s, span=(0, len(s)), kind="event", text=s, sentence_span=(0, len(s)))
        checks = [ClaimCheck(c, Verdict("unverifiable", "no matching event in the table"))]
        em.match_open_events(checks, TABLE, DAY, DATA)
        assert checks[0].verdict.verdict == "unverifiable", (s, checks[0].verdict)
    # the right report is called
    s = "Peru banned exports of molybdenum concentrate on March 14, 2024."
    c = Claim(sentence=s, span=(0, len(s)), kind="event", text=s, sentence_span=(0, len(s)))
    checks = [ClaimCheck(c, Verdict("unverifiable", "no matching event in the table"))]
    em.match_open_events(checks, TABLE, DAY, DATA)
    assert checks[0].verdict.verdict == "supported" and checks[0].verdict.evidence[0].edition == "per-2024-03-14-molybdenum-ban"


def test_a_row_after_the_article_is_no_candidate() -> None:
    assert _probability_of("Peru banned exports of molybdenum concentrate.", "per-2024-03-14-molybdenum-ban", "2024-01-05") is None


def test_deal_needs_its_parties() -> None:
    both = _probability_of("Brazil and Canada signed an accord on bismuth supplies in September 2022.",
                           "bra-can-2022-09-08-bismuth-accord")
    other = _probability_of("Brazil and Chile signed an accord on bismuth supplies in September 2022.",
                            "bra-can-2022-09-08-bismuth-accord")
    assert both is not None and (other is None or other < both)


def test_open_event_claim_takes_the_row_above_the_threshold() -> None:
    s = "Peru banned exports of molybdenum concentrate on March 14, 2024."
    c = Claim(sentence=s, span=(0, len(s)), kind="event", text=s, sentence_span=(0, len(s)))
    w = em.load_weights()
    low = em.MatcherWeights(w.bias, w.weights, 0.5, w.header)
    checks = [ClaimCheck(c, Verdict("unverifiable", "no matching event in the table"))]
    em.match_open_events(checks, TABLE, DAY, DATA, low)
    v = checks[0].verdict
    assert v.verdict == "supported" and v.evidence[0].edition == "per-2024-03-14-molybdenum-ban"
    assert v.evidence[0].measure == "event" and "learned event matcher" in v.explanation
    # a threshold no pair reaches leaves it as it was; so does a sentence whose claims are settled
    high = em.MatcherWeights(w.bias, w.weights, 1.01, w.header)
    checks = [ClaimCheck(c, Verdict("unverifiable", "no matching event in the table"))]
    em.match_open_events(checks, TABLE, DAY, DATA, high)
    assert checks[0].verdict.verdict == "unverifiable"
    settled = [ClaimCheck(c, Verdict("refuted", "another date"))]
    em.match_open_events(settled, TABLE, DAY, DATA, low)
    assert settled[0].verdict.verdict == "refuted"



def test_the_second_stage_makes_the_call(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped weights carry the second stage; switched on, at the call it decides, not the first threshold:
    a second stage no sentence reaches leaves the sentence the first stage would call unverifiable, one
    that reads the best row's logit alone (threshold 0.5) calls it by the same row."""
    s = "Peru banned exports of molybdenum concentrate on March 14, 2024."
    c = Claim(sentence=s, span=(0, len(s)), kind="event", text=s, sentence_span=(0, len(s)))
    w = em.load_weights()
    doc = json.loads(em.WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert w.second == (doc["second_stage"]["bias"], doc["second_stage"]["best"], doc["second_stage"]["runner_up"],
                        doc["second_stage"]["threshold"])
    assert w.second[2] > 0  # a close runner-up raises the call's probability (the labels say so)
    monkeypatch.setattr(em, "SECOND_STAGE", True)
    never = em.MatcherWeights(w.bias, w.weights, 0.5, w.header, (0.0, 1.0, 0.0, 1.0 - 1e-12))
    checks = [ClaimCheck(c, Verdict("unverifiable", "no matching event in the table"))]
    em.match_open_events(checks, TABLE, DAY, DATA, never)
    assert checks[0].verdict.verdict == "unverifiable"
    first_only = em.MatcherWeights(w.bias, w.weights, 1.01, w.header, (0.0, 1.0, 0.0, 0.5))
    checks = [ClaimCheck(c, Verdict("unverifiable", "no matching event in the table"))]
    em.match_open_events(checks, TABLE, DAY, DATA, first_only)
    assert checks[0].verdict.verdict == "supported"
    assert checks[0].verdict.evidence[0].edition == "per-2024-03-14-molybdenum-ban"


def test_the_second_stage_calls_no_row_under_the_first_stage_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The second stage calls only a best row the first stage itself gives ``SECOND_STAGE_FLOOR`` at least
    (twenty-second session): a second stage that would call the sentence (here: any best row of 0.2 or more)
    leaves it unverifiable when the floor is above the row's first-stage probability."""
    s = "Peru banned exports of molybdenum concentrate on March 14, 2024."
    p = _probability_of(s, "per-2024-03-14-molybdenum-ban")
    assert p is not None and p >= em.SECOND_STAGE_FLOOR >= 0.2
    monkeypatch.setattr(em, "SECOND_STAGE", True)
    w = em.load_weights()
    low = em.MatcherWeights(w.bias, w.weights, 1.01, w.header, (0.0, 1.0, 0.0, 0.2))
    c = Claim(sentence=s, span=(0, len(s)), kind="event", text=s, sentence_span=(0, len(s)))
    checks = [ClaimCheck(c, Verdict("unverifiable", "no matching event in the table"))]
    em.match_open_events(checks, TABLE, DAY, DATA, low)
    assert checks[0].verdict.verdict == "supported"
    monkeypatch.setattr(em, "SECOND_STAGE_FLOOR", min(0.999, p + 0.01))
    checks = [ClaimCheck(c, Verdict("unverifiable", "no matching event in the table"))]
    em.match_open_events(checks, TABLE, DAY, DATA, low)
    assert checks[0].verdict.verdict == "unverifiable"


def test_an_open_sentence_without_a_kind_word_is_read() -> None:
    # "froze foreign sales" is no word of a kind family (the gate of the sixteenth session left the
    # sentence unread); the model weighs the missing kind word and the row's party, commodity and day
    s = "Peru froze foreign sales of molybdenum concentrate on March 14."
    assert not em.may_report_event(s, TABLE, DATA)
    assert not em.KIND_GATE
    c = Claim(sentence=s, span=(0, len(s)), kind="event", text=s, sentence_span=(0, len(s)))
    w = em.load_weights()
    mid = em.MatcherWeights(w.bias, w.weights, 0.5, w.header)
    checks = [ClaimCheck(c, Verdict("unverifiable", "no matching event in the table"))]
    em.match_open_events(checks, TABLE, "2024-03-16", DATA, mid)
    v = checks[0].verdict
    assert v.verdict == "supported" and v.evidence[0].edition == "per-2024-03-14-molybdenum-ban"
    # with the gate back on, the same sentence is not read
    checks = [ClaimCheck(c, Verdict("unverifiable", "no matching event in the table"))]
    em.KIND_GATE = True
    try:
        em.match_open_events(checks, TABLE, "2024-03-16", DATA, mid)
    finally:
        em.KIND_GATE = False
    assert checks[0].verdict.verdict == "unverifiable"


def test_a_row_the_rules_cite_elsewhere_in_the_article_is_a_feature() -> None:
    idx = em.row_index(TABLE, DATA)
    s = "Officials of Brazil and Canada met in Ottawa to discuss bismuth supplies."
    row = "bra-can-2022-09-08-bismuth-accord"

    def feats(cited: frozenset[str]) -> list[str]:
        got = {idx.events[i]["event_id"]: f for i, f in em.rank_rows(em.read_sentence(s, DAY, DATA, "open_event", cited), idx)}
        return got[row]

    assert "art:cited" not in feats(frozenset())
    assert "art:cited" not in feats(frozenset({"per-2024-03-14-molybdenum-ban"}))
    assert "art:cited" in feats(frozenset({row}))
    w = em.load_weights()
    assert em.probability(w, feats(frozenset({row}))) > em.probability(w, feats(frozenset()))
    # the rows the checks cite: evidence of the events table only
    c = Claim(sentence=s, span=(0, len(s)), kind="event", text=s, sentence_span=(0, len(s)))
    ev = Evidence(edition=row, source_id="invented", commodity="bismuth", measure="event", country="BRA;CAN", year=None,
                  value=None, unit="", published="2022-09-08", locator="", current=True)
    series = Evidence(edition="usgs-mcs-2024", source_id="invented", commodity="bismuth", measure="production",
                      country="BRA", year=2022, value=1.0, unit="t", published="2024-01-31", locator="", current=True)
    checks = [ClaimCheck(c, Verdict("supported", "in the events table", [ev])),
              ClaimCheck(c, Verdict("supported", "in the series", [series])), ClaimCheck(c, Verdict("unverifiable", "none"))]
    assert em.cited_rows(checks) == frozenset({row})


def test_an_amount_the_row_does_not_hold_gets_no_call() -> None:
    w = em.load_weights()
    low = em.MatcherWeights(w.bias, w.weights, 0.01, w.header)
    s = "Peru banned exports of molybdenum concentrate worth $250 million on March 14, 2024."
    c = Claim(sentence=s, span=(0, len(s)), kind="event", text=s, sentence_span=(0, len(s)))
    checks = [ClaimCheck(c, Verdict("unverifiable", "no matching event in the table"))]
    em.match_open_events(checks, TABLE, DAY, DATA, low)
    assert checks[0].verdict.verdict == "unverifiable"


def test_features_name_no_row() -> None:
    idx = em.row_index(TABLE, DATA)
    for _, f in em.rank_rows(em.read_sentence("Peru banned exports of molybdenum concentrate on March 14, 2024.", DAY, DATA), idx):
        assert not [x for x in f if any(r["event_id"] in x or "molybdenum" in x.split(":") for r in TABLE)]


def _features_of(sentence: str, event_id: str, day: str = DAY) -> list[str]:
    idx = em.row_index(TABLE, DATA)
    for i, f in em.rank_rows(em.read_sentence(sentence, day, DATA, "open_event"), idx):
        if idx.events[i]["event_id"] == event_id:
            return f
    raise AssertionError(f"{event_id}: no candidate of {sentence!r}")


def test_the_sentence_act_is_a_feature() -> None:
    row = "per-2024-03-14-molybdenum-ban"
    # the row's kind with a verb of acting, in the main clause
    direct = _features_of("Peru banned exports of molybdenum concentrate in March 2024.", row)
    assert "ka:strong:act" in direct or "ka:named:act" in direct
    assert "ka:in_cause" not in direct and "ka:holding" not in direct
    # the kind only in a clause of cause: the sentence reports a price move, not the ban
    cause = _features_of("Molybdenum concentrate prices doubled in Europe after Peru banned its exports in March 2024.", row)
    assert "ka:in_cause" in cause and "ka:market" in cause
    # a holding beside the kind: a stake is no report of the ban
    stake = _features_of("A Swiss trader owns a 15% stake in the Peruvian molybdenum exporter hit by the export ban.", row)
    assert "s:holding" in stake and "ka:holding" in stake


def test_companies_are_read_by_their_short_names() -> None:
    # actors.csv names "China Minmetals Corporation" and "Ganzhou Rare Earth Group": articles drop the suffix
    got = em.firms_in("Ganzhou Rare Earth cut its quota while China Minmetals stockpiled cobalt in 2031.", DATA)
    assert got == {"ganzhou_rare_earth_group", "china_minmetals"}
    # a common word that is also part of a firm's name is no firm
    assert em.firms_in("Rare metals and energy stocks fell in Oslo.", DATA) == set()


def test_shipped_weights_load() -> None:
    w = em.load_weights()
    doc = json.loads(em.WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert w.bias == doc["bias"] and w.weights == doc["weights"]
    assert (doc["threshold"] is None and w.threshold == float("inf")) or w.threshold == doc["threshold"]
    assert "leave one batch out" in doc["header"]["threshold_rule"]
    assert "claims/event_matcher_weights.json" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_threshold_rule_by_hand(training_script) -> None:  # type: ignore[no-untyped-def]
    t = training_script("train_event_matcher")

    def items_of(oks: list[int], rows_ok: list[int] | None = None) -> list:  # type: ignore[type-arg]
        out = []
        for k, ok in enumerate(oks):
            # a call is right by its verdict (the sentence is labelled supported); its row may be another one
            row_ok = ok if rows_ok is None else rows_ok[k]
            it = t.Item("A001", f"C{k}", "supported" if ok else "unverifiable", {"r1" if row_ok else "r2"} if ok else set(),
                        ["r1"], [["x"]], [ok], open=True)
            it.scores = [round(0.9 - 0.05 * k, 2)]
            out.append(it)
        return out

    # best calls at 0.90, 0.85, ... 0.15; right or wrong by the label of the sentence
    oks = [1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 0]
    # calls from the top: 8 of 10 (0.45) right, 9 of 11 (0.40), 9 of 12 (0.35: 75 %), 9 of 13 (69 %),
    # 10 of 14 (71 %): the lowest with >= 75 % over >= 10 calls is 0.35
    assert t.choose_threshold(items_of(oks)) == 0.35
    # the verdict counts, not the row: a supported sentence matched to another row is still a right call
    mixed = items_of(oks, [1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 1, 0, 0])
    assert t.choose_threshold(mixed) == 0.35
    f = t.figures(mixed, 0.35, only_open=True)
    assert (f["calls"], f["verdict_right"], f["row_right"]) == (12, 9, 7)
    # 4 of 5 right at the top, then wrong calls: fewer than ten calls say nothing, and no threshold is found
    assert t.choose_threshold(items_of([1, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1])) is None



def test_second_stage_reads_the_runner_up(training_script) -> None:  # type: ignore[no-untyped-def]
    """The measured second stage (``--evaluate`` only) tells sentences apart by the runner-up's
    probability when the best rows score alike; over-calls count calls on sentences labelled
    ``unverifiable``."""
    t = training_script("train_event_matcher")
    items = []
    for art in ("A011", "A321", "A381", "A441"):  # four batches: four folds
        for k in range(20):
            ok = k % 2 == 0
            it = t.Item(art, f"{art}-{k}", "supported" if ok else "unverifiable", {"r1"} if ok else set(),
                        ["r1", "r2"], [["x"], ["y"]], [int(ok), 0], open=True)
            it.scores = [0.6, 0.5 if ok else 0.01]  # the same best row's score; a close runner-up or none
            items.append(it)
    # the best row alone cannot tell them apart: every call at 0.6, half of them wrong
    assert t.choose_threshold(items) is None
    assert t.over_calls(items, 0.6) == 40
    st = t.second_stage(items)
    assert st["weights"]["runner_up"] > 0
    assert (st["calls"], st["verdict_right"], st["row_right"], st["over_calls"]) == (40, 40, 40, 0)

@pytest.mark.slow
def test_retraining_reproduces_the_shipped_weights(training_script) -> None:  # type: ignore[no-untyped-def]
    doc, _ = training_script("train_event_matcher").build("2026-12-07")
    shipped = json.loads(em.WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert doc["bias"] == pytest.approx(shipped["bias"], abs=2e-4)
    assert doc["weights"].keys() == shipped["weights"].keys()
    assert all(doc["weights"][k] == pytest.approx(v, abs=2e-4) for k, v in shipped["weights"].items())
    assert doc["threshold"] == shipped["threshold"]
    assert doc.get("second_stage") == shipped.get("second_stage")


def test_the_sentence_alone_says_whether_it_asserts_a_dated_act() -> None:
    # a past act, a date and a party: the report of an event
    assert em.sentence_act("Ecuador suspended bismuth exports on 2 February 2023.", True, True)[0] == "sa:pda"
    assert em.sentence_act("Zambia has halted tellurium shipments.", False, True)[0] == "sa:p0a"
    # an act verb in the present, no date, no party named
    assert em.sentence_act("The decree requires licences for every cargo.", False, False)[0] == "sa:n00"
    # a duty, a lasting state, background and reported speech are no act
    duty = em.sentence_act("Smelters must report each sale of indium, the agency said.", False, True)
    assert duty[0] == "sa:00a"
    assert {"sx:duty", "sx:speech"} <= set(duty)
    state = em.sentence_act("Norway has long dominated the market for vanadium.", False, True)
    assert "sx:state" in state and state[0] == "sa:00a"
    assert "sx:background" in em.sentence_act("For decades Bolivia restricted tin exports.", False, True)
    # the features are the same for every row of the sentence
    idx = em.row_index(TABLE, DATA)
    ranked = em.rank_rows(em.read_sentence("Peru banned exports of molybdenum concentrate on March 14, 2024.", DAY, DATA), idx)
    assert len(ranked) > 1 and all("sa:pda" in f for _, f in ranked)


def test_rank_features_count_the_rows_that_meet_more_cues() -> None:
    # the rank of a row among the candidates by cues met, recounted by hand from the cue bits
    idx = em.row_index(TABLE, DATA)
    r = em.read_sentence("Peru and Brazil restricted molybdenum and bismuth exports in 2024.", DAY, DATA)
    ranked = em.rank_rows(r, idx)
    bits = {i: em._cue_score(em.pair_features(r, i, idx)[1]) for i, _ in ranked}
    top = max(bits.values())
    for i, f in ranked:
        better = sum(b > bits[i] for b in bits.values())
        ties = sum(b == bits[i] for b in bits.values()) - 1
        want = ("rk:1" if ties == 0 else "rk:1tie") if bits[i] == top else "rk:2" if better == 1 else "rk:3+"
        assert want in f


def test_the_fast_fit_gives_the_detector_trainers_weights(training_script) -> None:  # type: ignore[no-untyped-def]
    """The training script's fit of the distinct pairs (PairMatrix) gives the same rounded weights
    as the detector script's ``train`` on every pair, for every fold's training data and with rows
    held out: the speed-up changes no output."""
    t = training_script("train_event_matcher")
    tcd = t._detector_trainer()
    cues = ["p:actor", "p:target", "m:exact", "m:only_other", "d:hit:day", "d:miss", "k:strong", "k:none", "rk:1",
            "n:2-3", "sa:pda", "sx:state", "rare:one_article"]
    items = []
    for a, art in enumerate(["A011", "A052", "A118", "A321", "A344", "A402", "A433", "A519"]):
        for n in range(14):
            rows, feats, labels = [], [], []
            for j in range(1 + (n + a) % 4):
                f = [c for k, c in enumerate(cues[:-1]) if (3 * n + 5 * j + 7 * a + k * k) % (k + 2) == 0]
                lab = None if (n + j + a) % 11 == 0 else int(j == 0 and (n + a) % 3 != 0)
                if a == 0 and lab:
                    f.append(cues[-1])  # a feature of one article only: out of the vocabulary
                rows.append(f"row-{(n + j) % 9}")
                feats.append(f)
                labels.append(lab)
            items.append(t.Item(art, f"C{a}-{n}", "supported", {rows[0]}, rows, feats, labels, open=(n % 2 == 0)))
    pm = t.PairMatrix(items)
    for fold, drop in ((None, set()), (0, set()), (3, set()), (2, {"row-1", "row-4"})):
        train_items = [it for it in items if fold is None or t.fold_of(it.article) != fold]
        want = tcd.train(t._pairs(train_items, drop), t.L2, t._pair_weights(train_items, drop))
        got = pm.train(pm.mask(fold, drop))
        assert got == want and list(got[1]) == list(want[1])
        assert "rare:one_article" not in got[1] and len(got[1]) >= 6


def test_content_words_leave_out_names_of_countries_commodities_and_months() -> None:
    # stems meet the forms of one word; the parties, commodities and dates are other features' business
    assert em.content_words("Peru bans exports of molybdenum concentrate", DATA) == {"ban", "export", "concentrat"}
    assert em.content_words("Lima banned all exports of molybdenum concentrates in March", DATA) >= {"ban", "export",
                                                                                                  "concentrat"}
    assert not em.content_words("Brazil and Canada: bismuth, in September, on Wednesday", DATA)
    assert em.content_words("approved the scheme", DATA) == em.content_words("approves a Scheme", DATA) == {"approv", "schem"}


def test_the_words_a_sentence_shares_with_the_rows_title_are_a_feature() -> None:
    row = "bra-can-2022-09-08-bismuth-accord"  # title "Brazil-Canada bismuth supply accord"
    none = _features_of("Brazil and Canada discussed bismuth prices in Ottawa.", row)
    one = _features_of("Brazil and Canada discussed bismuth supplies in Ottawa.", row)
    two = _features_of("Brazil and Canada reached an accord on bismuth supplies in Ottawa.", row)
    assert "tw:0" in none and "tw:1" in one and "tw:2" in two
    # the words of another row's title do not count for this one
    assert "tw:0" in _features_of("Brazil and Canada discussed bismuth concentrate bans in Ottawa.", row)
    w = em.load_weights()
    assert em.probability(w, one) > em.probability(w, none)


def test_another_commodity_or_stage_gets_no_call() -> None:
    # the guards at the call: a sentence that names only another commodity and none of the row's parties,
    # and a final act against a preliminary or proposed one (the shared words may lift such a pair)
    ban = ROWS[0]
    feats = _features_of("New rules released in March 2024 require licences for tungsten exports.", ban["event_id"])
    assert "m:only_other" in feats and em._other_commodity_only(feats)
    assert not em._other_commodity_only(_features_of("Peru banned exports of molybdenum concentrate in March 2024.",
                                                     ban["event_id"]))
    prelim = {"title": "Commerce's preliminary anti-dumping determination on palladium"}
    assert em._other_stage("Commerce issued a final anti-dumping ruling on palladium.", prelim)
    assert not em._other_stage("Commerce issued a preliminary anti-dumping ruling on palladium.", prelim)
    assert not em._other_stage("Commerce's preliminary ruling was followed by a final one.", prelim)
    assert em._other_stage("The EU proposed a tariff on magnets.", {"title": "EU adopts its final tariff on magnets"})


def test_a_row_the_rules_cite_elsewhere_in_the_article_is_a_candidate() -> None:
    """A sentence that restates the article's event names none of its cues ("The accord was signed on the
    sidelines of the summit."): the row the rules cite in another sentence is its candidate all the same."""
    idx = em.row_index(TABLE, DATA)
    s = "The accord was signed on the sidelines of the summit."
    row = "bra-can-2022-09-08-bismuth-accord"

    def rows(cited: frozenset[str], day: str = DAY) -> set[str]:
        return {idx.events[i]["event_id"] for i in em.candidates(em.read_sentence(s, day, DATA, "open_event", cited), idx)}

    assert row not in rows(frozenset())
    assert row in rows(frozenset({row}))
    assert "art:cited" in dict(em.rank_rows(em.read_sentence(s, DAY, DATA, "open_event", frozenset({row})), idx))[
        idx.by_id[row]]
    # a row dated after the article stays out (rule 9), an unknown id is ignored
    assert row not in rows(frozenset({row}), day="2022-09-01")
    assert rows(frozenset({"no-such-row"})) == rows(frozenset())


def test_an_amount_the_rows_text_states_keeps_the_row() -> None:
    """A sum the row's text states beside its quantity ("... loan of US$620 million and US$50 million of equity")
    is the row's figure: the row stays a candidate (``fig:text``) and may be called; a sum neither its quantity
    nor its text holds still drops it and blocks a call (rule 5: the stated figure must be in the table)."""
    row = {"event_id": "nor-2024-05-02-cobalt-loan-equity", "date": "2024-05-02", "date_precision": "day",
           "effective_date": "", "end_date": "", "type": "investment",
           "title": "Norway lends Kobolt Metals US$620 million and takes US$50 million of equity", "actors": "NOR",
           "imposed_by": "NOR", "targets": "", "commodities": "cobalt", "elements": "", "legal_reference": "",
           "quantity": "620", "unit": "USD_million", "source_id": "invented"}
    table = [*TABLE, row]
    idx = em.row_index(table, DATA)
    assert idx.text_amounts[idx.by_id[row["event_id"]]] == {"USD_million": (620.0, 50.0)}

    def feats(s: str) -> list[str] | None:
        got = {idx.events[i]["event_id"]: f for i, f in em.rank_rows(em.read_sentence(s, DAY, DATA, "open_event"), idx)}
        return got.get(row["event_id"])

    got = feats("Norway will take a $50 million equity stake in cobalt miner Kobolt.")
    assert got is not None and "fig:text" in got and "fig:other" not in got
    got = feats("Norway lent $620 million for cobalt.")
    assert got is not None and "fig:match" in got
    assert feats("Norway will take a $75 million equity stake in cobalt miner Kobolt.") is None
    assert not em._amount_not_held("Norway takes a $50 million equity stake.", row)
    assert em._amount_not_held("Norway takes a $75 million equity stake.", row)
    assert not em._amount_not_held("Norway lends $620 million.", row)


def test_numbers_in_leaves_out_years_and_single_digits() -> None:
    got = em.numbers_in("Announcement No. 61 and No. 62 of 2025 on the Rs 7,280 crore scheme: 3 steps, 1.5 %, 33 minerals")
    assert got == {"61", "62", "7280", "1.5", "33"}
    assert not em.numbers_in("In 2023 and 1998, 4 ministers met on the 9th.")
    # the day of a date is the date features' business
    assert not em.numbers_in("until 10 Nov 2026, from November 12, 2025 and on the 3rd of March")


def test_a_number_the_sentence_shares_with_the_rows_title_is_a_feature() -> None:
    # an invented row whose title writes a number that tells it from other rows of its kind
    row = {"event_id": "chl-2024-05-02-salt-flats", "date": "2024-05-02", "date_precision": "day", "effective_date": "",
           "end_date": "", "type": "resource_nationalism", "title": "Chile reserves 17 salt flats for state-led lithium projects",
           "actors": "CHL", "imposed_by": "CHL", "targets": "", "commodities": "lithium", "elements": "",
           "legal_reference": "", "quantity": "", "unit": "", "source_id": "invented"}
    table = [*TABLE, row]
    idx = em.row_index(table, DATA)

    def feats(sentence: str) -> list[str]:
        for i, f in em.rank_rows(em.read_sentence(sentence, DAY, DATA, "open_event"), idx):
            if idx.events[i]["event_id"] == row["event_id"]:
                return f
        raise AssertionError(sentence)

    same = feats("Chile set aside 17 salt flats for lithium projects led by the state.")
    other = feats("Chile set aside 12 salt flats for lithium projects led by the state.")
    year = feats("Chile set aside salt flats for lithium projects led by the state in 2024.")
    assert "tn:shared" in same and "tn:shared" not in other and "tn:shared" not in year
    w = em.load_weights()
    assert em.probability(w, same) > em.probability(w, other)
    em.row_index(TABLE, DATA)  # (the index cache back to the module's table)
