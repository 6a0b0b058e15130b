"""Bad scenario files: one per error kind, each with file, line, field and what was expected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from critmin.errors import ScenarioError
from critmin.scenarios.runner import run_scenario
from critmin.scenarios.spec import load_scenario, scenario_schema

BAD = Path(__file__).parent / "bad"


def _problems(name: str) -> tuple[str, list[str]]:
    with pytest.raises(ScenarioError) as exc:
        load_scenario(BAD / name)
    err = exc.value
    return str(err), list(getattr(err, "errors", []) or [str(err)])


@pytest.mark.parametrize(
    ("name", "line", "field", "expected"),
    [
        ("missing_field.toml", None, "title", "required"),
        ("unknown_field.toml", 3, "comodities", "no such field"),
        ("wrong_type.toml", 4, "years", "integer"),
        ("unknown_kind.toml", 6, "policies.0", "kind to be one of"),
        ("bad_dist.toml", 10, "policies.0.approval_share", "low must not exceed high"),
        ("dist_missing.yaml", 9, "policies.0.approval_share", "mode"),
        ("deal_unknown_project.toml", None, "(file)", "nowhere"),
        ("quota_both.toml", 5, "policies.0", "exactly one of quota or share_of_reference"),
    ],
)
def test_validation_problem_names_file_line_field_expected(name: str, line: int | None, field: str, expected: str) -> None:
    _, problems = _problems(name)
    match = [p for p in problems if f"field {field}" in p and expected in p]
    assert match, problems
    p = match[0]
    assert p.startswith(str(BAD / name))
    if line is not None:
        assert f"line {line}:" in p, p


def test_each_problem_reported_once() -> None:
    _, problems = _problems("missing_policy_field.toml")
    fields = [p.split("field ")[1].split(":")[0] for p in problems]
    assert "policies.0.approval_share" in fields
    assert "policies.1.rate" in fields and "policies.1.importer_share" in fields
    assert len(problems) == len(set(problems))
    # licensing block starts on line 5; its problem points inside it
    lic = next(p for p in problems if "policies.0.approval_share" in p)
    assert "line 5:" in lic


@pytest.mark.parametrize(("name", "line"), [("syntax.toml", 2), ("syntax.yaml", 3)])
def test_syntax_errors_name_the_line(name: str, line: int) -> None:
    msg, _ = _problems(name)
    assert str(BAD / name) in msg and f"line {line}" in msg


def test_not_utf8() -> None:
    msg, _ = _problems("not_utf8.toml")
    assert "not UTF-8" in msg


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("unmodelled_commodity.toml", "'cobalt' is not modelled"),
        ("wrong_exporter.toml", "restricting_country"),
        ("cap_outside.toml", "production cap applies to the restricting country"),
        ("unknown_market.toml", "does not model"),
        ("ge_reference_exports.toml", "modelled in shares of world output"),
        ("ge_not_china.toml", "restricting_country must be CHN"),
        ("ge_share_out_of_range.toml", r"supply_share_inside must lie in \(0, 1\)"),
    ],
)
def test_run_time_errors(name: str, needle: str) -> None:
    with pytest.raises(ScenarioError, match=needle):
        run_scenario(BAD / name, draws=0)


def test_unknown_library_name() -> None:
    with pytest.raises(ScenarioError, match="no scenario file or library scenario"):
        run_scenario("no-such-scenario", draws=0)


def test_schema_lists_every_policy_kind() -> None:
    text = json.dumps(scenario_schema())
    for kind in ("export_ban", "export_quota", "licensing", "tariff", "anti_dumping_duty", "sanction", "import_ban",
                 "territory_loss", "territory_recovery", "new_project", "deal", "stockpile_release", "price_floor"):
        assert f'"{kind}"' in text
