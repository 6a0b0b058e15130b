"""Policy and operating events no other rule reads (claims/policy_acts.py): lists of critical
minerals, acts of government bodies, what a measure requires, licences granted, seizures and
stopped plants. Sentences written for this test (other countries, commodities and numbers than
the labelled set's). The verdicts follow the labelling rules: an event ``events.csv`` does not
hold is ``unverifiable``, naming the row that would settle it (rule 9); a row of a named party
whose title names the same instrument supports it (``ukr-2025-05-08-ratification``: the Verkhovna
Rada ratified the US-Ukraine agreement on 2025-05-08)."""

from __future__ import annotations

import pytest

from critmin.claims import policy_acts

DATE = "2025-09-15"


def _events(checker, text: str, date: str = DATE) -> list:  # type: ignore[no-untyped-def]
    checker.fallback = False  # the rules alone
    try:
        return [c for c in checker.check(text, date).checks if c.claim.kind == "event"]
    finally:
        checker.fallback = True


@pytest.mark.parametrize("text", [
    # a national list published, changed or counted
    "Brazil's mines ministry has published its first list of critical minerals for the energy transition.",
    "Kenya has added titanium, niobium and graphite to its national list of critical minerals.",
    "Indium has been returned to Japan's list of strategic minerals after two years off it.",
    "The Korean agency confirmed eight new additions after a review of supply risks.",
    "Morocco has formally designated cobalt as a strategic mineral.",
    # an act of a government body on a policy instrument
    "The Kenyan cabinet has approved the launch of a national mineral exploration mission.",
    "The ministry of mines released its long-awaited lithium strategy on Tuesday.",
    "The Senate of Chile passed an amendment to the mining law that raises royalties on copper.",
    "A national graphite programme was launched in 2024, the minister said.",
    # what a measure requires, licences granted
    "Under the new rules, Zambian exporters will be required to apply for licences to ship cobalt hydroxide.",
    "Some applications for cobalt export permits have been approved, an official said.",
    # territory taken, plants stopped
    "Rebel forces captured two tungsten mining areas near the Thai border last month.",
    "Westfield Lithium mothballed its Ridgeback mine in Nevada last month.",
    "Nickel mining in the province is currently on hold.",
    # a country as the subject of an act; permissions and the scope of a measure; a company deal
    "Peru has removed a provision from its mining bill that would have taxed copper exports.",
    "Zambian miners will be permitted to retain their cobalt export quotas for another year.",
    "Lithium carbonate has so far avoided Canadian sanctions.",
    "Brightwater Metals has entered a strategic partnership with Norland Resources to develop a nickel project in Finland.",
    "Government troops had pushed out the rebels from the tungsten mining district on 3 March.",
    # a mandate of a government body; a step said not to have been taken
    "The Zambian government has mandated all copper miners to report their cobalt output monthly.",
    "Cobalt export permits have not been issued so far, a Zambian trader said.",
    # an instrument dated in apposition, blocks auctioned, a first production marked
    "The Kenyan lithium programme, launched on March 3, 2025, will run for five years.",
    "Kenya's mines ministry said 12 blocks of lithium have been successfully auctioned this year.",
    "The Brazilian plant's start marks the first production of terbium oxide outside Asia.",
    # the scope of a tariff, told in the future
    "The duties will exclude nickel matte and nickel ore, the Canadian statement said.",
    "Nickel concentrates will not be subject to these tariffs, the Canadian ministry said.",
])
def test_event_read(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    got = _events(checker, text)
    assert got, text
    assert all(c.verdict.verdict == "unverifiable" for c in got), [(c.claim.event, c.verdict.explanation) for c in got]
    assert all(c.verdict.needs for c in got)


@pytest.mark.parametrize("text", [
    # plans, intentions, conditions, habits and descriptions: no claim (rule 10)
    "The ministry plans to publish a list of critical minerals next year.",
    "The government could approve a national cobalt strategy if prices recover.",
    "The agency updates its list of critical minerals every three years.",
    "The updated list follows consultations with industry and provincial governments.",
    "To be considered for inclusion on the list, a mineral must meet strict criteria.",
    "Will the cabinet approve the new mining law?",
    "The company said revenue fell after it mothballed its smelter, according to its earnings report.",
    # no one in particular as the subject
    "Several governments have published lists of critical minerals in recent years.",
])
def test_no_event(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _events(checker, text), text


def test_recorded_act_is_supported(checker) -> None:  # type: ignore[no-untyped-def]
    """A vote of a legislature the events table records (the Rada's ratification of 8 May 2025)."""
    got = _events(checker, "Ukraine's Verkhovna Rada voted on 8 May to ratify the agreement with the United States.",
                  "2025-06-20")
    assert [c.verdict.verdict for c in got] == ["supported"], [(c.claim.event, c.verdict.explanation) for c in got]


def test_list_names_the_data_needed(checker) -> None:  # type: ignore[no-untyped-def]
    got = _events(checker, "Kenya has added titanium and graphite to its national list of critical minerals.")
    assert len(got) == 1
    assert "critical-minerals list" in (got[0].verdict.needs or "")
    assert "KEN" in (got[0].verdict.needs or "")


def test_reported_decision_is_a_claim() -> None:
    """"said it would be mothballing" reports a decision taken; "plans to mothball" does not."""
    said = "Westfield said it would be mothballing its Ridgeback mine."
    planned = "Westfield plans to mothball its Ridgeback mine next year."
    assert policy_acts.policy_act(said, frozenset(said.lower().rstrip(".").split())) is not None
    assert policy_acts.policy_act(planned, frozenset(planned.lower().rstrip(".").split())) is None


def test_recorded_instrument_only_supports_its_own_act(checker) -> None:  # type: ignore[no-untyped-def]
    """A row shares a word with the sentence ("fund") but not the instrument acted on (a memorandum
    published): the act stays unverifiable."""
    got = _events(checker, "Ukraine's economy ministry published the text of a memorandum on the investment fund "
                           "with the United States.", "2025-06-20")
    assert [c.verdict.verdict for c in got] == ["unverifiable"], [(c.claim.event, c.verdict.explanation) for c in got]


@pytest.mark.parametrize(("text", "date"), [
    # China's licences for seven medium and heavy rare earths (events.csv cn-2025-04-04-no18-medium-heavy-ree)
    ("Recent Chinese export controls on heavy rare earths have squeezed magnet makers in Europe.", "2025-05-20"),
    ("European buyers are routing rare earth magnets through Vietnam to bypass China's export controls.", "2025-06-30"),
])
def test_presupposed_recorded_measure(checker, text: str, date: str) -> None:  # type: ignore[no-untyped-def]
    """A named country's measure taken for granted as the cause of what the sentence reports
    decides it (README, eleventh batch: rule 4): the recorded controls support it."""
    got = _events(checker, text, date)
    assert [c.verdict.verdict for c in got] == ["supported"], [(c.claim.event, c.verdict.explanation) for c in got]


def test_presupposed_measure_needs_an_owner(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _events(checker, "Recent export controls have squeezed magnet makers in Europe.", "2025-05-20")


def test_dated_dispute(checker) -> None:  # type: ignore[no-untyped-def]
    """A dispute between countries with its year is a dated happening (events.csv
    cn-jpn-2010-shipment-halt: rare-earth shipments to Japan stalled in the 2010 island dispute);
    without a year it is background, no claim."""
    got = _events(checker, "Tokyo has stockpiled rare earths ever since its 2010 territorial dispute with China.",
                  "2025-03-01")
    assert [c.verdict.verdict for c in got] == ["supported"], [(c.claim.event, c.verdict.explanation) for c in got]
    assert not _events(checker, "Amid a maritime dispute with Manila, Beijing held talks on rare earths.", "2025-03-01")


def test_trade_body_determination(checker) -> None:  # type: ignore[no-untyped-def]
    """A determination of a trade body told in reported speech is an event claim (events.csv
    pd-2026-05-29-itc-negative: the USITC's negative injury finding on Russian palladium)."""
    got = _events(checker, "The U.S. International Trade Commission said on Friday it had determined that imports of "
                           "Russian palladium do not injure the American industry.", "2026-06-02")
    assert got, "no event claim"


def test_absolute_construction_of_a_measure(checker) -> None:  # type: ignore[no-untyped-def]
    """"with Beijing imposing export controls ...": the measure of a named capital, judged by the
    event rules (events.csv cn-2023-10-20-graphite-controls for graphite in late 2023)."""
    got = _events(checker, "Graphite prices swung, with Beijing imposing export controls to answer Western chip curbs.",
                  "2023-12-01")
    assert [c.verdict.verdict for c in got] == ["supported"], [(c.claim.event, c.verdict.explanation) for c in got]


def test_granted_licences_match_only_grants(checker) -> None:  # type: ignore[no-untyped-def]
    """Licences granted are a grant (events.csv type licence_grant), not the control that requires
    them: the first gallium and germanium licences (cn-2023-09-21-first-ga-ge-licences) support
    a grant told a few days later; magnet makers' licences of June 2025 match no grant row (the
    general licences of December 2025 are cn-2025-12-04-re-general-licences)."""
    ok = _events(checker, "China's commerce ministry said some applications to export gallium and germanium have been "
                          "approved.", "2023-09-25")
    assert [c.verdict.verdict for c in ok] == ["supported"], [(c.claim.event, c.verdict.explanation) for c in ok]
    other = _events(checker, "Two Chinese magnet makers had secured licences to ship rare earth magnets to Europe.",
                    "2025-06-20")
    assert [c.verdict.verdict for c in other] == ["unverifiable"], [(c.claim.event, c.verdict.explanation) for c in other]


def test_a_list_with_its_count_is_read_as_the_count(checker) -> None:  # type: ignore[no-untyped-def]
    # the count is the checkable figure; the list's act is read only when no count is
    got = checker.check("Chile's list of 12 critical minerals now covers copper and molybdenum.", DATE).checks
    assert [(c.claim.value, c.claim.unit, c.verdict.verdict) for c in got] == [(12, "count", "unverifiable")]


@pytest.mark.parametrize(("text", "date"), [
    # the authority's act in the active voice is a licence grant like the passive one
    # (events.csv: cn-2023-09-21-first-ga-ge-licences)
    ("Beijing has granted the first export licences for germanium, the ministry said.", "2023-10-15"),
    ("China approved several export permits for gallium in September 2023.", "2023-12-01"),
])
def test_a_grant_in_the_active_voice_is_the_recorded_grant(checker, text: str, date: str) -> None:  # type: ignore[no-untyped-def]
    got = _events(checker, text, date)
    assert got and got[0].verdict.verdict == "supported", [(c.claim.event, c.verdict.explanation) for c in got]
    assert got[0].verdict.evidence[0].edition == "cn-2023-09-21-first-ga-ge-licences"


def test_rules_about_permits_are_no_grant(checker) -> None:  # type: ignore[no-untyped-def]
    assert not [c for c in _events(checker, "The ministry approved new rules on export permits.", "2023-11-01")
                if c.claim.event and c.claim.event.get("type") == "licence"]

