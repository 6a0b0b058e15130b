"""Public funding of companies and projects as event claims (issue 6, found on fresh
rare-earth articles): "the government will lend A$400 million more to Iluka", "the Pentagon
buys $400 million of MP Materials' preferred stock", "a price floor of $110 a kilogram".

A sentence is a funding claim when a public payer (a government, a defence department, an
export-credit agency) gives money through a named instrument (a loan, equity, an investment,
a grant, a price floor) and the sentence states the amount. Plans, programmes, budgets, costs,
company results and share prices are not (labelling rule 10 of the evaluation set).

The verdict compares the amount with the events table (``events.csv``): an event of the same
parties (a company or agency of ``actors.csv``, or a country and a commodity), dated on or
before the article, whose recorded quantity or detail gives that amount in that currency
supports the claim; an amount the table does not hold for those parties stays unverifiable (the
table may lack a tranche), never refuted.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path
from typing import Any

from critmin.claims import lexicon as _lx
from critmin.claims.model import Claim, Evidence, Verdict

__all__ = ["funding_claims", "funding_verdict"]

#: the public payer
_PAYER = re.compile(
    r"\b(?:governments?|(?:National\s+)?Development\s+Bank|state-owned\s+bank|Pentagon|Department\s+of\s+(?:Defen[cs]e|War|Energy)|DoD|DOE|Export\s+Finance\s+Australia|EFA"
    r"|Export-Import\s+Bank|EXIM|Development\s+Finance\s+Corporation|DFC|Treasury|Commonwealth)\b")
#: the instrument
_INSTRUMENT = re.compile(
    r"\b(?:loans?|lend(?:s|ing)?|lent|invest(?:s|ed|ing|ment)?|equity|preferred\s+stock|stock|stake|grants?|funding"
    r"|fund(?:s|ed)?|commit(?:s|ted|ting|ment)?|pledged|contribut(?:ed|es|ion)|price\s+floor|financing"
    # "seven letters of interest totalling US$2.2 billion", "a $1.2 billion strategic reserve", "stockpiling"
    r"|letters?\s+of\s+(?:interest|support)|strategic\s+(?:[\w-]+\s+){0,2}?reserve|stockpil(?:e|es|ing))\b", re.I)
#: what makes the money no measure taken: a plan, programme, cost, budget or market figure (rule 10)
_NOT_FUNDING = re.compile(
    r"\b(?:programs?|programmes?|schemes?|subsid(?:y|ies)|incentives?|outlay|budgets?|costs?|capex|revenues?"
    r"|profits?|market\s+cap(?:itali[sz]ation)?|valuation|valued|shares?\s+(?:rose|fell|surged|jumped|slumped)"
    r"|" + _lx.joined(_lx.without(_lx.PLAN_TO, r"planning\s+to"), "planning", _lx.PROPOSAL_WORDS, "considering", _lx.MODALS,
                      "seeks?|seeking") + r")\b", re.I)
_AMOUNT = re.compile(
    r"(?<![\w.])(?P<cur>A\$|AU\$|AUD\s?|US\$|USD\$|USD\s?|\$)\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>billion|bn|million|mn|m)\b)?"
    r"(?:\s*(?P<per>(?:per|a)\s+(?:kilogram|kg)|/\s*kg)\b)?", re.I)
_SCALES = {"billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6}
#: an amount written in an event's detail or title ("A$400 million (about US$257 million)")
_EVENT_AMOUNT = re.compile(
    r"(?P<cur>A\$|AU\$|US\$|\$)\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<scale>billion|million)\b")
_FUNDING_TYPES = ("investment", "price_floor", "agreement", "stockpile")


def _currency(cur: str) -> str:
    return "AUD" if cur.upper().startswith(("A$", "AU", "AUD")) else "USD"


def _digits_precision(num: str, scale: float) -> float:
    digits = num.replace(",", "")
    frac = digits.split(".")[1] if "." in digits else ""
    return 0.5 * 10 ** (-len(frac)) * scale


@cache
def _named_actors(data_dir: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Companies and agencies of ``actors.csv`` by name and alias (at least three letters)."""
    out: list[tuple[re.Pattern[str], str]] = []
    path = Path(data_dir) / "actors.csv"
    if not path.exists():
        return ()
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row.get("kind") not in ("company", "agency"):
                continue
            names = [row.get("name") or "", *(row.get("aliases") or "").split(";")]
            names = [n.strip() for n in names if len(n.strip()) >= 3]
            if names:
                alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                out.append((re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])"), row["actor_id"]))
    return tuple(out)


