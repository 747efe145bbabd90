"""Test helper: drive the wizard prompt by prompt, like copier's `expect_prompt`.

The wizard runs in a thread on prompt_toolkit's pipe input (real keystrokes through the real
questionary prompts) and a VT100 output that records what each prompt draws. A test waits
for a named prompt, then answers it:

    with WizardRun(lang="da") as w:
        w.expect("wizard.context.network").answer("Urban farming" + ENTER)
        ...
    reflection, screen = w.result, w.screen

`expect` takes a catalogue key (`wizard.*`, put in words with netleder.i18n.t in the run's
language) or the words themselves, and waits until a prompt drawn since the last answer
shows them. It fails fast, saying which prompt it waited for (key and words), which prompt
the wizard showed instead (its catalogue key where one matches) and what was drawn and
printed: as soon as another prompt has been drawn and sits waiting for input (SETTLE seconds
with nothing more drawn: a prompt draws its question in its first render) or the wizard ends;
only when no prompt comes at all does it wait out `timeout`. `finish` fails as fast when the
wizard asks for more after the last answer.
"""

from __future__ import annotations

import io
import re
import threading
import time
from typing import TYPE_CHECKING

from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output
from rich.console import Console

from builders import builtin_competences, builtin_phases
from netleder.errors import NetlederError
from netleder.i18n import t
from netleder.store.database import Store
from netleder.wizard.conversation import run_wizard
from netleder.wizard.prompts import Prompter
from terminal_driver import prompt_names

if TYPE_CHECKING:
    from typing_extensions import Self

ENTER = "\r"
DOWN = "\x1b[B"
UP = "\x1b[A"
SPACE = " "
CTRL_C = "\x03"
CTRL_D = "\x04"
SETTLE = 0.5  # seconds a newly drawn prompt stays unchanged before it counts as waiting for input

_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[=>78]")


class _Drawn:
    """What the prompts drew, one entry per prompt (a prompt starts on its first render)."""

    def __init__(self) -> None:
        self.lock = threading.Condition()
        self.prompts: list[list[str]] = []
        self.encoding = "utf-8"
        self.last_write = time.monotonic()

    def new_prompt(self) -> None:
        with self.lock:
            self.prompts.append([])
            self.last_write = time.monotonic()
            self.lock.notify_all()

    def write(self, data: str | bytes) -> int:
        if isinstance(data, bytes):  # older prompt_toolkit writes encoded bytes
            data = data.decode(self.encoding, "replace")
        with self.lock:
            if not self.prompts:
                self.prompts.append([])
            self.prompts[-1].append(data)
            self.last_write = time.monotonic()
            self.lock.notify_all()
        return len(data)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def text(self, index: int) -> str:
        return _ESCAPES.sub("", "".join(self.prompts[index]))


class Screen(io.StringIO):
    """A text screen for a VT100 output that takes what any prompt_toolkit writes: str, or the
    encoded bytes that releases before 3.0.36 write when the stream has no `buffer`."""

    encoding = "utf-8"

    def write(self, data: str | bytes) -> int:
        if isinstance(data, bytes):
            data = data.decode("utf-8", "replace")
        return super().write(data)


def vt100_output(screen: Screen, width: int, rows: int = 50) -> Vt100_Output:
    """A VT100 output of `width` columns drawing on `screen`, asking no cursor position."""
    try:
        return Vt100_Output(screen, lambda: Size(rows=rows, columns=width), term="xterm", enable_cpr=False)
    except TypeError:  # prompt_toolkit < 3.0.36 has no enable_cpr: it asks for CPR only on a tty
        return Vt100_Output(screen, lambda: Size(rows=rows, columns=width), term="xterm")


class _RecordingOutput(Vt100_Output):
    """A VT100 output, wide enough that no prompt wraps, that marks where each prompt starts."""

    def __init__(self, drawn: _Drawn) -> None:
        try:
            super().__init__(drawn, lambda: Size(rows=50, columns=1000), term="xterm", enable_cpr=False)
        except TypeError:  # prompt_toolkit < 3.0.36 has no enable_cpr: it asks for CPR only on a tty
            super().__init__(drawn, lambda: Size(rows=50, columns=1000), term="xterm")
        self._drawn = drawn

    def enable_bracketed_paste(self) -> None:  # the renderer's first draw of a new prompt
        self.flush()
        self._drawn.new_prompt()
        super().enable_bracketed_paste()


