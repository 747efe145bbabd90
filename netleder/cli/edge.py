"""The error edge: the one place where errors become words on stderr and exit codes.

Every run passes through `run`: NetlederError (ours, already named by kind), click's usage
errors (put into the user's language here), Ctrl-C, a reader that went away and any OSError
nothing closer explained. Exit codes: 0 ok, 2 bad input, 1 environment or storage, 130 Ctrl-C.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

import click

from netleder.cli.frame import early_lang, missing_metavar
from netleder.errors import EXIT_BAD_INPUT, EXIT_INTERRUPTED, NetlederError
from netleder.i18n import t
from netleder.safe_text import short

# click >= 8.2 raises this for `no_args_is_help`; older click prints the help itself.
_NoArgsIsHelp = getattr(click.exceptions, "NoArgsIsHelpError", ())


def run(invoke: Callable[[dict], Any], argv: list[str], state: dict | None = None) -> NoReturn:
    """Run `invoke(state)` (click's main, not standalone) and end the process with its exit
    code, every failure in words. `state` carries the run's language: chosen here from the
    command line (so errors found while parsing speak it), then confirmed by the options."""
    from netleder import output

    # The one output edge: every text printed during the run passes safe_text.terminal_safe,
    # a console that cannot show a character gets stand-ins, closed streams fail in words.
    restore = output.open_edge()
    state = state if state is not None else {}
    state.setdefault("lang", early_lang(argv))
    try:
        try:
            _run(invoke, state)
        except SystemExit as done:
            code = done.code
        code = _finished(code, state["lang"])
    finally:
        restore()
    sys.exit(code)


def _run(invoke: Callable[[dict], Any], state: dict) -> NoReturn:
    from netleder import output

    def lang() -> str:
        return str(state["lang"])

    try:
        rv = invoke(state)
    except NetlederError as exc:
        message, details = exc.format(lang())
        fail(message, details, exc.exit_code, lang(), prefix=exc.exit_code != EXIT_INTERRUPTED)
    except _NoArgsIsHelp as exc:
        # `netleder` alone: the help, as click shows it (stderr, exit 2), not as an error.
        print(exc.format_message(), file=sys.stderr)
        sys.exit(EXIT_BAD_INPUT)
    except click.exceptions.NoSuchOption as exc:
        message = t("usage.no_such_option", lang(), name=short(exc.option_name))
        _usage_fail(exc, with_suggestion(message, exc.option_name, exc.possibilities, lang()), lang())
    except click.exceptions.MissingParameter as exc:
        name = exc.param.human_readable_name if exc.param is not None else ""
        _usage_fail(exc, t("usage.missing", lang(), name=missing_metavar(name, lang())), lang())
    except click.exceptions.UsageError as exc:
        _usage_fail(exc, _usage_message(exc, lang()), lang())
    except click.exceptions.ClickException as exc:
        fail(exc.format_message(), [], exc.exit_code, lang())
    except (click.exceptions.Abort, KeyboardInterrupt):
        fail(t("interrupted", lang()), [], EXIT_INTERRUPTED, lang(), prefix=False)
    except (BrokenPipeError, output.ReaderGone):
        # The reader went away (e.g. `netleder phases | head`): not an error worth a trace.
        output.finish_stdout()
        sys.exit(0)
    except OSError as exc:
        # An OS failure nothing closer explained (a name too long, a folder without
        # permission, a full disk): a sentence in the user's language, never a traceback.
        from netleder.errors import os_failure

        error = os_failure(exc)
        message, details = error.format(lang())
        fail(message, details, error.exit_code, lang())
    sys.exit(rv if isinstance(rv, int) else 0)


def no_such_command(ctx: click.Context, name: str, commands: list[str]) -> click.exceptions.UsageError:
    """The usage error for an unknown command of a group, with "Mente du …?" if one is close."""
    lang = (ctx.find_root().obj or {}).get("lang", "da")
    message = t("usage.no_such_command", lang, name=short(name), choices=", ".join(commands))
    error = click.exceptions.UsageError(with_suggestion(message, name, commands, lang), ctx)
    error.ours = True  # type: ignore[attr-defined]  # a mark read back by getattr in this module
    return error


def with_suggestion(message: str, given: str, known: Iterable[str] | None, lang: str) -> str:
    """`message`, and "Mente du …?" with the closest of `known` to `given`, if one is close."""
    import difflib

    close = difflib.get_close_matches(given, list(known or ()), n=1, cutoff=0.6)
    return f"{message} {t('usage.did_you_mean', lang, name=close[0])}" if close else message


def _usage_message(exc: click.exceptions.UsageError, lang: str) -> str:
    """click's usage errors in the user's language, recognised by their kind and attributes
    (click's English wording is never shown in Danish; where a kind is not known, a plain
    sentence, and in English click's own)."""
    if isinstance(exc, click.exceptions.BadOptionUsage):
        name = short(exc.option_name)
        command = exc.ctx.command if exc.ctx is not None else None
        flags = {opt for p in getattr(command, "params", ()) if getattr(p, "is_flag", False) for opt in p.opts}
        return t("usage.takes_no_value" if exc.option_name in flags else "usage.needs_value", lang, name=name)
    extra = re.match(r"Got unexpected extra arguments? \((.*)\)$", exc.message)
    if extra:
        return t("usage.extra", lang, args=short(extra.group(1), 80))
    if getattr(exc, "ours", False):
        return exc.message  # no_such_command's, already in the user's language
    if type(exc) is click.exceptions.UsageError and exc.ctx is not None and isinstance(exc.ctx.command, click.Group):
        # the one plain usage error a group raises itself: options, but no command
        return t("usage.no_command", lang, choices=", ".join(exc.ctx.command.list_commands(exc.ctx)))
    return exc.format_message() if lang == "en" else t("usage.wrong", lang)


def _finished(code: Any, lang: str) -> Any:
    """The exit code once standard output is flushed: what the run said, unless the last of its
    output could not be written (a full disk: an error in words, exit 1)."""
    from netleder.output import finish_stdout

    try:
        finish_stdout()
    except NetlederError as exc:
        message, details = exc.format(lang)
        try:
            fail(message, details, exc.exit_code, lang)
        except SystemExit as failed:
            return failed.code
    return code


def fail(message: str, details: list[str], code: int, lang: str, prefix: bool = True) -> NoReturn:
    """Say `message` (and its detail lines) on stderr and exit with `code`."""
    text = f"{t('error.prefix', lang)}: {message}" if prefix else message
    lines = [(text, "", "  ")] + [(line, "  ", "    ") for line in details]
    width = _stderr_width()
    for line, first, rest in lines:
        if width:  # a terminal: wrapped on word boundaries with a hanging indent, never mid-word
            from netleder.output import wrap

            for part in line.split("\n"):
                print("\n".join(wrap(part, width, first, rest)), file=sys.stderr)
        else:  # a pipe or a file: one line per message, as written
            print(first + line, file=sys.stderr)
    sys.exit(code)


def _stderr_width() -> int:
    """The width to wrap messages to when stderr is a terminal (else 0: not wrapped)."""
    try:
        if not sys.stderr.isatty():
            return 0
    except (AttributeError, ValueError):
        return 0
    import shutil

    return max(20, shutil.get_terminal_size((80, 24)).columns - 1)


def _usage_fail(exc: click.exceptions.UsageError, message: str, lang: str) -> NoReturn:
    ctx = exc.ctx
    command = ctx.command_path if ctx is not None else "netleder"
    fail(message, [t("usage.see_help", lang, command=command)], EXIT_BAD_INPUT, lang)
