"""Fast start: importing critmin or its CLI loads no heavy library."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pandas", "duckdb", "numpy", "dask", "distributed", "fastapi", "matplotlib", "plotly",
         "networkx", "scipy", "SALib", "pyarrow", "rich")


def _loaded_after(stmt: str) -> set[str]:
    code = f"import sys; {stmt}; print(','.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return {m.split(".")[0] for m in out.strip().split(",")}


def test_import_critmin_loads_no_heavy_library():
    assert not (_loaded_after("import critmin") & set(HEAVY))


def test_cli_help_loads_no_heavy_library():
    stmt = "from critmin.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass"
    code = f"import sys\n{stmt}\nprint(','.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = {m.split(".")[0] for m in out.strip().splitlines()[-1].split(",")}
    assert not (loaded & set(HEAVY)), loaded & set(HEAVY)


def test_every_registered_command_imports_and_has_help():
    from click.testing import CliRunner

    from critmin.cli import COMMANDS, SHORT_HELP, cli

    assert set(COMMANDS) == set(SHORT_HELP)
    for name in COMMANDS:
        res = CliRunner().invoke(cli, [name, "--help"])
        assert res.exit_code == 0, (name, res.output)
