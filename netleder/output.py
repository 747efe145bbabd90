"""Where output goes: the terminal (rich), a pipe (plain text), or a file (written atomically).

This is netleder's one output edge. The CLI installs `SafeStream` on stdout and stderr, so every
text anything prints (print, click, a writer's finished text) passes `safe_text.terminal_safe`;
the rich consoles made here write to the raw stream (their own colour codes must get through)
and pass every segment of text they draw through the same sanitiser. Files get it too.

A file given with --output is never replaced unless --force is given, and is written to a
temporary file in the same folder first (created exclusively, never through a link), then moved
into place: an interrupted or failed write leaves no half-written file behind. Into the store's
own folder, that folder is made private first (netleder.owner_files).
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from netleder.errors import BadInput, EnvironmentFailure
from netleder.i18n import t
from netleder.safe_text import terminal_safe

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


class ReaderGone(Exception):
    """The program reading netleder's output went away (`netleder phases | head`)."""


class SafeStream(io.TextIOBase):
    """A text stream that passes everything written to it through `terminal_safe` first.

    It has no `buffer`, so nothing (click included) can write bytes past it. `raw` is the
    stream underneath, for the rich consoles and prompt_toolkit, which draw their own escape
    codes and sanitise the text they draw themselves (see `terminal_console`)."""

    def __init__(self, raw, output: bool = False, width: int | None = None) -> None:
        self.raw = raw
        self.output = output  # standard output: a failed write is the result not written
        # on a terminal, a message line longer than the terminal is wrapped on word boundaries
        # (with a hanging indent) instead of being cut mid-word by the terminal; not in a pipe
        self.width = _tty_width(raw) if width is None else width
        self.column = 0

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        return self._write(text, self.width)

    def write_as_is(self, text: str) -> int:
        """Finished text (a page already laid out for the width, Markdown, JSON): made safe, not
        rewrapped (a JSON string broken over two lines would no longer be JSON)."""
        return self._write(text, 0)

    def _write(self, text: str, width: int) -> int:
        if not text:  # click probes streams with an empty write: /dev/full fails even that
            return 0
        shown = terminal_safe(text)
        if width:
            shown = self._wrapped(shown, width)
        try:
            self.raw.write(shown)
        except OSError as exc:
            self._failed(exc)
        last = shown.rfind("\n")
        self.column = len(shown) - last - 1 if last >= 0 else self.column + len(shown)
        return len(text)

    def _wrapped(self, text: str, width: int) -> str:
        lines = text.split("\n")
        for i, line in enumerate(lines):
            at_start = i > 0 or self.column == 0
            if at_start and len(line) > width and " " in line.strip():
                indent, marker = _bullet(line)
                # a bullet's text hangs under its text, an indented detail under itself plus two
                rest = indent + (" " * len(marker) if marker else "  " if indent else "")
                tail = line[len(line.rstrip()):]  # a prompt's trailing space is kept
                lines[i] = "\n".join(wrap(line.strip(), width, indent, rest)) + tail
        return "\n".join(lines)

    def flush(self) -> None:
        try:
            self.raw.flush()
        except OSError as exc:
            self._failed(exc)

    def _failed(self, exc: OSError):
        """A write to standard output failed: the reader went away (ReaderGone, which the CLI
        ends quietly with 0: click itself would make it exit 1), or the disk is full or the
        device failed (an error in words). The rest of the output goes nowhere."""
        if not self.output:
            raise exc
        _silence_stdout()
        if isinstance(exc, BrokenPipeError):
            raise ReaderGone() from None
        raise EnvironmentFailure("output.stdout_failed", reason=exc) from None

    def fileno(self) -> int:
        return self.raw.fileno()

    def isatty(self) -> bool:
        return self.raw.isatty()

    def writable(self) -> bool:
        return True

    # typeshed declares TextIOBase.encoding and .errors as plain attributes; at run time they
    # are read-only properties, as here (hence the ignores)
    @property
    def encoding(self):  # type: ignore[override]
        return getattr(self.raw, "encoding", "utf-8")

    @property
    def errors(self):  # type: ignore[override]
        return getattr(self.raw, "errors", "strict")

    @property
    def closed(self) -> bool:
        return self.raw.closed

    def close(self) -> None:  # closing the edge never closes the process's stream
        self.flush()


