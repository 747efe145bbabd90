"""`netleder reflect` as a person uses it: the INSTALLED console script in a real
pseudo-terminal (pexpect), typing answers, pressing Ctrl-C, being killed with SIGKILL,
and reading the summary from the screen. The store is checked afterwards through the library.

Each step waits for text that only the next prompt (or what is printed just before it)
shows, then types: keys are never sent ahead into a prompt that has not started yet. A
prompt the test does not expect fails it within a second or two (terminal_driver.Terminal).

The harness answers prompt_toolkit's cursor-position request (ESC[6n) with ESC[1;1R, as a real
terminal does, instead of switching the request off: a prompt that waited for an answer that
never comes would hide its real latency behind a one-second timeout.
Without pexpect or the installed script the tests skip locally and FAIL under CI=true.
"""

from __future__ import annotations

import os
import re
import signal
from pathlib import Path

import pytest

from builders import builtin_competences, builtin_ids
from terminal_driver import ENTER, Terminal

IDS = builtin_ids()
N = len(IDS)
CTRL_C = "\x03"
TIMEOUT = 30  # generous: a loaded CI machine must not fail a correct run (an unexpected prompt fails fast)


def question_start(cid: str, index: int) -> str:
    """How the wizard prints a question, far enough to be unique and before any wrap."""
    text = builtin_competences().find(cid).questions[index].text("da")
    return f"{index + 1}. {text[:30]}"


@pytest.fixture
def home(tmp_path):
    return tmp_path / "home"


class Person:
    """One `netleder reflect` run in a pseudo-terminal, 100 columns wide."""

    def __init__(self, exe: list[str], home: Path, *args: str, color: bool = True, command: str = "reflect",
                 env: dict | None = None) -> None:
        extra = env or {}
        env = {k: v for k, v in os.environ.items() if not k.startswith("NETLEDER_") and k != "NO_COLOR"}
        env.update(NETLEDER_HOME=str(home), TERM="xterm-256color", COLUMNS="100", LINES="40",
                   NETLEDER_LANG="da", PYTHONIOENCODING="utf-8")
        env.pop("PROMPT_TOOLKIT_NO_CPR", None)  # the harness answers cursor-position requests
        if not color:
            env["NO_COLOR"] = "1"
        env.update(extra)
        self.terminal = Terminal([*exe, command, *args], env, lang=env["NETLEDER_LANG"], dimensions=(40, 100),
                                 timeout=TIMEOUT)
        self.child = self.terminal.child

    @property
    def cpr_answered(self) -> int:
        return self.terminal.cpr_answered

    def wait(self, text: str) -> None:
        self.terminal.expect(text)

    def answer(self, marker: str, keys: str) -> None:
        self.terminal.answer(marker, keys)

    def finish(self) -> tuple[int | None, str]:
        """Wait for the program to end: (exit status, everything on screen as plain text)."""
        return self.terminal.finish()

    def context(self, network: str = "") -> None:
        self.answer("Netværkets navn", network + ENTER)
        self.answer("slags netværk", ENTER)
        self.answer("fase er netværket", ENTER)

    def competence(self, index: int, total: int, cid: str, answers: list[str], rating: str) -> None:
        self.wait(f"Kompetence {index} af {total}")
        for qi, text in enumerate(answers):
            self.wait(question_start(cid, qi))
            self.answer("Dit svar", text + ENTER)
        self.answer("i praksis", rating + ENTER)


def stored(home: Path):
    from netleder.store.database import Store

    with Store.open(home / "reflections.sqlite3", create=False) as store:
        return store.reflections()


