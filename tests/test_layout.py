"""The package's shape: each module keeps its private names to itself.

A name that starts with an underscore is a module's own business; another module that
imports it (or reaches for it as `module._name`) couples itself to a detail that may change.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "netleder"


def _modules():
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _private_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases: set[str] = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("netleder"):
            for alias in node.names:
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} imports {node.module}.{alias.name}")
                if node.module == "netleder" or alias.name[:1].islower():
                    aliases.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("netleder"):
                    aliases.add(alias.asname or alias.name.split(".")[0])
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                and isinstance(node.value, ast.Name) and node.value.id in aliases):
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} uses {node.value.id}.{node.attr}")
    return found


def test_no_module_imports_another_modules_private_names():
    found = [line for path in _modules() for line in _private_imports(path)]
    assert found == []


def test_the_check_finds_a_private_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from netleder.store.files import _secret\nfrom netleder import output\noutput._guard()\n",
                   encoding="utf-8")
    global PACKAGE
    saved, PACKAGE = PACKAGE, tmp_path / "netleder"
    try:
        found = _private_imports(bad)
    finally:
        PACKAGE = saved
    assert len(found) == 2, found
