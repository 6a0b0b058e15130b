"""Event claims read with their context (issue 6): parties named by metonym
(capitals, leaders in office, offices; ``actor_aliases.csv``), measures the sentences before
name ("these measures", "the curbs"), measures dated after the article, measures on imports,
lasting or negated states, and loose matches that must not settle a claim.

Reference rows (``src/critmin/data/events.csv``): the Trump-Xi meeting in Busan, 30 October
2025 (us-cn-2025-10-30-busan); China's graphite export permits, announced 20 October 2023
(cn-2023-10-20-graphite-controls); China's controls on tungsten, tellurium, bismuth,
molybdenum and indium, 4 February 2025, five elements (cn-2025-02-04-w-te-bi-mo-in-controls);
Announcement No. 18 of 2025 on seven medium and heavy rare earths (Sm, Gd, Tb, Dy, Lu, Sc, Y);
the Sibanye-Stillwater/USW palladium petition of 30 July 2025; the suspension of the October
2025 package until 10 November 2026 (cn-2025-11-07-no70-suspension); China's gallium and
germanium licences, announced 3 July 2023. Terms of office: US presidents from the White
House list (Trump from 20 January 2025; Biden 20 January 2021 to 20 January 2025).
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from critmin.claims.event_context import metonym_parties, names_metonym
from critmin.dataset import DATA_DIR, load_dataset

from .conftest import one

DATA = str(DATA_DIR)


def event_verdict(checker, text: str, date: str) -> str:  # type: ignore[no-untyped-def]
    """The verdict of the event claim of the last sentence of ``text``."""
    r = checker.check(text, date)
    last = text.rsplit("\n\n", 1)[-1]
    at = r.text.index(last)
    found = [c for c in r.checks if c.claim.kind == "event" and c.claim.span[0] >= at]
    assert len(found) == 1, [(c.claim.kind, c.claim.text) for c in r.checks]
    return found[0].verdict.verdict


# ------------------------------------------------------------- 1. the data: actor_aliases.csv
def test_every_alias_refers_to_a_known_country_or_actor() -> None:
    data = load_dataset(tables=["actor_aliases", "actors", "countries"])
    known = set(data["countries"]["iso3"]) | set(data["actors"]["actor_id"])
    assert set(data["actor_aliases"]["refers_to"]) <= known


def test_leaders_have_terms_and_capitals_do_not() -> None:
    al = load_dataset(tables=["actor_aliases"])["actor_aliases"]
    leaders = al[al["kind"] == "leader"]
    assert len(leaders) > 0 and leaders["valid_from"].notna().all()
    assert al[al["kind"] == "capital"]["valid_from"].isna().all()


@pytest.mark.parametrize(("sentence", "when", "expected"), [
    ("Biden signed the order.", "2023-03-01", ["USA"]),          # in office
    ("Biden signed the order.", "2026-03-01", []),               # out of office: no longer the country
    ("The Trump administration imposed tariffs.", "2019-05-01", ["USA"]),  # first term
    ("The Trump administration imposed tariffs.", "2022-06-01", []),       # between the terms
    ("Harare banned the export of raw lithium ore.", None, ["ZWE"]),       # a capital: at any date
    ("Officials in Kinshasa suspended cobalt exports.", None, ["COD"]),
    ("The Defense Department barred the purchases.", "2025-01-01", ["us_dod"]),  # an office: an agency id
])
def test_metonyms_stand_for_their_actor_only_in_term(sentence: str, when: str | None, expected: list[str]) -> None:
    words = frozenset(w.lower() for w in sentence.replace(".", " ").split())
    assert [a for _, _, a in metonym_parties(sentence, words, when, DATA)] == expected


def test_no_metonym_in_plain_text() -> None:
    s = "Mining output rose in the southern provinces."
    assert not names_metonym(s, frozenset(s.lower().rstrip(".").split()), DATA)


# ------------------------------------------------------------- 2. leaders and capitals as parties
@pytest.mark.parametrize("sentence", [
    "Xi Jinping and Donald Trump met in Busan on October 30.",
    "Trump and Xi reached a deal in Busan on October 30.",
])
def test_leaders_name_the_parties_of_a_meeting(checker, sentence: str) -> None:
    assert one(checker.check(sentence, "2025-11-15"), "event").verdict.verdict == "supported"


@pytest.mark.parametrize("sentence", [
    "Trump and Xi reached their deal at a summit in Busan on November 2.",
    "Trump and Xi met in Busan on October 3.",
])
def test_a_meeting_named_by_its_place_and_leaders_can_be_refuted(checker, sentence: str) -> None:
    assert one(checker.check(sentence, "2025-11-20"), "event").verdict.verdict == "refuted"


@pytest.mark.parametrize("sentence", [
    "Harare imposed export controls on graphite on October 20, 2023.",   # not China's graphite permits
    "Jakarta restricted graphite exports on October 20, 2023.",
])
def test_a_capital_is_its_own_country_not_china(checker, sentence: str) -> None:
    assert one(checker.check(sentence, "2024-01-10"), "event").verdict.verdict == "unverifiable"


def test_beijing_still_stands_for_china(checker) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check("Beijing imposed export controls on graphite on October 20, 2023.", "2024-01-10"), "event")
    assert c.verdict.verdict == "supported"


@pytest.mark.parametrize("sentence", [
    "The Defense Department has barred contractors from buying gallium mined in China from January 1, 2027.",
    "The Department of Defense banned purchases of Chinese antimony starting in 2027.",
])
def test_an_office_is_the_agent_not_the_country_it_names(checker, sentence: str) -> None:
    assert one(checker.check(sentence, "2025-01-10"), "event").verdict.verdict == "unverifiable"


# ------------------------------------------------------------- 3. imports, lasting and negated states
@pytest.mark.parametrize("sentence", [
    "China has prohibited imports of antimony scrap since 2019.",
    "Beijing banned imports of germanium waste in 2018.",
])
def test_a_ban_on_imports_is_not_the_export_controls(checker, sentence: str) -> None:
    assert one(checker.check(sentence, "2025-06-01"), "event").verdict.verdict == "unverifiable"


def test_a_ban_on_exports_is_still_matched(checker) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check("China has prohibited exports of gallium to the US.", "2025-01-10"), "event")
    assert c.verdict.verdict == "supported"


@pytest.mark.parametrize("sentence", [
    "China has restricted graphite exports for several years.",
    "Beijing has curbed exports of antimony for a number of years.",
    "China has not issued any export licences for gallium to US buyers since December 3, 2024.",
    "Gallium export permits to US buyers have not been issued since the ban of December 3, 2024.",
])
def test_lasting_or_negated_states_are_unverifiable(checker, sentence: str) -> None:
    assert one(checker.check(sentence, "2025-06-01"), "event").verdict.verdict == "unverifiable"


# ------------------------------------------------------------- 4. counts, numbers and quotas
@pytest.mark.parametrize(("sentence", "expected"), [
    ("China put export controls on tungsten and 12 other metals on February 4, 2025.", "partly_supported"),
    ("China put export controls on tungsten and four other metals on February 4, 2025.", "supported"),
    ("Beijing restricted exports of tellurium plus four more metals on February 4, 2025.", "supported"),
])
def test_one_named_item_and_n_others_count_n_plus_one(checker, sentence: str, expected: str) -> None:
    assert one(checker.check(sentence, "2025-03-01"), "event").verdict.verdict == expected


@pytest.mark.parametrize(("number", "expected"), [("57", "partly_supported"), ("18", "supported")])
def test_right_elements_under_a_wrong_announcement_number(checker, number: str, expected: str) -> None:
    s = (f"Announcement No. {number} of 2025 placed samarium, gadolinium, terbium, dysprosium, lutetium, "
         "scandium and yttrium under export licensing.")
    assert one(checker.check(s, "2025-11-01"), "event").verdict.verdict == expected


@pytest.mark.parametrize("sentence", [
    "China imposed export controls and output quota cuts on gallium and germanium in July 2023.",
    "Prices rose after Beijing's export controls and smelting quota reductions on gallium and germanium in July 2023.",
])
def test_export_controls_beside_a_quota_are_checked(checker, sentence: str) -> None:
    assert one(checker.check(sentence, "2023-09-01"), "event").verdict.verdict == "supported"


@pytest.mark.parametrize("sentence", [
    "The USW filed a trade petition against Russian palladium in July.",
    "Sibanye-Stillwater filed its petition on unwrought palladium from Russia in July.",
])
def test_a_month_after_filed_is_the_latest_one_before_the_article(checker, sentence: str) -> None:
    assert one(checker.check(sentence, "2026-01-15"), "event").verdict.verdict == "supported"


# ------------------------------------------------------------- 5. measures dated after the article
@pytest.mark.parametrize("sentence", [
    "China said its October rare earth curbs will take effect on November 10, 2026.",
    "The commerce ministry said the rare earth export restrictions announced on October 9 will take effect "
    "on November 10, 2026.",
])
def test_a_suspension_end_is_the_new_start_date(checker, sentence: str) -> None:
    assert one(checker.check(sentence, "2025-11-08"), "event").verdict.verdict == "supported"


def test_a_wrong_new_start_date_is_refuted(checker) -> None:  # type: ignore[no-untyped-def]
    s = "The rare earth export restrictions announced on October 9 will take effect on December 1, 2026."
    assert one(checker.check(s, "2025-11-08"), "event").verdict.verdict == "refuted"


@pytest.mark.parametrize("sentence", [
    "China will start limiting exports of tungsten from December 1.",
    "Beijing will begin restricting tungsten exports starting December 1.",
])
def test_an_announcement_the_table_lacks_is_unverifiable(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2024-11-20"), "event")
    assert c.verdict.verdict == "unverifiable" and c.verdict.needs


@pytest.mark.parametrize("sentence", [
    "New rules released this month require licences for tungsten exports.",
    "China's commerce ministry this month issued rules limiting exports of tungsten products.",
])
def test_a_measure_years_away_from_the_closest_row_is_another_one(checker, sentence: str) -> None:
    assert one(checker.check(sentence, "2024-11-20"), "event").verdict.verdict == "unverifiable"


# ------------------------------------------------------------- 6. referring back to the event before
_FEB = "China imposed export controls on tungsten, tellurium, bismuth, molybdenum and indium in February."


@pytest.mark.parametrize("second", [
    "These measures, introduced earlier this year, rattled buyers.",
    "The curbs took effect on February 4.",
])
def test_a_measure_named_by_referring_back_is_the_one_before(checker, second: str) -> None:
    assert event_verdict(checker, f"{_FEB}\n\n{second}", "2025-05-01") == "supported"


@pytest.mark.parametrize("second", [
    "These restrictions are seen as a reply to export controls imposed by the United States in October 2022.",
    "The move came hours after President Trump imposed a 25% tariff on Chinese solar panels on October 3.",
])
def test_a_reference_that_names_another_measure_is_not_the_one_before(checker, second: str) -> None:
    first = "China announced export controls on gallium and germanium on July 3."
    assert event_verdict(checker, f"{first}\n\n{second}", "2023-07-20") == "unverifiable"


# ------------------------------------------------------------- 7. a deal whose content is easing measures
@pytest.mark.parametrize("sentence", [
    "Washington and Beijing struck a deal to roll back tariffs on October 30.",
    "Leaders Xi and Trump reached an understanding on October 30 to lower tariffs and pause controls for a year.",
])
def test_a_deal_to_lower_tariffs_is_the_deal(checker, sentence: str) -> None:
    c = one(checker.check(sentence, "2025-11-15"), "event")
    assert c.verdict.verdict == "supported" and c.verdict.evidence[0].edition == "us-cn-2025-10-30-busan"


def test_a_tariff_without_a_deal_is_still_the_tariff(checker) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check("Washington imposed a 10% tariff on Chinese goods on February 4, 2025.", "2025-03-01"), "event")
    assert c.verdict.verdict == "supported" and c.verdict.evidence[0].edition == "us-2025-02-04-china-tariff-10pct"


# ------------------------------------------------------------- 8. measures named by their year, tariffs raised, probes under way
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Beijing's 2023 curbs on gallium exports rattled chipmakers.", "supported"),   # licences of July 2023
    ("China's 2023 ban on exports of magnet-making technology for rare earths angered Washington.", "supported"),
    ("China's 2021 ban on gallium exports rattled chipmakers.", "partly_supported"),  # right measure, wrong year
])
def test_a_measure_named_by_its_year(checker, sentence: str, expected: str) -> None:
    assert one(checker.check(sentence, "2024-05-01"), "event").verdict.verdict == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The US raised its tariff on Chinese goods to 10% on February 4, 2025.", "supported"),
    # us-2024-05-14-s301-review-increases: the Section 301 increases announced on 14 May 2024
    ("Washington increased duties on Chinese graphite to 25% in May 2024.", "supported"),
])
def test_a_tariff_raised_is_a_tariff_event(checker, sentence: str, expected: str) -> None:
    assert one(checker.check(sentence, "2025-03-01"), "event").verdict.verdict == expected


@pytest.mark.parametrize("sentence", [
    "A countervailing duty investigation on Russian palladium is now under way at the Commerce Department.",
    "An anti-dumping probe into unwrought palladium from Russia is being conducted by the Department of Commerce.",
])
def test_a_probe_under_way_is_the_investigation(checker, sentence: str) -> None:
    assert one(checker.check(sentence, "2026-01-15"), "event").verdict.verdict == "supported"


@pytest.mark.parametrize("sentence", [
    "An anti-dumping probe into Chinese graphite is ongoing at the Department of Commerce.",  # no such row
    "An investigation into the accident at the smelter is under way.",                       # no party: no claim
])
def test_a_probe_the_table_lacks_is_no_support(checker, sentence: str) -> None:
    r = checker.check(sentence, "2026-01-15")
    assert all(c.verdict.verdict == "unverifiable" for c in r.checks if c.claim.kind == "event")


# ------------------------------------------------------------- 9. the party that imposed the measure
@pytest.mark.parametrize("sentence", [
    "Washington banned exports of gallium and germanium to China on December 3, 2024.",
])
def test_a_measure_imposed_by_the_target_of_an_event_is_another_measure(checker, sentence: str) -> None:
    # the table's ban of 3 December 2024 is China's on exports to the US (the US is its target);
    # China's own tariffs of 4 February 2025 are rows now, so that day no longer tests the rule
    assert one(checker.check(sentence, "2025-01-15"), "event").verdict.verdict == "unverifiable"


def test_the_imposer_itself_still_matches(checker) -> None:  # type: ignore[no-untyped-def]
    c = one(checker.check("A 10% tariff on Chinese goods was imposed by Washington on February 4, 2025.", "2025-03-01"),
            "event")
    assert c.verdict.verdict == "supported"


def test_event_pattern_keeps_the_word_start_prefilter() -> None:
    # every match of the event pattern must start at a word of letters (extract._word_prefixes),
    # or the pattern is tried at every character of every sentence (claims_speed.py)
    from critmin.claims.extract import _EVENT, _word_prefixes

    assert _word_prefixes(_EVENT) is not None
