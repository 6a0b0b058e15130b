"""Quota figures checked against the quota rows of the events table (README rule 9).

Production and export quotas ("the mining quota was set at 135,000 t", "exports capped at
18,125 t", "a 12.5% increase from the previous year's quota") are policy ceilings, not output:
the statistical editions never hold them. The events table does: a row of type ``quota``
records the quota's tonnage (``quantity``) and, in its title, ``what_changed`` and ``detail``
cells, the batches, totals and year-on-year changes its source gives. Labelling rule 9 (and
the eleventh session's reading that figures derived from a row's cells count as held) makes
such a figure `supported` when a quota row dated on or before the article holds it:

* a tonnage matches when a figure of the row lies in the stated figure's interval (rule 5:
  its rounding and hedge);
* a percentage change matches when the row states that percentage with the same direction,
  or when two figures of the same commodity's quota rows of consecutive years give it
  (e.g. 270,000 t against 255,000 t: +5.9%), at the stated figure's rounding.

A figure no quota row holds is left to the caller (it stays `unverifiable`): a batch, total
or company allocation the table does not record cannot be told apart from a wrong one. Pure
computation: the rows come in as dicts.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Mapping
from typing import Any

from critmin.claims.model import Claim, Evidence, Verdict

__all__ = ["QUOTA_CONTEXT", "quota_rows", "quota_verdict"]

#: a sentence about a quota or cap ("quota", "capped at", "caps annual exports", "allowed to ship",
#: "will allow exports of")
QUOTA_CONTEXT = re.compile(r"\b(?:quotas?|capped|caps?|allow(?:ed|s)?\s+(?:to\s+)?(?:ship|export)\w*)\b", re.I)
#: tonnages written in a row's cells ("127,000 t", "13,850 t")
_TONNES = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*t\b")
#: percentages written in a row's cells, with the words that give their direction
_PERCENT = re.compile(r"(?P<before>\b(?:down|cut|fell|lower)\s+(?:about\s+|by\s+)?|[+\-\u2212])?"
                      r"(?P<num>\d+(?:\.\d+)?)\s*%(?P<after>\s+(?:below|lower|less|down))?", re.I)
_CELLS = ("title", "what_changed", "detail")


def _year(e: Mapping[str, Any]) -> int | None:
    """The year a quota row is for: its end date's year, else its date's."""
    for key in ("end_date", "date"):
        m = re.match(r"(\d{4})", str(e.get(key) or ""))
        if m:
            return int(m.group(1))
    return None


def quota_rows(events: Iterable[Mapping[str, Any]] | None, claim: Claim, day: str) -> list[Mapping[str, Any]]:
    """Quota rows of the claim's commodity (and country, when the claim names one), dated on
    or before the article (a month or year row counts from its first day)."""
    out = []
    for e in events or ():
        if str(e.get("type") or "").lower() != "quota":
            continue
        date = str(e.get("date") or "")
        if not date or date > day:
            continue
        coms = {c.strip() for c in str(e.get("commodities") or "").split(";")}
        if claim.commodity not in coms:
            continue
        actors = {a.strip() for a in str(e.get("actors") or "").split(";")}
        if claim.country and claim.country != "WLD" and claim.country not in actors:
            continue
        out.append(e)
    return out


def _near_year(claim: Claim, e: Mapping[str, Any]) -> bool:
    """A row for the claim's year or the one either side of it (a claim's year is often the
    year the change is measured from); any row when the claim names no year."""
    y = _year(e)
    return claim.year is None or y is None or abs(y - claim.year) <= 1


def _tonnages(e: Mapping[str, Any]) -> list[float]:
    vals: list[float] = []
    q = e.get("quantity")
    if q not in (None, "") and str(e.get("unit") or "t") == "t":
        with contextlib.suppress(TypeError, ValueError):
            vals.append(float(q))
    for cell in _CELLS:
        for m in _TONNES.finditer(str(e.get(cell) or "")):
            vals.append(float(m.group(1).replace(",", "")))
    return vals


def _percents(e: Mapping[str, Any]) -> list[float]:
    """Signed percentages (as fractions) written in a row's cells."""
    out = []
    for cell in _CELLS:
        for m in _PERCENT.finditer(str(e.get(cell) or "")):
            before, after = (m.group("before") or "").strip().lower(), m.group("after")
            neg = bool(after) or before in ("-", "\u2212") or before[:4] in ("down", "cut ", "fell", "lowe")
            out.append((-1 if neg else 1) * float(m.group("num")) / 100)
    return out


