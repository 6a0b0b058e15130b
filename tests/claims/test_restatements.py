"""Twenty-sixth session: sentences re-telling an event the learned matcher called in another sentence of
the article (``critmin.claims.restatements``). The texts are invented (written after the shape of a
readable article on the United States-Japan framework of 28 October 2025, a row of events.csv)."""

from __future__ import annotations

import pytest

from critmin.claims import Checker
from critmin.claims import restatements as rs
from critmin.claims.model import ClaimCheck, Evidence, Verdict

DAY = "2025-10-29"
ROW = "us-jpn-2025-10-28-framework"
#: the first sentence names a term of the framework the matcher links to the row (no rule cites it)
FIRST = ("The U.S. and Japan will implement measures within six months of initiating this framework to provide "
         "financial support for selected projects.")
RETOLD = ("Recognizing their significance, the United States and Japan have entered into a collaborative framework "
          "aimed at bolstering the supply of these vital resources.")
OTHERS = ("Recognizing their significance, Canada and Germany have entered into a collaborative framework "
          "aimed at bolstering the supply of these vital resources.")


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.from_store()


def _verdicts(checker: Checker, text: str) -> dict[str, tuple[str, list[str], str]]:
    res = checker.check(text, DAY)
    return {c.claim.sentence.strip(): (c.verdict.verdict, [e.edition or "" for e in c.verdict.evidence],
                                       c.verdict.explanation) for c in res.checks}


def test_a_retold_event_takes_the_row_the_matcher_called(checker: Checker, monkeypatch: pytest.MonkeyPatch) -> None:
    got = _verdicts(checker, FIRST + "\n\n" + RETOLD)
    assert got[FIRST][:2] == ("supported", [ROW])  # the first pass of the matcher
    verdict, rows, why = got[RETOLD]
    assert (verdict, rows) == ("supported", [ROW])
    assert "re-tells" in why
    monkeypatch.setattr(rs, "RESTATEMENTS", False)
    assert _verdicts(checker, FIRST + "\n\n" + RETOLD)[RETOLD][0] == "unverifiable"


def test_another_partys_framework_is_not_a_restatement(checker: Checker) -> None:
    got = _verdicts(checker, FIRST + "\n\n" + OTHERS)
    assert got[FIRST][:2] == ("supported", [ROW])
    assert got[OTHERS][0] == "unverifiable"


def test_matcher_rows_reads_only_the_matchers_calls() -> None:
    def check(row: str, explanation: str) -> ClaimCheck:
        ev = Evidence(edition=row, source_id="", commodity="", measure="event", country="", year=None, value=None,
                      unit="", published="", locator="", current=True)
        return ClaimCheck(None, Verdict("supported", explanation, [ev]))  # type: ignore[arg-type]

    checks = [check("a-row", "A row: in the events table, dated 2025-01-01 (matched by the learned event matcher, "
                             "probability 0.80: ...)"),
              check("b-row", "B row: date 2025-01-02 (stated 2025-01-02)")]
    assert rs.matcher_rows(checks) == frozenset({"a-row"})
