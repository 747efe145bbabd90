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

from netleder.record_base import Record

EXIT_ENV = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


class Msg(Record):
    """A message not yet in words: a catalogue key and its parameters."""

    key: str
    params: dict

    def format(self, lang: str) -> str:
        from netleder.i18n import t

        # an OS failure given as a parameter is said in the user's words, never the OS's English
        params = {name: os_reason(value) if isinstance(value, OSError) else value
                  for name, value in self.params.items()}
        return t(self.key, lang, **params)


def msg(key: str, /, **params: object) -> Msg:
    return Msg(key, params)


def in_words(item: object, lang: str) -> str:
    """A message part in `lang`: a Msg (or anything with .format(lang)), else its text."""
    fmt = getattr(item, "format", None)
    if callable(fmt) and not isinstance(item, str):
        return fmt(lang)
    return str(item)


# What the operating system said, in the catalogue's words (never its English strerror):
# errno -> (catalogue key, key of what to do, exit code when it ends a run). A path that cannot exist (too long,
# not a folder, missing) is the user's input (2); a disk, permission or device failure is the
# environment (1). Windows errors arrive with the same errno values (Python maps them).
OS_REASONS: dict[str, tuple[str, str, int]] = {
    "ENOSPC": ("os.full", "os.full.hint", EXIT_ENV),
    "EDQUOT": ("os.full", "os.full.hint", EXIT_ENV),
    "EFBIG": ("os.full", "os.full.hint", EXIT_ENV),
    "EACCES": ("os.denied", "os.denied.hint", EXIT_ENV),
    "EPERM": ("os.denied", "os.denied.hint", EXIT_ENV),
    "EROFS": ("os.readonly", "os.readonly.hint", EXIT_ENV),
    "EIO": ("os.io", "os.io.hint", EXIT_ENV),
    "ENAMETOOLONG": ("os.too_long", "os.too_long.hint", EXIT_BAD_INPUT),
    "ENOENT": ("os.missing", "os.missing.hint", EXIT_BAD_INPUT),
    "ENOTDIR": ("os.not_dir", "os.not_dir.hint", EXIT_BAD_INPUT),
    "EISDIR": ("os.is_dir", "os.is_dir.hint", EXIT_BAD_INPUT),
    "ELOOP": ("os.loop", "os.loop.hint", EXIT_BAD_INPUT),
    "EINVAL": ("os.invalid", "os.invalid.hint", EXIT_BAD_INPUT),
}


def _os_entry(exc: OSError) -> tuple[str, str, int, str]:
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    key, hint, code = OS_REASONS.get(name, ("os.other", "os.other.hint", EXIT_ENV))
    return key, hint, code, name or type(exc).__name__


def os_reason(exc: OSError) -> Msg:
    """Why an OS call failed, as a message part in the user's language ("disken er fuld")."""
    key, _, _, name = _os_entry(exc)
    return Msg(key, {"name": name})


# What libraries say in English (PyYAML/libyaml, the json module, click's editor), recognised
# by the start of their text and put in the catalogue's words. Anything not recognised is a
# plain phrase in Danish ("lib.*.other") and the library's own words in English: a Danish user
# never reads English inside a Danish sentence.
LIBRARY_REASONS: dict[str, tuple[tuple[str, str], ...]] = {
    "yaml": (
        ("did not find expected key", "lib.yaml.expected_key"),
        ("mapping values are not allowed", "lib.yaml.colon"),
        ("found unexpected ':'", "lib.yaml.colon"),
        ("could not find expected ':'", "lib.yaml.no_colon"),
        ("found character that cannot start any token", "lib.yaml.bad_start"),
        ("did not find expected node content", "lib.yaml.no_value"),
        ("found undefined alias", "lib.yaml.alias"),
        ("found unexpected end of stream", "lib.yaml.end"),
        ("found unknown escape character", "lib.yaml.escape"),
        ("did not find expected ',' or ']'", "lib.yaml.list_end"),
        ("did not find expected ',' or '}'", "lib.yaml.map_end"),
        ("did not find expected '-' indicator", "lib.yaml.dash"),
        ("found a tab character", "lib.yaml.tab"),
        ("block sequence entries are not allowed", "lib.yaml.dash_here"),
        ("found duplicate anchor", "lib.yaml.anchor"),
        ("expected <block end>", "lib.yaml.indent"),
    ),
    "json": (
        ("Expecting value", "lib.json.value"),
        ("Expecting property name", "lib.json.name"),
        ("Expecting ',' delimiter", "lib.json.comma"),
        ("Expecting ':' delimiter", "lib.json.colon"),
        ("Unterminated string", "lib.json.string"),
        ("Invalid control character", "lib.json.control"),
        ("Invalid \\", "lib.json.escape"),
        ("Extra data", "lib.json.extra"),
        ("Illegal trailing comma", "lib.json.trailing"),
        ("nesting", "lib.json.deep"),
    ),
    "editor": (),
}
_OTHER_REASON = {"yaml": "lib.yaml.other", "json": "lib.json.other", "editor": "lib.editor.other"}


class _LibraryText(Record):
    """A library's reason we have no words for: a plain phrase from the catalogue in Danish,
    the library's own words in English."""

    key: str
    text: str

    def format(self, lang: str) -> str:
        from netleder.i18n import t

        return self.text if lang == "en" else t(self.key, lang)


def library_reason(family: str, text: object) -> object:
    """A library's English `text` (a YAML, JSON or editor failure) as a message part in the
    user's language. A message part that is already ours is returned as it is."""
    if not isinstance(text, str):
        return text
    plain = " ".join(text.split())
    for start, key in LIBRARY_REASONS[family]:
        if plain.startswith(start) or f": {start}" in plain:
            return Msg(key, {})
    return _LibraryText(_OTHER_REASON[family], plain)


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


def os_failure(exc: OSError) -> NetlederError:
    """An OS error nothing closer to it explained, as a sentence with its exit code: the file
    it concerns, why (os_reason) and what to do."""
    from netleder.safe_text import short

    _, hint_key, code, _ = _os_entry(exc)
    kind = BadInput if code == EXIT_BAD_INPUT else EnvironmentFailure
    hint = Msg(hint_key, {})
    if exc.filename is not None:
        return kind("os.failed", path=short(exc.filename, 80), reason=os_reason(exc), hint=hint)
    return kind("os.failed_nopath", reason=os_reason(exc), hint=hint)
