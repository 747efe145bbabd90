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


# --- the tests' own shape ---------------------------------------------------------------

TESTS = Path(__file__).resolve().parent


def _imports_of_test_modules(path: Path) -> list[str]:
    """`path`'s imports of a test module (test_*): shared code belongs in a helper module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.ImportFrom):
            names = [alias.name for alias in node.names] if not node.module else [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            if name.split(".")[-1].startswith("test_") or name.split(".")[0].startswith("test_"):
                found.append(f"{path.name}:{node.lineno} imports {name}")
    return found


def test_no_test_module_imports_another_test_module():
    found = [line for path in sorted(TESTS.glob("*.py")) for line in _imports_of_test_modules(path)]
    assert found == [], "move shared test code to a helper module in tests/ (e.g. builders.py)"


def test_the_check_finds_an_import_of_a_test_module(tmp_path):
    bad = tmp_path / "test_bad.py"
    bad.write_text("from test_print import print_pdf\nimport test_show as s\nfrom builders import make\n"
                   "import printing\n", encoding="utf-8")
    assert len(_imports_of_test_modules(bad)) == 2