def test_a_whole_reflection_typed_and_its_summary_read_from_the_screen(netleder_exe, home, comps):
    ratings = ["5", "4", "3", "2", "1", "5", "4", "3", "2", "1"]
    person = Person(netleder_exe, home)
    person.wait("Refleksion over din netværksledelse")
    person.context("Urban farming i Albertslund")
    person.answer("Hvilke kompetencer", ENTER)
    for i, (cid, rating) in enumerate(zip(IDS, ratings), 1):
        person.competence(i, N, cid, [f"Første svar {i}: æøå", f"Andet svar {i} – ÆØÅ"], rating)
    # growth areas, the lower part of the scale: the 1s (competences 5 and 10), then the 2s (4 and 9)
    for cid, step in ((IDS[4], "Prøve et lille eksperiment"), (IDS[9], ""), (IDS[3], "Spørge de tavse"), (IDS[8], "")):
        person.wait(comps.find(cid).title("da"))
        person.answer("Mit næste skridt", step + ENTER)
    person.answer("gøre nu", ENTER)
    status, screen = person.finish()
    assert status == 0, screen[-2000:]
    overview_at = screen.rindex("Overblik – Refleksion")
    summary = screen[[m.start() for m in re.finditer(r"Refleksion \d{1,2}\. \w+ 20\d\d", screen[:overview_at])][-1]:overview_at]
    assert "Netværk: Urban farming i Albertslund" in summary
    assert "█████ Også når det er svært" in summary and "█░░░░ Sjældent" in summary
    strengths = summary[summary.index("Dine styrker"):summary.index("Dine udviklingsområder")]
    assert comps.competences[0].title("da") in strengths and comps.competences[5].title("da") in strengths
    growth = summary[summary.index("Dine udviklingsområder"):summary.index("Dine næste skridt")]
    assert comps.competences[4].title("da") in growth and comps.competences[9].title("da") in growth
    assert "Prøve et lille eksperiment" in summary and "Spørge de tavse" in summary
    assert "Spørgsmål til dig selv i de kommende uger" in summary
    assert comps.competences[4].questions[0].text("da")[:40] in summary
    assert "Første svar 7: æøå" in summary and "Andet svar 10 – ÆØÅ" in summary
    # The end leaves the overview in view, last on a 40-row screen, with how to see and print it again
    [reflection] = stored(home)
    tail = screen[overview_at:]
    assert len(tail.rstrip("\n").split("\n")) <= 40, tail
    assert "█████ Også når det er svært" in tail and "Dine styrker" in tail and "Dine udviklingsområder" in tail
    assert "Prøve et lille eksperiment" in tail and "Spørge de tavse" in tail
    assert "Andet svar" not in tail  # the answers are in the full text above
    assert "Refleksionen er gemt som" in tail
    assert f"netleder show {reflection.id} --format html" in tail.replace("\n", "")
    assert person.cpr_answered > 0  # prompt_toolkit asked where the cursor is, and was answered
    assert reflection.complete and reflection.network == "Urban farming i Albertslund"
    assert reflection.answers[IDS[6]] == ["Første svar 7: æøå", "Andet svar 7 – ÆØÅ"]
    assert [reflection.ratings[cid] for cid in IDS] == [int(r) for r in ratings]


