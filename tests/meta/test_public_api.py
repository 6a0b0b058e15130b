"""The public API: __all__ is sorted and complete (httpx's rule)."""

from __future__ import annotations

import ast
from pathlib import Path

import critmin


def test_all_is_sorted_and_exported():
    assert critmin.__all__ == sorted(critmin.__all__)
    for name in critmin.__all__:
        assert hasattr(critmin, name), name


def test_every_public_name_defined_in_init_is_in_all():
    tree = ast.parse(Path(critmin.__file__).read_text())
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("critmin"):
            names.update(a.asname or a.name for a in node.names)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    public = {n for n in names if not n.startswith("_")}
    assert public == set(critmin.__all__) - {"__version__"}
