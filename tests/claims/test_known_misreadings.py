"""Known misreadings of the claim checker, each fixed by a general rule (sentences written for
this test; figures cited are those of the bundled USGS Mineral Commodity Summaries 2025, MCS
2025 gallium: China 750,000 kg of 760,000 kg of low-purity primary gallium in 2024).

1. a share in words ("nearly all", "most") in a list with percentages or other word shares is
   read item by item, each with the stage and commodity of its own phrase;
2. the count of an official list ("the list now includes 50 minerals") is a claim about that
   list, which the dataset does not hold: reported, unverifiable.
"""

from __future__ import annotations

DATE = "2025-05-01"


def _claims(checker, text: str, date: str = DATE, kind: str | None = None) -> list:  # type: ignore[no-untyped-def]
    return [c for c in checker.check(text, date).checks if kind is None or c.claim.kind == kind]


# --------------------------------------------------------------------------- 1. word shares in lists
def test_word_share_beside_a_percentage_is_read(checker) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, "China produces nearly all refined gallium and about 80% of refined germanium.",
                    kind="share")
    by_text = {c.claim.text: c for c in found}
    assert "nearly all" in by_text and "about 80%" in by_text, list(by_text)
    gallium = by_text["nearly all"]
    assert (gallium.claim.commodity, gallium.claim.country) == ("gallium", "CHN")
    assert gallium.verdict.verdict == "supported"  # 98.7% of world output in MCS 2025
    assert by_text["about 80%"].claim.commodity == "germanium"


def test_word_shares_in_a_list_take_their_own_stage(checker) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, "Indonesia controls most nickel mining, nearly all refining and 45% of trade.",
                    kind="share")
    words = [c.claim for c in found if c.claim.text in ("most", "nearly all")]
    assert [(c.text, c.stage, c.country) for c in words] == [("most", None, "IDN"), ("nearly all", "refining", "IDN")]


def test_word_share_with_its_percentage_in_one_clause_is_one_claim(checker) -> None:  # type: ignore[no-untyped-def]
    found = _claims(checker, "South Africa mines most of the world's platinum, about 70%.", kind="share")
    assert [c.claim.text for c in found] == ["about 70%"]


# --------------------------------------------------------------------------- 2. counts of official lists
def test_count_of_an_official_list_is_reported(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Japan revised its critical minerals list in May. The list now includes 41 minerals, up from 34 in 2017."
    found = [c for c in _claims(checker, text) if c.claim.unit == "count"]
    assert found and found[0].claim.value == 41
    assert found[0].verdict.verdict == "unverifiable"


def test_list_entries_and_raw_materials_are_counted(checker) -> None:  # type: ignore[no-untyped-def]
    text = ("Brussels keeps a list of critical raw materials. Eleven projects address 9 of the 20 strategic raw "
            "materials listed under the act. The revised catalogue retains all 27 minerals of the 2019 version.")
    counts = sorted(c.claim.value for c in _claims(checker, text) if c.claim.unit == "count")
    assert counts == [9, 27], counts  # ("9 of the 20 ...": the count the sentence makes)


def test_a_definition_is_still_no_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Rare earths are a group of 17 elements used in magnets."
    assert not [c for c in _claims(checker, text) if c.claim.unit == "count"]
