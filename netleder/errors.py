"""The errors a user can cause or meet, each with its exit code.

Exit codes (documented in the README):
  0  success
  1  environment or storage failure (the store cannot be used, a file cannot be written)
  2  bad input (usage, content files, answer files, import files, unknown ids)
  130 interrupted (Ctrl-C)

An error carries a message key of the catalogue (netleder.i18n) and its parameters, not a
finished sentence: the CLI edge formats it in the language the user chose
(`error.format(lang)`), prints it to stderr without a traceback and exits with the code.
User text (answers, notes) never goes into a message.
"""

from __future__ import annotations

from typing import NamedTuple

EXIT_OK = 0
EXIT_ENV = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


class Msg(NamedTuple):
    """A message not yet in words: a catalogue key and its parameters."""

    key: str
    params: dict

    def format(self, lang: str) -> str:
        from netleder.i18n import t

        return t(self.key, lang, **self.params)


def msg(key: str, /, **params: object) -> Msg:
    return Msg(key, params)


def in_words(item: object, lang: str) -> str:
    """A message part in `lang`: a Msg (or anything with .format(lang)), else its text."""
    fmt = getattr(item, "format", None)
    if callable(fmt) and not isinstance(item, str):
        return fmt(lang)
    return str(item)


class NetlederError(Exception):
    """Base class: a failure the user should see as a short message, not a traceback."""

    exit_code = EXIT_ENV

    def __init__(self, key: str, /, *, details: list | tuple = (), **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
        self.details = list(details)

    def format(self, lang: str) -> tuple[str, list[str]]:
        """(the message, its detail lines) in `lang`."""
        return Msg(self.key, self.params).format(lang), [in_words(d, lang) for d in self.details]


class BadInput(NetlederError):
    """Something the user gave us is wrong: an option, a file, an id."""

    exit_code = EXIT_BAD_INPUT


class ContentError(BadInput):
    """Content files (phases.yaml / competences.yaml) are missing or invalid."""


class StoreError(NetlederError):
    """The reflection store cannot be used. The file is never modified when raised."""

    exit_code = EXIT_ENV


class EnvironmentFailure(NetlederError):
    """Something outside the user's input failed (permissions, a full disk)."""

    exit_code = EXIT_ENV


class Interrupted(NetlederError):
    """The user pressed Ctrl-C. The message says what was kept."""

    exit_code = EXIT_INTERRUPTED
