"""Speed-ups that must not change what the checker reads: the faster forms of patterns
find exactly the matches of the plain ones (sentences written for this test)."""

from __future__ import annotations

import re

import pytest

from critmin.claims import event_terms as et
from critmin.claims import extract as ex

SENTENCES = [
    "Lynas said on Monday it had bought a 20% stake in a Texas separation venture for $40 million.",
    "The Mount Weld mine resumed production in March after a two-week halt for maintenance.",
    "Customs officials arrested three executives accused of smuggling antimony concentrate.",
    "The miner announced it would immediately shut the smelter because of power shortages.",
    "Beijing will impose new duties on graphite anodes from next week, the ministry said.",
    "Prices for terbium oxide moved higher after traders reported thin spot volumes.",
    "The refinery was placed in care and maintenance while the owner sought a buyer.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_led_term_patterns_find_the_same_matches(sentence: str) -> None:
    plain = (et._TRANSACTION, et._OPERATION, et._ENFORCEMENT, et._DECIDED_OPERATION, et._ANNOUNCED)
    for p, led in zip(plain, et._term_kinds_led(), strict=True):
        assert led is not p
        assert [m.span() for m in led.finditer(sentence)] == [m.span() for m in p.finditer(sentence)]


def test_boundary_patterns_are_those_of_compiled_sources() -> None:
    # a pattern given as source to _boundary wraps exactly as the compiled pattern would
    src = r"(?P<verb>imposed|lifted)\s+(?:export\s+)?(?:controls|curbs)|quota"
    from_source = ex._boundary(ex._uncompiled(src, re.I))
    from_compiled = ex._boundary(re.compile(src, re.I))
    assert (from_source.pattern, from_source.flags) == (from_compiled.pattern, from_compiled.flags)
    text = "Officials imposed export curbs; a quota followed. Nobody lifted controls."
    assert [m.group(0) for m in from_source.finditer(text)] == ["imposed export curbs", "quota", "lifted controls"]
    for name in ("_MEASURE", "_EVENT", "_DATE", "_EVENT_TYPE"):
        assert isinstance(getattr(ex, name), re.Pattern)  # wrapped at import, never left as source
