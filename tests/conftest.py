"""Shared fixtures: an isolated environment for every test, and ways to run netleder.

Every test runs with no NETLEDER_* variables, no colour settings and a private HOME/XDG
folder, so neither the developer's settings nor their real reflections can leak in or be
touched. `cli` runs the typer app in-process (CliRunner); `run` starts a real
`python -m netleder` process, for what only a real process shows (stderr, tracebacks).
`home` is a private store folder; `comps` and `phases` the built-in content; `tools`,
`chromium` and `pdftotext` the programs the print tests need.

Every fixture shared by more than one test module lives here; helper functions live in
builders.py, printing.py and the other non-test modules, which define no fixtures.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"

_CLEARED = (
    "NETLEDER_LANG",
    "NETLEDER_DATA_DIR",
    "NETLEDER_HOME",
    "NO_COLOR",
    "FORCE_COLOR",
    "CLICOLOR_FORCE",
    "COLUMNS",
    "LINES",
    "TERM",
)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    for name in _CLEARED:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    yield


@pytest.fixture
def cli():
    """Run `netleder ARGS` in-process; returns click's Result (stdout and stderr apart)."""
    from typer.testing import CliRunner

    from netleder.cli import app

    runner = CliRunner()

    def invoke(*args: str, env: dict | None = None):
        result = runner.invoke(app, list(args), env=env, catch_exceptions=True)
        # NetlederGroup.main always ends with sys.exit: anything else escaped it (a bug).
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            f"netleder {' '.join(args)} raised {result.exception!r}"
        )
        return result

    return invoke


def _subprocess_env(extra: dict | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in _CLEARED}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra or {})
    return env


@pytest.fixture
def run(tmp_path):
    """Run `python -m netleder ARGS` as a real process (cwd: a temporary folder)."""

    def start(*args: str, env: dict | None = None, cwd: Path | None = None, timeout: float = 60):
        return subprocess.run(
            [sys.executable, "-m", "netleder", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            stdin=subprocess.DEVNULL,
            env=_subprocess_env(env),
            cwd=cwd or tmp_path,
            timeout=timeout, check=False,
        )

    return start


@pytest.fixture
def builtin_texts() -> dict[str, str]:
    """The built-in content files as text: the base the custom-content tests change."""
    return {name: (DATA / name).read_text(encoding="utf-8") for name in ("phases.yaml", "competences.yaml")}


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


@pytest.fixture
def require_tool():
    """require_tool(path, name) -> path; skips without the tool locally, FAILS under CI=true."""

    def check(path: str | None, name: str) -> str:
        if path:
            return path
        if in_ci():
            pytest.fail(f"{name} is missing, but CI=true: .ci/run must install it")
        pytest.skip(f"{name} is not installed (.ci/run installs it)")

    return check


@pytest.fixture(scope="session")
def comps():
    """The built-in competences (loaded once)."""
    from builders import builtin_competences

    return builtin_competences()


@pytest.fixture(scope="session")
def phases():
    """The built-in phases (loaded once)."""
    from builders import builtin_phases

    return builtin_phases()


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A private store folder (NETLEDER_HOME); not created until netleder creates it."""
    folder = tmp_path / "netleder-home"
    monkeypatch.setenv("NETLEDER_HOME", str(folder))
    return folder


@pytest.fixture(scope="session")
def tools() -> dict[str, str | None]:
    """The programs printing needs (None where one is missing): chromium, pdftotext, pdfinfo."""
    from printing import find_tools

    return find_tools()


@pytest.fixture
def chromium(tools, require_tool) -> str:
    """Headless Chromium's path (skips without it locally, FAILS under CI=true)."""
    return require_tool(tools["chromium"], "chromium")


@pytest.fixture
def browser(chromium, tmp_path):
    """A real headless Chromium driven over its DevTools pipe (tests/browser.py; POSIX only), its
    downloads allowed into a private folder (`browser.downloads`)."""
    from browser import Browser

    opened = Browser(chromium, tmp_path / "profile")
    opened.allow_downloads(tmp_path / "downloads")
    yield opened
    opened.close()


@pytest.fixture
def pdftotext(tools, require_tool) -> str:
    """pdftotext's path (skips without it locally, FAILS under CI=true)."""
    return require_tool(tools["pdftotext"], "pdftotext (Debian package poppler-utils)")


@pytest.fixture(scope="session")
def _pyz_cache(tmp_path_factory) -> Path:
    """One cache folder for every run of netleder.pyz in a session: it unpacks once."""
    return tmp_path_factory.mktemp("pyz-cache")


@pytest.fixture
def netleder_exe(require_tool, monkeypatch, _pyz_cache) -> list[str]:
    """How the end-to-end tests start netleder in a pseudo-terminal (pexpect): the installed
    console script, or, with NETLEDER_PYZ and NETLEDER_PYZ_PYTHON set (.ci/run's pyz runs),
    `NETLEDER_PYZ_PYTHON NETLEDER_PYZ`: the single file on a Python with nothing installed,
    unpacked into a cache shared by the session. The command line's words, to put the arguments
    after."""
    import shutil

    try:
        import pexpect  # noqa: F401  (only whether it is there)
    except ImportError:
        require_tool(None, "pexpect (pip install -e .[test])")
    pyz = os.environ.get("NETLEDER_PYZ", "").strip()
    python = os.environ.get("NETLEDER_PYZ_PYTHON", "").strip()
    if pyz and python:
        monkeypatch.setenv("XDG_CACHE_HOME", str(_pyz_cache))
        return [python, str(Path(pyz).resolve())]
    here = Path(sys.executable).parent
    return [require_tool(shutil.which("netleder", path=str(here)) or shutil.which("netleder"),
                         "the installed netleder console script (pip install -e .)")]
