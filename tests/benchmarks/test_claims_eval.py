"""Integrity of the labelled claim-checking evaluation set (benchmarks/claims_eval).

These tests check the set itself, not the checker: the columns, the allowed labels,
that every cited evidence row exists in the bundled data with the value stated, and
that the labels respect the edition rule (the edition current on an article's date is
the latest one of its series published on or before that date, editions.csv).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from critmin.dataset import DATA_DIR

EVAL = Path(__file__).resolve().parents[2] / "benchmarks" / "claims_eval"
VERDICTS = {
    "supported",
    "refuted",
    "partly_supported",
    "supported_by_other_edition",
    "unverifiable",
}
KINDS = {"quantity", "share", "rank", "comparison", "change", "date_event", "attribution"}
ARTICLE_COLUMNS = ["article_id", "url", "publisher", "title", "published", "retrieved_via"]
CLAIM_COLUMNS = [
    "claim_id",
    "article_id",
    "sentence",
    "claim_kind",
    "commodity",
    "measure",
    "country",
    "year",
    "value",
    "unit",
    "expected_verdict",
    "evidence",
    "rationale",
]
NON_CLAIM_COLUMNS = ["non_claim_id", "article_id", "sentence", "note"]


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


@pytest.fixture(scope="module")
def articles() -> list[dict[str, str]]:
    cols, rows = read(EVAL / "articles.csv")
    assert cols == ARTICLE_COLUMNS
    return rows


@pytest.fixture(scope="module")
def claims() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in _load_runner().claim_files(EVAL):
        cols, part = read(path)
        assert cols == CLAIM_COLUMNS, path.name
        rows += part
    return rows


def test_the_claims_files_are_blocks_of_articles() -> None:
    """Closed blocks (claims_A<first>-A<last>.csv) hold only their articles' claims, claims.csv only
    later articles', so an article's sentences are never split between files; no file reaches 5 MB
    (when claims.csv would, its block is closed: README, "Files")."""
    run = _load_runner()
    files = run.claim_files(EVAL)
    assert files[-1].name == "claims.csv" and len(files) >= 3
    last = None
    for path in files[:-1]:
        first, final = run.claim_block(path)
        assert last is None or run._id_key(first) > run._id_key(last), path.name  # blocks do not overlap
        assert all(run._id_key(first) <= run._id_key(r["article_id"]) <= run._id_key(final)
                   for r in read(path)[1]), path.name
        last = final
    assert all(run._id_key(r["article_id"]) > run._id_key(last) for r in read(files[-1])[1])
    assert all(p.stat().st_size < 5_000_000 for p in files)


@pytest.fixture(scope="module")
def non_claims() -> list[dict[str, str]]:
    cols, rows = read(EVAL / "non_claims.csv")
    assert cols == NON_CLAIM_COLUMNS
    return rows


@pytest.fixture(scope="module")
def editions() -> dict[str, dict[str, str]]:
    return {r["edition"]: r for r in read(DATA_DIR / "editions.csv")[1]}


@pytest.fixture(scope="module")
def observations() -> list[dict[str, str]]:
    return read(DATA_DIR / "observations.csv")[1]


def published(row: dict[str, str]) -> dt.date:
    return dt.date.fromisoformat(row["published"])


def parse_evidence(text: str) -> list[list[str]]:
    return [part.strip().split("|") for part in text.split(" ; ") if part.strip()]


def test_articles_are_unique_dated_and_in_range(articles: list[dict[str, str]]) -> None:
    ids = [a["article_id"] for a in articles]
    assert len(ids) == len(set(ids))
    assert len({a["url"] for a in articles}) == len(articles)
    for a in articles:
        assert a["url"].startswith(("http://", "https://")), a
        assert a["publisher"] and a["title"], a
        assert dt.date(2023, 1, 1) <= published(a) <= dt.date(2026, 12, 31), a


def test_claims_are_labelled_with_the_allowed_vocabulary(
    claims: list[dict[str, str]], articles: list[dict[str, str]]
) -> None:
    article_ids = {a["article_id"] for a in articles}
    assert len({c["claim_id"] for c in claims}) == len(claims)
    assert len(claims) >= 150
    for c in claims:
        assert c["article_id"] in article_ids, c["claim_id"]
        assert c["expected_verdict"] in VERDICTS, c["claim_id"]
        assert c["claim_kind"] in KINDS, c["claim_id"]
        assert c["sentence"].strip() == c["sentence"] and c["sentence"], c["claim_id"]
        assert "\n" not in c["sentence"], c["claim_id"]
        assert c["rationale"], c["claim_id"]
        assert c["commodity"] and c["measure"] and c["country"], c["claim_id"]
        if c["year"]:
            assert 1900 <= int(c["year"]) <= 2050, c["claim_id"]
    # every kind and every verdict is represented
    assert set(Counter(c["claim_kind"] for c in claims)) == KINDS
    assert set(Counter(c["expected_verdict"] for c in claims)) == VERDICTS


def test_sentences_are_not_repeated(
    claims: list[dict[str, str]], non_claims: list[dict[str, str]]
) -> None:
    keys = [(c["article_id"], c["sentence"]) for c in claims]
    keys += [(n["article_id"], n["sentence"]) for n in non_claims]
    assert len(keys) == len(set(keys))


def test_non_claims(non_claims: list[dict[str, str]], articles: list[dict[str, str]]) -> None:
    article_ids = {a["article_id"] for a in articles}
    assert len(non_claims) >= 30
    assert len({n["non_claim_id"] for n in non_claims}) == len(non_claims)
    for n in non_claims:
        assert n["article_id"] in article_ids, n
        assert n["sentence"] and "\n" not in n["sentence"], n
        assert n["note"], n


def test_every_evidence_row_exists_with_the_stated_value(
    claims: list[dict[str, str]],
    observations: list[dict[str, str]],
    editions: dict[str, dict[str, str]],
) -> None:
    imports = read(DATA_DIR / "import_sources.csv")[1]
    events = {r["event_id"]: r for r in read(DATA_DIR / "events.csv")[1]}
    index = {
        (
            r["commodity"],
            r["product"],
            r["measure"],
            r["stage"],
            r["country"],
            r["year"],
            r["edition"],
        ): r
        for r in observations
    }
    for c in claims:
        for ev in parse_evidence(c["evidence"]):
            table = ev[0]
            if table == "observations":
                _, com, prod, meas, stage, cty, year, edition, value = ev
                row = index.get((com, prod, meas, stage, cty, year, edition))
                assert row is not None, (c["claim_id"], ev)
                if value:
                    assert float(row["value"]) == float(value), (c["claim_id"], ev, row["value"])
                else:
                    assert row["value"] == "", (c["claim_id"], ev)
            elif table == "editions":
                _, edition, field, value = ev
                assert editions[edition][field] == value, (c["claim_id"], ev)
            elif table == "import_sources":
                _, buyer, com, prod, period, partner, edition, share = ev
                match = [
                    r
                    for r in imports
                    if (r["buyer"], r["commodity"], r["product"], r["period"], r["partner"])
                    == (buyer, com, prod, period, partner)
                    and r["edition"] == edition
                ]
                assert len(match) == 1, (c["claim_id"], ev)
                assert float(match[0]["share"]) == float(share), (c["claim_id"], ev)
            elif table == "events":
                _, event_id, field, value = ev
                assert event_id in events, (c["claim_id"], ev)
                cell = events[event_id][field]
                try:
                    assert float(cell) == float(value), (c["claim_id"], ev, cell)
                except ValueError:
                    assert cell == value, (c["claim_id"], ev, cell)
            else:
                pytest.fail(f"{c['claim_id']}: unknown evidence table {table}")


def _cited_editions(claim: dict[str, str]) -> list[str]:
    out = []
    for ev in parse_evidence(claim["evidence"]):
        if ev[0] == "observations":
            out.append(ev[7])
        elif ev[0] == "import_sources":
            out.append(ev[6])
        elif ev[0] == "editions":
            out.append(ev[1])
    return out


def _current(series: str, on: dt.date, editions: dict[str, dict[str, str]]) -> str | None:
    known = [
        (dt.date.fromisoformat(e["published"]), name)
        for name, e in editions.items()
        if e["series"] == series and dt.date.fromisoformat(e["published"]) <= on
    ]
    return max(known)[1] if known else None


def test_labels_follow_the_edition_rule(
    claims: list[dict[str, str]],
    articles: list[dict[str, str]],
    editions: dict[str, dict[str, str]],
) -> None:
    dates = {a["article_id"]: published(a) for a in articles}
    events = {r["event_id"]: r for r in read(DATA_DIR / "events.csv")[1]}
    for c in claims:
        verdict, on = c["expected_verdict"], dates[c["article_id"]]
        cited = _cited_editions(c)
        event_dates = [
            events[ev[1]]["date"] for ev in parse_evidence(c["evidence"]) if ev[0] == "events"
        ]
        if verdict != "unverifiable":
            assert cited or event_dates, f"{c['claim_id']}: a {verdict} label must cite evidence"
        # an event cited as evidence happened on or before the article's date
        for d in event_dates:
            assert d[:10] <= on.isoformat(), f"{c['claim_id']}: event of {d} after {on}"
        if verdict != "unverifiable" and event_dates and not cited:
            continue  # settled by the events table alone (no edition involved)
        if verdict in {"supported", "refuted", "partly_supported"}:
            # judged against the edition current on the article's date
            current = [e for e in cited if e == _current(editions[e]["series"], on, editions)]
            assert current, f"{c['claim_id']}: must cite the edition current on {on}"
        if verdict == "supported_by_other_edition":
            others = [e for e in cited if e != _current(editions[e]["series"], on, editions)]
            assert others, f"{c['claim_id']}: must cite an edition other than the current one"


# --- the scorer itself, driven by stand-in checkers -----------------------------------


def _load_runner():
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("claims_eval_run", EVAL / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def _install_checker(monkeypatch: pytest.MonkeyPatch, check) -> None:
    import sys
    import types

    import critmin

    fake = types.ModuleType("critmin.claims")
    fake.check = check  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "critmin.claims", fake)
    monkeypatch.setattr(critmin, "claims", fake, raising=False)


def test_runner_scores_an_oracle_perfectly(
    monkeypatch: pytest.MonkeyPatch, claims: list[dict[str, str]], capsys
) -> None:
    import json

    labels = {c["sentence"]: c["expected_verdict"] for c in claims}

    def oracle(text: str, date: dt.date) -> dict:
        found = []
        pos = 0
        for line in text.split("\n\n"):
            if line in labels:
                found.append({"span": (pos, pos + len(line)), "verdict": labels[line]})
            pos += len(line) + 2
        return {"claims": found, "contradictions": []}

    _install_checker(monkeypatch, oracle)
    assert _load_runner().main(["--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    overall = out["overall"]
    assert overall["labelled"] == len(claims)
    assert overall["recall"] == 1.0
    assert overall["precision"] == 1.0
    assert overall["verdict_accuracy_end_to_end"] == 1.0
    # the baseline (digit heuristic, majority label) is measured in the same run
    assert 0 < out["baseline"]["overall"]["verdict_accuracy_end_to_end"] < 1


def test_runner_counts_detections_in_non_claims_as_false_positives(
    monkeypatch: pytest.MonkeyPatch, claims: list[dict[str, str]], capsys
) -> None:
    import json

    def everything(text: str, date: dt.date) -> dict:
        found, pos = [], 0
        for line in text.split("\n\n"):
            found.append({"start": pos, "end": pos + len(line), "verdict": "unverifiable"})
            pos += len(line) + 2
        return {"claims": found}

    _install_checker(monkeypatch, everything)
    assert _load_runner().main(["--json"]) == 0
    overall = json.loads(capsys.readouterr().out)["overall"]
    assert overall["recall"] == 1.0
    assert overall["precision"] < 1.0  # every non-claim sentence was flagged


def test_runner_exits_2_without_the_checker(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    import critmin

    monkeypatch.setitem(sys.modules, "critmin.claims", None)  # makes the import fail
    monkeypatch.delattr(critmin, "claims", raising=False)
    with pytest.raises(SystemExit) as exc:
        _load_runner().main([])
    assert exc.value.code == 2


def test_failures_stay_unlisted_for_held_out_articles_after_the_retired_ones() -> None:
    run = _load_runner()
    later = next(a.article_id for a in run.load(run.HERE)
                 if run.split_of(a.article_id) == "heldout" and not run.readable(a.article_id))
    assert run.readable(run.RETIRED_UNTIL)
    assert not run.readable(later)
    # batches labelled whole after each retired range stay unread, whatever their hash says
    for first, last in run.RETIRED_BATCHES:
        after = f"A{int(last[1:]) + 1}"
        assert run.readable(first) and run.readable(last) and not run.readable(after)
        if (first, last) != run.RETIRED_BATCHES[-1]:
            continue
        assert not any(run.readable(f"A{n}") for n in range(int(after[1:]), int(after[1:]) + 40))
    assert not run.readable("A800")  # the validation batch between the two retired ranges
    with pytest.raises(SystemExit):
        run.main(["--failures", "--split", "heldout", "--from-article", later, "--until-article", later])


def test_the_readable_split_is_the_training_set() -> None:
    run = _load_runner()
    arts = run.load(run.HERE)
    chosen = {a.article_id for a in run.select(arts, "readable")}
    assert chosen == {a.article_id for a in arts if run.readable(a.article_id)}
    assert "A001" in chosen and "A700" in chosen and "A800" not in chosen and "A950" in chosen and "A1000" in chosen and "A1100" in chosen and "A1350" in chosen and "A1300" in chosen and "A1400" in chosen and "A1500" in chosen and "A1520" in chosen and "A1600" in chosen and "A1680" in chosen and "A1700" in chosen and "A1760" in chosen and "A1850" in chosen and "A1900" in chosen and "A1950" in chosen and "A2000" in chosen and "A2080" in chosen and "A2150" in chosen and "A2200" in chosen and "A2260" in chosen and "A2300" in chosen and "A2360" in chosen and "A2450" not in chosen and "A2500" in chosen and "A2560" not in chosen and "A2620" in chosen
    assert not any(run.split_of(a) == "heldout" and run._id_key(a) <= run._id_key(run.LAST_SPLIT)
                   and run._id_key(a) > run._id_key(run.RETIRED_UNTIL) for a in chosen)