def test_ctrl_c_half_way_exits_130_and_the_next_run_resumes(netleder_exe, home):
    scope = ["-c", "1", "-c", "2", "-c", "3"]
    person = Person(netleder_exe, home, *scope, color=False)
    person.context()
    person.competence(1, 3, IDS[0], ["a1 æøå", "a2"], "4")
    person.wait("Kompetence 2 af 3")
    person.wait(question_start(IDS[1], 0))
    person.answer("Dit svar", "b1" + ENTER)
    person.wait(question_start(IDS[1], 1))
    person.answer("Dit svar", "halvt skrev" + CTRL_C)
    status, screen = person.finish()
    assert status == 130, screen[-1500:]
    assert "gemt som kladde" in screen and "netleder reflect --resume" in screen
    assert str(home / "reflections.sqlite3") in screen
    message = screen[screen.rindex("Afbrudt"):]
    assert "Traceback" not in screen and "halvt" not in message  # the half-typed answer is dropped
    [draft] = stored(home)
    assert not draft.complete
    assert draft.answers[IDS[0]] == ["a1 æøå", "a2"] and draft.answers[IDS[1]] == ["b1", ""]

    # The next plain `netleder reflect` offers to resume; Enter says yes.
    person = Person(netleder_exe, home)
    person.answer("fortsætte, hvor du slap", ENTER)
    person.competence(2, 3, IDS[1], ["", "b2"], "2")  # b1 is prefilled: Enter keeps it
    person.competence(3, 3, IDS[2], ["c1", ""], "5")
    person.answer("Mit næste skridt", ENTER)  # the one growth area (competence 2)
    person.answer("gøre nu", ENTER)
    status, screen = person.finish()
    assert status == 0, screen[-1500:]
    assert "Kompetence 1 af 3" not in screen
    [reflection] = stored(home)
    assert reflection.id == draft.id and reflection.complete
    assert reflection.answers == {IDS[0]: ["a1 æøå", "a2"], IDS[1]: ["b1", "b2"], IDS[2]: ["c1", ""]}
    assert reflection.ratings == {IDS[0]: 4, IDS[1]: 2, IDS[2]: 5}


def test_killed_with_sigkill_half_way_then_resume_has_every_answer(netleder_exe, home):
    person = Person(netleder_exe, home, "-c", "4", "-c", "5", color=False)
    person.context("Netværket der blev dræbt")
    person.competence(1, 2, IDS[3], ["d1", "d2 🙂"], "2")
    person.wait("Kompetence 2 af 2")
    person.wait(question_start(IDS[4], 0))
    person.answer("Dit svar", "e1" + ENTER)
    person.wait(question_start(IDS[4], 1))  # e1 was saved before this question was printed
    person.wait("Dit svar")
    person.child.kill(signal.SIGKILL)
    status, _ = person.finish()
    assert status == -signal.SIGKILL

    person = Person(netleder_exe, home, "--resume")
    person.wait("fortsætter din påbegyndte refleksion")
    person.competence(2, 2, IDS[4], ["", "e2"], "4")
    person.answer("Mit næste skridt", "Lytte mere" + ENTER)  # growth area: competence 4 (the 2)
    person.answer("gøre nu", ENTER)
    status, screen = person.finish()
    assert status == 0, screen[-1500:]
    assert "Netværk: Netværket der blev dræbt" in screen
    [reflection] = stored(home)
    assert reflection.complete and reflection.network == "Netværket der blev dræbt"
    assert reflection.answers == {IDS[3]: ["d1", "d2 🙂"], IDS[4]: ["e1", "e2"]}
    assert reflection.ratings == {IDS[3]: 2, IDS[4]: 4}
    assert reflection.next_steps == {IDS[3]: "Lytte mere"}


def test_enter_through_everything_saves_a_reflection_without_any_rating(netleder_exe, home):
    person = Person(netleder_exe, home, "-c", "1", "-c", "2", color=False)
    person.context()
    for index, cid in enumerate(IDS[:2], 1):
        person.competence(index, 2, cid, ["", ""], "")
    person.answer("Vil du alligevel vælge", ENTER)
    person.answer("gøre nu", ENTER)
    status, screen = person.finish()
    assert status == 0, screen[-1500:]
    [reflection] = stored(home)
    assert reflection.complete and reflection.ratings == {} and reflection.next_steps == {}
    # the end screen's commands each on a line of their own, whole (100 columns)
    lines = [line.rstrip() for line in screen.splitlines()]
    assert f"  netleder show {reflection.id}" in lines
    assert f"  netleder show {reflection.id} --format html --output refleksion-{reflection.id}.html" in lines


STEPS = ["type", "phase", "scope", "answer", "rating", "next step", "review"]


