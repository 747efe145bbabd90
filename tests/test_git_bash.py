"""Git Bash on Windows (mintty) gives Python no console, so the wizard cannot prompt there: the
"needs a terminal" message then says how to start netleder through winpty. Git Bash sets
MSYSTEM (MINGW64, …); elsewhere the hint would only be noise and is left out."""

from __future__ import annotations

import pytest

from builders import make, seed
from netleder.i18n import t


@pytest.mark.parametrize("lang", ["da", "en"])
def test_reflect_without_a_terminal_under_git_bash_says_winpty(cli, lang):
    result = cli("reflect", "--lang", lang, env={"MSYSTEM": "MINGW64"})
    assert result.exit_code == 2 and result.stdout == ""
    prefix = "Fejl" if lang == "da" else "Error"
    assert result.stderr == (f"{prefix}: {t('reflect.no_tty', lang)}\n"
                             f"  {t('terminal.winpty', lang, command='reflect')}\n")
    assert "'winpty netleder reflect'" in result.stderr and "'winpty py netleder.pyz reflect'" in result.stderr


def test_edit_without_a_terminal_under_git_bash_says_winpty(cli, home):
    seed(home, make("abcdef", "2026-11-01", {}))
    result = cli("edit", env={"MSYSTEM": "MINGW64"})
    assert result.exit_code == 2
    assert "'winpty netleder edit'" in result.stderr and "'winpty py netleder.pyz edit'" in result.stderr


def test_elsewhere_the_message_has_no_winpty(cli):
    result = cli("reflect")
    assert result.exit_code == 2 and "winpty" not in result.stderr
    assert result.stderr == f"Fejl: {t('reflect.no_tty', 'da')}\n"
