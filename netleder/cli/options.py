"""Options more than one command takes, declared once, and how their values are read.

Each declaration carries its help text's catalogue key; where a command says something of its
own about a shared option (`export --output` names the export file), the command passes its key
(`output(help="help.opt.output_export")`) and the option is still declared here once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from netleder.i18n import resolve_lang

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
