"""Whose figure and which stage (twenty-first session). Sentences written for this test; the
reference values are the bundled editions': IEA GCMO 2025 gives China ~60 % of rare-earth mining
and ~91 % of rare-earth refining in 2024; USGS MCS 2025 gives rare-earth reserves of China 44 Mt,
Brazil 21 Mt and India 6.9 Mt, and lithium mine output of Australia 88,000 t, Chile 49,000 t and
China 41,000 t in 2024.

1. a mining word describes the share whose phrase holds it: in "61% of the mined rare earths and
   92% of the world's output" the 92 % names no stage and is read at refining too (rule 11);
2. a list of references after "after"/"behind" ("after Australia and Chile", "behind China and
   Brazil in terms of reserves") names the countries a rank is measured against, not the owner of
   the figure that follows.
"""

from __future__ import annotations

import pytest

from critmin import claims


def _checks(text: str, date: str) -> list[claims.ClaimCheck]:
    return claims.check(text, date=date).checks


def _by_text(text: str, date: str, figure: str) -> claims.ClaimCheck:
    found = [c for c in _checks(text, date) if figure in c.claim.text]
    assert found, f"no claim on {figure!r}"
    return found[0]


def test_mining_word_of_another_share_leaves_the_unstaged_share_free() -> None:
    text = ("According to the IEA, China produces 60 percent of the mined rare earths "
            "and 91 percent of the world's output.")
    mined = _by_text(text, "2025-07-01", "60 percent")
    output = _by_text(text, "2025-07-01", "91 percent")
    assert mined.verdict.verdict == "supported"
    assert output.claim.stage is None
    assert output.verdict.verdict == "supported"
    assert "refining" in output.verdict.explanation


def test_mining_word_in_the_shares_own_phrase_keeps_it_at_mining() -> None:
    # 91% of the mined output is not China's mining share (~60 % IEA, 69 % USGS)
    text = "China produces 91 percent of the world's mined rare earths."
    share = _by_text(text, "2025-07-01", "91 percent")
    assert share.verdict.verdict == "refuted"


def test_mining_word_before_a_single_share_still_counts() -> None:
    text = "Mining in China accounts for 91% of the world's rare earths."
    share = _by_text(text, "2025-07-01", "91%")
    assert share.verdict.verdict != "supported"


@pytest.mark.parametrize(("text", "figure", "country", "verdict"), [
    ("India ranks only behind China and Brazil in terms of rare earth reserves, with 6.9 million tonnes.",
     "6.9 million", "IND", "supported"),
    ("China, the third-largest lithium miner after Australia and Chile, produced 41,000 tonnes in 2024.",
     "41,000", "CHN", "supported"),
])
def test_a_list_of_references_does_not_own_the_figure(text: str, figure: str, country: str, verdict: str) -> None:
    c = _by_text(text, "2025-10-14", figure)
    assert c.claim.country == country
    assert c.verdict.verdict == verdict


def test_a_listed_owner_is_still_the_owner() -> None:
    # no "after"/"behind": the last country named before the figure owns it
    text = "Among lithium miners, Chile produced 49,000 tonnes in 2024."
    c = _by_text(text, "2025-10-14", "49,000")
    assert c.claim.country == "CHL"
    assert c.verdict.verdict == "supported"


@pytest.mark.parametrize("text", [
    "Rare earths matter. India holds about a third of the world's beach sand mineral deposits, which are a key source of rare earths.",
    "Rare earths matter. Around 35% of the world's mineral sands are found along this coast.",
])
def test_beach_sand_minerals_are_no_bundled_commodity(text: str) -> None:
    # ilmenite, zircon, monazite sands: no edition holds them (README rule 6), even where the
    # sentence calls them a source of rare earths; never refuted with rare-earth reserves
    shares = [c for c in _checks(text, "2025-06-20") if c.claim.kind == "share"]
    assert shares
    assert all(c.verdict.verdict == "unverifiable" for c in shares)


def test_rare_earth_share_beside_sands_is_still_checked() -> None:
    # the rare earths' own share is no sand mineral's: MCS 2025, India 6.9 of more than 90 Mt
    text = "India, known for its beach sands, holds 35% of the world's rare earth reserves."
    shares = [c for c in _checks(text, "2025-06-20") if c.claim.kind == "share"]
    assert shares and shares[0].verdict.verdict == "refuted"


@pytest.mark.parametrize("text", [
    "Congo is the main source of cobalt, and the price of cobalt hydroxide has fallen to below $6 per pound.",
    "Congo is the biggest producer of cobalt, and its exports fell sharply last year.",
])
def test_a_role_rank_beside_a_claim_of_another_kind_is_checked(text: str) -> None:
    # MCS 2025: Congo first in cobalt mine output (220,000 of 290,000 t in 2024); the other part
    # is a claim of its own, and the rank is read as in a sentence without it
    ranks = [c for c in _checks(text, "2025-02-24") if c.claim.kind == "rank"]
    assert len(ranks) == 1
    assert ranks[0].claim.country == "COD" and ranks[0].claim.rank == 1
    assert ranks[0].verdict.verdict == "supported"


def test_a_wrong_role_rank_beside_another_claim_is_refuted() -> None:
    # MCS 2025: Indonesia is not first in cobalt (Congo is)
    text = "Indonesia is the main source of cobalt, and the price of cobalt hydroxide has fallen to below $6 per pound."
    ranks = [c for c in _checks(text, "2025-02-24") if c.claim.kind == "rank"]
    assert ranks and ranks[0].claim.country == "IDN"
    assert ranks[0].verdict.verdict == "refuted"
