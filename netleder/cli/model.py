"""The commands on the model itself: phases, competences, worksheet, validate."""

from __future__ import annotations

import typer

from netleder.cli import options
from netleder.cli.frame import NetlederCommand
from netleder.cli.options import MODEL_FORMATS, choose_format, setup

commands = typer.Typer()


@commands.command(cls=NetlederCommand, help="help.cmd.phases")
def phases(
    ctx: typer.Context,
    phase: str | None = typer.Argument(None, metavar="[NUMBER|ID]", show_default=False, help="help.arg.phase"),
    overview: bool = typer.Option(False, "--overview", help="help.opt.overview"),
    format: str | None = options.format_(),
    output: str | None = options.output(),
    force: bool = options.force(),
    open_: bool = options.open_(),
    lang: str | None = options.lang(),
    data_dir: str | None = options.data_dir(),
) -> None:
    lang, folder = setup(ctx, lang, data_dir)
    fmt = choose_format(format, MODEL_FORMATS, output, open_)
    from netleder.commands import handouts

    handouts.phases(folder, phase, fmt, output, force, lang, overview, open_)


@commands.command(cls=NetlederCommand, help="help.cmd.competences")
def competences(
    ctx: typer.Context,
    competence: str | None = typer.Argument(None, metavar="[NUMBER|ID]", show_default=False,
                                            help="help.arg.competence"),
    format: str | None = options.format_(),
    output: str | None = options.output(),
    force: bool = options.force(),
    open_: bool = options.open_(),
    lang: str | None = options.lang(),
    data_dir: str | None = options.data_dir(),
) -> None:
    lang, folder = setup(ctx, lang, data_dir)
    fmt = choose_format(format, MODEL_FORMATS, output, open_)
    from netleder.commands import handouts

    handouts.competences(folder, competence, fmt, output, force, lang, open_)


@commands.command(cls=NetlederCommand, help="help.cmd.worksheet")
def worksheet(
    ctx: typer.Context,
    phase: str | None = typer.Option(None, "--phase", "-p", metavar="NUMBER|ID", show_default=False,
                                     help="help.opt.worksheet_phase"),
    competence: list[str] | None = options.competences(help="help.opt.worksheet_competence"),  # noqa: B008 (typer: a declaration, not a value)
    format: str | None = options.format_("html|markdown|pdf", help="help.opt.format_worksheet"),
    output: str | None = options.output(),
    force: bool = options.force(),
    open_: bool = options.open_(),
    lang: str | None = options.lang(),
    data_dir: str | None = options.data_dir(),
) -> None:
    lang, folder = setup(ctx, lang, data_dir)
    # without --format: the --output file's ending; else HTML to open, Markdown to read
    fmt = choose_format(format, ("markdown", "html", "pdf"), output, open_, fallback="markdown")
    from netleder.commands import handouts

    handouts.worksheet(folder, phase, list(competence or []), fmt, output, force, lang, open_)


@commands.command(cls=NetlederCommand, help="help.cmd.validate", epilog="help.more.validate")
def validate(
    ctx: typer.Context,
    directory: str | None = typer.Argument(None, metavar="[DIR]", show_default=False, help="help.arg.validate_dir"),
    lang: str | None = options.lang(),
    data_dir: str | None = options.data_dir(),
) -> None:
    lang, folder = setup(ctx, lang, data_dir)
    if directory is not None:
        from netleder.content.loading import resolve_data_dir

        folder, _ = resolve_data_dir(directory, where="DIR")
    from netleder.commands.validate import validate as run_validate

    raise typer.Exit(run_validate(folder, lang))
