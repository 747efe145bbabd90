"""The one seam through which netleder asks the user anything.

This is the only module that imports questionary (and so prompt_toolkit); it is imported
only on the interactive path (`netleder reflect` in a terminal). Every question goes through
a `Prompter`, so tests drive the real questionary code with prompt_toolkit's pipe input:

    with create_pipe_input() as keys:
        keys.send_text("svar\\r\\r")
        prompter = Prompter(input=keys, output=DummyOutput())

Questions are asked with questionary's `unsafe_ask()`, so Ctrl-C raises instead of printing
and returning None. The seam turns Ctrl-C (and Ctrl-D / the end of input) into `Cancelled`,
which carries nothing the user typed: a half-typed answer never reaches a message or a log.

Every prompt moves on with Enter: text fields are single-line (no Esc+Enter trap; long
answers wrap on screen, pasted line breaks are kept), and yes/no questions are a two-item
list (Ja/Nej, Yes/No) so they read in Danish too (questionary's confirm only knows y/n).

Safe and in the user's language: every question, choice and instruction passes
`safe_text.terminal_safe` (content files supply most of them), prompt_toolkit draws on the raw
terminal stream under netleder's sanitising edge (it writes its own escape codes), and the
checkbox's answer line, which questionary writes in English ("done (4 selections)"), is erased
when the question ends and written again in the catalogue's words.

Text wraps on word boundaries at the terminal's width (`flow`): prompt_toolkit itself cuts a
line wherever the width ends, mid-word. So questions, choices and the answer line of a list
(erased and written again, as the checkbox's) are laid out in words before they are drawn,
following lines indented under the text.

Pasting several lines into a text field keeps them in that answer, also in a terminal without
bracketed paste: an Enter that arrives together with more input (the rest of a paste, never a
key pressed by hand) is a line break, not the end of the answer. So a paste never spills into
the next question, and a letter in it never reaches a menu as a shortcut.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import questionary
from questionary import Choice

from netleder.i18n import t
from netleder.safe_text import terminal_safe


def _share_default_key_bindings() -> None:
    """Build prompt_toolkit's default key bindings once, not for every question.

    prompt_toolkit builds its default key bindings (about 600: emacs, vi, mouse) anew for every
    Application, and questionary makes three Applications for one list question: that was most
    of the time between Enter and the next question (10-40 ms a question on this project's
    machines). The defaults keep no state of their own: each handler works on the application
    it is called for (`event.app`), and their filters ask the running application. So one set
    serves every question, as it does within prompt_toolkit's own PromptSession."""
    import functools

    from prompt_toolkit.application import application

    made = getattr(application, "load_key_bindings", None)
    if callable(made) and not hasattr(made, "cache_info"):  # (not twice)
        application.load_key_bindings = functools.cache(made)


_share_default_key_bindings()


class Cancelled(Exception):
    """The user left a prompt: Ctrl-C (`eof` False) or Ctrl-D / end of input (`eof` True).

    Deliberately carries no text: whatever was being typed is dropped, never reported.
    """

    def __init__(self, eof: bool = False) -> None:
        super().__init__("end of input" if eof else "interrupted")
        self.eof = eof


