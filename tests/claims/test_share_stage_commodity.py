"""The commodity of a share's stage (issue 6): magnets are made, not mined or refined, so a
share of "the ore" or "the refined output" in a sentence that names only rare-earth magnets
is a share of rare earths; a stage phrase that itself names magnets keeps the magnets.

Reference figures (``src/critmin/data/observations.csv``): USGS MCS 2025 rare earths 2024,
China 270,000 of world 390,000 t REO (69 %); IEA GCMO 2025 (published 2025-05-21): China ~91 %
of rare-earth refining in 2024 (``production_share``, refining). The sentences are written
for these tests.
"""

from __future__ import annotations

AFTER_GCMO = "2025-10-01"


def shares(result):  # type: ignore[no-untyped-def]
    return [c for c in result.checks if c.claim.kind == "share"]


def test_mining_and_refining_shares_beside_magnets_are_rare_earths(checker) -> None:
    got = shares(checker.check(
        "Chinese companies hold 69% of the mined ore and more than 90% of the refined output, "
        "as well as most rare-earth magnet making.", AFTER_GCMO))
    assert [(c.claim.commodity, c.claim.stage) for c in got] == [
        ("rare_earths", "mining"), ("rare_earths", "refining")]
    assert [c.verdict.verdict for c in got] == ["supported", "supported"], [c.verdict.explanation for c in got]
    assert [c.verdict.edition for c in got] == ["MCS 2025", "IEA GCMO 2025"]


def test_a_stage_phrase_naming_magnets_keeps_the_magnets(checker) -> None:
    got = shares(checker.check("China controls 94% of the refining of rare-earth magnets.", AFTER_GCMO))
    assert [c.claim.commodity for c in got] == ["ndfeb_magnets"]
    assert got[0].verdict.verdict != "refuted"
