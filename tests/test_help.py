"""--help: every command and every parameter (arguments too) has its text in Danish and English,
and the whole page, click's frame included, speaks the language of the run.

The commands and parameters are walked from the click tree typer builds, so a new command or
option without a help text fails here (like sqlite-utils' test that every option has help).
"""

from __future__ import annotations

import re

import click
import pytest
import typer

from netleder import cli as cli_module
from netleder.cli import app
from netleder.cli.frame import help_key, shown_metavar
from netleder.i18n import LANGS, MESSAGES, t

ROOT = typer.main.get_command(app)


def commands_of(group: click.Group) -> dict[str, click.Command]:
    ctx = click.Context(group)
    return {name: group.get_command(ctx, name) for name in group.list_commands(ctx)}


COMMANDS = {"netleder": ROOT, **commands_of(ROOT)}
# a group's commands (`feedback import`) under "GROUP NAME"
COMMANDS.update({f"{name} {sub}": cmd for name, group in commands_of(ROOT).items() if isinstance(group, click.Group)
                 for sub, cmd in commands_of(group).items()})
# what `netleder ...` to run for each command's help
ARGV = {name: ([] if cmd is ROOT else name.split()) for name, cmd in COMMANDS.items()}

ENGLISH_FRAME = ["Usage", "Options", "Arguments", "Commands", "Show this message", "[default", "[required]",
                 "Install completion", "Show completion"]


def params_of(name: str) -> tuple[click.Context, list[click.Parameter]]:
    cmd = COMMANDS[name]
    ctx = click.Context(cmd, info_name=name, obj={"lang": "da"})
    return ctx, cmd.get_params(ctx)  # with --help, and for the root the completion options


def every_param() -> list[tuple[str, str]]:
    out = []
    for name in COMMANDS:
        ctx, params = params_of(name)
        out += [(name, param_name(ctx, p)) for p in params]
    return out


def param_name(ctx: click.Context, param: click.Parameter) -> str:
    """The parameter's name, and "help" for click's --help option (whatever click calls it)."""
    return "help" if param is ctx.command.get_help_option(ctx) else (param.name or "")


def param_help_key(name: str, wanted: str) -> str:
    ctx, params = params_of(name)
    return help_key(ctx, next(p for p in params if param_name(ctx, p) == wanted))


def flat(text: str) -> str:
    """Whitespace collapsed, and a word wrapped at its hyphen joined again."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


def help_page(cli, name: str, lang: str) -> str:
    args = ARGV[name] + ["--help"] + (["--lang", "en"] if lang == "en" else [])
    result = cli(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


def record_name(ctx: click.Context, param: click.Parameter, lang: str = "en") -> str:
    """What --help shows in the left column for `param` (placeholders in `lang`: FILE/FIL)."""

    def shown(metavar: str) -> str:
        return shown_metavar(metavar, lang)

    if isinstance(param, click.Option):
        names = click.formatting.join_options(param.opts)[0]
        return names if param.is_flag else f"{names} {shown(param.make_metavar(ctx))}"
    return shown(param.make_metavar(ctx))


def test_the_walk_sees_every_command_and_parameter():
    assert len(COMMANDS) >= 12  # the root and eleven commands
    pairs = every_param()
    assert ("show", "reflection") in pairs and ("import", "file") in pairs
    assert ("netleder", "install_completion") in pairs and ("phases", "help") in pairs
    assert ("feedback show", "network") in pairs
    assert len(pairs) > 60


@pytest.mark.parametrize("name, param", every_param(), ids=lambda v: v)
def test_every_parameter_has_help_in_both_languages(name, param):
    key = param_help_key(name, param)
    assert key in MESSAGES, (name, param, key)
    texts = {lang: t(key, lang) for lang in LANGS}
    assert all(text.strip() for text in texts.values()), key
    assert texts["da"] != texts["en"], key


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_help_in_both_languages(name):
    key = COMMANDS[name].help or ""
    assert key in MESSAGES, (name, key)
    assert t(key, "da").strip() and t(key, "en").strip() and t(key, "da") != t(key, "en")


def test_the_table_and_the_declarations_agree():
    """Every command declared in a family module has its row in a table, and every row builds
    into a command of that name (nothing declared that cannot be reached, nothing listed that
    does not exist)."""
    import importlib
    import pkgutil

    import netleder.cli
    from netleder.cli.table import COMMANDS as TABLE
    from netleder.cli.table import COURSE_COMMANDS, FEEDBACK_COMMANDS

    rows = {entry.where for entry in [*TABLE.values(), *FEEDBACK_COMMANDS.values(), *COURSE_COMMANDS.values()]}
    declared = set()
    for module in pkgutil.iter_modules(netleder.cli.__path__):
        loaded = importlib.import_module(f"netleder.cli.{module.name}")
        if isinstance(getattr(loaded, "commands", None), typer.Typer):
            declared |= {f"{loaded.__name__}:{info.callback.__name__}" for info in loaded.commands.registered_commands}
    assert declared and declared <= rows
    assert all(COMMANDS[name].name == name.split()[-1] for name in COMMANDS if name != "netleder")
    assert all(COMMANDS[name].short_help in MESSAGES for name in COMMANDS if name != "netleder")


LISTED = [name for name in COMMANDS if name != "netleder"]  # each is a line in a command list


@pytest.mark.parametrize("name", LISTED)
def test_every_listed_command_has_a_short_whole_sentence_in_both_languages(name):
    key = COMMANDS[name].short_help or ""
    for lang in LANGS:
        text = t(key, lang)
        assert text.endswith(".") and not text.endswith("...") and len(text) <= 50, (name, lang, text)
        assert text[0].isupper(), (name, lang, text)
    assert t(key, "da") != t(key, "en")


@pytest.mark.parametrize("columns", ["60", "80", "120"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("group", ["netleder", "feedback"])
def test_the_command_list_is_never_cut(cli, group, lang, columns):
    """Each command's line in `netleder --help` (and `feedback --help`) is its whole short sentence:
    wrapped on a narrow terminal, never cut with '...'."""
    args = ([] if group == "netleder" else [group]) + ["--help"] + (["--lang", "en"] if lang == "en" else [])
    result = cli(*args, env={"COLUMNS": columns})
    assert result.exit_code == 0, result.output
    listing = result.stdout.split("\n" + t("help.frame.commands", lang) + ":\n", 1)[1]
    assert listing.strip()
    for line in listing.splitlines():
        assert not line.rstrip().endswith("..."), line
    names = [n for n in LISTED if (n.startswith(group + " ") if group != "netleder" else " " not in n)]
    for name in names:
        assert flat(f"{name.split()[-1]} {t(COMMANDS[name].short_help or '', lang)}") in flat(listing), name


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(COMMANDS))
def test_help_shows_every_parameter_with_its_text(cli, name, lang):
    page = help_page(cli, name, lang)
    ctx, params = params_of(name)
    assert flat(t(COMMANDS[name].help or "", lang)) in flat(page)
    for param in params:
        text = t(help_key(ctx, param), lang)
        assert flat(f"{record_name(ctx, param, lang)} {text}") in flat(page), (name, param.name, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_show_help_gives_the_id_argument_its_text(cli, lang):
    """The regression: click dropped every argument's help, leaving a bare `[ID]` line."""
    page = help_page(cli, "show", lang)
    line = next(ln for ln in page.splitlines() if ln.strip().startswith("[ID]"))
    after = line.strip()[len("[ID]"):].strip()
    assert after and t("help.arg.reflection", lang).startswith(after.split()[0])


