"""A recorded programme named by its proper name: an act, a reserve, a fund, a plan.

"The Critical Minerals Strategic Reserve, set up last year with $1.2 billion", "the EU's Critical
Raw Materials Act, in force since May 2024, aims at 10% ... 40% ... 25%": the sentence names
one row of ``events.csv`` by the proper name its title holds ("Australia's Critical Minerals
Strategic Reserve", "EU Critical Raw Materials Act adopted"). When it also states the
programme's creation (established, set up, adopted, in force ...) or one of the figures the
row records (its quantity, or a money or percent figure of its ``detail``), it is an event
claim about that row (labelling rule 9): supported when the row is dated on or before the
article (and the date the sentence gives, if any, is the row's or its effective date),
partly supported with a wrong date, unverifiable when the row is dated after the article.
Other details the row does not hold do not change the verdict (rule 13). A name that
several rows share ("Reconstruction Investment Fund": the signing, the documents, the entry
into force) names none of them on its own, unless the sentence names the country of exactly
one of them ("Canada's Critical Minerals Strategy" beside Australia's and the UK's), and a name only framing something else ("the
projects listed under the Act") is no claim of its creation. An acronym counts when the article
defines it right after the name ("Critical Raw Materials Act (CRMA)").
"""

from __future__ import annotations

import contextlib
import csv
import re
from functools import cache
from pathlib import Path
from typing import Any

from critmin.claims.model import Claim, Evidence, Verdict

__all__ = ["named_claim", "named_gate", "named_verdict"]

#: the nouns that end the proper name of a programme in an event title
_PROGRAMME_NOUNS = ("Act", "Reserve", "Fund", "Facility", "Plan", "Programme", "Program", "Strategy")
_NAME_IN_TITLE = re.compile(
    r"(?:[A-Z][\w-]*\s+){1,5}(?:" + "|".join(_PROGRAMME_NOUNS) + r")\b")
#: the creation of a programme, or its being in force
_CREATED = re.compile(
    r"\b(?:establish(?:ed|es|ing)?|set\s+up|sets\s+up|created?|launch(?:ed|es)?|adopted|enacted|"
    r"(?:came|comes|entered|enters|went|goes)\s+into\s+force|in\s+force|took\s+effect|takes\s+effect)\b", re.I)
#: the name framing something else: "listed under the Act", "projects under the Act"
_FRAMED = re.compile(r"\b(?:under|within|through|via)\s+(?:the\s+)?(?:EU['\u2019]s\s+|new\s+|existing\s+)?$", re.I)
#: money and percent figures: "$1.2 billion", "A$1.2bn", "10%", "40 percent", "at most 65%"
_FIGURE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)\s*(?:(?P<pct>%|per\s*cent|percent)|(?P<scale>billion|bn|million|mn|m)\b)", re.I)
_SCALE = {"billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6}
#: a month and year, or a year after "in" or "since", that dates the programme
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTHS})\.?\s+(?P<y>20\d\d)\b")
_IN_YEAR = re.compile(r"\b(?:in|since)\s+(?P<y>20\d\d)\b(?!\s*[-\u2013]\s*\d)")
_MONTH_NO = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def _figures(text: str) -> set[tuple[str, float]]:
    """The money and percent figures of a text, as (kind, value)."""
    out: set[tuple[str, float]] = set()
    for m in _FIGURE.finditer(text):
        v = float(m.group("num"))
        if m.group("pct"):
            out.add(("percent", v))
        else:
            out.add(("money", v * _SCALE[m.group("scale").lower()]))
    return out


@cache
def _names(data_dir: str) -> tuple[tuple[str, tuple[dict[str, str], ...]], ...]:
    """(proper name, event rows) for every programme name the titles of events.csv hold: one row,
    or several of different countries ("Canada's Critical Minerals Strategy", "Australia's
    Critical Minerals Strategy"), told apart by the country the sentence names."""
    path = Path(data_dir) / "events.csv"
    if not path.exists():
        return ()
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    found: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        for m in _NAME_IN_TITLE.finditer(str(r.get("title") or "")):
            words = m.group(0).split()
            # the shortest tail of three words or more: "EU Critical Raw Materials Act" -> "Critical Raw Materials Act"
            while len(words) > 3 and (words[0].isupper() or words[0].endswith(("'s", "\u2019s"))):
                words = words[1:]
            if len(words) >= 3:
                found.setdefault(" ".join(words), []).append(r)
    titles = [str(r.get("title") or "") for r in rows]
    return tuple((n, tuple(rs)) for n, rs in sorted(found.items())
                 if sum(" ".join(n.split()[-3:]) in t for t in titles) == len(rs))


def _countries(row: dict[str, Any]) -> set[str]:
    return {c for c in str(row.get("actors") or "").split(";") if len(c) == 3 and c.isupper()}


def _row_named(rows: tuple[dict[str, str], ...], sent: str, data_dir: str) -> dict[str, str] | None:
    """The row a name means: its only row, or among rows of several countries the one row of a
    country the sentence names (none when the sentence names none of them, or several rows of it)."""
    if len(rows) == 1:
        return rows[0]
    from critmin.claims.extract import patterns, scan_entities

    named = {v for _, _, kind, v, _ in scan_entities(sent, patterns(data_dir)) if kind == "country"}
    mine = [r for r in rows if _countries(r) & named]
    return mine[0] if len(mine) == 1 else None


