"""Reference tests on the 2010-11 rare-earth export-quota episode (the only calibration episode).

Published figures (shared/data/prices/market_reactions.csv and policy_timeline_2010_2025.csv):
- prices of all rare earths rose about 1,500 % between October 2009 and June 2011 (Wyoming State
  Geological Survey) -> a ~16-fold rise, the calibration target;
- China's export unit prices rose 130 % year on year in Jan-Nov 2010 (MOFCOM via Windpower Monthly);
- 2011 export quota 30,184 t (Reuters), used at 61.6 % -> 18,593 t.
"""

from __future__ import annotations

import pytest

from critmin.scenarios.calibration import TARGET_RATIO_2011, calibrate_2010, episode_2010
from critmin.scenarios.parameters import load_parameters

WSGS_RISE_2011 = 1 + 15.0  # +1,500 %
MOFCOM_EXPORT_UNIT_PRICE_2010 = 1 + 1.30  # +130 % y/y


@pytest.fixture(scope="module")
def ep() -> object:
    return episode_2010()


def test_two_price_system_direction(ep) -> None:  # type: ignore[no-untyped-def]
    for year in (2010, 2011):
        assert ep.outside_ratio[year] > 1.0  # prices outside China rise
        assert ep.inside_ratio[year] < ep.outside_ratio[year]  # China's domestic price stays below the outside price
        assert ep.wedge[year] > 1.0


def test_calibrated_elasticity_reproduces_the_published_rise(ep) -> None:  # type: ignore[no-untyped-def]
    assert TARGET_RATIO_2011 == WSGS_RISE_2011
    assert ep.outside_ratio[2011] == pytest.approx(WSGS_RISE_2011, rel=0.01)


def test_2010_rise_has_the_published_order_of_magnitude(ep) -> None:  # type: ignore[no-untyped-def]
    # not a calibration target: within a factor of 3 of MOFCOM's +130 % export unit price rise
    assert MOFCOM_EXPORT_UNIT_PRICE_2010 / 3 <= ep.outside_ratio[2010] <= MOFCOM_EXPORT_UNIT_PRICE_2010 * 3


def test_exports_respect_the_quota(ep) -> None:  # type: ignore[no-untyped-def]
    assert ep.exports[2011] == pytest.approx(30184 * 0.616, abs=1.0)
    assert ep.exports[2010] <= 30000 + 1e-6


def test_parameter_table_records_the_calibrated_value() -> None:
    p = load_parameters().get("demand_elasticity_short", "rare_earths", "aggregate")
    assert p.source_id == "critmin_calibration_2010"
    assert p.low is not None and p.high is not None and p.low < p.value < p.high


@pytest.mark.slow
def test_calibration_refits_the_stored_value() -> None:
    p = load_parameters().get("demand_elasticity_short", "rare_earths", "aggregate")
    assert calibrate_2010().elasticity == pytest.approx(p.value, abs=1e-3)
