"""The typer shell: parse options, call the core, map errors to exit codes. No logic here.

Heavy modules (questionary, prompt_toolkit, sqlite, the renderers) are imported inside the
commands that need them, so `netleder --help` and `netleder phases` start fast.
"""


import os
import re
import sys
from pathlib import Path

import click
import typer
from typer.core import TyperCommand, TyperGroup

from netleder import __version__
from netleder.errors import (
    EXIT_BAD_INPUT,
    EXIT_INTERRUPTED,
    BadInput,
    EnvironmentFailure,
    NetlederError,
)
from netleder.i18n import LANGS, MESSAGES, lang_code, resolve_lang, t
from netleder.safe_text import short


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
        if lang_code(value):
            return lang_code(value)
    return lang_code(os.environ.get("NETLEDER_LANG", "")) or "da"


# --- help: every text from the catalogue, in the language of the run --------------------------

# (command, parameter) -> the catalogue key of its help text. "" is the command itself; the root
# is "netleder". A parameter not in its command's row has the shared key in HELP_KEYS_SHARED.
HELP_KEYS: dict[str, dict[str, str]] = {
    "netleder": {
        "": "help.app",
        "version": "help.opt.version",
        "install_completion": "help.opt.install_completion",
        "show_completion": "help.opt.show_completion",
    },
    "phases": {"": "help.cmd.phases", "short": "help.short.phases", "phase": "help.arg.phase", "overview": "help.opt.overview"},
    "competences": {"": "help.cmd.competences", "short": "help.short.competences", "competence": "help.arg.competence"},
    "worksheet": {"": "help.cmd.worksheet", "short": "help.short.worksheet", "phase": "help.opt.worksheet_phase",
                  "competence": "help.opt.worksheet_competence", "format": "help.opt.format_worksheet"},
    "validate": {"": "help.cmd.validate", "short": "help.short.validate", "directory": "help.arg.validate_dir"},
    "reflect": {
        "": "help.cmd.reflect", "short": "help.short.reflect",
        "answers": "help.opt.answers",
        "format": "help.opt.format_reflect",
        "resume": "help.opt.resume",
        "fresh": "help.opt.fresh",
        "competence": "help.opt.competence",
        "draft": "help.arg.resume_id",
    },
    "edit": {"": "help.cmd.edit", "short": "help.short.edit", "reflection": "help.arg.edit_id"},
    "history": {"": "help.cmd.history", "short": "help.short.history", "competence": "help.opt.trend", "format": "help.opt.format_history"},
    "show": {"": "help.cmd.show", "short": "help.short.show", "reflection": "help.arg.reflection"},
    "compare": {
        "": "help.cmd.compare", "short": "help.short.compare",
        "first": "help.arg.compare_a",
        "second": "help.arg.compare_b",
        "format": "help.opt.format_text_json",
    },
    "export": {"": "help.cmd.export", "short": "help.short.export", "output": "help.opt.output_export"},
    "import": {"": "help.cmd.import", "short": "help.short.import", "file": "help.arg.import_file"},
    "delete": {"": "help.cmd.delete", "short": "help.short.delete", "reflections": "help.arg.delete_ids", "everything": "help.opt.all",
               "yes": "help.opt.yes"},
    "info": {"": "help.cmd.info", "short": "help.short.info", "format": "help.opt.format_text_json"},
    "check": {"": "help.cmd.check", "short": "help.short.check"},
    "settings": {"": "help.cmd.settings", "short": "help.short.settings", "name": "help.opt.name", "forget_name": "help.opt.forget_name"},
    # feedback from others: the invitation form and the `feedback` group with its commands
    "invite": {"": "help.cmd.invite", "short": "help.short.invite", "name": "help.opt.invite_name", "competence": "help.opt.invite_competence",
               "network": "help.opt.invite_network", "output": "help.opt.invite_output"},
    "feedback": {"": "help.cmd.feedback", "short": "help.short.feedback", "format": "help.opt.format_text_json"},
    "feedback list": {"": "help.cmd.feedback_list", "short": "help.short.feedback_list", "format": "help.opt.format_text_json"},
    "feedback import": {"": "help.cmd.feedback_import", "short": "help.short.feedback_import", "file": "help.arg.feedback_file",
                        "network": "help.opt.feedback_network"},
    "feedback show": {"": "help.cmd.feedback_show", "short": "help.short.feedback_show", "network": "help.opt.feedback_show_network"},
    # the course: a leader's share file, the facilitator's form and group view
    "share": {"": "help.cmd.share", "short": "help.short.share", "reflection": "help.arg.share_id",
              "output": "help.opt.share_output", "leave_out": "help.opt.leave_out", "yes": "help.opt.share_yes"},
    "course": {"": "help.cmd.course", "short": "help.short.course"},
    "course form": {"": "help.cmd.course_form", "short": "help.short.course_form", "name": "help.opt.course_name",
                    "competence": "help.opt.course_competence", "output": "help.opt.course_form_output"},
    "course show": {"": "help.cmd.course_show", "short": "help.short.course_show", "paths": "help.arg.course_paths",
                    "name": "help.opt.course_name", "format": "help.opt.format_course"},
}
HELP_KEYS_SHARED = {
    "lang": "help.opt.lang",
    "data_dir": "help.opt.data_dir",
    "format": "help.opt.format",
    "output": "help.opt.output",
    "force": "help.opt.force",
    "open_": "help.opt.open",
    "network": "help.opt.network",
    "help": "help.opt.help",
}


