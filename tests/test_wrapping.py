"""Text that wraps on word boundaries at any width: error messages on a terminal with a hanging
indent, never mid-word; quoted commands ('netleder delete --all') never split across lines,
on a terminal or in a pipe."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from builders import builtin_ids, make, on_a_terminal, seed
from netleder.output import keep_commands_whole, wrap

ROOT = Path(__file__).resolve().parents[1]
SPLIT_COMMAND = re.compile(r"'netleder[^']*$")
WIDTHS = range(40, 121, 8)


@pytest.mark.parametrize("width", WIDTHS)
def test_wrap_never_splits_a_word_or_a_command(width):
    text = ("Slet én refleksion med 'netleder delete ID' eller dem alle med 'netleder delete --all'; "
            "så er de også væk fra filen. Databasen /home/bruger/.local/share/netleder/reflections.sqlite3 "
            "er kun din. ") * 2
    lines = wrap(text, width, "", "  ")
    assert all(len(line) <= width or " " not in line.strip() or "'netleder" in line for line in lines)
    assert not [line for line in lines if SPLIT_COMMAND.search(line)]
    assert " ".join(line.strip() for line in lines).split() == text.split()  # no word cut or lost
    assert all(line.startswith("  ") for line in lines[1:])  # the hanging indent


def test_a_split_command_is_moved_whole_to_the_next_line():
    lines = ["  dem alle med 'netleder delete", "  --all'; så er de væk."]
    assert keep_commands_whole(lines, 60) == ["  dem alle med", "  'netleder delete --all'; så er de væk."]
    assert keep_commands_whole(["Kør 'netleder info' nu", "og så"], 60) == ["Kør 'netleder info' nu", "og så"]


def test_a_command_split_over_three_lines_is_moved_whole_too(cli, home):
    lines = ["endnu. Lav en formular med 'netleder", "invite --name NAVN --output", "formular.html'."]
    assert keep_commands_whole(lines, 40) == ["endnu. Lav en formular med",
                                              "'netleder invite --name NAVN --output formular.html'."]
    out = cli("feedback", env={"COLUMNS": "40"}).stdout  # as `netleder feedback` draws it at 40 columns
    assert "'netleder invite --name NAVN --output formular.html'" in out


@pytest.mark.parametrize("width", WIDTHS)
def test_piped_output_keeps_commands_whole(cli, width, tmp_path):
    home = tmp_path / "home"
    ids = builtin_ids()
    seed(home, make("aaaaaa", "2024-01-10", {ids[0]: 2}, answers={ids[0]: ["ord " * 400, ""]}))
    env = {"COLUMNS": str(width), "NETLEDER_HOME": str(home)}
    for args in (["info"], ["show"], ["history"], ["phases", "7"]):
        out = cli(*args, env=env).stdout
        assert not [line for line in out.splitlines() if SPLIT_COMMAND.search(line)], (args, out)


def stderr_on_a_terminal(args: list[str], width: int, home: Path) -> str:
    """netleder's stderr as a terminal of `width` columns shows it."""
    returncode, shown = on_a_terminal(args, {"COLUMNS": str(width), "NETLEDER_HOME": str(home)}, stream="stderr")
    assert returncode == 2
    return shown


@pytest.mark.parametrize("width", [40, 60, 80, 100])
@pytest.mark.parametrize("args", [["fases"], ["show", "nosuchid"], ["phases", "--formt", "json"]], ids=" ".join)
def test_error_messages_wrap_on_word_boundaries_on_a_terminal(tmp_path, width, args):
    shown = stderr_on_a_terminal(args, width, tmp_path / "home")
    lines = shown.rstrip("\n").splitlines()
    assert lines[0].startswith("Fejl: ")
    assert all(len(line) < width for line in lines), shown
    assert all(line.startswith("  ") for line in lines[1:])  # hanging indent for what follows
    assert not [line for line in lines if SPLIT_COMMAND.search(line)]
    # the same words as the one-line message a pipe gets: nothing cut in the middle
    piped = subprocess.run([sys.executable, "-m", "netleder", *args], capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT), "NETLEDER_HOME": str(tmp_path / "home")}, check=False)
    assert shown.split() == piped.stderr.split()


def test_messages_on_a_terminal_wrap_with_hanging_indents():
    import io

    from netleder.output import SafeStream

    screen = io.StringIO()
    stream = SafeStream(screen, width=30)
    print("Der er ingen gemte refleksioner endnu. Lav den første med 'netleder reflect'.", file=stream)
    print("  • et punkt med en lang tekst der skal brydes pænt under sig selv", file=stream)
    print("  12. et nummereret punkt med en lang tekst der brydes", file=stream)
    stream.write("Slet 3 refleksioner for altid? [j/N] ")
    stream.write("j\n")
    stream.write_as_is('{"tekst": "' + "ord " * 20 + '"}\n')
    lines = screen.getvalue().splitlines()
    assert lines[:3] == ["Der er ingen gemte", "refleksioner endnu. Lav den", "første med 'netleder reflect'."]
    assert lines[3:6] == ["  • et punkt med en lang tekst", "    der skal brydes pænt under", "    sig selv"]
    assert lines[6:8] == ["  12. et nummereret punkt med", "      en lang tekst der brydes"]
    assert lines[8:10] == ["Slet 3 refleksioner for altid?", "[j/N] j"]  # the prompt keeps its space
    assert lines[10].startswith('{"tekst": "ord ord') and len(lines) == 11  # finished text as it is


def test_a_pipe_gets_messages_unwrapped():
    import io

    from netleder.output import SafeStream

    screen = io.StringIO()
    print("ord " * 50, file=SafeStream(screen))  # a StringIO is no terminal
    assert screen.getvalue().count("\n") == 1


@pytest.mark.parametrize("width", [40, 80])
def test_json_on_a_narrow_terminal_is_still_json(tmp_path, width):
    import json

    returncode, shown = on_a_terminal(["competences", "-f", "json"],
                                      {"COLUMNS": str(width), "NETLEDER_HOME": str(tmp_path)})
    assert returncode == 0
    data = json.loads(shown)
    assert len(data["competences"]) == 10


def test_table_wrapping_measures_each_character_once(monkeypatch):
    """Wrapping is linear in the text's length: a 500,000-character name in a table cell (a
    network in `history`) costs as many measurements as it has characters, not their square."""
    from netleder.formats import terminal_layout

    measured = {"chars": 0}
    real = terminal_layout.cell_len

    def counting(text: str) -> int:
        measured["chars"] += len(text)
        return real(text)

    monkeypatch.setattr(terminal_layout, "cell_len", counting)
    text = "Sundhedsnetværket" * 30_000 + " og " + "ord " * 20_000
    lines = terminal_layout._wrap(text, 30)
    assert measured["chars"] <= 2 * len(text), measured
    assert "".join(lines[:-2000]).startswith("Sundhedsnetværket" * 10)
    assert all(len(line) <= 30 for line in lines)


@pytest.mark.parametrize("width", [8, 12, 17, 18, 25, 40])
def test_table_wrapping_splits_no_word_that_fits_on_a_line(width):
    from netleder.formats.terminal_layout import _wrap

    words = ["Sundhedsnetværket", "og", "Læringsnetværket", "i", "Aabenraa", "Kommune"]
    lines = _wrap(" ".join(words), width)
    for word in words:
        if len(word) <= width:
            assert word in [w for line in lines for w in line.split()], (word, lines)
