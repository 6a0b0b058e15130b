"""Write docs/cli.md from the CLI's own --help texts (a test checks it is current)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def render() -> str:
    from critmin.cli import COMMANDS, cli

    runner = CliRunner()
    out = ["# critmin command line", "",
           "Generated from `--help` by `scripts/gen_cli_docs.py`; do not edit by hand.", ""]

    def section(path: list[str]) -> None:
        res = runner.invoke(cli, [*path, "--help"], terminal_width=100, prog_name="critmin")
        out.extend([f"## critmin {' '.join(path)}".rstrip(), "", "```text", res.output.rstrip(), "```", ""])

    section([])
    ctx = click.Context(cli)
    for name in sorted(COMMANDS):
        cmd = cli.get_command(ctx, name)
        section([name])
        if isinstance(cmd, click.Group):
            for sub in sorted(cmd.list_commands(ctx)):
                section([name, sub])
    return "\n".join(out)


if __name__ == "__main__":
    (ROOT / "docs" / "cli.md").write_text(render(), encoding="utf-8")
    print("wrote docs/cli.md")
