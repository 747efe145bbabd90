"""The prompt drivers' own failure path: a prompt a test does not expect fails the test within a
second or two (not after the whole timeout), naming the prompt it waited for, the prompt it
saw and what the screen showed. In process (wizard_driver) and in a pseudo-terminal
(terminal_driver). Each run below has a long timeout, so failing fast cannot be an accident of
the timeout; "fast" is checked as "well within the timeout", never against a wall-clock figure
this machine happens to reach."""

from __future__ import annotations

import os
import sys
import time

import pytest

from netleder.i18n import t
from terminal_driver import Terminal, prompt_names
from wizard_driver import ENTER, WizardRun

TIMEOUT = 60


def test_the_wizard_driver_fails_fast_on_a_prompt_it_did_not_expect(home):
    started = time.monotonic()
    with pytest.raises(AssertionError) as failed, WizardRun(timeout=TIMEOUT) as w:
        w.expect("wizard.context.type")  # but the wizard asks for the network's name first
    assert time.monotonic() - started < TIMEOUT / 4
    message = str(failed.value)
    assert "expected the prompt 'wizard.context.type'" in message
    assert t("wizard.context.type", "da") in message  # the words it waited for
    assert "the wizard asks wizard.context.network" in message  # the prompt it saw, by name
    assert t("wizard.context.network", "da") in message.split("Drawn since the last answer:")[1]  # and drawn


def test_the_wizard_driver_fails_fast_when_the_wizard_asks_for_more_than_the_test_answered(home):
    started = time.monotonic()
    with pytest.raises(AssertionError) as failed, WizardRun(timeout=TIMEOUT) as w:
        w.text("wizard.context.network", "Urban farming")
        w.finish()  # but the kind of network is still to be asked
    assert time.monotonic() - started < TIMEOUT / 4
    assert "after the last answer the wizard asks wizard.context.type" in str(failed.value)


def test_the_wizard_driver_says_when_the_wizard_ended_instead(home):
    with pytest.raises(AssertionError) as failed, WizardRun(timeout=TIMEOUT) as w:
        w.expect("wizard.context.network").answer("\x03")  # Ctrl-C: the wizard stops
        w.expect("wizard.context.type")
    assert "but the wizard ended" in str(failed.value)


def test_a_prompt_is_named_by_its_catalogue_key():
    assert prompt_names(f"? {t('wizard.context.phase', 'en')} (Use arrow keys)", "en").startswith(
        "wizard.context.phase (")
    assert prompt_names("? Something else entirely", "da") == "a prompt ('? Something else entirely')"


def _terminal(exe: list[str], home) -> Terminal:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_") and k != "NO_COLOR"}
    env.update(NETLEDER_HOME=str(home), TERM="xterm", NETLEDER_LANG="da", PYTHONIOENCODING="utf-8")
    return Terminal([*exe, "reflect", "-c", "1"], env, timeout=TIMEOUT)


@pytest.mark.skipif(sys.platform == "win32", reason="pexpect.spawn needs a POSIX pseudo-terminal")
def test_the_terminal_driver_fails_fast_on_a_prompt_it_did_not_expect(netleder_exe, home):
    terminal = _terminal(netleder_exe, home)
    terminal.expect(t("wizard.context.network", "da"))
    terminal.send("Urban farming" + ENTER)
    started = time.monotonic()
    with pytest.raises(AssertionError) as failed:
        terminal.expect(t("wizard.context.phase", "da"))  # but the kind of network comes first
    assert time.monotonic() - started < TIMEOUT / 4
    message = str(failed.value)
    assert f"expected {t('wizard.context.phase', 'da')!r}, but the program asks wizard.context.type" in message
    assert t("wizard.context.type", "da") in message.split("The screen since the last keys:")[1]
    assert not terminal.child.isalive()  # stopped, not left behind


@pytest.mark.skipif(sys.platform == "win32", reason="pexpect.spawn needs a POSIX pseudo-terminal")
def test_the_terminal_driver_fails_fast_when_the_program_asks_instead_of_ending(netleder_exe, home):
    terminal = _terminal(netleder_exe, home)
    terminal.expect(t("wizard.context.network", "da"))
    started = time.monotonic()
    with pytest.raises(AssertionError) as failed:
        terminal.finish()
    assert time.monotonic() - started < TIMEOUT / 4
    assert "expected the program to end, but it asks wizard.context.network" in str(failed.value)
