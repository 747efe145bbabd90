"""The leader's own settings, kept beside the reflections: a small JSON file in the store's folder
(settings.json), readable by its owner only, written whole (a temporary file, then moved into
place), so a failed write never leaves half a file.

Only one setting so far: the leader's name, printed on the talk printout (`show --format html`
and Markdown). It is optional; without it the printout leaves a line to write a name on. It is
asked for once, the first time a printout is made in a terminal; "" means asked and not given.
"""

from __future__ import annotations

import json
from pathlib import Path

from netleder.errors import StoreError, msg
from netleder.owner_files import read_own, store_dir, write_whole
from netleder.store.files import make_dir

SETTINGS_NAME = "settings.json"
NAME_LIMIT = 200  # characters of a name kept: a printout's heading, not a document
MAX_BYTES = 64 * 1024  # a settings file is small; anything larger is not netleder's


def settings_path() -> Path:
    return (store_dir() / SETTINGS_NAME).absolute()


def load_settings() -> dict:
    """The settings ({} when there are none yet). A file that is not netleder's settings is a
    storage problem (StoreError, exit 1), reported with its path; it is never overwritten.
    A link, something other than a plain file, or a file of another user is refused unread."""
    path = settings_path()
    try:
        text = _read_own(path)
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as e:
        raise StoreError("settings.unreadable", path=path,
                         reason=e if isinstance(e, OSError) else msg("settings.not_utf8")) from None
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise StoreError("settings.broken", path=path)
    return data


def _read_own(path: Path) -> str:
    """The text of the user's own plain file at `path`, never following a link or blocking."""

    def refuse(kind: str) -> StoreError:
        return StoreError("settings.not_yours" if kind == "not_yours" else "settings.not_plain", path=path)

    raw = read_own(path, MAX_BYTES, refuse)
    if len(raw) > MAX_BYTES:
        raise StoreError("settings.broken", path=path)
    return raw.decode("utf-8")


def name_asked() -> bool:
    """Whether the leader has been asked for their name (or set or forgot it): asked only once."""
    return "leader_name" in load_settings()


def leader_name() -> str | None:
    """The leader's name as set with `netleder settings --name`, or None."""
    name = load_settings().get("leader_name", "").strip()
    return name or None


def save_settings(data: dict) -> Path:
    """Write the settings whole, owner-only. Returns the file's path.

    The folder is made private first (or refused when it is not the user's), planted temporary
    names are removed; the new text goes to a temporary file created exclusively under a name
    nobody can guess (never through a link planted in its place), and is then renamed over
    settings.json (owner_files.write_whole)."""
    path = settings_path()
    make_dir(path.parent)
    text = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    try:
        write_whole(path, text)
    except OSError as e:
        raise StoreError("settings.write_failed", path=path, reason=e) from None
    return path


def set_leader_name(name: str | None) -> Path:
    """Keep `name` (None or blank: no name, and it is not asked for again)."""
    data = load_settings()
    data["leader_name"] = " ".join((name or "").split())[:NAME_LIMIT]
    return save_settings(data)