class Prompter:
    """Asks questions with questionary. `input`/`output` default to the terminal."""

    def __init__(self, lang: str, input=None, output=None) -> None:
        self._io: dict[str, Any] = {}
        if input is not None:
            self._io["input"] = input
        if output is None:
            output = _terminal_output()
        self._io["output"] = output
        self.lang = lang

    # --- the questions --------------------------------------------------------------

    def text(self, message: str, default: str = "", instruction: str | None = None,
             completions: Sequence[str] = ()) -> str:
        """One line of free text; Enter accepts (an empty answer too). `completions` are offered
        as the leader types (Tab or the arrow keys pick one)."""
        bindings, watch = _paste_safe_enter()
        extra: dict[str, Any] = {"key_bindings": bindings}
        if instruction:  # one line of words with the question (questionary would put two spaces between)
            message, instruction = f"{message} {instruction}", None
        if completions:
            from prompt_toolkit.completion import WordCompleter

            extra["completer"] = WordCompleter([terminal_safe(c) for c in completions], ignore_case=True,
                                               sentence=True, match_middle=True)
            extra["complete_while_typing"] = True
        question = questionary.text(self._flowed(terminal_safe(message)), default=default,
                                    instruction=_safe(instruction), **extra, **self._io)
        watch(question.application)
        return self._ask(question)

    def select(
        self,
        message: str,
        choices: Sequence[tuple[Any, str]],
        default: Any = None,
        keys: Sequence[str | None] | None = None,
        instruction: str | None = None,
    ) -> Any:
        """One of `choices` ((value, title) pairs); returns its value. Enter takes `default`.

        `keys` gives each choice a shortcut key (None for none): pressing it moves the pointer
        there, Enter confirms. Values may be anything, None included.
        """
        values = [value for value, _ in choices]
        items = []
        # a choice's text starts after the pointer (3 columns) and its key ("4) "); a long one
        # goes on under itself
        indent = " " * (3 + (3 if keys else 0))
        for i, (_, title) in enumerate(choices):
            key = keys[i] if keys is not None and i < len(keys) else None
            shown = "\n".join(flow(terminal_safe(title), len(indent), self._width(), indent))
            items.append(Choice(shown, value=str(i), shortcut_key=key if key else False))
        start = str(values.index(default)) if default in values else None
        if instruction is None:
            instruction = t("prompt.select_keys" if keys else "prompt.select", self.lang)
        instruction = terminal_safe(instruction)
        asked = self._flowed(terminal_safe(message), after=instruction)
        question = questionary.select(
            asked,
            choices=items,
            default=start,
            use_shortcuts=bool(keys),
            use_jk_keys=False,
            instruction=instruction,
            **self._io,
        )
        # questionary's answer line would run the answer on from the question and let the terminal
        # cut it anywhere: it is erased, and written again on word boundaries
        _hide_when_done(question.application)
        picked = int(self._ask(question))
        self.echo(message, choices[picked][1])
        return values[picked]

    def confirm(self, message: str, default: bool = False) -> bool:
        """Yes or no, as a two-item list so Enter takes the default in any language."""
        choices = [(True, t("prompt.yes", self.lang)), (False, t("prompt.no", self.lang))]
        return bool(self.select(message, choices, default=default))

    def checkbox(
        self,
        message: str,
        choices: Sequence[tuple[Any, str]],
        checked: Sequence[Any] = (),
        require_one: bool = True,
    ) -> list:
        """Any number of `choices`; returns their values in the order of `choices`."""
        values = [value for value, _ in choices]
        indent = " " * 5  # after the pointer and the box
        items = [
            Choice("\n".join(flow(terminal_safe(title), len(indent), self._width(), indent)), value=str(i),
                   checked=value in checked)
            for i, (value, title) in enumerate(choices)
        ]

        def validate(selected: list) -> bool | str:
            return bool(selected) or not require_one or t("prompt.choose_one", self.lang)

        instruction = t("prompt.checkbox", self.lang)
        question = questionary.checkbox(
            self._flowed(terminal_safe(message), after=instruction),
            choices=items,
            validate=validate,
            use_jk_keys=False,
            instruction=instruction,
            **self._io,
        )
        # questionary's own answer line is English ("done (4 selections)"): the question is not
        # drawn once it is answered, and is erased when it ends; the seam writes the line again
        # in the user's language.
        _hide_when_done(question.application)
        picked = {int(i) for i in self._ask(question)}
        titles = [title for i, (_, title) in enumerate(choices) if i in picked]
        self.echo(message, checkbox_answer(titles, self.lang))
        return [value for i, value in enumerate(values) if i in picked]

    def echo(self, message: str, answer: str) -> None:
        """A finished question and its answer, as questionary leaves them on the screen."""
        from prompt_toolkit import print_formatted_text
        from prompt_toolkit.formatted_text import FormattedText
        from questionary.constants import DEFAULT_QUESTION_PREFIX, DEFAULT_STYLE

        width = self._width()
        asked = flow(terminal_safe(message), 2, width)
        column = len(asked[-1]) + 1 if len(asked) > 1 else 2 + len(asked[-1]) + 1
        told = flow(terminal_safe(answer), column, width)
        line = [("class:qmark", DEFAULT_QUESTION_PREFIX), ("class:question", " " + "\n".join(asked) + " "),
                ("class:answer", "\n".join(told))]
        print_formatted_text(FormattedText(line), style=DEFAULT_STYLE, output=self._io["output"])

    def _width(self) -> int:
        try:
            return max(self._io["output"].get_size().columns, 20)
        # an output that cannot say (on Windows a console raises its own NoConsoleScreenBufferError,
        # a plain Exception): the usual width
        except Exception:  # noqa: BLE001  # pragma: no cover
            return 80

    def _flowed(self, message: str, after: str = "") -> str:
        """`message` as questionary draws it after "? ", on word boundaries at the terminal's
        width; `after` (the instruction) moves to a line of its own when it would not fit."""
        width = self._width()
        lines = flow(message, 2, width)
        last = len(lines[-1]) + (2 if len(lines) == 1 else 0)
        if after and last + 2 + len(after) > width - 1:
            lines.append("")  # questionary's own space after the message indents it by one more
            return "\n".join(lines) + " "
        return "\n".join(lines)

    # --- the seam -------------------------------------------------------------------

    def _ask(self, question) -> Any:
        try:
            return question.unsafe_ask()
        except KeyboardInterrupt:
            raise Cancelled() from None
        except EOFError:
            raise Cancelled(eof=True) from None


