"""Shared fixtures: a small dataset of real published figures, and stores on it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from critmin.dataset import DATA_DIR

FIXTURE_DATA = Path(__file__).parent / "fixtures" / "data"
GAZETTEER_TABLES = ("countries", "commodities", "units")


def make_data_dir(target: Path, tables: dict[str, str] | None = None) -> Path:
    """A dataset directory: the fixture tables, the package's gazetteer tables and schemas.

    ``tables`` overrides or adds tables (name -> CSV text).
    """
    target.mkdir(parents=True, exist_ok=True)
    (target / "schema").mkdir(exist_ok=True)
    names = set(GAZETTEER_TABLES)
    for name in GAZETTEER_TABLES:
        shutil.copy(DATA_DIR / f"{name}.csv", target / f"{name}.csv")
    for path in FIXTURE_DATA.glob("*.csv"):
        shutil.copy(path, target / path.name)
        names.add(path.stem)
    for name, text in (tables or {}).items():
        (target / f"{name}.csv").write_text(text, encoding="utf-8")
        names.add(name)
    for name in names:
        shutil.copy(DATA_DIR / "schema" / f"{name}.csv", target / "schema" / f"{name}.csv")
    return target


@pytest.fixture
def fixture_data_dir(tmp_path: Path) -> Path:
    return make_data_dir(tmp_path / "data")


@pytest.fixture
def cache_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the store and the user layer at a private directory."""
    home = tmp_path / "home"
    monkeypatch.setenv("CRITMIN_HOME", str(home))
    monkeypatch.setenv("CRITMIN_USER_DIR", str(home / "user"))
    return home


@pytest.fixture
def fixture_store(fixture_data_dir: Path, cache_env: Path):
    from critmin.store import open_store

    store = open_store(fixture_data_dir)
    yield store
    store.close()


@pytest.fixture
def cli_failure(capsys: pytest.CaptureFixture[str]):
    """Run ``critmin ARGS`` expecting it to exit with an error; return (exit code, stderr)."""
    from critmin.cli import main

    def _fail(*args: str) -> tuple[int | str | None, str]:
        with pytest.raises(SystemExit) as exc:
            main(list(args))
        return exc.value.code, capsys.readouterr().err

    return _fail


@pytest.fixture(scope="session")
def data_dir_factory():
    """``make_data_dir`` as a fixture, for tests that build several datasets."""
    return make_data_dir


@pytest.fixture(scope="module")
def bundled_store(tmp_path_factory):
    """A store on the bundled dataset, cached in a private directory (one per test module)."""
    import os

    from critmin.store import open_store

    home = tmp_path_factory.mktemp("home")
    old = {k: os.environ.get(k) for k in ("CRITMIN_HOME", "CRITMIN_USER_DIR", "CRITMIN_DATA_DIR")}
    os.environ["CRITMIN_HOME"] = str(home)
    os.environ["CRITMIN_USER_DIR"] = str(home / "user")
    os.environ.pop("CRITMIN_DATA_DIR", None)
    store = open_store()
    yield store
    store.close()
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
