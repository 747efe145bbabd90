"""The formats: terminal (rich), Markdown, HTML, JSON and PDF, one writer module each.

The registry below is the one place that knows them: their names for --format, the file
endings that pick one from --output, and the module whose functions draw each document
(`phases`, `competences`, `summary`, …). Commands ask `writer(fmt, document)`; the CLI asks
`pick(value, allowed, output)`. Modules are imported only when a format is used.

PDF has no drawings of its own: its writers are the HTML writers, and the page they draw is
printed by a browser when it is delivered (netleder.formats.pdf). A command offers PDF by
listing "pdf" among its formats.

An --output file's ending must name one of the command's formats (a file is what its name
says): any other ending is refused before any work is done, naming the endings it writes.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable

from netleder.record_base import Record


class Format(Record):
    name: str
    endings: tuple[str, ...]
    module: str


FORMATS = {
    "text": Format("text", (".txt",), "netleder.formats.terminal"),
    "markdown": Format("markdown", (".md", ".markdown"), "netleder.formats.markdown"),
    "html": Format("html", (".html", ".htm"), "netleder.formats.html"),
    "json": Format("json", (".json",), "netleder.formats.json"),
    "pdf": Format("pdf", (".pdf",), "netleder.formats.pdf"),
}


def ending(path: str | os.PathLike | None) -> str:
    """An output file's ending, lower case ('' for none)."""
    return os.path.splitext(os.path.basename(os.fspath(path or "")))[1].lower()


def by_ending(path: str | os.PathLike | None) -> str | None:
    """The format an output file's ending names, if any."""
    suffix = ending(path)
    return next((f.name for f in FORMATS.values() if suffix and suffix in f.endings), None)


def endings_of(allowed: tuple[str, ...]) -> str:
    """The endings the formats in `allowed` write, for a message ('.txt, .md, … or .pdf')."""
    return ", ".join(e for name in allowed for e in FORMATS[name].endings)


def check_ending(output: str | os.PathLike | None, allowed: tuple[str, ...]) -> str | None:
    """The format the --output file's ending names; None for no --output or no ending.

    Raises BadInput for an ending that none of `allowed` writes (`faser.docx`, `a.odt`)."""
    suffix = ending(output)
    if not suffix:
        return None
    found = by_ending(output)
    if found is None or found not in allowed:
        from netleder.errors import BadInput
        from netleder.safe_text import short

        raise BadInput("format.ending_unknown", ending=short(suffix), endings=endings_of(allowed))
    return found


def pick(value: str | None, allowed: tuple[str, ...], output: str | None = None, open_: bool = False,
         fallback: str = "text") -> str:
    """The format of a run: --format, else the --output file's ending, else HTML for --open,
    else `fallback`. The ending of --output must be one `allowed` writes, and that of the
    format asked for. Raises BadInput."""
    from netleder.errors import BadInput

    named = check_ending(output, allowed)
    chosen = (named or ("html" if open_ else fallback)) if value is None else choose(value, allowed)
    if named is not None and named != chosen:
        from netleder.safe_text import short

        raise BadInput("format.ending_mismatch", format=chosen, name=short(os.path.basename(str(output))),
                       endings=endings_of((chosen,)))
    if chosen == "pdf" and output is None:  # said before any work is done
        raise BadInput("pdf.needs_output")
    return chosen


def choose(value: str | None, allowed: tuple[str, ...], output: str | None = None) -> str:
    """The --format asked for; without one, what the --output file's ending says, else text.

    Raises BadInput for a format that is unknown or not offered by the command."""
    if value is None:
        found = by_ending(output)
        return found if found in allowed else "text"
    value = value.strip().lower()
    if value not in allowed:
        from netleder.errors import BadInput
        from netleder.safe_text import short

        raise BadInput("format.unknown", value=short(value), choices=", ".join(allowed))
    return value


# The terminal writer is split by what it draws, so that a command imports only its own part
# (start-up: `phases` draws no reflection, `info` no styled text). Documents not named here are
# in FORMATS["text"].module.
TEXT_WRITERS = {
    "phases": "netleder.formats.terminal_handouts",
    "competences": "netleder.formats.terminal_handouts",
    "overview": "netleder.formats.terminal_handouts",
    "info": "netleder.formats.terminal_info",
}


def writer(fmt: str, document: str) -> Callable:
    """The function that draws `document` in `fmt` (a rich renderable for text, else a str)."""
    module = TEXT_WRITERS.get(document, FORMATS[fmt].module) if fmt == "text" else FORMATS[fmt].module
    return getattr(importlib.import_module(module), document)
