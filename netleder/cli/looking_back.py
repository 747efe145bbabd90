"""The commands that look back at saved reflections: history, show, compare."""


import typer

from netleder.cli import options
from netleder.cli.frame import NetlederCommand
from netleder.cli.options import Run, choose_format, page_options, setup

commands = typer.Typer()


@commands.command(cls=NetlederCommand, help="help.cmd.history")
@page_options(("text", "json", "html", "pdf"), metavar="text|json|html|pdf", format_help="help.opt.format_history",
              with_open=False)
def history(
    ctx: typer.Context,
    network: str | None = options.network(),
    competence: str | None = typer.Option(None, "--competence", "-c", metavar="ID_OR_NUMBER", show_default=False,
                                          help="help.opt.trend"),
    limit: str | None = typer.Option(None, "--limit", metavar="NUMBER", show_default=False,
                                     help="help.opt.history_limit"),
    *,
    run: Run,
) -> None:
    from netleder.commands import history

    history.history(run.folder, network, competence, run.fmt, run.lang, run.output, run.force,
                    limit=history.parse_limit(limit))


@commands.command(cls=NetlederCommand, help="help.cmd.show")
@page_options()
def show(
    ctx: typer.Context,
    reflection: str | None = typer.Argument(None, metavar="[ID]", show_default=False, help="help.arg.reflection"),
    *,
    run: Run,
) -> None:
    from netleder.commands import show

    show.show(run.folder, reflection, run.fmt, run.output, run.force, run.lang, run.open_)


@commands.command(cls=NetlederCommand, help="help.cmd.compare")
def compare(
    ctx: typer.Context,
    first: str | None = typer.Argument(None, metavar="[A]", show_default=False, help="help.arg.compare_a"),
    second: str | None = typer.Argument(None, metavar="[B]", show_default=False, help="help.arg.compare_b"),
    network: str | None = options.network(),
    format: str = options.text_or_json(),
    lang: str | None = options.lang(),
    data_dir: str | None = options.data_dir(),
) -> None:
    lang, folder = setup(ctx, lang, data_dir)
    fmt = choose_format(format, ("text", "json"))
    from netleder.commands import compare

    compare.compare(folder, first, second, network, fmt, lang)
