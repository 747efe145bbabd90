"""The language a run speaks, chosen once at the edge: --lang, else NETLEDER_LANG, else Danish."""

from __future__ import annotations

import os

from netleder.errors import BadInput
from netleder.i18n import DEFAULT_LANG, LANGS, lang_code
from netleder.safe_text import short


def resolve_lang(option: str | None) -> str:
    """The language from --lang, else NETLEDER_LANG, else Danish. Raises BadInput."""
    given = option if option is not None else os.environ.get("NETLEDER_LANG") or DEFAULT_LANG
    value = lang_code(given)
    if value is None:
        where = "--lang" if option is not None else "NETLEDER_LANG"
        raise BadInput("lang.unknown", value=short(given.strip().lower()), where=where, choices=", ".join(LANGS))
    return value