def help_key(command: str, param: str = "") -> str:
    """The catalogue key of the help text of `param` of `command` ("" for the command)."""
    row = HELP_KEYS[command]
    return row[param] if param in row else HELP_KEYS_SHARED[param]


def short_help_key(command: str) -> str:
    """The catalogue key of `command`'s line in a command list: a whole short sentence, never cut."""
    return HELP_KEYS[command]["short"]


def param_key(ctx: click.Context, param: click.Parameter) -> str:
    """The parameter's name in HELP_KEYS: its name, and "help" for click's --help option."""
    return "help" if param is ctx.command.get_help_option(ctx) else (param.name or "")


def run_lang(ctx: click.Context | None) -> str:
    """The language of this run, as NetlederGroup.main chose it (in the root context's obj)."""
    obj = ctx.find_root().obj if ctx is not None else None
    if isinstance(obj, dict) and obj.get("lang") in LANGS:
        return obj["lang"]
    return early_lang([])  # help asked for outside a run (e.g. a test): NETLEDER_LANG, else Danish



def shown_metavar(text: str, lang: str) -> str:
    """A placeholder such as FILE or [NUMBER|ID] in the user's language (FIL, [NR|ID])."""
    import re

    words = dict(pair.split("=") for pair in t("metavars", lang).split())
    return re.sub(r"[A-Z][A-Z_]*", lambda m: words.get(m.group(0), m.group(0)), text)


class _HelpFrame:
    """The whole --help page drawn from the catalogue: usage line, description, arguments,
    options (with their defaults and "required"), commands, and click's and typer's own options
    (--help, completion). click's help frame is English only, and click 8.5 drops an argument's
    help, so nothing of it is used but the layout (click.HelpFormatter)."""

    name: str | None

    def help_name(self) -> str:
        if isinstance(self, click.Group):
            return self.name if self.name in HELP_KEYS and self.name != "netleder" else "netleder"
        return self.name or ""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc]
        except click.exceptions.UsageError as exc:
            if exc.ctx is None:  # click's parser raises without one: say which command it was
                exc.ctx, exc.cmd = ctx, ctx.command
            raise

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        self.format_options(ctx, formatter)
        self.format_more(ctx, formatter)

    def format_more(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """A command's page at the end of its help (the file formats of validate and reflect):
        prose wraps to the width, an indented block (YAML) is drawn exactly as written."""
        key = f"help.more.{self.help_name()}"
        if key not in MESSAGES:
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
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("help.frame.usage", lang) + " ")

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(t(help_key(self.help_name()), run_lang(ctx)))

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = run_lang(ctx)
        sections: dict[str, list[tuple[str, str]]] = {"help.frame.arguments": [], "help.frame.options": []}
        for param in self.get_params(ctx):
            if getattr(param, "hidden", False):
                continue
            record = self.help_record(ctx, param, lang)
            sections["help.frame.arguments" if isinstance(param, click.Argument) else "help.frame.options"].append(record)
        for title, rows in sections.items():
            if rows:
                with formatter.section(t(title, lang)):
                    formatter.write_dl(rows)
        if isinstance(self, click.Group):
            self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = run_lang(ctx)
        names = [name for name in self.list_commands(ctx) if not self.get_command(ctx, name).hidden]
        if names:
            rows = [(name, t(short_help_key(self.get_command(ctx, name).help_name()), lang)) for name in names]
            with formatter.section(t("help.frame.commands", lang)):
                formatter.write_dl(rows)

    def help_record(self, ctx: click.Context, param: click.Parameter, lang: str) -> tuple[str, str]:
        """(the option's names or the argument's metavar, its help text with [default] and [required])."""
        if isinstance(param, click.Option):
            names = click.formatting.join_options(param.opts)[0]
            if not param.is_flag and not param.count:
                names += " " + shown_metavar(param.make_metavar(ctx), lang)
        else:
            names = shown_metavar(param.make_metavar(ctx), lang)
        text = t(help_key(self.help_name(), param_key(ctx, param)), lang)
        extra = []
        default = _default_text(param)
        if default:
            extra.append(t("help.frame.default", lang, value=default))
        if param.required:
            extra.append(t("help.frame.required", lang))
        return names, f"{text}  [{'; '.join(extra)}]" if extra else text

    def get_short_help_str(self, limit: int = 45) -> str:
        # for shell completion, where there is no context: the language of NETLEDER_LANG
        return t(short_help_key(self.help_name()), run_lang(click.get_current_context(True)))


