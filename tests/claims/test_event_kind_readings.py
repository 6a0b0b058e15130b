"""Event readings of the tenth session: the kind of measure behind an opening clause of cause,
a measure halted as a suspension, and a trade-remedy ruling matched by its rate and by a week
inside the month the table gives it. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from critmin.claims import check


def _event(text: str, date: str) -> tuple[str, str]:
    res = check(text, date=date)
    evs = [c for c in res.checks if c.claim.kind == "event"]
    assert evs, [c.claim.kind for c in res.checks]
    return evs[0].verdict.verdict, evs[0].verdict.explanation


@pytest.mark.parametrize("text", [
    # the tariffs are the cause; the measure reported is an export control (cn-2025-02-04, W/Te/Bi/Mo/In)
    "In a response to American tariffs, Beijing has put export controls on bismuth and indium.",
    "As retaliation for new US duties, China has imposed export controls on tellurium and indium.",
])
def test_opening_clause_of_cause_leaves_the_measure_kind(text: str) -> None:
    verdict, why = _event(text, "2025-04-01")
    assert verdict == "supported" and "indium" in why, why


@pytest.mark.parametrize("text", [
    "On Sunday Beijing halted its ban on shipping gallium and germanium to the United States.",
    "China halted the prohibition on antimony sales to American buyers on Sunday, the ministry said.",
])
def test_a_halted_ban_is_a_suspension(text: str) -> None:
    # cn-2025-11-09-no72-suspension, a Sunday
    verdict, why = _event(text, "2025-11-11")
    assert verdict == "supported" and "suspends" in why, why


def test_a_ruling_rate_picks_the_ruling_and_a_week_fits_its_month() -> None:
    # pd-2026-05-cvd-final: a final countervailing duty of 109.1%, dated May 2026 (month only);
    # the USITC's negative injury ruling of 29 May 2026 has no rate
    verdict, why = _event("Commerce last week issued a final countervailing duty determination of 109.1% on Russian palladium.",
                          "2026-05-27")
    assert verdict == "supported" and "109.1" in why, why


def test_a_wrong_ruling_rate_is_partly_supported() -> None:
    verdict, why = _event("Commerce last week issued a final countervailing duty determination of 38% on Russian palladium.",
                          "2026-05-27")
    assert verdict == "partly_supported", why


@pytest.mark.parametrize("text", [
    # mmr-2024-10-19-kia-takes-pangwa / mmr-2024-11-26-kia-takes-kanpaiti
    "Insurgents of the Kachin Independence Army have taken control of a big rare-earth mining hub in Myanmar.",
    "The Kachin Independence Army, which has battled the junta for decades, pushed north in Myanmar, "
    "seizing two rare-earth mining towns.",
])
def test_seizures_told_without_a_finite_past_verb(text: str) -> None:
    verdict, why = _event(text, "2025-02-01")
    assert verdict == "supported" and "Kachin" in why, why


def test_a_vote_to_ratify_is_the_ratification() -> None:
    # ukr-2025-05-08-ratification
    verdict, why = _event("Lawmakers in Kyiv voted on May 8 to ratify the resource agreement with Washington.", "2025-07-01")
    assert verdict == "supported" and "ratifies" in why, why


@pytest.mark.rules_only  # what the rules read; the learned fallback is judged by its measured budget
def test_capturing_a_market_is_no_seizure() -> None:
    res = check("Capturing market share in lithium has been hard for Argentina's producers.", date="2025-07-01")
    assert not [c for c in res.checks if c.claim.kind == "event"]


def test_the_parties_of_a_deal_are_those_of_its_clause() -> None:
    # us-2025-07-10-dod-mp-equity; Canada is named in another clause, not as a party to the deal
    verdict, why = _event("Canada's miners took note of the U.S., where the Pentagon recently agreed to take a stake "
                          "in MP Materials to secure rare earths.", "2025-08-01")
    assert verdict == "supported" and "MP Materials" in why, why
    # a country in the deal's own clause that is no party still makes it another deal
    verdict, why = _event("The Pentagon and Canada recently agreed to take a stake in MP Materials to secure rare earths.",
                          "2025-08-01")
    assert verdict != "supported", why


def test_an_injury_finding_is_a_determination() -> None:
    # pd-2026-05-29-itc-negative, a Friday
    verdict, why = _event("On Friday the US trade commission said it had determined that imports of palladium from "
                          "Russia do not injure domestic refiners.", "2026-05-31")
    assert verdict == "supported" and "injure" in why, why


def test_a_stated_readiness_to_offer_is_the_offer() -> None:
    # rus-2025-02-24-putin-offer
    verdict, why = _event("Russia is prepared to offer cooperation to the United States on rare earth metals, the "
                          "Kremlin leader said.", "2025-02-26")
    assert verdict == "supported" and "offers" in why, why
    res = check("Traders are ready to offer discounts on cobalt hydroxide.", date="2025-02-26")
    assert not [c for c in res.checks if c.claim.kind == "event"]


def test_another_partys_readiness_is_no_recorded_offer() -> None:
    res = check("Chile is willing to cooperate with Japan on lithium refining.", date="2025-02-26")
    assert all(c.verdict.verdict == "unverifiable" for c in res.checks if c.claim.kind == "event")


def test_a_meeting_between_two_leaders_is_an_event() -> None:
    # us-cn-2025-10-30-busan (a Thursday); "might" is about what follows, not about the meeting
    verdict, why = _event("Tungsten buyers wondered whether Beijing might ease exports after the recent meeting "
                          "between US President Donald Trump and Chinese President Xi Jinping last week.", "2025-11-05")
    assert verdict == "supported" and "Busan" in why, why


def test_a_planned_meeting_is_no_event() -> None:
    res = check("Tungsten buyers hope a meeting between US President Donald Trump and Chinese President Xi Jinping "
                "will be held next month.", date="2025-09-05")
    assert not [c for c in res.checks if c.claim.kind == "event" and c.verdict.verdict != "unverifiable"]
