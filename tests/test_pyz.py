"""The single file dist/netleder.pyz (scripts/build-pyz), run as a user runs it: with a Python
that has nothing installed, from a folder whose path has spaces and æøå, writing nothing
outside the user's own cache and data folders, reading its built-in content as package data.

The archive is the one NETLEDER_PYZ names (.ci/run builds it with scripts/build-pyz and sets
it); the Python is NETLEDER_PYZ_PYTHON, else a virtual environment made here without pip or
anything else. Without NETLEDER_PYZ these tests skip locally and FAIL under CI=true.
The end-to-end tests (test_e2e_reflect.py) run against the same file in CI.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and paths in places")

ANSWERS = """\
network: "Urban farming i Albertslund"
competences:
  1:
    rating: 4
    answers: ["Jeg ringede til skolerne", ""]
  2:
    rating: 3
"""


@pytest.fixture
def pyz(require_tool) -> Path:
    given = os.environ.get("NETLEDER_PYZ", "").strip()
    path = require_tool(given or None, "NETLEDER_PYZ (run scripts/build-pyz, then NETLEDER_PYZ=dist/netleder.pyz)")
    return Path(path).resolve()


@pytest.fixture(scope="module")
def bare_python(tmp_path_factory) -> str:
    """A Python with nothing installed: NETLEDER_PYZ_PYTHON, else a new venv without pip."""
    given = os.environ.get("NETLEDER_PYZ_PYTHON", "").strip()
    if given:
        return given
    venv = tmp_path_factory.mktemp("bare") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    return str(venv / "bin" / "python")


@pytest.fixture
def user(tmp_path) -> dict[str, Path]:
    """A user's folders (home, cache, data, under a user name with a space and æøå) and a folder
    with spaces and æøå holding the file."""
    user = tmp_path / "Søren Ærø"
    places = {name: user / name for name in ("home", "cache", "data", "config", "state")}
    for folder in places.values():
        folder.mkdir(parents=True)
    places["work"] = tmp_path / "Mine filer" / "Kursus på Ærø"
    places["work"].mkdir(parents=True)
    return places


def run(python: str, pyz: Path, user: dict[str, Path], *args: str, stdin: str | None = None,
        env: dict | None = None) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items()
            if not k.startswith(("NETLEDER_", "PYTHON", "XDG_")) and k not in ("HOME", "VIRTUAL_ENV")}
    full.update(HOME=str(user["home"]), XDG_CACHE_HOME=str(user["cache"]), XDG_DATA_HOME=str(user["data"]),
                XDG_CONFIG_HOME=str(user["config"]), XDG_STATE_HOME=str(user["state"]), PYTHONIOENCODING="utf-8",
                **(env or {}))
    return subprocess.run([python, str(pyz), *args], check=False, cwd=user["work"], env=full, input=stdin, text=True,
                          encoding="utf-8", capture_output=True, timeout=300)


def tree(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size for p in sorted(folder.rglob("*")) if p.is_file()}


def test_it_runs_from_a_folder_with_spaces_and_danish_letters(pyz, bare_python, user):
    local = user["work"] / "netleder.pyz"
    shutil.copy(pyz, local)
    first = run(bare_python, local, user, "phases")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("Netværksmodellens faser") and "Traceback" not in first.stderr
    again = run(bare_python, local, user, "competences", "3", "--lang", "en")
    assert again.returncode == 0 and "Creates a safe space" in again.stdout
    assert run(bare_python, local, user, "--version").stdout.startswith("netleder ")


def test_a_reflection_is_saved_and_nothing_is_written_outside_cache_and_data(pyz, bare_python, user, tmp_path):
    local = user["work"] / "netleder.pyz"
    shutil.copy(pyz, local)
    (user["work"] / "svar.yaml").write_text(ANSWERS, encoding="utf-8")
    before = tree(tmp_path)
    saved = run(bare_python, local, user, "reflect", "--answers", "svar.yaml", "--format", "json")
    assert saved.returncode == 0, saved.stderr
    assert json.loads(saved.stdout)["network"] == "Urban farming i Albertslund"
    shown = run(bare_python, local, user, "show")
    assert shown.returncode == 0 and "Jeg ringede til skolerne" in shown.stdout
    changed = {name for name, size in tree(tmp_path).items() if before.get(name) != size}
    assert changed, "nothing was saved"
    outside = sorted(n for n in changed if not n.startswith(("Søren Ærø/cache/netleder/", "Søren Ærø/data/netleder/")))
    assert outside == []
    assert tree(user["work"]) == {"netleder.pyz": pyz.stat().st_size, "svar.yaml": len(ANSWERS.encode())}


def test_the_builtin_content_is_package_data_in_the_users_cache(pyz, bare_python, user):
    """Read through importlib.resources from the unpacked package netleder.data, never from a
    path beside the archive."""
    info = run(bare_python, pyz, user, "info", "--format", "json")
    assert info.returncode == 0, info.stderr
    files = json.loads(info.stdout)["content"]["files"]
    cache = user["cache"] / "netleder" / "pyz"
    for name in ("phases.yaml", "competences.yaml"):
        path = Path(files[name]["path"])
        assert files[name]["builtin"] and path.parent.name == "data" and path.parent.parent.name == "netleder"
        assert cache in path.parents, path
    assert run(bare_python, pyz, user, "validate").returncode == 0


def test_it_unpacks_once_per_build_and_only_for_its_user(pyz, bare_python, user):
    assert run(bare_python, pyz, user, "phases").returncode == 0
    cache = user["cache"] / "netleder" / "pyz"
    builds = [p for p in cache.iterdir()]
    assert len(builds) == 1 and (builds[0] / ".complete").is_file()
    assert oct(builds[0].stat().st_mode & 0o777) == "0o700"
    assert any(builds[0].glob(".compiled-cpython-*"))  # bytecode for this Python, once
    stamp = {p: p.stat().st_mtime_ns for p in builds[0].rglob("*.py")}
    assert run(bare_python, pyz, user, "phases").returncode == 0
    assert {p: p.stat().st_mtime_ns for p in builds[0].rglob("*.py")} == stamp  # not unpacked again
    # an older build's folder goes; a half-unpacked one (no .complete) is unpacked anew
    old = cache / ("0" * len(builds[0].name))
    old.mkdir()
    (builds[0] / ".complete").unlink()
    assert run(bare_python, pyz, user, "phases").returncode == 0
    assert sorted(p.name for p in cache.iterdir()) == [builds[0].name]
    assert (builds[0] / ".complete").is_file()


def test_a_cache_that_cannot_be_written_is_said_in_words(pyz, bare_python, user):
    blocker = user["cache"] / "netleder"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run(bare_python, pyz, user, "phases")
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(f"netleder.pyz kunne ikke pakke sig ud i {blocker / 'pyz'}:")
    assert "Traceback" not in result.stderr
    english = run(bare_python, pyz, user, "phases", "--lang", "en")
    assert english.stderr.startswith("netleder.pyz could not unpack itself into")


def test_the_archive_holds_no_compiled_extension(pyz):
    with zipfile.ZipFile(pyz) as outer:
        assert sorted(outer.namelist()) == ["__main__.py", "payload.zip"]
        import io

        with zipfile.ZipFile(io.BytesIO(outer.read("payload.zip"))) as inner:
            names = inner.namelist()
    assert not [n for n in names if n.endswith((".so", ".pyd", ".dylib", ".dll")) or ".so." in n]
    for needed in ("netleder/cli", "netleder/data/phases.yaml", "netleder/data/competences.yaml",
                   "yaml/__init__.py", "markupsafe/__init__.py", "jinja2/", "colorama/__init__.py", "typer/",
                   "click/", "rich/", "questionary/", "prompt_toolkit/", "platformdirs/"):
        assert any(n.startswith(needed) for n in names), needed
    assert pyz.read_bytes().startswith(b"#!/usr/bin/env python3\n")
