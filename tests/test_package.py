"""Packaging: a wheel built from the project, installed into an empty folder and run from
another directory (so the checkout cannot be imported) finds its built-in content."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from netleder import __version__
from netleder.content.loading import load_phases

ROOT = Path(__file__).resolve().parent.parent


def _copy_project(dest: Path) -> Path:
    """The files a build reads, copied, so the build leaves nothing in the checkout."""
    dest.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "MANIFEST.in", "setup.cfg"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, dest / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for folder in ("netleder", "data"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=ignore)
    return dest


def _pip(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    env.pop("PYTHONPATH", None)
    proc = subprocess.run([sys.executable, "-m", "pip", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300, stdin=subprocess.DEVNULL, check=False)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return proc


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict:
    """Build the wheel once; install it with --target into an empty folder."""
    base = tmp_path_factory.mktemp("package")
    source = _copy_project(base / "src")
    dist = base / "dist"
    _pip("wheel", "--no-deps", "--no-build-isolation", "--wheel-dir", str(dist), str(source), cwd=base)
    wheels = list(dist.glob("netleder-*.whl"))
    assert len(wheels) == 1, wheels
    site = base / "site"
    _pip("install", "--no-deps", "--no-compile", "--target", str(site), str(wheels[0]), cwd=base)
    elsewhere = base / "elsewhere"
    elsewhere.mkdir()
    return {"wheel": wheels[0], "site": site, "cwd": elsewhere}


def run_installed(installed: dict, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
    full.update(PYTHONPATH=str(installed["site"]), PYTHONIOENCODING="utf-8", **(env or {}))
    return subprocess.run(list(args), cwd=installed["cwd"], env=full, capture_output=True, text=True,
                          encoding="utf-8", timeout=60, stdin=subprocess.DEVNULL, check=False)


def test_wheel_contains_the_content_and_the_command(installed):
    with zipfile.ZipFile(installed["wheel"]) as wheel:
        names = set(wheel.namelist())
        assert {"netleder/data/phases.yaml", "netleder/data/competences.yaml", "netleder/__main__.py",
                "netleder/content/builtin-content.marshal"} <= names
        assert not any(name.startswith(("tests/", "data/")) for name in names)
        assert wheel.read("netleder/data/competences.yaml") == (ROOT / "data" / "competences.yaml").read_bytes()
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        assert "netleder = netleder.cli:main" in wheel.read(entry_points).decode("utf-8")
        metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode("utf-8")
        assert f"Version: {__version__}" in metadata
        assert "Requires-Dist: typer" in metadata and "Requires-Dist: PyYAML" in metadata


def test_installed_package_is_the_one_imported_and_finds_its_data(installed):
    proc = run_installed(installed, sys.executable, "-c",
                         "import netleder, netleder.content.loading as c; print(netleder.__file__); print(c.builtin_dir());"
                         "print(c.builtin_model() is not None)")
    assert proc.returncode == 0, proc.stderr
    module, data, precompiled = proc.stdout.splitlines()
    assert precompiled == "True"  # the precompiled content is in the wheel and read
    site = str(installed["site"])
    assert module.startswith(site), module  # not the checkout
    assert data == str(installed["site"] / "netleder" / "data")


@pytest.mark.parametrize(
    "lang,first,title",
    [("da", "Netværksmodellens faser", "Opstart af netværk"), ("en", "The phases of the network model", "Starting the network")],
)
def test_python_m_netleder_phases_from_another_directory(installed, lang, first, title):
    proc = run_installed(installed, sys.executable, "-m", "netleder", "phases", "--lang", lang)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == first
    assert title in proc.stdout
    proc = run_installed(installed, sys.executable, "-m", "netleder", "competences", "8", env={"NETLEDER_LANG": lang})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith({"da": "Kompetence 8: ", "en": "Competence 8: "}[lang])


def test_the_installed_package_writes_its_pages_from_its_templates(installed):
    """The templates are package data: every one in the checkout is in the wheel, and the
    installed package draws a page from them (run from another folder)."""
    with zipfile.ZipFile(installed["wheel"]) as wheel:
        names = set(wheel.namelist())
    templates = [p.name for p in (ROOT / "netleder" / "templates").iterdir() if p.suffix in (".html", ".css", ".js")]
    assert templates and {f"netleder/templates/{name}" for name in templates} <= names
    proc = run_installed(installed, sys.executable, "-m", "netleder", "phases", "--format", "html", "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("<!DOCTYPE html>") and "<h1>The phases of the network model</h1>" in proc.stdout


def test_installed_content_validates(installed):
    proc = run_installed(installed, sys.executable, "-m", "netleder", "validate")
    assert proc.returncode == 0, proc.stderr
    questions = sum(len(p.questions) for p in load_phases().phases)
    in_play = sum(len(p.in_play) for p in load_phases().phases)
    assert proc.stdout.splitlines() == [
        "OK: det indbyggede indhold",
        f"  phases.yaml: 10 faser, {questions} nøglespørgsmål",
        "  competences.yaml: 10 kompetencer, 20 spørgsmål, skala 1–5",
        f"  kompetencer i spil: {in_play} i 8 faser, alle fundet i kompetencesættet",
    ]


def test_console_script(installed):
    script = installed["site"] / "bin" / "netleder"
    assert script.is_file()
    proc = run_installed(installed, str(script), "--version")
    assert proc.returncode == 0 and proc.stdout == f"netleder {__version__}\n", proc.stderr
