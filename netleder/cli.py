"""The typer shell: parse options, call the core, map errors to exit codes. No logic here.

Heavy modules (questionary, prompt_toolkit, sqlite, the renderers) are imported inside the
commands that need them, so `netleder --help` and `netleder phases` start fast.
"""


import os
import re
import sys
from pathlib import Path
from typing import List, Optional

import click
import typer
from typer.core import TyperGroup

from netleder import __version__
from netleder.safe_text import short
from netleder.errors import EXIT_BAD_INPUT, EXIT_INTERRUPTED, NetlederError
from netleder.i18n import LANGS, resolve_lang, t


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
        if value in LANGS:
            return value
    value = os.environ.get("NETLEDER_LANG", "").strip().lower()
    return value if value in LANGS else "da"


_HELP_LANG = early_lang(sys.argv[1:])


def h(key: str) -> str:
    """A help text in the language the user asked for."""
    return t("help." + key, _HELP_LANG)


# click >= 8.2 raises this for `no_args_is_help`; older click prints the help itself.
_NoArgsIsHelp = getattr(click.exceptions, "NoArgsIsHelpError", ())


class NetlederGroup(TyperGroup):
    """The one place where errors become messages on stderr and exit codes."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        # The run's state: the language is chosen here from the command line (so errors found
        # while parsing speak it), then confirmed by the options (_setup), and passed down.
        state = extra.pop("obj", None) or {}
        state.setdefault("lang", early_lang(list(sys.argv[1:] if args is None else args)))
        lang = lambda: state["lang"]  # noqa: E731  (read when an error is reported)
        try:
            rv = super().main(args=args, prog_name=prog_name or "netleder", complete_var=complete_var,
                              standalone_mode=False, obj=state, **extra)
        except NetlederError as exc:
            message, details = exc.format(lang())
            _fail(message, details, exc.exit_code, lang(), prefix=exc.exit_code != EXIT_INTERRUPTED)
        except _NoArgsIsHelp as exc:
            # `netleder` alone: the help, as click shows it (stderr, exit 2), not as an error.
            print(exc.format_message(), file=sys.stderr)
            sys.exit(EXIT_BAD_INPUT)
        except click.exceptions.NoSuchOption as exc:
            _usage_fail(exc, t("usage.no_such_option", lang(), name=exc.option_name), lang())
        except click.exceptions.MissingParameter as exc:
            name = exc.param.human_readable_name if exc.param is not None else ""
            _usage_fail(exc, t("usage.missing", lang(), name=name), lang())
        except click.exceptions.UsageError as exc:
            _usage_fail(exc, _usage_message(exc, lang()), lang())
        except click.exceptions.ClickException as exc:
            _fail(exc.format_message(), [], exc.exit_code, lang())
        except (click.exceptions.Abort, KeyboardInterrupt):
            _fail(t("interrupted", lang()), [], EXIT_INTERRUPTED, lang(), prefix=False)
        except BrokenPipeError:
            # The reader went away (e.g. `netleder phases | head`): not an error worth a trace.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        sys.exit(rv if isinstance(rv, int) else 0)

    def resolve_command(self, ctx, args):
        name = args[0] if args else None
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            lang = (ctx.obj or {}).get("lang", "da")
            raise click.exceptions.UsageError(
                t("usage.no_such_command", lang, name=short(name), choices=", ".join(self.list_commands(ctx))), ctx
            )
        return super().resolve_command(ctx, args)


def _usage_message(exc: click.exceptions.UsageError, lang: str) -> str:
    """click's usage messages in the user's language where we know them."""
    extra = re.match(r"Got unexpected extra arguments? \((.*)\)$", exc.message)
    if extra:
        return t("usage.extra", lang, args=short(extra.group(1), 80))
    return exc.format_message()


def _fail(message: str, details: list[str], code: int, lang: str, prefix: bool = True):
    print(f"{t('error.prefix', lang)}: {message}" if prefix else message, file=sys.stderr)
    for line in details:
        print(f"  {line}", file=sys.stderr)
    sys.exit(code)


def _usage_fail(exc: click.exceptions.UsageError, message: str, lang: str):
    ctx = exc.ctx
    command = ctx.command_path if ctx is not None else "netleder"
    _fail(message, [t("usage.see_help", lang, command=command)], EXIT_BAD_INPUT, lang)


app = typer.Typer(
    cls=NetlederGroup,
    name="netleder",
    help=h("app"),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Options every command takes. The values are resolved in _setup.
LangOpt = typer.Option(None, "--lang", metavar="da|en", help=h("opt.lang"), show_default=False)
DataDirOpt = typer.Option(None, "--data-dir", metavar="DIR", help=h("opt.data_dir"), show_default=False)
FormatOpt = typer.Option(None, "--format", "-f", metavar="FORMAT", help=h("opt.format"), show_default=False)
OutputOpt = typer.Option(None, "--output", "-o", metavar="FILE", help=h("opt.output"), show_default=False)
ForceOpt = typer.Option(False, "--force", help=h("opt.force"))


def _version(value: bool) -> None:
    if value:
        print(f"netleder {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    lang: Optional[str] = LangOpt,
    data_dir: Optional[str] = DataDirOpt,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help=h("opt.version")),
) -> None:
    state = ctx.ensure_object(dict)
    state.update(lang_option=lang, data_dir=data_dir)
    chosen = resolve_lang(lang)  # also checks NETLEDER_LANG
    if lang is not None:  # else keep what main() read from the whole command line (a command's --lang)
        state["lang"] = chosen


def _setup_lang(ctx: typer.Context, lang: Optional[str]) -> str:
    """The language for this run: the command's --lang over the global one over NETLEDER_LANG."""
    state = ctx.ensure_object(dict)
    state["lang"] = resolve_lang(lang if lang is not None else state.get("lang_option"))
    return state["lang"]


