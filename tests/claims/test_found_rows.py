"""Twenty-sixth session: a sentence whose row the event rules found but compared nothing of ("... found,
but the claim states nothing the table records") is read by the learned event matcher
(``critmin.claims.found_rows``). Invented sentences about rows of events.csv (Malaysia's ten-year
renewal of Lynas Malaysia's operating licence, 2 March 2026; China's licences for seven medium and heavy
rare earths, 4 April 2025)."""

from __future__ import annotations

import pytest

from critmin.claims import Checker
from critmin.claims import found_rows as fr


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.from_store()


def _one(checker: Checker, text: str, day: str) -> tuple[str, list[str], str]:
    res = checker.check(text, day)
    assert len(res.checks) == 1
    v = res.checks[0].verdict
    return v.verdict, [e.edition or "" for e in v.evidence], v.explanation


def test_a_found_row_the_matcher_reads_as_reported_is_supported(checker: Checker,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Malaysia's government renewed the operating licence of Lynas Malaysia for a decade, starting tomorrow."
    verdict, rows, why = _one(checker, text, "2026-03-02")
    assert (verdict, rows) == ("supported", ["mys-2026-03-02-lynas-ten-year-licence"])
    assert "the rules found this row" in why
    monkeypatch.setattr(fr, "FOUND_ROWS", False)
    verdict, rows, why = _one(checker, text, "2026-03-02")
    assert verdict == "unverifiable" and fr.FOUND_WORDS in why


def test_a_negated_act_stays_unverifiable(checker: Checker) -> None:
    # the row is found (licences for medium and heavy rare earths) but the sentence says none was issued
    text = ("Since China's export licensing began, not a single licence has been issued to Indian magnet firms, "
            "despite 30 pending applications.")
    verdict, _, why = _one(checker, text, "2025-06-10")
    assert verdict == "unverifiable" and fr.FOUND_WORDS in why
