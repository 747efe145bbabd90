"""The store's files on disk: where they live, what they are, who may read them.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from netleder.errors import StoreError
from netleder.store.connection import BUSY_TIMEOUT_MS, error_kind, failure, pragma, uri
from netleder.store.schema import APPLICATION_ID, SCHEMA_VERSION

DB_NAME = "reflections.sqlite3"


SQLITE_HEADER = b"SQLite format 3\x00"


SIDE_FILES = ("-wal", "-shm", "-journal")


def store_dir() -> Path:
    """The store's folder: $NETLEDER_HOME, else the platform's user data folder."""
    home = os.environ.get("NETLEDER_HOME", "")
    if home.strip():
        return Path(home).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("netleder", appauthor=False))


def store_path() -> Path:
    return store_dir() / DB_NAME


@contextmanager
def private_files() -> Iterator[None]:
    """Files SQLite creates meanwhile (database, -wal, -shm, -journal) are owner-only."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)




def _is_mine(st: os.stat_result) -> bool:
    """Whether the file belongs to this user. Windows has no os.geteuid (nor Unix owners): there
    every file in the user's own folder counts as theirs."""
    geteuid = getattr(os, "geteuid", None)
    return geteuid is None or st.st_uid == geteuid()


def writable(p: Path) -> bool:
    """Writable by the OS's rules and, for our own files, by the owner's write bit (see above)."""
    try:
        st = p.stat()
    except OSError:
        return False
    if _is_mine(st) and not st.st_mode & stat.S_IWUSR:
        return False
    return os.access(p, os.W_OK)


def creatable(folder: Path) -> bool:
    """Whether `folder` is writable, or could be made inside its nearest existing ancestor."""
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            return candidate.is_dir() and writable(candidate)
    return False


def make_dir(folder: Path) -> None:
    try:
        if folder.is_dir():
            return
        with private_files():
            folder.mkdir(parents=True, exist_ok=True)
        os.chmod(folder, 0o700)
    except OSError as e:
        raise StoreError("store.cannot_create", path=folder, reason=e) from None


def tighten(path: Path) -> None:
    """Remove group/other permissions from our database files (created or copied in)."""
    for p in [path, *(Path(str(path) + s) for s in SIDE_FILES)]:
        try:
            st = p.stat()
        except FileNotFoundError:
            continue
        if _is_mine(st) and st.st_mode & 0o077:
            os.chmod(p, stat.S_IMODE(st.st_mode) & 0o700)


def inspect(path: Path) -> int | None:
    """Check an existing store without writing: its schema version, 0 if empty, None if absent."""
    try:
        if path.parent.exists() and not path.parent.is_dir():
            raise StoreError("store.dir_not_dir", path=path.parent)
        if path.is_dir():
            raise StoreError("store.is_dir", path=path)
        if not path.exists():
            return None
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:  # e.g. a folder on the way that we may not enter
        raise StoreError("store.unreadable", path=path, reason=e) from None
    if not header:
        return 0
    if header != SQLITE_HEADER:
        raise StoreError("store.not_db", path=path)
    try:
        conn = sqlite3.connect(uri(path, "ro"), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            version = pragma(conn, "user_version")
            app = pragma(conn, "application_id")
            if app != APPLICATION_ID and (app or conn.execute("SELECT count(*) FROM sqlite_master").fetchall()[0][0]):
                raise StoreError("store.foreign", path=path)
            if version > SCHEMA_VERSION:
                raise StoreError("store.newer", path=path, found=version, known=SCHEMA_VERSION)
            if [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()] != ["ok"]:
                raise StoreError("store.damaged", path=path)
        finally:
            conn.close()
    except sqlite3.Error as e:
        kind = error_kind(e)
        if kind == "notadb":
            raise StoreError("store.not_db", path=path) from None
        if kind == "damaged":
            raise StoreError("store.damaged", path=path) from None
        raise failure("store.open_failed", path, e) from None
    return version
