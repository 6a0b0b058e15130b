"""Rule 10's money gate (claims/detector.py, ``_gate_set``): a share transaction (README rule 17(e), a
corporate event) and a money word inside a proper name do not hold a sentence from the learned
fallback; a share price or a stock index that moves (rule 10) still does."""

from __future__ import annotations

from critmin.claims import detector as D

SALE = "The treasurer ordered four funds to sell 520 million shares of the miner by March 3."
ISSUE = "The developer issued 300 million new shares at 15 cents each to fund the plant in 2023."
MOVE = "Shares of the miner rose 14% on Friday in Toronto after the announcement."
SALE_AND_MOVE = "The fund sold 20 million shares on Monday, and the miner's stock rose 6% in Sydney."
TAX_AGENCY = "The Internal Revenue Service published the final rule on the vehicle credit in April 2024."
REVENUE = "The miner said its revenue rose 12% to $300 million in 2024 on higher lithium prices."
PLAN_NAME = "The Action Plan names 17 projects in Germany, France and Italy for 2025."


def test_a_share_transaction_is_not_held_by_the_money_gate() -> None:
    for sent in (SALE, ISSUE):
        assert D.held_by_gate(sent) == [], sent
        assert D._readable(sent) is not None, sent


def test_a_share_price_move_is_still_held() -> None:
    assert D.held_by_gate(MOVE) == ["money"]
    assert D._readable(MOVE) is None
    # a transaction next to a move: the move keeps the gate closed
    assert D.held_by_gate(SALE_AND_MOVE) == ["money"]


def test_a_money_word_inside_a_proper_name_does_not_hold_a_sentence() -> None:
    assert D._readable(TAX_AGENCY) is not None
    assert D.held_by_gate(REVENUE) == ["money"]
    # a company's revenue, sentence first and capitalised, is no name
    assert D.held_by_gate("Revenue rose 12% to $300 million in 2024 at the lithium miner.") == ["money"]


def test_a_plan_named_as_a_plan_stays_in_the_plan_gate() -> None:
    raw = D._DET_TOKEN.findall(PLAN_NAME)
    assert "plan" in D._gate_set(PLAN_NAME, raw, D._tokens(PLAN_NAME, raw=raw))


def test_the_exemptions_can_be_switched_off(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(D, "_DET_EXEMPT_DEALS", False)
    monkeypatch.setattr(D, "_DET_EXEMPT_NAMES", False)
    assert D.held_by_gate(SALE) == ["money"]
    assert D._readable(TAX_AGENCY) is None
