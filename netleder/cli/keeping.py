"""The commands that keep the store: export, import, delete, info, check, settings."""

from __future__ import annotations

import typer

from netleder.cli import options
from netleder.cli.frame import NetlederCommand
from netleder.cli.options import choose_format, setup_lang

commands = typer.Typer()


@commands.command(cls=NetlederCommand, help="help.cmd.export")
def export(
    ctx: typer.Context,
    output: str | None = options.output(help="help.opt.output_export"),
    force: bool = options.force(),
    lang: str | None = options.lang(),
) -> None:
    lang = setup_lang(ctx, lang)
    choose_format(None, ("json",), output)  # an export is JSON: any other ending is refused
    from netleder.commands import transfer

    transfer.export(output, force, lang)


@commands.command(name="import", cls=NetlederCommand, help="help.cmd.import")
def import_(
    ctx: typer.Context,
    file: str = typer.Argument(..., metavar="FILE", show_default=False, help="help.arg.import_file"),
    lang: str | None = options.lang(),
) -> None:
    lang = setup_lang(ctx, lang)
    from netleder.commands import transfer

    transfer.import_(file, lang)


@commands.command(cls=NetlederCommand, help="help.cmd.delete")
def delete(
    ctx: typer.Context,
    reflections: list[str] | None = typer.Argument(  # noqa: B008 (typer: a declaration, not a value)
        None, metavar="[ID]...", show_default=False, help="help.arg.delete_ids"),
    everything: bool = typer.Option(False, "--all", help="help.opt.all"),
    yes: bool = typer.Option(False, "--yes", "-y", help="help.opt.yes"),
    lang: str | None = options.lang(),
) -> None:
    lang = setup_lang(ctx, lang)
    from netleder.commands import delete

    delete.delete(list(reflections or []), everything, yes, lang)


@commands.command(cls=NetlederCommand, help="help.cmd.info")
def info(
    ctx: typer.Context,
    format: str = options.text_or_json(),
    lang: str | None = options.lang(),
    data_dir: str | None = options.data_dir(),
) -> None:
    state = ctx.ensure_object(dict)
    given = lang if lang is not None else state.get("lang_option")
    lang = setup_lang(ctx, lang)
    fmt = choose_format(format, ("text", "json"))
    from netleder.commands import info

    info.info(data_dir if data_dir is not None else state.get("data_dir"), given, fmt, lang)


@commands.command(cls=NetlederCommand, help="help.cmd.check")
def check(
    ctx: typer.Context,
    lang: str | None = options.lang(),
) -> None:
    lang = setup_lang(ctx, lang)
    from netleder.commands.info import check as run_check

    raise typer.Exit(run_check(lang))


@commands.command(cls=NetlederCommand, help="help.cmd.settings")
def settings(
    ctx: typer.Context,
    name: str | None = typer.Option(None, "--name", metavar="NAME", show_default=False, help="help.opt.name"),
    forget_name: bool = typer.Option(False, "--forget-name", help="help.opt.forget_name"),
    lang: str | None = options.lang(),
) -> None:
    lang = setup_lang(ctx, lang)
    from netleder.commands import settings as settings_cmd

    settings_cmd.settings(name, forget_name, lang)
