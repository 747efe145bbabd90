"""The errors a user can cause or meet, each with its exit code.

Exit codes (documented in the README):
  0  success
  1  environment or storage failure (the store cannot be used, a file cannot be written)
  2  bad input (usage, content files, answer files, import files, unknown ids)
  130 interrupted (Ctrl-C)

Messages are already translated when an error is raised (see i18n.t); the CLI prints
them to stderr without a traceback. User text (answers, notes) never goes into a message.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_ENV = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


class NetlederError(Exception):
    """Base class: a failure the user should see as a short message, not a traceback."""

    exit_code = EXIT_ENV

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = list(details or [])


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