def _default_text(param: click.Parameter) -> str:
    """The default as --help shows it, or "" (none, a flag that is off, or show_default=False)."""
    show = getattr(param, "show_default", None)
    if isinstance(show, str):
        return show
    value = param.default
    if not show or value is None or callable(value) or (getattr(param, "is_flag", False) and not value):
        return ""
    return ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)


class NetlederCommand(_HelpFrame, TyperCommand):
    """A command whose --help speaks the language of the run."""


class FeedbackCommand(NetlederCommand):
    """A command of the `feedback` group (its help texts are under "feedback NAME")."""

    def help_name(self) -> str:
        return f"feedback {self.name}"


# click >= 8.2 raises this for `no_args_is_help`; older click prints the help itself.
_NoArgsIsHelp = getattr(click.exceptions, "NoArgsIsHelpError", ())


class NetlederGroup(_HelpFrame, TyperGroup):
    """The one place where errors become messages on stderr and exit codes; its --help and its
    commands' speak the language of the run."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        from netleder import output

        # The one output edge: every text printed during the run passes safe_text.terminal_safe,
        # a console that cannot show a character gets stand-ins, closed streams fail in words.
        restore = output.open_edge()
        # The run's state: the language is chosen here from the command line (so errors found
        # while parsing speak it), then confirmed by the options (_setup), and passed down.
        state = extra.pop("obj", None) or {}
        state.setdefault("lang", early_lang(list(sys.argv[1:] if args is None else args)))
        try:
            try:
                self._run(state, args=args, prog_name=prog_name or "netleder", complete_var=complete_var, **extra)
            except SystemExit as done:
                code = done.code
            else:  # pragma: no cover  (_run always exits)
                code = 0
            code = _finished(code, state["lang"])
        finally:
            restore()
        sys.exit(code)

    def _run(self, state: dict, **params) -> None:
        from netleder import output

        lang = lambda: state["lang"]
        try:
            rv = super().main(standalone_mode=False, obj=state, **params)
        except NetlederError as exc:
            message, details = exc.format(lang())
            _fail(message, details, exc.exit_code, lang(), prefix=exc.exit_code != EXIT_INTERRUPTED)
        except _NoArgsIsHelp as exc:
            # `netleder` alone: the help, as click shows it (stderr, exit 2), not as an error.
            print(exc.format_message(), file=sys.stderr)
            sys.exit(EXIT_BAD_INPUT)
        except click.exceptions.NoSuchOption as exc:
            message = t("usage.no_such_option", lang(), name=short(exc.option_name))
            _usage_fail(exc, _with_suggestion(message, exc.option_name, exc.possibilities, lang()), lang())
        except click.exceptions.MissingParameter as exc:
            name = exc.param.human_readable_name if exc.param is not None else ""
            _usage_fail(exc, t("usage.missing", lang(), name=shown_metavar(name, lang())), lang())
        except click.exceptions.UsageError as exc:
            _usage_fail(exc, _usage_message(exc, lang()), lang())
        except click.exceptions.ClickException as exc:
            _fail(exc.format_message(), [], exc.exit_code, lang())
        except (click.exceptions.Abort, KeyboardInterrupt):
            _fail(t("interrupted", lang()), [], EXIT_INTERRUPTED, lang(), prefix=False)
        except (BrokenPipeError, output.ReaderGone):
            # The reader went away (e.g. `netleder phases | head`): not an error worth a trace.
            output.finish_stdout()
            sys.exit(0)
        except OSError as exc:
            # An OS failure nothing closer explained (a name too long, a folder without
            # permission, a full disk): a sentence in the user's language, never a traceback.
            from netleder.errors import os_failure

            error = os_failure(exc)
            message, details = error.format(lang())
            _fail(message, details, error.exit_code, lang())
        sys.exit(rv if isinstance(rv, int) else 0)

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        params = super().get_params(ctx)
        for param in params:  # typer's completion options, with their messages in the user's language
            if param.name == "install_completion":
                param.callback = _install_completion
            elif param.name == "show_completion":
                param.callback = _show_completion
        return params

    def resolve_command(self, ctx, args):
        name = args[0] if args else None
        if name and not name.startswith("-") and self.get_command(ctx, name) is None:
            lang = (ctx.obj or {}).get("lang", "da")
            commands = self.list_commands(ctx)
            message = t("usage.no_such_command", lang, name=short(name), choices=", ".join(commands))
            error = click.exceptions.UsageError(_with_suggestion(message, name, commands, lang), ctx)
            error.ours = True  # type: ignore[attr-defined]
            raise error
        return super().resolve_command(ctx, args)


COMPLETION_SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def _completion_shell(value) -> str:
    """The shell to complete for: the one named, else the one running (shellingham, which typer
    uses), checked here so an unknown shell is a sentence in the user's language."""
    shell = value if isinstance(value, str) else None
    if shell is None:
        try:
            import shellingham

            shell = shellingham.detect_shell()[0].lower()
        except Exception:  # not installed, or no shell found: said below
            shell = None
    if shell not in COMPLETION_SHELLS:
        raise BadInput("completion.unsupported", shell=short(shell or "?"), shells=", ".join(COMPLETION_SHELLS))
    return shell