def _evidence(e: Mapping[str, Any], value: float | None, unit: str) -> Evidence:
    return Evidence(edition=str(e.get("event_id") or ""), source_id=str(e.get("source_id") or ""),
                    commodity=str(e.get("commodities") or ""), measure="quota",
                    country=str(e.get("actors") or ""), year=_year(e), value=value, unit=unit,
                    published=str(e.get("date") or "")[:10], locator=str(e.get("title") or ""), current=True)


#: the direction of a quota move told without its size ("quotas increased year on year", "China raised
#: its quotas", "cut the quota")
_UP_WORD = re.compile(r"\b(?:increas\w*|rais\w*|rose|rise[sn]?|rising|grew|grow\w*|hik\w*|boost\w*|up|higher"
                      r"|expand\w*)\b", re.I)
_DOWN_WORD = re.compile(r"\b(?:cut|cuts|cutting|reduc\w*|lower\w*|decreas\w*|fell|fall\w*|drop\w*|slash\w*|trimm?\w*"
                        r"|down|declin\w*|shrank|shrunk)\b", re.I)


_QUOTA_WORD = re.compile(r"\bquotas?\b", re.I)
#: a batch or part of a year: "for the first half", "the second batch", "in the first quarter"
_PART_OF_YEAR = re.compile(r"\b(?:first|second|third|fourth)\s+(?:half|batch|tranche|round|quarter)\b|\bH[12]\b"
                           r"|\bhalf[\s-]year\b", re.I)


def _direction(claim: Claim) -> int:
    """+1 or -1: the direction the claim's own words give its quota move (0 when they give none or both)."""
    words = claim.text or ""
    up, down = bool(_UP_WORD.search(words)), bool(_DOWN_WORD.search(words))
    return 0 if up == down else (1 if up else -1)


#: a percentage that a row states as a change: a sign ("+21.4%", "-11.4%") or a direction word next to it
#: ("raised 20%", "cut about 40%", "35% below", "up 5.9%"), not a share ("10% of future volumes")
_CHANGE_PERCENT = re.compile(
    r"(?P<sign>[+\-\u2212])(?P<n1>\d+(?:\.\d+)?)\s*%"
    r"|\b(?P<verb>raised|increased|up|rose|higher|cut|lowered|reduced|down|fell)\s+(?:about\s+|by\s+|some\s+)?"
    r"(?P<n2>\d+(?:\.\d+)?)\s*%"
    r"|(?P<n3>\d+(?:\.\d+)?)\s*%\s+(?P<rel>below|lower|less|down|above|higher|more|up)\b", re.I)


def _changes(e: Mapping[str, Any]) -> list[float]:
    """Signed changes (as fractions) that a row's cells state as changes (:data:`_CHANGE_PERCENT`)."""
    out = []
    for cell in _CELLS:
        for m in _CHANGE_PERCENT.finditer(str(e.get(cell) or "")):
            if m.group("sign"):
                out.append((-1 if m.group("sign") != "+" else 1) * float(m.group("n1")) / 100)
            elif m.group("verb"):
                neg = m.group("verb").lower() in ("cut", "lowered", "reduced", "down", "fell")
                out.append((-1 if neg else 1) * float(m.group("n2")) / 100)
            else:
                neg = m.group("rel").lower() in ("below", "lower", "less", "down")
                out.append((-1 if neg else 1) * float(m.group("n3")) / 100)
    return out