# A key pressed by hand comes long after the one before it (a fast typist's keys are 50 ms
# apart or more); the keys of a paste come together. Only an Enter that follows another key this
# closely may be a line break in a paste whose rest has not yet been read.
PASTE_GAP = 0.03
PASTE_WAIT = 0.01  # how long such an Enter waits for the rest of a paste


def _more_input_waiting(event, last_key: float | None = None) -> bool:
    """Whether more input came with this key (a paste), rather than the key pressed alone.
    `last_key`: when the key before this one was handled (time.monotonic), if there was one."""
    from prompt_toolkit.keys import Keys

    if any(press.key != Keys.CPRResponse for press in event.app.key_processor.input_queue):
        return True  # (a terminal's answer to a cursor-position request is not input)
    import sys

    if sys.platform == "win32":  # pragma: no cover - the console delivers a paste in one read
        return False
    import select
    import time

    # An Enter pressed on its own does not wait: the next question comes at once.
    wait = PASTE_WAIT if last_key is not None and time.monotonic() - last_key < PASTE_GAP else 0
    try:
        fd = event.app.input.fileno()
        if not select.select([fd], [], [], wait)[0]:
            return False
        # The rest of a paste longer than one read: take it now and queue it behind this key,
        # so a terminal's late answer to a cursor-position request is told apart from text.
        keys = event.app.input.read_keys()
    except (OSError, ValueError, NotImplementedError):
        return False
    event.app.key_processor.feed_multiple(keys)
    return any(press.key != Keys.CPRResponse for press in keys)


def _paste_safe_enter():
    """The text field's Enter (a line break when it comes with a paste), and `watch(app)`, which
    notes when each key of the question's application is handled."""
    import time

    from prompt_toolkit.filters import has_completions
    from prompt_toolkit.key_binding import KeyBindings

    bindings = KeyBindings()
    handled: list[float] = []  # when the latest key was handled

    @bindings.add("enter", filter=~has_completions, eager=True)
    def _enter(event) -> None:
        if _more_input_waiting(event, handled[-1] if handled else None):
            event.current_buffer.insert_text("\n")
        else:
            event.current_buffer.validate_and_handle()

    def noted(_) -> None:
        handled[:] = [time.monotonic()]

    def watch(application) -> None:
        application.key_processor.after_key_press += noted

    return bindings, watch


def flow(text: str, column: int, width: int, indent: str = "  ") -> list[str]:
    """`text` laid out on word boundaries from `column` of a line `width` cells wide; the lines
    after the first start with `indent`. The first item is what goes on the current line ("" when
    not even the first word fits there). A word longer than a line is left whole."""
    from prompt_toolkit.utils import get_cwidth

    room = width - 1  # the last column stays free: a terminal may wrap on it
    lines: list[str] = []
    for p, paragraph in enumerate(text.split("\n")):
        current = "" if p == 0 else indent
        used = column if p == 0 else len(indent)
        start = used
        for word in paragraph.split(" "):
            size = get_cwidth(word)
            gap = 1 if used > start else 0
            if used + gap + size > room and (used > start or p == 0 and column > len(indent)):
                lines.append(current)
                current, used, start = indent + word, len(indent) + size, len(indent)
            else:
                current += " " * gap + word
                used += gap + size
        lines.append(current)
    return lines


def checkbox_answer(titles: Sequence[str], lang: str) -> str:
    """The answer line of a checkbox question: the one choice, or how many were chosen."""
    if len(titles) == 1:
        return titles[0]
    return t("prompt.checkbox_done", lang, count=len(titles))


def _hide_when_done(application) -> None:
    """Draw nothing of `application` once it is done (prompt_toolkit's is_done filter), and
    erase it then: its last frame, with questionary's English answer, never reaches the screen."""
    from prompt_toolkit.filters import is_done
    from prompt_toolkit.layout import ConditionalContainer

    application.layout.container = ConditionalContainer(application.layout.container, filter=~is_done)
    application.erase_when_done = True


def _safe(text: str | None) -> str | None:
    return None if text is None else terminal_safe(text)


def _terminal_output():
    """prompt_toolkit's output on the raw terminal stream: under netleder's sanitising edge
    (netleder.output.SafeStream) its own escape codes would be shown instead of obeyed."""
    import sys

    from prompt_toolkit.output import create_output

    from netleder.output import raw_stream

    return create_output(stdout=raw_stream(sys.stdout))
