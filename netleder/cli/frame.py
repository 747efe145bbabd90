"""The help frame: every --help page drawn from the catalogue, in the language of the run.

A command's and an option's help text is a catalogue key written next to it where it is declared
(`help="help.opt.lang"`); this module only looks the keys up and lays the page out with click's
HelpFormatter. click's own frame is English only, and click 8.5 drops an argument's help, so
nothing of it is used but the layout.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

import click
from typer.core import TyperCommand, TyperGroup

from netleder.i18n import LANGS, MESSAGES, lang_code, t

# the catalogue keys of the options click and typer add themselves (they carry English help)
_BUILT_IN_KEYS = {
    "install_completion": "help.opt.install_completion",
    "show_completion": "help.opt.show_completion",
}


def early_lang(argv: list[str]) -> str:
    """The language asked for, read before typer parses anything: for --help texts and for
    errors found while parsing. An unknown value falls back to Danish (and is reported)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        else:
            continue
        code = lang_code(value)
        if code:
            return code
    return lang_code(os.environ.get("NETLEDER_LANG", "")) or "da"


def run_lang(ctx: click.Context | None) -> str:
    """The language of this run, as the edge chose it (in the root context's obj)."""
    obj = ctx.find_root().obj if ctx is not None else None
    if isinstance(obj, dict) and obj.get("lang") in LANGS:
        return str(obj["lang"])
    return early_lang([])  # help asked for outside a run (e.g. a test): NETLEDER_LANG, else Danish


def shown_metavar(text: str, lang: str) -> str:
    """A placeholder such as FILE or [NUMBER|ID] in the user's language (FIL, [NR|ID])."""
    words = dict(pair.split("=") for pair in t("metavars", lang).split())
    return re.sub(r"[A-Z][A-Z_]*", lambda m: words.get(m.group(0), m.group(0)), text)


def missing_metavar(text: str, lang: str) -> str:
    """A missing argument's placeholder as a reader says it: FILE|FOLDER... as FIL eller MAPPE."""
    parts = [shown_metavar(part.strip("[]. "), lang) for part in text.split("|")]
    return f" {t('usage.or', lang)} ".join(part for part in parts if part)


def help_key(ctx: click.Context, param: click.Parameter) -> str:
    """The catalogue key of a parameter's help text: the one declared with it, or ours for the
    options click and typer add (--help, completion)."""
    if param is ctx.command.get_help_option(ctx):
        return "help.opt.help"
    return _BUILT_IN_KEYS.get(param.name or "") or str(getattr(param, "help", None) or "")


def short_help_key(command: click.Command) -> str:
    """The catalogue key of a command's line in a command list: a whole short sentence."""
    return str(command.short_help or "")


# HelpFrame is mixed into click commands (NetlederCommand, HelpFrameGroup below); to the type
# checker it is one, so that what it uses of click.Command is checked.
if TYPE_CHECKING:
    _Command = click.Command
else:
    _Command = object


class HelpFrame(_Command):
    """The whole --help page drawn from the catalogue: usage line, description, arguments,
    options (with their defaults and "required"), commands, and the command's own page at the
    end (its epilog key: the file formats of validate and reflect)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.exceptions.UsageError as exc:
            if exc.ctx is None:  # click's parser raises without one: say which command it was
                # (click declares `cmd` Final, set once from ctx; here ctx comes afterwards)
                exc.ctx, exc.cmd = ctx, ctx.command  # type: ignore[misc]
            raise

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        self.format_options(ctx, formatter)
        self.format_epilog(ctx, formatter)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """A command's page at the end of its help: prose wraps to the width, an indented block
        (YAML) is drawn exactly as written."""
        key = self.epilog
        if not key or key not in MESSAGES:
            return
        lang = run_lang(ctx)
        with formatter.section(t(key + ".title", lang)):
            for i, block in enumerate(t(key, lang).split("\n\n")):
                if i:
                    formatter.write_paragraph()
                lines = block.splitlines()
                if any(line.startswith(" ") for line in lines[1:]):
                    for line in lines:
                        formatter.write(f"{'':>{formatter.current_indent}}{line}\n")
                else:
                    formatter.write_text(" ".join(block.split()))

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = run_lang(ctx)
        pieces = [t("help.frame.options_metavar", lang)]
        for param in self.get_params(ctx):
            if isinstance(param, click.Argument):
                pieces.extend(shown_metavar(piece, lang) for piece in param.get_usage_pieces(ctx))
        if isinstance(self, click.Group):
            pieces.append(t("help.frame.command_metavar", lang))
        formatter.write_usage(ctx.command_path, " ".join(pieces),
                              prefix=t("help.frame.usage", lang) + " ")

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(t(self.help or "", run_lang(ctx)))

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = run_lang(ctx)
        sections: dict[str, list[tuple[str, str]]] = {"help.frame.arguments": [],
                                                      "help.frame.options": []}
        for param in self.get_params(ctx):
            if getattr(param, "hidden", False):
                continue
            section = "help.frame.arguments" if isinstance(param, click.Argument) else "help.frame.options"
            sections[section].append(self.help_record(ctx, param, lang))
        for title, rows in sections.items():
            if rows:
                with formatter.section(t(title, lang)):
                    formatter.write_dl(rows)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = run_lang(ctx)
        rows = [(name, t(key, lang)) for name, key in self.command_lines(ctx)]
        if rows:
            with formatter.section(t("help.frame.commands", lang)):
                formatter.write_dl(rows)

    def command_lines(self, ctx: click.Context) -> list[tuple[str, str]]:
        """(name, catalogue key of its short line) for each command of a group."""
        assert isinstance(self, click.Group)
        out = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                out.append((name, short_help_key(command)))
        return out

    def help_record(self, ctx: click.Context, param: click.Parameter, lang: str) -> tuple[str, str]:
        """(the option's names or the argument's metavar, its text with [default] and [required])."""
        if isinstance(param, click.Option):
            names = click.formatting.join_options(param.opts)[0]
            if not param.is_flag and not param.count:
                names += " " + shown_metavar(param.make_metavar(ctx), lang)
        else:
            names = shown_metavar(param.make_metavar(ctx), lang)
        text = t(help_key(ctx, param), lang)
        extra = []
        default = _default_text(param)
        if default:
            extra.append(t("help.frame.default", lang, value=default))
        if param.required:
            extra.append(t("help.frame.required", lang))
        return names, f"{text}  [{'; '.join(extra)}]" if extra else text

    def get_short_help_str(self, limit: int = 45) -> str:
        # for shell completion, where there is no context: the language of NETLEDER_LANG
        return t(short_help_key(self), run_lang(click.get_current_context(True)))


def _default_text(param: click.Parameter) -> str:
    """The default as --help shows it, or "" (none, a flag that is off, or show_default=False)."""
    show = getattr(param, "show_default", None)
    if isinstance(show, str):
        return show
    value = param.default
    if not show or value is None or callable(value) or (getattr(param, "is_flag", False) and not value):
        return ""
    return ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)


class NetlederCommand(HelpFrame, TyperCommand):
    """A command whose --help speaks the language of the run."""


class HelpFrameGroup(HelpFrame, TyperGroup):
    """A group whose --help speaks the language of the run."""