class _ClosedOutput(SafeStream):
    """Standard output that was closed when netleder started (`netleder phases >&-`): the
    first write is a short error, not a traceback."""

    def __init__(self) -> None:
        super().__init__(None, width=0)

    def _write(self, text: str, width: int) -> int:
        raise EnvironmentFailure("output.stdout_closed")

    def flush(self) -> None:
        return None

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")

    def isatty(self) -> bool:
        return False

    @property
    def encoding(self):  # type: ignore[override]  # read-only, as SafeStream's
        return "utf-8"

    @property
    def errors(self):  # type: ignore[override]  # read-only, as SafeStream's
        return "strict"

    @property
    def closed(self) -> bool:
        return True


class _Discard(_ClosedOutput):
    """Standard error that was closed (`2>&-`): messages are dropped, exit codes still speak."""

    def _write(self, text: str, width: int) -> int:
        return len(text)


class _ClosedInput(io.TextIOBase):
    """Standard input that was closed (`<&-`): not a terminal, and reading it is a short error."""

    def isatty(self) -> bool:
        return False

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1, /) -> str:
        raise BadInput("input.closed")

    def readline(self, size: int | None = -1, /) -> str:  # type: ignore[override]
        # (typeshed gives TextIOBase no readline of its own, so mypy compares with IOBase's bytes)
        raise BadInput("input.closed")

    def fileno(self) -> int:
        raise io.UnsupportedOperation("fileno")


def open_edge():
    """Install the output edge for one run: stdout and stderr become SafeStreams (a console
    that cannot show a character gets stand-ins, safe_text.fit_console), and closed standard
    streams become objects that fail with a sentence. Returns the function that restores them."""
    from netleder.safe_text import fit_console

    saved = sys.stdin, sys.stdout, sys.stderr
    fit_console(sys.stdout, sys.stderr)
    sys.stdout = _ClosedOutput() if sys.stdout is None else SafeStream(raw_stream(sys.stdout), output=True)
    sys.stderr = _Discard() if sys.stderr is None else SafeStream(raw_stream(sys.stderr))
    if sys.stdin is None:
        sys.stdin = _ClosedInput()

    def restore() -> None:
        sys.stdin, sys.stdout, sys.stderr = saved

    return restore


def stdout_closed() -> bool:
    """Whether standard output was closed when netleder started."""
    return isinstance(sys.stdout, _ClosedOutput)


def finish_stdout() -> None:
    """Flush standard output at the end of a run. A reader that went away is no error (the
    rest goes nowhere); a full disk or a failed device is an EnvironmentFailure."""
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ReaderGone):
        _silence_stdout()
    except OSError as exc:
        _silence_stdout()
        raise EnvironmentFailure("output.stdout_failed", reason=exc) from None


def _silence_stdout() -> None:
    """Point stdout's file descriptor at the null device, so Python's own flush at exit
    finds nowhere to fail (and prints no 'Exception ignored')."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, raw_stream(sys.stdout).fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


_BULLET = None


def _bullet(line: str) -> tuple[str, str | None]:
    """(the line's indent, its bullet or number with the space after it, if any)."""
    global _BULLET
    if _BULLET is None:
        import re

        _BULLET = re.compile(r"(\s*)((?:[-*•]|\d+\.)\s+)?")
    found = _BULLET.match(line)
    assert found is not None  # every part of the pattern may be empty: it matches any line
    return found.group(1), found.group(2)


def _tty_width(stream) -> int:
    """The width to wrap messages to when `stream` is a terminal, else 0 (not wrapped)."""
    try:
        if not stream.isatty():
            return 0
    except (AttributeError, ValueError):
        return 0
    return max(20, shutil.get_terminal_size((PLAIN_WIDTH, 24)).columns - 1)


def raw_stream(stream):
    """The stream under a SafeStream (or the stream itself)."""
    return stream.raw if isinstance(stream, SafeStream) else stream


def terminal_console(stderr: bool = False, **options):
    """A rich console on the terminal whose every drawn text passes `terminal_safe`."""
    from rich.console import Console, RenderHook

    class SafeHook(RenderHook):  # here, so that importing this module does not import rich
        def process_renderables(self, renderables):
            return [_Sanitised(r) for r in renderables]

    stream = raw_stream(sys.stderr if stderr else sys.stdout)
    console = Console(file=stream, highlight=False, soft_wrap=False, **options)
    console.push_render_hook(SafeHook())
    return console


class _Sanitised:
    """A renderable drawn as `inner` is, with the text of every segment made safe (rich's own
    control segments, such as cursor moves, are rich's and pass as they are)."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def __rich_console__(self, console, options):
        from rich.segment import Segment

        for segment in console.render(self.inner, options):
            if segment.control:
                yield segment
            else:
                yield Segment(terminal_safe(segment.text), segment.style)


def plain_text(renderable, width: int | None = None) -> str:
    """A renderable as plain text: no escape codes, no trailing spaces."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width or terminal_width(), color_system=None, force_terminal=False,
        highlight=False, emoji=False, legacy_windows=False, no_color=True,
    )
    console.print(renderable)
    lines = keep_commands_whole([line.rstrip() for line in buffer.getvalue().splitlines()], console.width)
    return "\n".join(lines).rstrip("\n") + "\n"