def _install_completion(ctx: click.Context, param: click.Parameter, value) -> None:
    if not value or ctx.resilient_parsing:
        return
    from typer.completion import install

    shell, path = install(shell=_completion_shell(value))
    lang = run_lang(ctx)
    print(t("completion.installed", lang, shell=shell, path=path))
    raise click.exceptions.Exit(0)


def _show_completion(ctx: click.Context, param: click.Parameter, value) -> None:
    if not value or ctx.resilient_parsing:
        return
    from typer.completion import get_completion_script

    name = ctx.find_root().info_name or "netleder"
    variable = "_{}_COMPLETE".format(name.replace("-", "_").upper())
    print(get_completion_script(prog_name=name, complete_var=variable, shell=_completion_shell(value)))
    raise click.exceptions.Exit(0)


def _with_suggestion(message: str, given: str, known, lang: str) -> str:
    """`message`, and "Mente du …?" with the closest of `known` to `given`, if one is close."""
    import difflib

    close = difflib.get_close_matches(given, list(known or ()), n=1, cutoff=0.6)
    return f"{message} {t('usage.did_you_mean', lang, name=close[0])}" if close else message


def _usage_message(exc: click.exceptions.UsageError, lang: str) -> str:
    """click's usage errors in the user's language, recognised by their kind and attributes
    (click's English wording is never shown in Danish; where a kind is not known, a plain
    sentence, and in English click's own)."""
    if isinstance(exc, click.exceptions.BadOptionUsage):
        name = short(exc.option_name)
        command = exc.ctx.command if exc.ctx is not None else None
        flags = {opt for p in getattr(command, "params", ()) if getattr(p, "is_flag", False) for opt in p.opts}
        return t("usage.takes_no_value" if exc.option_name in flags else "usage.needs_value", lang, name=name)
    extra = re.match(r"Got unexpected extra arguments? \((.*)\)$", exc.message)
    if extra:
        return t("usage.extra", lang, args=short(extra.group(1), 80))
    if getattr(exc, "ours", False):
        return exc.message  # resolve_command's, already in the user's language
    if type(exc) is click.exceptions.UsageError and exc.ctx is not None and isinstance(exc.ctx.command, click.Group):
        # the one plain usage error a group raises itself: options, but no command
        return t("usage.no_command", lang, choices=", ".join(exc.ctx.command.list_commands(exc.ctx)))
    return exc.format_message() if lang == "en" else t("usage.wrong", lang)


