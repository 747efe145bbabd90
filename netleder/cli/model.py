"""The commands on the model itself: phases, competences, worksheet, validate."""


import typer

from netleder.cli import options
from netleder.cli.frame import NetlederCommand
from netleder.cli.options import Run, page_options, setup

commands = typer.Typer()


@commands.command(cls=NetlederCommand, help="help.cmd.phases")
@page_options()
def phases(
    ctx: typer.Context,
    phase: str | None = typer.Argument(None, metavar="[NUMBER|ID]", show_default=False, help="help.arg.phase"),
    overview: bool = typer.Option(False, "--overview", help="help.opt.overview"),
    *,
    run: Run,
) -> None:
    from netleder.commands import handouts

    handouts.phases(run.folder, phase, run.fmt, run.output, run.force, run.lang, overview, run.open_)


@commands.command(cls=NetlederCommand, help="help.cmd.competences")
@page_options()
def competences(
    ctx: typer.Context,
    competence: str | None = typer.Argument(None, metavar="[NUMBER|ID]", show_default=False,
                                            help="help.arg.competence"),
    *,
    run: Run,
) -> None:
    from netleder.commands import handouts

    handouts.competences(run.folder, competence, run.fmt, run.output, run.force, run.lang, run.open_)


@commands.command(cls=NetlederCommand, help="help.cmd.worksheet")
# without --format: the --output file's ending; else HTML to open, Markdown to read
@page_options(("markdown", "html", "pdf"), metavar="html|markdown|pdf", format_help="help.opt.format_worksheet",
              fallback="markdown")
def worksheet(
    ctx: typer.Context,
    phase: str | None = typer.Option(None, "--phase", "-p", metavar="NUMBER|ID", show_default=False,
                                     help="help.opt.worksheet_phase"),
    competence: list[str] | None = options.competences(help="help.opt.worksheet_competence"),  # noqa: B008 (typer: a declaration, not a value)
    *,
    run: Run,
) -> None:
    from netleder.commands import handouts

    handouts.worksheet(run.folder, phase, list(competence or []), run.fmt, run.output, run.force, run.lang, run.open_)


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