def _direction_verdict(claim: Claim, rows: list[Mapping[str, Any]]) -> Verdict | None:
    """A quota move of unstated size ("China's rare earth production quotas increased year on year",
    nineteenth session): README rule 12 checks a direction by the sign of the change, and rule 9 takes
    the quota rows of the events table as the data. The year is the claim's, else the latest year whose
    rows state a change; the rows of that year must state changes of one sign. `supported` when it is the
    claim's direction, `refuted` when it is the other; None when no row of the year states a change."""
    # (output that moved beside a quota is output's: "stricter quotas saw production fall")
    want = _direction(claim) if claim.measure == "quota" or _QUOTA_WORD.search(claim.text or "") else 0
    if not want or _PART_OF_YEAR.search(claim.sentence):
        return None  # "raised its quota for the first half": a batch, which the year's change does not settle
    signed = [(y, p, e) for e in rows if (y := _year(e)) is not None for p in _changes(e) if p]
    if claim.year is not None:
        signed = [t for t in signed if t[0] == claim.year]
    elif signed:
        last = max(y for y, _p, _e in signed)
        signed = [t for t in signed if t[0] == last]
    signs = {1 if p > 0 else -1 for _y, p, _e in signed}
    if len(signs) != 1:
        return None
    y, p, e = max(signed, key=lambda t: str(t[2].get("date") or ""))  # the latest row: the year's total
    got = signs.pop()
    verdict = "supported" if got == want else "refuted"
    return Verdict(verdict, f"the events table records the {y} quota's change: {e.get('title')} "
                   f"({p * 100:+.1f}%, dated {str(e.get('date'))[:10]}); stated {'a rise' if want > 0 else 'a fall'}",
                   [_evidence(e, None, "percent")], edition=str(e.get("event_id") or ""))


def quota_verdict(claim: Claim, rows: list[Mapping[str, Any]], interval: tuple[float, float] | None,
                  change_tol: float | None) -> Verdict | None:
    """`supported` when a quota row holds the claim's tonnage (``interval``, in tonnes) or its
    percentage change (``claim.change`` within ``change_tol``); None when no row holds it."""
    if not rows:
        return None
    if claim.kind == "quantity" and interval is not None:
        lo, hi = interval
        mid = (lo + hi) / 2 if hi != float("inf") and lo != float("-inf") else (hi if lo == float("-inf") else lo)
        hits = [(v, e) for e in rows if _near_year(claim, e) for v in _tonnages(e) if lo <= v <= hi]
        if not hits:
            return None
        v, e = min(hits, key=lambda h: (abs((_year(h[1]) or 0) - (claim.year or _year(h[1]) or 0)), abs(h[0] - mid)))
        return Verdict("supported", f"the events table records the quota: {e.get('title')} "
                       f"({v:,.0f} t, dated {str(e.get('date'))[:10]})",
                       [_evidence(e, v, "t")], edition=str(e.get("event_id") or ""))
    if claim.kind == "change" and claim.change is None:
        return _direction_verdict(claim, rows)
    if claim.kind != "change" or claim.change is None or change_tol is None:
        return None
    want = claim.change
    found: list[tuple[float, Verdict]] = []
    for e in rows:
        if not _near_year(claim, e):
            continue
        for p in _percents(e):
            if abs(p - want) <= change_tol:
                found.append((abs(p - want), Verdict(
                    "supported", f"the events table records the quota's change: {e.get('title')} "
                    f"({p * 100:+.1f}%, dated {str(e.get('date'))[:10]})",
                    [_evidence(e, None, "percent")], edition=str(e.get("event_id") or ""))))
    by_year: dict[int, list[tuple[float, Mapping[str, Any]]]] = {}
    for e in rows:
        y = _year(e)
        if y is not None:
            by_year.setdefault(y, []).extend((v, e) for v in _tonnages(e))
    for y, now in by_year.items():
        if claim.year is not None and not (claim.year - 1 <= y <= claim.year + 1):
            continue
        for v1, e1 in now:
            for v0, e0 in by_year.get(y - 1, ()):
                if v0 > 0 and abs(v1 / v0 - 1 - want) <= change_tol:
                    found.append((abs(v1 / v0 - 1 - want), Verdict(
                        "supported", f"the events table's quotas give {v0:,.0f} t ({y - 1}) -> "
                        f"{v1:,.0f} t ({y}), {(v1 / v0 - 1) * 100:+.1f}%",
                        [_evidence(e0, v0, "t"), _evidence(e1, v1, "t")], edition=str(e1.get("event_id") or ""))))
    return min(found, key=lambda f: f[0])[1] if found else None