def _setup(ctx: typer.Context, lang: Optional[str], data_dir: Optional[str]) -> tuple[str, Optional[Path]]:
    """The language and the content folder (command option over global option over env)."""
    chosen = _setup_lang(ctx, lang)
    from netleder.content.loading import resolve_data_dir

    folder, _ = resolve_data_dir(data_dir if data_dir is not None else ctx.ensure_object(dict).get("data_dir"))
    return chosen, folder


def _format(value: Optional[str], allowed: tuple[str, ...], output: Optional[str] = None) -> str:
    from netleder.formats import choose

    return choose(value, allowed, output)


_MODEL_FORMATS = ("text", "markdown", "html", "json")


@app.command(help=h("cmd.phases"))
def phases(
    ctx: typer.Context,
    phase: Optional[str] = typer.Argument(None, metavar="[NUMBER|ID]", help=h("arg.phase"), show_default=False),
    format: str = FormatOpt,
    output: Optional[str] = OutputOpt,
    force: bool = ForceOpt,
    lang: Optional[str] = LangOpt,
    data_dir: Optional[str] = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    fmt = _format(format, _MODEL_FORMATS, output)
    from netleder.commands import handouts

    handouts.phases(folder, phase, fmt, output, force, lang)


@app.command(help=h("cmd.competences"))
def competences(
    ctx: typer.Context,
    competence: Optional[str] = typer.Argument(
        None, metavar="[NUMBER|ID]", help=h("arg.competence"), show_default=False
    ),
    format: str = FormatOpt,
    output: Optional[str] = OutputOpt,
    force: bool = ForceOpt,
    lang: Optional[str] = LangOpt,
    data_dir: Optional[str] = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    fmt = _format(format, _MODEL_FORMATS, output)
    from netleder.commands import handouts

    handouts.competences(folder, competence, fmt, output, force, lang)


@app.command(help=h("cmd.validate"))
def validate(
    ctx: typer.Context,
    directory: Optional[str] = typer.Argument(None, metavar="[DIR]", help=h("arg.validate_dir"), show_default=False),
    lang: Optional[str] = LangOpt,
    data_dir: Optional[str] = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    if directory is not None:
        from netleder.content.loading import resolve_data_dir

        folder, _ = resolve_data_dir(directory, where="DIR")
    from netleder.commands.validate import validate as run_validate

    raise typer.Exit(run_validate(folder, lang))


@app.command(help=h("cmd.reflect"))
def reflect(
    ctx: typer.Context,
    answers: Optional[str] = typer.Option(None, "--answers", metavar="FILE", help=h("opt.answers"), show_default=False),
    format: str = typer.Option("text", "--format", "-f", metavar="text|json", help=h("opt.format_reflect")),
    resume: bool = typer.Option(False, "--resume", help=h("opt.resume")),
    fresh: bool = typer.Option(False, "--fresh", help=h("opt.fresh")),
    competence: Optional[List[str]] = typer.Option(
        None, "--competence", "-c", metavar="ID_OR_NUMBER", help=h("opt.competence"), show_default=False
    ),
    lang: Optional[str] = LangOpt,
    data_dir: Optional[str] = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    fmt = _format(format, ("text", "json"))
    from netleder.commands import reflect as reflect_cmd

    reflect_cmd.run(folder, answers, fmt, resume, fresh, list(competence or []), lang)


# --- living with reflections: history, show, compare, export, import, delete, info -------------

NetworkOpt = typer.Option(None, "--network", "-n", metavar="NAME", help=h("opt.network"), show_default=False)
TextJsonOpt = typer.Option("text", "--format", "-f", metavar="text|json", help=h("opt.format_text_json"))


@app.command(help=h("cmd.history"))
def history(
    ctx: typer.Context,
    network: Optional[str] = NetworkOpt,
    competence: Optional[str] = typer.Option(
        None, "--competence", "-c", metavar="ID_OR_NUMBER", help=h("opt.trend"), show_default=False
    ),
    format: str = TextJsonOpt,
    lang: Optional[str] = LangOpt,
    data_dir: Optional[str] = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    fmt = _format(format, ("text", "json"))
    from netleder.commands import history

    history.history(folder, network, competence, fmt, lang)


@app.command(help=h("cmd.show"))
def show(
    ctx: typer.Context,
    reflection: Optional[str] = typer.Argument(None, metavar="[ID]", help=h("arg.reflection"), show_default=False),
    format: str = FormatOpt,
    output: Optional[str] = OutputOpt,
    force: bool = ForceOpt,
    lang: Optional[str] = LangOpt,
    data_dir: Optional[str] = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    fmt = _format(format, _MODEL_FORMATS, output)
    from netleder.commands import show

    show.show(folder, reflection, fmt, output, force, lang)


@app.command(help=h("cmd.compare"))
def compare(
    ctx: typer.Context,
    first: Optional[str] = typer.Argument(None, metavar="[A]", help=h("arg.compare_a"), show_default=False),
    second: Optional[str] = typer.Argument(None, metavar="[B]", help=h("arg.compare_b"), show_default=False),
    network: Optional[str] = NetworkOpt,
    format: str = TextJsonOpt,
    lang: Optional[str] = LangOpt,
    data_dir: Optional[str] = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    fmt = _format(format, ("text", "json"))
    from netleder.commands import compare

    compare.compare(folder, first, second, network, fmt, lang)


@app.command(help=h("cmd.export"))
def export(
    ctx: typer.Context,
    output: Optional[str] = typer.Option(
        None, "--output", "-o", metavar="FILE", help=h("opt.output_export"), show_default=False
    ),
    force: bool = ForceOpt,
    lang: Optional[str] = LangOpt,
) -> None:
    lang = _setup_lang(ctx, lang)
    from netleder.commands import transfer

    transfer.export(output, force, lang)


@app.command(name="import", help=h("cmd.import"))
def import_(
    ctx: typer.Context,
    file: str = typer.Argument(..., metavar="FILE", help=h("arg.import_file"), show_default=False),
    lang: Optional[str] = LangOpt,
) -> None:
    lang = _setup_lang(ctx, lang)
    from netleder.commands import transfer

    transfer.import_(file, lang)


@app.command(help=h("cmd.delete"))
def delete(
    ctx: typer.Context,
    reflections: Optional[List[str]] = typer.Argument(
        None, metavar="[ID]...", help=h("arg.delete_ids"), show_default=False
    ),
    everything: bool = typer.Option(False, "--all", help=h("opt.all")),
    yes: bool = typer.Option(False, "--yes", "-y", help=h("opt.yes")),
    lang: Optional[str] = LangOpt,
) -> None:
    lang = _setup_lang(ctx, lang)
    from netleder.commands import delete

    delete.delete(list(reflections or []), everything, yes, lang)


@app.command(help=h("cmd.info"))
def info(
    ctx: typer.Context,
    format: str = TextJsonOpt,
    lang: Optional[str] = LangOpt,
    data_dir: Optional[str] = DataDirOpt,
) -> None:
    state = ctx.ensure_object(dict)
    given = lang if lang is not None else state.get("lang_option")
    lang = _setup_lang(ctx, lang)
    fmt = _format(format, ("text", "json"))
    from netleder.commands import info

    info.info(data_dir if data_dir is not None else state.get("data_dir"), given, fmt, lang)


# Options of the root command that take a value (to find the command name in argv).
_ROOT_VALUE_OPTIONS = ("--lang", "--data-dir")


def _build_only(argv: list[str]) -> None:
    """Register only the command being run.

    typer turns every registered command's signature into click parameters at each start;
    building the one command that runs saves several milliseconds of every start-up. When
    the command is not plain to see (`--help`, `--version`, completion, a typo), all are kept,
    so help, completion and "no such command" work as always.
    """
    commands = {info.name or info.callback.__name__: info for info in app.registered_commands}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in _ROOT_VALUE_OPTIONS:
            i += 2
            continue
        if not arg.startswith("-") and arg in commands:
            app.registered_commands[:] = [commands[arg]]
        return


def main() -> None:
    _build_only(sys.argv[1:])
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