class WizardRun:
    """The wizard in a thread; `expect(prompt)` then `answer(keys)`, prompt by prompt."""

    def __init__(self, *, lang: str = "da", open_store=None, width: int = 80, timeout: float = 10,
                 settle: float = SETTLE, **options) -> None:
        self.lang, self.timeout, self.settle, self.options = lang, timeout, settle, options
        self._open_store = open_store or Store.open  # called in the wizard's thread (SQLite's rule)
        self._screen = io.StringIO()
        self._console = Console(file=self._screen, width=width, color_system=None, highlight=False, emoji=False)
        self._drawn = _Drawn()
        self._seen = 0  # prompts drawn before this index were answered already
        self._answering = -1
        self._done = threading.Event()
        self.result = None

    # --- running ---------------------------------------------------------------------

    def __enter__(self) -> Self:
        self._pipe_context = create_pipe_input()
        self._pipe = self._pipe_context.__enter__()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        prompter = Prompter(input=self._pipe, output=_RecordingOutput(self._drawn), lang=self.lang)
        store = self._open_store()
        try:
            self.result = run_wizard(store, builtin_competences(), builtin_phases(), self.lang,
                                     prompter=prompter, console=self._console, **self.options)
        except NetlederError as exc:
            self.result = exc
        except BaseException as exc:  # noqa: BLE001  (reported by finish)
            self.result = exc
        finally:
            store.close()
            self._done.set()
            with self._drawn.lock:
                self._drawn.lock.notify_all()

    def __exit__(self, kind, value, tb) -> None:
        if kind is not None:
            self._pipe.close()
            self._done.wait(self.timeout)
        else:
            self.finish()
        self._pipe_context.__exit__(kind, value, tb)

    def finish(self):
        """Wait for the wizard to end (it must end on its own); returns (result, screen).

        Fails as soon as a prompt drawn after the last answer waits for input."""
        deadline = time.monotonic() + self.timeout
        with self._drawn.lock:
            while not self._done.is_set() and self._waiting_prompt() is None and time.monotonic() < deadline:
                self._drawn.lock.wait(0.05)
            waiting = None if self._done.is_set() else self._waiting_prompt()
        if not self._done.is_set():
            self._pipe.close()  # the end of input: the prompt gives up, the thread ends
            self._done.wait(self.timeout)
            asks = f"asks {self._name(waiting)}" if waiting is not None else f"has not ended after {self.timeout}s"
            raise AssertionError(f"after the last answer the wizard {asks}. Drawn since the last answer:\n"
                                 f"{self._recent()}\n--- printed:\n{self.screen[-1500:]}")
        return self.result, self.screen

    @property
    def screen(self) -> str:
        """What the wizard printed (the rich console; prompts are in `prompts`)."""
        return self._screen.getvalue()

    @property
    def prompts(self) -> str:
        with self._drawn.lock:
            return "\n".join(self._drawn.text(i) for i in range(len(self._drawn.prompts)))

    # --- prompt by prompt ------------------------------------------------------------

    def words(self, prompt: str, **params) -> str:
        if prompt == "scale.question":  # the rating's question comes from the content's scale
            from builders import builtin_competences

            return builtin_competences().scale_question(self.lang)
        return t(prompt, self.lang, **params) if prompt.startswith(("wizard.", "prompt.")) else prompt

    def expect(self, prompt: str, **params) -> WizardRun:
        """Wait until a prompt drawn since the last answer shows `prompt` (a key or words); fail
        as soon as another prompt waits for input instead, or the wizard ends."""
        words = self.words(prompt, **params)
        deadline = time.monotonic() + self.timeout
        with self._drawn.lock:
            while True:
                for i in range(self._seen, len(self._drawn.prompts)):
                    if words in self._drawn.text(i):
                        self._answering = i
                        return self
                other = self._waiting_prompt()
                left = deadline - time.monotonic()
                if self._done.is_set() or other is not None or left <= 0:
                    break
                self._drawn.lock.wait(min(left, 0.05))
        if self._done.is_set():
            why = f"the wizard ended ({self.result!r})"
        elif other is not None:
            why = f"the wizard asks {self._name(other)}"
        else:
            why = f"no prompt came in {self.timeout}s"
        raise AssertionError(f"expected the prompt {prompt!r} ({words!r}), but {why}. Drawn since the last "
                             f"answer:\n{self._recent()}\n--- printed:\n{self.screen[-1500:]}")

    def _waiting_prompt(self) -> int | None:
        """The newest prompt drawn since the last answer, once nothing more has been drawn for
        `settle` seconds after it drew its question (it waits for input); None while there is none
        or it is still drawing.
        Call with the lock held."""
        newest = len(self._drawn.prompts) - 1
        if newest < self._seen or time.monotonic() - self._drawn.last_write < self.settle:
            return None
        # a prompt starts before its first render is written (which takes a while on a busy machine)
        return newest if any(c.isalnum() for c in self._drawn.text(newest)) else None

    def _name(self, index: int) -> str:
        """A drawn prompt in words: the catalogue keys whose text it shows, and its first line."""
        return prompt_names(self._drawn.text(index), self.lang)

    def answer(self, keys: str) -> WizardRun:
        """Send the keys that answer the prompt just expected (real keystrokes)."""
        with self._drawn.lock:
            self._seen = self._answering + 1  # later prompts are new; this one's last draw is not
        # From a thread: a pipe holds 64 KiB, so a long paste would block until the prompt reads.
        sender = threading.Thread(target=self._pipe.send_text, args=(keys,), daemon=True)
        sender.start()
        sender.join(self.timeout if len(keys) < 60_000 else 10 * self.timeout)
        return self

    def drawn(self, words: str) -> WizardRun:
        """Wait until the prompt being answered has drawn `words` (a completion menu, say)."""
        deadline = time.monotonic() + self.timeout
        with self._drawn.lock:
            while words not in "".join(self._drawn.text(i) for i in range(self._answering, len(self._drawn.prompts))):
                left = deadline - time.monotonic()
                if self._done.is_set() or left <= 0:
                    raise AssertionError(f"the prompt did not draw {words!r}:\n{self._recent()}")
                self._drawn.lock.wait(min(left, 0.1))
        return self

    def end_input(self) -> WizardRun:
        """Close the input, as when the keys run out: the waiting prompt sees the end of input."""
        self._pipe.close()
        return self

    def text(self, prompt: str, typed: str, **params) -> WizardRun:
        """Expect a text prompt and type `typed` then Enter."""
        return self.expect(prompt, **params).answer(typed + ENTER)

    def enter(self, prompt: str, **params) -> WizardRun:
        """Expect a prompt and take its default (Enter)."""
        return self.expect(prompt, **params).answer(ENTER)

    def _recent(self) -> str:  # call without the lock held (it takes it)
        with self._drawn.lock:
            return "\n".join(self._drawn.text(i)[-600:] for i in range(self._seen, len(self._drawn.prompts)))[-3000:]

