"""Bare `netleder` in a terminal: a short menu of the main jobs, for someone who double-clicked
the file or typed the one word they were told. It picks a command line and the CLI runs it as
if it had been typed; piped, or with any argument but --lang, netleder behaves as always.

The menu asks through the one prompt seam (prompts.Prompter), which is imported only when the
menu is shown. When netleder has a console window of its own on Windows (started by a
double-click), the window waits for Enter before it closes, so the last lines can be read.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from netleder.i18n import t

# the jobs, in the menu's order (their words: menu.<job> in the catalogue; command_for runs them)
JOBS = ("reflect", "look_back", "model", "invite", "help", "quit")


def menu_lang(argv: Sequence[str]) -> str | None:
    """The language of the menu when bare `netleder` (or `netleder --lang X`) runs in a
    terminal; None when the command line says anything else or nobody is there to choose."""
    rest = list(argv)
    if (rest[:1] == ["--lang"] and len(rest) == 2) or (len(rest) == 1 and rest[0].startswith("--lang=")):
        rest = []
    if rest or not _terminal():
        return None
    return _lang(argv)


def _lang(argv: Sequence[str]) -> str:
    """--lang from the command line, else NETLEDER_LANG, else Danish (an unknown one: Danish)."""
    from netleder.i18n import lang_code

    given = [a.split("=", 1)[1] for a in argv if a.startswith("--lang=")]
    given += [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--lang"]
    for value in [*given, os.environ.get("NETLEDER_LANG", "")]:
        code = lang_code(value)
        if code:
            return code
    return "da"


def _terminal() -> bool:
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def start(argv: list[str]) -> list[str] | None:
    """The command line the menu chose, or None when there is no menu (the command line as
    typed runs). Ctrl-C leaves with 130, the menu's last choice with 0."""
    lang = menu_lang(argv)
    if lang is None:
        return None
    from netleder.wizard.prompts import Cancelled, Prompter

    try:
        job = Prompter(lang).select(t("menu.title", lang), [(j, t(f"menu.{j}", lang)) for j in JOBS],
                                    default="reflect", keys=[str(i + 1) for i in range(len(JOBS))])
    except Cancelled:
        print(t("interrupted", lang), file=sys.stderr)
        raise SystemExit(130) from None
    if job == "quit":
        raise SystemExit(0)
    return ["--lang", lang, *command_for(job, lang)]


def command_for(job: str, lang: str, folder: Path | None = None) -> list[str]:
    """The command line a job runs."""
    if job == "reflect":
        return ["reflect"]
    if job == "look_back":
        return ["history"]
    if job == "model":  # the whole model on one A4 page, in the browser, ready to print
        return ["phases", "--overview", "--format", "html", "--open"]
    if job == "invite":  # the form, in a file of its own in this folder, shown in the browser
        return ["invite", "--output", str(free_name(folder or Path.cwd(), t("menu.invite_file", lang))), "--open"]
    return ["--help"]


def free_name(folder: Path, name: str) -> Path:
    """`name` in `folder`, or name-2, name-3 … when it is taken: nothing is replaced."""
    stem, suffix = os.path.splitext(name)
    candidate, number = folder / name, 1
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate


def hold_window(argv: Sequence[str]) -> None:
    """In a console window netleder has to itself (Windows, a double-click), wait for Enter
    before it closes."""
    if not own_console_window():
        return
    try:
        input(t("menu.press_enter", _lang(argv)))
    except (EOFError, KeyboardInterrupt, OSError):
        pass


def own_console_window() -> bool:
    """Whether this process's console window was made for it: on Windows, every process
    attached to the console is netleder itself or the launcher that started it (py.exe, the
    netleder.exe of pip or pipx). Elsewhere, or when Windows cannot say: False. Not tried on
    Windows; the decision itself (`alone`) is tested."""
    if sys.platform != "win32":
        return False
    try:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        pids = (ctypes.c_uint32 * 16)()
        count = kernel32.GetConsoleProcessList(pids, 16)
        if not 0 < count <= 16:
            return False
        others = [pid for pid in pids[:count] if pid != os.getpid()]
        return alone(others, [_image_name(kernel32, pid) for pid in others])
    except Exception:  # noqa: BLE001 - a guess about the window must never cost the run
        return False


LAUNCHERS = ("py.exe", "pyw.exe", "netleder.exe", "python.exe", "pythonw.exe")


def alone(others: Sequence[int], names: Sequence[str | None]) -> bool:
    """The decision: no other process on the console, or only launchers (a shell such as
    cmd.exe or powershell.exe means the user opened the window and it stays)."""
    return all(name is not None and name.lower() in LAUNCHERS for name in names) and len(others) <= 2


def _image_name(kernel32, pid: int) -> str | None:
    """The file name of process `pid`'s program (Windows), or None."""
    import ctypes

    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return None
    try:
        size = ctypes.c_uint32(32768)
        buffer = ctypes.create_unicode_buffer(size.value)
        if not kernel32.QueryFullProcessImageNameW(handle, 0, buffer, ctypes.byref(size)):
            return None
        return os.path.basename(buffer.value)
    finally:
        kernel32.CloseHandle(handle)