@pytest.mark.parametrize("name", list(COMMANDS))
def test_danish_help_has_no_english_frame(cli, name):
    page = help_page(cli, name, "da")
    for word in ENGLISH_FRAME:
        assert word.lower() not in page.lower(), (name, word)
    assert page.startswith(f"Brug: {' '.join(['netleder'] + ARGV[name])} [TILVALG]")
    assert "\nTilvalg:\n" in page and "Vis denne hjælp og afslut." in page
    _ctx, params = params_of(name)
    if any(isinstance(p, click.Argument) for p in params):
        assert "\nArgumenter:\n" in page
    # the placeholders too: FIL, NR|ID, NAVN, MAPPE (the README and the errors say the same)
    assert not re.search(r"\b(FILE|NUMBER|NAME|DIR|ID_OR_NUMBER)\b", page), (name, page)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_english_help_shows_the_english_frame(cli, name):
    page = help_page(cli, name, "en")
    assert page.startswith(f"Usage: {' '.join(['netleder'] + ARGV[name])} [OPTIONS]")
    assert "\nOptions:\n" in page and "Show this message and exit." in page
    for word in ("Brug", "Tilvalg", "Argumenter", "Kommandoer", "standard:", "påkrævet"):
        assert word not in page, (name, word)


def test_the_root_frame_in_both_languages(cli):
    da, en = help_page(cli, "netleder", "da"), help_page(cli, "netleder", "en")
    assert "KOMMANDO [ARGUMENTER]..." in da and "\nKommandoer:\n" in da
    assert "COMMAND [ARGS]..." in en and "\nCommands:\n" in en
    assert "Installér fuldførelse" in da and "Install completion for the current shell." in en


def test_defaults_and_required_in_both_languages(cli):
    assert "[standard: text]" in flat(help_page(cli, "reflect", "da"))
    assert "[default: text]" in flat(help_page(cli, "reflect", "en"))
    assert "[påkrævet]" in help_page(cli, "import", "da")
    assert "[required]" in help_page(cli, "import", "en")


def test_no_command_shows_the_danish_help(cli):
    result = cli()
    assert result.exit_code == 2
    assert result.stderr.startswith("Brug: netleder [TILVALG] KOMMANDO")
    assert not [w for w in ENGLISH_FRAME if w.lower() in result.stderr.lower()]


def test_the_help_language_is_the_runs_not_the_imports(cli):
    """Texts are looked up when help is shown: one process gives both languages, each asked
    for in its own way; nothing holds a language at module level."""
    assert not hasattr(cli_module, "_HELP_LANG")
    assert "Vis en gemt refleksion igen" in cli("show", "--help").stdout
    assert "Show a saved reflection again" in cli("--lang", "en", "show", "--help").stdout
    assert "Show a saved reflection again" in cli("show", "--help", env={"NETLEDER_LANG": "en"}).stdout
    assert "Vis en gemt refleksion igen" in cli("show", "--help", "--lang", "da",
                                                env={"NETLEDER_LANG": "en"}).stdout


def test_help_in_a_real_process(run):
    da = run("show", "--help")
    en = run("show", "--help", "--lang", "en")
    assert da.returncode == en.returncode == 0
    assert da.stdout.startswith("Brug: netleder show [TILVALG] [ID]")
    assert en.stdout.startswith("Usage: netleder show [OPTIONS] [ID]")
    assert "[ID]  Refleksionens id" in da.stdout and "[ID]  The reflection's id" in en.stdout
