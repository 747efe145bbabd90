"""Where output goes: the terminal (rich), a pipe (plain text), or a file (written atomically).

A file given with --output is never replaced unless --force is given, and is written to a
temporary file in the same folder first, then moved into place: an interrupted or failed
write leaves no half-written file behind.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

from netleder.errors import BadInput, EnvironmentFailure
from netleder.i18n import t

PLAIN_WIDTH = 80


def _plain_wanted(stream) -> bool:
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return True
    try:
        return not stream.isatty()
    except (AttributeError, ValueError):
        return True


def terminal_width() -> int:
    """COLUMNS, else the terminal's width (plain text on a terminal with NO_COLOR), else 80."""
    columns = shutil.get_terminal_size((PLAIN_WIDTH, 24)).columns
    return max(40, columns) if columns > 0 else PLAIN_WIDTH


def terminal_console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def plain_text(renderable, width: int | None = None) -> str:
    """A renderable as plain text: no escape codes, no trailing spaces."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width or terminal_width(), color_system=None, force_terminal=False,
        highlight=False, emoji=False, legacy_windows=False, no_color=True,
    )
    console.print(renderable)
    lines = [line.rstrip() for line in buffer.getvalue().splitlines()]
    return "\n".join(lines).rstrip("\n") + "\n"


def show(renderable, output: str | None = None, force: bool = False, private: bool = False, *, lang: str) -> None:
    """Draw a rich renderable on the terminal, as plain text to a pipe, or into a file."""
    if output is not None:
        write_file(output, plain_text(renderable, PLAIN_WIDTH), force, private, lang=lang)
    elif _plain_wanted(sys.stdout):
        _to_stdout(plain_text(renderable))
    else:
        with _stdout_guard():
            terminal_console().print(renderable)


def emit(text: str, output: str | None = None, force: bool = False, private: bool = False, *, lang: str) -> None:
    """Write finished text (Markdown, HTML, JSON) to stdout or a file."""
    if output is None:
        _to_stdout(text)
    else:
        write_file(output, text, force, private, lang=lang)


def deliver(result, output: str | None = None, force: bool = False, private: bool = False, *, lang: str) -> None:
    """Send what a format's writer made: finished text (emit) or a rich renderable (show)."""
    if isinstance(result, str):
        emit(result, output, force, private, lang=lang)
    else:
        show(result, output, force, private, lang=lang)


def _to_stdout(text) -> None:
    with _stdout_guard():
        for piece in [text] if isinstance(text, str) else text:
            sys.stdout.write(piece)


class _stdout_guard:
    """Flush stdout and turn a failed write (a full disk, a closed device) into a short error.

    A reader that went away (BrokenPipeError) is left to the CLI, which exits quietly.
    """

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if exc is None:
            try:
                sys.stdout.flush()
            except BrokenPipeError:
                raise
            except OSError as err:
                exc = err
        if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
            reason = exc.strerror or exc.__class__.__name__
            raise EnvironmentFailure("output.stdout_failed", reason=reason) from None
        return False


def check_output(output: str, force: bool) -> Path:
    """Check an --output path before any work is done. Raises BadInput."""
    path = Path(output).expanduser()
    if path.is_dir():
        raise BadInput("output.is_dir", path=path)
    if not path.parent.is_dir():
        raise BadInput("output.no_dir", path=path.parent)
    if (path.exists() or path.is_symlink()) and not force:
        raise BadInput("output.exists", path=path)
    if path.is_symlink() or (path.exists() and not path.is_file()):
        # --force replaces a file; it never turns a link, a device or a pipe into one.
        raise BadInput("output.not_regular", path=path)
    return path


def write_file(output: str, text, force: bool, private: bool = False, *, lang: str) -> Path:
    """Write `text` (a str, or pieces of it one after another) atomically to `output`;
    mode 0600 when `private` (the temporary file is 0600 from the start)."""
    import tempfile

    path = check_output(output, force)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            for piece in [text] if isinstance(text, str) else text:
                handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600 if private else 0o666 & ~_umask())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise EnvironmentFailure("output.failed", path=path, reason=exc.strerror or exc) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    print(t("output.written", lang, path=path), file=sys.stderr)
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
