"""Test helper: a program in a real pseudo-terminal (pexpect), waited on prompt by prompt.

`expect(text)` waits until `text` appears. It fails fast, with the text it waited for, the
prompt the program showed instead (named by its catalogue key where one matches) and the
screen since the last keys: as soon as a prompt that started after the last keys were sent
(prompt_toolkit switches bracketed paste on, ESC[?2004h, when a prompt starts waiting for
input) has shown its question for SETTLE seconds without the text, or the program ends. Only
when no prompt comes at all does it wait out `timeout`. `finish` fails as fast when the
program asks something instead of ending.

The terminal answers prompt_toolkit's cursor-position request (ESC[6n) with ESC[1;1R, as a real
terminal does. POSIX only (pexpect.spawn).
"""

from __future__ import annotations

import re
import time

ENTER = "\r"
CPR_REQUEST = "\x1b[6n"  # prompt_toolkit asks where the cursor is
CPR_ANSWER = "\x1b[1;1R"  # and a terminal answers: row 1, column 1
PROMPT_START = "\x1b[?2004h"  # a prompt_toolkit prompt starts waiting for input
SETTLE = 1.0  # seconds a started prompt shows its question before it counts as unexpected
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][A-Z0-9]|\x1b[=>]")


def screen_text(raw: str) -> str:
    return ANSI.sub("", raw).replace("\r", "")


def prompt_keys() -> list[str]:
    """The catalogue's keys a prompt's question may come from (wizard.*, prompt.*)."""
    from netleder import i18n

    return [key for key in getattr(i18n, "MESSAGES", {}) if key.startswith(("wizard.", "prompt."))]


def prompt_names(text: str, lang: str) -> str:
    """The prompt whose drawing is `text`, in words: the catalogue keys whose words (up to the
    first placeholder) its first line (the question) shows, the most specific first; and that line."""
    from netleder import i18n

    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    found = {key: words for key in prompt_keys()
             if len(words := i18n.MESSAGES[key].get(lang, "").split("{")[0].strip()) >= 8 and words in first}
    keys = sorted(found, key=lambda key: -len(found[key]))
    return f"{' or '.join(keys) or 'a prompt'} ({first[:120]!r})"


class Terminal:
    """`argv` in a pseudo-terminal of `dimensions` (rows, columns), with exactly `env`."""

    def __init__(self, argv: list[str], env: dict[str, str], *, lang: str = "da", dimensions=(40, 100),
                 timeout: float = 30, settle: float = SETTLE) -> None:
        import pexpect

        self.lang, self.timeout, self.settle = lang, timeout, settle
        self.child = pexpect.spawn(argv[0], argv[1:], env=env, dimensions=dimensions, encoding="utf-8",
                                   timeout=timeout)
        self.seen: list[str] = []  # everything read, raw
        self.cpr_answered = 0
        self._since_keys = 0  # seen[_since_keys:] came after the last keys sent
        self._prompt_at: float | None = None  # when a prompt started after the last keys
        self._pending = ""  # read but not yet matched (after a timeout)
        self._prompt_from = 0  # seen[_prompt_from:] is the newest prompt's drawing

    def send(self, keys: str) -> None:
        self.child.send(keys)
        self._since_keys = self._prompt_from = len(self.seen)
        self._prompt_at = None

    def expect(self, text: str) -> None:
        """Wait until `text` appears (see the module's docstring for when it fails fast)."""
        import pexpect

        deadline = time.monotonic() + self.timeout
        while True:
            now = time.monotonic()
            wait = deadline - now if self._prompt_at is None else self._prompt_at + self.settle - now
            found = self.child.expect_exact([text, CPR_REQUEST, PROMPT_START, pexpect.EOF, pexpect.TIMEOUT],
                                            timeout=max(0.05, min(wait, deadline - now)))
            self._read(found != 4)
            if found == 0:
                return
            if found == 1:
                self.cpr_answered += 1
                self.child.send(CPR_ANSWER)
            elif found == 2:
                self._prompt_at, self._prompt_from = time.monotonic(), len(self.seen)
            elif found == 3:
                self._fail(f"expected {text!r}, but the program ended")
            elif self._prompt_at is not None and time.monotonic() >= self._prompt_at + self.settle:
                self._fail(f"expected {text!r}, but the program asks {self._asked()}")
            elif time.monotonic() >= deadline:
                self._fail(f"expected {text!r}, but nothing like it came in {self.timeout}s")

    def answer(self, text: str, keys: str) -> None:
        """Wait for `text` (a prompt's words), then type `keys`."""
        self.expect(text)
        self.send(keys)

    def finish(self) -> tuple[int | None, str]:
        """Wait for the program to end: (exit status, everything on screen as plain text). Fails as
        soon as it asks something instead."""
        import pexpect

        deadline = time.monotonic() + self.timeout
        while True:
            now = time.monotonic()
            wait = deadline - now if self._prompt_at is None else self._prompt_at + self.settle - now
            found = self.child.expect_exact([pexpect.EOF, CPR_REQUEST, PROMPT_START, pexpect.TIMEOUT],
                                            timeout=max(0.05, min(wait, deadline - now)))
            self._read(found != 3)
            if found == 0:
                break
            if found == 1:
                self.cpr_answered += 1
                self.child.send(CPR_ANSWER)
            elif found == 2:
                self._prompt_at, self._prompt_from = time.monotonic(), len(self.seen)
            elif self._prompt_at is not None and time.monotonic() >= self._prompt_at + self.settle:
                self._fail(f"expected the program to end, but it asks {self._asked()}")
            elif time.monotonic() >= deadline:
                self._fail(f"expected the program to end, but it still runs after {self.timeout}s")
        self.child.close()
        status = self.child.exitstatus
        if status is None and self.child.signalstatus is not None:
            status = -self.child.signalstatus
        return status, screen_text("".join(self.seen))

    def _read(self, matched: bool) -> None:
        """Keep what the last expect read: up to and with its match, or (on a timeout) nothing
        yet, as pexpect keeps it in its buffer for the next expect."""
        self._pending = ""
        if matched:
            after = self.child.after if isinstance(self.child.after, str) else ""
            self.seen.append(self.child.before + after)
        else:
            self._pending = self.child.before

    def _asked(self) -> str:
        """The newest prompt, named."""
        return prompt_names(screen_text("".join(self.seen[self._prompt_from:]) + self._pending), self.lang)

    def screen(self) -> str:
        """What the terminal showed since the last keys were sent, as plain text."""
        return screen_text("".join(self.seen[self._since_keys:]) + self._pending)

    def _fail(self, why: str) -> None:
        shown = self.screen()[-2500:]
        self.child.close(force=True)
        raise AssertionError(f"{why}. The screen since the last keys:\n{shown}")