@cache
def _gate(data_dir: str) -> frozenset[str]:
    names = [n for n, _ in _names(data_dir)]
    return frozenset([n.split()[-1].lower() for n in names] + [_acronym(n).lower() for n in names])


def named_gate(words: frozenset[str], data_dir: str) -> bool:
    """Whether the sentence's words may name a programme (its last word, or its acronym)."""
    return not words.isdisjoint(_gate(data_dir))


@cache
def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(name)}\b")


@cache
def _defined_pattern(name: str) -> re.Pattern[str]:
    """The name followed by its acronym in brackets: "Critical Raw Materials Act (CRMA)"."""
    return re.compile(rf"{re.escape(name)}\s*\(\s*{re.escape(_acronym(name))}\s*\)")


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


def named_claim(text: str, start: int, end: int, article_date: str | None, data_dir: str) -> Claim | None:
    """The event claim of a recorded programme the sentence ``text[start:end]`` names, or None."""
    sent = text[start:end]
    for name, rows in _names(data_dir):
        m = _name_pattern(name).search(sent)
        if m is None:
            acr = _acronym(name)
            if len(acr) < 3 or acr not in sent or not _defined_pattern(name).search(text):
                continue
            m = _name_pattern(acr).search(sent)
            if m is None:
                continue
        row = _row_named(rows, sent, data_dir)
        if row is None:
            continue
        held = _figures(" ".join(str(row.get(k) or "") for k in ("detail", "what_changed")))
        q = str(row.get("quantity") or "")
        if q:
            with contextlib.suppress(ValueError):
                held.add(("percent" if row.get("unit") == "percent" else "money", float(q)))
        said = _figures(sent)
        matched = sorted(said & held)
        framed = _FRAMED.search(sent, max(0, m.start() - 30), m.start()) is not None
        created = _CREATED.search(sent) is not None and not framed
        if not matched and not created:
            continue
        dates: list[tuple[str, str]] = []
        for dm in _MONTH_YEAR.finditer(sent):
            dates.append((f"{dm.group('y')}-{_MONTH_NO[dm.group('m').lower()[:3]]:02d}", "month"))
        if not dates and created:
            dates = [(ym.group("y"), "year") for ym in _IN_YEAR.finditer(sent)]
        if article_date:
            dates = [(d, p) for d, p in dates if d[:len(d)] <= article_date[:len(d)]]
        ev: dict[str, Any] = {"type": "named", "named_event": str(row.get("event_id") or ""), "name": name,
                              "figures": [f"{v:g}%" if k == "percent" else f"{v:,.0f}" for k, v in matched],
                              "dates": dates, "created": created, "actors": [], "commodities": []}
        return Claim(sentence=sent, span=(start + m.start(), start + m.end()), kind="event", text=m.group(0),
                     sentence_span=(start, end), subject=name, event=ev)
    return None


def _event_dates(e: dict[str, Any]) -> list[str]:
    return [str(e.get(k) or "")[:10] for k in ("date", "effective_date") if e.get(k)]


def named_verdict(claim: Claim, events: list[dict[str, Any]] | None, on: str | None) -> Verdict:
    """The verdict on a programme named by its proper name (see the module)."""
    ev = claim.event or {}
    e = next((r for r in events or () if str(r.get("event_id") or "") == ev.get("named_event")), None)
    if e is None:
        return Verdict("unverifiable", f"no row of the events table for {ev.get('name')}",
                       needs=f"{ev.get('name')} as a row of events.csv")
    title = str(e.get("title") or e.get("event_id"))
    edate = str(e.get("date") or "")[:10]
    evid = [Evidence(edition=str(e.get("event_id") or ""), source_id=str(e.get("source_id") or ""),
                     commodity=str(e.get("commodities") or ""), measure="event",
                     country=str(e.get("actors") or ""), year=None, value=None, unit="",
                     published=edate, locator=title, current=True)]
    if on and edate and edate[:len(on[:10])] > on[:10][:len(edate)]:
        return Verdict("unverifiable", f"{title} is recorded only from {edate}, after the article", evid,
                       needs=f"{ev.get('name')} as it stood on the article's date")
    rights = [f"recorded figures {', '.join(ev.get('figures') or [])}"] if ev.get("figures") else []
    problems: list[str] = []
    got = _event_dates(e)
    for d, _p in ev.get("dates") or []:
        ok = any(g[:len(d)] == d[:len(g)] for g in got)
        (rights if ok else problems).append(f"date {' / '.join(got)} (stated {d})")
    if problems and rights:
        return Verdict("partly_supported", f"{title}: " + "; ".join(rights + problems), evid)
    if problems:
        return Verdict("partly_supported", f"{title}: the programme is right; " + "; ".join(problems), evid)
    return Verdict("supported", f"{title}: in the table, dated {edate}" + (f"; {'; '.join(rights)}" if rights else ""),
                   evid)
