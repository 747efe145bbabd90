"""What the prompt seam does between Enter and the next question (issue 24): nothing the next
question does not need. The time itself is measured by benchmarks/bench.py, in tmux, against a
bare questionary script; these tests guard the work that was taken away."""

from __future__ import annotations

import os
import select
import time
from types import SimpleNamespace

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from netleder.wizard import prompts
from netleder.wizard.prompts import PASTE_WAIT, Prompter


def _questions(ask) -> list:
    """The questionary questions `ask(prompter)` builds (answered without running them)."""
    built: list = []
    with create_pipe_input() as keys:
        prompter = Prompter("da", input=keys, output=DummyOutput())

        def answer(question):
            built.append(question)
            return "0"  # the first choice of a list; the text of a text field

        prompter._ask = answer  # type: ignore[method-assign]
        prompter.echo = lambda message, answer: None  # type: ignore[method-assign]
        ask(prompter)
    return built


def test_every_question_shares_one_set_of_default_key_bindings():
    """prompt_toolkit builds its ~600 default key bindings for every application (three for a
    list question): built once, they serve every question."""

    def ask(prompter):
        prompter.text("Netværkets navn")
        prompter.select("Hvor ofte?", [(1, "Sjældent"), (2, "Ofte")])
        prompter.text("Dit svar")

    apps = [q.application for q in _questions(ask)]
    assert len(apps) == 3
    assert apps[0]._default_bindings is apps[1]._default_bindings is apps[2]._default_bindings


class _Spy:
    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, rlist, wlist, xlist, timeout):
        self.waits.append(timeout)
        return [], [], []


@pytest.mark.skipif(os.name == "nt", reason="the console delivers a paste in one read (no wait on Windows)")
@pytest.mark.parametrize(("before", "wait"), [(None, 0), (5.0, 0), (0.001, PASTE_WAIT)])
def test_an_enter_waits_for_the_rest_of_a_paste_only_right_after_another_key(monkeypatch, before, wait):
    """An Enter pressed on its own (the first key, or long after the last) goes on at once; one
    that comes right after another key (a paste) waits a moment for the rest of it."""
    spy = _Spy()
    monkeypatch.setattr(select, "select", spy)
    monkeypatch.setattr(time, "monotonic", lambda: 1000.0)
    read, write = os.pipe()
    try:
        event = SimpleNamespace(app=SimpleNamespace(key_processor=SimpleNamespace(input_queue=[]),
                                                    input=SimpleNamespace(fileno=lambda: read)))
        last = None if before is None else 1000.0 - before
        assert prompts._more_input_waiting(event, last) is False
    finally:
        os.close(read)
        os.close(write)
    assert spy.waits == [wait]


def test_the_text_field_tells_the_enter_when_the_key_before_it_came(monkeypatch):
    """The Enter's binding is told when the key before it was handled (none for an Enter that
    is the first key): from a watch on the question's own application."""
    told: list = []
    real = prompts._more_input_waiting

    def spy(event, last_key=None):
        told.append(last_key)
        return real(event, last_key)

    monkeypatch.setattr(prompts, "_more_input_waiting", spy)
    with create_pipe_input() as keys:
        prompter = Prompter("da", input=keys, output=DummyOutput())
        keys.send_text("ab\r")
        assert prompter.text("Dit svar") == "ab"
        keys.send_text("\r")
        assert prompter.text("Dit svar") == ""
    assert len(told) == 2
    assert told[0] is not None and told[1] is None
