"""A share or tonnage that an event row states (event_terms.figures_in_event_rows, fourteenth
session): figures a row's cells state count as held (README rule 9). Invented sentences against
the row of the US ban on Russian low-enriched uranium (13 May 2024), whose detail states that
about 24% of the enriched uranium used by US plants came from Russia."""

from __future__ import annotations

import pytest

from critmin.claims.model import Claim

SAID = "Roughly {p} of the enriched uranium burned in American reactor plants came from Russia before the ban."


def shares(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "share"]


@pytest.mark.rules_only
@pytest.mark.parametrize(("share", "day", "verdict"), [
    ("24%", "2024-08-01", "supported"),      # the row states it
    ("30%", "2024-08-01", "unverifiable"),   # another figure: the row settles nothing
    ("24%", "2024-03-01", "unverifiable"),   # the row is dated after the article
])
def test_a_share_an_event_row_states(checker, share: str, day: str, verdict: str) -> None:
    got = shares(checker.check(SAID.format(p=share), day))
    assert got and got[0].verdict.verdict == verdict, [(c.verdict.verdict, c.verdict.explanation) for c in got]
    if verdict == "supported":
        assert got[0].verdict.evidence[0].edition == "us-2024-05-13-russian-uranium-import-ban"


@pytest.mark.rules_only
def test_the_same_figure_said_of_something_else_is_not_held(checker) -> None:
    # the percentage alone, with no words of the row's part around it, ties nothing
    got = shares(checker.check("Analysts reckon Russia mines 24% of the world's uranium.", "2024-08-01"))
    assert all(c.verdict.verdict != "supported" or "row states" not in c.verdict.explanation for c in got)


# a change an event row states, each figure at its own precision and in its direction: the
# first 2023 batch of China's rare-earth mining quota (24 March 2023) is "up 19%" on 2022's
MOVE = "The opening batch of this year's rare earth mining allowance {verb} {p} the first batch a year earlier."


@pytest.mark.rules_only
@pytest.mark.parametrize(("verb", "p", "verdict"), [
    ("climbed 19.05% over", "", "supported"),     # a finer figure read at the row's precision
    ("fell 19% from", "", "unverifiable"),        # the other direction
    ("climbed 25% over", "", "unverifiable"),     # another size
])
def test_a_change_an_event_row_states(checker, verb: str, p: str, verdict: str) -> None:
    got = [c for c in checker.check(MOVE.format(verb=verb, p=p).replace("  ", " "), "2023-05-01").checks
           if c.claim.kind == "change"]
    assert got and got[0].verdict.verdict == verdict, [(c.verdict.verdict, c.verdict.explanation) for c in got]


# a sum of money a deal or loan row states (fifteenth session): invented rows and sentences
_LOAN = {"event_id": "t-per-zn-loan", "date": "2027-03-10", "type": "investment", "actors": "PER;acme_zinc",
         "commodities": "zinc", "title": "Peru's development bank lends to Acme Zinc",
         "detail": "US$640 million senior loan plus A$85 million for working capital"}


def _money_claim(sentence: str, value: float, precision: float) -> Claim:
    at = sentence.index("$")
    return Claim(sentence=sentence, span=(at, at + 5), kind="quantity", sentence_span=(0, len(sentence)),
                 commodity="zinc", country="PER", value=value, unit="USD", precision=precision, measure="price")


@pytest.mark.parametrize(("sentence", "value", "precision", "day", "verdict"), [
    ("The development bank loan to Acme Zinc totals $640 million, the lender said.", 640e6, 5e6, "2027-05-01",
     "supported"),
    ("Acme Zinc also drew $85 million of working capital from the development bank.", 85e6, 0.5e6, "2027-05-01",
     "supported"),
    # another sum, a row dated after the article, the sum said of something else
    ("The development bank loan to Acme Zinc totals $700 million, the lender said.", 700e6, 5e6, "2027-05-01",
     "unverifiable"),
    ("The development bank loan to Acme Zinc totals $640 million, the lender said.", 640e6, 5e6, "2027-01-01",
     "unverifiable"),
    ("Acme Zinc booked $640 million of sales.", 640e6, 5e6, "2027-05-01", "unverifiable"),
])
def test_a_sum_an_event_row_states(sentence: str, value: float, precision: float, day: str, verdict: str) -> None:
    from critmin.claims.event_terms import figures_in_event_rows
    from critmin.claims.model import ClaimCheck, Verdict

    checks = [ClaimCheck(_money_claim(sentence, value, precision), Verdict("unverifiable", "no price series"))]
    figures_in_event_rows(checks, [_LOAN], day)
    assert checks[0].verdict.verdict == verdict, checks[0].verdict.explanation


# -- sixteenth session: a tonnage in a short part of the row ("About 280,000 t of ore in stockpiles",
# aus-2024-01-05-core-lithium-finniss-suspension) that the sentence ties to the row's own words
# elsewhere (its pit, mining, processing)
STOCK = "Core Lithium shut its Finniss pit, leaving roughly {t} tonnes of ore stockpiled to keep its processing plant running."


@pytest.mark.rules_only
@pytest.mark.parametrize(("tonnes", "day", "verdict"), [
    ("280,000", "2024-03-01", "supported"),      # the row states it
    ("410,000", "2024-03-01", "unverifiable"),   # another figure
    ("280,000", "2023-12-01", "unverifiable"),   # the row is dated after the article
])
def test_a_tonnage_a_short_part_of_an_event_row_states(checker, tonnes: str, day: str, verdict: str) -> None:
    got = [c for c in checker.check(STOCK.format(t=tonnes), day).checks if c.claim.kind == "quantity"]
    assert got and [c.verdict.verdict for c in got] == [verdict], [c.verdict.explanation for c in got]
