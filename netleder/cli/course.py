"""The course: a leader's share file (`share`) and the facilitator's `course` group (`course
form`, `course show`)."""

from __future__ import annotations

import typer

from netleder.cli import options
from netleder.cli.frame import NetlederCommand
from netleder.cli.options import Run, choose_format, page_options, setup
from netleder.cli.table import CourseGroup

commands = typer.Typer()


@commands.command(cls=NetlederCommand, help="help.cmd.share")
def share(
    ctx: typer.Context,
    reflection: str | None = typer.Argument(None, metavar="[ID]", show_default=False, help="help.arg.share_id"),
    output: str = typer.Option(..., "--output", "-o", metavar="FILE", show_default=False, help="help.opt.share_output"),
    leave_out: list[str] | None = typer.Option(None, "--leave-out", "-x", metavar="ID_OR_NUMBER",  # noqa: B008 (typer: a declaration, not a value)
                                               show_default=False, help="help.opt.leave_out"),
    yes: bool = typer.Option(False, "--yes", "-y", help="help.opt.share_yes"),
    force: bool = options.force(),
    lang: str | None = options.lang(),
    data_dir: str | None = options.data_dir(),
) -> None:
    lang, folder = setup(ctx, lang, data_dir)
    from netleder.commands import share as share_cmd

    share_cmd.share(folder, reflection, output, list(leave_out or []), yes, force, lang)


# the group; its commands are in table.COURSE_COMMANDS
course_app = typer.Typer(cls=CourseGroup, name="course", no_args_is_help=True, rich_markup_mode=None,
                         context_settings={"help_option_names": ["-h", "--help"]})


@course_app.callback(help="help.cmd.course")
def course(ctx: typer.Context, lang: str | None = options.lang()) -> None:
    state = ctx.ensure_object(dict)
    state["lang_option"] = lang if lang is not None else state.get("lang_option")


@commands.command(name="form", cls=NetlederCommand, help="help.cmd.course_form")
def course_form(
    ctx: typer.Context,
    name: str | None = typer.Option(None, "--name", metavar="NAME", show_default=False, help="help.opt.course_name"),
    competence: list[str] | None = options.competences(help="help.opt.course_competence"),  # noqa: B008 (typer: a declaration, not a value)
    format: str | None = options.format_("html|pdf", help="help.opt.format_course_form"),
    output: str = typer.Option(..., "--output", "-o", metavar="FILE", show_default=False,
                               help="help.opt.course_form_output"),
    force: bool = options.force(),
    lang: str | None = options.lang(),
    data_dir: str | None = options.data_dir(),
) -> None:
    lang, folder = setup(ctx, lang, data_dir)
    fmt = choose_format(format, ("html", "pdf"), output, fallback="html")
    from netleder.commands import course as course_cmd

    course_cmd.form(folder, name, list(competence or []), output, force, lang, fmt)


@commands.command(name="show", cls=NetlederCommand, help="help.cmd.course_show")
@page_options(format_help="help.opt.format_course", with_open=False)
def course_show(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(  # noqa: B008 (typer: a declaration, not a value)
        ..., metavar="FILE|DIR...", show_default=False, help="help.arg.course_paths"),
    name: str | None = typer.Option(None, "--name", metavar="NAME", show_default=False, help="help.opt.course_name"),
    *,
    run: Run,
) -> None:
    from netleder.commands import course as course_cmd

    course_cmd.show(run.folder, list(paths), run.fmt, run.output, run.force, run.lang, name)