def _finished(code, lang: str):
    """The exit code once standard output is flushed: what the run said, unless the last of its
    output could not be written (a full disk: an error in words, exit 1)."""
    from netleder.output import finish_stdout

    try:
        finish_stdout()
    except NetlederError as exc:
        message, details = exc.format(lang)
        try:
            _fail(message, details, exc.exit_code, lang)
        except SystemExit as failed:
            return failed.code
    return code


def _fail(message: str, details: list[str], code: int, lang: str, prefix: bool = True):
    text = f"{t('error.prefix', lang)}: {message}" if prefix else message
    lines = [(text, "", "  ")] + [(line, "  ", "    ") for line in details]
    width = _stderr_width()
    for line, first, rest in lines:
        if width:  # a terminal: wrapped on word boundaries with a hanging indent, never mid-word
            from netleder.output import wrap

            for part in line.split("\n"):
                print("\n".join(wrap(part, width, first, rest)), file=sys.stderr)
        else:  # a pipe or a file: one line per message, as written
            print(first + line, file=sys.stderr)
    sys.exit(code)


def _stderr_width() -> int:
    """The width to wrap messages to when stderr is a terminal (else 0: not wrapped)."""
    try:
        if not sys.stderr.isatty():
            return 0
    except (AttributeError, ValueError):
        return 0
    import shutil

    return max(20, shutil.get_terminal_size((80, 24)).columns - 1)


def _usage_fail(exc: click.exceptions.UsageError, message: str, lang: str):
    ctx = exc.ctx
    command = ctx.command_path if ctx is not None else "netleder"
    _fail(message, [t("usage.see_help", lang, command=command)], EXIT_BAD_INPUT, lang)


