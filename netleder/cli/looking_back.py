"""The commands that look back at saved reflections: history, show, compare."""

from __future__ import annotations

import typer

from netleder.cli import options
from netleder.cli.frame import NetlederCommand
from netleder.cli.options import MODEL_FORMATS, choose_format, setup

commands = typer.Typer()


@commands.command(cls=NetlederCommand, help="help.cmd.history")
def history(
    ctx: typer.Context,
    network: str | None = options.network(),
    competence: str | None = typer.Option(None, "--competence", "-c", metavar="ID_OR_NUMBER", show_default=False,
                                          help="help.opt.trend"),
    format: str | None = options.format_("text|json|html|pdf", help="help.opt.format_history"),
    output: str | None = options.output(),
    force: bool = options.force(),
    lang: str | None = options.lang(),
    data_dir: str | None = options.data_dir(),
) -> None:
    lang, folder = setup(ctx, lang, data_dir)
    fmt = choose_format(format, ("text", "json", "html", "pdf"), output)
    from netleder.commands import history

    history.history(folder, network, competence, fmt, lang, output, force)


@commands.command(cls=NetlederCommand, help="help.cmd.show")
def show(
    ctx: typer.Context,
    reflection: str | None = typer.Argument(None, metavar="[ID]", show_default=False, help="help.arg.reflection"),
    format: str | None = options.format_(),
    output: str | None = options.output(),
    force: bool = options.force(),
    open_: bool = options.open_(),
    lang: str | None = options.lang(),
    data_dir: str | None = options.data_dir(),
) -> None:
    lang, folder = setup(ctx, lang, data_dir)
    fmt = choose_format(format, MODEL_FORMATS, output, open_)
    from netleder.commands import show

    show.show(folder, reflection, fmt, output, force, lang, open_)


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
