"""Outputs: JSON valid against the published schema, the terminal table, the HTML page,
the CLI, and contradictions inside one article."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from click.testing import CliRunner

from critmin.claims.render import COLOURS, render_html, render_json, render_table, schema

ARTICLE = (
    "China mined 270,000 tons of rare earths in 2024, according to the USGS. "
    "It mined 240,000 tons in 2023. Russia has the fifth-largest rare earth reserves. "
    "Russia's rare earth reserves far exceed those of Ukraine. "
    "China supplies 90% of the world's mined rare earths. "
    "On 4 April 2025, Beijing imposed export controls on seven rare earth elements."
)

_TYPES = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float),
          "boolean": bool, "null": type(None)}


def validate(value: Any, sch: dict[str, Any], root: dict[str, Any], path: str = "$") -> list[str]:
    """A small validator for the subset of JSON Schema that schema.json uses
    (jsonschema is not a dependency)."""
    if "$ref" in sch:
        target: Any = root
        for part in sch["$ref"].lstrip("#/").split("/"):
            target = target[part]
        return validate(value, target, root, path)
    errs: list[str] = []
    if "type" in sch:
        types = sch["type"] if isinstance(sch["type"], list) else [sch["type"]]
        ok = any(isinstance(value, _TYPES[t]) and not (t in ("integer", "number") and isinstance(value, bool))
                 for t in types)
        if not ok:
            return [f"{path}: {value!r} is not {types}"]
    if "enum" in sch and value not in sch["enum"]:
        errs.append(f"{path}: {value!r} not in {sch['enum']}")
    if isinstance(value, dict):
        for k in sch.get("required", []):
            if k not in value:
                errs.append(f"{path}: missing {k}")
        props = sch.get("properties", {})
        for k, v in value.items():
            if k in props:
                errs += validate(v, props[k], root, f"{path}.{k}")
            elif isinstance(sch.get("additionalProperties"), dict):
                errs += validate(v, sch["additionalProperties"], root, f"{path}.{k}")
    if isinstance(value, list):
        if len(value) < sch.get("minItems", 0) or len(value) > sch.get("maxItems", 10**9):
            errs.append(f"{path}: wrong length {len(value)}")
        if "items" in sch:
            for i, v in enumerate(value):
                errs += validate(v, sch["items"], root, f"{path}[{i}]")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and "minimum" in sch and value < sch["minimum"]:
        errs.append(f"{path}: {value} < {sch['minimum']}")
    if isinstance(value, str) and "pattern" in sch and not re.search(sch["pattern"], value):
        errs.append(f"{path}: {value!r} does not match {sch['pattern']}")
    return errs


def test_validator_catches_errors() -> None:
    sch = schema()
    assert validate({"date": 3}, sch, sch)  # missing fields, wrong type
    bad = {"schema": "x", "date": "2025-06-01", "dataset_version": "v", "current_editions": {}, "message": None,
           "counts": {"supported": 0, "refuted": 0, "partly_supported": 0, "supported_by_other_edition": 0,
                      "unverifiable": 0},
           "claims": [{"claim": {}, "verdict": "true", "explanation": "", "edition": None, "needs": None,
                       "evidence": []}], "contradictions": []}
    errs = validate(bad, sch, sch)
    assert any("verdict" in e for e in errs) and any("missing sentence" in e for e in errs)


def test_json_follows_the_schema(checker) -> None:
    r = checker.check(ARTICLE, "2025-06-01")
    doc = json.loads(render_json(r, include_text=True))
    sch = schema()
    assert validate(doc, sch, sch) == []
    assert len(doc["claims"]) == len(r.checks) >= 5
    for c in doc["claims"]:
        a, b = c["claim"]["span"]
        assert doc["text"][a:b] == c["claim"]["text"]


def test_empty_result_follows_the_schema(checker) -> None:
    doc = json.loads(render_json(checker.check("", "2025-06-01")))
    sch = schema()
    assert validate(doc, sch, sch) == [] and doc["claims"] == [] and doc["message"]


def test_table_lists_every_claim(checker) -> None:
    r = checker.check(ARTICLE, "2025-06-01")
    out = render_table(r)
    for c in r.checks:
        assert c.verdict.verdict in out
    assert "MCS 2025" in out


def test_html_is_standalone_and_highlights_each_claim(checker) -> None:
    r = checker.check(ARTICLE + " <script>alert(1)</script>", "2025-06-01")
    page = render_html(r)
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"(src|href)\s*=\s*['\"]?(https?:)?//", page)  # no external assets
    assert "<script>alert(1)</script>" not in page  # article text is escaped
    marks = re.findall(r"<mark [^>]*data-claim='(\d+)'[^>]*border-color:(#[0-9a-f]{6})", page)
    assert len(marks) == len(r.checks)
    for i, colour in marks:
        assert colour == COLOURS[r.checks[int(i)].verdict.verdict]
        assert f"id='claim-{i}'" in page  # the evidence panel for the hover/click


def test_contradictions() -> None:
    from critmin.claims.contradictions import find_contradictions
    from critmin.claims.extract import extract_claims

    def kinds(text: str) -> list[str]:
        return [x.kind for x in find_contradictions(extract_claims(text, date="2025-06-01"))]

    assert kinds("China mined 270,000 tons of rare earths in 2024. China mined 200,000 tons of rare earths in 2024.") \
        == ["different_figures"]
    # the same figure twice, or rounded consistently, is no contradiction
    assert kinds("China mined 270,000 tons of rare earths in 2024. China mined about 0.27 Mt of rare earths in 2024.") == []
    assert kinds("China is the largest producer of rare earths. The U.S. is the largest producer of rare earths.") \
        == ["rank_conflict"]
    assert "ordinal_vs_list" in kinds(
        "In 2024 China mined 270,000 tons of rare earths, the U.S. 45,000 tons and Burma 31,000 tons. "
        "Burma is the second-largest producer of rare earths.")
    assert kinds("World rare earth mine production was 100,000 tons in 2024. "
                 "China mined 270,000 tons of rare earths in 2024.") == ["total_mismatch"]
    assert kinds("China supplies 70% of the world's mined rare earths. "
                 "The U.S. supplies 40% of the world's mined rare earths.") == ["total_mismatch"]


@pytest.fixture
def run(cache_env):  # type: ignore[no-untyped-def]
    import critmin.service as service

    service._STORE = None
    runner = CliRunner()

    def _run(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
        from critmin.cli import cli

        return runner.invoke(cli, list(args), input=input)

    yield _run
    if service._STORE is not None:
        service._STORE.close()
    service._STORE = None


def test_cli_formats(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    res = run("check", str(art), "--date", "2025-06-01")
    assert res.exit_code == 0, res.output
    assert "supported" in res.output and "Sources:" in res.output
    res = run("check", "-", "--date", "2025-06-01", "--format", "json", input=ARTICLE)
    assert res.exit_code == 0 and json.loads(res.output)["date"] == "2025-06-01"
    out = tmp_path / "a.html"
    res = run("check", str(art), "--format", "html", "--out", str(out))
    assert res.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_bad_input(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from critmin.cli import main

    bad = tmp_path / "b.bin"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(SystemExit) as ex:
        main(["check", str(bad)])
    assert ex.value.code == 1
    res = run("check", str(tmp_path / "a.txt"), "--date", "2025-13-45")
    assert res.exit_code == 2 and "not a date" in res.output
