"""Danish all the way: a Danish user sees Danish from --help to the last error message, with no
English from click, typer, questionary, PyYAML, json or the operating system in between, and
"Mente du …?" for a mistyped command or option (in English: "Did you mean …?").
"""

from __future__ import annotations

import re

import click
import pytest
import typer
from prompt_toolkit.input import create_pipe_input

from netleder.cli import app
from netleder.i18n import MESSAGES, t
from netleder.wizard.prompts import Prompter, checkbox_answer
from wizard_driver import Screen, vt100_output

ROOT = typer.main.get_command(app)
ARGV = [[]] + [[name] for name in ROOT.list_commands(click.Context(ROOT))]
# words of click's, typer's and questionary's own English, and plain English function words
ENGLISH = ["Usage", "Options", "Arguments", "Commands", "Show", "message", "default", "required",
           "Install", "shell", "exit", "Error", "Missing", "Invalid", "selections", "the", "and", "with", "this",
           "README"]


def english_words(text: str) -> list[str]:
    return [w for w in ENGLISH if re.search(rf"\b{re.escape(w)}\b", text)]


@pytest.mark.parametrize("argv", ARGV, ids=lambda a: " ".join(a) or "netleder")
def test_no_english_word_in_any_danish_help(cli, argv):
    result = cli(*argv, "--help")
    assert result.exit_code == 0
    assert english_words(result.stdout) == [], result.stdout


def test_the_english_list_finds_english():
    assert english_words(cli_help_en()) != []


def cli_help_en() -> str:
    from typer.testing import CliRunner

    return CliRunner().invoke(app, ["--help", "--lang", "en"]).stdout


def test_no_catalogue_text_points_to_the_readme():
    """A pip-installed user has no README: messages point to --help pages that ship."""
    assert [key for key, text in MESSAGES.items() if "README" in text["da"] + text["en"]] == []


@pytest.mark.parametrize("command, title", [("validate", "Indholdsformat"), ("reflect", "Svarfilen (--answers)")])
def test_the_formats_ship_in_the_help_in_both_languages(cli, command, title):
    da = cli(command, "--help").stdout
    en = cli(command, "--help", "--lang", "en").stdout
    assert title + ":" in da and t(f"help.more.{command}.title", "en") + ":" in en
    key_line = "    - id: opstart" if command == "validate" else "  network_type: welfare"
    assert key_line in da and key_line in en  # the YAML is drawn as written, not rewrapped


@pytest.mark.parametrize("args, lang, expected", [
    (["fases"], "da", "Mente du phases?"),
    (["compeetences"], "da", "Mente du competences?"),
    (["--lang", "en", "histroy"], "en", "Did you mean history?"),
    (["feedback", "shwo"], "da", "Mente du show?"),
    (["feedback", "--lang", "en", "lsit"], "en", "Did you mean list?"),
    (["phases", "--formt", "json"], "da", "Mente du --format?"),
    (["show", "--outptu", "x.md"], "da", "Mente du --output?"),
    (["reflect", "--answer", "svar.yaml", "--lang", "en"], "en", "Did you mean --answers?"),
])
def test_did_you_mean(cli, args, lang, expected):
    result = cli(*args)
    assert result.exit_code == 2
    assert expected in result.stderr
    assert result.stderr.startswith("Fejl: " if lang == "da" else "Error: ")


def test_no_suggestion_when_nothing_is_close(cli):
    result = cli("xyzzy")
    assert result.exit_code == 2 and "Mente du" not in result.stderr


@pytest.mark.parametrize("args, expected", [
    (["phases", "--format"], "Tilvalget --format skal have en værdi efter sig."),
    (["delete", "--all=3"], "Tilvalget --all tager ingen værdi."),
    (["--lang", "da"], "Der mangler en kommando."),
    (["import"], "Mangler FIL."),
])
def test_usage_errors_in_danish(cli, args, expected):
    result = cli(*args)
    assert result.exit_code == 2 and expected in result.stderr
    assert english_words(result.stderr) == []