@pytest.mark.parametrize("step", STEPS)
def test_ctrl_c_at_every_step_keeps_what_was_given(netleder_exe, home, step):
    """Ctrl-C at `step`: everything given before it is in the draft, nothing after it."""
    down = "\x1b[B"
    script = [  # (step, what the screen shows, the keys that answer it)
        ("type", "slags netværk", down + ENTER),  # innovation
        ("phase", "fase er netværket", down + ENTER),  # phase 1
        ("scope", "Hvilke kompetencer", "\x1b[A" + ENTER),  # some: the last (all, phase 1's, some)
        ("pick", "Vælg kompetencerne", " " + ENTER),  # the first
        ("answer", question_start(IDS[0], 0), ""),
        ("answer2", "Dit svar", "første svar" + ENTER),
        ("answer3", question_start(IDS[0], 1), ""),
        ("answer4", "Dit svar", ENTER),
        ("rating", "i praksis", "2" + ENTER),
        ("next step", "Mit næste skridt", "et skridt" + ENTER),
        ("review", "gøre nu", ENTER),
    ]
    person = Person(netleder_exe, home, color=False)
    person.answer("Netværkets navn", "Netværket" + ENTER)
    for name, marker, keys in script:
        if name == step:
            person.answer(marker if name != "answer" else "Dit svar", CTRL_C)
            break
        person.answer(marker, keys) if keys else person.wait(marker)
    status, screen = person.finish()
    assert status == 130, screen[-1500:]
    assert "gemt som kladde" in screen and "Traceback" not in screen
    [draft] = stored(home)
    reached = [name for name, _, _ in script][:[name for name, _, _ in script].index(step)]
    assert not draft.complete and draft.network == "Netværket"
    assert draft.network_type == ("innovation" if "type" in reached else None)
    assert draft.phase == ("opstart" if "phase" in reached else None)
    assert draft.scope == ([IDS[0]] if "pick" in reached else IDS)
    assert draft.answers.get(IDS[0], [""])[0] == ("første svar" if "answer2" in reached else "")
    assert draft.ratings == ({IDS[0]: 2} if "rating" in reached else {})
    assert draft.next_steps == ({IDS[0]: "et skridt"} if "next step" in reached else {})


def test_two_wizards_on_one_store_never_overwrite_each_other(netleder_exe, home):
    first = Person(netleder_exe, home, "-c", "1", color=False)
    first.context("Det første")
    first.wait(question_start(IDS[0], 0))
    first.answer("Dit svar", "a1" + ENTER)
    first.wait(question_start(IDS[0], 1))
    first.wait("Dit svar")  # the first wizard holds the draft now
    second = Person(netleder_exe, home, color=False)
    second.wait("netleder-vindue")
    second.wait("Netværkets navn")  # no offer to resume the open draft: a new reflection
    second.terminal.send(CTRL_C)
    status, screen = second.finish()
    assert status == 130 and "Det første" in screen
    assert "/dev/pts/" in screen or "proces" in screen  # where the draft is open
    first.terminal.send("a2" + ENTER)
    first.answer("i praksis", "4" + ENTER)
    first.answer("Vil du alligevel vælge", ENTER)
    first.answer("gøre nu", ENTER)
    status, screen = first.finish()
    assert status == 0, screen[-1500:]
    [reflection] = stored(home)
    assert reflection.complete and reflection.answers[IDS[0]] == ["a1", "a2"] and reflection.ratings == {IDS[0]: 4}


