"""The leader's own settings, kept beside the reflections: a small JSON file in the store's folder
(settings.json), readable by its owner only, written whole (a temporary file, then moved into
place), so a failed write never leaves half a file.

Only one setting so far: the leader's name, printed on the talk printout (`show --format html`
and Markdown). It is optional; without it the printout leaves a line to write a name on. It is
asked for once, the first time a printout is made in a terminal; "" means asked and not given.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from netleder.errors import StoreError, msg
from netleder.store.files import (
    POSIX,
    make_dir,
    remove_planted,
    secure_folder,
    store_dir,
    write_whole,
)

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
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode) or not stat.S_ISREG(st.st_mode):
        raise StoreError("settings.not_plain", path=path)
    if POSIX and (st.st_uid != os.geteuid() or st.st_nlink != 1):
        raise StoreError("settings.not_yours", path=path)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
                 | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise StoreError("settings.not_plain", path=path)
        raw = f.read(MAX_BYTES + 1)
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

    The folder is made private first (or refused when it is not the user's); the new text goes
    to a temporary file created exclusively under a name nobody can guess (never through a
    link planted in its place), and is then renamed over settings.json."""
    path = settings_path()
    make_dir(path.parent)
    secure_folder(path.parent)
    remove_planted(path.parent, f".{SETTINGS_NAME}.")
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
