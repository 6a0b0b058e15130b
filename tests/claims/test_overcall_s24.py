"""Over-calls of event claims (twenty-fourth session), labelling rule 9: an event the table does
not hold stays unverifiable, however many cues it shares with a row.

* A sentence that names no kind of measure, no name of a row and only a year ("The permits were
  issued in 2019") shares a year and at most a commodity with a row of that year: it does not
  name the row's act.
* An offtake or supply deal between firms is a sale of output: only a row that records a sale
  (an offtake, a purchase, a price floor) can be it, not a government loan to, or a stake in, one
  of the firms.

Expected verdicts follow from the rules and the rows of ``events.csv`` (their types and text), not
from the checker's output.
"""

from __future__ import annotations

import csv

import pytest

from critmin.claims import check
from critmin.claims.event_matcher import candidates, read_sentence, row_index
from critmin.claims.verdict import _OFFTAKE_SAID, _records_sale
from critmin.dataset import DATA_DIR

_ILUKA = ("Australia has lent Iluka Resources A$1.65 billion for its Eneabba rare earths refinery. "
          "Iluka mined 600,000 tonnes of mineral sands concentrate last year.")


def _row(event_id: str) -> dict[str, str]:
    with (DATA_DIR / "events.csv").open(encoding="utf-8", newline="") as fh:
        return next(r for r in csv.DictReader(fh) if r["event_id"] == event_id)


def _verdicts(sentence: str, context: str, day: str) -> list[str]:
    res = check(f"{context}\n\n{sentence}", date=day)
    return [c.verdict.verdict for c in res.checks if c.claim.span[0] > len(context)]


# -- a year alone, no kind of measure ------------------------------------------------------------

@pytest.mark.parametrize("sentence, day", [
    # Malaysia's Lynas licence row of August 2019 shares the year and rare earths, nothing else
    ("Two emergency declarations on rare earths were issued in 2019, ordering studies of domestic supply.",
     "2025-10-14"),
    # a firm's act of a year in which the table holds other firms' rare-earth events
    ("The company's rare earths pilot plant was commissioned in 2022.", "2024-12-23"),
])
def test_a_year_alone_names_no_row(sentence: str, day: str) -> None:
    assert "supported" not in _verdicts(sentence, "Rare earths are used in magnets.", day)


def test_a_year_with_the_act_named_still_matches() -> None:
    # the Inflation Reduction Act is a row (2022-08-16): its name and the year settle it
    got = _verdicts("The Inflation Reduction Act was signed into law in 2022.",
                    "Lithium and graphite are battery materials.", "2023-06-01")
    assert "supported" in got


# -- offtake and supply deals ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Lindian signed a 15-year offtake agreement with Iluka earlier this year.",
    "ASX-listed Iluka has inked a binding long-term supply agreement with a fellow Australian miner.",
    "The company has signed several agreements to secure feedstock for its refinery.",
    "The purchase agreement covers 6,000 tonnes of concentrate a year.",
])
def test_an_offtake_is_recognised(text: str) -> None:
    assert _OFFTAKE_SAID.search(text)


@pytest.mark.parametrize("text", [
    "Iluka agreed a A$400 million loan with the government.",
    "The offtake rights go to both governments.",   # rights of a framework, not a deal of its own
    "Supply chains remain tight.",
])
def test_other_deals_are_not_offtakes(text: str) -> None:
    assert not _OFFTAKE_SAID.search(text)


@pytest.mark.parametrize("event_id, sale", [
    ("us-2025-07-10-dod-mp-offtake", True),        # "DoD to buy all magnets", offtake
    ("us-2025-07-10-dod-mp-price-floor", True),    # a price floor is a sale's term
    ("aus-2024-12-iluka-additional-loan", False),  # a government loan
    ("jpn-aus-2023-03-07-jare-lynas-a200m", False),  # an equity contribution
])
def test_rows_that_record_a_sale(event_id: str, sale: bool) -> None:
    assert _records_sale(_row(event_id)) is sale


def test_a_firms_offtake_is_not_the_governments_loan() -> None:
    # the loan row (aus-2024-12-iluka-additional-loan) names Iluka and Australia, but records no sale
    got = _verdicts("Lindian also signed a 15-year offtake agreement with Australia's Iluka Resources "
                    "earlier this year.", _ILUKA, "2025-10-02")
    assert "supported" not in got


def test_the_matcher_drops_rows_that_record_no_sale() -> None:
    with (DATA_DIR / "events.csv").open(encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    idx = row_index(table, str(DATA_DIR))
    loan = "aus-2024-12-iluka-additional-loan"

    def rows(sentence: str) -> set[str]:
        r = read_sentence(sentence, "2026-01-15", str(DATA_DIR), "open_event")
        return {idx.events[i]["event_id"] for i in candidates(r, idx)}

    # the loan row is a candidate of a sentence on Iluka's refinery, not of one on Iluka's supply deal
    assert loan in rows("Iluka has secured more government money for its Eneabba refinery.")
    got = rows("Iluka has inked a binding long-term supply agreement with Lindian for its Eneabba refinery.")
    assert loan not in got
    assert all(_records_sale(idx.events[i]) or idx.events[i].get("type") == "legislation"
               for i in range(len(idx.events)) if idx.events[i]["event_id"] in got)


@pytest.mark.parametrize("sentence", [
    "China has begun issuing general licences for rare-earth exports.",
    "Beijing granted export licences to three magnet makers.",
    "The commerce ministry is approving more licences for magnet exports.",
])
def test_licences_given_verb_first_name_the_licence_kind(sentence: str) -> None:
    # the kind of a licence_grant row is named with the verb before the noun too
    from critmin.claims import event_signatures as es
    assert es._kind_named(sentence, ("licence",))


def test_licences_required_are_not_licences_given() -> None:
    from critmin.claims import event_signatures as es
    assert not es._kind_named("Exporters must now apply for licences to ship seven rare earths.", ("licence",))