def plain_pieces(pieces, width: int | None = None):
    """Renderables drawn one after another as plain text, as plain_text draws them together,
    yielded piece by piece (blank lines at the very end are left out, as there)."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width or terminal_width(), color_system=None, force_terminal=False,
        highlight=False, emoji=False, legacy_windows=False, no_color=True,
    )
    held = 0  # blank lines not yet written: they are left out if nothing follows them
    anything = False
    for piece in pieces:
        console.print(piece)
        lines = keep_commands_whole([line.rstrip() for line in buffer.getvalue().splitlines()], console.width)
        buffer.seek(0)
        buffer.truncate()
        out = []
        for line in lines:
            if line:
                out.append("\n" * held + line + "\n")
                held = 0
            else:
                held += 1
        if out:
            anything = True
            yield "".join(out)
    if not anything:
        yield "\n"


_COMMAND = None


def _command_re():
    global _COMMAND
    if _COMMAND is None:
        import re

        _COMMAND = re.compile(r"'netleder [^'\n]*'")
    return _COMMAND


def wrap(text: str, width: int, first: str = "", rest: str = "") -> list[str]:
    """`text` wrapped to `width` on word boundaries (never inside a word, and never inside a
    quoted command such as 'netleder delete --all'); `first` and `rest` prefix the first and
    the following lines (a hanging indent)."""
    import textwrap

    protected = _command_re().sub(lambda m: m.group(0).replace(" ", "\0"), text)
    lines = textwrap.wrap(protected, width=max(width, 20), initial_indent=first, subsequent_indent=rest,
                          break_long_words=False, break_on_hyphens=False)
    return [line.replace("\0", " ") for line in lines] or [first.rstrip()]


def keep_commands_whole(lines: list[str], width: int) -> list[str]:
    """Lines as drawn at `width`, with every quoted command ('netleder delete --all') that was
    split over two lines moved whole onto the second: a command is copied from one line."""
    out = list(lines)
    i = 0
    while i < len(out) - 1:
        line = out[i]
        if "'netleder" not in line:  # nearly every line: nothing to do
            i += 1
            continue
        start = line.rfind("'netleder")
        if start > 0 and line.count("'", start) % 2 == 1 and line[:start].strip():
            # the command goes on over the next line(s), up to the one with its closing quote
            end = i + 1
            while end < len(out) and "'" not in out[end] and out[end].strip() and end - i < 8:
                end += 1
            nxt = out[i + 1]
            indent = nxt[: len(nxt) - len(nxt.lstrip())]
            if end < len(out) and "'" in out[end] and out[end].strip():
                out[i] = line[:start].rstrip()
                merged = wrap(" ".join([line[start:], *(piece.strip() for piece in out[i + 1:end + 1])]), width,
                              indent, indent)
                out[i + 1:end + 1] = merged
        i += 1
    return out


def show(renderable, output: str | None = None, force: bool = False, private: bool = False, *, lang: str) -> None:
    """Draw a rich renderable on the terminal, as plain text to a pipe, or into a file. One
    drawn in pieces (formats.terminal_layout.Pieces: a long history) is written piece by piece."""
    pieces = getattr(renderable, "pieces", None)
    if pieces is not None:
        if output is not None:
            write_file(output, plain_pieces(pieces(), PLAIN_WIDTH), force, private, lang=lang)
        elif _plain_wanted(sys.stdout):
            _to_stdout(plain_pieces(pieces()))
        else:
            with _stdout_guard():
                console = terminal_console()
                for piece in pieces():
                    console.print(piece)
        return
    if output is not None:
        write_file(output, plain_text(renderable, PLAIN_WIDTH), force, private, lang=lang)
    elif _plain_wanted(sys.stdout):
        _to_stdout(plain_text(renderable))
    else:
        with _stdout_guard():
            terminal_console().print(renderable)


def emit(text: str | Iterable[str], output: str | None = None, force: bool = False, private: bool = False, *,
         lang: str) -> None:
    """Write finished text (Markdown, HTML, JSON; a str or pieces of it) to stdout or a file."""
    if output is None:
        _to_stdout(text)
    else:
        write_file(output, text, force, private, lang=lang)


def deliver(result, output: str | None = None, force: bool = False, private: bool = False, *, lang: str) -> None:
    """Send what a format's writer made: finished text (emit), a page to print to PDF
    (formats.pdf), or a rich renderable (show)."""
    if isinstance(result, (str, Iterator)):  # finished text, whole or in pieces (a long history's JSON)
        emit(result, output, force, private, lang=lang)
        return
    pdf = sys.modules.get("netleder.formats.pdf")  # a PdfPage exists only once its module is loaded:
    if pdf is not None and isinstance(result, pdf.PdfPage):  # a terminal view does not import it (start-up)
        pdf.write(result, output, force, private, lang=lang)
    else:
        show(result, output, force, private, lang=lang)


def _to_stdout(text) -> None:
    with _stdout_guard():
        for piece in [text] if isinstance(text, str) else text:
            getattr(sys.stdout, "write_as_is", sys.stdout.write)(piece)  # laid out already: not rewrapped


class _stdout_guard:
    """Flush stdout and turn a failed write (a full disk, a closed device) into a short error.

    A reader that went away is ReaderGone, which the CLI ends quietly.
    """

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> None:
        if exc is None:
            try:
                sys.stdout.flush()
            except OSError as err:
                exc = err
        if isinstance(exc, BrokenPipeError):
            _silence_stdout()
            raise ReaderGone() from None
        if isinstance(exc, OSError):
            _silence_stdout()
            raise EnvironmentFailure("output.stdout_failed", reason=exc) from None


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
    from netleder.owner_files import is_own_file

    if is_own_file(path):  # not even with --force: the database, the settings, a draft's files
        raise BadInput("output.own_file", path=path)
    return path


def write_file(output: str, text, force: bool, private: bool = False, *, lang: str) -> Path:
    """Write `text` (a str, or pieces of it one after another) atomically to `output`;
    mode 0600 when `private` (the temporary file is 0600 from the start)."""

    def fill(handle) -> None:
        for piece in [text] if isinstance(text, str) else text:
            handle.write(terminal_safe(piece).encode("utf-8"))

    return _write_atomically(output, fill, force, private, lang)


def write_bytes(output: str, data: bytes, force: bool, private: bool = False, *, lang: str) -> Path:
    """Write `data` (a PDF) atomically to `output`, as write_file does text."""
    return _write_atomically(output, lambda handle: handle.write(data), force, private, lang)


def _write_atomically(output: str, fill, force: bool, private: bool, lang: str) -> Path:
    """The one way a page, an export or a PDF reaches a file (owner_files has the rules).

    Into the store's folder (or a folder inside it), every folder from the store's down is
    tightened first, or the write refused (StoreError) when it is not the user's, and names
    planted where temporary files go are removed. Anywhere, the temporary file is created
    exclusively under an unguessable name, never through a link, owner-only; it gets its final
    mode (0600 when `private`, else what the umask allows) through its descriptor, and is
    renamed over `output` only while its name still holds what was written."""
    from netleder import owner_files

    path = check_output(output, force)
    try:
        if owner_files.secure_if_in_store(path.parent):
            owner_files.remove_planted(path.parent, f".{path.name}.")
        fd, temp = owner_files.create_temp(path.parent, f".{path.name}.")
        owner_files.fill_and_rename(fd, temp, path, fill, 0o600 if private else 0o666 & ~_umask())
    except OSError as exc:
        raise EnvironmentFailure("output.failed", path=path, reason=exc) from None
    for folder, mode in owner_files.was_open():  # open to others until just now: said once
        print(t("store.was_open", lang, path=folder, mode=mode), file=sys.stderr)
    print(t("output.written", lang, path=path), file=sys.stderr)
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
