"""Every command on a console that is not UTF-8 (many Windows PCs: cp1252), and on latin-1 and
ascii: it runs, it prints readable stand-ins for what the console cannot show (bars, box lines,
arrows; on ascii also æ, ø and å), and it never ends in a traceback.

Real processes with PYTHONIOENCODING set, as a Windows console would set the stream encoding.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from builders import builtin_ids, make, seed, stored
from netleder.safe_text import FALLBACKS

ROOT = Path(__file__).resolve().parents[1]
IDS = builtin_ids()
ENCODINGS = ["cp1252", "latin-1", "ascii"]
COMMANDS = [
    ["--help"], ["phases"], ["phases", "5"], ["competences"], ["competences", "3"], ["validate"], ["info"],
    ["history"], ["history", "--competence", "1"], ["show"], ["show", "--format", "markdown"],
    ["compare"], ["phases", "--format", "html"], ["phases", "--overview"], ["worksheet", "-p", "3"],
]


@pytest.fixture
def store(tmp_path) -> Path:
    home = tmp_path / "home"
    seed(home,
         make("aaaaaa", "2024-01-10", {IDS[0]: 2, IDS[1]: 5}, network="Ældrenetværket", phase="fokusering",
              answers={IDS[0]: ["Vi så på æøå — og “citater”", ""]}, next_steps={IDS[0]: "Ring til Åse →"}),
         make("bbbbbb", "2024-06-10", {IDS[0]: 4, IDS[1]: 3}, network="Ældrenetværket"))
    return home


def run(home: Path, encoding: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
    env.update(NETLEDER_HOME=str(home), PYTHONIOENCODING=encoding, PYTHONPATH=str(ROOT), COLUMNS="100")
    return subprocess.run([sys.executable, "-m", "netleder", *args], capture_output=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=60, check=False)


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_runs_on_the_console(store, encoding, args):
    proc = run(store, encoding, *args)
    assert proc.returncode == 0, proc.stderr.decode(encoding)
    assert b"Traceback" not in proc.stderr
    # every byte is the console's own; click prints help as UTF-8 where it finds a bare ascii
    # locale (which it takes for a misconfigured one), so that page is read as UTF-8 there
    out = proc.stdout.decode("utf-8" if (encoding, args) == ("ascii", ["--help"]) else encoding)
    assert out.strip()


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_bars_and_lines_become_readable_stand_ins(store, encoding):
    out = run(store, encoding, "show", "aaaaaa").stdout.decode(encoding)
    assert "##..." in out and "Af og til" in out  # ██░░░ Af og til
    assert "?" not in out.split("\n", 2)[1]  # the heading's rule is "=====", not "?????"
    if encoding == "ascii":
        assert "AEldrenetvaerket" not in out and "Aeldrenetvaerket" in out
    else:
        assert "Ældrenetværket" in out


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_an_error_is_a_message_not_a_traceback(store, encoding):
    proc = run(store, encoding, "show", "nosuchid")
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr
    assert proc.stderr.decode(encoding).startswith("Fejl: ")


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_reflection_from_a_file_is_saved_once_and_reported(store, tmp_path, encoding):
    answers = tmp_path / "svar.yaml"
    answers.write_text('network: "Ældrenetværket"\ncompetences:\n  1: {rating: 4, answers: ["æøå →", ""]}\n',
                       encoding="utf-8")
    before = len(stored(store))
    proc = run(store, encoding, "reflect", "--answers", str(answers))
    assert proc.returncode == 0, proc.stderr.decode(encoding)
    assert len(stored(store)) == before + 1


def test_every_stand_in_is_plain_ascii():
    assert all(s.isascii() for s in FALLBACKS.values())
