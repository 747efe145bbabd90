"""Options more than one command takes, declared once, and how their values are read.

Each declaration carries its help text's catalogue key; where a command says something of its
own about a shared option (`export --output` names the export file), the command passes its key
(`output(help="help.opt.output_export")`) and the option is still declared here once. The
commands that write a page or a view (`phases`, `show`, `history`, …) take the whole set at once
with `@page_options(...)`.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from netleder.cli.language import resolve_lang
from netleder.record_base import Record

# the formats of the model views (phases, competences, show, feedback show)
MODEL_FORMATS = ("text", "markdown", "html", "json", "pdf")


def lang() -> Any:
    return typer.Option(None, "--lang", metavar="da|en", show_default=False, help="help.opt.lang")


def data_dir() -> Any:
    return typer.Option(None, "--data-dir", metavar="DIR", show_default=False, help="help.opt.data_dir")


def format_(metavar: str = "FORMAT", default: str | None = None, help: str = "help.opt.format") -> Any:
    return typer.Option(default, "--format", "-f", metavar=metavar, show_default=default is not None,
                        help=help)


def text_or_json(help: str = "help.opt.format_text_json") -> Any:
    return format_("text|json", "text", help)


def output(help: str = "help.opt.output") -> Any:
    return typer.Option(None, "--output", "-o", metavar="FILE", show_default=False, help=help)


def force() -> Any:
    return typer.Option(False, "--force", help="help.opt.force")


def open_() -> Any:
    return typer.Option(False, "--open", help="help.opt.open")


def network(help: str = "help.opt.network", short: bool = True) -> Any:
    names = ("--network", "-n") if short else ("--network",)
    return typer.Option(None, *names, metavar="NAME", show_default=False, help=help)


def competences(help: str) -> Any:
    return typer.Option(None, "--competence", "-c", metavar="ID_OR_NUMBER", show_default=False, help=help)


class Run(Record):
    """The shared options of a command that writes a page or a view, read once (@page_options)."""

    lang: str
    folder: Path | None  # the content folder (--data-dir, else the global one, else NETLEDER_DATA_DIR)
    fmt: str  # --format, else the --output file's ending, else HTML for --open, else the fallback
    output: str | None
    force: bool
    open_: bool


def page_options(formats: tuple[str, ...] = MODEL_FORMATS, *, metavar: str = "FORMAT",
                 format_help: str = "help.opt.format", output_help: str = "help.opt.output",
                 with_open: bool = True, fallback: str = "text") -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Declare --format, --output, --force, --open (`with_open`), --lang and --data-dir on a
    command, after its own parameters and in that order, and hand it their values read as one
    `run: Run` (the language and content folder set up, the format chosen from `formats`).
    Put it under `@commands.command(...)`: typer reads the command's parameters from the
    signature this gives it."""

    def decorate(func: Callable[..., None]) -> Callable[..., None]:
        shared: list[tuple[str, Any, Any]] = [("format", str | None, format_(metavar, help=format_help)),
                                              ("output", str | None, output(output_help)), ("force", bool, force())]
        if with_open:
            shared.append(("open_", bool, open_()))
        shared += [("lang", str | None, lang()), ("data_dir", str | None, data_dir())]
        signature = inspect.signature(func)
        own = [p for name, p in signature.parameters.items() if name != "run"]
        added = [inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=default, annotation=kind)
                 for name, kind, default in shared]

        @functools.wraps(func)
        def command(**values: Any) -> None:
            chosen, folder = setup(values["ctx"], values.pop("lang"), values.pop("data_dir"))
            fmt, out, forced = values.pop("format"), values.pop("output"), values.pop("force")
            opened = bool(values.pop("open_", False))
            run = Run(chosen, folder, choose_format(fmt, formats, out, opened, fallback), out, forced, opened)
            func(run=run, **values)

        command.__signature__ = signature.replace(parameters=own + added)  # type: ignore[attr-defined]
        return command

    return decorate


# --- reading them ------------------------------------------------------------------------------

def setup_lang(ctx: typer.Context, lang: str | None) -> str:
    """The language for this run: the command's --lang over the global one over NETLEDER_LANG."""
    state = ctx.ensure_object(dict)
    state["lang"] = resolve_lang(lang if lang is not None else state.get("lang_option"))
    return str(state["lang"])


def setup(ctx: typer.Context, lang: str | None, data_dir: str | None) -> tuple[str, Path | None]:
    """The language and the content folder (command option over global option over env)."""
    chosen = setup_lang(ctx, lang)
    from netleder.content.loading import resolve_data_dir

    given = data_dir if data_dir is not None else ctx.ensure_object(dict).get("data_dir")
    folder, _ = resolve_data_dir(given)
    return chosen, folder


def choose_format(value: str | None, allowed: tuple[str, ...], output: str | None = None,
                  open_: bool = False, fallback: str = "text") -> str:
    """--format, else the --output file's ending, else HTML for --open, else `fallback`; an
    ending none of `allowed` writes is refused (netleder.formats.pick)."""
    from netleder.formats import pick

    return pick(value, allowed, output, open_, fallback)
