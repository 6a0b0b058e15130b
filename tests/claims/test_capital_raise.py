"""A completed capital raise is a corporate event (README rule 17(e), twenty-second session):
a placement, a PIPE, a sum raised from investors or an issue of new shares that has happened is a
claim, ``unverifiable`` unless ``events.csv`` records it; a raise only planned stays a plan (rule 10)
and a tax or a tariff that raises revenue is no capital raise.

The sentences are written for these tests (the firms and sums are invented, so no row of the
bundled ``events.csv`` records them; the verdict follows from rule 17(e) and rule 9)."""

from __future__ import annotations

import pytest

from critmin.claims import event_terms as et

_OPENING = "Australia is a large producer of rare earths.\n\n"


def _events(checker, sentence: str, date: str = "2025-12-20") -> list[tuple[str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    """(event type, action, verdict) of the event claims in ``sentence`` (after an opening naming a
    country and a commodity, as a news article does)."""
    res = checker.check(_OPENING + sentence, date=date)
    return [((c.claim.event or {}).get("type"), (c.claim.event or {}).get("action"), c.verdict.verdict)
            for c in res.checks if c.claim.kind == "event" and c.claim.span[0] >= len(_OPENING)]


@pytest.mark.rules_only
@pytest.mark.parametrize("sentence", [
    "The final institutional placement of Zentor Minerals, completed on December 12, involved the issue of "
    "1.26 billion new shares at A$0.28 each.",
    "Zentor Minerals raised A$750 million on Tuesday by issuing new shares.",
    "The company said the investor has committed to subscribe to 95,000,000 new ordinary shares of Zentor Minerals.",
    "Zentor Minerals said it raised $150 million through a PIPE anchored by two mutual funds.",
    "Zentor Minerals has secured $42.5 million in an oversubscribed placement, backed by US investment funds.",
])
def test_a_completed_raise_is_an_unverifiable_event(checker, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(checker, sentence) == [("transaction", "capital_raise", "unverifiable")]


@pytest.mark.rules_only
@pytest.mark.parametrize("sentence", [
    "For the institutional placement, Zentor Minerals plans to issue 2,850,000 new ordinary shares at 80 pence each.",
    "A share purchase plan for retail investors of Zentor Minerals aimed to raise up to A$50 million.",
    "Zentor Minerals will issue 40 million new shares to fund its refinery.",
    "The increased royalties are estimated to raise $3.6 billion in revenue.",
])
def test_a_planned_raise_or_a_revenue_is_not_read_as_one(checker, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert all(action != "capital_raise" for _, action, _ in _events(checker, sentence))


def test_the_switch_turns_the_reading_off(checker, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    sentence = "Zentor Minerals raised A$750 million on Tuesday by issuing new shares."
    checker.fallback, checker.matcher = False, False
    try:
        assert _events(checker, sentence) == [("transaction", "capital_raise", "unverifiable")]
        monkeypatch.setattr(et, "_CAPITAL_RAISE_ON", False)
        assert all(action != "capital_raise" for _, action, _ in _events(checker, sentence))
    finally:
        checker.fallback, checker.matcher = True, True


def test_a_deal_row_of_the_same_firm_does_not_settle_a_raise(checker) -> None:  # type: ignore[no-untyped-def]
    """A capital raise is settled only by a row that records one (a placement, new shares, a PIPE): the
    bundled rows of MP Materials of 10 July 2025 (the DoD's preferred stock, loan, offtake and price floor)
    are other transactions of the same firm (rule 17(e))."""
    from critmin.claims.model import Claim

    sent = "MP Materials raised $650 million through a placement of new shares in July 2025."
    ev = {"type": "transaction", "actors": ["mp_materials"], "near": [], "commodities": ["rare_earths"],
          "words": [], "percents": [], "years": [2025], "stake_in": None, "amounts": [], "deal_words": [],
          "date": None, "count": None, "legal": None, "dates": []}
    events = checker.index.events
    assert et._linked_event(ev, events, "2025-08-01") is not None  # a deal row of the firm is there
    claim = Claim(sentence=sent, span=(0, len(sent)), kind="event", text=sent, sentence_span=(0, len(sent)),
                  event={**ev, "action": "capital_raise"})
    got = et.term_verdict(claim, events, "2025-08-01")
    assert got.verdict == "unverifiable"
    assert "capital raise" in got.explanation
