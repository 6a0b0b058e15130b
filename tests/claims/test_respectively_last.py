"""Fewer figures than names before "respectively": the figures go with the last names, in order
(extract._respectively, RESPECTIVELY_LAST)."""

from __future__ import annotations

import datetime as dt

from critmin import claims


def test_last_names_take_the_figures() -> None:
    # MCS 2025 (2024 mine production of rare earths): US 45,000 t, Myanmar 31,000 t of 390,000 t,
    # 11.5 % and 7.9 %, which round to 12 % and 8 % (rule 5)
    res = claims.check("China leads the world in rare earth mining, while the U.S. and Myanmar hold 12% and 8% of "
                       "global output respectively.", date=dt.date(2025, 10, 30))
    shares = {c.claim.country: c.verdict.verdict for c in res.checks if c.claim.kind == "share"}
    assert shares.get("USA") == "supported"
    assert shares.get("MMR") == "supported"
