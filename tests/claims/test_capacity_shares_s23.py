"""Shares of processing capacity read through the output share of the same stage (twenty-third session).

Expected verdicts from the labelling rules and published data, not from the checker's output:
IEA GCMO 2025 (published 2025-05-21) gives China ~91% of rare-earth refining and ~94% of NdFeB
magnet output in 2024; SMM's analysis of 2025-05-06 gives China ~85% of separation capacity.
"Over 90% of processing capacity" is matched by the refining output share (rule 1, any current
source; the labels C495, C816, C9947, C13104 read it so) although the capacity share alone (85%)
would refute it; a magnet maker's capacity is read through the magnet output share (C14127). A
disagreeing output share does not refute a capacity figure the capacity share does not settle
(capacity and output differ, rule 11), and a share attributed to the IEA, which publishes no
capacity shares, stays unverifiable (C3724).
"""

from __future__ import annotations

import pytest

from critmin.claims import check

from .conftest import of_kind

DAY = "2025-06-06"  # IEA GCMO 2025 and SMM 2025-05-06 current


def _share_verdicts(sentence: str, day: str = DAY) -> list[str]:
    return [c.verdict.verdict for c in of_kind(check(sentence, date=day), "share")]


@pytest.mark.parametrize("sentence", [
    "China controls over 90% of the global rare earth processing capacity.",
    "China controls over 90% of the global processing capacity for rare earth magnets.",
])
def test_capacity_share_matched_by_the_output_share_of_its_stage(sentence: str) -> None:
    assert _share_verdicts(sentence) == ["supported"]


def test_a_capacity_share_both_readings_contradict_stays_refuted() -> None:
    # 97%: neither the capacity share (~85%) nor the refining output share (~91%) holds it
    assert _share_verdicts("China controls 97% of the global rare earth refining capacity.") == ["refuted"]


def test_a_capacity_share_attributed_to_the_iea_is_not_read_through_its_output_shares() -> None:
    got = _share_verdicts("China accounts for about 90% of the world's rare earth refining capacity, "
                          "according to the IEA.")
    assert got == ["unverifiable"]