app = typer.Typer(
    cls=NetlederGroup,
    name="netleder",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Options every command takes. The values are resolved in _setup.
LangOpt = typer.Option(None, "--lang", metavar="da|en", show_default=False)
DataDirOpt = typer.Option(None, "--data-dir", metavar="DIR", show_default=False)
FormatOpt = typer.Option(None, "--format", "-f", metavar="FORMAT", show_default=False)
OutputOpt = typer.Option(None, "--output", "-o", metavar="FILE", show_default=False)
ForceOpt = typer.Option(False, "--force")
OpenOpt = typer.Option(False, "--open")


def _version(value: bool) -> None:
    if value:
        print(f"netleder {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True),
) -> None:
    state = ctx.ensure_object(dict)
    state.update(lang_option=lang, data_dir=data_dir)
    chosen = resolve_lang(lang)  # also checks NETLEDER_LANG
    if lang is not None:  # else keep what main() read from the whole command line (a command's --lang)
        state["lang"] = chosen


def _setup_lang(ctx: typer.Context, lang: str | None) -> str:
    """The language for this run: the command's --lang over the global one over NETLEDER_LANG."""
    state = ctx.ensure_object(dict)
    state["lang"] = resolve_lang(lang if lang is not None else state.get("lang_option"))
    return state["lang"]


def _setup(ctx: typer.Context, lang: str | None, data_dir: str | None) -> tuple[str, Path | None]:
    """The language and the content folder (command option over global option over env)."""
    chosen = _setup_lang(ctx, lang)
    from netleder.content.loading import resolve_data_dir

    folder, _ = resolve_data_dir(data_dir if data_dir is not None else ctx.ensure_object(dict).get("data_dir"))
    return chosen, folder


def _format(value: str | None, allowed: tuple[str, ...], output: str | None = None, open_: bool = False,
            fallback: str = "text") -> str:
    """--format, else the --output file's ending, else HTML for --open, else `fallback`."""
    from netleder.formats import by_ending, choose

    if value is None and open_ and by_ending(output) is None:
        return "html"
    if value is None and fallback != "text":
        return by_ending(output) if by_ending(output) in allowed else fallback
    return choose(value, allowed, output)


_MODEL_FORMATS = ("text", "markdown", "html", "json")


@app.command(cls=NetlederCommand)
def phases(
    ctx: typer.Context,
    phase: str | None = typer.Argument(None, metavar="[NUMBER|ID]", show_default=False),
    overview: bool = typer.Option(False, "--overview"),
    format: str = FormatOpt,
    output: str | None = OutputOpt,
    force: bool = ForceOpt,
    open_: bool = OpenOpt,
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    fmt = _format(format, _MODEL_FORMATS, output, open_)
    from netleder.commands import handouts

    handouts.phases(folder, phase, fmt, output, force, lang, overview, open_)


@app.command(cls=NetlederCommand)
def competences(
    ctx: typer.Context,
    competence: str | None = typer.Argument(
        None, metavar="[NUMBER|ID]", show_default=False
    ),
    format: str = FormatOpt,
    output: str | None = OutputOpt,
    force: bool = ForceOpt,
    open_: bool = OpenOpt,
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    fmt = _format(format, _MODEL_FORMATS, output, open_)
    from netleder.commands import handouts

    handouts.competences(folder, competence, fmt, output, force, lang, open_)


@app.command(cls=NetlederCommand)
def worksheet(
    ctx: typer.Context,
    phase: str | None = typer.Option(None, "--phase", "-p", metavar="NUMBER|ID", show_default=False),
    competence: list[str] | None = typer.Option(
        None, "--competence", "-c", metavar="ID_OR_NUMBER", show_default=False
    ),
    format: str = typer.Option(None, "--format", "-f", metavar="html|markdown", show_default=False),
    output: str | None = OutputOpt,
    force: bool = ForceOpt,
    open_: bool = OpenOpt,
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    # without --format: the --output file's ending; else HTML to open, Markdown to read
    fmt = _format(format, ("html", "markdown"), output, open_, fallback="markdown")
    from netleder.commands import handouts

    handouts.worksheet(folder, phase, list(competence or []), fmt, output, force, lang, open_)


@app.command(cls=NetlederCommand)
def validate(
    ctx: typer.Context,
    directory: str | None = typer.Argument(None, metavar="[DIR]", show_default=False),
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    if directory is not None:
        from netleder.content.loading import resolve_data_dir

        folder, _ = resolve_data_dir(directory, where="DIR")
    from netleder.commands.validate import validate as run_validate

    raise typer.Exit(run_validate(folder, lang))


@app.command(cls=NetlederCommand)
def reflect(
    ctx: typer.Context,
    draft: str | None = typer.Argument(None, metavar="[ID]", show_default=False),
    answers: str | None = typer.Option(None, "--answers", metavar="FILE", show_default=False),
    format: str = typer.Option("text", "--format", "-f", metavar="text|json"),
    resume: bool = typer.Option(False, "--resume"),
    fresh: bool = typer.Option(False, "--fresh"),
    competence: list[str] | None = typer.Option(
        None, "--competence", "-c", metavar="ID_OR_NUMBER", show_default=False
    ),
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    fmt = _format(format, ("text", "json"))
    from netleder import output

    if answers is not None and output.stdout_closed():
        # said before anything is saved: a retry must not save the reflection twice
        raise EnvironmentFailure("output.stdout_closed")
    from netleder.commands import reflect as reflect_cmd

    reflect_cmd.run(folder, answers, fmt, resume, fresh, list(competence or []), lang, draft=draft)


@app.command(cls=NetlederCommand)
def edit(
    ctx: typer.Context,
    reflection: str | None = typer.Argument(None, metavar="[ID]", show_default=False),
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    from netleder.commands import reflect as reflect_cmd

    reflect_cmd.edit(folder, reflection, lang)


# --- living with reflections: history, show, compare, export, import, delete, info -------------

NetworkOpt = typer.Option(None, "--network", "-n", metavar="NAME", show_default=False)
TextJsonOpt = typer.Option("text", "--format", "-f", metavar="text|json")


@app.command(cls=NetlederCommand)
def history(
    ctx: typer.Context,
    network: str | None = NetworkOpt,
    competence: str | None = typer.Option(
        None, "--competence", "-c", metavar="ID_OR_NUMBER", show_default=False
    ),
    format: str = typer.Option(None, "--format", "-f", metavar="text|json|html", show_default=False),
    output: str | None = OutputOpt,
    force: bool = ForceOpt,
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    fmt = _format(format, ("text", "json", "html"), output)
    from netleder.commands import history

    history.history(folder, network, competence, fmt, lang, output, force)


@app.command(cls=NetlederCommand)
def show(
    ctx: typer.Context,
    reflection: str | None = typer.Argument(None, metavar="[ID]", show_default=False),
    format: str = FormatOpt,
    output: str | None = OutputOpt,
    force: bool = ForceOpt,
    open_: bool = OpenOpt,
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    fmt = _format(format, _MODEL_FORMATS, output, open_)
    from netleder.commands import show

    show.show(folder, reflection, fmt, output, force, lang, open_)


@app.command(cls=NetlederCommand)
def compare(
    ctx: typer.Context,
    first: str | None = typer.Argument(None, metavar="[A]", show_default=False),
    second: str | None = typer.Argument(None, metavar="[B]", show_default=False),
    network: str | None = NetworkOpt,
    format: str = TextJsonOpt,
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    fmt = _format(format, ("text", "json"))
    from netleder.commands import compare

    compare.compare(folder, first, second, network, fmt, lang)


@app.command(cls=NetlederCommand)
def export(
    ctx: typer.Context,
    output: str | None = typer.Option(
        None, "--output", "-o", metavar="FILE", show_default=False
    ),
    force: bool = ForceOpt,
    lang: str | None = LangOpt,
) -> None:
    lang = _setup_lang(ctx, lang)
    from netleder.commands import transfer

    transfer.export(output, force, lang)


@app.command(name="import", cls=NetlederCommand)
def import_(
    ctx: typer.Context,
    file: str = typer.Argument(..., metavar="FILE", show_default=False),
    lang: str | None = LangOpt,
) -> None:
    lang = _setup_lang(ctx, lang)
    from netleder.commands import transfer

    transfer.import_(file, lang)


@app.command(cls=NetlederCommand)
def delete(
    ctx: typer.Context,
    reflections: list[str] | None = typer.Argument(
        None, metavar="[ID]...", show_default=False
    ),
    everything: bool = typer.Option(False, "--all"),
    yes: bool = typer.Option(False, "--yes", "-y"),
    lang: str | None = LangOpt,
) -> None:
    lang = _setup_lang(ctx, lang)
    from netleder.commands import delete

    delete.delete(list(reflections or []), everything, yes, lang)


@app.command(cls=NetlederCommand)
def info(
    ctx: typer.Context,
    format: str = TextJsonOpt,
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    state = ctx.ensure_object(dict)
    given = lang if lang is not None else state.get("lang_option")
    lang = _setup_lang(ctx, lang)
    fmt = _format(format, ("text", "json"))
    from netleder.commands import info

    info.info(data_dir if data_dir is not None else state.get("data_dir"), given, fmt, lang)


@app.command(cls=NetlederCommand)
def check(
    ctx: typer.Context,
    lang: str | None = LangOpt,
) -> None:
    lang = _setup_lang(ctx, lang)
    from netleder.commands.info import check as run_check

    raise typer.Exit(run_check(lang))


@app.command(cls=NetlederCommand)
def settings(
    ctx: typer.Context,
    name: str | None = typer.Option(None, "--name", metavar="NAME", show_default=False),
    forget_name: bool = typer.Option(False, "--forget-name"),
    lang: str | None = LangOpt,
) -> None:
    lang = _setup_lang(ctx, lang)
    from netleder.commands import settings as settings_cmd

    settings_cmd.settings(name, forget_name, lang)


@app.command(cls=NetlederCommand)
def invite(
    ctx: typer.Context,
    name: str | None = typer.Option(None, "--name", metavar="NAME", show_default=False),
    competence: list[str] | None = typer.Option(
        None, "--competence", "-c", metavar="ID_OR_NUMBER", show_default=False
    ),
    network: str | None = typer.Option(None, "--network", metavar="NAME", show_default=False),
    output: str | None = OutputOpt,
    force: bool = ForceOpt,
    open_: bool = OpenOpt,
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    from netleder.commands import invite as invite_cmd

    invite_cmd.invite(folder, name, list(competence or []), output, force, lang, open_, network)


class FeedbackGroup(_HelpFrame, TyperGroup):
    """The `feedback` group: its --help speaks the language of the run."""


feedback_app = typer.Typer(cls=FeedbackGroup, name="feedback", invoke_without_command=True, rich_markup_mode=None,
                           context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(feedback_app, name="feedback")


@feedback_app.callback(invoke_without_command=True)
def feedback(
    ctx: typer.Context,
    format: str = TextJsonOpt,
    lang: str | None = LangOpt,
) -> None:
    if ctx.invoked_subcommand is not None:
        ctx.ensure_object(dict)["lang_option"] = lang if lang is not None else ctx.ensure_object(dict).get("lang_option")
        return
    lang = _setup_lang(ctx, lang)
    fmt = _format(format, ("text", "json"))
    from netleder.commands import feedback as feedback_cmd

    feedback_cmd.list_(fmt, lang)


@feedback_app.command(name="list", cls=FeedbackCommand)
def feedback_list(
    ctx: typer.Context,
    format: str = TextJsonOpt,
    lang: str | None = LangOpt,
) -> None:
    lang = _setup_lang(ctx, lang)
    fmt = _format(format, ("text", "json"))
    from netleder.commands import feedback as feedback_cmd

    feedback_cmd.list_(fmt, lang)


@feedback_app.command(name="import", cls=FeedbackCommand)
def feedback_import(
    ctx: typer.Context,
    file: str = typer.Argument(..., metavar="FILE", show_default=False),
    network: str | None = NetworkOpt,
    lang: str | None = LangOpt,
) -> None:
    lang = _setup_lang(ctx, lang)
    from netleder.commands import feedback as feedback_cmd

    feedback_cmd.import_(file, network, lang)


@feedback_app.command(name="show", cls=FeedbackCommand)
def feedback_show(
    ctx: typer.Context,
    network: str | None = NetworkOpt,
    format: str = FormatOpt,
    output: str | None = OutputOpt,
    force: bool = ForceOpt,
    open_: bool = OpenOpt,
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    fmt = _format(format, _MODEL_FORMATS, output, open_)
    from netleder.commands import feedback as feedback_cmd

    feedback_cmd.show(folder, network, fmt, output, force, lang, open_)


@app.command(cls=NetlederCommand)
def share(
    ctx: typer.Context,
    reflection: str | None = typer.Argument(None, metavar="[ID]", show_default=False),
    output: str = typer.Option(..., "--output", "-o", metavar="FILE", show_default=False),
    leave_out: list[str] | None = typer.Option(None, "--leave-out", "-x", metavar="ID_OR_NUMBER", show_default=False),
    yes: bool = typer.Option(False, "--yes", "-y"),
    force: bool = ForceOpt,
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    from netleder.commands import share as share_cmd

    share_cmd.share(folder, reflection, output, list(leave_out or []), yes, force, lang)


class CourseGroup(_HelpFrame, TyperGroup):
    """The `course` group: its --help speaks the language of the run."""


class CourseCommand(NetlederCommand):
    """A command of the `course` group (its help texts are under "course NAME")."""

    def help_name(self) -> str:
        return f"course {self.name}"


course_app = typer.Typer(cls=CourseGroup, name="course", no_args_is_help=True, rich_markup_mode=None,
                         context_settings={"help_option_names": ["-h", "--help"]})
app.add_typer(course_app, name="course")


@course_app.callback()
def course(ctx: typer.Context, lang: str | None = LangOpt) -> None:
    state = ctx.ensure_object(dict)
    state["lang_option"] = lang if lang is not None else state.get("lang_option")


@course_app.command(name="form", cls=CourseCommand)
def course_form(
    ctx: typer.Context,
    name: str | None = typer.Option(None, "--name", metavar="NAME", show_default=False),
    competence: list[str] | None = typer.Option(None, "--competence", "-c", metavar="ID_OR_NUMBER", show_default=False),
    output: str = typer.Option(..., "--output", "-o", metavar="FILE", show_default=False),
    force: bool = ForceOpt,
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    from netleder.commands import course as course_cmd

    course_cmd.form(folder, name, list(competence or []), output, force, lang)


@course_app.command(name="show", cls=CourseCommand)
def course_show(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(..., metavar="FILE|DIR...", show_default=False),
    name: str | None = typer.Option(None, "--name", metavar="NAME", show_default=False),
    format: str = FormatOpt,
    output: str | None = OutputOpt,
    force: bool = ForceOpt,
    lang: str | None = LangOpt,
    data_dir: str | None = DataDirOpt,
) -> None:
    lang, folder = _setup(ctx, lang, data_dir)
    fmt = _format(format, _MODEL_FORMATS, output)
    from netleder.commands import course as course_cmd

    course_cmd.show(folder, list(paths), fmt, output, force, lang, name)


def main() -> None:
    # typer builds the click form of all eleven commands at each start: about 3 ms, of which
    # building only the one that runs would save under 2 (about 1% of a start), so it does not.
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
