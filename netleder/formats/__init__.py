"""The formats: terminal (rich), Markdown, HTML and JSON, one writer module each.

The registry below is the one place that knows them: their names for --format, the file
endings that pick one from --output, and the module whose functions draw each document
(`phases`, `competences`, `summary`, …). Commands ask `writer(fmt, document)`; the CLI asks
`choose(value, allowed, output)`. Modules are imported only when a format is used.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import NamedTuple


class Format(NamedTuple):
    name: str
    endings: tuple[str, ...]
    module: str


FORMATS = {
    "text": Format("text", (".txt",), "netleder.formats.terminal"),
    "markdown": Format("markdown", (".md", ".markdown"), "netleder.formats.markdown"),
    "html": Format("html", (".html", ".htm"), "netleder.formats.html"),
    "json": Format("json", (".json",), "netleder.formats.json"),
}


def by_ending(path: str | None) -> str | None:
    """The format an output file's ending names, if any."""
    suffix = os.path.splitext(path or "")[1].lower()
    return next((f.name for f in FORMATS.values() if suffix in f.endings), None)


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
