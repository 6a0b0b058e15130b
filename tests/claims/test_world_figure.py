"""A tonnage read as the world total that is the figure of the country the sentence ranks
(world_figure.py). The judge is a stand-in: the rule's logic alone is tested here."""

from __future__ import annotations

from dataclasses import replace

from critmin.claims.model import Claim, ClaimCheck, Verdict
from critmin.claims.world_figure import world_figure_of_ranked_country

SPAN = (0, 90)


def _claim(kind: str, country: str, **kw: object) -> Claim:
    return Claim(sentence="...", span=(0, 5), kind=kind, sentence_span=SPAN, commodity="graphite",
                 measure="reserves", country=country, **kw)


def _judge(c: Claim) -> Verdict:
    # the stand-in data: country MOZ holds 25,000,000 t
    ok = c.country == "MOZ" and c.value == 25e6
    return Verdict("supported" if ok else "refuted", "stand-in")


def _checks(value: float, ranked: str = "MOZ") -> list[ClaimCheck]:
    return [ClaimCheck(_claim("quantity", "WLD", value=value, unit="t"), Verdict("refuted", "world total differs")),
            ClaimCheck(_claim("rank", ranked, rank=3), Verdict("supported", "third"))]


def test_the_figure_is_the_ranked_countrys_when_the_data_hold_it() -> None:
    checks = _checks(25e6)
    world_figure_of_ranked_country(checks, _judge)
    assert checks[0].verdict.verdict == "supported" and checks[0].claim.country == "MOZ"


def test_a_figure_the_country_does_not_hold_stays_refuted() -> None:
    checks = _checks(31e6)
    world_figure_of_ranked_country(checks, _judge)
    assert checks[0].verdict.verdict == "refuted" and checks[0].claim.country == "WLD"


def test_no_ranked_country_of_the_same_measure_no_change() -> None:
    checks = _checks(25e6)
    checks[1] = ClaimCheck(replace(checks[1].claim, measure="production"), checks[1].verdict)
    world_figure_of_ranked_country(checks, _judge)
    assert checks[0].verdict.verdict == "refuted"
