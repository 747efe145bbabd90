"""The command table: every command's name, where it is declared and its line in --help.

Like pip's `commands_dict`, the table is all that start-up reads: a command's declaration
(its options, in netleder/cli/<family>.py) is imported and built into a click command only when
that command runs, and `netleder --help` lists the commands from the table alone. A new command
is one function in a family module and one row here.
"""


import importlib
from collections.abc import Sequence
from typing import Any, ClassVar

import click
import typer

from netleder import __version__
from netleder.cli import edge, options
from netleder.cli.frame import HelpFrameGroup, run_lang
from netleder.record_base import Record


class Entry(Record):
    where: str  # "module:attribute": a function of the module's `commands`, or a typer.Typer group
    short: str  # the catalogue key of its line in a command list: a whole short sentence


COMMANDS: dict[str, Entry] = {
    "phases": Entry("netleder.cli.model:phases", "help.short.phases"),
    "competences": Entry("netleder.cli.model:competences", "help.short.competences"),
    "worksheet": Entry("netleder.cli.model:worksheet", "help.short.worksheet"),
    "validate": Entry("netleder.cli.model:validate", "help.short.validate"),
    "reflect": Entry("netleder.cli.reflecting:reflect", "help.short.reflect"),
    "edit": Entry("netleder.cli.reflecting:edit", "help.short.edit"),
    "history": Entry("netleder.cli.looking_back:history", "help.short.history"),
    "show": Entry("netleder.cli.looking_back:show", "help.short.show"),
    "compare": Entry("netleder.cli.looking_back:compare", "help.short.compare"),
    "export": Entry("netleder.cli.keeping:export", "help.short.export"),
    "import": Entry("netleder.cli.keeping:import_", "help.short.import"),
    "delete": Entry("netleder.cli.keeping:delete", "help.short.delete"),
    "info": Entry("netleder.cli.keeping:info", "help.short.info"),
    "check": Entry("netleder.cli.keeping:check", "help.short.check"),
    "settings": Entry("netleder.cli.keeping:settings", "help.short.settings"),
    "invite": Entry("netleder.cli.feedback:invite", "help.short.invite"),
    "feedback": Entry("netleder.cli.feedback:feedback_app", "help.short.feedback"),
    "share": Entry("netleder.cli.course:share", "help.short.share"),
    "course": Entry("netleder.cli.course:course_app", "help.short.course"),
}

FEEDBACK_COMMANDS: dict[str, Entry] = {
    "list": Entry("netleder.cli.feedback:feedback_list", "help.short.feedback_list"),
    "import": Entry("netleder.cli.feedback:feedback_import", "help.short.feedback_import"),
    "show": Entry("netleder.cli.feedback:feedback_show", "help.short.feedback_show"),
}


def build(name: str, entry: Entry) -> click.Command:
    """The click command of one row: its module imported, its declaration built by typer."""
    module_name, attribute = entry.where.split(":")
    module = importlib.import_module(module_name)
    declared = getattr(module, attribute)
    command: click.Command
    if isinstance(declared, typer.Typer):
        command = typer.main.get_group(declared)
        callback = declared.registered_callback.callback if declared.registered_callback else None
    else:
        info = next(i for i in module.commands.registered_commands if i.callback is declared)
        command = typer.main.get_command_from_info(info, pretty_exceptions_short=True, rich_markup_mode=None)
        callback = declared
    _keep_argument_help(command, callback)
    command.name = name
    command.short_help = entry.short
    return command


def _keep_argument_help(command: click.Command, callback: Any) -> None:
    """Give each argument the help key declared with it: typer sets it before click's
    Argument.__init__, which since click 8.5 sets it again (to None)."""
    import inspect

    if callback is None:
        return
    declared = {name: getattr(p.default, "help", None) for name, p in inspect.signature(callback).parameters.items()}
    for param in command.params:
        if isinstance(param, click.Argument) and not param.help and declared.get(param.name or ""):
            param.help = declared[param.name or ""]


