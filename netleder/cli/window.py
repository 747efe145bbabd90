"""The console around a run: whether bare `netleder` should offer the menu, and whether a
console window netleder has to itself (Windows, a double-click) should wait for Enter before it
closes. Cheap at start-up: os and sys only; ctypes only on Windows, and only at the end.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def menu_lang(argv: Sequence[str]) -> str | None:
    """The menu's language when bare `netleder` (or `netleder --lang X`) runs in a terminal;
    None when the command line says anything else or nobody is there to choose."""
    rest = list(argv)
    if (rest[:1] == ["--lang"] and len(rest) == 2) or (len(rest) == 1 and rest[0].startswith("--lang=")):
        rest = []
    if rest or not _terminal():
        return None
    return lang_of(argv)


def _terminal() -> bool:
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def lang_of(argv: Sequence[str]) -> str:
    """--lang from the command line, else NETLEDER_LANG, else Danish (an unknown one: Danish)."""
    from netleder.i18n import lang_code

    given = [a.split("=", 1)[1] for a in argv if a.startswith("--lang=")]
    given += [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == "--lang"]
    for value in [*given, os.environ.get("NETLEDER_LANG", "")]:
        code = lang_code(value)
        if code:
            return code
    return "da"


def hold_window(argv: Sequence[str]) -> None:
    """In a console window netleder has to itself (Windows, a double-click), wait for Enter
    before it closes."""
    if not own_console_window():
        return
    from netleder.i18n import t

    try:
        input(t("menu.press_enter", lang_of(argv)))
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

        kernel32 = ctypes.windll.kernel32
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
