"""Feedback from others: the invitation form (`invite`) and the `feedback` group."""


import typer

from netleder.cli import options
from netleder.cli.frame import NetlederCommand
from netleder.cli.options import Run, choose_format, page_options, setup_lang
from netleder.cli.table import FeedbackGroup

commands = typer.Typer()


@commands.command(cls=NetlederCommand, help="help.cmd.invite")
@page_options(("html", "pdf"), metavar="html|pdf", format_help="help.opt.format_invite",
              output_help="help.opt.invite_output", fallback="html")
def invite(
    ctx: typer.Context,
    name: str | None = typer.Option(None, "--name", metavar="NAME", show_default=False, help="help.opt.invite_name"),
    competence: list[str] | None = options.competences(help="help.opt.invite_competence"),  # noqa: B008 (typer: a declaration, not a value)
    network: str | None = options.network(help="help.opt.invite_network", short=False),
    *,
    run: Run,
) -> None:
    from netleder.commands import invite as invite_cmd

    invite_cmd.invite(run.folder, name, list(competence or []), run.output, run.force, run.lang, run.open_, network,
                      run.fmt)


# the group; its commands are in table.FEEDBACK_COMMANDS
feedback_app = typer.Typer(cls=FeedbackGroup, name="feedback", invoke_without_command=True, rich_markup_mode=None,
                           context_settings={"help_option_names": ["-h", "--help"]})


@feedback_app.callback(invoke_without_command=True, help="help.cmd.feedback")
def feedback(
    ctx: typer.Context,
    format: str = options.text_or_json(),
    lang: str | None = options.lang(),
) -> None:
    if ctx.invoked_subcommand is not None:
        state = ctx.ensure_object(dict)
        state["lang_option"] = lang if lang is not None else state.get("lang_option")
        return
    feedback_list(ctx, format, lang)  # `netleder feedback` alone is `netleder feedback list`


@commands.command(name="list", cls=NetlederCommand, help="help.cmd.feedback_list")
def feedback_list(
    ctx: typer.Context,
    format: str = options.text_or_json(),
    lang: str | None = options.lang(),
) -> None:
    lang = setup_lang(ctx, lang)
    fmt = choose_format(format, ("text", "json"))
    from netleder.commands import feedback as feedback_cmd

    feedback_cmd.list_(fmt, lang)


@commands.command(name="import", cls=NetlederCommand, help="help.cmd.feedback_import")
def feedback_import(
    ctx: typer.Context,
    file: str = typer.Argument(..., metavar="FILE", show_default=False, help="help.arg.feedback_file"),
    network: str | None = options.network(help="help.opt.feedback_network"),
    lang: str | None = options.lang(),
) -> None:
    lang = setup_lang(ctx, lang)
    from netleder.commands import feedback as feedback_cmd

    feedback_cmd.import_(file, network, lang)


@commands.command(name="show", cls=NetlederCommand, help="help.cmd.feedback_show")
@page_options()
def feedback_show(
    ctx: typer.Context,
    network: str | None = options.network(help="help.opt.feedback_show_network"),
    *,
    run: Run,
) -> None:
    from netleder.commands import feedback as feedback_cmd

    feedback_cmd.show(run.folder, network, run.fmt, run.output, run.force, run.lang, run.open_)
