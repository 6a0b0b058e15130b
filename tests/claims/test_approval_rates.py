"""A share of licence applications approved is a licensing statistic no events row holds (labelling
rules 9 and 12; claims/approval_rates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from critmin.claims.approval_rates import states_approval_rate


@pytest.mark.parametrize("sentence", [
    "Only 25% of export license applications to Ruritania were approved, forcing plant shutdowns.",
    "Authorities have only approved about a quarter of the hundreds of export licence applications since April.",
    "Business leaders report that only half their applications for magnet export licenses are being approved.",
    "The ministry approved less than 15% of licence applications for rare earths by EU firms.",
    "The approval rate for export permits has fallen sharply.",
])
def test_approval_rates(sentence: str) -> None:
    assert states_approval_rate(sentence)


@pytest.mark.parametrize("sentence", [
    "He confirmed that some applications had been approved but did not provide further details.",
    "Exporters must apply for export licences for dual-use items.",
    "China accounts for 90% of rare earth refining and requires export licences for seven elements.",
    "They can submit applications only from Aug. 1, four traders said.",
])
def test_not_approval_rates(sentence: str) -> None:
    assert not states_approval_rate(sentence)


def test_rate_is_not_settled_by_the_control_row() -> None:
    from critmin import claims

    text = ("China put seven medium and heavy rare earths under export licensing on April 4, 2025.\n\n"
            "Only 25% of export license applications for those rare earths were approved by China, a survey found.")
    res = claims.check(text, date=dt.date(2025, 6, 6))
    second = [c.verdict.verdict for c in res.checks if "applications" in c.claim.sentence]
    assert second and "supported" not in second
