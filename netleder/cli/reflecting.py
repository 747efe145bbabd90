"""The commands that write a reflection: reflect (the wizard or an answers file) and edit."""

from __future__ import annotations

import typer

from netleder.cli import options
from netleder.cli.frame import NetlederCommand
from netleder.cli.options import choose_format, setup

commands = typer.Typer()


@commands.command(cls=NetlederCommand, help="help.cmd.reflect", epilog="help.more.reflect")
def reflect(
    ctx: typer.Context,
    draft: str | None = typer.Argument(None, metavar="[ID]", show_default=False, help="help.arg.resume_id"),
    answers: str | None = typer.Option(None, "--answers", metavar="FILE", show_default=False,
                                       help="help.opt.answers"),
    format: str = options.format_("text|json", "text", help="help.opt.format_reflect"),
    resume: bool = typer.Option(False, "--resume", help="help.opt.resume"),
    fresh: bool = typer.Option(False, "--fresh", help="help.opt.fresh"),
    competence: list[str] | None = options.competences(help="help.opt.competence"),  # noqa: B008 (typer: a declaration, not a value)
    lang: str | None = options.lang(),
    data_dir: str | None = options.data_dir(),
) -> None:
    lang, folder = setup(ctx, lang, data_dir)
    fmt = choose_format(format, ("text", "json"))
    from netleder import output

    if answers is not None and output.stdout_closed():
        from netleder.errors import EnvironmentFailure

        # said before anything is saved: a retry must not save the reflection twice
        raise EnvironmentFailure("output.stdout_closed")
    from netleder.commands import reflect as reflect_cmd

    reflect_cmd.run(folder, answers, fmt, resume, fresh, list(competence or []), lang, draft=draft)


@commands.command(cls=NetlederCommand, help="help.cmd.edit")
def edit(
    ctx: typer.Context,
    reflection: str | None = typer.Argument(None, metavar="[ID]", show_default=False, help="help.arg.edit_id"),
    lang: str | None = options.lang(),
    data_dir: str | None = options.data_dir(),
) -> None:
    lang, folder = setup(ctx, lang, data_dir)
    from netleder.commands import reflect as reflect_cmd

    reflect_cmd.edit(folder, reflection, lang)
