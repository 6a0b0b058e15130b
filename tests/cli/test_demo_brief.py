"""The demo brief's controls-and-ground section, checked against the legal texts.

MOFCOM/GAC Announcement No. 18 of 2025 (4 April 2025) put Sm, Gd, Tb, Dy, Lu, Sc and Y under
export licensing; Announcement No. 57 of 2025 (9 October 2025) added Ho, Er, Tm, Eu and Yb and
was suspended by Announcement No. 70 of 2025 (7 November 2025) until 10 November 2026.
"""

from __future__ import annotations

import pytest

from critmin.briefing import commodity_brief


@pytest.fixture(scope="module")
def store(bundled_store):
    return bundled_store


def _section(store, as_of: str) -> str:
    brief = commodity_brief(store, "rare earths", as_of=as_of)
    sec = next(s for s in brief.sections if s.heading.startswith("Controls and contested ground"))
    return "\n".join(line.text for line in sec.lines)


def test_april_2025_licensing_in_force_before_october(store) -> None:
    text = _section(store, "2025-06-01")
    assert "No. 18 of 2025" in text and "Dy" in text
    assert "No. 57 of 2025" not in text  # not yet announced


def test_october_additions_suspended_april_measure_kept(store) -> None:
    text = _section(store, "2025-12-15")
    assert "No. 18 of 2025" in text
    assert "No. 57 of 2025" not in text  # suspended by No. 70 of 2025 until 10 November 2026


def test_every_line_with_a_figure_is_sourced(store) -> None:
    brief = commodity_brief(store, "rare earths", as_of="2025-06-01")
    sec = brief.sections[-1]
    dated = [line for line in sec.lines if line.text.startswith("  20")]
    assert dated  # the section lists dated entries; each must cite its source
    for line in dated:
        assert line.sources, line.text
    assert any("Ukraine" in line.text for line in sec.lines)