def test_a_terminal_closed_while_the_editor_is_open_loses_nothing(netleder_exe, home, tmp_path):
    script = tmp_path / "editor.sh"
    script.write_text('#!/bin/sh\nprintf "Skrevet i editoren\\n\\nandet afsnit\\n" >> "$1"\n'
                      'echo EDITOR-SAVED\nexec sleep 30\n', encoding="utf-8")
    script.chmod(0o700)
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    env = {"EDITOR": str(script), "VISUAL": "", "TMPDIR": str(tmpdir)}
    person = Person(netleder_exe, home, "-c", "1", color=False, env=env)
    person.context()
    person.wait(question_start(IDS[0], 0))
    person.answer("Dit svar", ":e" + ENTER)
    person.wait("EDITOR-SAVED")
    person.child.kill(signal.SIGHUP)  # the terminal is closed
    person.child.close(force=True)
    [left] = list(home.glob("edit-*.txt"))
    assert (left.stat().st_mode & 0o777) == 0o600
    assert "Skrevet i editoren" in left.read_text(encoding="utf-8")
    assert list(tmpdir.iterdir()) == []  # nothing in the temp folder

    person = Person(netleder_exe, home, color=False)
    person.answer("fortsætte, hvor du slap", ENTER)
    person.wait("Sidst blev terminalen lukket")
    person.answer("Vil du bruge den tekst", ENTER)
    person.wait(question_start(IDS[0], 0))
    person.answer("Dit svar", ENTER)  # the text from the editor, prefilled: Enter keeps it
    person.wait(question_start(IDS[0], 1))
    person.answer("Dit svar", CTRL_C)
    status, _screen = person.finish()
    assert status == 130
    [draft] = stored(home)
    assert draft.answers[IDS[0]][0] == "Skrevet i editoren\n\nandet afsnit"
    assert list(home.glob("edit-*")) == []


def test_pasted_lines_stay_in_the_answer(netleder_exe, home):
    person = Person(netleder_exe, home, "-c", "1", color=False)
    person.context()
    person.wait(question_start(IDS[0], 0))
    person.answer("Dit svar", "første linje\rs\randen linje\r")  # a paste without bracketed paste
    person.wait(question_start(IDS[0], 1))
    person.answer("Dit svar", "to" + ENTER)
    person.answer("i praksis", CTRL_C)
    status, _ = person.finish()
    assert status == 130
    [draft] = stored(home)
    assert draft.answers[IDS[0]] == ["første linje\ns\nanden linje", "to"] and draft.ratings == {}


def test_edit_after_saving_and_resume_by_id(netleder_exe, home):
    person = Person(netleder_exe, home, "-c", "1", color=False)
    person.context("Til rettelse")
    person.competence(1, 1, IDS[0], ["svar", ""], "2")
    person.answer("Mit næste skridt", "første udgave" + ENTER)
    person.answer("gøre nu", ENTER)
    assert person.finish()[0] == 0
    [saved] = stored(home)

    person = Person(netleder_exe, home, saved.id[:4], command="edit", color=False)
    person.wait(f"Du retter refleksionen {saved.id}")
    person.answer("gøre nu", "\x1b[B\x1b[B" + ENTER)  # a next step
    person.answer("Hvilket næste skridt", ENTER)
    person.answer("Mit næste skridt", "\x15anden udgave" + ENTER)
    person.answer("gøre nu", ENTER)  # done
    status, screen = person.finish()
    assert status == 0, screen[-1500:]
    assert "Overblik – Refleksion" in screen and f"netleder show {saved.id}" in screen
    [edited] = stored(home)
    assert edited.id == saved.id and edited.complete and edited.next_steps == {IDS[0]: "anden udgave"}

    # two drafts: `--resume ID` takes the one named
    for name in ("Kladde et", "Kladde to"):
        person = Person(netleder_exe, home, "--fresh", "-c", "2", color=False)
        person.answer("Netværkets navn", name + ENTER)
        person.answer("slags netværk", CTRL_C)
        assert person.finish()[0] == 130
    first = next(r for r in stored(home) if r.network == "Kladde et")
    person = Person(netleder_exe, home, "--resume", first.id, color=False)
    person.wait("fortsætter din påbegyndte refleksion")
    person.answer("Netværkets navn", ENTER)
    person.answer("slags netværk", CTRL_C)
    status, screen = person.finish()
    assert status == 130 and f"netleder reflect --resume {first.id}" in screen
