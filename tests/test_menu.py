"""Bare `netleder` in a terminal: the menu of the main jobs, typed into in a real
pseudo-terminal (the installed script, or dist/netleder.pyz in CI's pyz runs); piped or with
an argument, netleder behaves as before. And the Windows window that waits for Enter: the
decision tested as a function, the wait with the decision made true."""

from __future__ import annotations

import io
import os
import sys

import pytest

from netleder.cli import window
from netleder.i18n import t
from netleder.wizard import menu
from terminal_driver import ENTER, Terminal

CTRL_C = "\x03"


def at_the_menu(command: list[str], home, *args: str, env: dict | None = None, lang: str = "da") -> Terminal:
    """`netleder ARGS` (no command: the menu) in a pseudo-terminal, in the current folder."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_")}
    full.update(NETLEDER_HOME=str(home), TERM="xterm-256color", COLUMNS="100", LINES="40", NO_COLOR="1",
                PYTHONIOENCODING="utf-8", BROWSER="true", **(env or {}))
    full.pop("PROMPT_TOOLKIT_NO_CPR", None)
    return Terminal([*command, *args], full, lang=lang)


@pytest.fixture
def exe(netleder_exe):
    return netleder_exe


def test_bare_netleder_offers_the_main_jobs_in_danish(exe, tmp_path):
    person = at_the_menu(exe, tmp_path / "home")
    person.expect(t("menu.quit", "da"))
    person.send("2" + ENTER)
    status, screen = person.finish()
    for _, key in menu.JOBS:
        assert t(key, "da") in screen
    assert t("menu.title", "da") in screen
    assert t("store.none_yet", "da") in screen  # `history` ran
    assert status == 0


@pytest.mark.parametrize("how", ["option", "env"])
def test_the_menu_in_english(exe, tmp_path, how):
    args, env = (["--lang", "en"], None) if how == "option" else ([], {"NETLEDER_LANG": "en"})
    person = at_the_menu(exe, tmp_path / "home", *args, env=env, lang="en")
    person.expect(t("menu.quit", "en"))
    person.send("5" + ENTER)
    status, screen = person.finish()
    assert t("menu.reflect", "en") in screen and t("menu.invite", "en") in screen
    assert "Usage: netleder" in screen and "Commands:" in screen  # the help, in English
    assert status == 0


def test_the_invite_job_writes_a_form_in_this_folder_and_replaces_nothing(exe, tmp_path, monkeypatch):
    work = tmp_path / "Mine filer"
    work.mkdir()
    (work / "formular-til-medkoerer.html").write_text("mine", encoding="utf-8")
    monkeypatch.chdir(work)
    person = at_the_menu(exe, tmp_path / "home")
    person.expect(t("menu.quit", "da"))
    person.send("4" + ENTER)
    status, screen = person.finish()
    assert status == 0, screen
    assert (work / "formular-til-medkoerer.html").read_text(encoding="utf-8") == "mine"
    form = (work / "formular-til-medkoerer-2.html").read_text(encoding="utf-8")
    assert form.startswith("<!DOCTYPE html>") and "<form" in form


def test_quit_and_ctrl_c(exe, tmp_path):
    person = at_the_menu(exe, tmp_path / "home")
    person.expect(t("menu.quit", "da"))
    person.send("6" + ENTER)
    status, _ = person.finish()
    assert status == 0
    person = at_the_menu(exe, tmp_path / "home")
    person.expect(t("menu.quit", "da"))
    person.send(CTRL_C)
    status, screen = person.finish()
    assert status == 130 and t("interrupted", "da") in screen and "Traceback" not in screen
    assert not (tmp_path / "home").exists()  # nothing was made


def test_piped_or_with_an_argument_there_is_no_menu(cli, run):
    result = cli()  # not a terminal: the help, as always
    assert result.exit_code == 2 and "Brug: netleder" in result.output
    assert t("menu.title", "da") not in result.output
    proc = run("--lang", "en")
    assert proc.returncode == 2 and t("menu.title", "en") not in proc.stdout + proc.stderr


def test_with_an_argument_in_a_terminal_there_is_no_menu(exe, tmp_path):
    person = at_the_menu(exe, tmp_path / "home", "phases")
    status, screen = person.finish()
    assert status == 0 and "Netværksmodellens faser" in screen and t("menu.title", "da") not in screen


def test_the_menu_only_for_bare_netleder_or_a_language(monkeypatch):
    monkeypatch.setattr(window, "_terminal", lambda: True)
    assert window.menu_lang([]) == "da"
    assert window.menu_lang(["--lang", "en"]) == "en" and window.menu_lang(["--lang=en_GB"]) == "en"
    monkeypatch.setenv("NETLEDER_LANG", "en")
    assert window.menu_lang([]) == "en"
    for argv in (["phases"], ["--help"], ["--version"], ["--lang", "en", "phases"], ["--data-dir", "x"]):
        assert window.menu_lang(argv) is None, argv
    monkeypatch.setattr(window, "_terminal", lambda: False)
    assert window.menu_lang([]) is None


@pytest.mark.parametrize("others, names, waits", [
    ([], [], True),                                  # python.exe alone: its own window
    ([11], ["py.exe"], True),                        # double-clicked netleder.pyz: the py launcher
    ([11], ["netleder.exe"], True),                  # double-clicked pip's or pipx's netleder.exe
    ([11], ["cmd.exe"], False),                      # typed in Command Prompt
    ([11, 12], ["powershell.exe", "py.exe"], False),  # typed in PowerShell
    ([11, 12, 13], ["WindowsTerminal.exe", "py.exe", "py.exe"], False),
    ([11], [None], False),                           # Windows would not say: no wait
])
def test_a_window_of_its_own_is_told_from_a_shell(others, names, waits):
    assert window.alone(others, names) is waits


def test_a_window_of_its_own_waits_for_enter(monkeypatch, capsys):
    monkeypatch.setattr(window, "own_console_window", lambda: True)
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n"))
    window.hold_window(["--lang", "en"])
    assert capsys.readouterr().out == t("menu.press_enter", "en")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # closed input: no wait, no error
    window.hold_window([])


def test_elsewhere_no_window_waits(monkeypatch):
    if sys.platform == "win32":
        pytest.skip("on Windows the answer depends on how the tests were started")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert window.own_console_window() is False
