"""Twenty-third session: the event matcher's pair feature for the specific commodities a sentence names
(``ms:own`` / ``ms:not_own``) and its reading of a price per unit (``USD/kg``), on INVENTED rows added to
the events table (none is in events.csv; the shapes follow its columns)."""

from __future__ import annotations

import csv

from critmin.claims import event_matcher as em
from critmin.dataset import DATA_DIR

DATA = str(DATA_DIR)
DAY = "2024-06-20"

#: two controls by one country on rare earths, each listing its own elements, and a price guarantee
ROWS = [
    {"event_id": "per-2024-03-14-heavy-ree-licences", "date": "2024-03-14", "date_precision": "day",
     "effective_date": "", "end_date": "", "type": "export_control", "title": "Peru licenses exports of heavy rare earths",
     "actors": "PER", "imposed_by": "PER", "targets": "", "commodities": "rare_earths;dysprosium;terbium",
     "elements": "Dy;Tb", "legal_reference": "", "quantity": "", "unit": "", "source_id": "invented"},
    {"event_id": "per-2024-05-02-light-ree-licences", "date": "2024-05-02", "date_precision": "day",
     "effective_date": "", "end_date": "", "type": "export_control", "title": "Peru licenses exports of light rare earths",
     "actors": "PER", "imposed_by": "PER", "targets": "", "commodities": "rare_earths;lanthanum;cerium",
     "elements": "La;Ce", "legal_reference": "", "quantity": "", "unit": "", "source_id": "invented"},
    {"event_id": "per-2024-04-10-bismuth-price-floor", "date": "2024-04-10", "date_precision": "day",
     "effective_date": "", "end_date": "", "type": "price_floor", "title": "Peru guarantees a bismuth price floor",
     "actors": "PER", "imposed_by": "", "targets": "", "commodities": "bismuth", "elements": "Bi",
     "legal_reference": "", "quantity": "23", "unit": "USD/kg", "source_id": "invented"},
]


def _table() -> list[dict[str, str]]:
    with (DATA_DIR / "events.csv").open(encoding="utf-8", newline="") as f:
        return [*csv.DictReader(f), *ROWS]


TABLE = _table()


def _features(sentence: str) -> dict[str, list[str]]:
    """event id -> the pair features of each candidate row of the sentence."""
    idx = em.row_index(TABLE, DATA)
    return {idx.events[i]["event_id"]: f for i, f in em.rank_rows(em.read_sentence(sentence, DAY, DATA, "open_event"), idx)}


def test_groups_are_the_element_groups_of_the_commodities_table() -> None:
    groups = em.commodity_groups(DATA)
    assert {"rare_earths", "magnet_rees", "critical_minerals"} <= groups
    assert not groups & {"dysprosium", "ndfeb_magnets", "cobalt"}


def test_the_specific_commodity_named_tells_the_rows_of_one_group_apart() -> None:
    f = _features("Dysprosium and terbium, two rare earths, need a licence under Peru's export controls.")
    heavy, light = f["per-2024-03-14-heavy-ree-licences"], f["per-2024-05-02-light-ree-licences"]
    # the group ties them on the commodity cue ...
    assert "m:exact" in heavy and "m:exact" in light
    # ... the elements named do not
    assert "ms:own" in heavy and "ms:not_own" in light


def test_a_row_covers_the_elements_it_lists_and_a_group_alone_gives_no_specific_feature() -> None:
    # the row's elements column counts among its own (lanthanum by the symbol La)
    assert "ms:own" in _features("Peru now licenses lanthanum exports.")["per-2024-05-02-light-ree-licences"]
    # a sentence naming only the group: no ms: feature for any row
    assert not any(x.startswith("ms:") for fs in _features("Peru controls rare earth exports.").values() for x in fs)


def test_a_price_per_unit_is_read_in_dollars_a_kilogram_not_as_a_sum_of_money() -> None:
    got = em.stated_amounts("A floor price of $110 per kilogram and a $400 million stake.")
    assert got["USD/kg"] == [(110.0, 5.0)]
    assert [v for v, _ in got["USD_million"]] == [400.0]
    assert em.stated_amounts("APT at US$600 a tonne.")["USD/kg"][0][0] == 0.6
    assert "USD_million" not in em.stated_amounts("Bismuth above $23/kg.")


def test_a_stated_price_meets_the_row_that_holds_it() -> None:
    row = ROWS[2]
    # a candidate by its figure, with the figure matched
    f = _features("The government will pay at least $23 per kilogram to the smelter.")
    assert "fig:match" in f["per-2024-04-10-bismuth-price-floor"]
    # the guard at the call: the row's own price is held; another price or a price against a row of a sum is not
    assert not em._amount_not_held("a floor of $23 per kilogram", row)
    assert em._amount_not_held("a floor of $40 per kilogram", row)
    assert em._amount_not_held("a floor of $23 per kilogram", {"quantity": "400", "unit": "USD_million"})
