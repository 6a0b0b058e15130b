"""Memos of an event row (its figure parts, dates and parties) and the company-deal gate change nothing:

* ``event_terms._figure_parts`` reads a row's parts, percents, tonnages and words of a fall once
  per row (``_row_parts``): the same parts as testing every part of the row's text per claim;
* ``verdict._event_dates`` and ``verdict._event_parties`` are found once per row: the same
  answers as reading the row, and a new row object never takes another row's answer;
* ``event_terms.company_deal_elsewhere`` skips no row when the sentence names no company and no
  country where a firm is based (the event judge then does not ask it).

The rows and claims are invented (no labelled sentence, country or figure).
"""

from __future__ import annotations

import contextlib
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from critmin.claims import event_terms as et
from critmin.claims import verdict as vd
from critmin.claims.model import Claim
from critmin.dataset import DATA_DIR

DD = str(DATA_DIR)


def _plain_figure_parts(claim: Claim, e: dict[str, Any]) -> list[tuple[str, str]]:
    """``_figure_parts`` as it read every part of the row per claim (before the memo)."""
    if claim.value is None and claim.kind != "change":
        return []
    half = claim.precision if claim.precision is not None else 0.0
    factor = et._TONNE_FACTORS.get(claim.unit or "")
    if claim.kind == "share" and claim.unit == "percent":
        def held(part: str) -> bool:
            return any(abs(float(p) - (claim.value or 0.0)) <= half + 1e-9 for p in et._PERCENT.findall(part))
    elif claim.kind == "change" and claim.change is not None and claim.value is None:
        size, up = abs(claim.change) * 100, claim.change > 0

        def held(part: str) -> bool:
            if bool(et._DOWN_WORDS.search(part)) == up:
                return False
            return any(abs(float(p) - size) <= max(100 * (claim.precision or 0.0), et._half_unit(p)) + 1e-9
                       for p in et._PERCENT.findall(part))
    elif claim.kind == "quantity" and factor is not None:
        def held(part: str) -> bool:
            return any(abs(t - (claim.value or 0.0) * factor) <= half * factor + 1e-9 for t in et._tonnages(part))
    else:
        return []
    out = [(f, part) for f in ("title", "what_changed", "detail", "note") if e.get(f)
           for part in et._ROW_PARTS.split(str(e[f])) if held(part)]
    if not out and factor is not None and claim.kind == "quantity" and str(e.get("unit") or "") == "t":
        quantity, value = e.get("quantity"), claim.value
        if quantity is not None and value is not None:
            with contextlib.suppress(ValueError):
                if abs(float(str(quantity)) - value * factor) <= half * factor + 1e-9:
                    out.append(("quantity", str(e.get("title") or "")))
    return out


PIECES = ["Ruritania", "lowered", "quota", "down", "cut", "up", "rose", " 7%", " 7.5 percent", " 12 per cent",
          " 3,400 t", " 3.4 kt", " 0.0034 Mt", " 3400 tonnes", " 19%", " 18.5%", " less", "; ", ", ", ". ", "(", ")",
          " to Osterlich", " in 2031", " initial", " below"]
row_texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=200, deadline=None)
@given(title=row_texts, detail=row_texts, note=row_texts, quantity=st.sampled_from([None, "3400", "12", "x"]),
       kind=st.sampled_from(["share", "change", "quantity", "rank"]),
       value=st.sampled_from([None, 7.0, 7.5, 12.0, 19.0, 3400.0, 3.4]),
       unit=st.sampled_from(["percent", "t", "kt", "Mt", None]),
       precision=st.sampled_from([None, 0.5, 0.05, 50.0]),
       change=st.sampled_from([None, 0.19, -0.185, 0.07, -0.12]))
def test_figure_parts_read_once_per_row_equal_the_plain_reading(title: str, detail: str, note: str,
                                                                quantity: str | None, kind: str,
                                                                value: float | None, unit: str | None,
                                                                precision: float | None, change: float | None) -> None:
    row = {"title": title, "detail": detail, "note": note, "quantity": quantity, "unit": "t"}
    claim = Claim(sentence="Ruritania's figure.", span=(0, 1), kind=kind, value=value, unit=unit,
                  precision=precision, change=change)
    assert et._figure_parts(claim, row) == _plain_figure_parts(claim, row)
    assert et._figure_parts(claim, row) == _plain_figure_parts(claim, row)  # (the second time from the memo)


def test_a_new_row_never_takes_the_parts_or_dates_of_another() -> None:
    claim = Claim(sentence="x", span=(0, 1), kind="share", value=31.0, unit="percent", precision=0.5)
    for n in range(50):  # (new dicts, some at the address of one freed before them)
        row = {"title": f"Osterlich supplies {n}% of tin", "date": f"20{10 + n % 20}-0{1 + n % 9}-1{n % 10}",
               "date_precision": "month" if n % 3 else "day", "effective_date": "2031-05-06" if n % 2 else "",
               "actors": "OST;RUR" if n % 2 else "OST", "targets": "XYZ" if n % 4 == 1 else "", "imposed_by": ""}
        assert et._figure_parts(claim, row) == _plain_figure_parts(claim, row)
        assert vd._event_dates(row) == vd._read_event_dates(row)
        cells = ";".join(str(row.get(k) or "") for k in ("actors", "imposed_by", "targets"))
        assert vd._event_parties(row) == {x.strip() for x in cells.split(";") if x.strip().isupper() and len(x.strip()) == 3}
        del row


def test_no_company_and_no_firm_country_skips_no_deal_row() -> None:
    sent = "Ruritania and Osterlich agreed on 4 May 2031 to share their tin."
    assert et.deal_firms(sent, DD) == []
    for typ in sorted(et._DEAL_TYPES):
        row = {"type": typ, "actors": "OST", "date": "2031-05-04", "commodities": "tin"}
        assert et.company_deal_elsewhere(sent, {"actors": ["RUR", "OST"]}, row, DD) is False