class LazyGroup(HelpFrameGroup):
    """A group whose commands come from a table and are built only when asked for; an unknown
    command is a usage error in the user's language, with "Mente du …?" if one is close."""

    table: ClassVar[dict[str, Entry]] = {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.table)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.table:
            self.commands[cmd_name] = build(cmd_name, self.table[cmd_name])
        return self.commands.get(cmd_name)

    def command_lines(self, ctx: click.Context) -> list[tuple[str, str]]:
        return [(name, entry.short) for name, entry in self.table.items()]  # nothing built

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        name = args[0] if args else None
        if name and not name.startswith("-") and name not in self.table:
            raise edge.no_such_command(ctx, name, self.list_commands(ctx))
        return super().resolve_command(ctx, args)


class FeedbackGroup(LazyGroup):
    """The `feedback` group."""

    table = FEEDBACK_COMMANDS


COURSE_COMMANDS: dict[str, Entry] = {
    "form": Entry("netleder.cli.course:course_form", "help.short.course_form"),
    "show": Entry("netleder.cli.course:course_show", "help.short.course_show"),
}


class CourseGroup(LazyGroup):
    """The `course` group."""

    table = COURSE_COMMANDS


class NetlederGroup(LazyGroup):
    """The root: every run goes through the error edge."""

    table = COMMANDS

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, windows_expand_args: bool = True,
             **extra: Any) -> Any:
        import sys

        state = extra.pop("obj", None)
        argv = list(sys.argv[1:] if args is None else args)

        def invoke(state: dict) -> Any:
            return super(NetlederGroup, self).main(args=args, prog_name=prog_name or "netleder",
                                                   complete_var=complete_var, standalone_mode=False,
                                                   windows_expand_args=windows_expand_args, obj=state, **extra)

        edge.run(invoke, argv, state)

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        params = super().get_params(ctx)
        for param in params:  # typer's completion options, with their messages in the user's language
            if param.name == "install_completion":
                param.callback = _install_completion
            elif param.name == "show_completion":
                param.callback = _show_completion
        return params


# --- the root: its options, and shell completion -------------------------------------------------

app = typer.Typer(
    cls=NetlederGroup,
    name="netleder",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"netleder {__version__}")
        raise typer.Exit()


@app.callback(help="help.app")
def _root(
    ctx: typer.Context,
    lang: str | None = options.lang(),
    data_dir: str | None = options.data_dir(),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="help.opt.version"),
) -> None:
    from netleder.cli.language import resolve_lang

    state = ctx.ensure_object(dict)
    state.update(lang_option=lang, data_dir=data_dir)
    chosen = resolve_lang(lang)  # also checks NETLEDER_LANG
    if lang is not None:  # else keep what the edge read from the whole command line (a command's --lang)
        state["lang"] = chosen


COMPLETION_SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def _completion_shell(value: Any) -> str:
    """The shell to complete for: the one named, else the one running (shellingham, which typer
    uses), checked here so an unknown shell is a sentence in the user's language."""
    from netleder.errors import BadInput
    from netleder.safe_text import short

    shell = value if isinstance(value, str) else None
    if shell is None:
        try:
            import shellingham  # type: ignore[import-untyped]  # it ships no type information

            shell = shellingham.detect_shell()[0].lower()
        except Exception:  # noqa: BLE001 (not installed, or no shell found, however it fails: said below)
            shell = None
    if shell not in COMPLETION_SHELLS:
        raise BadInput("completion.unsupported", shell=short(shell or "?"), shells=", ".join(COMPLETION_SHELLS))
    return shell


def _install_completion(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    if not value or ctx.resilient_parsing:
        return
    from typer.completion import install

    from netleder.i18n import t

    shell, path = install(shell=_completion_shell(value))
    print(t("completion.installed", run_lang(ctx), shell=shell, path=path))
    raise click.exceptions.Exit(0)


def _show_completion(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    if not value or ctx.resilient_parsing:
        return
    from typer.completion import get_completion_script

    name = ctx.find_root().info_name or "netleder"
    variable = "_{}_COMPLETE".format(name.replace("-", "_").upper())
    print(get_completion_script(prog_name=name, complete_var=variable, shell=_completion_shell(value)))
    raise click.exceptions.Exit(0)


def main() -> None:
    import sys

    from netleder.cli import window

    argv = sys.argv[1:]
    try:
        lang = window.menu_lang(argv)
        if lang is None:
            app()
        else:  # bare `netleder` in a terminal: the menu chooses the command line
            from netleder.wizard.menu import start

            app(args=start(lang))
    finally:  # a console window of its own (a double-click on Windows) waits for Enter
        window.hold_window(argv)
