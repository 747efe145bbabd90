"""SQLite connections to the store: how one is opened, and what a failure means."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from netleder.errors import StoreError, msg

BUSY_TIMEOUT_MS = 5000


def uri(path: Path, mode: str) -> str:
    escaped = str(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{escaped}?mode={mode}"


def connect(path: Path, mode: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri(path, mode), uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    for pragma in (
        f"busy_timeout = {BUSY_TIMEOUT_MS}",
        "foreign_keys = ON",
        "synchronous = FULL",
        "secure_delete = ON",
        "temp_store = MEMORY",  # VACUUM's temporary copy stays out of /tmp
    ):
        conn.execute("PRAGMA " + pragma)
    return conn


def pragma(conn: sqlite3.Connection, name: str) -> int:
    return conn.execute(f"PRAGMA {name}").fetchall()[0][0]


def rollback(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass  # SQLite has already rolled back (e.g. after SQLITE_FULL)


def error_kind(e: BaseException) -> str:
    """The cause of a database or OS error, as one of a few kinds we can explain."""
    if isinstance(e, UnicodeDecodeError):  # SQLite's own message about a damaged schema
        return "damaged"
    if isinstance(e, OSError):
        return {errno.ENOSPC: "full", errno.EDQUOT: "full", errno.EROFS: "readonly", errno.EACCES: "readonly",
                errno.EPERM: "readonly"}.get(e.errno or 0, "other")
    text = f"{getattr(e, 'sqlite_errorname', '')} {e}".lower()
    for kind, words in (
        ("full", ("sqlite_full", "is full", "shmsize")),  # IOERR_SHMSIZE: no room to grow the -shm file
        ("readonly", ("readonly", "read-only")),
        ("busy", ("busy", "locked")),
        ("notadb", ("notadb", "not a database")),
        ("damaged", ("corrupt", "malformed", "could not decode")),
        ("cantopen", ("cantopen", "unable to open")),
    ):
        if any(w in text for w in words):
            return kind
    return "other"


def failure(key: str, path: Path, e: BaseException) -> StoreError:
    """A translated StoreError for `e` (never including its text, which is not ours to show)."""
    kind = error_kind(e)
    kind = "damaged" if kind == "notadb" else kind
    code = getattr(e, "sqlite_errorname", None) or (f"errno {e.errno}" if isinstance(e, OSError) else type(e).__name__)
    return StoreError(
        key, path=path, reason=msg(f"store.reason.{kind}", code=code), hint=msg(f"store.hint.{kind}", path=path)
    )