def funding_claims(text: str, start: int, end: int, countries: list[str], commodities: list[str],
                   data_dir: str) -> list[tuple[int, int, dict[str, Any]]]:
    """The funding claim of the sentence ``text[start:end]`` (at most one): its span (the
    amounts) and its event dict (``type`` "funding", amounts, parties, commodities)."""
    sent = text[start:end]
    if "$" not in sent or not _INSTRUMENT.search(sent) or _NOT_FUNDING.search(sent):
        return []
    payer = _PAYER.search(sent)
    if payer is None:
        return []
    amounts: list[tuple[float, str, float, bool]] = []
    spans: list[tuple[int, int]] = []
    for m in _AMOUNT.finditer(text, start + payer.end(), end):  # the payer first: "the government lends A$400m"
        per_kg = bool(m.group("per"))
        scale = _SCALES.get((m.group("scale") or "").lower())
        if not per_kg and scale is None:
            continue  # "$46 a share": no sum of public money
        value = float(m.group("num").replace(",", "")) * (scale or 1.0)
        amounts.append((value, _currency(m.group("cur")), _digits_precision(m.group("num"), scale or 1.0), per_kg))
        spans.append((m.start(), m.end()))
    if not amounts:
        return []
    parties = set(countries)
    for pat, actor in _named_actors(data_dir):
        if pat.search(sent):
            parties.add(actor)
    if not parties:
        return []
    ev: dict[str, Any] = {"type": "funding", "amounts": amounts, "actors": sorted(parties),
                          "commodities": sorted(set(commodities)), "price_floor": bool(re.search(r"price\s+floor", sent, re.I)),
                          "date": None, "count": None, "legal": None}
    return [(spans[0][0], spans[-1][1], ev)]


def _event_amounts(e: dict[str, Any]) -> list[tuple[float, str, bool]]:
    """The sums an event records: its quantity in ``USD_million``/``USD/kg`` and the amounts
    its detail, title or description spell out."""
    out: list[tuple[float, str, bool]] = []
    unit = str(e.get("unit") or "")
    raw = e.get("quantity")
    try:
        q = float(raw) if raw not in (None, "") else None
    except (TypeError, ValueError):
        q = None
    if q is not None and unit == "USD_million":
        out.append((q * 1e6, "USD", False))
    elif q is not None and unit == "USD/kg":
        out.append((q, "USD", True))
    for field in ("detail", "title", "what_changed"):
        for m in _EVENT_AMOUNT.finditer(str(e.get(field) or "")):
            out.append((float(m.group("num").replace(",", "")) * _SCALES[m.group("scale").lower()],
                        _currency(m.group("cur")), False))
    return out


def _parties_fit(ev: dict[str, Any], e: dict[str, Any]) -> bool:
    """The event involves a company or agency the sentence names, or a country it names
    together with one of its commodities."""
    e_actors = {a.strip() for a in str(e.get("actors") or "").split(";") if a.strip()}
    named = set(ev.get("actors") or [])
    if any(not (a.isupper() and len(a) == 3) for a in named & e_actors):
        return True
    e_coms = {c.strip() for c in str(e.get("commodities") or "").split(";") if c.strip()}
    return bool(named & e_actors) and bool(set(ev.get("commodities") or []) & e_coms)


def funding_verdict(claim: Claim, events: list[dict[str, Any]] | None, on: str | None) -> Verdict:
    """A funding claim against the events table (see the module docstring)."""
    ev = claim.event or {}
    needs = "a funding event of these parties with this amount in the events table"
    if not events:
        return Verdict("unverifiable", "the dataset has no events table", needs=needs)
    cands = [e for e in events if str(e.get("type") or "") in _FUNDING_TYPES
             and not (on and str(e.get("date") or "")[:10] > on[:10]) and _parties_fit(ev, e)]
    if not cands:
        return Verdict("unverifiable", "no funding of these parties in the events table", needs=needs)
    for e in cands:
        for value, cur, prec, per_kg in ev.get("amounts") or []:
            # fourteenth session: the sum names the funding, so a round "up to $1 billion" does not name
            # a US$553 million or US$620 million row (rule 5's half unit would reach 0.5-1.5 billion;
            # C3427, C5488): within rule 5's precision and at most a fifth of the stated sum
            tol = max(min(prec, 0.2 * value), 1e-9)
            for e_value, e_cur, e_per_kg in _event_amounts(e):
                if e_cur == cur and e_per_kg == per_kg and abs(e_value - value) <= tol:
                    unit = "USD/kg" if per_kg else cur
                    evid = [Evidence(edition=str(e.get("event_id") or ""), source_id=str(e.get("source_id") or ""),
                                     commodity=str(e.get("commodities") or ""), measure="event",
                                     country=str(e.get("actors") or ""), year=None, value=e_value, unit=unit,
                                     published=str(e.get("date") or "")[:10], locator=str(e.get("title") or ""),
                                     current=True)]
                    return Verdict("supported", f"{e.get('title') or e.get('event_id')}: dated "
                                   f"{str(e.get('date') or '')[:10]}, {_money(e_value, cur, per_kg)} "
                                   f"(stated {_money(value, cur, per_kg)})", evid)
    closest = cands[-1]
    return Verdict("unverifiable", f"the table holds funding of these parties ({closest.get('title')}), "
                   "but not this amount", needs=needs)


def _money(value: float, cur: str, per_kg: bool) -> str:
    sym = "A$" if cur == "AUD" else "US$"
    if per_kg:
        return f"{sym}{value:g}/kg"
    if value >= 1e9:
        return f"{sym}{value / 1e9:g} billion"
    return f"{sym}{value / 1e6:g} million"
