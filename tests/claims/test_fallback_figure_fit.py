"""Sentences of the learned fallback read from the figures they state (fallback_figures.py).

Sentences written for this test; reference values from MCS 2025 (published 2025-01-31): world
rare-earth mine output 390,000 t in 2024; Russia 2,500 t; Congo (Kinshasa) 220,000 t of cobalt in 2024."""

from __future__ import annotations

from critmin.claims.fallback_figures import fallback_figure_verdict
from critmin.claims.model import Claim
from critmin.claims.verdict import context

DAY = "2025-06-02"


def _judge(checker, sentence: str, commodity: str | None = None) -> str:
    idx = checker.index
    current = idx.current_editions(DAY)
    c = Claim(sentence=sentence, span=(0, len(sentence)), kind="quantity", text=sentence,
              sentence_span=(0, len(sentence)))
    out = fallback_figure_verdict(c, idx, DAY, current, context(idx, DAY, current), checker.data_dir,
                                  article_commodity=commodity)
    return out[1].verdict if out else "kept"


def test_a_figure_the_current_edition_holds_is_supported(checker) -> None:
    assert _judge(checker, "Mined output of rare earths in Russia came in at 2,500 tonnes in 2024.") == "supported"
    # a figure of no country: the world's, when it is the world total
    assert _judge(checker, "During 2024, output rose to some 390 thousand tons.", "rare_earths") == "supported"


def test_a_figure_the_data_do_not_hold_keeps_the_fallback_verdict(checker) -> None:
    assert _judge(checker, "Mined output of rare earths in Russia came in at 3,100 tonnes in 2024.") == "kept"
    # no commodity named and none given by the article
    assert _judge(checker, "During 2024, output rose to some 390 thousand tons.") == "kept"
    # plans, forecasts and money are not read
    assert _judge(checker, "Russia plans to mine 2,500 tonnes of rare earths in 2024.") == "kept"
    assert _judge(checker, "Congo's cobalt output of 220,000 tonnes was worth $5 billion last year.") == "kept"