@pytest.mark.parametrize("text, words", [
    ('network: "x\ncompetences:\n  1: {rating: 4\n', "filen slutter midt i en værdi"),
    ("a: b: c\n", "et kolon står, hvor det ikke må"),
    ("x:\n\t- a\n", "et tegn, der ikke må begynde en værdi"),
    ("a: *nothing\n", "et alias (*navn) henviser til et anker"),
])
def test_yaml_reasons_in_danish(cli, tmp_path, text, words):
    path = tmp_path / "svar.yaml"
    path.write_text(text, encoding="utf-8")
    result = cli("reflect", "--answers", str(path))
    assert result.exit_code == 2 and words in result.stderr
    assert english_words(result.stderr) == [] and "found" not in result.stderr and "expected" not in result.stderr


@pytest.mark.parametrize("text, words", [
    ('{"a": }', "her skulle der stå en værdi"),
    ('{"a": 1,}', "her skulle der stå et navn"),
    ('{"a": 1} 2', "der står mere efter dokumentets slutning"),
    ('{"a": "x', "en tekst mangler sit afsluttende anførselstegn"),
])
def test_json_reasons_in_danish(cli, tmp_path, text, words):
    path = tmp_path / "import.json"
    path.write_text(text, encoding="utf-8")
    result = cli("import", str(path))
    assert result.exit_code == 2 and words in result.stderr
    assert "Expecting" not in result.stderr and "Extra data" not in result.stderr


def test_os_reasons_in_danish_and_english(cli, tmp_path):
    long = str(tmp_path / ("a" * 300))
    assert "navnet er for langt til systemet" in cli("import", long).stderr
    assert "the name is too long for the system" in cli("import", long, "--lang", "en").stderr


def test_the_checkbox_answer_line_is_in_the_users_language():
    """questionary writes "done (2 selections)"; the seam erases it and writes its own."""
    for lang, expected in (("da", "2 valgt"), ("en", "2 chosen")):
        screen = Screen()
        with create_pipe_input() as pipe:
            pipe.send_text(" \x1b[B\x1b[B \r")  # space, down, down, space, enter
            ask = Prompter(lang=lang, input=pipe, output=vt100_output(screen, 80))
            assert ask.checkbox("Vælg", [("a", "A"), ("b", "B"), ("c", "C")]) == ["a", "c"]
        shown = screen.getvalue()
        assert expected in shown and "selections" not in shown and "done" not in shown
    assert checkbox_answer(["Kun denne"], "da") == "Kun denne"


def test_completion_is_installed_in_danish(cli, monkeypatch, tmp_path):
    import shellingham

    monkeypatch.setattr(shellingham, "detect_shell", lambda: ("bash", "/bin/bash"))
    result = cli("--install-completion")
    assert result.exit_code == 0, result.stderr
    assert "Fuldførelse med tabulatortasten er installeret for bash" in result.stdout
    assert english_words(result.stdout) == [] and "Completion will take effect" not in result.stdout
    assert "complete -o default -F _netleder_completion netleder" in cli("--show-completion").stdout


def test_an_unknown_shell_is_a_danish_sentence(cli, monkeypatch):
    import shellingham

    def fail():
        raise shellingham.ShellDetectionFailure()

    monkeypatch.setattr(shellingham, "detect_shell", fail)
    for option in ("--install-completion", "--show-completion"):
        result = cli(option)
        assert result.exit_code == 2
        assert result.stderr.startswith("Fejl: Fuldførelse findes ikke for skallen '?'.")
        assert "not supported" not in result.stderr


def test_a_feedback_file_that_is_not_json_is_said_in_danish(cli, tmp_path):
    path = tmp_path / "feedback.json"
    path.write_text('{"a": }', encoding="utf-8")
    result = cli("feedback", "import", str(path))
    assert result.exit_code == 2 and "her skulle der stå en værdi" in result.stderr
    assert "Expecting" not in result.stderr
